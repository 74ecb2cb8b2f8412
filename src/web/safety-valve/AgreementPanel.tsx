// The Safety Valve agreement: its term and funding, the conditions, the DfE payments and the maximum
// deficit profile against the agreed model and the latest projection.
import { useId, useState } from 'react';
import { dateLabel } from '../../core/kpi/periodChoices';
import { DeficitProfileChart } from '../charts/DeficitProfileChart.tsx';
import { Button } from '../ui/Button.tsx';
import { Facts } from '../ui/Facts.tsx';
import { formatPounds } from '../ui/format.ts';
import { StatusMessage } from '../ui/StatusMessage.tsx';
import table from '../ui/table.module.css';
import { TableScroll } from '../ui/TableScroll.tsx';
import { PaymentDialog } from './PaymentDialog.tsx';
import { PaymentsTable } from './PaymentsTable.tsx';
import type { AgreementPayment, AgreementView } from './queries.ts';
import styles from './safetyValve.module.css';

interface Props {
  view: AgreementView;
  /** Finance roles record the DfE's payments. */
  canEdit: boolean;
}

export function AgreementPanel({ view, canEdit }: Props) {
  const id = useId();
  const { agreement } = view;
  const [editing, setEditing] = useState<{ payment: AgreementPayment | null } | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  return (
    <>
      <section aria-labelledby={`${id}-agreement`}>
        <h2 id={`${id}-agreement`}>{agreement.name}</h2>
        {agreement.description && <p>{agreement.description}</p>}
        <Facts
          items={[
            ['Years covered', `${agreement.startYear} to ${agreement.endYear}`],
            agreement.signedOn ? ['Signed', dateLabel(agreement.signedOn)] : null,
            [
              'DfE funding',
              agreement.totalFunding === null ? 'Not recorded' : formatPounds(agreement.totalFunding),
            ],
            agreement.finalPaymentYear ? ['Final payment', agreement.finalPaymentYear] : null,
            ['Agreed financial model', agreement.agreedVersion ?? 'Not named'],
          ]}
        />
      </section>
      <section aria-labelledby={`${id}-conditions`}>
        <h2 id={`${id}-conditions`}>Conditions of the agreement</h2>
        <ul className={styles.conditions}>
          {agreement.conditions.map((c) => (
            <li key={c.number}>
              <strong>Condition {c.number}:</strong> {c.title}
              {c.text && c.text !== c.title && <p>Agreement wording: “{c.text}”</p>}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby={`${id}-payments`}>
        <h2 id={`${id}-payments`}>DfE payments</h2>
        {saved && <StatusMessage>{saved}</StatusMessage>}
        <PaymentsTable view={view} onEdit={canEdit ? (payment) => setEditing({ payment }) : undefined} />
        {canEdit && (
          <Button variant="secondary" onClick={() => setEditing({ payment: null })}>
            Add a DfE instalment
          </Button>
        )}
        {editing && (
          <PaymentDialog
            payment={editing.payment}
            years={view.payments.byYear.map((y) => y.year)}
            onClose={() => setEditing(null)}
            onSaved={() => {
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
    <TableScroll label="Maximum deficit profile">
      <table>
        <caption>Cumulative DSG deficit at 31 March, {view.agreement.profileBasis}, in pounds.</caption>
        <thead>
          <tr>
            <th scope="col">Year</th>
            <th scope="col" className={table.number}>
              Maximum allowed
            </th>
            <th scope="col" className={table.number}>
              Agreed model{agreedVersion ? ` (${agreedVersion})` : ''}
            </th>
            <th scope="col" className={table.number}>
              Projection{projectionVersion ? ` (${projectionVersion})` : ''}
            </th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.year}>
              <th scope="row">{p.year}</th>
              <td className={table.number}>
                {p.maximum === null ? 'Not published' : formatPounds(p.maximum)}
              </td>
              <td className={table.number}>{formatPounds(p.agreed)}</td>
              <td className={table.number}>{formatPounds(p.projected)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
