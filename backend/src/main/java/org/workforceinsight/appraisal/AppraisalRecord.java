package org.workforceinsight.appraisal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A completed appraisal as stored (table {@code appraisal}). */
@Entity
@Table(name = "appraisal")
public class AppraisalRecord extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "external_id", length = 64)
    public String externalId;

    @Column(name = "worker_id", nullable = false)
    public UUID workerId;

    @Column(name = "completed_on", nullable = false)
    public LocalDate completedOn;

    @Column(name = "reviewer_worker_id")
    public UUID reviewerWorkerId;

    /** The signed-in user who recorded it through the API; null for imported appraisals. */
    @Column(name = "recorded_by", length = 100)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    /** The record's version (its ETag); corrections are versioned UPDATEs in SQL, the entity only inserts. */
    @Column(name = "version", nullable = false)
    public long version;
}
