// Compare two plan versions for one year: line by line variance with RAG, the DfE monitoring table, and
// the cumulative deficit chart. The choice lives in the hash (`compare?from=…&to=…&year=…`).
import { useId } from 'react';
import { DeficitChart } from '../charts/DeficitChart.tsx';
import type { ModelNavigation } from './FinancialModelPage.tsx';
import { describeTolerance } from '../ui/format.ts';
import { compareVersions, getVersion, listVersions, type VersionSummary } from './modelApi.ts';
import { cumulativeDeficitPoints, defaultComparison } from './modelLayout.ts';
import { MonitoringTable } from './MonitoringTable.tsx';
import { replaceHash } from '../app/route.ts';
import { useLoaded } from '../app/useLoaded.ts';
import { VarianceTable } from './VarianceTable.tsx';

interface Props {
  code: string;
  navigation: ModelNavigation;
  from?: string;
  to?: string;
  year?: string;
}

export function ComparePage({ code, navigation, from, to, year }: Props) {
  const { state } = useLoaded(code, () => listVersions(code));
  const id = useId();
  const versions = state.status === 'loaded' ? state.data.versions : [];
  const fallback = defaultComparison(versions);
  const chosen = { from: from ?? fallback?.from, to: to ?? fallback?.to };
  // Changing a choice corrects the address without a history entry for every select.
  const choose = (change: { from?: string; to?: string; year?: string }) =>
    replaceHash(navigation.compareHref({ ...chosen, year, ...change }));

  return (
    <>
      <h1>Compare versions</h1>
      <p className="lead">
        Choose the agreed profile and the forecast to compare with it. The variance is the forecast less the
        agreed profile.
      </p>
      {state.status === 'loading' && <p role="status">Loading the plan versions…</p>}
      {state.status === 'failed' && (
        <p className="error-summary" role="alert">
          The plan versions could not be loaded: {state.message}
        </p>
      )}
      {state.status === 'loaded' && versions.length < 2 && (
        <div className="inset">
          <p>There must be at least two plan versions to compare.</p>
        </div>
      )}
      {chosen.from !== undefined && chosen.to !== undefined && versions.length >= 2 && (
        <>
          <div className="inline-form">
            <VersionSelect
              id={`${id}-from`}
              label="Agreed profile"
              versions={versions}
              value={chosen.from}
              onChange={(v) => choose({ from: v, year: undefined })}
            />
            <VersionSelect
              id={`${id}-to`}
              label="Forecast"
              versions={versions}
              value={chosen.to}
              onChange={(v) => choose({ to: v, year: undefined })}
            />
          </div>
          <Comparison
            key={`${chosen.from}\u0000${chosen.to}`}
            code={code}
            from={chosen.from}
            to={chosen.to}
            year={year}
            onYear={(y) => choose({ year: y })}
          />
        </>
      )}
    </>
  );
}

function VersionSelect(props: {
  id: string;
  label: string;
  versions: VersionSummary[];
  value: string;
  onChange: (name: string) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <select id={props.id} value={props.value} onChange={(event) => props.onChange(event.target.value)}>
        {props.versions.map((v) => (
          <option key={v.id} value={v.name}>
            {v.name}
            {v.status === 'frozen' ? ' (frozen)' : ''}
          </option>
        ))}
      </select>
    </div>
  );
}

interface ComparisonProps {
  code: string;
  from: string;
  to: string;
  year?: string;
  onYear: (year: string) => void;
}

function Comparison({ code, from, to, year, onYear }: ComparisonProps) {
  const id = useId();
  const { state } = useLoaded(
    year ?? '',
    () => Promise.all([compareVersions(code, from, to, year), getVersion(code, from), getVersion(code, to)]),
    { keepWhileLoading: true },
  );
  if (state.status === 'loading') return <p role="status">Comparing…</p>;
  if (state.status === 'failed') {
    return (
      <p className="error-summary" role="alert">
        These versions cannot be compared: {state.message}
      </p>
    );
  }
  const [comparison, fromDetail, toDetail] = state.data;
  return (
    <>
      <section aria-labelledby={`${id}-chart`}>
        <h2 id={`${id}-chart`}>Cumulative deficit after DfE contributions</h2>
        <DeficitChart
          series={[
            { role: 'Agreed profile', name: from, points: cumulativeDeficitPoints(fromDetail) },
            { role: 'Forecast', name: to, points: cumulativeDeficitPoints(toDetail) },
          ]}
        />
      </section>
      <h2>Variance and RAG</h2>
      <div className="field">
        <label htmlFor={`${id}-year`}>Year</label>
        <p className="hint" id={`${id}-year-hint`}>
          Only the years both versions cover.
        </p>
        <select
          id={`${id}-year`}
          aria-describedby={`${id}-year-hint`}
          value={year ?? comparison.year}
          onChange={(event) => onYear(event.target.value)}
        >
          {comparison.commonYears.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <p className="tolerance">
        <strong>RAG tolerance:</strong> {describeTolerance(comparison.tolerance)}
      </p>
      <section aria-labelledby={`${id}-lines`}>
        <h3 id={`${id}-lines`}>Line by line</h3>
        <VarianceTable comparison={comparison} />
      </section>
      <section aria-labelledby={`${id}-monitoring`}>
        <h3 id={`${id}-monitoring`}>Financial model monitoring</h3>
        <MonitoringTable comparison={comparison} />
      </section>
    </>
  );
}
