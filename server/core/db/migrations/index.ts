/** The explicit, ordered list of migrations. Append only; a landed migration is never edited. */
import type { Migration } from 'kysely';
import * as foundation from './0001_foundation';
import * as platforms from './0002_platforms';
import * as attachments from './0003_attachments';
import * as visits from './0004_visits';
import * as requirements from './0005_requirements';
import * as implementation from './0006_implementation';
import * as statusLinks from './0007_status_links';
import * as taskVersions from './0008_task_versions';
import * as identitiesByConnection from './0009_identities_by_connection';
import * as tokenLifetimes from './0010_token_lifetimes';
import * as signoffExceptions from './0011_signoff_exceptions';
import * as memberRoles from './0012_member_roles';
import * as similaritySnapshots from './0013_similarity_snapshots';
import * as outboxHold from './0014_outbox_hold';
import * as platformSends from './0015_platform_sends';
import * as outboxDigests from './0016_outbox_digests';
import * as apiTokens from './0017_api_tokens';
import * as platformStreamLeases from './0018_platform_stream_leases';
import * as visitPhotosInLinks from './0019_visit_photos_in_links';
import * as webhooks from './0020_webhooks';
import * as requirementEmbeddings from './0021_requirement_embeddings';
import * as insightIndexes from './0022_insight_indexes';
import * as sessionChanges from './0023_session_changes';
import * as contactsByTenantAndId from './0024_contacts_by_tenant_and_id';
import * as dataVersions from './0025_data_versions';

export const migrations: Record<string, Migration> = {
  '0001_foundation': foundation,
  '0002_platforms': platforms,
  '0003_attachments': attachments,
  '0004_visits': visits,
  '0005_requirements': requirements,
  '0006_implementation': implementation,
  '0007_status_links': statusLinks,
  '0008_task_versions': taskVersions,
  '0009_identities_by_connection': identitiesByConnection,
  '0010_token_lifetimes': tokenLifetimes,
  '0011_signoff_exceptions': signoffExceptions,
  '0012_member_roles': memberRoles,
  '0013_similarity_snapshots': similaritySnapshots,
  '0014_outbox_hold': outboxHold,
  '0015_platform_sends': platformSends,
  '0016_outbox_digests': outboxDigests,
  '0017_api_tokens': apiTokens,
  '0018_platform_stream_leases': platformStreamLeases,
  '0019_visit_photos_in_links': visitPhotosInLinks,
  '0020_webhooks': webhooks,
  '0021_requirement_embeddings': requirementEmbeddings,
  '0022_insight_indexes': insightIndexes,
  '0023_session_changes': sessionChanges,
  '0024_contacts_by_tenant_and_id': contactsByTenantAndId,
  '0025_data_versions': dataVersions,
};
