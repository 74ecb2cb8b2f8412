// EHCP numbers against target: for each EHCP KPI of the return, bars for the baseline, the target for
// the period and the value, the figure printed at the end of each bar and the RAG written beside the
// KPI's name. Counts and rates are drawn apart; the quarterly report PDF draws the same charts.
import { ehcpKpiGroups, ehcpTargetChart } from '../charts/index.ts';
import { PlotFigure } from './PlotFigure.tsx';
import type { KeyKpi } from './safetyValveApi.ts';

export function EhcpChart({ kpis }: { kpis: KeyKpi[] }) {
  const groups = ehcpKpiGroups(kpis);
  if (groups.length === 0) return <p>No EHCP figures are held for this return.</p>;
  return (
    <div className="ehcp-charts">
      {groups.map((group) => (
        <PlotFigure
          key={group.map((k) => k.ref).join(' ')}
          draw={(options) => ehcpTargetChart(group, options)}
        />
      ))}
    </div>
  );
}
