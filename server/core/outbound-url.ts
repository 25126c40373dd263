/**
 * Every URL a tenant can make this server call (platform base URLs now, webhooks later): https only, and only to
 * public addresses. Checked after DNS when the URL is saved, and again on every connection against the address
 * the socket then uses, so a name that resolved to a public address once cannot point inside later. The demo's
 * emulator mode allows internal addresses, because its emulators listen on this machine.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpsRequest } from 'node:https';
import { isIPv4, isIPv6, type LookupFunction } from 'node:net';
import { AppError } from './errors';

export type AddressClass =
  | 'public'
  | 'unspecified'
  | 'loopback'
  | 'private'
  | 'shared'
  | 'link-local'
  | 'metadata'
  | 'multicast'
  | 'reserved';

/** Cloud metadata services: AWS/GCP/Azure/Alibaba/Tencent answer on these with credentials of the machine. */
const metadataIPv4 = new Set(['169.254.169.254', '169.254.170.2', '100.100.100.200']);
const metadataIPv6 = new Set(['fd00:ec2:0:0:0:0:0:254']);
const metadataHosts = new Set(['metadata.google.internal', 'metadata.goog']);

/** IPv4 ranges that are not the public internet, most specific first (RFC 6890 and friends). */
const ipv4Ranges: [prefix: string, bits: number, kind: AddressClass][] = [
  ['0.0.0.0', 8, 'unspecified'],
  ['10.0.0.0', 8, 'private'],
  ['100.64.0.0', 10, 'shared'],
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local'],
  ['172.16.0.0', 12, 'private'],
  ['192.0.0.0', 24, 'reserved'],
  ['192.0.2.0', 24, 'reserved'],
  ['192.88.99.0', 24, 'reserved'],
  ['192.168.0.0', 16, 'private'],
  ['198.18.0.0', 15, 'reserved'],
  ['198.51.100.0', 24, 'reserved'],
  ['203.0.113.0', 24, 'reserved'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved'],
];

function ipv4Number(address: string): number {
  return address.split('.').reduce((total, part) => total * 256 + Number(part), 0);
}

function classifyIPv4(address: string): AddressClass {
  if (metadataIPv4.has(address)) return 'metadata';
  const value = ipv4Number(address);
  for (const [prefix, bits, kind] of ipv4Ranges) {
    const size = 2 ** (32 - bits);
    if (Math.floor(value / size) === Math.floor(ipv4Number(prefix) / size)) return kind;
  }
  return 'public';
}

/** The eight 16-bit groups of an IPv6 address (a dotted IPv4 tail becomes the last two). */
function ipv6Groups(address: string): number[] {
  let text = address;
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text)?.[1];
  if (dotted) {
    const value = ipv4Number(dotted);
    text = `${text.slice(0, -dotted.length)}${(value >>> 16).toString(16)}:${(value & 0xffff).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const parse = (part: string) =>
    part === '' ? [] : part.split(':').map((group) => Number.parseInt(group, 16));
  const start = parse(head);
  const end = tail === undefined ? [] : parse(tail);
  return [...start, ...new Array<number>(8 - start.length - end.length).fill(0), ...end];
}

const embeddedIPv4 = (high: number, low: number) =>
  [high >>> 8, high & 0xff, low >>> 8, low & 0xff].join('.');

function classifyIPv6(address: string): AddressClass {
  const groups = ipv6Groups(address);
  const [g0 = 0, g1 = 0, g2 = 0, g3 = 0, g4 = 0, g5 = 0, g6 = 0, g7 = 0] = groups;
  if (metadataIPv6.has(groups.map((group) => group.toString(16)).join(':'))) return 'metadata';
  const upperZero = g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0;
  if (upperZero && g5 === 0 && g6 === 0) return g7 === 1 ? 'loopback' : g7 === 0 ? 'unspecified' : 'reserved';
  // IPv4-mapped (::ffff:a.b.c.d) and NAT64 (64:ff9b::a.b.c.d) reach the IPv4 address they carry.
  if (upperZero && g5 === 0xffff) return classifyIPv4(embeddedIPv4(g6, g7));
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0) {
    return classifyIPv4(embeddedIPv4(g6, g7));
  }
  // 6to4 carries its IPv4 address in the second and third groups.
  if (g0 === 0x2002) return classifyIPv4(embeddedIPv4(g1, g2));
  if ((g0 & 0xfe00) === 0xfc00) return 'private';
  if ((g0 & 0xffc0) === 0xfe80) return 'link-local';
  if ((g0 & 0xffc0) === 0xfec0) return 'private';
  if ((g0 & 0xff00) === 0xff00) return 'multicast';
  if (g0 === 0x2001 && (g1 === 0x0db8 || g1 < 0x0200)) return 'reserved';
  return (g0 & 0xe000) === 0x2000 ? 'public' : 'reserved';
}

/** What kind of address this is; anything that is not an IP address at all counts as reserved. */
export function classifyAddress(address: string): AddressClass {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  if (isIPv4(bare)) return classifyIPv4(bare);
  if (isIPv6(bare)) return classifyIPv6(bare.toLowerCase());
  return 'reserved';
}

export const isPublicAddress = (address: string): boolean => classifyAddress(address) === 'public';

class AddressNotPublicError extends Error {
  override name = 'AddressNotPublicError';
  readonly code = 'ADDRESS_NOT_PUBLIC';
}

function resolveAll(hostname: string): Promise<LookupAddress[]> {
  return new Promise((resolve, reject) => {
    dnsLookup(hostname, { all: true, verbatim: true }, (error, addresses) =>
      error ? reject(error) : resolve(addresses),
    );
  });
}

/** The addresses `hostname` stands for, every one of them public; throws otherwise. */
async function publicAddressesOf(hostname: string): Promise<LookupAddress[]> {
  const bare = hostname.replace(/^\[|\]$/g, '');
  if (metadataHosts.has(bare.toLowerCase().replace(/\.$/, ''))) throw new AddressNotPublicError(hostname);
  const family = isIPv4(bare) ? 4 : isIPv6(bare) ? 6 : 0;
  const addresses = family ? [{ address: bare, family }] : await resolveAll(bare);
  if (addresses.length === 0 || !addresses.every((entry) => isPublicAddress(entry.address))) {
    throw new AddressNotPublicError(hostname);
  }
  return addresses;
}

/** For sockets: resolves, refuses unless every address is public, and connects to one of the checked ones. */
export const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  publicAddressesOf(hostname).then(
    (addresses) => {
      const wanted = options.family === 4 || options.family === 6 ? options.family : 0;
      const usable = addresses.filter((entry) => !wanted || entry.family === wanted);
      const [first] = usable;
      if (!first) callback(new AddressNotPublicError(hostname), '', 0);
      else if (options.all) callback(null, usable as never, 0);
      else callback(null, first.address, first.family);
    },
    (error: NodeJS.ErrnoException) => callback(error, '', 0),
  );
};

const maxResponseBytes = 5 * 1024 * 1024;

/**
 * fetch for tenant-set URLs: https only, connecting only to public addresses, following no redirects (a redirect
 * could point inside). Supports what our callers send: a URL, a method, string headers and a string body.
 */
export const publicOnlyFetch: typeof fetch = (input, init = {}) =>
  new Promise((resolve, reject) => {
    const url = new URL(input instanceof Request ? input.url : input);
    if (url.protocol !== 'https:') {
      reject(new TypeError('fetch failed', { cause: new AddressNotPublicError(url.protocol) }));
      return;
    }
    const body = init.body;
    if (body !== undefined && body !== null && typeof body !== 'string') {
      reject(new TypeError('publicOnlyFetch sends string bodies only'));
      return;
    }
    const request = httpsRequest(url, {
      method: init.method ?? 'GET',
      headers: Object.fromEntries(new Headers(init.headers).entries()),
      lookup: publicOnlyLookup,
      ...(init.signal ? { signal: init.signal } : {}),
    });
    request.on('error', (error) =>
      reject(error.name === 'AbortError' ? error : new TypeError('fetch failed', { cause: error })),
    );
    request.on('response', (response) => {
      const chunks: Buffer[] = [];
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxResponseBytes) request.destroy(new Error('response too large'));
        else chunks.push(chunk);
      });
      response.on('end', () => {
        const status = response.statusCode ?? 502;
        const headers = new Headers();
        for (const [name, value] of Object.entries(response.headers)) {
          for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) {
            headers.append(name, item);
          }
        }
        const hasBody = ![101, 204, 205, 304].includes(status);
        resolve(new Response(hasBody ? Buffer.concat(chunks) : null, { status, headers }));
      });
      response.on('error', reject);
    });
    request.end(body ?? undefined);
  });

export interface OutboundGuard {
  /** Refuses (400 naming `field`) a URL this server must not call. */
  check(url: string, field: string): Promise<void>;
  /** The fetch to call such URLs with. */
  fetch: typeof fetch;
}

/** With `allowInternal` (the demo's emulators on this machine) any http(s) URL goes, through the plain fetch. */
export function outboundGuard(options: { allowInternal: boolean }): OutboundGuard {
  if (options.allowInternal) {
    return { check: () => Promise.resolve(), fetch: (input, init) => fetch(input, init) };
  }
  return {
    async check(url, field) {
      const refused = new AppError('VALIDATION_FAILED', { [field]: 'validation.publicHttpsOnly' });
      const parsed = URL.canParse(url) ? new URL(url) : null;
      if (parsed?.protocol !== 'https:') throw refused;
      try {
        await publicAddressesOf(parsed.hostname);
      } catch (error) {
        throw new AppError('VALIDATION_FAILED', refused.fields, { cause: error });
      }
    },
    fetch: publicOnlyFetch,
  };
}
