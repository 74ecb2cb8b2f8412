// The Financial model module: its views (versions, comparison, checks) under one sub-navigation. The view
// is in the address: `#/314/financial-model/version/NAME`, `…/compare?from=…&to=…`, `…/checks`.
import { Link, Outlet, useRouterState } from '@tanstack/react-router';
import { useCouncil } from '../app/council.tsx';
import { SubNav } from '../ui/SubNav.tsx';

export function FinancialModelLayout() {
  const { code } = useCouncil();
  const view = useRouterState({ select: (s) => s.location.pathname.split('/')[3] ?? '' });
  const current = (is: boolean) => (is ? ('page' as const) : undefined);
  return (
    <>
      <SubNav label="Financial model">
        <Link
          to="/$council/financial-model"
          params={{ council: code }}
          activeOptions={{ exact: true }}
          aria-current={current(view === '' || view === 'version')}
        >
          Versions
        </Link>
        <Link
          to="/$council/financial-model/compare"
          params={{ council: code }}
          aria-current={current(view === 'compare')}
        >
          Compare versions
        </Link>
        <Link
          to="/$council/financial-model/checks"
          params={{ council: code }}
          aria-current={current(view === 'checks')}
        >
          Reconciliation checks
        </Link>
      </SubNav>
      <Outlet />
    </>
  );
}
