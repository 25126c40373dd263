/**
 * One message instead of many: a feature queues each change of a batch (a bulk decision, merges into one
 * requirement) as its own message with a digest entry. When the person's first one is due, the rest of the batch
 * still queued for them (an undone change's message is gone) folds into it; two or more go out as one digest card
 * listing each change on a line, one alone goes out as its own card.
 */
import type { TenantDb } from '@server/core/db';
import { batchMatesOf, foldIntoLeader } from '@server/core/outbox/batch';
import { NotYet } from '@server/core/outbox/worker';
import type { OutgoingMessage } from '@server/platforms/types';
import { createI18n } from '@shared/i18n';
import type { PlatformMessagePayload } from './notify';

const t = createI18n('zh-CN').t;

/**
 * Lines shown before "and N more": DingTalk's 2,048-byte card holds about this many; WeCom's 512-byte card cuts
 * sooner with "…". The link opens the whole list either way.
 */
const maxLines = 8;

/** What a feature gives with each message that may go out in a digest. */
export interface DigestEntry {
  /** Names the batch (e.g. one bulk decision); messages to one person with one key go out together. */
  batchKey: string;
  /** Catalogue key of the digest's title, given `count`. */
  headingKey: string;
  /** This change in one line of plain text (the card escapes it). */
  line: string;
  /** The screen listing every change of the batch. */
  url: string;
}

/** The digest part of a queued message: its own line, and the lines of the messages folded into it. */
export interface DigestPart {
  headingKey: string;
  url: string;
  lines: string[];
}

export const digestPartOf = (entry: DigestEntry): DigestPart => ({
  headingKey: entry.headingKey,
  url: entry.url,
  lines: [entry.line],
});

/**
 * The message a queued row sends: its own, or the digest of its batch for this person. Waits (NotYet) while
 * another message of the batch is still held, so the batch goes out once, together.
 */
export async function gatherDigest(
  tdb: TenantDb,
  outboxId: string,
  payload: PlatformMessagePayload,
  now: number,
): Promise<PlatformMessagePayload> {
  const { digest } = payload;
  if (!digest) return payload;
  const batch = await batchMatesOf(tdb, outboxId, now);
  if (batch.heldUntil !== null) throw new NotYet(batch.heldUntil, 'waiting for the rest of its digest');
  const sameRecipient = batch.due.filter((mate) => {
    const other = JSON.parse(mate.payload) as PlatformMessagePayload;
    return (
      other.connectionId === payload.connectionId && other.recipientExternalId === payload.recipientExternalId
    );
  });
  if (sameRecipient.length === 0) return payload;
  return foldIntoLeader(tdb, outboxId, sameRecipient, (folded) => {
    const lines = [
      ...digest.lines,
      ...folded.flatMap((mate) => (JSON.parse(mate.payload) as PlatformMessagePayload).digest?.lines ?? []),
    ];
    if (lines.length === digest.lines.length) return payload;
    const combined = { ...digest, lines };
    return { ...payload, digest: combined, message: digestMessage(outboxId, combined) };
  });
}

function digestMessage(outboxId: string, digest: DigestPart): OutgoingMessage {
  const shown = digest.lines.slice(0, maxLines);
  const hidden = digest.lines.length - shown.length;
  const body = hidden > 0 ? [...shown, t('ui.platformDigest.more', { count: hidden })] : shown;
  return {
    // The row carrying the digest names it: a retry of this row is the same message.
    dedupeKey: `digest:${outboxId}`,
    title: t(digest.headingKey, { count: digest.lines.length }),
    body: body.join('\n'),
    url: digest.url,
    actions: [{ label: t('ui.platformDigest.openAll'), url: digest.url }],
  };
}
