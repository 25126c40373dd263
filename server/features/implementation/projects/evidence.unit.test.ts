import { describe, expect, it } from 'vitest';
import { missingEvidence } from './evidence';

const nothing = { note: null, attachmentIds: [], signerName: null, signatureAttachmentId: null };

describe('missingEvidence', () => {
  it('asks nothing of a task without an evidence demand', () => {
    expect(missingEvidence('none', nothing)).toBeNull();
  });

  it('names the field a photo, file, note or sign-off task lacks', () => {
    expect(missingEvidence('photo', nothing)).toEqual({
      'evidence.attachmentIds': 'ui.implementation.messages.evidence.photo',
    });
    expect(missingEvidence('file', nothing)).toEqual({
      'evidence.attachmentIds': 'ui.implementation.messages.evidence.file',
    });
    expect(missingEvidence('note', nothing)).toEqual({
      'evidence.note': 'ui.implementation.messages.evidence.note',
    });
    expect(missingEvidence('signoff', { ...nothing, signerName: '王总' })).toEqual({
      'evidence.signature': 'ui.implementation.messages.evidence.signoff',
    });
  });

  it('is satisfied by the evidence the task demands', () => {
    expect(missingEvidence('photo', { ...nothing, attachmentIds: ['a'] })).toBeNull();
    expect(missingEvidence('note', { ...nothing, note: '已完成' })).toBeNull();
    expect(
      missingEvidence('signoff', { ...nothing, signerName: '王总', signatureAttachmentId: 's' }),
    ).toBeNull();
  });
});
