// The page shown to anyone not signed in, and to anyone whose session has ended.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button } from '../ui/Button.tsx';
import { TextField } from '../ui/Field.tsx';
import { FormError } from '../ui/FormError.tsx';
import { Notice } from '../ui/Notice.tsx';
import { messageOf } from '../ui/fieldErrors.ts';
import text from '../ui/text.module.css';
import { ApiError, signIn, type Session } from './api.ts';
import styles from './Shell.module.css';

interface Props {
  notice?: string;
  onSignedIn: (session: Session) => void;
}

export function SignInPage({ notice, onSignedIn }: Props) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<{ message: string; field?: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    document.title = 'Sign in – highneeds';
    emailRef.current?.focus();
  }, []);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      onSignedIn(await signIn(email.trim(), password));
    } catch (caught) {
      const field = caught instanceof ApiError ? caught.field : undefined;
      setError({ message: messageOf(caught), field });
      setBusy(false);
      (field === 'email' ? emailRef : passwordRef).current?.focus();
    }
  }

  const fieldError = (name: string) => (error?.field === name ? error.message : null);

  return (
    <div className={styles.app}>
      <header className={styles.header}>
        <span className={styles.brand}>highneeds</span>
      </header>
      <main id="main" className={styles.centred}>
        <h1>Sign in</h1>
        <p className={text.lead}>Plan, forecast and monitor your council&apos;s High Needs Block.</p>
        {notice && !error && <Notice role="status">{notice}</Notice>}
        {error && !error.field && <FormError>{error.message}</FormError>}
        <form onSubmit={(event) => void submit(event)} noValidate>
          <TextField
            label="Email"
            inputRef={emailRef}
            name="email"
            type="email"
            autoComplete="username"
            spellCheck={false}
            value={email}
            error={fieldError('email')}
            onChange={(event) => setEmail(event.target.value)}
          />
          <TextField
            label="Password"
            inputRef={passwordRef}
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            error={fieldError('password')}
            onChange={(event) => setPassword(event.target.value)}
          />
          <Button type="submit" disabled={busy}>
            {busy ? 'Signing in…' : 'Sign in'}
          </Button>
        </form>
      </main>
    </div>
  );
}
