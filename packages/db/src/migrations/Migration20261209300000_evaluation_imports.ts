import { Migration } from '@mikro-orm/migrations';

/**
 * The CSV import as a resumable process (issues 20 and 21). One row per import records how far it
 * got: its rows are staged by COPY into an UNLOGGED table of their own (named after the import),
 * checked there, then written chunk by chunk, each chunk's transaction advancing
 * `chunks_written`, so a resumed import starts at the first chunk not committed and writes each
 * row once. Refused rows are kept beside it so a job's caller can page through them.
 */
export class Migration20261209300000_evaluation_imports extends Migration {

  override name = 'Migration20261209300000_evaluation_imports';

  override up(): void | Promise<void> {
    this.addSql(`create table "evaluation_import" (
      "id" uuid primary key,
      "checksum" text null,
      "source" text null,
      "import_state" text not null check ("import_state" in ('DRAFT', 'SUBMITTED')),
      "phase" text not null check ("phase" in ('STAGING', 'CHECKED', 'DONE', 'REFUSED')),
      "chunk_size" int not null check ("chunk_size" > 0),
      "rows" int not null default 0,
      "staged" int not null default 0,
      "chunks_written" int not null default 0,
      "subjects_written" int not null default 0,
      "evaluations_written" int not null default 0,
      "already_present" int not null default 0,
      "problems" int not null default 0,
      "created_at" timestamptz not null default now(),
      "finished_at" timestamptz null);`);
    this.addSql(`create index "evaluation_import_checksum_index" on "evaluation_import" ("checksum");`);
    this.addSql(`create table "evaluation_import_problem" (
      "import_id" uuid not null references "evaluation_import" ("id") on delete cascade,
      "n" int not null, "line" int not null, "field" text not null, "rule" text not null, "message" text not null);`);
    this.addSql(`create index "evaluation_import_problem_import_n_index" on "evaluation_import_problem" ("import_id", "n");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "evaluation_import_problem";`);
    this.addSql(`drop table if exists "evaluation_import";`);
  }
}
