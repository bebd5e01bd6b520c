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
