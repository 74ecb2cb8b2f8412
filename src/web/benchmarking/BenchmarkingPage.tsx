// Benchmarking against statistical neighbours, the region and England from published DfE data: pick a
// measure, a year and who to compare with (all in the address); see the council ranked, its trend, its
// standing and RAG; download the table; then the forecast from published figures and the review of past
// forecasts.
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useEffect } from 'react';
import { formatMeasure } from '../../core/benchmark/formatMeasure';
import { useCouncil } from '../app/council.tsx';
import { RankedBarsChart } from '../charts/RankedBarsChart.tsx';
import { TrendChart, type TrendLine } from '../charts/TrendChart.tsx';
import { FieldRow, SelectField } from '../ui/Field.tsx';
import { Notice } from '../ui/Notice.tsx';
import { QueryState } from '../ui/QueryState.tsx';
import table from '../ui/table.module.css';
import { TableScroll } from '../ui/TableScroll.tsx';
import text from '../ui/text.module.css';
import { AccuracyReviewSection } from './AccuracyReviewSection.tsx';
import styles from './benchmarking.module.css';
import { PublishedForecastSection } from './PublishedForecastSection.tsx';
import {
  benchmarkTableUrl,
  measuresQuery,
  measureViewQuery,
  releasesQuery,
  type MeasureView,
  type NationalRelease,
} from './queries.ts';
import type { BenchmarkingSearch, Comparison } from './search.ts';
import { yearOptions, yearToMoveTo } from './yearChoice.ts';

const ragWords = { red: 'Red: among the councils of most concern', amber: 'Amber', green: 'Green' } as const;
const defaultMeasure = 'growth1y';
const route = getRouteApi('/$council/benchmarking');

function latestCensusYear(releases: NationalRelease[]): number | undefined {
  const editions = releases.filter((r) => r.publication === 'ehcp-statistics').map((r) => Number(r.edition));
  return editions.length > 0 ? Math.max(...editions) : undefined;
}

function SourceNote({ releases }: { releases: NationalRelease[] }) {
  return (
    <p className={styles.source} data-testid="national-source">
      Source: Department for Education, {releases.map((r) => `${r.title} (${r.edition})`).join('; ')}. Open
      Government Licence v3.0.
    </p>
  );
}

export function BenchmarkingPage() {
  const { code } = useCouncil();
  const search = route.useSearch();
  const navigate = useNavigate();
  const releases = useQuery(releasesQuery());
  const measures = useQuery(measuresQuery());
  const measure = search.measure ?? defaultMeasure;
  const comparison = search.compare ?? 'neighbours';
  const latest = releases.data ? latestCensusYear(releases.data) : undefined;
  const year = search.year ?? latest;
  // The figures shown stay up while the next choice loads (and keep the focus on the select used).
  const view = useQuery({
    ...measureViewQuery(code, measure, year ?? 0),
    enabled: year !== undefined,
    placeholderData: (previous) => previous,
  });
  const go = (change: BenchmarkingSearch) =>
    void navigate({
      to: '/$council/benchmarking',
      params: { council: code },
      search: { ...search, ...change },
      replace: true,
    });

  // A measure with no figures for the year shown moves to the latest year it has, unless the year was chosen.
  const moveTo =
    view.data && !view.isPlaceholderData ? yearToMoveTo(view.data, search.year !== undefined) : undefined;
  useEffect(() => {
    if (moveTo !== undefined)
      void navigate({
        to: '/$council/benchmarking',
        params: { council: code },
        search: (previous) => ({ ...previous, year: moveTo }),
        replace: true,
      });
  }, [moveTo, code, navigate]);

  if (releases.isSuccess && latest === undefined) {
    return (
      <>
        <h1>Benchmarking</h1>
        <Notice tone="inset">
          <p>
            No national data has been imported yet. An administrator can import the DfE&apos;s published files
            with <code>highneeds national import FILE</code> (see README).
          </p>
        </Notice>
      </>
    );
  }
  return (
    <>
      <h1>Benchmarking</h1>
      <p className={text.lead}>
        The council against its statistical neighbours, its region and England, from the DfE&apos;s published
        figures.
      </p>
      {releases.data && <SourceNote releases={releases.data} />}
      <form onSubmit={(e) => e.preventDefault()} aria-label="Choose what to compare">
        <FieldRow>
          <SelectField
            label="Measure"
            value={measure}
            onChange={(e) => go({ measure: e.target.value, year: undefined })}
            options={(measures.data ?? [{ id: defaultMeasure, label: 'Growth in EHCPs over 1 year' }]).map(
              (m) => [m.id, m.label] as const,
            )}
          />
          <SelectField
            label="Year (January census)"
            value={year === undefined ? '' : String(year)}
            onChange={(e) => go({ year: Number(e.target.value) })}
            options={yearOptions(view.data, year).map((y) => [String(y), String(y)] as const)}
          />
          <SelectField
            label="Compare with"
            value={comparison}
            onChange={(e) => go({ compare: e.target.value as Comparison })}
            options={[
              ['neighbours', 'Statistical neighbours'],
              ['region', 'Region'],
              ['all', 'All councils (and England)'],
            ]}
          />
        </FieldRow>
      </form>
      {year !== undefined && (
        <p>
          Download the {year} benchmark table (every measure):{' '}
          <a href={benchmarkTableUrl(code, year, 'csv')} download>
            CSV
          </a>{' '}
          ·{' '}
          <a href={benchmarkTableUrl(code, year, 'xlsx')} download>
            Excel (XLSX)
          </a>
        </p>
      )}
      {year !== undefined && (
        <QueryState query={view} loading="Loading the measure…" failed="The measure could not be shown">
          {(data) => <MeasureResult view={data} comparison={comparison} />}
        </QueryState>
      )}
      <PublishedForecastSection />
      <AccuracyReviewSection />
    </>
  );
}

function barsFor(view: MeasureView, comparison: Comparison) {
  const own = view.council.code;
  const kept = view.councils.filter(
    (c) =>
      c.code === own || comparison === 'all' || (comparison === 'neighbours' ? c.neighbour : c.sameRegion),
  );
  return kept.map((c) => ({ code: c.code, name: c.name, value: c.value, highlight: c.code === own }));
}

function trendLines(view: MeasureView, comparison: Comparison): TrendLine[] {
  const kinds =
    comparison === 'neighbours'
      ? ['statisticalNeighbours']
      : comparison === 'region'
        ? ['subRegion', 'region']
        : [];
  const line = (
    name: string,
    highlight: boolean,
    pick: (p: MeasureView['trend'][number]) => number | null,
  ): TrendLine => ({
    name,
    highlight,
    points: view.trend
      .map((p) => ({ year: p.year, value: pick(p) }))
      .filter((p): p is { year: number; value: number } => p.value !== null),
  });
  // A group's count is its total (England has 600,000 plans): beside one council's count it says nothing,
  // so count measures show the council's own line; rates and shares show the comparators.
  const shown = view.benchmark.unit === 'count' ? [] : [...kinds, 'england'];
  const names = [
    ...new Set(
      view.trend.flatMap((p) => p.comparators.filter((c) => shown.includes(c.kind)).map((c) => c.name)),
    ),
  ];
  return [
    line(view.council.name, true, (p) => p.value),
    ...names.map((n) => line(n, false, (p) => p.comparators.find((c) => c.name === n)?.value ?? null)),
  ].filter((l) => l.points.length > 0);
}

function Standing({ view }: { view: MeasureView }) {
  const b = view.benchmark;
  if (b.value === null) return <Notice tone="inset">{b.notAvailable ?? 'Not available.'}</Notice>;
  return (
    <dl className={styles.standing} data-testid="standing">
      <dt>{view.council.name}</dt>
      <dd>{formatMeasure(b.value, b.unit)}</dd>
      {b.standing ? (
        <>
          <dt>Rank</dt>
          <dd>{`${String(b.standing.rank)} of ${String(b.standing.of)} councils (1 = highest)`}</dd>
          <dt>Percentile</dt>
          <dd>{`${String(Math.round(b.standing.percentile))} (decile ${String(b.standing.decile)})`}</dd>
        </>
      ) : null}
      <dt>RAG</dt>
      <dd>
        {b.rag ? (
          <span className={`${styles.rag} ${styles[b.rag]}`}>{ragWords[b.rag]}</span>
        ) : (
          'None: neither higher nor lower is a concern for this measure'
        )}
      </dd>
    </dl>
  );
}

function MeasureResult({ view, comparison }: { view: MeasureView; comparison: Comparison }) {
  const b = view.benchmark;
  const references = (b.unit === 'count' ? [] : b.comparators)
    .filter(
      (c) =>
        c.kind === 'england' ||
        (comparison !== 'neighbours' && c.kind === 'region') ||
        (comparison === 'neighbours' && c.kind === 'statisticalNeighbours'),
    )
    .filter((c): c is typeof c & { value: number } => c.value !== null);
  const bars = barsFor(view, comparison);
  const who =
    comparison === 'neighbours'
      ? 'its statistical neighbours'
      : comparison === 'region'
        ? `the councils of ${view.council.region}`
        : 'every council';
  return (
    <>
      <h2>{`${b.label}, ${b.period}`}</h2>
      <Standing view={view} />
      {b.caution ? <Notice tone="inset">{b.caution}</Notice> : null}
      {b.note ? <p className={styles.source}>{b.note}</p> : null}
      {bars.length > 0 ? (
        <RankedBarsChart
          bars={bars}
          unit={b.unit}
          references={references.map((r) => ({ name: r.name, value: r.value }))}
          title={`${b.label}, ${b.period}: ${view.council.name} against ${who}, highest first`}
          measure={b.label}
        />
      ) : null}
      <TableScroll label="The council against its comparators">
        <table data-testid="comparators-table">
          <caption>{`${view.council.name} against its comparators, ${b.period}`}</caption>
          <thead>
            <tr>
              <th scope="col">Area</th>
              <th scope="col" className={table.number}>
                Value
              </th>
            </tr>
          </thead>
          <tbody>
            <tr className={styles.own}>
              <th scope="row">{view.council.name}</th>
              <td className={table.number}>{formatMeasure(b.value, b.unit)}</td>
            </tr>
            {b.comparators.map((c) => (
              <tr key={c.kind}>
                <th scope="row">{c.name}</th>
                <td className={table.number}>{formatMeasure(c.value, b.unit)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {b.unit === 'count' ? (
        <p className={styles.source}>
          Groups are shown as totals in the table; the charts compare councils only. Rates and shares (growth,
          EHCPs per 1,000, age profile) compare with groups directly.
        </p>
      ) : null}
      {view.trend.length > 1 ? (
        <TrendChart
          lines={trendLines(view, comparison)}
          unit={b.unit}
          title={`${b.label} over the years: ${view.council.name} against its comparators`}
          measure={b.label}
        />
      ) : null}
    </>
  );
}
