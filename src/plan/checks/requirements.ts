// A style's sections need their data: missing, it is an error naming the key to add, unless
// --draft asks for a skeleton with placeholders.
import { describeRequirement, missingRequirements } from '../../styles/requirements.js';
import type { Check } from './types.js';
import { checkText } from './messages.js';

export const checkStyleData: Check = (ctx) => {
  if (!ctx.style || ctx.draft) return;
  for (const { section, requirement } of missingRequirements(ctx.plan, ctx.style)) {
    const { key, what, path } = describeRequirement(requirement, ctx.lang);
    ctx.report('error', 'style-data-missing', path, checkText.requiredData, {
      style: ctx.style.name[ctx.lang],
      section: section.title[ctx.lang],
      key,
      what,
    });
  }
};
