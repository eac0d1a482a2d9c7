package org.workforceinsight.workers;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A person in the workforce, employed or agency (table {@code worker}). */
@Entity
@Table(name = "worker")
public class Worker extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "external_id", nullable = false, length = 64)
    public String externalId;

    @Column(name = "given_name", nullable = false, length = 100)
    public String givenName;

    @Column(name = "family_name", nullable = false, length = 100)
    public String familyName;

    @Column(name = "swe_registration_number", length = 16)
    public String sweRegistrationNumber;

    @Column(name = "asye_start_date")
    public LocalDate asyeStartDate;

    /** Sign-in name at the identity provider, for staff who use Workforce Insight. */
    @Column(length = 100)
    public String username;

    /** In the Assessed and Supported Year in Employment on the date: ASYE start &lt;= date &lt; start + 12 months. */
    public static boolean inAsye(LocalDate asyeStartDate, LocalDate on) {
        return asyeStartDate != null && !asyeStartDate.isAfter(on) && on.isBefore(asyeStartDate.plusMonths(12));
    }
}
