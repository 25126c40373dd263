/** SQL for requirement embedding vectors (see similarity-vectors.ts). */
import type { TenantDb } from '@server/core/db';
import type { RequirementEmbeddingsTable } from '@server/core/db/tables/requirements';

export type EmbeddingRow = Omit<RequirementEmbeddingsTable, 'tenant_id'>;

/** The tenant's stored vectors of one model, a page at a time in requirement order. */
export function embeddingsPage(tdb: TenantDb, model: string, after: string, limit: number) {
  return tdb
    .selectFrom('requirement_embeddings')
    .select(['requirement_id', 'source_updated_at', 'vector'])
    .where('model', '=', model)
    .where('requirement_id', '>', after)
    .orderBy('requirement_id')
    .limit(limit)
    .execute();
}

export async function storeEmbeddings(tdb: TenantDb, rows: EmbeddingRow[]): Promise<void> {
  if (rows.length === 0) return;
  await tdb
    .insertInto('requirement_embeddings', rows)
    .onConflict((conflict) =>
      conflict.columns(['tenant_id', 'requirement_id']).doUpdateSet((eb) => ({
        model: eb.ref('excluded.model'),
        source_updated_at: eb.ref('excluded.source_updated_at'),
        vector: eb.ref('excluded.vector'),
      })),
    )
    .execute();
}

/** Stored vectors of these requirements, whichever model made them (the caller keeps its own model's). */
export function embeddingsOf(tdb: TenantDb, ids: readonly string[]) {
  return tdb
    .selectFrom('requirement_embeddings')
    .select(['requirement_id', 'model', 'source_updated_at', 'vector'])
    .where('requirement_id', 'in', [...ids])
    .execute();
}

/** Live requirements with no vector of this model for their current text, a batch at a time. */
export function requirementsToEmbed(tdb: TenantDb, model: string, limit: number) {
  return tdb
    .selectFrom('requirements')
    .leftJoin('requirement_embeddings', (join) =>
      join
        .onRef('requirement_embeddings.tenant_id', '=', 'requirements.tenant_id')
        .onRef('requirement_embeddings.requirement_id', '=', 'requirements.id')
        .on('requirement_embeddings.model', '=', model),
    )
    .select(['requirements.id', 'requirements.title', 'requirements.description', 'requirements.updated_at'])
    .where('requirements.status', '<>', 'merged')
    .where((eb) =>
      eb.or([
        eb('requirement_embeddings.requirement_id', 'is', null),
        eb('requirement_embeddings.source_updated_at', '<>', eb.ref('requirements.updated_at')),
      ]),
    )
    .orderBy('requirements.id')
    .limit(limit)
    .execute();
}
