package org.workforceinsight.workers;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.workforceinsight.shared.Paging;
import org.workforceinsight.shared.ProblemException;

/**
 * A table of records each dated and about one worker (a supervision session, an appraisal), read under one
 * scope rule: a record belongs to the nodes its worker was assigned to on its date. The list and the single
 * read of a table go through here (and so the read of its history, shared/KeptRecords), so they cannot
 * disagree on what a caller may see.
 *
 * @param from the FROM clause with its joins
 * @param columns the columns each row is read with
 * @param idColumn the record's id
 * @param workerColumn the worker the record is about
 * @param dateColumn the record's date
 * @param newestFirst the list's ORDER BY
 * @param noun what a record is called in problem details, e.g. "appraisal"
 */
public record DatedWorkerRecords(String from, String columns, String idColumn, String workerColumn,
        String dateColumn, String newestFirst, String noun) {

    private static final Paging ONE = new Paging(0, 1);

    /** A page of rows and the total the page is taken from. */
    public record Slice(long total, List<Tuple> rows) {
    }

    /** Records dated in the range whose worker was in the caller's scope on that date. */
    public Slice list(EntityManager em, WorkerRecordScope records, WorkerRecordScope.Range range, Paging paging) {
        if (records.empty()) {
            return new Slice(0, List.of());
        }
        RecordQuery query = new RecordQuery(from)
                .where(dateColumn + " BETWEEN :from AND :to", "from", range.from())
                .parameter("to", range.to());
        records.restrict(query, workerColumn, dateColumn, dateColumn);
        long total = query.count(em);
        List<Tuple> rows = total <= paging.offset() ? List.of() : query.page(em, columns, newestFirst, paging);
        return new Slice(total, rows);
    }

    /** One record: 404 when there is none with this id, 403 when its worker was outside the caller's scope on its date. */
    public Tuple get(EntityManager em, Supplier<WorkerRecordScope> records, UUID id) {
        List<Tuple> rows = byId(id).page(em, columns, idColumn, ONE);
        if (rows.isEmpty()) {
            throw ProblemException.notFound("There is no " + noun + " " + id + ".");
        }
        if (!records.get().admits(byId(id), em, workerColumn, dateColumn)) {
            throw ProblemException.forbidden("The " + noun + " " + id + " is outside your access scope.");
        }
        return rows.get(0);
    }

    private RecordQuery byId(UUID id) {
        return new RecordQuery(from).where(idColumn + " = :id", "id", id);
    }
}
