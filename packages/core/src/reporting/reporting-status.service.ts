import type { EntityManager } from '@mikro-orm/postgresql';
import { assertAccess } from '../auth/access.js';
import type { RequestContext } from '../common/context.js';
import { badInput, notFound } from '../common/errors.js';
import { findUnitByCode } from '../geography/geography.service.js';
import { dataSetOf } from './reporting.catalogue.js';
import type { DataSetDefinition } from './reporting.model.js';
import { dueOn, isOnTime, parsePeriod, periodProblem, type Period } from './period.rules.js';

export interface ExpectedUnit {
  id: string;
  code: string;
  name: string;
}

/**
 * The units that must report a data set for a period under a root (null: the whole country): the
 * units of its reporting level in the root's subtree on the map of the period's last day. A
 * commune that ended on 30/6/2025 is expected for 2025H1 and 2025-06, not for 2025 or 2025Q3.
 */
export async function expectedUnits(
  em: EntityManager,
  set: Pick<DataSetDefinition, 'reportingLevel'>,
  rootId: string | null,
  period: Period,
): Promise<ExpectedUnit[]> {
  const day = period.endOn;
  const alive = `(u.valid_from is null or u.valid_from <= ?::date) and (u.valid_to is null or u.valid_to >= ?::date)`;
  if (rootId === null)
    return em.execute<ExpectedUnit[]>(
      `select u.id, u.code, u.name from admin_unit u where u.level = ?::admin_level and ${alive} order by u.code`,
      [set.reportingLevel, day, day],
    );
  return em.execute<ExpectedUnit[]>(
    `with recursive sub(id) as (
       select ?::uuid
       union
       select l.unit_id from admin_unit_parent l join sub on l.parent_id = sub.id
       where (l.valid_from is null or l.valid_from <= ?::date) and (l.valid_to is null or l.valid_to >= ?::date)
     )
     select u.id, u.code, u.name from sub join admin_unit u on u.id = sub.id
     where u.level = ?::admin_level and ${alive} order by u.code`,
    [rootId, day, day, set.reportingLevel, day, day],
  );
}

/** A period code checked against the data set's period type. */
export function periodFor(set: DataSetDefinition, code: string, field = 'period'): Period {
  const problem = periodProblem(code, set.periodType);
  if (problem) throw badInput([{ field, rule: 'PERIOD', message: problem }]);
  return parsePeriod(code)!;
}

export interface ExpectedReportView {
  unitCode: string;
  unitName: string;
  /** Null: nothing reported yet. */
  reportId: string | null;
  state: string | null;
  submittedOn: string | null;
  onTime: boolean | null;
}

export interface ReportingStatusView {
  dataSetCode: string;
  period: string;
  unitCode: string;
  dueOn: string;
  expected: number;
  submitted: number;
  onTime: number;
  rate: number | null;
  onTimeRate: number | null;
  reports: ExpectedReportView[];
}

/** States that count as reported (submitted, whether approved yet or not). */
export const REPORTED_STATES: readonly string[] = ['SUBMITTED', 'APPROVED'];

/**
 * Completeness and timeliness of a data set for a period under a unit: each expected report with
 * its state, day of submission and whether that was on time, and the counts. Two queries.
 */
export async function reportingStatus(
  ctx: RequestContext,
  dataSetCode: string,
  unitCode: string,
  periodCode: string,
): Promise<ReportingStatusView> {
  const { set } = dataSetOf(ctx, dataSetCode);
  const period = periodFor(set, periodCode);
  const unit = await findUnitByCode(ctx.em, unitCode, period.endOn);
  if (!unit)
    throw notFound(`No administrative unit has code ${unitCode} on ${period.endOn}, the last day of ${periodCode}.`);
  await assertAccess(ctx, 'READ_AGGREGATE', unit.id, period.endOn);
  const units = await expectedUnits(ctx.em, set, unit.id, period);
  const rows = await ctx.em.execute<{ id: string; unit_id: string; state: string; submitted_on: string | null }[]>(
    `select r.id, r.unit_id, r.state, to_char(r.submitted_on, 'YYYY-MM-DD') as submitted_on from data_set_report r
     where r.data_set_code = ? and r.period = ? and r.lineage @> ?::uuid[]`,
    [set.code, period.code, `{${unit.id}}`],
  );
  const byUnit = new Map(rows.map((r) => [r.unit_id, r]));
  const due = dueOn(period, set.dueDays);
  const reports = units.map((u): ExpectedReportView => {
    const r = byUnit.get(u.id);
    const reported = r && REPORTED_STATES.includes(r.state);
    const submittedOn = reported ? r.submitted_on : null;
    return {
      unitCode: u.code,
      unitName: u.name,
      reportId: r?.id ?? null,
      state: r?.state ?? null,
      submittedOn,
      onTime: reported ? isOnTime(submittedOn, due) : null,
    };
  });
  const submitted = reports.filter((r) => r.submittedOn !== null).length;
  const onTime = reports.filter((r) => r.onTime === true).length;
  const share = (n: number) => (units.length === 0 ? null : n / units.length);
  return {
    dataSetCode: set.code,
    period: period.code,
    unitCode: unit.code,
    dueOn: due,
    expected: units.length,
    submitted,
    onTime,
    rate: share(submitted),
    onTimeRate: share(onTime),
    reports,
  };
}
