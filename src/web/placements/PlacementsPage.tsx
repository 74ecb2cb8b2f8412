// The placement register module: cost analysis (every role), the register's rows (roles that may read
// placement records), the import wizard (roles that may import) and the registers held with what changed.
import { useState } from 'react';
import { ImportRegisterWizard } from './ImportRegisterWizard.tsx';
import { PlacementAnalysis } from './PlacementAnalysis.tsx';
import { getSummary, listSnapshots, type SnapshotInfo } from './placementsApi.ts';
import { AggregatesOnly, RegisterTable } from './RegisterTable.tsx';
import type { CouncilViewState } from '../app/Shell.tsx';
import { SnapshotsPanel } from './SnapshotsPanel.tsx';
import { StatusMessage } from '../ui/StatusMessage.tsx';
import { useLoaded } from '../app/useLoaded.ts';

type Tab = 'analysis' | 'register' | 'import' | 'registers';
const tabNames: Record<Tab, string> = {
  analysis: 'Cost analysis',
  register: 'Register',
  import: 'Import',
  registers: 'Registers held',
};

interface Props {
  code: string;
  state: CouncilViewState;
}

export function PlacementsPage({ code, state }: Props) {
  const [tab, setTab] = useState<Tab>('analysis');
  const [chosen, setChosen] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const snapshots = useLoaded(`${code}|snapshots`, () => listSnapshots(code).then((r) => r.snapshots));
  const permissions = state.status === 'loaded' ? state.view.permissions : null;
  const canRead = permissions?.readPlacementRecords === true;
  const canImport = permissions?.importPlacements === true;
  const tabs = (Object.keys(tabNames) as Tab[]).filter((t) => t !== 'import' || canImport);

  const list = snapshots.state.status === 'loaded' ? snapshots.state.data : [];
  const current = list.find((s) => s.asAt === chosen) ?? list.at(-1);
  const previous = current ? list[list.indexOf(current) - 1] : undefined;

  return (
    <>
      <h1>Placements</h1>
      <p className="lead">
        The register of placements of children and young people with an EHCP: what each costs, averages by
        category, and contributions from partners.
      </p>
      {done && <StatusMessage takeFocus>{done}</StatusMessage>}
      {snapshots.state.status === 'failed' && (
        <p className="error-summary" role="alert">
          {snapshots.state.message}
        </p>
      )}
      <div className="tabs" role="tablist" aria-label="Placement register">
        {tabs.map((t) => (
          <button
            key={t}
            type="button"
            role="tab"
            aria-selected={tab === t}
            className={`tab${tab === t ? ' tab-current' : ''}`}
            onClick={() => setTab(t)}
          >
            {tabNames[t]}
          </button>
        ))}
      </div>
      {list.length > 1 && tab !== 'import' && tab !== 'registers' && (
        <label className="inline-field">
          Register as at{' '}
          <select value={current?.asAt ?? ''} onChange={(event) => setChosen(event.target.value)}>
            {list.map((s) => (
              <option key={s.asAt} value={s.asAt}>
                {s.asAt}
                {s.synthetic ? ' (synthetic)' : ''}
              </option>
            ))}
          </select>
        </label>
      )}
      <div role="tabpanel" aria-label={tabNames[tab]}>
        {tab === 'import' ? (
          <ImportRegisterWizard
            code={code}
            onImported={(snapshot: SnapshotInfo) => {
              setDone(`Imported ${snapshot.placements} placements as the register as at ${snapshot.asAt}.`);
              setChosen(snapshot.asAt);
              setTab('registers');
              void snapshots.reload();
            }}
          />
        ) : snapshots.state.status === 'loading' ? (
          <p>Loading the registers…</p>
        ) : !current ? (
          <p>No placement register has been imported yet.{canImport ? ' Use Import to add one.' : ''}</p>
        ) : tab === 'registers' ? (
          <SnapshotsPanel code={code} snapshots={list} />
        ) : tab === 'register' && !canRead ? (
          <AggregatesOnly />
        ) : (
          <SnapshotView code={code} snapshot={current} previous={previous} tab={tab} canRead={canRead} />
        )}
      </div>
    </>
  );
}

function SnapshotView({
  code,
  snapshot,
  previous,
  tab,
  canRead,
}: {
  code: string;
  snapshot: SnapshotInfo;
  previous: SnapshotInfo | undefined;
  tab: Tab;
  canRead: boolean;
}) {
  const { state } = useLoaded(`${code}|${snapshot.asAt}|${previous?.asAt ?? ''}`, async () => ({
    current: await getSummary(code, snapshot.asAt),
    previous: previous ? await getSummary(code, previous.asAt) : null,
  }));
  if (state.status === 'loading') return <p>Loading the register…</p>;
  if (state.status === 'failed')
    return (
      <p className="error-summary" role="alert">
        {state.message}
      </p>
    );
  const { current, previous: before } = state.data;
  if (tab === 'register')
    return (
      <RegisterTable
        code={code}
        snapshot={snapshot}
        canRead={canRead}
        categories={current.labels.categories}
        councilCategories={current.labels.councilCategories}
      />
    );
  return <PlacementAnalysis summary={current} previous={before} />;
}
