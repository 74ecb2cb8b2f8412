// People and roles in the council (administrators): who has which role, and adding a person.
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { CouncilRole } from '../../services/permissions';
import { useCouncil } from '../app/council.tsx';
import { Button } from '../ui/Button.tsx';
import { Card } from '../ui/Card.tsx';
import { SelectField, TextField } from '../ui/Field.tsx';
import { everyRole, roleLabel } from '../ui/format.ts';
import { FormError } from '../ui/FormError.tsx';
import { fieldErrorOf, type FieldErrors } from '../ui/fieldErrors.ts';
import { Notice } from '../ui/Notice.tsx';
import { QueryState } from '../ui/QueryState.tsx';
import { StatusMessage } from '../ui/StatusMessage.tsx';
import { TableScroll } from '../ui/TableScroll.tsx';
import text from '../ui/text.module.css';
import { peopleQuery, useAddPerson } from './queries.ts';

export function PeoplePage() {
  const council = useCouncil();
  const may = council.can('users.manage');
  return (
    <>
      <h1>People and roles</h1>
      {may ? (
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
  const people = useQuery(peopleQuery(code));
  const [done, setDone] = useState<string | null>(null);
  return (
    <>
      <p className={text.lead}>Everyone with a role in {name}, and what the role lets them do.</p>
      {done && <StatusMessage>{done}</StatusMessage>}
      <QueryState query={people} loading="Loading the people…" failed="The people could not be loaded">
        {(list) => (
          <TableScroll label="People and roles">
            <table data-testid="people-table">
              <caption className="visually-hidden">People with a role in {name}</caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Email</th>
                  <th scope="col">Role</th>
                </tr>
              </thead>
              <tbody>
                {list.map((person) => (
                  <tr key={person.id}>
                    <th scope="row">{person.displayName}</th>
                    <td>{person.email}</td>
                    <td>{roleLabel(person.role as CouncilRole)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        )}
      </QueryState>
      <AddPersonForm onAdded={setDone} />
    </>
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
          hint="At least 10 characters. Give it to the person yourself; they use it to sign in."
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
