// One KPI as a tile: its value against the period target, RAG in colour and words, the trend, how the
// figures were worked out, the council's comment, and (for those who may) a button to record the value.
import { useId } from 'react';
import type { DashboardKpi } from './kpiApi.ts';
import { directionLabel, periodLabel } from './kpiFormat.ts';
import { KpiRagLabel } from './KpiRagLabel.tsx';
import { KpiTrend } from '../charts/KpiTrend.tsx';

interface Props {
  kpi: DashboardKpi;
  period: string;
  onRecord?: (kpi: DashboardKpi) => void;
}

export function KpiTile({ kpi, period, onRecord }: Props) {
  const id = useId();
  const label = `KPI ${kpi.ref}: ${kpi.name}`;
  return (
    <article className={`kpi-tile kpi-tile-${kpi.rag ?? 'none'}`} aria-labelledby={`${id}-name`}>
      <header className="kpi-tile-head">
        <h3 id={`${id}-name`}>
          <span className="kpi-ref">KPI {kpi.ref}</span> {kpi.name}
        </h3>
        <KpiRagLabel rag={kpi.rag} />
      </header>
      <dl className="kpi-figures">
        <div className="kpi-value">
          <dt>{periodLabel(period)}</dt>
          <dd>{kpi.display.value || <span className="muted">No value</span>}</dd>
        </div>
        <div>
          <dt>Target for {periodLabel(period)}</dt>
          <dd>{kpi.display.periodTarget || <span className="muted">None set</span>}</dd>
        </div>
        <div>
          <dt>Annual target</dt>
          <dd>{kpi.display.annualTarget || <span className="muted">None set</span>}</dd>
        </div>
        <div>
          <dt>Baseline</dt>
          <dd>{kpi.display.baseline || <span className="muted">n/a</span>}</dd>
        </div>
      </dl>
      <KpiTrend kpi={kpi} />
      {kpi.comment && <p className="kpi-comment">{kpi.comment}</p>}
      {kpi.overridden && (
        <p className="kpi-override">
          <strong>RAG set by the council</strong>
          {kpi.overrideReason ? `: ${kpi.overrideReason}` : '.'}
        </p>
      )}
      <details className="kpi-how">
        <summary>How this is worked out</summary>
        <ul>
          <li>
            <strong>Value:</strong>{' '}
            {kpi.computed
              ? `computed: ${kpi.valueHow}`
              : kpi.valueHow === 'entered'
                ? 'entered by the council'
                : kpi.valueHow}
          </li>
          <li>
            <strong>Target:</strong> {kpi.targetHow}
          </li>
          <li>{directionLabel(kpi.direction)}.</li>
          <li>Category: {kpi.category}</li>
        </ul>
      </details>
      {onRecord && kpi.mayRecord && (
        <button type="button" className="button button-secondary button-small" onClick={() => onRecord(kpi)}>
          {kpi.computed ? 'Edit comment' : 'Record value'}
          <span className="visually-hidden"> for {label}</span>
        </button>
      )}
    </article>
  );
}
