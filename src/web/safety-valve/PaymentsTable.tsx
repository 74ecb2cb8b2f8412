// DfE Safety Valve payments by year and instalment: planned, received and withheld, with each year's
// totals, write-offs apart, and the funding promised but not yet profiled.
import { Fragment } from 'react';
import { dateLabel } from '../../core/kpi/periodChoices';
import { Button } from '../ui/Button.tsx';
import { formatPounds } from '../ui/format.ts';
import table from '../ui/table.module.css';
import { TableScroll } from '../ui/TableScroll.tsx';
import text from '../ui/text.module.css';
import type { AgreementPayment, AgreementView } from './queries.ts';
import styles from './safetyValve.module.css';

interface Props {
  view: AgreementView;
  /** Given to finance roles: opens the instalment's form. */
  onEdit?: (payment: AgreementPayment) => void;
}

export function PaymentsTable({ view, onEdit }: Props) {
  const { agreement, payments } = view;
  const columns = onEdit ? 8 : 7;
  const held = (year: string) => agreement.payments.some((p) => p.year === year);
  const empty = payments.byYear.filter((y) => !held(y.year)).map((y) => y.year);
  return (
    <>
      <TableScroll label="DfE payments">
        <table data-testid="payments-table">
          <caption>DfE payments by financial year and instalment, in pounds.</caption>
          <thead>
            <tr>
              <th scope="col">Instalment</th>
              <th scope="col" className={table.number}>
                Planned
              </th>
              <th scope="col" className={table.number}>
                Received
              </th>
              <th scope="col" className={table.number}>
                Withheld
              </th>
              <th scope="col">Due</th>
              <th scope="col">Received on</th>
              <th scope="col">Note</th>
              {onEdit && <th scope="col">Change</th>}
            </tr>
          </thead>
          <tbody>
            {payments.byYear
              .filter((y) => held(y.year))
              .map((year) => {
                const instalments = agreement.payments.filter((p) => p.year === year.year);
                return (
                  <Fragment key={year.year}>
                    <tr className={table.groupRow}>
                      <th scope="colgroup" colSpan={columns}>
                        {year.year}
                      </th>
                    </tr>
                    {instalments.map((p) => (
                      <tr key={`${p.year}-${p.instalment}`}>
                        <th scope="row">
                          {p.instalment}
                          {p.kind === 'writeOff' && <span className={styles.kind}> (write-off)</span>}
                        </th>
                        <td className={table.number}>{formatPounds(p.planned)}</td>
                        <td className={table.number}>{formatPounds(p.received)}</td>
                        <td className={table.number}>{formatPounds(p.withheld)}</td>
                        <td className={table.nowrap}>{p.dueDate ? dateLabel(p.dueDate) : '—'}</td>
                        <td className={table.nowrap}>{p.receivedDate ? dateLabel(p.receivedDate) : '—'}</td>
                        <td className={styles.note}>{p.note}</td>
                        {onEdit && (
                          <td>
                            <Button variant="link" onClick={() => onEdit(p)}>
                              Record
                              <span className="visually-hidden">
                                {' '}
                                {p.year}, {p.instalment}
                              </span>
                            </Button>
                          </td>
                        )}
                      </tr>
                    ))}
                    <tr className={table.total}>
                      <th scope="row">Total for {year.year}</th>
                      <td className={table.number}>{formatPounds(year.planned)}</td>
                      <td className={table.number}>{formatPounds(year.received)}</td>
                      <td className={table.number}>{formatPounds(year.withheld)}</td>
                      <td colSpan={columns - 4}>
                        {year.writtenOff > 0 ? `and ${formatPounds(year.writtenOff)} written off` : ''}
                      </td>
                    </tr>
                  </Fragment>
                );
              })}
          </tbody>
          <tfoot>
            <tr className={table.total}>
              <th scope="row">All years</th>
              <td className={table.number}>{formatPounds(payments.total.planned)}</td>
              <td className={table.number}>{formatPounds(payments.total.received)}</td>
              <td className={table.number}>{formatPounds(payments.total.withheld)}</td>
              <td colSpan={columns - 4}>
                {payments.writtenOff > 0 ? `and ${formatPounds(payments.writtenOff)} written off` : ''}
              </td>
            </tr>
          </tfoot>
        </table>
      </TableScroll>
      {empty.length > 0 && <p className={text.hint}>No instalment is planned yet for {empty.join(', ')}.</p>}
      {payments.notYetProfiled !== null && payments.notYetProfiled !== 0 && (
        <p className={text.hint}>
          {formatPounds(payments.notYetProfiled)} of the {formatPounds(agreement.totalFunding)} the agreement
          promises is not yet planned in any instalment.
        </p>
      )}
    </>
  );
}
