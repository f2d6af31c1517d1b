import type { FieldProblem } from './api.js';
import { type FormSection, type FormValues, problemText } from './evaluation-form.js';

const vi = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

export interface EvaluationFormProps {
  sections: readonly FormSection[];
  values: FormValues;
  /** Problems by indicator code (see problemsByField). */
  problems: ReadonlyMap<string, readonly FieldProblem[]>;
  readOnly?: boolean;
  onChange: (code: string, value: string) => void;
}

/** The score sheet of a criteria set: a fieldset per criterion, a labelled input per indicator. */
export function EvaluationForm({ sections, values, problems, readOnly = false, onChange }: EvaluationFormProps) {
  return (
    <div className="sheet">
      {sections.map((section) => (
        <fieldset key={section.code}>
          <legend>
            {section.code}. {section.title}
            {section.titleEn ? <span className="en"> / {section.titleEn}</span> : null}{' '}
            <span className="muted">(tối đa / max {vi.format(section.maxScore)})</span>
          </legend>
          {section.fields.map((field) => {
            const id = `score-${field.code}`;
            const fieldProblems = problems.get(field.code) ?? [];
            const errorId = fieldProblems.length > 0 ? `${id}-error` : undefined;
            const common = {
              id,
              name: id,
              disabled: readOnly,
              'aria-invalid': fieldProblems.length > 0 ? true : undefined,
              'aria-describedby': errorId,
            };
            return (
              <div className="field" key={field.code} data-indicator={field.code}>
                <label htmlFor={id}>
                  {field.code} {field.label}
                  {field.labelEn ? <span className="en"> / {field.labelEn}</span> : null}
                  {field.optional ? <span className="muted"> (không bắt buộc / optional)</span> : null}
                </label>
                {field.kind === 'PASS_FAIL' ? (
                  <select
                    {...common}
                    value={values[field.code] ?? ''}
                    onChange={(e) => onChange(field.code, e.target.value)}
                  >
                    <option value="">—</option>
                    <option value="1">Đạt / Met</option>
                    <option value="0">Chưa đạt / Not met</option>
                  </select>
                ) : (
                  <span className="score">
                    <input
                      {...common}
                      inputMode="decimal"
                      value={values[field.code] ?? ''}
                      onChange={(e) => onChange(field.code, e.target.value)}
                    />
                    <span className="muted">
                      {field.kind === 'PERCENT' ? '% (0–100)' : `/ ${field.max === null ? '—' : vi.format(field.max)}`}
                    </span>
                  </span>
                )}
                {fieldProblems.length > 0 ? (
                  <p className="field-error" id={errorId} role="alert">
                    {fieldProblems.map(problemText).join(' · ')}
                  </p>
                ) : null}
              </div>
            );
          })}
        </fieldset>
      ))}
    </div>
  );
}
