import { testPrincipals, useTestApi } from '@hoctap/plugin-sdk/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import type { Principal } from '../auth/principal.js';
import { Role } from '../auth/roles.js';
import { toGlobalId } from '../common/node-id.js';
import { todayInVietnam } from '../common/scalars.js';
import { addEvaluationFixture, scopedAs } from '../evaluations/evaluation.test-helpers.js';
import { AdminUnit } from '../geography/admin-unit.entity.js';
import { Subject } from './subject.entity.js';
import { SubjectKind } from './subject.enums.js';

const t = useTestApi();
let f: Awaited<ReturnType<typeof addEvaluationFixture>>;
let association: Principal; // Hội Khuyến học of Xã Tân Mỹ (30175)
let districtOfficer: Principal; // Lấp Vò (875), above Xã Tân Mỹ
let saDecOfficer: Principal; // Sa Đéc (867), a sibling district
let wardAssociation: Principal; // Phường 1 (29905) of Sa Đéc
let otherProvince: Principal; // Duy Tiên (349), Hà Nam
const ANONYMOUS: Principal = { kind: 'anonymous' };
/** Anonymous callers are asked to sign in; signed-in callers outside the scope are refused. */
const refusalFor = (p: Principal) => (p.kind === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');

/** The fixture's old-map units end on 30/6/2025: read them on a day they exist. */
const ASOF = '2025-01-01';
const CURRENT_YEAR = Number(todayInVietnam().slice(0, 4));

const FIELDS = `id kind code name version unit { code }
  ... on Citizen { birthYear household { id code } }
  ... on Organisation { organisationKind }`;
const CREATE = `mutation ($input: CreateSubjectInput!) { createSubject(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation ($input: UpdateSubjectInput!) { updateSubject(input: $input) {
  id kind code name version unit { code } ... on Citizen { birthYear household { code } } } }`;
const GET = `query ($id: ID!) { subject(id: $id) { ${FIELDS} } }`;
const LIST = `query ($filter: SubjectFilterInput, $first: Int, $after: String) {
  subjects(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { code } }
    nodes { kind code name unit { code } }
  } }`;

type SubjectData = {
  id: string;
  kind: string;
  code: string;
  name: string;
  version: number;
  unit: { code: string };
  birthYear?: number | null;
  household?: { id: string; code: string } | null;
  organisationKind?: string | null;
};
type ListData = {
  subjects: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
    edges: { cursor: string; node: { code: string } }[];
    nodes: { kind: string; code: string; name: string; unit: { code: string } }[];
  };
};
type Response = { errors?: { message: string; extensions?: Record<string, unknown> }[] };

const codeOf = (r: Response) => r.errors?.[0]?.extensions?.code;
const rulesOf = (r: Response) =>
  ((r.errors?.[0]?.extensions?.problems as { field: string; rule: string }[] | undefined) ?? []).map(
    (p) => `${p.field}:${p.rule}`,
  );
const rowId = (globalId: string) => Buffer.from(globalId, 'base64url').toString().split(':')[1]!;

async function counts() {
  const em = t.db.orm.em.fork();
  return { subjects: await em.count(Subject, {}), audits: await em.count(AuditEntry, {}) };
}

function tryCreate(input: Record<string, unknown>, as: Principal) {
  return t.api.execute<{ createSubject: SubjectData }>(CREATE, { variables: { input: { asOf: ASOF, ...input } }, as });
}

async function create(input: Record<string, unknown>, as: Principal = association): Promise<SubjectData> {
  const r = await tryCreate(input, as);
  expect(r.errors).toBeUndefined();
  return r.data!.createSubject;
}

function update(input: Record<string, unknown>, as: Principal = association) {
  return t.api.execute<{ updateSubject: SubjectData }>(UPDATE, { variables: { input }, as });
}

async function list(filter: Record<string, unknown> | null, as: Principal, first?: number, after?: string) {
  return t.api.execute<ListData>(LIST, { variables: { filter, first, after }, as });
}

beforeAll(async () => {
  f = await addEvaluationFixture(t.db.orm.em.fork());
  association = scopedAs(f.commune, Role.ASSOCIATION);
  districtOfficer = scopedAs(f.lapVo);
  saDecOfficer = scopedAs(f.saDec);
  wardAssociation = scopedAs(f.ward, Role.ASSOCIATION);
  otherProvince = scopedAs(f.duyTien);
});

describe('createSubject', () => {
  it('lets the commune’s association record a household in its village, trimmed, and audits it', async () => {
    const before = await counts();
    const created = await create({
      kind: 'HOUSEHOLD',
      unitCode: '30175.001',
      code: ' HA-1 ',
      name: ' Hộ ông Lê Văn Tư ',
    });
    expect(created).toMatchObject({
      kind: 'HOUSEHOLD',
      code: 'HA-1',
      name: 'Hộ ông Lê Văn Tư',
      version: 1,
      unit: { code: '30175.001' },
    });
    expect(Buffer.from(created.id, 'base64url').toString()).toMatch(/^Household:/);
    expect(await counts()).toEqual({ subjects: before.subjects + 1, audits: before.audits + 1 });
    const entries = await t.db.orm.em
      .fork()
      .find(AuditEntry, { action: 'subjects.create', entityId: rowId(created.id) });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actor: 'association-30175',
      actorRole: 'ASSOCIATION',
      actorUnitId: f.commune.id,
      entityType: 'Subject',
      changes: { kind: 'HOUSEHOLD', unit: '30175.001', code: 'HA-1' },
    });
  });

  it('lets the district officer record a clan in a commune and an organisation it manages', async () => {
    const clan = await create(
      { kind: 'CLAN', unitCode: '30175', code: 'HO-NGUYEN', name: 'Họ Nguyễn' },
      districtOfficer,
    );
    expect(clan).toMatchObject({ kind: 'CLAN', unit: { code: '30175' } });
    const school = await create(
      {
        kind: 'ORGANISATION',
        unitCode: '875',
        code: 'THPT-LV1',
        name: 'Trường THPT Lấp Vò 1',
        organisationKind: 'SCHOOL',
      },
      districtOfficer,
    );
    expect(school).toMatchObject({ kind: 'ORGANISATION', organisationKind: 'SCHOOL', unit: { code: '875' } });
    const audits = await t.db.orm.em.fork().count(AuditEntry, {
      action: 'subjects.create',
      actor: 'officer-875',
      entityId: { $in: [rowId(clan.id), rowId(school.id)] },
    });
    expect(audits).toBe(2);
  });

  it.each([
    ['the association of another district’s ward, in Xã Tân Mỹ’s village', () => wardAssociation, '30175.001'],
    ['the officer of a sibling district', () => saDecOfficer, '30175'],
    ['an officer of another province', () => otherProvince, '30175.001'],
    ['the commune’s association, in the ward of another district', () => association, '29905'],
    ['the commune’s association, in Hà Nam', () => association, '13363'],
    ['an analyst', () => testPrincipals.analyst, '30175.001'],
    ['an anonymous caller', () => ANONYMOUS, '30175.001'],
  ])('refuses %s (FORBIDDEN; UNAUTHENTICATED when anonymous) and writes nothing', async (_who, as, unitCode) => {
    const before = await counts();
    const r = await tryCreate({ kind: 'HOUSEHOLD', unitCode, code: 'HF-1', name: 'Hộ bị từ chối' }, as());
    expect(codeOf(r)).toBe(refusalFor(as()));
    expect(await counts()).toEqual(before);
  });

  it('refuses the commune’s association an organisation managed by the district above it', async () => {
    const r = await tryCreate(
      { kind: 'ORGANISATION', unitCode: '875', code: 'UP-1', name: 'Phòng Giáo dục huyện' },
      association,
    );
    expect(codeOf(r)).toBe('FORBIDDEN');
  });

  it.each([
    ['a blank name', { name: '  ' }, ['name:REQUIRED']],
    ['a code over 50 characters', { code: 'C'.repeat(51) }, ['code:MAX_LENGTH']],
    ['a name over 200 characters', { name: 'N'.repeat(201) }, ['name:MAX_LENGTH']],
    ['a birth year for a household', { birthYear: 1980 }, ['birthYear:CITIZENS_ONLY']],
    ['a household code for a household', { householdCode: 'H1' }, ['householdCode:CITIZENS_ONLY']],
    ['an organisation kind for a household', { organisationKind: 'SCHOOL' }, ['organisationKind:ORGANISATIONS_ONLY']],
    ['an unknown unit code', { unitCode: '99999' }, ['unitCode:EXISTS']],
    ['a unit that no longer exists on the date', { asOf: '2025-07-01' }, ['unitCode:EXISTS']],
    [
      'several problems at once',
      { code: '', name: '', birthYear: 1990 },
      ['code:REQUIRED', 'name:REQUIRED', 'birthYear:CITIZENS_ONLY'],
    ],
  ])('refuses %s with BAD_USER_INPUT naming field and rule, and writes nothing', async (_what, change, rules) => {
    const before = await counts();
    const r = await tryCreate(
      { kind: 'HOUSEHOLD', unitCode: '30175.001', code: 'HB-1', name: 'Hộ hợp lệ', ...change },
      association,
    );
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(rulesOf(r)).toEqual(rules);
    expect(await counts()).toEqual(before);
  });

  it.each([
    ['a district', '875'],
    ['a province', '87'],
  ])(
    'refuses a household in %s: FORBIDDEN above the association’s commune, UNIT_LEVEL for an admin',
    async (_what, unitCode) => {
      const before = await counts();
      const input = { kind: 'HOUSEHOLD', unitCode, code: 'HB-L', name: 'Hộ hợp lệ' };
      expect(codeOf(await tryCreate(input, association))).toBe('FORBIDDEN');
      const r = await tryCreate(input, testPrincipals.admin);
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(rulesOf(r)).toEqual(['unitCode:UNIT_LEVEL']);
      expect(await counts()).toEqual(before);
    },
  );

  it('says what is wrong in the message', async () => {
    const r = await tryCreate({ kind: 'HOUSEHOLD', unitCode: '87', code: 'HB-2', name: ' ' }, testPrincipals.admin);
    expect(r.errors?.[0]?.message).toBe(
      'name: must not be empty; unitCode: a household belongs to a village or commune, not a province',
    );
  });

  it('refuses a code already used for that kind in that unit with code:UNIQUE, and writes nothing', async () => {
    const before = await counts();
    for (const code of ['H1', ' H1 ']) {
      const r = await tryCreate({ kind: 'HOUSEHOLD', unitCode: '30175.001', code, name: 'Hộ trùng mã' }, association);
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0]?.extensions?.problems).toEqual([
        { field: 'code', rule: 'UNIQUE', message: expect.stringContaining('already exists in 30175.001') },
      ]);
    }
    expect(await counts()).toEqual(before);
  });

  it('accepts the same code for another kind or in another unit', async () => {
    await create({ kind: 'CLAN', unitCode: '30175.001', code: 'H1', name: 'Họ Trần' });
    await create({ kind: 'HOUSEHOLD', unitCode: '30175', code: 'H1', name: 'Hộ ở xã' });
    const rows = await t.db.orm.em.fork().count(Subject, { code: 'H1' });
    expect(rows).toBe(4); // the fixture's two households, and these two
  });

  describe('a citizen', () => {
    it('keeps a birth year from 1900 to the current year, and none when not given', async () => {
      const oldest = await create({
        kind: 'CITIZEN',
        unitCode: '30175.001',
        code: 'CB-1900',
        name: 'Cụ Bà',
        birthYear: 1900,
      });
      expect(oldest.birthYear).toBe(1900);
      const baby = await create({
        kind: 'CITIZEN',
        unitCode: '30175.001',
        code: 'CB-NOW',
        name: 'Bé Na',
        birthYear: CURRENT_YEAR,
      });
      expect(baby.birthYear).toBe(CURRENT_YEAR);
      const unknown = await create({ kind: 'CITIZEN', unitCode: '30175', code: 'CB-NONE', name: 'Trần Văn C' });
      expect(unknown).toMatchObject({ birthYear: null, household: null });
    });

    it.each([1899, CURRENT_YEAR + 1])('refuses birth year %s with birthYear:RANGE', async (birthYear) => {
      const before = await counts();
      const r = await tryCreate(
        { kind: 'CITIZEN', unitCode: '30175.001', code: `CR-${birthYear}`, name: 'Ngoài khoảng', birthYear },
        association,
      );
      expect(codeOf(r)).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0]?.extensions?.problems).toEqual([
        // 1899 is refused at the edge (a year of the platform is 1900–2199), a future year by the rule.
        {
          field: 'birthYear',
          rule: 'RANGE',
          message: birthYear < 1900 ? 'must be from 1900 to 2199' : `must be between 1900 and ${CURRENT_YEAR}`,
        },
      ]);
      expect(await counts()).toEqual(before);
    });

    it('links the household with that code in the same unit', async () => {
      const citizen = await create({
        kind: 'CITIZEN',
        unitCode: '30175.001',
        code: 'CL-1',
        name: 'Phạm Thị D',
        birthYear: 1992,
        householdCode: ' H2 ',
      });
      expect(citizen.household).toEqual({ id: toGlobalId('Household', f.households[1]!.id), code: 'H2' });
      const stored = await t.db.orm.em.fork().findOneOrFail(Subject, { id: rowId(citizen.id) });
      expect(stored.household?.id).toBe(f.households[1]!.id);
      const read = await t.api.execute<{ subject: SubjectData }>(GET, {
        variables: { id: citizen.id },
        as: association,
      });
      expect(read.data?.subject.household?.code).toBe('H2');
    });

    it('refuses a household code that names no household of the same unit, and writes nothing', async () => {
      await create({ kind: 'HOUSEHOLD', unitCode: '30175', code: 'HX-COMMUNE', name: 'Hộ ở xã, không ở ấp' });
      const before = await counts();
      for (const householdCode of ['H99', 'HX-COMMUNE']) {
        const r = await tryCreate(
          { kind: 'CITIZEN', unitCode: '30175.001', code: `CX-${householdCode}`, name: 'Không có hộ', householdCode },
          association,
        );
        expect(codeOf(r)).toBe('BAD_USER_INPUT');
        expect(rulesOf(r)).toEqual(['householdCode:EXISTS']);
      }
      // A clan with that code is not a household.
      await create({ kind: 'CLAN', unitCode: '30175.001', code: 'HO-LE', name: 'Họ Lê' });
      const clan = await tryCreate(
        { kind: 'CITIZEN', unitCode: '30175.001', code: 'CX-CLAN', name: 'Không có hộ', householdCode: 'HO-LE' },
        association,
      );
      expect(rulesOf(clan)).toEqual(['householdCode:EXISTS']);
      expect((await counts()).subjects).toBe(before.subjects + 1);
    });
  });
});

describe('updateSubject', () => {
  it('renames with the current version, audits the change, and refuses a stale version with CONFLICT', async () => {
    const created = await create({ kind: 'HOUSEHOLD', unitCode: '30175.001', code: 'HU-1', name: 'Hộ Cũ' });
    const renamed = await update({ id: created.id, expectedVersion: 1, name: ' Hộ Mới ' });
    expect(renamed.errors).toBeUndefined();
    expect(renamed.data?.updateSubject).toMatchObject({ name: 'Hộ Mới', version: 2, code: 'HU-1' });
    const entries = await t.db.orm.em
      .fork()
      .find(AuditEntry, { action: 'subjects.update', entityId: rowId(created.id) });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      actor: 'association-30175',
      entityType: 'Subject',
      changes: { name: ['Hộ Cũ', 'Hộ Mới'] },
    });

    const before = await counts();
    const stale = await update({ id: created.id, expectedVersion: 1, name: 'Hộ Khác' });
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(stale.errors?.[0]?.extensions?.currentVersion).toBe(2);
    expect(await counts()).toEqual(before);
    const stored = await t.db.orm.em.fork().findOneOrFail(Subject, { id: rowId(created.id) });
    expect(stored).toMatchObject({ name: 'Hộ Mới', version: 2 });
  });

  it('corrects a citizen’s birth year, leaving the name as it is', async () => {
    const citizen = await create({
      kind: 'CITIZEN',
      unitCode: '30175.001',
      code: 'CU-1',
      name: 'Võ Văn E',
      birthYear: 1980,
    });
    const r = await update({ id: citizen.id, expectedVersion: 1, birthYear: 1981 }, districtOfficer);
    expect(r.data?.updateSubject).toMatchObject({ name: 'Võ Văn E', birthYear: 1981, version: 2 });
    const entry = await t.db.orm.em.fork().findOneOrFail(AuditEntry, {
      action: 'subjects.update',
      entityId: rowId(citizen.id),
    });
    expect(entry).toMatchObject({ actor: 'officer-875', changes: { birthYear: [1980, 1981] } });
  });

  it.each([
    ['a blank name', 'HOUSEHOLD', { name: ' ' }, 'name:REQUIRED'],
    ['a name over 200 characters', 'HOUSEHOLD', { name: 'N'.repeat(201) }, 'name:MAX_LENGTH'],
    ['a birth year for a household', 'HOUSEHOLD', { birthYear: 1970 }, 'birthYear:CITIZENS_ONLY'],
    ['a birth year in the future', 'CITIZEN', { birthYear: CURRENT_YEAR + 1 }, 'birthYear:RANGE'],
    ['a birth year before 1900', 'CITIZEN', { birthYear: 1850 }, 'birthYear:RANGE'],
  ])('refuses %s with BAD_USER_INPUT and changes nothing', async (what, kind, change, rule) => {
    const created = await create({
      kind,
      unitCode: '30175.001',
      code: `UV-${what.replaceAll(' ', '-')}`,
      name: 'Tên gốc',
    });
    const before = await counts();
    const r = await update({ id: created.id, expectedVersion: 1, ...change });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(rulesOf(r)).toEqual([rule]);
    expect(await counts()).toEqual(before);
    const stored = await t.db.orm.em.fork().findOneOrFail(Subject, { id: rowId(created.id) });
    expect(stored).toMatchObject({ name: 'Tên gốc', version: 1 });
  });

  it.each([
    ['the officer of a sibling district', () => saDecOfficer],
    ['an officer of another province', () => otherProvince],
    ['an analyst', () => testPrincipals.analyst],
    ['an anonymous caller', () => ANONYMOUS],
  ])('refuses %s (FORBIDDEN; UNAUTHENTICATED when anonymous) and changes nothing', async (_who, as) => {
    const id = toGlobalId('Household', f.households[2]!.id);
    const before = await counts();
    const r = await update({ id, expectedVersion: 1, name: 'Hộ bị đổi tên' }, as());
    expect(codeOf(r)).toBe(refusalFor(as()));
    expect(await counts()).toEqual(before);
    expect((await t.db.orm.em.fork().findOneOrFail(Subject, { id: f.households[2]!.id })).name).toBe('Hộ số H3');
  });

  it('answers an unknown subject as one outside the scope (NOT_FOUND only for an admin), and BAD_USER_INPUT for an id of another type', async () => {
    const input = {
      id: toGlobalId('Household', '00000000-0000-4000-8000-000000000000'),
      expectedVersion: 1,
      name: 'X',
    };
    expect(codeOf(await update(input))).toBe('FORBIDDEN');
    expect(codeOf(await update(input, testPrincipals.admin))).toBe('NOT_FOUND');
    const unit = await update({ id: toGlobalId('AdminUnit', f.village.id), expectedVersion: 1, name: 'X' });
    expect(codeOf(unit)).toBe('BAD_USER_INPUT');
    expect(rulesOf(unit)).toEqual(['id:GLOBAL_ID_TYPE']);
  });
});

describe('subject', () => {
  const citizenId = () => toGlobalId('Citizen', f.citizen.id);

  it('is read inside its unit’s subtree: by the commune, the district, the province and an admin', async () => {
    for (const as of [association, districtOfficer, scopedAs(f.province), scopedAs(f.village), testPrincipals.admin]) {
      const r = await t.api.execute<{ subject: SubjectData }>(GET, { variables: { id: citizenId() }, as });
      expect(r.errors).toBeUndefined();
      expect(r.data?.subject).toMatchObject({
        id: citizenId(),
        kind: 'CITIZEN',
        code: 'C1',
        name: 'Nguyễn Thị A',
        birthYear: 1980,
        household: null,
        unit: { code: '30175.001' },
      });
    }
  });

  it.each([
    ['the association of another district’s ward', () => wardAssociation],
    ['the officer of a sibling district', () => saDecOfficer],
    ['an officer of another province', () => otherProvince],
    ['an analyst', () => testPrincipals.analyst],
    ['an anonymous caller', () => ANONYMOUS],
  ])('refuses %s (FORBIDDEN; UNAUTHENTICATED when anonymous)', async (_who, as) => {
    const r = await t.api.execute(GET, { variables: { id: citizenId() }, as: as() });
    expect(codeOf(r)).toBe(refusalFor(as()));
    expect(r.data?.subject ?? null).toBeNull();
  });

  it('refuses the commune a household of another province', async () => {
    const r = await t.api.execute(GET, {
      variables: { id: toGlobalId('Household', f.haNamHousehold.id) },
      as: association,
    });
    expect(codeOf(r)).toBe('FORBIDDEN');
  });

  it('answers NOT_FOUND for an unknown id, or an id whose type is not the subject’s kind', async () => {
    const unknown = await t.api.execute(GET, {
      variables: { id: toGlobalId('Citizen', '00000000-0000-4000-8000-000000000000') },
      as: testPrincipals.admin,
    });
    expect(codeOf(unknown)).toBe('NOT_FOUND');
    const mistyped = await t.api.execute(GET, {
      variables: { id: toGlobalId('Household', f.citizen.id) },
      as: testPrincipals.admin,
    });
    expect(codeOf(mistyped)).toBe('NOT_FOUND');
  });
});

describe('subjects', () => {
  beforeAll(async () => {
    const em = t.db.orm.em.fork();
    // A few rows of the ward of Sa Đéc, so that subtrees can be told apart.
    for (const code of ['SD-1', 'SD-2'])
      em.create(Subject, {
        kind: SubjectKind.HOUSEHOLD,
        unit: em.getReference(AdminUnit, f.ward.id),
        code,
        name: `Hộ ${code}`,
      });
    await em.flush();
  });

  it('lists the caller’s own subtree by default, ordered by kind and code', async () => {
    const r = await list({ asOf: ASOF }, association, 100);
    expect(r.errors).toBeUndefined();
    const nodes = r.data!.subjects.nodes;
    expect(nodes.length).toBe(r.data!.subjects.totalCount);
    expect(nodes.every((n) => n.unit.code === '30175' || n.unit.code === '30175.001')).toBe(true);
    expect(nodes.map((n) => n.code)).toContain('C1');
    expect(nodes.map((n) => n.code)).not.toContain('SD-1');
    // Kinds in the order SubjectKind declares them, codes ascending within each kind.
    const kinds = nodes.map((n) => n.kind).filter((k, i, all) => k !== all[i - 1]);
    expect(kinds).toEqual(['HOUSEHOLD', 'CLAN', 'CITIZEN']);
    const households = nodes.filter((n) => n.kind === 'HOUSEHOLD').map((n) => n.code);
    expect(households.slice(0, 5)).toEqual(['H1', 'H1', 'H10', 'H11', 'H12']);
    const own = await list({ asOf: ASOF }, wardAssociation, 100);
    expect(own.data?.subjects.nodes.map((n) => n.code)).toEqual(['SD-1', 'SD-2']);
  });

  it('filters by kind, unit and text, ignoring case and diacritics, or by exact code', async () => {
    const citizens = await list({ asOf: ASOF, kind: 'CITIZEN', unitCode: '30175.001' }, districtOfficer, 100);
    expect(citizens.data?.subjects.nodes.every((n) => n.kind === 'CITIZEN' && n.unit.code === '30175.001')).toBe(true);
    expect(citizens.data?.subjects.nodes.map((n) => n.code)).toContain('C1');
    const search = await list({ asOf: ASOF, search: 'NGUYEN thi a' }, districtOfficer, 100);
    expect(search.data?.subjects.nodes.map((n) => n.name)).toContain('Nguyễn Thị A');
    const byCode = await list({ asOf: ASOF, search: 'H12' }, districtOfficer, 100);
    expect(byCode.data?.subjects.nodes.map((n) => n.code)).toEqual(['H12']);
    const everywhere = await list({ asOf: ASOF, unitCode: '87', kind: 'HOUSEHOLD' }, testPrincipals.admin, 100);
    const units = new Set(everywhere.data?.subjects.nodes.map((n) => n.unit.code));
    expect([...units].sort()).toEqual(expect.arrayContaining(['29905', '30175.001']));
    expect(units.has('13363')).toBe(false);
  });

  it('pages with first and after, without overlap, keeping the total', async () => {
    const filter = { asOf: ASOF, unitCode: '30175.001', kind: 'HOUSEHOLD' };
    const all = await list(filter, association, 100);
    const total = all.data!.subjects.totalCount;
    expect(total).toBeGreaterThanOrEqual(12);
    const first = await list(filter, association, 5);
    expect(first.data?.subjects).toMatchObject({
      totalCount: total,
      pageInfo: { hasNextPage: true, hasPreviousPage: false },
    });
    expect(first.data?.subjects.edges.map((e) => e.node.code)).toEqual(
      all.data!.subjects.nodes.slice(0, 5).map((n) => n.code),
    );
    const second = await list(filter, association, 5, first.data!.subjects.pageInfo.endCursor!);
    expect(second.data?.subjects).toMatchObject({
      totalCount: total,
      pageInfo: { hasPreviousPage: true },
    });
    expect(second.data?.subjects.nodes.map((n) => n.code)).toEqual(
      all.data!.subjects.nodes.slice(5, 10).map((n) => n.code),
    );
    const last = await list(filter, association, 100, second.data!.subjects.pageInfo.endCursor!);
    expect(last.data?.subjects.pageInfo.hasNextPage).toBe(false);
    expect(last.data?.subjects.nodes.length).toBe(total - 10);
  });

  it('refuses a page over 100 and a cursor it did not issue', async () => {
    const big = await list({ asOf: ASOF }, association, 101);
    expect(rulesOf(big)).toEqual(['first:RANGE']);
    const cursor = await list({ asOf: ASOF }, association, 5, 'not-a-cursor');
    expect(rulesOf(cursor)).toEqual(['after:CURSOR']);
  });

  it.each([
    ['the officer of a sibling district, on Xã Tân Mỹ', () => saDecOfficer, { unitCode: '30175' }],
    ['the commune’s association, on its district', () => association, { unitCode: '875' }],
    ['an officer of another province, on Đồng Tháp', () => otherProvince, { unitCode: '87' }],
    ['an analyst', () => testPrincipals.analyst, {}],
    ['an analyst, on a unit', () => testPrincipals.analyst, { unitCode: '30175' }],
    ['an anonymous caller', () => ANONYMOUS, {}],
  ])('refuses %s (FORBIDDEN; UNAUTHENTICATED when anonymous)', async (_who, as, filter) => {
    const r = await list({ asOf: ASOF, ...filter }, as());
    expect(codeOf(r)).toBe(refusalFor(as()));
    expect(r.data?.subjects ?? null).toBeNull();
  });

  it('answers NOT_FOUND for a unit code that names nothing on the date', async () => {
    const r = await list({ asOf: '2025-07-01', unitCode: '30175' }, testPrincipals.admin);
    expect(codeOf(r)).toBe('NOT_FOUND');
  });
});

describe('subjects totals', () => {
  it('counts every match even when the page is empty (first: 0, or after the end)', async () => {
    await create({ kind: 'HOUSEHOLD', unitCode: '30175.001', code: 'TOTAL-1', name: 'Hộ T1', asOf: ASOF });
    const all = await list({ asOf: ASOF, unitCode: '30175.001' }, association, 100);
    const total = all.data!.subjects.totalCount;
    expect(total).toBeGreaterThan(0);
    const none = await list({ asOf: ASOF, unitCode: '30175.001' }, association, 0);
    expect(none.data?.subjects.totalCount).toBe(total);
    const past = await list(
      { asOf: ASOF, unitCode: '30175.001' },
      association,
      10,
      Buffer.from('offset:999').toString('base64url'),
    );
    expect(past.data?.subjects).toMatchObject({ totalCount: total, pageInfo: { hasNextPage: false } });
  });
});
