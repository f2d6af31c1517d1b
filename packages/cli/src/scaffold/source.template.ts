import type { PlannedClaim, ScaffoldFile, ScaffoldPlan } from './plugin-template.rules.js';
import { literal } from './template-text.js';

/** The plugin's code: its declaration, one example table with its migration, and its GraphQL. */
export function sourceFiles(plan: ScaffoldPlan): ScaffoldFile[] {
  return [
    { path: 'src/index.ts', content: indexFile(plan) },
    { path: 'src/note.entity.ts', content: entityFile(plan) },
    { path: 'src/migrations/Migration0001_init.ts', content: migrationFile(plan) },
    { path: 'src/note.types.ts', content: typesFile(plan) },
    { path: 'src/note.resolver.ts', content: resolverFile(plan) },
  ];
}

const claimLine = (c: PlannedClaim) => {
  const dates = [c.from ? `from: '${c.from}'` : '', c.until ? `until: '${c.until}'` : ''].filter(Boolean);
  return `    { code: '${c.code}'${dates.map((d) => `, ${d}`).join('')} }, // ${c.provinceName}`;
};

function indexFile(plan: ScaffoldPlan): string {
  const codes = [...new Set(plan.claims.map((c) => `'${c.code}'`))].join(', ');
  return `import { definePlugin } from '@hoctap/plugin-sdk';
import { Migration0001_init } from './migrations/Migration0001_init.js';
import { ${plan.prefix}Note } from './note.entity.js';
import { ${plan.prefix}NoteResolver } from './note.resolver.js';

/**
 * The province plugin ${plan.id}, scaffolded by \`hoctap plugin new\`. The platform checks this
 * declaration at start-up and refuses to start, naming the plugin and the rule, when it is wrong.
 */
export default definePlugin({
  id: '${plan.id}',
  name: ${literal(plan.name)},
  version: '1.0.0',
  core: '^1.0.0',
  // Each claim binds to the one province that had the code for the whole period (codes are reused).
  provinces: [
${plan.claims.map(claimLine).join('\n')}
  ],
  graphqlPrefix: '${plan.prefix}',
  // Its own tables live in the PostgreSQL schema ${plan.schema}, with its own migration history.
  entities: [${plan.prefix}Note],
  migrations: [{ name: 'Migration0001_init', class: Migration0001_init }],
  resolvers: [${plan.prefix}NoteResolver],
  // Declarations only, no I/O: each is checked at start-up and listed by the \`plugins\` query.
  register(registrar) {
    // registrar.criteriaSets([set], { provinceCodes: [${codes}] }); // issuer { level: 'PROVINCE', plugin: '${plan.id}' }; replacesNational: { basis } only where a source says the province issued its own criteria
    // registrar.extendWorkflow('evaluation', { addGuards: [...] }, guards); // e.g. a local approval step
    // registrar.plans([{ issuerCode: ${codes.split(', ')[0]}, documentNumber, issuedOn, title, tasks: [...] }]);
    // registrar.targets([{ code, description, source, year, percent, formula, provinceCodes: [${codes}] }]);
    // registrar.referenceData({ name: '${plan.id}.agencies', content, load: async (em) => 0 });
    void registrar;
  },
});
`;
}

function entityFile(plan: ScaffoldPlan): string {
  return `import { Entity, Index, OptionalProps, PrimaryKey, Property, timeOrderedId } from '@hoctap/plugin-sdk';

/**
 * A dated note about an administrative unit of the province: the scaffold's example table. It lives
 * in the plugin's own schema and refers to the core's unit by id only (core tables are not the plugin's).
 */
@Entity({ schema: '${plan.schema}', tableName: 'note' })
@Index({ properties: ['unitId', 'day'] })
export class ${plan.prefix}Note {
  [OptionalProps]?: 'id' | 'version';

  @PrimaryKey({ type: 'uuid' })
  id: string = timeOrderedId();

  /** The core's AdminUnit the note is about. */
  @Property({ type: 'uuid' })
  unitId!: string;

  /** The day the note is about (ISO date); the unit is read as of this day. */
  @Property({ type: 'date' })
  day!: string;

  @Property({ type: 'text' })
  text!: string;

  @Property({ version: true })
  version!: number;

  /** The subject of the caller who wrote it. */
  @Property({ type: 'text' })
  createdBy!: string;
}
`;
}

function migrationFile(plan: ScaffoldPlan): string {
  const table = `"${plan.schema}"."note"`;
  return `import { Migration } from '@hoctap/plugin-sdk';

const TABLE = '${table}';

/**
 * Creates the example table. The platform creates the schema ${plan.schema} and records each
 * applied migration in its table "migrations". Add a new migration to the list in index.ts for
 * every change; never edit one that has been applied.
 */
export class Migration0001_init extends Migration {
  override up(): void {
    this.addSql(
      \`create table \${TABLE} ("id" uuid not null, "unit_id" uuid not null, "day" date not null, "text" text not null, "version" int not null default 1, "created_by" text not null, primary key ("id"));\`,
    );
    this.addSql(\`create index "note_unit_id_day_index" on \${TABLE} ("unit_id", "day");\`);
  }
}
`;
}

function typesFile(plan: ScaffoldPlan): string {
  return `import { DateScalar, Field, ID, Int, ObjectType } from '@hoctap/plugin-sdk';

@ObjectType('${plan.prefix}Note', {
  description: "A dated note about an administrative unit of the province (ghi chú): the plugin's example record.",
})
export class ${plan.prefix}NoteType {
  @Field(() => ID, { description: 'Global id.' })
  id!: string;

  @Field(() => String, { description: 'Code of the unit the note is about, on \`day\`.' })
  unitCode!: string;

  @Field(() => String, { description: 'Name of the unit on \`day\`.' })
  unitName!: string;

  @Field(() => DateScalar, { description: 'The day the note is about.' })
  day!: string;

  @Field(() => String, { description: 'The note itself.' })
  text!: string;

  @Field(() => Int, { description: 'Version, raised by every change.' })
  version!: number;

  @Field(() => String, { description: 'Who wrote it (the subject of their token).' })
  createdBy!: string;
}
`;
}

function resolverFile(plan: ScaffoldPlan): string {
  const P = plan.prefix;
  const f = plan.fieldPrefix;
  return `import {
  Arg,
  Ctx,
  DateScalar,
  Extensions,
  Mutation,
  Query,
  Resolver,
  assertMayReadRows,
  assertMayWrite,
  badInput,
  mutate,
  pluginUnit,
  toGlobalId,
  type AdminUnit,
  type RequestContext,
} from '@hoctap/plugin-sdk';
import { ${P}Note } from './note.entity.js';
import { ${P}NoteType } from './note.types.js';

const PLUGIN = '${plan.id}';
const MAX_TEXT = 2000;

const view = (note: ${P}Note, unit: AdminUnit): ${P}NoteType => ({
  id: toGlobalId('${P}Note', note.id),
  unitCode: unit.code,
  unitName: unit.name,
  day: note.day,
  text: note.text,
  version: note.version,
  createdBy: note.createdBy,
});

@Resolver(() => ${P}NoteType)
export class ${P}NoteResolver {
  @Query(() => [${P}NoteType], {
    description: 'Notes about a unit of the province (ghi chú), oldest first. Needs READ_ROWS access.',
  })
  async ${f}Notes(
    @Arg('unitCode', () => String, { description: 'Code of the unit on \`asOf\`.' }) unitCode: string,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'The day the code is read at; default today.' })
    asOf: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<${P}NoteType[]> {
    // Signed in first; then NOT_FOUND, FORBIDDEN outside the caller's scope, OUTSIDE_PLUGIN_PROVINCES outside the plugin's.
    assertMayReadRows(ctx);
    const unit = await pluginUnit(ctx, {
      plugin: PLUGIN,
      access: 'READ_ROWS',
      code: unitCode,
      asOf: asOf ?? ctx.today,
    });
    const orderBy = { day: 'asc', id: 'asc' } as const;
    const notes = await ctx.em.find(${P}Note, { unitId: unit.id }, { orderBy });
    return notes.map((note) => view(note, unit));
  }

  // The edge bounds every argument; this one may be longer than the default for texts.
  @Extensions({ argBounds: { text: { maxLength: MAX_TEXT } } })
  @Mutation(() => ${P}NoteType, {
    description: 'Adds a note about a unit of the province. Needs WRITE access; writes an audit entry.',
  })
  async ${f}AddNote(
    @Arg('unitCode', () => String, { description: 'Code of the unit on \`day\`.' }) unitCode: string,
    @Arg('day', () => DateScalar, { description: 'The day the note is about.' }) day: string,
    @Arg('text', () => String, { description: \`1 to \${MAX_TEXT} characters.\` }) text: string,
    @Ctx() ctx: RequestContext,
  ): Promise<${P}NoteType> {
    // Who asks comes first, then where: a caller outside the scope learns nothing from the input.
    assertMayWrite(ctx);
    const unit = await pluginUnit(ctx, { plugin: PLUGIN, access: 'WRITE', code: unitCode, asOf: day });
    const trimmed = text.trim();
    if (!trimmed || trimmed.length > MAX_TEXT)
      throw badInput([{ field: 'text', rule: 'LENGTH', message: \`must have 1 to \${MAX_TEXT} characters\` }]);
    const createdBy = ctx.principal.kind === 'user' ? ctx.principal.subject : 'anonymous';
    // One transaction, audited as the caller; inside it, query only through tx.
    const note = await mutate(ctx, 'note', async (tx, log) => {
      const created = tx.create(${P}Note, { unitId: unit.id, day, text: trimmed, createdBy });
      log.audit({
        action: '${plan.id}.addNote',
        entityType: '${P}Note',
        entityId: created.id,
        changes: { unit: unit.code, day },
      });
      return created;
    });
    return view(note, unit);
  }
}
`;
}
