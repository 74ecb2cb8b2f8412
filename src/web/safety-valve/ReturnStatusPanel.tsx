// Where a return stands (draft, signed by one officer, locked), who signed and when, and the actions the
// signed-in user may take: sign off in the capacity their role holds, or (administrators) reopen with a
// reason. Every refusal from the server is shown as it says it.
import { useId, useState } from 'react';
import { Dialog } from '../ui/Dialog.tsx';
import { messageOf } from '../ui/format.ts';
import { periodLabel } from '../kpis/kpiFormat.ts';
import {
  reopenReturn,
  signReturn,
  type ReturnView,
  type SignCapacity,
  type SignOff,
} from './safetyValveApi.ts';
import { StatusMessage } from '../ui/StatusMessage.tsx';
import { signedAt, statusLabel } from './svFormat.ts';

type Open = { kind: 'sign'; as: SignCapacity } | { kind: 'reopen' } | null;

const capacityName = { s151: 'S151 officer', dcs: 'Director of Children’s Services' } as const;

export function ReturnStatusPanel({
  code,
  view,
  reload,
}: {
  code: string;
  view: ReturnView;
  reload: () => Promise<void>;
}) {
  const id = useId();
  const [open, setOpen] = useState<Open>(null);
  const [reason, setReason] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const r = view.return;
  const label = `${periodLabel(r.period)} return`;

  async function sign(as: SignCapacity) {
    try {
      await signReturn(code, r.period, as);
    } catch (error) {
      // Shown on the page, not only in the dialog: the refusal is what the person needs to read.
      setRefusal(messageOf(error));
      setOpen(null);
      await reload();
      return;
    }
    await reload();
    setOpen(null);
    setRefusal(null);
    setDone(`You signed the ${label} as ${capacityName[as]}.`);
  }

  async function reopen() {
    await reopenReturn(code, r.period, reason);
    await reload();
    setOpen(null);
    setReason('');
    setDone(`The ${label} is open for changes again. Both sign-offs were cleared.`);
  }

  return (
    <section className={`card return-status return-status-${view.status}`} aria-labelledby={`${id}-status`}>
      <h2 id={`${id}-status`}>
        Status: <span className={`badge badge-status-${view.status}`}>{statusLabel(view.status)}</span>
      </h2>
      <p>
        {view.status === 'draft'
          ? 'This return is a draft: it needs the S151 officer and the Director of Children’s Services to sign it off. Once both have signed, it is locked.'
          : `This return is ${view.statusText}.`}
      </p>
      {view.lockMessage && <p className="notice-locked">{view.lockMessage}</p>}
      <dl className="details">
        <SignOffLine capacity="S151 officer" signOff={r.s151SignOff} />
        <SignOffLine capacity="Director of Children’s Services" signOff={r.dcsSignOff} />
      </dl>
      {refusal && (
        <p className="error-summary" role="alert">
          {refusal}
        </p>
      )}
      {done && <StatusMessage>{done}</StatusMessage>}
      <div className="button-group">
        {view.can.signAsS151 && (
          <button type="button" className="button" onClick={() => setOpen({ kind: 'sign', as: 's151' })}>
            Sign off as S151 officer
          </button>
        )}
        {view.can.signAsDcs && (
          <button type="button" className="button" onClick={() => setOpen({ kind: 'sign', as: 'dcs' })}>
            Sign off as Director of Children’s Services
          </button>
        )}
        {view.can.reopen && (
          <button type="button" className="button button-warning" onClick={() => setOpen({ kind: 'reopen' })}>
            Reopen the return
          </button>
        )}
      </div>
      {open?.kind === 'sign' && (
        <Dialog
          title={`Sign off the ${label} as ${capacityName[open.as]}`}
          confirmLabel="Sign off"
          onConfirm={() => sign(open.as)}
          onClose={() => setOpen(null)}
        >
          <p>
            You confirm the return’s figures and narrative as {capacityName[open.as]}. Once both the S151
            officer and the Director of Children’s Services have signed, the return is locked.
          </p>
        </Dialog>
      )}
      {open?.kind === 'reopen' && (
        <Dialog
          title={`Reopen the ${label}`}
          confirmLabel="Reopen"
          warning
          onConfirm={reopen}
          onClose={() => setOpen(null)}
        >
          <p>
            Reopening clears both sign-offs; the return must be signed again. The reason is kept in the audit
            trail.
          </p>
          <div className="field">
            <label htmlFor={`${id}-reason`}>Reason for reopening</label>
            <textarea
              id={`${id}-reason`}
              rows={3}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
            />
          </div>
        </Dialog>
      )}
    </section>
  );
}

function SignOffLine({ capacity, signOff }: { capacity: string; signOff: SignOff | null }) {
  return (
    <div>
      <dt>{capacity}</dt>
      <dd>
        {signOff ? (
          `Signed by ${signOff.name} (${signOff.email}) on ${signedAt(signOff.at)}`
        ) : (
          <span className="muted">Not signed yet</span>
        )}
      </dd>
    </div>
  );
}
