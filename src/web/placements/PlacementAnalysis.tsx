// Cost analysis of the placement register: the headline figures, the average cost by DfE category against
// the previous register, spend by category in the year, and partner contributions against the previous
// year. Aggregates only, so every role in the council sees it.
import { useId } from 'react';
import { formatCount } from '../../core/money';
import { dateLabel } from '../../core/kpi/periodChoices';
import { BarChart } from '../charts/BarChart.tsx';
import { Facts } from '../ui/Facts.tsx';
import { formatPercent, formatPounds, formatPoundsChange } from '../ui/format.ts';
import table from '../ui/table.module.css';
import { TableScroll } from '../ui/TableScroll.tsx';
import type { PlacementSummary } from './queries.ts';
import { SyntheticNotice } from './SyntheticNotice.tsx';

interface Props {
  summary: PlacementSummary;
  /** The summary of the register before it, to compare average costs with (none for the first). */
  previous: PlacementSummary | null;
}

export function PlacementAnalysis({ summary: s, previous: before }: Props) {
  const id = useId();
  const categories = Object.keys(s.averageCostByCategory);
  const thisName = `As at ${dateLabel(s.asAt)}`;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>Cost analysis, {s.financialYear}</h2>
      {s.snapshot.synthetic && <SyntheticNotice />}
      <Facts
        layout="boxes"
        testId="headline-figures"
        items={[
          ['Placements open', formatCount(s.placements)],
          ['Children with a placement', formatCount(s.children)],
          [`Gross cost in ${s.financialYear}`, formatPounds(s.totalCost)],
          ['Average cost of an EHCP', formatPounds(s.averageCostOfEhcp)],
          ['Independent sector share of spend', formatPercent(s.independentSectorSharePct)],
          ['Committed to 31 March', formatPounds(s.commitments.committed)],
        ]}
      />
      <h3>Average annual cost by placement category</h3>
      <BarChart
        title={`Average annual cost of a placement by DfE category: register as at ${dateLabel(s.asAt)}${before ? ` against ${dateLabel(before.asAt)}` : ''}`}
        categories={categories}
        series={[
          { name: thisName, values: categories.map((c) => s.averageCostByCategory[c]?.average ?? null) },
          ...(before
            ? [
                {
                  name: `As at ${dateLabel(before.asAt)}`,
                  values: categories.map((c) => before.averageCostByCategory[c]?.average ?? null),
                },
              ]
            : []),
        ]}
        format={formatPounds}
        valueTitle="Average annual cost (£)"
      />
      <AverageTable summary={s} previous={before} />
      <h3>Spend by placement category in {s.financialYear}</h3>
      <BarChart
        title={`Gross placement spend in ${s.financialYear} by DfE category, register as at ${dateLabel(s.asAt)}`}
        categories={categories}
        series={[
          { name: `Spend in ${s.financialYear}`, values: categories.map((c) => s.spendByCategory[c] ?? 0) },
        ]}
        format={formatPounds}
        valueTitle="Gross spend (£)"
      />
      <Contributions summary={s} />
    </section>
  );
}

function AverageTable({
  summary: s,
  previous,
}: {
  summary: PlacementSummary;
  previous: PlacementSummary | null;
}) {
  return (
    <TableScroll label="Average annual cost by DfE placement category">
      <table data-testid="average-cost-table">
        <caption className="visually-hidden">Average annual cost by DfE placement category</caption>
        <thead>
          <tr>
            <th scope="col">Category</th>
            <th scope="col" className={table.number}>
              Placements
            </th>
            <th scope="col" className={table.number}>
              Average, {dateLabel(s.asAt)}
            </th>
            {previous && (
              <th scope="col" className={table.number}>
                Average, {dateLabel(previous.asAt)}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {Object.entries(s.averageCostByCategory).map(([name, a]) => (
            <tr key={name}>
              <th scope="row">{name.charAt(0).toUpperCase() + name.slice(1)}</th>
              <td className={table.number}>{formatCount(a.count)}</td>
              <td className={table.number}>{formatPounds(a.average)}</td>
              {previous && (
                <td className={table.number}>
                  {formatPounds(previous.averageCostByCategory[name]?.average)}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function Contributions({ summary: s }: { summary: PlacementSummary }) {
  const changes = s.contributionChanges;
  const partners = Object.keys(s.contributionsByPartner) as Array<
    keyof PlacementSummary['contributionsByPartner']
  >;
  const labels = partners.map((p) => s.labels.partners[p] ?? p);
  const previousOf = (p: string) => changes?.rows.find((r) => r.partner === p)?.previous ?? null;
  return (
    <>
      <h3>Partner contributions</h3>
      <BarChart
        title={`Contributions by partner in ${s.financialYear}${changes ? ` against ${changes.previousYear}` : ''}`}
        categories={labels}
        series={[
          { name: s.financialYear, values: partners.map((p) => s.contributionsByPartner[p]) },
          ...(changes ? [{ name: changes.previousYear, values: partners.map(previousOf) }] : []),
        ]}
        format={formatPounds}
        valueTitle="Contribution (£)"
      />
      <TableScroll label="Partner contributions">
        <table data-testid="contributions-table">
          <caption>
            Contributions from health and social care in {s.financialYear}
            {changes
              ? `, and the change relative to ${changes.previousYear} (register as at ${dateLabel(changes.previousAsAt)})`
              : ' (no register of the previous year to compare)'}
          </caption>
          <thead>
            <tr>
              <th scope="col">Partner</th>
              <th scope="col" className={table.number}>
                {s.financialYear}
              </th>
              {changes && (
                <th scope="col" className={table.number}>
                  {changes.previousYear}
                </th>
              )}
              {changes && (
                <th scope="col" className={table.number}>
                  Change
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {partners.map((p, i) => {
              const row = changes?.rows.find((r) => r.partner === p);
              return (
                <tr key={p}>
                  <th scope="row">{labels[i]}</th>
                  <td className={table.number}>{formatPounds(s.contributionsByPartner[p])}</td>
                  {changes && <td className={table.number}>{formatPounds(row?.previous)}</td>}
                  {changes && <td className={table.number}>{formatPoundsChange(row?.change)}</td>}
                </tr>
              );
            })}
            <tr className={table.total}>
              <th scope="row">Total</th>
              <td className={table.number}>
                {formatPounds(partners.reduce((sum, p) => sum + s.contributionsByPartner[p], 0))}
              </td>
              {changes && <td className={table.number}>{formatPounds(changes.total.previous)}</td>}
              {changes && <td className={table.number}>{formatPoundsChange(changes.total.change)}</td>}
            </tr>
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
