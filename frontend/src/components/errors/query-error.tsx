import { isApiError } from '@/lib/api-client';
import { useAuth } from '@/lib/auth';
import { ErrorSummary, type ErrorSummaryItem } from '@/components/ui/error-summary';
import { usePageTitle } from '@/components/ui/page-title';
import { AccessDenied } from './access-denied';
import { NotFound } from './not-found';

/** The session has ended (401): the user signs in again and comes back here. */
export function SignInAgain() {
  const auth = useAuth();
  usePageTitle('You need to sign in again');
  return (
    <>
      <h1 className="wi-heading-l">You need to sign in again</h1>
      <p>Your session has ended. Sign in again to carry on where you were.</p>
      <button type="button" className="wi-button" onClick={() => void auth.signIn()}>
        Sign in again
      </button>
    </>
  );
}

/** Error summary items for an API error: the problem's title and detail, and each violation. */
export function problemItems(error: unknown, fieldIds: Record<string, string> = {}): ErrorSummaryItem[] {
  if (isApiError(error)) {
    const items: ErrorSummaryItem[] = [
      { key: 'title', text: error.detail ? `${error.title}: ${error.detail}` : error.title },
    ];
    for (const [index, violation] of (error.problem.violations ?? []).entries()) {
      const id = fieldIds[violation.field];
      items.push({
        key: `violation-${index}`,
        text: `${violation.field}: ${violation.detail}`,
        href: id ? `#${id}` : undefined,
      });
    }
    return items;
  }
  return [
    {
      key: 'network',
      text: 'The service could not be reached. Check your connection and try again.',
    },
  ];
}

/**
 * Turns a failed query into the right page: 401 asks to sign in again,
 * 403 says the user has no access, 404 says not found, anything else shows
 * the problem detail in an error summary.
 */
export function QueryError({
  error,
  what = 'team',
  fieldIds,
}: {
  error: unknown;
  what?: string;
  fieldIds?: Record<string, string>;
}) {
  if (isApiError(error)) {
    if (error.status === 401) return <SignInAgain />;
    if (error.status === 403) return <AccessDenied what={what} />;
    if (error.status === 404) return <NotFound heading={`This ${what} could not be found`} />;
  }
  return <ErrorPage error={error} fieldIds={fieldIds} />;
}

function ErrorPage({ error, fieldIds }: { error: unknown; fieldIds?: Record<string, string> }) {
  usePageTitle('Error');
  return (
    <>
      <ErrorSummary items={problemItems(error, fieldIds)} />
      <h1 className="wi-heading-l">Sorry, there is a problem</h1>
      <p>Try again later. If the problem continues, contact the Workforce Insight team.</p>
    </>
  );
}
