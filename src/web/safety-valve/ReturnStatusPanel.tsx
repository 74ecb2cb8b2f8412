// Where a return stands (draft, signed by one officer, locked), who signed and when, and the actions the
// signed-in user may take: sign off in the capacity their role holds, or (administrators) reopen with a
// reason. Every refusal from the server is shown as it says it.
import { useState } from 'react';
import { periodLabel } from '../../core/kpi/periodChoices';
import { useCouncil } from '../app/council.tsx';
import { Badge } from '../ui/Badge.tsx';
import { Button, ButtonGroup } from '../ui/Button.tsx';
import { Card } from '../ui/Card.tsx';
import { Dialog } from '../ui/Dialog.tsx';
import { Facts } from '../ui/Facts.tsx';
import { TextAreaField } from '../ui/Field.tsx';
import { FormError } from '../ui/FormError.tsx';
import { messageOf } from '../ui/fieldErrors.ts';
import { Notice } from '../ui/Notice.tsx';
import { StatusMessage } from '../ui/StatusMessage.tsx';
import text from '../ui/text.module.css';
import { useReturnChanges, type ReturnView, type SignCapacity, type SignOff } from './queries.ts';
import { statusTone } from './ReturnsList.tsx';
import { signedAt, statusLabel } from './svFormat.ts';

type Open = { kind: 'sign'; as: SignCapacity } | { kind: 'reopen' } | null;

const capacityName = { s151: 'S151 officer', dcs: 'Director of Children’s Services' } as const;

export function ReturnStatusPanel({ view }: { view: ReturnView }) {
  const { code } = useCouncil();
  const r = view.return;
  const changes = useReturnChanges(code, r.period);
  const [open, setOpen] = useState<Open>(null);
  const [reason, setReason] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const label = `${periodLabel(r.period)} return`;

  async function sign(as: SignCapacity) {
    try {
      await changes.sign.mutateAsync({ as });
    } catch (error) {
      // Shown on the page, not only in the dialog: the refusal is what the person needs to read.
      setRefusal(messageOf(error));
      setOpen(null);
      return;
    }
    setOpen(null);
    setRefusal(null);
    setDone(`You signed the ${label} as ${capacityName[as]}.`);
  }

  async function reopen() {
    await changes.reopen.mutateAsync({ reason });
    setOpen(null);
    setReason('');
    setDone(`The ${label} is open for changes again. Both sign-offs were cleared.`);
  }

  return (
    <Card
      title={
        <>
          Status: <Badge tone={statusTone(view.status)}>{statusLabel(view.status)}</Badge>
        </>
      }
    >
      <p>
        {view.status === 'draft'
          ? 'This return is a draft: it needs the S151 officer and the Director of Children’s Services to sign it off. Once both have signed, it is locked.'
          : `This return is ${view.statusText}.`}
      </p>
      {view.lockMessage && <Notice tone="strong">{view.lockMessage}</Notice>}
      <Facts
        layout="details"
        items={[
          ['S151 officer', <SignOffLine key="s151" signOff={r.s151SignOff} />],
          ['Director of Children’s Services', <SignOffLine key="dcs" signOff={r.dcsSignOff} />],
        ]}
      />
      {refusal && <FormError>{refusal}</FormError>}
      {done && <StatusMessage>{done}</StatusMessage>}
      <ButtonGroup>
        {view.can.signAsS151 && (
          <Button onClick={() => setOpen({ kind: 'sign', as: 's151' })}>Sign off as S151 officer</Button>
        )}
        {view.can.signAsDcs && (
          <Button onClick={() => setOpen({ kind: 'sign', as: 'dcs' })}>
            Sign off as Director of Children’s Services
          </Button>
        )}
        {view.can.reopen && (
          <Button variant="warning" onClick={() => setOpen({ kind: 'reopen' })}>
            Reopen the return
          </Button>
        )}
      </ButtonGroup>
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
          fields={['reason']}
          onConfirm={reopen}
          onClose={() => setOpen(null)}
        >
          {(errors) => (
            <>
              <p>
                Reopening clears both sign-offs; the return must be signed again. The reason is kept in the
                audit trail.
              </p>
              <TextAreaField
                label="Reason for reopening"
                value={reason}
                error={errors.fields?.reason}
                onChange={(event) => setReason(event.target.value)}
              />
            </>
          )}
        </Dialog>
      )}
    </Card>
  );
}

function SignOffLine({ signOff }: { signOff: SignOff | null }) {
  return signOff ? (
    <>{`Signed by ${signOff.name} (${signOff.email}) on ${signedAt(signOff.at)}`}</>
  ) : (
    <span className={text.muted}>Not signed yet</span>
  );
}
