import { assertAccess, assertMayWrite, missingRecord } from '../auth/access.js';
import type { RequestContext } from '../common/context.js';
import { badInput, conflict, forbidden, type FieldProblem } from '../common/errors.js';
import { mutate } from '../common/mutate.js';
import { AdminUnit } from '../geography/admin-unit.entity.js';
import { idOfType } from '../common/node-id.js';
import { findUnitByCode } from '../geography/geography.service.js';
import { decideTransition, type ActionDefinition } from '../workflows/workflow.rules.js';
import { registerWorkflowNode, workflowActions, type WorkflowNode } from '../workflows/workflow-kernel.js';
import { workflowFor } from '../workflows/workflow.extension.js';
import { assertEvaluationAccess, standingTowards } from './evaluation-access.js';
import { CriteriaSet } from '../criteria/criteria-set.entity.js';
import { definitionOf } from '../criteria/criteria.service.js';
import { missingIndicators } from '../criteria/rating.rules.js';
import { evaluationLoaders } from './evaluation-query.service.js';
import { Evaluation } from './evaluation.entity.js';
import { sheetOf } from './evaluation.rules.js';
import { RecognitionDecision } from './recognition-decision.entity.js';
import {
  callerAtAuthority,
  evaluationAuthorities,
  evaluationAuthority,
  type EvaluationAuthority,
} from './evaluation-authority.js';
import { decidingUnitProblem } from './recognition-authority.rules.js';
import type { RecogniseEvaluationsInput } from './evaluation.types.js';

/** What the guards of the evaluation workflow read. */
const factsOf = (e: Evaluation, set: CriteriaSet) => ({
  missingIndicators: missingIndicators(definitionOf(set), sheetOf(e.scores)),
  recognised: e.recognised === true,
});

const callerOf = (ctx: RequestContext, e: Evaluation, set: CriteriaSet, authority: EvaluationAuthority) => {
  const standing = standingTowards(ctx, e);
  return {
    state: e.state,
    role: ctx.principal.kind === 'user' ? ctx.principal.role : null,
    standing,
    // Who recognises is data per model and period (recognition-authority.data.ts).
    atAuthority: callerAtAuthority(ctx, authority, standing),
    facts: factsOf(e, set),
  };
};

/**
 * Evaluations in the workflow kernel: scope from the lineage frozen on the evaluation (no query),
 * the guards' facts from its criteria set, the recognising authority from data.
 */
export const EVALUATION_NODE: WorkflowNode<Evaluation> = {
  typeName: 'Evaluation',
  what: 'evaluation',
  workflowId: 'evaluation',
  auditAction: 'evaluations.transition',
  load: (em, id) => em.findOne(Evaluation, id),
  provinceOf: (e) => e.lineage.at(-1),
  access: (ctx, evaluation) => assertEvaluationAccess(ctx, 'READ_ROWS', evaluation),
  async caller(ctx, evaluation, em) {
    const [set, authority] = em
      ? [
          await em.findOneOrFail(CriteriaSet, evaluation.criteriaSet.id),
          (await evaluationAuthorities(em, [evaluation])).get(evaluation.id)!,
        ]
      : await Promise.all([
          evaluationLoaders(ctx).criteriaSet.load(evaluation.criteriaSet.id),
          evaluationAuthority(ctx, evaluation),
        ]);
    if (!set)
      throw new Error(`Evaluation ${evaluation.id} names criteria set ${evaluation.criteriaSet.id}, which is gone.`);
    const { standing, atAuthority, facts } = callerOf(ctx, evaluation, set, authority);
    return { standing, atAuthority, facts };
  },
};
registerWorkflowNode(EVALUATION_NODE);

/** The actions the caller may take on the evaluation now. */
export function actionsFor(ctx: RequestContext, evaluation: Evaluation): Promise<ActionDefinition[]> {
  return workflowActions(ctx, EVALUATION_NODE, evaluation);
}

export const MAX_RECOGNITIONS = 5000;

/**
 * Records a recognition decision and moves every evaluation it names from VERIFIED to RECOGNISED,
 * all or none: one refused or stale evaluation refuses the whole decision, naming each.
 */
export async function recogniseEvaluations(
  ctx: RequestContext,
  input: RecogniseEvaluationsInput,
): Promise<RecognitionDecision> {
  assertMayWrite(ctx);
  const authorityUnit = await findUnitByCode(ctx.em, input.authorityUnitCode, input.decidedOn);
  if (authorityUnit) await assertAccess(ctx, 'WRITE', authorityUnit.id, input.decidedOn);
  const problems: FieldProblem[] = [];
  if (!authorityUnit)
    problems.push({ field: 'authorityUnitCode', rule: 'EXISTS', message: `names no unit on ${input.decidedOn}` });
  if (input.evaluations.length === 0 || input.evaluations.length > MAX_RECOGNITIONS)
    problems.push({ field: 'evaluations', rule: 'COUNT', message: `must list 1 to ${MAX_RECOGNITIONS} evaluations` });
  if (input.decidedOn > ctx.today)
    problems.push({ field: 'decidedOn', rule: 'NOT_FUTURE', message: 'must not be in the future' });
  for (const field of ['number', 'authority'] as const)
    if (!input[field].trim() || input[field].length > 200)
      problems.push({ field, rule: 'LENGTH', message: 'must have 1 to 200 characters' });
  if (problems.length > 0 || !authorityUnit) throw badInput(problems);
  const ids = input.evaluations.map((e, i) => idOfType(e.id, 'Evaluation', `evaluations[${i}].id`));
  return mutate(ctx, 'evaluation', async (tx, log) => {
    const rows = await tx.find(Evaluation, { id: { $in: ids } }, { populate: ['criteriaSet'] });
    const byId = new Map(rows.map((e) => [e.id, e]));
    // Scope first, for every evaluation named: one that does not exist or lies outside the
    // caller's subtree refuses the whole decision alike, before versions or states are compared.
    input.evaluations.forEach((item, i) => {
      const evaluation = byId.get(ids[i]!);
      if (!evaluation) throw missingRecord(ctx, `evaluations[${i}]: no evaluation has id ${item.id}.`);
      assertEvaluationAccess(ctx, 'WRITE', evaluation);
    });
    const authorities = await evaluationAuthorities(tx, rows);
    const stale: string[] = [];
    const targets = new Map<string, string>();
    let ruleOfDecision: EvaluationAuthority['rule'] | null = null;
    input.evaluations.forEach((item, i) => {
      const field = `evaluations[${i}]`;
      const evaluation = byId.get(ids[i]!)!;
      if (evaluation.version !== item.expectedVersion) return stale.push(item.id);
      if (!evaluation.lineage.includes(authorityUnit.id))
        return problems.push({ field, rule: 'AUTHORITY_SCOPE', message: `lies outside ${authorityUnit.name}` });
      const authority = authorities.get(evaluation.id)!;
      const unitProblem = decidingUnitProblem(authority.rule, authority.lineage, authorityUnit.id);
      if (unitProblem) return problems.push({ field, rule: 'RECOGNISING_AUTHORITY', message: unitProblem });
      // One decision, one authority: evaluations under different rules need separate decisions.
      ruleOfDecision ??= authority.rule;
      if (ruleOfDecision.code !== authority.rule.code)
        return problems.push({
          field,
          rule: 'SAME_AUTHORITY',
          message: `is recognised by ${authority.rule.authorityEn} (${authority.rule.code}), not by ${ruleOfDecision.authorityEn} like the others`,
        });
      const { definition, guards } = workflowFor(ctx, 'evaluation', evaluation.lineage.at(-1));
      const decision = decideTransition(definition, guards, {
        ...callerOf(ctx, evaluation, evaluation.criteriaSet, authority),
        action: 'RECOGNISE',
      });
      if (!decision.allowed) {
        if (decision.code === 'FORBIDDEN') throw forbidden(`${field}: ${decision.message}`);
        return problems.push({ field, rule: decision.rule, message: decision.message });
      }
      return targets.set(evaluation.id, decision.to);
    });
    if (problems.length > 0) throw badInput(problems);
    if (stale.length > 0)
      throw conflict(
        `Some evaluations were changed by someone else since you read them: ${stale.join(', ')}. Reload them and try again.`,
        { stale },
      );
    const decision = tx.create(RecognitionDecision, {
      authorityUnit: tx.getReference(AdminUnit, authorityUnit.id),
      authorityRule: (ruleOfDecision as EvaluationAuthority['rule'] | null)?.code ?? null,
      authority: input.authority.trim(),
      number: input.number.trim(),
      decidedOn: input.decidedOn,
      note: input.note ?? null,
      recordedBy: ctx.principal.kind === 'user' ? ctx.principal.subject : 'anonymous',
    });
    for (const evaluation of rows) {
      const to = targets.get(evaluation.id) ?? evaluation.state;
      log.step({
        workflow: 'evaluation',
        targetId: evaluation.id,
        action: 'RECOGNISE',
        fromState: evaluation.state,
        toState: to,
        note: `${decision.number} (${decision.decidedOn})`,
      });
      evaluation.state = to;
      evaluation.recognitionDecision = decision;
    }
    log.audit({
      action: 'evaluations.recognise',
      entityType: 'RecognitionDecision',
      entityId: decision.id,
      changes: {
        number: decision.number,
        decidedOn: decision.decidedOn,
        authorityUnit: authorityUnit.code,
        evaluations: rows.map((e) => e.id),
      },
    });
    return decision;
  });
}

export async function findDecision(ctx: RequestContext, globalId: string): Promise<RecognitionDecision> {
  const decision = await ctx.em.findOne(RecognitionDecision, idOfType(globalId, 'RecognitionDecision'));
  if (!decision) throw missingRecord(ctx, `No recognition decision has id ${globalId}.`);
  return decision;
}
