/** Photos and files on a mention are readable by whoever may see that mention's customer. */
import type { Actor } from '@server/core/auth/actor';
import type { TenantDb } from '@server/core/db';
import { customerSummaries } from '../customers/service';
import { canSeeMention } from './policy';
import { findMention } from './repo/mentions';

export async function canReadMentionAttachment(
  tdb: TenantDb,
  actor: Actor,
  mentionId: string,
): Promise<boolean> {
  const mention = await findMention(tdb, mentionId);
  if (!mention) return false;
  const [customer] = await customerSummaries(tdb, [mention.customer_id]);
  return canSeeMention(actor, customer);
}
