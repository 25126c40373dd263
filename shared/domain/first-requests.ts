/**
 * The GETs a daily screen makes first, as a rep or an implementer opens it without filters in its address, written
 * exactly as its hooks send them. The page itself sends them before any of the app's code has arrived (the server
 * writes them into it, server/core/page-head.ts), and the app sends them if the page did not; either way they
 * travel beside the screen's code instead of after it (issue #14). A screen that asks for something else (another
 * role's list) fetches that as usual.
 */

export type QueryParams = Record<string, string | number | boolean | undefined>;

/** Where the app keeps its session and its language on the device, read by the page before the app runs. */
export const storageKeys = { token: 'fieldloop.token', language: 'fieldloop.language' } as const;

const apiBase = '/api/v1';

/** The address of an API request, as the app's client writes it: a GET sent early is found again by it. */
export function apiUrlOf(path: string, params?: QueryParams): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params ?? {}))
    if (value !== undefined) query.append(key, String(value));
  const search = query.toString();
  return `${apiBase}${path}${search ? `?${search}` : ''}`;
}

type Get = [path: string, params?: QueryParams];

const firstRequests: [RegExp, (id: string) => Get[]][] = [
  [/^\/customers$/, () => [['/customers', { sort: '-updatedAt', limit: 20 }]]],
  [
    /^\/customers\/(?!new$|import$)([^/]+)$/,
    (id) => [
      [`/customers/${id}`],
      [`/customers/${id}/timeline`],
      ['/projects', { customerId: id, scope: 'all' }],
      ['/requirements', { customerId: id, sort: 'updated', limit: 20 }],
      [`/customers/${id}/contacts`, { limit: 50 }],
    ],
  ],
  [/^\/visits$/, () => [['/visits/follow-ups'], ['/visits', { limit: 20 }]]],
  [/^\/requirements$/, () => [['/requirements/mine', { limit: 20 }]]],
  [/^\/implementation$/, () => [['/projects/today'], ['/projects', { scope: 'mine' }]]],
  [/^\/implementation\/projects\/(?!new$)([^/]+)$/, (id) => [[`/projects/${id}`]]],
];

/** The addresses of the GETs the screen at `pathname` makes first; none for other screens. */
export function firstRequestsAt(pathname: string): string[] {
  for (const [pattern, requests] of firstRequests) {
    const found = pattern.exec(pathname);
    if (found) return requests(found[1] ?? '').map(([path, params]) => apiUrlOf(path, params));
  }
  return [];
}

/** "Who am I", which every signed-in screen asks first. */
export const meUrl = apiUrlOf('/me');

/** The screens anyone may open: they never ask "who am I". */
export const publicScreen = /^\/(login|sign-in|status\/)/;

/** What the page at `pathname` may send before the app runs, for a signed-in person: "who am I", then its screen's. */
export function earlyRequestsAt(pathname: string): string[] {
  return publicScreen.test(pathname) ? [] : [meUrl, ...firstRequestsAt(pathname)];
}
