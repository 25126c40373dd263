import { describe, expect, it } from 'vitest';
import { patchWithUploads, type TaskSubmissionBody, versionToSend } from './task-kind';

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

describe('the version a queued task change carries', () => {
  const seen = { version: 7 };

  it('sends the version it was made against with a change that replaces a colleague’s', () => {
    expect(versionToSend({ patch: { done: false } }, seen, false)).toBe(7);
    expect(versionToSend({ patch: { assigneeId: 'u2' } }, seen, false)).toBe(7);
    expect(versionToSend({ patch: { blocker: null } }, seen, false)).toBe(7);
    expect(versionToSend({ patch: { evidence: { note: '已复核' } } }, seen, false)).toBe(7);
    expect(
      versionToSend({ patch: {}, uploads: { as: 'signature', signerName: '王建国' } }, seen, false),
    ).toBe(7);
    expect(patchWithUploads({ ...base, patch: { done: false }, version: 7 }, [])).toEqual({
      done: false,
      clientOpId: base.clientOpId,
      version: 7,
    });
  });

  it('sends none with ticks and photos, which the server merges, so two phones adding photos never clash', () => {
    expect(versionToSend({ patch: { done: true } }, seen, false)).toBeUndefined();
    expect(versionToSend({ patch: {}, uploads: { as: 'attachments' } }, seen, false)).toBeUndefined();
  });

  it('sends none behind another of this phone’s changes to the task, whose answer raises the version', () => {
    expect(versionToSend({ patch: { done: false } }, seen, true)).toBeUndefined();
  });
});
