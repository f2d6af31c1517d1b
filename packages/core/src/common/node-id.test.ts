import { describe, expect, it } from 'vitest';
import { fromGlobalId, idOfType, toGlobalId } from './node-id.js';
import { decodeCursor, encodeCursor, pageWindow, toConnection } from './connection.js';

describe('global ids', () => {
  it('round-trip the type and id', () => {
    const id = toGlobalId('AdminUnit', '5b0c2a55-0000-4000-8000-000000000001');
    expect(fromGlobalId(id)).toEqual({ type: 'AdminUnit', id: '5b0c2a55-0000-4000-8000-000000000001' });
    expect(idOfType(id, 'AdminUnit')).toBe('5b0c2a55-0000-4000-8000-000000000001');
  });

  it('refuse garbage and ids of another type as BAD_USER_INPUT', () => {
    expect(() => fromGlobalId('garbage')).toThrow(/not an id/);
    const evaluation = toGlobalId('Evaluation', '5b0c2a55-0000-4000-8000-000000000002');
    expect(() => idOfType(evaluation, 'AdminUnit', 'unitId')).toThrow(/unitId: names a Evaluation/);
  });

  it.each([
    ['a payload that is not a UUID', toGlobalId('Subject', '1; drop table subject')],
    ['an empty id', toGlobalId('Subject', '')],
    ['a type that is not a name', toGlobalId('Sub ject', '5b0c2a55-0000-4000-8000-000000000001')],
    ['a NUL byte', toGlobalId('Subject', '5b0c2a55-0000-4000-8000-00000000000\u0000')],
    ['an id of 10,000 characters', 'A'.repeat(10_000)],
  ])('refuse %s as BAD_USER_INPUT before any lookup', (_case, id) => {
    expect(() => fromGlobalId(id)).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }),
    );
  });
});

describe('connections', () => {
  it('continue after the cursor of the last item', () => {
    expect(decodeCursor(encodeCursor(19))).toBe(20);
    expect(pageWindow({ first: 5, after: encodeCursor(9) })).toEqual({ limit: 5, offset: 10 });
  });

  it('refuse a page larger than 100 or a forged cursor', () => {
    expect(() => pageWindow({ first: 101 })).toThrow(/first: must be between 0 and 100/);
    expect(() => pageWindow({ after: 'bm9wZQ' })).toThrow(/after: is not a cursor/);
  });

  it('report whether more pages follow', () => {
    const connection = toConnection({ items: ['a', 'b'], totalCount: 5, offset: 2, limit: 2 });
    expect(connection.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: true,
      startCursor: encodeCursor(2),
      endCursor: encodeCursor(3),
    });
    expect(connection.edges.map((e) => e.node)).toEqual(['a', 'b']);
  });
});
