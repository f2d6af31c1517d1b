import { describe, expect, it } from 'vitest';
import { cellsOf, type DataSetForm, reportProblems, valuesOf } from './report-form.js';

const SET: DataSetForm = {
  code: 'DS',
  name: 'Bộ mẫu',
  nameEn: 'Sample',
  periodType: 'YEARLY',
  reportingLevel: 'COMMUNE',
  elements: [
    {
      code: 'LEARNERS',
      name: 'Người học',
      nameEn: 'Learners',
      valueType: 'COUNT',
      disaggregation: {
        code: 'SEX',
        options: [
          { code: 'F', name: 'Nữ', nameEn: 'Female' },
          { code: 'M', name: 'Nam', nameEn: 'Male' },
        ],
      },
    },
    { code: 'CENTRES', name: 'Trung tâm', nameEn: 'Centres', valueType: 'COUNT', disaggregation: null },
  ],
} as DataSetForm;

describe('the report form', () => {
  it('has a cell per category option of a disaggregated element, one for the others', () => {
    expect(cellsOf(SET).map((c) => c.key)).toEqual(['LEARNERS.F', 'LEARNERS.M', 'CENTRES']);
    expect(cellsOf(SET)[0]).toMatchObject({ label: 'Người học — Nữ', labelEn: 'Learners — Female', category: 'F' });
  });

  it('sends filled cells only, and maps a refused value back to its cell', () => {
    const { values, keys } = valuesOf(cellsOf(SET), { 'LEARNERS.F': ' 12 ', 'LEARNERS.M': '', CENTRES: '-1' });
    expect(values).toEqual([
      { element: 'LEARNERS', category: 'F', value: '12' },
      { element: 'CENTRES', category: null, value: '-1' },
    ]);
    const problems = reportProblems(
      [
        { field: 'values[1].value', rule: 'NEGATIVE', message: 'a count cannot be negative' },
        { field: 'period', rule: 'NOT_FUTURE', message: '2099 has not begun' },
      ],
      keys,
    );
    expect([...problems.keys()]).toEqual(['CENTRES', 'period']);
  });
});
