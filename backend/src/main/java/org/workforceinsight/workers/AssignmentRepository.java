package org.workforceinsight.workers;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AssignmentRepository implements PanacheRepositoryBase<Assignment, UUID> {

    /** A worker's whole history, oldest first. */
    public List<Assignment> historyOf(UUID workerId) {
        return list("workerId", Sort.by("startDate").and("id"), workerId);
    }
}
