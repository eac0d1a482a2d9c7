package org.workforceinsight.workers;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A dated period in which a worker holds a role in a team with an employment type and an FTE
 * (table {@code assignment}). A move, an FTE change or a promotion starts a new one.
 */
@Entity
@Table(name = "assignment")
public class Assignment extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "worker_id", nullable = false)
    public UUID workerId;

    @Column(name = "team_id", nullable = false)
    public UUID teamId;

    @Column(name = "role_code", nullable = false, length = 64)
    public String roleCode;

    @Column(name = "employment_type", nullable = false, length = 16)
    public String employmentType;

    @Column(nullable = false, precision = 4, scale = 2)
    public BigDecimal fte;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    /** Last day of the assignment; null while it continues. */
    @Column(name = "end_date")
    public LocalDate endDate;
}
