import { registerEnumType } from 'type-graphql';

export enum Role {
  ADMIN = 'ADMIN',
  OFFICER = 'OFFICER',
  ASSOCIATION = 'ASSOCIATION',
  ANALYST = 'ANALYST',
}

registerEnumType(Role, {
  name: 'Role',
  description: 'What a caller may do. OFFICER and ASSOCIATION are scoped to one administrative unit and its subtree.',
  valuesConfig: {
    ADMIN: { description: 'National administrator: reads and changes everything.' },
    OFFICER: { description: 'Government officer (cán bộ) of one administrative unit: reads and changes its subtree.' },
    ASSOCIATION: {
      description:
        'Study Promotion Association (Hội Khuyến học) of one administrative unit: reads and changes its subtree.',
    },
    ANALYST: { description: 'Analyst: reads aggregates for the whole country, never personal rows.' },
  },
});

/** Roles whose power ends at the border of one administrative unit's subtree. */
export const SCOPED_ROLES: ReadonlySet<Role> = new Set([Role.OFFICER, Role.ASSOCIATION]);

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (Object.values(Role) as string[]).includes(value);
}
