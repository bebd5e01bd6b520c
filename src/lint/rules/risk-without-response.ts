// Every risk has its own response, checked one by one: each row of a risk table, each list item
// or paragraph of a risk section, each sub-section of one. A response is said with the usual
// words (应对, 对策, 措施, 预案, mitigation, contingency …), in the "风险：做法" form (竞品降价：
// 以旧换新), or in the entry right after the risk ("应对：…").
import type { Messages } from '../../i18n/localized.js';
import { entriesOf, type Entry } from '../entries.js';
import { allSections, type Section } from '../outline.js';
import type { LintRule } from '../rule.js';
import { toSimplified } from '../t2s.js';

const messages = {
  riskWithoutResponse: {
    'zh-CN': '风险“{risk}”没有应对措施。',
    en: 'The risk "{risk}" has no response.',
  },
} satisfies Messages;

const RISK_TITLE = /风险|隐患|困难|障碍|难点|可能的问题|潜在问题|risk|threat|blocker|obstacle|challenge/i;
/** A sub-heading that names something going wrong (（一）竞品降价) is a risk even without the word. */
const RISK_EVENT = /下滑|下降|降价|流失|离职|延迟|延期|断货|短缺|不足|加剧|波动|逾期|违约|失败|萎缩|冲击|delay|(?<!stop-)\bloss|shortage|drop|decline|churn|price war|slowdown/i;
const RISK_COLUMN = /风险|隐患|问题|risk|threat|issue/i;
const RESPONSE_COLUMN = /应对|对策|措施|预案|解决|处理|response|mitigation|contingency|action|plan/i;
const RESPONSE_WORDS = /应对|对策|措施|预案|解决|处理|防范|规避|化解|采取|启动|备选|兜底|应急|crisis plan|emergency plan|mitigat|respon[sd]|contingenc|action|fallback|backup plan|plan b|countermeasure/i;
/** An entry that gives the response to the risk before it: "应对：…", "Mitigation: …". */
const RESPONSE_ENTRY = /^(?:应对|对策|措施|预案|解决|处理|做法|mitigation|response|contingency|action|countermeasure)[^：:]{0,6}[：:]/i;
/** The label of a risk ("市场风险：…", "风险一：…", "Risk 2: …"): what follows it is the risk. */
const RISK_LABEL = /^(?:[\u4e00-\u9fff]{0,6}(?:风险|隐患)[一二三四五六七八九十\d]*|(?:[a-z]+\s)?(?:risk|threat)\s*\d*)$/i;
const EMPTY = /^\s*(?:[—–\-－/]|无|暂无|none|n\/a)?\s*$/i;
/** Text that introduces a list rather than naming a risk: "主要风险如下：". */
const INTRO = /[：:]\s*$/;

function answered(entry: Entry): boolean {
  const text = toSimplified(entry.text);
  if (RESPONSE_WORDS.test(text)) return true;
  // "X——Y", "X → Y": a risk and what is done about it.
  if (/\S\s*(?:——|→|=>|->|–)\s*\S/.test(text)) return true;
  const colon = /^([^：:]{1,30})[：:]\s*(\S.*)$/.exec(text);
  // "竞品降价：以旧换新" answers; "市场风险：竞争加剧" only names the risk.
  return !!colon && !RISK_LABEL.test(colon[1]!.trim());
}

export const riskWithoutResponse: LintRule = {
  id: 'risk-without-response',
  messages,
  severity: 'error',
  description: { 'zh-CN': '每项风险都有应对措施', en: 'Every risk has a response' },
  docs: {
    'zh-CN': '逐项检查：风险表格的每一行要填写“应对措施”一栏；风险章节中的每个列表项、段落或小节，都要写出自己的应对做法——用“应对、对策、措施、预案、解决”等词，或“风险：做法”的写法（如“竞品降价：以旧换新”），或紧随其后的“应对：……”。',
    en: 'Checked one by one: each row of a risk table needs its response cell filled; each list item, paragraph or sub-section of a risk section needs its own response — said with words such as response, mitigation, contingency or action, in the "risk: action" form, or in an entry right after it ("Mitigation: …").',
  },
  check(ctx) {
    const report = (line: number, risk: string, column = 1) => ctx.report({ line, column, message: messages.riskWithoutResponse, params: { risk: risk.length > 40 ? `${risk.slice(0, 40)}…` : risk } });
    // The plan's risk sections: the style's, and every section titled as one (the outermost).
    const all = allSections(ctx.plan.sections);
    const assigned = ctx.assignment.get('risks')?.section;
    const titled = all.filter((s) => s === assigned || RISK_TITLE.test(toSimplified(s.heading.title)));
    const riskSections = titled.filter((s) => !titled.some((o) => o !== s && allSections(o.children).includes(s)));
    const inRisk = new Set(riskSections.flatMap((s) => allSections([s])));

    // Risk tables, wherever they are. The risks they answer may be listed again elsewhere
    // (重点防范的风险：…): such a line is answered by its row.
    const answeredInTables: string[] = [];
    for (const section of all) {
      for (const table of section.blocks) {
        if (table.kind !== 'table' || !table.rows) continue;
        const header = table.rows[0]!;
        const riskColumn = header.findIndex((h) => RISK_COLUMN.test(h) && !RESPONSE_COLUMN.test(h));
        const responseColumn = header.findIndex((h) => RESPONSE_COLUMN.test(h));
        if (riskColumn < 0 && (!inRisk.has(section) || responseColumn < 0)) continue;
        table.rows.slice(1).forEach((row, i) => {
          const risk = (row[riskColumn >= 0 ? riskColumn : 0] ?? '').trim();
          if (!risk || /^[-:| ]*$/.test(row.join(''))) return;
          if (responseColumn >= 0 && !EMPTY.test(row[responseColumn] ?? '')) {
            answeredInTables.push(toSimplified(risk));
            return;
          }
          report(table.rowLines?.[i + 1] ?? table.line, risk);
        });
      }
    }

    for (const section of riskSections) {
      const unanswered: Entry[] = [];
      let responses = 0;
      const take = (result: { unanswered: Entry[]; responses: number }) => {
        unanswered.push(...result.unanswered);
        responses += result.responses;
      };
      take(checkEntries(entriesOf(section.blocks), undefined, section.blocks.some((b) => b.kind === 'table')));
      // Each sub-section of a risk section is a risk of its own (（一）市场风险 …); one titled as
      // the responses (（二）应对措施) answers the risks listed before it, in order.
      for (const child of allSections(section.children)) {
        const entries = entriesOf(child.blocks);
        if (RESPONSE_WORDS.test(toSimplified(child.heading.title)) && !RISK_TITLE.test(toSimplified(child.heading.title).replace(/风险(?:与|和|及)/, ''))) {
          responses += entries.filter((e) => e.kind === 'item').length || entries.length;
          continue;
        }
        if (!entries.length) continue;
        // A sub-section titled by what goes wrong (（一）竞品降价) is one risk; one titled as a topic
        // (风险识别, 风险预警与应对) holds risks in its list items; others (（二）销售预测校准)
        // describe what is done.
        const title = toSimplified(child.heading.title);
        const own = child.children.length === 0 && RISK_EVENT.test(title);
        if (!own && !RISK_TITLE.test(title)) continue;
        const result = checkEntries(entries, own ? child : undefined, !own);
        take(result);
        if (own && result.heading) unanswered.push(result.heading);
      }
      for (const entry of unanswered.slice(responses)) {
        const text = toSimplified(entry.text);
        if (!answeredInTables.some((risk) => risk.length >= 4 && text.includes(risk))) report(entry.line, entry.text);
      }
    }
  },
};

interface Checked {
  /** Risks with no response of their own, in order. */
  unanswered: Entry[];
  /** Items of a responses list ("应对措施：" followed by items) that answer earlier risks in order. */
  responses: number;
  /** The sub-section's own risk (its heading), when nothing under it answers it. */
  heading?: Entry;
}

/** `tabled`: the risks are in a table, so the paragraphs around it are commentary, not risks. */
function checkEntries(entries: readonly Entry[], heading?: Section, tabled = false): Checked {
  const hasItems = entries.some((e) => e.kind === 'item' && !RESPONSE_ENTRY.test(toSimplified(e.text)));
  const unanswered: Entry[] = [];
  let last: Entry | undefined;
  let listing = false;
  let responses = 0;
  let headingAnswered = false;
  for (const entry of entries) {
    const text = toSimplified(entry.text);
    const response = RESPONSE_ENTRY.exec(text);
    if (response) {
      if (text.slice(response[0].length).trim() === '') listing = true;
      else if (last && unanswered[unanswered.length - 1] === last) unanswered.pop();
      else headingAnswered = true;
      last = undefined;
      continue;
    }
    if (listing) {
      if (entry.kind === 'item' || !hasItems) responses++;
      continue;
    }
    last = undefined;
    if (INTRO.test(text) || ((hasItems || tabled) && entry.kind !== 'item')) continue;
    if (heading && !hasItems) {
      // Paragraphs under a risk's own heading describe it: the heading's risk needs one response.
      if (answered(entry)) headingAnswered = true;
      continue;
    }
    if (!answered(entry)) {
      unanswered.push(entry);
      last = entry;
    }
  }
  const out: Checked = { unanswered, responses };
  if (heading && !hasItems && !headingAnswered) out.heading = { line: heading.heading.line, text: heading.heading.title, kind: 'paragraph' };
  return out;
}
