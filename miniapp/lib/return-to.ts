/**
 * A screen that hands its result back (a customer created from the visit form) goes to `returnTo` with the result
 * as a query parameter. Only the app's own paths are followed: `//evil.example` or a full URL is not a path here.
 */
export function safeReturnPath(returnTo: string | null): string | null {
  return returnTo?.startsWith('/') && !returnTo.startsWith('//') ? returnTo : null;
}

export function withParam(path: string, key: string, value: string): string {
  const [pathname = '/', search = ''] = path.split('?');
  const params = new URLSearchParams(search);
  params.set(key, value);
  return `${pathname}?${params.toString()}`;
}
