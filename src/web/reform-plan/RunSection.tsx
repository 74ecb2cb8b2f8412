// Running the plan (its forecasts are jobs: the page shows forecasts done of all while it runs) and the
// what-ifs a council is asked for, one click each on top of the plan, each shown against the plan.
import { useState } from 'react';
import type { WhatIf } from '../../core/reformPlan';
import { formatCount } from '../../core/money';
import { useCouncil } from '../app/council.tsx';
import { Button, ButtonGroup } from '../ui/Button.tsx';
import { formatPounds, formatPoundsChange } from '../ui/format.ts';
import { FormError } from '../ui/FormError.tsx';
import { messageOf } from '../ui/fieldErrors.ts';
import { Notice } from '../ui/Notice.tsx';
import table from '../ui/table.module.css';
import { TableScroll } from '../ui/TableScroll.tsx';
import text from '../ui/text.module.css';
import styles from './reformPlan.module.css';
import { useRunPlan, type Plan, type PlanRun } from './queries.ts';

interface Props {
  plan: Plan;
  canRun: boolean;
  onDone: (message: string) => void;
}

/** A what-if in words. */
export function whatIfInWords(whatIf: WhatIf, plan: Plan): string {
  switch (whatIf.kind) {
    case 'requests':
      return `Requests for assessment ${whatIf.percent > 0 ? 'up' : 'down'} ${Math.abs(whatIf.percent)}%`;
    case 'conversion':
      return `Conversion of requests to plans ${whatIf.percent > 0 ? 'up' : 'down'} ${Math.abs(whatIf.percent)}%`;
    case 'costInflation':
      return `Placement costs rising ${whatIf.percent}% a year`;
    case 'expansionLate':
      return `“${plan.mitigations.find((m) => m.id === whatIf.mitigation)?.name ?? whatIf.mitigation}” a year late`;
  }
}

const unfinished = (run: PlanRun | null) => run?.status === 'queued' || run?.status === 'running';

export function RunSection({ plan, canRun, onDone }: Props) {
  const { code } = useCouncil();
  const start = useRunPlan(code, plan.id);
  const [failure, setFailure] = useState<string | null>(null);
  const { plan: latest, whatIf } = plan.runs;
  const busy = start.isPending || unfinished(latest) || unfinished(whatIf);
  const firstChanging = plan.mitigations.find((m) => (m.changes?.length ?? 0) > 0);
  const whatIfs: WhatIf[] = [
    { kind: 'requests', percent: 10 },
    { kind: 'conversion', percent: 10 },
    { kind: 'conversion', percent: -10 },
    { kind: 'costInflation', percent: 3 },
    ...(firstChanging ? [{ kind: 'expansionLate', mitigation: firstChanging.id } as const] : []),
  ];

  async function run(chosen?: WhatIf) {
    setFailure(null);
    try {
      await start.mutateAsync(chosen ? { whatIf: chosen } : {});
      onDone(
        chosen
          ? `What-if started: ${whatIfInWords(chosen, plan)}.`
          : 'The plan is running: its figures follow when it finishes.',
      );
    } catch (error) {
      setFailure(messageOf(error));
    }
  }

  return (
    <section aria-labelledby="run-heading">
      <h2 id="run-heading">Run the plan</h2>
      <p className={text.hint}>
        The unmitigated forecast and the mitigated one run on the same seed, so the difference is the
        mitigations’, not chance’s; then each mitigation is added in the plan’s order and run alone.
      </p>
      {failure !== null && <FormError>{failure}</FormError>}
      {latest && <RunState run={latest} what="The plan" />}
      {canRun && (
        <Button disabled={busy || plan.mitigations.length === 0} onClick={() => void run()}>
          {latest ? 'Run the plan again' : 'Run the plan'}
        </Button>
      )}
      {latest?.status === 'completed' && (
        <>
          <h3>What-ifs on top of the plan</h3>
          {canRun && (
            <ButtonGroup>
              {whatIfs.map((w) => (
                <Button
                  key={whatIfInWords(w, plan)}
                  variant="secondary"
                  disabled={busy}
                  onClick={() => void run(w)}
                >
                  {whatIfInWords(w, plan)}
                </Button>
              ))}
            </ButtonGroup>
          )}
          {whatIf && (
            <RunState
              run={whatIf}
              what={`What-if: ${whatIf.whatIf ? whatIfInWords(whatIf.whatIf, plan) : ''}`}
            />
          )}
          {whatIf?.status === 'completed' && whatIf.result && latest.result && (
            <WhatIfTable plan={plan} base={latest} whatIf={whatIf} />
          )}
        </>
      )}
    </section>
  );
}

function RunState({ run, what }: { run: PlanRun; what: string }) {
  if (run.status === 'failed') return <FormError>{`${what} did not finish: ${run.error ?? ''}`}</FormError>;
  if (run.status === 'completed') return null;
  return (
    <Notice role="status">
      <p>
        {run.status === 'queued'
          ? `${what}: queued, waiting for a worker.`
          : `${what}: running, ${formatCount(run.progress.done)} of ${formatCount(run.progress.total)} forecasts done.`}
      </p>
      <progress
        className={styles.progress}
        max={run.progress.total}
        value={run.progress.done}
        aria-label="Forecasts done"
      />
    </Notice>
  );
}

function WhatIfTable({ plan, base, whatIf }: { plan: Plan; base: PlanRun; whatIf: PlanRun }) {
  const caption = `${whatIf.whatIf ? whatIfInWords(whatIf.whatIf, plan) : 'What-if'}, against the plan`;
  const planYears = base.result!.run.mitigated;
  const other = whatIf.result!.run.mitigated;
  return (
    <TableScroll label={caption}>
      <table data-testid="what-if">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Year</th>
            <th scope="col" className={table.number}>
              EHCPs, plan
            </th>
            <th scope="col" className={table.number}>
              EHCPs, what-if
            </th>
            <th scope="col" className={table.number}>
              Cost, plan
            </th>
            <th scope="col" className={table.number}>
              Cost, what-if
            </th>
            <th scope="col" className={table.number}>
              Difference
            </th>
          </tr>
        </thead>
        <tbody>
          {planYears.map((y, i) => {
            const w = other[i];
            return (
              <tr key={y.financialYear}>
                <th scope="row">{y.financialYear}</th>
                <td className={table.number}>{formatCount(Math.round(y.ehcps))}</td>
                <td className={table.number}>{w ? formatCount(Math.round(w.ehcps)) : '—'}</td>
                <td className={table.number}>{formatPounds(y.cost)}</td>
                <td className={table.number}>{w ? formatPounds(w.cost) : '—'}</td>
                <td className={table.number}>{w ? formatPoundsChange(w.cost - y.cost) : '—'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
