package org.workforceinsight.caseload;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Configuration data: the most cases a worker should hold, per role, plus one row for workers in
 * their ASYE (table {@code caseload_threshold}).
 */
@Entity
@Table(name = "caseload_threshold")
public class CaseloadThreshold extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Integer id;

    @Column(name = "role_code", length = 64)
    public String roleCode;

    @Column(name = "applies_to_asye", nullable = false)
    public boolean appliesToAsye;

    @Column(name = "max_cases", nullable = false)
    public int maxCases;
}
