// Data of the annual and quarterly kinds: the month split asks for data it has, past years make
// sense, weights are usable; incentive schemes name real members; team weights are all or none.
import { quoteList } from '../../i18n/t.js';
import { dec, sum } from '../../core/decimal.js';
import { didYouMean } from '../suggest.js';
import type { Check } from './types.js';
import { checkText } from './messages.js';
import { pick } from '../../i18n/localized.js';
import { word } from '../../i18n/labels.js';

export const checkAnnual: Check = (ctx) => {
  const { plan } = ctx;
  const annual = plan.annual;
  if (!annual) return;
  if (plan.kind !== 'annual') {
    ctx.report('warning', 'annual-not-annual', ['annual'], checkText.annualNotAnnual, { kind: plan.kind }, true);
    return;
  }
  if (annual.split === 'weights' && !annual.month_weights) {
    ctx.report('error', 'split-needs-weights', ['annual', 'split'], checkText.splitNeedsWeights, {});
  }
  if (annual.split === 'history' && (!annual.history || Object.keys(annual.history).length === 0)) {
    ctx.report('error', 'split-needs-history', ['annual', 'split'], checkText.splitNeedsHistory, {});
  }
  if (annual.month_weights && sum(annual.month_weights.map((w) => dec(w))).isZero()) {
    ctx.report('error', 'weights-all-zero', ['annual', 'month_weights'], checkText.weightsAllZero, {});
  }
  const years = Object.keys(annual.history ?? {});
  if (years.length > 3) {
    ctx.report('error', 'history-too-long', ['annual', 'history'], checkText.historyTooLong, { count: years.length }, true);
  }
  for (const year of years) {
    const months = annual.history![year]!;
    if (sum(months.map((v) => dec(v))).isZero()) {
      ctx.report('error', 'history-year-empty', ['annual', 'history', year], checkText.historyYearEmpty, { year }, true);
    }
    if (ctx.period && Number(year) >= ctx.period.year) {
      ctx.report('error', 'history-not-past', ['annual', 'history', year], checkText.historyNotPast, { year, plan: ctx.period.year }, true);
    }
  }
};

export const checkTeamWeights: Check = (ctx) => {
  const open = ctx.plan.team.map((m, i) => ({ m, i })).filter(({ m }) => m.target === undefined);
  const weighted = open.filter(({ m }) => m.weight !== undefined);
  if (weighted.length === 0 || weighted.length === open.length) return;
  const first = open.find(({ m }) => m.weight === undefined)!;
  ctx.report('error', 'team-weight-missing', ['team', first.i], checkText.teamWeightMissing, {
    names: open.filter(({ m }) => m.weight === undefined).map(({ m }) => m.name).join(word(ctx.lang, 'listSep')),
  });
};

export const checkIncentives: Check = (ctx) => {
  const inc = ctx.plan.incentives;
  if (!inc) return;
  const names = ctx.plan.team.map((m) => m.name);
  inc.bonuses.forEach((bonus, b) => {
    bonus.members?.forEach((name, k) => {
      if (names.includes(name)) return;
      const suggestion = didYouMean(name, names);
      ctx.report('error', 'bonus-unknown-member', ['incentives', 'bonuses', b, 'members', k], checkText.bonusUnknownMember, {
        name, hint: suggestion ? pick(ctx.lang, { 'zh-CN': `是不是 ${suggestion}？`, en: `Did you mean ${suggestion}?` }) : quoteList(ctx.lang, names),
      });
    });
  });
  const seen = new Set<number>();
  inc.over_target.forEach((tier, i) => {
    if (seen.has(tier.above)) ctx.report('error', 'over-target-twice', ['incentives', 'over_target', i, 'above'], checkText.overTargetTwice, { above: tier.above });
    seen.add(tier.above);
  });
  if (ctx.plan.team.some((m) => m.mentor) && inc.mentor_share === undefined) {
    ctx.report('warning', 'mentor-no-share', ['incentives'], checkText.mentorNoShare, {}, true);
  }
};
