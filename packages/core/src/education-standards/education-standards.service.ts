import type { EntityManager } from '@mikro-orm/postgresql';
import { assertAccess, assertMayWrite } from '../auth/access.js';
import { diff } from '../audit/audit.service.js';
import type { RequestContext } from '../common/context.js';
import { badInput, conflict, notFound, type FieldProblem } from '../common/errors.js';
import { assertVersion } from '../common/flush.js';
import { mutate, type MutationLog } from '../common/mutate.js';
import { AdminUnit } from '../geography/admin-unit.entity.js';
import { AdminLevel } from '../geography/geography.enums.js';
import { findUnitByCode } from '../geography/geography.service.js';
import { checkYear, lineageDay } from '../evaluations/evaluation.rules.js';
import { SUBTREE_SQL } from '../subjects/subject.service.js';
import { EducationSurvey } from './education-survey.entity.js';
import type { EducationSurveyInput } from './education-standards.types.js';
import { recogniserOf, rollUpStandard, selectRuleVersion, type ChildStandard } from './rollup.rules.js';
import {
  STANDARD_CODES,
  STANDARDS_RULE_VERSIONS,
  type StandardCode,
  type StandardsRuleVersion,
} from './standards.data.js';
import { evaluateCommuneStandards, validateFigures, type StandardResult } from './standards.rules.js';
import { storeStandardResults } from './standard-results.service.js';
import { SurveyFigureRow } from './survey-figure.entity.js';
import type { SurveyFigure } from './survey-codes.js';

/** A unit as it stood in a year: on 31 December, or on its last day if it ended during the year. */
export async function unitInYear(em: EntityManager, code: string, year: number): Promise<AdminUnit | null> {
  return (await findUnitByCode(em, code, `${year}-12-31`)) ?? (await findUnitByCode(em, code, `${year}-01-01`));
}

/** The rule version for a unit's year: the one in force on the day its data is read. */
export function ruleVersionFor(day: string): StandardsRuleVersion {
  const version = selectRuleVersion(STANDARDS_RULE_VERSIONS, day);
  if (!version)
    throw badInput([{ field: 'year', rule: 'RULES_IN_FORCE', message: `no standards rules are in force on ${day}` }]);
  return version;
}

function checkSurveyInput(input: Pick<EducationSurveyInput, 'year' | 'figures'>, today: string): FieldProblem[] {
  return [...checkYear(input.year, today), ...validateFigures(input.figures)];
}

/** The pure answer for a commune's figures, without saving anything. */
export function previewStandards(
  input: EducationSurveyInput,
  today: string,
): (StandardResult & { ruleVersion: string })[] {
  const problems = checkSurveyInput(input, today);
  if (problems.length > 0) throw badInput(problems);
  const version = ruleVersionFor(`${input.year}-12-31`);
  return evaluateCommuneStandards(version, input).map((r) => ({ ...r, ruleVersion: version.id }));
}

/**
 * Records a commune's survey for a year: figures with the same code are replaced, others kept.
 * Checked first (known codes, whole non-negative numbers, numerator ≤ denominator, a commune that
 * exists that year), so bad input writes nothing.
 */
export async function recordEducationSurvey(
  ctx: RequestContext,
  input: EducationSurveyInput,
): Promise<EducationSurvey> {
  assertMayWrite(ctx);
  // The year says which unit the code names, so it is checked before the unit is looked up.
  const yearProblems = checkYear(input.year, ctx.today);
  if (yearProblems.length > 0) throw badInput(yearProblems);
  const unit = await unitInYear(ctx.em, input.unitCode, input.year);
  if (unit) await assertAccess(ctx, 'WRITE', unit.id, lineageDay(unit, input.year));
  const problems: FieldProblem[] = [...validateFigures(input.figures)];
  if (!unit) problems.push({ field: 'unitCode', rule: 'EXISTS', message: `names no unit in ${input.year}` });
  else if (unit.level !== AdminLevel.COMMUNE)
    problems.push({
      field: 'unitCode',
      rule: 'COMMUNE_LEVEL',
      message: `names a ${unit.level.toLowerCase()}; surveys are made by communes`,
    });
  if (problems.length > 0 || !unit) throw badInput(problems);
  return mutate(ctx, 'survey', (tx, log) => writeSurvey(tx, log, unit, input), {
    onUnique: () =>
      conflict(`The ${input.year} survey of ${unit.code} was just created by someone else. Reload it and try again.`),
  });
}

/**
 * Writes a commune's survey for a year inside the caller's transaction (recordEducationSurvey, and
 * SUBMIT of an EDUCATION_SURVEY data set report): figures with the same code are replaced, others
 * kept; an absent `especiallyDifficult` keeps the stored flag (false for a new survey). The input
 * is checked by the caller.
 */
export async function writeSurvey(
  tx: EntityManager,
  log: MutationLog,
  unit: AdminUnit,
  input: {
    year: number;
    especiallyDifficult?: boolean | null;
    figures: readonly SurveyFigure[];
    expectedVersion?: number | null | undefined;
  },
): Promise<EducationSurvey> {
  let survey = await tx.findOne(EducationSurvey, { unit: unit.id, year: input.year });
  if (survey && input.expectedVersion !== undefined && input.expectedVersion !== null)
    assertVersion(survey.version, input.expectedVersion, 'survey');
  const rows = survey ? await tx.find(SurveyFigureRow, { survey: survey.id }) : [];
  const before = { especiallyDifficult: survey?.especiallyDifficult ?? null, figures: figureMap(rows) };
  if (!survey)
    survey = tx.create(EducationSurvey, {
      unit: tx.getReference(AdminUnit, unit.id),
      year: input.year,
      especiallyDifficult: input.especiallyDifficult ?? false,
    });
  else {
    survey.especiallyDifficult = input.especiallyDifficult ?? survey.especiallyDifficult;
    // Changing only figures must still bump the survey's version, so concurrent editors see it.
    survey.updatedAt = new Date();
  }
  const byCode = new Map(rows.map((r) => [r.code, r]));
  for (const f of input.figures) {
    const row = byCode.get(f.code);
    if (row) Object.assign(row, { numerator: f.numerator, denominator: f.denominator });
    else
      byCode.set(
        f.code,
        tx.create(SurveyFigureRow, { survey, code: f.code, numerator: f.numerator, denominator: f.denominator }),
      );
  }
  log.audit({
    action: 'educationStandards.recordSurvey',
    entityType: 'EducationSurvey',
    entityId: survey.id,
    changes: diff(before, {
      especiallyDifficult: survey.especiallyDifficult,
      figures: figureMap([...byCode.values()]),
    }),
  });
  // The survey's rows first: its results refer to them.
  await tx.flush();
  // Analytics count these instead of assessing every commune on each request.
  await storeStandardResults(tx, [
    {
      id: survey.id,
      year: survey.year,
      unitValidTo: unit.validTo ?? null,
      especiallyDifficult: survey.especiallyDifficult,
      figures: [...byCode.values()],
    },
  ]);
  return survey;
}

const figureMap = (rows: readonly SurveyFigure[]) =>
  Object.fromEntries(rows.map((r) => [r.code, `${r.numerator}/${r.denominator}`]));

export interface RollupView {
  from: 'COMMUNE' | 'DISTRICT';
  numerator: number;
  denominator: number;
  rate: number | null;
  threshold: number;
  verified: boolean;
  failing: string[];
}

export type UnitStandardResult = StandardResult & {
  ruleVersion: string;
  rollup: RollupView | null;
  recognisedBy: string | null;
};

/**
 * Whether a unit meets each standard in a year, from stored figures: a commune from its survey;
 * a district from its communes; a province from its districts before 1/7/2025 and from its
 * communes since (the rule version decides).
 */
export async function unitStandards(
  ctx: RequestContext,
  unitCode: string,
  year: number,
): Promise<UnitStandardResult[]> {
  const yearProblems = checkYear(year, ctx.today);
  if (yearProblems.length > 0) throw badInput(yearProblems);
  const unit = await unitInYear(ctx.em, unitCode, year);
  if (!unit) throw notFound(`No administrative unit has code ${unitCode} in ${year}.`);
  const day = lineageDay(unit, year);
  await assertAccess(ctx, 'READ_AGGREGATE', unit.id, day);
  const version = ruleVersionFor(day);
  const tree = await subtree(ctx.em, unit.id, day);
  const communeResults = await communeStandards(
    ctx.em,
    tree.communes.map((c) => c.id),
    year,
    version,
  );
  const recognisedBy = (standard: StandardCode, level: 'COMMUNE' | 'DISTRICT' | 'PROVINCE') => {
    const r = recogniserOf(version, level, standard);
    return r ? `${r.authority} (${r.legalBasis})` : null;
  };
  if (unit.level === AdminLevel.COMMUNE) {
    const results = communeResults.get(unit.id) ?? [];
    return results.map((r) => ({
      ...r,
      ruleVersion: version.id,
      rollup: null,
      recognisedBy: recognisedBy(r.standard, 'COMMUNE'),
    }));
  }
  if (unit.level !== AdminLevel.DISTRICT && unit.level !== AdminLevel.PROVINCE)
    throw badInput([
      { field: 'unitCode', rule: 'LEVEL', message: 'standards are assessed for communes, districts and provinces' },
    ]);
  const level = unit.level;
  const met = (id: string, standard: StandardCode) =>
    communeResults.get(id)?.find((r) => r.standard === standard)?.met ?? false;
  return STANDARD_CODES.map((standard) => {
    const communesOf = (parentId: string | null): ChildStandard[] =>
      tree.communes
        .filter((c) => parentId === null || c.parentId === parentId)
        .map((c) => ({ unitCode: c.code, met: met(c.id, standard) }));
    const from = version.rollup[level]?.[standard].from ?? 'COMMUNE';
    const children =
      level === AdminLevel.PROVINCE && from === 'DISTRICT'
        ? tree.districts.map((d) => ({
            unitCode: d.code,
            met: rollUpStandard(version, 'DISTRICT', standard, communesOf(d.id)).met,
          }))
        : communesOf(level === AdminLevel.DISTRICT ? unit.id : null);
    const rollup = rollUpStandard(version, level, standard, children);
    const pct = Math.round(rollup.threshold * 100);
    return {
      standard,
      met: rollup.met,
      measures: [],
      prerequisites: [],
      reasons: rollup.met
        ? []
        : [
            `${rollup.share.numerator} of ${rollup.share.denominator} ${from.toLowerCase()} units meet ${standard}; ${pct}% are needed`,
          ],
      missing: [],
      ruleVersion: version.id,
      rollup: {
        from: rollup.from,
        ...rollup.share,
        threshold: rollup.threshold,
        verified: rollup.verified,
        failing: [...rollup.failing],
      },
      recognisedBy: recognisedBy(standard, level),
    };
  });
}

interface TreeUnit {
  id: string;
  code: string;
  parentId: string | null;
}

/** The communes and districts under a unit on a day, each with its parent. */
async function subtree(em: EntityManager, rootId: string, day: string) {
  const rows = await em.execute<{ id: string; code: string; level: AdminLevel; parent_id: string | null }[]>(
    `${SUBTREE_SQL} select u.id, u.code, u.level, p.parent_id from sub join admin_unit u on u.id = sub.id
       left join admin_unit_parent p on p.unit_id = u.id
         and (p.valid_from is null or p.valid_from <= ?::date) and (p.valid_to is null or p.valid_to >= ?::date)
     where u.level in ('COMMUNE', 'DISTRICT') order by u.code`,
    [rootId, day, day, day, day],
  );
  const view = (r: (typeof rows)[number]): TreeUnit => ({ id: r.id, code: r.code, parentId: r.parent_id });
  return {
    communes: rows.filter((r) => r.level === AdminLevel.COMMUNE).map(view),
    districts: rows.filter((r) => r.level === AdminLevel.DISTRICT).map(view),
  };
}

/** Each commune's results from its stored survey (no survey: every figure missing), in two queries. */
async function communeStandards(em: EntityManager, communeIds: string[], year: number, version: StandardsRuleVersion) {
  const surveys = await em.find(EducationSurvey, { unit: { $in: communeIds }, year });
  const figures = await em.find(SurveyFigureRow, { survey: { $in: surveys.map((s) => s.id) } });
  const figuresOf = Map.groupBy(figures, (f) => f.survey.id);
  const surveyOf = new Map(surveys.map((s) => [s.unit.id, s]));
  return new Map(
    communeIds.map((id) => {
      const survey = surveyOf.get(id);
      return [
        id,
        evaluateCommuneStandards(version, {
          especiallyDifficult: survey?.especiallyDifficult ?? false,
          figures: survey ? (figuresOf.get(survey.id) ?? []) : [],
        }),
      ];
    }),
  );
}
