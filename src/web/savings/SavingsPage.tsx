// The Savings module: one plan version's savings by workstream, memorandum workstreams apart, and the
// financial summary. The version is chosen in the hash (`#/314/savings?version=…`).
import { useId } from 'react';
import { getSavingsPlan, listVersions } from '../financial-model/modelApi.ts';
import { defaultSavingsVersion } from '../financial-model/modelLayout.ts';
import { parseSubRoute, replaceHash, subHashFor, useHash } from '../app/route.ts';
import { SavingsSummaryTable } from './SavingsSummaryTable.tsx';
import { useLoaded } from '../app/useLoaded.ts';
import { WorkstreamTable } from './WorkstreamTable.tsx';

const noWorkstream = 'No workstream';

export function SavingsPage({ code }: { code: string }) {
  const { query } = parseSubRoute(useHash());
  const { state } = useLoaded(code, () => listVersions(code));
  const id = useId();
  const versions = state.status === 'loaded' ? state.data.versions : [];
  const chosen = query.get('version') ?? defaultSavingsVersion(versions);

  return (
    <>
      <h1>Savings</h1>
      <p className="lead">
        Savings and mitigations by workstream and year, and what they do to the DSG deficit.
      </p>
      {state.status === 'loading' && <p role="status">Loading the plan versions…</p>}
      {state.status === 'failed' && (
        <p className="error-summary" role="alert">
          The plan versions could not be loaded: {state.message}
        </p>
      )}
      {state.status === 'loaded' && chosen === null && (
        <div className="inset">
          <p>There are no plan versions yet. Import one on the Financial model page.</p>
        </div>
      )}
      {chosen !== null && versions.length > 0 && (
        <>
          <div className="field">
            <label htmlFor={`${id}-version`}>Plan version</label>
            <select
              id={`${id}-version`}
              value={chosen}
              onChange={(event) =>
                replaceHash(subHashFor(code, 'savings', [], { version: event.target.value }))
              }
            >
              {versions.map((v) => (
                <option key={v.id} value={v.name}>
                  {v.name}
                </option>
              ))}
            </select>
          </div>
          <SavingsPlanView key={chosen} code={code} name={chosen} />
        </>
      )}
    </>
  );
}

function SavingsPlanView({ code, name }: { code: string; name: string }) {
  const { state } = useLoaded(name, () => getSavingsPlan(code, name));
  const id = useId();
  if (state.status === 'loading') return <p role="status">Loading the savings plan…</p>;
  if (state.status === 'failed') {
    return (
      <p className="error-summary" role="alert">
        The savings of “{name}” could not be loaded: {state.message}
      </p>
    );
  }
  const plan = state.data;
  // Numbered as the plan numbers them; savings lines with no workstream (the server groups them under
  // "No workstream") are not a workstream of their own.
  let next = 0;
  const numbered = plan.workstreams.map((workstream) => ({
    workstream,
    number: workstream.workstream === noWorkstream ? null : ++next,
  }));
  const main = numbered.filter((w) => !w.workstream.memo);
  const memo = numbered.filter((w) => w.workstream.memo);
  const table = ({ workstream, number }: (typeof numbered)[number]) => (
    <WorkstreamTable
      key={workstream.workstream}
      workstream={workstream}
      years={plan.years}
      heading={
        number === null ? 'Savings not in a workstream' : `Workstream ${number}: ${workstream.workstream}`
      }
      headingId={`${id}-ws-${number ?? 'none'}`}
    />
  );
  return (
    <>
      <section aria-labelledby={`${id}-workstreams`}>
        <h2 id={`${id}-workstreams`}>Savings by workstream</h2>
        {main.length === 0 ? <p>This version has no savings lines.</p> : main.map(table)}
      </section>
      {memo.length > 0 && (
        <section aria-labelledby={`${id}-memo`} className="memo">
          <h2 id={`${id}-memo`}>Memorandum workstreams</h2>
          <p className="hint">
            Listed beside the plan but outside the DSG High Needs totals (for example General Fund savings):
            they are not counted in the financial summary.
          </p>
          {memo.map(table)}
        </section>
      )}
      <section aria-labelledby={`${id}-summary`}>
        <h2 id={`${id}-summary`}>Financial summary</h2>
        <SavingsSummaryTable plan={plan} />
      </section>
    </>
  );
}
