// How the wizard reads what people type: full-width forms, thousands separators, money with a
// unit converted to the plan's, percentages with or without their sign, yes and no in words.
import { describe, expect, it } from 'vitest';
import { normalise, parseMoney, parseNumber, parsePercent, parseYesNo, twelveNumbers } from '../../src/wizard/input.js';

describe('wizard input', () => {
  it('reads full-width digits and punctuation', () => {
    expect(normalise('１２００')).toBe('1200');
    expect(parseNumber('１，２００．５')).toBe(1200.5);
    expect(parseNumber('5,000,000')).toBe(5000000);
    expect(parseNumber('5,00')).toBeUndefined();
    expect(parseNumber('')).toBeUndefined();
  });

  it('converts money typed in another unit of yuan to the plan’s unit', () => {
    expect(parseMoney('500万元', '万元')).toEqual({ ok: true, value: 500 });
    expect(parseMoney('500万', '万元')).toEqual({ ok: true, value: 500 });
    expect(parseMoney('5,000,000元', '万元')).toEqual({ ok: true, value: 500 });
    expect(parseMoney('１２００', '万元')).toEqual({ ok: true, value: 1200 });
    expect(parseMoney('3.5亿', '万元')).toEqual({ ok: true, value: 35000 });
    expect(parseMoney('500万元', '元')).toEqual({ ok: true, value: 5000000 });
    expect(parseMoney('¥1,000', '元')).toEqual({ ok: true, value: 1000 });
    expect(parseMoney('500000 USD', 'USD')).toEqual({ ok: true, value: 500000 });
    expect(parseMoney('$500,000', 'USD')).toEqual({ ok: true, value: 500000 });
    expect(parseMoney('500万元', 'USD')).toEqual({ ok: false, reason: 'other-unit', given: '万元' });
    expect(parseMoney('abc', '万元')).toEqual({ ok: false, reason: 'not-a-number' });
  });

  it('reads percentages with or without their sign', () => {
    expect(parsePercent('85%')).toBe(85);
    expect(parsePercent('８５％')).toBe(85);
    expect(parsePercent('85 %')).toBe(85);
    expect(parsePercent('85')).toBe(85);
    expect(parsePercent('85%%')).toBeUndefined();
  });

  it('reads twelve months and yes or no in either language', () => {
    expect(twelveNumbers('480，410、640 670 700 730 690 700 800 830 860 860')).toHaveLength(12);
    expect(twelveNumbers('1,2,3')).toBeUndefined();
    expect([parseYesNo('是'), parseYesNo('Y'), parseYesNo('yes'), parseYesNo('否'), parseYesNo('n'), parseYesNo('maybe')]).toEqual([true, true, true, false, false, undefined]);
  });
});
