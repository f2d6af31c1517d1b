import { ConsoleSignInDocument } from '@hoctap/client';
import { type FormEvent, useState } from 'react';
import { request } from './api.js';
import { session } from './session.js';

export function SignIn({ onSignedIn }: { onSignedIn: () => Promise<void> }) {
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const { signIn } = await request(ConsoleSignInDocument, { input: { login, password } });
      session.save({ accessToken: signIn.accessToken, refreshToken: signIn.refreshToken ?? null });
      await onSignedIn();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="signin" onSubmit={(e) => void submit(e)}>
      <h1>Đăng nhập / Sign in</h1>
      <label>
        Tên đăng nhập / Login
        <input name="login" autoComplete="username" value={login} onChange={(e) => setLogin(e.target.value)} required />
      </label>
      <label>
        Mật khẩu / Password
        <input
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          required
        />
      </label>
      <button type="submit" disabled={busy}>
        Đăng nhập / Sign in
      </button>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <p className="muted">
        <a href="/about">Về máy chủ này / About this server</a>
      </p>
    </form>
  );
}
