import type { Viewer } from './App.js';

export function Home({ viewer }: { viewer: Viewer }) {
  const user = viewer.user;
  return (
    <section>
      <h2>Xin chào / Hello, {user?.name ?? viewer.role}</h2>
      <p>
        Tên đăng nhập / Login: <strong>{user?.login ?? '—'}</strong> · Vai trò / Role: <strong>{viewer.role}</strong> ·
        Phạm vi / Scope:{' '}
        <strong>{viewer.scope ? `${viewer.scope.name} (${viewer.scope.code})` : 'Toàn quốc / National'}</strong>
      </p>
      <h3>Quyền được cấp / Grants</h3>
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
              <td>{g.id === viewer.grant?.id ? '✓' : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
