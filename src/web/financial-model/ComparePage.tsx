// Compare two plan versions for one year: line by line variance with RAG, the DfE monitoring table, and
// the cumulative deficit chart. The choice is in the address (`compare?from=…&to=…&year=…`).
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useId } from 'react';
import { useCouncil } from '../app/council.tsx';
import { DeficitChart } from '../charts/DeficitChart.tsx';
import { FieldRow, SelectField } from '../ui/Field.tsx';
import { describeTolerance } from '../ui/format.ts';
import { Notice } from '../ui/Notice.tsx';
import { QueryState } from '../ui/QueryState.tsx';
import text from '../ui/text.module.css';
import { MonitoringTable } from './MonitoringTable.tsx';
import { cumulativeDeficitPoints, defaultComparison } from './modelLayout.ts';
import { comparisonQuery, versionQuery, versionsQuery, type VersionSummary } from './queries.ts';
import type { CompareSearch } from './search.ts';
import { VarianceTable } from './VarianceTable.tsx';

const route = getRouteApi('/$council/financial-model/compare');

export function ComparePage() {
  const { code } = useCouncil();
  const search = route.useSearch();
  const navigate = useNavigate();
  const versions = useQuery(versionsQuery(code));
  const list = versions.data ?? [];
  const fallback = defaultComparison(list);
  const chosen = { from: search.from ?? fallback?.from, to: search.to ?? fallback?.to };
  // Changing a choice corrects the address without a history entry for every select.
  const choose = (change: CompareSearch) =>
    void navigate({
      to: '/$council/financial-model/compare',
      params: { council: code },
      search: { ...chosen, year: search.year, ...change },
      replace: true,
    });

  return (
    <>
      <h1>Compare versions</h1>
      <p className={text.lead}>
        Choose the agreed profile and the forecast to compare with it. The variance is the forecast less the
        agreed profile.
      </p>
      <QueryState
        query={versions}
        loading="Loading the plan versions…"
        failed="The plan versions could not be loaded"
      >
        {() =>
          list.length < 2 || chosen.from === undefined || chosen.to === undefined ? (
            <Notice tone="inset">There must be at least two plan versions to compare.</Notice>
          ) : (
            <>
              <FieldRow>
                <VersionSelect
                  label="Agreed profile"
                  versions={list}
                  value={chosen.from}
                  onChange={(v) => choose({ from: v, year: undefined })}
                />
                <VersionSelect
                  label="Forecast"
                  versions={list}
                  value={chosen.to}
                  onChange={(v) => choose({ to: v, year: undefined })}
                />
              </FieldRow>
              <Comparison
                from={chosen.from}
                to={chosen.to}
                year={search.year}
                onYear={(y) => choose({ year: y })}
              />
            </>
          )
        }
      </QueryState>
    </>
  );
}

function VersionSelect(props: {
  label: string;
  versions: VersionSummary[];
  value: string;
  onChange: (name: string) => void;
}) {
  return (
    <SelectField
      label={props.label}
      value={props.value}
      onChange={(event) => props.onChange(event.target.value)}
      options={props.versions.map(
        (v) => [v.name, `${v.name}${v.status === 'frozen' ? ' (frozen)' : ''}`] as const,
      )}
    />
  );
}

interface ComparisonProps {
  from: string;
  to: string;
  year?: string;
  onYear: (year: string) => void;
}

function Comparison({ from, to, year, onYear }: ComparisonProps) {
  const { code } = useCouncil();
  const id = useId();
  // The figures for the previous year stay up while another year loads (and keep the focus on its select).
  const comparison = useQuery({
    ...comparisonQuery(code, from, to, year),
    placeholderData: (previous) => previous,
  });
  const fromDetail = useQuery(versionQuery(code, from));
  const toDetail = useQuery(versionQuery(code, to));
  return (
    <QueryState query={comparison} loading="Comparing…" failed="These versions cannot be compared">
      {(data) => (
        <>
          <section aria-labelledby={`${id}-chart`}>
            <h2 id={`${id}-chart`}>Cumulative deficit after DfE contributions</h2>
            {fromDetail.data && toDetail.data ? (
              <DeficitChart
                series={[
                  { role: 'Agreed profile', name: from, points: cumulativeDeficitPoints(fromDetail.data) },
                  { role: 'Forecast', name: to, points: cumulativeDeficitPoints(toDetail.data) },
                ]}
              />
            ) : (
              <p role="status">Loading the chart…</p>
            )}
          </section>
          <h2>Variance and RAG</h2>
          <SelectField
            label="Year"
            hint="Only the years both versions cover."
            value={year ?? data.year}
            onChange={(event) => onYear(event.target.value)}
            options={data.commonYears.map((y) => [y, y] as const)}
          />
          <Notice>
            <p data-testid="tolerance">
              <strong>RAG tolerance:</strong> {describeTolerance(data.tolerance)}
            </p>
          </Notice>
          <section aria-labelledby={`${id}-lines`}>
            <h3 id={`${id}-lines`}>Line by line</h3>
            <VarianceTable comparison={data} />
          </section>
          <section aria-labelledby={`${id}-monitoring`}>
            <h3 id={`${id}-monitoring`}>Financial model monitoring</h3>
            <MonitoringTable comparison={data} />
          </section>
        </>
      )}
    </QueryState>
  );
}
