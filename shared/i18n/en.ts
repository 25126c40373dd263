/** English catalogue, the second language. */

import { enApiTokensUi } from './en.api-tokens';
import { enCustomerImportUi } from './en.customer-import';
import { enCustomerUi } from './en.customers';
import { enExportsUi } from './en.exports';
import { enFieldUi } from './en.field';
import { enImplementationUi } from './en.implementation';
import { enInsightUi } from './en.insight';
import { enLinksUi } from './en.links';
import { enMembersUi } from './en.members';
import { enPlatformUi } from './en.platform';
import { enRequirementsUi } from './en.requirements';
import { enTemplateEditorUi } from './en.template-editor';
import { enVisitsUi } from './en.visits';
import { enWebhooksUi } from './en.webhooks';
import type { Catalogue } from './zh-CN';

export const en: Catalogue = {
  errors: {
    VALIDATION_FAILED: 'Some fields need attention',
    MALFORMED_JSON: 'The request body is not valid JSON',
    MALFORMED_URL: 'This address is not valid',
    UNAUTHENTICATED: 'Please sign in first',
    SESSION_INVALID: 'Your session has ended, please sign in again',
    API_TOKEN_INVALID: 'This API token is unknown, expired or revoked',
    API_TOKEN_READ_ONLY: 'This API token may only read, not change data',
    FORBIDDEN: 'You are not allowed to do this',
    NOT_FOUND: 'Not found, or it has been deleted',
    ROUTE_NOT_FOUND: 'No such endpoint',
    LINK_REVOKED: 'This link was withdrawn; ask the project owner for a new one',
    LINK_EXPIRED: 'This link has expired; ask the project owner for a new one',
    DEMO_LOGIN_DISABLED: 'Demo sign-in is not enabled',
    VERSION_CONFLICT: 'Someone else changed this; refresh and edit again',
    INVALID_OWNER: 'The owner must be an active sales rep, sales manager or admin of this company',
    PAYLOAD_TOO_LARGE: 'The request is too large',
    UNSUPPORTED_MEDIA_TYPE: 'Unsupported content type',
    RATE_LIMITED: 'Too many requests, please try again shortly',
    SERVICE_UNAVAILABLE: 'Service temporarily unavailable, please try again shortly',
    INTERNAL: 'Something went wrong on our side, please try again',
    NETWORK: 'No network connection, check it and try again',
    ORG_NOT_CONNECTED: 'Your organisation has not connected Fieldloop yet; ask your administrator',
    PLATFORM_CODE_INVALID: 'The sign-in code expired or was already used; open the app again',
    PLATFORM_UNAVAILABLE: 'The platform cannot be reached right now, please try again shortly',
    PLATFORM_REJECTED: 'The platform refused the request; check the connection settings',
    CALLBACK_REJECTED: 'Callback signature check failed',
    CONNECTION_EXISTS: 'This platform app is already connected',
    EVIDENCE_REQUIRED: 'Add the evidence this task requires before ticking it',
    TEMPLATE_NOT_PUBLISHED: 'This template has no published version yet',
    NO_DRAFT: 'This template has no draft to publish',
    INVALID_MEMBER: 'A chosen person or contact is not valid here',
    REQUIREMENT_MERGED: 'This requirement was merged into another; act on that one',
    MERGE_NOT_ALLOWED: 'A requirement cannot be merged into itself, a merged one or one that does not exist',
    CONTEST_CLOSED: 'This merge is more than 7 days old or already settled',
    UNDO_CLOSED: 'Too late to undo: the change has already been sent out',
    SPREADSHEET_TOO_LARGE: 'Spreadsheet files can be at most {{maximum}} MB',
    SPREADSHEET_UNPACKS_TOO_LARGE:
      'The spreadsheet unpacks to more than {{maximum}} MB; remove what is not needed or split it into several files',
    SPREADSHEET_TOO_MANY_SHEETS: 'A spreadsheet can have at most {{maximum}} sheets',
    SPREADSHEET_TOO_MANY_ROWS: 'A spreadsheet can have at most {{maximum}} rows; split it into several files',
    SPREADSHEET_TOO_MANY_CELLS:
      'A spreadsheet can have at most {{maximum}} cells; split it into several files',
    SPREADSHEET_UNREADABLE: 'This file cannot be read; upload an Excel workbook (.xlsx)',
    IMPORT_ROWS_INVALID: 'The spreadsheet has {{count}} problems; nothing was imported',
  },
  validation: {
    unknownAttachment: 'This attachment does not exist; upload it again',
    fileTooLarge: 'Files can be at most {{maximum}} MB',
    fileTypeRefused:
      'Only JPEG, PNG, WebP and HEIC images, PDF, Excel/Word/PowerPoint (xlsx, docx, pptx) and text/CSV files are accepted',
    required: 'Required',
    tooShort: 'At least {{minimum}} characters',
    tooLong: 'At most {{maximum}} characters',
    tooSmall: 'Must be at least {{minimum}}',
    tooBig: 'Must be at most {{maximum}}',
    tooFew: 'At least {{minimum}} items',
    tooMany: 'At most {{maximum}} items',
    invalidFormat: 'Invalid format',
    publicHttpsOnly: 'Must be an https address on the public internet',
    invalidEmail: 'Invalid email address',
    invalidPhone: 'Invalid phone number',
    invalidId: 'Invalid id',
    invalidOption: 'Choose one of the options',
    invalidType: 'Wrong type',
    notANumber: 'Enter a number',
    notAnInteger: 'Enter a whole number',
    unknownKey: 'Unsupported field: {{keys}}',
    foreignUrl: 'Only pages of this app can be signed',
    notInFuture: 'Must be later than now',
    periodOrder: 'Must not be before the start date',
    periodTooLong: 'The period may span at most a year',
    invalid: 'Invalid value',
  },
  enums: {
    role: {
      admin: 'Admin',
      manager: 'Sales manager',
      pm: 'Product manager',
      sales: 'Sales rep',
      implementer: 'Implementer',
    },
    segment: { smb: 'Small business', mid: 'Mid-size', large: 'Enterprise' },
    tier: { high: 'High value', general: 'General value', low: 'Low value' },
    flag: { coCreation: 'Co-creation', angel: 'Angel', benchmark: 'Benchmark' },
    contactRole: { decision_maker: 'Decision maker', user: 'User', it: 'IT contact' },
  },
  platformEvents: {
    cardActionUnknown: 'This button no longer works; please do it in Fieldloop',
    cardActionDone: 'Already done',
  },
  ui: {
    ...enPlatformUi,
    ...enMembersUi,
    ...enApiTokensUi,
    ...enWebhooksUi,
    ...enCustomerUi,
    ...enExportsUi,
    ...enCustomerImportUi,
    ...enFieldUi,
    ...enVisitsUi,
    ...enLinksUi,
    ...enRequirementsUi,
    ...enImplementationUi,
    ...enTemplateEditorUi,
    ...enInsightUi,
    app: { title: 'Fieldloop' },
    common: {
      pullToRefresh: {
        pulling: 'Pull to refresh',
        release: 'Release to refresh',
        refreshing: 'Refreshing…',
        complete: 'Refreshed',
      },
      back: 'Back',
      cancel: 'Cancel',
      retry: 'Try again',
      undo: 'Undo',
      reload: 'Reload',
      loading: 'Loading…',
      noMore: 'That is everything',
      showMore: 'Show more',
      notSet: 'Not set',
    },
    state: { errorTitle: 'Could not load' },
    languages: { 'zh-CN': '简体中文', en: 'English' },
    tabs: {
      label: 'Main navigation',
      customers: 'Customers',
      visits: 'Visits',
      requirements: 'Needs',
      implementation: 'Delivery',
      me: 'Me',
    },
    auth: {
      tagline: 'Visits · needs · delivery, one loop',
      title: 'Demo sign-in',
      hint: 'Pick a demo company and a person to continue. For real use, open Fieldloop from the DingTalk, Feishu or WeCom workbench.',
      chooseTenant: '1. Choose a company',
      chooseUser: '2. Choose a person',
      chooseTenantFirst: 'Choose a company first; its people will be listed here.',
      noTenants: 'No demo data yet',
      noTenantsBody: 'Ask an admin to turn on demo data (SEED_DEMO=1), then reload.',
      disabledTitle: 'Demo sign-in is not enabled',
      disabledBody:
        'This environment needs platform sign-in. Open Fieldloop from the DingTalk, Feishu or WeCom workbench; if you still cannot get in, contact your admin.',
      emulatedTitle: 'Open from an emulated workbench',
      emulatedHint:
        'This demo server emulates the platforms below. Pick a person to open Fieldloop as if from that app’s workbench, with password-free sign-in.',
      openIn: ', open in {{platform}}',
    },
    me: {
      profile: 'Profile',
      tenant: 'Company',
      department: 'Department',
      noDepartment: 'Not set',
      language: 'Language',
      signOut: 'Sign out',
      signOutConfirm: 'Sign out of Fieldloop?',
      admin: 'Administration',
    },
  },
};
