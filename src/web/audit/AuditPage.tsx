// The audit trail: who changed what and when, newest first, a page at a time.
import { useEffect, useRef, useState } from 'react';
import { getAudit, type AuditEntry } from '../app/api.ts';
import { changedFields } from './auditChanges.ts';
import { formatDateTime, messageOf } from '../ui/format.ts';
import type { CouncilViewState } from '../app/Shell.tsx';

const pageSize = 50;
const maxShownLength = 80;

export function AuditPage({ code, state }: { code: string; state: CouncilViewState }) {
  return (
    <>
      <h1>Audit</h1>
      {state.status === 'loading' && <p role="status">Loading…</p>}
      {state.status === 'failed' && (
        <p className="error-summary" role="alert">
          {state.message}
        </p>
      )}
      {state.status === 'loaded' &&
        (state.view.permissions.viewAudit ? (
          <AuditTrail code={code} />
        ) : (
          <div className="inset">
            <p>Only council administrators can view the audit trail.</p>
          </div>
        ))}
    </>
  );
}

type Loaded =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  | { status: 'loaded'; entries: AuditEntry[] };

function AuditTrail({ code }: { code: string }) {
  // Each older page starts before the last entry of the page in front of it.
  const [cursors, setCursors] = useState<(string | number)[]>([]);
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const before = cursors.at(-1);
  const rangeRef = useRef<HTMLParagraphElement>(null);
  // Paging replaces the buttons while it loads; put keyboard focus back on the new page's first line.
  const paged = useRef(false);
  const goTo = (next: (string | number)[]) => {
    paged.current = true;
    setCursors(next);
  };

  useEffect(() => {
    if (loaded.status !== 'loaded' || !paged.current) return;
    paged.current = false;
    rangeRef.current?.focus();
  }, [loaded]);

  useEffect(() => {
    let current = true;
    setLoaded({ status: 'loading' });
    getAudit(code, pageSize, before).then(
      ({ entries }) => current && setLoaded({ status: 'loaded', entries }),
      (error: unknown) => current && setLoaded({ status: 'failed', message: messageOf(error) }),
    );
    return () => {
      current = false;
    };
  }, [code, before]);

  if (loaded.status === 'loading') return <p role="status">Loading the audit trail…</p>;
  if (loaded.status === 'failed') {
    return (
      <p className="error-summary" role="alert">
        The audit trail could not be loaded: {loaded.message}
      </p>
    );
  }
  const { entries } = loaded;
  const last = entries.at(-1);
  const firstNumber = cursors.length * pageSize + 1;
  return (
    <>
      <p className="lead">Every change to this council&apos;s data, newest first.</p>
      {entries.length === 0 ? (
        <p ref={rangeRef} tabIndex={-1}>
          {cursors.length === 0 ? 'Nothing has been changed yet.' : 'There are no older entries.'}
        </p>
      ) : (
        <>
          <p ref={rangeRef} tabIndex={-1} className="range">
            Showing entries {firstNumber} to {firstNumber + entries.length - 1}.
          </p>
          <div className="table-scroll">
            <table className="audit-table">
              <caption className="visually-hidden">
                Audit trail
                {cursors.length > 0 ? `, older entries page ${cursors.length + 1}` : ', newest entries'}
              </caption>
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Who</th>
                  <th scope="col">Action</th>
                  <th scope="col">Entity</th>
                  <th scope="col">Change</th>
                </tr>
              </thead>
              <tbody>
                {entries.map((entry) => (
                  <tr key={String(entry.id)}>
                    <td className="nowrap">
                      <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
                    </td>
                    <td>{entry.actorEmail ?? <span className="muted">system</span>}</td>
                    <td>
                      <code>{entry.action}</code>
                    </td>
                    <td>
                      {entry.entity}
                      {entry.entityId !== null && entry.entityId !== '' && (
                        <span className="muted"> {entry.entityId}</span>
                      )}
                    </td>
                    <td>
                      <Changes before={entry.before} after={entry.after} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <div className="button-group">
        {cursors.length > 0 && (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => goTo(cursors.slice(0, -1))}
          >
            Newer
          </button>
        )}
        {last !== undefined && entries.length === pageSize && (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => goTo([...cursors, last.id])}
          >
            Older
          </button>
        )}
      </div>
    </>
  );
}

function Changes({ before, after }: { before: unknown; after: unknown }) {
  const changes = changedFields(before, after);
  if (changes.length === 0) return <span className="muted">No field changed</span>;
  return (
    <ul className="changes">
      {changes.map((change, index) => (
        <li key={index}>
          {change.field !== '' && <span className="change-field">{change.field}: </span>}
          {change.before === null ? (
            <Value text={change.after ?? '—'} kind="created" />
          ) : change.after === null ? (
            <>
              <Value text={change.before} kind="before" /> <span className="muted">(removed)</span>
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

function Value({ text, kind }: { text: string; kind: 'before' | 'after' | 'created' }) {
  const shown = text.length > maxShownLength ? `${text.slice(0, maxShownLength - 1)}…` : text;
  return (
    <span className={`change-${kind}`} title={shown === text ? undefined : text}>
      {shown}
    </span>
  );
}
