import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { EvaluationForm } from './EvaluationForm.js';
import {
  type CriteriaSet,
  formOf,
  parseNumber,
  problemsByField,
  scoresOf,
  splitPreviewProblems,
  valuesOf,
} from './evaluation-form.js';

const SET: CriteriaSet = {
  code: 'SAMPLE',
  name: 'Bộ mẫu',
  nameEn: 'Sample set',
  sample: true,
  maxTotal: 110,
  validFrom: '2016-01-01',
  validTo: null,
  grades: [],
  criteria: [
    {
      code: '1',
      title: 'Học tập của trẻ em',
      titleEn: "Children's learning",
      maxScore: 20,
      indicators: [
        {
          code: '1.1',
          title: 'Đi học',
          titleEn: 'At school',
          kind: 'POINTS',
          maxScore: 10,
          minScore: null,
          optional: false,
        },
        {
          code: '1.2',
          title: 'Có góc học tập',
          titleEn: null,
          kind: 'PASS_FAIL',
          maxScore: null,
          minScore: null,
          optional: true,
        },
      ],
    },
    {
      code: '2',
      title: 'Người lớn',
      titleEn: 'Adults',
      maxScore: 100,
      indicators: [
        {
          code: '2.1',
          title: 'Biết chữ',
          titleEn: 'Literate',
          kind: 'PERCENT',
          maxScore: null,
          minScore: 50,
          optional: false,
        },
      ],
    },
  ],
};

describe('formOf', () => {
  it('makes a section per criterion and a field per indicator, in the set order, with its bounds', () => {
    const sections = formOf(SET);
    expect(sections.map((s) => [s.code, s.fields.map((f) => f.code)])).toEqual([
      ['1', ['1.1', '1.2']],
      ['2', ['2.1']],
    ]);
    const [points, passFail] = sections[0]!.fields;
    expect(points).toMatchObject({ kind: 'POINTS', min: 0, max: 10, optional: false });
    expect(passFail).toMatchObject({ kind: 'PASS_FAIL', min: 0, max: 1, optional: true });
    expect(sections[1]!.fields[0]).toMatchObject({ kind: 'PERCENT', min: 50, max: 100 });
  });
});

describe('scoresOf and valuesOf', () => {
  it('reads Vietnamese and English decimals, skips blank fields and flags what is not a number', () => {
    const { scores, problems } = scoresOf(formOf(SET), { '1.1': '7,5', '1.2': '', '2.1': 'nhiều' });
    expect(scores).toEqual([{ indicatorCode: '1.1', value: 7.5 }]);
    expect(problems).toEqual([{ field: 'scores.2.1', rule: 'NOT_A_NUMBER', message: '"nhiều" is not a number' }]);
    expect(parseNumber(' 8.25 ')).toBe(8.25);
    expect(parseNumber('1e3')).toBeNull();
    expect(parseNumber('')).toBeNull();
  });

  it('shows a saved sheet with the decimal comma and reads it back unchanged', () => {
    const saved = [
      { indicatorCode: '1.1', value: 7.5 },
      { indicatorCode: '2.1', value: 90 },
    ];
    const values = valuesOf(saved);
    expect(values).toEqual({ '1.1': '7,5', '2.1': '90' });
    expect(scoresOf(formOf(SET), values).scores).toEqual(saved);
  });
});

describe('problems from the API', () => {
  const problems = [
    { field: 'scores.1.1', rule: 'ABOVE_MAX', message: 'indicator 1.1 scores 12 but its maximum is 10' },
    { field: 'scores.2.1', rule: 'MISSING_INDICATOR', message: 'indicator 2.1 is required but has no score' },
    { field: 'year', rule: 'RANGE', message: 'must be a year from 1990 to 2026' },
  ];

  it('groups them by indicator code, other fields by their own name', () => {
    const byField = problemsByField(problems);
    expect([...byField.keys()]).toEqual(['1.1', '2.1', 'year']);
  });

  it('counts indicators not scored yet apart from real mistakes while a sheet is being filled', () => {
    const { missing, shown } = splitPreviewProblems(problems);
    expect(missing).toEqual(['2.1']);
    expect(shown.map((p) => p.rule)).toEqual(['ABOVE_MAX', 'RANGE']);
  });
});

describe('<EvaluationForm>', () => {
  const render = (problems = new Map()) =>
    renderToStaticMarkup(
      <EvaluationForm sections={formOf(SET)} values={{ '1.1': '12' }} problems={problems} onChange={() => {}} />,
    );

  it('labels every input with its indicator and shows the maxima', () => {
    const html = render();
    for (const code of ['1.1', '1.2', '2.1']) expect(html).toContain(`for="score-${code}"`);
    expect(html).toContain('1.1 Đi học');
    expect(html).toContain('/ 10');
    expect(html).toContain('% (0–100)');
    expect(html).toContain('(tối đa / max 20)');
    expect(html).toContain('Đạt / Met');
    expect(html).not.toContain('role="alert"');
  });

  it('puts a refused score beside its input, Vietnamese first, and marks the input invalid', () => {
    const html = render(
      problemsByField([
        { field: 'scores.1.1', rule: 'ABOVE_MAX', message: 'indicator 1.1 scores 12 but its maximum is 10' },
      ]),
    );
    expect(html).toMatch(/id="score-1\.1"[^>]*aria-invalid="true"[^>]*aria-describedby="score-1\.1-error"/);
    expect(html).toContain(
      'id="score-1.1-error" role="alert">Vượt quá điểm tối đa / indicator 1.1 scores 12 but its maximum is 10',
    );
    expect(html.match(/role="alert"/g)).toHaveLength(1);
  });
});
