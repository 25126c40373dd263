/**
 * Links in messages that open Fieldloop signed in: each deep link becomes the app's platform sign-in page with
 * the organisation's key and `next` (the screen to land on after 免登); each platform then wraps that page in
 * the form its client opens inside itself (see dingtalk/links.ts, feishu/links.ts, wecom/links.ts).
 */
import type { OutgoingMessage } from './types';

/** Where the platforms open the app (the console's home URL); the page signs in, then goes to `next`. */
export const signInPath = '/sign-in';

/** The path, query and fragment of a deep link: what the app navigates to once signed in. */
export function nextOf(deepLink: string): string {
  const url = new URL(deepLink);
  return `${url.pathname}${url.search}${url.hash}`;
}

/** `https://host/requirements/7` → `https://host/sign-in?<org params>&next=%2Frequirements%2F7`. */
export function signInEntryUrl(deepLink: string, orgParams: Record<string, string>): string {
  const url = new URL(signInPath, deepLink);
  for (const [name, value] of Object.entries(orgParams)) url.searchParams.set(name, value);
  url.searchParams.set('next', nextOf(deepLink));
  return url.toString();
}

/** The message with every link (card, buttons, callback fallback) passed through `wrap`. */
export function withLinks(message: OutgoingMessage, wrap: (deepLink: string) => string): OutgoingMessage {
  return {
    ...message,
    url: message.url === null ? null : wrap(message.url),
    actions: message.actions.map((action) => ({ ...action, url: wrap(action.url) })),
    ...(message.callback
      ? { callback: { ...message.callback, fallbackUrl: wrap(message.callback.fallbackUrl) } }
      : {}),
  };
}
