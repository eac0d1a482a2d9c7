package org.workforceinsight.caseload;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** Cases in a team with no named worker on a date (table {@code unallocated_cases}). */
@Entity
@Table(name = "unallocated_cases")
@IdClass(UnallocatedCases.Key.class)
public class UnallocatedCases extends PanacheEntityBase {

    @Id
    @Column(name = "team_id")
    public UUID teamId;

    @Id
    @Column(name = "snapshot_date")
    public LocalDate snapshotDate;

    @Column(nullable = false)
    public int cases;

    public static class Key implements Serializable {
        public UUID teamId;
        public LocalDate snapshotDate;

        public Key() {
        }

        public Key(UUID teamId, LocalDate snapshotDate) {
            this.teamId = teamId;
            this.snapshotDate = snapshotDate;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(teamId, k.teamId) && Objects.equals(snapshotDate, k.snapshotDate);
        }

        @Override
        public int hashCode() {
            return Objects.hash(teamId, snapshotDate);
        }
    }
}
