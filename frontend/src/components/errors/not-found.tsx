import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { usePageTitle } from '@/components/ui/page-title';

export function NotFound({ heading = 'Page not found' }: { heading?: string }) {
  usePageTitle(heading);
  return (
    <>
      <h1 className="wi-heading-l">{heading}</h1>
      <p>If you typed the web address, check it is correct.</p>
      <p>
        <Link to={paths.home.getHref()}>Go to the organisation overview</Link>
      </p>
    </>
  );
}
