import {
  ConsoleEvaluationsDocument,
  ConsoleSwitchGrantDocument,
  type ConsoleEvaluationFieldsFragment,
} from '@hoctap/client';
import { useEffect, useState } from 'react';
import { messageOf, request } from './api.js';
import type { Viewer } from './App.js';
import { session } from './session.js';

type Evaluation = ConsoleEvaluationFieldsFragment;

/** The inbox: evaluations the grant in use may act on now, and those returned with a note. */
function useInbox(viewer: Viewer) {
  const [awaiting, setAwaiting] = useState<Evaluation[]>([]);
  const [returned, setReturned] = useState<Evaluation[]>([]);
  const [counts, setCounts] = useState<Record<string, number>>({});
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (viewer.role === 'ANALYST') return;
    const unitCode = viewer.scope?.code ?? null;
    const states = ['DRAFT', 'SUBMITTED', 'VERIFIED', 'RETURNED'];
    Promise.all([
      request(ConsoleEvaluationsDocument, {
        filter: { unitCode, states: ['SUBMITTED', 'VERIFIED', 'DRAFT'] },
        first: 50,
      }),
      request(ConsoleEvaluationsDocument, { filter: { unitCode, states: ['RETURNED'] }, first: 50 }),
      ...states.map((s) => request(ConsoleEvaluationsDocument, { filter: { unitCode, states: [s] }, first: 0 })),
    ])
      .then(([open, back, ...byState]) => {
        // What awaits this grant is what it may act on: the API lists each record's actions for the caller.
        setAwaiting(open!.evaluations.nodes.filter((e) => e.availableActions.length > 0));
        setReturned(back!.evaluations.nodes);
        setCounts(Object.fromEntries(states.map((s, i) => [s, byState[i]!.evaluations.totalCount])));
      })
      .catch((e: unknown) => setError(messageOf(e)));
  }, [viewer]);
  return { awaiting, returned, counts, error };
}

const STATE_LABEL: Record<string, string> = {
  DRAFT: 'Nháp / Draft',
  SUBMITTED: 'Đã tự đánh giá / Submitted',
  VERIFIED: 'Đã thẩm định / Verified',
  RETURNED: 'Trả lại / Returned',
};

export function Home({
  viewer,
  onSwitched,
  onOpenEvaluation,
}: {
  viewer: Viewer;
  onSwitched: () => void;
  onOpenEvaluation: (id: string) => void;
}) {
  const user = viewer.user;
  const { awaiting, returned, counts, error } = useInbox(viewer);
  const [switchError, setSwitchError] = useState<string | null>(null);

  const switchTo = async (grantId: string) => {
    setSwitchError(null);
    try {
      const { switchGrant } = await request(ConsoleSwitchGrantDocument, { grantId });
      session.save({
        accessToken: switchGrant.accessToken,
        refreshToken: switchGrant.refreshToken ?? session.refreshToken(),
      });
      onSwitched();
    } catch (e) {
      setSwitchError(messageOf(e));
    }
  };

  const lastNote = (e: Evaluation) => [...e.history].reverse().find((h) => h.note)?.note ?? '—';

  return (
    <section>
      <h2>Xin chào / Hello, {user?.name ?? viewer.role}</h2>
      <p>
        Tên đăng nhập / Login: <strong>{user?.login ?? '—'}</strong> · Vai trò / Role: <strong>{viewer.role}</strong> ·
        Phạm vi / Scope:{' '}
        <strong>{viewer.scope ? `${viewer.scope.name} (${viewer.scope.code})` : 'Toàn quốc / National'}</strong>
      </p>

      {viewer.role !== 'ANALYST' ? (
        <>
          <h3>Số đánh giá của đơn vị / Evaluations in the unit</h3>
          <ul className="counts" data-testid="counts">
            {Object.entries(STATE_LABEL).map(([state, label]) => (
              <li key={state}>
                {label}: <strong>{counts[state] ?? '…'}</strong>
              </li>
            ))}
          </ul>
          <h3>Việc cần xử lý / Awaiting your action</h3>
          {error ? (
            <p className="error" role="alert">
              {error}
            </p>
          ) : null}
          {awaiting.length === 0 ? (
            <p className="muted">Không có việc chờ / Nothing awaits you</p>
          ) : (
            <table data-testid="inbox">
              <thead>
                <tr>
                  <th>Đối tượng / Subject</th>
                  <th>Đơn vị / Unit</th>
                  <th>Năm / Year</th>
                  <th>Trạng thái / State</th>
                  <th>Việc / Actions</th>
                </tr>
              </thead>
              <tbody>
                {awaiting.map((e) => (
                  <tr key={e.id}>
                    <td>
                      <button type="button" className="link" onClick={() => onOpenEvaluation(e.id)}>
                        {e.subject?.name ?? e.unit.name}
                      </button>
                    </td>
                    <td>{e.unit.name}</td>
                    <td>{e.year}</td>
                    <td>{STATE_LABEL[e.state] ?? e.state}</td>
                    <td>{e.availableActions.map((a) => `${a.label} / ${a.labelEn}`).join(', ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {returned.length > 0 ? (
            <>
              <h3>Bị trả lại / Returned</h3>
              <table>
                <tbody>
                  {returned.map((e) => (
                    <tr key={e.id}>
                      <td>
                        <button type="button" className="link" onClick={() => onOpenEvaluation(e.id)}>
                          {e.subject?.name ?? e.unit.name}
                        </button>
                      </td>
                      <td>{e.year}</td>
                      <td>{lastNote(e)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          ) : null}
        </>
      ) : null}

      <h3>Quyền được cấp / Grants</h3>
      {switchError ? (
        <p className="error" role="alert">
          {switchError}
        </p>
      ) : null}
      <table>
        <thead>
          <tr>
            <th>Vai trò / Role</th>
            <th>Đơn vị / Unit</th>
            <th>Cơ quan / Agency</th>
            <th>Đang dùng / In use</th>
          </tr>
        </thead>
        <tbody>
          {(user?.grants ?? []).map((g) => (
            <tr key={g.id}>
              <td>{g.role}</td>
              <td>{g.unit ? `${g.unit.name} (${g.unit.code})` : 'Toàn quốc / National'}</td>
              <td>{g.agency ?? '—'}</td>
              <td>
                {g.id === viewer.grant?.id ? (
                  '✓'
                ) : (
                  <button type="button" onClick={() => void switchTo(g.id)}>
                    Dùng quyền này / Use this grant
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
