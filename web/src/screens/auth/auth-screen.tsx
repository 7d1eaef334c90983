// Sign up or log in. Shown whenever nobody is logged in; the server's field
// errors appear under the field they name.
import { useState } from 'preact/hooks';
import { ApiError } from '../../api/client.js';
import { useServices } from '../../services.js';
import { TextField } from '../../ui/field.js';
import { Notice } from '../../ui/notice.js';

type Mode = 'signup' | 'login';

export function AuthScreen({ reason }: { reason?: string }) {
  const { session } = useServices();
  const [mode, setMode] = useState<Mode>('signup');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const signup = mode === 'signup';

  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      if (signup) await session.register(email.trim(), password, name.trim() || undefined);
      else await session.login(email.trim(), password);
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, 'offline', 'Something went wrong; try again.'));
      setBusy(false);
    }
  };

  const passwordError = error?.field('password');
  return (
    <div class="app">
      <main class="main" id="main">
        <div class="screen">
        <div class="screen-head">
          <h1>{signup ? 'Create your account' : 'Welcome back'}</h1>
          <p>bladework coaches post-exhaustion training for your shoulder blades: a compound lift, then a shrug to failure.</p>
        </div>
        {reason && <Notice tone="warning">{reason}</Notice>}
        <form onSubmit={submit} noValidate>
          <TextField label="Email" type="email" autoComplete="email" inputMode="email" value={email} onValue={setEmail} error={error?.field('email')} required />
          <TextField
            label="Password"
            type="password"
            autoComplete={signup ? 'new-password' : 'current-password'}
            {...(signup ? { hint: 'At least 8 characters.' } : {})}
            value={password}
            onValue={setPassword}
            error={passwordError}
            required
          />
          {signup && <TextField label="Your name (optional)" autoComplete="nickname" value={name} onValue={setName} error={error?.field('displayName')} />}
          {error && error.fields.length === 0 && <Notice tone="danger">{error.offline ? 'No connection: signing up and logging in need the internet once.' : error.message}</Notice>}
          {error && error.fields.length > 0 && <Notice tone="danger">Please fix the fields marked above.</Notice>}
          <div class="action-bar">
            <button type="submit" class="btn btn-primary" disabled={busy}>
              {busy ? 'One moment…' : signup ? 'Create account' : 'Log in'}
            </button>
          </div>
        </form>
        <p class="center">
          {signup ? 'Already have an account?' : 'New here?'}{' '}
          <button
            type="button"
            class="btn btn-quiet"
            onClick={() => {
              setMode(signup ? 'login' : 'signup');
              setError(null);
            }}
          >
            {signup ? 'Log in' : 'Create an account'}
          </button>
        </p>
        </div>
      </main>
    </div>
  );
}
