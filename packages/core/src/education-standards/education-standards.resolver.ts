import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../common/context.js';
import { toGlobalId } from '../common/node-id.js';
import type { AdminUnit } from '../geography/admin-unit.entity.js';
import { geographyLoaders } from '../geography/geography.service.js';
import { AdminUnitType } from '../geography/geography.types.js';
import type { EducationSurvey } from './education-survey.entity.js';
import { previewStandards, recordEducationSurvey, unitStandards } from './education-standards.service.js';
import {
  EducationSurveyInput,
  EducationSurveyType,
  StandardResultType,
  SurveyCodeType,
  SurveyFigureType,
} from './education-standards.types.js';
import { SurveyFigureRow } from './survey-figure.entity.js';
import { SURVEY_CODES } from './survey-codes.js';

/** A commune's result has no roll-up and, in a preview, no recogniser. */
const view = <T extends object>(r: T) => ({ rollup: null, recognisedBy: null, ...r });

@Resolver(() => EducationSurveyType)
export class EducationStandardsResolver {
  @Query(() => [SurveyCodeType], { description: 'The data elements of the literacy and universal-education survey.' })
  surveyCodes(): SurveyCodeType[] {
    return SURVEY_CODES.map((c) => ({ ...c }));
  }

  @Query(() => [StandardResultType], {
    description:
      'Whether a commune, district or province meets each standard in a year, from the stored surveys: a district or province from its communes (through districts before 1/7/2025), listing the units that fail.',
  })
  async educationStandards(
    @Arg('unitCode', () => String, { description: 'The unit, as its code stood that year.' }) unitCode: string,
    @Arg('year', () => Int, { description: 'The year surveyed.' }) year: number,
    @Ctx() ctx: RequestContext,
  ) {
    return (await unitStandards(ctx, unitCode, year)).map(view);
  }

  @Query(() => [StandardResultType], {
    description: "Evaluates a commune's figures against every standard without saving anything.",
  })
  previewEducationStandards(
    @Arg('input', () => EducationSurveyInput) input: EducationSurveyInput,
    @Ctx() ctx: RequestContext,
  ) {
    return previewStandards(input, ctx.today).map(view);
  }

  @Mutation(() => EducationSurveyType, {
    description:
      "Records a commune's survey for a year; figures with the same code are replaced. Bad figures are refused with BAD_USER_INPUT naming each, and nothing is written.",
  })
  recordEducationSurvey(
    @Arg('input', () => EducationSurveyInput) input: EducationSurveyInput,
    @Ctx() ctx: RequestContext,
  ): Promise<EducationSurvey> {
    return recordEducationSurvey(ctx, input);
  }

  @FieldResolver(() => ID, { description: 'Global id.' })
  id(@Root() survey: EducationSurvey): string {
    return toGlobalId('EducationSurvey', survey.id);
  }

  @FieldResolver(() => AdminUnitType, { description: 'The commune surveyed.' })
  unit(@Root() survey: EducationSurvey, @Ctx() ctx: RequestContext): Promise<AdminUnit | null> {
    return geographyLoaders(ctx).unit.load(survey.unit.id);
  }

  @FieldResolver(() => [SurveyFigureType], { description: 'The figures reported, by code.' })
  figures(@Root() survey: EducationSurvey, @Ctx() ctx: RequestContext): Promise<SurveyFigureRow[]> {
    return ctx.em.find(SurveyFigureRow, { survey: survey.id }, { orderBy: { code: 'asc' } });
  }
}
