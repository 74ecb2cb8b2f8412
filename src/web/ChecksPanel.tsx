// The reconciliation checks that fail on a version: each identity, its two sides and the difference.
// Published figures are never "fixed" to make a check pass; the panel says where they disagree.
import { formatCheckValue } from './format.ts';
import type { CheckFailure } from './modelApi.ts';

export function ChecksPanel({ checks }: { checks: CheckFailure[] }) {
  return (
    <section className="checks" aria-labelledby="checks-heading">
      <h2 id="checks-heading">Reconciliation checks</h2>
      {checks.length === 0 ? (
        <p>Every reconciliation check passes on this version.</p>
      ) : (
        <>
          <p>
            {checks.length === 1 ? 'One check fails' : `${checks.length} checks fail`} on this version. The
            figures are kept as published; these are the places where they do not agree.
          </p>
          <ul className="check-list">
            {checks.map((check, index) => (
              <li key={index} className="check">
                <p className="check-message">{check.message}</p>
                <dl className="check-sides">
                  <div>
                    <dt>{capitalise(check.left.label)}</dt>
                    <dd>{formatCheckValue(check.left.value, check.unit)}</dd>
                  </div>
                  <div>
                    <dt>{capitalise(check.right.label)}</dt>
                    <dd>{formatCheckValue(check.right.value, check.unit)}</dd>
                  </div>
                  <div>
                    <dt>Difference</dt>
                    <dd>{formatCheckValue(check.difference, check.unit)}</dd>
                  </div>
                </dl>
                <p className="hint check-where">
                  {check.where} · <code>{check.check}</code>
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
