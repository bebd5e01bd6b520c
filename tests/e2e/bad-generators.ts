// Inputs of the attack corpus that are too big, too binary or too special to keep as fixtures:
// made on the fly in a temporary folder by the tests that use them.
import { zipSync, strToU8 } from 'fflate';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLES } from '../helpers.js';

const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`;
const ROOT_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
const WORKBOOK = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="客户" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const WORKBOOK_RELS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`;

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** A minimal .xlsx: cells by reference (inline strings or numbers), and an optional declared dimension. */
export function xlsx(cells: Record<string, string | number>, dimension?: string): Uint8Array {
  const rows = new Map<number, string[]>();
  for (const [ref, value] of Object.entries(cells)) {
    const row = Number(/\d+$/.exec(ref)![0]);
    const cell = typeof value === 'number' ? `<c r="${ref}"><v>${value}</v></c>` : `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(value)}</t></is></c>`;
    rows.set(row, [...(rows.get(row) ?? []), cell]);
  }
  const data = [...rows.entries()].sort((a, b) => a[0] - b[0]).map(([r, cs]) => `<row r="${r}">${cs.join('')}</row>`).join('');
  const sheet = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${dimension ? `<dimension ref="${dimension}"/>` : ''}<sheetData>${data}</sheetData></worksheet>`;
  return zipSync({
    '[Content_Types].xml': strToU8(CONTENT_TYPES), '_rels/.rels': strToU8(ROOT_RELS), 'xl/workbook.xml': strToU8(WORKBOOK),
    'xl/_rels/workbook.xml.rels': strToU8(WORKBOOK_RELS), 'xl/worksheets/sheet1.xml': strToU8(sheet),
  });
}

/** The header and one good row of a customer list, as xlsx cells. */
export const CUSTOMER_CELLS: Record<string, string | number> = {
  A1: '客户名称', B1: '最近购买日期', C1: '订单数', D1: '销售额', A2: '甲公司', B2: '2026-11-01', C2: 3, D2: 12.5,
};

/** A customer CSV with the given names (each row otherwise valid). */
export function customersCsv(names: readonly string[], delimiter = ','): string {
  return `客户名称${delimiter}最近购买日期${delimiter}订单数${delimiter}销售额\n${names.map((n) => `${n}${delimiter}2026-11-01${delimiter}3${delimiter}12.5`).join('\n')}\n`;
}

export const targetPlan = (): string => readFileSync(join(EXAMPLES, 'target-zh.yaml'), 'utf8');

/**
 * A valid plan of the target style with `n` products and `n` team members, the totals still adding
 * up: the largest plans the size limits accept, and the ones just beyond.
 */
export function bigPlan(n: number): string {
  const base = targetPlan();
  const head = base.slice(0, base.indexOf('products:'));
  const middle = base.slice(base.indexOf('market:'), base.indexOf('team:'));
  const tail = base.slice(base.indexOf('risks:'));
  const first = (860 - (n - 1) * 0.01).toFixed(2);
  const products = ['products:', ...Array.from({ length: n }, (_, i) => `  - name: 产品 ${i}\n    role: ${i === 0 ? 'flagship' : 'other'}\n    amount: ${i === 0 ? first : '0.01'}`)].join('\n');
  const team = ['team:', ...Array.from({ length: n }, (_, i) => `  - name: 销售 ${i}\n    role: 销售\n    region: 区域 ${i}\n    target: ${i === 0 ? first : '0.01'}`)].join('\n');
  return `${head}${products}\n\n${middle}${team}\n\n${tail}`;
}

/** A DOCX whose XML parts are UTF-16 (legal XML, written by some programs). */
export function utf16Docx(paragraphs: readonly string[]): Uint8Array {
  const utf16 = (xml: string) => {
    const body = Buffer.from(xml.replace('encoding="UTF-8"', 'encoding="UTF-16"'), 'utf16le');
    return new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), body]));
  };
  const doc = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs.map((p) => `<w:p><w:r><w:t>${escapeXml(p)}</w:t></w:r></w:p>`).join('')}</w:body></w:document>`;
  return zipSync({
    '[Content_Types].xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`),
    'word/document.xml': utf16(doc),
  });
}

/**
 * The largest plan the documented limits accept (README, "Limits"): five lists of `n` entries
 * (products, channels, team, risks, schedule), every total still adding up.
 */
export function largestPlan(n = 2000): string {
  const base = targetPlan();
  const head = base.slice(0, base.indexOf('products:'));
  const market = base.slice(base.indexOf('market:'), base.indexOf('channels:'));
  const budget = base.slice(base.indexOf('budget:'), base.indexOf('schedule:'));
  const review = base.slice(base.indexOf('review:'));
  const first = (860 - (n - 1) * 0.01).toFixed(2);
  const list = (key: string, entry: (i: number) => string) => `${[`${key}:`, ...Array.from({ length: n }, (_, i) => entry(i))].join('\n')}\n\n`;
  return head
    + list('products', (i) => `  - name: 产品线 ${i} 智能门锁配件\n    role: ${i === 0 ? 'flagship' : 'other'}\n    amount: ${i === 0 ? first : '0.01'}`)
    + market
    + list('channels', (i) => `  - name: 渠道 ${i}\n    type: direct\n    target: ${i === 0 ? first : '0.01'}\n    owner: 销售 ${i}\n    actions:\n      - 拜访重点客户并跟进报价 ${i}`)
    + list('team', (i) => `  - name: 销售 ${i}\n    role: 销售\n    region: 区域 ${i}\n    target: ${i === 0 ? first : '0.01'}`)
    + list('risks', (i) => `  - category: competition\n    risk: 竞品在电商平台持续降价 ${i}\n    warning: 转化率连续 3 天低于 2.5%\n    response: 启动以旧换新补贴并加赠上门安装 ${i}\n    owner: 销售 ${i}`)
    + budget
    + list('schedule', (i) => `  - when: 12月${(i % 28) + 1}日\n    action: 月中进度检查 ${i}\n    owner: 销售 ${i}\n    deliverable: 进度表 ${i}`)
    + review;
}
