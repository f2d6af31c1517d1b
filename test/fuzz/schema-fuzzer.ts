/**
 * A schema-driven fuzzer: for any root field of the schema it builds an operation whose arguments
 * are plausible or hostile — wrong types, boundary numbers, impossible dates, odd Unicode, huge
 * strings, null where null is not allowed, unknown enum values, long lists, made-up ids — with a
 * small selection of the result. Seeded, so a failure can be replayed. Plain TypeScript (no
 * decorators or enums), so Node runs it as is in the benchmark.
 */
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';

/** mulberry32: a small, fast, seeded generator; good enough to pick cases, not for secrets. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface FuzzContext {
  /** Values that make requests reach deep: real unit codes, ids of real records. */
  codes: readonly string[];
  ids: readonly string[];
}

export interface FuzzOperation {
  field: string;
  kind: 'query' | 'mutation';
  query: string;
  variables: Record<string, unknown>;
}

const b64 = (s: string) => Buffer.from(s).toString('base64url');

/** Texts that break naive code: control characters, broken Unicode, scripts, sizes. */
const HOSTILE_TEXT = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\uD800',
  '\uDFFF x',
  '\u202Eright-to-left',
  'e\u0301\u0301\u0301',
  '😀👩‍👩‍👧',
  'Đồng Tháp',
  "'; drop table subject; --",
  '%_\\',
  '<script>alert(1)</script>',
  '{"$gt": ""}',
  'x'.repeat(301),
  'đ'.repeat(5000),
  'y'.repeat(200_000),
];
const HOSTILE_INT = [0, -1, 1, 1899, 2200, 2147483647, -2147483648, 1.5, '12', true, null];
const HOSTILE_FLOAT = [0, -0.0001, 1e308, -1e308, 100.0001, 5e-324, '1', false, null];
const HOSTILE_DATE = ['0000-01-01', '2024-02-30', '2200-01-01', '1899-12-31', '', 'yesterday', '2024-1-1', 20240101];
const HOSTILE_SAFE_INT = [0, -1, 9007199254740991, 9007199254740992, 1.5, '1'];

export class SchemaFuzzer {
  private readonly next: () => number;
  private readonly fields: { kind: 'query' | 'mutation'; field: GraphQLField<unknown, unknown> }[];
  // Declared, not constructor parameter properties: Node's type stripping runs this file as is.
  private readonly context: FuzzContext;

  constructor(schema: GraphQLSchema, context: FuzzContext, seed: number) {
    this.context = context;
    this.next = random(seed);
    const query = Object.values(schema.getQueryType()?.getFields() ?? {}).map((field) => ({
      kind: 'query' as const,
      field,
    }));
    const mutation = Object.values(schema.getMutationType()?.getFields() ?? {}).map((field) => ({
      kind: 'mutation' as const,
      field,
    }));
    this.fields = [...query, ...mutation];
  }

  /** Every root field, for a sweep that reaches each at least once. */
  get fieldCount(): number {
    return this.fields.length;
  }

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  private chance(p: number): boolean {
    return this.next() < p;
  }

  /** The n-th operation: root fields in turn, arguments drawn afresh each time. */
  operation(n: number): FuzzOperation {
    const { kind, field } = this.fields[n % this.fields.length]!;
    const hostility = this.pick([0, 0.1, 0.3, 0.7]);
    const defs: string[] = [];
    const args: string[] = [];
    const variables: Record<string, unknown> = {};
    field.args.forEach((arg, i) => {
      const required = isNonNullType(arg.type);
      if (!required && this.chance(0.4)) return;
      const name = `a${i}`;
      defs.push(`$${name}: ${arg.type.toString()}`);
      args.push(`${arg.name}: $${name}`);
      variables[name] = this.value(arg.type, hostility, 0, arg.name);
    });
    const selection = this.selection(field.type, 0);
    const head = defs.length ? `(${defs.join(', ')})` : '';
    const call = args.length ? `(${args.join(', ')})` : '';
    return {
      field: field.name,
      kind,
      query: `${kind} Fuzz${head} { ${field.name}${call}${selection} }`,
      variables,
    };
  }

  private value(type: GraphQLInputType, hostility: number, depth: number, name: string): unknown {
    if (isNonNullType(type) && this.chance(hostility * 0.1)) return null;
    const inner = getNullableType(type);
    if (!isNonNullType(type) && this.chance(0.05)) return null;
    if (isListType(inner)) {
      if (this.chance(hostility * 0.05)) return this.value(inner.ofType, hostility, depth + 1, name);
      const length = this.chance(hostility * 0.05) ? 1000 : Math.floor(this.next() * 3);
      return Array.from({ length }, () => this.value(inner.ofType, hostility, depth + 1, name));
    }
    if (isInputObjectType(inner)) {
      if (depth > 4) return {};
      const object: Record<string, unknown> = {};
      for (const field of Object.values(inner.getFields())) {
        if (!isNonNullType(field.type) && this.chance(0.4)) continue;
        object[field.name] = this.value(field.type, hostility, depth + 1, field.name);
      }
      if (this.chance(hostility * 0.05)) object.notAField = 'x';
      return object;
    }
    if (isEnumType(inner)) {
      if (this.chance(hostility * 0.3)) return 'NOT_A_VALUE';
      return this.pick(inner.getValues()).value as string;
    }
    return this.scalar(inner.name, hostility, name);
  }

  private scalar(type: string, hostility: number, name: string): unknown {
    const hostile = this.chance(hostility);
    switch (type) {
      case 'Int':
        if (hostile) return this.pick(HOSTILE_INT);
        return /year/i.test(name) ? this.pick([2022, 2023, 2024, 2025, 2026]) : this.pick([1, 5, 10, 20, 100]);
      case 'SafeInt':
        return hostile ? this.pick(HOSTILE_SAFE_INT) : this.pick([1000, 500000, 2000000]);
      case 'Float':
        return hostile ? this.pick(HOSTILE_FLOAT) : this.pick([0, 10, 50, 80, 100]);
      case 'Boolean':
        return hostile ? this.pick(['true', 1, null]) : this.chance(0.5);
      case 'Date':
        return hostile ? this.pick(HOSTILE_DATE) : this.pick(['2022-06-01', '2024-01-01', '2025-06-30', '2025-07-01']);
      case 'ID':
        if (hostile)
          return this.pick([
            'garbage',
            b64('Evaluation:not-a-uuid'),
            b64(`Evaluation:${crypto.randomUUID()}`),
            b64(`NoSuchType:${crypto.randomUUID()}`),
            b64('\u0000:\u0000'),
            'A'.repeat(10_000),
          ]);
        return this.context.ids.length ? this.pick(this.context.ids) : b64(`AdminUnit:${crypto.randomUUID()}`);
      case 'String':
        if (hostile) return this.pick(HOSTILE_TEXT);
        return /code/i.test(name) && this.context.codes.length
          ? this.pick(this.context.codes)
          : this.pick(['Ấp Tân Hòa', 'KH-01', '2024', 'LEARNING_FAMILY', 'EVALUATIONS', 'x']);
      default:
        // JSON-like scalars and custom ones: a string, or something else entirely.
        return hostile ? this.pick([{ a: 1 }, [1, 2], 'x'.repeat(1000), 12]) : 'x';
    }
  }

  /** A small selection: `__typename` and a few leaf fields without required arguments. */
  private selection(type: GraphQLOutputType, depth: number): string {
    const named = getNamedType(type);
    if (isLeafType(named)) return '';
    if (isUnionType(named) || depth > 1) return ' { __typename }';
    if (!isObjectType(named) && !isInterfaceType(named)) return ' { __typename }';
    const fields = Object.values(named.getFields()).filter((f) => f.args.every((a) => !isNonNullType(a.type)));
    const leaves = fields.filter((f) => isLeafType(getNamedType(f.type)));
    const nested = fields.filter((f) => !isLeafType(getNamedType(f.type)));
    const chosen = leaves.filter(() => this.chance(0.3)).slice(0, 4);
    const parts = ['__typename', ...chosen.map((f) => f.name)];
    if (nested.length && this.chance(0.3)) {
      const f = this.pick(nested);
      parts.push(`${f.name}${this.selection(f.type, depth + 1)}`);
    }
    return ` { ${parts.join(' ')} }`;
  }
}

/** What an answer says about the server: a failure when it is a 5xx or an internal error. */
export function failureOf(status: number, body: unknown): string | null {
  const errors = (body as { errors?: { extensions?: { code?: string }; message?: string }[] } | null)?.errors ?? [];
  if (status >= 500) return `HTTP ${status}: ${JSON.stringify(body).slice(0, 500)}`;
  const internal = errors.find((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR' || !e.extensions?.code);
  return internal ? `${internal.extensions?.code ?? 'NO CODE'}: ${internal.message}` : null;
}

/** Counts answers by their first error code (OK when none), for the report. */
export function codeOf(body: unknown): string {
  const errors = (body as { errors?: { extensions?: { code?: string } }[] } | null)?.errors;
  return errors?.length ? (errors[0]!.extensions?.code ?? 'NO CODE') : 'OK';
}
