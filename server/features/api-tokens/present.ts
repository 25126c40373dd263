/** An API token row → the JSON the API promises (never the secret or its hash). */
import type { ApiToken, ApiTokenScope } from '@shared/schemas/api-tokens';
import type { ApiTokenRow } from './repo';

export function presentApiToken(row: ApiTokenRow, now: string): ApiToken {
  const isExpired = row.expires_at !== null && row.expires_at <= now;
  return {
    id: row.id,
    name: row.name,
    scope: row.scope as ApiTokenScope,
    state: row.revoked_at ? 'revoked' : isExpired ? 'expired' : 'active',
    createdAt: row.created_at,
    createdById: row.created_by,
    createdByName: row.created_by_name,
    expiresAt: row.expires_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  };
}
