import type { ReactNode } from 'react';
import { Header, type NavigationItem } from './header';

/** Skip link, header, main content and footer, as on GOV.UK services. */
export function Layout({
  children,
  navigation,
  navigationPending,
}: {
  children: ReactNode;
  navigation?: NavigationItem[];
  /** The menu is not known yet (the user's roles are loading). */
  navigationPending?: boolean;
}) {
  return (
    <>
      <a href="#main-content" className="wi-skip-link">
        Skip to main content
      </a>
      <Header navigation={navigation} navigationPending={navigationPending} />
      {/* Until the menu is known its height is not: the page waits unseen (it still loads meanwhile),
          so it cannot be seen jumping when a menu of two rows replaces the one-row placeholder. */}
      <div className={navigationPending ? 'wi-width-container wi-pending' : 'wi-width-container'}>
        <main className="wi-main" id="main-content" tabIndex={-1}>
          {children}
        </main>
      </div>
      <footer className="wi-footer">
        {/* Until the menu is known its height is not: the page waits unseen (it still loads meanwhile),
          so it cannot be seen jumping when a menu of two rows replaces the one-row placeholder. */}
      <div className={navigationPending ? 'wi-width-container wi-pending' : 'wi-width-container'}>
          <p>Workforce Insight – children&apos;s social care workforce and caseloads.</p>
        </div>
      </footer>
    </>
  );
}
