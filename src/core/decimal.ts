// Exact decimal arithmetic for money and percentages: the one place the decimal library is
// configured. Every figure of a plan is computed with these in src/plan/, never with binary
// floats, so 0.1 + 0.2 is 0.3 and shares add up. Small and pure: no plan, no language.
import { Decimal as DecimalBase } from 'decimal.js';

export const Decimal = DecimalBase.clone({ precision: 40, rounding: DecimalBase.ROUND_HALF_UP });
export type Decimal = InstanceType<typeof Decimal>;

/** Converts a number read from YAML to an exact decimal of what the user typed. */
export function dec(value: number | string | Decimal): Decimal {
  return new Decimal(value);
}

export const ZERO = new Decimal(0);
export const HUNDRED = new Decimal(100);

export function sum(values: readonly Decimal[]): Decimal {
  return values.reduce((acc, v) => acc.plus(v), ZERO);
}

/** part / whole × 100, or undefined when whole is zero. */
export function percentOf(part: Decimal, whole: Decimal): Decimal | undefined {
  if (whole.isZero()) return undefined;
  return part.div(whole).times(HUNDRED);
}

/** (current − previous) / previous × 100, or undefined when previous is zero. */
export function growthPercent(current: Decimal, previous: Decimal): Decimal | undefined {
  if (previous.isZero()) return undefined;
  return current.minus(previous).div(previous).times(HUNDRED);
}

export function decimalPlaces(value: Decimal): number {
  return value.decimalPlaces();
}

/**
 * Splits `total` into parts proportional to `weights`, each a multiple of 10^-places, so that the
 * parts add up to `total` exactly (largest-remainder method, also called Hamilton's method).
 * Ties go to the larger weight, then to the earlier part. All-zero weights split evenly.
 */
export function splitLargestRemainder(total: Decimal, weights: readonly Decimal[], places: number): Decimal[] {
  if (weights.length === 0) return [];
  if (weights.some((w) => w.isNegative())) throw new RangeError('weights must not be negative');
  const dp = Math.max(places, total.decimalPlaces());
  const unit = new Decimal(10).pow(-dp);
  const units = total.div(unit); // an integer, since dp covers total's own decimals
  const weightSum = sum(weights);
  const effective = weightSum.isZero() ? weights.map(() => new Decimal(1)) : weights;
  const effectiveSum = weightSum.isZero() ? new Decimal(weights.length) : weightSum;

  const quotas = effective.map((w) => units.times(w).div(effectiveSum));
  const floors = quotas.map((qv) => qv.floor());
  let remaining = units.minus(sum(floors)).toNumber();
  const order = quotas
    .map((qv, index) => ({ index, fraction: qv.minus(floors[index]!), weight: effective[index]! }))
    .sort((a, b) => b.fraction.comparedTo(a.fraction) || b.weight.comparedTo(a.weight) || a.index - b.index);
  const result = floors.slice();
  for (const { index } of order) {
    if (remaining <= 0) break;
    result[index] = result[index]!.plus(1);
    remaining -= 1;
  }
  return result.map((u) => u.times(unit));
}

/**
 * Each part's share of the whole in percent, its own exact ratio rounded half-up to `places`, as
 * an accountant writes it: equal parts show equal shares, and a share is never nudged so that a
 * column adds up (three thirds read 33.3% each; the total row says 100%). Money is split with
 * splitLargestRemainder instead, because amounts must add up to the cent.
 */
export function sharesOf(parts: readonly Decimal[], whole: Decimal, places = 1): (Decimal | undefined)[] {
  return parts.map((p) => shareOf(p, whole, places));
}

/** part / whole × 100 rounded half-up to `places`, or undefined when whole is zero. */
export function shareOf(part: Decimal, whole: Decimal, places = 1): Decimal | undefined {
  return percentOf(part, whole)?.toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
}
