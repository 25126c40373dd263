/** Connection row → the JSON the API promises: identifiers and state, never a secret. */

import type { Platform } from '@shared/domain/platforms';
import type { Connection, ConnectionProblem } from '@shared/schemas/platform';
import type { ConnectionRow } from './repo';

export function presentConnection(
  row: ConnectionRow,
  server: { publicUrl: string; egressIp: string | null },
): Connection {
  const { publicUrl } = server;
  const shown = JSON.parse(row.public_settings) as Record<string, string | null | undefined>;
  return {
    id: row.id,
    platform: row.platform as Platform,
    externalKey: row.external_key,
    corpId: shown.corpId ?? null,
    clientId: shown.clientId ?? null,
    appId: shown.appId ?? null,
    agentId: shown.agentId ?? null,
    baseUrl: shown.baseUrl ?? null,
    events: row.platform === 'dingtalk' ? (shown.events === 'stream' ? 'stream' : 'http') : null,
    callbackUrl: `${publicUrl}/api/v1/callbacks/${row.id}`,
    enabled: row.enabled === 1,
    lastTest:
      row.last_test_at === null
        ? null
        : {
            ok: row.last_test_ok === 1,
            at: row.last_test_at,
            message: row.last_test_message,
            problem: row.last_test_problem ? (JSON.parse(row.last_test_problem) as ConnectionProblem) : null,
          },
    setup: { trustedDomain: new URL(publicUrl).hostname, egressIp: server.egressIp },
    createdAt: row.created_at,
  };
}
