import { describe, expect, it } from 'vitest';
// The core as a plugin meets it: its modules, each with the extension points it declares.
import '../index.js';
import { NATIONAL_CRITERIA_SETS } from '../criteria/national-sets.data.js';
import type { CriteriaSetDefinition } from '../criteria/criteria.model.js';
import type { PluginDefinition } from '../public/plugin.js';
import type { WorkflowNode } from '../workflows/workflow-kernel.js';
import type { RegisteredWorkflow } from '../workflows/workflow.model.js';
import { collectContributions } from './extension-point.js';
import { checkPlugins, claimInForce, covers, describeProblems, type CoreFacts } from './plugin-check.rules.js';

const core: CoreFacts = { version: '1.0.0' };

const base: PluginDefinition = {
  id: 'quang-ninh',
  name: 'Tỉnh Quảng Ninh',
  version: '1.0.0',
  core: '^1.0.0',
  provinces: [{ code: '22' }],
  graphqlPrefix: 'QuangNinh',
};

const check = (...plugins: PluginDefinition[]) =>
  checkPlugins(
    plugins.map((definition) => ({ definition, contributions: collectContributions(definition) })),
    core,
  );
const rules = (...plugins: PluginDefinition[]) => check(...plugins).map((p) => `${p.plugin}:${p.rule}`);

const provinceSet = (overrides: Partial<CriteriaSetDefinition> = {}): CriteriaSetDefinition => ({
  ...NATIONAL_CRITERIA_SETS.find((s) => s.modelKind === 'LEARNING_FAMILY')!,
  code: 'QN-FAMILY',
  issuer: { level: 'PROVINCE', plugin: 'quang-ninh' },
  validFrom: '2022-01-01',
  validTo: null,
  ...overrides,
});

describe('checkPlugins: one plugin', () => {
  it('accepts a well-formed plugin', () => {
    expect(check(base)).toEqual([]);
  });

  it.each([
    [{ id: 'QuangNinh' }, 'BAD_ID'],
    [{ id: 'quang_ninh' }, 'BAD_ID'],
    [{ id: '' }, 'BAD_ID'],
    [{ name: ' ' }, 'BAD_NAME'],
    [{ version: '1.0' }, 'BAD_VERSION'],
    [{ core: 'not a range' }, 'BAD_CORE_RANGE'],
    [{ core: '^2.0.0' }, 'INCOMPATIBLE_CORE'],
    [{ core: '<1.0.0' }, 'INCOMPATIBLE_CORE'],
    [{ graphqlPrefix: 'quangNinh' }, 'BAD_PREFIX'],
    [{ graphqlPrefix: 'Quang_Ninh' }, 'BAD_PREFIX'],
    [{ provinces: [] }, 'NO_PROVINCES'],
    [{ provinces: [{ code: '2' }] }, 'BAD_PROVINCE'],
    [{ provinces: [{ code: '22', from: '2025-13-01' }] }, 'BAD_PROVINCE'],
    [{ provinces: [{ code: '22', from: '2025-07-01', until: '2025-06-30' }] }, 'BAD_PROVINCE'],
    [
      {
        provinces: [
          { code: '22', until: '2025-06-30' },
          { code: '22', from: '2025-06-30' },
        ],
      },
      'PROVINCE_OVERLAP',
    ],
  ] as [Partial<PluginDefinition>, string][])('refuses %j with %s', (change, rule) => {
    expect(rules({ ...base, ...change })).toContain(`${change.id === '' ? '#1' : (change.id ?? 'quang-ninh')}:${rule}`);
  });

  it('names the needed and the actual core version', () => {
    const [problem] = check({ ...base, core: '^2.0.0' });
    expect(problem?.message).toBe('needs core ^2.0.0, but this core is 1.0.0');
  });

  it('accepts claims that meet without overlapping (until 30/6, from 1/7)', () => {
    expect(
      check({
        ...base,
        provinces: [
          { code: '22', until: '2025-06-30' },
          { code: '22', from: '2025-07-01' },
        ],
      }),
    ).toEqual([]);
  });

  it('refuses a register() that throws nothing but declares a bad criteria set', () => {
    const plugin: PluginDefinition = {
      ...base,
      register: (r) => r.criteriaSets([provinceSet({ issuer: { level: 'NATIONAL' } })], { provinceCodes: ['22'] }),
    };
    expect(rules(plugin)).toEqual(['quang-ninh:BAD_CRITERIA_SET']);
  });

  it('accepts a verified province set that replaces the national one on a named basis', () => {
    const set = provinceSet({ sample: false, replacesNational: { basis: 'Quyết định X of the province' } });
    expect(check({ ...base, register: (r) => r.criteriaSets([set], { provinceCodes: ['22'] }) })).toEqual([]);
  });

  it('accepts a province criteria set inside its claim', () => {
    const plugin: PluginDefinition = {
      ...base,
      register: (r) => r.criteriaSets([provinceSet()], { provinceCodes: ['22'] }),
    };
    expect(check(plugin)).toEqual([]);
  });

  it.each([
    ['a national code', provinceSet({ code: NATIONAL_CRITERIA_SETS[0]!.code }), ['22'], 'DUPLICATE_CRITERIA_SET'],
    ['no provinces', provinceSet(), [], 'BAD_CRITERIA_SET'],
    ['an unclaimed province', provinceSet(), ['35'], 'CRITERIA_SET_OUTSIDE_PROVINCES'],
    [
      'grades above the total',
      provinceSet({ grades: [{ code: 'X', label: 'x', labelEn: 'x', minTotal: 1000, recognised: true }] }),
      ['22'],
      'BAD_CRITERIA_SET',
    ],
  ] as [string, CriteriaSetDefinition, string[], string][])(
    'refuses a criteria set with %s',
    (_, set, provinceCodes, rule) => {
      expect(rules({ ...base, register: (r) => r.criteriaSets([set], { provinceCodes }) })).toContain(
        `quang-ninh:${rule}`,
      );
    },
  );

  it('refuses a set valid beyond the claim on its code (codes are reused after 1/7/2025)', () => {
    const plugin: PluginDefinition = {
      ...base,
      provinces: [{ code: '22', until: '2025-06-30' }],
      register: (r) => r.criteriaSets([provinceSet({ validTo: null })], { provinceCodes: ['22'] }),
    };
    expect(check(plugin).map((p) => p.message)).toEqual([
      "criteria set QN-FAMILY applies to province 22 from 2022-01-01 to open, beyond the plugin's claim on 22",
    ]);
  });

  it('refuses the same set code twice', () => {
    const plugin: PluginDefinition = {
      ...base,
      register: (r) => r.criteriaSets([provinceSet(), provinceSet()], { provinceCodes: ['22'] }),
    };
    expect(rules(plugin)).toEqual(['quang-ninh:DUPLICATE_CRITERIA_SET']);
  });

  it('accepts a workflow extension: an extra local approval before verification', () => {
    const plugin: PluginDefinition = {
      ...base,
      register: (r) =>
        r.extendWorkflow(
          'evaluation',
          { addGuards: [{ action: 'VERIFY', guards: ['localCheck'] }] },
          { localCheck: () => null },
        ),
    };
    expect(check(plugin)).toEqual([]);
  });

  it('refuses an unknown workflow, a bad extension and a guard nobody registered', () => {
    expect(rules({ ...base, register: (r) => r.extendWorkflow('gnlc-nope', {}) })).toEqual([
      'quang-ninh:UNKNOWN_WORKFLOW',
    ]);
    expect(
      rules({
        ...base,
        register: (r) =>
          r.extendWorkflow('evaluation', { addGuards: [{ action: 'NOPE', guards: ['x'] }] }, { x: () => null }),
      }),
    ).toEqual(['quang-ninh:BAD_WORKFLOW_EXTENSION']);
    expect(
      rules({
        ...base,
        register: (r) => r.extendWorkflow('evaluation', { addGuards: [{ action: 'VERIFY', guards: ['missing'] }] }),
      }),
    ).toEqual(['quang-ninh:UNKNOWN_GUARD']);
  });

  /** A plugin record type with a workflow of its own: a draft its officers submit. */
  const ownWorkflow: RegisteredWorkflow = {
    definition: {
      id: 'quang-ninh-application',
      initial: 'DRAFT',
      states: [
        { code: 'DRAFT', label: 'Nháp', labelEn: 'Draft', editable: true },
        { code: 'SUBMITTED', label: 'Đã gửi', labelEn: 'Submitted' },
      ],
      actions: [{ name: 'SUBMIT', label: 'Gửi', labelEn: 'Submit', from: ['DRAFT'], to: 'SUBMITTED', actors: [] }],
    },
    guards: {},
  };
  const node = (typeName: string, workflow: RegisteredWorkflow | null = ownWorkflow): WorkflowNode => ({
    typeName,
    what: 'application',
    workflowId: workflow?.definition.id ?? 'evaluation',
    ...(workflow ? { workflow } : {}),
    load: () => Promise.resolve(null),
    provinceOf: () => null,
    caller: () => Promise.resolve({ standing: 'ADMIN' }),
  });

  it('refuses a workflow node without the prefix, and twice', () => {
    expect(rules({ ...base, register: (r) => r.workflowNode(node('Application')) })).toEqual([
      'quang-ninh:BAD_TYPE_NAME',
    ]);
    expect(
      rules({
        ...base,
        register: (r) => {
          r.workflowNode(node('QuangNinhApplication'));
          r.workflowNode(node('QuangNinhApplication'));
        },
      }),
    ).toEqual(['quang-ninh:DUPLICATE_WORKFLOW_NODE']);
  });

  it('refuses a workflow node without a workflow of its own, or with one that cannot drive records', () => {
    expect(rules({ ...base, register: (r) => r.workflowNode(node('QuangNinhApplication', null)) })).toEqual([
      'quang-ninh:BAD_WORKFLOW_NODE',
    ]);
    const broken: RegisteredWorkflow = {
      definition: { ...ownWorkflow.definition, actions: [{ ...ownWorkflow.definition.actions[0]!, to: 'NOWHERE' }] },
      guards: {},
    };
    expect(rules({ ...base, register: (r) => r.workflowNode(node('QuangNinhApplication', broken)) })).toContain(
      'quang-ninh:BAD_WORKFLOW_NODE',
    );
    const guarded: RegisteredWorkflow = {
      definition: {
        ...ownWorkflow.definition,
        actions: [{ ...ownWorkflow.definition.actions[0]!, guards: ['formComplete'] }],
      },
      guards: {},
    };
    expect(rules({ ...base, register: (r) => r.workflowNode(node('QuangNinhApplication', guarded)) })).toEqual([
      'quang-ninh:UNKNOWN_GUARD',
    ]);
  });

  const target = {
    code: 'QN-1',
    description: 'x',
    source: 'y',
    year: 2025,
    percent: 50,
    formula: { kind: 'NOT_YET_COMPUTED', needs: 'z' },
  } as const;
  it('refuses a target with a national code, for an unclaimed province, or twice', () => {
    expect(rules({ ...base, register: (r) => r.targets([{ ...target, provinceCodes: ['22'] }]) })).toEqual([]);
    expect(
      rules({ ...base, register: (r) => r.targets([{ ...target, code: '387-2025-FAMILIES', provinceCodes: ['22'] }]) }),
    ).toEqual(['quang-ninh:DUPLICATE_TARGET']);
    expect(rules({ ...base, register: (r) => r.targets([{ ...target, provinceCodes: ['35'] }]) })).toEqual([
      'quang-ninh:TARGET_OUTSIDE_PROVINCES',
    ]);
    expect(
      rules({
        ...base,
        register: (r) =>
          r.targets([
            { ...target, provinceCodes: ['22'] },
            { ...target, provinceCodes: ['22'] },
          ]),
      }),
    ).toEqual(['quang-ninh:DUPLICATE_TARGET']);
  });

  const plan = {
    issuerCode: '22',
    title: 'P',
    documentNumber: '1/KH-UBND',
    issuedOn: '2022-01-01',
    periodFrom: '2022-01-01',
    periodTo: '2025-12-31',
    legalBasis: 'x',
    tasks: [],
  };
  it('refuses a plan issued outside the claim, and the same plan twice', () => {
    expect(rules({ ...base, register: (r) => r.plans([plan]) })).toEqual([]);
    expect(rules({ ...base, register: (r) => r.plans([{ ...plan, issuerCode: '35' }]) })).toEqual([
      'quang-ninh:PLAN_OUTSIDE_PROVINCES',
    ]);
    expect(
      rules({ ...base, provinces: [{ code: '22', from: '2025-07-01' }], register: (r) => r.plans([plan]) }),
    ).toEqual(['quang-ninh:PLAN_OUTSIDE_PROVINCES']);
    expect(rules({ ...base, register: (r) => r.plans([plan, plan]) })).toEqual(['quang-ninh:DUPLICATE_PLAN']);
  });

  it('refuses reference data not named after the plugin, and twice', () => {
    const set = (name: string) => ({ name, content: [], load: () => Promise.resolve(0) });
    expect(rules({ ...base, register: (r) => r.referenceData(set('quang-ninh.agencies')) })).toEqual([]);
    expect(rules({ ...base, register: (r) => r.referenceData(set('agencies')) })).toEqual([
      'quang-ninh:BAD_REFERENCE_DATA_NAME',
    ]);
    expect(
      rules({
        ...base,
        register: (r) => {
          r.referenceData(set('quang-ninh.a'));
          r.referenceData(set('quang-ninh.a'));
        },
      }),
    ).toEqual(['quang-ninh:DUPLICATE_REFERENCE_DATA']);
  });
});

describe('checkPlugins: plugins together', () => {
  const other: PluginDefinition = {
    ...base,
    id: 'hai-phong',
    name: 'Hải Phòng',
    graphqlPrefix: 'HaiPhong',
    provinces: [{ code: '31' }],
  };

  it('accepts plugins for different provinces', () => {
    expect(check(base, other)).toEqual([]);
  });

  it('refuses two plugins with one id', () => {
    expect(rules(base, { ...other, id: 'quang-ninh' })).toContain('quang-ninh:DUPLICATE_ID');
  });

  it('refuses prefixes where one starts the other', () => {
    expect(check(base, { ...other, graphqlPrefix: 'Quang' })).toEqual([
      {
        plugin: 'hai-phong',
        rule: 'PREFIX_CLASH',
        message: 'graphqlPrefix Quang clashes with QuangNinh of plugin quang-ninh',
      },
    ]);
  });

  it('refuses two plugins claiming one province at overlapping dates, naming both claims', () => {
    const a = { ...base, provinces: [{ code: '87', until: '2025-06-30' }] };
    const b = { ...other, provinces: [{ code: '87', from: '2020-01-01', until: '2025-12-31' }] };
    expect(check(a, b)).toEqual([
      {
        plugin: 'hai-phong',
        rule: 'PROVINCE_CLAIMED_TWICE',
        message: 'province 87 (2020-01-01 – 2025-12-31) is also claimed by plugin quang-ninh (always – 2025-06-30)',
      },
    ]);
  });

  it('accepts one province code claimed by two plugins at different dates (a reused code)', () => {
    expect(
      check(
        { ...base, provinces: [{ code: '82', until: '2025-06-30' }] },
        { ...other, provinces: [{ code: '82', from: '2025-07-01' }] },
      ),
    ).toEqual([]);
  });

  it('refuses one criteria set code from two plugins', () => {
    const a: PluginDefinition = {
      ...base,
      register: (r) => r.criteriaSets([provinceSet()], { provinceCodes: ['22'] }),
    };
    const b: PluginDefinition = {
      ...other,
      register: (r) =>
        r.criteriaSets([provinceSet({ issuer: { level: 'PROVINCE', plugin: 'hai-phong' } })], {
          provinceCodes: ['31'],
        }),
    };
    expect(rules(a, b)).toEqual(['hai-phong:DUPLICATE_CRITERIA_SET']);
  });
});

describe('claims', () => {
  it('covers a period only when the whole of it lies inside', () => {
    expect(covers({ code: '87', until: '2025-06-30' }, '2020-01-01', '2025-06-30')).toBe(true);
    expect(covers({ code: '87', until: '2025-06-30' }, '2020-01-01', '2025-07-01')).toBe(false);
    expect(covers({ code: '82', from: '2025-07-01' }, '2025-06-30', '2026-01-01')).toBe(false);
  });

  it('is in force on its first and last day', () => {
    const claim = { code: '82', from: '2025-07-01', until: '2030-12-31' };
    expect([
      claimInForce(claim, '2025-06-30'),
      claimInForce(claim, '2025-07-01'),
      claimInForce(claim, '2030-12-31'),
      claimInForce(claim, '2031-01-01'),
    ]).toEqual([false, true, true, false]);
  });
});

describe('describeProblems', () => {
  it('names each plugin and rule on its own line', () => {
    expect(
      describeProblems([
        { plugin: 'a', rule: 'R', message: 'm' },
        { plugin: 'b', rule: 'S', message: 'n' },
      ]),
    ).toBe('Refusing to start: 2 plugin problem(s).\n  plugin a: R: m\n  plugin b: S: n');
  });
});
