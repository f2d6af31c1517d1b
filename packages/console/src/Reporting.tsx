import {
  ConsoleDataSetsDocument,
  ConsoleReportingStatusDocument,
  type ConsoleDataSetsQuery,
  type ConsoleReportingStatusQuery,
} from '@hoctap/client';
import { type FormEvent, useEffect, useState } from 'react';
import { request } from './api.js';
import type { Viewer } from './App.js';
import { formatDay, formatRate, reportStanding, sortReports, STANDING_LABEL } from './format.js';

type Status = ConsoleReportingStatusQuery['reportingStatus'];

/** Completeness of a data set's reports for a unit's subtree and a period: who has not reported, who is late. */
export function Reporting({ viewer }: { viewer: Viewer }) {
  const [dataSets, setDataSets] = useState<ConsoleDataSetsQuery['dataSets']>([]);
  const [dataSetCode, setDataSetCode] = useState('');
  const [unitCode, setUnitCode] = useState(viewer.scope?.code ?? '');
  const [period, setPeriod] = useState('');
  const [status, setStatus] = useState<Status | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    request(ConsoleDataSetsDocument, {})
      .then((d) => {
        setDataSets(d.dataSets);
        setDataSetCode((c) => c || (d.dataSets[0]?.code ?? ''));
      })
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  }, []);
  const selected = dataSets.find((d) => d.code === dataSetCode);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      setStatus((await request(ConsoleReportingStatusDocument, { dataSetCode, unitCode, period })).reportingStatus);
    } catch (e) {
      setStatus(null);
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <section>
      <h2>Tình hình báo cáo / Reporting completeness</h2>
      <form className="inline" onSubmit={(e) => void submit(e)}>
        <label>
          Bộ dữ liệu / Data set
          <select name="dataSet" value={dataSetCode} onChange={(e) => setDataSetCode(e.target.value)}>
            {dataSets.map((d) => (
              <option key={d.code} value={d.code}>
                {d.name} / {d.nameEn}
              </option>
            ))}
          </select>
        </label>
        <label>
          Mã đơn vị / Unit code
          <input name="unitCode" value={unitCode} onChange={(e) => setUnitCode(e.target.value)} required />
        </label>
        <label>
          Kỳ báo cáo / Period {selected ? `(${selected.periodType})` : ''}
          <input name="period" value={period} onChange={(e) => setPeriod(e.target.value)} placeholder="2025" required />
        </label>
        <button type="submit">Xem / Show</button>
      </form>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {status && (
        <>
          <p>
            Hạn nộp / Due {formatDay(status.dueOn)} · Phải nộp / Expected {status.expected} · Đã nộp / Submitted{' '}
            {status.submitted} ({formatRate(status.rate)}) · Đúng hạn / On time {status.onTime} (
            {formatRate(status.onTimeRate)})
          </p>
          <table>
            <thead>
              <tr>
                <th>Mã / Code</th>
                <th>Đơn vị / Unit</th>
                <th>Tình trạng / Standing</th>
                <th>Trạng thái / State</th>
                <th>Ngày nộp / Submitted on</th>
              </tr>
            </thead>
            <tbody>
              {sortReports(status.reports).map((r) => (
                <tr key={r.unitCode} className={reportStanding(r)}>
                  <td>{r.unitCode}</td>
                  <td>{r.unitName}</td>
                  <td>{STANDING_LABEL[reportStanding(r)]}</td>
                  <td>{r.state ?? '—'}</td>
                  <td>{formatDay(r.submittedOn)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
