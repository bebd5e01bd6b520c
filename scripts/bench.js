// npm run bench: whole `salesplan` processes, timed as a user runs them (a benchmark, not a test).
// Plans of 1×, 10×, 100× a typical size and the largest the plan limits accept; --version;
// generate to Markdown and DOCX; validate (also of inputs at the size limit); 100 plans in one run;
// lint; pandoc converting the same Markdown to DOCX, and two floors (a script that only reads the
// plan and writes a ready file; the docx library alone writing 200 paragraphs), all in the same
// run, with peak memory and CPU time. Checks the aims (issue 19) and writes bench/results.md.
import { spawnSync } from 'node:child_process';
import { cpus, totalmem, tmpdir } from 'node:os';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

// Peak memory and CPU time of any process (pandoc too) through GNU time where there is one;
// otherwise salesplan reports its own peak (SALESPLAN_BENCH_RSS) and CPU time is unknown.
const gnuTime = existsSync('/usr/bin/time') && spawnSync('/usr/bin/time', ['-f', '%M', 'true'], { encoding: 'utf8' }).status === 0;

function run(cmd, args, env = {}) {
  const statsFile = join(work, `stats-${process.hrtime.bigint()}`);
  const [command, commandArgs] = gnuTime ? ['/usr/bin/time', ['-f', '%M %U %S', '-o', statsFile, cmd, ...args]] : [cmd, args];
  const start = process.hrtime.bigint();
  const r = spawnSync(command, commandArgs, {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...(gnuTime ? {} : { SALESPLAN_BENCH_RSS: statsFile }), ...env },
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  let rss;
  let cpu;
  if (existsSync(statsFile)) {
    // GNU time: "maxRSS(KiB) user(s) sys(s)" on its last line; the fallback writes maxRSS only.
    const [kib, user, sys] = readFileSync(statsFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
    if (Number.isFinite(kib)) rss = kib / 1024;
    if (Number.isFinite(user) && Number.isFinite(sys)) cpu = (user + sys) * 1000;
    rmSync(statsFile);
  }
  return { ms, rss, cpu, status: r.status, stderr: r.stderr };
}

const median = (xs) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)] : undefined;
};

/**
 * The machine's speed drifts during a run (a shared host): so `node -e 0`, the baseline every
 * ratio is taken against, is sampled throughout the run, once before each round of every group
 * below, and runs that are compared with each other are measured in turns, not one after another.
 */
const baseSamples = [];

function summary(label, samples, note) {
  const rss = samples.map((s) => s.rss).filter((x) => x !== undefined);
  const cpu = samples.map((s) => s.cpu).filter((x) => x !== undefined);
  return { label, note, median: median(samples.map((s) => s.ms)), min: Math.min(...samples.map((s) => s.ms)), cpu: median(cpu), rss: rss.length ? Math.max(...rss) : undefined };
}

/**
 * Runs the specs in turns, `times` rounds, each round after one `node -e 0`. A spec: label, cmd,
 * args, and optionally `expect` (the exit codes the run may end with: 0 by default, 1 when the
 * plan has warnings), `env`, `note`.
 */
function measureTogether(specs, times) {
  const samples = specs.map(() => []);
  const own = [];
  for (let i = 0; i < times; i++) {
    const b = run(process.execPath, ['-e', '0']);
    baseSamples.push(b);
    own.push(b);
    specs.forEach((spec, j) => {
      const s = run(spec.cmd, spec.args, spec.env);
      const expect = spec.expect ?? [0, 1];
      if (!expect.includes(s.status)) throw new Error(`${spec.label}: ${spec.cmd} ${spec.args.join(' ')} exited ${s.status}: ${s.stderr.slice(0, 2000)}`);
      samples[j].push(s);
    });
  }
  // Each row is compared with the baseline runs of its own rounds: the same minutes of the machine.
  const base = median(own.map((b) => b.ms));
  return specs.map((spec, j) => ({ ...summary(spec.label, samples[j], spec.note), base }));
}

const measure = (label, times, cmd, args, options = {}) => measureTogether([{ label, cmd, args, ...options }], times)[0];
/** A salesplan run as a spec for measureTogether. */
const sp = (label, args, options = {}) => ({ label, cmd: process.execPath, args: [bin, ...args], ...options });
const salesplan = (label, times, args, options) => measureTogether([sp(label, args, options)], times)[0];
const hasPandoc = spawnSync('pandoc', ['--version']).status === 0;
const hasLint = /^\s+lint\b/m.test(spawnSync(process.execPath, [bin, '--help'], { encoding: 'utf8' }).stdout);
/** The largest plan the limits accept (2 MB, 2000 entries in a list: 250 × 8 product lines). */
const LARGEST = 250;
const SIZES = [1, 10, 100, LARGEST];
const reps = (k) => (quick ? 3 : k === 1 ? 15 : k === 10 ? 7 : k === 100 ? 3 : 2);
const rows = [];

rows.push(salesplan('salesplan --version', quick ? 5 : 30, ['--version']));

for (const k of SIZES) {
  const file = join(work, `plan-${k}x.yaml`);
  writeFileSync(file, stringify(plan(k)));
  const md = join(work, `plan-${k}x.md`);
  const docx = join(work, `plan-${k}x.docx`);
  rows.push(salesplan(`validate (${k}×)`, reps(k), ['validate', file, '-q']));
  // Markdown first (pandoc converts it), then the runs compared with each other, in turns: the
  // two formats, the same runs without charts (what the charts cost), pandoc on the same Markdown.
  salesplan(`(the Markdown for pandoc, ${k}×)`, 1, ['generate', file, '-o', md, '--force', '-q']);
  rows.push(
    ...measureTogether(
      [
        sp(`generate -f md (${k}×)`, ['generate', file, '-o', md, '--force', '-q']),
        sp(`generate -f docx (${k}×)`, ['generate', file, '-f', 'docx', '-o', docx, '--force', '-q']),
        ...(k === 1
          ? [
              sp(`generate -f md --no-charts (${k}×)`, ['generate', file, '-o', join(work, 'plan-nc.md'), '--force', '-q', '--no-charts']),
              sp(`generate -f docx --no-charts (${k}×)`, ['generate', file, '-f', 'docx', '-o', docx, '--force', '-q', '--no-charts']),
            ]
          : []),
        ...(hasPandoc ? [{ label: `pandoc plan.md -o plan.docx (${k}×)`, cmd: 'pandoc', args: [md, '-o', join(work, `pandoc-${k}x.docx`)] }] : []),
      ],
      reps(k),
    ),
  );
  // The picture fallback (opt-in): each chart rasterised by resvg, so fewer runs.
  if (k === 1) rows.push(salesplan(`generate -f docx --charts image (${k}×)`, quick ? 2 : 5, ['generate', file, '-f', 'docx', '-o', docx, '--force', '-q', '--charts', 'image']));
}

// Floors, as reference rows: what no salesplan run can beat on this machine.
{
  const ready = join(work, 'ready.md');
  const floor = `const fs = require('node:fs'); fs.writeFileSync(${JSON.stringify(ready)}, fs.readFileSync(${JSON.stringify(join(work, 'plan-1x.md'))})); fs.readFileSync(${JSON.stringify(join(work, 'plan-1x.yaml'))}, 'utf8');`;
  rows.push(measure('floor: read the plan, write a ready file', quick ? 5 : 15, process.execPath, ['-e', floor], { note: 'reference' }));
  const docxLib = `const d = require(${JSON.stringify(join(root, 'dist', 'vendor', 'docx.cjs'))});
const doc = new d.Document({ sections: [{ children: Array.from({ length: 200 }, (_, i) => new d.Paragraph({ children: [new d.TextRun('段落 ' + i + '：本月完成销售目标，拓展新客户。')] })) }] });
d.Packer.toBuffer(doc).then((b) => require('node:fs').writeFileSync(${JSON.stringify(join(work, 'floor.docx'))}, b));`;
  rows.push(measure('floor: the docx library alone, 200 paragraphs', quick ? 5 : 15, process.execPath, ['-e', docxLib], { note: 'reference' }));
}

// Validation of inputs at the size limits: the largest accepted plan full of problems (every
// product's amount not a number: thousands of diagnostics), and a plan over the limit (refused).
{
  const bad = plan(LARGEST);
  for (const p of bad.products) p.amount = '五十';
  const badFile = join(work, 'bad-largest.yaml');
  writeFileSync(badFile, stringify(bad));
  rows.push(salesplan(`validate, ${bad.products.length} problems (${LARGEST}×)`, quick ? 2 : 3, ['validate', badFile, '-q'], { expect: [1] }));
  const over = join(work, 'plan-1000x.yaml');
  writeFileSync(over, stringify(plan(1000)));
  rows.push(salesplan('validate, over the size limit (1000×)', quick ? 2 : 3, ['validate', over, '-q'], { expect: [2] }));
}

// A branch network's month: 100 plans generated in one run, then linted as Markdown and as DOCX.
{
  const plans = join(work, 'plans');
  mkdirSync(plans);
  for (let i = 0; i < 100; i++) copyFileSync(join(work, 'plan-1x.yaml'), join(plans, `branch-${i}.yaml`));
  const md = join(work, 'md');
  const docx = join(work, 'docx');
  const batch = (label, args, env) => sp(label, ['generate', plans, ...args, '--force', '-q'], env ? { env } : {});
  // Worker threads (one per core) against the same batch in one thread (SALESPLAN_WORKERS=0), in turns.
  rows.push(
    ...measureTogether(
      [
        batch('generate 100 plans -f md (one run)', ['-o', `${md}/`]),
        batch('generate 100 plans -f md (one run, one thread)', ['-o', `${md}/`], { SALESPLAN_WORKERS: '0' }),
        batch('generate 100 plans -f docx (one run)', ['-f', 'docx', '-o', `${docx}/`]),
        batch('generate 100 plans -f docx (one run, one thread)', ['-f', 'docx', '-o', `${docx}/`], { SALESPLAN_WORKERS: '0' }),
      ],
      quick ? 2 : 3,
    ),
  );
  if (hasLint) {
    rows.push(salesplan('lint 100 plans, Markdown (one run)', quick ? 3 : 5, ['lint', md, '-q']));
    rows.push(salesplan('lint 100 plans, DOCX (one run)', quick ? 3 : 5, ['lint', docx, '-q']));
  }
}

rows.unshift(summary(`node -e 0 (baseline, ${baseSamples.length} runs through the whole run)`, baseSamples));
const byLabel = Object.fromEntries(rows.map((r) => [r.label, r]));
// Ratios compare medians of the same run (issue 19); the fastest run and the CPU time (user +
// system, which other load on a shared machine disturbs less than wall time) stand beside them.
const base = rows[0];
const pandocAt = (k) => byLabel[`pandoc plan.md -o plan.docx (${k}×)`];
const ratio = (a, b) => (a && b ? `${(a / b).toFixed(2)}×` : '');
const ms = (x) => (x === undefined ? '—' : `${x.toFixed(0)} ms`);
const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${(totalmem() / 1024 ** 3).toFixed(0)} GiB, Node ${process.version}, ${process.platform}`;
const lines = [
  `Machine: ${machine}. Whole processes, wall time with start-up, repeated: the median, the fastest run, the median CPU time (user + system). Ratios compare medians of runs made in turns: a row against the \`node -e 0\` runs of its own rounds (one before each round; the top row is all of them), a DOCX row against pandoc in the same rounds.`,
  '',
  '| run | median | min | CPU | peak memory | vs node -e 0 | vs pandoc |',
  '|---|---:|---:|---:|---:|---:|---:|',
  ...rows.map((r) => {
    const k = /\((\d+)×\)/.exec(r.label)?.[1];
    const pandoc = k && /docx/.test(r.label) && r.label.startsWith('generate') ? pandocAt(k) : r.label.includes('docx library') ? pandocAt(1) : undefined;
    return `| ${r.label} | ${ms(r.median)} | ${ms(r.min)} | ${ms(r.cpu)} | ${r.rss ? `${r.rss.toFixed(0)} MB` : '—'} | ${ratio(r.median, r.base ?? base.median)} | ${pandoc ? ratio(r.median, pandoc.median) : ''} |`;
  }),
];
// How cost grows with plan size: the extra time per 1× of size between the sizes measured, in
// CPU time where GNU time gives it (other load disturbs it less than wall time), else wall time.
const growthBy = rows.every((r) => r.cpu !== undefined) ? 'cpu' : 'median';
const perUnit = (label) => {
  const at = SIZES.map((k) => byLabel[`${label} (${k}×)`]?.[growthBy]);
  if (at.some((x) => x === undefined)) return { text: 'n/a', linear: false };
  const steps = SIZES.slice(1).map((k, i) => (at[i + 1] - at[i]) / (k - SIZES[i]));
  const text = steps.map((x, i) => `${x.toFixed(1)} ms per 1× from ${SIZES[i]}× to ${SIZES[i + 1]}×`).join(', ');
  // Linear (or better): no later step costs more per 1× than the first one, with 25% for noise.
  return { text, linear: steps.every((x) => x <= steps[0] * 1.25) };
};
const growth = ['generate -f md', 'generate -f docx', 'validate'].map((label) => [label, perUnit(label)]);
const m = (label) => byLabel[label]?.median;
const validateLimit = Math.max(m(`validate (${LARGEST}×)`), m(`validate, ${LARGEST * 8} problems (${LARGEST}×)`), m('validate, over the size limit (1000×)'));
const largestDocx = byLabel[`generate -f docx (${LARGEST}×)`];
const aims = [
  ['`--version` ≤ 1.1× `node -e 0`', m('salesplan --version') / byLabel['salesplan --version'].base, 1.1, '×'],
  ['a typical plan to Markdown ≤ 1.5× `node -e 0`', m('generate -f md (1×)') / byLabel['generate -f md (1×)'].base, 1.5, '×'],
  ...(hasPandoc
    ? [
        ['a typical plan to DOCX ≤ 1.5× pandoc on the same Markdown', m('generate -f docx (1×)') / pandocAt(1).median, 1.5, '×'],
        ['the 100× plan to DOCX ≤ 0.5× pandoc', m('generate -f docx (100×)') / pandocAt(100).median, 0.5, '×'],
        [`the largest plan (${LARGEST}×) to DOCX faster than pandoc`, largestDocx.median / pandocAt(LARGEST).median, 1, '×'],
      ]
    : []),
  ...(largestDocx.rss ? [[`the largest plan (${LARGEST}×) to DOCX ≤ 1 GB peak memory`, largestDocx.rss / 1024, 1, ' GB']] : []),
  ['100 typical plans to DOCX in one run ≤ 2.5 s', m('generate 100 plans -f docx (one run)') / 1000, 2.5, ' s'],
  ['`validate` of any input up to the size limit ≤ 3 s', validateLimit / 1000, 3, ' s'],
  ['a typical plan to DOCX with its charts ≤ 1.25× the same run without', m('generate -f docx (1×)') / m('generate -f docx --no-charts (1×)'), 1.25, '×'],
  ['the 100× plan to Markdown in under 2 s', m('generate -f md (100×)') / 1000, 2, ' s'],
];
lines.push(
  '',
  `Growth with plan size, in ${growthBy === 'cpu' ? 'CPU' : 'wall'} time (the largest plan the limits accept is ${LARGEST}×: 2 MB, 2000 entries in a list; the 1000× plan is refused, see the row above):`,
  '',
  ...growth.map(([label, g]) => `- ${label}: ${g.text}${g.linear ? ' — linear' : ' — **not linear**'}`),
  '',
  'Aims (issue 19), on the medians above:',
  '',
  ...aims.map(([what, value, limit, unit]) => `- ${value <= limit ? 'met' : '**not met**'}: ${what} — ${value.toFixed(2)}${unit}`),
  `- ${growth.every(([, g]) => g.linear) ? 'met' : '**not met**'}: cost linear in plan size from 1× to ${LARGEST}×`,
);
const text = lines.join('\n');
console.log(text);
mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(join(root, 'bench', 'results.md'), `# Benchmark results\n\nWritten by \`npm run bench\` (scripts/bench.js).\n\n${text}\n`);
rmSync(work, { recursive: true, force: true });
