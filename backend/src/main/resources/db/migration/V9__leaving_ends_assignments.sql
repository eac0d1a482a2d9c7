-- Recording a leaver ends the worker's assignments that were open on the leaving date (issue 4,
-- session 4). The ends it made are kept here, with what each assignment's end was before, so that
-- correcting or deleting the leaver can put back exactly those ends and no others: an assignment the
-- HR feed ended on its own, or changed since, is left as it is.
CREATE TABLE leaving_assignment_end (
    leaving_id         uuid NOT NULL REFERENCES leaving (id) ON DELETE CASCADE,
    assignment_id      uuid NOT NULL REFERENCES assignment (id) ON DELETE CASCADE,
    previous_end_date  date,            -- null: the assignment was open-ended
    PRIMARY KEY (leaving_id, assignment_id)
);
CREATE INDEX leaving_assignment_end_assignment ON leaving_assignment_end (assignment_id);
