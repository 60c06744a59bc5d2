// Reads an uncompressed PDF from our writer in tests: the text (through each font's ToUnicode map)
// and the tag tree's element types in order. Not a general PDF parser.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export const loadFont = async (file: string) => {
  const bytes = await readFile(join(process.cwd(), 'public/fonts', file));
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
};

function objects(raw: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const m of raw.matchAll(/(\d+) 0 obj\n([\s\S]*?)\nendobj/g)) map.set(Number(m[1]), m[2] ?? '');
  return map;
}

function utf16(hex: string): string {
  let out = '';
  for (let i = 0; i < hex.length; i += 4)
    out += String.fromCharCode(Number.parseInt(hex.slice(i, i + 4), 16));
  return out;
}

/** All drawn text, runs joined without separators (in drawing order: visual order for RTL). */
export function pdfText(bytes: ArrayBuffer): string {
  const raw = new TextDecoder('utf-8').decode(bytes);
  const objs = objects(raw);
  const maps = new Map<string, Map<string, string>>();
  for (const [, body] of objs) {
    for (const m of body.matchAll(/\/(F\d+) (\d+) 0 R/g)) {
      const font = objs.get(Number(m[2])) ?? '';
      const cmapRef = /\/ToUnicode (\d+) 0 R/.exec(font)?.[1];
      const cmap = objs.get(Number(cmapRef)) ?? '';
      const map = new Map<string, string>();
      for (const e of cmap.matchAll(/<([0-9A-F]{4})> <([0-9A-F]+)>/g)) map.set(e[1] ?? '', utf16(e[2] ?? ''));
      maps.set(m[1] ?? '', map);
    }
  }
  let text = '';
  for (const [, body] of objs) {
    if (!body.includes(' Tf ')) continue;
    for (const bt of body.matchAll(/BT \/(F\d+)([\s\S]*?) ET/g)) {
      const map = maps.get(bt[1] ?? '');
      for (const g of (bt[2] ?? '').matchAll(/<([0-9a-f]{4})>/g))
        text += map?.get((g[1] ?? '').toUpperCase()) ?? '';
    }
    text += '\n';
  }
  return text;
}

/** The structure element types, depth first. */
export function structTypes(bytes: ArrayBuffer): string[] {
  const raw = new TextDecoder('utf-8').decode(bytes);
  const objs = objects(raw);
  const root = /\/StructTreeRoot (\d+) 0 R/.exec(raw)?.[1];
  const out: string[] = [];
  const visit = (id: number) => {
    const body = objs.get(id) ?? '';
    const type = /\/S \/(\w+)/.exec(body)?.[1];
    if (type) out.push(type);
    const kids = /\/K \[(.*?)\](?: \/Alt| \/A|>>$)/.exec(body)?.[1] ?? /\/K \[(.*)\]/.exec(body)?.[1] ?? '';
    for (const k of kids.replace(/<<[^>]*>>/g, '').matchAll(/(\d+) 0 R/g)) visit(Number(k[1]));
  };
  visit(Number(root));
  return out.slice(0);
}
