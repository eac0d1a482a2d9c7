import { isApiError } from '@/lib/api-client';
import { ErrorSummary } from '@/components/ui/error-summary';
import { problemItems } from '@/components/errors/query-error';
import { usePageTitle } from '@/components/ui/page-title';

/**
 * Shown when signing in could not start or finish: the sign-in settings could
 * not be loaded, or the identity provider sent the user back with an error.
 */
export function SignInFailed({ error }: { error: unknown }) {
  usePageTitle('Sign-in failed');
  const items =
    isApiError(error) || !(error instanceof Error)
      ? problemItems(error)
      : [{ key: 'signin', text: error.message || 'The sign-in could not be completed.' }];
  return (
    <>
      <ErrorSummary items={items} />
      <h1 className="wi-heading-l">Sorry, there is a problem signing you in</h1>
      <p>Try again. If the problem continues, contact the Workforce Insight team.</p>
      <a className="wi-button" href="/">
        Try again
      </a>
    </>
  );
}
