/**
 * The UNESCO Global Network of Learning Cities (GNLC), by aggregate: `applications/` (the
 * application form, the call windows, the `gnlc-application` workflow and its WorkflowNode) and
 * `memberships/` (memberships, biennial progress reports, award nominations and eligibility, the
 * UIL members reference data). The core's module assembly and public surface import from here.
 */
import { GnlcApplication } from './applications/application.entity.js';
import { GnlcApplicationResolver } from './applications/application.resolver.js';
import { GnlcAwardNomination, GnlcMembership, GnlcProgressReport } from './memberships/membership.entity.js';
import { gnlcMembersReferenceData } from './memberships/membership.reference.js';
import {
  GnlcAwardNominationResolver,
  GnlcMembershipResolver,
  GnlcProgressReportResolver,
} from './memberships/membership.resolver.js';
// Registers the national `gnlc-application` workflow.
import './applications/application.workflow.js';

/** What the GNLC module contributes to the core, in the order the core lists it. */
export const gnlcModule = {
  entities: [GnlcApplication, GnlcMembership, GnlcProgressReport, GnlcAwardNomination],
  resolvers: [GnlcApplicationResolver, GnlcMembershipResolver, GnlcProgressReportResolver, GnlcAwardNominationResolver],
  referenceData: [gnlcMembersReferenceData],
};

// What a province plugin builds on (its cities' memberships, the application workflow).
export { GNLC_APPLICATION_WORKFLOW, GNLC_APPLICATION_WORKFLOW_ID } from './applications/application.workflow.js';
export { listGnlcMemberships } from './memberships/membership.service.js';
export { GnlcMembership } from './memberships/membership.entity.js';
export { GnlcMembershipType } from './memberships/membership.types.js';
// What the demo drives.
export { GnlcApplication } from './applications/application.entity.js';
export { createGnlcApplication } from './applications/application.service.js';
export { gnlcApplicationActions } from './applications/application-workflow.service.js';
