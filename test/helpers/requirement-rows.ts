/** Requirement rows written straight to the table, for tests of what reads many of them (the similar index, exports). */
import { newId } from '@server/core/ids';
import { newRequirementColumns, searchTermsOf } from '@server/features/requirements/service';

/** A requirement row as capture writes it, with its terms cut by today's lexicon unless given. */
export function requirementRow(
  title: string,
  createdBy: string,
  at: string,
  description = '',
  searchTerms = searchTermsOf(title, description),
) {
  return {
    ...newRequirementColumns(
      { id: newId(), clientId: newId(), title, description, category: null, kind: null, createdBy },
      at,
    ),
    search_terms: searchTerms,
    demand: 1,
    score: 1,
    customer_count: 1,
    mention_count: 1,
  };
}
