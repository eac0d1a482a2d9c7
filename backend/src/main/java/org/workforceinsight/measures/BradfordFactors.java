package org.workforceinsight.measures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.workforceinsight.measures.WorkforceFacts.AbsenceFact;

/**
 * The Bradford factor of metrics.md, in one place: per worker, over the 52 weeks to the as-at date, spells x
 * spells x days lost, where a spell is a sickness absence overlapping the weeks and its days are those of its
 * working days lost that fall inside them. Health data: callers decide who may see it.
 */
public final class BradfordFactors {

    private BradfordFactors() {
    }

    /** The first day of the 52 weeks that end on {@code asOf}. */
    public static LocalDate weeksFrom(LocalDate asOf) {
        return asOf.minusDays(364);
    }

    /** A worker's sickness spells in the 52 weeks, the days lost in them and the factor (one decimal place). */
    public record Spells(int count, BigDecimal daysLost, BigDecimal factor) {
    }

    /** The spells of a worker's absences (any type, any dates: only sickness in the weeks counts). */
    public static Spells of(Iterable<AbsenceFact> absences, LocalDate asOf) {
        LocalDate from = weeksFrom(asOf);
        int spells = 0;
        BigDecimal days = BigDecimal.ZERO;
        for (AbsenceFact absence : absences) {
            if (absence.sickness() && !absence.lastDay().isBefore(from) && !absence.firstDay().isAfter(asOf)) {
                spells++;
                days = days.add(MeasureCalculation.daysInside(absence, from, asOf));
            }
        }
        BigDecimal factor = days.multiply(BigDecimal.valueOf((long) spells * spells)).setScale(1, RoundingMode.HALF_UP);
        return new Spells(spells, days, factor);
    }
}
