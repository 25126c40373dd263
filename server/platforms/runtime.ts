/** What talking to platforms needs at run time, built once per process: sealing, the token cache, client factory. */
import { type SecretBox, secretBox } from '@server/core/secrets';
import { createPlatformClient } from './index';
import { TokenCache } from './tokens';
import type { PlatformClient, PlatformSettings } from './types';

export interface PlatformRuntime {
  box: SecretBox;
  tokens: TokenCache;
  clientFor(settings: PlatformSettings): PlatformClient;
  /** Origin of this server as people and platforms reach it (callback URLs, links in messages). */
  publicUrl: string;
}

export function createPlatformRuntime(config: { secretsKey: string; publicUrl: string }): PlatformRuntime {
  const box = secretBox(config.secretsKey);
  return {
    box,
    tokens: new TokenCache(box),
    clientFor: (settings) => createPlatformClient(settings),
    publicUrl: config.publicUrl,
  };
}
