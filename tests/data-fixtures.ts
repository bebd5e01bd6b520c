// The example customer list in the encodings and formats managers send: UTF-8, UTF-8 with BOM,
// GBK (Excel in China), UTF-16 (Excel's "Unicode text", tab-separated) and .xlsx with real date
// cells. Written to a temporary folder from examples/customers.csv, so they cannot drift from it.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import writeExcelFile from 'write-excel-file/node';
import { examplePath } from './examples.js';
import { tempDir } from './helpers.js';

export interface CustomerVariants {
  dir: string;
  utf8: string;
  bom: string;
  gbk: string;
  utf16: string;
  xlsx: string;
}

export async function customerVariants(): Promise<CustomerVariants> {
  const dir = tempDir('salesplan-customers-');
  const text = readFileSync(examplePath('customers.csv'), 'utf8');
  const utf8 = join(dir, 'customers-utf8.csv');
  const bom = join(dir, 'customers-bom.csv');
  const gbk = join(dir, 'customers-gbk.csv');
  const utf16 = join(dir, 'customers-utf16.txt');
  const xlsx = join(dir, 'customers.xlsx');
  writeFileSync(utf8, text);
  writeFileSync(bom, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]));
  writeFileSync(gbk, iconv.encode(text, 'gbk'));
  const tsv = text.split('\n').map((line) => line.split(',').join('\t')).join('\r\n');
  writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(tsv, 'utf16le')]));
  const [head, ...rows] = text.trim().split('\n').map((line) => line.split(','));
  await writeExcelFile([
    head!.map((value) => ({ value })),
    ...rows.map((r) => [
      { value: r[0]! },
      { value: new Date(`${r[1]}T00:00:00Z`), format: 'yyyy-mm-dd' },
      { value: Number(r[2]) },
      { value: Number(r[3]) },
    ]),
  ]).toFile(xlsx);
  return { dir, utf8, bom, gbk, utf16, xlsx };
}
