// GraphiQL for the hub, bundled by scripts/build.mjs (no CDN). The page loads this file only (no
// inline script), so it runs under a strict Content-Security-Policy.
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { createElement, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'graphiql/style.css';

// Monaco's workers are built as files of their own beside this one.
globalThis.MonacoEnvironment = {
  getWorker(_id, label) {
    const file =
      label === 'json'
        ? 'json.worker.js'
        : label === 'graphql'
          ? 'graphql.worker.js'
          : 'editor.worker.js';
    return new Worker(new URL(file, import.meta.url), { type: 'module' });
  },
};

const api = new URL('/graphql', window.location.href);
const wsUrl = api.href.replace(/^http/, 'ws');
const TOKEN_KEY = 'hub-explorer-token';

/** The token box: typed in, or filled by the development sign-in where the hub offers it. */
function TokenBar({ token, setToken }) {
  const [users, setUsers] = useState(null);
  const [choice, setChoice] = useState('');
  useEffect(() => {
    fetch('/dev/users')
      .then((response) => (response.ok ? response.json() : null))
      .then(setUsers, () => setUsers(null));
  }, []);
  const signIn = async () => {
    const [partner, role] = choice.split(' ');
    const response = await fetch('/dev/token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ partner, roles: [role] }),
    });
    if (response.ok) {
      setToken((await response.json()).token);
    }
  };
  const options = (users ?? []).flatMap((user) =>
    user.roles.map((role) =>
      createElement(
        'option',
        { key: `${user.partner} ${role}`, value: `${user.partner} ${role}` },
        `${user.partnerName} — ${role}`,
      ),
    ),
  );
  return createElement(
    'form',
    { className: 'hub-token', onSubmit: (event) => event.preventDefault() },
    createElement('label', { htmlFor: 'hub-token' }, 'Bearer token'),
    createElement('input', {
      id: 'hub-token',
      type: 'password',
      autoComplete: 'off',
      value: token,
      onChange: (event) => setToken(event.target.value.trim()),
    }),
    users &&
      createElement(
        'span',
        null,
        createElement('label', { htmlFor: 'hub-dev-user' }, 'Development sign-in'),
        createElement(
          'select',
          { id: 'hub-dev-user', value: choice, onChange: (event) => setChoice(event.target.value) },
          createElement('option', { value: '' }, 'choose a demo partner'),
          options,
        ),
        createElement('button', { type: 'button', disabled: !choice, onClick: signIn }, 'Sign in'),
      ),
  );
}

function Explorer() {
  const [token, setTokenState] = useState(() => sessionStorage.getItem(TOKEN_KEY) ?? '');
  const setToken = (value) => {
    sessionStorage.setItem(TOKEN_KEY, value);
    setTokenState(value);
  };
  const headers = token ? { authorization: `Bearer ${token}` } : {};
  const fetcher = createGraphiQLFetcher({
    url: api.href,
    subscriptionUrl: wsUrl,
    headers,
    wsConnectionParams: headers,
  });
  return createElement(
    'div',
    { className: 'hub-explorer' },
    createElement(TokenBar, { token, setToken }),
    createElement(GraphiQL, { key: token, fetcher, defaultEditorToolsVisibility: true }),
  );
}

createRoot(document.getElementById('graphiql')).render(createElement(Explorer));
