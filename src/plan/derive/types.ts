// The shape of a derived plan: every figure a document shows, computed once with exact decimals.
// The document stage only formats these; it never adds, divides, rounds or compares.
import type { Decimal as D } from '../../core/decimal.js';
import type { RfmResult } from '../../data/rfm.js';
import type { AnnualSplit } from '../annual.js';
import type { Commission } from '../incentives.js';
import type { Better, MetricId, MetricUnit } from '../metrics.js';
import type { Period } from '../period.js';
import type { Product } from '../schema.js';
import type { ResolvedSettings } from '../settings.js';
import type { CalendarSource } from '../calendar.js';
import type { Localized } from '../../i18n/localized.js';

/** Which way a change goes; undefined when there is no change to speak of (no baseline). */
export type Trend = 'up' | 'down' | 'flat';

/**
 * How a metric's change is read: rates move in percentage points (+5个百分点), scores in their
 * own points (+7分), everything else in percent of its baseline (-25%).
 */
export type ChangeKind = 'points' | 'delta' | 'relative';

export interface DerivedMetric {
  index: number;
  id?: MetricId;
  name?: string;
  unit: MetricUnit | undefined;
  /** The user's own unit label, when given. */
  unitLabel?: string;
  better: Better;
  changeKind: ChangeKind;
  baseline?: D;
  target: D;
  /** target − baseline. */
  delta?: D;
  /** |target − baseline|, the size of the change without its sign. */
  deltaSize?: D;
  /** Direction of delta. */
  trend?: Trend;
  /** delta / baseline × 100, for non-percent metrics. */
  relative?: D;
  /** True when the target moves the metric in its better direction. */
  improves?: boolean;
  note?: string;
}

export interface DerivedProduct {
  index: number;
  amount?: D;
  share?: D;
  lastAmount?: D;
  growth?: D;
  trend?: Trend;
  isRemainder: boolean;
}

export interface DerivedBudget {
  cap?: D;
  total: D;
  shareOfRevenue?: D;
  capShareOfRevenue?: D;
  headroom?: D;
  /** The items' shares of the budget added up: 100 unless the budget is empty. */
  itemsShareTotal?: D;
  items: Array<{ index: number; amount?: D; shareOfBudget?: D; shareOfRevenue?: D }>;
}

export interface DerivedReviewItem {
  index: number;
  target: D;
  actual: D;
  attainment?: D;
  gap: D;
  /** Attainment of 100% or more. */
  met: boolean;
  /** Attainment under the improvement threshold. */
  below: boolean;
}

export interface DerivedWeek {
  index: number;
  startDay: number;
  endDay: number;
  workdays: number;
  /** The public (or company) holidays that fall on its days off, in date order. */
  holidays: Localized[];
  /** Weekend days worked to make up for a holiday (调休上班). */
  makeUpDays: number;
  target?: D;
  cumulative?: D;
  cumulativeShare?: D;
}

/** Three months and a subtotal per quarter, then the year: one column of a month table. */
export interface MonthColumn {
  months: D[];
  quarters: D[];
  total: D;
}

/** The annual split with the figures its tables and prose show. */
export interface DerivedAnnual extends AnnualSplit {
  /** False when every month weighs the same. */
  seasonal: boolean;
  /** The three heaviest and two lightest months (1–12), in calendar order. */
  peakMonths: number[];
  lowMonths: number[];
  monthlyAverage?: D;
  /** The total row's share: the months cover the year, so 100. */
  totalShare: D;
  /** Growth over the latest past year: per month, per quarter, for the year. */
  monthYoy: (D | undefined)[];
  quarterYoy: (D | undefined)[];
  yearYoy?: D;
  /** Each product line by month, and the months' totals over all lines. */
  productColumns: MonthColumn[];
  productTotals: MonthColumn;
  /** Members with a target: their quarters; and the team's quarters. */
  teamQuarters: Array<{ index: number; quarters: D[] }>;
  teamQuarterTotals: D[];
}

export interface CommissionRow {
  index: number;
  target: D;
  scenarios: Commission[];
}

/** The team's commission at one attainment scenario. */
export interface ScenarioTotal {
  scenario: D;
  cost: D;
  revenue: D;
  /** cost / revenue × 100. */
  ofRevenue?: D;
}

/** The gross-profit amount (profit.ts): given by the plan; its margin given or derived from it. */
export interface DerivedProfit {
  amount: D;
  /** The margin, %: the plan's, or amount ÷ revenue when the plan gives none (marginDerived). */
  margin?: D;
  marginDerived: boolean;
  /** False when the plan's amount and margin disagree (validate warns). */
  agrees?: boolean;
  lastAmount?: D;
  growth?: D;
  trend?: Trend;
}

/** Collections (collections.ts): amount and rate, one possibly derived from the other. */
export interface DerivedCollections {
  amount?: D;
  /** Collections as % of the revenue target. */
  rate?: D;
  amountDerived: boolean;
  rateDerived: boolean;
  /** False when the plan's amount and rate disagree (validate warns). */
  agrees: boolean;
  lastAmount?: D;
  amountGrowth?: D;
  amountTrend?: Trend;
  lastRate?: D;
  /** rate − last rate, percentage points. */
  rateChange?: D;
  receivables?: D;
  lastReceivables?: D;
  /** Relative change of receivables, %. */
  receivablesChange?: D;
  dso?: D;
  lastDso?: D;
  /** dso − last dso, days. */
  dsoChange?: D;
}

/** A monthly plan's year to date (ytd.ts). */
export interface DerivedYtd {
  /** The plan's month, 1–12. */
  month: number;
  /** Months of the year after this one. */
  monthsAfter: number;
  annual: D;
  /** Actual up to the end of last month. */
  actual: D;
  /** actual ÷ annual × 100. */
  completed?: D;
  /** annual − actual. */
  remaining: D;
  remainingShare?: D;
  /** This month's revenue target. */
  thisMonth?: D;
  thisMonthOfAnnual?: D;
  /** thisMonth ÷ remaining × 100 (when something remains). */
  shareOfRemaining?: D;
  /** actual + thisMonth: the year so far if this month's target is met. */
  after?: D;
  afterShare?: D;
  /** remaining − thisMonth: negative when this month takes the year past its target. */
  leftAfter?: D;
  /** leftAfter ÷ annual × 100, when something is left. */
  leftAfterShare?: D;
  /** leftAfter spread over the months after this one, at the plan's precision. */
  perMonthAfter?: D;
}

/** One month of a quarterly plan (quarter.ts). */
export interface DerivedQuarterMonth {
  month: number;
  workdays: number;
  target: D;
  share?: D;
  cumulative: D;
  cumulativeShare?: D;
}

/** The targets issue 11 added (gross profit, collections, year to date, a quarter's months). */
export interface FinanceFigures {
  grossProfit?: DerivedProfit;
  collections?: DerivedCollections;
  ytd?: DerivedYtd;
  quarterMonths?: { months: DerivedQuarterMonth[]; source: CalendarSource };
}

export interface DerivedPlan extends FinanceFigures {
  /** Unit, precision, threshold: resolved once, read by every figure and sentence. */
  settings: ResolvedSettings;
  period: Period;
  lastPeriod: Period;
  /** settings.unit, kept here because nearly every figure is written with it. */
  unit: string;
  /** settings.precision. */
  precision: number;
  revenue?: D;
  lastRevenue?: D;
  growth?: D;
  growthTrend?: Trend;
  growthAmount?: D;
  /** |growthAmount|. */
  growthAmountSize?: D;
  lastYearRevenue?: D;
  yoy?: D;
  yoyTrend?: Trend;
  grossMargin?: D;
  marketShareGain?: D;
  newCustomers?: { prospects?: D; won?: D; contractValue?: D; conversion?: D; avgContract?: D };
  existingCustomers?: { upsell?: D; accounts?: D };
  metrics: DerivedMetric[];
  products: DerivedProduct[];
  productsTotal: D;
  /** The total row of the product shares: the true share of the lines' sum (100 when they cover the revenue). */
  productsShareTotal?: D;
  /** Money per product role, for roles that have amounts. */
  roleTotals: Partial<Record<Product['role'], D>>;
  channels: Array<{ index: number; target?: D; share?: D }>;
  channelsTotal?: D;
  channelsShareOfRevenue?: D;
  regions: Array<{ index: number; revenue?: D; conversion?: D; share?: D }>;
  regionsTotal: { revenue?: D; prospects: D; won: D; partners: D; conversion?: D; /** Any partners at all. */ hasPartners: boolean };
  team: Array<{ index: number; target?: D; share?: D; assigned: boolean; perHead?: D }>;
  teamTotal?: D;
  teamShareOfRevenue?: D;
  headcount: number;
  perCapita?: D;
  tiers: Array<{ index: number }>;
  budget?: DerivedBudget;
  review?: { period: Period | undefined; items: DerivedReviewItem[] };
  weeks: DerivedWeek[];
  /** Monthly plans: where the weekly pace's working days come from (official, estimated, weekends only). */
  calendar?: { source: CalendarSource; year: number };
  /** Annual plans: the year split into months, quarters, product lines, reps and channels. */
  annual?: DerivedAnnual;
  /** With an incentive scheme: each member's commission at each attainment scenario. */
  commissions?: CommissionRow[];
  /** With an incentive scheme: the team's targets and its commission at each scenario. */
  commissionTotals?: { target: D; scenarios: ScenarioTotal[] };
  /** With a customer list: its RFM tiers. */
  rfm?: RfmResult;
}

/** Figures computed outside the plan file: the RFM tiers of its customer list. */
export interface DeriveExtra {
  rfm?: RfmResult;
}
