// The signed-in frame: header with council and account, module navigation (a Menu button on small
// screens), and the page. Only the modules the person may use in this council are listed.
import { Link, useNavigate, useRouterState } from '@tanstack/react-router';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { roleLabel } from '../ui/format.ts';
import { cx } from '../ui/cx.ts';
import { useCouncil } from './council.tsx';
import { moduleBySlug, modules } from './modules.ts';
import { rememberCouncil, useSession } from './session.tsx';
import styles from './Shell.module.css';

/** The module a path is in: `/314/financial-model/version/x` is financial-model. */
export function moduleOfPath(pathname: string): string {
  return pathname.split('/').filter(Boolean)[1] ?? 'dashboard';
}

export function Shell({ children }: { children: ReactNode }) {
  const { session, signOut } = useSession();
  const council = useCouncil();
  const navigate = useNavigate();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const mainRef = useRef<HTMLElement>(null);
  const switcherId = useId();
  const navId = useId();
  const [menuOpen, setMenuOpen] = useState(false);
  const page = moduleOfPath(pathname);
  const current = moduleBySlug(page);

  useEffect(() => {
    document.title = `${current?.title ?? 'Page not found'} – ${council.name} – highneeds`;
  }, [current, council.name]);

  // A move closes the menu on a small screen, so the page moved to is what shows.
  useEffect(() => setMenuOpen(false), [pathname]);

  return (
    <div className={styles.app}>
      <a
        className={styles.skipLink}
        href="#main"
        onClick={(event) => {
          event.preventDefault(); // the hash is the route: do not change it
          mainRef.current?.focus();
        }}
      >
        Skip to main content
      </a>
      <header className={styles.header}>
        <span className={styles.brand}>highneeds</span>
        <div className={styles.council}>
          {session.councils.length > 1 ? (
            <>
              <label htmlFor={switcherId}>Council</label>
              <select
                id={switcherId}
                value={council.code}
                onChange={(event) => {
                  rememberCouncil(event.target.value);
                  void navigate({
                    to: `/$council/${current?.slug ?? 'dashboard'}`,
                    params: { council: event.target.value },
                  });
                }}
              >
                {session.councils.map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.name}
                  </option>
                ))}
              </select>
            </>
          ) : (
            <span className={styles.councilName}>{council.name}</span>
          )}
        </div>
        <div className={styles.account}>
          <button
            type="button"
            className={cx(styles.headerButton, styles.menuButton)}
            aria-expanded={menuOpen}
            aria-controls={navId}
            onClick={() => setMenuOpen(!menuOpen)}
          >
            Menu
          </button>
          <span className={styles.email}>{session.user.email}</span>
          <span className={styles.role}>{roleLabel(council.role)}</span>
          <button type="button" className={styles.headerButton} onClick={() => void signOut()}>
            Sign out
          </button>
        </div>
      </header>
      <div className={styles.layout}>
        <nav id={navId} aria-label="Modules" className={cx(styles.nav, !menuOpen && styles.navClosed)}>
          <ul>
            {modules
              .filter((m) => m.requires === undefined || council.can(m.requires))
              .map((m) => (
                <li key={m.slug}>
                  <Link to={`/$council/${m.slug}`} params={{ council: council.code }}>
                    {m.title}
                  </Link>
                </li>
              ))}
          </ul>
        </nav>
        <main id="main" ref={mainRef} tabIndex={-1} className={styles.main}>
          {children}
        </main>
      </div>
    </div>
  );
}

/** A page on its own, outside the frame (signing in, no council, the app unavailable). */
export function CentredPage({ children }: { children: ReactNode }) {
  return (
    <main className={styles.centred} id="main" tabIndex={-1}>
      {children}
    </main>
  );
}
