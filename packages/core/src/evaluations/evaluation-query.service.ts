import DataLoader from 'dataloader';
import { lineageScope } from '../auth/covered-units.js';
import type { RequestContext } from '../common/context.js';
import { encodeCursor } from '../common/connection.js';
import { CriteriaSet } from '../criteria/criteria-set.entity.js';
import { ratingDay } from '../criteria/criteria.service.js';
import { WorkflowTransition } from '../workflows/workflow-transition.entity.js';
import { Evaluation } from './evaluation.entity.js';
import { RecognitionDecision } from './recognition-decision.entity.js';
import {
  EvaluationSortField,
  SortDirection,
  type EvaluationFilterInput,
  type EvaluationOrderInput,
} from './evaluation.types.js';

// Ids are time-ordered, so the primary key serves the default order without a sort.
const SORT_COLUMNS: Record<EvaluationSortField, string> = {
  CREATED: 'e.id',
  YEAR: 'e.year',
  TOTAL: 'e.total',
  UPDATED_AT: 'e.updated_at',
};

/** Where-clauses and their parameters for a filter, with the caller's scope applied. */
async function filterSql(ctx: RequestContext, filter: EvaluationFilterInput) {
  // A lineage is frozen as of its year: a unit's evaluations include those of the units it
  // succeeded (codes were reused after 1/7/2025; auth/covered-units.ts).
  const { where, params } = await lineageScope(ctx, {
    lineageColumn: 'e.lineage',
    unitCode: filter.unitCode,
    asOf: filter.asOf ?? (filter.year ? ratingDay(filter.year) : ctx.today),
  });
  const eq = (column: string, value: unknown) => {
    if (value === undefined || value === null) return;
    where.push(`${column} = ?`);
    params.push(value);
  };
  eq('e.year', filter.year);
  eq('e.model_kind', filter.modelKind);
  eq('e.rating', filter.rating);
  eq('e.recognised', filter.recognised);
  if (filter.yearFrom !== undefined && filter.yearFrom !== null) {
    where.push('e.year >= ?');
    params.push(filter.yearFrom);
  }
  if (filter.yearTo !== undefined && filter.yearTo !== null) {
    where.push('e.year <= ?');
    params.push(filter.yearTo);
  }
  if (filter.states?.length) {
    where.push('e.state = any(?::text[])');
    params.push(`{${filter.states.map((s) => JSON.stringify(s)).join(',')}}`);
  }
  if (filter.subjectKind) {
    where.push('exists (select 1 from subject s where s.id = e.subject_id and s.kind = ?)');
    params.push(filter.subjectKind);
  }
  if (filter.criteriaSetCode) {
    where.push('e.criteria_set_id = (select id from criteria_set where code = ?)');
    params.push(filter.criteriaSetCode);
  }
  return { where: where.length ? `where ${where.join(' and ')}` : '', params };
}

/**
 * One page of evaluations in one statement. The total is counted only when a client asks for
 * `totalCount`: counting a province's million rows costs more than the page itself.
 */
export async function listEvaluations(
  ctx: RequestContext,
  filter: EvaluationFilterInput,
  options: { order: EvaluationOrderInput | null; limit: number; offset: number },
) {
  const { where, params } = await filterSql(ctx, filter);
  const order = options.order ?? { field: EvaluationSortField.CREATED, direction: SortDirection.DESC };
  const dir = order.direction === SortDirection.ASC ? 'asc' : 'desc';
  const nulls = order.field === EvaluationSortField.TOTAL ? ` nulls ${dir === 'asc' ? 'first' : 'last'}` : '';
  const rows = await ctx.em.execute<Record<string, unknown>[]>(
    `select e.* from evaluation e ${where} order by ${SORT_COLUMNS[order.field]} ${dir}${nulls}${order.field === EvaluationSortField.CREATED ? '' : `, e.id ${dir}`} limit ? offset ?`,
    [...params, options.limit + 1, options.offset],
  );
  const hasNextPage = rows.length > options.limit;
  const items = rows.slice(0, options.limit).map((row) => ctx.em.map(Evaluation, row));
  const edges = items.map((node, i) => ({ node, cursor: encodeCursor(options.offset + i) }));
  return {
    edges,
    nodes: items,
    // A thenable, not a promise: GraphQL awaits it only when the client selects the field.
    // A thenable, not a promise: the count runs only if the client selects the field, and once.
    totalCount: lazily(async () => {
      const [row] = await ctx.em.execute<{ n: string }[]>(`select count(*) as n from evaluation e ${where}`, params);
      return Number(row?.n ?? 0);
    }),
    pageInfo: {
      hasNextPage,
      hasPreviousPage: options.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

function lazily<T>(run: () => Promise<T>): PromiseLike<T> {
  let started: Promise<T> | null = null;
  return {
    then(resolve, reject) {
      started ??= run();
      return started.then(resolve, reject);
    },
  };
}

function byIdLoader<T extends { id: string }>(ctx: RequestContext, key: string, load: (ids: string[]) => Promise<T[]>) {
  return ctx.loaders.get(
    key,
    () =>
      new DataLoader<string, T | null>(async (ids) => {
        const rows = await load([...ids]);
        const byId = new Map(rows.map((r) => [r.id, r]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
  );
}

export function evaluationLoaders(ctx: RequestContext) {
  return {
    criteriaSet: byIdLoader(ctx, 'evaluations.criteriaSet', (ids) => ctx.em.find(CriteriaSet, { id: { $in: ids } })),
    decision: byIdLoader(ctx, 'evaluations.decision', (ids) => ctx.em.find(RecognitionDecision, { id: { $in: ids } })),
    history: ctx.loaders.get(
      'evaluations.history',
      () =>
        new DataLoader<string, WorkflowTransition[]>(async (ids) => {
          const rows = await ctx.em.find(
            WorkflowTransition,
            { targetId: { $in: [...ids] } },
            { orderBy: { at: 'asc', id: 'asc' } },
          );
          const byTarget = Map.groupBy(rows, (r) => r.targetId);
          return ids.map((id) => byTarget.get(id) ?? []);
        }),
    ),
  };
}
