import { Migration } from '@mikro-orm/migrations';

/**
 * Jobs (issue 20): long work (imports, the standards refresh, large exports) run by a queue on
 * PostgreSQL (pg-boss, in its own schema `pgboss`, installed at start-up under the start-up lock).
 * This table is what callers see of a job: its kind, state and progress, who submitted it and for
 * which part of the country, so a job is shown to its submitter and to the admins above that unit.
 * An uploaded file is kept in parts of the database (servers are stateless: any of them may run
 * the job), read back as a stream, and deleted when the job ends.
 */
export class Migration20261209310000_jobs extends Migration {

  override name = 'Migration20261209310000_jobs';

  override up(): void | Promise<void> {
    this.addSql(`create table "job" (
      "id" uuid primary key,
      "kind" text not null,
      "state" text not null check ("state" in ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'REFUSED')),
      "params" jsonb not null default '{}',
      "processed" bigint not null default 0,
      "total" bigint null,
      "errors" int not null default 0,
      "message" text null,
      "result" jsonb null,
      "submitted_by" text not null,
      "scope_unit_id" uuid null references "admin_unit" ("id"),
      "scope_lineage" uuid[] not null default '{}',
      "created_at" timestamptz not null default now(),
      "updated_at" timestamptz not null default now(),
      "finished_at" timestamptz null);`);
    this.addSql(`create index "job_submitted_by_created_index" on "job" ("submitted_by", "created_at" desc, "id" desc);`);
    this.addSql(`create index "job_scope_lineage_index" on "job" using gin ("scope_lineage");`);
    this.addSql(`create table "job_file_part" (
      "job_id" uuid not null references "job" ("id") on delete cascade,
      "n" int not null,
      "data" bytea not null,
      primary key ("job_id", "n"));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "job_file_part";`);
    this.addSql(`drop table if exists "job";`);
  }
}
