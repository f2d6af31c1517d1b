/** The session's tokens, kept in sessionStorage: they end with the browser tab. */
const KEY = 'hoctap.session';

interface Tokens {
  accessToken: string;
  refreshToken: string | null;
}

function read(): Tokens | null {
  const raw = sessionStorage.getItem(KEY);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as Tokens;
  } catch {
    return null;
  }
}

export const session = {
  accessToken: (): string | null => read()?.accessToken ?? null,
  refreshToken: (): string | null => read()?.refreshToken ?? null,
  save: (tokens: Tokens): void => sessionStorage.setItem(KEY, JSON.stringify(tokens)),
  clear: (): void => sessionStorage.removeItem(KEY),
};
