import { assertAccess } from '../auth/access.js';
import type { RequestContext } from '../common/context.js';
import { badInput, notFound } from '../common/errors.js';
import { unitInYear } from '../education-standards/education-standards.service.js';
import { checkYear, lineageDay } from '../evaluations/evaluation.rules.js';
import { SUBTREE_SQL } from '../subjects/subject.service.js';
import { NATIONAL_TARGETS, type TargetDefinition } from './targets.data.js';
import { targetProgress, type TargetProgress } from './targets.rules.js';

export type TargetView = TargetProgress & Pick<TargetDefinition, 'description' | 'source'> & { targetYear: number };

/**
 * Progress of a unit towards the national targets with the data of one year: recognised
 * evaluations out of the subjects on record in its subtree. Two queries for all targets.
 */
export async function targetsProgress(
  ctx: RequestContext,
  unitCode: string,
  year: number,
  targetYear: number | null,
): Promise<TargetView[]> {
  const problems = checkYear(year, ctx.today);
  if (problems.length > 0) throw badInput(problems);
  const unit = await unitInYear(ctx.em, unitCode, year);
  if (!unit) throw notFound(`No administrative unit has code ${unitCode} in ${year}.`);
  const day = lineageDay(unit, year);
  await assertAccess(ctx, 'READ_AGGREGATE', unit.id, day);
  const recognised = await ctx.em.execute<{ model_kind: string; n: string }[]>(
    `select model_kind, count(*) as n from evaluation
     where lineage @> ?::uuid[] and year = ? and state = 'RECOGNISED' group by model_kind`,
    [`{${unit.id}}`, year],
  );
  const onRecord = await ctx.em.execute<{ kind: string; n: string }[]>(
    `${SUBTREE_SQL}
     select s.kind::text as kind, count(*) as n from subject s join sub on sub.id = s.unit_id group by s.kind
     union all
     select 'VILLAGE', count(*) from sub join admin_unit u on u.id = sub.id where u.level = 'VILLAGE'`,
    [unit.id, day, day],
  );
  const numerators = new Map(recognised.map((r) => [r.model_kind, Number(r.n)]));
  const denominators = new Map(onRecord.map((r) => [r.kind, Number(r.n)]));
  return NATIONAL_TARGETS.filter((t) => targetYear === null || t.year === targetYear).map((t) => {
    const parts =
      t.formula.kind === 'RECOGNISED_SHARE'
        ? {
            numerator: numerators.get(t.formula.modelKind) ?? 0,
            denominator:
              denominators.get('villages' in t.formula.denominator ? 'VILLAGE' : t.formula.denominator.subjectKind) ??
              0,
          }
        : null;
    return { ...targetProgress(t, parts), description: t.description, source: t.source, targetYear: t.year };
  });
}
