// The GraphQL IDE the server serves at /graphiql: GraphiQL from the project's own dependencies,
// bundled at build time (scripts/build-ide.mjs), with no request to anything but this server.
// A bar above it takes a bearer token (kept in this browser's localStorage) for every request.
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { createElement as h, useState } from 'react';
import { createRoot } from 'react-dom/client';

const TOKEN_KEY = 'hoctap.token';
const endpoint = new URL('graphql', document.baseURI).href;

function fetcherWith(getToken) {
  return async (params, options) => {
    const token = getToken().trim();
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        ...(token ? { authorization: `Bearer ${token.replace(/^Bearer\s+/i, '')}` } : {}),
        ...(options?.headers ?? {}),
      },
      body: JSON.stringify(params),
    });
    return response.json();
  };
}

const DEFAULT_QUERY = `# Hoc Tap — GraphQL API (xây dựng xã hội học tập)
# Paste a bearer token above (pnpm hoctap token --role ANALYST, or the tokens
# pnpm hoctap demo prints); without one you are anonymous and see published data.

{
  viewer { role scope { name } }
  adminUnit(code: "87", asOf: "2025-06-30") {
    name
    children(asOf: "2025-06-30") { code name }
    current { code name }
  }
}
`;

function App() {
  const [token, setToken] = useState(() => localStorage.getItem(TOKEN_KEY) ?? '');
  const [fetcher] = useState(() => fetcherWith(() => localStorage.getItem(TOKEN_KEY) ?? ''));
  const update = (value) => {
    localStorage.setItem(TOKEN_KEY, value);
    setToken(value);
  };
  return h(
    'div',
    { className: 'hoctap-ide' },
    h(
      'header',
      { className: 'hoctap-bar' },
      h('strong', null, 'Hoc Tap GraphQL'),
      h(
        'label',
        null,
        'Mã truy cập / Bearer token ',
        h('input', {
          type: 'password',
          value: token,
          placeholder: 'pnpm hoctap token --role ANALYST',
          autoComplete: 'off',
          spellCheck: false,
          onChange: (event) => update(event.target.value),
        }),
      ),
      h('span', { className: 'hoctap-who' }, token.trim() ? 'signed in with a token' : 'anonymous'),
      h('a', { href: './' }, 'about this server'),
    ),
    h('main', null, h(GraphiQL, { fetcher, defaultQuery: DEFAULT_QUERY, shouldPersistHeaders: false })),
  );
}

createRoot(document.getElementById('root')).render(h(App));
