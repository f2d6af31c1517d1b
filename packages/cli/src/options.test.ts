import { InvalidArgumentError } from 'commander';
import { describe, expect, it } from 'vitest';
import { duration, isoDate } from './options.js';

describe('isoDate', () => {
  it.each(['2025-07-02', '2024-02-29', '2025-12-31'])('accepts %s', (value) => {
    expect(isoDate(value)).toBe(value);
  });
  it.each(['02/07/2025', '13/01/2024', 'yesterday', '2025-02-29', '2025-13-01', '2025-7-2', ''])(
    'refuses %j',
    (value) => {
      expect(() => isoDate(value)).toThrow(InvalidArgumentError);
      expect(() => isoDate(value)).toThrow(/ISO date, YYYY-MM-DD/);
    },
  );
});

describe('duration', () => {
  it.each(['30m', '8h', '30d', '366d', '1s'])('accepts %s', (value) => {
    expect(duration(value)).toBe(value);
  });
  it.each(['forever', '8', '0h', '367d', '1w', '1.5h', '-1h'])('refuses %j', (value) => {
    expect(() => duration(value)).toThrow(/lifetime such as 30m, 8h or 30d/);
  });
});
