-- Settings and caseload thresholds become kept records (issue 4): changed one at a time through the API,
-- each with a version for If-Match (as V3 gave the other kept records) and a history in record_change.
ALTER TABLE measure_setting    ADD COLUMN version bigint NOT NULL DEFAULT 1;
ALTER TABLE caseload_threshold ADD COLUMN version bigint NOT NULL DEFAULT 1;
ALTER TABLE agency_price_cap   ADD COLUMN version bigint NOT NULL DEFAULT 1;
