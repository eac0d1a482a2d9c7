import { useMemo } from 'react';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { paths } from '@/config/paths';
import { RootRoute } from './routes/root';
import { HomeRoute } from './routes/home';
import { TeamRoute } from './routes/team';
import { NotFoundRoute } from './routes/not-found';
import { RouteError } from './routes/route-error';

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <RootRoute />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <HomeRoute /> },
      { path: paths.team.path, element: <TeamRoute /> },
      // The sign-in callback is handled before the router starts; a stray visit goes home.
      { path: paths.authCallback.path, element: <Navigate to={paths.home.getHref()} replace /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

export function AppRouter() {
  // Created after sign-in has finished, so it starts from the page the user came back to.
  const router = useMemo(() => createBrowserRouter(routes), []);
  return <RouterProvider router={router} />;
}
