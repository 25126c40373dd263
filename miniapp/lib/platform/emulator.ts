/**
 * Demo only: when the server runs the platform emulators it answers GET /__emulators/config, and a page forced
 * into a host with `?platform=` loads that platform's container double before signing in. In production the
 * config is not served (the SPA fallback answers HTML, or a 404), so nothing is ever loaded.
 */
import { type Platform, platforms } from '@shared/domain/platforms';

export interface EmulatedPlatform {
  platform: Platform;
  orgKey: string;
  agentId: string | null;
  users: { id: string; name: string }[];
  /** Where to open the app as if from this platform's workbench. */
  pageUrl: string;
}

/** The URL parameter that picks which emulated person the double signs in as. */
export const emulatedUserParam = 'emuUser';

function isUser(value: unknown): value is { id: string; name: string } {
  const user = value as { id?: unknown; name?: unknown } | null;
  return typeof user?.id === 'string' && typeof user.name === 'string';
}

function asEmulatedPlatform(value: unknown): EmulatedPlatform | null {
  if (typeof value !== 'object' || value === null) return null;
  const item = value as Record<string, unknown>;
  const { platform, orgKey, agentId, users, pageUrl } = item;
  if (typeof platform !== 'string' || !(platforms as readonly string[]).includes(platform)) return null;
  if (typeof orgKey !== 'string' || typeof pageUrl !== 'string' || !Array.isArray(users)) return null;
  return {
    platform: platform as Platform,
    orgKey,
    agentId: typeof agentId === 'string' || typeof agentId === 'number' ? String(agentId) : null,
    users: users.filter(isUser),
    pageUrl,
  };
}

/** The emulated platforms, or [] when this server runs none. Never throws. */
export async function fetchEmulatedPlatforms(): Promise<EmulatedPlatform[]> {
  try {
    const response = await fetch('/__emulators/config', { headers: { accept: 'application/json' } });
    if (!response.ok || !response.headers.get('content-type')?.includes('json')) return [];
    const body = (await response.json()) as { platforms?: unknown };
    if (!Array.isArray(body.platforms)) return [];
    return body.platforms.map(asEmulatedPlatform).filter((item) => item !== null);
  } catch {
    return [];
  }
}

function hasDouble(): boolean {
  return '__FIELDLOOP_EMULATOR__' in window;
}

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

/**
 * Loads `/__emulators/bridge/{platform}.js` (the config line + the double) when the server emulates that
 * platform and no double is on the page yet (tests inject theirs before the page runs). Answers whether one
 * is in place now.
 */
export async function loadEmulatorBridge(platform: Platform, search: string): Promise<boolean> {
  if (hasDouble()) return true;
  const emulated = (await fetchEmulatedPlatforms()).find((item) => item.platform === platform);
  if (!emulated) return false;
  const params = new URLSearchParams(search);
  const query = new URLSearchParams();
  const user = params.get(emulatedUserParam);
  if (user) query.set('user', user);
  // `?emuLat=&emuLng=&emuMock=1` places the demo phone (check-in far from or near a customer, a mocked fix).
  for (const [from, to] of [
    ['emuLat', 'lat'],
    ['emuLng', 'lng'],
    ['emuMock', 'mock'],
  ] as const) {
    const value = params.get(from);
    if (value) query.set(to, value);
  }
  const suffix = query.size > 0 ? `?${query.toString()}` : '';
  await loadScript(`/__emulators/bridge/${platform}.js${suffix}`);
  return hasDouble();
}
