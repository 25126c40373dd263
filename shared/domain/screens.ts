/**
 * The mini-app's screens: the page module that draws each (its path under miniapp/, as the build's manifest names
 * it) and the addresses that open one whoever is signed in. The app starts a screen's downloads from this table, and
 * the server lists the same downloads in the page's HTML so the phone fetches them while it still parses the page
 * (issue #14).
 */
export const screenModules = {
  login: 'features/auth/pages/LoginPage.tsx',
  platformSignIn: 'features/auth/pages/PlatformSignInPage.tsx',
  linkSignIn: 'features/auth/pages/LinkSignInPage.tsx',
  me: 'features/auth/pages/MePage.tsx',
  connections: 'features/platform/pages/ConnectionsPage.tsx',
  connectionForm: 'features/platform/pages/ConnectionFormPage.tsx',
  roleMappings: 'features/platform/pages/RoleMappingsPage.tsx',
  members: 'features/users/pages/MembersPage.tsx',
  apiTokens: 'features/api-tokens/pages/ApiTokensPage.tsx',
  webhooks: 'features/webhooks/pages/WebhooksPage.tsx',
  webhookDeliveries: 'features/webhooks/pages/WebhookDeliveriesPage.tsx',
  customerList: 'features/customers/pages/CustomerListPage.tsx',
  customerDetail: 'features/customers/pages/CustomerDetailPage.tsx',
  customerForm: 'features/customers/pages/CustomerFormPage.tsx',
  customerImport: 'features/customers/pages/CustomerImportPage.tsx',
  visits: 'features/visits/pages/VisitsPage.tsx',
  visitNew: 'features/visits/pages/VisitNewPage.tsx',
  visitDetail: 'features/visits/pages/VisitDetailPage.tsx',
  visitEdit: 'features/visits/pages/VisitEditPage.tsx',
  requirements: 'features/requirements/pages/RequirementsPage.tsx',
  requirementCapture: 'features/requirements/pages/RequirementCapturePage.tsx',
  requirementTold: 'features/requirements/pages/RequirementToldPage.tsx',
  deskRequirements: 'features/requirements/desk/DeskRoutes.tsx',
  implementation: 'features/implementation/pages/ImplementationPage.tsx',
  project: 'features/implementation/pages/ProjectPage.tsx',
  projectCreate: 'features/implementation/pages/ProjectCreatePage.tsx',
  templates: 'features/implementation/pages/TemplatesPage.tsx',
  templateEditor: 'features/implementation/pages/TemplateEditorPage.tsx',
  statusPage: 'features/implementation/pages/StatusPage.tsx',
  insight: 'features/insight/pages/InsightPage.tsx',
  customerLoop: 'features/insight/pages/CustomerLoopPage.tsx',
} as const;

export type Screen = keyof typeof screenModules;

/** Addresses in the order they are tried: `/customers/new` before `/customers/:id`. */
const screensByPath: readonly [RegExp, Screen][] = [
  [/^\/login$/, 'login'],
  [/^\/sign-in$/, 'platformSignIn'],
  [/^\/sign-in\/link$/, 'linkSignIn'],
  [/^\/status\/[^/]+$/, 'statusPage'],
  [/^\/customers$/, 'customerList'],
  [/^\/customers\/(new|[^/]+\/edit)$/, 'customerForm'],
  [/^\/customers\/import$/, 'customerImport'],
  [/^\/customers\/[^/]+$/, 'customerDetail'],
  [/^\/customers\/[^/]+\/loop$/, 'customerLoop'],
  [/^\/visits$/, 'visits'],
  [/^\/visits\/new$/, 'visitNew'],
  [/^\/visits\/[^/]+\/edit$/, 'visitEdit'],
  [/^\/visits\/[^/]+$/, 'visitDetail'],
  [/^\/requirements$/, 'requirements'],
  [/^\/requirements\/new$/, 'requirementCapture'],
  [/^\/requirements\/(?!mine$)[^/]+(\/told)?$/, 'requirementTold'],
  [/^\/desk\/requirements/, 'deskRequirements'],
  [/^\/implementation$/, 'implementation'],
  [/^\/implementation\/projects\/new$/, 'projectCreate'],
  [/^\/implementation\/projects\/[^/]+$/, 'project'],
  [/^\/implementation\/templates$/, 'templates'],
  [/^\/implementation\/templates\/[^/]+\/edit$/, 'templateEditor'],
  [/^\/insight$/, 'insight'],
  [/^\/me$/, 'me'],
  [/^\/me\/connections$/, 'connections'],
  [/^\/me\/connections\/new$/, 'connectionForm'],
  [/^\/me\/connections\/[^/]+\/roles$/, 'roleMappings'],
  [/^\/me\/members$/, 'members'],
  [/^\/me\/api-tokens$/, 'apiTokens'],
  [/^\/me\/webhooks$/, 'webhooks'],
  [/^\/me\/webhooks\/[^/]+$/, 'webhookDeliveries'],
];

/** The screen `pathname` opens, when the address alone says which. */
export function screenAt(pathname: string): Screen | undefined {
  return screensByPath.find(([pattern]) => pattern.test(pathname))?.[1];
}
