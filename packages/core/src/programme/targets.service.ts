import { assertAccess, assertMayWrite } from '../auth/access.js';
import type { RequestContext } from '../common/context.js';
import { badInput, conflict, notFound } from '../common/errors.js';
import { assertVersion } from '../common/flush.js';
import { mutate } from '../common/mutate.js';
import { AdminUnit } from '../geography/admin-unit.entity.js';
import { findUnitByCode, geographyLoaders } from '../geography/geography.service.js';
import { unitInYear } from '../education-standards/education-standards.service.js';
import { checkYear, lineageDay } from '../evaluations/evaluation.rules.js';
import { SUBTREE_SQL } from '../subjects/subject.service.js';
import { NATIONAL_TARGETS, type TargetDefinition } from './targets.data.js';
import { checkUnitTarget, targetProgress, type TargetProgress } from './targets.rules.js';
import { UnitTarget } from './unit-target.entity.js';

export type TargetView = TargetProgress &
  Pick<TargetDefinition, 'description' | 'source'> & { targetYear: number; setBy: string; version: number | null };

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
  // A unit's own targets measure a national target's indicator with its own value and year.
  const own = await ctx.em.find(UnitTarget, { unit: unit.id }, { orderBy: { indicator: 'asc', year: 'asc' } });
  const definitions: (TargetDefinition & { setBy: string; version?: number })[] = [
    ...NATIONAL_TARGETS.map((t) => ({ ...t, setBy: 'NATIONAL' })),
    ...(await provinceTargets(ctx, unit.id, day)),
    ...own.flatMap((o) => {
      const national = NATIONAL_TARGETS.find((t) => t.code === o.indicator);
      return national
        ? [
            {
              ...national,
              code: `${unit.code}:${o.indicator}:${o.year}`,
              year: o.year,
              percent: Number(o.percent),
              source: o.source,
              setBy: unit.code,
              version: o.version,
            },
          ]
        : [];
    }),
  ];
  return definitions
    .filter((t) => targetYear === null || t.year === targetYear)
    .map((t) => {
      const parts =
        t.formula.kind === 'RECOGNISED_SHARE'
          ? {
              numerator: numerators.get(t.formula.modelKind) ?? 0,
              denominator:
                denominators.get('villages' in t.formula.denominator ? 'VILLAGE' : t.formula.denominator.subjectKind) ??
                0,
            }
          : null;
      return {
        ...targetProgress(t, parts),
        description: t.description,
        source: t.source,
        targetYear: t.year,
        setBy: t.setBy,
        version: t.version ?? null,
      };
    });
}

/** The targets of the plugin serving the unit's province that year, e.g. Hà Nam's own for 2025. */
async function provinceTargets(
  ctx: RequestContext,
  unitId: string,
  day: string,
): Promise<(TargetDefinition & { setBy: string })[]> {
  if (!ctx.plugins?.plugins.length) return [];
  const lineage = await geographyLoaders(ctx).lineage(day).load(unitId);
  const provinceId = lineage.at(-1);
  const plugin = provinceId ? ctx.plugins.pluginOfProvince(provinceId) : undefined;
  const province = plugin?.provinces.find((p) => p.unitId === provinceId);
  if (!plugin || !province) return [];
  return ctx.plugins
    .provinceTargets(province.code, day)
    .map((t) => ({ ...t, setBy: `plugin:${plugin.definition.id}` }));
}

/**
 * Sets a unit's own target for a national target's indicator and a year, or changes it: a change
 * states the version read, so of two officials editing at once one is told instead of overwritten.
 */
export async function setUnitTarget(
  ctx: RequestContext,
  input: {
    unitCode: string;
    indicator: string;
    year: number;
    percent: number;
    source: string;
    expectedVersion?: number | null | undefined;
  },
): Promise<TargetView[]> {
  assertMayWrite(ctx);
  const unit = await findUnitByCode(ctx.em, input.unitCode, ctx.today);
  if (unit) await assertAccess(ctx, 'WRITE', unit.id);
  const problems = checkUnitTarget(input);
  if (!unit) problems.push({ field: 'unitCode', rule: 'EXISTS', message: 'names no unit today' });
  if (problems.length > 0 || !unit) throw badInput(problems);
  const key = `${unit.code}:${input.indicator}:${input.year}`;
  const expected = input.expectedVersion ?? null;
  await mutate(
    ctx,
    'target',
    async (tx, log) => {
      const existing = await tx.findOne(UnitTarget, { unit: unit.id, indicator: input.indicator, year: input.year });
      if (existing && expected === null)
        throw conflict(`${key} is already set (version ${existing.version}): give expectedVersion to change it.`, {
          currentVersion: existing.version,
        });
      if (!existing && expected !== null)
        throw conflict(`${key} is not set: omit expectedVersion to set it.`, { currentVersion: null });
      const before = existing ? { percent: Number(existing.percent), source: existing.source } : null;
      if (existing) {
        assertVersion(existing.version, expected!, 'target');
        Object.assign(existing, { percent: input.percent, source: input.source.trim() });
      } else
        tx.create(UnitTarget, {
          unit: tx.getReference(AdminUnit, unit.id),
          indicator: input.indicator,
          year: input.year,
          percent: input.percent,
          source: input.source.trim(),
        });
      log.audit({
        action: 'programme.setUnitTarget',
        entityType: 'UnitTarget',
        entityId: key,
        changes: { before, after: { percent: input.percent, source: input.source.trim() } },
      });
    },
    { onUnique: () => conflict(`${key} was just set by someone else. Reload it and try again.`) },
  );
  return (
    await targetsProgress(ctx, unit.code, Math.min(input.year, Number(ctx.today.slice(0, 4))), input.year)
  ).filter((t) => t.setBy === unit.code);
}
