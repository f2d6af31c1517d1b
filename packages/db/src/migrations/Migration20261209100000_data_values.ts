import { Migration } from '@mikro-orm/migrations';

/**
 * One row per value of a submitted or approved data set report, so analytics add data values up
 * in SQL (DATA_VALUE) instead of unpacking every report's JSON on each request. A trigger on the
 * report keeps it: whatever writes a report (saveDataSetReport, an import, a transition, a repair
 * by hand) rewrites its rows in the same transaction, so the two never disagree. The unit's
 * province, district and commune come from the lineage frozen on the report (the period's map).
 * An element given by its parts only gets a derived total, so totals are always there to add up.
 */
export class Migration20261209100000_data_values extends Migration {
  override name = 'Migration20261209100000_data_values';

  override up(): void | Promise<void> {
    this.addSql(`create table "data_value" (
      "report_id" uuid not null references "data_set_report" ("id") on delete cascade,
      "data_set_code" text not null, "period" text not null, "year" smallint not null, "unit_id" uuid not null,
      "province_id" uuid null, "district_id" uuid null, "commune_id" uuid null,
      "element" text not null, "category" text not null, "value" numeric not null,
      primary key ("report_id", "element", "category"));`);
    this.addSql(`create index "data_value_province_idx" on "data_value" ("province_id", "element", "year");`);
    this.addSql(`create index "data_value_district_idx" on "data_value" ("district_id", "element", "year");`);
    this.addSql(`create index "data_value_commune_idx" on "data_value" ("commune_id", "element", "year");`);
    this.addSql(`create index "data_value_element_idx" on "data_value" ("element", "year");`);
    this.addSql(`create or replace function data_value_write(r data_set_report) returns void language sql as $$
      with given as (
        select x->>'element' as element, coalesce(x->>'category', '') as category, (x->>'value')::numeric as value
        from jsonb_array_elements(r."values") x
        where x->>'value' ~ '^-?[0-9]+(\\.[0-9]+)?$'
      ), rows as (
        select element, category, value from given
        union all
        select g.element, '', sum(g.value) from given g
        where g.category <> '' and not exists (select 1 from given t where t.element = g.element and t.category = '')
        group by g.element
      )
      insert into data_value (report_id, data_set_code, period, year, unit_id, province_id, district_id, commune_id,
        element, category, value)
      select r.id, r.data_set_code, r.period, left(r.period, 4)::smallint, r.unit_id,
        r.lineage[array_position(r.lineage_levels, 'PROVINCE')],
        r.lineage[array_position(r.lineage_levels, 'DISTRICT')],
        r.lineage[array_position(r.lineage_levels, 'COMMUNE')],
        element, category, value
      from rows where r.state in ('SUBMITTED', 'APPROVED');
    $$;`);
    this.addSql(`create or replace function data_value_refresh() returns trigger language plpgsql as $$
      begin
        if tg_op = 'UPDATE' then
          delete from data_value where report_id = old.id;
        end if;
        perform data_value_write(new);
        return null;
      end $$;`);
    this.addSql(`create trigger data_value_insert after insert on "data_set_report"
      for each row execute function data_value_refresh();`);
    this.addSql(`create trigger data_value_update after update of "values", "state", "lineage", "lineage_levels"
      on "data_set_report" for each row execute function data_value_refresh();`);
    this.addSql(`select data_value_write(r) from data_set_report r;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop trigger if exists data_value_insert on "data_set_report";`);
    this.addSql(`drop trigger if exists data_value_update on "data_set_report";`);
    this.addSql(`drop function if exists data_value_refresh, data_value_write;`);
    this.addSql(`drop table if exists "data_value";`);
  }
}
