/**
 * A plugin's own record type that follows a workflow of its own, from the plugin's side: declared
 * with `registrar.workflowNode`, moved by the generic `transition` with history, audit, version
 * and scope exactly as the core's records are, and listed by the `plugins` query.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Arg,
  Ctx,
  Entity,
  Field,
  FieldResolver,
  ID,
  Int,
  Migration,
  Mutation,
  OptionalProps,
  ObjectType,
  PrimaryKey,
  Property,
  Resolver,
  Role,
  Root,
  WorkflowActionType,
  WorkflowNodeInterface,
  assertAccess,
  assertMayWrite,
  definePlugin,
  mutate,
  pluginUnit,
  timeOrderedId,
  toGlobalId,
  workflowActions,
  type RegisteredWorkflow,
  type RequestContext,
  type WorkflowNode,
} from './index.js';
import { createTestPlatform, type TestPlatform } from './testing/index.js';

const SCHEMA = 'plugin_quang_ninh';

@Entity({ tableName: 'proposal', schema: SCHEMA })
class QuangNinhProposal {
  [OptionalProps]?: 'id' | 'version';

  @PrimaryKey({ type: 'uuid' })
  id: string = timeOrderedId();

  @Property({ type: 'uuid' })
  unitId!: string;

  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'text' })
  state!: string;

  @Property({ version: true })
  version!: number;
}

class CreateProposalTable extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table ${SCHEMA}.proposal (id uuid primary key, unit_id uuid not null, title text not null, state text not null, version int not null default 1)`,
    );
  }
}

/** The plugin's own workflow: the commune proposes, the province approves or returns. */
const PROPOSAL_WORKFLOW: RegisteredWorkflow = {
  definition: {
    id: 'quang-ninh-proposal',
    initial: 'DRAFT',
    states: [
      { code: 'DRAFT', label: 'Nháp', labelEn: 'Draft', editable: true },
      { code: 'SUBMITTED', label: 'Đã gửi', labelEn: 'Submitted' },
      { code: 'APPROVED', label: 'Đã duyệt', labelEn: 'Approved', locked: true, final: true },
    ],
    actions: [
      {
        name: 'SUBMIT',
        label: 'Gửi',
        labelEn: 'Submit',
        from: ['DRAFT'],
        to: 'SUBMITTED',
        actors: [{ roles: [Role.OFFICER], standing: ['OWN', 'ABOVE'] }],
        guards: ['hasTitle'],
      },
      {
        name: 'APPROVE',
        label: 'Duyệt',
        labelEn: 'Approve',
        from: ['SUBMITTED'],
        to: 'APPROVED',
        actors: [{ roles: [Role.OFFICER], standing: ['OWN'] }],
      },
    ],
  },
  guards: {
    hasTitle: (facts) =>
      facts.title ? null : { rule: 'TITLE_REQUIRED', vi: 'Cần có tiêu đề', en: 'The proposal needs a title' },
  },
};

const PROPOSAL_NODE: WorkflowNode<QuangNinhProposal> = {
  typeName: 'QuangNinhProposal',
  what: 'proposal',
  workflowId: PROPOSAL_WORKFLOW.definition.id,
  workflow: PROPOSAL_WORKFLOW,
  auditAction: 'quangNinh.transitionProposal',
  load: (em, id) => em.findOne(QuangNinhProposal, id),
  provinceOf: () => null,
  // Before the transaction: the access check reads the unit's lineage through the request's loaders.
  access: (ctx, proposal) => assertAccess(ctx, 'WRITE', proposal.unitId),
  async caller(ctx, proposal) {
    return {
      standing: ctx.principal.kind === 'user' && ctx.principal.role === Role.ADMIN ? 'ADMIN' : 'OWN',
      facts: { title: proposal.title },
    };
  },
};

@ObjectType('QuangNinhProposal', { implements: WorkflowNodeInterface, description: 'A proposal (đề xuất).' })
class QuangNinhProposalType {
  @Field(() => ID, { description: 'Global id.' })
  id!: string;

  @Field(() => String, { description: 'Title.' })
  title!: string;

  @Field(() => String, { description: 'State.' })
  state!: string;

  @Field(() => Int, { description: 'Version.' })
  version!: number;
}

@Resolver(() => QuangNinhProposalType)
class QuangNinhProposalResolver {
  @Mutation(() => QuangNinhProposalType, { description: 'Drafts a proposal for a unit of the province.' })
  async quangNinhPropose(
    @Arg('unitCode', () => String, { description: 'The unit.' }) unitCode: string,
    @Arg('title', () => String, { description: 'Title.' }) title: string,
    @Ctx() ctx: RequestContext,
  ): Promise<QuangNinhProposal> {
    assertMayWrite(ctx);
    const unit = await pluginUnit(ctx, { plugin: 'quang-ninh', access: 'WRITE', code: unitCode, asOf: ctx.today });
    return mutate(ctx, 'proposal', async (tx, log) => {
      const proposal = tx.create(QuangNinhProposal, { unitId: unit.id, title, state: 'DRAFT' });
      log.audit({ action: 'quangNinh.propose', entityType: 'QuangNinhProposal', entityId: proposal.id });
      return proposal;
    });
  }

  @FieldResolver(() => ID)
  id(@Root() p: QuangNinhProposal): string {
    return toGlobalId('QuangNinhProposal', p.id);
  }

  @FieldResolver(() => [WorkflowActionType], { description: 'What the caller may do now.' })
  availableActions(@Root() p: QuangNinhProposal, @Ctx() ctx: RequestContext) {
    return workflowActions(ctx, PROPOSAL_NODE, p);
  }
}

const quangNinh = definePlugin({
  id: 'quang-ninh',
  name: 'Tỉnh Quảng Ninh (test)',
  version: '1.0.0',
  core: '^1.0.0',
  provinces: [{ code: '22', from: '2025-07-01' }],
  graphqlPrefix: 'QuangNinh',
  entities: [QuangNinhProposal],
  migrations: [{ name: 'Migration0001_proposal', class: CreateProposalTable }],
  resolvers: [QuangNinhProposalResolver],
  register: (r) => r.workflowNode(PROPOSAL_NODE),
});

let platform: TestPlatform;
beforeAll(async () => {
  platform = await createTestPlatform({ plugins: [quangNinh] });
});
afterAll(() => platform?.close());

const PROPOSE = `mutation ($t: String!) { quangNinhPropose(unitCode: "22", title: $t) { id state version availableActions { name } } }`;
const TRANSITION = `mutation ($id: ID!, $a: String!, $v: Int) {
  transition(id: $id, action: $a, expectedVersion: $v) { id state version ... on QuangNinhProposal { title } } }`;
type Proposal = { id: string; state: string; version: number; availableActions?: { name: string }[] };

describe("a plugin's own workflow node", () => {
  it('is moved by the generic transition, with its own guards, history and audit', async () => {
    const officer = await platform.officer('22', { asOf: '2026-01-01' });
    const made = await platform.execute<{ quangNinhPropose: Proposal }>(PROPOSE, {
      variables: { t: 'Thư viện số' },
      as: officer,
    });
    expect(made.errors, JSON.stringify(made.errors)).toBeUndefined();
    const proposal = made.data!.quangNinhPropose;
    expect(proposal).toMatchObject({ state: 'DRAFT', version: 1, availableActions: [{ name: 'SUBMIT' }] });
    const submitted = await platform.execute<{ transition: Proposal }>(TRANSITION, {
      variables: { id: proposal.id, a: 'SUBMIT', v: 1 },
      as: officer,
    });
    expect(submitted.errors).toBeUndefined();
    expect(submitted.data!.transition).toMatchObject({ state: 'SUBMITTED', version: 2, title: 'Thư viện số' });
    const rowId = Buffer.from(proposal.id, 'base64url').toString().split(':')[1]!;
    const history = await platform
      .em()
      .execute<{ action: string; from_state: string | null; to_state: string; workflow: string }[]>(
        'select action, from_state, to_state, workflow from workflow_transition where target_id = ? order by id',
        [rowId],
      );
    expect(history).toEqual([
      { action: 'SUBMIT', from_state: 'DRAFT', to_state: 'SUBMITTED', workflow: 'quang-ninh-proposal' },
    ]);
    const audited = await platform
      .em()
      .execute<{ n: string }[]>(
        `select count(*) as n from audit_entry where action = 'quangNinh.transitionProposal' and entity_id = ?`,
        [rowId],
      );
    expect(Number(audited[0]!.n)).toBe(1);
  });

  it('refuses a stale version, a wrong state, a failing guard and a caller outside the province', async () => {
    const officer = await platform.officer('22', { asOf: '2026-01-01' });
    const made = await platform.execute<{ quangNinhPropose: Proposal }>(PROPOSE, {
      variables: { t: 'Lớp tin học' },
      as: officer,
    });
    const id = made.data!.quangNinhPropose.id;
    const code = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions?.code;
    expect(code(await platform.execute(TRANSITION, { variables: { id, a: 'SUBMIT', v: 7 }, as: officer }))).toBe(
      'CONFLICT',
    );
    expect(code(await platform.execute(TRANSITION, { variables: { id, a: 'APPROVE' }, as: officer }))).toBe(
      'BAD_USER_INPUT',
    );
    const stranger = await platform.officer('01', { asOf: '2026-01-01' });
    expect(code(await platform.execute(TRANSITION, { variables: { id, a: 'SUBMIT' }, as: stranger }))).toBe(
      'FORBIDDEN',
    );
    expect(code(await platform.execute(TRANSITION, { variables: { id, a: 'SUBMIT' } }))).toBe('UNAUTHENTICATED');
    const untitled = await platform.execute<{ quangNinhPropose: Proposal }>(PROPOSE, {
      variables: { t: '' },
      as: officer,
    });
    const guarded = await platform.execute(TRANSITION, {
      variables: { id: untitled.data!.quangNinhPropose.id, a: 'SUBMIT' },
      as: officer,
    });
    expect(guarded.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [{ rule: 'TITLE_REQUIRED' }],
    });
  });

  it('is listed by the plugins query, by its extension point', async () => {
    const r = await platform.execute<{
      plugins: { contributes: { workflowNodes: string[]; extensions: unknown[] } }[];
    }>('{ plugins { contributes { workflowNodes extensions { point items } } } }');
    expect(r.data?.plugins[0]?.contributes).toEqual({
      workflowNodes: ['QuangNinhProposal'],
      extensions: [{ point: 'workflowNode', items: ['QuangNinhProposal'] }],
    });
  });
});
