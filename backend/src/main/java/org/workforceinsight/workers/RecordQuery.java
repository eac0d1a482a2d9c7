package org.workforceinsight.workers;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.workforceinsight.shared.Paging;
import org.workforceinsight.shared.Rows;

/**
 * A native query over one table of records with conditions added one by one, answered as a count and a
 * page in a fixed order: the list endpoints of the records behind the measures share this shape.
 */
public final class RecordQuery {

    private final String from;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** {@code from}: the FROM clause with its joins, e.g. {@code "absence ab JOIN worker w ON w.id = ab.worker_id"}. */
    public RecordQuery(String from) {
        this.from = from;
    }

    public RecordQuery where(String condition) {
        conditions.add(condition);
        return this;
    }

    public RecordQuery where(String condition, String parameter, Object value) {
        conditions.add(condition);
        parameters.put(parameter, value);
        return this;
    }

    public RecordQuery parameter(String name, Object value) {
        parameters.put(name, value);
        return this;
    }

    public long count(EntityManager em) {
        Query query = em.createNativeQuery("SELECT count(*) FROM " + from + whereClause());
        parameters.forEach(query::setParameter);
        return Rows.count(query.getSingleResult());
    }

    @SuppressWarnings("unchecked")
    public List<Tuple> page(EntityManager em, String columns, String orderBy, Paging paging) {
        Query query = em.createNativeQuery("SELECT " + columns + " FROM " + from + whereClause() + " ORDER BY "
                + orderBy + " LIMIT :pageLimit OFFSET :pageOffset", Tuple.class);
        parameters.forEach(query::setParameter);
        query.setParameter("pageLimit", paging.size());
        query.setParameter("pageOffset", paging.offset());
        return query.getResultList();
    }

    private String whereClause() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }
}
