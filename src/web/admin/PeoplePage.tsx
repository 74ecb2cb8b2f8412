// People and roles in the council (administrators): who has which role, adding a person, changing or
// taking away a role, and setting a one-time password the person must change at their next sign-in.
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { CouncilRole } from '../../services/permissions';
import { useCouncil } from '../app/council.tsx';
import { useSession } from '../app/session.tsx';
import { Button, ButtonGroup } from '../ui/Button.tsx';
import { Card } from '../ui/Card.tsx';
import { Dialog } from '../ui/Dialog.tsx';
import { SelectField, TextField } from '../ui/Field.tsx';
import { everyRole, roleLabel } from '../ui/format.ts';
import { FormError } from '../ui/FormError.tsx';
import { fieldErrorOf, type FieldErrors } from '../ui/fieldErrors.ts';
import { Notice } from '../ui/Notice.tsx';
import { QueryState } from '../ui/QueryState.tsx';
import { StatusMessage } from '../ui/StatusMessage.tsx';
import { TableScroll } from '../ui/TableScroll.tsx';
import text from '../ui/text.module.css';
import styles from './people.module.css';
import {
  peopleQuery,
  useAddPerson,
  useChangeRole,
  useRemovePerson,
  useResetPassword,
  type CouncilUser,
} from './queries.ts';

type Open = { kind: 'role' | 'remove' | 'password'; person: CouncilUser } | null;

export function PeoplePage() {
  const council = useCouncil();
  return (
    <>
      <h1>People and roles</h1>
      {council.can('users.manage') ? (
        <People />
      ) : (
        <Notice tone="inset">
          Only the council&apos;s administrators can see and change people&apos;s roles.
        </Notice>
      )}
    </>
  );
}

function People() {
  const { code, name } = useCouncil();
  const { session } = useSession();
  const people = useQuery(peopleQuery(code));
  const [done, setDone] = useState<{ text: string; takeFocus: boolean } | null>(null);
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  return (
    <>
      <p className={text.lead}>Everyone with a role in {name}, and what the role lets them do.</p>
      {done && <StatusMessage takeFocus={done.takeFocus}>{done.text}</StatusMessage>}
      <QueryState query={people} loading="Loading the people…" failed="The people could not be loaded">
        {(list) => (
          <TableScroll label="People and roles">
            <table data-testid="people-table" className={styles.stacked}>
              <caption className="visually-hidden">People with a role in {name}</caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Email</th>
                  <th scope="col">Role</th>
                  <th scope="col">Change</th>
                </tr>
              </thead>
              <tbody>
                {list.map((person) => (
                  <tr key={person.id}>
                    <th scope="row">{person.displayName}</th>
                    <td>{person.email}</td>
                    <td>{roleLabel(person.role as CouncilRole)}</td>
                    <td>
                      {person.id === session.user.id ? (
                        <span className={text.muted}>You</span>
                      ) : (
                        <ButtonGroup tight>
                          <Button variant="link" onClick={() => setOpen({ kind: 'role', person })}>
                            Change role<span className="visually-hidden"> of {person.email}</span>
                          </Button>
                          <Button variant="link" onClick={() => setOpen({ kind: 'password', person })}>
                            Reset password<span className="visually-hidden"> of {person.email}</span>
                          </Button>
                          <Button variant="link" onClick={() => setOpen({ kind: 'remove', person })}>
                            Remove<span className="visually-hidden"> {person.email} from the council</span>
                          </Button>
                        </ButtonGroup>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </QueryState>
      {open?.kind === 'role' && (
        <RoleDialog
          person={open.person}
          onClose={close}
          onDone={(t) => setDone({ text: t, takeFocus: false })}
        />
      )}
      {open?.kind === 'remove' && (
        <RemoveDialog
          person={open.person}
          onClose={close}
          onDone={(t) => setDone({ text: t, takeFocus: true })}
        />
      )}
      {open?.kind === 'password' && (
        <PasswordDialog
          person={open.person}
          onClose={close}
          onDone={(t) => setDone({ text: t, takeFocus: false })}
        />
      )}
      <AddPersonForm onAdded={(t) => setDone({ text: t, takeFocus: false })} />
    </>
  );
}

interface PersonDialogProps {
  person: CouncilUser;
  onClose: () => void;
  onDone: (message: string) => void;
}

function RoleDialog({ person, onClose, onDone }: PersonDialogProps) {
  const { code } = useCouncil();
  const change = useChangeRole(code);
  const [role, setRole] = useState(person.role as CouncilRole);
  return (
    <Dialog
      title={`Change the role of ${person.email}`}
      confirmLabel="Change the role"
      fields={['role']}
      onClose={onClose}
      onConfirm={async () => {
        await change.mutateAsync({ id: person.id, change: { role } });
        onClose();
        onDone(`${person.email} now has the role ${roleLabel(role)}.`);
      }}
    >
      {(errors) => (
        <SelectField
          label="Role"
          value={role}
          error={errors.fields?.role}
          onChange={(e) => setRole(e.target.value as CouncilRole)}
          options={everyRole.map((r) => [r, roleLabel(r)] as const)}
        />
      )}
    </Dialog>
  );
}

function RemoveDialog({ person, onClose, onDone }: PersonDialogProps) {
  const { code, name } = useCouncil();
  const remove = useRemovePerson(code);
  return (
    <Dialog
      title={`Remove ${person.email} from ${name}?`}
      confirmLabel="Remove the role"
      warning
      onClose={onClose}
      onConfirm={async () => {
        await remove.mutateAsync(person.id);
        onClose();
        onDone(`${person.email} no longer has a role in ${name}.`);
      }}
    >
      <p>
        They can no longer see or change {name}&apos;s data. Their account stays, with any roles in other
        councils; add them again to give a role back.
      </p>
    </Dialog>
  );
}

function PasswordDialog({ person, onClose, onDone }: PersonDialogProps) {
  const { code } = useCouncil();
  const reset = useResetPassword(code);
  const [password, setPassword] = useState('');
  return (
    <Dialog
      title={`Reset the password of ${person.email}`}
      confirmLabel="Set the one-time password"
      fields={['password']}
      onClose={onClose}
      onConfirm={async () => {
        await reset.mutateAsync({ id: person.id, change: { password } });
        onClose();
        onDone(
          `${person.email} must choose a new password when they next sign in. Their sessions have ended.`,
        );
      }}
    >
      {(errors) => (
        <>
          <p>
            Give the person this one-time password yourself (not by email). They sign in with it and must
            choose their own at once; any session they have open now ends.
          </p>
          <TextField
            label="One-time password"
            hint="At least 10 characters."
            type="password"
            autoComplete="new-password"
            value={password}
            error={errors.fields?.password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </>
      )}
    </Dialog>
  );
}

const fields = ['email', 'displayName', 'role', 'password'];

function AddPersonForm({ onAdded }: { onAdded: (message: string) => void }) {
  const { code } = useCouncil();
  const add = useAddPerson(code);
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<CouncilRole>('viewer');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setErrors({});
    try {
      const person = await add.mutateAsync({
        email: email.trim(),
        role,
        password,
        ...(displayName.trim() ? { displayName: displayName.trim() } : {}),
      });
      onAdded(`${person.email} now has the role ${roleLabel(person.role as CouncilRole)}.`);
      setEmail('');
      setDisplayName('');
      setPassword('');
    } catch (error) {
      setErrors(fieldErrorOf(error, fields));
    }
  }

  return (
    <Card title="Add a person" wide>
      {errors.form && <FormError>{errors.form}</FormError>}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <TextField
          label="Email"
          type="email"
          spellCheck={false}
          value={email}
          error={errors.fields?.email}
          onChange={(e) => setEmail(e.target.value)}
        />
        <TextField
          label="Name (optional)"
          value={displayName}
          error={errors.fields?.displayName}
          onChange={(e) => setDisplayName(e.target.value)}
        />
        <SelectField
          label="Role"
          value={role}
          error={errors.fields?.role}
          onChange={(e) => setRole(e.target.value as CouncilRole)}
          options={everyRole.map((r) => [r, roleLabel(r)] as const)}
        />
        <TextField
          label="First password"
          hint="At least 10 characters, for a new account (an existing account keeps its password). Give it to the person yourself."
          type="password"
          autoComplete="new-password"
          value={password}
          error={errors.fields?.password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <Button type="submit" disabled={add.isPending}>
          {add.isPending ? 'Adding…' : 'Add the person'}
        </Button>
      </form>
    </Card>
  );
}
