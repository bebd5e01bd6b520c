import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import * as zlib from 'node:zlib';
import { tableCrc32, zipParts } from '../../src/io/zip-write.js';
import { readZipParts } from '../../src/io/zip.js';

const text = (s: string) => new TextEncoder().encode(s);

describe('zipParts (node:zlib zip writer)', () => {
  it('writes a zip another reader unpacks to the same parts, in order', () => {
    const parts: [string, Uint8Array][] = [
      ['[Content_Types].xml', text('<?xml version="1.0"?><Types/>')],
      ['word/document.xml', text('<w:document>'.padEnd(100_000, '销售计划 plan '))],
      ['word/media/empty.bin', new Uint8Array(0)],
      ['docProps/名字.xml', text('utf-8 name')],
    ];
    const zip = zipParts(parts, { level: 1 });
    const back = unzipSync(zip);
    expect(Object.keys(back)).toEqual(parts.map(([name]) => name));
    for (const [name, data] of parts) expect(Buffer.from(back[name]!).equals(Buffer.from(data))).toBe(true);
    // The project's own reader (limits, bomb checks) takes it too.
    expect(Object.keys(readZipParts(zip, () => true))).toHaveLength(parts.length);
  });

  it('is the same bytes for the same parts and time', () => {
    const parts: [string, Uint8Array][] = [['a.xml', text('<a/>')]];
    const modified = new Date(2026, 0, 2, 3, 4, 6);
    expect(Buffer.from(zipParts(parts, { modified })).equals(Buffer.from(zipParts(parts, { modified })))).toBe(true);
  });

  it('has a table CRC equal to zlib.crc32 (the fallback before Node 20.15)', () => {
    const samples = [new Uint8Array(0), text('123456789'), text('销售'.repeat(1000)), Uint8Array.from({ length: 4096 }, (_, i) => (i * 131) & 0xff)];
    expect(tableCrc32(text('123456789'))).toBe(0xcbf43926);
    const native = (zlib as unknown as { crc32?: (d: Uint8Array) => number }).crc32;
    if (native) for (const s of samples) expect(tableCrc32(s)).toBe(native(s) >>> 0);
  });
});
