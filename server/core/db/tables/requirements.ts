/** Row types of the requirements feature's tables, as stored (see ../schema.ts for the conventions). */

export interface RequirementsTable {
  id: string;
  tenant_id: string;
  client_id: string;
  title: string;
  description: string | null;
  /** Lower-cased title and description, for the table's plain-text filter. */
  search_text: string;
  /** The similarity terms of title and description as a JSON object, so the in-memory index never re-segments. */
  search_terms: string;
  category: string | null;
  kind: string | null;
  status: string;
  merged_into_id: string | null;
  owner_id: string | null;
  target_release: string | null;
  impact: number;
  confidence: number;
  effort: number;
  demand: number;
  score: number;
  customer_count: number;
  mention_count: number;
  contested: number;
  created_by: string;
  first_mention_at: string;
  first_decided_at: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface RequirementMentionsTable {
  id: string;
  tenant_id: string;
  client_id: string;
  requirement_id: string;
  /** The requirement the mention was captured against; undoing a merge moves it back there. */
  origin_requirement_id: string;
  customer_id: string;
  reporter_id: string;
  quote: string | null;
  importance: string;
  visit_id: string | null;
  project_id: string | null;
  /** 1 when the customer needs it shipped for go-live: an acceptance item of their implementation project. */
  go_live: number;
  created_at: string;
}

export interface RequirementFollowersTable {
  tenant_id: string;
  requirement_id: string;
  user_id: string;
  created_at: string;
}

export interface RequirementDecisionsTable {
  id: string;
  tenant_id: string;
  requirement_id: string;
  status: string;
  note: string | null;
  decided_by: string;
  created_at: string;
}

export interface RequirementMergesTable {
  id: string;
  tenant_id: string;
  source_id: string;
  target_id: string;
  /** The merged requirement's status before the merge, restored by an undo. */
  source_status: string;
  /** JSON array of follower ids the merge added to the target (undo removes exactly these). */
  moved_followers: string;
  merged_by: string;
  created_at: string;
  contested_at: string | null;
  contested_by: string | null;
  contest_note: string | null;
  resolved_at: string | null;
  undone_at: string | null;
  undone_by: string | null;
}

export interface RequirementTellingsTable {
  id: string;
  tenant_id: string;
  requirement_id: string;
  decision_id: string;
  customer_id: string;
  told_by: string;
  told_at: string;
}

export interface RequirementCommitmentsTable {
  id: string;
  tenant_id: string;
  requirement_id: string;
  customer_id: string;
  promised_by: string;
  due_date: string;
  note: string | null;
  fulfilled_at: string | null;
  created_at: string;
}

export interface RequirementSettingsTable {
  tenant_id: string;
  weights: string;
  updated_at: string;
}

/** A tenant's similar-requirement index as last built (see features/requirements/similar.ts). */
export interface SimilaritySnapshotsTable {
  tenant_id: string;
  synced_until: string;
  /** The index's documents, base64 (see features/requirements/similarity-snapshot.ts). */
  data: string;
  updated_at: string;
}

/** A requirement's embedding vector (see migrations/0021_requirement_embeddings.ts). */
export interface RequirementEmbeddingsTable {
  tenant_id: string;
  requirement_id: string;
  model: string;
  source_updated_at: string;
  /** Little-endian float32, base64. */
  vector: string;
}

export interface RequirementTables {
  requirements: RequirementsTable;
  requirement_mentions: RequirementMentionsTable;
  requirement_followers: RequirementFollowersTable;
  requirement_decisions: RequirementDecisionsTable;
  requirement_merges: RequirementMergesTable;
  requirement_tellings: RequirementTellingsTable;
  requirement_commitments: RequirementCommitmentsTable;
  requirement_settings: RequirementSettingsTable;
  similarity_snapshots: SimilaritySnapshotsTable;
  requirement_embeddings: RequirementEmbeddingsTable;
}
