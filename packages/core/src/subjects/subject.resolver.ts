import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../common/context.js';
import { pageWindow } from '../common/connection.js';
import { toGlobalId } from '../common/node-id.js';
import type { AdminUnit } from '../geography/admin-unit.entity.js';
import { AdminUnitType } from '../geography/geography.types.js';
import type { Subject } from './subject.entity.js';
import {
  createSubject,
  listSubjects,
  readableSubject,
  subjectLoader,
  unitOfSubject,
  updateSubject,
} from './subject.service.js';
import {
  CitizenType,
  CreateSubjectInput,
  HouseholdType,
  SubjectConnection,
  SubjectFilterInput,
  SubjectInterface,
  subjectTypeName,
  UpdateSubjectInput,
} from './subject.types.js';

/** Subjects are personal or organisational rows: reading needs READ_ROWS in their subtree; writing, WRITE. */
@Resolver(() => SubjectInterface)
export class SubjectResolver {
  @Query(() => SubjectInterface, { description: 'One household, clan, citizen or organisation by its global id.' })
  subject(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<Subject> {
    return readableSubject(ctx, id);
  }

  @Query(() => SubjectConnection, {
    description: "Subjects in a unit's subtree (a scoped caller's own subtree by default), ordered by kind and code.",
  })
  async subjects(
    @Arg('filter', () => SubjectFilterInput, { nullable: true }) filter: SubjectFilterInput | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size, 0–100; default 20.' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor of the item to continue after.' })
    after: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    return listSubjects(ctx, filter ?? {}, pageWindow({ first, after }));
  }

  @Mutation(() => SubjectInterface, {
    description: 'Records a household, clan, citizen or organisation in a unit the caller may change.',
  })
  createSubject(
    @Arg('input', () => CreateSubjectInput) input: CreateSubjectInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Subject> {
    return createSubject(ctx, input);
  }

  @Mutation(() => SubjectInterface, {
    description: 'Renames a subject or corrects a birth year; CONFLICT when `expectedVersion` is stale.',
  })
  updateSubject(
    @Arg('input', () => UpdateSubjectInput) input: UpdateSubjectInput,
    @Ctx() ctx: RequestContext,
  ): Promise<Subject> {
    return updateSubject(ctx, input);
  }

  @FieldResolver(() => ID)
  id(@Root() subject: Subject): string {
    return toGlobalId(subjectTypeName(subject.kind), subject.id);
  }

  @FieldResolver(() => AdminUnitType)
  unit(@Root() subject: Subject, @Ctx() ctx: RequestContext): Promise<AdminUnit | null> {
    return unitOfSubject(ctx, subject);
  }
}

@Resolver(() => CitizenType)
export class CitizenResolver {
  @FieldResolver(() => HouseholdType, { nullable: true })
  household(@Root() citizen: Subject, @Ctx() ctx: RequestContext): Promise<Subject | null> | null {
    return citizen.household ? subjectLoader(ctx).load(citizen.household.id) : null;
  }
}
