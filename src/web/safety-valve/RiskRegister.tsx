// The risk register of the return: each risk with likelihood and impact (1 to 5), their score, the
// mitigation, owner and trend.
import { useId, useState } from 'react';
import { RiskRegisterDialog } from './RiskRegisterDialog.tsx';
import type { ReturnView } from './safetyValveApi.ts';
import { trendLabel } from './svFormat.ts';

interface Props {
  code: string;
  view: ReturnView;
  reload: () => Promise<void>;
}

export function RiskRegister({ code, view, reload }: Props) {
  const id = useId();
  const [editing, setEditing] = useState(false);
  const risks = view.risks;
  return (
    <section aria-labelledby={`${id}-risks`}>
      <h2 id={`${id}-risks`}>Risk register</h2>
      {risks.length === 0 ? (
        <p>No risks are recorded in this return.</p>
      ) : (
        <div className="table-scroll">
          <table className="risk-table">
            <caption>Likelihood and impact from 1 (lowest) to 5; the score is their product.</caption>
            <thead>
              <tr>
                <th scope="col">Risk</th>
                <th scope="col" className="number">
                  Likelihood
                </th>
                <th scope="col" className="number">
                  Impact
                </th>
                <th scope="col" className="number">
                  Score
                </th>
                <th scope="col">Mitigation</th>
                <th scope="col">Owner</th>
                <th scope="col">Trend</th>
              </tr>
            </thead>
            <tbody>
              {risks.map((r, i) => (
                <tr key={i}>
                  <th scope="row">{r.risk}</th>
                  <td className="number">{r.likelihood ?? '—'}</td>
                  <td className="number">{r.impact ?? '—'}</td>
                  <td className="number">{r.score ?? 'Not scored'}</td>
                  <td>{r.mitigation}</td>
                  <td>{r.owner ?? '—'}</td>
                  <td>{trendLabel(r.trend)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {view.can.edit && (
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={() => setEditing(true)}
        >
          Edit the risk register
        </button>
      )}
      {editing && (
        <RiskRegisterDialog
          code={code}
          view={view}
          onClose={() => setEditing(false)}
          onSaved={async () => {
            await reload();
            setEditing(false);
          }}
          reload={reload}
        />
      )}
    </section>
  );
}
