import { describe, expect, it } from 'vitest';
import { patchWithUploads, type TaskSubmissionBody } from './task-kind';

const base: TaskSubmissionBody = {
  projectId: 'p',
  taskId: 't',
  clientOpId: '0190b5e4-2f1c-7a51-9c1e-3b2f4c5d6e7f',
  patch: { done: true },
};

describe('a queued task change as it is sent', () => {
  it('carries its clientOpId so a retry after a lost answer is not applied twice', () => {
    expect(patchWithUploads(base, [])).toEqual({ done: true, clientOpId: base.clientOpId });
  });

  it('sends uploaded photos as the evidence attachments, keeping the note', () => {
    const body = {
      ...base,
      patch: { done: true, evidence: { note: '机房照片' } },
      uploads: { as: 'attachments' },
    } as const;
    expect(patchWithUploads(body, ['a1', 'a2'])).toEqual({
      done: true,
      clientOpId: base.clientOpId,
      evidence: { note: '机房照片', attachmentIds: ['a1', 'a2'] },
    });
  });

  it('sends the signature image with the signer’s name', () => {
    const body = { ...base, uploads: { as: 'signature', signerName: '王建国' } } as const;
    expect(patchWithUploads(body, ['sig'])).toEqual({
      done: true,
      clientOpId: base.clientOpId,
      evidence: { signature: { signerName: '王建国', attachmentId: 'sig' } },
    });
  });
});
