import { DateScalar, Field, ID, Int, ObjectType } from '@hoctap/plugin-sdk';

@ObjectType('ScaffoldCheck1e7e1fNote', {
  description: "A dated note about an administrative unit of the province (ghi chú): the plugin's example record.",
})
export class ScaffoldCheck1e7e1fNoteType {
  @Field(() => ID, { description: 'Global id.' })
  id!: string;

  @Field(() => String, { description: 'Code of the unit the note is about, on `day`.' })
  unitCode!: string;

  @Field(() => String, { description: 'Name of the unit on `day`.' })
  unitName!: string;

  @Field(() => DateScalar, { description: 'The day the note is about.' })
  day!: string;

  @Field(() => String, { description: 'The note itself.' })
  text!: string;

  @Field(() => Int, { description: 'Version, raised by every change.' })
  version!: number;

  @Field(() => String, { description: 'Who wrote it (the subject of their token).' })
  createdBy!: string;
}
