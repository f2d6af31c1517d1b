/**
 * SQL expressions of the bench-data generator: deterministic pseudo-random numbers and ids computed
 * by PostgreSQL row by row, so that millions of rows are written by a few set-based statements and
 * two runs with the same seed write the same rows. Values are inlined as literals (numbers checked
 * here, texts quoted here): the statements carry no bound parameters.
 */

/** What a pseudo-random number is for: each purpose draws independently of the others. */
export const PURPOSE = {
  EVALUATED: 1,
  STATE: 2,
  TOTAL: 3,
  BIRTH_YEAR: 4,
  ORGANISATION_KIND: 5,
  CLAN_NAME: 6,
  DIFFICULT: 7,
  SURVEY_SIZE: 8,
  SURVEY_LEVEL: 9,
  SURVEY_YEAR: 10,
  DONATION_COUNT: 11,
  DONATION_AMOUNT: 12,
  DONATION_DAY: 13,
  SCHOLARSHIP_DAY: 14,
  FOUNDED: 15,
  ID: 16,
} as const;

/** Id spaces: rows of different kinds never share an id, and each kind's ids rise in the order written. */
export const ID_SPACE = {
  HOUSEHOLD: 1,
  CLAN: 2,
  CITIZEN: 3,
  ORGANISATION: 4,
  ASSOCIATION: 5,
  FUND: 6,
  SURVEY: 7,
  SURVEY_FIGURE: 8,
  FUND_ENTRY: 9,
  /** Plus the model's index in BENCH_MODELS. */
  EVALUATION: 16,
} as const;

const FIRST_YEAR_INDEX = 1999;

function wholeNumber(value: number, what: string): number {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${what} must be a whole number ≥ 0`);
  return value;
}

/**
 * The seed of one purpose (and sub-purpose, e.g. a model) in one year (0: not yearly), below 2^53
 * so that it is exact in JavaScript and a valid bigint in SQL.
 */
export function saltOf(seed: number, purpose: number, options: { sub?: number; year?: number } = {}): number {
  const year = options.year ? options.year - FIRST_YEAR_INDEX : 0;
  const sub = options.sub ?? 0;
  if (year < 0 || year > 255 || sub > 15 || purpose > 255) throw new RangeError('salt out of range');
  return wholeNumber(seed, 'seed') * 2 ** 20 + (purpose * 16 + sub) * 256 + year;
}

/** A number in [0, 1), a pure function of the salt and the row number `n` (an SQL bigint expression). */
export function uniformSql(salt: number, n: string): string {
  return `(((hashint8extended((${n})::bigint, ${wholeNumber(salt, 'salt')}) >> 11) + 4503599627370496)::float8 / 9007199254740992)`;
}

/**
 * A UUIDv7-shaped id (version 7, RFC 9562 variant) whose 48-bit time field is not a time but a
 * counter — (year, id space) then the row's sequence number — so that ids rise in the order the rows
 * are written and inserts append to the primary-key index, as timeOrderedId() does for live data.
 * The other bits come from the seed. Unique within a space and year while `seq` < 2^30. Built from
 * two bigints (int8send) rather than text pieces: half the cost per row.
 */
export function idSql(input: { seed: number; space: number; year?: number; seq: string }): string {
  const year = input.year ? input.year - FIRST_YEAR_INDEX : 0;
  const base = (year * 32 + input.space) * 2 ** 30;
  const salt = saltOf(input.seed, PURPOSE.ID, { sub: input.space % 16, ...(input.year ? { year: input.year } : {}) });
  // Version nibble 7 (0x7000) and 12 bits of the seed; the variant's two top bits 10, then 62 hashed bits.
  const versionAndTag = 0x7000 | (input.seed % 4096);
  return (
    `encode(int8send(((${base}::bigint + (${input.seq})) << 16) | ${versionAndTag}) || ` +
    `int8send((hashint8extended((${input.seq})::bigint, ${salt}) & 4611686018427387903) | (-9223372036854775808)::bigint), 'hex')::uuid`
  );
}

/** A quoted SQL text literal. */
export const text = (value: string): string => `'${value.replaceAll("'", "''")}'`;

/** An SQL array literal of texts (null allowed). */
export const textArray = (values: readonly (string | null)[]): string =>
  `array[${values.map((v) => (v === null ? 'null' : text(v))).join(', ')}]::text[]`;

export const numberArray = (values: readonly (number | null)[]): string =>
  `array[${values.map((v) => (v === null ? 'null' : String(v))).join(', ')}]::float8[]`;

export const booleanArray = (values: readonly (boolean | null)[]): string =>
  `array[${values.map((v) => (v === null ? 'null' : String(v))).join(', ')}]::boolean[]`;

/** `case` picking 1…k by where `u` falls among cumulative shares (the last takes the rest). */
export function pickIndexSql(u: string, shares: readonly number[]): string {
  let cumulative = 0;
  const whens = shares.slice(0, -1).map((share, i) => {
    cumulative += share;
    return `when ${u} < ${cumulative} then ${i + 1}`;
  });
  return whens.length === 0 ? '1' : `(case ${whens.join(' ')} else ${shares.length} end)`;
}
