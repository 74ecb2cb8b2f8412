// Cost analysis of the placement register: the headline figures, the average cost by DfE category against
// the previous register, spend by category in the year, and partner contributions against the previous
// year. Aggregates only, so every role in the council sees it.
import { BarChart } from './BarChart.tsx';
import { formatPercent, formatPounds } from './format.ts';
import type { PlacementSummary } from './placementsApi.ts';
import { SyntheticNotice } from './SyntheticNotice.tsx';

interface Props {
  summary: PlacementSummary;
  /** The summary of the register before it, to compare average costs with (none for the first). */
  previous: PlacementSummary | null;
}

export function PlacementAnalysis({ summary: s, previous: before }: Props) {
  const categories = Object.keys(s.averageCostByCategory);
  const thisName = `As at ${s.asAt}`;
  return (
    <section aria-labelledby="analysis-heading">
      <h2 id="analysis-heading">Cost analysis, {s.financialYear}</h2>
      {s.snapshot.synthetic && <SyntheticNotice />}
      <Headline summary={s} />
      <h3>Average annual cost by placement category</h3>
      <BarChart
        title={`Average annual cost of a placement by DfE category: register as at ${s.asAt}${before ? ` against ${before.asAt}` : ''}`}
        categories={categories}
        series={[
          { name: thisName, values: categories.map((c) => s.averageCostByCategory[c]?.average ?? null) },
          ...(before
            ? [
                {
                  name: `As at ${before.asAt}`,
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
        title={`Gross placement spend in ${s.financialYear} by DfE category, register as at ${s.asAt}`}
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

function Headline({ summary: s }: { summary: PlacementSummary }) {
  const items: Array<[string, string]> = [
    ['Placements open', s.placements.toLocaleString('en-GB')],
    ['Children with a placement', s.children.toLocaleString('en-GB')],
    [`Gross cost in ${s.financialYear}`, formatPounds(s.totalCost)],
    ['Average cost of an EHCP', formatPounds(s.averageCostOfEhcp)],
    ['Independent sector share of spend', formatPercent(s.independentSectorSharePct)],
    ['Committed to 31 March', formatPounds(s.commitments.committed)],
  ];
  return (
    <dl className="headline-figures">
      {items.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
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
    <div className="table-scroll">
      <table className="data-table">
        <caption className="visually-hidden">Average annual cost by DfE placement category</caption>
        <thead>
          <tr>
            <th scope="col">Category</th>
            <th scope="col" className="number">
              Placements
            </th>
            <th scope="col" className="number">
              Average, {s.asAt}
            </th>
            {previous && (
              <th scope="col" className="number">
                Average, {previous.asAt}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {Object.entries(s.averageCostByCategory).map(([name, a]) => (
            <tr key={name}>
              <th scope="row">{name}</th>
              <td className="number">{a.count}</td>
              <td className="number">{formatPounds(a.average)}</td>
              {previous && (
                <td className="number">{formatPounds(previous.averageCostByCategory[name]?.average)}</td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
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
      <div className="table-scroll">
        <table className="data-table">
          <caption>
            Contributions from health and social care in {s.financialYear}
            {changes
              ? `, and the change relative to ${changes.previousYear} (register as at ${changes.previousAsAt})`
              : ' (no register of the previous year to compare)'}
          </caption>
          <thead>
            <tr>
              <th scope="col">Partner</th>
              <th scope="col" className="number">
                {s.financialYear}
              </th>
              {changes && (
                <th scope="col" className="number">
                  {changes.previousYear}
                </th>
              )}
              {changes && (
                <th scope="col" className="number">
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
                  <td className="number">{formatPounds(s.contributionsByPartner[p])}</td>
                  {changes && <td className="number">{formatPounds(row?.previous)}</td>}
                  {changes && <td className="number">{formatSigned(row?.change)}</td>}
                </tr>
              );
            })}
            <tr className="total">
              <th scope="row">Total</th>
              <td className="number">
                {formatPounds(partners.reduce((sum, p) => sum + s.contributionsByPartner[p], 0))}
              </td>
              {changes && <td className="number">{formatPounds(changes.total.previous)}</td>}
              {changes && <td className="number">{formatSigned(changes.total.change)}</td>}
            </tr>
          </tbody>
        </table>
      </div>
    </>
  );
}

/** "+£69,000", "-£111,000", "£0". */
function formatSigned(pence: number | undefined): string {
  if (pence === undefined) return '—';
  return pence > 0 ? `+${formatPounds(pence)}` : formatPounds(pence);
}
