-- Bulk import from other council systems (issue 4). Imported rows are keyed by the source system's
-- identifiers, so that a file imported twice changes nothing and a corrected file updates in place.

-- Assignments had no source key: without one a re-imported history row could not be told from a new one.
ALTER TABLE assignment ADD COLUMN external_id varchar(64) UNIQUE;
-- The source systems name teams by their own code; import rows may give it or this system's node id.
ALTER TABLE org_node ADD COLUMN external_code varchar(64) UNIQUE;
-- Caseload snapshots are corrected by re-import like the other records, so they get a version too.
ALTER TABLE caseload_snapshot ADD COLUMN version bigint NOT NULL DEFAULT 1;

-- One row per file imported (dry runs and rejected files too): who, when, what and the outcome.
CREATE TABLE import_run (
    id           uuid PRIMARY KEY,
    data_set     varchar(32) NOT NULL,
    file_name    varchar(255),
    imported_by  varchar(200) NOT NULL,
    started_at   timestamptz NOT NULL,
    finished_at  timestamptz NOT NULL,
    dry_run      boolean NOT NULL,
    mode         varchar(16) NOT NULL CHECK (mode IN ('all-or-nothing', 'valid-rows')),
    outcome      varchar(24) NOT NULL CHECK (outcome IN ('accepted', 'accepted-valid-rows', 'rejected')),
    rows_read    bigint NOT NULL,
    created      bigint NOT NULL,
    updated      bigint NOT NULL,
    unchanged    bigint NOT NULL,
    rejected     bigint NOT NULL,
    error_count  bigint NOT NULL
);
CREATE INDEX import_run_started_idx ON import_run (started_at DESC, id);

-- Every bad row of an import: the line it starts on, the column at fault (NULL: the row or the file).
CREATE TABLE import_row_error (
    import_id    uuid NOT NULL REFERENCES import_run (id) ON DELETE CASCADE,
    seq          integer NOT NULL,
    line         bigint NOT NULL,
    column_name  varchar(64),
    reason       varchar(500) NOT NULL,
    PRIMARY KEY (import_id, seq)
);
