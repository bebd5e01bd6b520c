// The direction of a change, decided here so the document never compares figures itself.
import type { Decimal as D } from '../../core/decimal.js';
import type { Trend } from './types.js';

export function trendOf(value: D): Trend {
  return value.greaterThan(0) ? 'up' : value.lessThan(0) ? 'down' : 'flat';
}
