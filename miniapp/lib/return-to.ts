/**
 * Where the app goes next when an address names it (a link's `next`, a form's `returnTo`): only the app's own
 * paths are followed — `//evil.example`, a full URL, a backslash trick or a sign-in page (a loop) is not one.
 */
export function safeAppPath(path: string | null): string | null {
  if (!path?.startsWith('/') || path.startsWith('//') || path.includes('\\')) return null;
  const url = new URL(path, 'https://app.invalid');
  if (url.origin !== 'https://app.invalid' || /^\/(sign-in|login)(\/|$)/.test(url.pathname)) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** A screen that hands its result back (a customer created from the visit form) adds it to the return path. */

export function withParam(path: string, key: string, value: string): string {
  const [pathname = '/', search = ''] = path.split('?');
  const params = new URLSearchParams(search);
  params.set(key, value);
  return `${pathname}?${params.toString()}`;
}
