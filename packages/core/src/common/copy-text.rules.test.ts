import { describe, expect, it } from 'vitest';
import { copyField, copyLine } from './copy-text.rules.js';

describe('copyField', () => {
  it('writes null and undefined as \\N, numbers and booleans as text', () => {
    expect([copyField(null), copyField(undefined), copyField(12.5), copyField(true), copyField(false)]).toEqual([
      '\\N',
      '\\N',
      '12.5',
      'true',
      'false',
    ]);
  });

  it('leaves ordinary text (Vietnamese included) as it is', () => {
    expect(copyField('Hộ Nguyễn Văn A, thôn 3')).toBe('Hộ Nguyễn Văn A, thôn 3');
    expect(copyField('')).toBe('');
  });

  it('escapes backslash, tab, newline and carriage return, backslash first', () => {
    expect(copyField('a\\b')).toBe('a\\\\b');
    expect(copyField('a\tb\nc\rd')).toBe('a\\tb\\nc\\rd');
    expect(copyField('\\N')).toBe('\\\\N');
    expect(copyField('\\\t')).toBe('\\\\\\t');
  });
});

describe('copyLine', () => {
  it('joins the fields with tabs and ends the line', () => {
    expect(copyLine(['x', null, 3, 'a\tb'])).toBe('x\t\\N\t3\ta\\tb\n');
  });
});
