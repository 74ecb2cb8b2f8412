// The KPI dashboard: every KPI of a period as tiles (or the return's table), filtered by category, with
// RAG counts. The period, category, view and an open value dialog are in the address
// (`#/314/kpis?period=2021-05&category=…&view=table&record=23`).
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useId, useState } from 'react';
import { dateLabel, periodLabel } from '../../core/kpi/periodChoices';
import { useCouncil } from '../app/council.tsx';
import { Button } from '../ui/Button.tsx';
import { FieldRow, SelectField } from '../ui/Field.tsx';
import { Notice } from '../ui/Notice.tsx';
import { QueryState } from '../ui/QueryState.tsx';
import { ReadOnly } from '../ui/ReadOnly.tsx';
import { StatusMessage } from '../ui/StatusMessage.tsx';
import { SubNav } from '../ui/SubNav.tsx';
import text from '../ui/text.module.css';
import { KpiPeriodDialog } from './KpiPeriodDialog.tsx';
import { ToneCounts } from '../ui/ToneCounts.tsx';
import styles from './kpis.module.css';
import { KpiTable } from './KpiTable.tsx';
import { KpiTile } from './KpiTile.tsx';
import { KpiValueDialog } from './KpiValueDialog.tsx';
import { kpiDashboardQuery, type KpiDashboard } from './queries.ts';
import type { KpisSearch } from './search.ts';
import { codesInWords } from '../ui/format.ts';

const allCategories = 'all';
const route = getRouteApi('/$council/kpis');

export function KpisPage() {
  const { code } = useCouncil();
  const search = route.useSearch();
  // The figures of the period shown stay up while another loads (and keep the focus on its select).
  const dashboard = useQuery({
    ...kpiDashboardQuery(code, search.period),
    placeholderData: (previous) => previous,
  });
  return (
    <>
      <h1>KPIs</h1>
      <p className={text.lead}>
        The key performance indicators the council reports to the DfE, each against its target for the period
        and rated green, amber or red.
      </p>
      <QueryState query={dashboard} loading="Loading the KPIs…" failed="The KPIs could not be loaded">
        {(data) => <Dashboard data={data} search={search} />}
      </QueryState>
    </>
  );
}

type PeriodDashboard = Extract<KpiDashboard, { kpis: unknown }>;

function Dashboard({ data, search }: { data: KpiDashboard; search: KpisSearch }) {
  const council = useCouncil();
  if (data.period === null) {
    return (
      <Notice tone="inset">
        There are no KPIs for this council yet. They are loaded from a KPI file (see the command line help).
      </Notice>
    );
  }
  return <PeriodView data={data} search={search} code={council.code} />;
}

function PeriodView({ data, search, code }: { data: PeriodDashboard; search: KpisSearch; code: string }) {
  const id = useId();
  const navigate = useNavigate();
  const [saved, setSaved] = useState<string | null>(null);
  const [startingPeriod, setStartingPeriod] = useState(false);
  const category = search.category ?? allCategories;
  const go = (change: Partial<KpisSearch>, replace = true) =>
    void navigate({
      to: '/$council/kpis',
      params: { council: code },
      search: { ...search, ...change },
      replace,
    });
  const shown = category === allCategories ? data.kpis : data.kpis.filter((k) => k.category === category);
  const counts = { G: 0, A: 0, R: 0, none: 0 };
  for (const k of shown) counts[k.rag ?? 'none'] += 1;
  const scope = category === allCategories ? 'All categories' : category;
  const mayRecordAny = data.kpis.some((k) => k.mayRecord);
  const recording = data.kpis.find((k) => k.ref === search.record && k.mayRecord);
  const onRecord = mayRecordAny ? (ref: string) => go({ record: ref }, false) : undefined;
  const viewSearch = { period: search.period, category: search.category };

  return (
    <>
      {!mayRecordAny && (
        <ReadOnly
          reading="the KPIs"
          changing="recording their values needs the finance or SEND service role"
        />
      )}
      <FieldRow>
        <SelectField
          label="Period"
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
        </SelectField>
        <SelectField
          label="Category"
          value={category}
          onChange={(event) =>
            go({ category: event.target.value === allCategories ? undefined : event.target.value })
          }
          options={[[allCategories, 'All categories'], ...data.categories.map((c) => [c, c] as const)]}
        />
        {data.mayDefine && (
          <div className={styles.tileAction}>
            <Button variant="secondary" onClick={() => setStartingPeriod(true)}>
              Start a new period
            </Button>
          </div>
        )}
      </FieldRow>
      <SubNav label="Show the KPIs as">
        <Link
          to="/$council/kpis"
          params={{ council: code }}
          search={viewSearch}
          aria-current={search.view === undefined ? 'page' : undefined}
          activeOptions={{ exact: true }}
        >
          Tiles
        </Link>
        <Link
          to="/$council/kpis"
          params={{ council: code }}
          search={{ ...viewSearch, view: 'table' }}
          aria-current={search.view === 'table' ? 'page' : undefined}
          activeOptions={{ exact: true }}
        >
          Table
        </Link>
      </SubNav>
      <p className={styles.context}>
        {periodLabel(data.period)}: figures as at {dateLabel(data.dataDate)}, {data.monthsElapsed} of 12
        months of {data.financialYear}.{data.targetVersion && <> Targets from “{data.targetVersion}”.</>}
        {data.valueVersion && <> Computed values from “{data.valueVersion}”.</>}
      </p>
      <section aria-labelledby={`${id}-summary`}>
        <h2 id={`${id}-summary`}>
          {scope}: {shown.length} {shown.length === 1 ? 'KPI' : 'KPIs'}
        </h2>
        <ToneCounts
          testId="kpi-counts"
          counts={[
            { count: counts.G, words: 'green', tone: 'green' },
            { count: counts.A, words: 'amber', tone: 'amber' },
            { count: counts.R, words: 'red', tone: 'red' },
            { count: counts.none, words: 'not rated' },
          ]}
        />
      </section>
      {saved && <StatusMessage>{saved}</StatusMessage>}
      {search.view === 'table' ? (
        <KpiTable
          kpis={shown}
          period={data.period}
          caption={`${scope}, ${periodLabel(data.period)}. Money in pounds.`}
          onRecord={onRecord}
        />
      ) : (
        <div className={styles.tiles}>
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
              <li key={i}>{codesInWords(c.message, data.period)}</li>
            ))}
          </ul>
        </section>
      )}
      {startingPeriod && (
        <KpiPeriodDialog
          financialYears={data.financialYears.map((y) => y.financialYear)}
          held={data.financialYears.flatMap((y) => y.periods.map((p) => p.period))}
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
          financialYear={data.financialYear}
          period={data.period}
          kpi={recording}
          onClose={() => go({ record: undefined })}
          onSaved={(kpi) => {
            go({ record: undefined });
            setSaved(`KPI ${kpi.ref} saved for ${periodLabel(data.period)}.`);
          }}
        />
      )}
    </>
  );
}
