/**
 * A logger for the Feishu SDK. Its default one prints raw request errors, app_secret included (§8.16); this one
 * keeps only strings and error messages, blanks known secrets and anything token-shaped, and forwards the rest.
 */
import type { Logger } from '@larksuiteoapi/node-sdk';
import { type PlatformLogger, redact } from '../http';
import { PlatformError } from '../types';

const tokenShaped = [/Bearer\s+\S+/gi, /\b[tua]-[\w.-]{16,}/g];

export function createLarkLogger(sink: PlatformLogger | undefined, secrets: readonly string[]): Logger {
  const write =
    (level: 'debug' | 'warn') =>
    (...args: unknown[]) => {
      if (!sink) return;
      // The SDK logs each failed request before rethrowing it; our callers get those errors and report them.
      const target = level === 'warn' && args.some(isPlatformError) ? 'debug' : level;
      let text = args.map(describe).join(' ');
      for (const pattern of tokenShaped) text = text.replace(pattern, '[redacted]');
      sink[target]({ platform: 'feishu', source: 'lark-sdk' }, redact(text, secrets));
    };
  return {
    error: write('warn'),
    warn: write('warn'),
    info: write('debug'),
    debug: write('debug'),
    trace: write('debug'),
  };
}

function describe(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  if (Array.isArray(value)) return value.map(describe).join(' ');
  return '[object]';
}

function isPlatformError(value: unknown): boolean {
  return value instanceof PlatformError || (Array.isArray(value) && value.some(isPlatformError));
}
