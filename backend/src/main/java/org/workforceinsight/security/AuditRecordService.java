package org.workforceinsight.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;
import org.workforceinsight.api.model.AuditAction;
import org.workforceinsight.api.model.AuditChannel;
import org.workforceinsight.api.model.AuditRecord;
import org.workforceinsight.api.model.AuditRecordPage;
import org.workforceinsight.shared.Paging;
import org.workforceinsight.shared.ProblemException;

/** Reads the audit trail by person, by user, by node, by action and by day (UTC); each read is itself audited. */
@ApplicationScoped
public class AuditRecordService {

    @Inject
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Transactional
    public AuditRecordPage list(UUID workerId, String user, UUID nodeId, AuditAction action, LocalDate from,
                                LocalDate to, Paging paging) {
        if (from != null && to != null && to.isBefore(from)) {
            throw ProblemException.invalidField("to", "must not be before from");
        }
        StringBuilder where = new StringBuilder(" WHERE true");
        List<Object> parameters = new ArrayList<>();
        if (workerId != null) {
            where.append(" AND worker_ids @> ARRAY[?]::uuid[]");
            parameters.add(workerId);
        }
        if (user != null) {
            where.append(" AND principal = ?");
            parameters.add(user);
        }
        if (nodeId != null) {
            where.append(" AND node_ids @> ARRAY[?]::uuid[]");
            parameters.add(nodeId);
        }
        if (action != null) {
            where.append(" AND action = ?");
            parameters.add(action.toString());
        }
        if (from != null) {
            where.append(" AND occurred_at >= ?");
            parameters.add(from.atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        if (to != null) {
            where.append(" AND occurred_at < ?");
            parameters.add(to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        AuditRecordPage page = em.unwrap(Session.class).doReturningWork(connection -> {
            long total;
            try (PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM audit_record" + where)) {
                bind(count, parameters);
                try (ResultSet rs = count.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
            List<AuditRecord> items = new ArrayList<>();
            if (total > paging.offset()) {
                try (PreparedStatement select = connection.prepareStatement("SELECT id, occurred_at, principal, subject, "
                        + "client_id, operation_id, action, channel, record_type, record_id, worker_ids, node_ids, "
                        + "changed_fields FROM audit_record" + where
                        + " ORDER BY occurred_at DESC, id DESC LIMIT ? OFFSET ?")) {
                    List<Object> all = new ArrayList<>(parameters);
                    all.add(paging.size());
                    all.add(paging.offset());
                    bind(select, all);
                    try (ResultSet rs = select.executeQuery()) {
                        while (rs.next()) {
                            items.add(toApi(rs));
                        }
                    }
                }
            }
            return new AuditRecordPage().items(items).page(paging.page()).size(paging.size()).totalItems(total);
        });
        // after the query, so that the page shows the trail as it was before this read
        audit.recordRead("listAuditRecords", AuditTrail.ids(workerId), AuditTrail.ids(nodeId));
        return page;
    }

    private static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
    }

    private static AuditRecord toApi(ResultSet rs) throws SQLException {
        return new AuditRecord()
                .id(rs.getLong("id"))
                .occurredAt(rs.getObject("occurred_at", OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC))
                .principal(rs.getString("principal"))
                .subject(rs.getString("subject"))
                .clientId(rs.getString("client_id"))
                .operationId(rs.getString("operation_id"))
                .action(AuditAction.fromValue(rs.getString("action")))
                .channel(AuditChannel.fromValue(rs.getString("channel")))
                .recordType(rs.getString("record_type"))
                .recordId(rs.getString("record_id"))
                .workerIds(uuids(rs.getArray("worker_ids")))
                .nodeIds(uuids(rs.getArray("node_ids")))
                .changedFields(Arrays.stream((String[]) rs.getArray("changed_fields").getArray()).toList());
    }

    private static List<UUID> uuids(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(o -> (UUID) o).toList();
    }
}
