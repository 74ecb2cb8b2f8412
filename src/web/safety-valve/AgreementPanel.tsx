// The Safety Valve agreement: its term and funding, the conditions, the DfE payments and the maximum
// deficit profile against the agreed model and the latest projection.
import { useId, useState } from 'react';
import { DeficitProfileChart } from '../charts/DeficitProfileChart.tsx';
import { formatPounds } from '../ui/format.ts';
import { dateLabel } from '../kpis/kpiFormat.ts';
import { PaymentDialog } from './PaymentDialog.tsx';
import { PaymentsTable } from './PaymentsTable.tsx';
import type { AgreementPayment, AgreementView } from './safetyValveApi.ts';
import { StatusMessage } from '../ui/StatusMessage.tsx';

interface Props {
  code: string;
  view: AgreementView;
  /** Finance roles record the DfE's payments. */
  canEdit: boolean;
  reload: () => Promise<void>;
}

export function AgreementPanel({ code, view, canEdit, reload }: Props) {
  const id = useId();
  const { agreement } = view;
  const [editing, setEditing] = useState<{ payment: AgreementPayment | null } | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  return (
    <>
      <section aria-labelledby={`${id}-agreement`}>
        <h2 id={`${id}-agreement`}>{agreement.name}</h2>
        {agreement.description && <p>{agreement.description}</p>}
        <dl className="facts">
          <div>
            <dt>Years covered</dt>
            <dd>
              {agreement.startYear} to {agreement.endYear}
            </dd>
          </div>
          {agreement.signedOn && (
            <div>
              <dt>Signed</dt>
              <dd>{dateLabel(agreement.signedOn)}</dd>
            </div>
          )}
          <div>
            <dt>DfE funding</dt>
            <dd>{agreement.totalFunding === null ? 'Not recorded' : formatPounds(agreement.totalFunding)}</dd>
          </div>
          {agreement.finalPaymentYear && (
            <div>
              <dt>Final payment</dt>
              <dd>{agreement.finalPaymentYear}</dd>
            </div>
          )}
          <div>
            <dt>Agreed financial model</dt>
            <dd>{agreement.agreedVersion ?? 'Not named'}</dd>
          </div>
        </dl>
      </section>
      <section aria-labelledby={`${id}-conditions`}>
        <h2 id={`${id}-conditions`}>Conditions of the agreement</h2>
        <ul className="sv-conditions">
          {agreement.conditions.map((c) => (
            <li key={c.number}>
              <strong>Condition {c.number}:</strong> {c.title}
              {c.text && c.text !== c.title && <p className="hint">Agreement wording: “{c.text}”</p>}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby={`${id}-payments`}>
        <h2 id={`${id}-payments`}>DfE payments</h2>
        {saved && <StatusMessage>{saved}</StatusMessage>}
        <PaymentsTable view={view} onEdit={canEdit ? (payment) => setEditing({ payment }) : undefined} />
        {canEdit && (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => setEditing({ payment: null })}
          >
            Add a DfE instalment
          </button>
        )}
        {editing && (
          <PaymentDialog
            code={code}
            payment={editing.payment}
            years={view.payments.byYear.map((y) => y.year)}
            onClose={() => setEditing(null)}
            onSaved={async () => {
              await reload();
              setEditing(null);
              setSaved('The payment is recorded.');
            }}
          />
        )}
      </section>
      <section aria-labelledby={`${id}-profile`}>
        <h2 id={`${id}-profile`}>Maximum deficit profile</h2>
        <DeficitProfileChart profile={view.deficitProfile} basis={agreement.profileBasis} />
        <ProfileTable view={view} />
      </section>
    </>
  );
}

function ProfileTable({ view }: { view: AgreementView }) {
  const { points, agreedVersion, projectionVersion } = view.deficitProfile;
  return (
    <div className="table-scroll">
      <table>
        <caption>Cumulative DSG deficit at 31 March, {view.agreement.profileBasis}, in pounds.</caption>
        <thead>
          <tr>
            <th scope="col">Year</th>
            <th scope="col" className="number">
              Maximum allowed
            </th>
            <th scope="col" className="number">
              Agreed model{agreedVersion ? ` (${agreedVersion})` : ''}
            </th>
            <th scope="col" className="number">
              Projection{projectionVersion ? ` (${projectionVersion})` : ''}
            </th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.year}>
              <th scope="row">{p.year}</th>
              <td className="number">{p.maximum === null ? 'Not published' : formatPounds(p.maximum)}</td>
              <td className="number">{formatPounds(p.agreed)}</td>
              <td className="number">{formatPounds(p.projected)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
