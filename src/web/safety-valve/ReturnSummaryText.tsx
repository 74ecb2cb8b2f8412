// The return's summary, as paragraphs; finance roles edit it while the return is not locked. Saving a
// change to a return one officer has signed clears that signature, so the form says so first.
import { useId, useState } from 'react';
import { Dialog } from '../ui/Dialog.tsx';
import { updateReturn, type ReturnView } from './safetyValveApi.ts';
import { signaturesClearedWarning } from './returnEditing.ts';

export function ReturnSummaryText({
  code,
  view,
  reload,
}: {
  code: string;
  view: ReturnView;
  reload: () => Promise<void>;
}) {
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(view.return.summary);
  const paragraphs = view.return.summary.split(/\n\s*\n/).filter((p) => p.trim() !== '');
  const warning = signaturesClearedWarning(view);
  return (
    <section aria-labelledby={`${id}-summary`}>
      <h2 id={`${id}-summary`}>Summary</h2>
      {paragraphs.length === 0 ? (
        <p className="muted">No summary written yet.</p>
      ) : (
        paragraphs.map((p, i) => <p key={i}>{p}</p>)
      )}
      {view.can.edit && (
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={() => {
            setText(view.return.summary);
            setEditing(true);
          }}
        >
          Edit summary
        </button>
      )}
      {editing && (
        <Dialog
          title="Edit the summary"
          confirmLabel="Save summary"
          onConfirm={async () => {
            try {
              await updateReturn(code, view.return.period, { summary: text });
            } finally {
              await reload();
            }
            setEditing(false);
          }}
          onClose={() => setEditing(false)}
        >
          {warning && <p className="notice">{warning}</p>}
          <div className="field">
            <label htmlFor={`${id}-text`}>Summary</label>
            <p className="hint" id={`${id}-hint`}>
              Leave a blank line between paragraphs.
            </p>
            <textarea
              id={`${id}-text`}
              rows={12}
              value={text}
              aria-describedby={`${id}-hint`}
              onChange={(event) => setText(event.target.value)}
            />
          </div>
        </Dialog>
      )}
    </section>
  );
}
