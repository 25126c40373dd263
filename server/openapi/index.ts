/**
 * Every /api/v1 route's entry in the OpenAPI document, one table per feature. A route the routers register without
 * an entry here fails test/api/openapi.test.ts.
 */
import type { RouteDocGroup } from '@server/core/openapi/route-docs';
import { apiTokenDocs } from './api-tokens';
import { attachmentDocs } from './attachments';
import { authDocs } from './auth';
import { customerDocs } from './customers';
import { projectDocs, templateDocs } from './implementation';
import { platformDocs } from './platform';
import { requirementDocs } from './requirements';
import { userDocs } from './users';
import { visitDocs } from './visits';

export const apiDocGroups: RouteDocGroup[] = [
  authDocs,
  customerDocs,
  visitDocs,
  requirementDocs,
  projectDocs,
  templateDocs,
  attachmentDocs,
  userDocs,
  platformDocs,
  apiTokenDocs,
];
