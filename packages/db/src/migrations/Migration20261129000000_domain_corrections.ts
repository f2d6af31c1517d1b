import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 16, domain corrections: what the platform states must match its sources.
 * - A province criteria set replaces the national one only on a source saying the province issued
 *   it (`replaces_national_basis`). Đồng Tháp's plugin no longer registers placeholder sets for
 *   Kế hoạch 278/KH-UBND, which implements the national rating; the rows it left are removed where
 *   no evaluation uses them (an evaluation keeps the set it was rated against).
 * - Plans and tasks say whether their number, date, content and reporting cycle are stated by a
 *   source or assumed (provenance as jsonb: verified, source, unknown).
 * - A recognition decision names the rule of the recognising authority it was made under.
 */
export class Migration20261129000000_domain_corrections extends Migration {

  override name = 'Migration20261129000000_domain_corrections';

  override up(): void | Promise<void> {
    this.addSql(`alter table "criteria_set" add column "replaces_national_basis" text null;`);
    this.addSql(`delete from "criteria_set" s where s."code" in ('DT-278-2020-UNIT-DISTRICT', 'DT-278-2020-UNIT-PROVINCE')
      and not exists (select 1 from "evaluation" e where e."criteria_set_id" = s."id");`);
    this.addSql(`alter table "plan" add column "issue_provenance" jsonb null, add column "content_provenance" jsonb null;`);
    this.addSql(`alter table "plan_task" add column "cycle_provenance" jsonb null;`);
    this.addSql(`alter table "recognition_decision" add column "authority_rule" text null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "recognition_decision" drop column "authority_rule";`);
    this.addSql(`alter table "plan_task" drop column "cycle_provenance";`);
    this.addSql(`alter table "plan" drop column "issue_provenance", drop column "content_provenance";`);
    this.addSql(`alter table "criteria_set" drop column "replaces_national_basis";`);
  }

}
