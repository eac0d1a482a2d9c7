package org.workforceinsight.supervision;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A supervision session as stored (table {@code supervision_session}). */
@Entity
@Table(name = "supervision_session")
public class SupervisionSessionRecord extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "external_id", length = 64)
    public String externalId;

    @Column(name = "supervisee_worker_id", nullable = false)
    public UUID superviseeWorkerId;

    @Column(name = "supervisor_worker_id")
    public UUID supervisorWorkerId;

    @Column(name = "session_date", nullable = false)
    public LocalDate sessionDate;

    @Column(name = "duration_minutes", nullable = false)
    public int durationMinutes;

    @Column(name = "session_type", nullable = false, length = 16)
    public String sessionType;

    /** The signed-in user who recorded it through the API; null for imported sessions. */
    @Column(name = "recorded_by", length = 100)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    /**
     * The record's version (its ETag). Not a JPA {@code @Version}: corrections are versioned UPDATEs in SQL
     * (see the service), and the entity is only used to insert.
     */
    @Column(name = "version", nullable = false)
    public long version;
}
