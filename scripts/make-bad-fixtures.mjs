// Writes the binary cases of the bad-input corpus (tests/fixtures/bad/): broken DOCX and xlsx
// files, zip bombs, GBK and binary text. Run once; the files are committed. The text cases are
// written by hand.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync, strToU8 } from 'fflate';
import iconv from 'iconv-lite';

const root = fileURLToPath(new URL('..', import.meta.url));
const bad = join(root, 'tests', 'fixtures', 'bad');
const work = mkdtempSync(join(tmpdir(), 'bad-'));

// A real plan as DOCX, to cut and break.
execFileSync(process.execPath, [join(root, 'bin', 'salesplan.cjs'), 'generate', join(root, 'examples', 'target-zh.yaml'), '-f', 'docx', '-o', join(work, 'plan.docx'), '-q']);
const docx = readFileSync(join(work, 'plan.docx'));
const docs = join(bad, 'documents');
writeFileSync(join(docs, 'truncated.docx'), docx.subarray(0, Math.floor(docx.length * 0.6)));
writeFileSync(join(docs, 'not-a-zip.docx'), 'This is a plan written in a text editor and saved as .docx by mistake.\n');
writeFileSync(join(docs, 'empty.docx'), '');
const contentTypes = strToU8('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
writeFileSync(join(docs, 'no-document-part.docx'), zipSync({ '[Content_Types].xml': contentTypes }));
writeFileSync(join(docs, 'broken-xml.docx'), zipSync({ '[Content_Types].xml': contentTypes, 'word/document.xml': strToU8('<w:document><w:body><w:p><w:r><w:t>一、销售目标</w:t></w:r></w:p>') }));
// 200 MB of spaces inside a document part compress to a few hundred kilobytes.
const bomb = new Uint8Array(200 * 1024 * 1024).fill(0x20);
writeFileSync(join(docs, 'zip-bomb.docx'), zipSync({ '[Content_Types].xml': contentTypes, 'word/document.xml': bomb }, { level: 9 }));
// An old binary Word file (OLE compound document) named .docx.
writeFileSync(join(docs, 'old-word.docx'), Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(504)]));
const markdown = readFileSync(join(root, 'tests', 'golden', 'target-zh.zh-CN.md'), 'utf8');
writeFileSync(join(docs, 'gbk.md'), iconv.encode(markdown.replace(/[^\u0000-\uffff]/gu, ''), 'gbk'));
writeFileSync(join(docs, 'binary.md'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
writeFileSync(join(docs, 'empty.md'), '');

const customers = join(bad, 'customers');
writeFileSync(join(customers, 'fake.xlsx'), 'customer,last purchase\nAcme,2026-11-30\n');
writeFileSync(join(customers, 'xlsx-bomb.xlsx'), zipSync({ '[Content_Types].xml': contentTypes, 'xl/worksheets/sheet1.xml': bomb }, { level: 9 }));
writeFileSync(join(customers, 'old-excel.xls'), Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(504)]));
writeFileSync(join(customers, 'binary.csv'), Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 7919) % 256)));
writeFileSync(join(customers, 'empty.csv'), '');
console.log('written to', bad);
