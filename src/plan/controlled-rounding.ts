// Splitting a table of money both ways at once: every row (a product line, a rep) split across
// the months so that each row adds up to its own total AND each month column adds up to the month's
// total. Rounding each row on its own (largest remainder) gets the rows right but lets the columns
// drift by a cent; this is "controlled rounding": every cell is its exact share rounded down or up,
// and which cells round up is decided by a small flow network, so both margins come out exact.
import { Decimal, sum, splitLargestRemainder, ZERO, type Decimal as D } from '../core/decimal.js';

export interface MatrixSplit {
  /** cells[i][j]: row i's part in column j. */
  cells: D[][];
  /** What each column adds up to. */
  columnTotals: D[];
}

/** A max-flow network (Edmonds–Karp); graphs here have at most a few thousand edges. */
class Network {
  private readonly head: number[][] = [];
  private readonly to: number[] = [];
  private readonly cap: number[] = [];

  constructor(nodes: number) {
    for (let i = 0; i < nodes; i++) this.head.push([]);
  }

  /** Adds u → v with a capacity; returns the edge's id (its reverse is id ^ 1). */
  add(u: number, v: number, capacity: number): number {
    const id = this.to.length;
    this.to.push(v, u);
    this.cap.push(capacity, 0);
    this.head[u]!.push(id);
    this.head[v]!.push(id + 1);
    return id;
  }

  /** Flow pushed through an edge. */
  flowOn(id: number): number {
    return this.cap[id ^ 1]!;
  }

  maxFlow(source: number, sink: number): number {
    let total = 0;
    for (;;) {
      const via = new Array<number>(this.head.length).fill(-1);
      via[source] = -2;
      const queue = [source];
      for (let k = 0; k < queue.length && via[sink] === -1; k++) {
        const u = queue[k]!;
        for (const id of this.head[u]!) {
          const v = this.to[id]!;
          if (via[v] === -1 && this.cap[id]! > 0) {
            via[v] = id;
            queue.push(v);
          }
        }
      }
      if (via[sink] === -1) return total;
      let push = Infinity;
      for (let v = sink; v !== source; v = this.to[via[v]! ^ 1]!) push = Math.min(push, this.cap[via[v]!]!);
      for (let v = sink; v !== source; v = this.to[via[v]! ^ 1]!) {
        this.cap[via[v]!]! -= push;
        this.cap[via[v]! ^ 1]! += push;
      }
      total += push;
    }
  }
}

/**
 * Chooses which cells round up: a 0/1 matrix over the cells that have a fraction, with row sums
 * `rowNeed` and column sums between `colLow` and `colHigh`. A circulation with lower bounds,
 * solved as a max flow from a super source. Returns undefined when no such matrix exists.
 */
function roundUpCells(fractional: boolean[][], rowNeed: number[], colLow: number[], colHigh: number[]): boolean[][] | undefined {
  const rows = rowNeed.length;
  const cols = colLow.length;
  const S = rows + cols;
  const T = S + 1;
  const SS = T + 1;
  const TT = SS + 1;
  const net = new Network(TT + 1);
  const excess = new Array<number>(TT + 1).fill(0);
  // S → row i carries exactly rowNeed[i]: a lower bound equal to the capacity.
  rowNeed.forEach((need, i) => {
    excess[i]! += need;
    excess[S]! -= need;
  });
  const cellEdges: number[][] = fractional.map((row, i) => row.map((isFractional, j) => (isFractional ? net.add(i, rows + j, 1) : -1)));
  colLow.forEach((low, j) => {
    net.add(rows + j, T, colHigh[j]! - low);
    excess[T]! += low;
    excess[rows + j]! -= low;
  });
  net.add(T, S, Number.MAX_SAFE_INTEGER);
  let demand = 0;
  excess.forEach((e, v) => {
    if (e > 0) {
      net.add(SS, v, e);
      demand += e;
    } else if (e < 0) net.add(v, TT, -e);
  });
  if (net.maxFlow(SS, TT) !== demand) return undefined;
  return cellEdges.map((row) => row.map((id) => id >= 0 && net.flowOn(id) === 1));
}

/**
 * Splits each row total across the columns in proportion to `weights`, in multiples of
 * 10^-places. Every row adds up to its total exactly. Columns add up to `columnTargets` when given
 * and reachable (the month totals shown elsewhere in the plan), otherwise to the largest-remainder
 * split of the grand total, otherwise to their exact share rounded down or up.
 */
export function splitMatrix(
  rowTotals: readonly D[],
  weights: readonly D[],
  places: number,
  columnTargets?: readonly D[],
): MatrixSplit {
  const cols = weights.length;
  if (rowTotals.length === 0) return { cells: [], columnTotals: weights.map(() => ZERO) };
  if (weights.some((w) => w.isNegative()) || rowTotals.some((r) => r.isNegative())) throw new RangeError('negative split');
  const dp = rowTotals.reduce((m, r) => Math.max(m, r.decimalPlaces()), places);
  const unit = new Decimal(10).pow(-dp);
  const weightSum = sum(weights);
  const effective = weightSum.isZero() ? weights.map(() => new Decimal(1)) : weights;
  const effectiveSum = weightSum.isZero() ? new Decimal(cols) : weightSum;

  const rowUnits = rowTotals.map((r) => r.div(unit));
  const quotas = rowUnits.map((r) => effective.map((w) => r.times(w).div(effectiveSum)));
  const floors = quotas.map((row) => row.map((q) => q.floor()));
  const fractional = quotas.map((row, i) => row.map((q, j) => !q.equals(floors[i]![j]!)));
  const rowNeed = rowUnits.map((r, i) => r.minus(sum(floors[i]!)).toNumber());
  const floorColumn = (j: number) => sum(floors.map((row) => row[j]!));
  const quotaColumn = (j: number) => sum(quotas.map((row) => row[j]!));

  const grand = sum(rowTotals);
  const attempts: Array<{ low: number[]; high: number[] }> = [];
  const fixed = (targets: readonly D[]) => {
    const need = targets.map((c, j) => c.div(unit).minus(floorColumn(j)).toNumber());
    return { low: need, high: need };
  };
  if (columnTargets && columnTargets.length === cols && sum(columnTargets).equals(grand) && columnTargets.every((c) => c.div(unit).isInteger())) {
    attempts.push(fixed(columnTargets));
  }
  attempts.push(fixed(splitLargestRemainder(grand.toDecimalPlaces(dp), effective, dp)));
  attempts.push({
    low: Array.from({ length: cols }, (_, j) => quotaColumn(j).floor().minus(floorColumn(j)).toNumber()),
    high: Array.from({ length: cols }, (_, j) => quotaColumn(j).ceil().minus(floorColumn(j)).toNumber()),
  });

  for (const { low, high } of attempts) {
    if (low.some((l) => l < 0)) continue;
    const up = roundUpCells(fractional, rowNeed, low, high);
    if (!up) continue;
    const cells = floors.map((row, i) => row.map((f, j) => (up[i]![j] ? f.plus(1) : f).times(unit)));
    const columnTotals = Array.from({ length: cols }, (_, j) => sum(cells.map((row) => row[j]!)));
    return { cells, columnTotals };
  }
  // Unreachable: the exact shares are a fractional solution of the last attempt, and such flow
  // problems always have a whole-number solution as well.
  throw new Error('controlled rounding found no solution');
}
