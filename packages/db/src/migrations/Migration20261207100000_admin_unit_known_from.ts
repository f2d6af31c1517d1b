import { Migration } from '@mikro-orm/migrations';

/**
 * Units of the GSO list of 1/3/2025 have no recorded first day: `known_from` keeps the list's date,
 * so that an answer for an earlier date can say it comes from that list, and a later file of
 * earlier changes can give the real first day.
 */
export class Migration20261207100000_admin_unit_known_from extends Migration {
  override name = 'Migration20261207100000_admin_unit_known_from';

  override up(): void | Promise<void> {
    this.addSql(`alter table "admin_unit" add column "known_from" date null;`);
    this.addSql(
      `update "admin_unit" set "known_from" = '2025-03-01' where "valid_from" is null and "valid_to" = '2025-06-30' and "level" <> 'VILLAGE';`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "admin_unit" drop column "known_from";`);
  }
}
