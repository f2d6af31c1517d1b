/**
 * A TypeScript string literal, quoted as Prettier prints it (single quotes unless the text holds
 * more of them than double quotes), so generated files pass `prettier --check`.
 */
export function literal(text: string): string {
  const singles = (text.match(/'/g) ?? []).length;
  const doubles = (text.match(/"/g) ?? []).length;
  const quote = singles > doubles ? '"' : "'";
  return `${quote}${text.replaceAll('\\', '\\\\').replaceAll(quote, `\\${quote}`)}${quote}`;
}
