/** Row types of the API tokens' tables, as stored (see ../schema.ts for the conventions). */

export interface ApiTokensTable {
  id: string;
  tenant_id: string;
  name: string;
  /** 'read' or 'read-write'. */
  scope: string;
  /** Hex SHA-256 of the secret: the secret itself is shown once and never kept. */
  token_hash: string;
  /** The admin who made it; the token acts as them. */
  created_by: string;
  created_at: string;
  expires_at: string | null;
  /** Written at most once a minute, not per request. */
  last_used_at: string | null;
  revoked_at: string | null;
}

/** Requests counted per token and fixed window, so every instance enforces one limit. */
export interface ApiTokenWindowsTable {
  tenant_id: string;
  token_id: string;
  window_start: string;
  requests: number;
}

export interface ApiTokenTables {
  api_tokens: ApiTokensTable;
  api_token_windows: ApiTokenWindowsTable;
}
