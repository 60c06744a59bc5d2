/**
 * Turns a passcode or passphrase into a 256-bit key: PBKDF2-SHA-256 through WebCrypto, with a
 * random salt per device lock or per backup file. Why PBKDF2 and not Argon2id: Argon2 in the
 * browser needs WebAssembly, and the Content-Security-Policy would have to allow
 * 'wasm-unsafe-eval'; PBKDF2 at OWASP's 600,000 iterations is built into every browser we target.
 */

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA-256. Stored beside each salt, so it can rise later. */
export const KDF_ITERATIONS = 600_000;
export const SALT_BYTES = 16;

/** What a reader needs to derive the same key again. */
export interface KdfParams {
  kdf: 'PBKDF2-SHA-256';
  iterations: number;
  /** base64 */
  salt: string;
}

export function newKdfParams(iterations = KDF_ITERATIONS): KdfParams {
  return {
    kdf: 'PBKDF2-SHA-256',
    iterations,
    salt: toBase64(crypto.getRandomValues(new Uint8Array(SALT_BYTES))),
  };
}

/** The raw 32-byte key for `secret` under `params` (kept in memory only, by the caller). */
export async function deriveKeyBytes(secret: string, params: KdfParams): Promise<Uint8Array> {
  const material = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(secret.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: fromBase64(params.salt), iterations: params.iterations },
    material,
    256,
  );
  return new Uint8Array(bits);
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Throws on anything that is not base64 (a damaged file or record). */
export function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
