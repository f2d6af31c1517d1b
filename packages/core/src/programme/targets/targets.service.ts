import { assertAccess, assertMayWrite } from '../../auth/access.js';
import type { RequestContext } from '../../common/context.js';
import { badInput, conflict, notFound } from '../../common/errors.js';
import { assertVersion } from '../../common/flush.js';
import { mutate } from '../../common/mutate.js';
import { AdminUnit } from '../../geography/admin-unit.entity.js';
import { findUnitByCode, geographyLoaders } from '../../geography/geography.service.js';
import {
  unitInYear,
  unitStandards,
  type UnitStandardResult,
} from '../../education-standards/education-standards.service.js';
import { AdminLevel } from '../../geography/geography.enums.js';
import { checkYear, lineageDay } from '../../evaluations/evaluation.rules.js';
import { SUBTREE_SQL } from '../../subjects/subject.service.js';
import { NATIONAL_TARGETS, type TargetDefinition } from './targets.data.js';
import { checkUnitTarget, targetCaveats, targetProgress, type TargetProgress } from './targets.rules.js';
import { TARGETS } from './targets.extension.js';
import { UnitTarget } from './unit-target.entity.js';
import type { ReportValue } from '../../reporting/reporting.model.js';
import { REPORTED_STATES } from '../../reporting/reporting-status.service.js';
import { termValue } from '../../reporting/validation.rules.js';

export type TargetView = TargetProgress &
  Pick<TargetDefinition, 'description' | 'source'> & { targetYear: number; setBy: string; version: number | null };

/**
 * Progress of a unit towards the national targets with the data of one year: recognised
 * evaluations out of the subjects on record in its subtree (commune-level learning units apart),
 * provinces' standards from `educationStandards`, and no share where the denominator is a
 * population the platform does not collect. Two queries for all shares.
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
  const recognised = await ctx.em.execute<{ kind: string; level: string; n: string }[]>(
    `select e.model_kind as kind, u.level::text as level, count(*) as n
     from evaluation e join admin_unit u on u.id = e.unit_id
     where e.lineage @> ?::uuid[] and e.year = ? and e.state = 'RECOGNISED' group by 1, 2`,
    [`{${unit.id}}`, year],
  );
  const onRecord = await ctx.em.execute<{ kind: string; level: string; n: string }[]>(
    `${SUBTREE_SQL}
     select s.kind::text as kind, u.level::text as level, count(*) as n
     from subject s join sub on sub.id = s.unit_id join admin_unit u on u.id = s.unit_id group by 1, 2
     union all
     select 'VILLAGE', 'VILLAGE', count(*) from sub join admin_unit u on u.id = sub.id where u.level = 'VILLAGE'`,
    [unit.id, day, day],
  );
  const count = (rows: { kind: string; level: string; n: string }[], kind: string, level?: string) =>
    rows.filter((r) => r.kind === kind && (!level || r.level === level)).reduce((sum, r) => sum + Number(r.n), 0);
  // A province's standards results, computed once and only when a target asks for them.
  let standards: Promise<UnitStandardResult[]> | null = null;
  const standardsOf = () => (standards ??= unitStandards(ctx, unit.code, year));
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
  const views: TargetView[] = [];
  for (const t of definitions.filter((d) => targetYear === null || d.year === targetYear)) {
    const f = t.formula;
    const caveats = targetCaveats(t, year, ctx.today);
    let progress: TargetProgress;
    if (f.kind === 'RECOGNISED_SHARE') {
      const level = f.managedAt;
      const denominator =
        'villages' in f.denominator ? count(onRecord, 'VILLAGE') : count(onRecord, f.denominator.subjectKind, level);
      progress = targetProgress(t, { numerator: count(recognised, f.modelKind, level), denominator }, { caveats });
    } else if (f.kind === 'POPULATION_SHARE') {
      const onFile = count(onRecord, 'CITIZEN');
      progress = targetProgress(
        t,
        { numerator: count(recognised, f.modelKind), denominator: null },
        {
          caveats: [
            `${onFile} citizens are on record; they are not the population, so they are not used as the denominator.`,
          ],
        },
      );
    } else if (f.kind === 'PROVINCES_MEETING') {
      progress =
        unit.level === AdminLevel.PROVINCE
          ? provinceMeets(t, f.standard, year, await standardsOf())
          : targetProgress(t, null, {
              note: `Counts provinces meeting ${f.standard}: ask for a province (its result counts 1 of 1); a ${unit.level.toLowerCase()} has no share of its own.`,
            });
    } else if (f.kind === 'REPORTED_SHARE')
      progress = targetProgress(t, await reportedShare(ctx, unit.id, year, f), { caveats });
    else progress = targetProgress(t, null);
    views.push({
      ...progress,
      description: t.description,
      source: t.source,
      targetYear: t.year,
      setBy: t.setBy,
      version: t.version ?? null,
    });
  }
  return views;
}

/** A reported share: numerator and denominator summed over the year's reports of the subtree that give both. */
async function reportedShare(
  ctx: RequestContext,
  unitId: string,
  year: number,
  f: Extract<TargetDefinition['formula'], { kind: 'REPORTED_SHARE' }>,
): Promise<{ numerator: number; denominator: number }> {
  const rows = await ctx.em.execute<{ values: ReportValue[] }[]>(
    `select r.values from data_set_report r where r.data_set_code = ? and r.period = ? and r.lineage @> ?::uuid[]
       and r.state = any(?::text[])`,
    [f.dataSet, String(year), `{${unitId}}`, `{${REPORTED_STATES.join(',')}}`],
  );
  let numerator = 0;
  let denominator = 0;
  for (const { values } of rows) {
    const n = termValue(values, f.numerator);
    const d = termValue(values, f.denominator);
    if (n === null || d === null) continue;
    numerator += n;
    denominator += d;
  }
  return { numerator, denominator };
}

/** One province's part of "provinces meeting a standard": 1 of 1 when `educationStandards` says it meets it. */
function provinceMeets(
  target: TargetDefinition,
  standard: string,
  year: number,
  results: readonly UnitStandardResult[],
): TargetProgress {
  const result = results.find((r) => r.standard === standard);
  if (!result) return targetProgress(target, null, { note: `No ${standard} result for this province in ${year}.` });
  const caveats = [
    `This province only: whether it meets ${standard} in ${year} as educationStandards assesses it (rules ${result.ruleVersion}); the target is the share of all provinces, nationally.`,
  ];
  if (result.rollup && !result.rollup.verified)
    caveats.push(
      `The share of ${result.rollup.from.toLowerCase()} units a province needs is not verified against the law.`,
    );
  return targetProgress(target, { numerator: result.met ? 1 : 0, denominator: 1 }, { caveats });
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
  return (ctx.plugins.index(TARGETS)?.(province.code, day) ?? []).map((t) => ({ ...t, setBy: `plugin:${t.plugin}` }));
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
