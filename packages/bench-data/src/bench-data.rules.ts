/**
 * A synthetic national dataset for benchmarks (issue #7): the parameters, the proportions and the
 * pure pieces of the generator. Every proportion here is SYNTHETIC: chosen to look plausible
 * against the targets in DOMAIN.md, not a statistic of any real commune, household or fund. The
 * SQL that writes the rows is in bench-data.sql.ts and bench-data.service.ts.
 */

export interface BenchParams {
  households: number;
  years: number;
  /** The last year generated; the first is `toYear - years + 1`. */
  toYear: number;
  seed: number;
}

export const BENCH_DEFAULTS: BenchParams = { households: 5_000_000, years: 10, toYear: 2025, seed: 1 };

/** The dataset lives on the map before 1/7/2025, whose communes end on 30/6/2025. */
export const LAST_BENCH_YEAR = 2025;
export const MAX_HOUSEHOLDS = 100_000_000;
/** Seeds are mixed into 53-bit salts (bench-data.sql.ts). */
export const MAX_SEED = 2 ** 31 - 1;

export function checkBenchParams(p: BenchParams): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const whole = (field: keyof BenchParams, min: number, max: number) => {
    if (!Number.isInteger(p[field]) || p[field] < min || p[field] > max)
      problems.push({ field, rule: 'RANGE', message: `must be a whole number from ${min} to ${max}` });
  };
  whole('households', 1, MAX_HOUSEHOLDS);
  whole('toYear', FIRST_YEAR, LAST_BENCH_YEAR);
  whole('years', 1, LAST_BENCH_YEAR - FIRST_YEAR + 1);
  whole('seed', 0, MAX_SEED);
  if (problems.length === 0 && p.toYear - p.years + 1 < FIRST_YEAR)
    problems.push({ field: 'years', rule: 'RANGE', message: `must not reach before ${FIRST_YEAR}` });
  return problems;
}

export const yearsOf = (p: BenchParams): number[] =>
  Array.from({ length: p.years }, (_, i) => p.toYear - p.years + 1 + i);

/** What a run is recorded under: the same text means the same rows. `v1` changes when the generator does. */
export const paramsKey = (p: BenchParams): string =>
  `bench-data v1 households=${p.households} years=${p.years} to-year=${p.toYear} seed=${p.seed}`;

// ---------------------------------------------------------------------------------------------
// Subjects per commune (synthetic)

export const CLAN_EVERY_HOUSEHOLDS = 40;
/** A sample of citizens: one per this many households, living in that household. */
export const CITIZEN_EVERY_HOUSEHOLDS = 10;
export const ORGANISATION_EVERY_HOUSEHOLDS = 200;
/** Spread of commune sizes: weights are log-normal with this sigma, times the factor of the unit's kind. */
export const COMMUNE_SIZE_SIGMA = 0.6;
export const KIND_SIZE_FACTOR: Readonly<Record<string, number>> = { WARD: 1.6, TOWNSHIP: 1.2 };
export const ORGANISATION_KIND_SHARES = {
  AGENCY: 0.3,
  SCHOOL: 0.35,
  ENTERPRISE: 0.25,
  ARMED_FORCES: 0.03,
  OTHER: 0.07,
} as const;
/** Common family names, for clans' display names (picked uniformly, not by frequency). */
export const CLAN_SURNAMES = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
] as const;
/** Citizens' ages in the last year: uniform over this range. */
export const CITIZEN_AGES = { min: 16, max: 75 } as const;

/** FNV-1a: a 32-bit hash of a string, to seed per-commune numbers that do not depend on row order. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: a small deterministic generator of numbers in [0, 1). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A commune's population weight, from the seed and its natural key (never its database id). */
export function communeWeight(seed: number, commune: { key: string; kind: string }): number {
  const next = random(hash32(`${seed}:${commune.key}`));
  const u1 = 1 - next();
  const u2 = next();
  const normal = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
  return Math.exp(COMMUNE_SIZE_SIGMA * normal) * (KIND_SIZE_FACTOR[commune.kind] ?? 1);
}

/** Splits `total` into whole parts proportional to `weights` (largest remainder): they sum to `total` exactly. */
export function allocate(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  if (weights.length === 0 || sum <= 0) throw new RangeError('allocate needs positive weights');
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((s, n) => s + n, 0);
  const order = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (left === 0) break;
    parts[i]! += 1;
    left--;
  }
  return parts;
}

export interface CommuneInput {
  /** Natural key, e.g. "COMMUNE:30175:" (level, code, first day). */
  key: string;
  kind: string;
  unitId: string;
}

/** One commune's share of the dataset: ranges of global indexes, so ids follow from the index. */
export interface CommunePlan {
  n: number;
  unitId: string;
  firstHousehold: number;
  households: number;
  firstClan: number;
  clans: number;
  firstCitizen: number;
  citizens: number;
  firstOrganisation: number;
  organisations: number;
}

/** Households to communes by weight; clans, citizens and organisations follow each commune's households. */
export function planCommunes(communes: readonly CommuneInput[], p: Pick<BenchParams, 'households' | 'seed'>) {
  const sorted = [...communes].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const households = allocate(
    p.households,
    sorted.map((c) => communeWeight(p.seed, c)),
  );
  const next = { household: 0, clan: 0, citizen: 0, organisation: 0 };
  return sorted.map((c, n): CommunePlan => {
    const h = households[n]!;
    const clans = h === 0 ? 0 : Math.max(1, Math.round(h / CLAN_EVERY_HOUSEHOLDS));
    const citizens = Math.ceil(h / CITIZEN_EVERY_HOUSEHOLDS);
    const organisations = h === 0 ? 0 : Math.max(1, Math.round(h / ORGANISATION_EVERY_HOUSEHOLDS));
    const plan: CommunePlan = {
      n,
      unitId: c.unitId,
      firstHousehold: next.household,
      households: h,
      firstClan: next.clan,
      clans,
      firstCitizen: next.citizen,
      citizens,
      firstOrganisation: next.organisation,
      organisations,
    };
    next.household += h;
    next.clan += clans;
    next.citizen += citizens;
    next.organisation += organisations;
    return plan;
  });
}

/** Households per statement: each statement writes at most this many subjects or evaluations. */
export const HOUSEHOLD_CHUNK = 2_500_000;

/** Half-open ranges [from, to) covering [0, total) in order. */
export function chunks(total: number, size: number): { from: number; to: number }[] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError('chunk size must be a positive whole number');
  const out: { from: number; to: number }[] = [];
  for (let from = 0; from < total; from += size) out.push({ from, to: Math.min(total, from + size) });
  return out;
}

// ---------------------------------------------------------------------------------------------
// Evaluations (synthetic proportions)

/** The models generated, each with what it rates here. Villages: the national map has none. */
export const BENCH_MODELS = [
  'LEARNING_FAMILY',
  'LEARNING_CLAN',
  'LEARNING_CITIZEN',
  'LEARNING_UNIT',
  'LEARNING_COMMUNITY_COMMUNE',
  'LEARNING_COMMUNITY_DISTRICT',
  'LEARNING_COMMUNITY_PROVINCE',
] as const satisfies readonly ModelKind[];
export type BenchModel = (typeof BENCH_MODELS)[number];

/** Share of subjects evaluated in a year. */
export const EVALUATED_SHARE: Readonly<Record<BenchModel, number>> = {
  LEARNING_FAMILY: 0.9,
  LEARNING_CLAN: 0.85,
  LEARNING_CITIZEN: 0.7,
  LEARNING_UNIT: 0.9,
  LEARNING_COMMUNITY_COMMUNE: 1,
  LEARNING_COMMUNITY_DISTRICT: 1,
  LEARNING_COMMUNITY_PROVINCE: 1,
};

/** Share of evaluations in the RECOGNISED state; the rest is spread by OTHER_STATE_WEIGHTS. */
export const RECOGNISED_SHARE: Readonly<Record<BenchModel, number>> = {
  LEARNING_FAMILY: 0.78,
  LEARNING_CLAN: 0.74,
  LEARNING_CITIZEN: 0.7,
  LEARNING_UNIT: 0.8,
  LEARNING_COMMUNITY_COMMUNE: 0.72,
  LEARNING_COMMUNITY_DISTRICT: 0.7,
  LEARNING_COMMUNITY_PROVINCE: 0.7,
};

export const OTHER_STATE_WEIGHTS = {
  DRAFT: 0.3,
  SUBMITTED: 0.25,
  VERIFIED: 0.2,
  RETURNED: 0.15,
  REVOKED: 0.1,
} as const;
export type BenchState = 'RECOGNISED' | keyof typeof OTHER_STATE_WEIGHTS;

/** Of complete sheets still in the workflow, the share whose sheet reaches a recognised grade. */
export const REACHES_GRADE_SHARE = { SUBMITTED: 0.6, VERIFIED: 0.8, RETURNED: 0.2 } as const;
/** Where a set has several recognised grades (LEVEL_1, LEVEL_2): the share reaching each next one. */
export const HIGHER_GRADE_SHARE = 0.25;
/** A failing total lies between this share of the pass mark and the pass mark. */
export const FAILING_TOTAL_FLOOR = 0.5;

/** What a model rates here; learning units are the commune tier's (448/QĐ-KHVN set). */
export const UNIT_TIER_OF_MODEL: Partial<Record<BenchModel, UnitTier>> = { LEARNING_UNIT: 'COMMUNE' };

/**
 * The model/year pairs generated, each with the national set in force on 31 December (the rule
 * evaluations follow); pairs without one are listed as skipped.
 */
export function evaluationPlan<S extends SetCandidate>(sets: readonly S[], p: BenchParams) {
  const national = sets.filter((s) => s.issuer === 'NATIONAL');
  const planned: { model: BenchModel; year: number; set: S }[] = [];
  const skipped: { model: BenchModel; year: number }[] = [];
  for (const year of yearsOf(p))
    for (const model of BENCH_MODELS) {
      const set = pickSet(national, { modelKind: model, year, unitTier: UNIT_TIER_OF_MODEL[model] });
      if (set) planned.push({ model, year, set });
      else skipped.push({ model, year });
    }
  return { planned, skipped };
}

export function stateShares(model: BenchModel): Record<BenchState, number> {
  const recognised = RECOGNISED_SHARE[model];
  const weights = Object.entries(OTHER_STATE_WEIGHTS) as [keyof typeof OTHER_STATE_WEIGHTS, number][];
  const sum = weights.reduce((s, [, w]) => s + w, 0);
  return {
    RECOGNISED: recognised,
    ...(Object.fromEntries(weights.map(([state, w]) => [state, ((1 - recognised) * w) / sum])) as Record<
      keyof typeof OTHER_STATE_WEIGHTS,
      number
    >),
  };
}

/** One kind of generated evaluation: its state, result columns, the range its total is drawn from, and its share. */
export interface Outcome {
  state: BenchState;
  share: number;
  rating: string | null;
  recognised: boolean | null;
  /** Totals are drawn in half points from [min, max]; both null for a draft (incomplete sheet). */
  totalMin: number | null;
  totalMax: number | null;
}

type GradedSet = Pick<CriteriaSetDefinition, 'criteria' | 'grades'>;

export function maxTotalOf(set: GradedSet): number {
  return set.criteria
    .flatMap((c) => c.indicators)
    .reduce((s, i) => s + (i.kind === 'POINTS' ? (i.maxScore ?? 0) : 0), 0);
}

/** Recognised grades, each with the range of totals that reaches it and not the next, and its share. */
export function gradeRanges(set: GradedSet) {
  const maxTotal = maxTotalOf(set);
  const grades = set.grades.filter((g) => g.recognised);
  const shares = grades.map((_, i) =>
    i === grades.length - 1 ? HIGHER_GRADE_SHARE ** i : (1 - HIGHER_GRADE_SHARE) * HIGHER_GRADE_SHARE ** i,
  );
  return grades.map((g, i) => {
    const next = grades[i + 1]?.minTotal;
    const min = g.minTotal ?? 0;
    return { code: g.code, share: shares[i]!, min, max: next === undefined ? maxTotal : Math.max(min, next - 0.5) };
  });
}

/** The failing range: below the first recognised grade's pass mark (anything, when grades need indicators met). */
function failingRange(set: GradedSet): { min: number; max: number } {
  const pass = set.grades.find((g) => g.recognised)?.minTotal;
  if (pass === undefined || pass <= 0) return { min: 0, max: maxTotalOf(set) };
  return { min: Math.round(pass * FAILING_TOTAL_FLOOR * 2) / 2, max: pass - 0.5 };
}

/**
 * Every kind of evaluation generated for a model rated against a set, with shares summing to 1:
 * recognised (and revoked) sheets reach a recognised grade; sheets still in the workflow reach one
 * or fall short (rating null, not recognised); drafts are incomplete (no total, rating or result).
 */
export function outcomesFor(model: BenchModel, set: GradedSet): Outcome[] {
  const shares = stateShares(model);
  const grades = gradeRanges(set);
  if (grades.length === 0) throw new RangeError('the set has no recognised grade');
  const failing = failingRange(set);
  const reaching = (state: BenchState, share: number): Outcome[] =>
    grades.map((g) => ({
      state,
      share: share * g.share,
      rating: g.code,
      recognised: true,
      totalMin: g.min,
      totalMax: g.max,
    }));
  const out: Outcome[] = [...reaching('RECOGNISED', shares.RECOGNISED), ...reaching('REVOKED', shares.REVOKED)];
  for (const state of ['SUBMITTED', 'VERIFIED', 'RETURNED'] as const) {
    const reach = REACHES_GRADE_SHARE[state];
    out.push(...reaching(state, shares[state] * reach), {
      state,
      share: shares[state] * (1 - reach),
      rating: null,
      recognised: false,
      totalMin: failing.min,
      totalMax: failing.max,
    });
  }
  out.push({ state: 'DRAFT', share: shares.DRAFT, rating: null, recognised: null, totalMin: null, totalMax: null });
  return out.filter((o) => o.share > 0);
}

// ---------------------------------------------------------------------------------------------
// Education surveys (synthetic)

/** People per household, to size each survey's age groups from the commune's households. */
export const PEOPLE_PER_HOUSEHOLD = 3.6;
/** Communes flagged especially difficult (ĐBKK), fixed per commune over the years. */
export const ESPECIALLY_DIFFICULT_SHARE = 0.1;
/** ĐBKK communes fall further short of every rate. */
export const DIFFICULT_SHORTFALL_FACTOR = 1.6;
/** Each year before the last, the shortfall is this much larger (communes improve over time). */
export const YEARLY_SHORTFALL_DRIFT = 0.04;

/**
 * Per survey code: the age group's share of the population, and how a commune's rate is spread:
 * `shareMeeting` of communes reach `rate` (the shortfall 1 − rate is exponential with the mean
 * that gives this). E.g. most communes meet literacy level 1, fewer level 2.
 */
export const SURVEY_FIGURE_SPECS = {
  LITERACY1_15_35: { ageShare: 0.3, rate: 0.9, shareMeeting: 0.97 },
  LITERACY1_15_25: { ageShare: 0.15, rate: 0.9, shareMeeting: 0.97 },
  LITERACY2_15_60: { ageShare: 0.62, rate: 0.9, shareMeeting: 0.75 },
  LITERACY2_15_35: { ageShare: 0.3, rate: 0.9, shareMeeting: 0.8 },
  PRESCHOOL5_ATTEND: { ageShare: 0.015, rate: 0.95, shareMeeting: 0.9 },
  PRESCHOOL5_COMPLETE: { ageShare: 0.015, rate: 0.85, shareMeeting: 0.92 },
  PRIMARY_ENTRY_6: { ageShare: 0.016, rate: 0.98, shareMeeting: 0.85 },
  PRIMARY_COMPLETE_14: { ageShare: 0.014, rate: 0.8, shareMeeting: 0.97 },
  PRIMARY_COMPLETE_11: { ageShare: 0.015, rate: 0.9, shareMeeting: 0.8 },
  LOWERSEC_GRAD_15_18: { ageShare: 0.06, rate: 0.9, shareMeeting: 0.75 },
  LOWERSEC_CONTINUE_15_18: { ageShare: 0.06, rate: 0.8, shareMeeting: 0.7 },
} as const;

/** The mean of an exponential shortfall such that `shareMeeting` of draws stay within 1 − rate. */
export function meanShortfall(spec: { rate: number; shareMeeting: number }): number {
  return (1 - spec.rate) / Math.log(1 / (1 - spec.shareMeeting));
}

// ---------------------------------------------------------------------------------------------
// Study-promotion associations and funds (synthetic; amounts in whole đồng)

export const MEMBERS_PER_HOUSEHOLD = 0.25;
/** Membership grows by this share each year. */
export const MEMBERS_YEARLY_GROWTH = 0.03;

/** Donations per commune and year by donor type: how many (inclusive range) and how much (log-uniform). */
export const DONATION_SPECS = {
  INDIVIDUAL: { count: [2, 8], amount: [200_000, 5_000_000], counterpart: 'Nhà hảo tâm' },
  HOUSEHOLD: { count: [1, 5], amount: [500_000, 10_000_000], counterpart: 'Hộ gia đình' },
  CLAN: { count: [1, 3], amount: [1_000_000, 20_000_000], counterpart: 'Dòng họ' },
  ENTERPRISE: { count: [1, 3], amount: [5_000_000, 100_000_000], counterpart: 'Doanh nghiệp' },
  ORGANISATION: { count: [1, 2], amount: [2_000_000, 30_000_000], counterpart: 'Cơ quan, tổ chức' },
  OVERSEAS: { count: [0, 1], amount: [5_000_000, 50_000_000], counterpart: 'Kiều bào' },
  OTHER: { count: [1, 2], amount: [100_000, 2_000_000], counterpart: 'Nhà tài trợ khác' },
} as const;
/** Amounts are rounded down to this many đồng. */
export const AMOUNT_STEP_VND = 10_000;
/** Scholarships paid in a year: this share of the year's donations, so a fund never goes below zero. */
export const SCHOLARSHIP_SHARE_OF_DONATIONS = 0.8;
/** Scholarships per commune and year: one per this many households (at least one, at most the maximum), sharing the year's scholarship money. */
export const SCHOLARSHIP_EVERY_HOUSEHOLDS = 40;
export const SCHOLARSHIP_MAX_COUNT = 700;
/** Donations fall in the first half of the year, scholarships from the school year's start, so the balance stays positive. */
export const DONATION_DAYS = { from: '01-01', days: 181 } as const;
export const SCHOLARSHIP_DAYS = { from: '08-15', days: 139 } as const;
import {
  FIRST_YEAR,
  pickSet,
  type CriteriaSetDefinition,
  type FieldProblem,
  type ModelKind,
  type SetCandidate,
  type UnitTier,
} from '@hoctap/core';
