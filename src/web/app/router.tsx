// The map of the app: every page and the address it lives at, under the council (`#/314/...`, hash
// history, so links keep working and the server serves one page). Each route checks its own search params.
import {
  createHashHistory,
  createRootRoute,
  createRoute,
  createRouter,
  Navigate,
  Outlet,
  useRouter,
} from '@tanstack/react-router';
import { useEffect, type ReactNode } from 'react';
import { PeoplePage } from '../admin/PeoplePage.tsx';
import { AuditPage } from '../audit/AuditPage.tsx';
import { BenchmarkingPage } from '../benchmarking/BenchmarkingPage.tsx';
import { benchmarkingSearch } from '../benchmarking/search.ts';
import { DashboardPage } from '../dashboard/DashboardPage.tsx';
import { ComparePage } from '../financial-model/ComparePage.tsx';
import { CouncilChecksPage } from '../financial-model/CouncilChecksPage.tsx';
import { FinancialModelLayout } from '../financial-model/FinancialModelLayout.tsx';
import { compareSearch } from '../financial-model/search.ts';
import { VersionPage } from '../financial-model/VersionPage.tsx';
import { VersionsPage } from '../financial-model/VersionsPage.tsx';
import { ForecastRunPage } from '../forecasts/ForecastRunPage.tsx';
import { ForecastRunsPage } from '../forecasts/ForecastRunsPage.tsx';
import { KpisPage } from '../kpis/KpisPage.tsx';
import { kpisSearch } from '../kpis/search.ts';
import { PlacementsPage } from '../placements/PlacementsPage.tsx';
import { placementsSearch } from '../placements/search.ts';
import { Sen2Page } from '../sen2/Sen2Page.tsx';
import { sen2Search } from '../sen2/search.ts';
import { GovernancePage } from '../governance/GovernancePage.tsx';
import { governanceSearch } from '../governance/search.ts';
import { PaperPage } from '../reports/PaperPage.tsx';
import { ReformPlanPage } from '../reform-plan/ReformPlanPage.tsx';
import { ReformPlansPage } from '../reform-plan/ReformPlansPage.tsx';
import { ReportsPage } from '../reports/ReportsPage.tsx';
import { paperSearch } from '../reports/search.ts';
import { ReturnPage } from '../safety-valve/ReturnPage.tsx';
import { SafetyValvePage } from '../safety-valve/SafetyValvePage.tsx';
import { SavingsPage } from '../savings/SavingsPage.tsx';
import { savingsSearch } from '../savings/search.ts';
import { CouncilLayout, HomeRedirect } from './CouncilLayout.tsx';
import { focusPageHeading } from './focus.ts';
import { NotFound } from './NotFound.tsx';
import { parseSearch, stringifySearch } from './search.ts';

function Root() {
  const router = useRouter();
  // The one focus rule: after a move to another page (not a change of its filters), start at its heading.
  useEffect(
    () =>
      router.subscribe('onResolved', (event) => {
        if (event.pathChanged && event.fromLocation !== undefined) focusPageHeading();
      }),
    [router],
  );
  return <Outlet />;
}

/** A module with pages under it and nothing of its own around them. */
function Section() {
  return <Outlet />;
}

const rootRoute = createRootRoute({ component: Root, notFoundComponent: NotFound });

const homeRoute = createRoute({ getParentRoute: () => rootRoute, path: '/', component: HomeRedirect });

const councilRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '$council',
  component: CouncilLayout,
});

/** A page of a council with no search params of its own. */
function page<TPath extends string>(path: TPath, component: () => ReactNode) {
  return createRoute({ getParentRoute: () => councilRoute, path, component });
}

const councilIndexRoute = createRoute({
  getParentRoute: () => councilRoute,
  path: '/',
  component: function CouncilHome() {
    return <Navigate to="/$council/dashboard" params={(p) => ({ council: p.council ?? '' })} replace />;
  },
});

const dashboardRoute = page('dashboard', DashboardPage);

const financialModelRoute = page('financial-model', FinancialModelLayout);
const versionsRoute = createRoute({
  getParentRoute: () => financialModelRoute,
  path: '/',
  component: VersionsPage,
});
const versionRoute = createRoute({
  getParentRoute: () => financialModelRoute,
  path: 'version/$name',
  component: VersionPage,
});
const compareRoute = createRoute({
  getParentRoute: () => financialModelRoute,
  path: 'compare',
  validateSearch: compareSearch,
  component: ComparePage,
});
const checksRoute = createRoute({
  getParentRoute: () => financialModelRoute,
  path: 'checks',
  component: CouncilChecksPage,
});

const savingsRoute = createRoute({
  getParentRoute: () => councilRoute,
  path: 'savings',
  validateSearch: savingsSearch,
  component: SavingsPage,
});

const kpisRoute = createRoute({
  getParentRoute: () => councilRoute,
  path: 'kpis',
  validateSearch: kpisSearch,
  component: KpisPage,
});

const safetyValveRoute = page('safety-valve', Section);
const safetyValveIndexRoute = createRoute({
  getParentRoute: () => safetyValveRoute,
  path: '/',
  component: SafetyValvePage,
});
const returnRoute = createRoute({
  getParentRoute: () => safetyValveRoute,
  path: 'returns/$period',
  component: ReturnPage,
});

const placementsRoute = createRoute({
  getParentRoute: () => councilRoute,
  path: 'placements',
  validateSearch: placementsSearch,
  component: PlacementsPage,
});

const sen2Route = createRoute({
  getParentRoute: () => councilRoute,
  path: 'sen2',
  validateSearch: sen2Search,
  component: Sen2Page,
});

const forecastsRoute = page('forecasts', Section);
const forecastRunsRoute = createRoute({
  getParentRoute: () => forecastsRoute,
  path: '/',
  component: ForecastRunsPage,
});
const forecastRunRoute = createRoute({
  getParentRoute: () => forecastsRoute,
  path: 'run/$number',
  component: ForecastRunPage,
});

const reformPlanRoute = page('reform-plan', Section);
const reformPlansRoute = createRoute({
  getParentRoute: () => reformPlanRoute,
  path: '/',
  component: ReformPlansPage,
});
const reformPlanPageRoute = createRoute({
  getParentRoute: () => reformPlanRoute,
  path: '$plan',
  component: ReformPlanPage,
});

const benchmarkingRoute = createRoute({
  getParentRoute: () => councilRoute,
  path: 'benchmarking',
  validateSearch: benchmarkingSearch,
  component: BenchmarkingPage,
});

const reportsRoute = page('reports', Section);
const reportsIndexRoute = createRoute({
  getParentRoute: () => reportsRoute,
  path: '/',
  component: ReportsPage,
});
const paperRoute = createRoute({
  getParentRoute: () => reportsRoute,
  path: 'paper/$paper',
  validateSearch: paperSearch,
  component: PaperPage,
});

const governanceRoute = createRoute({
  getParentRoute: () => councilRoute,
  path: 'governance',
  validateSearch: governanceSearch,
  component: GovernancePage,
});

const routeTree = rootRoute.addChildren([
  homeRoute,
  councilRoute.addChildren([
    councilIndexRoute,
    dashboardRoute,
    financialModelRoute.addChildren([versionsRoute, versionRoute, compareRoute, checksRoute]),
    savingsRoute,
    kpisRoute,
    safetyValveRoute.addChildren([safetyValveIndexRoute, returnRoute]),
    placementsRoute,
    sen2Route,
    forecastsRoute.addChildren([forecastRunsRoute, forecastRunRoute]),
    reformPlanRoute.addChildren([reformPlansRoute, reformPlanPageRoute]),
    benchmarkingRoute,
    reportsRoute.addChildren([reportsIndexRoute, paperRoute]),
    governanceRoute,
    page('admin', PeoplePage),
    page('audit', AuditPage),
  ]),
]);

/** The app's router: hash history, plain-text search params. */
export function createAppRouter() {
  return createRouter({
    routeTree,
    history: createHashHistory(),
    parseSearch,
    stringifySearch,
    defaultNotFoundComponent: NotFound,
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
