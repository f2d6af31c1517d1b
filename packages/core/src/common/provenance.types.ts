import { Field, ObjectType } from 'type-graphql';
import type { Provenance } from './provenance.js';

@ObjectType('Provenance', {
  description:
    'Whether a fact the platform states is verified against its legal source, and what is not known when it is not. Show unverified facts as sample or assumed, never as law.',
})
export class ProvenanceType implements Provenance {
  @Field(() => Boolean, {
    description: 'True when the fact is stated by its source (a legal text or a document the platform cites).',
  })
  verified!: boolean;

  @Field(() => String, { nullable: true, description: 'The document the fact comes from; null when none states it.' })
  source!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'When not verified: what is not known and what the platform assumes meanwhile.',
  })
  unknown!: string | null;
}
