// `salesplan validate` warns when a monthly plan's weekly pace lies in a year whose holiday
// arrangement is not published (issue 11, deliverable 4); the document says so in its note. Other
// commands (generate, the wizard, review) do not repeat the warning.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateOnlyWarnings } from '../../src/plan/checks/index.js';
import { validateText } from '../../src/plan/validate.js';
import { examplePath } from '../examples.js';
import { runCli, tempDir } from '../helpers.js';

const target = readFileSync(examplePath('target-zh.yaml'), 'utf8');
const inPeriod = (period: string, text = target) => text.replace(/^period: .*$/m, `period: ${period}`);

describe('validate warns about an estimated calendar', () => {
  it('2027-02 in a target plan (weekly pace): a warning at the period, naming 2027 and the last published year 2026', async () => {
    const v = await validateText(inPeriod('2027-02'), 'plan.yaml', { lang: 'zh-CN' });
    expect(v.diagnostics.map((d) => d.code)).not.toContain('calendar-estimated'); // not a rule of every command
    const [warning] = validateOnlyWarnings(v);
    expect(warning).toMatchObject({ severity: 'warning', code: 'calendar-estimated', path: ['period'] });
    expect(warning!.message).toContain('2027 年的放假安排尚未公布（日历数据到 2026 年为止）');
  });

  it('says nothing for 2026 (published), for a style without the weekly pace, or for a plan on weekends only', async () => {
    expect(validateOnlyWarnings(await validateText(target, 'plan.yaml'))).toEqual([]);
    const service = readFileSync(examplePath('service-zh.yaml'), 'utf8'); // 2027-02, no weekly pace
    expect(validateOnlyWarnings(await validateText(service, examplePath('service-zh.yaml')))).toEqual([]);
    const weekends = `${inPeriod('2027-02')}\ncalendar:\n  country: none\n`;
    expect(validateOnlyWarnings(await validateText(weekends, 'plan.yaml'))).toEqual([]);
  });

  it('through the built binary: validate warns and exits 0; generate writes the note and stays quiet', () => {
    const dir = tempDir();
    const file = join(dir, 'plan-2027-02.yaml');
    writeFileSync(file, inPeriod('2027-02'));
    const v = runCli(['validate', file]);
    expect(v.status).toBe(0);
    expect(v.stderr).toContain('[calendar-estimated]');
    const g = runCli(['generate', file, '-o', join(dir, 'plan.md')]);
    expect(g.status).toBe(0);
    expect(g.stderr).not.toContain('calendar-estimated');
    expect(readFileSync(join(dir, 'plan.md'), 'utf8')).toContain('注：2027年的放假安排尚未公布，上表工作日按法定节假日估算，未计调休');
  });
});
