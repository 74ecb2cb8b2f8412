// Seed 003, "KINGSTON FINANCIAL MODEL MONITORING", 2021/22: Financial Model vs May Projection, £m, RAG.
import { describe, expect, it } from 'vitest';
import { kingstonTolerance, monitoringTable } from '../../core/finance';
import { readKingstonPlan } from './demoFiles';

const published = `HNB allocation	25.897	25.897	0.000	G
Budget additions (transfers)	0.462	0.663	0.201	G
Total budget	26.359	26.560	0.201	G
HNB expenditure before savings	33.052	32.208	-0.844	G
Increased places in Specialist Resource Provisions (SRP)	-0.071	-0.056	0.015	G
Review of SRP vacant place funding	-0.073	-0.041	0.032	G
Increased special school places	-0.047	-0.042	0.005	G
Development of post 16 offer	-0.120	-0.046	0.074	A
Improved commissioning practice including annual reviews	-0.351	-0.107	0.244	A
Contributions from other partners (health & social care)	-0.599	-0.235	0.364	A
HNB expenditure after savings	31.791	31.680	-0.111	G
Net HNB deficit	5.432	5.120	-0.312	G
Variance in other DSG blocks	-0.750	-0.435	0.315	A
General Fund Contribution	-1.200	-1.200	0.000	G
Net HNB Deficit	3.482	3.485	0.003	G
Net DSG deficit - cumulative before safety valve	28.607	27.886	-0.721	G
Net DSG deficit - cumulative after max safety valve	11.607	10.886	-0.721	G`;

/** £m to 3 decimals as the return prints them (no minus sign on a variance that rounds to zero). */
const millions = (pence: number) => {
  const text = (pence / 100 / 1e6).toFixed(3);
  return text === '-0.000' ? '0.000' : text;
};

describe('financial model monitoring table 2021-22 (seed 003)', () => {
  const rows = monitoringTable(
    readKingstonPlan('safetyValveAgreement2021'),
    readKingstonPlan('latestForecastMay2021'),
    '2021-22',
    kingstonTolerance,
  );
  const printed = rows.map((r) =>
    [r.label, millions(r.model), millions(r.projection), millions(r.variance), r.rag].join('\t'),
  );
  it.each(published.split('\n').map((line, i) => [line.split('\t')[0], i, line] as const))(
    '%s',
    (_label, i, line) => {
      expect(printed[i]).toBe(line);
    },
  );
  it('has exactly the published rows', () => expect(printed).toHaveLength(17));
});
