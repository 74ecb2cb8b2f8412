// The SEN2 return module: the returns held, the census on a date with the January reconciliation, the
// request-to-plan funnel (every role: aggregates only); the data-quality report (roles that may read
// SEN2 records); the import with its preview (roles that may import); forecast inputs (forecasts.run).
// The tab, the return's year, the census date and the funnel's grain are in the address.
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { dateLabel } from '../../core/kpi/periodChoices';
import { formatCount } from '../../core/money';
import { useCouncil } from '../app/council.tsx';
import { Notice } from '../ui/Notice.tsx';
import { QueryState } from '../ui/QueryState.tsx';
import { ReadOnly } from '../ui/ReadOnly.tsx';
import { StatusMessage } from '../ui/StatusMessage.tsx';
import { TabPanel, Tabs } from '../ui/SubNav.tsx';
import text from '../ui/text.module.css';
import { CensusView } from './CensusView.tsx';
import { ForecastInputsForm } from './ForecastInputsForm.tsx';
import { FunnelView } from './FunnelView.tsx';
import { ImportReturnForm } from './ImportReturnForm.tsx';
import { QualityReport } from './QualityReport.tsx';
import { returnsQuery, type Sen2ReturnInfo } from './queries.ts';
import { RemoveReturnDialog } from './RemoveReturnDialog.tsx';
import { ReturnsTable } from './ReturnsTable.tsx';
import type { Sen2Search, Sen2Tab } from './search.ts';
import { UrnLookupPanel } from './UrnLookupPanel.tsx';

const tabNames: Record<Sen2Tab, string> = {
  returns: 'Returns held',
  import: 'Import',
  quality: 'Data quality',
  census: 'Census',
  funnel: 'Funnel',
  urns: 'URN lookup',
  inputs: 'Forecast inputs',
};

const route = getRouteApi('/$council/sen2');

export function Sen2Page() {
  const council = useCouncil();
  const search = route.useSearch();
  const navigate = useNavigate();
  const [done, setDone] = useState<string | null>(null);
  const returns = useQuery(returnsQuery(council.code));
  const allowed: Record<Sen2Tab, boolean> = {
    returns: true,
    import: council.can('sen2.import'),
    quality: council.can('sen2.readRecords'),
    census: true,
    funnel: true,
    urns: true,
    inputs: council.can('forecasts.run'),
  };
  const tab = search.tab && allowed[search.tab] ? search.tab : 'returns';
  const tabs = (Object.keys(tabNames) as Sen2Tab[])
    .filter((t) => allowed[t])
    .map((t) => [t, tabNames[t]] as const);
  const go = (change: Sen2Search, replace = false) =>
    void navigate({ to: '/$council/sen2', params: { council: council.code }, search: change, replace });

  return (
    <>
      <h1>SEN2 return</h1>
      <p className={text.lead}>
        The council&apos;s SEN2 person-level returns to the DfE: the census on any date, the funnel from
        request to plan, a data-quality report, and inputs for the forecast.
      </p>
      {done && <StatusMessage takeFocus>{done}</StatusMessage>}
      <Tabs
        label="SEN2 return"
        tabs={tabs}
        current={tab}
        onChoose={(t) => go({ tab: t === 'returns' ? undefined : t })}
      />
      <TabPanel current={tab}>
        {tab === 'import' ? (
          <ImportReturnForm
            onImported={(r) => {
              setDone(
                `Imported the ${String(r.collectionYear)} return: ${formatCount(r.counts.people)} children, ${formatCount(r.counts.ehcps)} EHCPs on ${dateLabel(r.referenceDate)}, ${formatCount(r.counts.warnings)} warnings in its data-quality report.`,
              );
              go({ tab: allowed.quality ? 'quality' : undefined, year: r.collectionYear });
            }}
          />
        ) : (
          <QueryState query={returns} loading="Loading the returns…" failed="The returns could not be loaded">
            {(list) => <HeldTab tab={tab} list={list} search={search} go={go} onDone={setDone} />}
          </QueryState>
        )}
      </TabPanel>
    </>
  );
}

function HeldTab({
  tab,
  list,
  search,
  go,
  onDone,
}: {
  tab: Exclude<Sen2Tab, 'import'>;
  list: Sen2ReturnInfo[];
  search: Sen2Search;
  go: (change: Sen2Search, replace?: boolean) => void;
  onDone: (message: string) => void;
}) {
  const council = useCouncil();
  const [removing, setRemoving] = useState<Sen2ReturnInfo | null>(null);
  const latest = list.at(-1);
  if (!latest)
    return (
      <Notice tone="inset">
        {council.can('sen2.import')
          ? 'No SEN2 return has been imported yet. Import the Blade export of your latest return to begin.'
          : 'No SEN2 return has been imported yet.'}
      </Notice>
    );
  return (
    <>
      {latest.synthetic && (
        <Notice tone="synthetic">
          These returns are synthetic: made up by a seeded generator for the demonstration, with
          Kingston&apos;s published January EHCP totals. No real child is in them.
        </Notice>
      )}
      {tab === 'returns' && (
        <>
          <ReturnsTable returns={list} onRemove={council.can('sen2.import') ? setRemoving : undefined} />
          {removing && (
            <RemoveReturnDialog
              ret={removing}
              onClose={() => setRemoving(null)}
              onRemoved={(message) => {
                setRemoving(null);
                onDone(message);
              }}
              onReplace={() => {
                setRemoving(null);
                go({ tab: 'import' });
              }}
            />
          )}
          {!council.can('sen2.import') && (
            <ReadOnly
              reading="the returns' totals, the census and the funnel"
              changing="importing a return needs the SEND, finance or administrator role"
            />
          )}
        </>
      )}
      {tab === 'quality' && (
        <QualityReport returns={list} year={search.year} onYear={(year) => go({ ...search, year }, true)} />
      )}
      {tab === 'census' && (
        <CensusView
          key={search.date ?? latest.referenceDate}
          date={search.date ?? latest.referenceDate}
          onDate={(date) => go({ ...search, date }, true)}
        />
      )}
      {tab === 'funnel' && <FunnelView by={search.by ?? 'year'} onBy={(by) => go({ ...search, by }, true)} />}
      {tab === 'urns' && <UrnLookupPanel />}
      {tab === 'inputs' && <ForecastInputsForm />}
    </>
  );
}
