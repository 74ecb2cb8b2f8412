// The signed-in frame: header with council and account, module navigation, and the page.
import { useEffect, useId, useRef, useState } from 'react';
import { getCouncil, type Council, type CouncilMembership, type CouncilView, type Session } from './api.ts';
import { AuditPage } from '../audit/AuditPage.tsx';
import { BenchmarkingPage } from '../benchmarking/BenchmarkingPage.tsx';
import { DashboardPage } from '../dashboard/DashboardPage.tsx';
import { FinancialModelPage } from '../financial-model/FinancialModelPage.tsx';
import { KpisPage } from '../kpis/KpisPage.tsx';
import { ForecastsPage } from '../forecasts/ForecastsPage.tsx';
import { messageOf, roleLabel } from '../ui/format.ts';
import { moduleBySlug, modules } from './modules.ts';
import { ModulePlaceholder } from '../reports/ModulePlaceholder.tsx';
import { PlacementsPage } from '../placements/PlacementsPage.tsx';
import { hashFor, rememberCouncil } from './route.ts';
import { SafetyValvePage } from '../safety-valve/SafetyValvePage.tsx';
import { SavingsPage } from '../savings/SavingsPage.tsx';

/** The council as the API describes it for this user, while it loads and if it fails. */
export type CouncilViewState =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  | { status: 'loaded'; view: CouncilView };

interface Props {
  session: Session;
  membership: CouncilMembership;
  page: string;
  onSignOut: () => Promise<void>;
}

export function Shell({ session, membership, page, onSignOut }: Props) {
  const code = membership.code;
  const councilView = useCouncilView(code);
  const mainRef = useRef<HTMLElement>(null);
  const switcherId = useId();
  const currentModule = moduleBySlug(page);
  const canViewAudit = councilView.state.status === 'loaded' && councilView.state.view.permissions.viewAudit;

  // After moving to another module, start reading (and tabbing) from its heading.
  useEffect(() => {
    const heading = mainRef.current?.querySelector('h1');
    if (!heading) return;
    heading.tabIndex = -1;
    heading.focus();
  }, [page]);

  useEffect(() => {
    document.title = `${currentModule?.title ?? 'Page not found'} – ${membership.name} – highneeds`;
  }, [currentModule, membership.name]);

  return (
    <div className="app">
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          event.preventDefault(); // the hash is the route: do not change it
          mainRef.current?.focus();
        }}
      >
        Skip to main content
      </a>
      <header className="app-header">
        <span className="brand">highneeds</span>
        <div className="header-council">
          {session.councils.length > 1 ? (
            <>
              <label htmlFor={switcherId}>Council</label>
              <select
                id={switcherId}
                value={code}
                onChange={(event) => {
                  rememberCouncil(event.target.value);
                  window.location.hash = hashFor(event.target.value, page);
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
            <span className="council-name">{membership.name}</span>
          )}
        </div>
        <div className="header-account">
          <span className="account-email">{session.user.email}</span>
          <span className="account-role">{roleLabel(membership.role)}</span>
          <button type="button" className="button button-header" onClick={() => void onSignOut()}>
            Sign out
          </button>
        </div>
      </header>
      <div className="layout">
        <nav aria-label="Modules" className="modules-nav">
          <ul>
            {modules
              .filter((m) => m.slug !== 'audit' || canViewAudit)
              .map((m) => (
                <li key={m.slug}>
                  <a href={hashFor(code, m.slug)} aria-current={m.slug === page ? 'page' : undefined}>
                    {m.title}
                  </a>
                </li>
              ))}
          </ul>
        </nav>
        <main id="main" ref={mainRef} tabIndex={-1}>
          {currentModule === undefined ? (
            <>
              <h1>Page not found</h1>
              <p>
                There is no page at this address. <a href={hashFor(code, 'dashboard')}>Go to the dashboard</a>
                .
              </p>
            </>
          ) : currentModule.slug === 'dashboard' ? (
            <DashboardPage
              membership={membership}
              state={councilView.state}
              onCouncilSaved={councilView.councilSaved}
            />
          ) : currentModule.slug === 'financial-model' ? (
            <FinancialModelPage code={code} state={councilView.state} />
          ) : currentModule.slug === 'savings' ? (
            <SavingsPage code={code} />
          ) : currentModule.slug === 'benchmarking' ? (
            <BenchmarkingPage code={code} />
          ) : currentModule.slug === 'placements' ? (
            <PlacementsPage code={code} state={councilView.state} />
          ) : currentModule.slug === 'kpis' ? (
            <KpisPage code={code} />
          ) : currentModule.slug === 'safety-valve' ? (
            <SafetyValvePage code={code} state={councilView.state} />
          ) : currentModule.slug === 'forecasts' ? (
            <ForecastsPage code={code} state={councilView.state} />
          ) : currentModule.slug === 'audit' ? (
            <AuditPage code={code} state={councilView.state} />
          ) : (
            <ModulePlaceholder module={currentModule} />
          )}
        </main>
      </div>
    </div>
  );
}

function useCouncilView(code: string) {
  const [state, setState] = useState<CouncilViewState>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    getCouncil(code).then(
      (view) => current && setState({ status: 'loaded', view }),
      (error: unknown) => current && setState({ status: 'failed', message: messageOf(error) }),
    );
    return () => {
      current = false;
    };
  }, [code]);
  const councilSaved = (council: Council) =>
    setState((previous) =>
      previous.status === 'loaded' ? { status: 'loaded', view: { ...previous.view, council } } : previous,
    );
  return { state, councilSaved };
}
