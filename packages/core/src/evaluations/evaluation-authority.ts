/**
 * The recognising authority of an evaluation, with the caller's place towards it: the rule comes
 * from data (recognition-authority.data.ts) by model, tier and year; the unit from the evaluation's
 * frozen lineage, whose levels are the only thing loaded.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { isScoped } from '../auth/principal.js';
import type { RequestContext } from '../common/context.js';
import { AdminUnit } from '../geography/admin-unit.entity.js';
import type { AdminLevel } from '../geography/geography.enums.js';
import { geographyLoaders } from '../geography/geography.service.js';
import type { Standing } from '../workflows/workflow.rules.js';
import type { Evaluation } from './evaluation.entity.js';
import { unitTierOf } from './evaluation.rules.js';
import type { RecognitionAuthorityRule } from './recognition-authority.data.js';
import { isAtAuthority, recognitionAuthorityFor, type LineageView } from './recognition-authority.rules.js';

type Evaluated = Pick<Evaluation, 'lineage' | 'evaluatingUnitId' | 'modelKind' | 'year'>;

export interface EvaluationAuthority {
  rule: RecognitionAuthorityRule;
  lineage: LineageView;
}

function authorityOf(e: Evaluated, levelOf: ReadonlyMap<string, AdminLevel>): EvaluationAuthority {
  const levels = e.lineage.map((id) => levelOf.get(id)!);
  const lineage: LineageView = {
    ids: e.lineage,
    levels,
    evaluatingIndex: Math.max(0, e.lineage.indexOf(e.evaluatingUnitId)),
  };
  const tier = e.modelKind === 'LEARNING_UNIT' && levels[0] ? unitTierOf(levels[0]) : null;
  return { rule: recognitionAuthorityFor(e.modelKind, tier, e.year), lineage };
}

/** Through the per-request unit loader: for reads outside a transaction. */
export async function evaluationAuthority(ctx: RequestContext, e: Evaluated): Promise<EvaluationAuthority> {
  const units = await geographyLoaders(ctx).unit.loadMany(e.lineage);
  const levelOf = new Map(units.filter((u): u is AdminUnit => u instanceof AdminUnit).map((u) => [u.id, u.level]));
  return authorityOf(e, levelOf);
}

/** Inside a transaction, for many evaluations at once: one query on `tx`. */
export async function evaluationAuthorities(
  tx: EntityManager,
  evaluations: readonly (Evaluated & { id: string })[],
): Promise<Map<string, EvaluationAuthority>> {
  const ids = [...new Set(evaluations.flatMap((e) => e.lineage))];
  const units = await tx.find(AdminUnit, { id: { $in: ids } }, { fields: ['id', 'level'] });
  const levelOf = new Map(units.map((u) => [u.id, u.level]));
  return new Map(evaluations.map((e) => [e.id, authorityOf(e, levelOf)]));
}

/** Whether the caller is the recognising authority, given their standing. */
export function callerAtAuthority(ctx: RequestContext, authority: EvaluationAuthority, standing: Standing): boolean {
  const scopeUnitId = isScoped(ctx.principal) ? ctx.principal.unitId : null;
  return isAtAuthority(authority.rule, authority.lineage, { scopeUnitId, standing });
}
