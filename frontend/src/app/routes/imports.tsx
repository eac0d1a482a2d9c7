import type { ReactNode } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { canImport } from '@/lib/roles';
import { AccessDenied } from '@/components/errors/access-denied';
import { NotFound } from '@/components/errors/not-found';
import { usePageTitle } from '@/components/ui/page-title';
import { ImportUpload } from '@/features/imports/components/import-upload';
import { ImportHistory } from '@/features/imports/components/import-history';
import { ImportDetail } from '@/features/imports/components/import-detail';
import { RequireSignIn, WithScope } from './scope';

/** Imports are for the roles OperationRules calls importers (in the app: the workforce lead). */
function ImportersOnly({ children }: { children: ReactNode }) {
  return (
    <RequireSignIn>
      <WithScope>{(scope) => (canImport(scope.user.roles) ? children : <AccessDenied what="page" />)}</WithScope>
    </RequireSignIn>
  );
}

/** "?page=2" is the second page (index 1); anything else is the first. */
function pageIndex(value: string | null): number {
  const page = Number.parseInt(value ?? '', 10);
  return Number.isFinite(page) && page > 1 ? page - 1 : 0;
}

function ImportsPage() {
  const [searchParams] = useSearchParams();
  usePageTitle('Imports');
  return (
    <>
      <h1 className="wi-heading-l">Imports</h1>
      <p className="wi-lead">
        Bring in a CSV file from the HR, case management, supervision, agency or finance system. Check it first:
        every bad row is listed with its line, column and the reason, and nothing is written until you import it.
      </p>
      <ImportUpload />
      <ImportHistory page={pageIndex(searchParams.get('page'))} />
    </>
  );
}

export function ImportsRoute() {
  return (
    <ImportersOnly>
      <ImportsPage />
    </ImportersOnly>
  );
}

export function ImportDetailRoute() {
  const { importId } = useParams();
  if (!importId) return <NotFound />;
  return (
    <ImportersOnly>
      <ImportDetail importId={importId} />
    </ImportersOnly>
  );
}
