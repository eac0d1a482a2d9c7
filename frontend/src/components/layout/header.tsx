import { Link, useLocation } from 'react-router';
import { useAuth } from '@/lib/auth';
import { paths } from '@/config/paths';

export interface NavigationItem {
  href: string;
  text: string;
  /** Paths that belong to this item: '/' only itself, others themselves and below. */
  match: string[];
}

export function isCurrent(item: NavigationItem, pathname: string): boolean {
  return item.match.some((prefix) => (prefix === '/' ? pathname === '/' : pathname === prefix || pathname.startsWith(`${prefix}/`)));
}

export function Header({ navigation = [], navigationPending = false }: { navigation?: NavigationItem[]; navigationPending?: boolean }) {
  const auth = useAuth();
  const { pathname } = useLocation();
  return (
    <header className="wi-header">
      <div className="wi-header__container wi-width-container">
        <Link to={paths.home.getHref()} className="wi-header__service">
          Workforce Insight
        </Link>
        {auth.status === 'signed-in' && (
          <nav className="wi-header__account" aria-label="Account">
            <span className="wi-header__user">{auth.user?.name ?? auth.user?.username}</span>
            <button type="button" className="wi-header__signout" onClick={() => void auth.signOut()}>
              Sign out
            </button>
          </nav>
        )}
      </div>
      {navigation.length === 0 && navigationPending && (
        // Holds the menu's place until the user's roles are known, so the page does not jump down when it appears.
        <div className="wi-service-nav" aria-hidden="true">
          <div className="wi-service-nav__list wi-width-container">
            <span className="wi-service-nav__item">
              <span className="wi-service-nav__link">&nbsp;</span>
            </span>
          </div>
        </div>
      )}
      {navigation.length > 0 && (
        <nav className="wi-service-nav" aria-label="Menu">
          <ul className="wi-service-nav__list wi-width-container">
            {navigation.map((item) => {
              const current = isCurrent(item, pathname);
              return (
                <li key={item.text} className={current ? 'wi-service-nav__item wi-service-nav__item--active' : 'wi-service-nav__item'}>
                  <Link className="wi-service-nav__link" to={item.href} aria-current={current ? 'page' : undefined}>
                    {item.text}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
      )}
    </header>
  );
}
