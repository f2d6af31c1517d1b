import { describe, expect, it } from 'vitest';
import { diff } from './audit.service.js';

describe('diff', () => {
  it('lists only the fields that changed, with before and after', () => {
    expect(diff({ name: 'A', level: 1, same: [1] }, { name: 'B', level: 1, same: [1], added: true })).toEqual({
      name: ['A', 'B'],
      added: [undefined, true],
    });
  });

  it('is empty when nothing changed', () => {
    expect(diff({ a: { b: 1 } }, { a: { b: 1 } })).toEqual({});
  });
});
