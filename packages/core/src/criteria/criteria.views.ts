import type { CriteriaSet } from './criteria-set.entity.js';
import type { CriterionDefinition, GradeDefinition, IndicatorDefinition, RatingOutcome } from './criteria.model.js';
import type { CriterionType, GradeType, IndicatorType, RatingResultType } from './criteria.types.js';

const round2 = (n: number) => Math.round(n * 100) / 100;

export function indicatorView(i: IndicatorDefinition): IndicatorType {
  return {
    code: i.code,
    title: i.title,
    titleEn: i.titleEn ?? null,
    kind: i.kind,
    maxScore: i.maxScore ?? null,
    minScore: i.minScore ?? null,
    thresholds: Object.entries(i.thresholds ?? {}).map(([grade, percent]) => ({ grade, percent })),
    requiredFor: i.requiredFor ? [...i.requiredFor] : null,
    optional: i.optional ?? false,
  };
}

export const criterionMax = (c: CriterionDefinition) =>
  round2(c.indicators.reduce((sum, i) => sum + (i.kind === 'POINTS' ? (i.maxScore ?? 0) : 0), 0));

export function criterionView(c: CriterionDefinition): CriterionType {
  return {
    code: c.code,
    title: c.title,
    titleEn: c.titleEn ?? null,
    maxScore: criterionMax(c),
    minScore: c.minScore ?? null,
    indicators: c.indicators.map(indicatorView),
  };
}

export function gradeView(g: GradeDefinition): GradeType {
  return { ...g, minTotal: g.minTotal ?? null, allIndicatorsMet: g.allIndicatorsMet ?? false };
}

export const setMaxTotal = (set: CriteriaSet) => round2(set.criteria.reduce((sum, c) => sum + criterionMax(c), 0));

export function ratingView(set: CriteriaSet, outcome: RatingOutcome): RatingResultType {
  return {
    criteriaSetCode: set.code,
    sample: set.sample,
    total: outcome.total,
    maxTotal: outcome.maxTotal,
    rating: outcome.rating,
    recognised: outcome.recognised,
    criteria: [...outcome.criteria],
    details: outcome.reasons.map((r) => ({ ...r, criterion: r.criterion ?? null, indicator: r.indicator ?? null })),
  };
}
