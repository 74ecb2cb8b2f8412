// The Forecasts module: stored inputs and runs (`#/314/forecasts`) and one run (`#/314/forecasts/run/3`).
import { useEffect, useRef } from 'react';
import { ForecastRunPage } from './ForecastRunPage.tsx';
import { ForecastRunsPage } from './ForecastRunsPage.tsx';
import { parseSubRoute, subHashFor, useHash } from '../app/route.ts';
import type { CouncilViewState } from '../app/Shell.tsx';

const page = 'forecasts';

export function ForecastsPage({ code, state }: { code: string; state: CouncilViewState }) {
  const hash = useHash();
  const { segments } = parseSubRoute(hash);
  const [view, number] = segments;
  const canRun = state.status === 'loaded' && state.view.permissions.edit;
  const canEditFinance =
    state.status === 'loaded' && (state.view.role === 'finance' || state.view.role === 'admin');
  const runHref = (n: number) => subHashFor(code, page, ['run', String(n)]);

  // Moving to a run is a new page for keyboard and screen reader users too.
  const shown = useRef(segments.join('/'));
  useEffect(() => {
    const key = segments.join('/');
    if (shown.current === key) return;
    shown.current = key;
    const heading = document.querySelector<HTMLElement>('main h1');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
  });

  if (view === 'run' && number !== undefined && /^\d+$/.test(number))
    return (
      <ForecastRunPage
        key={number}
        code={code}
        number={Number(number)}
        canEditFinance={canEditFinance}
        listHref={subHashFor(code, page, [])}
        runHref={runHref}
      />
    );
  return <ForecastRunsPage code={code} canRun={canRun} runHref={runHref} />;
}
