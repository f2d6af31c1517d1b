import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import { badInput } from './errors.js';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ObjectType({ description: 'Where a page of a connection starts and ends (Relay cursor connections).' })
export class PageInfo {
  @Field(() => Boolean, { description: 'True when more items follow this page.' })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'True when items precede this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item of the page.' })
  startCursor!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last item; pass it as `after` for the next page.',
  })
  endCursor!: string | null;
}

/** Offset cursors: opaque to clients, stable for a given filter and sort. */
export function encodeCursor(offset: number): string {
  return Buffer.from(`offset:${offset}`).toString('base64url');
}

export function decodeCursor(cursor: string | null | undefined): number {
  if (cursor === null || cursor === undefined) return 0;
  const match = /^offset:(\d+)$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match?.[1]) throw badInput([{ field: 'after', rule: 'CURSOR', message: 'is not a cursor this API issued' }]);
  return Number(match[1]) + 1;
}

export interface PageArgs {
  first?: number | null | undefined;
  after?: string | null | undefined;
}

/** Checks `first`/`after` and turns them into a limit and offset. */
export function pageWindow(args: PageArgs): { limit: number; offset: number } {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
    throw badInput([{ field: 'first', rule: 'RANGE', message: `must be between 0 and ${MAX_PAGE_SIZE}` }]);
  }
  return { limit: first, offset: decodeCursor(args.after) };
}

export interface Page<T> {
  items: T[];
  totalCount: number;
  offset: number;
  limit: number;
}

export function toConnection<T>(page: Page<T>) {
  const edges = page.items.map((node, i) => ({ node, cursor: encodeCursor(page.offset + i) }));
  return {
    edges,
    nodes: page.items,
    totalCount: page.totalCount,
    pageInfo: {
      hasNextPage: page.offset + page.items.length < page.totalCount,
      hasPreviousPage: page.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/**
 * A value computed only when awaited, and once: GraphQL awaits a thenable only when the client
 * selects the field, so an expensive total is counted only for clients that ask for it.
 */
export function lazily<T>(run: () => Promise<T>): PromiseLike<T> {
  let started: Promise<T> | null = null;
  return {
    then(resolve, reject) {
      started ??= run();
      return started.then(resolve, reject);
    },
  };
}

/**
 * A connection from a page fetched with one row more than asked (which tells whether more
 * follow) and a total counted on demand.
 */
export function toLazyConnection<T>(
  rows: T[],
  window: { limit: number; offset: number },
  count: () => Promise<number>,
) {
  const items = rows.slice(0, window.limit);
  const edges = items.map((node, i) => ({ node, cursor: encodeCursor(window.offset + i) }));
  return {
    edges,
    nodes: items,
    totalCount: lazily(count),
    pageInfo: {
      hasNextPage: rows.length > window.limit,
      hasPreviousPage: window.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** Declares `<Name>Edge` and `<Name>Connection` GraphQL types for a node type. */
export function connectionOf<T extends object>(
  node: ClassType<T> | (abstract new () => T),
  name: string,
  description: string,
) {
  @ObjectType(`${name}Edge`, { description: `One ${name} in a page, with its cursor.` })
  class Edge {
    @Field(() => node, { description: 'The item.' })
    node!: T;

    @Field(() => String, { description: 'Opaque cursor of this item; pass it as `after` to continue after it.' })
    cursor!: string;
  }

  @ObjectType(`${name}Connection`, { description })
  class Connection {
    @Field(() => [Edge], { description: 'The items of this page with their cursors.' })
    edges!: Edge[];

    @Field(() => [node], { description: 'The items of this page, without cursors.' })
    nodes!: T[];

    @Field(() => PageInfo, { description: 'Where this page starts and ends.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many items match the filter, over all pages.' })
    totalCount!: number;
  }

  return Connection;
}
