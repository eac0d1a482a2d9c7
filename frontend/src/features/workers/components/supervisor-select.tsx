import { todayIso } from '@/utils/format';
import { problemMessage } from '@/components/errors/query-error';
import { useTeamWorkers } from '../api/list-team-workers';
import type { SupervisionSession } from '../api/list-supervision-sessions';

/** The choice for a supervisor this system does not hold or the list does not show: sent as no supervisorId. */
export const NOT_LISTED = 'not-listed';

export interface SupervisorTeam {
  id: string;
  name: string;
}

type WorkerRef = NonNullable<SupervisionSession['supervisor']>;

function fullName(worker: { givenName: string; familyName: string }): string {
  return `${worker.givenName} ${worker.familyName}`;
}

/**
 * Who supervised the session, chosen from the workers in the supervisee's team today (the people a manager
 * may see), with the supervisor already recorded kept as a choice even when they have left the team, and
 * "someone not listed" for a supervisor from elsewhere. A select rather than a search: a team is a few dozen
 * people at most, and a select works with every screen reader and keyboard.
 */
export function SupervisorSelect({
  superviseeId,
  team,
  current,
  value,
  onChange,
  error,
}: {
  superviseeId: string;
  team?: SupervisorTeam;
  current?: WorkerRef;
  value: string;
  onChange: (value: string) => void;
  error?: string;
}) {
  const workers = useTeamWorkers(team?.id, todayIso());
  const choices: WorkerRef[] = (workers.data?.items ?? []).filter((worker) => worker.id !== superviseeId);
  if (current && !choices.some((worker) => worker.id === current.id)) choices.unshift(current);
  const hint = !team
    ? 'The worker is not in a team today, so nobody can be listed.'
    : workers.isError
      ? `The workers in ${team.name} could not be listed. ${problemMessage(workers.error) ?? 'Try again later.'}`
      : `The workers in ${team.name} today. Choose “someone not listed” if the supervisor is not one of them.`;
  const describedBy = error ? 'supervisor-id-hint supervisor-id-error' : 'supervisor-id-hint';
  return (
    <div className={error ? 'wi-form-group wi-form-group--error' : 'wi-form-group'}>
      <label className="wi-label" htmlFor="supervisor-id">
        Supervisor
      </label>
      <div className="wi-hint" id="supervisor-id-hint">
        {hint}
      </div>
      {error && (
        <p className="wi-error-message" id="supervisor-id-error">
          <span className="wi-visually-hidden">Error:</span> {error}
        </p>
      )}
      <select
        className="wi-select"
        id="supervisor-id"
        name="supervisorId"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        aria-busy={workers.isLoading ? true : undefined}
      >
        <option value="">{workers.isLoading ? 'Loading the team’s workers…' : 'Select the supervisor'}</option>
        {choices.map((worker) => (
          <option key={worker.id} value={worker.id}>
            {fullName(worker)}
          </option>
        ))}
        <option value={NOT_LISTED}>Someone not listed</option>
      </select>
    </div>
  );
}
