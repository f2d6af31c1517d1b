import { Extensions, Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ProvenanceType } from '../common/provenance.types.js';
import { DateScalar } from '../common/scalars.js';
import { WorkflowNodeInterface } from '../workflows/workflow.types.js';

export enum DataValueType {
  COUNT = 'COUNT',
  NUMBER = 'NUMBER',
  PERCENT = 'PERCENT',
  MONEY_VND = 'MONEY_VND',
  BOOLEAN = 'BOOLEAN',
  TEXT = 'TEXT',
}
registerEnumType(DataValueType, {
  name: 'DataValueType',
  description: 'What a data element’s value is.',
  valuesConfig: {
    COUNT: { description: 'A whole number of people or things, 0 or more.' },
    NUMBER: { description: 'Any number.' },
    PERCENT: { description: 'A percentage from 0 to 100.' },
    MONEY_VND: { description: 'An amount in đồng, a whole number, 0 or more.' },
    BOOLEAN: { description: 'true or false.' },
    TEXT: { description: 'Text of up to 2,000 characters.' },
  },
});

export enum PeriodTypeEnum {
  YEARLY = 'YEARLY',
  HALF_YEARLY = 'HALF_YEARLY',
  QUARTERLY = 'QUARTERLY',
  MONTHLY = 'MONTHLY',
}
registerEnumType(PeriodTypeEnum, {
  name: 'PeriodType',
  description: 'How often a data set is reported; period codes `2025`, `2025H1`, `2025Q3`, `2025-07`.',
});

@ObjectType('CategoryOption', { description: 'One part of a disaggregation, e.g. female of sex.' })
export class CategoryOptionType {
  @Field(() => String, { description: 'Pass it as a value’s `category`.' })
  code!: string;
  @Field(() => String, { description: 'Name in Vietnamese.' })
  name!: string;
  @Field(() => String, { description: 'Name in English.' })
  nameEn!: string;
}

@ObjectType('CategoryCombo', {
  description:
    'A disaggregation: the disjoint parts a value is split into; a total given beside all its parts equals their sum.',
})
export class CategoryComboType {
  @Field(() => String, { description: 'Stable code, e.g. SEX, AGE_BAND, ETHNIC_GROUP.' })
  code!: string;
  @Field(() => String, { description: 'Name in Vietnamese.' })
  name!: string;
  @Field(() => String, { description: 'Name in English.' })
  nameEn!: string;
  @Field(() => [CategoryOptionType], { description: 'The parts.' })
  options!: CategoryOptionType[];
  @Field(() => ProvenanceType, { description: 'Whether a source fixes the parts (unverified: sample).' })
  provenance!: ProvenanceType;
}

@ObjectType('DataElement', { description: 'What a unit reports one value of (per part of its disaggregation).' })
export class DataElementType {
  @Field(() => String, { description: 'Stable code, named by validation rules.' })
  code!: string;
  @Field(() => String, { description: 'Name in Vietnamese.' })
  name!: string;
  @Field(() => String, { description: 'Name in English.' })
  nameEn!: string;
  @Field(() => DataValueType, { description: 'What the value is.' })
  valueType!: DataValueType;
  @Field(() => CategoryComboType, { nullable: true, description: 'Its parts; null: one value only.' })
  disaggregation!: CategoryComboType | null;
  @Field(() => ProvenanceType, { description: 'Where the element comes from (unverified: sample).' })
  provenance!: ProvenanceType;
}

@ObjectType('ValidationRule', {
  description:
    '`left operator right`, each side a sum of terms (an element’s total `CODE` or a part `CODE.OPTION`); skipped when a term is missing. Broken rules warn on save; HIGH and MEDIUM block SUBMIT.',
})
export class ValidationRuleType {
  @Field(() => String, { description: 'Stable code.' })
  code!: string;
  @Field(() => String, { description: 'What the rule checks.' })
  name!: string;
  @Field(() => [String], { description: 'Terms summed on the left.' })
  left!: string[];
  @Field(() => String, { description: 'LT, LE, EQ, NE, GE or GT.' })
  operator!: string;
  @Field(() => [String], { description: 'Terms summed on the right.' })
  right!: string[];
  @Field(() => String, { description: 'HIGH, MEDIUM (both block SUBMIT) or LOW (warns only).' })
  importance!: string;
}

@ObjectType('DataSet', { description: 'What a level of units reports, how often, by when and who approves it.' })
export class DataSetType {
  @Field(() => String, { description: 'Stable code.' })
  code!: string;
  @Field(() => String, { description: 'Name in Vietnamese.' })
  name!: string;
  @Field(() => String, { description: 'Name in English.' })
  nameEn!: string;
  @Field(() => PeriodTypeEnum, { description: 'How often it is reported.' })
  periodType!: PeriodTypeEnum;
  @Field(() => String, { description: 'The level whose units report: COMMUNE, DISTRICT or PROVINCE.' })
  reportingLevel!: string;
  @Field(() => Int, {
    description: 'Days after the period ends by which a report is due (on the due day it is on time).',
  })
  dueDays!: number;
  @Field(() => [String], {
    description: 'Approval levels, bottom-up (DISTRICT, PROVINCE, NATIONAL); a level a unit’s map lacks is skipped.',
  })
  approvalLevels!: string[];
  @Field(() => [DataElementType], { description: 'Its elements.' })
  elements!: DataElementType[];
  @Field(() => [ValidationRuleType], { description: 'Its validation rules.' })
  validationRules!: ValidationRuleType[];
  @Field(() => DateScalar, { description: 'First day in use.' })
  validFrom!: string;
  @Field(() => DateScalar, { nullable: true, description: 'Last day in use; null while in use.' })
  validTo!: string | null;
  @Field(() => String, { description: 'Who issues the form.' })
  issuer!: string;
  @Field(() => Boolean, { description: 'No source fixes its content: show it as sample.' })
  sample!: boolean;
  @Field(() => String, { nullable: true, description: 'The plugin that defines it; null for a national data set.' })
  plugin!: string | null;
  @Field(() => ProvenanceType, { description: 'Where its content comes from.' })
  provenance!: ProvenanceType;
}

@ObjectType('ReportValue', { description: 'One value of a report.' })
export class ReportValueType {
  @Field(() => String, { description: 'The element’s code.' })
  element!: string;
  @Field(() => String, { nullable: true, description: 'The part (a category option code); null for the total.' })
  category!: string | null;
  @Field(() => String, {
    description: 'The value, in its stored spelling (numbers without leading zeros, true/false).',
  })
  value!: string;
  @Field(() => String, { nullable: true, description: 'The reporter’s comment.' })
  comment!: string | null;
}

@ObjectType('ReportApproval', { description: 'One approval of a report.' })
export class ReportApprovalType {
  @Field(() => String, { description: 'The level: DISTRICT, PROVINCE or NATIONAL.' })
  level!: string;
  @Field(() => DateScalar, { description: 'The day it approved.' })
  approvedOn!: string;
  @Field(() => String, { description: 'Who approved.' })
  by!: string;
}

@ObjectType('DataValueOutlier', {
  description:
    'Giá trị bất thường / A value far outside what the unit reported for the same element and part in its other submitted periods (mean ± 3 standard deviations, at least ± 10%, from 3 or more values). A warning, never an error.',
})
export class DataValueOutlierType {
  @Field(() => String, { description: 'The element’s code.' })
  element!: string;
  @Field(() => String, { nullable: true, description: 'The part; null for the total.' })
  category!: string | null;
  @Field(() => Float, { description: 'The value reported.' })
  value!: number;
  @Field(() => Float, { description: 'The lowest value the unit’s history makes likely.' })
  min!: number;
  @Field(() => Float, { description: 'The highest value the unit’s history makes likely.' })
  max!: number;
  @Field(() => Int, { description: 'How many earlier values the range is drawn from.' })
  history!: number;
}

@ObjectType('ValidationViolation', { description: 'A validation rule the values break, with the values compared.' })
export class ValidationViolationType {
  @Field(() => String, { description: 'The rule’s code.' })
  rule!: string;
  @Field(() => String, { description: 'What the rule checks.' })
  name!: string;
  @Field(() => String, { description: 'HIGH, MEDIUM or LOW.' })
  importance!: string;
  @Field(() => Float, { description: 'The left side’s sum.' })
  left!: number;
  @Field(() => String, { description: 'The operator.' })
  operator!: string;
  @Field(() => Float, { description: 'The right side’s sum.' })
  right!: number;
  @Field(() => Boolean, { description: 'Blocks SUBMIT (HIGH and MEDIUM).' })
  blocking!: boolean;
}

@ObjectType('DataSetReport', {
  implements: WorkflowNodeInterface,
  description:
    'A unit’s report of a data set for a period. Edit it with `saveDataSetReport` while DRAFT; move it with `transition`: SUBMIT, APPROVE (each level bottom-up), RETURN (with a note), REOPEN (the level that approved last).',
})
export class DataSetReportType extends WorkflowNodeInterface {
  @Field(() => String, { description: 'The data set’s code.' })
  dataSetCode!: string;
  @Field(() => String, { description: 'The period code, e.g. 2025 or 2025Q3.' })
  period!: string;
  @Field(() => [ReportValueType], { description: 'The values.' })
  values!: ReportValueType[];
  @Field(() => [ReportApprovalType], { description: 'Approvals so far, bottom-up.' })
  approvals!: ReportApprovalType[];
  @Field(() => DateScalar, { nullable: true, description: 'The day of the latest SUBMIT.' })
  submittedOn!: string | null;
}

@InputType({ description: 'One value to save; an empty `value` removes the stored one.' })
export class ReportValueInput {
  @Extensions({ maxLength: 64 })
  @Field(() => String, { description: 'The element’s code.' })
  element!: string;
  @Extensions({ maxLength: 64 })
  @Field(() => String, {
    nullable: true,
    description: 'The part (category option code); null or absent for the total.',
  })
  category?: string | null;
  @Extensions({ maxLength: 2000 })
  @Field(() => String, { description: 'The value as text (e.g. "120", "true").' })
  value!: string;
  @Extensions({ maxLength: 2000 })
  @Field(() => String, { nullable: true, description: 'A comment on the value.' })
  comment?: string | null;
}

@InputType({ description: 'A report’s values for a data set, unit and period.' })
export class SaveDataSetReportInput {
  @Extensions({ maxLength: 64 })
  @Field(() => String, { description: 'The data set’s code.' })
  dataSetCode!: string;
  @Extensions({ maxLength: 16 })
  @Field(() => String, { description: 'The reporting unit’s code on the period’s last day.' })
  unitCode!: string;
  @Extensions({ maxLength: 16 })
  @Field(() => String, { description: 'The period code: 2025, 2025H1, 2025Q3 or 2025-07.' })
  period!: string;
  @Extensions({ maxItems: 2000 })
  @Field(() => [ReportValueInput], { description: 'Values given replace those of the same element and part.' })
  values!: ReportValueInput[];
  @Extensions({ min: 1 })
  @Field(() => Int, { nullable: true, description: 'The `version` you read; required to change an existing report.' })
  expectedVersion?: number | null;
}

@ObjectType('ExpectedReport', { description: 'One report a unit must make for the period, and how it stands.' })
export class ExpectedReportType {
  @Field(() => String, { description: 'The unit’s code.' })
  unitCode!: string;
  @Field(() => String, { description: 'The unit’s name.' })
  unitName!: string;
  @Field(() => String, { nullable: true, description: 'Global id of its report; null when none is made.' })
  reportId!: string | null;
  @Field(() => String, { nullable: true, description: 'Its state; null when none is made.' })
  state!: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'The day it was (last) submitted; null when not submitted.' })
  submittedOn!: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Submitted by the due day; null when not submitted.' })
  onTime!: boolean | null;
}

@ObjectType('ReportingStatus', { description: 'Completeness and timeliness of a data set for a period under a unit.' })
export class ReportingStatusType {
  @Field(() => String, { description: 'The data set.' })
  dataSetCode!: string;
  @Field(() => String, { description: 'The period.' })
  period!: string;
  @Field(() => String, { description: 'The unit whose subtree is counted.' })
  unitCode!: string;
  @Field(() => DateScalar, { description: 'The due day: the period’s last day plus the data set’s due days.' })
  dueOn!: string;
  @Field(() => Int, {
    description: 'Reports expected: units of the reporting level on the map of the period’s last day.',
  })
  expected!: number;
  @Field(() => Int, { description: 'Reports submitted (approved or not).' })
  submitted!: number;
  @Field(() => Int, { description: 'Reports submitted by the due day.' })
  onTime!: number;
  @Field(() => Float, { nullable: true, description: 'submitted / expected; null when none is expected.' })
  rate!: number | null;
  @Field(() => Float, { nullable: true, description: 'onTime / expected; null when none is expected.' })
  onTimeRate!: number | null;
  @Field(() => [ExpectedReportType], { description: 'Each expected report, by unit code.' })
  reports!: ExpectedReportType[];
}
