// Each condition of the agreement with the return's assurance level, progress narrative, savings achieved
// against target and its key KPIs; finance roles and the SEND service edit them while it is not locked.
import { useId, useState } from 'react';
import { formatPounds } from '../ui/format.ts';
import { KpiRagLabel } from '../kpis/KpiRagLabel.tsx';
import { ConditionDialog } from './ConditionDialog.tsx';
import type { ReturnCondition, ReturnView } from './safetyValveApi.ts';
import { assuranceLabel, formatKpiFigure } from './svFormat.ts';

interface Props {
  code: string;
  view: ReturnView;
  reload: () => Promise<void>;
}

export function ReturnConditions({ code, view, reload }: Props) {
  const id = useId();
  const [editing, setEditing] = useState<ReturnCondition | null>(null);
  return (
    <section aria-labelledby={`${id}-conditions`}>
      <h2 id={`${id}-conditions`}>Conditions and progress</h2>
      {view.conditions.map((c) => (
        <article key={c.number} className="sv-condition" aria-labelledby={`${id}-c-${c.number}`}>
          <header className="sv-condition-head">
            <h3 id={`${id}-c-${c.number}`}>
              Condition {c.number}: {c.title}
            </h3>
            <span className={`assurance assurance-${c.assurance ?? 'none'}`}>
              <span className="visually-hidden">Assurance level: </span>
              {assuranceLabel(c.assurance)}
            </span>
          </header>
          {c.narrative.trim() === '' ? (
            <p className="muted">No progress update written yet.</p>
          ) : (
            c.narrative
              .split(/\n\s*\n/)
              .filter((p) => p.trim() !== '')
              .map((p, i) => (
                <p key={i} className="sv-narrative">
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
            <table className="key-kpis">
              <caption>Key indicators for condition {c.number}</caption>
              <thead>
                <tr>
                  <th scope="col">KPI</th>
                  <th scope="col" className="number">
                    Target
                  </th>
                  <th scope="col" className="number">
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
                    <td className="number">{formatKpiFigure(k.unit, k.periodTarget)}</td>
                    <td className="number">{formatKpiFigure(k.unit, k.value)}</td>
                    <td>
                      <KpiRagLabel rag={k.rag} showWord={false} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {view.can.editConditions && (
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={() => setEditing(c)}
            >
              Edit progress<span className="visually-hidden"> on condition {c.number}</span>
            </button>
          )}
        </article>
      ))}
      {editing && (
        <ConditionDialog
          code={code}
          view={view}
          condition={editing}
          onClose={() => setEditing(null)}
          onSaved={async () => {
            await reload();
            setEditing(null);
          }}
          reload={reload}
        />
      )}
    </section>
  );
}
