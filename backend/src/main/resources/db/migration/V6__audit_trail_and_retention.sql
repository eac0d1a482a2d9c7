-- Audit trail and retention (issue 5).
--
-- Every read or change of person-level data leaves one audit_record row, written in the transaction that
-- reads or changes the data. A row says who (token principal, subject, client), when, which operation,
-- which workers and nodes, and for a change which fields: names only, never values, so the trail itself
-- holds no health detail. See docs/audit.md.

CREATE TABLE audit_record (
    id              bigserial PRIMARY KEY,
    occurred_at     timestamptz NOT NULL DEFAULT now(),
    principal       varchar(200) NOT NULL,  -- the token's principal claim (a user name), or 'system:<job>'
    subject         varchar(200),           -- the token's sub
    client_id       varchar(200),           -- the token's azp (or client_id): which application called
    operation_id    varchar(100) NOT NULL,  -- the contract's operationId, or the job's name
    action          varchar(16)  NOT NULL CHECK (action IN ('read', 'create', 'update', 'delete', 'import',
                        'export', 'anonymise', 'purge')),
    channel         varchar(16)  NOT NULL DEFAULT 'api' CHECK (channel IN ('api', 'import', 'scheduler')),
    record_type     varchar(64),            -- for a change: the contract's kebab-case record name
    record_id       varchar(100),
    -- no foreign keys: the trail outlives the records and people it names (ids only, never names)
    worker_ids      uuid[] NOT NULL DEFAULT '{}',
    node_ids        uuid[] NOT NULL DEFAULT '{}',
    changed_fields  text[] NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_record_occurred_idx ON audit_record (occurred_at, id);
CREATE INDEX audit_record_principal_idx ON audit_record (principal, occurred_at);
CREATE INDEX audit_record_workers_idx ON audit_record USING gin (worker_ids);

-- Append-only. A trigger, not only privileges, because the embedded database (and many small installs)
-- connect as the owner of the tables, whom privileges do not bind. UPDATE and TRUNCATE are always refused;
-- DELETE only for rows past the audit retention, and only through purge_audit_records(), which says how
-- far it may go in a transaction-local setting. The trigger also refuses rows younger than a year
-- whatever the setting says, so a bug or a mistaken setting cannot empty the recent trail.
CREATE FUNCTION audit_record_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    purge_before text := current_setting('workforce.audit_purge_before', true);
BEGIN
    IF TG_OP = 'DELETE' AND purge_before IS NOT NULL AND purge_before <> ''
            AND OLD.occurred_at < purge_before::timestamptz
            AND OLD.occurred_at < now() - interval '1 year' THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'audit_record is append-only: % is not allowed', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER audit_record_no_update_or_delete
    BEFORE UPDATE OR DELETE ON audit_record
    FOR EACH ROW EXECUTE FUNCTION audit_record_append_only();

CREATE TRIGGER audit_record_no_truncate
    BEFORE TRUNCATE ON audit_record
    FOR EACH STATEMENT EXECUTE FUNCTION audit_record_append_only();

-- The one sanctioned way to remove audit rows: those that occurred before the given time (the audit
-- retention, computed by the application). SECURITY DEFINER so that, where the application's role has no
-- DELETE privilege on audit_record (a separate owner role, see docs/audit.md), it can still purge exactly
-- this and nothing else.
CREATE FUNCTION purge_audit_records(purge_before timestamptz) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
DECLARE
    purged bigint;
BEGIN
    PERFORM set_config('workforce.audit_purge_before', purge_before::text, true);
    DELETE FROM audit_record WHERE occurred_at < purge_before AND occurred_at < now() - interval '1 year';
    GET DIAGNOSTICS purged = ROW_COUNT;
    PERFORM set_config('workforce.audit_purge_before', '', true);
    RETURN purged;
END;
$$;

-- With a separate application role (placeholder application_role, set by WORKFORCE_DATABASE_APPLICATION_ROLE;
-- 'none' when the application connects as the owner), take away what default privileges may have given it.
DO $$
BEGIN
    IF '${application_role}' <> 'none' THEN
        EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON audit_record FROM %I', '${application_role}');
        EXECUTE format('GRANT SELECT, INSERT ON audit_record TO %I', '${application_role}');
        EXECUTE format('GRANT USAGE ON SEQUENCE audit_record_id_seq TO %I', '${application_role}');
        REVOKE EXECUTE ON FUNCTION purge_audit_records(timestamptz) FROM PUBLIC;
        EXECUTE format('GRANT EXECUTE ON FUNCTION purge_audit_records(timestamptz) TO %I', '${application_role}');
    END IF;
END;
$$;

-- Retention: one row per run of the retention job (scheduled or asked for through the API).
CREATE TABLE retention_run (
    id                    uuid PRIMARY KEY,
    started_at            timestamptz NOT NULL,
    finished_at           timestamptz NOT NULL,
    triggered_by          varchar(16) NOT NULL CHECK (triggered_by IN ('schedule', 'api')),
    requested_by          varchar(200) NOT NULL,
    years_after_leaving   integer NOT NULL,
    left_before           date NOT NULL,          -- people whose employment ended before this were anonymised
    workers_anonymised    integer NOT NULL,
    audit_years           integer NOT NULL,
    audit_purged_before   timestamptz NOT NULL,
    audit_records_purged  bigint NOT NULL
);
CREATE INDEX retention_run_started_idx ON retention_run (started_at);

-- The workers the retention job has anonymised (so a later run skips them). Cascades with the worker:
-- the test data's TRUNCATE worker CASCADE clears it too.
CREATE TABLE retention_anonymised_worker (
    worker_id      uuid PRIMARY KEY REFERENCES worker (id) ON DELETE CASCADE,
    run_id         uuid NOT NULL REFERENCES retention_run (id),
    anonymised_at  timestamptz NOT NULL
);
