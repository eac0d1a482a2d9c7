package org.workforceinsight.workers;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A job a worker can hold, mapped to a DfE role group (table {@code role}). */
@Entity
@Table(name = "role")
public class Role extends PanacheEntityBase {

    @Id
    @Column(length = 64)
    public String code;

    @Column(nullable = false, length = 100)
    public String name;

    @Column(name = "dfe_role_group", nullable = false, length = 64)
    public String dfeRoleGroup;

    /** A qualified social work role: its holders are "social workers" in the DfE measures. */
    @Column(name = "qualified_social_work", nullable = false)
    public boolean qualifiedSocialWork;

    @Column(name = "holds_cases", nullable = false)
    public boolean holdsCases;

    @Column(name = "display_order", nullable = false)
    public int displayOrder;
}
