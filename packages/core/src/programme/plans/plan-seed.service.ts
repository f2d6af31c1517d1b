/**
 * Plans a province plugin ships as reference data (its plan document and the tasks in it). They
 * are matched by issuer and document number, and tasks by code, so loading them again changes
 * only what changed and never duplicates a plan officers already report against.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { provenanceProblems, type Provenance } from '../../common/provenance.js';
import { AdminUnit } from '../../geography/admin-unit.entity.js';
import { findUnitByCode } from '../../geography/geography.service.js';
import { canonicalJson } from '../../criteria/criteria.service.js';
import { agencyNames } from '../agencies/agency.service.js';
import { matchAgency } from '../agencies/agency.rules.js';
import { Plan, PlanTask, type ReportingCycle } from './plan.entity.js';
import { checkPlan, checkTask } from './plan.rules.js';

export interface TaskSeed {
  readonly section: string;
  readonly code: string;
  readonly title: string;
  readonly lead: string;
  /** The unit whose officers report for the lead; by default the plan's issuer. */
  readonly leadUnitCode?: string;
  readonly coordinators?: readonly string[];
  readonly dueOn?: string;
  readonly reportingCycle: ReportingCycle;
  /** Whether the plan states the cycle (or due date); say `unverified(…)` where it is assumed. Default: stated. */
  readonly cycleProvenance?: Provenance;
}

export interface PlanSeed {
  /** The issuing unit's code on `issuedOn` (for a province plugin, its province). */
  readonly issuerCode: string;
  readonly title: string;
  readonly documentNumber: string;
  readonly issuedOn: string;
  readonly periodFrom: string;
  readonly periodTo: string;
  readonly legalBasis: string;
  /**
   * The issuing agency as the plan names it (e.g. "UBND tỉnh Đồng Tháp"), matched to the agencies'
   * reference data like the tasks' lead and coordinators; its grants accept the reports.
   */
  readonly issuerAgency?: string;
  readonly tasks: readonly TaskSeed[];
  /** Whether the document number and date of issue are stated by the source. Default: stated. */
  readonly issueProvenance?: Provenance;
  /** Whether the period and tasks listed are the plan's own. Default: stated. */
  readonly contentProvenance?: Provenance;
}

/** Problems with a seed, before anything is written; messages name the plan and the task. */
export function checkPlanSeed(seed: PlanSeed, today: string): string[] {
  const at = `plan ${seed.documentNumber}`;
  const problems = checkPlan(seed, today).map((p) => `${at}: ${p.field}: ${p.message}`);
  if (seed.issueProvenance) problems.push(...provenanceProblems(seed.issueProvenance, `${at}: issueProvenance`));
  if (seed.contentProvenance) problems.push(...provenanceProblems(seed.contentProvenance, `${at}: contentProvenance`));
  const codes = new Set<string>();
  for (const task of seed.tasks) {
    if (codes.has(task.code)) problems.push(`${at}: task ${task.code} appears twice`);
    codes.add(task.code);
    problems.push(...checkTask(task, seed).map((p) => `${at}: task ${task.code}: ${p.field}: ${p.message}`));
    if (task.cycleProvenance)
      problems.push(...provenanceProblems(task.cycleProvenance, `${at}: task ${task.code}: cycleProvenance`));
  }
  return problems;
}

/** Writes the seeds; returns how many plans and tasks were created or changed. Throws naming any bad seed. */
export async function upsertPlanSeeds(em: EntityManager, seeds: readonly PlanSeed[], today: string): Promise<number> {
  const problems = seeds.flatMap((s) => checkPlanSeed(s, today));
  if (problems.length > 0) throw new Error(`Bad plan seeds:\n  ${problems.join('\n  ')}`);
  let changed = 0;
  // Strings are matched to agencies by name or alias only; one that names none stays text, with
  // its code null (PlanTask.unmatchedAgencyNames reports it), never an agency made up for it.
  const agencies = await agencyNames(em);
  for (const seed of seeds) {
    const issuer = await unitOrFail(em, seed.issuerCode, seed.issuedOn, `plan ${seed.documentNumber}`);
    const match = (text: string) => matchAgency(text, [issuer.id], agencies);
    const values = {
      issuerAgencyCode: seed.issuerAgency ? match(seed.issuerAgency) : null,
      title: seed.title,
      issuedOn: seed.issuedOn,
      periodFrom: seed.periodFrom,
      periodTo: seed.periodTo,
      legalBasis: seed.legalBasis,
      issueProvenance: seed.issueProvenance ?? null,
      contentProvenance: seed.contentProvenance ?? null,
    };
    let plan = await em.findOne(Plan, { issuer: issuer.id, documentNumber: seed.documentNumber });
    if (!plan) {
      plan = em.create(Plan, {
        issuer: em.getReference(AdminUnit, issuer.id),
        documentNumber: seed.documentNumber,
        ...values,
      });
      changed++;
    } else if (!same(plan, values)) {
      em.assign(plan, values);
      changed++;
    }
    const tasks = new Map((await em.find(PlanTask, { plan })).map((t) => [t.code, t]));
    for (const task of seed.tasks) {
      const leadUnit = task.leadUnitCode
        ? await unitOrFail(em, task.leadUnitCode, seed.issuedOn, `plan ${seed.documentNumber} task ${task.code}`)
        : issuer;
      const taskValues = {
        section: task.section,
        title: task.title,
        lead: task.lead,
        leadAgencyCode: match(task.lead),
        leadUnit: em.getReference(AdminUnit, leadUnit.id),
        coordinators: [...(task.coordinators ?? [])],
        coordinatorAgencyCodes: (task.coordinators ?? []).map(match),
        dueOn: task.dueOn ?? null,
        reportingCycle: task.reportingCycle,
        cycleProvenance: task.cycleProvenance ?? null,
      };
      const current = tasks.get(task.code);
      if (!current) {
        em.create(PlanTask, { plan, code: task.code, ...taskValues });
        changed++;
      } else if (!same(current, { ...taskValues, leadUnit: undefined }) || current.leadUnit.id !== leadUnit.id) {
        em.assign(current, taskValues);
        changed++;
      }
    }
  }
  await em.flush();
  return changed;
}

async function unitOrFail(em: EntityManager, code: string, day: string, what: string): Promise<AdminUnit> {
  const unit = await findUnitByCode(em, code, day);
  if (!unit) throw new Error(`${what}: no administrative unit has code ${code} on ${day}.`);
  return unit;
}

function same(entity: object, values: Record<string, unknown>): boolean {
  const current = Object.fromEntries(
    Object.keys(values)
      .filter((k) => values[k] !== undefined)
      .map((k) => [k, (entity as Record<string, unknown>)[k] ?? null]),
  );
  const wanted = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined));
  return canonicalJson(current) === canonicalJson(wanted);
}
