// Product lines: amounts or shares of the total, with what is allocated and what is left after
// each; money left at the end may go to an "other products" line that takes the remainder.
import { label, ROLE_LABELS } from '../../i18n/labels.js';
import { say } from '../../i18n/localized.js';
import { percent } from '../../i18n/format.js';
import { dec } from '../../core/decimal.js';
import { PRODUCT_ROLES } from '../../plan/schema.js';
import { askMoneyOrShare } from '../ask.js';
import { fieldCheck } from '../checks.js';
import { collectList, compact } from '../lists.js';
import { wizardText } from '../messages.js';
import { moneyText, previousList, revenueOf, type Row, type WizardState } from '../state.js';
import { productTotals } from '../totals.js';

export async function askProducts(s: WizardState): Promise<void> {
  const total = revenueOf(s);
  let so: readonly Row[] = [];
  const remainderLine = (rows: readonly Row[]) => rows.some((x) => x.role === 'other' && x.amount === undefined && x.share === undefined);
  const products = await collectList(s, {
    list: 'products', name: wizardText.listProducts, add: wizardText.addProduct, flag: '--product',
    previous: previousList(s.from?.products),
    describe: (row) => {
      const figure = typeof row.amount === 'number' ? moneyText(s, dec(row.amount)) : typeof row.share === 'number' ? percent(dec(row.share)) : '';
      return [row.name, label(ROLE_LABELS, String(row.role ?? 'other'), s.lang), figure].filter(Boolean).join(' · ');
    },
    // More while money is left to allocate and no line takes the remainder.
    more: (rows) => !remainderLine(rows) && (rows.length === 0 || productTotals(rows, total).rest.greaterThan(0)),
    onChange: (rows) => (so = rows),
    problem: (rows) => {
      const { allocated } = productTotals(rows, total);
      return allocated.greaterThan(total) ? say(s.lang, wizardText.overTotal, { list: say(s.lang, wizardText.listProducts), done: moneyText(s, allocated), total: moneyText(s, total) }) : undefined;
    },
    ask: async (previous) => {
      const nameCheck = fieldCheck(s.lang, ['products', 0, 'name']);
      const name = await s.p.text({ id: 'product-name', message: say(s.lang, wizardText.productName), ...(previous ? { default: String(previous.name) } : {}), validate: (v) => nameCheck(v) });
      if (!name) return undefined;
      const role = await s.p.select({
        id: 'product-role', message: say(s.lang, wizardText.productRole), default: String(previous?.role ?? 'potential'),
        choices: PRODUCT_ROLES.filter((r) => r !== 'other' || previous?.role === 'other').map((r) => ({ value: r, name: label(ROLE_LABELS, r, s.lang) })),
      });
      const others = so.filter((row) => row !== previous);
      const rest = productTotals(others, total).rest;
      const previousFigure = typeof previous?.amount === 'number' ? previous.amount : typeof previous?.share === 'number' ? `${previous.share}%` : undefined;
      const figure = await askMoneyOrShare(s, {
        id: 'product-amount', message: say(s.lang, wizardText.productAmount, { unit: s.unit, rest: moneyText(s, rest) }), required: true,
        path: ['products', 0, 'amount'], max: rest, ...(previousFigure !== undefined ? { default: previousFigure } : {}),
      });
      const { amount: _a, share: _s, ...kept } = previous ?? {};
      const row = compact({ ...kept, name, role, ...(figure?.share ? { share: figure.value } : { amount: figure?.value ?? 0 }) });
      const { allocated, rest: left } = productTotals([...others, row], total);
      s.p.note(say(s.lang, wizardText.allocated, { done: moneyText(s, allocated), rest: moneyText(s, left) }));
      return row;
    },
  });
  const { rest } = productTotals(products, total);
  if (products.length && rest.greaterThan(0) && !remainderLine(products)) {
    if (await s.p.confirm({ id: 'remainder-as-other', message: say(s.lang, wizardText.remainderAsOther, { rest: moneyText(s, rest) }), default: true })) {
      products.push({ name: say(s.lang, wizardText.otherProducts), role: 'other' });
    }
  }
  if (products.length) s.plan.products = products;
}
