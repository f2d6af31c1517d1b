import { describe, expect, it } from 'vitest';
import { ANONYMOUS, type Principal } from './principal.js';
import { Role } from './roles.js';
import { decideAccess, type Access } from './scope.rules.js';

const admin: Principal = { kind: 'user', subject: 'a', role: Role.ADMIN };
const analyst: Principal = { kind: 'user', subject: 'b', role: Role.ANALYST };
const provinceOfficer: Principal = { kind: 'user', subject: 'c', role: Role.OFFICER, unitId: 'P', unitCode: '87' };
const communeAssociation: Principal = {
  kind: 'user',
  subject: 'd',
  role: Role.ASSOCIATION,
  unitId: 'C',
  unitCode: '29845',
};

// Lineages: the unit first, then its ancestors.
const commune = ['C', 'D', 'P'];
const otherCommune = ['C2', 'D', 'P'];
const district = ['D', 'P'];
const otherProvince = ['X'];

const cases: [string, Principal, Access, readonly string[] | null, boolean][] = [
  ['anyone reads published data', ANONYMOUS, 'READ_PUBLIC', commune, true],
  ['anonymous cannot read aggregates', ANONYMOUS, 'READ_AGGREGATE', commune, false],
  ['anonymous cannot read rows', ANONYMOUS, 'READ_ROWS', commune, false],
  ['anonymous cannot write', ANONYMOUS, 'WRITE', commune, false],
  ['admin writes anywhere', admin, 'WRITE', otherProvince, true],
  ['admin writes national data', admin, 'WRITE', null, true],
  ['analyst reads aggregates anywhere', analyst, 'READ_AGGREGATE', otherProvince, true],
  ['analyst never reads rows', analyst, 'READ_ROWS', commune, false],
  ['analyst never writes', analyst, 'WRITE', commune, false],
  ['officer writes in own unit', provinceOfficer, 'WRITE', ['P'], true],
  ['officer writes in a descendant', provinceOfficer, 'WRITE', commune, true],
  ['officer reads rows in a descendant', provinceOfficer, 'READ_ROWS', district, true],
  ['officer cannot touch another province', provinceOfficer, 'READ_ROWS', otherProvince, false],
  ['officer cannot write national data', provinceOfficer, 'WRITE', null, false],
  ['association writes in own commune', communeAssociation, 'WRITE', commune, true],
  ['association cannot read upwards', communeAssociation, 'READ_ROWS', district, false],
  ['association cannot read sideways', communeAssociation, 'READ_AGGREGATE', otherCommune, false],
];

describe('decideAccess', () => {
  it.each(cases)('%s', (_name, principal, access, lineage, allowed) => {
    const decision = decideAccess(principal, access, lineage);
    expect(decision.allowed).toBe(allowed);
    if (!decision.allowed) expect(decision.reason.length).toBeGreaterThan(10);
  });

  it('names the unit in a refusal', () => {
    const decision = decideAccess(provinceOfficer, 'WRITE', otherProvince);
    expect(decision).toEqual({ allowed: false, reason: expect.stringContaining('unit 87') });
  });
});
