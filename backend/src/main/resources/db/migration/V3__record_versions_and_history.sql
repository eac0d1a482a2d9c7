-- Records people keep in this system can be corrected and deleted (issue 4). Two things make that
-- safe: a version per record, so that two people editing the same record cannot overwrite each
-- other silently (the API sends it as the ETag and checks If-Match), and a history of every change
-- (who, when, what before and after), written in the same transaction as the change.

ALTER TABLE worker              ADD COLUMN version bigint NOT NULL DEFAULT 1;
ALTER TABLE assignment          ADD COLUMN version bigint NOT NULL DEFAULT 1;
ALTER TABLE post                ADD COLUMN version bigint NOT NULL DEFAULT 1;
ALTER TABLE agency_assignment   ADD COLUMN version bigint NOT NULL DEFAULT 1;
ALTER TABLE agency_timesheet    ADD COLUMN version bigint NOT NULL DEFAULT 1;
ALTER TABLE supervision_session ADD COLUMN version bigint NOT NULL DEFAULT 1;
ALTER TABLE appraisal           ADD COLUMN version bigint NOT NULL DEFAULT 1;
ALTER TABLE absence             ADD COLUMN version bigint NOT NULL DEFAULT 1;
ALTER TABLE leaving             ADD COLUMN version bigint NOT NULL DEFAULT 1;
ALTER TABLE measure_target      ADD COLUMN version bigint NOT NULL DEFAULT 1;

-- One row per change to a kept record. before/after are the record as the API shows it (camelCase
-- JSON), without health detail: a change of sickness reason is noted as such, its values are not
-- kept here (data minimisation: the current reason lives only in absence_sickness_reason).
CREATE TABLE record_change (
    id           bigserial PRIMARY KEY,
    record_type  varchar(64) NOT NULL,   -- the contract's kebab-case name: supervision-session, absence, ...
    record_id    varchar(100) NOT NULL,  -- the record's id (a uuid, or a key such as a measure id)
    version      bigint NOT NULL,        -- the version the change produced (for a deletion, the last one)
    change_type  varchar(16) NOT NULL CHECK (change_type IN ('created', 'updated', 'deleted')),
    changed_by   varchar(200) NOT NULL,  -- the token's principal: a user name or a client id
    changed_at   timestamptz NOT NULL DEFAULT now(),
    channel      varchar(16) NOT NULL CHECK (channel IN ('api', 'import')),
    import_id    uuid,                   -- the import run, when channel = 'import'
    before       jsonb,
    after        jsonb
);
CREATE INDEX record_change_record_idx ON record_change (record_type, record_id, id);
CREATE INDEX record_change_import_idx ON record_change (import_id) WHERE import_id IS NOT NULL;
