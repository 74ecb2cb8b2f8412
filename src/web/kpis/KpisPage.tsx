// The KPI dashboard: every KPI of a period as tiles (or the return's table), filtered by category, with
// RAG counts. The period, category and view are in the hash (`#/314/kpis?period=2021-05&category=…`).
import { useId, useState } from 'react';
import { getKpiDashboard, type DashboardKpi, type KpiDashboard } from './kpiApi.ts';
import { dateLabel, periodLabel } from './kpiFormat.ts';
import { KpiPeriodDialog } from './KpiPeriodDialog.tsx';
import { KpiTable } from './KpiTable.tsx';
import { KpiTile } from './KpiTile.tsx';
import { KpiValueDialog } from './KpiValueDialog.tsx';
import { parseSubRoute, replaceHash, subHashFor, useHash } from '../app/route.ts';
import { StatusMessage } from '../ui/StatusMessage.tsx';
import { useLoaded } from '../app/useLoaded.ts';

const allCategories = 'all';

export function KpisPage({ code }: { code: string }) {
  const { query } = parseSubRoute(useHash());
  const asked = query.get('period') ?? undefined;
  const { state, reload } = useLoaded(`${code} ${asked ?? ''}`, () => getKpiDashboard(code, asked), {
    keepWhileLoading: true,
  });
  return (
    <>
      <h1>KPIs</h1>
      <p className="lead">
        The key performance indicators the council reports to the DfE, each against its target for the period
        and rated green, amber or red.
      </p>
      {state.status === 'loading' && <p role="status">Loading the KPIs…</p>}
      {state.status === 'failed' && (
        <p className="error-summary" role="alert">
          The KPIs could not be loaded: {state.message}
        </p>
      )}
      {state.status === 'loaded' && <Dashboard code={code} data={state.data} query={query} reload={reload} />}
    </>
  );
}

interface DashboardProps {
  code: string;
  data: KpiDashboard;
  query: URLSearchParams;
  reload: () => Promise<void>;
}

function Dashboard({ code, data, query, reload }: DashboardProps) {
  const id = useId();
  const [recording, setRecording] = useState<DashboardKpi | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [startingPeriod, setStartingPeriod] = useState(false);
  if (data.period === null) {
    return (
      <div className="inset">
        <p>
          There are no KPIs for this council yet. They are loaded from a KPI file (see the command line help).
        </p>
      </div>
    );
  }
  const category = query.get('category') ?? allCategories;
  const view = query.get('view') === 'table' ? 'table' : 'tiles';
  const go = (change: Record<string, string | undefined>) =>
    replaceHash(
      subHashFor(code, 'kpis', [], {
        period: query.get('period') ?? undefined,
        category: category === allCategories ? undefined : category,
        view: view === 'table' ? 'table' : undefined,
        ...change,
      }),
    );
  const shown = category === allCategories ? data.kpis : data.kpis.filter((k) => k.category === category);
  const counts = { G: 0, A: 0, R: 0, none: 0 };
  for (const k of shown) counts[k.rag ?? 'none'] += 1;
  const scope = category === allCategories ? 'All categories' : category;
  const onRecord = data.kpis.some((k) => k.mayRecord) ? setRecording : undefined;

  return (
    <>
      <div className="kpi-controls">
        <div className="field">
          <label htmlFor={`${id}-period`}>Period</label>
          <select
            id={`${id}-period`}
            value={data.period}
            onChange={(event) => go({ period: event.target.value })}
          >
            {data.financialYears.map((year) => (
              <optgroup key={year.financialYear} label={year.financialYear}>
                {year.periods.map((p) => (
                  <option key={p.period} value={p.period}>
                    {periodLabel(p.period)}
                    {p.dataDate ? ` (data as at ${dateLabel(p.dataDate)})` : ''}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-category`}>Category</label>
          <select
            id={`${id}-category`}
            value={category}
            onChange={(event) =>
              go({ category: event.target.value === allCategories ? undefined : event.target.value })
            }
          >
            <option value={allCategories}>All categories</option>
            {data.categories.map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </div>
        {data.mayDefine && (
          <div className="field field-button">
            <button type="button" className="button button-secondary" onClick={() => setStartingPeriod(true)}>
              Start a new period
            </button>
          </div>
        )}
        <nav className="subnav kpi-views" aria-label="Show the KPIs as">
          <a
            href={subHashFor(code, 'kpis', [], {
              period: query.get('period') ?? undefined,
              category: query.get('category') ?? undefined,
            })}
            aria-current={view === 'tiles' ? 'page' : undefined}
          >
            Tiles
          </a>
          <a
            href={subHashFor(code, 'kpis', [], {
              period: query.get('period') ?? undefined,
              category: query.get('category') ?? undefined,
              view: 'table',
            })}
            aria-current={view === 'table' ? 'page' : undefined}
          >
            Table
          </a>
        </nav>
      </div>
      <p className="kpi-context">
        {periodLabel(data.period)}: figures as at {dateLabel(data.dataDate)}, {data.monthsElapsed} of 12
        months of {data.financialYear}.{data.targetVersion && <> Targets from “{data.targetVersion}”.</>}
        {data.valueVersion && <> Computed values from “{data.valueVersion}”.</>}
      </p>
      <section aria-labelledby={`${id}-summary`} className="kpi-summary">
        <h2 id={`${id}-summary`}>
          {scope}: {shown.length} {shown.length === 1 ? 'KPI' : 'KPIs'}
        </h2>
        <ul className="kpi-counts">
          <li className="kpi-count kpi-count-G">
            <strong>{counts.G}</strong> green
          </li>
          <li className="kpi-count kpi-count-A">
            <strong>{counts.A}</strong> amber
          </li>
          <li className="kpi-count kpi-count-R">
            <strong>{counts.R}</strong> red
          </li>
          <li className="kpi-count kpi-count-none">
            <strong>{counts.none}</strong> not rated
          </li>
        </ul>
      </section>
      {saved && <StatusMessage>{saved}</StatusMessage>}
      {view === 'table' ? (
        <KpiTable
          kpis={shown}
          period={data.period}
          caption={`${scope}, ${periodLabel(data.period)}. Money in pounds.`}
          onRecord={onRecord}
        />
      ) : (
        <div className="kpi-tiles">
          {shown.map((kpi) => (
            <KpiTile key={kpi.ref} kpi={kpi} period={data.period} onRecord={onRecord} />
          ))}
        </div>
      )}
      {data.checks.length > 0 && (
        <section aria-labelledby={`${id}-checks`}>
          <h2 id={`${id}-checks`}>Checks that do not hold</h2>
          <ul>
            {data.checks.map((c, i) => (
              <li key={i}>{c.message}</li>
            ))}
          </ul>
        </section>
      )}
      {startingPeriod && (
        <KpiPeriodDialog
          code={code}
          valueVersion={data.valueVersion}
          onClose={() => setStartingPeriod(false)}
          onSaved={(period) => {
            setStartingPeriod(false);
            setSaved(`${periodLabel(period)} started: record its values below.`);
            go({ period });
          }}
        />
      )}
      {recording && (
        <KpiValueDialog
          code={code}
          financialYear={data.financialYear}
          period={data.period}
          kpi={recording}
          onClose={() => setRecording(null)}
          onSaved={async (kpi) => {
            await reload();
            setRecording(null);
            setSaved(`KPI ${kpi.ref} saved for ${periodLabel(data.period)}.`);
          }}
        />
      )}
    </>
  );
}
