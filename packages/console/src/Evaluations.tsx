import {
  ConsoleCreateEvaluationDocument,
  ConsoleCriteriaSetsDocument,
  ConsoleEvaluationsDocument,
  ConsolePreviewRatingDocument,
  ConsoleScoreEvaluationDocument,
  ConsoleSubjectsDocument,
  ConsoleTransitionDocument,
  ConsoleEvaluationDocument,
  type ConsoleEvaluationFieldsFragment,
  type ConsolePreviewRatingQuery,
  type ConsoleSubjectsQuery,
  type ModelKind,
  type SubjectKind,
} from '@hoctap/client';
import { type FormEvent, useEffect, useMemo, useState } from 'react';
import { ApiError, type FieldProblem, messageOf, request } from './api.js';
import type { Viewer } from './App.js';
import { EvaluationForm } from './EvaluationForm.js';
import {
  type CriteriaSet,
  formOf,
  type FormValues,
  problemsByField,
  problemText,
  scoresOf,
  splitPreviewProblems,
  valuesOf,
} from './evaluation-form.js';
import { formatDay, sortByLabel } from './format.js';
import { Messages } from './Messages.js';

type Evaluation = ConsoleEvaluationFieldsFragment;
type Subject = ConsoleSubjectsQuery['subjects']['nodes'][number];

/** Models whose subject is a person or group on record (the others rate an administrative unit). */
const MODELS: { kind: ModelKind; subject: SubjectKind; label: string }[] = [
  { kind: 'LEARNING_FAMILY', subject: 'HOUSEHOLD', label: 'Gia đình học tập / Learning family' },
  { kind: 'LEARNING_CLAN', subject: 'CLAN', label: 'Dòng họ học tập / Learning clan' },
  { kind: 'LEARNING_CITIZEN', subject: 'CITIZEN', label: 'Công dân học tập / Learning citizen' },
  { kind: 'LEARNING_UNIT', subject: 'ORGANISATION', label: 'Đơn vị học tập / Learning unit' },
];

const vi = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
const problemsOf = (e: unknown): FieldProblem[] => (e instanceof ApiError ? [...e.problems] : []);

/** Data entry of evaluations: choose the subject, fill the sheet of the set in force, save, act on it. */
export function Evaluations({ viewer, openId }: { viewer: Viewer; openId?: string | null }) {
  const [model, setModel] = useState<ModelKind>('LEARNING_FAMILY');
  const [unitCode, setUnitCode] = useState(viewer.scope?.code ?? '');
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [subjects, setSubjects] = useState<Subject[]>([]);
  const [subjectId, setSubjectId] = useState('');
  const [list, setList] = useState<Evaluation[]>([]);
  const [sets, setSets] = useState<CriteriaSet[]>([]);
  const [setCode, setSetCode] = useState('');
  const [evaluation, setEvaluation] = useState<Evaluation | null>(null);
  const [values, setValues] = useState<FormValues>({});
  const [preview, setPreview] = useState<ConsolePreviewRatingQuery['previewRating'] | null>(null);
  const [previewProblems, setPreviewProblems] = useState<FieldProblem[]>([]);
  const [saveProblems, setSaveProblems] = useState<FieldProblem[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [note, setNote] = useState('');

  const subjectKind = MODELS.find((m) => m.kind === model)!.subject;
  const set = sets.find((s) => s.code === setCode) ?? null;
  const sections = useMemo(() => (set ? formOf(set) : []), [set]);
  const sheet = useMemo(() => scoresOf(sections, values), [sections, values]);
  const yearNumber = Number(year);

  // The sets in force on 31 December of the year rated.
  useEffect(() => {
    if (!/^\d{4}$/.test(year)) return;
    request(ConsoleCriteriaSetsDocument, { modelKind: model, asOf: `${year}-12-31` })
      .then((d) => {
        setSets(d.criteriaSets);
        setSetCode((c) => (d.criteriaSets.some((s) => s.code === c) ? c : (d.criteriaSets[0]?.code ?? '')));
      })
      .catch((e: unknown) => setError(messageOf(e)));
  }, [model, year]);

  // Live preview, computed by the API from the filled fields; a pause in typing sends it.
  useEffect(() => {
    if (!set || sheet.scores.length === 0) {
      setPreview(null);
      setPreviewProblems([]);
      return;
    }
    const timer = setTimeout(() => {
      request(ConsolePreviewRatingDocument, {
        criteriaSetCode: set.code,
        scores: sheet.scores,
        year: /^\d{4}$/.test(year) ? yearNumber : null,
      })
        .then((d) => {
          setPreview(d.previewRating);
          setPreviewProblems([]);
        })
        .catch((e: unknown) => {
          setPreview(null);
          setPreviewProblems(problemsOf(e));
        });
    }, 250);
    return () => clearTimeout(timer);
  }, [set, sheet, year, yearNumber]);

  const open = (e: Evaluation) => {
    setEvaluation(e);
    setModel(e.modelKind);
    setYear(String(e.year));
    setSetCode(e.criteriaSet.code);
    setValues(valuesOf(e.scores));
    setSubjectId(e.subject?.id ?? '');
    setSaveProblems([]);
    setNote('');
  };

  useEffect(() => {
    if (!openId) return;
    request(ConsoleEvaluationDocument, { id: openId })
      .then((d) => open(d.evaluation))
      .catch((e: unknown) => setError(messageOf(e)));
  }, [openId]);

  const find = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      const [s, l] = await Promise.all([
        request(ConsoleSubjectsDocument, { filter: { kind: subjectKind, unitCode: unitCode || null }, first: 100 }),
        request(ConsoleEvaluationsDocument, {
          filter: { modelKind: model, unitCode: unitCode || null, year: /^\d{4}$/.test(year) ? yearNumber : null },
          first: 50,
        }),
      ]);
      setSubjects(sortByLabel(s.subjects.nodes, (n) => n.name));
      setList(l.evaluations.nodes);
      setSubjectId((id) => id || (s.subjects.nodes[0]?.id ?? ''));
    } catch (e) {
      setError(messageOf(e));
    }
  };

  const save = async () => {
    setError(null);
    setNotice(null);
    if (sheet.problems.length > 0) {
      setSaveProblems(sheet.problems);
      return;
    }
    try {
      const saved = evaluation
        ? (
            await request(ConsoleScoreEvaluationDocument, {
              input: { id: evaluation.id, expectedVersion: evaluation.version, scores: sheet.scores, replace: true },
            })
          ).scoreEvaluation
        : (
            await request(ConsoleCreateEvaluationDocument, {
              input: { subjectId, modelKind: model, year: yearNumber, criteriaSetCode: setCode, scores: sheet.scores },
            })
          ).createEvaluation;
      open(saved);
      setNotice('Đã lưu / Saved');
    } catch (e) {
      showRefusal(e);
    }
  };

  // The API names each refused field: those messages go beside their fields, a summary on top.
  const showRefusal = (e: unknown) => {
    const problems = problemsOf(e);
    setSaveProblems(problems);
    setError(
      problems.length > 0
        ? 'Có ô bị từ chối, xem lời nhắn bên cạnh / Refused: see the message beside each field'
        : messageOf(e),
    );
  };

  const act = async (action: string) => {
    if (!evaluation) return;
    setError(null);
    setNotice(null);
    try {
      await request(ConsoleTransitionDocument, {
        id: evaluation.id,
        action,
        expectedVersion: evaluation.version,
        note: note.trim() || null,
      });
      open((await request(ConsoleEvaluationDocument, { id: evaluation.id })).evaluation);
      setNotice('Đã chuyển trạng thái / State changed');
    } catch (e) {
      showRefusal(e);
    }
  };

  const editable = !evaluation || ['DRAFT', 'RETURNED'].includes(evaluation.state);
  const { missing, shown } = splitPreviewProblems(previewProblems);
  const problems = problemsByField([...sheet.problems, ...shown, ...saveProblems]);
  const beside = (field: string) => {
    const ps = problems.get(field);
    return ps ? (
      <p className="field-error" role="alert" id={`${field}-error`}>
        {ps.map(problemText).join(' · ')}
      </p>
    ) : null;
  };

  return (
    <section>
      <h2>Nhập đánh giá / Evaluation entry</h2>
      <form className="inline" onSubmit={(e) => void find(e)}>
        <label>
          Mô hình / Model
          <select
            name="modelKind"
            value={model}
            onChange={(e) => {
              setModel(e.target.value as ModelKind);
              setEvaluation(null);
              setSubjects([]);
              setSubjectId('');
            }}
          >
            {MODELS.map((m) => (
              <option key={m.kind} value={m.kind}>
                {m.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Mã đơn vị / Unit code
          <input name="unitCode" value={unitCode} onChange={(e) => setUnitCode(e.target.value)} size={10} />
        </label>
        <label>
          Năm / Year
          <input
            name="year"
            value={year}
            onChange={(e) => setYear(e.target.value)}
            size={5}
            inputMode="numeric"
            aria-describedby={problems.has('year') ? 'year-error' : undefined}
          />
        </label>
        <button type="submit">Tìm / Find</button>
      </form>
      {beside('year')}
      <Messages error={error} notice={notice} />

      {list.length > 0 ? (
        <table data-testid="evaluations">
          <caption>Đánh giá đã có / Evaluations on record</caption>
          <thead>
            <tr>
              <th>Đối tượng / Subject</th>
              <th>Năm / Year</th>
              <th>Trạng thái / State</th>
              <th>Tổng điểm / Total</th>
              <th>Xếp loại / Rating</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {list.map((e) => (
              <tr key={e.id}>
                <td>{e.subject ? `${e.subject.name} (${e.subject.code})` : e.unit.name}</td>
                <td>{e.year}</td>
                <td>{e.state}</td>
                <td>{e.total == null ? '—' : vi.format(e.total)}</td>
                <td>{e.rating ?? '—'}</td>
                <td>
                  <button type="button" onClick={() => open(e)}>
                    Mở / Open
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}

      {evaluation ? (
        <p data-testid="evaluation-state">
          Đang mở / Open: <strong>{evaluation.subject?.name ?? evaluation.unit.name}</strong>, {evaluation.year} · Trạng
          thái / State: <strong>{evaluation.state}</strong> · v{evaluation.version}{' '}
          <button
            type="button"
            onClick={() => {
              setEvaluation(null);
              setValues({});
              setSaveProblems([]);
            }}
          >
            Đánh giá mới / New
          </button>
        </p>
      ) : (
        <div className="inline">
          <label>
            Đối tượng / Subject
            <select
              name="subjectId"
              value={subjectId}
              onChange={(e) => setSubjectId(e.target.value)}
              aria-describedby={problems.has('subjectId') ? 'subjectId-error' : undefined}
            >
              {subjects.length === 0 ? <option value="">— Bấm Tìm / press Find —</option> : null}
              {subjects.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name} ({s.code}) · {s.unit.name}
                </option>
              ))}
            </select>
          </label>
          {beside('subjectId')}
        </div>
      )}

      <label>
        Bộ tiêu chí / Criteria set
        <select name="criteriaSet" value={setCode} onChange={(e) => setSetCode(e.target.value)} disabled={!!evaluation}>
          {sets.map((s) => (
            <option key={s.code} value={s.code}>
              {s.name} / {s.nameEn} ({s.code}, từ / from {formatDay(s.validFrom)})
              {s.sample ? ' — dữ liệu mẫu / sample' : ''}
            </option>
          ))}
        </select>
      </label>
      {sets.length === 0 ? <p className="muted">Không có bộ tiêu chí có hiệu lực / No criteria set in force</p> : null}

      <div className="entry">
        <EvaluationForm
          sections={sections}
          values={values}
          problems={problems}
          readOnly={!editable}
          onChange={(code, value) => {
            setValues((v) => ({ ...v, [code]: value }));
            setSaveProblems((ps) => ps.filter((p) => p.field !== `scores.${code}`));
          }}
        />
        <aside className="preview" aria-live="polite" data-testid="preview">
          <h3>Xếp loại dự kiến / Rating preview</h3>
          {preview ? (
            <>
              <p>
                Tổng / Total: <strong data-testid="preview-total">{vi.format(preview.total)}</strong> /{' '}
                {vi.format(preview.maxTotal)}
              </p>
              <p>
                Xếp loại / Rating:{' '}
                <strong data-testid="preview-rating">{preview.rating ?? 'Chưa xếp loại / Not rated'}</strong>
                {preview.recognised ? ' ✓' : ''}
              </p>
              {preview.details.length > 0 ? (
                <ul>
                  {preview.details.map((d, i) => (
                    <li key={i}>
                      {d.vi}
                      <span className="en"> / {d.en}</span>
                    </li>
                  ))}
                </ul>
              ) : null}
            </>
          ) : missing.length > 0 ? (
            <p>
              Còn {missing.length} chỉ tiêu chưa chấm / {missing.length} indicators not scored yet: {missing.join(', ')}
            </p>
          ) : (
            <p className="muted">Nhập điểm để xem / Enter scores to see it</p>
          )}
        </aside>
      </div>

      <div className="actions">
        {editable ? (
          <button type="button" onClick={() => void save()} disabled={!set || (!evaluation && !subjectId)}>
            Lưu / Save
          </button>
        ) : null}
        {evaluation && evaluation.availableActions.length > 0 ? (
          <>
            <label>
              Ghi chú / Note
              <textarea
                name="note"
                value={note}
                onChange={(e) => setNote(e.target.value)}
                rows={2}
                aria-describedby={problems.has('note') ? 'note-error' : undefined}
              />
            </label>
            {beside('note')}
            {evaluation.availableActions.map((a) => (
              <button
                key={a.name}
                type="button"
                onClick={() => void act(a.name)}
                disabled={a.noteRequired && !note.trim()}
                title={a.noteRequired ? 'Cần ghi chú / A note is required' : undefined}
              >
                {a.label} / {a.labelEn}
              </button>
            ))}
          </>
        ) : null}
      </div>

      {evaluation && evaluation.history.length > 0 ? (
        <>
          <h3>Lịch sử / History</h3>
          <ol className="history">
            {evaluation.history.map((h, i) => (
              <li key={i}>
                {new Date(String(h.at)).toLocaleString('vi-VN')} · {h.actor}: {h.fromState ?? '—'} → {h.toState}
                {h.note ? <em> — {h.note}</em> : null}
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}
