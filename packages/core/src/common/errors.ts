/**
 * Domain errors: what a service refuses, and why, in terms a client can act on. Services throw
 * these and never build transport errors; the server maps the code to GraphQL's
 * `extensions.code` and an HTTP status, and masks every other error (DESIGN.md, principle 4).
 */

/** The `extensions.code` values clients can rely on. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  /** The server could not serve the request now (busy, timed out, shutting down); nothing was written. */
  | 'UNAVAILABLE';

export const ERROR_CODES: ReadonlySet<string> = new Set<ErrorCode>([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'UNAVAILABLE',
]);

/** One broken rule on one input field, so a client can show it next to the field. */
export interface FieldProblem {
  field: string;
  rule: string;
  message: string;
}

/**
 * A refusal with a code and details. `extensions` has the shape GraphQL errors carry, so graphql-js
 * passes it through when a resolver throws one.
 */
export class DomainError extends Error {
  readonly extensions: Readonly<{ code: ErrorCode } & Record<string, unknown>>;

  constructor(code: ErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = 'DomainError';
    this.extensions = { ...details, code };
  }

  get code(): ErrorCode {
    return this.extensions.code;
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}

export function badInput(problems: FieldProblem[]): DomainError {
  const message = problems.map((p) => `${p.field}: ${p.message}`).join('; ');
  return new DomainError('BAD_USER_INPUT', message, { problems });
}

export function unauthenticated(message: string): DomainError {
  return new DomainError('UNAUTHENTICATED', message);
}

export function forbidden(message: string): DomainError {
  return new DomainError('FORBIDDEN', message);
}

export function notFound(message: string): DomainError {
  return new DomainError('NOT_FOUND', message);
}

export function conflict(message: string, details: Record<string, unknown> = {}): DomainError {
  return new DomainError('CONFLICT', message, details);
}

export function unavailable(message: string, details: Record<string, unknown> = {}): DomainError {
  return new DomainError('UNAVAILABLE', message, details);
}
