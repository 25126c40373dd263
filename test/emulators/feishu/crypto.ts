/**
 * Feishu's event crypto: AES-256-CBC with key = SHA-256(Encrypt Key), a random IV sent as the first 16 bytes,
 * standard PKCS#7; the signature header is sha256(timestamp + nonce + encryptKey + raw body). The SDK's
 * AESCipher only decrypts, so encryption is ours.
 */
import { createCipheriv, createHash, randomBytes } from 'node:crypto';

export function encryptEvent(encryptKey: string, plaintext: string, iv: Buffer = randomBytes(16)): string {
  const key = createHash('sha256').update(encryptKey).digest();
  const cipher = createCipheriv('aes-256-cbc', key, iv);
  return Buffer.concat([iv, cipher.update(plaintext, 'utf8'), cipher.final()]).toString('base64');
}

export function eventSignature(
  timestamp: string,
  nonce: string,
  encryptKey: string,
  rawBody: string,
): string {
  return createHash('sha256')
    .update(timestamp + nonce + encryptKey + rawBody)
    .digest('hex');
}
