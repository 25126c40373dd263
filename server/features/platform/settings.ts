/** Connection input ↔ stored columns: what may be shown is stored plain, secrets are sealed. */
import type { SecretBox } from '@server/core/secrets';
import type { PlatformSettings } from '@server/platforms/types';
import type { connectionCreate } from '@shared/schemas/platform';
import type { z } from 'zod';

type ConnectionInput = z.output<typeof connectionCreate>;

export interface StoredSettings {
  platform: PlatformSettings['platform'];
  externalKey: string;
  agentId: string;
  publicSettings: Record<string, string | null>;
  secretSettings: string;
}

export function storeSettings(input: ConnectionInput, box: SecretBox): StoredSettings {
  const baseUrl = input.baseUrl ?? null;
  switch (input.platform) {
    case 'dingtalk':
      return {
        platform: 'dingtalk',
        externalKey: input.corpId,
        agentId: '',
        publicSettings: {
          corpId: input.corpId,
          clientId: input.clientId,
          agentId: input.agentId,
          events: input.events,
          baseUrl,
        },
        // Stream mode has no callback token or key: its events arrive over the connection this server opens.
        secretSettings: seal(box, {
          clientSecret: input.clientSecret,
          callbackToken: input.callbackToken ?? '',
          callbackAesKey: input.callbackAesKey ?? '',
        }),
      };
    case 'feishu':
      return {
        platform: 'feishu',
        externalKey: input.appId,
        agentId: '',
        publicSettings: { appId: input.appId, baseUrl },
        secretSettings: seal(box, {
          appSecret: input.appSecret,
          encryptKey: input.encryptKey,
          verificationToken: input.verificationToken,
        }),
      };
    case 'wecom':
      return {
        platform: 'wecom',
        externalKey: input.corpId,
        agentId: input.agentId,
        publicSettings: { corpId: input.corpId, agentId: input.agentId, baseUrl },
        secretSettings: seal(box, {
          secret: input.secret,
          callbackToken: input.callbackToken,
          callbackAesKey: input.callbackAesKey,
        }),
      };
  }
}

/** The full settings a platform client needs, secrets opened. */
export function openSettings(
  row: { platform: string; public_settings: string; secret_settings: string },
  box: SecretBox,
): PlatformSettings {
  const shown = JSON.parse(row.public_settings) as Record<string, string | null>;
  const secrets = JSON.parse(box.open(row.secret_settings)) as Record<string, string>;
  // DingTalk connections stored before Stream mode existed take HTTP callbacks.
  const events = row.platform === 'dingtalk' ? { events: shown.events ?? 'http' } : {};
  return { ...shown, ...secrets, ...events, platform: row.platform } as PlatformSettings;
}

function seal(box: SecretBox, secrets: Record<string, string>): string {
  return box.seal(JSON.stringify(secrets));
}
