// salesplan new through the built binary: in a real pseudo-terminal (node-pty), answered key by
// key; interrupted; and without a terminal, from flags.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawn, type IPty } from 'node-pty';
import { describe, expect, it } from 'vitest';
import { assertNoStackTrace, BIN, EXAMPLES, runCli, tempDir } from '../helpers.js';

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b[()][0-9A-Za-z]|\r/g;

class Terminal {
  private output = '';
  private exitCode: number | undefined;
  private readonly pty: IPty;

  constructor(args: string[], cwd: string, lang = 'zh_CN.UTF-8') {
    this.pty = spawn(process.execPath, [BIN, ...args], {
      cols: 120, rows: 40, cwd,
      env: { ...process.env, LANG: lang, NO_COLOR: '1', SALESPLAN_TODAY: '2026-11-23' } as Record<string, string>,
    });
    this.pty.onData((d) => (this.output += d));
    this.pty.onExit((e) => (this.exitCode = e.exitCode));
  }

  get text(): string {
    return this.output.replace(ANSI, '');
  }

  /** Waits until the screen shows `pattern` after what was already answered. */
  async waitFor(pattern: string | RegExp, timeout = 15000): Promise<void> {
    const start = Date.now();
    while (Date.now() - start < timeout) {
      if (typeof pattern === 'string' ? this.text.includes(pattern) : pattern.test(this.text)) return;
      await new Promise((r) => setTimeout(r, 40));
    }
    throw new Error(`timed out waiting for ${pattern}; screen:\n${this.text.slice(-1500)}`);
  }

  /** Answers the prompt that shows `prompt` by typing `keys` (several keys: one at a time). */
  async answer(prompt: string, keys: string | readonly string[]): Promise<void> {
    await this.waitFor(prompt);
    // Later prompts are looked for after this one only.
    this.output = this.text.slice(this.text.lastIndexOf(prompt) + prompt.length);
    for (const key of typeof keys === 'string' ? [keys] : keys) {
      await new Promise((r) => setTimeout(r, 60));
      this.pty.write(key);
    }
  }

  write(keys: string): void {
    this.pty.write(keys);
  }

  async exit(timeout = 20000): Promise<number> {
    const start = Date.now();
    while (this.exitCode === undefined && Date.now() - start < timeout) await new Promise((r) => setTimeout(r, 40));
    return this.exitCode ?? -1;
  }
}

const ENTER = '\r';
const DOWN = '\u001b[B';
/** "Keep all the rest" in the keep / edit / remove question of a rolled-forward list. */
const KEEP_REST = [DOWN, DOWN, DOWN, ENTER];

describe('salesplan new in a terminal', () => {
  it('walks through a whole plan; the file validates and generates', async () => {
    const dir = tempDir();
    const term = new Terminal(['new', 'plan.yaml'], dir);
    await term.answer('计划类型', ENTER); // monthly
    await term.answer('计划风格', DOWN + DOWN + DOWN + DOWN + ENTER); // service
    await term.answer('计划期间', ENTER);
    await term.answer('公司名称', `澄川净水${ENTER}`);
    await term.answer('部门', ENTER);
    await term.answer('编制人', `方志远${ENTER}`);
    await term.answer('金额单位', ENTER);
    await term.answer('本期销售总额目标', `180${ENTER}`);
    await term.answer('上期实际销售额', `196${ENTER}`);
    await term.waitFor('目标比上期 -8.2%');
    for (const [name, target] of [['净推荐值（NPS）', '45'], ['老客户续约率', '88'], ['增值服务收入', '22'], ['平均问题解决时长', '16'], ['客户投诉率', '2.5']] as const) {
      await term.answer(`${name}：本期目标`, `${target}${ENTER}`);
      await term.answer('上期或当前水平', ENTER);
    }
    await term.answer('是否设定毛利额', `n${ENTER}`);
    await term.answer('添加一条产品线', `n${ENTER}`);
    await term.answer('添加一个销售渠道', `n${ENTER}`);
    await term.answer('添加一名团队成员', `n${ENTER}`);
    await term.answer('添加一个客户层级', ENTER);
    await term.answer('层级名称', `A类 战略客户${ENTER}`);
    await term.answer('占客户数的比例', `20${ENTER}`);
    await term.answer('占销售额的比例', `60${ENTER}`);
    await term.answer('服务模式', `专属客户经理${ENTER}`);
    await term.answer('添加一个客户层级', `n${ENTER}`);
    await term.answer('添加一项风险', `y${ENTER}`);
    await term.answer('风险类别', ENTER);
    await term.answer('风险描述', `节后报修集中${ENTER}`);
    await term.answer('预警信号', `单日待处理工单超过15单${ENTER}`);
    await term.answer('应对措施', `启动节后排班${ENTER}`);
    await term.answer('责任人', ENTER);
    await term.answer('添加一项风险', `n${ENTER}`);
    await term.answer('添加一项费用预算', `n${ENTER}`);
    await term.answer('保存这份计划', ENTER);
    await term.answer('现在生成计划书', ENTER); // Markdown
    expect(await term.exit()).toBe(0);
    expect(term.text).toContain('已生成');
    expect(runCli(['validate', join(dir, 'plan.yaml')]).status).toBe(0);
    expect(readFileSync(join(dir, 'plan.md'), 'utf8')).toContain('## 二、客户分层管理与精准服务');
  });

  it('Ctrl-C mid-way exits 130 and writes nothing', async () => {
    const dir = tempDir();
    const term = new Terminal(['new', 'plan.yaml'], dir);
    await term.answer('计划类型', ENTER);
    await term.answer('计划风格', ENTER);
    await term.answer('计划期间', ENTER);
    await term.answer('公司名称', '\u0003');
    expect(await term.exit()).toBe(130);
    expect(term.text).toContain('已中断，未写入任何文件');
    assertNoStackTrace(term.text);
    expect(existsSync(join(dir, 'plan.yaml'))).toBe(false);
  });
});

describe('salesplan new --from in a terminal', () => {
  it('takes ９００, 500万元, １,２００,０００元 and 85%, keeps every list of last month’s plan, and Ctrl-C after saving says where it is', async () => {
    const dir = tempDir();
    const term = new Terminal(['new', 'next.yaml', '--from', join(EXAMPLES, 'target-zh.yaml')], dir);
    for (const prompt of ['计划类型', '计划风格', '计划期间', '公司名称', '部门', '编制人', '金额单位']) await term.answer(prompt, ENTER);
    await term.answer('本期销售总额目标', `９００${ENTER}`);
    await term.answer('上期实际销售额', `500万元${ENTER}`);
    await term.waitFor('目标比上期 +80%（400万元）');
    await term.answer('新增意向客户数', ENTER);
    await term.answer('其中转化为新客户的数量', ENTER);
    await term.answer('新客户合同金额', `１,２００,０００元${ENTER}`);
    await term.answer('老客户增购金额', `5,000,000元${ENTER}`);
    await term.answer('老客户续约率：本期目标', `85%${ENTER}`);
    await term.answer('老客户续约率：上期或当前水平', `８０％${ENTER}`);
    await term.answer('线索转化率：本期目标', ENTER);
    await term.answer('线索转化率：上期或当前水平', ENTER);
    // The finance targets of last month's plan, kept as they were (a new year: no year to date).
    await term.answer('是否设定毛利额', ENTER);
    await term.answer('毛利额目标', ENTER);
    await term.answer('回款目标', ENTER);
    await term.answer('全年销售额目标', ENTER);
    await term.waitFor('上期的产品线共 4 项');
    for (const [list, add] of [['产品线 1/4', '添加一条产品线'], ['销售渠道 1/4', '添加一个销售渠道'], ['团队 1/5', '添加一名团队成员或小组'], ['风险 1/4', '添加一项风险'], ['费用预算 1/5', '添加一项费用预算']] as const) {
      await term.answer(list, KEEP_REST);
      await term.answer(`${add}？（是/否） (否)`, ENTER);
    }
    await term.waitFor('预算：41.5万元（4.61%）');
    await term.answer('保存这份计划', ENTER);
    await term.answer('现在生成计划书', '\u0003');
    expect(await term.exit()).toBe(130);
    expect(term.text).toContain('已中断。计划已保存在 next.yaml，计划书没有生成');
    assertNoStackTrace(term.text);
    const yaml = readFileSync(join(dir, 'next.yaml'), 'utf8');
    expect(yaml).toMatch(/revenue: 900\n/);
    expect(yaml).toMatch(/last_revenue: 500\n/);
    expect(yaml).toMatch(/contract_value: 120\n/);
    expect(yaml).toMatch(/upsell: 500\n/);
    // The old baseline (November's) is not carried, so the answer is written after the target.
    expect(yaml).toMatch(/target: 85\n\s+baseline: 80\n/);
    const v = runCli(['validate', join(dir, 'next.yaml'), '--format', 'json']);
    expect(v.status, v.stderr).toBe(0);
    const previous = readFileSync(join(EXAMPLES, 'target-zh.yaml'), 'utf8');
    for (const line of ['S9 人脸识别智能锁', '电商旗舰店', '赵磊', '竞品在电商平台持续降价', '年末冲刺奖励']) {
      expect(previous).toContain(line);
      expect(yaml).toContain(line);
    }
    // December's schedule is about December's dates: left out, and the run says so.
    expect(previous).toContain('召开月度启动会');
    expect(yaml).not.toContain('召开月度启动会');
  });

  it('does not let a list the style needs stay empty, and reads counts typed with their unit', async () => {
    const dir = tempDir();
    const term = new Terminal(['new', 'p.yaml', '--style', 'target', '--period', '2027-02', '--unit', '万元', '--revenue', '500', '--last-revenue', '450'], dir);
    await term.answer('计划类型', ENTER);
    for (const prompt of ['公司名称', '部门', '编制人']) await term.answer(prompt, ENTER);
    await term.answer('新增意向客户数', `40家${ENTER}`);
    await term.answer('其中转化为新客户的数量', `12个${ENTER}`);
    await term.answer('新客户合同金额', `120${ENTER}`);
    await term.answer('老客户增购金额', `60${ENTER}`);
    await term.answer('老客户续约率：本期目标', `85%${ENTER}`);
    await term.answer('上期或当前水平', ENTER);
    await term.answer('是否设定毛利额', `否${ENTER}`);
    await term.answer('添加一条产品线？（是/否） (是)', `否${ENTER}`);
    await term.waitFor('这一风格的计划至少需要一项产品线。');
    await term.answer('添加一条产品线？（是/否） (是)', ENTER);
    await term.answer('产品线名称', `主推产品${ENTER}`);
    await term.answer('定位', ENTER);
    await term.answer('销售额目标', `500万元${ENTER}`);
    await term.waitFor('已分配 500万元，剩余 0万元');
    term.write('\u0003');
    expect(await term.exit()).toBe(130);
  });

  it('does not ask what a flag answered', async () => {
    const dir = tempDir();
    const term = new Terminal(['new', 'p.yaml', '--style', 'service', '--period', '2027-02', '--company', '澄川净水', '--unit', '万元', '--revenue', '180万元'], dir);
    await term.answer('计划类型', ENTER);
    await term.answer('部门', ENTER);
    await term.answer('编制人', ENTER);
    await term.waitFor('上期实际销售额');
    expect(term.text).not.toMatch(/计划风格|计划期间|公司名称|金额单位|本期销售总额目标/);
    term.write('\u0003');
    expect(await term.exit()).toBe(130);
  });

  it('speaks English, hints and answers included', async () => {
    const dir = tempDir();
    const term = new Terminal(['new', 'p.yaml'], dir, 'en_US.UTF-8');
    await term.answer('Kind of plan', ENTER);
    await term.waitFor('↑↓ move • ⏎ choose');
    await term.answer('Style', ENTER);
    for (const prompt of ['Period', 'Company', 'Department', 'Author', 'Money unit']) await term.answer(prompt, ENTER);
    await term.answer('Revenue target', `-5${ENTER}`);
    await term.waitFor('It cannot be negative.');
    term.write('\u0003');
    expect(await term.exit()).toBe(130);
    expect(term.text).toContain('Interrupted; nothing was written.');
    expect(term.text).not.toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('salesplan new without a terminal', () => {
  const flags = [
    '--style', 'target', '--period', '2027-01', '--company', '测试公司', '--revenue', '500', '--last-revenue', '450',
    '--prospects', '40', '--won', '10', '--contract-value', '100', '--upsell', '50', '--metric', 'renewal_rate=85:80',
    '--product', '主推产品:300:flagship', '--product', '新品:20%:new', '--member', '张三:200', '--member', '李四',
    '--risk', '竞品降价|报价低10%|加赠服务|张三', '--budget-item', '差旅:5',
  ];

  it('writes quarterly and annual plans that validate and generate', () => {
    const dir = tempDir();
    const quarterly = join(dir, 'q.yaml');
    const q = runCli(['new', quarterly, '--yes', '--kind', 'quarterly', '--period', '2027-Q1', '--revenue', '2415', '--last-revenue', '2100', '--last-target', '2300',
      '--base-rate', '2', '--member', '王建国:1200', '--member', '刘洋', '--risk', '核心客户流失|复购周期超过45天|48小时内回访', '--generate', 'md']);
    expect(q.status, q.stderr).toBe(0);
    const qYaml = readFileSync(quarterly, 'utf8');
    expect(qYaml).toContain('base_rate: 2');
    expect(qYaml).toMatch(/target: 2300\n\s+actual: 2100/);
    expect(readFileSync(join(dir, 'q.md'), 'utf8')).toContain('## 三、核心策略与实施路径');

    const annual = join(dir, 'a.yaml');
    const a = runCli(['new', annual, '--yes', '--kind', 'annual', '--period', '2027', '--revenue', '9600', '--product', 'S9:5000:flagship',
      '--history', '480, 410, 640, 670, 700, 730, 690, 700, 800, 830, 860, 860', '--risk', '地产下滑|楼盘延期|转长租', '--generate', 'md']);
    expect(a.status, a.stderr).toBe(0);
    expect(readFileSync(annual, 'utf8')).toContain('"2026": [ 480, 410, 640, 670, 700, 730, 690, 700, 800, 830, 860, 860 ]');
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toContain('按往年月销售比重分配');

    const bad = runCli(['new', join(dir, 'b.yaml'), '--yes', '--kind', 'annual', '--period', '2027', '--revenue', '100', '--product', 'A:100', '--risk', 'r|w|x', '--history', '1,2,3']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('12 个');
  });

  it('names the flags it needs, exits 2, and never waits for input', () => {
    const dir = tempDir();
    const r = runCli(['new', join(dir, 'plan.yaml'), '--style', 'target'], { input: '' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--revenue');
    expect(r.stderr).toContain('--product');
    expect(r.stderr).toContain('--metric renewal_rate');
    expect(existsSync(join(dir, 'plan.yaml'))).toBe(false);
  });

  it('writes a commented plan from flags that validates, and generates it', () => {
    const dir = tempDir();
    const file = join(dir, 'plan.yaml');
    const r = runCli(['new', file, ...flags, '--generate', 'docx']);
    expect(r.status).toBe(0);
    const yaml = readFileSync(file, 'utf8');
    expect(yaml.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=.*schema\/plan\.schema\.json$/);
    expect(yaml).toContain('# 产品线目标');
    expect(runCli(['validate', file]).status).toBe(0);
    expect(existsSync(join(dir, 'plan.docx'))).toBe(true);
  });

  it('refuses to overwrite an existing file without --force', () => {
    const dir = tempDir();
    const file = join(dir, 'plan.yaml');
    writeFileSync(file, 'keep');
    const r = runCli(['new', file, ...flags]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--force');
    expect(readFileSync(file, 'utf8')).toBe('keep');
    expect(runCli(['new', file, ...flags, '--force']).status).toBe(0);
  });

  it('--from last month’s plan, with --yes, writes next month’s', () => {
    const dir = tempDir();
    const file = join(dir, 'next.yaml');
    const r = runCli(['new', file, '--from', join(EXAMPLES, 'target-zh.yaml'), '--yes']);
    expect(r.status).toBe(0);
    const yaml = readFileSync(file, 'utf8');
    expect(yaml).toContain('period: 2027-01');
    expect(yaml).toContain('S9 人脸识别智能锁');
    expect(runCli(['validate', file]).status).toBe(0);
  });

  it('--from does not turn December\'s target into last_revenue: it asks for the actual and says what it left out', () => {
    const dir = tempDir();
    const file = join(dir, 'next.yaml');
    const r = runCli(['new', file, '--from', join(EXAMPLES, 'target-zh.yaml'), '--yes']);
    expect(r.status, r.stderr).toBe(0);
    const yaml = readFileSync(file, 'utf8');
    // December's target was 860 and its last_revenue 780: neither is January's last period actual.
    expect(yaml).not.toMatch(/^ {2}last_revenue:/m);
    expect(yaml).toContain('  # 上期（2026-12）实际销售额：请填写实际完成额后取消注释（上期目标 860 不是实际）\n  # last_revenue:');
    // The lines' last amounts were November's (322, 214 …): two months old, so none is kept.
    expect(yaml).not.toContain('last_amount');
    // Last period's actuals to fill in: revenue, the finance targets' last figures, the lines' amounts.
    expect(r.stderr).toContain('请填写上期（2026-12）的实际数据：targets.last_revenue, targets.last_gross_profit, targets.collections.last_amount, targets.collections.last_rate, targets.collections.last_receivables, targets.collections.last_dso, products[0].last_amount, products[1].last_amount, products[3].last_amount。');
    // What describes the business, not the period, is kept.
    expect(r.stderr).not.toContain('未沿用 business');
    expect(yaml).toMatch(/^business:/m);
    for (const key of ['targets.basis', 'targets.last_year_revenue', 'org.date', 'review', 'schedule']) expect(r.stderr).toContain(`未沿用 ${key}：`);
    expect(r.stderr).toContain('以下文字写有日期，可能属于上一期，请更新：');
    expect(r.stderr).toContain('market.opportunities[1]: 杭州家博会（12 月 19—21 日）');
    // The margin and market-share targets no question asks about are kept.
    expect(yaml).toMatch(/gross_margin: 34\n/);
    expect(runCli(['validate', file]).status).toBe(0);
    assertNoStackTrace(r.stderr);
  });

  it('--from with --actuals takes December\'s actuals: last_revenue 812.6 and each line\'s actual as its last amount', () => {
    const dir = tempDir();
    const file = join(dir, 'next.yaml');
    const r = runCli(['new', file, '--from', join(EXAMPLES, 'target-zh.yaml'), '--actuals', join(EXAMPLES, 'actuals-2026-12.csv'), '--yes']);
    expect(r.status, r.stderr).toBe(0);
    const yaml = readFileSync(file, 'utf8');
    expect(yaml).toMatch(/^ {2}last_revenue: 812.6$/m);
    // 402.3 + 168.5 + 71.2 + 170.6 = 812.6: the lines' actuals add up to the total actual.
    expect([...yaml.matchAll(/last_amount: ([\d.]+)/g)].map((m) => m[1])).toEqual(['402.3', '168.5', '71.2', '170.6']);
    expect(r.stderr).not.toContain('请填写上期');
    expect(runCli(['validate', file]).status).toBe(0);
  });

  it('rejects a flag its question would reject, with the reason', () => {
    const dir = tempDir();
    const r = runCli(['new', join(dir, 'p.yaml'), ...flags.map((f) => (f === '500' ? '-500' : f))]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--revenue');
    expect(r.stderr).toContain('不能为负数');
    assertNoStackTrace(r.stderr);
  });
});
