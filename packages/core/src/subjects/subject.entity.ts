import { OptionalProps } from '@mikro-orm/core';
import { timeOrderedId } from '../common/ids.js';
import { Entity, Enum, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { AdminUnit } from '../geography/admin-unit.entity.js';
import { OrganisationKind, SubjectKind } from './subject.enums.js';

/**
 * A household, clan, citizen or organisation that learning models rate. One table for the four:
 * they share identity (a local code within a unit), place and lifecycle, and differ in one or two
 * columns. Personal data is minimal by design: a citizen has a name, a birth year and a village,
 * nothing else.
 */
@Entity({ tableName: 'subject' })
// Unit first: it also serves listing a unit's subjects.
@Unique({ properties: ['unit', 'kind', 'code'] })
export class Subject {
  [OptionalProps]?: 'id' | 'version' | 'source' | 'createdAt' | 'birthYear' | 'household' | 'organisationKind';

  /** Time-ordered (UUIDv7), so that bulk imports append to the indexes. */
  @PrimaryKey({ type: 'uuid' })
  id: string = timeOrderedId();

  @Enum({ items: () => SubjectKind, nativeEnumName: 'subject_kind' })
  kind!: SubjectKind;

  /** Where the subject lives or is managed: a village or commune (an organisation: its managing unit). */
  @ManyToOne(() => AdminUnit)
  unit!: AdminUnit;

  /** A code unique within the unit and kind, as the commune keeps it (số hộ, mã đơn vị, …). */
  @Property({ type: 'text' })
  code!: string;

  /** How the subject is known: "Hộ ông Nguyễn Văn A", "Họ Trần", a citizen's full name, an organisation's name. */
  @Property({ type: 'text' })
  name!: string;

  /** Citizens only. */
  @Property({ type: 'smallint', nullable: true })
  birthYear?: number | null;

  /** Citizens only: the household they belong to, when known. */
  @ManyToOne(() => Subject, { nullable: true })
  household?: Subject | null;

  /** Organisations only. */
  @Enum({ items: () => OrganisationKind, nativeEnumName: 'organisation_kind', nullable: true })
  organisationKind?: OrganisationKind | null;

  /** `user`, `import` or `plugin:<id>`. */
  @Property({ type: 'text' })
  source: string = 'user';

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ version: true })
  version!: number;
}
