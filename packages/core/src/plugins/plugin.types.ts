import { Field, ObjectType } from 'type-graphql';
import { DateScalar } from '../common/scalars.js';

@ObjectType('PluginProvince', { description: 'A province a plugin serves, between two dates.' })
export class PluginProvinceType {
  @Field(() => String, { description: 'GSO province code, e.g. 87.' })
  code!: string;

  @Field(() => String, { description: 'The province that had the code during the claim.' })
  name!: string;

  @Field(() => DateScalar, { nullable: true, description: 'First day served; null: since the province existed.' })
  from!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Last day served; null: still served.' })
  until!: string | null;
}

@ObjectType('PluginExtension', { description: 'What a plugin registered with one extension point.' })
export class PluginExtensionType {
  @Field(() => String, {
    description: 'The extension point: the registrar method, e.g. criteriaSets, extendWorkflow, workflowNode.',
  })
  point!: string;

  @Field(() => [String], { description: 'What it registered there, by code or name, in the order it did.' })
  items!: string[];
}

@ObjectType('PluginContributions', { description: 'What a plugin adds to the platform.' })
export class PluginContributionsType {
  @Field(() => [String], { description: 'Codes of the criteria sets it issues.' })
  criteriaSets!: string[];

  @Field(() => [String], { description: 'Core workflows it extends for its provinces (e.g. evaluation).' })
  workflowExtensions!: string[];

  @Field(() => [String], { description: 'Its own record types that follow a workflow through `transition`.' })
  workflowNodes!: string[];

  @Field(() => [String], { description: 'Codes of the agencies it ships (its province’s departments, committees, …).' })
  agencies!: string[];

  @Field(() => [String], { description: 'Document numbers of the plans it ships.' })
  plans!: string[];

  @Field(() => [String], { description: 'Codes of its own targets and indicators.' })
  targets!: string[];

  @Field(() => [String], { description: 'Names of its reference data sets.' })
  referenceData!: string[];

  @Field(() => [String], { description: 'GraphQL types it adds.' })
  types!: string[];

  @Field(() => [String], { description: 'Root fields it adds, as Query.name or Mutation.name.' })
  rootFields!: string[];

  @Field(() => [String], { description: 'Fields it adds to core types, as Type.field.' })
  fields!: string[];

  @Field(() => [String], { description: 'Its migrations, in the order they run (kept in its own schema).' })
  migrations!: string[];

  @Field(() => [String], { description: 'Codes of the analytics dimensions it defines (AnalyticsDimension PLUGIN).' })
  analyticsDimensions!: string[];

  @Field(() => [PluginExtensionType], {
    description:
      'Everything it registered, extension point by extension point (those above and any added since): points it registered nothing with are left out.',
  })
  extensions!: PluginExtensionType[];
}

@ObjectType('PluginInfo', { description: 'A loaded province plugin.' })
export class PluginInfoType {
  @Field(() => String, { description: 'kebab-case id, e.g. dong-thap.' })
  id!: string;

  @Field(() => String, { description: 'Name, e.g. Tỉnh Đồng Tháp.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'What the plugin is for.' })
  description!: string | null;

  @Field(() => String, { description: 'Its semantic version.' })
  version!: string;

  @Field(() => String, { description: 'The core versions it works with (semver range).' })
  core!: string;

  @Field(() => String, { description: 'Prefix of every GraphQL type it adds (root fields use its camelCase form).' })
  graphqlPrefix!: string;

  @Field(() => String, { description: 'The PostgreSQL schema holding its tables.' })
  databaseSchema!: string;

  @Field(() => [PluginProvinceType], { description: 'The provinces it serves, with dates.' })
  provinces!: PluginProvinceType[];

  @Field(() => PluginContributionsType, { description: 'What it contributes.' })
  contributes!: PluginContributionsType;
}
