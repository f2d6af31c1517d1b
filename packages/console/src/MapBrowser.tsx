import { ConsoleAdminUnitsDocument, type ConsoleAdminUnitsQuery } from '@hoctap/client';
import { type FormEvent, useEffect, useState } from 'react';
import { request } from './api.js';
import { formatDay } from './format.js';

type Page = ConsoleAdminUnitsQuery['adminUnits'];
const PAGE_SIZE = 20;

/** Search the map (or list a unit's children) on a day: the map before 1/7/2025 differs from today's. */
export function MapBrowser() {
  const [text, setText] = useState('');
  const [search, setSearch] = useState('');
  const [asOf, setAsOf] = useState('');
  const [parents, setParents] = useState<{ code: string; name: string }[]>([]);
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [page, setPage] = useState<Page | null>(null);
  const [error, setError] = useState<string | null>(null);
  const parent = parents.at(-1);
  const after = cursors.at(-1) ?? null;

  useEffect(() => {
    let live = true;
    const filter = {
      ...(search ? { search } : {}),
      ...(asOf ? { asOf } : {}),
      ...(parent ? { parentCode: parent.code } : search ? {} : { level: 'PROVINCE' as const }),
    };
    request(ConsoleAdminUnitsDocument, { filter, first: PAGE_SIZE, after })
      .then((data) => live && (setPage(data.adminUnits), setError(null)))
      .catch((e: unknown) => live && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
    };
  }, [search, asOf, parent, after]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setParents([]);
    setCursors([null]);
    setSearch(text.trim());
  };
  const open = (unit: { code: string; name: string }) => {
    setParents([...parents, unit]);
    setCursors([null]);
    setSearch('');
    setText('');
  };

  return (
    <section>
      <h2>Bản đồ hành chính / Administrative map</h2>
      <form className="inline" onSubmit={submit}>
        <label>
          Tìm tên hoặc mã / Find a name or code
          <input name="search" value={text} onChange={(e) => setText(e.target.value)} placeholder="dong thap" />
        </label>
        <label>
          Bản đồ ngày / Map as of
          <input
            name="asOf"
            type="date"
            value={asOf}
            onChange={(e) => {
              setAsOf(e.target.value);
              setCursors([null]);
            }}
          />
        </label>
        <button type="submit">Tìm / Search</button>
      </form>
      <p className="muted">
        <button className="link" onClick={() => (setParents([]), setCursors([null]))}>
          Cả nước / Whole country
        </button>
        {parents.map((p, i) => (
          <span key={p.code}>
            {' › '}
            <button className="link" onClick={() => (setParents(parents.slice(0, i + 1)), setCursors([null]))}>
              {p.name}
            </button>
          </span>
        ))}
        {' · '}
        {asOf ? `Bản đồ ngày / Map of ${formatDay(asOf)}` : 'Bản đồ hôm nay / Today’s map'}
      </p>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {page && (
        <>
          <p data-testid="total">{page.totalCount} đơn vị / units</p>
          <table>
            <thead>
              <tr>
                <th>Mã / Code</th>
                <th>Tên / Name</th>
                <th>Cấp / Level</th>
                <th>Hiệu lực / Valid</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {page.nodes.map((u) => (
                <tr key={u.id}>
                  <td>{u.code}</td>
                  <td>{u.name}</td>
                  <td>{u.level}</td>
                  <td>
                    {formatDay(u.validFrom)} – {u.validTo ? formatDay(u.validTo) : ''}
                  </td>
                  <td>
                    {u.level !== 'COMMUNE' && (
                      <button className="link" onClick={() => open(u)}>
                        Đơn vị trực thuộc / Children
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>
            <button disabled={cursors.length < 2} onClick={() => setCursors(cursors.slice(0, -1))}>
              ‹ Trang trước / Previous
            </button>{' '}
            Trang / Page {cursors.length}{' '}
            <button
              disabled={!page.pageInfo.hasNextPage}
              onClick={() => setCursors([...cursors, page.pageInfo.endCursor ?? null])}
            >
              Trang sau / Next ›
            </button>
          </p>
        </>
      )}
    </section>
  );
}
