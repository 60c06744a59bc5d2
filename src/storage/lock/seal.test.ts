import { describe, expect, test } from 'vitest';
import { open, SealError, seal } from './seal';

const key = crypto.getRandomValues(new Uint8Array(32));
const text = new TextEncoder().encode('Birgitte har været indlagt to gange; hun vil selv fortælle det.');

async function webCryptoKey() {
  return crypto.subtle.importKey('raw', key, 'AES-GCM', false, ['encrypt', 'decrypt']);
}

describe('sealing with AES-256-GCM', () => {
  test('a box opens again with the same key and context', () => {
    expect(open(key, seal(key, text, 'cases|["a"]'), 'cases|["a"]')).toEqual(text);
  });

  test('the box is standard AES-GCM: WebCrypto opens it, and it opens what WebCrypto sealed', async () => {
    const context = new TextEncoder().encode('rounds|["r1"]');
    const box = seal(key, text, 'rounds|["r1"]');
    const opened = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: box.slice(0, 12), additionalData: context },
      await webCryptoKey(),
      box.slice(12),
    );
    expect(new Uint8Array(opened)).toEqual(text);

    const iv = crypto.getRandomValues(new Uint8Array(12));
    const sealed = new Uint8Array(
      await crypto.subtle.encrypt(
        { name: 'AES-GCM', iv, additionalData: context },
        await webCryptoKey(),
        text,
      ),
    );
    const webBox = new Uint8Array([...iv, ...sealed]);
    expect(open(key, webBox, 'rounds|["r1"]')).toEqual(text);
  });

  test('a wrong key, another record, or a changed byte does not open', () => {
    const box = seal(key, text, 'cases|["a"]');
    expect(() => open(crypto.getRandomValues(new Uint8Array(32)), box, 'cases|["a"]')).toThrow(SealError);
    expect(() => open(key, box, 'cases|["b"]')).toThrow(SealError);
    const tampered = box.slice();
    tampered[20] = (tampered[20] ?? 0) ^ 1;
    expect(() => open(key, tampered, 'cases|["a"]')).toThrow(SealError);
  });

  test('the same text sealed twice gives different boxes (a fresh nonce each time)', () => {
    expect(seal(key, text, 'c')).not.toEqual(seal(key, text, 'c'));
  });
});
