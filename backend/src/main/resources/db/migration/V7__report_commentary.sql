-- Commentary a workforce lead writes on one measure of a node's monthly report (issue 4). One row per
-- node, month and measure; the version is the ETag the API sends and checks (If-Match), and every change
-- is kept in record_change (record_type 'report-commentary') in the same transaction.
CREATE TABLE report_commentary (
    node_id     uuid NOT NULL REFERENCES org_node (id) ON DELETE CASCADE,
    month       date NOT NULL CHECK (extract(day FROM month) = 1),   -- the month's first day
    measure     varchar(64) NOT NULL,                                -- the contract's MeasureId
    text        varchar(4000) NOT NULL,
    version     bigint NOT NULL DEFAULT 1,
    updated_by  varchar(200) NOT NULL,
    updated_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (node_id, month, measure)
);
