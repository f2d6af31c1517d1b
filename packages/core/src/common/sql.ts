import { randomBytes } from 'node:crypto';

/**
 * A dollar-quoted SQL literal of a JSON document. MikroORM inlines bound parameters by escaping
 * them in JavaScript, which costs seconds for a 10 MB document; a dollar-quoted literal needs no
 * escaping at all. The tag is random and checked to be absent from the text, so the text cannot
 * end the literal early.
 */
export function jsonLiteral(value: unknown, type: 'json' | 'jsonb' = 'json'): string {
  const text = JSON.stringify(value);
  let tag = `j${randomBytes(6).toString('hex')}`;
  while (text.includes(`$${tag}$`)) tag = `j${randomBytes(6).toString('hex')}`;
  return `$${tag}$${text}$${tag}$::${type}`;
}
