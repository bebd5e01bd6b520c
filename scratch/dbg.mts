import { lintMarkdown, lintText } from '../tests/lint/helpers.js';
const r = lintMarkdown('# 计划\n\n## 一、目标\n\n本月目标为XX万元，完成。\n', { style: 'target' });
console.log(r.messages.filter((m) => m.ruleId === 'placeholder'));
const r2 = lintMarkdown('# 计划\n\n## 一、目标\n\n本月目标为[TBD]，完成。\n', { style: 'target' });
console.log(r2.messages.filter((m) => m.ruleId === 'placeholder').map((m) => [m.line, m.column, m.message]));
const t = lintText('月度计划\n一、销售目标\n（一）总目标\n1. 完成500万元\n第二节 市场分析\n2、竞争\n', { style: 'target' });
console.log(t.messages.map((m) => [m.ruleId, m.line, m.message.slice(0, 40)]));
