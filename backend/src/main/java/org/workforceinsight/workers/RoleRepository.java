package org.workforceinsight.workers;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class RoleRepository implements PanacheRepositoryBase<Role, String> {

    public List<Role> listInDisplayOrder() {
        return listAll(Sort.by("displayOrder").and("code"));
    }
}
