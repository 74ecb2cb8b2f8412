// The audit trail: who changed what and when, newest first, a page at a time, in words.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useCouncil } from '../app/council.tsx';
import { Button, ButtonGroup } from '../ui/Button.tsx';
import { formatDateTime } from '../ui/format.ts';
import { Notice } from '../ui/Notice.tsx';
import { QueryState } from '../ui/QueryState.tsx';
import table from '../ui/table.module.css';
import { TableScroll } from '../ui/TableScroll.tsx';
import text from '../ui/text.module.css';
import styles from './audit.module.css';
import { actionLabel, changedFields, entityLabel, recordLabel } from './auditChanges.ts';
import { auditQuery } from './queries.ts';

const pageSize = 50;
const maxShownLength = 80;

export function AuditPage() {
  const council = useCouncil();
  return (
    <>
      <h1>Audit</h1>
      {council.can('audit.read') ? (
        <AuditTrail />
      ) : (
        <Notice tone="inset">Only council administrators can view the audit trail.</Notice>
      )}
    </>
  );
}

function AuditTrail() {
  const { code } = useCouncil();
  // Each older page starts before the last entry of the page in front of it.
  const [cursors, setCursors] = useState<number[]>([]);
  const before = cursors.at(-1);
  const entries = useQuery(auditQuery(code, pageSize, before));
  const rangeRef = useRef<HTMLParagraphElement>(null);
  // Paging replaces the buttons while it loads; put keyboard focus back on the new page's first line.
  const paged = useRef(false);
  const goTo = (next: number[]) => {
    paged.current = true;
    setCursors(next);
  };

  useEffect(() => {
    if (entries.status !== 'success' || !paged.current) return;
    paged.current = false;
    rangeRef.current?.focus();
  }, [entries.status, entries.data]);

  return (
    <>
      <p className={text.lead}>Every change to this council&apos;s data, newest first.</p>
      <QueryState
        query={entries}
        loading="Loading the audit trail…"
        failed="The audit trail could not be loaded"
      >
        {(list) => {
          const last = list.at(-1);
          const firstNumber = cursors.length * pageSize + 1;
          return (
            <>
              {list.length === 0 ? (
                <p ref={rangeRef} tabIndex={-1}>
                  {cursors.length === 0 ? 'Nothing has been changed yet.' : 'There are no older entries.'}
                </p>
              ) : (
                <>
                  <p ref={rangeRef} tabIndex={-1}>
                    Showing entries {firstNumber} to {firstNumber + list.length - 1}.
                  </p>
                  <TableScroll label="Audit trail">
                    <table data-testid="audit-table">
                      <caption className="visually-hidden">
                        Audit trail
                        {cursors.length > 0
                          ? `, older entries page ${cursors.length + 1}`
                          : ', newest entries'}
                      </caption>
                      <thead>
                        <tr>
                          <th scope="col">When</th>
                          <th scope="col">Who</th>
                          <th scope="col">What</th>
                          <th scope="col">Change</th>
                        </tr>
                      </thead>
                      <tbody>
                        {list.map((entry) => (
                          <tr key={String(entry.id)}>
                            <td className={table.nowrap}>
                              <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
                            </td>
                            <td>
                              {entry.actorEmail ?? <span className={text.muted}>the command line</span>}
                            </td>
                            <td>
                              {actionLabel(entry.action)} {entityLabel(entry.entity)}
                              {recordLabel(entry.entity, entry.entityId) !== null && (
                                <span className={table.secondary}>
                                  {recordLabel(entry.entity, entry.entityId)}
                                </span>
                              )}
                            </td>
                            <td>
                              <Changes entity={entry.entity} before={entry.before} after={entry.after} />
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </TableScroll>
                </>
              )}
              <ButtonGroup>
                {cursors.length > 0 && (
                  <Button variant="secondary" onClick={() => goTo(cursors.slice(0, -1))}>
                    Newer
                  </Button>
                )}
                {last !== undefined && list.length === pageSize && (
                  <Button variant="secondary" onClick={() => goTo([...cursors, Number(last.id)])}>
                    Older
                  </Button>
                )}
              </ButtonGroup>
            </>
          );
        }}
      </QueryState>
    </>
  );
}

function Changes({ entity, before, after }: { entity: string; before: unknown; after: unknown }) {
  const changes = changedFields(before, after, entity);
  if (changes.length === 0) return <span className={text.muted}>No field changed</span>;
  return (
    <ul className={styles.changes}>
      {changes.map((change, index) => (
        <li key={index}>
          {change.field !== '' && <span className={styles.field}>{change.field}: </span>}
          {change.before === null ? (
            <Value text={change.after ?? '—'} kind="after" />
          ) : change.after === null ? (
            <>
              <Value text={change.before} kind="before" /> <span className={text.muted}>(removed)</span>
            </>
          ) : (
            <>
              <Value text={change.before} kind="before" />
              <span aria-hidden="true"> → </span>
              <span className="visually-hidden"> changed to </span>
              <Value text={change.after} kind="after" />
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

function Value({ text: words, kind }: { text: string; kind: 'before' | 'after' }) {
  const shown = words.length > maxShownLength ? `${words.slice(0, maxShownLength - 1)}…` : words;
  return (
    <span className={styles[kind]} title={shown === words ? undefined : words}>
      {shown}
    </span>
  );
}
