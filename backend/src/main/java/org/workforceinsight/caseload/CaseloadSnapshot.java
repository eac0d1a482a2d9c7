package org.workforceinsight.caseload;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** The cases a worker holds on a date, by case type where known (table {@code caseload_snapshot}). */
@Entity
@Table(name = "caseload_snapshot")
@IdClass(CaseloadSnapshot.Key.class)
public class CaseloadSnapshot extends PanacheEntityBase {

    @Id
    @Column(name = "worker_id")
    public UUID workerId;

    @Id
    @Column(name = "snapshot_date")
    public LocalDate snapshotDate;

    @Column(nullable = false)
    public int cases;

    @Column(name = "child_in_need")
    public Integer childInNeed;

    @Column(name = "child_protection")
    public Integer childProtection;

    @Column(name = "child_looked_after")
    public Integer childLookedAfter;

    @Column(name = "care_leaver")
    public Integer careLeaver;

    @Column(name = "other")
    public Integer other;

    public static class Key implements Serializable {
        public UUID workerId;
        public LocalDate snapshotDate;

        public Key() {
        }

        public Key(UUID workerId, LocalDate snapshotDate) {
            this.workerId = workerId;
            this.snapshotDate = snapshotDate;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(workerId, k.workerId) && Objects.equals(snapshotDate, k.snapshotDate);
        }

        @Override
        public int hashCode() {
            return Objects.hash(workerId, snapshotDate);
        }
    }
}
