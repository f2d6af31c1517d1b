import { describe, expect, it } from 'vitest';
import { searchQuery } from './geography.service.js';

describe('searchQuery', () => {
  it.each([
    ['dong thap', 'dong & thap:*'],
    ['  Đồng   Tháp ', 'Đồng & Tháp:*'],
    ['Phường 1', 'Phường & 1:*'],
    ['tan-hoa (ấp)', 'tan & hoa & ấp:*'],
    ['x', 'x:*'],
    ['!!!', null],
    ["a' | b & !c", 'a & b & c:*'],
  ])('%j becomes %j', (input, expected) => {
    expect(searchQuery(input)).toBe(expected);
  });
});
