// The placement register module: cost analysis (every role), the register's rows (roles that may read
// placement records), the import wizard (roles that may import) and the registers held with what changed.
// The tab, the register shown and the filters are in the address.
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { dateLabel } from '../../core/kpi/periodChoices';
import { useCouncil } from '../app/council.tsx';
import { SelectField } from '../ui/Field.tsx';
import { FormError } from '../ui/FormError.tsx';
import { messageOf } from '../ui/fieldErrors.ts';
import { Notice } from '../ui/Notice.tsx';
import { QueryState } from '../ui/QueryState.tsx';
import { StatusMessage } from '../ui/StatusMessage.tsx';
import { TabPanel, Tabs } from '../ui/SubNav.tsx';
import text from '../ui/text.module.css';
import { ImportRegisterWizard } from './ImportRegisterWizard.tsx';
import { PlacementAnalysis } from './PlacementAnalysis.tsx';
import styles from './placements.module.css';
import { snapshotsQuery, summaryQuery, type SnapshotInfo } from './queries.ts';
import { AggregatesOnly, RegisterTable } from './RegisterTable.tsx';
import type { PlacementsSearch, PlacementTab } from './search.ts';
import { SnapshotsPanel } from './SnapshotsPanel.tsx';

const tabNames: Record<PlacementTab, string> = {
  analysis: 'Cost analysis',
  register: 'Register',
  import: 'Import',
  registers: 'Registers held',
};

const route = getRouteApi('/$council/placements');

export function PlacementsPage() {
  const council = useCouncil();
  const search = route.useSearch();
  const navigate = useNavigate();
  const [done, setDone] = useState<string | null>(null);
  const snapshots = useQuery(snapshotsQuery(council.code));
  const canRead = council.can('placements.readRecords');
  const canImport = council.can('placements.import');
  const tab = search.tab === 'import' && !canImport ? 'analysis' : (search.tab ?? 'analysis');
  const tabs = (Object.keys(tabNames) as PlacementTab[])
    .filter((t) => t !== 'import' || canImport)
    .map((t) => [t, tabNames[t]] as const);
  const go = (change: PlacementsSearch, replace = false) =>
    void navigate({ to: '/$council/placements', params: { council: council.code }, search: change, replace });

  const list = snapshots.data ?? [];
  const current = list.find((s) => s.asAt === search.asAt) ?? list.at(-1);
  const previous = current ? list[list.indexOf(current) - 1] : undefined;

  return (
    <>
      <h1>Placements</h1>
      <p className={text.lead}>
        The register of placements of children and young people with an EHCP: what each costs, averages by
        category, and contributions from partners.
      </p>
      {done && <StatusMessage takeFocus>{done}</StatusMessage>}
      {snapshots.error && (
        <FormError>{`The registers could not be loaded: ${messageOf(snapshots.error)}`}</FormError>
      )}
      <Tabs
        label="Placement register"
        tabs={tabs}
        current={tab}
        onChoose={(t) => go({ tab: t === 'analysis' ? undefined : t, asAt: search.asAt })}
      />
      {list.length > 1 && (tab === 'analysis' || tab === 'register') && current && (
        <div className={styles.registerAsAt}>
          <SelectField
            label="Register as at"
            value={current.asAt}
            onChange={(event) => go({ ...search, asAt: event.target.value, page: undefined }, true)}
            options={list.map(
              (s) => [s.asAt, `${dateLabel(s.asAt)}${s.synthetic ? ' (synthetic)' : ''}`] as const,
            )}
          />
        </div>
      )}
      <TabPanel current={tab}>
        {tab === 'import' ? (
          <ImportRegisterWizard
            onImported={(snapshot: SnapshotInfo) => {
              setDone(
                `Imported ${snapshot.placements} placements as the register as at ${dateLabel(snapshot.asAt)}.`,
              );
              go({ tab: 'registers', asAt: snapshot.asAt });
            }}
          />
        ) : snapshots.isPending ? (
          <p role="status">Loading the registers…</p>
        ) : !current ? (
          <Notice tone="inset">{`No placement register has been imported yet.${canImport ? ' Use Import to add one.' : ''}`}</Notice>
        ) : tab === 'registers' ? (
          <SnapshotsPanel snapshots={list} search={search} onRemoved={setDone} />
        ) : tab === 'register' && !canRead ? (
          <AggregatesOnly />
        ) : tab === 'register' ? (
          <RegisterTable snapshot={current} search={search} />
        ) : (
          <Analysis snapshot={current} previous={previous} />
        )}
      </TabPanel>
    </>
  );
}

function Analysis({ snapshot, previous }: { snapshot: SnapshotInfo; previous: SnapshotInfo | undefined }) {
  const { code } = useCouncil();
  const current = useQuery(summaryQuery(code, snapshot.asAt));
  const before = useQuery({ ...summaryQuery(code, previous?.asAt ?? ''), enabled: previous !== undefined });
  return (
    <QueryState query={current} loading="Loading the register…" failed="The register could not be loaded">
      {(summary) => (
        <PlacementAnalysis summary={summary} previous={previous ? (before.data ?? null) : null} />
      )}
    </QueryState>
  );
}
