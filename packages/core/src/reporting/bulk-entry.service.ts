/**
 * Bulk entry of a data set: the template's content (the expected units of the caller's subtree
 * with their current values) and an import that checks every row and saves all or none.
 */
import { assertAccess, assertMayReadRows, assertMayWrite } from '../auth/access.js';
import { isScoped } from '../auth/principal.js';
import type { RequestContext } from '../common/context.js';
import { badInput, isDomainError, notFound, type FieldProblem } from '../common/errors.js';
import { mutate } from '../common/mutate.js';
import { findUnitByCode } from '../geography/geography.service.js';
import {
  cellOf,
  readGrid,
  templateColumns,
  type CellProblem,
  type SheetGrid,
  type TemplateColumn,
} from './bulk-entry.rules.js';
import { DataSetReport } from './data-set-report.entity.js';
import { COMBOS, dataSetOf, elementsOf } from './reporting.catalogue.js';
import type { DataSetDefinition } from './reporting.model.js';
import { expectedUnits, periodFor } from './reporting-status.service.js';
import { prepareSave, writeReport, type PreparedSave } from './reporting.service.js';
import { runValidationRules, describeViolation } from './validation.rules.js';

export interface TemplateRow {
  unitCode: string;
  unitName: string;
  version: number | null;
  state: string | null;
  values: ReadonlyMap<string, string>;
}

export interface DataSetTemplate {
  set: DataSetDefinition;
  period: string;
  columns: TemplateColumn[];
  rows: TemplateRow[];
}

/**
 * The template of a data set for a period under a unit: signed in and allowed to read the unit's
 * rows first, then each expected unit of its subtree with its report's version, state and values.
 */
export async function dataSetTemplate(
  ctx: RequestContext,
  dataSetCode: string,
  unitCode: string,
  periodCode: string,
): Promise<DataSetTemplate> {
  assertMayReadRows(ctx);
  const { set } = dataSetOf(ctx, dataSetCode);
  const period = periodFor(set, periodCode);
  if (!unitCode)
    throw badInput([
      { field: 'unitCode', rule: 'REQUIRED', message: 'give the unit whose subtree the template lists' },
    ]);
  const unit = await findUnitByCode(ctx.em, unitCode, period.endOn);
  if (!unit)
    throw notFound(`No administrative unit has code ${unitCode} on ${period.endOn}, the last day of ${periodCode}.`);
  await assertAccess(ctx, 'READ_ROWS', unit.id, period.endOn);
  const units = await expectedUnits(ctx.em, set, unit.id, period);
  const reports = await ctx.em.find(DataSetReport, {
    dataSetCode: set.code,
    period: period.code,
    unit: { $in: units.map((u) => u.id) },
  });
  const byUnit = new Map(reports.map((r) => [r.unit.id, r]));
  return {
    set,
    period: period.code,
    columns: templateColumns(set, elementsOf(ctx), COMBOS),
    rows: units.map((u) => {
      const r = byUnit.get(u.id);
      return {
        unitCode: u.code,
        unitName: u.name,
        version: r?.version ?? null,
        state: r?.state ?? null,
        values: new Map((r?.values ?? []).map((v) => [v.category ? `${v.element}.${v.category}` : v.element, v.value])),
      };
    }),
  };
}

export interface ImportResult {
  dataSetCode: string;
  period: string;
  /** True when every row was saved; false: nothing was. */
  saved: boolean;
  rows: number;
  changed: number;
  errors: CellProblem[];
  /** LOW validation rules broken (they do not block). */
  warnings: CellProblem[];
}

const problemsOf = (error: unknown): FieldProblem[] | null => {
  if (!isDomainError(error)) return null;
  const listed = error.extensions.problems as FieldProblem[] | undefined;
  return listed ?? [{ field: 'unitCode', rule: error.code, message: error.message }];
};

/** Rolls the import's transaction back once any row failed in it. */
class RowsFailed extends Error {}

/**
 * Imports a filled template (read by `readSheet`): signed in and allowed to write first; then every row checked (the
 * unit expected in the caller's subtree for the period, access, each value against its element),
 * then in one transaction each changed row saved as `saveDataSetReport` saves it (version, lock,
 * totals, audit) and the data set's validation rules run: a blocking one broken is an error here.
 * One error anywhere and nothing is saved; the answer names each failing cell.
 */
export async function importDataSet(
  ctx: RequestContext,
  dataSetCode: string,
  periodCode: string,
  readSheet: () => Promise<SheetGrid>,
): Promise<ImportResult> {
  assertMayWrite(ctx);
  const { set } = dataSetOf(ctx, dataSetCode);
  const period = periodFor(set, periodCode);
  // The upload is read only once the caller may write and the data set and period are known.
  const grid = await readSheet();
  const columns = templateColumns(set, elementsOf(ctx), COMBOS);
  const { rows, problems: errors } = readGrid(grid, columns);
  const warnings: CellProblem[] = [];
  const result = (saved: boolean, changed: number): ImportResult => ({
    dataSetCode: set.code,
    period: period.code,
    saved,
    rows: rows.length,
    changed,
    errors,
    warnings,
  });
  if (errors.some((e) => e.row === 3 || e.row === null)) return result(false, 0);
  const p = ctx.principal;
  const rootId = isScoped(p) ? p.unitId : null;
  const expected = new Set((await expectedUnits(ctx.em, set, rootId, period)).map((u) => u.code));
  const prepared: { row: (typeof rows)[number]; save: PreparedSave }[] = [];
  for (const row of rows) {
    const at = (field: string, rule: string, message: string, term?: string): CellProblem => ({
      row: row.row,
      column: cellOf(row, field, term),
      field,
      rule,
      message,
    });
    if (!expected.has(row.unitCode)) {
      errors.push(
        at(
          'unitCode',
          'EXPECTED_UNIT',
          `${row.unitCode} is not expected to report ${set.code} for ${period.code} in your scope`,
        ),
      );
      continue;
    }
    try {
      const save = await prepareSave(ctx, {
        dataSetCode: set.code,
        unitCode: row.unitCode,
        period: period.code,
        values: row.values,
        expectedVersion: row.expectedVersion,
      });
      prepared.push({ row, save });
    } catch (error) {
      const listed = problemsOf(error);
      if (!listed) throw error;
      errors.push(...listed.map((q) => at(q.field, q.rule, q.message)));
    }
  }
  if (errors.length > 0) return result(false, 0);
  let changed = 0;
  try {
    await mutate(ctx, 'data set reports', async (tx, log) => {
      for (const { row, save } of prepared) {
        const at = (field: string, rule: string, message: string, term?: string): CellProblem => ({
          row: row.row,
          column: cellOf(row, field, term),
          field,
          rule,
          message,
        });
        try {
          const report = await writeReport(ctx, { tx, log }, save, { skipUnchanged: true });
          if (!report) continue;
          changed += 1;
          for (const v of runValidationRules(set.validationRules, report.values)) {
            const rule = set.validationRules.find((r) => r.code === v.rule);
            (v.blocking ? errors : warnings).push(at('values', v.rule, describeViolation(v), rule?.left[0]));
          }
        } catch (error) {
          const listed = problemsOf(error);
          if (!listed) throw error;
          errors.push(...listed.map((q) => at(q.field, q.rule, q.message)));
        }
      }
      if (errors.length > 0) throw new RowsFailed();
    });
  } catch (error) {
    if (error instanceof RowsFailed) return result(false, 0);
    throw error;
  }
  return result(true, changed);
}
