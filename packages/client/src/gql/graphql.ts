/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Tier of an administrative unit (cấp hành chính). There is no DISTRICT tier from 1 July 2025. */
export type AdminLevel =
  /** Commune-level unit (cấp xã). */
  | 'COMMUNE'
  /** District-level unit (cấp huyện), abolished on 1 July 2025. */
  | 'DISTRICT'
  /** Province-level unit (cấp tỉnh). */
  | 'PROVINCE'
  /** Village or residential group under a commune (thôn, ấp, tổ dân phố). */
  | 'VILLAGE';

/** Which administrative units to list. */
export type AdminUnitFilterInput = {
  /** The date the map is read at; default today. */
  asOf?: string | null | undefined;
  /** Only units of this tier. */
  level?: AdminLevel | null | undefined;
  /** Only direct children of the unit with this code (as of `asOf`). Limit: at most 300 characters. */
  parentCode?: string | null | undefined;
  /** Text to find in the name or an exact code; ignores case and diacritics ("dong thap" finds "Đồng Tháp"). Exact matches come first. Limit: at most 300 characters. */
  search?: string | null | undefined;
};

/** Legal kind of an administrative unit (loại đơn vị hành chính). */
export type AdminUnitKind =
  /** Centrally-run city (thành phố trực thuộc trung ương). */
  | 'CENTRAL_CITY'
  /** Rural commune (xã). */
  | 'COMMUNE'
  /** Province (tỉnh). */
  | 'PROVINCE'
  /** City under a province (thành phố thuộc tỉnh). */
  | 'PROVINCIAL_CITY'
  /** Rural district (huyện). */
  | 'RURAL_DISTRICT'
  /** Special zone (đặc khu), a commune-level unit from 1 July 2025. */
  | 'SPECIAL_ZONE'
  /** District-level town (thị xã). */
  | 'TOWN'
  /** Township (thị trấn). */
  | 'TOWNSHIP'
  /** Urban district (quận). */
  | 'URBAN_DISTRICT'
  /** Village, hamlet or residential group (thôn, ấp, tổ dân phố). */
  | 'VILLAGE'
  /** Urban ward (phường). */
  | 'WARD';

/** What rows are split by. */
export type AnalyticsDimension =
  /** Phân tổ / A part of an element’s disaggregation: MALE/FEMALE, an age band, KINH/MINORITY (DATA_VALUE). */
  | 'CATEGORY'
  /** Chỉ tiêu / A data element (DATA_VALUE). */
  | 'DATA_ELEMENT'
  /** Bộ dữ liệu / A data set of the reporting cycle (see `dataSets`). */
  | 'DATA_SET'
  /** Who gave to a study-promotion fund. */
  | 'DONOR_TYPE'
  /** Donation or scholarship. */
  | 'FUND_ENTRY_KIND'
  /** Learning model (family, clan, citizen, …). */
  | 'MODEL'
  /** Kỳ báo cáo / A reporting period: 2025, 2025H1, 2025Q3 or 2025-07. */
  | 'PERIOD'
  /** A classification of units a plugin defines (name it in `pluginDimension`; see `plugins`). */
  | 'PLUGIN'
  /** The grade reached, e.g. RECOGNISED or LEVEL_1; empty when not rated. */
  | 'RATING'
  /** A universal-education or literacy standard. */
  | 'STANDARD'
  /** Workflow state of the evaluation. */
  | 'STATE'
  /** Household, clan, citizen or organisation. */
  | 'SUBJECT_KIND'
  /** A universal-education survey figure. */
  | 'SURVEY_CODE'
  /** Administrative unit at a level, on the map of the data’s year or today’s. */
  | 'UNIT'
  /** The year the data is for. */
  | 'YEAR';

/** A dimension to split rows by. */
export type AnalyticsDimensionInput = {
  /** The dimension. */
  dimension: AnalyticsDimension;
  /** UNIT only: the level (default PROVINCE). */
  level?: AnalyticsUnitLevel | null | undefined;
  /** UNIT only: the map (default HISTORICAL). */
  map?: AnalyticsMap | null | undefined;
  /** PLUGIN only: the code of the plugin’s dimension, e.g. DONG_THAP_GNLC_CITY. Limit: at most 300 characters. */
  pluginDimension?: string | null | undefined;
};

/** What to keep. Lists keep rows with any of their values. */
export type AnalyticsFiltersInput = {
  /** Phân tổ / Category options such as FEMALE or MINORITY: DATA_VALUE then adds up those parts. Limit: at most 100 items; at most 300 characters each. */
  categories?: Array<string> | null | undefined;
  /** Chỉ tiêu / Data element codes (DATA_VALUE). Limit: at most 100 items; at most 300 characters each. */
  dataElements?: Array<string> | null | undefined;
  /** Bộ dữ liệu / Data set codes (reporting measures, DATA_VALUE). Limit: at most 100 items; at most 300 characters each. */
  dataSetCodes?: Array<string> | null | undefined;
  /** Donor types. Limit: at most 100 items; at most 300 characters each. */
  donorTypes?: Array<string> | null | undefined;
  /** DONATION and/or SCHOLARSHIP. Limit: at most 100 items; at most 300 characters each. */
  fundEntryKinds?: Array<string> | null | undefined;
  /** The last N years up to yearTo; not with yearFrom. */
  lastYears?: number | null | undefined;
  /** Learning models (ModelKind values). Limit: at most 100 items; at most 300 characters each. */
  modelKinds?: Array<string> | null | undefined;
  /** Kỳ báo cáo / Period codes such as 2025, 2025H1, 2025Q3, 2025-07 (reporting measures, DATA_VALUE). Limit: at most 100 items; at most 300 characters each. */
  periods?: Array<string> | null | undefined;
  /** Grades reached. Limit: at most 100 items; at most 300 characters each. */
  ratings?: Array<string> | null | undefined;
  /** Standard codes. Limit: at most 100 items; at most 300 characters each. */
  standards?: Array<string> | null | undefined;
  /** Workflow states. Limit: at most 100 items; at most 300 characters each. */
  states?: Array<string> | null | undefined;
  /** Subject kinds. Limit: at most 100 items; at most 300 characters each. */
  subjectKinds?: Array<string> | null | undefined;
  /** Survey figure codes. Limit: at most 100 items; at most 300 characters each. */
  surveyCodes?: Array<string> | null | undefined;
  /** The day `unitCode` is read on; default today. */
  unitAsOf?: string | null | undefined;
  /** Only this unit’s subtree (officers: default their own unit). Limit: at most 300 characters. */
  unitCode?: string | null | undefined;
  /** First year. Limit: from 1900 to 2199. */
  yearFrom?: number | null | undefined;
  /** Last year (default this year). Limit: from 1900 to 2199. */
  yearTo?: number | null | undefined;
};

/** How to read a column’s cells. */
export type AnalyticsHeaderType =
  | 'BOOLEAN'
  | 'INTEGER'
  | 'NUMBER'
  | 'RATIO'
  | 'TEXT'
  | 'UNIT';

/** Which map units are shown on. */
export type AnalyticsMap =
  /** Today’s map: data of former units rolled onto their successors (FULL whole, PARTIAL by weight). */
  | 'CURRENT'
  /** The map of the data’s own year (e.g. 63 provinces before 1/7/2025). */
  | 'HISTORICAL';

/** Measures × dimensions × filters (see `analyticsCatalogue`). */
export type AnalyticsQueryInput = {
  /** Dimensions, in column order. Limit: at most 100 items. */
  dimensions?: Array<AnalyticsDimensionInput>;
  /** Filters. */
  filters?: AnalyticsFiltersInput | null | undefined;
  /** At most this many rows (1–10,000); totals still count all. */
  limit?: number | null | undefined;
  /** Measure or indicator codes, e.g. LEARNING_FAMILY_SHARE. Limit: at most 100 items; at most 300 characters each. */
  measures: Array<string>;
  /** Sort order; default by the dimensions. Limit: at most 100 items. */
  sort?: Array<AnalyticsSortInput> | null | undefined;
  /** Add a subtotal row per value of the first dimension. */
  subtotals?: boolean | null | undefined;
  /** Add a grand-total row. */
  totals?: boolean | null | undefined;
};

/** A data row, a subtotal of the first dimension, or the grand total. */
export type AnalyticsRowKind =
  | 'ROW'
  | 'SUBTOTAL'
  | 'TOTAL';

/** A column to sort by. */
export type AnalyticsSortInput = {
  /** A header name: a dimension, a measure code, or CODE.numerator / CODE.denominator. Limit: at most 300 characters. */
  by: string;
  /** Default ASC. */
  direction?: SortDirection | null | undefined;
};

/** The level units are grouped at. */
export type AnalyticsUnitLevel =
  | 'COMMUNE'
  | 'DISTRICT'
  | 'PROVINCE';

/** Opens an evaluation of a subject for a model and year. */
export type CreateEvaluationInput = {
  /** A criteria set to use instead of the one in force for the year. Limit: at most 300 characters. */
  criteriaSetCode?: string | null | undefined;
  /** Links to evidence. Limit: at most 100 items. */
  evidence?: Array<EvidenceInput> | null | undefined;
  /** The learning model; it must fit the subject. */
  modelKind: ModelKind;
  /** Scores entered now; more may follow with `scoreEvaluation`. Limit: at most 100 items. */
  scores?: Array<ScoreInput> | null | undefined;
  /** Global id of a Household, Clan, Citizen or Organisation, or of an AdminUnit rated as a community. Limit: at most 200 characters. */
  subjectId: string | number;
  /** The year rated. Limit: from 1900 to 2199. */
  year: number;
};

/** A new village, hamlet or residential group (thôn, ấp, tổ dân phố) under a commune. */
export type CreateVillageInput = {
  /** A local code; default `<communeCode>.<n>`. Limit: at most 300 characters. */
  code?: string | null | undefined;
  /** Code of the commune the village belongs to, as of `validFrom`. Limit: at most 300 characters. */
  communeCode: string;
  /** Name, e.g. "Ấp Tân Hòa". At most 200 characters. Limit: at most 200 characters. */
  name: string;
  /** First day the village exists; default today. */
  validFrom?: string | null | undefined;
};

/** What a data element’s value is. */
export type DataValueType =
  /** true or false. */
  | 'BOOLEAN'
  /** A whole number of people or things, 0 or more. */
  | 'COUNT'
  /** An amount in đồng, a whole number, 0 or more. */
  | 'MONEY_VND'
  /** Any number. */
  | 'NUMBER'
  /** A percentage from 0 to 100. */
  | 'PERCENT'
  /** Text of up to 2,000 characters. */
  | 'TEXT';

/** Which evaluations to list. A scoped caller always sees their own subtree only. */
export type EvaluationFilterInput = {
  /** The date `unitCode` is read at; default 31 December of `year`, or today. */
  asOf?: string | null | undefined;
  /** Only evaluations against this criteria set. Limit: at most 300 characters. */
  criteriaSetCode?: string | null | undefined;
  /** Only this learning model. */
  modelKind?: ModelKind | null | undefined;
  /** Only this grade, e.g. RECOGNISED or LEVEL_2. Limit: at most 300 characters. */
  rating?: string | null | undefined;
  /** Only sheets that do (true) or do not (false) reach a recognised grade. */
  recognised?: boolean | null | undefined;
  /** Only these workflow states. Limit: at most 100 items; at most 300 characters each. */
  states?: Array<string> | null | undefined;
  /** Only evaluations of this kind of subject. */
  subjectKind?: SubjectKind | null | undefined;
  /** Only evaluations in the subtree of this unit (as the map was in their year), and of the units it succeeded (codes were reused after 1/7/2025; a predecessor shared with other successors only for callers who may read it). Limit: at most 300 characters. */
  unitCode?: string | null | undefined;
  /** Only this year. Limit: from 1900 to 2199. */
  year?: number | null | undefined;
  /** Only from this year on. Limit: from 1900 to 2199. */
  yearFrom?: number | null | undefined;
  /** Only up to this year. Limit: from 1900 to 2199. */
  yearTo?: number | null | undefined;
};

/** Sort order; ties are broken by id in the same direction. */
export type EvaluationOrderInput = {
  /** The direction; default DESC. */
  direction?: SortDirection;
  /** The field. */
  field: EvaluationSortField;
};

/** What to sort evaluations by. */
export type EvaluationSortField =
  /** When the evaluation was opened or imported (the default, newest first). */
  | 'CREATED'
  /** Total points; incomplete sheets last when descending. */
  | 'TOTAL'
  /** When it last changed. */
  | 'UPDATED_AT'
  /** The year rated. */
  | 'YEAR';

/** A link to evidence kept elsewhere (minutes, photos, a signed form). */
export type EvidenceInput = {
  /** What it is, 1–200 characters. Limit: at most 200 characters. */
  title: string;
  /** An http or https address. Limit: at most 2000 characters. */
  url: string;
};

/** How an indicator is scored. */
export type IndicatorKind =
  /** 1 when met, 0 when not. */
  | 'PASS_FAIL'
  /** A share from 0 to 100, met when it reaches the threshold of the grade. */
  | 'PERCENT'
  /** Points from 0 to `maxScore`. */
  | 'POINTS';

/** A learning model (mô hình học tập): what an evaluation rates. */
export type ModelKind =
  /** Learning citizen (công dân học tập). */
  | 'LEARNING_CITIZEN'
  /** Learning clan (dòng họ học tập). */
  | 'LEARNING_CLAN'
  /** Commune learning community (cộng đồng học tập cấp xã). */
  | 'LEARNING_COMMUNITY_COMMUNE'
  /** District learning community (cộng đồng học tập cấp huyện). */
  | 'LEARNING_COMMUNITY_DISTRICT'
  /** Province learning community (cộng đồng học tập cấp tỉnh). */
  | 'LEARNING_COMMUNITY_PROVINCE'
  /** Village-level learning community (cộng đồng học tập cấp thôn/ấp). */
  | 'LEARNING_COMMUNITY_VILLAGE'
  /** Learning family, i.e. a household (gia đình học tập). */
  | 'LEARNING_FAMILY'
  /** Learning unit: an agency, organisation or enterprise (đơn vị học tập). */
  | 'LEARNING_UNIT';

/** How often a data set is reported; period codes `2025`, `2025H1`, `2025Q3`, `2025-07`. */
export type PeriodType =
  | 'HALF_YEARLY'
  | 'MONTHLY'
  | 'QUARTERLY'
  | 'YEARLY';

/** One value to save; an empty `value` removes the stored one. */
export type ReportValueInput = {
  /** The part (category option code); null or absent for the total. Limit: at most 64 characters. */
  category?: string | null | undefined;
  /** A comment on the value. Limit: at most 2000 characters. */
  comment?: string | null | undefined;
  /** The element’s code. Limit: at most 64 characters. */
  element: string;
  /** The value as text (e.g. "120", "true"). Limit: at most 2000 characters. */
  value: string;
};

/** What a caller may do. OFFICER and ASSOCIATION are scoped to one administrative unit and its subtree. */
export type Role =
  /** National administrator: reads and changes everything. */
  | 'ADMIN'
  /** Analyst: reads aggregates for the whole country, never personal rows. */
  | 'ANALYST'
  /** Study Promotion Association (Hội Khuyến học) of one administrative unit: reads and changes its subtree. */
  | 'ASSOCIATION'
  /** Government officer (cán bộ) of one administrative unit: reads and changes its subtree. */
  | 'OFFICER';

/** A report’s values for a data set, unit and period. */
export type SaveDataSetReportInput = {
  /** The data set’s code. Limit: at most 64 characters. */
  dataSetCode: string;
  /** The `version` you read; required to change an existing report. Limit: at least 1. */
  expectedVersion?: number | null | undefined;
  /** The period code: 2025, 2025H1, 2025Q3 or 2025-07. Limit: at most 16 characters. */
  period: string;
  /** The reporting unit’s code on the period’s last day. Limit: at most 16 characters. */
  unitCode: string;
  /** Values given replace those of the same element and part. Limit: at most 2000 items. */
  values: Array<ReportValueInput>;
};

/** Scores (and evidence) for an evaluation whose self-assessment is open (DRAFT or RETURNED). */
export type ScoreEvaluationInput = {
  /** When given, replaces the evidence links. Limit: at most 100 items. */
  evidence?: Array<EvidenceInput> | null | undefined;
  /** The `version` you read; a stale one is refused with CONFLICT. */
  expectedVersion: number;
  /** Global id of the evaluation. Limit: at most 200 characters. */
  id: string | number;
  /** Replace the whole score sheet instead of merging. */
  replace?: boolean | null | undefined;
  /** Values to set; other indicators keep theirs unless `replace` is true. Limit: at most 100 items. */
  scores: Array<ScoreInput>;
};

/** One value of a score sheet. */
export type ScoreInput = {
  /** Indicator code from the criteria set. Limit: at most 300 characters. */
  indicatorCode: string;
  /** POINTS: 0…maxScore; PASS_FAIL: 0 or 1; PERCENT: 0…100. */
  value: number;
};

/** Sign-in with a login (the e-mail address by default) and a password. */
export type SignInInput = {
  /** The grant to act under; default: the oldest. Limit: at most 200 characters. */
  grantId?: string | number | null | undefined;
  /** The login. Limit: at most 200 characters. */
  login: string;
  /** The password. Limit: at most 1024 characters. */
  password: string;
};

/** Ascending or descending. */
export type SortDirection =
  | 'ASC'
  | 'DESC';

/** Which subjects to list. */
export type SubjectFilterInput = {
  /** The date `unitCode` and the subtree are read at; default today. */
  asOf?: string | null | undefined;
  /** Only subjects of this kind. */
  kind?: SubjectKind | null | undefined;
  /** Text the name contains (ignoring case and diacritics) or an exact code. Limit: at most 300 characters. */
  search?: string | null | undefined;
  /** Only subjects in the subtree of the unit with this code, and in the units it succeeded (codes were reused after 1/7/2025; a predecessor shared with other successors only for callers who may read it). Limit: at most 300 characters. */
  unitCode?: string | null | undefined;
};

/** A subject of learning-model evaluations that is not an administrative unit. */
export type SubjectKind =
  /** A person, rated as a learning citizen. Only name, birth year and village are kept. */
  | 'CITIZEN'
  /** A clan (dòng họ), rated as a learning clan. */
  | 'CLAN'
  /** A household (hộ gia đình), rated as a learning family. */
  | 'HOUSEHOLD'
  /** An agency, organisation or enterprise, rated as a learning unit. */
  | 'ORGANISATION';

/** How much of a unit passed to a successor. */
export type SuccessionKind =
  /** The whole unit became part of the successor. */
  | 'FULL'
  /** Only part of the unit went to this successor; the rest went elsewhere. */
  | 'PARTIAL';

/** Changes to a village; fields left out stay as they are. */
export type UpdateVillageInput = {
  /** The `version` you read; if someone changed the village since, the update is refused with CONFLICT. */
  expectedVersion: number;
  /** Global id of the village. Limit: at most 200 characters. */
  id: string | number;
  /** New name. Limit: at most 200 characters. */
  name?: string | null | undefined;
  /** Last day the village exists (when it is dissolved or merged). */
  validTo?: string | null | undefined;
};

export type AdminUnitSummaryFragment = { id: string, code: string, name: string, kind: AdminUnitKind, level: AdminLevel, validFrom: string | null, validTo: string | null };

export type AdminUnitByCodeQueryVariables = Exact<{
  code: string;
  asOf?: string | null | undefined;
}>;


export type AdminUnitByCodeQuery = { adminUnit: { id: string, code: string, name: string, kind: AdminUnitKind, level: AdminLevel, validFrom: string | null, validTo: string | null, ancestors: Array<{ code: string, name: string }>, successors: Array<{ kind: SuccessionKind, effectiveDate: string, legalBasis: string, unit: { id: string, code: string, name: string, kind: AdminUnitKind, level: AdminLevel, validFrom: string | null, validTo: string | null } }>, current: Array<{ id: string, code: string, name: string, kind: AdminUnitKind, level: AdminLevel, validFrom: string | null, validTo: string | null }> } | null };

export type SearchAdminUnitsQueryVariables = Exact<{
  filter?: AdminUnitFilterInput | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchAdminUnitsQuery = { adminUnits: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, code: string, name: string, kind: AdminUnitKind, level: AdminLevel, validFrom: string | null, validTo: string | null }> } };

export type AnalyticsCatalogueQueryVariables = Exact<{ [key: string]: never; }>;


export type AnalyticsCatalogueQuery = { analyticsCatalogue: Array<{ code: string, label: string, indicator: boolean, dimensions: Array<AnalyticsDimension>, published: boolean, numerator: string | null, denominator: string | null }> };

export type AnalyticsQueryVariables = Exact<{
  query: AnalyticsQueryInput;
}>;


export type AnalyticsQuery = { analytics: { rows: Array<unknown>, rowKinds: Array<AnalyticsRowKind>, suppressedCells: number, totalRows: number, notes: Array<string>, headers: Array<{ name: string, label: string, type: AnalyticsHeaderType, dimension: boolean }> } };

export type ConsoleSignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type ConsoleSignInMutation = { signIn: { accessToken: string, refreshToken: string | null, expiresAt: unknown } };

export type ConsoleSignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type ConsoleSignOutMutation = { signOut: boolean };

export type ConsoleViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleViewerQuery = { viewer: { authenticated: boolean, role: Role | null, scope: { code: string, name: string } | null, user: { id: string, login: string, name: string, grants: Array<{ id: string, role: Role, agency: string | null, unit: { code: string, name: string } | null }> } | null, grant: { id: string } | null } };

export type ConsoleAdminUnitsQueryVariables = Exact<{
  filter?: AdminUnitFilterInput | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ConsoleAdminUnitsQuery = { adminUnits: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, code: string, name: string, level: AdminLevel, validFrom: string | null, validTo: string | null }> } };

export type ConsoleDataSetsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleDataSetsQuery = { dataSets: Array<{ code: string, name: string, nameEn: string, periodType: PeriodType, reportingLevel: string }> };

export type ConsoleReportingStatusQueryVariables = Exact<{
  dataSetCode: string;
  unitCode: string;
  period: string;
}>;


export type ConsoleReportingStatusQuery = { reportingStatus: { dataSetCode: string, period: string, unitCode: string, dueOn: string, expected: number, submitted: number, onTime: number, rate: number | null, onTimeRate: number | null, reports: Array<{ unitCode: string, unitName: string, state: string | null, submittedOn: string | null, onTime: boolean | null }> } };

export type ConsoleRefreshSessionMutationVariables = Exact<{
  refreshToken: string;
}>;


export type ConsoleRefreshSessionMutation = { refreshSession: { accessToken: string, refreshToken: string | null, expiresAt: unknown } };

export type ConsoleSwitchGrantMutationVariables = Exact<{
  grantId: string | number;
}>;


export type ConsoleSwitchGrantMutation = { switchGrant: { accessToken: string, refreshToken: string | null, expiresAt: unknown } };

export type ConsoleCriteriaSetsQueryVariables = Exact<{
  modelKind: ModelKind;
  asOf?: string | null | undefined;
}>;


export type ConsoleCriteriaSetsQuery = { criteriaSets: Array<{ code: string, name: string, nameEn: string, sample: boolean, maxTotal: number, validFrom: string, validTo: string | null, grades: Array<{ code: string, label: string, labelEn: string, minTotal: number | null }>, criteria: Array<{ code: string, title: string, titleEn: string | null, maxScore: number, indicators: Array<{ code: string, title: string, titleEn: string | null, kind: IndicatorKind, maxScore: number | null, minScore: number | null, optional: boolean }> }> }> };

export type ConsoleSubjectsQueryVariables = Exact<{
  filter?: SubjectFilterInput | null | undefined;
  first?: number | null | undefined;
}>;


export type ConsoleSubjectsQuery = { subjects: { totalCount: number, nodes: Array<
      | { id: string, code: string, name: string, kind: SubjectKind, unit: { code: string, name: string } }
      | { id: string, code: string, name: string, kind: SubjectKind, unit: { code: string, name: string } }
      | { id: string, code: string, name: string, kind: SubjectKind, unit: { code: string, name: string } }
      | { id: string, code: string, name: string, kind: SubjectKind, unit: { code: string, name: string } }
    > } };

export type ConsolePreviewRatingQueryVariables = Exact<{
  criteriaSetCode: string;
  scores: Array<ScoreInput> | ScoreInput;
  year?: number | null | undefined;
}>;


export type ConsolePreviewRatingQuery = { previewRating: { rating: string | null, recognised: boolean, total: number, maxTotal: number, details: Array<{ criterion: string | null, indicator: string | null, rule: string, vi: string, en: string }> } };

export type ConsoleEvaluationFieldsFragment = { id: string, version: number, state: string, year: number, modelKind: ModelKind, rating: string | null, total: number | null, criteriaSet: { code: string }, unit: { code: string, name: string }, subject:
    | { id: string, code: string, name: string, kind: SubjectKind }
    | { id: string, code: string, name: string, kind: SubjectKind }
    | { id: string, code: string, name: string, kind: SubjectKind }
    | { id: string, code: string, name: string, kind: SubjectKind }
   | null, scores: Array<{ indicatorCode: string, value: number }>, availableActions: Array<{ name: string, label: string, labelEn: string, noteRequired: boolean, to: string }>, history: Array<{ action: string, actor: string, at: unknown, fromState: string | null, toState: string, note: string | null }> };

export type ConsoleEvaluationQueryVariables = Exact<{
  id: string | number;
}>;


export type ConsoleEvaluationQuery = { evaluation: { id: string, version: number, state: string, year: number, modelKind: ModelKind, rating: string | null, total: number | null, criteriaSet: { code: string }, unit: { code: string, name: string }, subject:
      | { id: string, code: string, name: string, kind: SubjectKind }
      | { id: string, code: string, name: string, kind: SubjectKind }
      | { id: string, code: string, name: string, kind: SubjectKind }
      | { id: string, code: string, name: string, kind: SubjectKind }
     | null, scores: Array<{ indicatorCode: string, value: number }>, availableActions: Array<{ name: string, label: string, labelEn: string, noteRequired: boolean, to: string }>, history: Array<{ action: string, actor: string, at: unknown, fromState: string | null, toState: string, note: string | null }> } };

export type ConsoleEvaluationsQueryVariables = Exact<{
  filter?: EvaluationFilterInput | null | undefined;
  first?: number | null | undefined;
}>;


export type ConsoleEvaluationsQuery = { evaluations: { totalCount: number, nodes: Array<{ id: string, version: number, state: string, year: number, modelKind: ModelKind, rating: string | null, total: number | null, criteriaSet: { code: string }, unit: { code: string, name: string }, subject:
        | { id: string, code: string, name: string, kind: SubjectKind }
        | { id: string, code: string, name: string, kind: SubjectKind }
        | { id: string, code: string, name: string, kind: SubjectKind }
        | { id: string, code: string, name: string, kind: SubjectKind }
       | null, scores: Array<{ indicatorCode: string, value: number }>, availableActions: Array<{ name: string, label: string, labelEn: string, noteRequired: boolean, to: string }>, history: Array<{ action: string, actor: string, at: unknown, fromState: string | null, toState: string, note: string | null }> }> } };

export type ConsoleCreateEvaluationMutationVariables = Exact<{
  input: CreateEvaluationInput;
}>;


export type ConsoleCreateEvaluationMutation = { createEvaluation: { id: string, version: number, state: string, year: number, modelKind: ModelKind, rating: string | null, total: number | null, criteriaSet: { code: string }, unit: { code: string, name: string }, subject:
      | { id: string, code: string, name: string, kind: SubjectKind }
      | { id: string, code: string, name: string, kind: SubjectKind }
      | { id: string, code: string, name: string, kind: SubjectKind }
      | { id: string, code: string, name: string, kind: SubjectKind }
     | null, scores: Array<{ indicatorCode: string, value: number }>, availableActions: Array<{ name: string, label: string, labelEn: string, noteRequired: boolean, to: string }>, history: Array<{ action: string, actor: string, at: unknown, fromState: string | null, toState: string, note: string | null }> } };

export type ConsoleScoreEvaluationMutationVariables = Exact<{
  input: ScoreEvaluationInput;
}>;


export type ConsoleScoreEvaluationMutation = { scoreEvaluation: { id: string, version: number, state: string, year: number, modelKind: ModelKind, rating: string | null, total: number | null, criteriaSet: { code: string }, unit: { code: string, name: string }, subject:
      | { id: string, code: string, name: string, kind: SubjectKind }
      | { id: string, code: string, name: string, kind: SubjectKind }
      | { id: string, code: string, name: string, kind: SubjectKind }
      | { id: string, code: string, name: string, kind: SubjectKind }
     | null, scores: Array<{ indicatorCode: string, value: number }>, availableActions: Array<{ name: string, label: string, labelEn: string, noteRequired: boolean, to: string }>, history: Array<{ action: string, actor: string, at: unknown, fromState: string | null, toState: string, note: string | null }> } };

export type ConsoleTransitionMutationVariables = Exact<{
  id: string | number;
  action: string;
  expectedVersion?: number | null | undefined;
  note?: string | null | undefined;
}>;


export type ConsoleTransitionMutation = { transition:
    | { id: string, state: string, version: number }
    | { id: string, state: string, version: number }
    | { id: string, state: string, version: number }
    | { id: string, state: string, version: number }
   };

export type ConsoleAnalyticsCatalogueQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleAnalyticsCatalogueQuery = { analyticsCatalogue: Array<{ code: string, label: string, description: string, dimensions: Array<AnalyticsDimension>, indicator: boolean, published: boolean }> };

export type ConsoleAnalyticsQueryVariables = Exact<{
  query: AnalyticsQueryInput;
}>;


export type ConsoleAnalyticsQuery = { analytics: { rows: Array<unknown>, rowKinds: Array<AnalyticsRowKind>, totalRows: number, suppressedCells: number, complementaryCells: number, roundedTo: number | null, notes: Array<string>, headers: Array<{ name: string, label: string, type: AnalyticsHeaderType, dimension: boolean }> } };

export type ConsoleDataSetFormsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsoleDataSetFormsQuery = { dataSets: Array<{ code: string, name: string, nameEn: string, periodType: PeriodType, reportingLevel: string, elements: Array<{ code: string, name: string, nameEn: string, valueType: DataValueType, disaggregation: { code: string, options: Array<{ code: string, name: string, nameEn: string }> } | null }> }> };

export type ConsoleReportFieldsFragment = { id: string, version: number, state: string, dataSetCode: string, period: string, dueOn: string, submittedOn: string | null, unit: { code: string, name: string }, values: Array<{ element: string, category: string | null, value: string, comment: string | null }>, violations: Array<{ rule: string, name: string, importance: string, blocking: boolean, left: number, operator: string, right: number }>, availableActions: Array<{ name: string, label: string, labelEn: string, noteRequired: boolean }> };

export type ConsoleReportOfQueryVariables = Exact<{
  dataSetCode: string;
  unitCode: string;
  period: string;
}>;


export type ConsoleReportOfQuery = { dataSetReportOf: { id: string, version: number, state: string, dataSetCode: string, period: string, dueOn: string, submittedOn: string | null, unit: { code: string, name: string }, values: Array<{ element: string, category: string | null, value: string, comment: string | null }>, violations: Array<{ rule: string, name: string, importance: string, blocking: boolean, left: number, operator: string, right: number }>, availableActions: Array<{ name: string, label: string, labelEn: string, noteRequired: boolean }> } | null };

export type ConsoleSaveReportMutationVariables = Exact<{
  input: SaveDataSetReportInput;
}>;


export type ConsoleSaveReportMutation = { saveDataSetReport: { id: string, version: number, state: string, dataSetCode: string, period: string, dueOn: string, submittedOn: string | null, unit: { code: string, name: string }, values: Array<{ element: string, category: string | null, value: string, comment: string | null }>, violations: Array<{ rule: string, name: string, importance: string, blocking: boolean, left: number, operator: string, right: number }>, availableActions: Array<{ name: string, label: string, labelEn: string, noteRequired: boolean }> } };

export type CriteriaSetsQueryVariables = Exact<{
  modelKind?: ModelKind | null | undefined;
  asOf?: string | null | undefined;
}>;


export type CriteriaSetsQuery = { criteriaSets: Array<{ code: string, name: string, modelKind: ModelKind, source: string, sample: boolean, description: string, validFrom: string, validTo: string | null, maxTotal: number, criteria: Array<{ code: string, title: string, maxScore: number, indicators: Array<{ code: string, title: string, kind: IndicatorKind, maxScore: number | null }> }>, grades: Array<{ code: string, label: string, recognised: boolean, minTotal: number | null }> }> };

export type PreviewRatingQueryVariables = Exact<{
  criteriaSetCode: string;
  year?: number | null | undefined;
  scores: Array<ScoreInput> | ScoreInput;
}>;


export type PreviewRatingQuery = { previewRating: { total: number, maxTotal: number, rating: string | null, recognised: boolean, reasons: Array<string> } };

export type EvaluationRowFragment = { id: string, year: number, modelKind: ModelKind, state: string, version: number, total: number | null, rating: string | null, recognised: boolean | null, subject:
    | { kind: SubjectKind, code: string, name: string }
    | { kind: SubjectKind, code: string, name: string }
    | { kind: SubjectKind, code: string, name: string }
    | { kind: SubjectKind, code: string, name: string }
   | null, unit: { code: string, name: string }, criteriaSet: { code: string, sample: boolean }, availableActions: Array<{ name: string, label: string, noteRequired: boolean }> };

export type EvaluationsQueryVariables = Exact<{
  filter?: EvaluationFilterInput | null | undefined;
  orderBy?: EvaluationOrderInput | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type EvaluationsQuery = { evaluations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, year: number, modelKind: ModelKind, state: string, version: number, total: number | null, rating: string | null, recognised: boolean | null, subject:
        | { kind: SubjectKind, code: string, name: string }
        | { kind: SubjectKind, code: string, name: string }
        | { kind: SubjectKind, code: string, name: string }
        | { kind: SubjectKind, code: string, name: string }
       | null, unit: { code: string, name: string }, criteriaSet: { code: string, sample: boolean }, availableActions: Array<{ name: string, label: string, noteRequired: boolean }> }> } };

export type CreateEvaluationMutationVariables = Exact<{
  input: CreateEvaluationInput;
}>;


export type CreateEvaluationMutation = { createEvaluation: { id: string, year: number, modelKind: ModelKind, state: string, version: number, total: number | null, rating: string | null, recognised: boolean | null, result: { missingIndicators: Array<string> }, subject:
      | { kind: SubjectKind, code: string, name: string }
      | { kind: SubjectKind, code: string, name: string }
      | { kind: SubjectKind, code: string, name: string }
      | { kind: SubjectKind, code: string, name: string }
     | null, unit: { code: string, name: string }, criteriaSet: { code: string, sample: boolean }, availableActions: Array<{ name: string, label: string, noteRequired: boolean }> } };

export type ScoreEvaluationMutationVariables = Exact<{
  input: ScoreEvaluationInput;
}>;


export type ScoreEvaluationMutation = { scoreEvaluation: { id: string, year: number, modelKind: ModelKind, state: string, version: number, total: number | null, rating: string | null, recognised: boolean | null, result: { missingIndicators: Array<string>, details: Array<{ rule: string, indicator: string | null, vi: string }> }, subject:
      | { kind: SubjectKind, code: string, name: string }
      | { kind: SubjectKind, code: string, name: string }
      | { kind: SubjectKind, code: string, name: string }
      | { kind: SubjectKind, code: string, name: string }
     | null, unit: { code: string, name: string }, criteriaSet: { code: string, sample: boolean }, availableActions: Array<{ name: string, label: string, noteRequired: boolean }> } };

export type TransitionMutationVariables = Exact<{
  id: string | number;
  action: string;
  note?: string | null | undefined;
  expectedVersion?: number | null | undefined;
}>;


export type TransitionMutation = { transition:
    | { id: string, state: string, version: number, history: Array<{ action: string, toState: string, actor: string, note: string | null, at: unknown }> }
    | { id: string, state: string, version: number, history: Array<{ action: string, toState: string, actor: string, note: string | null, at: unknown }> }
    | { id: string, state: string, version: number, history: Array<{ action: string, toState: string, actor: string, note: string | null, at: unknown }> }
    | { id: string, state: string, version: number, history: Array<{ action: string, toState: string, actor: string, note: string | null, at: unknown }> }
   };

export type PluginsQueryVariables = Exact<{ [key: string]: never; }>;


export type PluginsQuery = { plugins: Array<{ id: string, name: string, version: string, graphqlPrefix: string, provinces: Array<{ code: string, name: string, from: string | null, until: string | null }>, contributes: { criteriaSets: Array<string>, plans: Array<string>, targets: Array<string>, workflowExtensions: Array<string>, rootFields: Array<string> } }> };

export type GnlcMembershipsQueryVariables = Exact<{
  asOf?: string | null | undefined;
}>;


export type GnlcMembershipsQuery = { gnlcMemberships: Array<{ id: string, cityName: string, unitCode: string, joinedYear: number, joinedOn: string | null, currentUnits: Array<{ code: string, name: string }>, awardEligibility: { eligible: boolean, reasons: Array<{ rule: string }> } }> };

export type GnlcCallWindowsQueryVariables = Exact<{ [key: string]: never; }>;


export type GnlcCallWindowsQuery = { gnlcCallWindows: Array<{ year: number, opensOn: string, closesOn: string, maxCitiesPerCountry: number | null }> };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { authenticated: boolean, subject: string | null, role: Role | null, scope: { code: string, name: string } | null } };

export type CreateVillageMutationVariables = Exact<{
  input: CreateVillageInput;
}>;


export type CreateVillageMutation = { createVillage: { id: string, code: string, name: string, version: number } };

export type UpdateVillageMutationVariables = Exact<{
  input: UpdateVillageInput;
}>;


export type UpdateVillageMutation = { updateVillage: { id: string, name: string, validTo: string | null, version: number } };

export const AdminUnitSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminUnitSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdminUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]} as unknown as DocumentNode<AdminUnitSummaryFragment, unknown>;
export const ConsoleEvaluationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleEvaluationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"modelKind"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorCode"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"noteRequired"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<ConsoleEvaluationFieldsFragment, unknown>;
export const ConsoleReportFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataSetReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dataSetCode"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"element"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"importance"}},{"kind":"Field","name":{"kind":"Name","value":"blocking"}},{"kind":"Field","name":{"kind":"Name","value":"left"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"right"}}]}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"noteRequired"}}]}}]}}]} as unknown as DocumentNode<ConsoleReportFieldsFragment, unknown>;
export const EvaluationRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"modelKind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"recognised"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteriaSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"sample"}}]}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"noteRequired"}}]}}]}}]} as unknown as DocumentNode<EvaluationRowFragment, unknown>;
export const AdminUnitByCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminUnitByCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminUnitSummary"}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"successors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDate"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminUnitSummary"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminUnitSummary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminUnitSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdminUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]} as unknown as DocumentNode<AdminUnitByCodeQuery, AdminUnitByCodeQueryVariables>;
export const SearchAdminUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchAdminUnits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AdminUnitFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminUnitSummary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminUnitSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdminUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]} as unknown as DocumentNode<SearchAdminUnitsQuery, SearchAdminUnitsQueryVariables>;
export const AnalyticsCatalogueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalyticsCatalogue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"analyticsCatalogue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"numerator"}},{"kind":"Field","name":{"kind":"Name","value":"denominator"}}]}}]}}]} as unknown as DocumentNode<AnalyticsCatalogueQuery, AnalyticsCatalogueQueryVariables>;
export const AnalyticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Analytics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsQueryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"analytics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"headers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"rowKinds"}},{"kind":"Field","name":{"kind":"Name","value":"suppressedCells"}},{"kind":"Field","name":{"kind":"Name","value":"totalRows"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]}}]} as unknown as DocumentNode<AnalyticsQuery, AnalyticsQueryVariables>;
export const ConsoleSignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleSignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<ConsoleSignInMutation, ConsoleSignInMutationVariables>;
export const ConsoleSignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleSignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<ConsoleSignOutMutation, ConsoleSignOutMutationVariables>;
export const ConsoleViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleViewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authenticated"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"login"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"grants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"agency"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"grant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleViewerQuery, ConsoleViewerQueryVariables>;
export const ConsoleAdminUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleAdminUnits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AdminUnitFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adminUnits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleAdminUnitsQuery, ConsoleAdminUnitsQueryVariables>;
export const ConsoleDataSetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleDataSets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataSets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"periodType"}},{"kind":"Field","name":{"kind":"Name","value":"reportingLevel"}}]}}]}}]} as unknown as DocumentNode<ConsoleDataSetsQuery, ConsoleDataSetsQueryVariables>;
export const ConsoleReportingStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleReportingStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dataSetCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportingStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"dataSetCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dataSetCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"unitCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataSetCode"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}},{"kind":"Field","name":{"kind":"Name","value":"rate"}},{"kind":"Field","name":{"kind":"Name","value":"onTimeRate"}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"unitName"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"onTime"}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleReportingStatusQuery, ConsoleReportingStatusQueryVariables>;
export const ConsoleRefreshSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRefreshSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"refreshToken"},"value":{"kind":"Variable","name":{"kind":"Name","value":"refreshToken"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<ConsoleRefreshSessionMutation, ConsoleRefreshSessionMutationVariables>;
export const ConsoleSwitchGrantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleSwitchGrant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"grantId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"switchGrant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"grantId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"grantId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"accessToken"}},{"kind":"Field","name":{"kind":"Name","value":"refreshToken"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<ConsoleSwitchGrantMutation, ConsoleSwitchGrantMutationVariables>;
export const ConsoleCriteriaSetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleCriteriaSets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"modelKind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ModelKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criteriaSets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"modelKind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"modelKind"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"sample"}},{"kind":"Field","name":{"kind":"Name","value":"maxTotal"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"grades"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"minTotal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"maxScore"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"maxScore"}},{"kind":"Field","name":{"kind":"Name","value":"minScore"}},{"kind":"Field","name":{"kind":"Name","value":"optional"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleCriteriaSetsQuery, ConsoleCriteriaSetsQueryVariables>;
export const ConsoleSubjectsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleSubjects"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SubjectFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subjects"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleSubjectsQuery, ConsoleSubjectsQueryVariables>;
export const ConsolePreviewRatingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsolePreviewRating"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"criteriaSetCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scores"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreInput"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewRating"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"criteriaSetCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"criteriaSetCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"scores"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scores"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"recognised"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"maxTotal"}},{"kind":"Field","name":{"kind":"Name","value":"details"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterion"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"vi"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}}]}}]}}]} as unknown as DocumentNode<ConsolePreviewRatingQuery, ConsolePreviewRatingQueryVariables>;
export const ConsoleEvaluationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleEvaluation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleEvaluationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleEvaluationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"modelKind"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorCode"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"noteRequired"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<ConsoleEvaluationQuery, ConsoleEvaluationQueryVariables>;
export const ConsoleEvaluationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleEvaluations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleEvaluationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleEvaluationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"modelKind"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorCode"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"noteRequired"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<ConsoleEvaluationsQuery, ConsoleEvaluationsQueryVariables>;
export const ConsoleCreateEvaluationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCreateEvaluation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEvaluationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEvaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleEvaluationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleEvaluationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"modelKind"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorCode"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"noteRequired"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<ConsoleCreateEvaluationMutation, ConsoleCreateEvaluationMutationVariables>;
export const ConsoleScoreEvaluationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleScoreEvaluation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreEvaluationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoreEvaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleEvaluationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleEvaluationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"modelKind"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"criteriaSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorCode"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"noteRequired"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"fromState"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<ConsoleScoreEvaluationMutation, ConsoleScoreEvaluationMutationVariables>;
export const ConsoleTransitionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleTransition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"action"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"Variable","name":{"kind":"Name","value":"action"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ConsoleTransitionMutation, ConsoleTransitionMutationVariables>;
export const ConsoleAnalyticsCatalogueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleAnalyticsCatalogue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"analyticsCatalogue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dimensions"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"published"}}]}}]}}]} as unknown as DocumentNode<ConsoleAnalyticsCatalogueQuery, ConsoleAnalyticsCatalogueQueryVariables>;
export const ConsoleAnalyticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleAnalytics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnalyticsQueryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"analytics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"headers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"dimension"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"rowKinds"}},{"kind":"Field","name":{"kind":"Name","value":"totalRows"}},{"kind":"Field","name":{"kind":"Name","value":"suppressedCells"}},{"kind":"Field","name":{"kind":"Name","value":"complementaryCells"}},{"kind":"Field","name":{"kind":"Name","value":"roundedTo"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]}}]} as unknown as DocumentNode<ConsoleAnalyticsQuery, ConsoleAnalyticsQueryVariables>;
export const ConsoleDataSetFormsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleDataSetForms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataSets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"periodType"}},{"kind":"Field","name":{"kind":"Name","value":"reportingLevel"}},{"kind":"Field","name":{"kind":"Name","value":"elements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"valueType"}},{"kind":"Field","name":{"kind":"Name","value":"disaggregation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConsoleDataSetFormsQuery, ConsoleDataSetFormsQueryVariables>;
export const ConsoleReportOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleReportOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dataSetCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataSetReportOf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"dataSetCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dataSetCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"unitCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataSetReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dataSetCode"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"element"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"importance"}},{"kind":"Field","name":{"kind":"Name","value":"blocking"}},{"kind":"Field","name":{"kind":"Name","value":"left"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"right"}}]}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"noteRequired"}}]}}]}}]} as unknown as DocumentNode<ConsoleReportOfQuery, ConsoleReportOfQueryVariables>;
export const ConsoleSaveReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleSaveReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveDataSetReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveDataSetReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DataSetReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"dataSetCode"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"element"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"violations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"importance"}},{"kind":"Field","name":{"kind":"Name","value":"blocking"}},{"kind":"Field","name":{"kind":"Name","value":"left"}},{"kind":"Field","name":{"kind":"Name","value":"operator"}},{"kind":"Field","name":{"kind":"Name","value":"right"}}]}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"labelEn"}},{"kind":"Field","name":{"kind":"Name","value":"noteRequired"}}]}}]}}]} as unknown as DocumentNode<ConsoleSaveReportMutation, ConsoleSaveReportMutationVariables>;
export const CriteriaSetsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CriteriaSets"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"modelKind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ModelKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criteriaSets"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"modelKind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"modelKind"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"modelKind"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"sample"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"maxTotal"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"maxScore"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"maxScore"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"grades"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"recognised"}},{"kind":"Field","name":{"kind":"Name","value":"minTotal"}}]}}]}}]}}]} as unknown as DocumentNode<CriteriaSetsQuery, CriteriaSetsQueryVariables>;
export const PreviewRatingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PreviewRating"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"criteriaSetCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scores"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previewRating"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"criteriaSetCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"criteriaSetCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"scores"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scores"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"maxTotal"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"recognised"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"language"},"value":{"kind":"EnumValue","value":"VI"}}]}]}}]}}]} as unknown as DocumentNode<PreviewRatingQuery, PreviewRatingQueryVariables>;
export const EvaluationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Evaluations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EvaluationOrderInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"evaluations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvaluationRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"modelKind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"recognised"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteriaSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"sample"}}]}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"noteRequired"}}]}}]}}]} as unknown as DocumentNode<EvaluationsQuery, EvaluationsQueryVariables>;
export const CreateEvaluationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateEvaluation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEvaluationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEvaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvaluationRow"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missingIndicators"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"modelKind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"recognised"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteriaSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"sample"}}]}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"noteRequired"}}]}}]}}]} as unknown as DocumentNode<CreateEvaluationMutation, CreateEvaluationMutationVariables>;
export const ScoreEvaluationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScoreEvaluation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreEvaluationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoreEvaluation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvaluationRow"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"missingIndicators"}},{"kind":"Field","name":{"kind":"Name","value":"details"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"vi"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"modelKind"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"recognised"}},{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criteriaSet"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"sample"}}]}},{"kind":"Field","name":{"kind":"Name","value":"availableActions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"noteRequired"}}]}}]}}]} as unknown as DocumentNode<ScoreEvaluationMutation, ScoreEvaluationMutationVariables>;
export const TransitionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Transition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"action"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"Variable","name":{"kind":"Name","value":"action"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"toState"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]} as unknown as DocumentNode<TransitionMutation, TransitionMutationVariables>;
export const PluginsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Plugins"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plugins"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"graphqlPrefix"}},{"kind":"Field","name":{"kind":"Name","value":"provinces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"until"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contributes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criteriaSets"}},{"kind":"Field","name":{"kind":"Name","value":"plans"}},{"kind":"Field","name":{"kind":"Name","value":"targets"}},{"kind":"Field","name":{"kind":"Name","value":"workflowExtensions"}},{"kind":"Field","name":{"kind":"Name","value":"rootFields"}}]}}]}}]}}]} as unknown as DocumentNode<PluginsQuery, PluginsQueryVariables>;
export const GnlcMembershipsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GnlcMemberships"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gnlcMemberships"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cityName"}},{"kind":"Field","name":{"kind":"Name","value":"unitCode"}},{"kind":"Field","name":{"kind":"Name","value":"joinedYear"}},{"kind":"Field","name":{"kind":"Name","value":"joinedOn"}},{"kind":"Field","name":{"kind":"Name","value":"currentUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"awardEligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GnlcMembershipsQuery, GnlcMembershipsQueryVariables>;
export const GnlcCallWindowsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GnlcCallWindows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gnlcCallWindows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"opensOn"}},{"kind":"Field","name":{"kind":"Name","value":"closesOn"}},{"kind":"Field","name":{"kind":"Name","value":"maxCitiesPerCountry"}}]}}]}}]} as unknown as DocumentNode<GnlcCallWindowsQuery, GnlcCallWindowsQueryVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authenticated"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"scope"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const CreateVillageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateVillage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateVillageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createVillage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CreateVillageMutation, CreateVillageMutationVariables>;
export const UpdateVillageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateVillage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateVillageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateVillage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateVillageMutation, UpdateVillageMutationVariables>;