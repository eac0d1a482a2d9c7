package org.workforceinsight.organisation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class OrgNodeRepository implements PanacheRepositoryBase<OrgNode, UUID> {

    /** The whole tree: a council has a few dozen nodes, so it is read in one query. */
    public List<OrgNode> listTree() {
        return listAll(Sort.by("name").and("id"));
    }
}
