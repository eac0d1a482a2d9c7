-- The supervision policy and the case weights become kept records (issue 4, recorded through the settings
-- pages of issue 6): changed one at a time through the API, each with a version for If-Match and a history
-- in record_change, as V8 did for the settings and caseload thresholds.
ALTER TABLE supervision_policy ADD COLUMN version bigint NOT NULL DEFAULT 1;
ALTER TABLE case_weight        ADD COLUMN version bigint NOT NULL DEFAULT 1;
