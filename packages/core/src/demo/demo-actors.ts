import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal, ScopedPrincipal } from '../auth/principal.js';
import { Role } from '../auth/roles.js';
import { LoaderRegistry, type RequestContext } from '../common/context.js';
import { todayInVietnam } from '../common/scalars.js';
import type { AdminUnit } from '../geography/admin-unit.entity.js';
import { findUnitByCode } from '../geography/geography.service.js';
import type { PluginRuntime } from '../plugins/plugin-runtime.js';
import { DEMO_ACTOR_PREFIX, DEMO_UNITS, type DemoUnitKey } from './demo.data.js';

export interface DemoOptions {
  /** Today's date (Vietnam); default the real one. The dataset needs a day after 26/3/2026. */
  today?: string;
  /** The server's plugins, so that their workflow steps apply (Đồng Tháp's GNLC endorsement). */
  plugins?: PluginRuntime;
  onProgress?: (line: string) => void;
}

export type DemoUnits = Record<DemoUnitKey, AdminUnit>;

/** The units the demo writes into; a clear refusal when the national map is not there. */
export async function demoUnits(em: EntityManager): Promise<DemoUnits> {
  const entries = await Promise.all(
    (Object.entries(DEMO_UNITS) as [DemoUnitKey, { code: string; asOf: string }][]).map(
      async ([key, { code, asOf }]) => [key, await findUnitByCode(em.fork(), code, asOf)] as const,
    ),
  );
  const missing = entries
    .filter(([, unit]) => !unit)
    .map(([key]) => `${DEMO_UNITS[key].code} on ${DEMO_UNITS[key].asOf}`);
  if (missing.length > 0)
    throw new Error(
      `The demo needs the national map (it writes into Đồng Tháp 87 → 82), but no unit has ${missing.join(', ')}. ` +
        'Run `hoctap migrate` (which loads the map) first.',
    );
  return Object.fromEntries(entries) as DemoUnits;
}

/** The demo's actors: each acts as a user of its role would, through the same services. */
export class DemoActors {
  readonly today: string;

  constructor(
    private readonly em: EntityManager,
    readonly units: DemoUnits,
    private readonly options: DemoOptions = {},
  ) {
    this.today = options.today ?? todayInVietnam();
  }

  /** A national administrator of the demo. */
  admin(): RequestContext {
    return this.as({ kind: 'user', subject: `${DEMO_ACTOR_PREFIX}admin`, role: Role.ADMIN });
  }

  officer(unit: DemoUnitKey): RequestContext {
    return this.as(scoped(Role.OFFICER, this.units[unit]));
  }

  association(unit: DemoUnitKey): RequestContext {
    return this.as(scoped(Role.ASSOCIATION, this.units[unit]));
  }

  /** A request context of its own for each call, as each request has. */
  as(principal: Principal): RequestContext {
    return demoContext(this.em, principal, { ...this.options, today: this.today });
  }
}

/** A request context for one call: a fresh EntityManager and loaders, no request around it. */
export function demoContext(em: EntityManager, principal: Principal, options: DemoOptions = {}): RequestContext {
  return {
    principal,
    em: em.fork(),
    loaders: new LoaderRegistry(),
    requestId: 'hoctap-demo',
    logger: { info: () => undefined, warn: () => undefined, error: () => undefined },
    today: options.today ?? todayInVietnam(),
    ...(options.plugins ? { plugins: options.plugins } : {}),
  };
}

/** A scoped demo user; its subject says what it is (`demo:officer-30178`). */
export function scoped(role: Role.OFFICER | Role.ASSOCIATION, unit: AdminUnit): ScopedPrincipal {
  return {
    kind: 'user',
    subject: `${DEMO_ACTOR_PREFIX}${role.toLowerCase()}-${unit.code}`,
    role,
    unitId: unit.id,
    unitCode: unit.code,
  };
}
