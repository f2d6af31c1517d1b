import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import {
  checkScaffoldInput,
  clashesWith,
  fieldPrefixOf,
  planClaims,
  planScaffold,
  prefixOf,
  RESERVED_IDS,
  scaffoldFiles,
  schemaOf,
  type MapProvince,
  type ScaffoldInput,
  type ScaffoldPlan,
} from './plugin-template.rules.js';
import { literal } from './template-text.js';

/** A piece of the map: codes reused across the reform of 1/7/2025, and one that ended with it. */
const MAP: MapProvince[] = [
  { code: '01', name: 'Thành phố Hà Nội', validFrom: null, validTo: '2025-06-30' },
  { code: '01', name: 'Thành phố Hà Nội', validFrom: '2025-07-01', validTo: null },
  { code: '22', name: 'Tỉnh Quảng Ninh', validFrom: '2025-07-01', validTo: null },
  { code: '22', name: 'Tỉnh Quảng Ninh', validFrom: null, validTo: '2025-06-30' },
  { code: '35', name: 'Tỉnh Hà Nam', validFrom: null, validTo: '2025-06-30' },
  { code: '82', name: 'Tỉnh Tiền Giang', validFrom: null, validTo: '2025-06-30' },
  { code: '82', name: 'Tỉnh Đồng Tháp', validFrom: '2025-07-01', validTo: null },
];

const ok: ScaffoldInput = { id: 'quang-ninh', province: '22' };
const problemsOf = (change: Partial<ScaffoldInput>) =>
  checkScaffoldInput({ ...ok, ...change }).map((p) => `${p.field} ${p.rule}`);

describe('checkScaffoldInput', () => {
  it.each([
    ['quang-ninh', []],
    ['a', []],
    ['ba-ria-vung-tau', []],
    ['q2-2025', []],
    ['a'.repeat(32), []],
    ['a'.repeat(33), ['id TOO_LONG']],
    ['Quang-ninh', ['id KEBAB_CASE']],
    ['quang_ninh', ['id KEBAB_CASE']],
    ['quang ninh', ['id KEBAB_CASE']],
    ['-quang', ['id KEBAB_CASE']],
    ['quang-', ['id KEBAB_CASE']],
    ['quang--ninh', ['id KEBAB_CASE']],
    ['2quang', ['id KEBAB_CASE']],
    ['', ['id KEBAB_CASE']],
    ['dong-thap', ['id RESERVED']],
    ['ha-nam', ['id RESERVED']],
    ['thai-binh', ['id RESERVED']],
    ['sdk', ['id RESERVED']],
  ])('id %j: %j', (id, expected) => {
    expect(problemsOf({ id })).toEqual(expected);
  });

  it('reserves the first-party ids and sdk', () => {
    expect(RESERVED_IDS).toEqual(['dong-thap', 'ha-nam', 'thai-binh', 'sdk']);
  });

  it.each([
    ['22', []],
    ['01', []],
    ['2', ['province TWO_DIGIT_CODE']],
    ['222', ['province TWO_DIGIT_CODE']],
    ['ab', ['province TWO_DIGIT_CODE']],
    [' 22', ['province TWO_DIGIT_CODE']],
    ['', ['province TWO_DIGIT_CODE']],
  ])('province %j: %j', (province, expected) => {
    expect(problemsOf({ province })).toEqual(expected);
  });

  it.each([
    [{ from: '2025-07-01' }, []],
    [{ until: '2025-06-30' }, []],
    [{ from: '2020-01-01', until: '2020-01-01' }, []],
    [{ from: '2020-01-01', until: '2025-06-30' }, []],
    [{ from: '2025-7-1' }, ['from ISO_DATE']],
    [{ from: '2025-02-30' }, ['from ISO_DATE']],
    [{ until: '30/06/2025' }, ['until ISO_DATE']],
    [{ until: '2025-13-01' }, ['until ISO_DATE']],
    [{ from: '2025-07-01', until: '2025-06-30' }, ['until NOT_BEFORE_FROM']],
    [{ from: 'x', until: '2025-06-30' }, ['from ISO_DATE']],
  ] as const)('dates %j: %j', (dates, expected) => {
    expect(problemsOf(dates)).toEqual(expected);
  });

  it.each([
    ['Tỉnh Quảng Ninh', []],
    ["Tỉnh 'Quảng' Ninh", []],
    ['  ', ['name NOT_BLANK']],
    ['', ['name NOT_BLANK']],
    ['x'.repeat(101), ['name TOO_LONG']],
    ['Tỉnh\nQuảng Ninh', ['name ONE_LINE']],
  ])('name %j: %j', (name, expected) => {
    expect(problemsOf({ name })).toEqual(expected);
  });

  it('names every problem at once, each with its field and a message', () => {
    const problems = checkScaffoldInput({ id: 'Ha Nam', province: '2', from: '2025-02-30', until: 'soon' });
    expect(problems.map((p) => p.field)).toEqual(['id', 'province', 'from', 'until']);
    expect(problems[0]?.message).toBe('"Ha Nam" must be kebab-case, e.g. "quang-ninh"');
    expect(problems[1]?.message).toBe('"2" must be a two-digit GSO province code, e.g. "22"');
  });
});

describe('names', () => {
  it.each([
    ['quang-ninh', 'QuangNinh', 'quangNinh', 'plugin_quang_ninh'],
    ['a', 'A', 'a', 'plugin_a'],
    ['ba-ria-vung-tau', 'BaRiaVungTau', 'baRiaVungTau', 'plugin_ba_ria_vung_tau'],
    ['q2-2025', 'Q22025', 'q22025', 'plugin_q2_2025'],
  ])('%s: prefix %s, root fields %s…, schema %s', (id, prefix, field, schema) => {
    expect(prefixOf(id)).toBe(prefix);
    expect(fieldPrefixOf(id)).toBe(field);
    expect(schemaOf(id)).toBe(schema);
  });
});

describe('planClaims', () => {
  const claims = (input: { from?: string; until?: string; province?: string }) =>
    planClaims({ province: '22', ...input }, MAP);

  it('without dates, claims every period in which a province had the code, oldest first', () => {
    expect(claims({})).toEqual({
      claims: [
        { code: '22', until: '2025-06-30', provinceName: 'Tỉnh Quảng Ninh' },
        { code: '22', from: '2025-07-01', provinceName: 'Tỉnh Quảng Ninh' },
      ],
      problems: [],
    });
    expect(claims({ province: '35' }).claims).toEqual([
      { code: '35', until: '2025-06-30', provinceName: 'Tỉnh Hà Nam' },
    ]);
    expect(claims({ province: '82' }).claims.map((c) => c.provinceName)).toEqual(['Tỉnh Tiền Giang', 'Tỉnh Đồng Tháp']);
  });

  it.each([
    [{ from: '2025-07-01' }, { code: '22', from: '2025-07-01', provinceName: 'Tỉnh Quảng Ninh' }],
    [{ from: '2030-01-01' }, { code: '22', from: '2030-01-01', provinceName: 'Tỉnh Quảng Ninh' }],
    [{ until: '2025-06-30' }, { code: '22', until: '2025-06-30', provinceName: 'Tỉnh Quảng Ninh' }],
    [{ until: '2020-12-31' }, { code: '22', until: '2020-12-31', provinceName: 'Tỉnh Quảng Ninh' }],
    [
      { from: '2021-01-01', until: '2025-06-30' },
      { code: '22', from: '2021-01-01', until: '2025-06-30', provinceName: 'Tỉnh Quảng Ninh' },
    ],
    [
      { from: '2026-01-01', until: '2030-12-31' },
      { code: '22', from: '2026-01-01', until: '2030-12-31', provinceName: 'Tỉnh Quảng Ninh' },
    ],
  ])('with dates %j, claims one period of one province', (dates, claim) => {
    expect(claims(dates)).toEqual({ claims: [claim], problems: [] });
  });

  it.each([[{ from: '2025-06-30' }], [{ until: '2025-07-01' }], [{ from: '2021-01-01', until: '2030-12-31' }]])(
    'refuses dates %j that no single province covers, naming the periods',
    (dates) => {
      const { claims: none, problems } = claims(dates);
      expect(none).toEqual([]);
      expect(problems).toEqual([
        {
          field: 'province',
          rule: 'ONE_PROVINCE_PER_CLAIM',
          message: expect.stringContaining('(Tỉnh Quảng Ninh until 2025-06-30; Tỉnh Quảng Ninh from 2025-07-01)'),
        },
      ]);
    },
  );

  it('refuses a code no province has had', () => {
    expect(claims({ province: '99' }).problems).toEqual([
      { field: 'province', rule: 'UNKNOWN_PROVINCE', message: 'no province on the map has had code 99' },
    ]);
  });
});

describe('planScaffold', () => {
  it('decides names, claims, and the day and the other province the test uses', () => {
    expect(planScaffold(ok, MAP)).toEqual({
      plan: {
        id: 'quang-ninh',
        name: 'Tỉnh Quảng Ninh',
        prefix: 'QuangNinh',
        fieldPrefix: 'quangNinh',
        schema: 'plugin_quang_ninh',
        claims: [
          { code: '22', until: '2025-06-30', provinceName: 'Tỉnh Quảng Ninh' },
          { code: '22', from: '2025-07-01', provinceName: 'Tỉnh Quảng Ninh' },
        ],
        testDay: '2025-07-01',
        otherProvince: MAP[1],
      },
      problems: [],
    });
  });

  it.each([
    [{ province: '35' }, '2025-06-30', '01'],
    [{ province: '01' }, '2025-07-01', '22'],
    [{ province: '01', until: '2020-01-01' }, '2020-01-01', '22'],
    [{ province: '22', from: '2021-01-01', until: '2024-12-31' }, '2021-01-01', '01'],
  ])('%j: the test works on %s beside province %s', (input, day, other) => {
    const { plan } = planScaffold({ ...ok, ...input }, MAP);
    expect([plan?.testDay, plan?.otherProvince.code]).toEqual([day, other]);
  });

  it('takes the name given, trimmed; by default the name of the province in the last claim', () => {
    expect(planScaffold({ ...ok, name: '  Quảng Ninh  ' }, MAP).plan?.name).toBe('Quảng Ninh');
    expect(planScaffold({ ...ok, province: '82' }, MAP).plan?.name).toBe('Tỉnh Đồng Tháp');
  });

  it('reports the input problems first, then the map problems', () => {
    expect(planScaffold({ ...ok, id: 'ha-nam', province: '99' }, MAP).problems.map((p) => p.rule)).toEqual([
      'RESERVED',
    ]);
    expect(planScaffold({ ...ok, province: '99' }, MAP).problems.map((p) => p.rule)).toEqual(['UNKNOWN_PROVINCE']);
    expect(planScaffold(ok, MAP.slice(2, 4)).problems.map((p) => p.rule)).toEqual(['NO_OTHER_PROVINCE']);
  });
});

describe('clashesWith', () => {
  const dongThap = {
    id: 'dong-thap',
    graphqlPrefix: 'DongThap',
    provinces: [
      { code: '87', until: '2025-06-30' },
      { code: '82', from: '2025-07-01' },
    ],
  };
  const clashes = (input: ScaffoldInput) => {
    const { plan } = planScaffold(input, MAP);
    return plan ? clashesWith(plan, [dongThap]) : null;
  };

  it('names a province claimed by both for overlapping periods', () => {
    expect(clashes({ id: 'tien-giang', province: '82' })).toEqual([
      'PROVINCE_CLAIMED_TWICE: province 82 (2025-07-01 – open) is also claimed by plugin dong-thap (2025-07-01 – open)',
    ]);
    expect(clashes({ id: 'tien-giang', province: '82', until: '2025-06-30' })).toEqual([]);
  });

  it.each([
    ['dong', ['PREFIX_CLASH: prefix Dong clashes with DongThap of plugin dong-thap']],
    ['dong-thap-moi', ['PREFIX_CLASH: prefix DongThapMoi clashes with DongThap of plugin dong-thap']],
    ['dong-nai', []],
  ])('names a prefix %s that starts, or is the start of, another', (id, expected) => {
    expect(clashes({ id, province: '35' })).toEqual(expected);
  });
});

describe('scaffoldFiles', () => {
  const planFor = (input: ScaffoldInput): ScaffoldPlan => {
    const { plan, problems } = planScaffold(input, MAP);
    if (!plan) throw new Error(JSON.stringify(problems));
    return plan;
  };
  const files = scaffoldFiles(planFor(ok));
  const content = (path: string) => files.find((f) => f.path === path)?.content ?? '';

  it('writes a package, its declaration, an example table with its migration, GraphQL, a test and a README', () => {
    expect(files.map((f) => f.path)).toEqual([
      'package.json',
      'tsconfig.json',
      'tsconfig.build.json',
      'src/index.ts',
      'src/note.entity.ts',
      'src/migrations/Migration0001_init.ts',
      'src/note.types.ts',
      'src/note.resolver.ts',
      'src/plugin.test.ts',
      'README.md',
    ]);
  });

  it('shapes package.json and tsconfig like the first-party plugins', () => {
    const pkg = JSON.parse(content('package.json')) as Record<string, unknown>;
    expect(pkg).toMatchObject({
      name: '@hoctap/plugin-quang-ninh',
      version: '1.0.0',
      private: true,
      type: 'module',
      exports: { '.': { '@hoctap/source': './src/index.ts', default: './dist/index.js' } },
      dependencies: { '@hoctap/plugin-sdk': 'workspace:*' },
    });
    expect(JSON.parse(content('tsconfig.json'))).toEqual({
      extends: '../../tsconfig.json',
      compilerOptions: { customConditions: ['@hoctap/source'] },
      include: ['src'],
    });
    expect(JSON.parse(content('tsconfig.build.json'))).toMatchObject({
      exclude: ['src/**/*.test.ts', 'src/**/*.test-helpers.ts'],
    });
  });

  it('declares the plugin with its id, version, core range, claims, prefix, table, migration and resolver', () => {
    const index = content('src/index.ts');
    for (const line of [
      "id: 'quang-ninh',",
      "name: 'Tỉnh Quảng Ninh',",
      "version: '1.0.0',",
      "core: '^1.0.0',",
      "{ code: '22', until: '2025-06-30' }, // Tỉnh Quảng Ninh",
      "{ code: '22', from: '2025-07-01' }, // Tỉnh Quảng Ninh",
      "graphqlPrefix: 'QuangNinh',",
      'entities: [QuangNinhNote],',
      "migrations: [{ name: 'Migration0001_init', class: Migration0001_init }],",
      'resolvers: [QuangNinhNoteResolver],',
      'register(registrar) {',
    ])
      expect(index).toContain(line);
  });

  it('keeps the table in the plugin schema, and every GraphQL name under the prefix', () => {
    expect(content('src/note.entity.ts')).toContain("@Entity({ schema: 'plugin_quang_ninh', tableName: 'note' })");
    expect(content('src/migrations/Migration0001_init.ts')).toContain(`const TABLE = '"plugin_quang_ninh"."note"';`);
    expect(content('src/note.types.ts')).toContain("@ObjectType('QuangNinhNote', {");
    const resolver = content('src/note.resolver.ts');
    expect(resolver).toContain('async quangNinhNotes(');
    expect(resolver).toContain('async quangNinhAddNote(');
    expect(resolver).toContain("const PLUGIN = 'quang-ninh';");
  });

  it('imports only the SDK, its testing entry, vitest and its own files', () => {
    const imports = files
      .filter((f) => f.path.endsWith('.ts'))
      .flatMap((f) => [...f.content.matchAll(/from '([^']+)'/g)].map((m) => m[1]!))
      .filter((from) => !from.startsWith('./'));
    expect(new Set(imports)).toEqual(new Set(['@hoctap/plugin-sdk', '@hoctap/plugin-sdk/testing', 'vitest']));
  });

  it('describes every GraphQL type, field and argument', () => {
    const lines = (content('src/note.types.ts') + content('src/note.resolver.ts')).split('\n');
    const decorated = lines.flatMap((line, i) =>
      /@(ObjectType|Field|Arg|Query|Mutation)\(/.test(line) ? [lines.slice(i, i + 2).join(' ')] : [],
    );
    expect(decorated).toHaveLength(1 + 7 + 5 + 2);
    for (const decorator of decorated) expect(decorator).toContain('description:');
  });

  it('writes names with quotes safely', () => {
    expect(content('src/index.ts')).toContain("name: 'Tỉnh Quảng Ninh'");
    const quoted = scaffoldFiles(planFor({ ...ok, name: "Tỉnh 'QN' \\ Hạ Long" }));
    expect(quoted.find((f) => f.path === 'src/index.ts')?.content).toContain(`name: "Tỉnh 'QN' \\\\ Hạ Long",`);
  });

  // What `pnpm lint` runs on a repository with the plugin in it.
  it.each([
    ['a short id', { id: 'qn', province: '22' }],
    ['a typical id', ok],
    [
      'the longest id, one claim with both dates',
      { id: 'a'.repeat(10) + '-b'.repeat(11), province: '35', from: '2021-01-01', until: '2025-06-30' },
    ],
    ['a long name', { id: 'dong-thap-moi', province: '82', name: 'Đ'.repeat(100) }],
  ] as const)('formats every file as Prettier does, for %s', async (_, input) => {
    const root = fileURLToPath(new URL('../../../../', import.meta.url));
    const options = await prettier.resolveConfig(join(root, 'plugins/x/src/index.ts'));
    for (const file of scaffoldFiles(planFor(input))) {
      const filepath = join(root, 'plugins', input.id, file.path);
      expect(await prettier.check(file.content, { ...options, filepath }), file.path).toBe(true);
    }
  });
});

describe('literal', () => {
  it.each([
    ['Tỉnh Quảng Ninh', "'Tỉnh Quảng Ninh'"],
    ["it's", `"it's"`],
    [`say "hi"`, `'say "hi"'`],
    [`'a' "b"`, `'\\'a\\' "b"'`],
    ['back\\slash', "'back\\\\slash'"],
  ])('%s → %s', (text, expected) => {
    expect(literal(text)).toBe(expected);
  });
});
