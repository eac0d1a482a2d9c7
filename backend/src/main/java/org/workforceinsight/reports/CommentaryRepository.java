package org.workforceinsight.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.workforceinsight.api.model.MeasureId;
import org.workforceinsight.api.model.ReportCommentary;
import org.workforceinsight.shared.RecordHistory;
import org.workforceinsight.shared.Rows;

/** The report_commentary table and its history rows in record_change. Callers hold the transaction. */
@ApplicationScoped
public class CommentaryRepository {

    static final String RECORD_TYPE = "report-commentary";

    @Inject
    EntityManager em;

    @Inject
    RecordHistory recordHistory;

    @SuppressWarnings("unchecked")
    public Optional<ReportCommentary> find(UUID nodeId, YearMonth month, MeasureId measure) {
        List<Tuple> rows = em.createNativeQuery("SELECT text, version, updated_by, updated_at FROM report_commentary "
                        + "WHERE node_id = :node AND month = :month AND measure = :measure", Tuple.class)
                .setParameter("node", nodeId).setParameter("month", month.atDay(1))
                .setParameter("measure", measure.toString()).getResultList();
        return rows.stream().findFirst().map(t -> commentary(nodeId, month, measure, t));
    }

    /** Text and version per measure id for a node's month. */
    @Transactional
    @SuppressWarnings("unchecked")
    public Map<String, ReportCommentary> forMonth(UUID nodeId, YearMonth month) {
        List<Tuple> rows = em.createNativeQuery("SELECT measure, text, version, updated_by, updated_at "
                        + "FROM report_commentary WHERE node_id = :node AND month = :month", Tuple.class)
                .setParameter("node", nodeId).setParameter("month", month.atDay(1)).getResultList();
        Map<String, ReportCommentary> result = new HashMap<>();
        for (Tuple t : rows) {
            String measure = Rows.string(t.get("measure"));
            result.put(measure, commentary(nodeId, month, MeasureId.fromValue(measure), t));
        }
        return result;
    }

    /** Inserts version 1 unless a row is there already (then false: someone wrote it first). */
    public boolean insert(UUID nodeId, YearMonth month, MeasureId measure, String text, String by) {
        return em.createNativeQuery("INSERT INTO report_commentary (node_id, month, measure, text, version, updated_by) "
                        + "VALUES (:node, :month, :measure, :text, 1, :by) ON CONFLICT DO NOTHING")
                .setParameter("node", nodeId).setParameter("month", month.atDay(1))
                .setParameter("measure", measure.toString()).setParameter("text", text).setParameter("by", by)
                .executeUpdate() == 1;
    }

    /** Replaces the text if the row is still at {@code version}; false when it is not (stale If-Match). */
    public boolean update(UUID nodeId, YearMonth month, MeasureId measure, long version, String text, String by) {
        return em.createNativeQuery("UPDATE report_commentary SET text = :text, updated_by = :by, updated_at = now(), "
                        + "version = version + 1 WHERE node_id = :node AND month = :month AND measure = :measure "
                        + "AND version = :version")
                .setParameter("node", nodeId).setParameter("month", month.atDay(1))
                .setParameter("measure", measure.toString()).setParameter("text", text).setParameter("by", by)
                .setParameter("version", version).executeUpdate() == 1;
    }

    /** One history row, through the shared record history like every other kept record's. */
    public void history(ReportCommentary before, ReportCommentary after, String by) {
        recordHistory.record(RECORD_TYPE, after.getNodeId() + "/" + after.getMonth() + "/" + after.getMeasure(),
                after.getVersion(), before == null ? RecordHistory.ChangeType.CREATED : RecordHistory.ChangeType.UPDATED,
                before, after, RecordHistory.Channel.API, null, by);
    }

    private static ReportCommentary commentary(UUID nodeId, YearMonth month, MeasureId measure, Tuple t) {
        Object at = t.get("updated_at");
        return new ReportCommentary()
                .nodeId(nodeId)
                .month(month.toString())
                .measure(measure)
                .text(Rows.string(t.get("text")))
                .version(((Number) t.get("version")).longValue())
                .updatedBy(Rows.string(t.get("updated_by")))
                .updatedAt(timestamp(at));
    }

    private static OffsetDateTime timestamp(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt;
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(java.time.ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant().atOffset(java.time.ZoneOffset.UTC);
        }
        return null;
    }
}
