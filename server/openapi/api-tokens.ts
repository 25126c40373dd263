/** The OpenAPI entries of server/features/api-tokens. */
import type { RouteDocGroup } from '@server/core/openapi/route-docs';
import { apiTokenCreate, apiTokenList, createdApiToken } from '@shared/schemas/api-tokens';

export const apiTokenDocs: RouteDocGroup = {
  tag: 'API tokens',
  description:
    'Tokens for integrations (admins, signed in as themselves). Send one as `Authorization: Bearer flk_…`: it acts ' +
    'as the admin who made it; a read token’s writes answer 403 API_TOKEN_READ_ONLY; a revoked, expired or unknown ' +
    'one, or one whose admin was deactivated, 401 API_TOKEN_INVALID; over the per-minute limit, 429 with Retry-After.',
  routes: {
    'GET /api-tokens': { summary: 'The company’s API tokens, without their secrets', response: apiTokenList },
    'POST /api-tokens': {
      summary: 'Make a token; the answer is the only time its secret (`token`) is shown',
      body: apiTokenCreate,
      status: 201,
      response: createdApiToken,
    },
    'DELETE /api-tokens/:id': {
      summary: 'Revoke a token: it answers 401 from its next request on',
      status: 204,
    },
  },
};
