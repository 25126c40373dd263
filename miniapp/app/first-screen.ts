/**
 * Every screen's code, and the opening screen's downloads started before React is even evaluated: main.tsx imports
 * this module first, so the screen's chunks and "who am I" travel while the entry's biggest modules still run.
 */
import { sendEarly } from '@miniapp/lib/api-client';
import { homePathOf, isWideScreen } from '@miniapp/lib/home';
import { getToken } from '@miniapp/lib/session-token';
import { firstRequestsAt, meUrl, publicScreen } from '@shared/domain/first-requests';
import { type Screen, screenAt } from '@shared/domain/screens';
import { prefetchMe } from '../features/auth/me';
import { readMeSnapshot } from '../features/auth/me-snapshot';
import { loadTexts } from '../lib/i18n';
import type { TextPart } from '../lib/i18n-parts';
import { queryClient } from '../lib/query-client';

/** A screen's code together with the texts it needs beyond the core catalogue, so it never renders a bare key. */
async function withTexts<Module>(code: Promise<Module>, ...names: TextPart[]): Promise<Module> {
  const [module] = await Promise.all([code, loadTexts(...names)]);
  return module;
}

/**
 * Every screen's code, at the path shared/domain/screens.ts gives for it (the server preloads it from there); a
 * screen outside the daily ones brings its texts (see miniapp/lib/i18n-parts.ts).
 */
export const load = {
  login: () => import('../features/auth/pages/LoginPage'),
  platformSignIn: () => withTexts(import('../features/auth/pages/PlatformSignInPage'), 'platform'),
  linkSignIn: () => withTexts(import('../features/auth/pages/LinkSignInPage'), 'platform'),
  me: () =>
    withTexts(
      import('../features/auth/pages/MePage'),
      'platform',
      'members',
      'apiTokens',
      'webhooks',
      'insight',
    ),
  connections: () => withTexts(import('../features/platform/pages/ConnectionsPage'), 'platform'),
  connectionForm: () => withTexts(import('../features/platform/pages/ConnectionFormPage'), 'platform'),
  roleMappings: () => withTexts(import('../features/platform/pages/RoleMappingsPage'), 'platform'),
  members: () => withTexts(import('../features/users/pages/MembersPage'), 'members'),
  apiTokens: () => withTexts(import('../features/api-tokens/pages/ApiTokensPage'), 'apiTokens'),
  webhooks: () => withTexts(import('../features/webhooks/pages/WebhooksPage'), 'webhooks'),
  webhookDeliveries: () => withTexts(import('../features/webhooks/pages/WebhookDeliveriesPage'), 'webhooks'),
  customerList: () => import('../features/customers/pages/CustomerListPage'),
  customerDetail: () => import('../features/customers/pages/CustomerDetailPage'),
  customerForm: () => import('../features/customers/pages/CustomerFormPage'),
  customerImport: () => withTexts(import('../features/customers/pages/CustomerImportPage'), 'customerImport'),
  visits: () => import('../features/visits/pages/VisitsPage'),
  visitNew: () => import('../features/visits/pages/VisitNewPage'),
  visitDetail: () => import('../features/visits/pages/VisitDetailPage'),
  visitEdit: () => import('../features/visits/pages/VisitEditPage'),
  requirements: () => import('../features/requirements/pages/RequirementsPage'),
  requirementCapture: () => import('../features/requirements/pages/RequirementCapturePage'),
  requirementTold: () => import('../features/requirements/pages/RequirementToldPage'),
  deskRequirements: () => withTexts(import('../features/requirements/desk/DeskRoutes'), 'insight'),
  implementation: () => import('../features/implementation/pages/ImplementationPage'),
  project: () => import('../features/implementation/pages/ProjectPage'),
  projectCreate: () => import('../features/implementation/pages/ProjectCreatePage'),
  templates: () => withTexts(import('../features/implementation/pages/TemplatesPage'), 'templateEditor'),
  templateEditor: () =>
    withTexts(import('../features/implementation/pages/TemplateEditorPage'), 'templateEditor'),
  statusPage: () => import('../features/implementation/pages/StatusPage'),
  insight: () => withTexts(import('../features/insight/pages/InsightPage'), 'insight'),
  customerLoop: () => withTexts(import('../features/insight/pages/CustomerLoopPage'), 'insight'),
} satisfies Record<Screen, () => Promise<unknown>>;

/** The query keys a platform puts on the app's address when it opens it (see PlatformEntryRedirect). */
export const platformParams = /[?&](platform|corpid|corpId|appId|agentId|code)=/;

/** The home screen before "who am I" answers, from the last answer kept on this device. */
function homeScreenGuess(): string {
  return homePathOf(readMeSnapshot()?.role, { isWide: isWideScreen() });
}

/** Where the first render will end up, as far as can be told before React runs. */
function openingScreen(pathname: string, isSignedIn: boolean): string {
  if (pathname.startsWith('/sign-in') || pathname.startsWith('/status/')) return pathname;
  if (pathname === '/' && platformParams.test(window.location.search)) return '/sign-in';
  if (!isSignedIn) return '/login';
  return pathname === '/' || pathname === '/home' ? homeScreenGuess() : pathname;
}

/** Starts downloading the opening screen's code at once, in parallel with "who am I", not after it. */
function startFirstScreen(options: { pathname: string; isSignedIn: boolean }): void {
  const pathname = openingScreen(options.pathname, options.isSignedIn);
  const screen = screenAt(pathname);
  if (screen) void load[screen]();
  if (!options.isSignedIn || publicScreen.test(pathname)) return;
  sendEarly(meUrl);
  prefetchMe(queryClient);
  if (window.location.search !== '') return;
  for (const url of firstRequestsAt(pathname)) sendEarly(url);
}

startFirstScreen({ pathname: window.location.pathname, isSignedIn: getToken() !== null });
