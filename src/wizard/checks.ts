// The plan's own rule for one field — the zod schema validate uses — run on one answer, with what
// it refuses said in the wizard's words: "不能为负数", never "targets.revenue 不能为负数", since the
// person answering never sees the file's keys.
import type { Lang } from '../i18n/lang.js';
import { say } from '../i18n/localized.js';
import type { PathSegment } from '../report/diagnostic.js';
import { Plan as PlanSchema } from '../plan/schema.js';
import { schemaAt, unwrap } from '../plan/schema-walk.js';
import { wizardText } from './messages.js';

/** true, or why the answer cannot be used. */
export type Check<T> = (value: T) => true | string;

interface ZodIssueLike {
  code: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  inclusive?: boolean;
  origin?: string;
  expected?: string;
}

/** The schema's rule for the field at `path` (a list item's field: `['products', 0, 'amount']`). */
export function fieldCheck(lang: Lang, path: readonly PathSegment[]): Check<unknown> {
  const schema = schemaAt(PlanSchema, path);
  if (!schema) return () => true;
  const inner = unwrap(schema);
  return (value) => {
    const result = inner.safeParse(value);
    if (result.success) return true;
    return issueText(lang, result.error.issues[0] as ZodIssueLike | undefined);
  };
}

function issueText(lang: Lang, issue: ZodIssueLike | undefined): string {
  if (!issue) return say(lang, wizardText.notAccepted);
  const text = issue.origin === 'string';
  if (issue.code === 'too_small') {
    if (text) return say(lang, wizardText.required);
    return Number(issue.minimum) === 0 ? say(lang, wizardText.negative) : say(lang, wizardText.atLeast, { min: String(issue.minimum) });
  }
  if (issue.code === 'too_big') return text ? say(lang, wizardText.tooLong, { max: String(issue.maximum) }) : say(lang, wizardText.atMost, { max: String(issue.maximum) });
  if (issue.code === 'invalid_type' && (issue.expected === 'int' || issue.expected === 'number')) {
    return issue.expected === 'int' ? say(lang, wizardText.wholeNumber) : say(lang, wizardText.notANumber, { example: say(lang, wizardText.countExample) });
  }
  if (issue.code === 'not_multiple_of') return say(lang, wizardText.wholeNumber);
  return say(lang, wizardText.notAccepted);
}
