/** The add-connection form, read off the shared `connectionCreate` schema: which inputs, required or not, secret or not. */
import type { Platform } from '@shared/domain/platforms';
import { connectionCreate } from '@shared/schemas/platform';
import { z } from 'zod';

export type FieldGroup = 'app' | 'callback' | 'advanced';

export interface ConnectionField {
  name: string;
  group: FieldGroup;
  isRequired: boolean;
  /** Stored sealed by the server and never shown again: typed into a password input. */
  isSecret: boolean;
  /** A pick among these values (chips) instead of typed text. */
  choices: readonly string[] | null;
}

const secretFields = new Set([
  'clientSecret',
  'appSecret',
  'secret',
  'callbackToken',
  'callbackAesKey',
  'encryptKey',
  'verificationToken',
]);
const callbackFields = new Set([
  'events',
  'callbackToken',
  'callbackAesKey',
  'encryptKey',
  'verificationToken',
]);
/** What signs DingTalk's HTTP callbacks; Stream mode has neither. */
const dingTalkCallbackSecrets = new Set(['callbackToken', 'callbackAesKey']);

function groupOf(name: string): FieldGroup {
  if (name === 'baseUrl') return 'advanced';
  return callbackFields.has(name) ? 'callback' : 'app';
}

function choicesOf(schema: z.ZodType): readonly string[] | null {
  const inner = schema instanceof z.ZodDefault ? schema.unwrap() : schema;
  return inner instanceof z.ZodEnum ? (inner.options as string[]) : null;
}

/**
 * The inputs for what has been chosen so far: a DingTalk connection in Stream mode has no callback token or key,
 * one taking HTTP callbacks needs both.
 */
export function connectionFields(
  platform: Platform,
  chosen: { events?: string | undefined } = {},
): ConnectionField[] {
  const option = connectionCreate.options.find((candidate) => candidate.shape.platform.value === platform);
  if (!option) return [];
  const isDingTalkStream = platform === 'dingtalk' && chosen.events === 'stream';
  return Object.entries(option.shape)
    .filter(([name]) => name !== 'platform')
    .filter(([name]) => !(isDingTalkStream && dingTalkCallbackSecrets.has(name)))
    .map(([name, schema]) => ({
      name,
      group: groupOf(name),
      isRequired:
        !schema.safeParse(undefined).success ||
        (platform === 'dingtalk' && dingTalkCallbackSecrets.has(name)),
      isSecret: secretFields.has(name),
      choices: choicesOf(schema),
    }));
}

export type ConnectionFormValues = Record<string, string | undefined>;

/** Typed text → the request body: blanks are left out (baseUrl blank = the platform's official address). */
export function connectionBody(platform: Platform, values: ConnectionFormValues): Record<string, unknown> {
  const body: Record<string, unknown> = { platform };
  for (const [name, value] of Object.entries(values)) {
    const text = value?.trim();
    if (text) body[name] = text;
  }
  return body;
}

/** Server or schema problems by path → the input that shows them (paths are the field names here). */
export function fieldForPath(platform: Platform): (path: string) => string | undefined {
  const names = new Set(connectionFields(platform).map((field) => field.name));
  return (path) => {
    const [head = ''] = path.split('.');
    return names.has(head) ? head : undefined;
  };
}
