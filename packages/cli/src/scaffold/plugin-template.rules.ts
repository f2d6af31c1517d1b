/**
 * `hoctap plugin new`: the pure part. Checks what the author asked for, decides the plugin's names
 * and province claims from the map, and renders the files of a working plugin as strings. Nothing
 * here touches the disk or the database, so every rule is tested without either.
 */
import { packageFiles } from './package.template.js';
import { testFile } from './plugin-test.template.js';
import { readmeFile } from './readme.template.js';
import { sourceFiles } from './source.template.js';

/** What the author passes on the command line. */
export interface ScaffoldInput {
  id: string;
  province: string;
  from?: string;
  until?: string;
  name?: string;
}

export type ScaffoldField = keyof ScaffoldInput;

/** One broken rule, naming the input it is about. */
export interface ScaffoldProblem {
  field: ScaffoldField;
  rule: string;
  message: string;
}

/** A province-level unit of the map: who had a code, and when (ISO dates, null: open). */
export interface MapProvince {
  code: string;
  name: string;
  validFrom: string | null;
  validTo: string | null;
}

/** A claim the plugin will declare, with the name of the province that had the code then. */
export interface PlannedClaim {
  code: string;
  from?: string;
  until?: string;
  provinceName: string;
}

/** Everything the templates need, decided once. */
export interface ScaffoldPlan {
  id: string;
  name: string;
  /** PascalCase GraphQL prefix, e.g. QuangNinh. */
  prefix: string;
  /** camelCase form root fields start with, e.g. quangNinh. */
  fieldPrefix: string;
  /** PostgreSQL schema of its tables, e.g. plugin_quang_ninh. */
  schema: string;
  claims: PlannedClaim[];
  /** The day the generated test works on: inside the last claim. */
  testDay: string;
  /** A province that had another code on `testDay`, for the generated test's refusals. */
  otherProvince: MapProvince;
}

/** First-party plugins ship with the platform; `sdk` would make the package name @hoctap/plugin-sdk. */
export const RESERVED_IDS: readonly string[] = ['dong-thap', 'ha-nam', 'thai-binh', 'sdk'];

const ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const PROVINCE_CODE = /^\d{2}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** It prefixes every GraphQL type and root field, and names a PostgreSQL schema (63 bytes at most). */
const MAX_ID_LENGTH = 32;
const MAX_NAME_LENGTH = 100;
const FALLBACK_DAY = '2024-06-01';

const isDate = (value: string) =>
  ISO_DATE.test(value) && !Number.isNaN(Date.parse(value)) && new Date(value).toISOString().startsWith(value);

/** Format rules on the input alone (the map is checked by `planScaffold`). */
export function checkScaffoldInput(input: ScaffoldInput): ScaffoldProblem[] {
  const problems: ScaffoldProblem[] = [];
  const add = (field: ScaffoldField, rule: string, message: string) => problems.push({ field, rule, message });
  if (!ID.test(input.id)) add('id', 'KEBAB_CASE', `"${input.id}" must be kebab-case, e.g. "quang-ninh"`);
  else if (input.id.length > MAX_ID_LENGTH)
    add(
      'id',
      'TOO_LONG',
      `must have at most ${MAX_ID_LENGTH} characters: it prefixes every GraphQL name the plugin adds`,
    );
  if (RESERVED_IDS.includes(input.id))
    add('id', 'RESERVED', `"${input.id}" is taken; reserved ids: ${RESERVED_IDS.join(', ')}`);
  if (!PROVINCE_CODE.test(input.province))
    add('province', 'TWO_DIGIT_CODE', `"${input.province}" must be a two-digit GSO province code, e.g. "22"`);
  for (const field of ['from', 'until'] as const) {
    const value = input[field];
    if (value !== undefined && !isDate(value)) add(field, 'ISO_DATE', `"${value}" must be a date YYYY-MM-DD`);
  }
  if (input.from && input.until && isDate(input.from) && isDate(input.until) && input.from > input.until)
    add('until', 'NOT_BEFORE_FROM', `${input.until} is before from ${input.from}`);
  if (input.name !== undefined) {
    if (!input.name.trim()) add('name', 'NOT_BLANK', 'must not be blank');
    else if (input.name.length > MAX_NAME_LENGTH)
      add('name', 'TOO_LONG', `must have at most ${MAX_NAME_LENGTH} characters`);
    else if (/[\r\n]/.test(input.name)) add('name', 'ONE_LINE', 'must be a single line');
  }
  return problems;
}

/** "quang-ninh" → "QuangNinh": the plugin's graphqlPrefix. */
export function prefixOf(id: string): string {
  return id
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

/** "quang-ninh" → "quangNinh": what its root fields start with. */
export function fieldPrefixOf(id: string): string {
  const prefix = prefixOf(id);
  return prefix.charAt(0).toLowerCase() + prefix.slice(1);
}

/** "quang-ninh" → "plugin_quang_ninh": the PostgreSQL schema of its tables. */
export function schemaOf(id: string): string {
  return `plugin_${id.replaceAll('-', '_')}`;
}

const describePeriod = (p: MapProvince) =>
  `${p.name} ${p.validFrom ? `from ${p.validFrom}` : ''}${p.validFrom && p.validTo ? ' ' : ''}${p.validTo ? `until ${p.validTo}` : ''}`.trim();

/** Whether the unit had its code on every day from..until (absent: open-ended). */
function coversPeriod(p: MapProvince, from: string | undefined, until: string | undefined): boolean {
  const startOk = p.validFrom === null || (from !== undefined && p.validFrom <= from);
  const endOk = p.validTo === null || (until !== undefined && until <= p.validTo);
  return startOk && endOk;
}

const inForce = (p: MapProvince, day: string) =>
  (p.validFrom === null || p.validFrom <= day) && (p.validTo === null || day <= p.validTo);

/**
 * The claims to declare. Codes are reused across the reform of 1/7/2025 (22 is Quảng Ninh before
 * and after; 82 was Tiền Giang and is now Đồng Tháp), and the platform binds each claim to the one
 * province that had the code for the whole claim. So: without dates, one claim per period in which
 * a province had the code; with dates, one claim, which one province must cover.
 */
export function planClaims(
  input: Pick<ScaffoldInput, 'province' | 'from' | 'until'>,
  map: readonly MapProvince[],
): { claims: PlannedClaim[]; problems: ScaffoldProblem[] } {
  const candidates = map
    .filter((p) => p.code === input.province)
    .sort((a, b) => (a.validFrom ?? '').localeCompare(b.validFrom ?? ''));
  if (candidates.length === 0)
    return {
      claims: [],
      problems: [
        {
          field: 'province',
          rule: 'UNKNOWN_PROVINCE',
          message: `no province on the map has had code ${input.province}`,
        },
      ],
    };
  const periods = candidates.map(describePeriod).join('; ');
  if (input.from === undefined && input.until === undefined)
    return {
      claims: candidates.map((p) => ({
        code: p.code,
        ...(p.validFrom ? { from: p.validFrom } : {}),
        ...(p.validTo ? { until: p.validTo } : {}),
        provinceName: p.name,
      })),
      problems: [],
    };
  const covering = candidates.find((p) => coversPeriod(p, input.from, input.until));
  if (!covering)
    return {
      claims: [],
      problems: [
        {
          field: 'province',
          rule: 'ONE_PROVINCE_PER_CLAIM',
          message: `no single province had code ${input.province} from ${input.from ?? 'the start'} until ${input.until ?? 'now on'} (${periods}); give dates within one of these periods, or no dates for all of them`,
        },
      ],
    };
  return {
    claims: [
      {
        code: covering.code,
        ...(input.from ? { from: input.from } : {}),
        ...(input.until ? { until: input.until } : {}),
        provinceName: covering.name,
      },
    ],
    problems: [],
  };
}

/** Checks the input against its rules and the map, and decides everything the files need. */
export function planScaffold(
  input: ScaffoldInput,
  map: readonly MapProvince[],
): { plan: ScaffoldPlan; problems: [] } | { plan: null; problems: ScaffoldProblem[] } {
  const problems = checkScaffoldInput(input);
  if (problems.length > 0) return { plan: null, problems };
  const { claims, problems: claimProblems } = planClaims(input, map);
  const last = claims.at(-1);
  if (!last) return { plan: null, problems: claimProblems };
  const testDay = last.from ?? last.until ?? FALLBACK_DAY;
  const otherProvince = [...map]
    .sort((a, b) => a.code.localeCompare(b.code))
    .find((p) => p.code !== input.province && inForce(p, testDay));
  if (!otherProvince)
    return {
      plan: null,
      problems: [
        { field: 'province', rule: 'NO_OTHER_PROVINCE', message: `the map has no other province on ${testDay}` },
      ],
    };
  return {
    plan: {
      id: input.id,
      name: input.name?.trim() || last.provinceName,
      prefix: prefixOf(input.id),
      fieldPrefix: fieldPrefixOf(input.id),
      schema: schemaOf(input.id),
      claims,
      testDay,
      otherProvince,
    },
    problems: [],
  };
}

/** What another plugin (e.g. a first-party one) declares that a new one could clash with. */
export interface KnownPlugin {
  id: string;
  graphqlPrefix: string;
  provinces: readonly { code: string; from?: string; until?: string }[];
}

const overlap = (a: { from?: string; until?: string }, b: { from?: string; until?: string }) =>
  (a.from ?? '0000-01-01') <= (b.until ?? '9999-12-31') && (b.from ?? '0000-01-01') <= (a.until ?? '9999-12-31');
const period = (p: { from?: string; until?: string }) => `${p.from ?? 'always'} – ${p.until ?? 'open'}`;

/**
 * What would stop the server from starting with both the new plugin and these: a province claimed
 * by both for overlapping periods, or prefixes of which one starts with the other. Warnings, not
 * refusals: a province may well write a plugin to replace a first-party one.
 */
export function clashesWith(plan: ScaffoldPlan, known: readonly KnownPlugin[]): string[] {
  const warnings: string[] = [];
  for (const other of known) {
    if (plan.prefix.startsWith(other.graphqlPrefix) || other.graphqlPrefix.startsWith(plan.prefix))
      warnings.push(`PREFIX_CLASH: prefix ${plan.prefix} clashes with ${other.graphqlPrefix} of plugin ${other.id}`);
    for (const mine of plan.claims)
      for (const theirs of other.provinces)
        if (mine.code === theirs.code && overlap(mine, theirs))
          warnings.push(
            `PROVINCE_CLAIMED_TWICE: province ${mine.code} (${period(mine)}) is also claimed by plugin ${other.id} (${period(theirs)})`,
          );
  }
  return warnings;
}

/** A generated file, its path relative to the plugin's directory. */
export interface ScaffoldFile {
  path: string;
  content: string;
}

/** The files of a working plugin with one example table, resolver and test. */
export function scaffoldFiles(plan: ScaffoldPlan): ScaffoldFile[] {
  return [...packageFiles(plan), ...sourceFiles(plan), testFile(plan), readmeFile(plan)];
}
