/** The OpenAPI entries of server/features/insight: the four dashboards and a customer's value loop. */
import type { RouteDocGroup } from '@server/core/openapi/route-docs';
import {
  customerLoop,
  implementationInsight,
  insightFilters,
  loopInsight,
  requirementInsight,
  visitInsight,
} from '@shared/schemas/insight';

export const insightDocs: RouteDocGroup = {
  tag: 'Insight',
  description:
    'Dashboards. Filters: period (inclusive local days, default the last 30 up to today, at most a year), team, ' +
    'owner, segment, tier, industry, co-creation flags. Visits: managers and admins. Requirements and the loop: ' +
    'PMs, managers and admins. Implementation: everyone but sales. A customer’s loop: whoever may open the customer.',
  routes: {
    'GET /insight/visits': {
      summary:
        'Coverage by tier and segment, visits, flagged check-ins, evidence and overdue follow-ups per rep',
      query: insightFilters,
      response: visitInsight,
    },
    'GET /insight/requirements': {
      summary: 'Top requirements, demand by industry × category, and requirements by kind',
      query: insightFilters,
      response: requirementInsight,
    },
    'GET /insight/loop': {
      summary: 'Loop closure, median days to decision and to told, oldest waiting, overdue promises',
      query: insightFilters,
      response: loopInsight,
    },
    'GET /insight/implementation': {
      summary: 'Projects by health and phase, late tasks, phase durations against the plan, goals met',
      query: insightFilters,
      response: implementationInsight,
    },
    'GET /insight/customers/:id': {
      summary: 'One customer’s requirements from mention to told, its projects’ goals, and its latest visits',
      response: customerLoop,
    },
  },
};
