import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { basePlan } from '../plan-fixture.js';
import { renderPlan } from '../render-fixture.js';
import { tempDir } from '../helpers.js';

function withTemplate(source: string, name = 'target/market', lang = 'zh-CN'): string {
  const dir = tempDir();
  mkdirSync(join(dir, lang, name.split('/')[0]!), { recursive: true });
  writeFileSync(join(dir, lang, `${name}.hbs`), source);
  return dir;
}

describe('user templates', () => {
  it('replace the built-in one and feed the same pipeline', async () => {
    const dir = withTemplate('### 我们的判断\n\n{{org.company}}认为{{period}}市场向好。\n');
    const md = (await renderPlan(basePlan(), { templatesDir: dir }));
    expect(md).toContain('### （一）我们的判断');
    expect(md).toContain('测试公司认为2026年12月市场向好。');
    // Other sections still come from the built-in templates.
    expect(md).toContain('## 三、销售策略与执行方案');
  });

  it('fall back to <dir>/<style>/<section>.hbs for every language', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'target'), { recursive: true });
    writeFileSync(join(dir, 'target', 'closing.hbs'), 'Signed: {{org.author}}.');
    expect((await renderPlan(basePlan(), { templatesDir: dir }))).toContain('Signed: 张三.');
  });

  it('place tables where they ask, and only tables of their section', async () => {
    const dir = withTemplate('Before.\n\n{{table "products"}}\n\nAfter.\n', 'target/market');
    const md = (await renderPlan(basePlan(), { templatesDir: dir }));
    const market = md.slice(md.indexOf('## 二、'), md.indexOf('## 三、'));
    expect(market).toContain('Before.');
    expect(market).not.toContain('| 产品线'); // products is not a table of the market section
    const dir2 = withTemplate('{{table "products"}}', 'target/targets');
    const md2 = (await renderPlan(basePlan(), { templatesDir: dir2 }));
    expect(md2.slice(md2.indexOf('## 一、'), md2.indexOf('## 二、'))).toContain('| 产品线');
  });

  it('cannot reach prototypes, constructors or the process: refused with the property named', async () => {
    const attempts: Array<[string, string]> = [
      ['{{constructor}}', 'constructor'],
      ['{{this.constructor.constructor}}', 'constructor'],
      ['{{#with this}}{{__proto__}}{{/with}}', '__proto__'],
      ['{{lookup this "constructor"}}', 'constructor'],
      ['{{#each products}}{{constructor.name}}{{/each}}', 'constructor'],
      ['{{org.company.prototype}}', 'prototype'],
    ];
    for (const [source, property] of attempts) {
      await expect(renderPlan(basePlan(), { templatesDir: withTemplate(`X${source}Y`) })).rejects.toThrow(new RegExp(`试图访问对象的内部属性 ${property}`));
    }
  });

  it('the runtime denies prototype access too, should a template slip past the check', async () => {
    // {{lookup}} with a computed name is not visible to the check: Handlebars' own guard stops it.
    const md = await renderPlan({ ...basePlan(), focus: ['constructor'] }, { templatesDir: withTemplate('X{{#each focus}}{{lookup @root this}}{{/each}}Y') });
    expect(md).toContain('XY');
    expect(md).not.toMatch(/function|\[native code\]/);
  });

  it('cannot call unknown helpers, logging or partials: a clear error instead', async () => {
    for (const source of ['{{exec "ls"}}', '{{log "hi"}}', '{{> secret}}', '{{#each}}']) {
      const dir = withTemplate(source);
      let error: unknown;
      try {
        (await renderPlan(basePlan(), { templatesDir: dir }));
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(UserError);
      expect((error as UserError).message).toContain(join(dir, 'zh-CN', 'target', 'market.hbs'));
    }
  });
});
