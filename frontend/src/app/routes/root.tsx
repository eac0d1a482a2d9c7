import { Outlet, useLocation } from 'react-router';
import { useEffect, useRef } from 'react';
import { Layout } from '@/components/layout/layout';

/**
 * Every page sits in the layout. After a client-side navigation, focus moves
 * to the main content so keyboard and screen reader users start at the top.
 */
export function RootRoute() {
  const location = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    document.getElementById('main-content')?.focus();
  }, [location.pathname]);
  return (
    <Layout>
      <Outlet />
    </Layout>
  );
}
