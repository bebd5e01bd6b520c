import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal, dec, growthPercent, percentOf, sharesOf, splitLargestRemainder, sum } from '../../src/core/decimal.js';

const strs = (xs: Decimal[]) => xs.map((x) => x.toFixed());

describe('exact arithmetic', () => {
  it('adds decimals without binary drift', () => {
    expect(dec(0.1).plus(dec(0.2)).toString()).toBe('0.3');
    expect(sum([0.1, 0.2, 0.3].map(dec)).toString()).toBe('0.6');
  });

  it('computes growth and percentages', () => {
    expect(growthPercent(dec(860), dec(780))!.toDecimalPlaces(2).toString()).toBe('10.26');
    expect(growthPercent(dec(1), dec(0))).toBeUndefined();
    expect(percentOf(dec(12), dec(45))!.toDecimalPlaces(1).toString()).toBe('26.7');
    expect(percentOf(dec(1), dec(0))).toBeUndefined();
  });
});

describe('largest-remainder split', () => {
  it('splits 100 three ways into parts that add up', () => {
    expect(strs(splitLargestRemainder(dec(100), [1, 1, 1].map(dec), 2))).toEqual(['33.34', '33.33', '33.33']);
  });

  it('gives the leftover unit to the largest remainder, then the larger weight', () => {
    // 10 × (1/6, 2/6, 3/6) = 1.67, 3.33, 5 at 2 places: floors 1.66, 3.33, 5.00 → +0.01 to the first.
    expect(strs(splitLargestRemainder(dec(10), [1, 2, 3].map(dec), 2))).toEqual(['1.67', '3.33', '5']);
  });

  it('splits evenly when every weight is zero', () => {
    expect(strs(splitLargestRemainder(dec(10), [0, 0, 0].map(dec), 0))).toEqual(['4', '3', '3']);
  });

  it('keeps the decimals of the total when it has more than asked', () => {
    expect(strs(splitLargestRemainder(dec('10.005'), [1, 1].map(dec), 2))).toEqual(['5.003', '5.002']);
  });

  it('refuses negative weights', () => {
    expect(() => splitLargestRemainder(dec(10), [dec(-1), dec(2)], 2)).toThrow(RangeError);
  });

  it('always adds up to the whole, for any total and weights (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 0, max: 4 }),
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 60 }),
        (cents, places, weights) => {
          const total = new Decimal(cents).div(100);
          const parts = splitLargestRemainder(total, weights.map(dec), places);
          expect(parts).toHaveLength(weights.length);
          expect(sum(parts).equals(total)).toBe(true);
          const dp = Math.max(places, total.decimalPlaces());
          for (const p of parts) {
            expect(p.isNegative()).toBe(false);
            expect(p.decimalPlaces()).toBeLessThanOrEqual(dp);
          }
        },
      ),
    );
  });

  it('never moves a part more than one unit from its exact quota (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 30 }), (total, weights) => {
        const w = weights.map(dec);
        const parts = splitLargestRemainder(dec(total), w, 0);
        const weightSum = sum(w);
        parts.forEach((p, i) => {
          const quota = dec(total).times(w[i]!).div(weightSum);
          expect(p.minus(quota).abs().lessThan(1)).toBe(true);
        });
      }),
    );
  });
});

describe('shares', () => {
  it('rounds each share on its own, half-up: three thirds read 33.3% each', () => {
    const shares = sharesOf([1, 1, 1].map(dec), dec(3));
    expect(strs(shares as Decimal[])).toEqual(['33.3', '33.3', '33.3']);
  });

  it('rounds a half up: 1 of 8 is 12.5%, at no decimals 13%', () => {
    expect(strs(sharesOf([dec(1)], dec(8), 0) as Decimal[])).toEqual(['13']);
  });

  it('gives equal parts equal shares, and each share is within half a unit of its ratio (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100_000 }), { minLength: 1, maxLength: 50 }), (values) => {
        const parts = values.map(dec);
        const whole = sum(parts);
        fc.pre(!whole.isZero());
        const shares = sharesOf(parts, whole) as Decimal[];
        shares.forEach((s, i) => {
          expect(s.minus(percentOf(parts[i]!, whole)!).abs().lessThanOrEqualTo(0.05)).toBe(true);
          values.forEach((v, j) => { if (v === values[i]) expect(shares[j]!.equals(s)).toBe(true); });
        });
      }),
    );
  });
});
