import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../common/context.js';
import { DateScalar } from '../common/scalars.js';
import { toGlobalId } from '../common/node-id.js';
import type { AdminUnit } from '../geography/admin-unit.entity.js';
import { geographyLoaders } from '../geography/geography.service.js';
import { AdminUnitType } from '../geography/geography.types.js';
import { groupedLoader } from '../gnlc/gnlc-common.js';
import { WorkflowTransition } from '../workflows/workflow-transition.entity.js';
import { WorkflowActionType, WorkflowStepType } from '../workflows/workflow.types.js';
import type { DataSetReport } from './data-set-report.entity.js';
import { dueOn, isOnTime, parsePeriod } from './period.rules.js';
import { allDataSets, COMBOS, dataSetOf, elementsOf, validOn, type CatalogueSet } from './reporting.catalogue.js';
import {
  dataSetReportActions,
  findDataSetReport,
  readableDataSetReport,
  saveDataSetReport,
  violationsOf,
} from './reporting.service.js';
import { reportingStatus } from './reporting-status.service.js';
import {
  DataSetReportType,
  DataSetType,
  DataValueType,
  PeriodTypeEnum,
  ReportingStatusType,
  SaveDataSetReportInput,
  ValidationViolationType,
  DataValueOutlierType,
} from './reporting.types.js';
import { outliersOf } from './outliers.service.js';

function dataSetView(ctx: RequestContext, { set, plugin }: CatalogueSet): DataSetType {
  const elements = elementsOf(ctx);
  return {
    ...set,
    periodType: set.periodType as PeriodTypeEnum,
    approvalLevels: [...set.approvalLevels],
    validTo: set.validTo ?? null,
    plugin: plugin?.plugin ?? null,
    validationRules: set.validationRules.map((r) => ({ ...r, left: [...r.left], right: [...r.right] })),
    elements: set.elements.map((code) => {
      const e = elements.get(code)!;
      const combo = e.disaggregation ? COMBOS.get(e.disaggregation) : undefined;
      return {
        ...e,
        valueType: e.valueType as DataValueType,
        disaggregation: combo ? { ...combo, options: [...combo.options] } : null,
      };
    }),
  };
}

@Resolver(() => DataSetReportType)
export class ReportingResolver {
  @Query(() => [DataSetType], {
    description: 'The data sets in use on a day: the national ones and those of the loaded plugins (public).',
  })
  dataSets(
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'The day; default today.' }) asOf: string | null,
    @Arg('plugin', () => String, { nullable: true, description: 'A plugin’s id: its data sets only.' })
    plugin: string | null,
    @Ctx() ctx: RequestContext,
  ): DataSetType[] {
    const day = asOf ?? ctx.today;
    return allDataSets(ctx)
      .filter((c) => validOn(c.set, day) && (plugin === null || c.plugin?.plugin === plugin))
      .map((c) => dataSetView(ctx, c));
  }

  @Query(() => DataSetReportType, { description: 'One data set report by its global id.' })
  dataSetReport(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<DataSetReport> {
    return readableDataSetReport(ctx, id);
  }

  @Query(() => DataSetReportType, {
    nullable: true,
    description: 'A unit’s report of a data set for a period; null when none is made yet.',
  })
  dataSetReportOf(
    @Arg('dataSetCode', () => String) dataSetCode: string,
    @Arg('unitCode', () => String) unitCode: string,
    @Arg('period', () => String) period: string,
    @Ctx() ctx: RequestContext,
  ): Promise<DataSetReport | null> {
    return findDataSetReport(ctx, dataSetCode, unitCode, period);
  }

  @Query(() => ReportingStatusType, {
    description:
      'Completeness and timeliness: for the unit’s subtree on the map of the period’s last day, each expected report with its state, day of submission and whether it was on time, and the counts.',
  })
  async reportingStatus(
    @Arg('dataSetCode', () => String) dataSetCode: string,
    @Arg('unitCode', () => String, { description: 'The unit’s code on the period’s last day.' }) unitCode: string,
    @Arg('period', () => String, { description: 'A period code of the data set’s type.' }) period: string,
    @Ctx() ctx: RequestContext,
  ): Promise<ReportingStatusType> {
    const status = await reportingStatus(ctx, dataSetCode, unitCode, period);
    return {
      ...status,
      reports: status.reports.map((r) => ({ ...r, reportId: r.reportId && toGlobalId('DataSetReport', r.reportId) })),
    };
  }

  @Mutation(() => DataSetReportType, {
    description:
      'Creates or changes a DRAFT report: values given replace those of the same element and part. Values that do not fit their element are refused and nothing is written; broken validation rules are returned as `violations` (SUBMIT refuses blocking ones). An approved report is locked.',
  })
  saveDataSetReport(
    @Arg('input', () => SaveDataSetReportInput) input: SaveDataSetReportInput,
    @Ctx() ctx: RequestContext,
  ): Promise<DataSetReport> {
    return saveDataSetReport(ctx, input);
  }

  @FieldResolver(() => ID, { description: 'Global id; pass it to `transition`.' })
  id(@Root() r: DataSetReport): string {
    return toGlobalId('DataSetReport', r.id);
  }

  @FieldResolver(() => AdminUnitType, { description: 'The reporting unit.' })
  unit(@Root() r: DataSetReport, @Ctx() ctx: RequestContext): Promise<AdminUnit | null> {
    return geographyLoaders(ctx).unit.load(r.unit.id);
  }

  @FieldResolver(() => [ValidationViolationType], {
    description: 'The validation rules the values break now (warnings while DRAFT; blocking ones refuse SUBMIT).',
  })
  violations(@Root() r: DataSetReport, @Ctx() ctx: RequestContext): ValidationViolationType[] {
    return violationsOf(ctx, r);
  }

  @FieldResolver(() => [DataValueOutlierType], {
    description:
      'Values far outside the unit’s own history of the same element and part (its other submitted periods): warnings to check, never errors.',
  })
  outliers(@Root() r: DataSetReport, @Ctx() ctx: RequestContext): Promise<DataValueOutlierType[]> {
    return outliersOf(ctx, r);
  }

  @FieldResolver(() => DateScalar, { description: 'The due day of the report.' })
  dueOn(@Root() r: DataSetReport, @Ctx() ctx: RequestContext): string {
    return dueOn(parsePeriod(r.period)!, dataSetOf(ctx, r.dataSetCode).set.dueDays);
  }

  @FieldResolver(() => Boolean, { nullable: true, description: 'Submitted by the due day; null when not submitted.' })
  onTime(@Root() r: DataSetReport, @Ctx() ctx: RequestContext): boolean | null {
    return isOnTime(r.submittedOn, this.dueOn(r, ctx));
  }

  @FieldResolver(() => [WorkflowActionType], { description: 'What the caller may do now.' })
  async availableActions(@Root() r: DataSetReport, @Ctx() ctx: RequestContext): Promise<WorkflowActionType[]> {
    return (await dataSetReportActions(ctx, r)).map((x) => ({ ...x, noteRequired: x.noteRequired ?? false }));
  }

  @FieldResolver(() => [WorkflowStepType], { description: 'Every step so far, oldest first.' })
  history(@Root() r: DataSetReport, @Ctx() ctx: RequestContext): Promise<WorkflowTransition[]> {
    return groupedLoader(ctx, 'reporting.history', async (ids) =>
      Map.groupBy(
        await ctx.em.find(WorkflowTransition, { targetId: { $in: ids } }, { orderBy: { at: 'asc', id: 'asc' } }),
        (t) => t.targetId,
      ),
    ).load(r.id);
  }
}
