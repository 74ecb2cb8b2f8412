// The return's summary, as paragraphs; finance roles edit it while the return is not locked. Saving a
// change to a return one officer has signed clears that signature, so the form says so first.
import { useId, useState } from 'react';
import { useCouncil } from '../app/council.tsx';
import { Button } from '../ui/Button.tsx';
import { Dialog } from '../ui/Dialog.tsx';
import { TextAreaField } from '../ui/Field.tsx';
import { Notice } from '../ui/Notice.tsx';
import text from '../ui/text.module.css';
import { useReturnChanges, type ReturnView } from './queries.ts';
import { signaturesClearedWarning } from './returnEditing.ts';

export function ReturnSummaryText({ view }: { view: ReturnView }) {
  const { code } = useCouncil();
  const id = useId();
  const { update } = useReturnChanges(code, view.return.period);
  const [editing, setEditing] = useState(false);
  const [summary, setSummary] = useState(view.return.summary);
  const paragraphs = view.return.summary.split(/\n\s*\n/).filter((p) => p.trim() !== '');
  const warning = signaturesClearedWarning(view);
  return (
    <section aria-labelledby={`${id}-summary`}>
      <h2 id={`${id}-summary`}>Summary</h2>
      {paragraphs.length === 0 ? (
        <p className={text.muted}>No summary written yet.</p>
      ) : (
        paragraphs.map((p, i) => <p key={i}>{p}</p>)
      )}
      {view.can.edit && (
        <Button
          variant="secondary"
          small
          onClick={() => {
            setSummary(view.return.summary);
            setEditing(true);
          }}
        >
          Edit summary
        </Button>
      )}
      {editing && (
        <Dialog
          title="Edit the summary"
          confirmLabel="Save summary"
          fields={['summary']}
          wide
          onConfirm={async () => {
            await update.mutateAsync({ summary });
            setEditing(false);
          }}
          onClose={() => setEditing(false)}
        >
          {(errors) => (
            <>
              {warning && <Notice>{warning}</Notice>}
              <TextAreaField
                label="Summary"
                hint="Leave a blank line between paragraphs."
                rows={12}
                value={summary}
                error={errors.fields?.summary}
                onChange={(event) => setSummary(event.target.value)}
              />
            </>
          )}
        </Dialog>
      )}
    </section>
  );
}
