import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { Loading } from '@/components/ui/loading';
import { ErrorSummary } from '@/components/ui/error-summary';
import { problemItems } from '@/components/errors/query-error';
import { formatDate, todayIso } from '@/utils/format';
import { useAbsencesOn, type Absence } from '../api/get-absences-on';
import { absenceTypeName } from '../utils/compliance';

function period(absence: Absence): string {
  return absence.firstDay === absence.lastDay
    ? formatDate(absence.firstDay)
    : `${formatDate(absence.firstDay)} to ${formatDate(absence.lastDay)}`;
}

/**
 * Who in the team is absent on the date: the kind of absence and its days, never
 * the sickness reason (the API leaves it out for roles that may not see it, and
 * this page does not show it even to those who may).
 */
export function AbsencesToday({ teamId, date }: { teamId: string; date?: string }) {
  const day = date ?? todayIso();
  const absences = useAbsencesOn(teamId, day);
  const heading = date ? `Absent on ${formatDate(day)}` : 'Absent today';
  return (
    <section aria-labelledby="absences-heading">
      <h2 className="wi-heading-m" id="absences-heading">
        {heading}
      </h2>
      {absences.isPending ? (
        <Loading label="Loading absences…" />
      ) : absences.isError ? (
        <ErrorSummary title="Absences could not be shown" items={problemItems(absences.error)} />
      ) : absences.data.items.length === 0 ? (
        <p>Nobody in the team is recorded as absent.</p>
      ) : (
        <ul className="wi-cards">
          {absences.data.items.map((absence) => (
            <li className="wi-card" key={absence.id}>
              <h3 className="wi-card__title">
                <Link to={paths.worker.getHref(absence.worker.id)}>
                  {absence.worker.givenName} {absence.worker.familyName}
                </Link>
              </h3>
              <p>
                {absenceTypeName(absence.absenceType)}, {period(absence)}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
