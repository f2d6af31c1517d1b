/**
 * The demo's villages, households, citizens and evaluations, written through the same services a
 * commune association and the officers above it use, so every evaluation reaches its state by
 * the workflow's own rules (submission by the commune, verification and recognition above it).
 */
import { toGlobalId } from '../common/node-id.js';
import type { IndicatorDefinition } from '../criteria/criteria.model.js';
import { definitionOf, setInForce } from '../criteria/criteria.service.js';
import { recogniseEvaluations } from '../evaluations/evaluation-workflow.service.js';
import { applyTransition } from '../workflows/workflow-kernel.js';
import { createEvaluation } from '../evaluations/evaluation.service.js';
import type { Evaluation } from '../evaluations/evaluation.entity.js';
import { createVillage, updateVillage } from '../geography/village.service.js';
import { createSubject } from '../subjects/subject.service.js';
import { SubjectKind } from '../subjects/subject.enums.js';
import { subjectTypeName } from '../subjects/subject.types.js';
import type { DemoActors } from './demo-actors.js';
import {
  DEMO_RECOGNITIONS,
  DEMO_SOURCE,
  DEMO_SUBJECTS,
  DEMO_VILLAGES,
  SHEET_OF,
  demoSubject,
  type DemoOutcome,
  type DemoSheet,
  type DemoUnitKey,
} from './demo.data.js';

const source = { source: DEMO_SOURCE };

/** A score for each indicator: STRONG passes well, WEAK is complete but under the pass mark, PARTIAL is half done. */
export function demoScores(indicators: readonly IndicatorDefinition[], sheet: DemoSheet, n: number) {
  const value = (i: IndicatorDefinition, k: number) => {
    if (i.kind === 'PASS_FAIL') return 1;
    if (i.kind === 'PERCENT') return sheet === 'WEAK' ? 60 : 100;
    const max = i.maxScore ?? 0;
    // A strong sheet loses a point here and there (n varies it), never enough to fall short.
    if (sheet !== 'WEAK') return (k + n) % 4 === 0 ? Math.max(0, max - 1) : max;
    return Math.round(max * 0.6);
  };
  const scored = sheet === 'PARTIAL' ? indicators.slice(0, Math.ceil(indicators.length / 2)) : indicators;
  return scored.map((i, k) => ({ indicatorCode: i.code, value: value(i, k) }));
}

/** The actions that take a new evaluation to its outcome (recognition comes by decision, below). */
const STEPS: Record<DemoOutcome, readonly ('SUBMIT' | 'WITHDRAW' | 'VERIFY' | 'RETURN')[]> = {
  DRAFT: [],
  SUBMITTED: ['SUBMIT'],
  WITHDRAWN: ['SUBMIT', 'WITHDRAW'],
  RETURNED: ['SUBMIT', 'RETURN'],
  VERIFIED: ['SUBMIT', 'VERIFY'],
  RECOGNISED: ['SUBMIT', 'VERIFY'],
  REVOKED: ['SUBMIT', 'VERIFY'],
};

const NOTES: Partial<Record<string, string>> = {
  RETURN: '[Demo] Thiếu minh chứng tiêu chí 2; đề nghị bổ sung.',
  REVOKE: '[Demo] Hộ chuyển đi nơi khác trong năm; thu hồi công nhận.',
};

export interface DemoVillageRows {
  villages: Map<string, { id: string; code: string; commune: DemoUnitKey; validFrom: string }>;
}

export async function writeDemoVillages(actors: DemoActors): Promise<DemoVillageRows> {
  const villages: DemoVillageRows['villages'] = new Map();
  for (const v of DEMO_VILLAGES) {
    const commune = actors.units[v.commune];
    const officer = actors.officer(v.commune);
    let village = await createVillage(
      officer,
      { communeCode: commune.code, name: v.name, code: v.code, validFrom: v.validFrom },
      source,
    );
    if (v.validTo)
      village = await updateVillage(actors.officer(v.commune), {
        id: toGlobalId('AdminUnit', village.id),
        expectedVersion: village.version,
        validTo: v.validTo,
      });
    villages.set(v.key, { id: village.id, code: village.code, commune: v.commune, validFrom: v.validFrom });
  }
  return { villages };
}

/** The level above the commune: the district before 1/7/2025, the province after. */
const aboveOf = (commune: DemoUnitKey): DemoUnitKey => (commune === 'oldCommune' ? 'oldDistrict' : 'newProvince');

interface Pending {
  evaluation: Evaluation;
  outcome: DemoOutcome;
  commune: DemoUnitKey;
}

/** Households and citizens, then their evaluations; returns how many of each were written. */
export async function writeDemoEvaluations(actors: DemoActors, rows: DemoVillageRows) {
  let subjects = 0;
  const pending: Pending[] = [];
  for (const [groupIndex, group] of DEMO_SUBJECTS.entries()) {
    const village = rows.villages.get(group.village)!;
    const kind = group.kind === 'HOUSEHOLD' ? SubjectKind.HOUSEHOLD : SubjectKind.CITIZEN;
    const ids: string[] = [];
    for (let n = 0; n < group.count; n++) {
      const subject = await createSubject(
        actors.association(village.commune),
        { kind, unitCode: village.code, asOf: village.validFrom, ...demoSubject(group, groupIndex, n) },
        source,
      );
      ids.push(toGlobalId(subjectTypeName(kind), subject.id));
      subjects++;
    }
    for (const plan of group.evaluations) {
      const set = await setInForce(actors.admin().em, {
        modelKind: group.modelKind,
        year: plan.year,
        unitTier: null,
        provinceCode: actors.units[village.commune === 'oldCommune' ? 'oldProvince' : 'newProvince'].code,
      });
      if (!set) throw new Error(`No criteria set for ${group.modelKind} is in force in ${plan.year}.`);
      const indicators = definitionOf(set).criteria.flatMap((c) => c.indicators);
      for (const [n, outcome] of plan.outcomes.entries()) {
        const evaluation = await createEvaluation(
          actors.association(village.commune),
          {
            subjectId: ids[n]!,
            modelKind: group.modelKind,
            year: plan.year,
            scores: demoScores(indicators, SHEET_OF[outcome], n),
          },
          source,
        );
        pending.push({ evaluation, outcome, commune: village.commune });
      }
    }
  }
  const evaluations = await advance(actors, pending);
  return { subjects, evaluations: pending.length, ...evaluations };
}

async function advance(actors: DemoActors, pending: readonly Pending[]) {
  let transitions = 0;
  for (const item of pending) {
    for (const action of STEPS[item.outcome]) {
      const ctx =
        action === 'SUBMIT' || action === 'WITHDRAW'
          ? actors.association(item.commune)
          : actors.officer(aboveOf(item.commune));
      item.evaluation = (await applyTransition(ctx, {
        id: toGlobalId('Evaluation', item.evaluation.id),
        action,
        note: NOTES[action] ?? null,
      })) as Evaluation;
      transitions++;
    }
  }
  let decisions = 0;
  for (const r of DEMO_RECOGNITIONS) {
    const byModel = new Map<string, Pending[]>();
    for (const item of pending)
      if (item.evaluation.year === r.year && (item.outcome === 'RECOGNISED' || item.outcome === 'REVOKED'))
        byModel.set(item.evaluation.modelKind, [...(byModel.get(item.evaluation.modelKind) ?? []), item]);
    for (const [modelKind, items] of byModel) {
      // One decision per authority rule: families and citizens are recognised under different acts.
      await recogniseEvaluations(actors.officer(r.authority), {
        authorityUnitCode: actors.units[r.authority].code,
        authority: r.authorityName,
        number: `${r.number}-${modelKind === 'LEARNING_CITIZEN' ? 'CDHT' : 'GDHT'}`,
        decidedOn: r.decidedOn,
        evaluations: items.map((i) => ({
          id: toGlobalId('Evaluation', i.evaluation.id),
          expectedVersion: i.evaluation.version,
        })),
      });
      decisions++;
      for (const item of items.filter((i) => i.outcome === 'REVOKED')) {
        await applyTransition(actors.officer(r.authority), {
          id: toGlobalId('Evaluation', item.evaluation.id),
          action: 'REVOKE',
          note: NOTES.REVOKE ?? null,
        });
        transitions++;
      }
    }
  }
  return { transitions, decisions };
}
