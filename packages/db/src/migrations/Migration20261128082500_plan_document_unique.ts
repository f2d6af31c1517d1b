import { Migration } from '@mikro-orm/migrations';

export class Migration20261128082500_plan_document_unique extends Migration {

  override name = 'Migration20261128082500_plan_document_unique';

  override up(): void | Promise<void> {
    this.addSql(`alter table "plan" add constraint "plan_issuer_id_document_number_unique" unique ("issuer_id", "document_number");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "plan" drop constraint "plan_issuer_id_document_number_unique";`);
  }

}
