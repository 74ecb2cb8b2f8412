// The reconciliation checks that fail on a version: each identity, its two sides and the difference.
// Published figures are never "fixed" to make a check pass; the panel says where they disagree.
import { formatCheckValue } from '../ui/format.ts';
import type { CheckFailure } from './modelApi.ts';

/** `scope` names what was checked, e.g. "this version" or "the council's plans". */
export function ChecksPanel({
  checks,
  scope = 'this version',
  headingLevel = 2,
}: {
  checks: CheckFailure[];
  scope?: string;
  headingLevel?: 1 | 2;
}) {
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  return (
    <section className="checks" aria-labelledby="checks-heading">
      <Heading id="checks-heading">Reconciliation checks</Heading>
      {checks.length === 0 ? (
        <p>Every reconciliation check passes on {scope}.</p>
      ) : (
        <>
          <p>
            {checks.length === 1 ? 'One check fails' : `${checks.length} checks fail`} on {scope}. The figures
            are kept as published; these are the places where they do not agree.
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
