import type { EntityManager } from '@mikro-orm/postgresql';
import { addEvaluationFixture } from '../evaluations/evaluation.test-helpers.js';
import { SuccessionKind } from '../geography/geography.enums.js';
import { Succession } from '../geography/succession.entity.js';

/** What the GNLC tests over the API share. */

export type Result = {
  data?: Record<string, unknown>;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
};
export const codeOf = (r: Result) => r.errors?.[0]?.extensions?.code;
export const problemsOf = (r: Result) =>
  (r.errors?.[0]?.extensions?.problems as { field: string; rule: string }[] | undefined)?.map(
    (p) => `${p.field}:${p.rule}`,
  );

/** The evaluation fixture (old Đồng Tháp with Sa Đéc, Hà Nam) plus the succession of Sa Đéc's ward. */
export async function addGnlcFixture(em: EntityManager) {
  const f = await addEvaluationFixture(em);
  // Sa Đéc's Phường 1 passed to the new Phường Sa Đéc on 1/7/2025 (the fixture has both wards).
  em.create(Succession, {
    from: f.ward,
    to: f.newWard,
    kind: SuccessionKind.FULL,
    effectiveDate: '2025-07-01',
    legalBasis: 'Nghị quyết 1663/NQ-UBTVQH15 (test fixture)',
  });
  await em.flush();
  return f;
}
