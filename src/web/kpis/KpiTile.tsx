// One KPI as a tile: its value against the period target, RAG in colour and words, the trend, how the
// figures were worked out, the council's comment, and (for those who may) a button to record the value.
import { useId } from 'react';
import { periodLabel } from '../../core/kpi/periodChoices';
import { KpiTrend } from '../charts/KpiTrend.tsx';
import { Button } from '../ui/Button.tsx';
import { cx } from '../ui/cx.ts';
import { RagLabel } from '../ui/RagBadge.tsx';
import text from '../ui/text.module.css';
import { directionLabel } from './kpiFormat.ts';
import styles from './kpis.module.css';
import type { DashboardKpi } from './queries.ts';
import { codesInWords } from '../ui/format.ts';

interface Props {
  kpi: DashboardKpi;
  period: string;
  onRecord?: (ref: string) => void;
}

const tileRag = { G: styles.tileG, A: styles.tileA, R: styles.tileR } as const;

export function KpiTile({ kpi, period, onRecord }: Props) {
  const id = useId();
  const label = `KPI ${kpi.ref}: ${kpi.name}`;
  const none = (words: string) => <span className={text.muted}>{words}</span>;
  return (
    <article className={cx(styles.tile, kpi.rag && tileRag[kpi.rag])} aria-labelledby={`${id}-name`}>
      <header className={styles.tileHead}>
        <h3 id={`${id}-name`}>
          <span className={styles.ref}>KPI {kpi.ref}</span> {kpi.name}
        </h3>
        <RagLabel rag={kpi.rag} />
      </header>
      <dl className={styles.figures}>
        <div className={styles.value}>
          <dt>{periodLabel(period)}</dt>
          <dd>{kpi.display.value || none('No value')}</dd>
        </div>
        <div>
          <dt>Target for {periodLabel(period)}</dt>
          <dd>{kpi.display.periodTarget || none('None set')}</dd>
        </div>
        <div>
          <dt>Annual target</dt>
          <dd>{kpi.display.annualTarget || none('None set')}</dd>
        </div>
        <div>
          <dt>Baseline</dt>
          <dd>{kpi.display.baseline || none('Not recorded')}</dd>
        </div>
      </dl>
      <KpiTrend kpi={kpi} />
      {kpi.comment && <p className={styles.comment}>{kpi.comment}</p>}
      {kpi.overridden && (
        <p className={styles.override}>
          <strong>Rated by the council, not by the rule</strong>
          {kpi.overrideReason ? `: ${kpi.overrideReason}` : '.'}
        </p>
      )}
      <details className={styles.how}>
        <summary>How this is worked out</summary>
        <ul>
          <li>
            <strong>Value:</strong>{' '}
            {kpi.computed
              ? `computed: ${codesInWords(kpi.valueHow, period)}`
              : kpi.valueHow === 'entered'
                ? 'entered by the council'
                : codesInWords(kpi.valueHow, period)}
          </li>
          <li>
            <strong>Target:</strong> {codesInWords(kpi.targetHow, period)}
          </li>
          <li>{directionLabel(kpi.direction)}.</li>
          <li>Category: {kpi.category}</li>
        </ul>
      </details>
      {onRecord && kpi.mayRecord && (
        <Button variant="secondary" small className={styles.tileAction} onClick={() => onRecord(kpi.ref)}>
          {kpi.computed ? 'Edit comment' : 'Record value'}
          <span className="visually-hidden"> for {label}</span>
        </Button>
      )}
    </article>
  );
}
