/**
 * AES-256-GCM sealing of small records, synchronously. Why not WebCrypto here: its promises resolve
 * as tasks, and an IndexedDB transaction commits as soon as it has no request pending, so a record
 * encrypted with WebCrypto inside a read-modify-write transaction (every field-level write) would
 * arrive after its transaction closed; the edit journal must also be sealed in the keystroke's own
 * event. @noble/ciphers is an audited, dependency-free implementation of the same standard AES-GCM
 * (seal.test.ts checks its output opens with WebCrypto, and the other way round).
 *
 * A sealed box is `nonce (12 bytes) ‖ ciphertext ‖ tag (16 bytes)`. The additional data binds a box
 * to where it belongs (table and key), so a box copied onto another record does not open.
 */
import { gcm } from '@noble/ciphers/aes.js';

const NONCE_BYTES = 12;
const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

/** A box that did not open: the wrong key, or a damaged or moved record. */
export class SealError extends Error {
  override name = 'SealError';
}

export function seal(key: Uint8Array, plaintext: Uint8Array, context: string): Uint8Array {
  const nonce = crypto.getRandomValues(new Uint8Array(NONCE_BYTES));
  const sealed = gcm(key, nonce, encoder.encode(context)).encrypt(plaintext);
  const box = new Uint8Array(NONCE_BYTES + sealed.length);
  box.set(nonce);
  box.set(sealed, NONCE_BYTES);
  return box;
}

export function open(key: Uint8Array, box: Uint8Array, context: string): Uint8Array {
  if (box.length < NONCE_BYTES + 16) throw new SealError('Sealed data is too short');
  try {
    return gcm(key, box.subarray(0, NONCE_BYTES), encoder.encode(context)).decrypt(box.subarray(NONCE_BYTES));
  } catch (error) {
    throw new SealError('Sealed data did not open', { cause: error });
  }
}

export function sealJson(key: Uint8Array, value: unknown, context: string): Uint8Array {
  return seal(key, encoder.encode(JSON.stringify(value)), context);
}

export function openJson(key: Uint8Array, box: Uint8Array, context: string): unknown {
  return JSON.parse(decoder.decode(open(key, box, context)));
}
