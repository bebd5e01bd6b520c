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

  constructor(args: string[], cwd: string) {
    this.pty = spawn(process.execPath, [BIN, ...args], {
      cols: 120, rows: 40, cwd,
      env: { ...process.env, LANG: 'zh_CN.UTF-8', NO_COLOR: '1', SALESPLAN_TODAY: '2026-11-23' } as Record<string, string>,
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

  /** Answers the prompt that shows `prompt` by typing `keys`. */
  async answer(prompt: string, keys: string): Promise<void> {
    await this.waitFor(prompt);
    // Later prompts are looked for after this one only.
    this.output = this.text.slice(this.text.lastIndexOf(prompt) + prompt.length);
    await new Promise((r) => setTimeout(r, 60));
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

  it('rejects a flag its question would reject, with the reason', () => {
    const dir = tempDir();
    const r = runCli(['new', join(dir, 'p.yaml'), ...flags.map((f) => (f === '500' ? '-500' : f))]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--revenue');
    expect(r.stderr).toContain('不能为负数');
    assertNoStackTrace(r.stderr);
  });
});
