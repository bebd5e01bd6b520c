// npm run bench: whole `salesplan` processes, timed as a user runs them (a benchmark, not a test).
// Plans of 1×, 10× and 100× a typical size; --version; generate to Markdown and DOCX; validate;
// lint of 100 plans in one run; and pandoc converting the same Markdown to DOCX when installed,
// as a ratio measured in the same run. Prints a table and writes it to bench/results.md.
import { spawnSync } from 'node:child_process';
import { cpus, totalmem, tmpdir } from 'node:os';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin', 'salesplan.cjs');
const work = mkdtempSync(join(tmpdir(), 'salesplan-bench-'));
const quick = process.argv.includes('--quick');

/** A plan of `k` times the size of a typical one (8 product lines, 4 channels, 8 reps, 6 risks…). */
function plan(k) {
  const n = (base) => base * k;
  const products = Array.from({ length: n(8) }, (_, i) => ({ name: `产品线 ${i + 1}`, role: i === 0 ? 'flagship' : 'potential', amount: 50, last_amount: 45 }));
  const revenue = products.length * 50;
  return {
    salesplan: 1, kind: 'monthly', style: 'target', period: '2026-12', unit: '万元',
    org: { company: '基准测试有限公司', department: '销售部', author: '测试', date: '2026-11-20' },
    focus: ['完成月度目标', '拓展新客户'],
    targets: {
      revenue, last_revenue: Math.round(revenue * 0.9), basis: '按历史数据测算',
      new_customers: { prospects: n(40), won: n(12), contract_value: n(120) },
      existing_customers: { upsell: n(60) },
      metrics: [{ id: 'renewal_rate', baseline: 80, target: 85 }, { id: 'lead_conversion', baseline: 20, target: 24 }],
    },
    products,
    channels: Array.from({ length: n(4) }, (_, i) => ({ name: `渠道 ${i + 1}`, type: 'direct', target: revenue / n(4), actions: ['拜访重点客户', '召开渠道会议'] })),
    team: Array.from({ length: n(8) }, (_, i) => ({ name: `销售 ${i + 1}`, role: '销售代表', region: `区域 ${i % 5}` })),
    risks: Array.from({ length: n(6) }, (_, i) => ({ category: 'market', risk: `风险 ${i + 1}：竞品降价`, warning: '报价低于我方 10%', response: '加赠服务并申请特价', owner: `销售 ${i % 8 + 1}`, likelihood: 'medium', impact: 'high' })),
    budget: { cap: n(40), items: Array.from({ length: n(5) }, (_, i) => ({ name: `费用 ${i + 1}`, amount: 6 })) },
    schedule: Array.from({ length: n(5) }, (_, i) => ({ when: `第${(i % 5) + 1}周`, action: `工作事项 ${i + 1}`, owner: '销售经理' })),
    review: { items: [{ name: '销售额', target: revenue, actual: Math.round(revenue * 0.95) }] },
  };
}

// Peak memory of any process (pandoc too) through GNU time where there is one; otherwise
// salesplan reports its own (SALESPLAN_BENCH_RSS) and other programs' is unknown.
const gnuTime = existsSync('/usr/bin/time') && spawnSync('/usr/bin/time', ['-f', '%M', 'true'], { encoding: 'utf8' }).status === 0;

function run(cmd, args, env = {}) {
  const rssFile = join(work, `rss-${process.hrtime.bigint()}`);
  const [command, commandArgs] = gnuTime ? ['/usr/bin/time', ['-f', '%M', '-o', rssFile, cmd, ...args]] : [cmd, args];
  const start = process.hrtime.bigint();
  const r = spawnSync(command, commandArgs, {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...(gnuTime ? {} : { SALESPLAN_BENCH_RSS: rssFile }), ...env },
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  let rss;
  if (existsSync(rssFile)) {
    const kib = Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop()); // maxRSS in KiB
    if (Number.isFinite(kib)) rss = kib / 1024;
    rmSync(rssFile);
  }
  return { ms, rss };
}

function measure(label, times, cmd, args, before) {
  const samples = [];
  for (let i = 0; i < times; i++) {
    before?.();
    samples.push(run(cmd, args));
  }
  const ms = samples.map((s) => s.ms).sort((a, b) => a - b);
  const rss = samples.map((s) => s.rss).filter((x) => x !== undefined);
  return { label, median: ms[Math.floor(ms.length / 2)], min: ms[0], rss: rss.length ? Math.max(...rss) : undefined };
}

const hasPandoc = spawnSync('pandoc', ['--version']).status === 0;
const hasLint = /^\s+lint\b/m.test(spawnSync(process.execPath, [bin, '--help'], { encoding: 'utf8' }).stdout);
const reps = (k) => (quick ? 3 : k === 1 ? 15 : k === 10 ? 7 : 3);
const rows = [];

rows.push(measure('node -e 0 (baseline)', quick ? 5 : 20, process.execPath, ['-e', '0']));
rows.push(measure('salesplan --version', quick ? 5 : 20, process.execPath, [bin, '--version']));

for (const k of [1, 10, 100]) {
  const file = join(work, `plan-${k}x.yaml`);
  writeFileSync(file, stringify(plan(k)));
  const md = join(work, `plan-${k}x.md`);
  const docx = join(work, `plan-${k}x.docx`);
  rows.push(measure(`validate (${k}×)`, reps(k), process.execPath, [bin, 'validate', file, '-q']));
  rows.push(measure(`generate -f md (${k}×)`, reps(k), process.execPath, [bin, 'generate', file, '-o', md, '--force', '-q']));
  rows.push(measure(`generate -f docx (${k}×)`, reps(k), process.execPath, [bin, 'generate', file, '-f', 'docx', '-o', docx, '--force', '-q']));
  // What the charts cost: the same runs without them.
  if (k === 1) rows.push(measure(`generate -f md --no-charts (${k}×)`, reps(k), process.execPath, [bin, 'generate', file, '-o', md, '--force', '-q', '--no-charts']));
  if (k === 1) rows.push(measure(`generate -f docx --no-charts (${k}×)`, reps(k), process.execPath, [bin, 'generate', file, '-f', 'docx', '-o', docx, '--force', '-q', '--no-charts']));
  // The picture fallback (opt-in): each chart rasterised by resvg, so fewer runs.
  if (k === 1) rows.push(measure(`generate -f docx --charts image (${k}×)`, quick ? 2 : 5, process.execPath, [bin, 'generate', file, '-f', 'docx', '-o', docx, '--force', '-q', '--charts', 'image']));
  if (hasPandoc) {
    const out = join(work, `pandoc-${k}x.docx`);
    rows.push(measure(`pandoc plan.md -o plan.docx (${k}×)`, reps(k), 'pandoc', [md, '-o', out]));
  }
}

if (hasLint) {
  // A branch network's month: 100 plans generated in one run, then linted as Markdown and as DOCX.
  const plans = join(work, 'plans');
  mkdirSync(plans);
  const typical = stringify(plan(1));
  for (let i = 0; i < 100; i++) writeFileSync(join(plans, `branch-${i}.yaml`), typical);
  const md = join(work, 'md');
  const docx = join(work, 'docx');
  rows.push(measure('generate 100 plans -f md (one run)', quick ? 2 : 3, process.execPath, [bin, 'generate', plans, '-o', `${md}/`, '--force', '-q']));
  rows.push(measure('generate 100 plans -f docx (one run)', quick ? 2 : 3, process.execPath, [bin, 'generate', plans, '-f', 'docx', '-o', `${docx}/`, '--force', '-q']));
  rows.push(measure('lint 100 plans, Markdown (one run)', quick ? 3 : 5, process.execPath, [bin, 'lint', md, '-q']));
  rows.push(measure('lint 100 plans, DOCX (one run)', quick ? 3 : 5, process.execPath, [bin, 'lint', docx, '-q']));
}

const byLabel = Object.fromEntries(rows.map((r) => [r.label, r]));
// Ratios compare the fastest runs: on a shared machine they are the least disturbed by other load,
// where medians can swing by half from one minute to the next.
const base = byLabel['node -e 0 (baseline)'].min;
const ratio = (a, b) => (a && b ? `${(a / b).toFixed(2)}×` : '');
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 1024 ** 3).toFixed(0)} GiB, Node ${process.version}, ${process.platform}`;
const lines = [
  `Machine: ${machine}. Whole processes, wall time with start-up, repeated: the median and the fastest run; ratios compare fastest runs.`,
  '',
  '| run | median | min | peak memory | vs node -e 0 | vs pandoc |',
  '|---|---:|---:|---:|---:|---:|',
  ...rows.map((r) => {
    const k = /\((\d+)×\)/.exec(r.label)?.[1];
    const pandoc = k && /docx/.test(r.label) && !r.label.startsWith('pandoc') ? byLabel[`pandoc plan.md -o plan.docx (${k}×)`] : undefined;
    return `| ${r.label} | ${r.median.toFixed(0)} ms | ${r.min.toFixed(0)} ms | ${r.rss ? `${r.rss.toFixed(0)} MB` : '—'} | ${ratio(r.min, base)} | ${pandoc ? ratio(r.min, pandoc.min) : ''} |`;
  }),
];
// How cost grows with plan size: the extra time per 1× of size, from 1× to 10× and from 10× to 100×.
const perUnit = (label) => {
  const [a, b, c] = [1, 10, 100].map((k) => byLabel[`${label} (${k}×)`]?.min);
  return a && b && c ? `${((b - a) / 9).toFixed(1)} ms per 1× from 1× to 10×, ${((c - b) / 90).toFixed(1)} ms per 1× from 10× to 100×` : 'n/a';
};
const fastest = (label) => byLabel[label]?.min;
const pandoc1 = fastest('pandoc plan.md -o plan.docx (1×)');
const aims = [
  ['`--version` within 1.3× of `node -e 0`', fastest('salesplan --version') / base, 1.3],
  ['a typical plan to Markdown within 1.6× of `node -e 0`', fastest('generate -f md (1×)') / base, 1.6],
  ...(pandoc1 ? [['a typical plan to DOCX within 1.5× of pandoc on the same Markdown', fastest('generate -f docx (1×)') / pandoc1, 1.5]] : []),
  ['a typical plan to DOCX with its charts within 1.25× of the same run without', fastest('generate -f docx (1×)') / fastest('generate -f docx --no-charts (1×)'), 1.25],
  ['the 100× plan to Markdown in under 2 s (median)', byLabel['generate -f md (100×)'].median / 1000, 2],
];
lines.push(
  '',
  'Growth with plan size (linear when the two figures are alike or the second is smaller):',
  '',
  `- generate -f md: ${perUnit('generate -f md')}`,
  `- generate -f docx: ${perUnit('generate -f docx')}`,
  `- validate: ${perUnit('validate')}`,
  '',
  'Aims (SPEC §6, issue 7), on the fastest runs above:',
  '',
  ...aims.map(([what, value, limit]) => `- ${value <= limit ? 'met' : '**not met**'}: ${what} — ${limit === 2 ? `${value.toFixed(2)} s` : `${value.toFixed(2)}×`}`),
);
const text = lines.join('\n');
console.log(text);
mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(join(root, 'bench', 'results.md'), `# Benchmark results\n\nWritten by \`npm run bench\` (scripts/bench.js).\n\n${text}\n`);
rmSync(work, { recursive: true, force: true });
