import { describe, expect, it } from 'vitest';
import type { PlatformLogger } from '../http';
import { PlatformError } from '../types';
import { createLarkLogger } from './logger';

function capture() {
  const lines: { level: string; line: string }[] = [];
  const sink: PlatformLogger = {
    debug: (_details, line) => lines.push({ level: 'debug', line }),
    warn: (_details, line) => lines.push({ level: 'warn', line }),
  };
  return { lines, sink };
}

describe('the Feishu SDK logger', () => {
  it('blanks secrets, bearer tokens and token-shaped strings, and drops objects', () => {
    const { lines, sink } = capture();
    const logger = createLarkLogger(sink, ['app-secret-value']);
    void logger.error(
      'token request failed with app-secret-value',
      { config: { data: { app_secret: 'app-secret-value' } } },
      new Error('Authorization: Bearer abc.def'),
      't-g1044ghJRUIJJ5ELPPMNVA4RKPSRMQWGLXVRVU5Y',
    );
    expect(lines).toEqual([
      {
        level: 'warn',
        line: 'token request failed with [redacted] [object] Error: Authorization: [redacted] [redacted]',
      },
    ]);
  });

  it('keeps failures it rethrows to us at debug level, and info chatter too', () => {
    const { lines, sink } = capture();
    const logger = createLarkLogger(sink, []);
    void logger.error([new PlatformError('feishu', 'token_invalid', '99991663', 'im/v1/messages: invalid')]);
    void logger.info('client ready');
    expect(lines.map((entry) => entry.level)).toEqual(['debug', 'debug']);
  });

  it('stays silent without a sink', () => {
    expect(() => createLarkLogger(undefined, []).warn('x')).not.toThrow();
  });
});
