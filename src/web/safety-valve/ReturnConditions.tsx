// Each condition of the agreement with the return's assurance level, progress narrative, savings achieved
// against target and its key KPIs; finance roles and the SEND service edit them while it is not locked.
import { useId, useState } from 'react';
import { Button } from '../ui/Button.tsx';
import { cx } from '../ui/cx.ts';
import { formatPounds } from '../ui/format.ts';
import { RagLabel } from '../ui/RagBadge.tsx';
import table from '../ui/table.module.css';
import { TableScroll } from '../ui/TableScroll.tsx';
import text from '../ui/text.module.css';
import { ConditionDialog } from './ConditionDialog.tsx';
import type { ReturnCondition, ReturnView } from './queries.ts';
import styles from './safetyValve.module.css';
import { assuranceLabel, formatKpiFigure } from './svFormat.ts';

const conditionTone = {
  Good: styles.conditionGood,
  Medium: styles.conditionMedium,
  Low: styles.conditionLow,
};
const assuranceTone = {
  Good: styles.assuranceGood,
  Medium: styles.assuranceMedium,
  Low: styles.assuranceLow,
};

export function ReturnConditions({ view }: { view: ReturnView }) {
  const id = useId();
  const [editing, setEditing] = useState<ReturnCondition | null>(null);
  return (
    <section aria-labelledby={`${id}-conditions`}>
      <h2 id={`${id}-conditions`}>Conditions and progress</h2>
      {view.conditions.map((c) => (
        <article
          key={c.number}
          className={cx(styles.condition, c.assurance && conditionTone[c.assurance])}
          aria-labelledby={`${id}-c-${c.number}`}
        >
          <header className={styles.conditionHead}>
            <h3 id={`${id}-c-${c.number}`}>
              Condition {c.number}: {c.title}
            </h3>
            <span
              className={cx(
                styles.assurance,
                c.assurance ? assuranceTone[c.assurance] : styles.assuranceNone,
              )}
              data-testid="assurance"
            >
              <span className="visually-hidden">Assurance level: </span>
              {assuranceLabel(c.assurance)}
            </span>
          </header>
          {c.narrative.trim() === '' ? (
            <p className={text.muted}>No progress update written yet.</p>
          ) : (
            c.narrative
              .split(/\n\s*\n/)
              .filter((p) => p.trim() !== '')
              .map((p, i) => (
                <p key={i} className={text.prose}>
                  {p}
                </p>
              ))
          )}
          {(c.savingsAchieved !== null || c.savingsTarget !== null) && (
            <p>
              <strong>Savings achieved:</strong> {formatPounds(c.savingsAchieved)} against a target of{' '}
              {formatPounds(c.savingsTarget)}.
            </p>
          )}
          {c.keyKpis.length > 0 && (
            <TableScroll label={`Key indicators for condition ${c.number}`}>
              <table className={styles.keyKpis}>
                <caption>Key indicators for condition {c.number}</caption>
                <thead>
                  <tr>
                    <th scope="col">KPI</th>
                    <th scope="col" className={table.number}>
                      Target
                    </th>
                    <th scope="col" className={table.number}>
                      Projected
                    </th>
                    <th scope="col">RAG</th>
                  </tr>
                </thead>
                <tbody>
                  {c.keyKpis.map((k) => (
                    <tr key={k.ref}>
                      <th scope="row">
                        {k.ref}. {k.name}
                      </th>
                      <td className={table.number}>{formatKpiFigure(k.unit, k.periodTarget)}</td>
                      <td className={table.number}>{formatKpiFigure(k.unit, k.value)}</td>
                      <td>
                        <RagLabel rag={k.rag} showWord={false} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
          {view.can.editConditions && (
            <Button variant="secondary" small onClick={() => setEditing(c)}>
              Edit progress<span className="visually-hidden"> on condition {c.number}</span>
            </Button>
          )}
        </article>
      ))}
      {editing && <ConditionDialog view={view} condition={editing} onClose={() => setEditing(null)} />}
    </section>
  );
}
