/**
 * Every /api/v1 route's entry in the OpenAPI document, one table per feature (its `openapi.ts`, beside its routes). A route the routers register without
 * an entry here fails test/api/openapi.test.ts.
 */
import type { RouteDocGroup } from '@server/core/openapi/route-docs';
import { apiTokenDocs } from './features/api-tokens/openapi';
import { attachmentDocs } from './features/attachments/openapi';
import { authDocs } from './features/auth/openapi';
import { customerDocs } from './features/customers/openapi';
import { projectDocs, templateDocs } from './features/implementation/openapi';
import { insightDocs } from './features/insight/openapi';
import { platformDocs } from './features/platform/openapi';
import { requirementDocs } from './features/requirements/openapi';
import { userDocs } from './features/users/openapi';
import { visitDocs } from './features/visits/openapi';
import { webhookDocs } from './features/webhooks/openapi';

export const apiDocGroups: RouteDocGroup[] = [
  authDocs,
  customerDocs,
  visitDocs,
  requirementDocs,
  projectDocs,
  templateDocs,
  insightDocs,
  attachmentDocs,
  userDocs,
  platformDocs,
  apiTokenDocs,
  webhookDocs,
];
