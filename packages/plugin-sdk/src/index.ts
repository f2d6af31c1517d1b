/**
 * The public surface a province plugin may use. Plugins import only this package (lint enforces
 * it): the contract (`definePlugin`), the core's public surface (`@hoctap/core/public`, listed and
 * explained there), and the building blocks for entities and resolvers. Everything else in the
 * platform is internal and may change between minor versions.
 */
import type { PluginDefinition } from '@hoctap/core/public';

export { definePlugin } from './define-plugin.js';
export * from '@hoctap/core/public';

// Building blocks: TypeGraphQL for the schema, MikroORM (legacy decorators) for tables.
export {
  Arg,
  Args,
  ArgsType,
  Ctx,
  // Input bounds (maxLength, maxItems, min, max) on an input field, or `argBounds` on a field's arguments.
  Extensions,
  Field,
  FieldResolver,
  Float,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
  registerEnumType,
} from 'type-graphql';
export { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
export { OptionalProps, type MigrationObject } from '@mikro-orm/core';
export { Migration } from '@mikro-orm/migrations';
export type { EntityManager } from '@mikro-orm/postgresql';

/** The type of a plugin module's default export. */
export type HoctapPlugin = PluginDefinition;
