/**
 * `hoctap demo`: loads the demo dataset (demo.data.ts) through the core's services, as the users
 * it invents would enter it, and removes it again. Which rows are the demo's is told by the audit
 * log, written in each change's own transaction: a row is the demo's when the first audit entry
 * naming it is by a demo actor (`demo:…`). Loading is idempotent: a finished load leaves a
 * `demo.load` entry with the dataset's version; a run that finds it changes nothing, and a run
 * that finds an interrupted or older load removes it first.
 *
 * It lives in the core because it is part of the product (`hoctap demo`, `hoctap start --demo`)
 * and writes through services the core does not export; unlike the benchmark generator, which
 * writes millions of rows in SQL, it is a few hundred rows entered one by one as users would.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { Role } from '../auth/roles.js';
import { mutate } from '../common/mutate.js';
import { DemoActors, demoContext, demoUnits, scoped, type DemoOptions } from './demo-actors.js';
import { writeDemoEvaluations, writeDemoVillages } from './demo-evaluations.service.js';
import {
  writeDemoAssociation,
  writeDemoCentres,
  writeDemoCommittees,
  writeDemoGnlc,
  writeDemoPlan,
  writeDemoSurveys,
} from './demo-programme.service.js';
import { removeDemoRows, type DemoRemoval } from './demo-removal.service.js';
import { todayInVietnam } from '../common/scalars.js';
import { DEMO_ACTOR_PREFIX, DEMO_EARLIEST_DAY, DEMO_VERSION } from './demo.data.js';

export type { DemoOptions } from './demo-actors.js';
export type { DemoRemoval } from './demo-removal.service.js';

export interface DemoLoadResult {
  status: 'loaded' | 'unchanged';
  version: number;
  /** What was written, by kind (a finished load's counts when unchanged). */
  counts: Record<string, number>;
  /** What an interrupted or older load left and this run removed first. */
  removedFirst: DemoRemoval | null;
  ms: number;
}

/** The last finished load: its version and counts, or null. */
export async function demoMarker(
  em: EntityManager,
): Promise<{ version: number; counts: Record<string, number> } | null> {
  const [row] = await em
    .fork()
    .execute<{ changes: { version: number; counts: Record<string, number> } }[]>(
      `select changes from audit_entry where action = 'demo.load' and actor like '${DEMO_ACTOR_PREFIX}%' order by id desc limit 1`,
    );
  return row?.changes ?? null;
}

async function anyDemoRows(em: EntityManager): Promise<boolean> {
  const [row] = await em
    .fork()
    .execute<{ found: boolean }[]>(
      `select exists (select 1 from audit_entry where actor like '${DEMO_ACTOR_PREFIX}%') as found`,
    );
  return row?.found === true;
}

export async function loadDemo(em: EntityManager, options: DemoOptions = {}): Promise<DemoLoadResult> {
  const started = Date.now();
  const say = options.onProgress ?? (() => undefined);
  const today = options.today ?? todayInVietnam();
  if (today < DEMO_EARLIEST_DAY)
    throw new Error(
      `The demo dataset records decisions up to ${DEMO_EARLIEST_DAY}; today (${today}) is earlier, and the platform refuses dates in the future.`,
    );
  const marker = await demoMarker(em);
  if (marker?.version === DEMO_VERSION) {
    say(`The demo dataset (version ${DEMO_VERSION}) is already loaded: nothing changed.`);
    return {
      status: 'unchanged',
      version: DEMO_VERSION,
      counts: marker.counts,
      removedFirst: null,
      ms: Date.now() - started,
    };
  }
  let removedFirst: DemoRemoval | null = null;
  if (marker || (await anyDemoRows(em))) {
    say(
      marker ? `Replacing the demo dataset of version ${marker.version} …` : 'Removing an unfinished demo load first …',
    );
    removedFirst = await removeDemo(em, options);
  }
  const actors = new DemoActors(em, await demoUnits(em), options);
  const counts: Record<string, number> = {};
  const step = async (what: string, work: () => Promise<Record<string, number>>) => {
    const t = Date.now();
    const written = await work();
    Object.assign(counts, written);
    const parts = Object.entries(written).map(([k, v]) => `${v} ${k}`);
    say(`  ${what.padEnd(34)} ${parts.join(', ')} (${Date.now() - t} ms)`);
  };
  say(
    `Loading the demo dataset into ${actors.units.oldProvince.name} (${actors.units.oldProvince.code}) → ` +
      `${actors.units.newProvince.name} (${actors.units.newProvince.code}) …`,
  );
  let villages: Awaited<ReturnType<typeof writeDemoVillages>> | undefined;
  await step('villages', async () => {
    villages = await writeDemoVillages(actors);
    return { villages: villages.villages.size };
  });
  await step('households, citizens, evaluations', () => writeDemoEvaluations(actors, villages!));
  await step('education surveys', () => writeDemoSurveys(actors, say));
  await step('steering committees', () => writeDemoCommittees(actors));
  await step('community learning centres', () => writeDemoCentres(actors));
  await step('study promotion association, fund', () => writeDemoAssociation(actors));
  await step('plan, tasks, task reports', () => writeDemoPlan(actors));
  await step('GNLC application', () => writeDemoGnlc(actors));
  await mutate(actors.admin(), 'demo', async (_tx, log) => {
    log.audit({ action: 'demo.load', entityType: 'Demo', changes: { version: DEMO_VERSION, counts } });
  });
  return { status: 'loaded', version: DEMO_VERSION, counts, removedFirst, ms: Date.now() - started };
}

/** Removes every demo row in one transaction, audited as the demo's removal. */
export async function removeDemo(em: EntityManager, options: DemoOptions = {}): Promise<DemoRemoval> {
  // Not a demo actor: the record of the removal stays when the next load is removed.
  const ctx = demoContext(em, { kind: 'user', subject: 'hoctap-demo', role: Role.ADMIN }, options);
  return mutate(ctx, 'demo', async (tx, log) => {
    const removed = await removeDemoRows(tx);
    log.audit({ action: 'demo.remove', entityType: 'Demo', changes: { removed } });
    return removed;
  });
}

/** Who the printed tokens are for: an officer of the new commune, of the new province, and an analyst. */
export async function demoTokenHolders(em: EntityManager) {
  const units = await demoUnits(em);
  return {
    communeOfficer: scoped(Role.OFFICER, units.newCommune),
    provinceOfficer: scoped(Role.OFFICER, units.newProvince),
    analyst: { kind: 'user' as const, subject: `${DEMO_ACTOR_PREFIX}analyst`, role: Role.ANALYST as const },
  };
}
