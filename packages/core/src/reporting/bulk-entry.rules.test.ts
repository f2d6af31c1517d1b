import { describe, expect, it } from 'vitest';
import { cellOf, cellText, readGrid, templateColumns, validationOf, type ImportRow } from './bulk-entry.rules.js';
import { COMBOS } from './reporting.catalogue.js';
import { NATIONAL_ELEMENTS } from './reporting.data.js';
import type { ValueType } from './reporting.model.js';

const ELEMENTS = new Map(NATIONAL_ELEMENTS.map((e) => [e.code, e]));
const columns = templateColumns({ elements: ['CLC_PARTICIPANTS', 'CLC_COURSES'] }, ELEMENTS, COMBOS);

describe('templateColumns', () => {
  it('puts the total then each part of a disaggregated element, one column for a plain one, Vietnamese first', () => {
    expect(columns.map((c) => c.key)).toEqual([
      'CLC_PARTICIPANTS',
      'CLC_PARTICIPANTS.MALE',
      'CLC_PARTICIPANTS.FEMALE',
      'CLC_COURSES',
    ]);
    expect(columns[2]).toMatchObject({ element: 'CLC_PARTICIPANTS', category: 'FEMALE', partLabel: 'Nữ / Female' });
    expect(columns[0]!.partLabel).toBe('Tổng số / Total');
    expect(columns[3]!.elementLabel).toBe('Số lớp, chuyên đề đã mở / Courses and topics held');
  });

  it('skips an element code the catalogue does not know', () => {
    expect(templateColumns({ elements: ['NOPE'] }, ELEMENTS, COMBOS)).toEqual([]);
  });
});

describe('validationOf', () => {
  it.each<[ValueType, string, unknown[]]>([
    ['COUNT', 'whole', [0, 999_999_999_999_999]],
    ['MONEY_VND', 'whole', [0, 999_999_999_999_999]],
    ['NUMBER', 'decimal', [-999_999_999_999_999, 999_999_999_999_999]],
    ['PERCENT', 'decimal', [0, 100]],
    ['BOOLEAN', 'list', ['"true,false"']],
    ['TEXT', 'textLength', [2000]],
  ])('%s cells accept %s values within %j', (type, kind, formulae) => {
    expect(validationOf(type)).toMatchObject({ type: kind, formulae, allowBlank: true, showErrorMessage: true });
  });
});

describe('cellText', () => {
  it.each<[unknown, string]>([
    [null, ''],
    [undefined, ''],
    [12, '12'],
    [0.125, '0.125'],
    [Number.NaN, ''],
    [true, 'true'],
    [false, 'false'],
    ['  7 ', '7'],
    [{ formula: 'A1+1', result: 8 }, '8'],
    [{ richText: [{ text: 'Xã ' }, { text: 'Tân Mỹ' }] }, 'Xã Tân Mỹ'],
    [{ text: 'link', hyperlink: 'http://x' }, 'link'],
    [new Date('2025-06-30T00:00:00Z'), '2025-06-30'],
    [{ error: '#DIV/0!' }, ''],
  ])('%j reads as %j', (value, text) => expect(cellText(value)).toBe(text));
});

describe('readGrid', () => {
  const keys = [
    'UNIT_CODE',
    'UNIT_NAME',
    'VERSION',
    'CLC_PARTICIPANTS',
    'CLC_PARTICIPANTS.MALE',
    'CLC_PARTICIPANTS.FEMALE',
    'CLC_COURSES',
  ];

  it('reads each row with a unit code through the key row, blanks as empty values', () => {
    const { rows, problems } = readGrid(
      {
        keys,
        rows: [
          { row: 4, cells: ['30175', 'Xã Tân Mỹ', 2, 10, 4, 6, null] },
          { row: 5, cells: [null, 'no code'] },
        ],
      },
      columns,
    );
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      {
        row: 4,
        unitCode: '30175',
        expectedVersion: 2,
        values: [
          { element: 'CLC_PARTICIPANTS', category: null, value: '10', column: 3 },
          { element: 'CLC_PARTICIPANTS', category: 'MALE', value: '4', column: 4 },
          { element: 'CLC_PARTICIPANTS', category: 'FEMALE', value: '6', column: 5 },
          { element: 'CLC_COURSES', category: null, value: '', column: 6 },
        ],
      },
    ]);
  });

  it('follows the key row when columns are moved', () => {
    const moved = [
      'UNIT_CODE',
      'UNIT_NAME',
      'VERSION',
      'CLC_COURSES',
      'CLC_PARTICIPANTS',
      'CLC_PARTICIPANTS.MALE',
      'CLC_PARTICIPANTS.FEMALE',
    ];
    const { rows } = readGrid({ keys: moved, rows: [{ row: 4, cells: ['30175', '', null, 3] }] }, columns);
    expect(rows[0]!.values[0]).toEqual({ element: 'CLC_COURSES', category: null, value: '3', column: 3 });
  });

  it.each<[string, unknown[], { row: number; cells: unknown[] }[], string[]]>([
    ['an unknown key', [...keys, 'EXTRA'], [], ['key:COLUMN']],
    ['a missing column', keys.slice(0, -1), [], ['key:COLUMN_MISSING']],
    [
      'a unit twice',
      keys,
      [
        { row: 4, cells: ['30175'] },
        { row: 5, cells: ['30175'] },
      ],
      ['unitCode:UNIQUE_UNIT'],
    ],
    ['a version that is no whole number', keys, [{ row: 4, cells: ['30175', '', 'v2'] }], ['expectedVersion:VERSION']],
  ])('names %s', (_what, k, rows, expected) => {
    expect(readGrid({ keys: k, rows }, columns).problems.map((p) => `${p.field}:${p.rule}`)).toEqual(expected);
  });

  it('refuses more rows than the bound', () => {
    const rows = Array.from({ length: 12_001 }, (_v, i) => ({ row: 4 + i, cells: [] }));
    expect(readGrid({ keys, rows }, columns).problems.map((p) => p.rule)).toEqual(['MAX_ITEMS']);
  });
});

describe('cellOf', () => {
  const row: ImportRow = {
    row: 4,
    unitCode: '30175',
    expectedVersion: null,
    values: [
      { element: 'CLC_PARTICIPANTS', category: null, value: '1', column: 3 },
      { element: 'CLC_PARTICIPANTS', category: 'MALE', value: '1', column: 4 },
    ],
  };
  it.each<[string, string | undefined, number]>([
    ['values[1].value', undefined, 4],
    ['values[0].category', undefined, 3],
    ['values[9].value', undefined, 0],
    ['values', 'CLC_PARTICIPANTS.MALE', 4],
    ['values', 'CLC_PARTICIPANTS', 3],
    ['values', 'OTHER', 0],
    ['unitCode', undefined, 0],
  ])('%s (rule term %s) is column %i', (field, term, column) => expect(cellOf(row, field, term)).toBe(column));
});
