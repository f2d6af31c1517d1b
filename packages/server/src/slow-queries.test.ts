import { describe, expect, it } from 'vitest';
import { redactLiterals, statementText } from './slow-queries.js';

describe('statement text for logs and traces', () => {
  it('blanks string literals, keeping the statement readable', () => {
    expect(
      redactLiterals("select * from admin_unit u where u.code = '29' and u.valid_from <= '2025-07-01'::date"),
    ).toBe("select * from admin_unit u where u.code = '?' and u.valid_from <= '?'::date");
  });

  it('treats a doubled quote as part of the literal', () => {
    expect(redactLiterals("select 'Nguyễn ''Văn'' A' as name, 1")).toBe("select '?' as name, 1");
  });

  it('treats backslash escapes inside E-strings as part of the literal', () => {
    expect(redactLiterals("select E'it\\'s secret', 'x'")).toBe("select '?', '?'");
  });

  it('leaves quoted identifiers, numbers and keywords alone', () => {
    expect(redactLiterals('select "e"."score" from evaluation "e" limit 100')).toBe(
      'select "e"."score" from evaluation "e" limit 100',
    );
  });

  it('reads the text of a query config and names what it cannot read', () => {
    expect(statementText({ text: "select 'a'", values: ['b'] })).toBe("select '?'");
    expect(statementText(42)).toBe('(unknown statement)');
  });
});
