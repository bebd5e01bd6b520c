// What reading a plan's YAML says when the text is not valid YAML or not a plan: syntax,
// duplicate keys, indentation, tabs. Said by load.ts.
import type { Messages } from '../i18n/localized.js';

export const yamlText = {
  syntax: {
    'zh-CN': 'YAML 格式错误：{detail}。请检查缩进（用空格，不用 Tab）、冒号后的空格和引号是否成对。',
    en: 'YAML syntax error: {detail}. Check the indentation (spaces, not tabs), the space after each colon, and that quotes are closed.',
  },
  duplicateKey: {
    'zh-CN': '键 {key} 重复出现。同一层级中每个键只能写一次，请删除或合并其中一个。',
    en: 'The key {key} appears twice at the same level. Keep one of them.',
  },
  indentAfterValue: {
    'zh-CN': '第 {line} 行已经写了值，下一行却多了缩进。同一层级的键要左对齐；如果下一行是新的键，请删掉它前面多余的空格。',
    en: 'Line {line} already has a value, but the next line is indented further. Keys at the same level line up; if the next line is a new key, remove the extra spaces before it.',
  },
  badIndent: {
    'zh-CN': '缩进不一致：同一层级的键或列表项（- 开头）必须从同一列开始。',
    en: 'Inconsistent indentation: keys or list items ("- ") at the same level must start in the same column.',
  },
  unclosedQuote: {
    'zh-CN': '引号没有闭合：以 " 或 \' 开始的文字，要在同一行用同样的引号结束。',
    en: 'A quote is not closed: text that starts with " or \' must end with the same quote.',
  },
  unclosedBracket: {
    'zh-CN': '方括号 [ ] 或花括号 { } 没有闭合。',
    en: 'A bracket [ ] or brace { } is not closed.',
  },
  missingColon: {
    'zh-CN': '这一行缺少冒号：应写成“键: 值”，冒号为半角“:”，后面留一个空格。',
    en: 'This line has no colon: write "key: value", with a space after the colon.',
  },
  reservedStart: {
    'zh-CN': '值不能以 @、` 等符号开头：请给这个值加上引号，例如 "@值"。',
    en: 'A value cannot start with @ or `: put it in quotes, e.g. "@value".',
  },
  badEscape: {
    'zh-CN': '双引号里的反斜杠 \\ 写法不对：改用单引号，或去掉反斜杠。',
    en: 'A backslash \\ inside double quotes is not valid: use single quotes or remove the backslash.',
  },
  tab: {
    'zh-CN': 'YAML 缩进不能使用 Tab 键，请改用空格。',
    en: 'YAML indentation cannot use tabs: use spaces.',
  },
  multipleDocuments: {
    'zh-CN': '文件中有多个 YAML 文档（用 --- 分隔）。一个计划文件只能有一个计划，请拆分成多个文件。',
    en: 'The file holds several YAML documents (separated by ---). Put one plan in each file.',
  },
  aliasBomb: {
    'zh-CN': '文件中的 YAML 别名（* 引用）展开后过大，已拒绝处理。计划文件不需要别名，请直接写出内容。',
    en: 'The YAML aliases (* references) in this file expand to too much data, so it was refused. Plans need no aliases: write the values out.',
  },
  tooDeep: {
    'zh-CN': '文件嵌套层级过深，已拒绝处理。计划文件最多只有四五层缩进。',
    en: 'The file is nested too deeply and was refused. A plan has at most four or five levels of indentation.',
  },
  empty: {
    'zh-CN': '文件是空的。可以运行 salesplan new 生成一个计划，或复制 examples/ 中的示例。',
    en: 'The file is empty. Run salesplan new to write a plan, or copy one from examples/.',
  },
  notAMap: {
    'zh-CN': '这不是一个计划文件：顶层应是“键: 值”形式，例如 salesplan: 1、period: 2026-12。',
    en: 'This is not a plan file: its top level should be "key: value" lines such as salesplan: 1 and period: 2026-12.',
  },
} satisfies Messages;
