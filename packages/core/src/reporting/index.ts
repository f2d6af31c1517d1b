/**
 * The reporting cycle (DHIS2's data sets): data elements and disaggregations as data, data sets
 * national and of plugins (`dataSets` extension point), one report per data set, unit and period
 * moved by the `data-set-report` workflow, validation rules, and completeness and timeliness over
 * the map of each period.
 */
import { DataSetReport } from './data-set-report.entity.js';
import { ReportingResolver } from './reporting.resolver.js';
// Registers the `data-set-report` workflow, its WorkflowNode and the `dataSets` extension point.
import './reporting.workflow.js';
import './reporting.service.js';
import './reporting.extension.js';

export const reportingModule = {
  entities: [DataSetReport],
  resolvers: [ReportingResolver],
};
