-- The data behind the workforce measures: establishment posts, agency assignments and their
-- charges, supervision, appraisal, absence (sickness reasons kept apart as health data), leaving,
-- and the configuration the measures read (policies, weights, caps, settings, targets).
-- Like V1, history is rows with dates: nothing here is overwritten to record a change over time.

-- A funded position (establishment) in a team for a role, over a dated period.
CREATE TABLE post (
    id           uuid PRIMARY KEY,
    external_id  varchar(64) UNIQUE,
    team_id      uuid NOT NULL REFERENCES org_node (id),
    role_code    varchar(64) NOT NULL REFERENCES role (code),
    fte          numeric(5, 2) NOT NULL CHECK (fte > 0 AND fte <= 100),
    start_date   date NOT NULL,
    end_date     date,
    CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX post_team_idx ON post (team_id, start_date);

-- The agency side of an assignment whose employment_type is 'agency'.
CREATE TABLE agency_assignment (
    assignment_id        uuid PRIMARY KEY REFERENCES assignment (id),
    agency_name          varchar(200) NOT NULL,
    job_type             varchar(32) NOT NULL CHECK (job_type IN ('social-worker', 'senior-social-worker',
                             'advanced-practitioner', 'team-manager', 'iro-cp-chair')),
    charge_basis         varchar(8) NOT NULL CHECK (charge_basis IN ('hourly', 'daily')),
    charge_rate          numeric(8, 2) NOT NULL CHECK (charge_rate > 0),
    -- post-qualifying experience on the first day of the assignment
    pqe_years_at_start   numeric(4, 1) NOT NULL CHECK (pqe_years_at_start >= 0),
    notice_period_days   integer NOT NULL CHECK (notice_period_days >= 0),
    covers_post_id       uuid REFERENCES post (id),
    -- last day of a permanent post the worker held elsewhere in the same region, when declared
    previous_regional_employment_end date
);
CREATE INDEX agency_assignment_post_idx ON agency_assignment (covers_post_id);

-- What the agency charged: one row per timesheet (the week it ends), in the assignment's charge basis.
CREATE TABLE agency_timesheet (
    id             uuid PRIMARY KEY,
    external_id    varchar(64) UNIQUE,
    assignment_id  uuid NOT NULL REFERENCES agency_assignment (assignment_id),
    week_ending    date NOT NULL,
    -- hours for an hourly charge, days for a daily one
    units          numeric(6, 2) NOT NULL CHECK (units >= 0),
    rate           numeric(8, 2) NOT NULL CHECK (rate >= 0),
    UNIQUE (assignment_id, week_ending)
);
CREATE INDEX agency_timesheet_week_idx ON agency_timesheet (week_ending);

CREATE TABLE supervision_session (
    id                    uuid PRIMARY KEY,
    external_id           varchar(64) UNIQUE,
    supervisee_worker_id  uuid NOT NULL REFERENCES worker (id),
    supervisor_worker_id  uuid REFERENCES worker (id),
    session_date          date NOT NULL,
    duration_minutes      integer NOT NULL CHECK (duration_minutes > 0 AND duration_minutes <= 1440),
    session_type          varchar(16) NOT NULL CHECK (session_type IN ('one-to-one', 'group', 'observed')),
    recorded_by           varchar(100),
    recorded_at           timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX supervision_session_supervisee_idx ON supervision_session (supervisee_worker_id, session_date);
CREATE INDEX supervision_session_date_idx ON supervision_session (session_date);

CREATE TABLE appraisal (
    id                  uuid PRIMARY KEY,
    external_id         varchar(64) UNIQUE,
    worker_id           uuid NOT NULL REFERENCES worker (id),
    completed_on        date NOT NULL,
    reviewer_worker_id  uuid REFERENCES worker (id),
    recorded_by         varchar(100),
    recorded_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX appraisal_worker_idx ON appraisal (worker_id, completed_on);

CREATE TABLE absence (
    id                 uuid PRIMARY KEY,
    external_id        varchar(64) UNIQUE,
    worker_id          uuid NOT NULL REFERENCES worker (id),
    absence_type       varchar(32) NOT NULL CHECK (absence_type IN ('sickness', 'compassionate-leave',
                           'dependants-leave', 'industrial-injury', 'unpaid-leave', 'other')),
    first_day          date NOT NULL,
    last_day           date NOT NULL,
    -- working days (Monday to Friday, not bank holidays; half days allowed) inside the absence. The
    -- measures weight them by the worker's FTE (DfE: each day weighted by FTE), so a part-time
    -- worker's days are not reduced here as well.
    working_days_lost  numeric(6, 2) NOT NULL CHECK (working_days_lost >= 0),
    CHECK (last_day >= first_day)
);
CREATE INDEX absence_worker_idx ON absence (worker_id, first_day);
CREATE INDEX absence_dates_idx ON absence (first_day, last_day);

-- Sickness reason categories: special category (health) data. Kept in their own table so that
-- every read of them is a deliberate join, and so that access to them can be granted separately.
CREATE TABLE sickness_reason (
    code           varchar(64) PRIMARY KEY,
    name           varchar(200) NOT NULL,
    display_order  integer NOT NULL
);

CREATE TABLE absence_sickness_reason (
    absence_id   uuid PRIMARY KEY REFERENCES absence (id) ON DELETE CASCADE,
    reason_code  varchar(64) NOT NULL REFERENCES sickness_reason (code)
);

CREATE TABLE leaving_reason (
    code                     varchar(64) PRIMARY KEY,
    name                     varchar(200) NOT NULL,
    inside_council_control   boolean NOT NULL,
    display_order            integer NOT NULL,
    active                   boolean NOT NULL DEFAULT true
);

-- The end of a worker's employment with the council. The worker's employed assignments end on
-- leaving_date; a worker who returns later has a new assignment and, if they leave again, a new row.
CREATE TABLE leaving (
    id                   uuid PRIMARY KEY,
    external_id          varchar(64) UNIQUE,
    worker_id            uuid NOT NULL REFERENCES worker (id),
    leaving_date         date NOT NULL,
    reason_code          varchar(64) REFERENCES leaving_reason (code),
    exit_interview_held  boolean NOT NULL DEFAULT false,
    UNIQUE (worker_id, leaving_date)
);
CREATE INDEX leaving_date_idx ON leaving (leaving_date);

-- Caseload snapshots may break cases down by one more type.
ALTER TABLE caseload_snapshot ADD COLUMN pre_proceedings integer CHECK (pre_proceedings >= 0);

-- --- Configuration ---------------------------------------------------------------------------

-- Points per case by case type, for the weighted caseload.
CREATE TABLE case_weight (
    case_type  varchar(32) PRIMARY KEY CHECK (case_type IN ('child-in-need', 'child-protection',
                   'child-looked-after', 'care-leaver', 'pre-proceedings', 'other')),
    points     numeric(6, 2) NOT NULL CHECK (points >= 0)
);

-- How often a worker must be supervised. A row with asye_from_day set applies to ASYE workers
-- from that day of their ASYE (counting the start as day 0) up to, not including, asye_to_day.
-- Otherwise a row for the worker's role applies, else the row with neither (the default).
CREATE TABLE supervision_policy (
    id              serial PRIMARY KEY,
    role_code       varchar(64) REFERENCES role (code),
    asye_from_day   integer CHECK (asye_from_day >= 0),
    asye_to_day     integer,
    interval_days   integer NOT NULL CHECK (interval_days > 0),
    supervised      boolean NOT NULL DEFAULT true,
    CHECK ((asye_from_day IS NULL) = (asye_to_day IS NULL)),
    CHECK (asye_to_day IS NULL OR asye_to_day > asye_from_day),
    CHECK (role_code IS NULL OR asye_from_day IS NULL)
);
CREATE UNIQUE INDEX supervision_policy_role_idx ON supervision_policy (role_code) WHERE role_code IS NOT NULL;
CREATE UNIQUE INDEX supervision_policy_default_idx ON supervision_policy ((true))
    WHERE role_code IS NULL AND asye_from_day IS NULL;

-- Agency price caps: the most an hour of each job type may be charged in a region, from a date.
CREATE TABLE agency_price_cap (
    region       varchar(100) NOT NULL,
    job_type     varchar(32) NOT NULL CHECK (job_type IN ('social-worker', 'senior-social-worker',
                     'advanced-practitioner', 'team-manager', 'iro-cp-chair')),
    valid_from   date NOT NULL,
    hourly_cap   numeric(8, 2) NOT NULL CHECK (hourly_cap > 0),
    PRIMARY KEY (region, job_type, valid_from)
);

-- Single-valued settings the measures read; each key is documented in its description.
CREATE TABLE measure_setting (
    key          varchar(64) PRIMARY KEY,
    value        numeric(10, 2) NOT NULL,
    description  varchar(300) NOT NULL
);

-- A target per measure: council-wide (node_id NULL), overridable per service or team.
CREATE TABLE measure_target (
    id               uuid PRIMARY KEY,
    measure          varchar(64) NOT NULL,
    node_id          uuid REFERENCES org_node (id),
    target           numeric(12, 2) NOT NULL,
    direction        varchar(20) NOT NULL CHECK (direction IN ('higher-is-better', 'lower-is-better')),
    amber_tolerance  numeric(12, 2) NOT NULL CHECK (amber_tolerance >= 0),
    updated_by       varchar(100),
    updated_at       timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX measure_target_node_idx ON measure_target (measure, node_id) WHERE node_id IS NOT NULL;
CREATE UNIQUE INDEX measure_target_council_idx ON measure_target (measure) WHERE node_id IS NULL;

-- The local authorities the council compares itself with (statistical neighbours), by DfE code.
CREATE TABLE benchmark_comparator (
    la_code  varchar(16) PRIMARY KEY
);

-- --- Defaults --------------------------------------------------------------------------------

INSERT INTO sickness_reason (code, name, display_order) VALUES
    ('stress-depression-anxiety', 'Stress, depression, anxiety and other mental health', 10),
    ('musculoskeletal', 'Musculoskeletal, back and neck', 20),
    ('infections', 'Infections, colds and flu', 30),
    ('stomach-digestive', 'Stomach, liver, kidney and digestion', 40),
    ('surgery-recovery', 'Operation or recovery from surgery', 50),
    ('pregnancy-related', 'Pregnancy related', 60),
    ('other', 'Other or not given', 70);

INSERT INTO leaving_reason (code, name, inside_council_control, display_order) VALUES
    ('caseload-workload', 'Caseload or workload', true, 10),
    ('management-support', 'Management or supervision', true, 20),
    ('pay', 'Pay', true, 30),
    ('career-progression', 'Career progression elsewhere', true, 40),
    ('working-conditions', 'Working conditions or flexibility', true, 50),
    ('moved-to-agency', 'Moved to agency work', true, 60),
    ('relocation', 'Moving away', false, 70),
    ('retirement', 'Retirement', false, 80),
    ('family-reasons', 'Family or caring responsibilities', false, 90),
    ('health', 'Own health', false, 100),
    ('end-of-fixed-term', 'End of fixed-term contract', false, 110),
    ('dismissal', 'Dismissal', false, 120),
    ('not-known', 'Not known', false, 130);

INSERT INTO case_weight (case_type, points) VALUES
    ('child-in-need', 5.00),
    ('child-protection', 6.50),
    ('child-looked-after', 6.00),
    ('care-leaver', 4.00),
    ('pre-proceedings', 8.00),
    ('other', 5.00);

-- Employer standard 5: ASYE weekly for their first 6 weeks, fortnightly up to 6 months, then
-- monthly; everyone else monthly (31 days).
INSERT INTO supervision_policy (role_code, asye_from_day, asye_to_day, interval_days) VALUES
    (NULL, 0, 42, 7),
    (NULL, 42, 183, 14),
    (NULL, NULL, NULL, 31);

-- Illustrative hourly caps per region; councils replace them with their regional agreement's.
INSERT INTO agency_price_cap (region, job_type, valid_from, hourly_cap)
SELECT region, job_type, DATE '2024-01-01', cap
FROM (VALUES ('social-worker', 40.00), ('senior-social-worker', 44.00), ('advanced-practitioner', 48.00),
             ('team-manager', 52.00), ('iro-cp-chair', 50.00)) AS caps (job_type, cap)
CROSS JOIN (VALUES ('North East'), ('North West'), ('Yorkshire and The Humber'), ('East Midlands'),
             ('West Midlands'), ('East of England'), ('London'), ('Inner London'), ('Outer London'),
             ('South East'), ('South West')) AS regions (region);

INSERT INTO measure_setting (key, value, description) VALUES
    ('supervision.minimum-minutes', 90, 'A supervision session counts towards compliance if it lasted at least this many minutes.'),
    ('appraisal.minimum-service-months', 6, 'Employed workers are in scope for appraisal once in post this many months.'),
    ('appraisal.interval-months', 12, 'An appraisal is due this many months after the last one.'),
    ('absence.long-term-working-days', 20, 'An absence of at least this many working days is long-term.'),
    ('absence.bradford-trigger', 200, 'A Bradford factor at or above this prompts an absence review.'),
    ('caseload.capacity-points-per-fte', 100, 'Capacity points of a full-time case holder, for the weighted caseload.'),
    ('caseload.asye-capacity-points-per-fte', 90, 'Capacity points of a full-time ASYE case holder.'),
    ('agency.minimum-pqe-years', 3, 'DfE agency rule: post-qualifying experience an agency social worker must have.'),
    ('agency.cool-off-months', 3, 'DfE agency rule: months before a permanent worker may rejoin the region as agency.'),
    ('agency.minimum-notice-days', 28, 'DfE agency rule: the shortest notice period an agency assignment may have.'),
    ('agency.hours-per-day', 7.40, 'Hours in a charged day, to compare a daily charge with an hourly price cap.');

-- Council-wide targets from the improvement plans; services and teams may override them.
INSERT INTO measure_target (id, measure, node_id, target, direction, amber_tolerance) VALUES
    ('00000000-0000-4000-8000-000000000001', 'agencyRate', NULL, 10.0, 'lower-is-better', 5.0),
    ('00000000-0000-4000-8000-000000000002', 'vacancyRate', NULL, 10.0, 'lower-is-better', 5.0),
    ('00000000-0000-4000-8000-000000000003', 'turnoverRate', NULL, 15.0, 'lower-is-better', 3.0),
    ('00000000-0000-4000-8000-000000000004', 'averageCaseload', NULL, 16.0, 'lower-is-better', 2.0),
    ('00000000-0000-4000-8000-000000000005', 'absenceRate', NULL, 3.0, 'lower-is-better', 1.0),
    ('00000000-0000-4000-8000-000000000006', 'percentOverThreshold', NULL, 5.0, 'lower-is-better', 5.0),
    ('00000000-0000-4000-8000-000000000007', 'percentAsyeOverThreshold', NULL, 0.0, 'lower-is-better', 5.0),
    ('00000000-0000-4000-8000-000000000008', 'supervisionCompliance', NULL, 95.0, 'higher-is-better', 10.0),
    ('00000000-0000-4000-8000-000000000009', 'appraisalCompliance', NULL, 95.0, 'higher-is-better', 10.0),
    ('00000000-0000-4000-8000-00000000000a', 'permanence', NULL, 90.0, 'higher-is-better', 5.0),
    ('00000000-0000-4000-8000-00000000000b', 'sicknessDaysPerFte', NULL, 8.5, 'lower-is-better', 1.5),
    ('00000000-0000-4000-8000-00000000000c', 'stability24Months', NULL, 70.0, 'higher-is-better', 10.0),
    ('00000000-0000-4000-8000-00000000000d', 'exitInterviewRate', NULL, 80.0, 'higher-is-better', 20.0),
    ('00000000-0000-4000-8000-00000000000e', 'unallocatedCases', NULL, 0.0, 'lower-is-better', 10.0);
