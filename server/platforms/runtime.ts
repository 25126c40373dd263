/** What talking to platforms needs at run time, built once per process: sealing, the token cache, client factory. */
import { type OutboundGuard, outboundGuard } from '@server/core/outbound-url';
import { type SecretBox, secretBox } from '@server/core/secrets';
import { Redis } from 'ioredis';
import { createPlatformClient } from './index';
import { DatabaseTokenStore, RedisTokenStore } from './token-stores';
import { TokenCache } from './tokens';
import type { PlatformClient, PlatformSettings } from './types';

export interface PlatformRuntime {
  box: SecretBox;
  tokens: TokenCache;
  clientFor(settings: PlatformSettings): PlatformClient;
  /** Which base URLs a tenant may set, and the fetch every client calls them with. */
  outbound: OutboundGuard;
  /** Origin of this server as people and platforms reach it (callback URLs, links in messages). */
  publicUrl: string;
  /** This server's egress IP as configured (EGRESS_IP), for the platforms' IP allow-lists. */
  egressIp: string | null;
  close(): Promise<void>;
}

/** Tokens are shared through Redis when REDIS_URL is set, else through the database. */
export function createPlatformRuntime(config: {
  secretsKey: string;
  publicUrl: string;
  egressIp?: string | null;
  redisUrl: string | null;
  /** The demo's emulators listen on this machine: only then may base URLs point at internal addresses. */
  emulators: boolean;
}): PlatformRuntime {
  const box = secretBox(config.secretsKey);
  const outbound = outboundGuard({ allowInternal: config.emulators });
  const redis = config.redisUrl
    ? new Redis(config.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 2 })
    : null;
  return {
    box,
    tokens: new TokenCache(box, redis ? new RedisTokenStore(redis) : new DatabaseTokenStore()),
    clientFor: reuseClients(outbound.fetch),
    outbound,
    publicUrl: config.publicUrl,
    egressIp: config.egressIp ?? null,
    close: async () => {
      await redis?.quit();
    },
  };
}

/**
 * Clients are stateless but not free to build (the Feishu SDK client is large), and every sign-in, message and
 * callback asks for one; the same settings get the same client. Changed settings are a new key.
 */
function reuseClients(fetch: typeof globalThis.fetch): (settings: PlatformSettings) => PlatformClient {
  const clients = new Map<string, PlatformClient>();
  return (settings) => {
    const key = JSON.stringify(settings);
    let client = clients.get(key);
    if (!client) {
      if (clients.size >= 1000) clients.clear();
      client = createPlatformClient(settings, { fetch });
      clients.set(key, client);
    }
    return client;
  };
}
