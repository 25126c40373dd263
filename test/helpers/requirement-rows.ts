/** Requirement rows written straight to the table, for tests of what reads many of them (the similar index, exports). */
import { newId } from '@server/core/ids';
import { searchTermsOf, searchTextOf } from '@server/features/requirements/service';

/** A requirement row as capture writes it, with its terms cut by today's lexicon unless given. */
export function requirementRow(
  title: string,
  createdBy: string,
  at: string,
  description = '',
  searchTerms = searchTermsOf(title, description),
) {
  return {
    id: newId(),
    client_id: newId(),
    title,
    description,
    search_text: searchTextOf(title, description),
    search_terms: searchTerms,
    category: null,
    kind: null,
    status: 'new',
    merged_into_id: null,
    owner_id: null,
    target_release: null,
    impact: 1,
    confidence: 1,
    effort: 1,
    demand: 1,
    score: 1,
    customer_count: 1,
    mention_count: 1,
    contested: 0,
    created_by: createdBy,
    first_mention_at: at,
    first_decided_at: null,
    version: 1,
    created_at: at,
    updated_at: at,
  };
}
