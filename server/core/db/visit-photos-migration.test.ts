/** 0017: photos a visit listed only in photo_ids stay its photos, in the rep's order, once links are the record. */

import { createAttachments } from '@server/core/attachments';
import { openTestDatabase } from '@test/helpers/database';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from './connection';
import { migrateToLatest } from './migrate';
import { TenantDb } from './tenant-db';

let database: DatabaseHandle;
const at = '2026-03-01T08:00:00.000Z';

async function insertRow(table: string, values: Record<string, string | number>): Promise<void> {
  const columns = sql.join(Object.keys(values).map((column) => sql.ref(column)));
  await sql`insert into ${sql.table(table)} (${columns}) values (${sql.join(Object.values(values))})`.execute(
    database.db,
  );
}

async function seedTenant(tenantId: string, attachmentIds: string[]): Promise<void> {
  await insertRow('tenants', {
    tenant_id: tenantId,
    name: tenantId,
    is_demo: 0,
    settings: '{}',
    created_at: at,
  });
  const rep = `${tenantId}-rep`;
  await insertRow('users', {
    id: rep,
    tenant_id: tenantId,
    name: rep,
    role: 'sales',
    active: 1,
    created_at: at,
    updated_at: at,
  });
  await insertRow('customers', {
    id: `${tenantId}-customer`,
    tenant_id: tenantId,
    name: '恒川',
    name_search: '恒川',
    segment: 'smb',
    tier: 'a',
    owner_id: rep,
    created_at: at,
    updated_at: at,
  });
  for (const id of attachmentIds) {
    const sha256 = `${tenantId}-${id}`;
    await insertRow('attachments', {
      id,
      tenant_id: tenantId,
      sha256,
      mime: 'image/jpeg',
      size: 10,
      storage_key: sha256,
      uploaded_by: rep,
      created_at: at,
    });
  }
}

const visit = (tenantId: string, id: string, photoIds: string[]) =>
  insertRow('visits', {
    id,
    tenant_id: tenantId,
    client_id: id,
    customer_id: `${tenantId}-customer`,
    owner_id: `${tenantId}-rep`,
    kind: 'onsite',
    visited_at: at,
    visited_on: '2026-03-01',
    photo_ids: JSON.stringify(photoIds),
    created_at: at,
    updated_at: at,
  });

beforeAll(async () => {
  database = await openTestDatabase({ migratedUpTo: '0016_outbox_digests' });
  await seedTenant('t1', ['shop-front', 'shelf', 'receipt']);
  await seedTenant('t2', ['elsewhere']);
  await visit('t1', 'listed-only', ['shelf', 'shop-front']);
  await visit('t1', 'listed-and-linked', ['receipt', 'shop-front']);
  await insertRow('attachment_links', {
    tenant_id: 't1',
    attachment_id: 'shop-front',
    subject_type: 'visit',
    subject_id: 'listed-and-linked',
    created_at: at,
  });
  await visit('t1', 'foreign-photo', ['elsewhere']);
  await migrateToLatest(database);
});
afterAll(() => database.close());

const photosOf = async (visitIds: string[]) => {
  const attachments = createAttachments({
    attachmentsDir: 'data/unused',
    s3: null,
    maxUploadMb: 1,
    secretsKey: Buffer.alloc(32, 7).toString('base64'),
  });
  const linked = await attachments.linkedViews(new TenantDb(database.db, 't1'), 'visit', visitIds);
  return visitIds.map((id) => (linked.get(id) ?? []).map((photo) => photo.id));
};

describe('migration 0017_visit_photos_in_links', () => {
  it('keeps the photos a visit listed only in photo_ids, in the order the rep chose them', async () => {
    expect(await photosOf(['listed-only'])).toEqual([['shelf', 'shop-front']]);
  });

  it('keeps photos already linked once each, placed in the listed order', async () => {
    expect(await photosOf(['listed-and-linked'])).toEqual([['receipt', 'shop-front']]);
    const links = await database.db
      .selectFrom('attachment_links')
      .select('attachment_id')
      .where('subject_id', '=', 'listed-and-linked')
      .execute();
    expect(links).toHaveLength(2);
  });

  it('links no attachment of another tenant, in either tenant', async () => {
    expect(await photosOf(['foreign-photo'])).toEqual([[]]);
    const links = await database.db
      .selectFrom('attachment_links')
      .select('tenant_id')
      .where('subject_id', '=', 'foreign-photo')
      .execute();
    expect(links).toEqual([]);
  });

  it('leaves visits without a photo_ids column', async () => {
    const columns = await sql<{ id: string }>`select * from visits where id = 'listed-only'`.execute(
      database.db,
    );
    expect(Object.keys(columns.rows[0] ?? {})).not.toContain('photo_ids');
    expect(columns.rows).toHaveLength(1);
  });
});
