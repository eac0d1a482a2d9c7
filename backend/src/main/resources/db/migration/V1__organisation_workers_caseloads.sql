-- Organisation tree, workers with dated assignment history, caseload snapshots
-- and caseload thresholds. History is kept as rows with date ranges: a move,
-- an FTE change or a promotion ends one assignment and starts another.

CREATE TABLE org_node (
    id              uuid PRIMARY KEY,
    node_type       varchar(16)  NOT NULL CHECK (node_type IN ('council', 'service', 'team')),
    parent_id       uuid REFERENCES org_node (id),
    name            varchar(200) NOT NULL,
    team_type       varchar(64)  CHECK (team_type IN ('front-door', 'assessment-and-intervention',
                        'child-protection-and-family-support', 'children-looked-after', 'care-leavers',
                        'children-with-disabilities', 'early-support', 'safeguarding-and-quality-assurance')),
    locality        varchar(100),
    la_code         varchar(16),
    region          varchar(100),
    -- the team manager of a team, the head of service of a service
    manager_worker_id uuid,
    CHECK ((node_type = 'council') = (parent_id IS NULL)),
    CHECK ((node_type = 'team') = (team_type IS NOT NULL))
);
CREATE INDEX org_node_parent_idx ON org_node (parent_id);

CREATE TABLE role (
    code                   varchar(64) PRIMARY KEY,
    name                   varchar(100) NOT NULL,
    dfe_role_group         varchar(64) NOT NULL CHECK (dfe_role_group IN ('case-holder', 'senior-practitioner',
                               'first-line-manager', 'middle-manager', 'senior-manager',
                               'qualified-without-cases', 'not-social-worker')),
    qualified_social_work  boolean NOT NULL,
    holds_cases            boolean NOT NULL,
    display_order          integer NOT NULL
);

CREATE TABLE worker (
    id                       uuid PRIMARY KEY,
    external_id              varchar(64) NOT NULL UNIQUE,
    given_name               varchar(100) NOT NULL,
    family_name              varchar(100) NOT NULL,
    swe_registration_number  varchar(16) UNIQUE,
    asye_start_date          date,
    -- sign-in name at the identity provider, for staff who use Workforce Insight
    username                 varchar(100) UNIQUE
);

ALTER TABLE org_node ADD CONSTRAINT org_node_manager_fk
    FOREIGN KEY (manager_worker_id) REFERENCES worker (id);

CREATE TABLE assignment (
    id               uuid PRIMARY KEY,
    worker_id        uuid NOT NULL REFERENCES worker (id),
    team_id          uuid NOT NULL REFERENCES org_node (id),
    role_code        varchar(64) NOT NULL REFERENCES role (code),
    employment_type  varchar(16) NOT NULL CHECK (employment_type IN ('permanent', 'fixed-term', 'agency')),
    fte              numeric(4, 2) NOT NULL CHECK (fte > 0 AND fte <= 1),
    start_date       date NOT NULL,
    end_date         date,
    CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX assignment_worker_idx ON assignment (worker_id, start_date);
CREATE INDEX assignment_team_idx ON assignment (team_id, start_date);

CREATE TABLE caseload_snapshot (
    worker_id           uuid NOT NULL REFERENCES worker (id),
    snapshot_date       date NOT NULL,
    cases               integer NOT NULL CHECK (cases >= 0),
    child_in_need       integer CHECK (child_in_need >= 0),
    child_protection    integer CHECK (child_protection >= 0),
    child_looked_after  integer CHECK (child_looked_after >= 0),
    care_leaver         integer CHECK (care_leaver >= 0),
    other               integer CHECK (other >= 0),
    PRIMARY KEY (worker_id, snapshot_date)
);
CREATE INDEX caseload_snapshot_date_idx ON caseload_snapshot (snapshot_date);

CREATE TABLE unallocated_cases (
    team_id        uuid NOT NULL REFERENCES org_node (id),
    snapshot_date  date NOT NULL,
    cases          integer NOT NULL CHECK (cases >= 0),
    PRIMARY KEY (team_id, snapshot_date)
);

-- Configuration data: the most cases a worker should hold. One row per role,
-- plus one row (role_code NULL, applies_to_asye) for workers in their ASYE.
CREATE TABLE caseload_threshold (
    id               serial PRIMARY KEY,
    role_code        varchar(64) UNIQUE REFERENCES role (code),
    applies_to_asye  boolean NOT NULL DEFAULT false,
    max_cases        integer NOT NULL CHECK (max_cases >= 0),
    CHECK ((role_code IS NULL) = applies_to_asye)
);
CREATE UNIQUE INDEX caseload_threshold_single_asye ON caseload_threshold (applies_to_asye) WHERE applies_to_asye;

INSERT INTO role (code, name, dfe_role_group, qualified_social_work, holds_cases, display_order) VALUES
    ('social-worker',                 'Social worker',                  'case-holder',             true,  true,  10),
    ('senior-practitioner',           'Senior practitioner',            'senior-practitioner',     true,  true,  20),
    ('advanced-practitioner',         'Advanced practitioner',          'senior-practitioner',     true,  false, 30),
    ('team-manager',                  'Team manager',                   'first-line-manager',      true,  false, 40),
    ('service-manager',               'Service manager',                'middle-manager',          true,  false, 50),
    ('head-of-service',               'Head of service',                'senior-manager',          true,  false, 60),
    ('principal-social-worker',       'Principal social worker',        'senior-manager',          true,  false, 70),
    ('independent-reviewing-officer', 'Independent reviewing officer',  'qualified-without-cases', true,  false, 80),
    ('child-protection-chair',        'Child protection chair',         'qualified-without-cases', true,  false, 90),
    ('family-support-worker',         'Family support worker',          'not-social-worker',       false, false, 100),
    ('business-support',              'Business support',               'not-social-worker',       false, false, 110);

-- Defaults from the metrics specification: ASYE 12, social worker 18, senior
-- practitioner 16; roles that do not normally hold cases are flagged at any case.
INSERT INTO caseload_threshold (role_code, applies_to_asye, max_cases) VALUES
    (NULL, true, 12),
    ('social-worker', false, 18),
    ('senior-practitioner', false, 16),
    ('advanced-practitioner', false, 0),
    ('team-manager', false, 0),
    ('service-manager', false, 0),
    ('head-of-service', false, 0),
    ('principal-social-worker', false, 0),
    ('independent-reviewing-officer', false, 0),
    ('child-protection-chair', false, 0),
    ('family-support-worker', false, 0),
    ('business-support', false, 0);
