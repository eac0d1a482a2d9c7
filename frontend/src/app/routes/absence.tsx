import { useNavigate, useSearchParams } from 'react-router';
import { paths } from '@/config/paths';
import { canSeeHealthDetail } from '@/lib/roles';
import { isIsoDate, todayIso } from '@/utils/format';
import { AccessDenied } from '@/components/errors/access-denied';
import { NotFound } from '@/components/errors/not-found';
import { usePageTitle } from '@/components/ui/page-title';
import { NodeDateForm } from '@/features/measures/components/node-date-form';
import { findNode } from '@/features/organisation/utils/tree';
import { SicknessFigures } from '@/features/absence/components/sickness-figures';
import { LongTermAbsences } from '@/features/absence/components/long-term-absences';
import { BradfordFactors } from '@/features/absence/components/bradford-factors';
import { RequireSignIn, WithScope, type Scope } from './scope';

function AbsencePage({ scope }: { scope: Scope }) {
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  usePageTitle('Absence');
  const nodeId = searchParams.get('nodeId') ?? scope.homeNodeId;
  const asAtParam = searchParams.get('asAt');
  const asAt = isIsoDate(asAtParam) ? asAtParam : todayIso();
  const node = findNode(scope.tree, nodeId);
  if (!node) return <NotFound heading="This part of the organisation could not be found" />;
  return (
    <>
      <h1 className="wi-heading-l">
        Absence <span className="wi-caption">{node.name}</span>
      </h1>
      <p className="wi-inset">
        This page shows health information: sickness reasons and Bradford factors. Only workforce leads and HR absence
        officers can see it, and every view is recorded in the audit trail.
      </p>
      <NodeDateForm
        nodes={scope.nodes}
        nodeId={nodeId}
        asAt={asAt}
        onSubmit={(next, date) => navigate(paths.absence.getHref(next, date))}
      />
      <section className="wi-section" aria-labelledby="days-heading">
        <h2 className="wi-heading-m" id="days-heading">
          Days lost per FTE
        </h2>
        <SicknessFigures key={`${nodeId}-${asAt}`} nodeId={nodeId} asAt={asAt} />
      </section>
      <section className="wi-section" aria-labelledby="long-term-heading">
        <h2 className="wi-heading-m" id="long-term-heading">
          Long-term absences
        </h2>
        <p>
          A sickness absence is long-term when it lasts 20 working days or more (a council setting). These are the
          absences behind the long-term days per FTE: the working days of each that fall in the 12 months to{' '}
          the chosen date.
        </p>
        <LongTermAbsences key={`${nodeId}-${asAt}`} nodeId={nodeId} nodeName={node.name} asAt={asAt} />
      </section>
      <section className="wi-section" aria-labelledby="bradford-heading">
        <h2 className="wi-heading-m" id="bradford-heading">
          Bradford factor
        </h2>
        <p>
          Spells × spells × days: the number of sickness absences in the last 52 weeks, squared, times the working days
          they lost. Many short absences score higher than one long one. A factor at or above the council’s trigger
          prompts an absence review.
        </p>
        <BradfordFactors key={`${nodeId}-${asAt}`} nodeId={nodeId} nodeName={node.name} asAt={asAt} />
      </section>
    </>
  );
}

/** Health detail is for workforce leads and HR absence officers only; anyone else is told so. */
export function AbsenceRoute() {
  return (
    <RequireSignIn>
      <WithScope>{(scope) => (canSeeHealthDetail(scope.user.roles) ? <AbsencePage scope={scope} /> : <AccessDenied what="page" />)}</WithScope>
    </RequireSignIn>
  );
}
