/** Row types of the webhooks' tables, as stored (see ../schema.ts for the conventions). */

export interface WebhooksTable {
  id: string;
  tenant_id: string;
  url: string;
  /** JSON array of event types. */
  events: string;
  /** The signing secret, sealed with SECRETS_KEY (core/secrets.ts): shown once, kept only to sign. */
  secret_sealed: string;
  enabled: number;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface WebhookDeliveriesTable {
  id: string;
  tenant_id: string;
  webhook_id: string;
  event_id: string;
  event_type: string;
  /** The exact JSON sent (and signed); a re-send sends it again. */
  body: string;
  /** 'pending', 'delivered' or 'failed'. */
  status: string;
  attempts: number;
  http_status: number | null;
  last_error: string | null;
  resend_of: string | null;
  created_at: string;
  last_attempt_at: string | null;
  delivered_at: string | null;
}

export interface WebhookTables {
  webhooks: WebhooksTable;
  webhook_deliveries: WebhookDeliveriesTable;
}
