import { Migration } from '@mikro-orm/migrations';

/**
 * Agencies as reference data (national ones and each plugin's), and plans' tasks referring to
 * them: the lead and the coordinators keep their text for display, beside the agency codes the
 * plan seed matched (null where a string names no known agency: collective names, or an agency
 * not yet in the data). A plan names the agency that issued it; its reports are accepted there.
 */
export class Migration20261209200000_agencies extends Migration {
  override name = 'Migration20261209200000_agencies';

  override up(): void | Promise<void> {
    this.addSql(`create table "agency" ("code" text not null, "name" text not null, "kind" text not null, "unit_id" uuid null, "aliases" jsonb not null, "source" text not null, primary key ("code"));`);
    this.addSql(`create index "agency_unit_id_index" on "agency" ("unit_id");`);
    this.addSql(`alter table "agency" add constraint "agency_unit_id_foreign" foreign key ("unit_id") references "admin_unit" ("id") on delete set null;`);
    this.addSql(`alter table "plan" add column "issuer_agency_code" text null;`);
    this.addSql(`alter table "plan_task" add column "lead_agency_code" text null, add column "coordinator_agency_codes" jsonb not null default '[]';`);
    // The default only fills the rows already there; new rows get theirs from the entity.
    this.addSql(`alter table "plan_task" alter column "coordinator_agency_codes" drop default;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "plan_task" drop column "lead_agency_code", drop column "coordinator_agency_codes";`);
    this.addSql(`alter table "plan" drop column "issuer_agency_code";`);
    this.addSql(`drop table "agency";`);
  }
}
