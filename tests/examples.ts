// The example plans, the languages each is rendered in for golden files, and the six parts
// every plan needs (STYLES.md, from 002) as heading keywords.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLES } from './helpers.js';

export const EXAMPLE_FILES = readdirSync(EXAMPLES).filter((f) => f.endsWith('.yaml')).sort();
export const examplePath = (name: string) => join(EXAMPLES, name);

/** Heading words that show each of the six parts; a document must have one heading per part. */
export const SIX_PARTS: Record<string, { 'zh-CN': RegExp; en: RegExp }> = {
  market: { 'zh-CN': /市场/, en: /market/i },
  selling: { 'zh-CN': /策略|渠道|流程|推广|获客|销售方式/, en: /strateg|channel|process|promotion|acquisition/i },
  customers: { 'zh-CN': /客户/, en: /customer/i },
  targets: { 'zh-CN': /目标|任务/, en: /target/i },
  timing: { 'zh-CN': /考核|评估|进度|时间安排/, en: /evaluat|schedule|review dates|measured/i },
  review: { 'zh-CN': /总结|回顾|复盘/, en: /review|lessons/i },
};

/** The director's pages (executive summary, action list, approval block): unnumbered, outside the style's sections. */
export const DIRECTOR_TITLES = /^(?:执行摘要|行动清单|审批|Executive summary|Action list|Approval)(?:\t\d+)?$/;
