/** Reads the links Fieldloop puts in platform messages back into the page they open and the screen they name. */

/** The page a message link opens inside its platform: DingTalk's redirect_url, WeCom's redirect_uri, Feishu's path. */
export function linkedPage(link: string): URL {
  const url = new URL(link.replace(/^dingtalk:\/\//, 'https://dingtalk.invalid/'));
  const inner = url.searchParams.get('redirect_url') ?? url.searchParams.get('redirect_uri');
  if (inner) return new URL(inner);
  if (url.hostname.startsWith('applink.')) {
    const page = new URL(url.searchParams.get('path') ?? '/', 'https://feishu-web-app.invalid');
    for (const [name, value] of url.searchParams) {
      if (!['appId', 'mode', 'path'].includes(name)) page.searchParams.set(name, value);
    }
    return page;
  }
  return url;
}

/** The screen a message link lands on once signed in (`next`), e.g. `/requirements/7`. */
export const linkedScreen = (link: string): string | null => linkedPage(link).searchParams.get('next');

/** Every link (`url`, `action_url`, `single_url`, `card_link`) in a sent message's content. */
export function linksIn(content: unknown): string[] {
  const found: string[] = [];
  JSON.stringify(content, (key, value: unknown) => {
    if (typeof value === 'string' && ['url', 'action_url', 'single_url'].includes(key)) found.push(value);
    return value;
  });
  return found;
}
