import { registerEnumType } from 'type-graphql';

/** What kind of subject an evaluation rates, besides administrative units (which rate as communities). */
export enum SubjectKind {
  HOUSEHOLD = 'HOUSEHOLD',
  CLAN = 'CLAN',
  CITIZEN = 'CITIZEN',
  ORGANISATION = 'ORGANISATION',
}

registerEnumType(SubjectKind, {
  name: 'SubjectKind',
  description: 'A subject of learning-model evaluations that is not an administrative unit.',
  valuesConfig: {
    HOUSEHOLD: { description: 'A household (hộ gia đình), rated as a learning family.' },
    CLAN: { description: 'A clan (dòng họ), rated as a learning clan.' },
    CITIZEN: { description: 'A person, rated as a learning citizen. Only name, birth year and village are kept.' },
    ORGANISATION: { description: 'An agency, organisation or enterprise, rated as a learning unit.' },
  },
});

export enum OrganisationKind {
  AGENCY = 'AGENCY',
  SCHOOL = 'SCHOOL',
  ENTERPRISE = 'ENTERPRISE',
  ARMED_FORCES = 'ARMED_FORCES',
  OTHER = 'OTHER',
}

registerEnumType(OrganisationKind, {
  name: 'OrganisationKind',
  description: 'What kind of organisation a learning unit is.',
  valuesConfig: {
    AGENCY: { description: 'A state agency or public service unit (cơ quan, đơn vị sự nghiệp).' },
    SCHOOL: { description: 'An education institution.' },
    ENTERPRISE: { description: 'An enterprise (doanh nghiệp).' },
    ARMED_FORCES: { description: 'A unit of the armed forces (lực lượng vũ trang).' },
    OTHER: { description: 'Any other organisation.' },
  },
});
