/** API tokens for integrations: request and response shapes for /api/v1/api-tokens. */
import { z } from 'zod';
import { idSchema, instant } from './common';

/** A read token may only read (GET); a read-write token may do what its admin may. */
export const apiTokenScopes = ['read', 'read-write'] as const;
export type ApiTokenScope = (typeof apiTokenScopes)[number];

/** Every token's secret starts so, which lets secret scanners and people recognise a leaked one. */
export const apiTokenPrefix = 'flk_';

export const apiTokenCreate = z.object({
  name: z.string().trim().min(1).max(50),
  scope: z.enum(apiTokenScopes),
  /** When it stops working; never, when not given. Must lie in the future. */
  expiresAt: instant.optional(),
});
export type ApiTokenCreate = z.input<typeof apiTokenCreate>;

/** The answer to making one: the only time the secret is shown. */
export const createdApiToken = z.object({
  id: idSchema,
  name: z.string(),
  scope: z.enum(apiTokenScopes),
  token: z.string(),
});
export type CreatedApiToken = z.infer<typeof createdApiToken>;

export const apiTokenStates = ['active', 'expired', 'revoked'] as const;

export const apiToken = z.object({
  id: idSchema,
  name: z.string(),
  scope: z.enum(apiTokenScopes),
  state: z.enum(apiTokenStates),
  createdAt: z.string(),
  createdById: idSchema,
  createdByName: z.string(),
  expiresAt: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type ApiToken = z.infer<typeof apiToken>;

export const apiTokenList = z.object({ items: z.array(apiToken) });
export type ApiTokenList = z.infer<typeof apiTokenList>;
