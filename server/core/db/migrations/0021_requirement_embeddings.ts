/**
 * One embedding vector per requirement, when an embeddings endpoint is configured (SIMILARITY_EMBEDDINGS_URL): what
 * the similar lookup blends with its word matching. `source_updated_at` is the requirement's updated_at the vector
 * was computed from (an edited requirement is embedded again); `vector` is little-endian float32, base64 text on
 * both databases. Frozen once landed.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('requirement_embeddings')
    .addColumn('tenant_id', 'text', (c) => c.notNull().references('tenants.tenant_id'))
    .addColumn('requirement_id', 'text', (c) => c.notNull())
    .addColumn('model', 'text', (c) => c.notNull())
    .addColumn('source_updated_at', 'text', (c) => c.notNull())
    .addColumn('vector', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('requirement_embeddings_pk', ['tenant_id', 'requirement_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('requirement_embeddings').execute();
}
