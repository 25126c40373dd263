/** The one error type the API throws; the error middleware turns it into `{ error: { code, message, fields } }`. */
import type { zhCN } from '@shared/i18n/zh-CN';

export type ErrorCode = keyof typeof zhCN.errors;

const statusByCode: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  MALFORMED_JSON: 400,
  MALFORMED_URL: 400,
  UNAUTHENTICATED: 401,
  SESSION_INVALID: 401,
  API_TOKEN_INVALID: 401,
  API_TOKEN_READ_ONLY: 403,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  ROUTE_NOT_FOUND: 404,
  LINK_REVOKED: 410,
  LINK_EXPIRED: 410,
  DEMO_LOGIN_DISABLED: 404,
  VERSION_CONFLICT: 409,
  INVALID_OWNER: 422,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  SERVICE_UNAVAILABLE: 503,
  NETWORK: 503,
  ORG_NOT_CONNECTED: 403,
  PLATFORM_CODE_INVALID: 401,
  PLATFORM_UNAVAILABLE: 503,
  PLATFORM_REJECTED: 502,
  CONNECTION_EXISTS: 409,
  EVIDENCE_REQUIRED: 422,
  TEMPLATE_NOT_PUBLISHED: 422,
  NO_DRAFT: 409,
  INVALID_MEMBER: 422,
  CALLBACK_REJECTED: 401,
  REQUIREMENT_MERGED: 409,
  MERGE_NOT_ALLOWED: 422,
  CONTEST_CLOSED: 409,
  UNDO_CLOSED: 409,
  SPREADSHEET_TOO_LARGE: 413,
  SPREADSHEET_UNPACKS_TOO_LARGE: 413,
  SPREADSHEET_TOO_MANY_SHEETS: 422,
  SPREADSHEET_TOO_MANY_ROWS: 422,
  SPREADSHEET_TOO_MANY_CELLS: 422,
  SPREADSHEET_UNREADABLE: 422,
  IMPORT_ROWS_INVALID: 422,
};

export class AppError extends Error {
  readonly status: number;
  /** Values the message interpolates, such as the limit that was passed. */
  readonly params?: Record<string, string | number>;
  /** More of the answer beside code, message and fields (an import's row errors), already in the user's language. */
  readonly details?: Record<string, unknown>;

  constructor(
    readonly code: ErrorCode,
    /** Field path → message, already in the user's language. */
    readonly fields?: Record<string, string>,
    /** What went wrong underneath (`cause`, for the log; never shown to the client), and the message's values. */
    options?: {
      cause?: unknown;
      params?: Record<string, string | number>;
      details?: Record<string, unknown>;
    },
  ) {
    super(code, options);
    this.name = 'AppError';
    this.status = statusByCode[code];
    this.params = options?.params;
    this.details = options?.details;
  }
}

export const notFound = () => new AppError('NOT_FOUND');
export const forbidden = () => new AppError('FORBIDDEN');
