// The wizard's lists (product lines, channels, team, risks, budget, schedule…). Given as flags,
// they are taken as given; rolled forward from last period's plan, each item is shown to keep,
// edit or remove; then more are added while the user wants — "add another?" defaults to yes only
// while a list the style needs is still empty (or, for products, money is left to allocate).
import type { Localized } from '../i18n/localized.js';
import { say } from '../i18n/localized.js';
import { describeIn, schemaAt } from '../plan/schema-walk.js';
import { Plan as PlanSchema } from '../plan/schema.js';
import { wizardText } from './messages.js';
import { needsList, type Row, type WizardState } from './state.js';

export interface ListSpec {
  /** The plan key: 'products'. */
  list: string;
  /** The list's name in a sentence: "产品线". */
  name: Localized;
  /** "Add a product line?" */
  add: Localized;
  /** The repeatable flag that gives the list's items. */
  flag: string;
  /** Asks one item; with `previous`, its answers are the defaults. Undefined: nothing added. */
  ask: (previous?: Row) => Promise<Row | undefined>;
  /** The item in one line, for "keep, edit or remove?". */
  describe: (row: Row) => string;
  /** Last period's items (--from). */
  previous: Row[] | undefined;
  /** Whether "add another?" defaults to yes, given the items so far. */
  more?: (items: readonly Row[]) => boolean;
  /** Told after each change, for the running figures. */
  onChange?: (items: readonly Row[]) => void;
  /** Why the plan's checks would refuse the list as it is, if they would. */
  problem?: (items: readonly Row[]) => string | undefined;
}

type Action = 'keep' | 'edit' | 'remove' | 'keep-rest';

export async function collectList(s: WizardState, spec: ListSpec): Promise<Row[]> {
  const given = s.answers[spec.list] as Row[] | undefined;
  if (given) return given;
  const required = needsList(s, spec.list);
  if (!s.p.interactive) {
    if (spec.previous?.length) return spec.previous;
    // Nobody to ask and nothing given: a list the style needs is reported as a missing flag.
    if (required) await s.p.text({ id: `list:${spec.list}`, flag: spec.flag, message: describeIn(schemaAt(PlanSchema, [spec.list]), s.lang) ?? spec.list, required: true });
    return [];
  }
  let items = await review(s, spec, spec.previous ?? [], wizardText.rollForward);
  const more = spec.more ?? ((list: readonly Row[]) => list.length === 0 && required);
  for (;;) {
    while (await s.p.confirm({ id: `add:${spec.list}`, message: say(s.lang, spec.add), default: more(items) })) {
      const item = await spec.ask();
      if (item === undefined) break;
      items.push(item);
      spec.onChange?.(items);
    }
    // A list the plan's checks would refuse (one the style needs left empty, product lines over
    // the total) is gone through again.
    const problem = required && items.length === 0 ? say(s.lang, wizardText.needOne, { list: say(s.lang, spec.name) }) : spec.problem?.(items);
    if (!problem) return items;
    s.p.note(problem);
    items = await review(s, spec, items, wizardText.reviewAgain);
  }
}

/** Each item shown to keep, edit or remove; what is kept, in order. */
async function review(s: WizardState, spec: ListSpec, previous: readonly Row[], heading: Localized): Promise<Row[]> {
  const items: Row[] = [];
  if (!previous.length) return items;
  s.p.note(say(s.lang, heading, { list: say(s.lang, spec.name), count: previous.length }));
  let keepRest = false;
  let removed = 0;
  for (const [i, item] of previous.entries()) {
    if (keepRest) {
      items.push(item);
      continue;
    }
    const left = previous.length - i;
    const action = await s.p.select<Action>({
      id: `review:${spec.list}`,
      message: say(s.lang, wizardText.itemAction, { list: say(s.lang, spec.name), n: i + 1, count: previous.length, item: spec.describe(item) }),
      default: 'keep',
      choices: [
        { value: 'keep', name: say(s.lang, wizardText.keep) },
        { value: 'edit', name: say(s.lang, wizardText.edit) },
        { value: 'remove', name: say(s.lang, wizardText.remove) },
        ...(left > 1 ? [{ value: 'keep-rest' as const, name: say(s.lang, wizardText.keepRest) }] : []),
      ],
    });
    if (action === 'remove') removed++;
    else if (action === 'edit') items.push((await spec.ask(item)) ?? item);
    else {
      items.push(item);
      keepRest = action === 'keep-rest';
    }
    spec.onChange?.(items);
  }
  s.p.note(say(s.lang, wizardText.kept, { kept: items.length, removed }));
  return items;
}

/** Only the fields that have a value: an empty answer leaves its key out. */
export function compact(row: Row): Row {
  return Object.fromEntries(Object.entries(row).filter(([, v]) => v !== undefined && v !== ''));
}
