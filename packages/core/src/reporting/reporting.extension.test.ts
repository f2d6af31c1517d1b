import { testPrincipals, useTestPlatform } from '@hoctap/plugin-sdk/testing';
import { describe, expect, it } from 'vitest';
import { collectContributions } from '../plugins/extension-point.js';
import { checkPlugins } from '../plugins/plugin-check.rules.js';
import type { PluginDefinition } from '../public/plugin.js';
import type { DataElementDefinition, DataSetDefinition } from './reporting.model.js';
// The core's modules, so that every extension point is declared.
import '../index.js';

const ELEMENT: DataElementDefinition = {
  code: 'QN_BORDER_CLASSES',
  name: 'Lớp học ở xã biên giới',
  nameEn: 'Classes in border communes',
  valueType: 'COUNT',
  provenance: { verified: false, source: null, unknown: 'sample: a test element' },
};

const SET: DataSetDefinition = {
  code: 'QN_MONTHLY',
  name: 'Báo cáo tháng của tỉnh',
  nameEn: 'The province’s month',
  periodType: 'MONTHLY',
  reportingLevel: 'PROVINCE',
  dueDays: 10,
  approvalLevels: ['NATIONAL'],
  elements: ['QN_BORDER_CLASSES', 'CLC_COURSES'],
  validationRules: [
    {
      code: 'QN_CLASSES',
      name: 'classes ≤ courses',
      left: ['QN_BORDER_CLASSES'],
      operator: 'LE',
      right: ['CLC_COURSES'],
      importance: 'LOW',
    },
  ],
  validFrom: '2025-01-01',
  issuer: 'UBND tỉnh Quảng Ninh',
  sample: true,
  provenance: { verified: false, source: null, unknown: 'sample: a test data set' },
};

const plugin = (sets: DataSetDefinition[], elements: DataElementDefinition[] = [ELEMENT]): PluginDefinition => ({
  id: 'quang-ninh',
  name: 'Tỉnh Quảng Ninh',
  version: '1.0.0',
  core: '^1.0.0',
  provinces: [{ code: '22', from: '2025-07-01' }],
  graphqlPrefix: 'QuangNinh',
  register: (r) => r.dataSets(sets, { elements }),
});

const rules = (p: PluginDefinition) =>
  checkPlugins([{ definition: p, contributions: collectContributions(p) }], { version: '1.0.0' }).map(
    (x) => `${x.rule}: ${x.message}`,
  );

describe('the dataSets extension point: checks', () => {
  it('accepts a data set over its own and national elements', () => {
    expect(rules(plugin([SET]))).toEqual([]);
  });
  it.each([
    [{ code: 'CLC_YEAR' }, /DUPLICATE_DATA_SET: .*national data set/],
    [{ elements: ['QN_BORDER_CLASSES', 'CLC_COURSES', 'NOPE'] }, /BAD_DATA_SET: .*names element NOPE/],
    [{ dueDays: -1 }, /BAD_DATA_SET: .*dueDays/],
    [
      { validationRules: [{ ...SET.validationRules[0]!, right: ['POPULATION'] }] },
      /BAD_DATA_SET: .*POPULATION, not an element of the set/,
    ],
  ] as const)('refuses %j', (change, rule) => {
    expect(rules(plugin([{ ...SET, ...change } as DataSetDefinition]))).toEqual([expect.stringMatching(rule)]);
  });
  it('refuses an element of its own with a national code', () => {
    expect(rules(plugin([SET], [ELEMENT, { ...ELEMENT, code: 'POPULATION' }]))).toEqual([
      expect.stringMatching(/national element/),
    ]);
  });
});

describe('the dataSets extension point: in use', () => {
  const p = useTestPlatform({ plugins: [plugin([SET])] });
  const SAVE = `mutation ($input: SaveDataSetReportInput!) { saveDataSetReport(input: $input) { state violations { rule blocking } } }`;
  const input = (unitCode: string) => ({
    dataSetCode: 'QN_MONTHLY',
    unitCode,
    period: '2025-07',
    values: [
      { element: 'QN_BORDER_CLASSES', value: '5' },
      { element: 'CLC_COURSES', value: '3' },
    ],
  });

  it('lists the plugin’s data set, with its own element', async () => {
    const r = await p.execute(`{ dataSets(plugin: "quang-ninh") { code plugin elements { code } } }`);
    expect(r.data?.dataSets).toEqual([
      { code: 'QN_MONTHLY', plugin: 'quang-ninh', elements: [{ code: 'QN_BORDER_CLASSES' }, { code: 'CLC_COURSES' }] },
    ]);
  });

  it('is reported by the plugin’s province only, and counted by reportingStatus', async () => {
    const saved = await p.execute(SAVE, { variables: { input: input('22') }, as: testPrincipals.admin });
    expect(saved.data?.saveDataSetReport).toEqual({
      state: 'DRAFT',
      violations: [{ rule: 'QN_CLASSES', blocking: false }],
    });
    const other = await p.execute(SAVE, { variables: { input: input('01') }, as: testPrincipals.admin });
    expect(other.errors?.[0]?.extensions?.problems).toEqual([expect.objectContaining({ rule: 'PLUGIN_PROVINCE' })]);
    const status = await p.execute(
      `{ reportingStatus(dataSetCode: "QN_MONTHLY", unitCode: "22", period: "2025-07") { expected submitted dueOn reports { unitCode state } } }`,
      { as: testPrincipals.admin },
    );
    expect(status.data?.reportingStatus).toEqual({
      expected: 1,
      submitted: 0,
      dueOn: '2025-08-10',
      reports: [{ unitCode: '22', state: 'DRAFT' }],
    });
  });
});
