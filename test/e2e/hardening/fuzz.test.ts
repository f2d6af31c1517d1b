/**
 * The schema-driven fuzzer, a bounded seeded sample: every root field, many times over, with
 * plausible and hostile arguments, as anonymous callers, officers, analysts and administrators.
 * No answer may be a server error. `pnpm bench fuzz` runs the long version over HTTP.
 */
import { toGlobalId, type Principal } from '@hoctap/core';
import { buildHoctapSchema } from '@hoctap/server';
import { testPrincipals, useTestApi } from '@hoctap/plugin-sdk/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { addEvaluationFixture, scopedAs } from '../../../packages/core/src/evaluations/evaluation.test-helpers.js';
import { codeOf, failureOf, SchemaFuzzer, type FuzzContext } from '../../fuzz/schema-fuzzer.js';

const SEED = Number(process.env.HOCTAP_FUZZ_SEED ?? 20261207);
const REQUESTS = Number(process.env.HOCTAP_FUZZ_REQUESTS ?? 1500);

const t = useTestApi();
let context: FuzzContext;
let callers: (Principal | undefined)[];

beforeAll(async () => {
  const f = await addEvaluationFixture(t.db.orm.em.fork());
  context = {
    codes: ['87', '82', '875', '30175', '30175.001', '35', '13363', '00004', '99999'],
    ids: [
      toGlobalId('AdminUnit', f.village.id),
      toGlobalId('AdminUnit', f.commune.id),
      toGlobalId('Household', f.households[0]!.id),
      toGlobalId('Citizen', f.citizen.id),
      toGlobalId('Household', f.haNamHousehold.id),
    ],
  };
  callers = [undefined, testPrincipals.admin, testPrincipals.analyst, scopedAs(f.province), scopedAs(f.commune)];
});

describe('the schema fuzzer', () => {
  it(`answers ${REQUESTS} seeded requests (seed ${SEED}) without a single server error`, async () => {
    const fuzzer = new SchemaFuzzer(await buildHoctapSchema(), context, SEED);
    const failures: string[] = [];
    const byCode = new Map<string, number>();
    for (let n = 0; n < REQUESTS; n++) {
      const op = fuzzer.operation(n);
      const as = callers[n % callers.length];
      const r = await t.api.execute(op.query, { variables: op.variables, ...(as ? { as } : {}) });
      const failure = failureOf(r.status, r);
      if (failure)
        failures.push(
          `#${n} ${op.field} as ${as?.kind === 'user' ? as.role : 'anonymous'}: ${failure} — ${op.query} ${JSON.stringify(op.variables).slice(0, 400)}`,
        );
      byCode.set(codeOf(r), (byCode.get(codeOf(r)) ?? 0) + 1);
    }
    console.log(`fuzz: ${REQUESTS} requests, seed ${SEED}:`, JSON.stringify(Object.fromEntries(byCode)));
    expect(failures.slice(0, 10)).toEqual([]);
    // The sample reached past the edge: some requests were refused, some went through.
    expect(byCode.get('OK') ?? 0).toBeGreaterThan(REQUESTS / 10);
    expect(byCode.get('BAD_USER_INPUT') ?? 0).toBeGreaterThan(REQUESTS / 10);
  }, 300_000);
});
