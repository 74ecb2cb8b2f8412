// The page shown to anyone not signed in, and to anyone whose session has ended.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { ApiError, signIn, type Session } from './api.ts';
import { messageOf } from '../ui/format.ts';

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
  const id = useId();

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

  const emailError = error?.field === 'email' ? error.message : null;
  const passwordError = error?.field === 'password' ? error.message : null;

  return (
    <div className="sign-in-page">
      <header className="app-header app-header-simple">
        <span className="brand">highneeds</span>
      </header>
      <main id="main" className="sign-in">
        <h1>Sign in</h1>
        <p className="lead">Plan, forecast and monitor your council&apos;s High Needs Block.</p>
        {notice && !error && (
          <p className="notice" role="status">
            {notice}
          </p>
        )}
        {error && (
          <div className="error-summary" role="alert">
            {error.message}
          </div>
        )}
        <form onSubmit={(event) => void submit(event)} noValidate>
          <div className={emailError ? 'field field-error' : 'field'}>
            <label htmlFor={`${id}-email`}>Email</label>
            {emailError && (
              <p className="error-message" id={`${id}-email-error`}>
                {emailError}
              </p>
            )}
            <input
              ref={emailRef}
              id={`${id}-email`}
              name="email"
              type="email"
              autoComplete="username"
              spellCheck={false}
              value={email}
              onChange={(event) => setEmail(event.target.value)}
              aria-invalid={emailError ? true : undefined}
              aria-describedby={emailError ? `${id}-email-error` : undefined}
            />
          </div>
          <div className={passwordError ? 'field field-error' : 'field'}>
            <label htmlFor={`${id}-password`}>Password</label>
            {passwordError && (
              <p className="error-message" id={`${id}-password-error`}>
                {passwordError}
              </p>
            )}
            <input
              ref={passwordRef}
              id={`${id}-password`}
              name="password"
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              aria-invalid={passwordError ? true : undefined}
              aria-describedby={passwordError ? `${id}-password-error` : undefined}
            />
          </div>
          <button type="submit" className="button" disabled={busy}>
            {busy ? 'Signing in…' : 'Sign in'}
          </button>
        </form>
      </main>
    </div>
  );
}
