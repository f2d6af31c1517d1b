import { describe, expect, it } from 'vitest';
import { passwordProblems } from './password.rules.js';

describe('passwordProblems', () => {
  it.each([
    ['', 'MIN_LENGTH'],
    ['short-pass1', 'MIN_LENGTH'],
    ['twelve-chars', null],
    ['mật khẩu dài đủ', null],
    ['x'.repeat(128), null],
    ['x'.repeat(129), 'MAX_LENGTH'],
    ['An@Example.VN1', 'NOT_LOGIN'],
    ['An@Example.VN2', null],
    ['an@example.vn1', 'NOT_LOGIN'],
  ] as const)('%j → %s', (password, rule) => {
    const problems = passwordProblems(password, 'An@example.vn1');
    expect(problems.map((p) => p.rule)).toEqual(rule === null ? [] : [rule]);
    for (const p of problems) expect(p.field).toBe('password');
  });
});
