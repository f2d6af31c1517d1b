/**
 * The statements that write the bench data, one builder per table. Each returns one `insert …
 * select … from generate_series(…)` statement over the temporary tables `bench_commune` (the plan:
 * each commune's ranges of households, clans, citizens and organisations), `bench_unit` (units
 * numbered per level) and `bench_lineage` (each unit's lineage per year), so that PostgreSQL writes
 * the rows without a round trip per row.
 */
import { LAST_DAY_BEFORE_REFORM } from '@hoctap/core';
import {
  AMOUNT_STEP_VND,
  BENCH_MODELS,
  CITIZEN_AGES,
  CITIZEN_EVERY_HOUSEHOLDS,
  CLAN_SURNAMES,
  DIFFICULT_SHORTFALL_FACTOR,
  DONATION_DAYS,
  DONATION_SPECS,
  ESPECIALLY_DIFFICULT_SHARE,
  EVALUATED_SHARE,
  MEMBERS_PER_HOUSEHOLD,
  MEMBERS_YEARLY_GROWTH,
  meanShortfall,
  ORGANISATION_KIND_SHARES,
  PEOPLE_PER_HOUSEHOLD,
  SCHOLARSHIP_MAX_COUNT,
  SCHOLARSHIP_DAYS,
  SCHOLARSHIP_EVERY_HOUSEHOLDS,
  SCHOLARSHIP_SHARE_OF_DONATIONS,
  SURVEY_FIGURE_SPECS,
  YEARLY_SHORTFALL_DRIFT,
  type BenchModel,
  type Outcome,
} from './bench-data.rules.js';
import {
  booleanArray,
  ID_SPACE,
  idSql,
  numberArray,
  pickIndexSql,
  PURPOSE,
  saltOf,
  text,
  textArray,
  uniformSql,
} from './bench-data.sql.js';

export interface RunContext {
  seed: number;
  firstYear: number;
  toYear: number;
}

/** Every row says where it came from: subjects and evaluations in `source`, fund entries in `note`. */
export const BENCH_SOURCE = 'bench-data';

/** A fixed time for `created_at` and the like, so that two runs write identical rows. */
const stamp = (year: number, monthDay: string) => text(`${year}-${monthDay} 09:00:00+07`);

const u = (seed: number, purpose: number, n: string, options: { sub?: number; year?: number } = {}) =>
  uniformSql(saltOf(seed, purpose, options), n);

// ---------------------------------------------------------------------------------------------
// Temporary tables

/** Pre-reform units (ending by 30/6/2025) that exist in some year of the run, with their lineage per year. */
export function lineageTableSql(ctx: RunContext): string {
  const exists = (t: string) =>
    `(${t}.valid_from is null or ${t}.valid_from <= make_date(y.year, 12, 31)) and (${t}.valid_to is null or ${t}.valid_to >= make_date(y.year, 1, 1))`;
  return `create temp table bench_lineage on commit drop as
    with recursive start as (
      select u.id, y.year, least(coalesce(u.valid_to, 'infinity'::date), make_date(y.year, 12, 31)) as day
      from admin_unit u cross join generate_series(${ctx.firstYear}, ${ctx.toYear}) as y(year)
      where u.level in ('COMMUNE', 'DISTRICT', 'PROVINCE')
        and (u.valid_from is null or u.valid_from <= '${LAST_DAY_BEFORE_REFORM}') and ${exists('u')}
    ),
    walk(start_id, year, day, id, depth, path) as (
      select id, year, day, id, 0, array[id] from start
      union all
      select w.start_id, w.year, w.day, l.parent_id, w.depth + 1, w.path || l.parent_id
      from walk w join admin_unit_parent l on l.unit_id = w.id
        and (l.valid_from is null or l.valid_from <= w.day) and (l.valid_to is null or l.valid_to >= w.day)
      where w.depth < 10
    )
    select distinct on (w.start_id, w.year) w.start_id as unit_id, w.year::smallint as year, w.path as lineage
    from walk w join admin_unit top on top.id = w.id and top.level = 'PROVINCE'
    order by w.start_id, w.year, w.depth`;
}

/**
 * Units that can carry data: communes whose lineage reaches a province, and the districts and
 * provinces on those lineages, numbered per level in the order of their natural key.
 */
export function unitTableSql(): string {
  return `create temp table bench_unit on commit drop as
    with used as (
      select distinct x.id from bench_lineage l cross join lateral unnest(l.lineage) as x(id)
      join admin_unit c on c.id = l.unit_id and c.level = 'COMMUNE'
    )
    select a.id as unit_id, a.level::text as level, a.code, a.kind::text as kind, a.name,
      coalesce(to_char(a.valid_from, 'YYYY-MM-DD'), '') as valid_from,
      (row_number() over (partition by a.level order by a.code, a.valid_from nulls first) - 1)::int as n
    from used join admin_unit a on a.id = used.id`;
}

/** The plan computed in TypeScript (planCommunes), as a table. */
export function communeTableSql(planJson: string): string {
  return `create temp table bench_commune on commit drop as
    select p.*, u.name from jsonb_to_recordset(${planJson}) as p(n int, "unitId" uuid, "firstHousehold" bigint,
      households int, "firstClan" bigint, clans int, "firstCitizen" bigint, citizens int,
      "firstOrganisation" bigint, organisations int)
    join bench_unit u on u.unit_id = p."unitId"
    order by p.n`;
}

// ---------------------------------------------------------------------------------------------
// Subjects

export type SubjectKindKey = 'HOUSEHOLD' | 'CLAN' | 'CITIZEN' | 'ORGANISATION';

const RANGE_COLUMNS: Record<SubjectKindKey, { first: string; count: string }> = {
  HOUSEHOLD: { first: 'c."firstHousehold"', count: 'c.households' },
  CLAN: { first: 'c."firstClan"', count: 'c.clans' },
  CITIZEN: { first: 'c."firstCitizen"', count: 'c.citizens' },
  ORGANISATION: { first: 'c."firstOrganisation"', count: 'c.organisations' },
};

/** `from bench_commune c` with `seq` running over the kind's global indexes that fall in [from, to). */
function seriesOver(kind: SubjectKindKey, range: { from: number; to: number }): { from: string; where: string } {
  const { first, count } = RANGE_COLUMNS[kind];
  return {
    from: `bench_commune c
      cross join lateral generate_series(greatest(${first}, ${range.from}), least(${first} + ${count}, ${range.to}) - 1) as seq`,
    where: `${first} < ${range.to} and ${first} + ${count} > ${range.from}`,
  };
}

export const subjectId = (seed: number, kind: SubjectKindKey, seq: string) =>
  idSql({ seed, space: ID_SPACE[kind], seq });

const ORGANISATION_NAMES: Record<keyof typeof ORGANISATION_KIND_SHARES, string> = {
  AGENCY: 'Cơ quan',
  SCHOOL: 'Trường học',
  ENTERPRISE: 'Doanh nghiệp',
  ARMED_FORCES: 'Đơn vị lực lượng vũ trang',
  OTHER: 'Tổ chức',
};
const ORGANISATION_KINDS = Object.keys(ORGANISATION_KIND_SHARES) as (keyof typeof ORGANISATION_KIND_SHARES)[];

const local = (kind: SubjectKindKey) => `(seq - ${RANGE_COLUMNS[kind].first} + 1)`;

/** One statement of subjects of a kind: those whose global index falls in the range. */
export function subjectsSql(ctx: RunContext, kind: SubjectKindKey, range: { from: number; to: number }): string {
  const id = subjectId(ctx.seed, kind, 'seq');
  const number = local(kind);
  const code = (prefix: string) => `${text(prefix)} || lpad(${number}::text, 6, '0')`;
  const columns: Record<
    SubjectKindKey,
    { code: string; name: string; birthYear: string; household: string; org: string }
  > = {
    HOUSEHOLD: { code: code('H'), name: `'Hộ số ' || ${number}`, birthYear: 'null', household: 'null', org: 'null' },
    CLAN: {
      code: code('DH'),
      name: `'Dòng họ ' || (${textArray(CLAN_SURNAMES)})[1 + floor(${u(ctx.seed, PURPOSE.CLAN_NAME, 'seq')} * ${CLAN_SURNAMES.length})::int] || ' (' || ${number} || ')'`,
      birthYear: 'null',
      household: 'null',
      org: 'null',
    },
    CITIZEN: {
      code: code('CD'),
      name: `'Công dân số ' || ${number}`,
      birthYear: `(${ctx.toYear - CITIZEN_AGES.min} - floor(${u(ctx.seed, PURPOSE.BIRTH_YEAR, 'seq')} * ${CITIZEN_AGES.max - CITIZEN_AGES.min + 1}))::smallint`,
      household: subjectId(
        ctx.seed,
        'HOUSEHOLD',
        `c."firstHousehold" + (seq - c."firstCitizen") * ${CITIZEN_EVERY_HOUSEHOLDS}`,
      ),
      org: 'null',
    },
    ORGANISATION: {
      code: code('DV'),
      name: `(${textArray(ORGANISATION_KINDS.map((k) => ORGANISATION_NAMES[k]))})[k] || ' số ' || ${number}`,
      birthYear: 'null',
      household: 'null',
      org: `(${textArray(ORGANISATION_KINDS)})[k]::organisation_kind`,
    },
  };
  const c = columns[kind];
  const pick =
    kind === 'ORGANISATION'
      ? `cross join lateral (select ${pickIndexSql(
          'r.v',
          ORGANISATION_KINDS.map((k) => ORGANISATION_KIND_SHARES[k]),
        )} as k
           from (select ${u(ctx.seed, PURPOSE.ORGANISATION_KIND, 'seq')} as v offset 0) as r) as o`
      : '';
  const { from, where } = seriesOver(kind, range);
  return `insert into subject (id, kind, unit_id, code, name, birth_year, household_id, organisation_kind, source, created_at, version)
    select ${id}, '${kind}', c."unitId", ${c.code}, ${c.name}, ${c.birthYear}, ${c.household}, ${c.org},
      ${text(BENCH_SOURCE)}, ${stamp(ctx.firstYear, '01-01')}, 1
    from ${from} ${pick}
    where ${where}`;
}

// ---------------------------------------------------------------------------------------------
// Evaluations

const SUBJECT_OF_MODEL: Partial<Record<BenchModel, SubjectKindKey>> = {
  LEARNING_FAMILY: 'HOUSEHOLD',
  LEARNING_CLAN: 'CLAN',
  LEARNING_CITIZEN: 'CITIZEN',
  LEARNING_UNIT: 'ORGANISATION',
};
const LEVEL_OF_MODEL: Partial<Record<BenchModel, string>> = {
  LEARNING_COMMUNITY_COMMUNE: 'COMMUNE',
  LEARNING_COMMUNITY_DISTRICT: 'DISTRICT',
  LEARNING_COMMUNITY_PROVINCE: 'PROVINCE',
};

export const subjectKindOf = (model: BenchModel): SubjectKindKey | null => SUBJECT_OF_MODEL[model] ?? null;

export interface EvaluationBatch {
  model: BenchModel;
  year: number;
  setId: string;
  outcomes: readonly Outcome[];
  /** Subject models: the range of subject indexes; unit models: ignored. */
  range: { from: number; to: number };
}

export const evaluationId = (seed: number, model: BenchModel, year: number, seq: string) =>
  idSql({ seed, space: ID_SPACE.EVALUATION + BENCH_MODELS.indexOf(model), year, seq });

/** The result columns picked by outcome index `k`, with the total drawn in half points from `v`. */
function outcomeColumns(outcomes: readonly Outcome[]) {
  const steps = outcomes.map((o) =>
    o.totalMin === null || o.totalMax === null ? null : (o.totalMax - o.totalMin) * 2,
  );
  return {
    state: `(${textArray(outcomes.map((o) => o.state))})[k]`,
    rating: `(${textArray(outcomes.map((o) => o.rating))})[k]`,
    recognised: `(${booleanArray(outcomes.map((o) => o.recognised))})[k]`,
    total: `((${numberArray(outcomes.map((o) => o.totalMin))})[k] + floor(v * ((${numberArray(steps)})[k] + 1)) / 2)`,
  };
}

/** One statement of evaluations of a model in a year: a subject range, or every unit of the model's level. */
export function evaluationsSql(ctx: RunContext, batch: EvaluationBatch): string {
  const { model, year } = batch;
  const kind = subjectKindOf(model);
  const modelIndex = BENCH_MODELS.indexOf(model);
  const draw = (purpose: number, n: string) => u(ctx.seed, purpose, n, { sub: modelIndex, year });
  const cols = outcomeColumns(batch.outcomes);
  const subjectOf = kind ? subjectId(ctx.seed, kind, 'seq') : 'null::uuid';
  // `offset 0` keeps the subquery from being inlined, so each hash is computed once per row.
  const result = `cross join lateral (select ${pickIndexSql(
    'r.u',
    batch.outcomes.map((o) => o.share),
  )} as k, r.v, r.subject_id
      from (select ${draw(PURPOSE.STATE, 'seq')} as u, ${draw(PURPOSE.TOTAL, 'seq')} as v, ${subjectOf} as subject_id
        offset 0) as r) as o`;
  const filter = `${draw(PURPOSE.EVALUATED, 'seq')} < ${EVALUATED_SHARE[model]}`;
  const series = kind ? seriesOver(kind, batch.range) : null;
  const unit = series ? 'c."unitId"' : 'b.unit_id';
  const from = series
    ? `${series.from} join bench_lineage l on l.unit_id = c."unitId" and l.year = ${year} ${result}
      where ${series.where} and ${filter}`
    : `(select b.unit_id, b.n::bigint as seq from bench_unit b where b.level = ${text(LEVEL_OF_MODEL[model]!)}) as b
      join bench_lineage l on l.unit_id = b.unit_id and l.year = ${year} ${result}
      where ${filter}`;
  const subject = 'o.subject_id';
  const at = stamp(year, '12-31');
  return `insert into evaluation (id, subject_id, subject_key, unit_id, lineage, evaluating_unit_id, model_kind, year,
      criteria_set_id, scores, total, rating, recognised, evidence, state, source, created_at, updated_at, version)
    select ${evaluationId(ctx.seed, model, year, 'seq')}, ${subject}, coalesce(${subject}, ${unit}), ${unit}, l.lineage, ${unit},
      ${text(model)}, ${year}, ${text(batch.setId)}, '{}'::jsonb, ${cols.total},
      ${cols.rating}, ${cols.recognised}, '[]'::jsonb, ${cols.state}, ${text(BENCH_SOURCE)}, ${at}, ${at}, 1
    from ${from}`;
}

// ---------------------------------------------------------------------------------------------
// Education surveys

const difficultSql = (seed: number) => `(${u(seed, PURPOSE.DIFFICULT, 'c.n')} < ${ESPECIALLY_DIFFICULT_SHARE})`;
const surveyId = (seed: number, year: number, seq: string) => idSql({ seed, space: ID_SPACE.SURVEY, year, seq });

/** One survey per commune that exists in the year. */
export function surveysSql(ctx: RunContext, year: number): string {
  return `insert into education_survey (id, unit_id, year, especially_difficult, updated_at, version)
    select ${surveyId(ctx.seed, year, 'c.n')}, c."unitId", ${year}, ${difficultSql(ctx.seed)}, ${stamp(year, '12-31')}, 1
    from bench_commune c join bench_lineage l on l.unit_id = c."unitId" and l.year = ${year}`;
}

/**
 * Every survey code's figures: the age group from the commune's households, the rate from an
 * exponential shortfall, drawn once per commune and code (a commune that does well keeps doing
 * well) and varied year by year, larger in ĐBKK communes and in earlier years.
 */
export function surveyFiguresSql(ctx: RunContext, year: number): string {
  const specs = Object.entries(SURVEY_FIGURE_SPECS).map(
    ([code, spec], i) => `(${i}, ${text(code)}, ${spec.ageShare}, ${meanShortfall(spec)})`,
  );
  const key = 'c.n * 16 + f.i';
  const drift = 1 + YEARLY_SHORTFALL_DRIFT * (ctx.toYear - year);
  return `insert into survey_figure (id, survey_id, code, numerator, denominator)
    select ${idSql({ seed: ctx.seed, space: ID_SPACE.SURVEY_FIGURE, year, seq: key })}, ${surveyId(ctx.seed, year, 'c.n')},
      f.code, least(x.d, greatest(0, round(x.d * (1 - x.shortfall))))::int, x.d
    from bench_commune c join bench_lineage l on l.unit_id = c."unitId" and l.year = ${year}
    cross join (values ${specs.join(', ')}) as f(i, code, age_share, mean_shortfall)
    cross join lateral (select
      greatest(1, round(c.households * ${PEOPLE_PER_HOUSEHOLD} * f.age_share * (0.85 + 0.3 * ${u(ctx.seed, PURPOSE.SURVEY_SIZE, key)})))::int as d,
      f.mean_shortfall * (-ln(1 - ${u(ctx.seed, PURPOSE.SURVEY_LEVEL, key)})) * (0.8 + 0.4 * ${u(ctx.seed, PURPOSE.SURVEY_YEAR, key, { year })})
        * ${drift} * (case when ${difficultSql(ctx.seed)} then ${DIFFICULT_SHORTFALL_FACTOR} else 1 end) as shortfall) as x`;
}

// ---------------------------------------------------------------------------------------------
// Study-promotion associations and funds

const associationId = (seed: number, seq = 'c.n') => idSql({ seed, space: ID_SPACE.ASSOCIATION, seq });
const fundId = (seed: number, seq = 'c.n') => idSql({ seed, space: ID_SPACE.FUND, seq });

/** One commune association each, founded before the first year, with its members year by year. */
export function associationsSql(ctx: RunContext): string {
  const firstDay = `date '1997-01-01'`;
  const days = `(date '${ctx.firstYear}-01-01' - ${firstDay})`;
  return `insert into study_promotion_association (id, unit_id, organisation_id, name, founded_on, members, version)
    select ${associationId(ctx.seed)}, c."unitId", null, 'Hội Khuyến học ' || c.name,
      ${firstDay} + floor(${u(ctx.seed, PURPOSE.FOUNDED, 'c.n')} * ${days})::int,
      (select jsonb_agg(jsonb_build_object('year', y, 'members',
          round(greatest(1, c.households) * ${MEMBERS_PER_HOUSEHOLD} * (1 + ${MEMBERS_YEARLY_GROWTH} * (y - ${ctx.firstYear})))::int) order by y)
        from generate_series(${ctx.firstYear}, ${ctx.toYear}) as y),
      1
    from bench_commune c`;
}

export function fundsSql(ctx: RunContext): string {
  return `insert into study_promotion_fund (id, association_id, name, version)
    select ${fundId(ctx.seed)}, ${associationId(ctx.seed)}, 'Quỹ khuyến học ' || c.name, 1
    from bench_commune c`;
}

/**
 * A year's fund entries in one statement: donations by every donor type in the first half of the
 * year, then scholarships (by the commune's households) from the school year's start, sharing a
 * share of that year's donations, so that no fund ever goes below zero.
 */
export function fundEntriesSql(ctx: RunContext, year: number): string {
  const donors = Object.entries(DONATION_SPECS).map(
    ([type, s], i) =>
      `(${i}, ${text(type)}, ${text(s.counterpart)}, ${s.count[0]}, ${s.count[1]}, ${Math.log(s.amount[0])}::float8, ${Math.log(s.amount[1])}::float8)`,
  );
  const draw = (purpose: number, n: string) => u(ctx.seed, purpose, n, { year });
  const entryId = (seq: string) => idSql({ seed: ctx.seed, space: ID_SPACE.FUND_ENTRY, year, seq });
  return `with d as materialized (
      select c.n, c.households, t.i, t.type, t.label, k, c.n * 1000 + t.i * 32 + k as seq,
        (floor(exp(t.low + ${draw(PURPOSE.DONATION_AMOUNT, '(c.n * 8 + t.i) * 32 + k')} * (t.high - t.low)) / ${AMOUNT_STEP_VND}) * ${AMOUNT_STEP_VND})::bigint as amount
      from bench_commune c join bench_lineage l on l.unit_id = c."unitId" and l.year = ${year}
      cross join (values ${donors.join(', ')}) as t(i, type, label, low_count, high_count, low, high)
      cross join lateral generate_series(1, t.low_count + floor(${draw(PURPOSE.DONATION_COUNT, 'c.n * 8 + t.i')} * (t.high_count - t.low_count + 1))::int) as k
    ),
    s as (
      select n, sum(amount) as donated,
        least(${SCHOLARSHIP_MAX_COUNT}, greatest(1, round(households::numeric / ${SCHOLARSHIP_EVERY_HOUSEHOLDS})))::int as count
      from d group by n, households
    )
    insert into fund_entry (id, fund_id, kind, date, amount_vnd, counterpart, donor_type, note)
    select ${entryId('d.seq')}, ${fundId(ctx.seed, 'd.n')}, 'DONATION'::fund_entry_kind,
      date '${year}-${DONATION_DAYS.from}' + floor(${draw(PURPOSE.DONATION_DAY, 'd.seq')} * ${DONATION_DAYS.days})::int,
      d.amount, d.label || ' ' || d.k, d.type::donor_type, ${text(BENCH_SOURCE)}
    from d where d.amount > 0
    union all
    select ${entryId('s.n * 1000 + 256 + k')}, ${fundId(ctx.seed, 's.n')}, 'SCHOLARSHIP'::fund_entry_kind,
      date '${year}-${SCHOLARSHIP_DAYS.from}' + floor(${draw(PURPOSE.SCHOLARSHIP_DAY, 's.n * 1000 + 256 + k')} * ${SCHOLARSHIP_DAYS.days})::int,
      (floor(s.donated * ${SCHOLARSHIP_SHARE_OF_DONATIONS} / s.count / ${AMOUNT_STEP_VND}) * ${AMOUNT_STEP_VND})::bigint,
      'Học sinh ' || k, null::donor_type, ${text(BENCH_SOURCE)}
    from s cross join lateral generate_series(1, s.count) as k
    where floor(s.donated * ${SCHOLARSHIP_SHARE_OF_DONATIONS} / s.count / ${AMOUNT_STEP_VND}) > 0`;
}
