/**
 * The demo's programme records: surveys, steering committees, learning centres, an association
 * with its fund, a plan with task reports and a GNLC application, each written by the officer who
 * would write it, through the module's own service.
 */
import { toGlobalId } from '../common/node-id.js';
import { recordEducationSurvey } from '../education-standards/education-standards.service.js';
import { EducationSurvey } from '../education-standards/education-survey.entity.js';
import { createGnlcApplication, gnlcApplicationActions, type GnlcApplication } from '../gnlc/index.js';
import { applyTransition } from '../workflows/workflow-kernel.js';
import type { DonorType, FundEntryKind } from '../programme/associations/association.entity.js';
import {
  createAssociation,
  createFund,
  recordFundEntry,
  reportMembers,
} from '../programme/associations/association.service.js';
import {
  createLearningCentre,
  reportLearningCentreYear,
} from '../programme/learning-centres/learning-centre.service.js';
import { addPlanTask, createPlan, createTaskReport } from '../programme/plans/plan.service.js';
import {
  createSteeringCommittee,
  updateSteeringCommittee,
} from '../programme/steering-committees/steering-committee.service.js';
import type { DemoActors } from './demo-actors.js';
import { DEMO_ASSOCIATION, DEMO_CENTRES, DEMO_COMMITTEES, DEMO_GNLC, DEMO_PLAN, DEMO_SURVEYS } from './demo.data.js';

/** Surveys of communes that have none for the year; a commune's own survey is never overwritten. */
export async function writeDemoSurveys(actors: DemoActors, say: (line: string) => void) {
  let written = 0;
  for (const s of DEMO_SURVEYS) {
    const unit = actors.units[s.commune];
    const existing = await actors.admin().em.count(EducationSurvey, { unit: unit.id, year: s.year });
    if (existing > 0) {
      say(`  skipped the survey of ${unit.name} (${unit.code}) for ${s.year}: the commune has one of its own.`);
      continue;
    }
    await recordEducationSurvey(actors.officer(s.commune), {
      unitCode: unit.code,
      year: s.year,
      especiallyDifficult: false,
      figures: s.figures.map((f) => ({ ...f })),
    });
    written++;
  }
  return { surveys: written };
}

export async function writeDemoCommittees(actors: DemoActors) {
  for (const c of DEMO_COMMITTEES) {
    const committee = await createSteeringCommittee(actors.officer(c.unit), {
      unitCode: actors.units[c.unit].code,
      decisionNumber: c.decisionNumber,
      decidedOn: c.decidedOn,
      members: c.members.map((m) => ({ ...m })),
    });
    // The old commune's committee ended with the commune.
    const ends = actors.units[c.unit].validTo;
    if (ends)
      await updateSteeringCommittee(actors.officer(c.unit), {
        id: toGlobalId('SteeringCommittee', committee.id),
        expectedVersion: committee.version,
        activeTo: ends,
      });
  }
  return { committees: DEMO_COMMITTEES.length };
}

export async function writeDemoCentres(actors: DemoActors) {
  for (const c of DEMO_CENTRES) {
    let centre = await createLearningCentre(actors.officer(c.commune), {
      communeCode: actors.units[c.commune].code,
      name: c.name,
      establishedOn: c.establishedOn,
      facilities: { ...c.facilities },
    });
    for (const y of c.years)
      centre = await reportLearningCentreYear(actors.officer(c.commune), {
        id: toGlobalId('LearningCentre', centre.id),
        expectedVersion: centre.version,
        year: y.year,
        activities: [...y.activities],
        participants: y.participants,
      });
  }
  return { learningCentres: DEMO_CENTRES.length };
}

export async function writeDemoAssociation(actors: DemoActors) {
  const a = DEMO_ASSOCIATION;
  const as = () => actors.association(a.unit);
  let association = await createAssociation(as(), {
    unitCode: actors.units[a.unit].code,
    name: a.name,
    foundedOn: a.foundedOn,
  });
  for (const m of a.members)
    association = await reportMembers(as(), {
      id: toGlobalId('StudyPromotionAssociation', association.id),
      expectedVersion: association.version,
      year: m.year,
      members: m.members,
    });
  let fund = await createFund(as(), {
    associationId: toGlobalId('StudyPromotionAssociation', association.id),
    name: a.fund,
  });
  for (const e of a.entries)
    fund = await recordFundEntry(as(), {
      fundId: toGlobalId('StudyPromotionFund', fund.id),
      expectedVersion: fund.version,
      kind: e.kind as FundEntryKind,
      date: e.date,
      amountVnd: e.amountVnd,
      counterpart: e.counterpart,
      ...('donorType' in e ? { donorType: e.donorType as DonorType } : {}),
      ...('note' in e ? { note: e.note } : {}),
    });
  return { associations: 1, funds: 1, fundEntries: a.entries.length };
}

export async function writeDemoPlan(actors: DemoActors) {
  const p = DEMO_PLAN;
  const issuer = () => actors.officer(p.issuer);
  const plan = await createPlan(issuer(), {
    issuerUnitCode: actors.units[p.issuer].code,
    title: p.title,
    documentNumber: p.documentNumber,
    issuedOn: p.issuedOn,
    periodFrom: p.periodFrom,
    periodTo: p.periodTo,
    legalBasis: p.legalBasis,
  });
  let reports = 0;
  for (const t of p.tasks) {
    const task = await addPlanTask(issuer(), {
      planId: toGlobalId('Plan', plan.id),
      section: t.section,
      code: t.code,
      title: t.title,
      lead: t.lead,
      leadUnitCode: actors.units[t.leadUnit].code,
      reportingCycle: t.reportingCycle,
    });
    for (const r of t.reports) {
      const lead = () => actors.officer(t.leadUnit);
      const report = await createTaskReport(lead(), {
        taskId: toGlobalId('PlanTask', task.id),
        period: r.period,
        content: r.content,
      });
      const id = toGlobalId('TaskReport', report.id);
      await applyTransition(lead(), { id, action: 'SUBMIT' });
      if (r.accept) await applyTransition(issuer(), { id, action: 'ACCEPT' });
      reports++;
    }
  }
  return { plans: 1, planTasks: p.tasks.length, taskReports: reports };
}

/**
 * Drafted and signed by the city; where Đồng Tháp's plugin is loaded, endorsed by the province as
 * its workflow adds. Not sent to the National Commission: the demo invents no UIL decision.
 */
export async function writeDemoGnlc(actors: DemoActors) {
  const g = DEMO_GNLC;
  const city = () => actors.officer(g.applicant);
  const application = await createGnlcApplication(city(), {
    unitCode: actors.units[g.applicant].code,
    callYear: g.callYear,
    appliedOn: g.appliedOn,
    form: {
      ...g.form,
      mayor: { ...g.form.mayor },
      contact: { ...g.form.contact },
      profile: { ...g.form.profile },
      challenges: g.form.challenges.map((c) => ({ ...c })),
    },
  });
  const id = toGlobalId('GnlcApplication', application.id);
  const signed = (await applyTransition(city(), { id, action: 'SIGN' })) as GnlcApplication;
  const province = actors.officer('oldProvince');
  const offered = await gnlcApplicationActions(province, signed);
  const endorse = offered.some((a) => a.name === 'ENDORSE_PROVINCE');
  if (endorse) await applyTransition(actors.officer('oldProvince'), { id, action: 'ENDORSE_PROVINCE' });
  return { gnlcApplications: 1, provinceEndorsed: endorse ? 1 : 0 };
}
