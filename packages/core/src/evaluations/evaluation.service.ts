import { assertMayReadRows, assertMayWrite, missingRecord } from '../auth/access.js';
import { diff } from '../audit/audit.service.js';
import type { RequestContext } from '../common/context.js';
import { assertVersion } from '../common/flush.js';
import { badInput, conflict, notFound, type FieldProblem } from '../common/errors.js';
import { mutate } from '../common/mutate.js';
import { fromGlobalId, idOfType } from '../common/node-id.js';
import { CriteriaSet } from '../criteria/criteria-set.entity.js';
import type { ModelKind } from '../criteria/criteria.model.js';
import { definitionOf, findSetByCode, ratingDay, setInForce } from '../criteria/criteria.service.js';
import { validateScoreSheet } from '../criteria/rating.rules.js';
import { AdminUnit } from '../geography/admin-unit.entity.js';
import { AdminLevel } from '../geography/geography.enums.js';
import { geographyLoaders } from '../geography/geography.service.js';
import type { CreateOptions } from '../geography/village.service.js';
import { Subject } from '../subjects/subject.entity.js';
import { subjectIdOf } from '../subjects/subject.service.js';
import { isEditable, isLocked } from '../workflows/workflow.rules.js';
import { workflowFor } from '../workflows/workflow.extension.js';
import { assertEvaluationAccess, assertMayAuthor } from './evaluation-access.js';
import { Evaluation, type EvidenceLink } from './evaluation.entity.js';
import {
  checkEvidence,
  checkSubjectFits,
  checkYear,
  evaluatingIndex,
  lineageDay,
  storedResult,
  unitExistsIn,
  unitTierOf,
} from './evaluation.rules.js';
import type { CreateEvaluationInput, ScoreEvaluationInput } from './evaluation.types.js';

interface ResolvedSubject {
  subject: Subject | null;
  unit: AdminUnit;
}

async function resolveSubject(ctx: RequestContext, globalId: string): Promise<ResolvedSubject> {
  if (fromGlobalId(globalId, 'subjectId').type === 'AdminUnit') {
    const unit = await ctx.em.findOne(AdminUnit, idOfType(globalId, 'AdminUnit', 'subjectId'));
    // The map is public: an unknown unit id tells nothing about anyone's records.
    if (!unit) throw notFound(`No administrative unit has id ${globalId}.`);
    return { subject: null, unit };
  }
  const { kind, id } = subjectIdOf(globalId, 'subjectId');
  const subject = await ctx.em.findOne(Subject, { id, kind }, { populate: ['unit'] });
  if (!subject) throw missingRecord(ctx, `No subject has id ${globalId}.`);
  return { subject, unit: subject.unit };
}

/** The unit's lineage for the year with the level of each unit, for the evaluating unit and the province. */
async function lineageFor(ctx: RequestContext, unit: AdminUnit, year: number) {
  const loaders = geographyLoaders(ctx);
  const ids = await loaders.lineage(lineageDay(unit, year)).load(unit.id);
  const units = (await loaders.unit.loadMany(ids)).filter((u): u is AdminUnit => u instanceof AdminUnit);
  return { ids, units };
}

async function chooseSet(
  ctx: RequestContext,
  input: { modelKind: ModelKind; year: number; criteriaSetCode?: string | null | undefined },
  context: { unit: AdminUnit; provinceCode: string | null },
): Promise<CriteriaSet> {
  const problem = (message: string): FieldProblem[] => [{ field: 'criteriaSetCode', rule: 'SET_IN_FORCE', message }];
  if (input.criteriaSetCode) {
    const set = await findSetByCode(ctx.em, input.criteriaSetCode);
    const day = ratingDay(input.year);
    if (set.modelKind !== input.modelKind)
      throw badInput(problem(`${set.code} rates ${set.modelKind}, not ${input.modelKind}`));
    if (set.validFrom > day || (set.validTo && set.validTo < day))
      throw badInput(problem(`${set.code} is not in force on ${day}`));
    return set;
  }
  const set = await setInForce(ctx.em, {
    modelKind: input.modelKind,
    year: input.year,
    unitTier: input.modelKind === 'LEARNING_UNIT' ? unitTierOf(context.unit.level) : null,
    provinceCode: context.provinceCode,
  });
  if (!set) throw badInput(problem(`no criteria set for ${input.modelKind} is in force in ${input.year}`));
  return set;
}

const scoresRecord = (scores: readonly { indicatorCode: string; value: number }[]) =>
  Object.fromEntries(scores.map((s) => [s.indicatorCode, s.value]));

/**
 * Opens an evaluation of a subject for a model and year, in DRAFT, rated against the set in force
 * that year (or an explicit one). Scores may come now or later; they are checked either way.
 */
export async function createEvaluation(
  ctx: RequestContext,
  input: CreateEvaluationInput,
  options: CreateOptions = {},
): Promise<Evaluation> {
  assertMayWrite(ctx);
  // The year says where the subject stood, so it is checked before anything is looked up.
  const problems = checkYear(input.year, ctx.today);
  if (problems.length > 0) throw badInput(problems);
  const { subject, unit } = await resolveSubject(ctx, input.subjectId);
  const lineage = await lineageFor(ctx, unit, input.year);
  // Outside the caller's subtree nothing more is said about the subject.
  assertEvaluationAccess(ctx, 'WRITE', { lineage: lineage.ids });
  const fit = checkSubjectFits(input.modelKind, subject ? { subjectKind: subject.kind } : { unitLevel: unit.level });
  if (!unitExistsIn(unit, input.year))
    fit.push({
      field: 'year',
      rule: 'UNIT_EXISTS',
      message: `${unit.name} (${unit.code}) did not exist in ${input.year}`,
    });
  if (fit.length > 0) throw badInput(fit);
  const index = evaluatingIndex(
    input.modelKind,
    lineage.units.map((u) => u.level),
  );
  const evaluatingUnit = index === null ? undefined : lineage.units[index];
  if (!evaluatingUnit)
    throw badInput([
      { field: 'subjectId', rule: 'EVALUATING_UNIT', message: `${unit.code} lies in no commune in ${input.year}` },
    ]);
  const draft = { lineage: lineage.ids, evaluatingUnitId: evaluatingUnit.id };
  assertMayAuthor(ctx, draft);
  const province = lineage.units.find((u) => u.level === AdminLevel.PROVINCE) ?? null;
  const set = await chooseSet(ctx, input, { unit, provinceCode: province?.code ?? null });
  const definition = definitionOf(set);
  const scores = scoresRecord(input.scores ?? []);
  const invalid = [
    ...validateScoreSheet(definition, input.scores ?? [], { complete: false }),
    ...checkEvidence(input.evidence ?? []),
  ];
  if (invalid.length > 0) throw badInput(invalid);
  const { definition: workflow } = workflowFor(ctx, 'evaluation', draft.lineage.at(-1));
  return mutate(
    ctx,
    'evaluation',
    async (tx, log) => {
      const evaluation = tx.create(Evaluation, {
        subject: subject ? tx.getReference(Subject, subject.id) : null,
        subjectKey: subject?.id ?? unit.id,
        unit: tx.getReference(AdminUnit, unit.id),
        ...draft,
        modelKind: input.modelKind,
        year: input.year,
        criteriaSet: tx.getReference(CriteriaSet, set.id),
        scores,
        ...storedResult(definition, scores),
        evidence: (input.evidence ?? []).map((e) => ({ title: e.title.trim(), url: e.url })),
        state: workflow.initial,
        ...(options.source ? { source: options.source } : {}),
      });
      log.step({
        workflow: workflow.id,
        targetId: evaluation.id,
        action: 'CREATE',
        fromState: null,
        toState: workflow.initial,
      });
      log.audit({
        action: 'evaluations.create',
        entityType: 'Evaluation',
        entityId: evaluation.id,
        changes: { modelKind: input.modelKind, year: input.year, unit: unit.code, criteriaSet: set.code, scores },
      });
      return evaluation;
    },
    {
      onUnique: () =>
        conflict(`This subject already has a ${input.modelKind} evaluation for ${input.year}.`, {
          rule: 'ONE_PER_YEAR',
        }),
    },
  );
}

/** The evaluation with this id; one that does not exist is refused as one outside the caller's scope. */
export async function findEvaluation(ctx: RequestContext, globalId: string, em = ctx.em): Promise<Evaluation> {
  const evaluation = await em.findOne(Evaluation, idOfType(globalId, 'Evaluation'));
  if (!evaluation) throw missingRecord(ctx, `No evaluation has id ${globalId}.`);
  return evaluation;
}

/** An evaluation the caller may read; refused with FORBIDDEN outside their subtree. */
export async function readableEvaluation(ctx: RequestContext, globalId: string): Promise<Evaluation> {
  assertMayReadRows(ctx);
  const evaluation = await findEvaluation(ctx, globalId);
  assertEvaluationAccess(ctx, 'READ_ROWS', evaluation);
  return evaluation;
}

/**
 * Enters or corrects scores (merged into those already entered, or replacing them) and evidence.
 * Only while the self-assessment is open; a recognised evaluation is locked.
 */
export async function scoreEvaluation(ctx: RequestContext, input: ScoreEvaluationInput): Promise<Evaluation> {
  assertMayWrite(ctx);
  return mutate(ctx, 'evaluation', async (tx, log) => {
    const evaluation = await findEvaluation(ctx, input.id, tx);
    assertEvaluationAccess(ctx, 'WRITE', evaluation);
    assertMayAuthor(ctx, evaluation);
    const { definition: workflow } = workflowFor(ctx, 'evaluation', evaluation.lineage.at(-1));
    if (!isEditable(workflow, evaluation.state))
      throw conflict(
        isLocked(workflow, evaluation.state)
          ? `The evaluation is ${evaluation.state} and locked: its scores cannot change.`
          : `The evaluation is ${evaluation.state}: withdraw it or have it returned before changing scores.`,
        { rule: 'LOCKED', state: evaluation.state },
      );
    assertVersion(evaluation.version, input.expectedVersion, 'evaluation');
    const definition = definitionOf(await tx.findOneOrFail(CriteriaSet, evaluation.criteriaSet.id));
    const invalid = [
      ...validateScoreSheet(definition, input.scores, { complete: false }),
      ...checkEvidence(input.evidence ?? []),
    ];
    if (invalid.length > 0) throw badInput(invalid);
    const before: { scores: Record<string, number>; evidence: EvidenceLink[] } = {
      scores: evaluation.scores,
      evidence: evaluation.evidence,
    };
    const scores = input.replace ? scoresRecord(input.scores) : { ...evaluation.scores, ...scoresRecord(input.scores) };
    Object.assign(evaluation, { scores, ...storedResult(definition, scores) });
    if (input.evidence) evaluation.evidence = input.evidence.map((e) => ({ title: e.title.trim(), url: e.url }));
    log.audit({
      action: 'evaluations.score',
      entityType: 'Evaluation',
      entityId: evaluation.id,
      changes: diff(before, { scores: evaluation.scores, evidence: evaluation.evidence }),
    });
    return evaluation;
  });
}
