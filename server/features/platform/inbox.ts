/**
 * Where every platform event lands, whichever way it came (an HTTP callback or DingTalk's Stream): kept once in the
 * inbox, and what it means for the directory queued for after the commit. Card presses go back to the caller, which
 * answers them in the callback's reply.
 */
import type { TenantDb } from '@server/core/db';
import type { PlatformEvent } from '@server/platforms/types';
import type { Platform } from '@shared/domain/platforms';
import { type DirectoryEvent, interpretEvent } from './directory-events';
import { queueDirectoryEvent } from './directory-sync';
import { recordCallbackEvent } from './repo';

export interface CardPress {
  event: Extract<DirectoryEvent, { kind: 'card_action' }>;
  isRepeat: boolean;
}

export async function keepEvents(
  tdb: TenantDb,
  platform: Platform,
  connectionId: string,
  events: PlatformEvent[],
): Promise<CardPress[]> {
  const presses: CardPress[] = [];
  await tdb.transaction(async (tx) => {
    for (const event of events) {
      const isNew = await recordCallbackEvent(tx, connectionId, event);
      const meaning = interpretEvent(platform, event);
      if (meaning?.kind === 'card_action') presses.push({ event: meaning, isRepeat: !isNew });
      else if (meaning && isNew) await queueDirectoryEvent(tx, connectionId, event, meaning);
    }
  });
  return presses;
}
