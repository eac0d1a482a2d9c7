package org.workforceinsight.organisation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A council, service or team (table {@code org_node}). */
@Entity
@Table(name = "org_node")
public class OrgNode extends PanacheEntityBase {

    public static final String COUNCIL = "council";
    public static final String SERVICE = "service";
    public static final String TEAM = "team";

    @Id
    public UUID id;

    @Column(name = "node_type", nullable = false, length = 16)
    public String nodeType;

    @Column(name = "parent_id")
    public UUID parentId;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(name = "team_type", length = 64)
    public String teamType;

    @Column(length = 100)
    public String locality;

    @Column(name = "la_code", length = 16)
    public String laCode;

    @Column(length = 100)
    public String region;

    /** The team manager of a team, the head of service of a service. */
    @Column(name = "manager_worker_id")
    public UUID managerWorkerId;

    public boolean isTeam() {
        return TEAM.equals(nodeType);
    }
}
