// Shown straight after signing in with a one-time password an administrator set: the person chooses their
// own before anything else (the server refuses council data until they have).
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button, ButtonGroup } from '../ui/Button.tsx';
import { TextField } from '../ui/Field.tsx';
import { FormError } from '../ui/FormError.tsx';
import { FieldError, fieldErrorOf, type FieldErrors } from '../ui/fieldErrors.ts';
import text from '../ui/text.module.css';
import { request } from './api.ts';
import styles from './Shell.module.css';

const fields = ['currentPassword', 'newPassword', 'repeat'];

export function ChangePasswordPage({
  email,
  onChanged,
  onSignOut,
}: {
  email: string;
  onChanged: () => void;
  onSignOut: () => Promise<void>;
}) {
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const firstRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    document.title = 'Choose a new password – highneeds';
    firstRef.current?.focus();
  }, []);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setErrors({});
    setBusy(true);
    try {
      if (newPassword !== repeat) throw new FieldError('repeat', 'The two new passwords are not the same.');
      await request<void>('PUT', '/session/password', { body: { currentPassword, newPassword } });
      onChanged();
    } catch (error) {
      setErrors(fieldErrorOf(error, fields));
      setBusy(false);
    }
  }

  return (
    <div className={styles.app}>
      <header className={styles.header}>
        <span className={styles.brand}>highneeds</span>
      </header>
      <main id="main" className={styles.centred}>
        <h1>Choose a new password</h1>
        <p className={text.lead}>
          Your administrator set a one-time password for {email}. Choose your own to carry on: at least 10
          characters, one nobody else knows.
        </p>
        {errors.form && <FormError>{errors.form}</FormError>}
        <form onSubmit={(event) => void submit(event)} noValidate>
          <TextField
            label="One-time password"
            type="password"
            autoComplete="current-password"
            inputRef={firstRef}
            value={currentPassword}
            error={errors.fields?.currentPassword}
            onChange={(e) => setCurrent(e.target.value)}
          />
          <TextField
            label="New password"
            type="password"
            autoComplete="new-password"
            value={newPassword}
            error={errors.fields?.newPassword}
            onChange={(e) => setNew(e.target.value)}
          />
          <TextField
            label="New password again"
            type="password"
            autoComplete="new-password"
            value={repeat}
            error={errors.fields?.repeat}
            onChange={(e) => setRepeat(e.target.value)}
          />
          <ButtonGroup>
            <Button type="submit" disabled={busy}>
              {busy ? 'Saving…' : 'Save the new password'}
            </Button>
            <Button variant="secondary" onClick={() => void onSignOut()}>
              Sign out
            </Button>
          </ButtonGroup>
        </form>
      </main>
    </div>
  );
}
