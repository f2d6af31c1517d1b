import type { EntityManager } from '@mikro-orm/postgresql';
import { unauthenticated } from '../common/errors.js';
import { isScoped, type Principal } from './principal.js';
import { READ } from '../common/read-your-writes.js';

/**
 * A scoped token's unit must exist, and its code must be the one the token states: a signed token
 * naming a unit that is not there (or another unit's code) is refused as UNAUTHENTICATED instead
 * of failing later inside a query. An id always names the same unit with the same code (a reused
 * code belongs to a new unit with a new id), so a unit checked once stays good; the cache is
 * bounded and refreshed, and holds nothing two servers could disagree on.
 */
export class ScopeUnitCheck {
  private readonly known = new Map<string, { code: string; until: number }>();

  constructor(
    private readonly ttlMs = 5 * 60_000,
    private readonly maxEntries = 10_000,
  ) {}

  async assertKnown(em: EntityManager, principal: Principal, now = Date.now()): Promise<void> {
    if (!isScoped(principal)) return;
    const hit = this.known.get(principal.unitId);
    let code = hit && hit.until > now ? hit.code : undefined;
    if (code === undefined) {
      const [row] = await em.execute<{ code: string }[]>(
        'select code from admin_unit where id = ?',
        [principal.unitId],
        READ,
      );
      if (!row) throw unauthenticated('The token is not valid: the unit it names does not exist.');
      code = row.code;
      if (this.known.size >= this.maxEntries) this.known.delete(this.known.keys().next().value!);
      this.known.set(principal.unitId, { code, until: now + this.ttlMs });
    }
    if (code !== principal.unitCode)
      throw unauthenticated('The token is not valid: its unit code does not match its unit.');
  }
}
