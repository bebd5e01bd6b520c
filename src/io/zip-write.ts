// Writing a zip package (DOCX) with Node's own zlib: its deflate is native code, several times
// faster than a JavaScript one on a document's XML, and is already loaded with Node. The format
// written is the plain one every Office reader takes: one local header per part, the data
// deflated, then the central directory. No zip64: a part or package of 4 GiB is refused.
import * as zlib from 'node:zlib';

/** zlib.crc32 is in Node from 20.15 / 22.2; before, a table CRC (the one zip uses, IEEE 802.3). */
// Read as a property, not a named import: an ES import of an export Node lacks is an error.
const nativeCrc32 = (zlib as unknown as { crc32?: (data: Uint8Array) => number }).crc32;
const crc32: (data: Uint8Array) => number = typeof nativeCrc32 === 'function' ? (data) => nativeCrc32(data) >>> 0 : tableCrc32;

let table: Uint32Array | undefined;
export function tableCrc32(data: Uint8Array): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = (table[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8)) >>> 0;
  return (crc ^ 0xffffffff) >>> 0;
}

/** The MS-DOS date and time zip headers carry, in local time as other zip writers do. */
function dosDateTime(date: Date): number {
  const year = Math.min(Math.max(date.getFullYear(), 1980), 2107) - 1980;
  return ((year << 25) | ((date.getMonth() + 1) << 21) | (date.getDate() << 16) | (date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1)) >>> 0;
}

const LIMIT = 0xffffffff;

/**
 * The parts zipped, in the order given, each deflated at `level` (1: fast, a little larger).
 * `modified` is the time the headers carry (now, by default).
 */
export function zipParts(parts: Iterable<[string, Uint8Array]>, options: { level?: number; modified?: Date } = {}): Uint8Array {
  const level = options.level ?? 6;
  const stamp = dosDateTime(options.modified ?? new Date());
  const entries: { name: Buffer; data: Uint8Array; crc: number; size: number; offset: number; utf8: boolean }[] = [];
  let offset = 0;
  for (const [path, raw] of parts) {
    const name = Buffer.from(path, 'utf8');
    if (name.length > 0xffff) throw new RangeError(`zip part name too long: ${path}`);
    const data = zlib.deflateRawSync(raw, { level });
    if (raw.length >= LIMIT || data.length >= LIMIT) throw new RangeError(`zip part too large: ${path}`);
    entries.push({ name, data, crc: crc32(raw), size: raw.length, offset, utf8: name.length !== path.length });
    offset += 30 + name.length + data.length;
  }
  const directoryStart = offset;
  let directorySize = 0;
  for (const e of entries) directorySize += 46 + e.name.length;
  const total = directoryStart + directorySize + 22;
  if (total >= LIMIT || entries.length > 0xffff) throw new RangeError('zip package too large');

  const out = Buffer.allocUnsafeSlow(total); // every byte is written below
  // Fields shared by a part's local header (from byte 4) and its directory entry (from byte 6).
  const common = (at: number, e: (typeof entries)[number]) => {
    out.writeUInt16LE(20, at); // version needed: 2.0 (deflate)
    out.writeUInt16LE(e.utf8 ? 0x0800 : 0, at + 2); // flags: bit 11, the name is UTF-8
    out.writeUInt16LE(8, at + 4); // method: deflate
    out.writeUInt32LE(stamp, at + 6);
    out.writeUInt32LE(e.crc, at + 10);
    out.writeUInt32LE(e.data.length, at + 14);
    out.writeUInt32LE(e.size, at + 18);
    out.writeUInt16LE(e.name.length, at + 22);
    out.writeUInt16LE(0, at + 24); // no extra field
  };
  for (const e of entries) {
    let at = e.offset;
    out.writeUInt32LE(0x04034b50, at);
    common(at + 4, e);
    at += 30;
    e.name.copy(out, at);
    out.set(e.data, at + e.name.length);
  }
  let at = directoryStart;
  for (const e of entries) {
    out.writeUInt32LE(0x02014b50, at);
    out.writeUInt16LE(20, at + 4); // made by: version 2.0, MS-DOS attributes
    common(at + 6, e);
    out.writeUInt16LE(0, at + 32); // no comment
    out.writeUInt16LE(0, at + 34); // disk 0
    out.writeUInt16LE(0, at + 36); // internal attributes
    out.writeUInt32LE(0, at + 38); // external attributes
    out.writeUInt32LE(e.offset, at + 42);
    e.name.copy(out, at + 46);
    at += 46 + e.name.length;
  }
  out.writeUInt32LE(0x06054b50, at);
  out.writeUInt16LE(0, at + 4);
  out.writeUInt16LE(0, at + 6);
  out.writeUInt16LE(entries.length, at + 8);
  out.writeUInt16LE(entries.length, at + 10);
  out.writeUInt32LE(directorySize, at + 12);
  out.writeUInt32LE(directoryStart, at + 16);
  out.writeUInt16LE(0, at + 20);
  return new Uint8Array(out.buffer, out.byteOffset, out.length);
}
