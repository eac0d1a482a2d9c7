-- The measures read model (issue 3, speed): the API keeps the whole council's facts in memory and
-- reloads them only when something they are computed from has changed. This table says whether it
-- has: one row whose version goes up once for every committed transaction that wrote any table the
-- measures read. Every instance compares it with the version its facts were loaded at, so several
-- instances stay correct without talking to each other.

CREATE TABLE data_version (
    id       boolean PRIMARY KEY DEFAULT true CHECK (id),
    -- this database's own: a database rebuilt from scratch starts at version 1 again
    epoch    uuid NOT NULL DEFAULT gen_random_uuid(),
    version  bigint NOT NULL
);
INSERT INTO data_version (id, version) VALUES (true, 1);

-- Transactions that have written a measures table and not yet committed, one row each. A statement
-- trigger notes the transaction here (a key probe when it is already noted, so an import of 100,000
-- rows costs one row here, not 100,000), and a deferred trigger on this table bumps the version as
-- the transaction commits. Bumping at commit rather than at the first write keeps the lock on the
-- version row for an instant: writers do not queue behind each other's long transactions, and no
-- reader sees a new version before the data it stands for is committed.
CREATE TABLE data_version_pending (
    txid  bigint PRIMARY KEY
);

CREATE FUNCTION note_measures_data_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO data_version_pending (txid) VALUES (txid_current()) ON CONFLICT DO NOTHING;
    RETURN NULL;
END;
$$;

CREATE FUNCTION bump_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE data_version SET version = version + 1;
    DELETE FROM data_version_pending WHERE txid = NEW.txid;
    RETURN NULL;
END;
$$;

CREATE CONSTRAINT TRIGGER data_version_bump_at_commit
    AFTER INSERT ON data_version_pending
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION bump_data_version();

-- Every table a measure, its configuration or its RAG target is read from.
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['org_node', 'role', 'worker', 'assignment', 'caseload_snapshot',
            'unallocated_cases', 'caseload_threshold', 'post', 'agency_assignment', 'agency_timesheet',
            'supervision_session', 'appraisal', 'absence', 'absence_sickness_reason', 'sickness_reason',
            'leaving_reason', 'leaving', 'case_weight', 'supervision_policy', 'agency_price_cap',
            'measure_setting', 'benchmark_comparator', 'measure_target']
    LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I '
                || 'FOR EACH STATEMENT EXECUTE FUNCTION note_measures_data_change()', t || '_data_version', t);
        EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON %I '
                || 'FOR EACH STATEMENT EXECUTE FUNCTION note_measures_data_change()', t || '_data_version_truncate', t);
    END LOOP;
END;
$$;
