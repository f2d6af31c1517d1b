import { assertMayWrite } from '../../auth/access.js';
import { Role } from '../../auth/roles.js';
import { diff } from '../../audit/audit.service.js';
import type { RequestContext } from '../../common/context.js';
import { badInput, conflict, forbidden, notFound, type FieldProblem } from '../../common/errors.js';
import { assertVersion } from '../../common/flush.js';
import { mutate } from '../../common/mutate.js';
import { idOfType } from '../../common/node-id.js';
import { roleOf } from '../gnlc-common.js';
import { membershipLoaders } from './membership-query.service.js';
import { findMembership } from './membership.service.js';
import { GnlcAwardNomination, GnlcMembership, type GnlcAwardOutcome } from './membership.entity.js';
import { awardEligibility, checkNomination, wonOn, type AwardEligibility } from './membership.rules.js';

/** The last day the membership's city won the award, or null. */
function lastWonOn(nominations: readonly GnlcAwardNomination[]): string | null {
  const wins = nominations.filter((n) => n.outcome === 'WON').map(wonOn);
  return wins.length > 0 ? wins.reduce((a, b) => (a > b ? a : b)) : null;
}

export async function membershipEligibility(
  ctx: RequestContext,
  m: GnlcMembership,
  on: string,
): Promise<AwardEligibility> {
  const nominations = await membershipLoaders(ctx).nominations.load(m.id);
  return awardEligibility({
    joinedOn: m.joinedOn ?? null,
    joinedYear: m.joinedYear,
    nominationDay: on,
    lastWonOn: lastWonOn(nominations),
  });
}

/** The National Commission for UNESCO nominates: ADMIN only. */
function assertNationalCommission(ctx: RequestContext, what: string): void {
  if (roleOf(ctx) !== Role.ADMIN) throw forbidden(`Only an ADMIN (the National Commission for UNESCO) may ${what}.`);
}

/**
 * Nominates a member for an edition of the UNESCO Learning City Award: the city must be eligible
 * on `nominatedOn`, and at most NOMINATIONS_PER_COUNTRY cities are nominated per award. Concurrent
 * nominations for one award are serialised, so the limit holds under races.
 */
export async function nominateGnlcCity(
  ctx: RequestContext,
  input: { membershipId: string; awardYear: number; nominatedOn: string },
): Promise<GnlcAwardNomination> {
  assertMayWrite(ctx);
  assertNationalCommission(ctx, 'nominate a city for the UNESCO Learning City Award');
  return mutate(
    ctx,
    'nomination',
    async (tx, log) => {
      await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [`gnlc.award:${input.awardYear}`]);
      const membership = await findMembership(ctx, input.membershipId, tx, 'membershipId');
      const nominations = await tx.find(GnlcAwardNomination, { membership: membership.id });
      if (nominations.some((n) => n.awardYear === input.awardYear))
        throw conflict(`${membership.cityName} is already nominated for the ${input.awardYear} award.`, {
          rule: 'ONE_PER_AWARD',
        });
      const eligibility = awardEligibility({
        joinedOn: membership.joinedOn ?? null,
        joinedYear: membership.joinedYear,
        nominationDay: input.nominatedOn,
        lastWonOn: lastWonOn(nominations),
      });
      const alreadyNominated = await tx.count(GnlcAwardNomination, { awardYear: input.awardYear });
      const problems = checkNomination({ ...input, eligibility, alreadyNominated, today: ctx.today });
      if (problems.length > 0) throw badInput(problems);
      const nomination = tx.create(GnlcAwardNomination, {
        membership: tx.getReference(GnlcMembership, membership.id),
        awardYear: input.awardYear,
        nominatedOn: input.nominatedOn,
      });
      log.audit({
        action: 'gnlc.nominate',
        entityType: 'GnlcAwardNomination',
        entityId: nomination.id,
        changes: { membership: membership.id, city: membership.cityName, ...input },
      });
      return nomination;
    },
    { onUnique: () => conflict('The city is already nominated for this award.', { rule: 'ONE_PER_AWARD' }) },
  );
}

/** Records what became of a nomination; a stale version answers CONFLICT. */
export async function recordGnlcAwardOutcome(
  ctx: RequestContext,
  input: { nominationId: string; outcome: GnlcAwardOutcome; outcomeOn?: string | null; expectedVersion: number },
): Promise<GnlcAwardNomination> {
  assertMayWrite(ctx);
  assertNationalCommission(ctx, 'record the outcome of a nomination');
  const problems: FieldProblem[] = [];
  if (input.outcomeOn && input.outcomeOn > ctx.today)
    problems.push({ field: 'outcomeOn', rule: 'NOT_FUTURE', message: 'must not be in the future' });
  if (input.outcome === 'NOMINATED' && input.outcomeOn)
    problems.push({ field: 'outcomeOn', rule: 'UNDECIDED', message: 'a nomination still open has no outcome day' });
  if (problems.length > 0) throw badInput(problems);
  return mutate(ctx, 'nomination', async (tx, log) => {
    const nomination = await tx.findOne(
      GnlcAwardNomination,
      idOfType(input.nominationId, 'GnlcAwardNomination', 'nominationId'),
    );
    if (!nomination) throw notFound(`No GNLC award nomination has id ${input.nominationId}.`);
    assertVersion(nomination.version, input.expectedVersion, 'nomination');
    const before = { outcome: nomination.outcome, outcomeOn: nomination.outcomeOn ?? null };
    nomination.outcome = input.outcome;
    nomination.outcomeOn = input.outcomeOn ?? null;
    log.audit({
      action: 'gnlc.recordAwardOutcome',
      entityType: 'GnlcAwardNomination',
      entityId: nomination.id,
      changes: diff(before, { outcome: nomination.outcome, outcomeOn: nomination.outcomeOn }),
    });
    return nomination;
  });
}
