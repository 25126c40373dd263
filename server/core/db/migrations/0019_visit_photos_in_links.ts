/**
 * A visit's photos are recorded once, in attachment_links, which now keeps each object's order (`position`).
 * Photos listed only in visits.photo_ids are linked (to an attachment of the visit's own tenant), then the column
 * goes. Dropping a column needs SQLite 3.35 or later. Frozen once landed.
 */
import { type Kysely, sql } from 'kysely';

const batchSize = 500;

interface VisitPhotos {
  id: string;
  tenant_id: string;
  photo_ids: string;
  created_at: string;
}

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('attachment_links')
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  let after = '';
  let visits: VisitPhotos[];
  do {
    visits = await db
      .selectFrom('visits')
      .select(['id', 'tenant_id', 'photo_ids', 'created_at'])
      .where('photo_ids', '<>', '[]')
      .where('id', '>', after)
      .orderBy('id')
      .limit(batchSize)
      .execute();
    for (const visit of visits) await linkPhotos(db, visit);
    after = visits.at(-1)?.id ?? after;
  } while (visits.length === batchSize);
  await db.schema.alterTable('visits').dropColumn('photo_ids').execute();
}

/** Links each listed photo at its place in the list; a link that already exists only takes the place. */
async function linkPhotos(db: Kysely<any>, visit: VisitPhotos): Promise<void> {
  const photoIds = [...new Set(JSON.parse(visit.photo_ids) as string[])];
  for (const [position, attachmentId] of photoIds.entries()) {
    await sql`
      insert into attachment_links (tenant_id, attachment_id, subject_type, subject_id, created_at, position)
      select tenant_id, id, 'visit', cast(${visit.id} as text), cast(${visit.created_at} as text),
             cast(${position} as integer)
      from attachments
      where tenant_id = ${visit.tenant_id} and id = ${attachmentId}
      on conflict (tenant_id, attachment_id, subject_type, subject_id) do update set position = excluded.position
    `.execute(db);
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('visits')
    .addColumn('photo_ids', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
  const links: { tenant_id: string; subject_id: string; attachment_id: string }[] = await db
    .selectFrom('attachment_links')
    .select(['tenant_id', 'subject_id', 'attachment_id'])
    .where('subject_type', '=', 'visit')
    .orderBy('tenant_id')
    .orderBy('subject_id')
    .orderBy('position')
    .execute();
  const photosOf = new Map<string, { tenantId: string; visitId: string; ids: string[] }>();
  for (const link of links) {
    const key = `${link.tenant_id}/${link.subject_id}`;
    const entry = photosOf.get(key) ?? { tenantId: link.tenant_id, visitId: link.subject_id, ids: [] };
    entry.ids.push(link.attachment_id);
    photosOf.set(key, entry);
  }
  for (const { tenantId, visitId, ids } of photosOf.values()) {
    await db
      .updateTable('visits')
      .set({ photo_ids: JSON.stringify(ids) })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', visitId)
      .execute();
  }
  await db.schema.alterTable('attachment_links').dropColumn('position').execute();
}
