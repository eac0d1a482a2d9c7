import { Link } from 'react-router';
import { useAuth } from '@/lib/auth';
import { paths } from '@/config/paths';

export function Header() {
  const auth = useAuth();
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
    </header>
  );
}
