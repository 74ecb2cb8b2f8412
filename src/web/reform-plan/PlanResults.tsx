// A plan run's results: the bridge (a waterfall and its table, per year and for the plan period), each
// mitigation's saving sequential against alone (the order matters, and this shows how much), and the
// effects from cohort to pound: EHCPs by placement category, age group and need, placements moved.
import { useState } from 'react';
import { formatCount } from '../../core/money';
import { WaterfallChart } from '../charts/WaterfallChart.tsx';
import { columnLabel, keyLabel, orderedKeys } from '../forecasts/forecastLabels.ts';
import { SelectField } from '../ui/Field.tsx';
import { formatPounds } from '../ui/format.ts';
import table from '../ui/table.module.css';
import { TableScroll } from '../ui/TableScroll.tsx';
import text from '../ui/text.module.css';
import { bridgeSteps } from './bridgeSteps.ts';
import type { RunResult } from './queries.ts';

type Column = RunResult['bridge'][number];

/** A change in EHCPs, whole and signed: "−12", "+3", "0". */
const signedCount = (value: number) => {
  const whole = Math.round(value);
  return whole === 0 ? '0' : `${whole > 0 ? '+' : '−'}${formatCount(Math.abs(whole))}`;
};
const periodName = (period: string) => (period === 'plan period' ? 'the plan period' : period);

export function PlanResults({ result }: { result: RunResult }) {
  const [period, setPeriod] = useState('plan period');
  const column = result.bridge.find((c) => c.period === period) ?? result.bridge.at(-1)!;
  const illustrative = (id: string) => (result.illustrative.includes(id) ? ' (illustrative)' : '');
  return (
    <section aria-labelledby="results-heading">
      <h2 id="results-heading">Results</h2>
      <h3>The bridge</h3>
      <p className={text.hint}>
        Unmitigated cost, less each mitigation’s saving in the plan’s order, is the mitigated cost; less the
        funding{result.fundingFrom ? ` in “${result.fundingFrom}”` : ' (no plan version is chosen, so none)'},
        it leaves the in-year deficit, which adds to the deficit brought forward.
      </p>
      <SelectField
        label="Bridge for"
        value={period}
        onChange={(e) => setPeriod(e.target.value)}
        options={result.bridge.map(
          (c) => [c.period, c.period === 'plan period' ? 'The plan period' : c.period] as const,
        )}
      />
      <WaterfallChart
        title={`From unmitigated cost to the deficit, ${periodName(column.period)}`}
        steps={bridgeSteps(column)}
        caption="Totals stand on zero; savings and funding come off the bar before. Values in millions of pounds."
      />
      <BridgeTable result={result} illustrative={illustrative} />
      <EffectsTable result={result} illustrative={illustrative} />
      <BreakdownTable result={result} />
    </section>
  );
}

function BridgeTable({ result, illustrative }: { result: RunResult; illustrative: (id: string) => string }) {
  const caption = 'The bridge by financial year and for the plan period, in pounds';
  const row = (label: string, value: (c: Column) => number, total = false) => (
    <tr key={label}>
      <th scope="row">{total ? <strong>{label}</strong> : label}</th>
      {result.bridge.map((c) => (
        <td key={c.period} className={table.number}>
          {formatPounds(value(c))}
        </td>
      ))}
    </tr>
  );
  return (
    <TableScroll label={caption}>
      <table data-testid="bridge">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Step</th>
            {result.bridge.map((c) => (
              <th key={c.period} scope="col" className={table.number}>
                {c.period === 'plan period' ? 'Plan period' : c.period}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {row('Unmitigated cost', (c) => c.unmitigatedCost, true)}
          {result.run.effects.map((e, k) =>
            row(`Less: ${e.name}${illustrative(e.id)}`, (c) => c.savings[k]!.saving),
          )}
          {row('Mitigated cost', (c) => c.mitigatedCost, true)}
          {row('Funding', (c) => c.funding)}
          {row('In-year deficit', (c) => c.inYearDeficit, true)}
          {row('Cumulative deficit at the end', (c) => c.cumulativeDeficit, true)}
        </tbody>
      </table>
    </TableScroll>
  );
}

function EffectsTable({ result, illustrative }: { result: RunResult; illustrative: (id: string) => string }) {
  const caption = 'Each mitigation’s saving over the plan period: in the plan’s order and alone';
  const sum = (years: ReadonlyArray<{ saving: number }>) => years.reduce((s, y) => s + y.saving, 0);
  const last = (years: ReadonlyArray<{ ehcps: number }>) => years.at(-1)?.ehcps ?? 0;
  const moved = (years: ReadonlyArray<{ placementsMoved: number }>) =>
    years.reduce((s, y) => s + y.placementsMoved, 0);
  const finalYear = result.run.unmitigated.at(-1)?.financialYear ?? '';
  return (
    <>
      <h3>Each mitigation, in order and alone</h3>
      <p className={text.hint}>
        The order matters. “In the plan’s order” adds each mitigation on top of those before it, so these add
        up to the whole saving; “alone” runs it against the unmitigated forecast by itself. Where the two
        differ, mitigations overlap: the same children are counted by both.
      </p>
      <TableScroll label={caption}>
        <table data-testid="effects">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Order</th>
              <th scope="col">Mitigation</th>
              <th scope="col">Workstream</th>
              <th scope="col" className={table.number}>
                Saving in order
              </th>
              <th scope="col" className={table.number}>
                Saving alone
              </th>
              <th scope="col" className={table.number}>{`EHCPs in ${finalYear}, in order`}</th>
              <th scope="col" className={table.number}>{`EHCPs in ${finalYear}, alone`}</th>
              <th scope="col" className={table.number}>
                Placements moved, in order
              </th>
            </tr>
          </thead>
          <tbody>
            {result.run.effects.map((e, i) => (
              <tr key={e.id}>
                <td>{i + 1}</td>
                <th scope="row">{`${e.name}${illustrative(e.id)}`}</th>
                <td>{e.workstream}</td>
                <td className={table.number}>{formatPounds(sum(e.sequential))}</td>
                <td className={table.number}>{formatPounds(sum(e.alone))}</td>
                <td className={table.number}>{signedCount(last(e.sequential))}</td>
                <td className={table.number}>{signedCount(last(e.alone))}</td>
                <td className={table.number}>{formatCount(Math.round(moved(e.sequential)))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}

const breakdowns = ['byPlacementCategory', 'byAgeGroup', 'byNeed'] as const;

function BreakdownTable({ result }: { result: RunResult }) {
  const [group, setGroup] = useState<(typeof breakdowns)[number]>('byPlacementCategory');
  const years = result.run.unmitigated.map((y) => y.financialYear);
  const [year, setYear] = useState(years.at(-1) ?? '');
  const at = Math.max(0, years.indexOf(year));
  const unmitigated = result.run.unmitigated[at];
  const mitigated = result.run.mitigated[at];
  if (!unmitigated || !mitigated) return null;
  const keys = orderedKeys(group, Object.keys(unmitigated[group]));
  const caption = `EHCPs ${columnLabel(group).toLowerCase()} in ${year}: unmitigated, each mitigation’s effect in order, mitigated`;
  return (
    <>
      <h3>From cohort to pound: EHCPs by group</h3>
      <SelectField
        label="Group by"
        value={group}
        onChange={(e) => setGroup(e.target.value as typeof group)}
        options={breakdowns.map((g) => [g, columnLabel(g)] as const)}
      />
      <SelectField
        label="Year"
        value={year}
        onChange={(e) => setYear(e.target.value)}
        options={years.map((y) => [y, y] as const)}
      />
      <TableScroll label={caption}>
        <table data-testid="breakdown">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{columnLabel(group)}</th>
              <th scope="col" className={table.number}>
                Unmitigated
              </th>
              {result.run.effects.map((e) => (
                <th key={e.id} scope="col" className={table.number}>
                  {e.name}
                </th>
              ))}
              <th scope="col" className={table.number}>
                Mitigated
              </th>
            </tr>
          </thead>
          <tbody>
            {keys.map((key) => (
              <tr key={key}>
                <th scope="row">{keyLabel(group, key)}</th>
                <td className={table.number}>{formatCount(Math.round(unmitigated[group][key] ?? 0))}</td>
                {result.run.effects.map((e) => (
                  <td key={e.id} className={table.number}>
                    {signedCount(e.sequential[at]?.[group][key] ?? 0)}
                  </td>
                ))}
                <td className={table.number}>{formatCount(Math.round(mitigated[group][key] ?? 0))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
