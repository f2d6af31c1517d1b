/**
 * Rolling a value recorded against a historical unit onto a later map (DOMAIN.md: "Data recorded
 * against a unit that no longer exists stays valid. Analysts must be able to see it on the map of
 * its own year or rolled up onto today's map").
 *
 * The rules, applied to every succession in force on the target date, transitively:
 * - a unit with no succession in force keeps its value (it is on the target map);
 * - FULL: the whole value passes to the successor;
 * - PARTIAL with a weight on every branch: the value is split in proportion to the weights;
 * - PARTIAL without weights: the whole value goes to ONE successor, the branch marked `primary`
 *   or else the successor with the smallest id (stable across runs), and the result is marked
 *   approximate: the data cannot say how the unit's people were divided;
 * - a unit both FULL and PARTIAL at once, two FULL successors, or a cycle is a data error.
 */

export interface SuccessionEdge {
  fromId: string;
  toId: string;
  kind: 'FULL' | 'PARTIAL';
  effectiveDate: string;
  weight?: number | null;
  primary?: boolean;
}

export interface RolledValue {
  unitId: string;
  value: number;
  approximate: boolean;
}

export type SuccessionGraph = ReadonlyMap<string, readonly SuccessionEdge[]>;

export function successionGraph(edges: readonly SuccessionEdge[]): SuccessionGraph {
  const graph = new Map<string, SuccessionEdge[]>();
  for (const edge of edges) graph.set(edge.fromId, [...(graph.get(edge.fromId) ?? []), edge]);
  return graph;
}

/** Where the value of one unit goes on the map of `asOf`, with the share each branch takes. */
function branches(
  unitId: string,
  edges: readonly SuccessionEdge[],
): { edge: SuccessionEdge; share: number; approximate: boolean }[] {
  const full = edges.filter((e) => e.kind === 'FULL');
  if (full.length > 0) {
    if (full.length !== edges.length) throw new Error(`Unit ${unitId} has both FULL and PARTIAL successions in force.`);
    if (full.length > 1)
      throw new Error(`Unit ${unitId} passes FULL to ${full.length} units; one of them must be PARTIAL.`);
    return [{ edge: full[0]!, share: 1, approximate: false }];
  }
  const weights = edges.map((e) => e.weight ?? 0);
  const total = weights.reduce((a, b) => a + b, 0);
  if (weights.every((w) => w > 0))
    return edges.map((edge, i) => ({ edge, share: weights[i]! / total, approximate: false }));
  const chosen =
    edges.find((e) => e.primary) ?? [...edges].sort((a, b) => (a.toId < b.toId ? -1 : a.toId > b.toId ? 1 : 0))[0]!;
  return [{ edge: chosen, share: 1, approximate: true }];
}

/** The value recorded against `unitId`, as it falls on the units of the map of `asOf`. */
export function rollUp(unitId: string, value: number, graph: SuccessionGraph, asOf: string): RolledValue[] {
  const result = new Map<string, RolledValue>();
  const walk = (id: string, amount: number, approximate: boolean, path: readonly string[]) => {
    if (path.includes(id)) throw new Error(`Successions form a cycle: ${[...path, id].join(' → ')}.`);
    const inForce = (graph.get(id) ?? []).filter((e) => e.effectiveDate <= asOf);
    if (inForce.length === 0) {
      const previous = result.get(id);
      result.set(id, {
        unitId: id,
        value: (previous?.value ?? 0) + amount,
        approximate: approximate || (previous?.approximate ?? false),
      });
      return;
    }
    for (const branch of branches(id, inForce))
      walk(branch.edge.toId, amount * branch.share, approximate || branch.approximate, [...path, id]);
  };
  walk(unitId, value, false, []);
  return [...result.values()];
}

/** Many values rolled up and summed per unit of the target map; approximate if any part was. */
export function rollUpMany(
  values: readonly { unitId: string; value: number }[],
  graph: SuccessionGraph,
  asOf: string,
): RolledValue[] {
  const totals = new Map<string, RolledValue>();
  for (const { unitId, value } of values) {
    for (const part of rollUp(unitId, value, graph, asOf)) {
      const previous = totals.get(part.unitId);
      totals.set(part.unitId, {
        unitId: part.unitId,
        value: (previous?.value ?? 0) + part.value,
        approximate: part.approximate || (previous?.approximate ?? false),
      });
    }
  }
  return [...totals.values()].sort((a, b) => (a.unitId < b.unitId ? -1 : 1));
}
