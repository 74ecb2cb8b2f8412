// The Savings module: one plan version's savings by workstream, memorandum workstreams apart, and the
// financial summary. The version is chosen in the address (`#/314/savings?version=…`).
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useId } from 'react';
import { useCouncil } from '../app/council.tsx';
import { defaultSavingsVersion } from '../financial-model/modelLayout.ts';
import { savingsPlanQuery, versionsQuery } from '../financial-model/queries.ts';
import { SelectField } from '../ui/Field.tsx';
import { Notice } from '../ui/Notice.tsx';
import { QueryState } from '../ui/QueryState.tsx';
import text from '../ui/text.module.css';
import styles from './savings.module.css';
import { SavingsSummaryTable } from './SavingsSummaryTable.tsx';
import { WorkstreamTable } from './WorkstreamTable.tsx';

const noWorkstream = 'No workstream';
const route = getRouteApi('/$council/savings');

export function SavingsPage() {
  const { code } = useCouncil();
  const search = route.useSearch();
  const navigate = useNavigate();
  const versions = useQuery(versionsQuery(code));
  const list = versions.data ?? [];
  const chosen = search.version ?? defaultSavingsVersion(list);

  return (
    <>
      <h1>Savings</h1>
      <p className={text.lead}>
        Savings and mitigations by workstream and year, and what they do to the DSG deficit.
      </p>
      <QueryState
        query={versions}
        loading="Loading the plan versions…"
        failed="The plan versions could not be loaded"
      >
        {() =>
          chosen === null ? (
            <Notice tone="inset">
              There are no plan versions yet. Import one on the Financial model page.
            </Notice>
          ) : (
            <>
              <SelectField
                label="Plan version"
                value={chosen}
                onChange={(event) =>
                  void navigate({
                    to: '/$council/savings',
                    params: { council: code },
                    search: { version: event.target.value },
                    replace: true,
                  })
                }
                options={list.map((v) => [v.name, v.name] as const)}
              />
              <SavingsPlanView key={chosen} name={chosen} />
            </>
          )
        }
      </QueryState>
    </>
  );
}

function SavingsPlanView({ name }: { name: string }) {
  const { code } = useCouncil();
  const plan = useQuery(savingsPlanQuery(code, name));
  const id = useId();
  return (
    <QueryState
      query={plan}
      loading="Loading the savings plan…"
      failed={`The savings of “${name}” could not be loaded`}
    >
      {(data) => {
        // Numbered as the plan numbers them; savings lines with no workstream (the server groups them under
        // "No workstream") are not a workstream of their own.
        let next = 0;
        const numbered = data.workstreams.map((workstream) => ({
          workstream,
          number: workstream.workstream === noWorkstream ? null : ++next,
        }));
        const main = numbered.filter((w) => !w.workstream.memo);
        const memo = numbered.filter((w) => w.workstream.memo);
        const table = ({ workstream, number }: (typeof numbered)[number]) => (
          <WorkstreamTable
            key={workstream.workstream}
            workstream={workstream}
            years={data.years}
            heading={
              number === null
                ? 'Savings not in a workstream'
                : `Workstream ${number}: ${workstream.workstream}`
            }
          />
        );
        return (
          <>
            <section aria-labelledby={`${id}-workstreams`}>
              <h2 id={`${id}-workstreams`}>Savings by workstream</h2>
              {main.length === 0 ? <p>This version has no savings lines.</p> : main.map(table)}
            </section>
            {memo.length > 0 && (
              <section aria-labelledby={`${id}-memo`} className={styles.memo}>
                <h2 id={`${id}-memo`}>Memorandum workstreams</h2>
                <p className={text.hint}>
                  Listed beside the plan but outside the DSG High Needs totals (for example General Fund
                  savings): they are not counted in the financial summary.
                </p>
                {memo.map(table)}
              </section>
            )}
            <section aria-labelledby={`${id}-summary`}>
              <h2 id={`${id}-summary`}>Financial summary</h2>
              <SavingsSummaryTable plan={data} />
            </section>
          </>
        );
      }}
    </QueryState>
  );
}
