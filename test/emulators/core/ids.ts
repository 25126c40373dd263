/** Random identifiers in the shapes the platforms use. */
import { randomBytes, randomInt } from 'node:crypto';

const alphanumeric = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const lowerAlphanumeric = 'abcdefghijklmnopqrstuvwxyz0123456789';

function pick(alphabet: string, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += alphabet[randomInt(alphabet.length)];
  return out;
}

export const randomHex = (bytes: number): string => randomBytes(bytes).toString('hex');
export const randomAlphanumeric = (length: number): string => pick(alphanumeric, length);
export const randomLowerAlphanumeric = (length: number): string => pick(lowerAlphanumeric, length);
export const randomDigits = (length: number): string =>
  `${randomInt(1, 10)}${pick('0123456789', length - 1)}`;
