// The bridge of one period as the waterfall draws it: the totals stand on zero, each saving and the
// funding come off the bar before (negative changes), and what is left is the in-year deficit.
import type { WaterfallStep } from '../../charts/index.ts';
import type { RunResult } from './queries.ts';

/** The waterfall's steps for one column of the bridge (a financial year or the plan period). */
export function bridgeSteps(column: RunResult['bridge'][number]): WaterfallStep[] {
  return [
    { label: 'Unmitigated cost', kind: 'total', value: column.unmitigatedCost },
    ...column.savings.map((s) => ({ label: s.name, kind: 'change' as const, value: -s.saving })),
    { label: 'Mitigated cost', kind: 'total', value: column.mitigatedCost },
    { label: 'Funding', kind: 'change', value: -column.funding },
    { label: 'In-year deficit', kind: 'total', value: column.inYearDeficit },
  ];
}
