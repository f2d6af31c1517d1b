import type { Principal } from '@hoctap/plugin-sdk';
import { AdminLevel, AdminUnitKindEnum, useTestPlatform, type GraphQLResult } from '@hoctap/plugin-sdk/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import plugin from './index.js';

// A real PostgreSQL database with the core's and this plugin's migrations, and the API over it.
const platform = useTestPlatform({ plugins: [plugin] });

const PROVINCE = '22'; // Tỉnh Quảng Ninh
const DAY = '2025-07-01'; // a day the plugin serves PROVINCE
const COMMUNE = '99999'; // a commune this test adds (the test database holds the provinces only)
const OTHER = '01'; // Thành phố Hà Nội, which the plugin does not serve

const NOTES = `query ($unitCode: String!, $asOf: Date) {
  scaffoldCheck1e7e1fNotes(unitCode: $unitCode, asOf: $asOf) { unitCode day text createdBy }
}`;
const ADD = `mutation ($unitCode: String!, $day: Date!, $text: String!) {
  scaffoldCheck1e7e1fAddNote(unitCode: $unitCode, day: $day, text: $text) { id unitCode day text version }
}`;

type Note = { unitCode: string; day: string; text: string; createdBy: string };
type Notes = { scaffoldCheck1e7e1fNotes: Note[] };
const TEXT = 'Họp ban chỉ đạo xã';

const notes = (unitCode: string, as: Principal) =>
  platform.execute<Notes>(NOTES, { variables: { unitCode, asOf: DAY }, as });
const codeOf = (result: GraphQLResult<unknown>) => result.errors?.[0]?.extensions?.code;
const problemsOf = (result: GraphQLResult<unknown>) => result.errors?.[0]?.extensions?.problems;

beforeAll(async () => {
  await platform.addUnits([
    {
      code: COMMUNE,
      name: 'Xã Thử Nghiệm',
      level: AdminLevel.COMMUNE,
      kind: AdminUnitKindEnum.COMMUNE,
      parentCode: PROVINCE,
      validFrom: DAY,
      validTo: null,
    },
  ]);
});

describe('plugin scaffold-check-1e7e1f', () => {
  it('is listed by the plugins query with its provinces', async () => {
    type Plugins = { plugins: { id: string; version: string; provinces: { code: string }[] }[] };
    const { data } = await platform.execute<Plugins>('{ plugins { id name version provinces { code } } }');
    expect(data?.plugins.map((p) => [p.id, p.version])).toEqual([[plugin.id, '1.0.0']]);
    expect(data?.plugins[0]?.provinces.map((p) => p.code)).toContain(PROVINCE);
  });

  it('lets an officer of the province add a note and read it back', async () => {
    const officer = await platform.officer(PROVINCE, { asOf: DAY });
    const added = await platform.execute(ADD, {
      variables: { unitCode: COMMUNE, day: DAY, text: `  ${TEXT}  ` },
      as: officer,
    });
    expect(added.errors).toBeUndefined();
    expect(added.data?.scaffoldCheck1e7e1fAddNote).toMatchObject({
      unitCode: COMMUNE,
      day: DAY,
      text: TEXT,
      version: 1,
    });
    const read = await notes(COMMUNE, officer);
    expect(read.data?.scaffoldCheck1e7e1fNotes).toEqual([
      { unitCode: COMMUNE, day: DAY, text: TEXT, createdBy: officer.kind === 'user' ? officer.subject : null },
    ]);
  });

  it('refuses an officer of another province (FORBIDDEN)', async () => {
    const stranger = await platform.officer(OTHER, { asOf: DAY });
    const added = await platform.execute(ADD, { variables: { unitCode: COMMUNE, day: DAY, text: 'x' }, as: stranger });
    expect(codeOf(added)).toBe('FORBIDDEN');
    expect(codeOf(await notes(COMMUNE, stranger))).toBe('FORBIDDEN');
  });

  it('refuses a unit outside its provinces (OUTSIDE_PLUGIN_PROVINCES)', async () => {
    const added = await platform.execute(ADD, {
      variables: { unitCode: OTHER, day: DAY, text: 'x' },
      as: platform.admin,
    });
    expect(codeOf(added)).toBe('BAD_USER_INPUT');
    expect(problemsOf(added)).toMatchObject([{ field: 'unitCode', rule: 'OUTSIDE_PLUGIN_PROVINCES' }]);
    expect(codeOf(await notes(OTHER, platform.admin))).toBe('BAD_USER_INPUT');
  });

  it('refuses empty text naming the field, and writes nothing', async () => {
    const before = await notes(COMMUNE, platform.admin);
    const added = await platform.execute(ADD, {
      variables: { unitCode: COMMUNE, day: DAY, text: '   ' },
      as: platform.admin,
    });
    expect(codeOf(added)).toBe('BAD_USER_INPUT');
    expect(problemsOf(added)).toMatchObject([{ field: 'text', rule: 'LENGTH' }]);
    const after = await notes(COMMUNE, platform.admin);
    expect(after.data?.scaffoldCheck1e7e1fNotes).toEqual(before.data?.scaffoldCheck1e7e1fNotes);
  });

  it('has migrations that create exactly what its entities declare', async () => {
    const schema = 'plugin_scaffold_check_1e7e1f';
    const sql = await platform.orm.schema.getUpdateSchemaSQL({ wrap: false, schema });
    // The platform keeps the plugin's migration history in <schema>.migrations, which is no entity.
    const history = `drop table if exists "${schema}"."migrations" cascade;`;
    expect(sql.split('\n').filter((statement) => statement.trim() && statement !== history)).toEqual([]);
  });
});
