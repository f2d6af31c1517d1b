import { GNLC_APPLICATION_WORKFLOW, extendWorkflow, type WorkflowDefinition } from '@hoctap/plugin-sdk';
import { describe, expect, it } from 'vitest';
import { PROVINCE_ENDORSEMENT } from './gnlc.workflow.js';

const fromOf = (def: WorkflowDefinition, action: string) => def.actions.find((a) => a.name === action)?.from;

describe("Đồng Tháp's province endorsement, inserted into the national GNLC workflow", () => {
  const extended = extendWorkflow(GNLC_APPLICATION_WORKFLOW, PROVINCE_ENDORSEMENT);

  it('comes between the signature and the national endorsement', () => {
    expect(fromOf(extended, 'ENDORSE_PROVINCE')).toEqual(['SIGNED']);
    expect(extended.actions.find((a) => a.name === 'ENDORSE_PROVINCE')?.to).toBe('PROVINCE_ENDORSED');
    expect(fromOf(extended, 'ENDORSE_NATIONAL')).toEqual(['PROVINCE_ENDORSED']);
  });

  it('lets a file be returned or withdrawn from the new state, as from the one before it', () => {
    expect(fromOf(extended, 'RETURN')).toEqual([...fromOf(GNLC_APPLICATION_WORKFLOW, 'RETURN')!, 'PROVINCE_ENDORSED']);
    expect(fromOf(extended, 'WITHDRAW')).toEqual([
      ...fromOf(GNLC_APPLICATION_WORKFLOW, 'WITHDRAW')!,
      'PROVINCE_ENDORSED',
    ]);
  });

  it('takes in a later national change without restating it: a new action from SIGNED is offered after the province too', () => {
    const changedNationally: WorkflowDefinition = {
      ...GNLC_APPLICATION_WORKFLOW,
      states: [
        ...GNLC_APPLICATION_WORKFLOW.states,
        { code: 'CANCELLED', label: 'Đã hủy', labelEn: 'Cancelled', final: true },
      ],
      actions: [
        ...GNLC_APPLICATION_WORKFLOW.actions,
        { name: 'CANCEL', label: 'Hủy', labelEn: 'Cancel', from: ['SIGNED'], to: 'CANCELLED', actors: [] },
      ],
    };
    const reextended = extendWorkflow(changedNationally, PROVINCE_ENDORSEMENT);
    expect(fromOf(reextended, 'CANCEL')).toEqual(['SIGNED', 'PROVINCE_ENDORSED']);
    expect(fromOf(reextended, 'ENDORSE_NATIONAL')).toEqual(['PROVINCE_ENDORSED']);
  });
});
