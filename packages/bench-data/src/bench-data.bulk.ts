import type { EntityManager } from '@mikro-orm/postgresql';

/** A constraint or index taken off for a bulk load, with the statement that puts it back. */
export interface Deferred {
  kind: 'foreign key' | 'unique constraint' | 'index';
  table: string;
  name: string;
  restore: string;
}

const quoteName = (name: string) => `"${name.replaceAll('"', '""')}"`;
const tableList = (tables: readonly string[]) =>
  `array[${tables.map((t) => `'${t.replaceAll("'", "''")}'`).join(', ')}]::regclass[]`;

/**
 * Takes off, inside the caller's transaction, what makes a bulk insert slow row by row (PostgreSQL's
 * advice for populating a database): the foreign keys of the written tables (a trigger call per
 * row) and the secondary indexes of the large ones (a random index page per row once they outgrow
 * memory). restoreChecks puts each back from its own definition, read here from the catalogue:
 * adding a key back checks every row in one join, a unique constraint is rebuilt by one sort and
 * refuses duplicates. Nobody else sees the difference: it all happens in the one transaction, and
 * if anything fails the transaction rolls back with them in place.
 */
export async function deferChecks(
  tx: EntityManager,
  what: { foreignKeysOf: readonly string[]; indexesOf: readonly string[] },
  progress: (line: string) => void,
): Promise<Deferred[]> {
  const keys = await tx.execute<{ table: string; name: string; definition: string; contype: string }[]>(
    `select conrelid::regclass::text as table, conname as name, pg_get_constraintdef(oid) as definition, contype
     from pg_constraint
     where (contype = 'f' and conrelid = any(${tableList(what.foreignKeysOf)}))
        or (contype = 'u' and conrelid = any(${tableList(what.indexesOf)})
            and not exists (select 1 from pg_constraint r where r.contype = 'f' and r.conindid = pg_constraint.conindid))
     order by contype, 1, 2`,
  );
  const indexes = await tx.execute<{ table: string; name: string; definition: string }[]>(
    `select i.indrelid::regclass::text as table, c.relname as name, pg_get_indexdef(i.indexrelid) as definition
     from pg_index i join pg_class c on c.oid = i.indexrelid
     where i.indrelid = any(${tableList(what.indexesOf)}) and not i.indisprimary
       and not exists (select 1 from pg_constraint k where k.conindid = i.indexrelid)
     order by 1, 2`,
  );
  const deferred: Deferred[] = [
    ...keys.map((k) => ({
      kind: k.contype === 'f' ? ('foreign key' as const) : ('unique constraint' as const),
      table: k.table,
      name: k.name,
      restore: `alter table ${k.table} add constraint ${quoteName(k.name)} ${k.definition}`,
    })),
    ...indexes.map((i) => ({ kind: 'index' as const, table: i.table, name: i.name, restore: i.definition })),
  ];
  for (const d of deferred)
    await tx.execute(
      d.kind === 'index'
        ? `drop index ${quoteName(d.name)}`
        : `alter table ${d.table} drop constraint ${quoteName(d.name)}`,
    );
  progress(
    `Took off ${deferred.length} foreign keys, unique constraints and indexes for the load (${deferred.map((d) => d.name).join(', ')}); they are put back and checked at the end.`,
  );
  return deferred;
}

/** Puts back what deferChecks took off: indexes first, so that the keys' checks can use them. */
export async function restoreChecks(
  tx: EntityManager,
  deferred: readonly Deferred[],
  progress: (line: string) => void,
): Promise<void> {
  await tx.execute(`set local maintenance_work_mem = '1GB'`);
  const order = { index: 0, 'unique constraint': 1, 'foreign key': 2 } as const;
  for (const d of [...deferred].sort((a, b) => order[a.kind] - order[b.kind])) {
    const started = Date.now();
    await tx.execute(d.restore);
    progress(`Put back ${d.kind} ${d.name} of ${d.table} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  }
}
