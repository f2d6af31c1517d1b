import type { EntityManager } from '@mikro-orm/postgresql';
import { assertAccess, assertMayReadRows, assertMayWrite, missingRecord } from '../auth/access.js';
import { isScoped } from '../auth/principal.js';
import { decideAccess, type Access } from '../auth/scope.rules.js';
import type { RequestContext } from '../common/context.js';
import { badInput, conflict, forbidden, unauthenticated, type FieldProblem } from '../common/errors.js';
import { assertVersion } from '../common/flush.js';
import { mutate, type MutationLog } from '../common/mutate.js';
import { idOfType } from '../common/node-id.js';
import { AdminUnit } from '../geography/admin-unit.entity.js';
import { findUnitByCode, geographyLoaders } from '../geography/geography.service.js';
import { registerWorkflowNode, workflowActions, type WorkflowNode } from '../workflows/workflow-kernel.js';
import { standingOf, type ActionDefinition } from '../workflows/workflow.rules.js';
import { applicableLevels, nextLevel, pendingBelow, unitAtLevel, type CoveredReport } from './approval.rules.js';
import { DataSetReport } from './data-set-report.entity.js';
import { COMBOS, dataSetOf, elementsOf, type CatalogueSet } from './reporting.catalogue.js';
import { servesProvince } from './reporting.extension.js';
import type { ApprovalLevel, DataSetDefinition, ReportValue } from './reporting.model.js';
import { DATA_SET_REPORT_WORKFLOW_ID } from './reporting.workflow.js';
import { expectedUnits, periodFor } from './reporting-status.service.js';
import { parsePeriod, type Period } from './period.rules.js';
import { mirrorSurvey } from './survey-mirror.js';
import { checkValues, runValidationRules, totalProblems, type Violation } from './validation.rules.js';

export const MAX_VALUES = 2000;

export interface SaveDataSetReportInput {
  dataSetCode: string;
  unitCode: string;
  period: string;
  values: { element: string; category?: string | null; value: string; comment?: string | null }[];
  expectedVersion?: number | null | undefined;
}

const keyOf = (v: Pick<ReportValue, 'element' | 'category'>) => `${v.element}.${v.category ?? ''}`;

/** The report's period (stored codes are always valid). */
const periodOf = (r: DataSetReport) => parsePeriod(r.period)!;

/** Scope from the lineage frozen on the report: no query. */
export function assertReportAccess(ctx: RequestContext, access: Access, report: Pick<DataSetReport, 'lineage'>): void {
  if (ctx.principal.kind === 'anonymous')
    throw unauthenticated('Đăng nhập / Sign in: anonymous callers see published data only.');
  const decision = decideAccess(ctx.principal, access, report.lineage);
  if (!decision.allowed) throw forbidden(decision.reason);
}

/** The validation rules the report's values break. */
export function violationsOf(ctx: RequestContext, report: Pick<DataSetReport, 'dataSetCode' | 'values'>): Violation[] {
  const { set } = dataSetOf(ctx, report.dataSetCode);
  return runValidationRules(set.validationRules, report.values);
}

/**
 * Creates or changes a unit's report of a data set for a period: authorised first (write access
 * to the unit on the period's last day), then checked (the period fits the data set, the unit is
 * of its reporting level on that map, every value fits its element), then saved. Values given
 * replace those of the same element and part, an empty value removes one, others are kept; only a
 * DRAFT report changes (a submitted one is returned first, an approved one is locked). Validation
 * rules the values break are warnings here (`violations`); SUBMIT refuses them.
 */
export async function saveDataSetReport(ctx: RequestContext, input: SaveDataSetReportInput): Promise<DataSetReport> {
  assertMayWrite(ctx);
  const prepared = await prepareSave(ctx, input);
  return mutate(ctx, 'data set report', async (tx, log) => (await writeReport(ctx, { tx, log }, prepared))!, {
    onUnique: () =>
      conflict(
        `The ${prepared.period.code} ${prepared.set.code} report of ${prepared.unit.code} was just created by someone else. Reload it and try again.`,
      ),
  });
}

/** A save checked outside the transaction: what `writeReport` needs. */
export interface PreparedSave {
  set: DataSetDefinition;
  period: Period;
  unit: { id: string; code: string };
  lineage: string[];
  lineageLevels: string[];
  removed: { element: string; category?: string | null }[];
  values: ReportValue[];
  expectedVersion: number | null;
}

/**
 * The checks of a save made before its transaction (access to the unit, the period, the unit's
 * level, every value against its element); throws BAD_USER_INPUT naming each problem.
 */
export async function prepareSave(ctx: RequestContext, input: SaveDataSetReportInput): Promise<PreparedSave> {
  const catalogued = dataSetOf(ctx, input.dataSetCode);
  const { set } = catalogued;
  const period = periodFor(set, input.period);
  const day = period.endOn;
  const unit = await findUnitByCode(ctx.em, input.unitCode, day);
  if (unit) await assertAccess(ctx, 'WRITE', unit.id, day);
  const problems: FieldProblem[] = [];
  if (!unit)
    problems.push({
      field: 'unitCode',
      rule: 'EXISTS',
      message: `names no unit on ${day}, the last day of ${period.code}`,
    });
  else if (unit.level !== set.reportingLevel)
    problems.push({
      field: 'unitCode',
      rule: 'REPORTING_LEVEL',
      message: `names a ${unit.level.toLowerCase()}; ${set.code} is reported by ${set.reportingLevel.toLowerCase()} units`,
    });
  if (set.validFrom > day || (set.validTo && set.validTo < period.startOn))
    problems.push({
      field: 'period',
      rule: 'DATA_SET_IN_USE',
      message: `${set.code} is in use from ${set.validFrom} to ${set.validTo ?? 'now'}`,
    });
  if (period.startOn > ctx.today)
    problems.push({ field: 'period', rule: 'NOT_FUTURE', message: `${period.code} has not begun` });
  if (input.values.length > MAX_VALUES)
    problems.push({ field: 'values', rule: 'MAX_ITEMS', message: `at most ${MAX_VALUES} values` });
  const elements = elementsOf(ctx);
  const removed = input.values.filter((v) => v.value.trim() === '');
  const given = input.values.filter((v) => v.value.trim() !== '');
  const checked = checkValues(
    given.map((v) => ({
      element: v.element,
      category: v.category ?? null,
      value: v.value,
      comment: v.comment ?? null,
    })),
    set.elements,
    elements,
    COMBOS,
  );
  // Problems name the input's own indexes, blanks included.
  const givenIndex = input.values.flatMap((v, i) => (v.value.trim() !== '' ? [i] : []));
  problems.push(
    ...checked.problems.map((p) => ({
      ...p,
      field: p.field.replace(/^values\[(\d+)\]/, (_m, i: string) => `values[${givenIndex[Number(i)]}]`),
    })),
  );
  if (problems.length > 0 || !unit) throw badInput(problems);
  const lineage = await geographyLoaders(ctx).lineage(day).load(unit.id);
  if (catalogued.plugin && !servesProvince(catalogued.plugin, lineage.at(-1), day))
    throw badInput([
      {
        field: 'dataSetCode',
        rule: 'PLUGIN_PROVINCE',
        message: `${set.code} is reported in the provinces of plugin ${catalogued.plugin.plugin} only`,
      },
    ]);
  const levels = await ctx.em.find(AdminUnit, { id: { $in: lineage } }, { fields: ['id', 'level'] });
  const levelOf = new Map(levels.map((u) => [u.id, u.level as string]));
  return {
    set,
    period,
    unit: { id: unit.id, code: unit.code },
    lineage,
    lineageLevels: lineage.map((id) => levelOf.get(id) ?? 'UNKNOWN'),
    removed,
    values: checked.values,
    expectedVersion: input.expectedVersion ?? null,
  };
}

/**
 * Writes a prepared save in the caller's transaction: the version and the report's state checked,
 * totals against parts, then the values changed and audited. With `skipUnchanged`, a save that
 * changes nothing writes nothing (and a locked report with the same values is no error): null.
 */
export async function writeReport(
  ctx: RequestContext,
  { tx, log }: { tx: EntityManager; log: MutationLog },
  prepared: PreparedSave,
  options: { skipUnchanged?: boolean } = {},
): Promise<DataSetReport | null> {
  const { set, period, unit } = prepared;
  let report = await tx.findOne(DataSetReport, { dataSetCode: set.code, unit: unit.id, period: period.code });
  const before = new Map((report?.values ?? []).map((v) => [keyOf(v), v]));
  const after = new Map(before);
  for (const v of prepared.removed) after.delete(keyOf({ element: v.element, category: v.category ?? null }));
  for (const v of prepared.values) after.set(keyOf(v), v);
  const changes: Record<string, [string | null, string | null]> = {};
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    const b = before.get(key)?.value ?? null;
    const a = after.get(key)?.value ?? null;
    if (b !== a) changes[key] = [b, a];
  }
  if (options.skipUnchanged && Object.keys(changes).length === 0 && (report || after.size === 0)) return null;
  const expected = prepared.expectedVersion;
  if (report && expected === null)
    throw conflict(
      `The ${period.code} ${set.code} report of ${unit.code} exists (version ${report.version}): give expectedVersion to change it.`,
      {
        currentVersion: report.version,
      },
    );
  if (report) assertVersion(report.version, expected!, 'data set report');
  if (report && report.state !== 'DRAFT')
    throw badInput([
      {
        field: 'values',
        rule: report.state === 'APPROVED' ? 'LOCKED' : 'NOT_EDITABLE',
        message:
          report.state === 'APPROVED'
            ? 'Báo cáo đã duyệt, số liệu bị khóa / the report is approved: its values are locked'
            : 'Báo cáo đã gửi: cấp duyệt trả lại thì mới sửa được / the report is submitted: it must be returned before its values change',
      },
    ]);
  const values = [...after.values()];
  const totals = totalProblems(values, elementsOf(ctx), COMBOS);
  if (totals.length > 0) throw badInput(totals);
  if (!report)
    report = tx.create(DataSetReport, {
      dataSetCode: set.code,
      unit: tx.getReference(AdminUnit, unit.id),
      period: period.code,
      lineage: prepared.lineage,
      lineageLevels: prepared.lineageLevels,
      values,
    });
  else {
    report.values = values;
    report.updatedAt = new Date();
  }
  log.audit({
    action: 'reporting.saveDataSetReport',
    entityType: 'DataSetReport',
    entityId: report.id,
    changes: { dataSet: set.code, unit: unit.code, period: period.code, values: changes },
  });
  return report;
}

/** The approval chain of a report: the levels that apply on its map, and the next to approve. */
function chainOf(ctx: RequestContext, report: DataSetReport) {
  const { set } = dataSetOf(ctx, report.dataSetCode);
  const applicable = applicableLevels(set.approvalLevels, report.lineageLevels);
  const approved = report.approvals.map((a) => a.level);
  const next = nextLevel(applicable, approved);
  return { set, applicable, next, approverId: next ? unitAtLevel(report.lineage, report.lineageLevels, next) : null };
}

/**
 * The expected reports the next level covers (its subtree's, on the period's map) and how far
 * each has been approved, read through `em`.
 */
async function coveredReports(
  em: EntityManager,
  catalogued: CatalogueSet,
  report: DataSetReport,
  approverId: string | null,
) {
  const period = periodOf(report);
  const units = await expectedUnits(em, catalogued.set, approverId, period);
  const reports = await em.find(
    DataSetReport,
    { dataSetCode: report.dataSetCode, period: report.period, unit: { $in: units.map((u) => u.id) } },
    { fields: ['id', 'unit', 'lineageLevels', 'approvals', 'state'] },
  );
  const byUnit = new Map(reports.map((r) => [r.unit.id, r]));
  return units.map((u): CoveredReport => {
    const r = byUnit.get(u.id);
    return {
      unitCode: u.code,
      reported: !!r && r.state !== 'DRAFT',
      applicable: r
        ? applicableLevels(catalogued.set.approvalLevels, r.lineageLevels)
        : applicableLevels(catalogued.set.approvalLevels, report.lineageLevels),
      approved: r?.approvals.map((a) => a.level) ?? [],
    };
  });
}

/**
 * Data set reports in the workflow kernel: scope and standing from the lineage frozen on the
 * report; the next approval level's unit stands AUTHORITY; the guards' facts are the validation
 * rules' violations, the next level and the covered reports still waiting below it.
 */
export const DATA_SET_REPORT_NODE: WorkflowNode<DataSetReport> = {
  typeName: 'DataSetReport',
  what: 'data set report',
  workflowId: DATA_SET_REPORT_WORKFLOW_ID,
  auditAction: 'reporting.transition',
  load: (em, id) => em.findOne(DataSetReport, id),
  provinceOf: (r) => r.lineage.at(-1),
  access: (ctx, report) => assertReportAccess(ctx, 'READ_ROWS', report),
  // Approvals of one data set and period are decided over each other's state: one at a time.
  lock: async (tx, r) =>
    void (await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [`reporting:${r.dataSetCode}:${r.period}`])),
  async caller(ctx, report, em) {
    const p = ctx.principal;
    const standing = standingOf({
      role: p.kind === 'user' ? p.role : null,
      scopeUnitId: isScoped(p) ? p.unitId : null,
      lineage: report.lineage,
      evaluatingIndex: 0,
    });
    const catalogued = dataSetOf(ctx, report.dataSetCode);
    const { next, applicable, approverId } = chainOf(ctx, report);
    const needsCover = next !== null && applicable.indexOf(next) > 0 && report.state !== 'DRAFT';
    const covered = needsCover ? await coveredReports(em ?? ctx.em, catalogued, report, approverId) : [];
    const last = report.approvals.at(-1);
    return {
      standing,
      atAuthority: isScoped(p) && approverId !== null && approverId === p.unitId,
      facts: {
        violations: runValidationRules(catalogued.set.validationRules, report.values),
        nextLevel: next,
        pendingBelow: next ? pendingBelow(next, covered) : [],
        approvedLastByCaller: !!last && (standing === 'ADMIN' || (isScoped(p) && last.unitId === p.unitId)),
      },
    };
  },
  async onTransition({ ctx, tx, log, record, action }) {
    const by = ctx.principal.kind === 'user' ? ctx.principal.subject : 'anonymous';
    if (action === 'SUBMIT') {
      record.submittedOn = ctx.today;
      await mirrorSurvey(tx, log, record);
    }
    if (action === 'APPROVE') {
      const { next, approverId } = chainOf(ctx, record);
      record.approvals = [
        ...record.approvals,
        { level: next as ApprovalLevel, unitId: approverId, approvedOn: ctx.today, by },
      ];
    }
    if (action === 'REOPEN') record.approvals = [];
    record.updatedAt = new Date();
  },
};
registerWorkflowNode(DATA_SET_REPORT_NODE);

export function dataSetReportActions(ctx: RequestContext, report: DataSetReport): Promise<ActionDefinition[]> {
  return workflowActions(ctx, DATA_SET_REPORT_NODE, report);
}

/** One report by global id, for a caller who may read the unit's rows. */
export async function readableDataSetReport(ctx: RequestContext, globalId: string): Promise<DataSetReport> {
  assertMayReadRows(ctx);
  const report = await ctx.em.findOne(DataSetReport, idOfType(globalId, 'DataSetReport'));
  if (!report) throw missingRecord(ctx, `No data set report has id ${globalId}.`);
  assertReportAccess(ctx, 'READ_ROWS', report);
  return report;
}

/** A unit's report of a data set for a period, or null when none is made yet. */
export async function findDataSetReport(
  ctx: RequestContext,
  dataSetCode: string,
  unitCode: string,
  periodCode: string,
): Promise<DataSetReport | null> {
  assertMayReadRows(ctx);
  const { set } = dataSetOf(ctx, dataSetCode);
  const period = periodFor(set, periodCode);
  const unit = await findUnitByCode(ctx.em, unitCode, period.endOn);
  if (!unit) return null;
  await assertAccess(ctx, 'READ_ROWS', unit.id, period.endOn);
  return ctx.em.findOne(DataSetReport, { dataSetCode: set.code, unit: unit.id, period: period.code });
}
