import { ConsoleSignOutDocument, ConsoleViewerDocument, type ConsoleViewerQuery } from '@hoctap/client';
import { useCallback, useEffect, useState } from 'react';
import { request } from './api.js';
import { Analytics } from './Analytics.js';
import { Evaluations } from './Evaluations.js';
import { Home } from './Home.js';
import { MapBrowser } from './MapBrowser.js';
import { ReportEntry } from './ReportEntry.js';
import { Reporting } from './Reporting.js';
import { session } from './session.js';
import { SignIn } from './SignIn.js';

type Screen = 'home' | 'evaluations' | 'report' | 'analytics' | 'map' | 'reporting';
const SCREENS: { id: Screen; label: string }[] = [
  { id: 'home', label: 'Tài khoản / Account' },
  { id: 'evaluations', label: 'Đánh giá / Evaluations' },
  { id: 'report', label: 'Nhập báo cáo / Report entry' },
  { id: 'analytics', label: 'Phân tích / Analytics' },
  { id: 'map', label: 'Bản đồ hành chính / Map' },
  { id: 'reporting', label: 'Báo cáo / Reporting' },
];

export type Viewer = ConsoleViewerQuery['viewer'];

export function App() {
  const [viewer, setViewer] = useState<Viewer | null>(null);
  // A shared link opens its screen (the analytics explorer keeps its whole view in the query string).
  const [screen, setScreen] = useState<Screen>(() =>
    SCREENS.some((s) => s.id === new URLSearchParams(location.search).get('view'))
      ? (new URLSearchParams(location.search).get('view') as Screen)
      : 'home',
  );
  const [loading, setLoading] = useState(true);
  const [openId, setOpenId] = useState<string | null>(null);

  const load = useCallback(async () => {
    setLoading(true);
    try {
      const data = session.accessToken() ? await request(ConsoleViewerDocument, {}) : null;
      setViewer(data?.viewer.authenticated ? data.viewer : null);
      if (!data?.viewer.authenticated) session.clear();
    } catch {
      session.clear();
      setViewer(null);
    } finally {
      setLoading(false);
    }
  }, []);
  useEffect(() => void load(), [load]);

  const signOut = async () => {
    try {
      await request(ConsoleSignOutDocument, {});
    } finally {
      session.clear();
      setViewer(null);
      setScreen('home');
    }
  };

  if (loading) return <p className="muted">Đang tải… / Loading…</p>;
  if (!viewer) return <SignIn onSignedIn={load} />;
  return (
    <>
      <header>
        <h1>Hoc Tap</h1>
        <nav style={{ display: 'flex', gap: '.5rem' }}>
          {SCREENS.map((s) => (
            <button
              key={s.id}
              aria-current={screen === s.id ? 'page' : undefined}
              onClick={() => {
                setOpenId(null);
                setScreen(s.id);
                if (s.id !== 'analytics') history.replaceState(null, '', '/');
              }}
            >
              {s.label}
            </button>
          ))}
        </nav>
        <span style={{ marginLeft: 'auto' }} data-testid="who">
          {viewer.user?.name ?? viewer.role} · {viewer.role}
          {viewer.scope ? ` · ${viewer.scope.name}` : ''}
        </span>
        <button onClick={() => void signOut()}>Đăng xuất / Sign out</button>
      </header>
      <main>
        {screen === 'home' && (
          <Home
            viewer={viewer}
            onSwitched={() => void load()}
            onOpenEvaluation={(id) => {
              setOpenId(id);
              setScreen('evaluations');
            }}
          />
        )}
        {screen === 'evaluations' && <Evaluations viewer={viewer} openId={openId} />}
        {screen === 'report' && <ReportEntry viewer={viewer} />}
        {screen === 'analytics' && <Analytics />}
        {screen === 'map' && <MapBrowser />}
        {screen === 'reporting' && <Reporting viewer={viewer} />}
      </main>
    </>
  );
}
