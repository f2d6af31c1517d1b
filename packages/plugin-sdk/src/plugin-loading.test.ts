/**
 * The server's start-up checks and the platform's behaviour with plugins, through the same
 * harness plugin authors use. Each refusal is the message an operator would read.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AdminLevel,
  AdminUnitKindEnum,
  Role,
  createTestPlatform,
  useTestPlatform,
  type TestPlatform,
} from './testing/index.js';
import { Arg, Field, Migration, ObjectType, Query, Resolver, definePlugin, type PluginDefinition } from './index.js';

const plugin = (overrides: Partial<PluginDefinition> = {}): PluginDefinition =>
  definePlugin({
    id: 'quang-ninh',
    name: 'Tỉnh Quảng Ninh',
    version: '1.0.0',
    core: '^1.0.0',
    provinces: [{ code: '22' }],
    graphqlPrefix: 'QuangNinh',
    ...overrides,
  });

@ObjectType('QuangNinhHello', { description: 'A greeting.' })
class Hello {
  @Field(() => String, { description: 'The text.' })
  text!: string;
}

@Resolver()
class GoodResolver {
  @Query(() => Hello, { description: 'Says hello.' })
  quangNinhHello(): Hello {
    return { text: 'xin chào' };
  }
}

@ObjectType('Note', { description: 'A type without the prefix.' })
class Note {
  @Field(() => String, { description: 'The text.' })
  text!: string;
}

@Resolver()
class UnprefixedResolver {
  @Query(() => [Note], { description: 'Unprefixed.' })
  notes(): Note[] {
    return [];
  }
}

@Resolver()
class CoreFieldResolver {
  @Query(() => String, { nullable: true, description: 'Shadows the core query.' })
  adminUnit(@Arg('code', () => String) code: string): string {
    return code;
  }
}

@ObjectType('AdminUnit', { description: 'Redefines a core type.' })
class FakeAdminUnit {
  @Field(() => String, { description: 'x' })
  code!: string;
}

@Resolver()
class CoreTypeResolver {
  @Query(() => FakeAdminUnit, { description: 'Returns a redefined core type.' })
  quangNinhUnit(): FakeAdminUnit {
    return { code: '22' };
  }
}

class BrokenMigration extends Migration {
  override up(): void {
    this.addSql('create table "plugin_quang_ninh"."broken" (id uuid primary key, oops notatype)');
  }
}

const refusal = (plugins: PluginDefinition[]) =>
  createTestPlatform({ plugins }).then(
    async (p) => {
      await p.close();
      return 'started';
    },
    (error: unknown) => (error instanceof Error ? error.message : String(error)),
  );

describe('the server refuses to start, naming the plugin and the problem', () => {
  it('on an incompatible core range', async () => {
    expect(await refusal([plugin({ core: '^2.0.0' })])).toBe(
      'Refusing to start: 1 plugin problem(s).\n  plugin quang-ninh: INCOMPATIBLE_CORE: needs core ^2.0.0, but this core is 1.0.0',
    );
  });

  it('on a type and a root field without the prefix', async () => {
    const message = await refusal([plugin({ resolvers: [UnprefixedResolver] })]);
    expect(message).toContain(
      "plugin quang-ninh: BAD_TYPE_NAME: type Note must start with the plugin's prefix QuangNinh",
    );
    expect(message).toContain(
      "plugin quang-ninh: BAD_FIELD_NAME: Query.notes must start with the plugin's prefix quangNinh",
    );
  });

  it('on a root field the core already has (TypeGraphQL would silently replace it)', async () => {
    expect(await refusal([plugin({ resolvers: [CoreFieldResolver] })])).toContain(
      'plugin quang-ninh: DUPLICATE_ROOT_FIELD: Query.adminUnit is already defined by the core',
    );
  });

  it('on a type the core already has', async () => {
    expect(await refusal([plugin({ resolvers: [CoreTypeResolver] })])).toMatch(
      /plugin quang-ninh: (SCHEMA_BUILD_FAILED|DUPLICATE_TYPE): .*AdminUnit/,
    );
  });

  it('on prefixes where one starts the other', async () => {
    const other = plugin({ id: 'quang-ninh-2', graphqlPrefix: 'QuangNinhTwo', provinces: [{ code: '24' }] });
    expect(await refusal([plugin(), other])).toContain(
      'plugin quang-ninh-2: PREFIX_CLASH: graphqlPrefix QuangNinhTwo clashes with QuangNinh of plugin quang-ninh',
    );
  });

  it('on the same root field and type from two plugins', async () => {
    const other = plugin({
      id: 'ha-long',
      graphqlPrefix: 'HaLong',
      provinces: [{ code: '24' }],
      resolvers: [GoodResolver],
    });
    const message = await refusal([plugin({ resolvers: [GoodResolver] }), other]);
    expect(message).toContain(
      'plugin ha-long: DUPLICATE_ROOT_FIELD: Query.quangNinhHello is also defined by plugin quang-ninh',
    );
    expect(message).toContain('plugin ha-long: DUPLICATE_TYPE: QuangNinhHello is also defined by plugin quang-ninh');
  });

  it('on two plugins claiming one province at overlapping dates', async () => {
    const a = plugin({ provinces: [{ code: '87', until: '2025-06-30' }] });
    const b = plugin({
      id: 'other',
      graphqlPrefix: 'Other',
      provinces: [{ code: '87', from: '2024-01-01', until: '2025-06-30' }],
    });
    expect(await refusal([a, b])).toBe(
      'Refusing to start: 1 plugin problem(s).\n  plugin other: PROVINCE_CLAIMED_TWICE: province 87 (2024-01-01 – 2025-06-30) is also claimed by plugin quang-ninh (always – 2025-06-30)',
    );
  });

  it('on a failing migration, naming it', async () => {
    const message = await refusal([plugin({ migrations: [{ name: 'Migration0001_broken', class: BrokenMigration }] })]);
    expect(message).toMatch(
      /^Refusing to start: 1 plugin problem\(s\)\.\n {2}plugin quang-ninh: MIGRATION_FAILED: migration Migration0001_broken failed: .*notatype/,
    );
  });

  it('on a province code no province had during the claim', async () => {
    expect(await refusal([plugin({ provinces: [{ code: '87', from: '2025-07-01' }] })])).toContain(
      'plugin quang-ninh: UNKNOWN_PROVINCE: claims province 87 from 2025-07-01 until open, but no province had that code for the whole period',
    );
  });

  it('on a register() that throws', async () => {
    const bad = plugin({
      register() {
        throw new Error('boom');
      },
    });
    expect(await refusal([bad])).toContain('plugin quang-ninh: REGISTER_FAILED: register() threw: boom');
  });
});

describe('a loaded plugin', () => {
  const platform = useTestPlatform({
    plugins: [
      plugin({
        provinces: [{ code: '35', until: '2025-06-30' }],
        resolvers: [GoodResolver],
        register(r) {
          // An extra local check before the district verifies, for this province's evaluations only.
          r.extendWorkflow(
            'evaluation',
            {
              states: [{ code: 'LOCALLY_REVIEWED', label: 'Đã rà soát', labelEn: 'Reviewed locally' }],
              actions: [
                {
                  name: 'LOCAL_REVIEW',
                  label: 'Rà soát',
                  labelEn: 'Review locally',
                  from: ['SUBMITTED'],
                  to: 'LOCALLY_REVIEWED',
                  actors: [{ roles: [Role.OFFICER], standing: ['ABOVE'] }],
                },
              ],
              addGuards: [{ action: 'VERIFY', guards: ['reviewedLocally'] }],
            },
            {
              reviewedLocally: () => ({
                rule: 'LOCAL_REVIEW_FIRST',
                vi: 'Cần rà soát trước',
                en: 'Review locally first',
              }),
            },
          );
          r.targets([
            {
              code: 'QN-2025-X',
              description: 'A province target',
              source: 'test',
              year: 2025,
              percent: 50,
              formula: { kind: 'NOT_YET_COMPUTED', needs: 'nothing yet' },
              provinceCodes: ['35'],
            },
          ]);
        },
      }),
    ],
  });

  it('is listed by the plugins query with what it contributes', async () => {
    const r = await platform.execute<{ plugins: unknown[] }>(
      '{ plugins { id version provinces { code name until } databaseSchema contributes { types rootFields workflowExtensions targets } } }',
    );
    expect(r.data?.plugins).toEqual([
      {
        id: 'quang-ninh',
        version: '1.0.0',
        provinces: [{ code: '35', name: expect.stringContaining('Hà Nam'), until: '2025-06-30' }],
        databaseSchema: 'plugin_quang_ninh',
        contributes: {
          types: ['QuangNinhHello'],
          rootFields: ['Query.quangNinhHello'],
          workflowExtensions: ['evaluation'],
          targets: ['QN-2025-X'],
        },
      },
    ]);
  });

  it('serves its own fields', async () => {
    expect((await platform.execute('{ quangNinhHello { text } }')).data).toEqual({
      quangNinhHello: { text: 'xin chào' },
    });
  });

  it("adds its province's targets beside the national ones, for its province only", async () => {
    const q = 'query ($u: String!) { targets(unitCode: $u, year: 2024) { code setBy } }';
    const haNam = await platform.execute<{ targets: { code: string; setBy: string }[] }>(q, {
      variables: { u: '35' },
      as: platform.admin,
    });
    expect(haNam.data?.targets.filter((t) => t.setBy !== 'NATIONAL')).toEqual([
      { code: 'QN-2025-X', setBy: 'plugin:quang-ninh' },
    ]);
    const dongThap = await platform.execute<{ targets: { setBy: string }[] }>(q, {
      variables: { u: '87' },
      as: platform.admin,
    });
    expect(dongThap.data?.targets.every((t) => t.setBy === 'NATIONAL')).toBe(true);
  });
});

describe('workflow extensions apply to the plugin’s provinces only', () => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await createTestPlatform({
      plugins: [
        plugin({
          provinces: [{ code: '35', until: '2025-06-30' }],
          register: (r) =>
            r.extendWorkflow('evaluation', {
              states: [{ code: 'LOCALLY_REVIEWED', label: 'Đã rà soát', labelEn: 'Reviewed locally' }],
              actions: [
                {
                  name: 'LOCAL_REVIEW',
                  label: 'Rà soát tại cơ sở',
                  labelEn: 'Review locally',
                  from: ['DRAFT'],
                  to: 'LOCALLY_REVIEWED',
                  actors: [{ roles: [Role.OFFICER], standing: ['OWN'] }],
                },
              ],
              addActors: [{ action: 'WITHDRAW', actors: [] }],
            }),
        }),
      ],
    });
    const old = { validTo: '2025-06-30' };
    await platform.addUnits([
      {
        code: '349',
        name: 'Thị xã Duy Tiên',
        level: AdminLevel.DISTRICT,
        kind: AdminUnitKindEnum.TOWN,
        parentCode: '35',
        ...old,
      },
      {
        code: '13363',
        name: 'Xã Chuyên Ngoại',
        level: AdminLevel.COMMUNE,
        kind: AdminUnitKindEnum.COMMUNE,
        parentCode: '349',
        ...old,
      },
      {
        code: '875',
        name: 'Huyện Lấp Vò',
        level: AdminLevel.DISTRICT,
        kind: AdminUnitKindEnum.RURAL_DISTRICT,
        parentCode: '87',
        ...old,
      },
      {
        code: '30175',
        name: 'Xã Tân Mỹ',
        level: AdminLevel.COMMUNE,
        kind: AdminUnitKindEnum.COMMUNE,
        parentCode: '875',
        ...old,
      },
    ]);
  });
  afterAll(() => platform.close());

  async function draftIn(communeCode: string) {
    const officer = await platform.officer(communeCode);
    const subject = await platform.execute<{ createSubject: { id: string } }>(
      'mutation ($i: CreateSubjectInput!) { createSubject(input: $i) { id } }',
      {
        variables: { i: { kind: 'HOUSEHOLD', unitCode: communeCode, asOf: '2024-06-01', code: 'H1', name: 'Hộ 1' } },
        as: officer,
      },
    );
    expect(subject.errors).toBeUndefined();
    const created = await platform.execute<{ createEvaluation: { id: string; availableActions: { name: string }[] } }>(
      'mutation ($i: CreateEvaluationInput!) { createEvaluation(input: $i) { id availableActions { name } } }',
      {
        variables: { i: { subjectId: subject.data!.createSubject.id, modelKind: 'LEARNING_FAMILY', year: 2024 } },
        as: officer,
      },
    );
    expect(created.errors).toBeUndefined();
    return { evaluation: created.data!.createEvaluation, officer };
  }

  const TRANSITION = 'mutation ($id: ID!) { transition(id: $id, action: "LOCAL_REVIEW") { state } }';

  it('offers and takes the extra step in the plugin’s province', async () => {
    const { evaluation, officer } = await draftIn('13363');
    expect(evaluation.availableActions.map((a) => a.name)).toContain('LOCAL_REVIEW');
    const r = await platform.execute(TRANSITION, { variables: { id: evaluation.id }, as: officer });
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ transition: { state: 'LOCALLY_REVIEWED' } });
  });

  it('knows nothing of it in another province', async () => {
    const { evaluation, officer } = await draftIn('30175');
    expect(evaluation.availableActions.map((a) => a.name)).not.toContain('LOCAL_REVIEW');
    const r = await platform.execute(TRANSITION, { variables: { id: evaluation.id }, as: officer });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.message).toMatch(/Unknown action LOCAL_REVIEW/);
  });
});
