import type { FieldProblem } from '../common/errors.js';
import type {
  CriteriaSetDefinition,
  CriterionResult,
  ModelKind,
  RatingReason,
  Score,
  UnitTier,
} from '../criteria/criteria.model.js';
import { missingIndicators, rate } from '../criteria/rating.rules.js';
import { AdminLevel } from '../geography/geography.enums.js';
import { SubjectKind } from '../subjects/subject.enums.js';

/** What each learning model rates: a kind of subject, or an administrative unit of one tier. */
export const MODEL_SUBJECTS: Record<ModelKind, { subject: SubjectKind } | { unitLevel: AdminLevel }> = {
  LEARNING_CITIZEN: { subject: SubjectKind.CITIZEN },
  LEARNING_FAMILY: { subject: SubjectKind.HOUSEHOLD },
  LEARNING_CLAN: { subject: SubjectKind.CLAN },
  LEARNING_UNIT: { subject: SubjectKind.ORGANISATION },
  LEARNING_COMMUNITY_VILLAGE: { unitLevel: AdminLevel.VILLAGE },
  LEARNING_COMMUNITY_COMMUNE: { unitLevel: AdminLevel.COMMUNE },
  LEARNING_COMMUNITY_DISTRICT: { unitLevel: AdminLevel.DISTRICT },
  LEARNING_COMMUNITY_PROVINCE: { unitLevel: AdminLevel.PROVINCE },
};

/** The model a subject of this kind is rated as. */
export function modelForSubject(kind: SubjectKind): ModelKind {
  const entry = Object.entries(MODEL_SUBJECTS).find(([, s]) => 'subject' in s && s.subject === kind);
  return entry![0] as ModelKind;
}

/** Checks that the subject fits the model: a household is rated as a family, a commune as a commune community. */
export function checkSubjectFits(
  modelKind: ModelKind,
  subject: { subjectKind: SubjectKind } | { unitLevel: AdminLevel },
): FieldProblem[] {
  const wanted = MODEL_SUBJECTS[modelKind];
  const fits =
    'subject' in wanted
      ? 'subjectKind' in subject && subject.subjectKind === wanted.subject
      : 'unitLevel' in subject && subject.unitLevel === wanted.unitLevel;
  if (fits) return [];
  const what = 'subject' in wanted ? wanted.subject : `${wanted.unitLevel} administrative unit`;
  return [{ field: 'subjectId', rule: 'MODEL_SUBJECT', message: `${modelKind} rates a ${what.toLowerCase()}` }];
}

/**
 * Which unit self-assesses, as a position in the subject's lineage (levels, subject's unit first):
 * families, clans, citizens and villages are assessed in their commune; a commune, district or
 * province community and a learning unit assess themselves (a learning unit in the unit that
 * manages it). Null when the lineage has no such unit.
 */
export function evaluatingIndex(modelKind: ModelKind, lineageLevels: readonly AdminLevel[]): number | null {
  const wanted = MODEL_SUBJECTS[modelKind];
  const selfAssessing = 'unitLevel' in wanted ? wanted.unitLevel !== AdminLevel.VILLAGE : modelKind === 'LEARNING_UNIT';
  if (selfAssessing) return lineageLevels.length > 0 ? 0 : null;
  const index = lineageLevels.indexOf(AdminLevel.COMMUNE);
  return index >= 0 ? index : null;
}

/** The tier whose learning-unit criteria apply to an organisation managed by a unit of this level. */
export function unitTierOf(level: AdminLevel): UnitTier | null {
  return level === AdminLevel.VILLAGE ? null : level;
}

export const FIRST_YEAR = 2000;

/** Years run 1/1–31/12; the current year may be self-assessed while it runs, later years not yet. */
export function checkYear(year: number, today: string): FieldProblem[] {
  const current = Number(today.slice(0, 4));
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > current)
    return [{ field: 'year', rule: 'RANGE', message: `must be a year from ${FIRST_YEAR} to ${current}` }];
  return [];
}

/** The first and last day of a year on which the subject's unit must exist. */
export function unitExistsIn(unit: { validFrom?: string | null; validTo?: string | null }, year: number): boolean {
  return (!unit.validFrom || unit.validFrom <= `${year}-12-31`) && (!unit.validTo || unit.validTo >= `${year}-01-01`);
}

/** The day a unit's lineage is read for a year: 31 December, or the unit's last day if it ended during the year. */
export function lineageDay(unit: { validTo?: string | null }, year: number): string {
  const end = `${year}-12-31`;
  return unit.validTo && unit.validTo < end ? unit.validTo : end;
}

export const MAX_EVIDENCE = 20;

export function checkEvidence(links: readonly { title: string; url: string }[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (links.length > MAX_EVIDENCE)
    problems.push({ field: 'evidence', rule: 'MAX_ITEMS', message: `at most ${MAX_EVIDENCE} links` });
  links.forEach((link, i) => {
    if (!link.title.trim() || link.title.length > 200)
      problems.push({ field: `evidence[${i}].title`, rule: 'LENGTH', message: 'must have 1 to 200 characters' });
    const url = URL.canParse(link.url) ? new URL(link.url) : null;
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:'))
      problems.push({ field: `evidence[${i}].url`, rule: 'URL', message: 'must be an http or https address' });
  });
  return problems;
}

/** Indicator code → value as stored, to the score sheet the rating rules take. */
export const sheetOf = (scores: Readonly<Record<string, number>>): Score[] =>
  Object.entries(scores).map(([indicatorCode, value]) => ({ indicatorCode, value }));

export interface SheetDetail {
  maxTotal: number;
  criteria: CriterionResult[];
  reasons: RatingReason[];
  missingIndicators: string[];
}

export interface SheetResult {
  total: number | null;
  rating: string | null;
  recognised: boolean | null;
}

/**
 * The result of a (possibly partial) valid score sheet: a draft may be saved with
 * indicators missing, and is rated only once it is complete.
 */
export function sheetResult(
  set: CriteriaSetDefinition,
  scores: Readonly<Record<string, number>>,
): SheetResult & { detail: SheetDetail } {
  const sheet = sheetOf(scores);
  const missing = missingIndicators(set, sheet);
  if (missing.length > 0) {
    const points = set.criteria.flatMap((c) => c.indicators).filter((i) => i.kind === 'POINTS');
    const maxTotal = Math.round(points.reduce((sum, i) => sum + (i.maxScore ?? 0), 0) * 100) / 100;
    return {
      total: null,
      rating: null,
      recognised: null,
      detail: { maxTotal, criteria: [], reasons: [], missingIndicators: missing },
    };
  }
  const outcome = rate(set, sheet);
  return {
    total: outcome.total,
    rating: outcome.rating,
    recognised: outcome.recognised,
    detail: {
      maxTotal: outcome.maxTotal,
      criteria: [...outcome.criteria],
      reasons: [...outcome.reasons],
      missingIndicators: [],
    },
  };
}

/** The columns an evaluation keeps of its result. */
export function storedResult(set: CriteriaSetDefinition, scores: Readonly<Record<string, number>>): SheetResult {
  const { total, rating, recognised } = sheetResult(set, scores);
  return { total, rating, recognised };
}
