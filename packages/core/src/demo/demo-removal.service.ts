/**
 * Which rows are the demo's, and their removal, in SQL inside the caller's transaction. A row is
 * the demo's when the first audit entry that names it is by a demo actor (a real record a demo
 * token later changed stays); so are the records that hang off demo rows (a fund's entries, a
 * plan's tasks and reports, the evaluations of a demo household, a household added by hand to a
 * demo village). Summary tables follow through their triggers.
 */
import type { EntityManager } from '@mikro-orm/postgresql';
import { DEMO_ACTOR_PREFIX, DEMO_SOURCE } from './demo.data.js';

/** Rows removed, by entity type. */
export type DemoRemoval = Record<string, number>;

/** Entity types the demo creates, as its services audit them, with their tables. */
const TABLES: Record<string, string> = {
  AdminUnit: 'admin_unit',
  Subject: 'subject',
  Evaluation: 'evaluation',
  RecognitionDecision: 'recognition_decision',
  EducationSurvey: 'education_survey',
  SteeringCommittee: 'steering_committee',
  LearningCentre: 'learning_centre',
  StudyPromotionAssociation: 'study_promotion_association',
  StudyPromotionFund: 'study_promotion_fund',
  Plan: 'plan',
  PlanTask: 'plan_task',
  TaskReport: 'task_report',
  GnlcApplication: 'gnlc_application',
};

const ids = (type: string) => `(select id from demo_rows where entity_type = '${type}')`;

/** Dependants first, each statement after the rows it reads. */
const DEPENDANTS = [
  `insert into demo_rows select 'Subject', s.id from subject s where s.unit_id in ${ids('AdminUnit')}`,
  `insert into demo_rows select 'Evaluation', e.id from evaluation e
     where e.subject_id in ${ids('Subject')} or e.unit_id in ${ids('AdminUnit')}`,
  `insert into demo_rows select 'StudyPromotionFund', f.id from study_promotion_fund f where f.association_id in ${ids('StudyPromotionAssociation')}`,
  `insert into demo_rows select 'PlanTask', t.id from plan_task t where t.plan_id in ${ids('Plan')}`,
  `insert into demo_rows select 'TaskReport', r.id from task_report r where r.task_id in ${ids('PlanTask')}`,
];

const DELETES = [
  `delete from workflow_transition where target_id in (select id from demo_rows)`,
  `delete from evaluation where id in ${ids('Evaluation')}`,
  `delete from recognition_decision r where r.id in ${ids('RecognitionDecision')}
     and not exists (select 1 from evaluation e where e.recognition_decision_id = r.id)`,
  `delete from subject where id in ${ids('Subject')}`,
  `delete from fund_entry where fund_id in ${ids('StudyPromotionFund')}`,
  `delete from study_promotion_fund where id in ${ids('StudyPromotionFund')}`,
  `delete from study_promotion_association where id in ${ids('StudyPromotionAssociation')}`,
  `delete from task_report where id in ${ids('TaskReport')}`,
  `delete from plan_task where id in ${ids('PlanTask')}`,
  `delete from plan where id in ${ids('Plan')}`,
  `delete from education_survey where id in ${ids('EducationSurvey')}`,
  `delete from steering_committee where id in ${ids('SteeringCommittee')}`,
  `delete from learning_centre where id in ${ids('LearningCentre')}`,
  `delete from gnlc_application where id in ${ids('GnlcApplication')}`,
  // Only villages the demo made: never a unit of the map.
  `delete from admin_unit where id in ${ids('AdminUnit')} and level = 'VILLAGE' and source = '${DEMO_SOURCE}'`,
  `delete from audit_entry where entity_id in (select id::text from demo_rows)
     or (action = 'demo.load' and actor like '${DEMO_ACTOR_PREFIX}%')`,
];

export async function removeDemoRows(tx: EntityManager): Promise<DemoRemoval> {
  const types = Object.keys(TABLES)
    .map((t) => `'${t}'`)
    .join(', ');
  await tx.execute(`create temporary table demo_rows (entity_type text not null, id uuid not null) on commit drop`);
  await tx.execute(
    `insert into demo_rows
     select d.entity_type, d.entity_id::uuid from (
       select entity_type, entity_id, min(id) as first_demo from audit_entry
       where actor like '${DEMO_ACTOR_PREFIX}%' and entity_id is not null and entity_type in (${types})
       group by entity_type, entity_id) d
     where not exists (
       select 1 from audit_entry e
       where e.entity_type = d.entity_type and e.entity_id = d.entity_id and e.id < d.first_demo)`,
  );
  for (const sql of DEPENDANTS) await tx.execute(sql);
  // A dependant found twice (a demo household's evaluation is also audited) counts once.
  await tx.execute(
    `delete from demo_rows a using demo_rows b where a.ctid > b.ctid and a.entity_type = b.entity_type and a.id = b.id`,
  );
  const counts = await tx.execute<{ entity_type: string; n: string }[]>(
    `select entity_type, count(*) as n from demo_rows group by entity_type order by entity_type`,
  );
  for (const sql of DELETES) await tx.execute(sql);
  return Object.fromEntries(counts.map((c) => [c.entity_type, Number(c.n)]));
}
