import { Field, ObjectType } from 'type-graphql';
import { ProvenanceType } from '../../common/provenance.types.js';
import { DateScalar } from '../../common/scalars.js';

@ObjectType('ProvinceDocumentTask', { description: 'A task a provincial document assigns, with its lead.' })
export class ProvinceDocumentTaskType {
  @Field(() => String, { description: 'Code within the document.' })
  code!: string;

  @Field(() => String, { description: 'What is to be done (a summary, not the document’s wording).' })
  title!: string;

  @Field(() => String, { description: 'The lead (chủ trì), as the document names it.' })
  lead!: string;

  @Field(() => [String], { description: 'Coordinating agencies (phối hợp).' })
  coordinators!: string[];

  @Field(() => String, { nullable: true, description: 'Whom the lead reports to, and how often, when stated.' })
  reportsTo!: string | null;

  @Field(() => ProvenanceType, {
    nullable: true,
    description: 'Whether the document states how often the lead reports; null when it asks for no report.',
  })
  cycleProvenance!: ProvenanceType | null;
}

@ObjectType('ProvinceDocument', {
  description:
    'A provincial document of the learning-society programme that no province plugin carries (e.g. one whose province the source does not name). Not a Plan: it has no issuing unit on the map until its province is known.',
})
export class ProvinceDocumentType {
  @Field(() => String, { description: 'Stable code.' })
  code!: string;

  @Field(() => String, { description: 'Kind of document, e.g. Công văn.' })
  kind!: string;

  @Field(() => String, { description: 'Who issued it, e.g. Ban Thường vụ Tỉnh ủy.' })
  issuer!: string;

  @Field(() => String, { nullable: true, description: 'GSO code of its province; null when no source names it.' })
  provinceCode!: string | null;

  @Field(() => ProvenanceType, { description: 'Whether the province is known, and why not when it is not.' })
  provinceProvenance!: ProvenanceType;

  @Field(() => String, { description: 'Title (a summary).' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Document number; null when the source does not give it.' })
  documentNumber!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Date of issue; null when the source does not give it.' })
  issuedOn!: string | null;

  @Field(() => ProvenanceType, { description: 'Whether the number and date are known.' })
  issueProvenance!: ProvenanceType;

  @Field(() => [String], { description: 'The acts it implements or reviews.' })
  legalBasis!: string[];

  @Field(() => [ProvinceDocumentTaskType], { description: 'Its tasks, in order.' })
  tasks!: ProvinceDocumentTaskType[];

  @Field(() => String, { description: 'Where its text is.' })
  source!: string;
}
