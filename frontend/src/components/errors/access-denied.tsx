import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { usePageTitle } from '@/components/ui/page-title';

/** Shown when the API answers 403: the page exists but is not the user's to see. */
export function AccessDenied({ what = 'team' }: { what?: string }) {
  const heading = `You do not have access to this ${what}`;
  usePageTitle(heading);
  return (
    <div className="wi-access-denied">
      <h1 className="wi-heading-l">{heading}</h1>
      <p>You can only see caseloads and workforce figures for the parts of the organisation you are responsible for.</p>
      <p>If you think you should have access, ask your workforce lead.</p>
      <p>
        <Link to={paths.home.getHref()}>Go to your organisation overview</Link>
      </p>
    </div>
  );
}
