/**
 * DingTalk's callback crypto (the WXBizMsgCrypt scheme): AES-256-CBC with key = base64(aes_key + "="),
 * IV = the key's first 16 bytes, PKCS#7 padding to 32-byte blocks, plaintext
 * random(16) | length(4, big-endian) | message | ownerKey; signature = sha1 of the sorted four strings.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

const BLOCK = 32;

function keyOf(aesKey: string): Buffer {
  const key = Buffer.from(`${aesKey}=`, 'base64');
  if (key.length !== 32) throw new Error('the aes_key must be 43 characters that decode to 32 bytes');
  return key;
}

export function callbackSignature(token: string, timestamp: string, nonce: string, encrypt: string): string {
  return createHash('sha1').update([token, timestamp, nonce, encrypt].sort().join('')).digest('hex');
}

export function encryptCallback(
  aesKey: string,
  message: string,
  ownerKey: string,
  random: Buffer = randomBytes(16),
): string {
  const key = keyOf(aesKey);
  const body = Buffer.from(message, 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(body.length, 0);
  const plain = Buffer.concat([random, length, body, Buffer.from(ownerKey, 'utf8')]);
  const padLength = BLOCK - (plain.length % BLOCK);
  const cipher = createCipheriv('aes-256-cbc', key, key.subarray(0, 16));
  cipher.setAutoPadding(false);
  return Buffer.concat([
    cipher.update(Buffer.concat([plain, Buffer.alloc(padLength, padLength)])),
    cipher.final(),
  ]).toString('base64');
}

export function decryptCallback(aesKey: string, encrypt: string): { message: string; ownerKey: string } {
  const key = keyOf(aesKey);
  const decipher = createDecipheriv('aes-256-cbc', key, key.subarray(0, 16));
  decipher.setAutoPadding(false);
  const padded = Buffer.concat([decipher.update(encrypt, 'base64'), decipher.final()]);
  const padLength = padded[padded.length - 1] ?? 0;
  if (padLength < 1 || padLength > BLOCK) throw new Error('bad padding');
  const plain = padded.subarray(0, padded.length - padLength);
  const length = plain.readUInt32BE(16);
  return {
    message: plain.subarray(20, 20 + length).toString('utf8'),
    ownerKey: plain.subarray(20 + length).toString('utf8'),
  };
}
