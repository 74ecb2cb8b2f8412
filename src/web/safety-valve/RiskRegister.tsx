// The risk register of the return: each risk with likelihood and impact (1 to 5), their score, the
// mitigation, owner and trend.
import { useId, useState } from 'react';
import { Button } from '../ui/Button.tsx';
import { noFigure } from '../ui/format.ts';
import table from '../ui/table.module.css';
import { TableScroll } from '../ui/TableScroll.tsx';
import type { ReturnView } from './queries.ts';
import { RiskRegisterDialog } from './RiskRegisterDialog.tsx';
import styles from './safetyValve.module.css';
import { trendLabel } from './svFormat.ts';

export function RiskRegister({ view }: { view: ReturnView }) {
  const id = useId();
  const [editing, setEditing] = useState(false);
  const risks = view.risks;
  return (
    <section aria-labelledby={`${id}-risks`}>
      <h2 id={`${id}-risks`}>Risk register</h2>
      {risks.length === 0 ? (
        <p>No risks are recorded in this return.</p>
      ) : (
        <TableScroll label="Risk register">
          <table>
            <caption>Likelihood and impact from 1 (lowest) to 5; the score is their product.</caption>
            <thead>
              <tr>
                <th scope="col">Risk</th>
                <th scope="col" className={table.number}>
                  Likelihood
                </th>
                <th scope="col" className={table.number}>
                  Impact
                </th>
                <th scope="col" className={table.number}>
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
                  <th scope="row" className={styles.riskText}>
                    {r.risk}
                  </th>
                  <td className={table.number}>{r.likelihood ?? noFigure}</td>
                  <td className={table.number}>{r.impact ?? noFigure}</td>
                  <td className={table.number}>{r.score ?? 'Not scored'}</td>
                  <td className={styles.riskText}>{r.mitigation}</td>
                  <td>{r.owner ?? noFigure}</td>
                  <td>{trendLabel(r.trend)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {view.can.edit && (
        <Button variant="secondary" small onClick={() => setEditing(true)}>
          Edit the risk register
        </Button>
      )}
      {editing && <RiskRegisterDialog view={view} onClose={() => setEditing(false)} />}
    </section>
  );
}
