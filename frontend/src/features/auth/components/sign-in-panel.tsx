import { useState } from 'react';
import { useAuth } from '@/lib/auth';
import { ErrorSummary } from '@/components/ui/error-summary';
import { usePageTitle } from '@/components/ui/page-title';

/** The start page for someone not signed in. */
export function SignInPanel() {
  const auth = useAuth();
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  usePageTitle(failed ? 'Error: Sign in' : 'Sign in');

  async function signIn() {
    setBusy(true);
    setFailed(false);
    try {
      await auth.signIn();
    } catch {
      // The identity provider could not be reached: say so rather than do nothing.
      setFailed(true);
      setBusy(false);
    }
  }

  return (
    <>
      {failed && (
        <ErrorSummary
          items={[{ key: 'signin', text: 'Sign-in is not available at the moment. Try again in a few minutes.' }]}
        />
      )}
      <h1 className="wi-heading-xl">Workforce Insight</h1>
      <p className="wi-lead">
        See how many cases each social worker holds against a safe caseload, for your teams or the whole council.
      </p>
      <p>Sign in with your council account to continue.</p>
      <button
        type="button"
        className="wi-button wi-button--start"
        onClick={() => void signIn()}
        aria-disabled={busy || undefined}
      >
        Sign in
      </button>
    </>
  );
}
