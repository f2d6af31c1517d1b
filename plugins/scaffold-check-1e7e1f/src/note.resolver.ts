import {
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
import { ScaffoldCheck1e7e1fNote } from './note.entity.js';
import { ScaffoldCheck1e7e1fNoteType } from './note.types.js';

const PLUGIN = 'scaffold-check-1e7e1f';
const MAX_TEXT = 2000;

const view = (note: ScaffoldCheck1e7e1fNote, unit: AdminUnit): ScaffoldCheck1e7e1fNoteType => ({
  id: toGlobalId('ScaffoldCheck1e7e1fNote', note.id),
  unitCode: unit.code,
  unitName: unit.name,
  day: note.day,
  text: note.text,
  version: note.version,
  createdBy: note.createdBy,
});

@Resolver(() => ScaffoldCheck1e7e1fNoteType)
export class ScaffoldCheck1e7e1fNoteResolver {
  @Query(() => [ScaffoldCheck1e7e1fNoteType], {
    description: 'Notes about a unit of the province (ghi chú), oldest first. Needs READ_ROWS access.',
  })
  async scaffoldCheck1e7e1fNotes(
    @Arg('unitCode', () => String, { description: 'Code of the unit on `asOf`.' }) unitCode: string,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'The day the code is read at; default today.' })
    asOf: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<ScaffoldCheck1e7e1fNoteType[]> {
    // Signed in first; then NOT_FOUND, FORBIDDEN outside the caller's scope, OUTSIDE_PLUGIN_PROVINCES outside the plugin's.
    assertMayReadRows(ctx);
    const unit = await pluginUnit(ctx, {
      plugin: PLUGIN,
      access: 'READ_ROWS',
      code: unitCode,
      asOf: asOf ?? ctx.today,
    });
    const orderBy = { day: 'asc', id: 'asc' } as const;
    const notes = await ctx.em.find(ScaffoldCheck1e7e1fNote, { unitId: unit.id }, { orderBy });
    return notes.map((note) => view(note, unit));
  }

  // The edge bounds every argument; this one may be longer than the default for texts.
  @Extensions({ argBounds: { text: { maxLength: MAX_TEXT } } })
  @Mutation(() => ScaffoldCheck1e7e1fNoteType, {
    description: 'Adds a note about a unit of the province. Needs WRITE access; writes an audit entry.',
  })
  async scaffoldCheck1e7e1fAddNote(
    @Arg('unitCode', () => String, { description: 'Code of the unit on `day`.' }) unitCode: string,
    @Arg('day', () => DateScalar, { description: 'The day the note is about.' }) day: string,
    @Arg('text', () => String, { description: `1 to ${MAX_TEXT} characters.` }) text: string,
    @Ctx() ctx: RequestContext,
  ): Promise<ScaffoldCheck1e7e1fNoteType> {
    // Who asks comes first, then where: a caller outside the scope learns nothing from the input.
    assertMayWrite(ctx);
    const unit = await pluginUnit(ctx, { plugin: PLUGIN, access: 'WRITE', code: unitCode, asOf: day });
    const trimmed = text.trim();
    if (!trimmed || trimmed.length > MAX_TEXT)
      throw badInput([{ field: 'text', rule: 'LENGTH', message: `must have 1 to ${MAX_TEXT} characters` }]);
    const createdBy = ctx.principal.kind === 'user' ? ctx.principal.subject : 'anonymous';
    // One transaction, audited as the caller; inside it, query only through tx.
    const note = await mutate(ctx, 'note', async (tx, log) => {
      const created = tx.create(ScaffoldCheck1e7e1fNote, { unitId: unit.id, day, text: trimmed, createdBy });
      log.audit({
        action: 'scaffold-check-1e7e1f.addNote',
        entityType: 'ScaffoldCheck1e7e1fNote',
        entityId: created.id,
        changes: { unit: unit.code, day },
      });
      return created;
    });
    return view(note, unit);
  }
}
