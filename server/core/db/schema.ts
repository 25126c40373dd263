/** Row types of every table, as stored: ids are UUIDv7 text, times ISO-8601 UTC text, booleans 0/1, JSON as text. */
import type { ColumnType } from 'kysely';
import type { ApiTokenTables } from './tables/api-tokens';
import type { AttachmentTables } from './tables/attachments';
import type { ImplementationTables } from './tables/implementation';
import type { RequirementTables } from './tables/requirements';
import type { VisitTables } from './tables/visits';
import type { WebhookTables } from './tables/webhooks';

export interface TenantsTable {
  tenant_id: string;
  name: string;
  is_demo: number;
  settings: string;
  created_at: string;
}

export interface UsersTable {
  id: string;
  tenant_id: string;
  name: string;
  role: string;
  mobile: string | null;
  email: string | null;
  avatar_url: string | null;
  department: string | null;
  active: number;
  /** Where the role came from: 'default', 'mapping', or 'manual' (an admin set it; sign-ins keep it). */
  role_source: ColumnType<string, string | undefined, string>;
  deactivated_at: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: string;
  updated_at: string;
}

export interface UserIdentitiesTable {
  id: string;
  tenant_id: string;
  user_id: string;
  /** The connection (one organisation's installation of one app) the identity signed in through. */
  connection_id: string;
  platform: string;
  external_id: string;
  union_id: string | null;
  created_at: string;
}

export interface SessionsTable {
  id: string;
  tenant_id: string;
  user_id: string;
  token_hash: string;
  method: string;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
}

/** A sign-out (session_id set), or a deactivation or role change (all the person's sessions); see core/auth. */
export interface SessionChangesTable {
  id: string;
  tenant_id: string;
  user_id: string;
  session_id: string | null;
  changed_at: string;
}

export interface CustomersTable {
  id: string;
  tenant_id: string;
  name: string;
  name_search: string;
  industry: string | null;
  segment: string;
  tier: string;
  flag_co_creation: number;
  flag_angel: number;
  flag_benchmark: number;
  owner_id: string;
  address: string | null;
  lat: number | null;
  lng: number | null;
  contract_value: number | null;
  tags: string;
  archived_at: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface ContactsTable {
  id: string;
  tenant_id: string;
  customer_id: string;
  name: string;
  title: string | null;
  role: string;
  phone: string | null;
  email: string | null;
  created_at: string;
  updated_at: string;
}

export interface AuditEventsTable {
  id: string;
  tenant_id: string;
  actor_id: string | null;
  action: string;
  object_type: string;
  object_id: string;
  data: string;
  at: string;
}

export interface PlatformConnectionsTable {
  id: string;
  tenant_id: string;
  platform: string;
  /** DingTalk/WeCom corpId or Feishu appId: how an incoming sign-in finds its tenant. */
  external_key: string;
  /** WeCom's agentId (a corp has several apps); '' for DingTalk and Feishu, whose key alone is unique. */
  agent_id: string;
  /** JSON of the settings that may be shown (ids, base URL). */
  public_settings: string;
  /** The secrets, encrypted with SECRETS_KEY (see core/secrets.ts). */
  secret_settings: string;
  enabled: number;
  last_test_ok: number | null;
  last_test_at: string | null;
  last_test_message: string | null;
  /** JSON ConnectionProblem of the last failed test. */
  last_test_problem: string | null;
  created_at: string;
  updated_at: string;
}

export interface PlatformTokensTable {
  tenant_id: string;
  connection_id: string;
  kind: string;
  /** Encrypted token or ticket; null while the first fetch is under way. */
  value: string | null;
  expires_at: number;
  /** Epoch ms until which one instance holds the right to refresh (single flight across instances). */
  lease_until: number;
  updated_at: string;
  /** Epoch ms this server first saw the current value: a capped ticket dies a fixed time after its creation. */
  first_seen_at: number;
  /** Epoch ms of the last fetch from the platform. */
  fetched_at: number;
}

/** Which server instance holds a Stream-mode connection's WebSocket (epoch ms `lease_until`). */
export interface PlatformStreamLeasesTable {
  tenant_id: string;
  connection_id: string;
  holder: string;
  lease_until: number;
}

export interface PlatformRoleMappingsTable {
  id: string;
  tenant_id: string;
  connection_id: string;
  subject: string;
  external_id: string;
  /** The department's or person's name when an admin picked it from the platform's directory. */
  external_name: ColumnType<string | null, string | null | undefined, string | null>;
  role: string;
  created_at: string;
}

export interface OutboxTable {
  id: string;
  tenant_id: string;
  /** Never two rows with one key: enqueueing the same message twice is a no-op. */
  dedupe_key: string;
  /** Rows with one key (a recipient) are delivered in insertion order; a failing row holds back the later ones. */
  ordering_key: string;
  kind: string;
  payload: string;
  status: string;
  attempts: number;
  next_attempt_at: string;
  lease_until: string | null;
  last_error: string | null;
  result: string | null;
  created_at: string;
  finished_at: string | null;
  /** Held until then (a change that may still be taken back); null sends as soon as due. */
  not_before: string | null;
  /** The change that queued a held row; taking the change back deletes its rows that have not gone out. */
  hold_key: string | null;
  /** Rows with one batch key for one recipient, due together, go out as one digest message. */
  batch_key: string | null;
  /** The row whose digest message carried this one (then sent with it); null otherwise. */
  digested_into: string | null;
}

/** A message handed to a platform: counted for pacing, shown in a person's message history. */
export interface PlatformSendsTable {
  id: string;
  tenant_id: string;
  /** The outbox row it delivers; a retried row keeps one send. */
  outbox_id: string;
  connection_id: string;
  /** The person's id on that connection (DingTalk/WeCom userid, Feishu open_id). */
  recipient: string;
  /** Hash of the rendered message: DingTalk drops a second identical one the same day. */
  content_hash: string;
  sent_at: string;
  platform_message_id: string | null;
  /** 'accepted' (the platform took it), then from DingTalk's send result 'delivered', 'read' or 'refused'. */
  delivery: string;
  delivery_reason: string | null;
  checked_at: string | null;
}

export interface CallbackInboxTable {
  id: string;
  tenant_id: string;
  connection_id: string;
  event_id: string;
  type: string;
  payload: string;
  received_at: string;
}

export interface SignInLinksTable {
  id: string;
  tenant_id: string;
  user_id: string;
  token_hash: string;
  expires_at: string;
  used_at: string | null;
  created_at: string;
}

/** Bumped by triggers whenever a row of the tenant changes (migration 0025); read by the answer cache. */
export interface TenantDataVersionsTable {
  tenant_id: string;
  version: number;
}

/** Each feature's tables live in ./tables/<feature>.ts. */
export interface Database
  extends AttachmentTables,
    VisitTables,
    RequirementTables,
    ImplementationTables,
    ApiTokenTables,
    WebhookTables {
  tenants: TenantsTable;
  users: UsersTable;
  user_identities: UserIdentitiesTable;
  sessions: SessionsTable;
  session_changes: SessionChangesTable;
  customers: CustomersTable;
  contacts: ContactsTable;
  audit_events: AuditEventsTable;
  platform_connections: PlatformConnectionsTable;
  platform_tokens: PlatformTokensTable;
  platform_stream_leases: PlatformStreamLeasesTable;
  platform_role_mappings: PlatformRoleMappingsTable;
  outbox: OutboxTable;
  platform_sends: PlatformSendsTable;
  callback_inbox: CallbackInboxTable;
  sign_in_links: SignInLinksTable;
  tenant_data_versions: TenantDataVersionsTable;
}

export type TableName = keyof Database;
