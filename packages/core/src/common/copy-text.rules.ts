/** A value as PostgreSQL's COPY text format reads it: null as \N, and the format's specials escaped. */
export function copyField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value !== 'string') return String(value);
  // Backslash first, so the escapes added for the others are not doubled.
  return /[\\\t\n\r]/.test(value)
    ? value.replaceAll('\\', '\\\\').replaceAll('\t', '\\t').replaceAll('\n', '\\n').replaceAll('\r', '\\r')
    : value;
}

/** One COPY text line: fields separated by tabs, ended by a newline. */
export const copyLine = (fields: readonly (string | number | boolean | null | undefined)[]): string =>
  fields.map(copyField).join('\t') + '\n';
