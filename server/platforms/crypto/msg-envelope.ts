/**
 * The encrypted callback envelope DingTalk and WeCom share (WXBizMsgCrypt, §2.6/§4.6): SHA-1 over the sorted
 * token/timestamp/nonce/ciphertext, AES-256-CBC with 32-byte PKCS#7 blocks, and the receiver id after the message.
 */
import { randomBytes } from 'node:crypto';
import type { Platform } from '@shared/domain/platforms';
import { decrypt, encrypt, getSignature } from '@wecom/crypto';
import { PlatformError } from '../types';
import { safeEqual } from './compare';

export interface EnvelopeKeys {
  token: string;
  /** The 43-character EncodingAESKey. */
  aesKey: string;
  /** DingTalk: the app's clientId (appKey) for dev-console subscriptions; WeCom: the corpId. */
  receiveId: string;
}

export interface SignedCiphertext {
  signature: string;
  timestamp: string;
  nonce: string;
  encrypt: string;
}

/** Checks the signature, decrypts, and checks the receiver id; anything off is 'bad_signature'. */
export function openEnvelope(platform: Platform, keys: EnvelopeKeys, signed: SignedCiphertext): string {
  const refuse = (reason: string) =>
    new PlatformError(platform, 'bad_signature', reason, `callback refused: ${reason}`);
  const expected = getSignature(keys.token, signed.timestamp, signed.nonce, signed.encrypt);
  if (!safeEqual(signed.signature.toLowerCase(), expected)) throw refuse('signature_mismatch');
  let opened: { message: string; id: string };
  try {
    opened = decrypt(keys.aesKey, signed.encrypt);
  } catch {
    throw refuse('decrypt_failed');
  }
  if (!safeEqual(opened.id, keys.receiveId)) throw refuse('receive_id_mismatch');
  return opened.message;
}

/** Encrypts and signs `message` for a reply (DingTalk's "success" answer). */
export function sealEnvelope(keys: EnvelopeKeys, message: string, timestamp: string): SignedCiphertext {
  const nonce = randomBytes(8).toString('hex');
  const ciphertext = encrypt(keys.aesKey, message, keys.receiveId);
  return {
    signature: getSignature(keys.token, timestamp, nonce, ciphertext),
    timestamp,
    nonce,
    encrypt: ciphertext,
  };
}
