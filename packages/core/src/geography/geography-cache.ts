import type { EntityManager } from '@mikro-orm/postgresql';
import { successionGraph, type SuccessionGraph } from './rollup.rules.js';
import { READ } from '../common/read-your-writes.js';

/** What a table shows for a unit. */
export interface UnitLabel {
  readonly code: string;
  readonly name: string;
}

/** The map as analytics read it: provinces', districts' and communes' labels, and every succession. */
export interface GeographySnapshot {
  /** `analytics_geography_revision` when it was read. */
  readonly revision: bigint;
  readonly units: ReadonlyMap<string, UnitLabel>;
  readonly successions: SuccessionGraph;
}

/**
 * The map held in memory for analytics, so that a query costs one round trip instead of a second
 * one for names and successions after its data. A trigger bumps a revision on every write to
 * provinces, districts, communes or successions, in any process; each query reads the revision
 * alongside its own fetches, and a newer revision (or a unit the snapshot does not know, written
 * between the two reads) loads the map again, once. One cache per server: the map is national and
 * the same for every caller; what a caller may see is decided elsewhere.
 */
export class GeographyCache {
  private current: GeographySnapshot | null = null;
  private loading: Promise<GeographySnapshot> | null = null;

  /** The map's revision now; read in parallel with a query's fetches. */
  static async revision(em: EntityManager): Promise<bigint> {
    const [row] = await em.execute<{ revision: string }[]>(
      'select revision::text as revision from analytics_geography_revision',
      [],
      READ,
    );
    return BigInt(row?.revision ?? 0);
  }

  /** A snapshot at least as new as `revision` that, if it can, knows every unit in `unitIds`. */
  async snapshot(em: EntityManager, revision: bigint, unitIds: readonly string[]): Promise<GeographySnapshot> {
    const current = this.current;
    if (current && current.revision >= revision && unitIds.every((id) => current.units.has(id))) return current;
    const loaded = await this.shared(em);
    // A load already running may have begun before the revision was read: then one more.
    // A unit still unknown after that is shown by its id (it was deleted since).
    return loaded.revision >= revision ? loaded : this.shared(em);
  }

  /** Concurrent requests wait for one load. */
  private shared(em: EntityManager): Promise<GeographySnapshot> {
    this.loading ??= load(em)
      .then((loaded) => {
        if (!this.current || loaded.revision >= this.current.revision) this.current = loaded;
        return loaded;
      })
      .finally(() => {
        this.loading = null;
      });
    return this.loading;
  }
}

async function load(em: EntityManager): Promise<GeographySnapshot> {
  const [row] = await em.execute<
    {
      revision: string;
      units: [string, string, string][] | null;
      edges: [string, string, 'FULL' | 'PARTIAL', string, number | null][] | null;
    }[]
  >(
    // One statement, so the revision is the one the rows were read at.
    `select (select revision::text from analytics_geography_revision) as revision,
       (select json_agg(json_build_array(id, code, name)) from admin_unit where level <> 'VILLAGE') as units,
       (select json_agg(json_build_array(from_id, to_id, kind, to_char(effective_date, 'YYYY-MM-DD'), weight))
          from admin_unit_succession) as edges`,
    [],
    READ,
  );
  return {
    revision: BigInt(row?.revision ?? 0),
    units: new Map((row?.units ?? []).map(([id, code, name]) => [id, { code, name }])),
    successions: successionGraph(
      (row?.edges ?? []).map(([fromId, toId, kind, effectiveDate, weight]) => ({
        fromId,
        toId,
        kind,
        effectiveDate,
        weight: weight === null ? null : Number(weight),
      })),
    ),
  };
}
