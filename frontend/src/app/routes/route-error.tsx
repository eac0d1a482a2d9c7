import { isRouteErrorResponse, useRouteError } from 'react-router';
import { Layout } from '@/components/layout/layout';
import { NotFound } from '@/components/errors/not-found';

/** Anything thrown while rendering a page: never a blank screen. */
export function RouteError() {
  const error = useRouteError();
  return (
    <Layout>
      {isRouteErrorResponse(error) && error.status === 404 ? (
        <NotFound />
      ) : (
        <>
          <h1 className="wi-heading-l">Sorry, there is a problem with the service</h1>
          <p>Try again later. If the problem continues, contact the Workforce Insight team.</p>
          <p>
            <a href="/">Go to the organisation overview</a>
          </p>
        </>
      )}
    </Layout>
  );
}
