/**
 * A small PDF 1.7 writer: numbered objects, streams (deflated with the browser's own
 * CompressionStream), the cross-reference table and the trailer. Values are plain JS data:
 * numbers, booleans, null, arrays, records (dictionaries), plus the wrappers below for names,
 * references, text strings and raw tokens. Text strings are written as UTF-16BE with a byte order
 * mark, so any script survives in titles, /Alt and /ActualText.
 */

export class PdfName {
  constructor(readonly name: string) {}
}
export class PdfRef {
  constructor(readonly id: number) {}
}
/** A text string (Title, Alt, ActualText …): written as UTF-16BE hex. */
export class PdfText {
  constructor(readonly text: string) {}
}
/** Written as is (e.g. a hex string or a date string already formatted). */
export class PdfRaw {
  constructor(readonly raw: string) {}
}

export type PdfValue =
  | number
  | boolean
  | null
  | PdfName
  | PdfRef
  | PdfText
  | PdfRaw
  | readonly PdfValue[]
  | { readonly [key: string]: PdfValue | undefined };

export const name = (value: string) => new PdfName(value);
export const text = (value: string) => new PdfText(value);
export const raw = (value: string) => new PdfRaw(value);

/** A number with at most 3 decimals and no exponent. */
export function n(value: number): string {
  if (!Number.isFinite(value)) return '0';
  const rounded = Math.round(value * 1000) / 1000;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

function hex4(code: number): string {
  return code.toString(16).padStart(4, '0').toUpperCase();
}

/** UTF-16BE hex with a byte order mark: `<FEFF…>`. */
export function utf16Hex(value: string): string {
  let out = '<FEFF';
  for (let i = 0; i < value.length; i++) out += hex4(value.charCodeAt(i));
  return `${out}>`;
}

export function serialize(value: PdfValue): string {
  if (value === null) return 'null';
  if (typeof value === 'number') return n(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof PdfName)
    return `/${value.name.replace(/[^!-~]|[()<>[\]{}/%#]/g, (c) => `#${c.charCodeAt(0).toString(16).padStart(2, '0')}`)}`;
  if (value instanceof PdfRef) return `${value.id} 0 R`;
  if (value instanceof PdfText) return utf16Hex(value.text);
  if (value instanceof PdfRaw) return value.raw;
  if (Array.isArray(value)) return `[${value.map((v) => serialize(v)).join(' ')}]`;
  const entries = Object.entries(value as Record<string, PdfValue | undefined>).filter(
    (entry): entry is [string, PdfValue] => entry[1] !== undefined,
  );
  return `<<${entries.map(([key, v]) => `/${key} ${serialize(v)}`).join(' ')}>>`;
}

const ascii = new TextEncoder();

/** zlib/deflate (FlateDecode) with the platform's CompressionStream. */
export async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

interface StreamObject {
  dict: Record<string, PdfValue | undefined>;
  data: Uint8Array;
  compress: boolean;
}

export class PdfFile {
  private readonly objects: (string | StreamObject | undefined)[] = [];

  constructor(private readonly compress = true) {}

  /** Reserves an object number; fill it later with `set`. */
  ref(): PdfRef {
    this.objects.push(undefined);
    return new PdfRef(this.objects.length);
  }

  set(ref: PdfRef, value: PdfValue): PdfRef {
    this.objects[ref.id - 1] = serialize(value);
    return ref;
  }

  add(value: PdfValue): PdfRef {
    return this.set(this.ref(), value);
  }

  /** A stream object; `data` as a string is taken as ASCII (content streams, CMaps). */
  stream(
    data: Uint8Array | string,
    dict: Record<string, PdfValue | undefined> = {},
    options: { ref?: PdfRef; compress?: boolean } = {},
  ): PdfRef {
    const ref = options.ref ?? this.ref();
    const bytes = typeof data === 'string' ? ascii.encode(data) : data;
    this.objects[ref.id - 1] = { dict, data: bytes, compress: options.compress ?? this.compress };
    return ref;
  }

  /** The whole file. `root` is the catalog, `info` the document information dictionary. */
  async save(root: PdfRef, info: PdfRef, id: string): Promise<Uint8Array> {
    const parts: Uint8Array[] = [];
    let length = 0;
    const push = (part: Uint8Array | string) => {
      const bytes = typeof part === 'string' ? ascii.encode(part) : part;
      parts.push(bytes);
      length += bytes.length;
    };
    push('%PDF-1.7\n%');
    push(new Uint8Array([0xe2, 0xe3, 0xcf, 0xd3, 0x0a]));
    // All streams are compressed at once (each is a round trip through a CompressionStream).
    const compressed = await Promise.all(
      this.objects.map((object) =>
        object && typeof object !== 'string' && object.compress ? deflate(object.data) : undefined,
      ),
    );
    const offsets: number[] = [];
    for (let i = 0; i < this.objects.length; i++) {
      const object = this.objects[i];
      offsets.push(length);
      push(`${i + 1} 0 obj\n`);
      if (object === undefined) push('null');
      else if (typeof object === 'string') push(object);
      else {
        const data = compressed[i] ?? object.data;
        const dict = {
          ...object.dict,
          Length: data.length,
          Filter: object.compress ? name('FlateDecode') : undefined,
        };
        push(`${serialize(dict)}\nstream\n`);
        push(data);
        push('\nendstream');
      }
      push('\nendobj\n');
    }
    const xref = length;
    let table = `xref\n0 ${this.objects.length + 1}\n0000000000 65535 f \n`;
    for (const offset of offsets) table += `${String(offset).padStart(10, '0')} 00000 n \n`;
    push(table);
    const fileId = raw(`<${id}>`);
    push(
      `trailer\n${serialize({ Size: this.objects.length + 1, Root: root, Info: info, ID: [fileId, fileId] })}\nstartxref\n${xref}\n%%EOF\n`,
    );
    const out = new Uint8Array(length);
    let at = 0;
    for (const part of parts) {
      out.set(part, at);
      at += part.length;
    }
    return out;
  }
}
