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

/** The same network failure message everywhere: fetch rejected, nothing came back. */
export const NETWORK_MESSAGE = 'The service could not be reached. Check your connection and try again.';

/**
 * A sentence saying what went wrong and what to do, for the answers a user can
 * act on. Undefined for the others, whose problem title and detail are shown.
 */
export function problemMessage(error: unknown): string | undefined {
  if (!isApiError(error)) return NETWORK_MESSAGE;
  switch (error.status) {
    case 403:
      return 'You do not have permission to see or change this.';
    case 404:
      return error.detail ? `Not found: ${error.detail}` : 'What you asked for could not be found.';
    case 409:
      return 'This change conflicts with the data as it is now, perhaps because someone else changed it. Reload the page and try again.';
    case 412:
      return 'Someone else changed this since you opened it. Reload the page to see their change, then try again.';
    case 413:
      return 'What you sent is too large. Send less at once and try again.';
    case 428:
      return 'The change could not be checked against the latest version. Reload the page and try again.';
    case 429:
      return error.retryAfterSeconds !== undefined
        ? `There have been too many requests. Wait ${error.retryAfterSeconds} ${error.retryAfterSeconds === 1 ? 'second' : 'seconds'} and try again.`
        : 'There have been too many requests. Wait a minute and try again.';
    default:
      return undefined;
  }
}

/** Error summary items for an API error: a clear message (or the problem's title and detail), and each violation. */
export function problemItems(
  error: unknown,
  fieldIds: Record<string, string> = {},
  fieldLabels: Record<string, string> = {},
): ErrorSummaryItem[] {
  if (isApiError(error)) {
    const message = problemMessage(error);
    const items: ErrorSummaryItem[] = [
      { key: 'title', text: message ?? (error.detail ? `${error.title}: ${error.detail}` : error.title) },
    ];
    for (const [index, violation] of (error.problem.violations ?? []).entries()) {
      // "laCodes.3" is the fourth item of laCodes: it belongs to the laCodes field.
      const base = violation.field.split('.')[0];
      const id = fieldIds[violation.field] ?? fieldIds[base];
      const label = fieldLabels[violation.field] ?? fieldLabels[base] ?? violation.field;
      items.push({
        key: `violation-${index}`,
        text: `${label}: ${violation.detail}`,
        href: id ? `#${id}` : undefined,
      });
    }
    return items;
  }
  return [{ key: 'network', text: NETWORK_MESSAGE }];
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
    if (error.status === 429) return <TooManyRequests error={error} />;
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

function TooManyRequests({ error }: { error: unknown }) {
  usePageTitle('Too many requests');
  return (
    <>
      <h1 className="wi-heading-l">Too many requests</h1>
      <p>{problemMessage(error)}</p>
    </>
  );
}
