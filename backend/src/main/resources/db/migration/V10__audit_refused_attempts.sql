-- Access (issue 5): refused attempts join the audit trail.
--
-- A request for a person or a team outside the caller's scope (403) reads nothing, and its own transaction
-- rolls back; the attempt is still worth knowing about ("who tried to look at this person's record"), so it
-- is written as an audit record of its own with the action 'refused'. Nothing else about the table changes.

ALTER TABLE audit_record DROP CONSTRAINT audit_record_action_check;
ALTER TABLE audit_record ADD CONSTRAINT audit_record_action_check CHECK (action IN ('read', 'create', 'update',
    'delete', 'import', 'export', 'anonymise', 'purge', 'refused'));

-- "Who looked at this team" is asked by node as "who looked at this person" is asked by worker.
CREATE INDEX audit_record_nodes_idx ON audit_record USING gin (node_ids);
