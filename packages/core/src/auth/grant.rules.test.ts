import { describe, expect, it } from 'vitest';
import { decideGrant, decideManageUser, type GrantHolder, type GrantTarget } from './grant.rules.js';
import { Role } from './roles.js';

// A province P with districts D1 and D2; commune C1 lies in D1.
const P = 'province';
const D1 = 'district-1';
const D2 = 'district-2';
const C1 = 'commune-1';
const lineage = { P: [P], D1: [D1, P], D2: [D2, P], C1: [C1, D1, P] } as const;

const admin: GrantHolder = { role: Role.ADMIN, unitId: null };
const analyst: GrantHolder = { role: Role.ANALYST, unitId: null };
const provinceOfficer: GrantHolder = { role: Role.OFFICER, unitId: P };
const districtOfficer: GrantHolder = { role: Role.OFFICER, unitId: D1 };
const districtAssociation: GrantHolder = { role: Role.ASSOCIATION, unitId: D1 };

describe('decideGrant (the grant ceiling)', () => {
  const cases: [string, GrantHolder, GrantTarget, string | null][] = [
    ['admin grants ADMIN', admin, { role: Role.ADMIN, lineage: null }, null],
    ['admin grants ANALYST', admin, { role: Role.ANALYST, lineage: null }, null],
    ['admin grants OFFICER anywhere', admin, { role: Role.OFFICER, lineage: lineage.C1 }, null],
    ['admin: a national role with a unit', admin, { role: Role.ADMIN, lineage: lineage.P }, 'UNIT'],
    ['admin: a scoped role without a unit', admin, { role: Role.OFFICER, lineage: null }, 'UNIT'],
    [
      'province officer grants OFFICER of its province',
      provinceOfficer,
      { role: Role.OFFICER, lineage: lineage.P },
      null,
    ],
    [
      'province officer grants OFFICER of a district',
      provinceOfficer,
      { role: Role.OFFICER, lineage: lineage.D2 },
      null,
    ],
    [
      'province officer grants ASSOCIATION of a commune',
      provinceOfficer,
      { role: Role.ASSOCIATION, lineage: lineage.C1 },
      null,
    ],
    ['province officer may not grant ADMIN', provinceOfficer, { role: Role.ADMIN, lineage: null }, 'CEILING'],
    ['province officer may not grant ANALYST', provinceOfficer, { role: Role.ANALYST, lineage: null }, 'CEILING'],
    ['district officer grants in its commune', districtOfficer, { role: Role.OFFICER, lineage: lineage.C1 }, null],
    ['district officer: another district', districtOfficer, { role: Role.OFFICER, lineage: lineage.D2 }, 'SUBTREE'],
    [
      'district officer: its province (upwards)',
      districtOfficer,
      { role: Role.OFFICER, lineage: lineage.P },
      'SUBTREE',
    ],
    ['district officer may not grant ADMIN', districtOfficer, { role: Role.ADMIN, lineage: null }, 'CEILING'],
    [
      'association manages no accounts',
      districtAssociation,
      { role: Role.ASSOCIATION, lineage: lineage.C1 },
      'MANAGER',
    ],
    ['analyst manages no accounts', analyst, { role: Role.ANALYST, lineage: null }, 'MANAGER'],
  ];
  it.each(cases)('%s', (_name, holder, target, rule) => {
    const decision = decideGrant(holder, target);
    expect(decision.allowed ? null : decision.rule).toBe(rule);
  });
});

describe('decideManageUser', () => {
  const cases: [string, GrantHolder, GrantTarget[], string | null][] = [
    ['admin manages anyone', admin, [{ role: Role.ADMIN, lineage: null }], null],
    ['admin manages an account without grants', admin, [], null],
    ['officer: an account without grants', provinceOfficer, [], 'SUBTREE'],
    [
      'province officer manages a commune officer',
      provinceOfficer,
      [{ role: Role.OFFICER, lineage: lineage.C1 }],
      null,
    ],
    [
      'district officer: a user who also holds a grant in another district',
      districtOfficer,
      [
        { role: Role.OFFICER, lineage: lineage.C1 },
        { role: Role.OFFICER, lineage: lineage.D2 },
      ],
      'SUBTREE',
    ],
    ['district officer: a national analyst', districtOfficer, [{ role: Role.ANALYST, lineage: null }], 'CEILING'],
  ];
  it.each(cases)('%s', (_name, holder, grants, rule) => {
    const decision = decideManageUser(holder, grants);
    expect(decision.allowed ? null : decision.rule).toBe(rule);
  });
});
