// The pure guards of issue 15: text made safe for a terminal, CSV cells made inert for Excel, the
// one delimiter of a CSV, a sheet's extent read before its grid is built, numeric flags, and the
// encodings a text file may come in.
import { describe, expect, it } from 'vitest';
import { csvCell, inertCell } from '../../src/io/csv-cell.js';
import { decodeText } from '../../src/io/files.js';
import { numberFlag } from '../../src/io/flag-values.js';
import { excerpt, terminalSafe } from '../../src/io/terminal-safe.js';
import { detectDelimiter, sheetExtent } from '../../src/data/read-table.js';

describe('terminalSafe', () => {
  it('escapes control characters, keeps newlines, tabs and CRLF', () => {
    expect(terminalSafe('a\u001b]0;x\u0007b')).toBe('a\\u001B]0;x\\u0007b');
    expect(terminalSafe('a\u001b[2Jb')).toBe('a\\u001B[2Jb');
    expect(terminalSafe('line\r\nnext\tcol\n')).toBe('line\r\nnext\tcol\n');
    expect(terminalSafe('ok\rFAKE')).toBe('ok\\u000DFAKE');
    expect(terminalSafe('\u009b2J \u202eabc')).toBe('\\u009B2J \\u202Eabc');
  });
  it('keeps our own colours only when asked', () => {
    expect(terminalSafe('\u001b[31mred\u001b[39m', { keepColour: true })).toBe('\u001b[31mred\u001b[39m');
    expect(terminalSafe('\u001b[31mred\u001b[39m\u001b[2J', { keepColour: true })).toBe('\u001b[31mred\u001b[39m\\u001B[2J');
  });
  it('cuts an endless line in the middle', () => {
    const out = terminalSafe('x'.repeat(300_000), { maxLine: 2000 });
    expect(out.length).toBeLessThan(2100);
    expect(out).toMatch(/298000/);
  });
  it('excerpt: short and on one line', () => {
    expect(excerpt('root:x:0:0:root:/root:/bin/bash\nmore', 10)).toBe('root:x:0:…');
    expect(excerpt('甲\u001b[2J', 40)).toBe('甲\\u001B[2J');
  });
});

describe('csvCell', () => {
  it('makes formulas text, as OWASP recommends', () => {
    for (const f of ['=1+1', '+cmd|x', '@SUM(1)', '-2+3', '\t=1', '\r=1', '＝1']) expect(inertCell(f).startsWith("'")).toBe(true);
    expect(csvCell('=HYPERLINK("a","b")')).toBe('"\'=HYPERLINK(""a"",""b"")"');
  });
  it('leaves plain numbers and text alone', () => {
    for (const v of ['-12.5', '+3', '1e3', '甲公司', '']) expect(inertCell(v)).toBe(v);
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('a;b')).toBe('"a;b"');
  });
});

describe('detectDelimiter', () => {
  it('decides from the header, outside quotes', () => {
    expect(detectDelimiter('客户名称,日期,订单数\n杭州安居，华东分部,1,2\n')).toBe(',');
    expect(detectDelimiter('客户名称;日期;订单数\n甲,乙;1;2\n')).toBe(';');
    expect(detectDelimiter('客户名称\t日期\n')).toBe('\t');
    expect(detectDelimiter('客户名称，日期，订单数\n')).toBe('，');
    expect(detectDelimiter('"a,b,c";d;e\n')).toBe(';');
    expect(detectDelimiter('\n\n客户名称|日期|订单数\n')).toBe('|');
    expect(detectDelimiter('只有一列\n')).toBe(',');
  });
});

describe('sheetExtent', () => {
  it('reads the dimension and every cell and row reference', () => {
    expect(sheetExtent('<worksheet><dimension ref="A1:D3"/><sheetData><row r="1"><c r="A1"/></row></sheetData></worksheet>')).toMatchObject({ rows: 3, columns: 4 });
    expect(sheetExtent('<worksheet><sheetData><row r="1"><c r="XFD1048576" t="s"/></row></sheetData></worksheet>')).toMatchObject({ rows: 1_048_576, columns: 16_384 });
    expect(sheetExtent('<x:worksheet><x:sheetData><x:row r="900000"></x:row></x:sheetData></x:worksheet>')).toMatchObject({ rows: 900_000, columns: 1 });
  });
});

describe('numberFlag', () => {
  const rule = { min: 8, max: 20, example: '12' };
  it('accepts plain numbers in range', () => {
    expect(numberFlag('--font-size', '12', rule, 'en')).toBe(12);
    expect(numberFlag('--font-size', '10.5', rule, 'en')).toBe(10.5);
  });
  it('refuses the rest with the flag named', () => {
    for (const v of ['1e9', '-3', 'NaN', '小四', 'Infinity', '', '12pt', '0x10', '21']) {
      expect(() => numberFlag('--font-size', v, rule, 'en')).toThrow(/--font-size/);
    }
    expect(() => numberFlag('--max-warnings', '1.5', { min: 0, integer: true, example: '10' }, 'en')).toThrow(/out of range/);
  });
});

describe('decodeText', () => {
  const bom16le = (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
  it('reads UTF-16 with a BOM, names UTF-32 and BOM-less UTF-16', () => {
    expect(decodeText(bom16le('a: 1\n'), 'p.yaml', 'en')).toBe('a: 1\n');
    expect(decodeText(Buffer.from(bom16le('a: 1\n')).swap16().fill(0xfe, 0, 1).fill(0xff, 1, 2), 'p.yaml', 'en')).toBe('a: 1\n');
    expect(() => decodeText(Buffer.from([0xff, 0xfe, 0, 0, 0x61, 0, 0, 0]), 'p.yaml', 'en')).toThrow(/UTF-32/);
    expect(() => decodeText(Buffer.from('a: 1\nb: 2\n', 'utf16le'), 'p.yaml', 'en')).toThrow(/UTF-16/);
  });
  it('turns lone CRs into line ends', () => {
    expect(decodeText(Buffer.from('a: 1\rb: 2\r'), 'p.yaml', 'en')).toBe('a: 1\nb: 2\n');
    expect(decodeText(Buffer.from('a: 1\r\nb: 2\r\n'), 'p.yaml', 'en')).toBe('a: 1\r\nb: 2\r\n');
  });
});

describe('no stack-bound spreads on input-sized data', () => {
  it('a text of 200,000 lines becomes 200,000 runs', async () => {
    const { inlineRuns } = await import('../../src/render/docx/inline.js');
    expect(inlineRuns([{ type: 'text', value: '一\n'.repeat(200_000) }])).toHaveLength(200_001);
  });
  it('column widths of a table with a 200,000-character cell', async () => {
    const { tableLayout } = await import('../../src/render/docx/table-layout.js');
    const { resolveLook } = await import('../../src/render/docx/look.js');
    const { widths } = tableLayout([['产品', '金额'], ['名'.repeat(200_000), '1'], ['x'.repeat(200_000), '2']], resolveLook('zh-CN'), 9000);
    expect(widths).toHaveLength(2);
    expect(widths.every(Number.isFinite)).toBe(true);
  });
  it('the loader on 200,000 list entries refuses without overflowing', async () => {
    const { loadPlanText } = await import('../../src/plan/load.js');
    const r = loadPlanText(`salesplan: 1\nproducts: [${Array(200_000).fill('1').join(',')}]\n`, 'p.yaml', { lang: 'en' });
    expect(r.diagnostics[0]?.code).toBe('too-large');
  });
});
