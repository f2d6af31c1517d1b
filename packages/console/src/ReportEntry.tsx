import {
  ConsoleDataSetFormsDocument,
  ConsoleReportOfDocument,
  ConsoleSaveReportDocument,
  type ConsoleReportFieldsFragment,
} from '@hoctap/client';
import { type FormEvent, useEffect, useMemo, useState } from 'react';
import { ApiError, type FieldProblem, messageOf, request } from './api.js';
import type { Viewer } from './App.js';
import { problemText } from './evaluation-form.js';
import { formatDay } from './format.js';
import { cellKey, cellsOf, type DataSetForm, reportProblems, valuesOf } from './report-form.js';
import { session } from './session.js';
import { Messages } from './Messages.js';

type Report = ConsoleReportFieldsFragment;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

interface ImportAnswer {
  saved: boolean;
  rows: number;
  changed: number;
  errors: (FieldProblem & { cell: string | null })[];
  warnings: (FieldProblem & { cell: string | null })[];
}

const auth = (): Record<string, string> => {
  const token = session.accessToken();
  return token ? { authorization: `Bearer ${token}` } : {};
};

function save(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function failure(response: Response): Promise<string> {
  const body = (await response.json().catch(() => null)) as { errors?: { message: string }[] } | null;
  return body?.errors?.[0]?.message ?? `Máy chủ trả lời ${response.status} / Server answered ${response.status}`;
}

/** A data set's report for a unit and period, typed in or by the XLSX template. */
export function ReportEntry({ viewer }: { viewer: Viewer }) {
  const [sets, setSets] = useState<DataSetForm[]>([]);
  const [code, setCode] = useState('');
  const [unitCode, setUnitCode] = useState(viewer.scope?.code ?? '');
  const [period, setPeriod] = useState('');
  const [report, setReport] = useState<Report | null>(null);
  const [opened, setOpened] = useState(false);
  const [typed, setTyped] = useState<Record<string, string>>({});
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [sentKeys, setSentKeys] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [imported, setImported] = useState<ImportAnswer | null>(null);
  const [file, setFile] = useState<File | null>(null);

  useEffect(() => {
    request(ConsoleDataSetFormsDocument, {})
      .then((d) => {
        setSets(d.dataSets);
        setCode((c) => c || (d.dataSets[0]?.code ?? ''));
      })
      .catch((e: unknown) => setError(messageOf(e)));
  }, []);
  const set = sets.find((s) => s.code === code) ?? null;
  const cells = useMemo(() => (set ? cellsOf(set) : []), [set]);
  const byCell = reportProblems(problems, sentKeys);

  const open = async (event?: FormEvent) => {
    event?.preventDefault();
    setError(null);
    setNotice(null);
    setProblems([]);
    try {
      const { dataSetReportOf } = await request(ConsoleReportOfDocument, { dataSetCode: code, unitCode, period });
      setReport(dataSetReportOf ?? null);
      setTyped(
        Object.fromEntries((dataSetReportOf?.values ?? []).map((v) => [cellKey(v.element, v.category), v.value])),
      );
      setOpened(true);
    } catch (e) {
      setProblems(e instanceof ApiError ? [...e.problems] : []);
      setSentKeys([]);
      setError(messageOf(e));
    }
  };

  const submit = async () => {
    setError(null);
    setNotice(null);
    const { values, keys } = valuesOf(cells, typed);
    setSentKeys(keys);
    try {
      const { saveDataSetReport } = await request(ConsoleSaveReportDocument, {
        input: { dataSetCode: code, unitCode, period, values, expectedVersion: report?.version ?? null },
      });
      setReport(saveDataSetReport);
      setProblems([]);
      setNotice('Đã lưu / Saved');
    } catch (e) {
      const listed = e instanceof ApiError ? [...e.problems] : [];
      setProblems(listed);
      setError(
        listed.length > 0
          ? 'Có ô bị từ chối, xem lời nhắn bên cạnh / Refused: see the message beside each field'
          : messageOf(e),
      );
    }
  };

  const template = async () => {
    setError(null);
    const q = new URLSearchParams({ unitCode, period });
    const response = await fetch(`/data-sets/${encodeURIComponent(code)}/template.xlsx?${q}`, { headers: auth() });
    if (!response.ok) return setError(await failure(response));
    save(await response.blob(), `${code}-${period}.xlsx`);
  };

  const upload = async (accept: 'json' | 'xlsx') => {
    if (!file) return;
    setError(null);
    setNotice(null);
    const response = await fetch(`/data-sets/${encodeURIComponent(code)}/import?${new URLSearchParams({ period })}`, {
      method: 'POST',
      headers: { ...auth(), 'content-type': XLSX, accept: accept === 'xlsx' ? XLSX : 'application/json' },
      body: file,
    });
    if (accept === 'xlsx' && response.status === 422) return save(await response.blob(), `${code}-${period}-loi.xlsx`);
    if (response.status !== 200 && response.status !== 422) return setError(await failure(response));
    const answer = (await response.json()) as ImportAnswer;
    setImported(answer);
    if (answer.saved) {
      setNotice(`Đã nhập ${answer.changed}/${answer.rows} dòng / Imported ${answer.changed} of ${answer.rows} rows`);
      if (opened) await open();
    }
  };

  const beside = (key: string) => {
    const ps = byCell.get(key);
    return ps ? (
      <p className="field-error" role="alert" id={`cell-${key}-error`}>
        {ps.map(problemText).join(' · ')}
      </p>
    ) : null;
  };

  return (
    <section>
      <h2>Nhập báo cáo / Report entry</h2>
      <form className="inline" onSubmit={(e) => void open(e)}>
        <label>
          Bộ dữ liệu / Data set
          <select
            name="reportDataSet"
            value={code}
            onChange={(e) => {
              setCode(e.target.value);
              setOpened(false);
              setReport(null);
            }}
          >
            {sets.map((s) => (
              <option key={s.code} value={s.code}>
                {s.name} / {s.nameEn}
              </option>
            ))}
          </select>
        </label>
        <label>
          Mã đơn vị / Unit code
          <input name="reportUnit" value={unitCode} onChange={(e) => setUnitCode(e.target.value)} size={10} />
        </label>
        <label>
          Kỳ / Period
          <input
            name="reportPeriod"
            value={period}
            onChange={(e) => setPeriod(e.target.value)}
            size={8}
            placeholder={set?.periodType === 'YEARLY' ? '2025' : ''}
          />
        </label>
        <button type="submit">Mở / Open</button>
      </form>
      {beside('unitCode')}
      {beside('period')}
      <Messages error={error} notice={notice} />

      {opened && set ? (
        <>
          <p data-testid="report-state">
            {report ? (
              <>
                Trạng thái / State: <strong>{report.state}</strong> · v{report.version} · Hạn / Due{' '}
                {formatDay(report.dueOn)}
              </>
            ) : (
              'Chưa có báo cáo / No report yet'
            )}
          </p>
          <table className="report">
            <tbody>
              {cells.map((c) => (
                <tr key={c.key}>
                  <th scope="row">
                    <label htmlFor={`cell-${c.key}`}>
                      {c.label}
                      <span className="en"> / {c.labelEn}</span>
                    </label>
                  </th>
                  <td>
                    <input
                      id={`cell-${c.key}`}
                      name={`cell-${c.key}`}
                      value={typed[c.key] ?? ''}
                      inputMode={c.valueType === 'TEXT' ? 'text' : 'decimal'}
                      aria-invalid={byCell.has(c.key) ? true : undefined}
                      aria-describedby={byCell.has(c.key) ? `cell-${c.key}-error` : undefined}
                      onChange={(e) => setTyped((t) => ({ ...t, [c.key]: e.target.value }))}
                    />
                    {beside(c.key)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {beside('values')}
          {report && report.violations.length > 0 ? (
            <ul className="violations" data-testid="violations">
              {report.violations.map((v) => (
                <li key={v.rule} className={v.blocking ? 'error' : undefined}>
                  {v.name}: {v.left} {v.operator} {v.right} ({v.blocking ? 'chặn / blocking' : 'cảnh báo / warning'})
                </li>
              ))}
            </ul>
          ) : null}
          <div className="actions">
            <button type="button" onClick={() => void submit()}>
              Lưu / Save
            </button>
          </div>
        </>
      ) : null}

      <h3>Nhập bằng Excel / Bulk entry by XLSX</h3>
      <div className="actions">
        <button type="button" onClick={() => void template()} disabled={!code || !period}>
          Tải mẫu / Download template
        </button>
        <label>
          Tệp đã điền / Filled template
          <input type="file" name="reportFile" accept=".xlsx" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </label>
        <button type="button" onClick={() => void upload('json')} disabled={!file || !period}>
          Tải lên / Upload
        </button>
        {imported && !imported.saved ? (
          <button type="button" onClick={() => void upload('xlsx')}>
            Tải tệp báo lỗi / Download the error report
          </button>
        ) : null}
      </div>
      {imported && !imported.saved ? (
        <table data-testid="import-errors">
          <caption>
            Không lưu gì: {imported.errors.length} lỗi / Nothing saved: {imported.errors.length} errors
          </caption>
          <thead>
            <tr>
              <th>Ô / Cell</th>
              <th>Trường / Field</th>
              <th>Lỗi / Problem</th>
            </tr>
          </thead>
          <tbody>
            {imported.errors.map((p, i) => (
              <tr key={i}>
                <td>{p.cell ?? '—'}</td>
                <td>{p.field}</td>
                <td>{problemText(p)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
