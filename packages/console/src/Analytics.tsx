import {
  ConsoleAnalyticsCatalogueDocument,
  ConsoleAnalyticsDocument,
  type AnalyticsDimension,
  type ConsoleAnalyticsCatalogueQuery,
} from '@hoctap/client';
import { Fragment, useCallback, useEffect, useMemo, useState } from 'react';
import { messageOf, request } from './api.js';
import { Chart } from './Chart.js';
import { chartData, provinceValues, type Table, valueColumns } from './chart-data.js';
import {
  type ChartKind,
  DIMENSIONS,
  type ExplorerState,
  parseState,
  queryOf,
  stateToSearch,
} from './explorer-state.js';
import { session } from './session.js';
import { TileMap } from './TileMap.js';

type Measure = ConsoleAnalyticsCatalogueQuery['analyticsCatalogue'][number];

/** Vietnamese names of the core's measures; a plugin's measure shows the catalogue's label. */
const MEASURE_VI: Record<string, string> = {
  EVALUATIONS: 'Số lượt đánh giá',
  RECOGNISED: 'Số được công nhận',
  SUBJECTS: 'Số đối tượng',
  SURVEY_NUMERATOR: 'Tử số điều tra',
  SURVEY_DENOMINATOR: 'Mẫu số điều tra',
  COMMUNES_SURVEYED: 'Số xã đã điều tra',
  COMMUNES_MEETING: 'Số xã đạt chuẩn',
  COMMUNES: 'Số xã',
  FUND_AMOUNT: 'Số tiền quỹ',
  FUND_ENTRIES: 'Số bút toán quỹ',
  LEARNING_FAMILY_SHARE: 'Tỷ lệ gia đình học tập',
  LEARNING_CLAN_SHARE: 'Tỷ lệ dòng họ học tập',
  LEARNING_CITIZEN_SHARE: 'Tỷ lệ công dân học tập',
  LEARNING_UNIT_SHARE: 'Tỷ lệ đơn vị học tập',
  RECOGNITION_RATE: 'Tỷ lệ được công nhận',
  SURVEY_RATE: 'Tỷ lệ điều tra',
  STANDARD_MET_SHARE: 'Tỷ lệ đạt chuẩn',
};
const DIMENSION_VI: Record<AnalyticsDimension, string> = {
  UNIT: 'Đơn vị / Unit',
  YEAR: 'Năm / Year',
  RATING: 'Xếp loại / Rating',
  SUBJECT_KIND: 'Loại đối tượng / Subject kind',
  MODEL: 'Mô hình / Model',
  STATE: 'Trạng thái / State',
  STANDARD: 'Tiêu chuẩn / Standard',
  SURVEY_CODE: 'Chỉ tiêu điều tra / Survey item',
  FUND_ENTRY_KIND: 'Loại bút toán / Fund entry kind',
  DONOR_TYPE: 'Loại nhà tài trợ / Donor type',
  PLUGIN: 'Phần mở rộng / Plugin',
  DATA_SET: 'Bộ báo cáo / Data set',
  PERIOD: 'Kỳ báo cáo / Period',
  DATA_ELEMENT: 'Chỉ tiêu / Data element',
  CATEGORY: 'Phân tổ / Category',
};
const CHARTS: { kind: ChartKind; label: string }[] = [
  { kind: 'bar', label: 'Cột / Bar' },
  { kind: 'line', label: 'Đường theo năm / Line over years' },
  { kind: 'stacked', label: 'Cột chồng / Stacked' },
  { kind: 'tiles', label: 'Bản đồ ô / Tile map' },
];

const vi = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
const percent = new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 1 });
const measureLabel = (m: { code: string; label: string }) =>
  MEASURE_VI[m.code] ? `${MEASURE_VI[m.code]} / ${m.label}` : m.label;

/** The page's address for a state, so the view can be shared as a link. */
export const explorerUrl = (state: ExplorerState) => `/${stateToSearch(state)}&view=analytics`;

async function download(state: ExplorerState, format: 'csv' | 'xlsx'): Promise<void> {
  const token = session.accessToken();
  const response = await fetch(`/analytics.${format}?query=${encodeURIComponent(JSON.stringify(queryOf(state)))}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { errors?: { message: string }[] } | null;
    throw new Error(
      body?.errors?.[0]?.message ?? `Máy chủ trả lời ${response.status} / Server answered ${response.status}`,
    );
  }
  const url = URL.createObjectURL(await response.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = `hoctap-phan-tich.${format}`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Measures × dimensions × filters as a table, a chart and a tile map of the provinces. */
export function Analytics() {
  const [state, setState] = useState<ExplorerState>(() => parseState(location.search));
  const [catalogue, setCatalogue] = useState<Measure[]>([]);
  const [table, setTable] = useState<Table | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);

  useEffect(() => {
    request(ConsoleAnalyticsCatalogueDocument, {})
      .then((d) => setCatalogue(d.analyticsCatalogue))
      .catch((e: unknown) => setError(messageOf(e)));
  }, []);

  useEffect(() => {
    history.replaceState(null, '', explorerUrl(state));
    let current = true;
    setLoading(true);
    setError(null);
    request(ConsoleAnalyticsDocument, { query: queryOf(state) })
      .then((d) => {
        if (!current) return;
        performance.mark('analytics-data');
        setTable(d.analytics);
      })
      .catch((e: unknown) => current && (setTable(null), setError(messageOf(e))))
      .finally(() => current && setLoading(false));
    return () => {
      current = false;
    };
  }, [state]);

  const change = (patch: Partial<ExplorerState>) => setState((s) => ({ ...s, ...patch }));
  const data = useMemo(() => (table ? chartData(table, state.chart) : null), [table, state.chart]);
  const tiles = useMemo(() => (table ? provinceValues(table) : new Map<string, number | null>()), [table]);
  // Measured from the data's arrival to the chart (or tiles) drawn with the table: read by the e2e run.
  const rendered = useCallback(() => {
    if (performance.getEntriesByName('analytics-data', 'mark').length === 0) return;
    // The table is in the DOM once effects run; the chart's drawing is flushed by the next frame.
    requestAnimationFrame(() => {
      if (performance.getEntriesByName('analytics-data', 'mark').length === 0) return;
      performance.measure('analytics-render', 'analytics-data');
      performance.clearMarks('analytics-data');
    });
  }, []);
  useEffect(() => {
    if (table && state.chart === 'tiles') rendered();
  }, [table, state.chart, rendered]);

  const measureDims = new Set(
    catalogue.filter((m) => state.measures.includes(m.code)).flatMap((m) => m.dimensions as AnalyticsDimension[]),
  );
  const dimensionChoices = DIMENSIONS.filter((d) => measureDims.size === 0 || measureDims.has(d));
  const [first, second] = state.dimensions;
  const values = table ? valueColumns(table) : [];
  const chartLabel = `${values.map((v) => MEASURE_VI[v.name] ?? v.label).join(', ')} theo / by ${state.dimensions.map((d) => DIMENSION_VI[d]).join(', ')}`;

  return (
    <section>
      <h2>Phân tích / Analytics</h2>
      <form className="explorer" onSubmit={(e) => e.preventDefault()}>
        <fieldset>
          <legend>Chỉ số / Measures</legend>
          {catalogue.map((m) => (
            <label key={m.code} className="check" title={m.description}>
              <input
                type="checkbox"
                name="measure"
                value={m.code}
                checked={state.measures.includes(m.code)}
                onChange={(e) =>
                  change({
                    measures: e.target.checked
                      ? [...state.measures, m.code].slice(0, 5)
                      : state.measures.filter((c) => c !== m.code).length > 0
                        ? state.measures.filter((c) => c !== m.code)
                        : state.measures,
                  })
                }
              />
              {measureLabel(m)}
            </label>
          ))}
        </fieldset>
        <div className="inline">
          <label>
            Theo / By
            <select
              name="dimension"
              value={first}
              onChange={(e) =>
                change({
                  dimensions: [
                    e.target.value as AnalyticsDimension,
                    ...(second && second !== e.target.value ? [second] : []),
                  ],
                })
              }
            >
              {dimensionChoices.map((d) => (
                <option key={d} value={d}>
                  {DIMENSION_VI[d]}
                </option>
              ))}
            </select>
          </label>
          <label>
            Và theo / Then by
            <select
              name="dimension2"
              value={second ?? ''}
              onChange={(e) =>
                change({ dimensions: [first!, ...(e.target.value ? [e.target.value as AnalyticsDimension] : [])] })
              }
            >
              <option value="">—</option>
              {dimensionChoices
                .filter((d) => d !== first)
                .map((d) => (
                  <option key={d} value={d}>
                    {DIMENSION_VI[d]}
                  </option>
                ))}
            </select>
          </label>
          <label>
            Cấp / Level
            <select
              name="level"
              value={state.level}
              onChange={(e) => change({ level: e.target.value as ExplorerState['level'] })}
            >
              <option value="PROVINCE">Tỉnh / Province</option>
              <option value="DISTRICT">Huyện / District</option>
              <option value="COMMUNE">Xã / Commune</option>
            </select>
          </label>
          <label>
            Bản đồ / Map
            <select
              name="map"
              value={state.map}
              onChange={(e) => change({ map: e.target.value as ExplorerState['map'] })}
            >
              <option value="CURRENT">Hiện nay (34) / Today (34)</option>
              <option value="HISTORICAL">Trước 1/7/2025 (63) / Before 1/7/2025 (63)</option>
            </select>
          </label>
          <label>
            Từ năm / From
            <input
              name="yearFrom"
              size={5}
              inputMode="numeric"
              defaultValue={state.yearFrom ?? ''}
              onBlur={(e) => change({ yearFrom: /^\d{4}$/.test(e.target.value) ? Number(e.target.value) : null })}
            />
          </label>
          <label>
            Đến năm / To
            <input
              name="yearTo"
              size={5}
              inputMode="numeric"
              defaultValue={state.yearTo ?? ''}
              onBlur={(e) => change({ yearTo: /^\d{4}$/.test(e.target.value) ? Number(e.target.value) : null })}
            />
          </label>
          <label>
            Mã đơn vị / Unit code
            <input
              name="unitCode"
              size={8}
              defaultValue={state.unitCode ?? ''}
              onBlur={(e) => change({ unitCode: e.target.value.trim() || null })}
            />
          </label>
        </div>
        <div className="inline" role="radiogroup" aria-label="Biểu đồ / Chart">
          {CHARTS.map((c) => (
            <label key={c.kind} className="check">
              <input
                type="radio"
                name="chart"
                value={c.kind}
                checked={state.chart === c.kind}
                onChange={() => change({ chart: c.kind })}
              />
              {c.label}
            </label>
          ))}
          <button
            type="button"
            onClick={() => void download(state, 'csv').catch((e: unknown) => setError(messageOf(e)))}
          >
            Tải CSV / CSV
          </button>
          <button
            type="button"
            onClick={() => void download(state, 'xlsx').catch((e: unknown) => setError(messageOf(e)))}
          >
            Tải Excel / XLSX
          </button>
          <button type="button" onClick={() => void navigator.clipboard?.writeText(location.href)}>
            Chép liên kết / Copy link
          </button>
        </div>
      </form>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
      {loading ? (
        <p className="muted" role="status">
          Đang tải… / Loading…
        </p>
      ) : null}
      {table ? (
        <>
          {table.suppressedCells > 0 ? (
            <p className="notice" data-testid="suppressed">
              {table.suppressedCells} ô bị ẩn vì ít hơn 5 người
              {table.complementaryCells > 0
                ? ` (${table.complementaryCells} ô ẩn kèm để không suy ra được)`
                : ''} / {table.suppressedCells} cells suppressed: fewer than 5 people
              {table.complementaryCells > 0 ? ` (${table.complementaryCells} blanked with them)` : ''}
              {table.roundedTo
                ? `; số làm tròn đến bội của ${table.roundedTo} / counts rounded to multiples of ${table.roundedTo}`
                : ''}
            </p>
          ) : null}
          {data && state.chart !== 'tiles' ? (
            <Chart data={data} kind={state.chart} label={chartLabel} onRendered={rendered} />
          ) : null}
          {state.chart === 'tiles' ? (
            state.dimensions.includes('UNIT') && state.level === 'PROVINCE' ? (
              <TileMap
                map={state.map}
                values={tiles}
                ratio={values[0]?.ratio ?? false}
                suppressed={table.suppressedCells > 0}
              />
            ) : (
              <p className="muted">
                Bản đồ ô cần chiều Đơn vị cấp tỉnh / The tile map needs the unit dimension at province level
              </p>
            )
          ) : null}
          <AnalyticsTable table={table} />
          {table.notes.length > 0 ? (
            <ul className="muted">
              {table.notes.map((n, i) => (
                <li key={i}>{n}</li>
              ))}
            </ul>
          ) : null}
        </>
      ) : null}
    </section>
  );
}

function AnalyticsTable({ table }: { table: Table }) {
  const suppressed = table.suppressedCells > 0;
  const cell = (value: unknown, type: string, dimension: boolean) => {
    if (value === null || value === undefined) {
      if (!dimension && suppressed)
        return (
          <td className="suppressed" title="Bị ẩn: ít hơn 5 người / Suppressed: fewer than 5 people">
            ẩn / suppressed
          </td>
        );
      return <td>—</td>;
    }
    if (typeof value === 'number')
      return <td className="num">{type === 'RATIO' ? percent.format(value) : vi.format(value)}</td>;
    return <td>{String(value)}</td>;
  };
  return (
    <table data-testid="analytics-table">
      <caption>{table.totalRows} dòng / rows</caption>
      <thead>
        <tr>
          {table.headers.map((h) => (
            <th key={h.name} scope="col">
              {MEASURE_VI[h.name] ? `${MEASURE_VI[h.name]} / ${h.label}` : h.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {(table.rows as unknown[][]).map((row, i) => (
          <tr key={i} className={table.rowKinds[i] === 'ROW' ? undefined : 'total'}>
            {row.map((v, j) => (
              <Fragment key={j}>{cell(v, table.headers[j]!.type, table.headers[j]!.dimension)}</Fragment>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
