import { once } from 'node:events';
import { type AddressInfo, createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { AppError } from './errors';
import { classifyAddress, outboundGuard, publicOnlyFetch } from './outbound-url';

describe('classifyAddress', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.8.9.10', 'loopback'],
    ['::1', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.254', 'private'],
    ['192.168.1.1', 'private'],
    ['100.64.0.1', 'shared'],
    ['100.127.255.254', 'shared'],
    ['fc00::1', 'private'],
    ['fd12:3456::1', 'private'],
    ['169.254.1.1', 'link-local'],
    ['fe80::1', 'link-local'],
    ['fe80::1%eth0', 'link-local'],
    ['169.254.169.254', 'metadata'],
    ['100.100.100.200', 'metadata'],
    ['fd00:ec2::254', 'metadata'],
    ['0.0.0.0', 'unspecified'],
    ['0.1.2.3', 'unspecified'],
    ['::', 'unspecified'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:10.0.0.1', 'private'],
    ['::ffff:169.254.169.254', 'metadata'],
    ['64:ff9b::192.168.0.1', 'private'],
    ['2002:c0a8:1::1', 'private'],
    ['::7f00:1', 'reserved'],
    ['224.0.0.1', 'multicast'],
    ['ff02::1', 'multicast'],
    ['255.255.255.255', 'reserved'],
    ['2001:db8::1', 'reserved'],
    ['not-an-address', 'reserved'],
  ])('counts %s as %s', (address, kind) => {
    expect(classifyAddress(address)).toBe(kind);
  });

  it.each([
    '8.8.8.8',
    '1.1.1.1',
    '172.32.0.1',
    '100.128.0.1',
    '203.119.0.1',
    '::ffff:8.8.8.8',
    '2606:4700:4700::1111',
    '240e:ff:e020::1',
  ])('counts %s as public', (address) => {
    expect(classifyAddress(address)).toBe('public');
  });
});

describe('outboundGuard.check outside emulator mode', () => {
  const guard = outboundGuard({ allowInternal: false });
  const refusal = (url: string) =>
    guard.check(url, 'baseUrl').then(
      () => null,
      (error: unknown) => error,
    );

  it.each([
    'http://oapi.dingtalk.com',
    'ftp://example.com',
    'not a url',
    'https://127.0.0.1',
    'https://0x7f.1',
    'https://2130706433',
    'https://[::1]:8443',
    'https://[::ffff:127.0.0.1]',
    'https://[::ffff:a9fe:a9fe]',
    'https://0.0.0.0',
    'https://10.0.0.8',
    'https://169.254.169.254/latest/meta-data',
    'https://metadata.google.internal',
    'https://METADATA.google.internal.',
    'https://localhost:9',
  ])('refuses %s with a 400 naming the field', async (url) => {
    const error = await refusal(url);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ status: 400, fields: { baseUrl: 'validation.publicHttpsOnly' } });
  });

  it('accepts a public https address', async () => {
    await expect(guard.check('https://1.1.1.1/open-apis', 'baseUrl')).resolves.toBeUndefined();
    await expect(guard.check('https://[2606:4700:4700::1111]', 'baseUrl')).resolves.toBeUndefined();
  });

  it('lets the emulator mode call this machine', async () => {
    const emulators = outboundGuard({ allowInternal: true });
    await expect(emulators.check('http://127.0.0.1:9', 'baseUrl')).resolves.toBeUndefined();
  });
});

describe('publicOnlyFetch', () => {
  it('never opens a connection to an internal address, whatever the name resolves to at request time', async () => {
    let connections = 0;
    const server = createServer((socket) => {
      connections++;
      socket.destroy();
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    try {
      const failure = await publicOnlyFetch(`https://localhost:${port}/gettoken`).then(
        () => null,
        (error: unknown) => error,
      );
      expect(failure).toMatchObject({ cause: { code: 'ADDRESS_NOT_PUBLIC' } });
      await expect(publicOnlyFetch(`http://1.1.1.1:${port}/`)).rejects.toMatchObject({
        cause: { code: 'ADDRESS_NOT_PUBLIC' },
      });
      expect(connections).toBe(0);
      await fetch(`https://localhost:${port}/gettoken`).catch(() => undefined);
      expect(connections).toBe(1);
    } finally {
      server.close();
    }
  });
});
