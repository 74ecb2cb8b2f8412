import type { CaseloadYear, FlowYear, PanelMember, PublishedPanel } from '../core/caseloadForecast';

// A made-up panel of councils for tests and benchmarks (no real figures): caseloads from January 2010,
// growing with a common national rate each year (faster after 2015, as after the 2014 reforms), a
// lasting council drift and yearly noise; requests for assessment from 2016 and new plans from 2010
// consistent with a stock-flow (new plans follow the year before's requests; about 8% of plans end each
// year). England and the two regions are the councils' sums. Deterministic for a given seed.

function lcg(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return (state + 0.5) / 2 ** 32;
  };
}

const shares = [0.04, 0.33, 0.36, 0.21, 0.06];
const bands = ['under5', '5to10', '11to15', '16to19', '20to25'] as const;

function ages(total: number): CaseloadYear['ages'] {
  return Object.fromEntries(
    bands.map((b, i) => [b, Math.round(total * (shares[i] ?? 0))]),
  ) as CaseloadYear['ages'];
}

function sumOf(members: readonly PanelMember[], council: string, name: string): PanelMember {
  const years = members[0]?.years.map((y, i) => {
    const total = members.reduce((s, m) => s + (m.years[i]?.total ?? 0), 0);
    return { year: y.year, total, ages: ages(total) };
  });
  const flows = members[0]?.flows.map((f, i) => {
    const add = (k: 'requests' | 'newPlans') =>
      members.some((m) => m.flows[i]?.[k] === null)
        ? null
        : members.reduce((s, m) => s + (m.flows[i]?.[k] ?? 0), 0);
    return { year: f.year, requests: add('requests'), newPlans: add('newPlans') };
  });
  return { council, name, years: years ?? [], flows: flows ?? [] };
}

/** `count` synthetic councils, January 2010 to `lastYear`, with England and two regions. */
export function syntheticPanel(count: number, seed = 7, lastYear = 2025): PublishedPanel {
  const next = lcg(seed);
  const normal = () => Math.sqrt(-2 * Math.log(next())) * Math.cos(2 * Math.PI * next());
  const national = new Map<number, number>();
  for (let year = 2011; year <= lastYear + 1; year += 1)
    national.set(year, (year > 2015 ? 0.09 : 0.02) + 0.02 * normal());
  const councils: PanelMember[] = Array.from({ length: count }, (_, i) => {
    const drift = 0.02 * normal();
    const conversion = 0.6 + 0.1 * normal();
    const stock = new Map<number, number>([[2010, 300 + Math.floor(next() * 3000)]]);
    for (let year = 2011; year <= lastYear + 1; year += 1)
      stock.set(
        year,
        Math.round(
          (stock.get(year - 1) ?? 0) * Math.exp((national.get(year) ?? 0) + drift + 0.02 * normal()),
        ),
      );
    const years = [...stock]
      .filter(([year]) => year <= lastYear)
      .map(([year, total]) => ({ year, total, ages: ages(total) }));
    const flows: FlowYear[] = [];
    for (let year = 2010; year < lastYear; year += 1) {
      const newPlans = Math.max(1, Math.round((stock.get(year + 1) ?? 0) - 0.92 * (stock.get(year) ?? 0)));
      flows.push({
        year,
        newPlans,
        requests: year >= 2016 ? Math.round((newPlans / conversion) * (1 + 0.05 * normal())) : null,
      });
    }
    const code = `S${String(i + 1).padStart(2, '0')}`;
    return { council: code, name: `Synthetic ${code}`, region: i % 2 === 0 ? 'R1' : 'R2', years, flows };
  });
  const inRegion = (r: string) => councils.filter((c) => c.region === r);
  return {
    councils,
    england: sumOf(councils, 'E92000001', 'England'),
    regions: [sumOf(inRegion('R1'), 'R1', 'Region one'), sumOf(inRegion('R2'), 'R2', 'Region two')],
  };
}
