// Benchmarking against statistical neighbours, the region and England from published DfE data: pick a
// measure, a year and who to compare with; see the council ranked, its trend, its standing and RAG;
// download the table; then the forecast from published figures and the review of past forecasts.
import { useId, useState } from 'react';
import { AccuracyReviewSection } from './AccuracyReviewSection.tsx';
import {
  benchmarkTableUrl,
  formatMeasureValue,
  getMeasures,
  getMeasureView,
  getReleases,
  type MeasureView,
  type NationalRelease,
} from './nationalApi.ts';
import { PublishedForecastSection } from './PublishedForecastSection.tsx';
import { RankedBarsChart } from './RankedBarsChart.tsx';
import { TrendChart, type TrendLine } from './TrendChart.tsx';
import { useLoaded } from './useLoaded.ts';

type Comparison = 'neighbours' | 'region' | 'all';
const ragWords = { red: 'Red: among the councils of most concern', amber: 'Amber', green: 'Green' } as const;

function latestCensusYear(releases: NationalRelease[]): number | undefined {
  const editions = releases.filter((r) => r.publication === 'ehcp-statistics').map((r) => Number(r.edition));
  return editions.length > 0 ? Math.max(...editions) : undefined;
}

function SourceNote({ releases }: { releases: NationalRelease[] }) {
  return (
    <p className="source-note" data-testid="national-source">
      Figures: published DfE statistics imported on this instance (Open Government Licence v3.0):{' '}
      {releases
        .map((r) => `${r.title}, ${r.edition}${r.imports[0] ? ` (${r.imports[0].fileName})` : ''}`)
        .join('; ')}
      .
    </p>
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
  if (b.value === null) return <p className="inset">{b.notAvailable ?? 'Not available.'}</p>;
  return (
    <dl className="benchmark-standing" data-testid="standing">
      <dt>{view.council.name}</dt>
      <dd>{formatMeasureValue(b.value, b.unit)}</dd>
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
          <span className={`benchmark-rag benchmark-rag-${b.rag}`}>{ragWords[b.rag]}</span>
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
      {b.caution ? <p className="inset">{b.caution}</p> : null}
      {b.note ? <p className="source-note">{b.note}</p> : null}
      {bars.length > 0 ? (
        <RankedBarsChart
          bars={bars}
          unit={b.unit}
          references={references.map((r) => ({ name: r.name, value: r.value }))}
          title={`${b.label}, ${b.period}: ${view.council.name} against ${who}, highest first`}
          measure={b.label}
        />
      ) : null}
      <table className="compare-table" data-testid="comparators-table">
        <caption>{`${view.council.name} against its comparators, ${b.period}`}</caption>
        <thead>
          <tr>
            <th scope="col">Area</th>
            <th scope="col">Value</th>
          </tr>
        </thead>
        <tbody>
          <tr className="benchmark-own">
            <th scope="row">{view.council.name}</th>
            <td>{formatMeasureValue(b.value, b.unit)}</td>
          </tr>
          {b.comparators.map((c) => (
            <tr key={c.kind}>
              <th scope="row">{c.name}</th>
              <td>{formatMeasureValue(c.value, b.unit)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {b.unit === 'count' ? (
        <p className="source-note">
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

export function BenchmarkingPage({ code }: { code: string }) {
  const ids = { measure: useId(), year: useId(), compare: useId() };
  const releases = useLoaded('releases', getReleases);
  const measures = useLoaded('measures', getMeasures);
  const [measure, setMeasure] = useState('growth1y');
  const [chosenYear, setYear] = useState<number | undefined>(undefined);
  const [comparison, setComparison] = useState<Comparison>('neighbours');
  const latest =
    releases.state.status === 'loaded' ? latestCensusYear(releases.state.data.releases) : undefined;
  const year = chosenYear ?? latest;
  const view = useLoaded(
    `view:${code}:${measure}:${String(year)}`,
    () =>
      year === undefined
        ? Promise.reject(new Error('No EHCP statistics have been imported yet.'))
        : getMeasureView(code, measure, year),
    { keepWhileLoading: true },
  );
  const years =
    view.state.status === 'loaded' ? view.state.data.trend.map((p) => p.year) : year ? [year] : [];

  if (releases.state.status === 'loaded' && latest === undefined) {
    return (
      <>
        <h1>Benchmarking</h1>
        <div className="inset">
          <p>
            No national data has been imported on this instance yet. An administrator can import the
            DfE&apos;s published files with <code>highneeds national import FILE</code> (see README).
          </p>
        </div>
      </>
    );
  }
  return (
    <>
      <h1>Benchmarking</h1>
      <p className="lead">
        The council against its statistical neighbours, its region and England, from the DfE&apos;s published
        figures.
      </p>
      {releases.state.status === 'loaded' ? <SourceNote releases={releases.state.data.releases} /> : null}
      <form className="benchmark-controls" onSubmit={(e) => e.preventDefault()}>
        <div>
          <label htmlFor={ids.measure}>Measure</label>
          <select id={ids.measure} value={measure} onChange={(e) => setMeasure(e.target.value)}>
            {measures.state.status === 'loaded' ? (
              measures.state.data.measures.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.label}
                </option>
              ))
            ) : (
              <option value="growth1y">Growth in EHCPs over 1 year</option>
            )}
          </select>
        </div>
        <div>
          <label htmlFor={ids.year}>Year (January census)</label>
          <select id={ids.year} value={year ?? ''} onChange={(e) => setYear(Number(e.target.value))}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor={ids.compare}>Compare with</label>
          <select
            id={ids.compare}
            value={comparison}
            onChange={(e) => setComparison(e.target.value as Comparison)}
          >
            <option value="neighbours">Statistical neighbours</option>
            <option value="region">Region</option>
            <option value="all">All councils (and England)</option>
          </select>
        </div>
      </form>
      {year !== undefined ? (
        <p className="benchmark-downloads">
          Download the {year} benchmark table (every measure):{' '}
          <a href={benchmarkTableUrl(code, year, 'csv')} download>
            CSV
          </a>{' '}
          ·{' '}
          <a href={benchmarkTableUrl(code, year, 'xlsx')} download>
            Excel (XLSX)
          </a>
        </p>
      ) : null}
      {view.state.status === 'loading' ? <p>Loading…</p> : null}
      {view.state.status === 'failed' ? <p className="inset">{view.state.message}</p> : null}
      {view.state.status === 'loaded' ? (
        <MeasureResult view={view.state.data} comparison={comparison} />
      ) : null}
      <PublishedForecastSection code={code} />
      <AccuracyReviewSection code={code} />
    </>
  );
}
