var __defProp = Object.defineProperty;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};

// src/plan/metrics.ts
var METRICS, METRIC_IDS;
var init_metrics = __esm({
  "src/plan/metrics.ts"() {
    "use strict";
    METRICS = {
      lead_conversion: {
        zh: "\u7EBF\u7D22\u8F6C\u5316\u7387",
        en: "Lead-to-customer conversion",
        unit: "percent",
        better: "up",
        hint: { zh: "\u7EBF\u7D22\u8F6C\u4E3A\u6210\u4EA4\u5BA2\u6237\u7684\u6BD4\u4F8B", en: "share of leads that become paying customers" }
      },
      lead_to_opportunity: {
        zh: "\u7EBF\u7D22\u2192\u5546\u673A\u8F6C\u5316\u7387",
        en: "Lead-to-opportunity conversion",
        unit: "percent",
        better: "up",
        hint: { zh: "\u7EBF\u7D22\u8F6C\u4E3A\u6709\u6548\u5546\u673A\u7684\u6BD4\u4F8B", en: "share of leads that become qualified opportunities" }
      },
      opportunity_to_order: {
        zh: "\u5546\u673A\u2192\u8BA2\u5355\u8F6C\u5316\u7387",
        en: "Opportunity-to-order conversion",
        unit: "percent",
        better: "up",
        hint: { zh: "\u5546\u673A\u6700\u7EC8\u7B7E\u5355\u7684\u6BD4\u4F8B", en: "share of opportunities that close as orders" }
      },
      repurchase_rate: {
        zh: "\u5BA2\u6237\u590D\u8D2D\u7387",
        en: "Repurchase rate",
        unit: "percent",
        better: "up",
        hint: { zh: "\u672C\u671F\u518D\u6B21\u8D2D\u4E70\u7684\u8001\u5BA2\u6237\u6BD4\u4F8B", en: "share of existing customers who buy again" }
      },
      renewal_rate: {
        zh: "\u8001\u5BA2\u6237\u7EED\u7EA6\u7387",
        en: "Renewal rate",
        unit: "percent",
        better: "up",
        hint: { zh: "\u5230\u671F\u5BA2\u6237\u4E2D\u7EED\u7B7E\u5408\u540C\u7684\u6BD4\u4F8B", en: "share of expiring contracts that are renewed" }
      },
      aov: {
        zh: "\u5BA2\u5355\u4EF7",
        en: "Average order value",
        unit: "money",
        better: "up",
        hint: { zh: "\u5E73\u5747\u6BCF\u7B14\u8BA2\u5355\u91D1\u989D\uFF08\u8BA1\u5212\u91D1\u989D\u5355\u4F4D\uFF09", en: "average amount per order, in the plan unit" }
      },
      gross_margin: {
        zh: "\u6BDB\u5229\u7387",
        en: "Gross margin",
        unit: "percent",
        better: "up",
        hint: { zh: "\u9500\u552E\u6BDB\u5229\u5360\u9500\u552E\u989D\u7684\u6BD4\u4F8B", en: "gross profit as a share of revenue" }
      },
      nps: {
        zh: "\u51C0\u63A8\u8350\u503C\uFF08NPS\uFF09",
        en: "Net Promoter Score (NPS)",
        unit: "score",
        better: "up",
        hint: { zh: "\u63A8\u8350\u8005\u6BD4\u4F8B\u51CF\u8D2C\u635F\u8005\u6BD4\u4F8B\uFF0C-100 \u5230 100", en: "promoters minus detractors, -100 to 100" }
      },
      csat: {
        zh: "\u5BA2\u6237\u6EE1\u610F\u5EA6\uFF08CSAT\uFF09",
        en: "Customer satisfaction (CSAT)",
        unit: "score",
        better: "up",
        hint: { zh: "\u6EE1\u610F\u5EA6\u8C03\u67E5\u5F97\u5206", en: "satisfaction survey score" }
      },
      resolution_time: {
        zh: "\u5E73\u5747\u95EE\u9898\u89E3\u51B3\u65F6\u957F",
        en: "Average resolution time",
        unit: "hours",
        better: "down",
        hint: { zh: "\u4ECE\u53D7\u7406\u5230\u89E3\u51B3\u7684\u5E73\u5747\u5C0F\u65F6\u6570", en: "average hours from ticket to resolution" }
      },
      response_time: {
        zh: "\u5E73\u5747\u54CD\u5E94\u65F6\u957F",
        en: "Average response time",
        unit: "hours",
        better: "down",
        hint: { zh: "\u5BA2\u6237\u95EE\u9898\u9996\u6B21\u54CD\u5E94\u7684\u5E73\u5747\u5C0F\u65F6\u6570", en: "average hours to first response" }
      },
      first_contact_resolution: {
        zh: "\u9996\u6B21\u89E3\u51B3\u7387",
        en: "First-contact resolution",
        unit: "percent",
        better: "up",
        hint: { zh: "\u9996\u6B21\u63A5\u89E6\u5373\u89E3\u51B3\u7684\u95EE\u9898\u6BD4\u4F8B", en: "share of issues solved at first contact" }
      },
      complaint_rate: {
        zh: "\u5BA2\u6237\u6295\u8BC9\u7387",
        en: "Complaint rate",
        unit: "percent",
        better: "down",
        hint: { zh: "\u4EA7\u751F\u6295\u8BC9\u7684\u8BA2\u5355\u6216\u5BA2\u6237\u6BD4\u4F8B", en: "share of orders or customers that complain" }
      },
      value_added_revenue: {
        zh: "\u589E\u503C\u670D\u52A1\u6536\u5165",
        en: "Value-added service revenue",
        unit: "money",
        better: "up",
        hint: { zh: "\u57F9\u8BAD\u3001\u7EF4\u4FDD\u3001\u5347\u7EA7\u7B49\u589E\u503C\u670D\u52A1\u6536\u5165", en: "revenue from training, maintenance, upgrades" }
      },
      training_pass_rate: {
        zh: "\u57F9\u8BAD\u8003\u6838\u901A\u8FC7\u7387",
        en: "Training pass rate",
        unit: "percent",
        better: "up",
        hint: { zh: "\u53C2\u8BAD\u9500\u552E\u4EBA\u5458\u8003\u6838\u901A\u8FC7\u7684\u6BD4\u4F8B", en: "share of trained reps who pass the assessment" }
      },
      brand_awareness: {
        zh: "\u54C1\u724C\u77E5\u540D\u5EA6",
        en: "Brand awareness",
        unit: "percent",
        better: "up",
        hint: { zh: "\u76EE\u6807\u4EBA\u7FA4\u4E2D\u77E5\u9053\u54C1\u724C\u7684\u6BD4\u4F8B", en: "share of the target audience aware of the brand" }
      },
      social_reach: {
        zh: "\u793E\u4EA4\u5A92\u4F53\u89E6\u8FBE\u4EBA\u6570",
        en: "Social media reach",
        unit: "people",
        better: "up",
        hint: { zh: "\u793E\u4EA4\u5E73\u53F0\u6708\u89E6\u8FBE\u4EBA\u6570", en: "people reached per month on social platforms" }
      },
      strategic_partners: {
        zh: "\u65B0\u589E\u6218\u7565\u5408\u4F5C\u4F19\u4F34",
        en: "New strategic partners",
        unit: "count",
        better: "up",
        hint: { zh: "\u672C\u671F\u65B0\u7B7E\u6218\u7565\u5408\u4F5C\u4F19\u4F34\u6570\u91CF", en: "strategic partners signed this period" }
      },
      new_distributors: {
        zh: "\u65B0\u589E\u7ECF\u9500\u5546/\u4EE3\u7406\u5546",
        en: "New distributors and agents",
        unit: "count",
        better: "up",
        hint: { zh: "\u672C\u671F\u65B0\u7B7E\u7ECF\u9500\u5546\u3001\u4EE3\u7406\u5546\u6570\u91CF", en: "distributors and agents signed this period" }
      },
      churn_rate: {
        zh: "\u6838\u5FC3\u5BA2\u6237\u6D41\u5931\u7387",
        en: "Core-customer churn",
        unit: "percent",
        better: "down",
        hint: { zh: "\u6838\u5FC3\u5BA2\u6237\u4E2D\u6D41\u5931\u7684\u6BD4\u4F8B", en: "share of core customers lost" }
      },
      invalid_lead_rate: {
        zh: "\u65E0\u6548\u7EBF\u7D22\u5360\u6BD4",
        en: "Invalid-lead share",
        unit: "percent",
        better: "down",
        hint: { zh: "\u65E0\u6548\u7EBF\u7D22\u5360\u5168\u90E8\u7EBF\u7D22\u7684\u6BD4\u4F8B", en: "share of leads that are invalid" }
      },
      quota_attainment: {
        zh: "\u9500\u552E\u4EBA\u5458\u76EE\u6807\u8FBE\u6210\u7387",
        en: "Rep quota attainment",
        unit: "percent",
        better: "up",
        hint: { zh: "\u8FBE\u6210\u4E2A\u4EBA\u76EE\u6807\u7684\u9500\u552E\u4EBA\u5458\u6BD4\u4F8B\u6216\u5E73\u5747\u8FBE\u6210\u7387", en: "share of reps at quota, or average attainment" }
      },
      visits: {
        zh: "\u5BA2\u6237\u62DC\u8BBF\u91CF",
        en: "Customer visits",
        unit: "times",
        better: "up",
        hint: { zh: "\u672C\u671F\u5BA2\u6237\u62DC\u8BBF\u6B21\u6570", en: "customer visits this period" }
      },
      core_revenue_share: {
        zh: "\u6838\u5FC3\u5BA2\u6237\u9500\u552E\u989D\u5360\u6BD4",
        en: "Core customers\u2019 share of revenue",
        unit: "percent",
        better: "up",
        hint: { zh: "\u6838\u5FC3\u5BA2\u6237\u8D21\u732E\u7684\u9500\u552E\u989D\u5360\u603B\u9500\u552E\u989D\u7684\u6BD4\u4F8B", en: "share of revenue that comes from core customers" }
      },
      new_customer_share: {
        zh: "\u65B0\u5BA2\u6237\u9500\u552E\u989D\u5360\u6BD4",
        en: "New customers\u2019 share of revenue",
        unit: "percent",
        better: "up",
        hint: { zh: "\u65B0\u5BA2\u6237\u8D21\u732E\u7684\u9500\u552E\u989D\u5360\u603B\u9500\u552E\u989D\u7684\u6BD4\u4F8B", en: "share of revenue that comes from new customers" }
      },
      training_coverage: {
        zh: "\u57F9\u8BAD\u8986\u76D6\u7387",
        en: "Training coverage",
        unit: "percent",
        better: "up",
        hint: { zh: "\u5E94\u53C2\u8BAD\u4EBA\u5458\u4E2D\u5B8C\u6210\u57F9\u8BAD\u7684\u6BD4\u4F8B", en: "share of the people due for training who completed it" }
      },
      sales_cycle: {
        zh: "\u5E73\u5747\u9500\u552E\u5468\u671F",
        en: "Average sales cycle",
        unit: "days",
        better: "down",
        hint: { zh: "\u4ECE\u9996\u6B21\u63A5\u89E6\u5230\u7B7E\u7EA6\u7684\u5E73\u5747\u5929\u6570", en: "average days from first contact to contract" }
      }
    };
    METRIC_IDS = Object.keys(METRICS);
  }
});

// src/charts/ids.ts
var CHART_IDS;
var init_ids = __esm({
  "src/charts/ids.ts"() {
    "use strict";
    CHART_IDS = [
      "products",
      "channels",
      "team",
      "weekly",
      "months",
      "quarters",
      "productQuarters",
      "tiers",
      "commission",
      "attainmentProducts",
      "attainmentChannels",
      "attainmentTeam"
    ];
  }
});

// src/report/diagnostic.ts
function formatPath(path) {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else out += out ? `.${segment}` : segment;
  }
  return out;
}
function countOf(reports) {
  let errors = 0;
  let warnings = 0;
  for (const r of reports) for (const d2 of r.diagnostics) d2.severity === "error" ? errors++ : warnings++;
  return { errors, warnings };
}
var init_diagnostic = __esm({
  "src/report/diagnostic.ts"() {
    "use strict";
  }
});

// src/i18n/localized.ts
function say(lang, text3, params = {}) {
  return text3[lang].replace(/\{(\w+)\}/g, (whole, name) => {
    const value = params[name];
    return value === void 0 ? whole : String(value);
  });
}
function pick(lang, value) {
  return value[lang];
}
var init_localized = __esm({
  "src/i18n/localized.ts"() {
    "use strict";
  }
});

// src/i18n/lang.ts
function normaliseLang(value) {
  if (!value) return void 0;
  const v = value.trim().toLowerCase().replace("_", "-");
  if (v.startsWith("zh") || v === "cn" || v === "chinese") return "zh-CN";
  if (v.startsWith("en") || v === "english") return "en";
  return void 0;
}
function envLang(env = process.env) {
  for (const key of ["LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"]) {
    const raw = env[key];
    if (!raw || raw === "C" || raw.startsWith("C.") || raw === "POSIX") continue;
    const found = normaliseLang(raw.split(":")[0]);
    if (found) return found;
  }
  return void 0;
}
function resolveLang(flag, planLang, env = process.env) {
  return normaliseLang(flag) ?? normaliseLang(planLang) ?? envLang(env) ?? "zh-CN";
}
var init_lang = __esm({
  "src/i18n/lang.ts"() {
    "use strict";
  }
});

// src/io/terminal-safe.ts
function escapeChar(ch) {
  return `\\u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
}
function escapeControls(text3, keepColour) {
  if (!CONTROL.test(text3)) return text3;
  let out = "";
  for (let i = 0; i < text3.length; i++) {
    const ch = text3[i];
    if (keepColour && ch === "\x1B") {
      SGR.lastIndex = i;
      const m = SGR.exec(text3);
      if (m) {
        out += m[0];
        i += m[0].length - 1;
        continue;
      }
    }
    if (ch === "\r" && text3[i + 1] === "\n") {
      out += ch;
      continue;
    }
    out += CONTROL.test(ch) ? escapeChar(ch) : ch;
  }
  return out;
}
function shortenLines(text3, max) {
  if (text3.length <= max) return text3;
  const lines2 = text3.split("\n");
  let changed = false;
  for (let i = 0; i < lines2.length; i++) {
    const line = lines2[i];
    if (line.length <= max) continue;
    const keep = Math.floor(max / 2);
    lines2[i] = `${line.slice(0, keep)}${say(resolveLang(), cutText, { count: line.length - 2 * keep })}${line.slice(-keep)}`;
    changed = true;
  }
  return changed ? lines2.join("\n") : text3;
}
function terminalSafe(text3, options = {}) {
  const escaped = escapeControls(text3, options.keepColour ?? false);
  return options.maxLine ? shortenLines(escaped, options.maxLine) : escaped;
}
function excerpt(text3, max = 40) {
  const flat = terminalSafe(text3.replace(/[\r\n\t]+/g, " "));
  const chars = [...flat];
  return chars.length <= max ? flat : `${chars.slice(0, max - 1).join("")}\u2026`;
}
var SGR, CONTROL, cutText;
var init_terminal_safe = __esm({
  "src/io/terminal-safe.ts"() {
    "use strict";
    init_lang();
    init_localized();
    SGR = /\x1b\[[0-9;]*m/y;
    CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;
    cutText = {
      "zh-CN": "\u2026\u2026\uFF08\u6B64\u5904\u7701\u7565 {count} \u4E2A\u5B57\u7B26\uFF09\u2026\u2026",
      en: "\u2026 ({count} characters left out) \u2026"
    };
  }
});

// src/errors.ts
var ExitCode, UserError;
var init_errors = __esm({
  "src/errors.ts"() {
    "use strict";
    ExitCode = {
      ok: 0,
      /** The input has problems: validation or lint errors. */
      problems: 1,
      /** Usage error or unreadable input: missing file, not YAML, not a DOCX. */
      usage: 2,
      interrupted: 130
    };
    UserError = class extends Error {
      exitCode;
      /** Already-formatted extra text (a code frame, a list of choices). */
      detail;
      constructor(message, exitCode = ExitCode.usage, detail) {
        super(message);
        this.name = "UserError";
        this.exitCode = exitCode;
        this.detail = detail;
      }
    };
  }
});

// src/core/decimal.ts
import { Decimal as DecimalBase } from "decimal.js";
var Decimal, ZERO, HUNDRED;
var init_decimal = __esm({
  "src/core/decimal.ts"() {
    "use strict";
    Decimal = DecimalBase.clone({ precision: 40, rounding: DecimalBase.ROUND_HALF_UP });
    ZERO = new Decimal(0);
    HUNDRED = new Decimal(100);
  }
});

// src/i18n/format.ts
function decimalsNeeded(values, max) {
  let needed = 0;
  for (const v of values) {
    if (!v) continue;
    needed = Math.max(needed, Math.min(max, v.toDecimalPlaces(max).decimalPlaces()));
  }
  return needed;
}
var init_format = __esm({
  "src/i18n/format.ts"() {
    "use strict";
    init_decimal();
    init_localized();
  }
});

// src/i18n/labels.ts
function monthLabel(lang, month) {
  return lang === "zh-CN" ? `${month}\u6708` : EN_MONTHS_SHORT[month - 1];
}
function quarterLabel(lang, quarter) {
  return lang === "zh-CN" ? `\u7B2C${CN_QUARTERS[quarter - 1]}\u5B63\u5EA6` : `Q${quarter}`;
}
function label(table2, key, lang) {
  return table2[key]?.[lang] ?? key;
}
var ROLE_LABELS, CHANNEL_LABELS, RISK_LABELS, LEVEL_LABELS, BUDGET_LABELS, TIER_LABELS, EN_MONTHS_SHORT, CN_QUARTERS;
var init_labels = __esm({
  "src/i18n/labels.ts"() {
    "use strict";
    ROLE_LABELS = {
      flagship: { "zh-CN": "\u4E3B\u63A8\u4EA7\u54C1", en: "Flagship" },
      potential: { "zh-CN": "\u6F5C\u529B\u4EA7\u54C1", en: "Growth potential" },
      new: { "zh-CN": "\u65B0\u4E0A\u5E02\u4EA7\u54C1", en: "New launch" },
      high_margin: { "zh-CN": "\u9AD8\u6BDB\u5229\u4EA7\u54C1", en: "High margin" },
      share: { "zh-CN": "\u4EFD\u989D\u578B\u4EA7\u54C1", en: "Share builder" },
      service: { "zh-CN": "\u670D\u52A1\u4EA7\u54C1", en: "Service" },
      other: { "zh-CN": "\u5176\u4ED6\u4EA7\u54C1", en: "Other" }
    };
    CHANNEL_LABELS = {
      direct: { "zh-CN": "\u76F4\u9500", en: "Direct" },
      distributor: { "zh-CN": "\u7ECF\u9500/\u4EE3\u7406", en: "Distributors and agents" },
      online: { "zh-CN": "\u7EBF\u4E0A", en: "Online" },
      new: { "zh-CN": "\u65B0\u6E20\u9053", en: "New channel" },
      partner: { "zh-CN": "\u5408\u4F5C\u4F19\u4F34", en: "Partners" },
      other: { "zh-CN": "\u5176\u4ED6", en: "Other" }
    };
    RISK_LABELS = {
      market: { "zh-CN": "\u5E02\u573A", en: "Market" },
      competition: { "zh-CN": "\u7ADE\u4E89", en: "Competition" },
      customer: { "zh-CN": "\u5BA2\u6237", en: "Customer" },
      collection: { "zh-CN": "\u56DE\u6B3E", en: "Collections" },
      channel: { "zh-CN": "\u6E20\u9053", en: "Channel" },
      team: { "zh-CN": "\u4EBA\u5458", en: "People" },
      security: { "zh-CN": "\u4FE1\u606F\u5B89\u5168", en: "Information security" },
      cash: { "zh-CN": "\u8D44\u91D1", en: "Cash flow" },
      supply: { "zh-CN": "\u4F9B\u5E94", en: "Supply" },
      policy: { "zh-CN": "\u653F\u7B56", en: "Policy" },
      other: { "zh-CN": "\u5176\u4ED6", en: "Other" }
    };
    LEVEL_LABELS = {
      high: { "zh-CN": "\u9AD8", en: "High" },
      medium: { "zh-CN": "\u4E2D", en: "Medium" },
      low: { "zh-CN": "\u4F4E", en: "Low" }
    };
    BUDGET_LABELS = {
      travel: { "zh-CN": "\u5DEE\u65C5", en: "Travel" },
      promotion: { "zh-CN": "\u63A8\u5E7F", en: "Promotion" },
      training: { "zh-CN": "\u57F9\u8BAD", en: "Training" },
      samples: { "zh-CN": "\u6837\u54C1", en: "Samples" },
      incentive: { "zh-CN": "\u6FC0\u52B1", en: "Incentives" },
      events: { "zh-CN": "\u6D3B\u52A8", en: "Events" },
      tools: { "zh-CN": "\u5DE5\u5177\u7CFB\u7EDF", en: "Tools" },
      other: { "zh-CN": "\u5176\u4ED6", en: "Other" }
    };
    TIER_LABELS = {
      core: { "zh-CN": "\u6838\u5FC3\u5BA2\u6237", en: "Core" },
      potential: { "zh-CN": "\u6F5C\u529B\u5BA2\u6237", en: "Potential" },
      regular: { "zh-CN": "\u4E00\u822C\u5BA2\u6237", en: "Regular" },
      lapsed: { "zh-CN": "\u6D41\u5931\u5BA2\u6237", en: "Lapsed" }
    };
    EN_MONTHS_SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    CN_QUARTERS = ["\u4E00", "\u4E8C", "\u4E09", "\u56DB"];
  }
});

// src/data/rfm-text.ts
function ruleText(lang, rule) {
  if (!rule) return pick(lang, EVERYONE_ELSE);
  return pick(lang, RULE_TEXT)(rule);
}
function tierName(lang, id) {
  return label(TIER_LABELS, id, lang);
}
var EVERYONE_ELSE, RULE_TEXT;
var init_rfm_text = __esm({
  "src/data/rfm-text.ts"() {
    "use strict";
    init_labels();
    init_localized();
    EVERYONE_ELSE = { "zh-CN": "\u5176\u4F59\u5BA2\u6237\uFF08R \u6216 F \u4E0D\u8FBE\u4E00\u822C\u5BA2\u6237\u6807\u51C6\uFF09", en: "everyone else (R or F below the regular tier)" };
    RULE_TEXT = {
      "zh-CN": (rule) => [`R\u2264${rule.recency}\u5929`, `F\u2265${rule.frequency}\u6B21`, ...rule.monetary !== void 0 ? [`M\u2265${rule.monetary}\u500D`] : []].join("\uFF0C"),
      en: (rule) => [`R \u2264 ${rule.recency} days`, `F \u2265 ${rule.frequency}`, ...rule.monetary !== void 0 ? [`M \u2265 ${rule.monetary}\xD7`] : []].join(", ")
    };
  }
});

// src/charts/messages.ts
var chartText;
var init_messages = __esm({
  "src/charts/messages.ts"() {
    "use strict";
    chartText = {
      caption: { "zh-CN": "\u56FE {number} {title}", en: "Figure {number} {title}" },
      withUnit: { "zh-CN": "{header}\uFF08{unit}\uFF09", en: "{header} ({unit})" },
      valueWithShare: { "zh-CN": "{value}\uFF08{share}\uFF09", en: "{value} ({share})" },
      threshold: { "zh-CN": "\u6539\u8FDB\u7EBF {value}", en: "Improvement threshold {value}" },
      weekWithDays: { "zh-CN": "\u7B2C{week}\u5468\uFF08{days}\u4E2A\u5DE5\u4F5C\u65E5\uFF09", en: "Week {week} ({days} workdays)" },
      yearTarget: { "zh-CN": "{year}\u5E74\u76EE\u6807", en: "{year} target" },
      yearActual: { "zh-CN": "{year}\u5E74\u5B9E\u9645", en: "{year} actual" },
      atScenario: { "zh-CN": "\u8FBE\u6210{scenario}", en: "At {scenario}" },
      products: { "zh-CN": "\u5404\u4EA7\u54C1\u7EBF\u76EE\u6807", en: "Target by product line" },
      channels: { "zh-CN": "\u5404\u6E20\u9053\u76EE\u6807", en: "Target by channel" },
      team: { "zh-CN": "\u5404\u6210\u5458\u76EE\u6807", en: "Target by rep" },
      weekly: { "zh-CN": "\u672C\u6708\u9010\u5468\u7D2F\u8BA1\u76EE\u6807", en: "Cumulative target by week" },
      months: { "zh-CN": "\u5404\u6708\u76EE\u6807", en: "Target by month" },
      monthsVsHistory: { "zh-CN": "\u5404\u6708\u76EE\u6807\u4E0E\u5F80\u5E74\u5B9E\u9645", en: "Target by month against past years' actuals" },
      quarters: { "zh-CN": "\u5404\u5B63\u5EA6\u76EE\u6807", en: "Target by quarter" },
      productQuarters: { "zh-CN": "\u5404\u5B63\u5EA6\u76EE\u6807\uFF08\u6309\u4EA7\u54C1\u7EBF\uFF09", en: "Target by quarter and product line" },
      tiers: { "zh-CN": "\u5BA2\u6237\u5C42\u7EA7\uFF1A\u5BA2\u6237\u5360\u6BD4\u4E0E\u9500\u552E\u989D\u5360\u6BD4", en: "Customer tiers: share of customers and of revenue" },
      commission: { "zh-CN": "\u5404\u6210\u5458\u5728\u4E0D\u540C\u8FBE\u6210\u60C5\u666F\u4E0B\u7684\u63D0\u6210", en: "Commission by rep at each scenario" },
      attainmentProducts: { "zh-CN": "\u5404\u4EA7\u54C1\u7EBF\u76EE\u6807\u8FBE\u6210\u7387", en: "Attainment by product line" },
      attainmentChannels: { "zh-CN": "\u5404\u6E20\u9053\u76EE\u6807\u8FBE\u6210\u7387", en: "Attainment by channel" },
      attainmentTeam: { "zh-CN": "\u5404\u6210\u5458\u76EE\u6807\u8FBE\u6210\u7387", en: "Attainment by rep" },
      stdoutNoCharts: {
        "zh-CN": "\u63D0\u793A\uFF1A\u8F93\u51FA\u5230\u6807\u51C6\u8F93\u51FA\uFF08-o -\uFF09\u65F6\u6CA1\u6709\u5B58\u653E\u56FE\u8868 SVG \u6587\u4EF6\u7684\u76EE\u5F55\uFF0C\u5DF2\u7701\u7565 {count} \u5F20\u56FE\u8868\uFF1B\u5982\u9700\u56FE\u8868\uFF0C\u8BF7\u7528 -o \u6307\u5B9A\u6587\u4EF6\uFF0C\u6216\u7528 --charts mermaid\u3002",
        en: "Note: writing to standard output (-o -) leaves no folder for the chart SVG files, so {count} chart(s) were left out; give a file with -o, or use --charts mermaid."
      },
      imageUnavailable: {
        "zh-CN": "--charts image \u4E0D\u53EF\u7528\uFF1A\u751F\u6210\u56FE\u7247\u9700\u8981 SVG \u8F6C PNG \u7684\u6805\u683C\u5316\u5E93\uFF0C\u672C\u5DE5\u5177\u672A\u5305\u542B\u3002DOCX \u8BF7\u7528\u9ED8\u8BA4\u7684\u539F\u751F\u56FE\u8868\uFF08--charts native\uFF09\uFF0CMarkdown \u8BF7\u7528 svg \u6216 mermaid\u3002",
        en: "--charts image is not available: a picture needs an SVG-to-PNG rasteriser, which salesplan does not ship. Use native Word charts for DOCX (--charts native, the default) and svg or mermaid for Markdown."
      },
      unknownMode: {
        "zh-CN": "\u672A\u77E5\u7684 --charts \u53D6\u503C {mode}\uFF1B\u53EF\u9009\uFF1A{choices}\u3002",
        en: "Unknown --charts value {mode}; choices: {choices}."
      }
    };
  }
});

// src/charts/build.ts
function chartsOf(tree) {
  return tree.children.filter((n) => n.type === "chart").map((n) => n.chart);
}
var init_build = __esm({
  "src/charts/build.ts"() {
    "use strict";
    init_format();
    init_labels();
    init_localized();
    init_rfm_text();
    init_decimal();
    init_messages();
  }
});

// src/charts/model.ts
var CHART_MODES;
var init_model = __esm({
  "src/charts/model.ts"() {
    "use strict";
    init_ids();
    CHART_MODES = ["svg", "mermaid", "native", "image"];
  }
});

// src/i18n/width.ts
import { eastAsianWidth } from "get-east-asian-width";
function displayWidth(text3) {
  let width = 0;
  for (const ch of text3) {
    const code = ch.codePointAt(0);
    if (code < 32 || code >= 127 && code < 160 || code >= 768 && code <= 879 || code === 8203) continue;
    width += eastAsianWidth(code);
  }
  return width;
}
var init_width = __esm({
  "src/i18n/width.ts"() {
    "use strict";
  }
});

// src/charts/mermaid.ts
function chartMermaid(chart) {
  const sep2 = pick(chart.lang, { "zh-CN": "\u3001", en: ", " });
  const legend = chart.series.length > 1 ? pick(chart.lang, { "zh-CN": `\uFF08${chart.series.map((s) => s.name).join(sep2)}\uFF09`, en: ` (${chart.series.map((s) => s.name).join(sep2)})` }) : "";
  const lines2 = [
    "xychart-beta",
    `  title ${quote(chart.caption + legend)}`,
    `  x-axis [${chart.categories.map(quote).join(", ")}]`,
    `  y-axis ${quote(chart.axis)}`
  ];
  if (chart.kind === "stacked-bar") {
    const running = chart.categories.map(() => 0);
    const totals = chart.series.map((s) => s.values.map((v, i) => running[i] += v ?? 0));
    for (const values of totals.reverse()) lines2.push(`  bar ${numbers(values)}`);
  } else {
    const draw = chart.kind === "line" ? "line" : "bar";
    for (const s of chart.series) lines2.push(`  ${draw} ${numbers(s.values)}`);
  }
  if (chart.reference) lines2.push(`  line ${numbers(chart.categories.map(() => chart.reference.value))}`);
  return lines2.join("\n");
}
var quote, numbers;
var init_mermaid = __esm({
  "src/charts/mermaid.ts"() {
    "use strict";
    init_localized();
    quote = (text3) => `"${text3.replace(/"/g, "'")}"`;
    numbers = (values) => `[${values.map((v) => v === null ? 0 : Number(v.toFixed(4))).join(", ")}]`;
  }
});

// src/charts/markdown.ts
var markdown_exports = {};
__export(markdown_exports, {
  chartFolderName: () => chartFolderName,
  chartHandler: () => chartHandler,
  withMarkdownCharts: () => withMarkdownCharts
});
function withMarkdownCharts(tree, options = {}) {
  if (options.mode === "mermaid" || options.folder) return tree;
  return { ...tree, children: tree.children.filter((n) => n.type !== "chart") };
}
function chartHandler(options = {}) {
  return (node, parent, state, info) => {
    const chart = node.chart;
    if (options.mode === "mermaid") return state.handle({ type: "code", lang: "mermaid", value: chartMermaid(chart) }, parent, state, info);
    const url = `${encodeURI(options.folder ?? "")}/${chart.file}.svg`;
    return state.handle({ type: "paragraph", children: [{ type: "image", url, alt: chart.caption }] }, parent, state, info);
  };
}
var chartFolderName;
var init_markdown = __esm({
  "src/charts/markdown.ts"() {
    "use strict";
    init_mermaid();
    chartFolderName = (markdownFile) => `${markdownFile.replace(/^.*[\\/]/, "").replace(/\.(md|markdown)$/i, "")}.charts`;
  }
});

// src/render/markdown.ts
var markdown_exports2 = {};
__export(markdown_exports2, {
  renderMarkdown: () => renderMarkdown,
  treeToMarkdown: () => treeToMarkdown
});
import { gfmTableToMarkdown } from "mdast-util-gfm-table";
import { toMarkdown } from "mdast-util-to-markdown";
function treeToMarkdown(tree, charts) {
  return toMarkdown(withMarkdownCharts(tree, charts), {
    // Pipes line up by display width, so tables stay readable in an editor with Chinese text.
    extensions: [gfmTableToMarkdown({ stringLength: displayWidth })],
    bullet: "-",
    emphasis: "*",
    strong: "*",
    rule: "-",
    listItemIndent: "one",
    fences: true,
    resourceLink: true,
    handlers: { chart: chartHandler(charts) }
  });
}
function renderMarkdown(doc, charts) {
  return treeToMarkdown(doc.tree, charts);
}
var init_markdown2 = __esm({
  "src/render/markdown.ts"() {
    "use strict";
    init_width();
    init_markdown();
  }
});

// src/io/messages.ts
var ioText;
var init_messages2 = __esm({
  "src/io/messages.ts"() {
    "use strict";
    ioText = {
      notFound: {
        "zh-CN": "\u627E\u4E0D\u5230\u6587\u4EF6 {file}\u3002\u8BF7\u68C0\u67E5\u8DEF\u5F84\u548C\u6587\u4EF6\u540D\u662F\u5426\u6B63\u786E\u3002",
        en: "File not found: {file}. Check the path and the file name."
      },
      isDirectory: {
        "zh-CN": "{file} \u662F\u4E00\u4E2A\u6587\u4EF6\u5939\uFF0C\u4E0D\u662F\u6587\u4EF6\u3002\u8BF7\u7ED9\u51FA\u6587\u4EF6\u8DEF\u5F84\uFF0C\u4F8B\u5982 {file}/plan.yaml\u3002",
        en: "{file} is a folder, not a file. Give the path of a file, e.g. {file}/plan.yaml."
      },
      tooLarge: {
        "zh-CN": "{file} \u592A\u5927\uFF08{size}\uFF09\uFF0C\u8D85\u8FC7\u4E0A\u9650 {max}\u3002\u9500\u552E\u8BA1\u5212\u6587\u4EF6\u901A\u5E38\u53EA\u6709\u51E0\u5341 KB\uFF0C\u8BF7\u786E\u8BA4\u9009\u5BF9\u4E86\u6587\u4EF6\u3002",
        en: "{file} is too large ({size}; the limit is {max}). Plan files are usually a few kilobytes: check it is the right file."
      },
      binary: {
        "zh-CN": "{file} \u4E0D\u662F\u6587\u672C\u6587\u4EF6\uFF08\u542B\u6709\u4E8C\u8FDB\u5236\u5185\u5BB9\uFF09\uFF0C\u53EF\u80FD\u9009\u9519\u4E86\u6587\u4EF6\uFF1A\u8BA1\u5212\u6587\u4EF6\u662F\u7528\u6587\u672C\u7F16\u8F91\u5668\u4FDD\u5B58\u7684 YAML\uFF0C\u5F85\u68C0\u67E5\u7684\u8BA1\u5212\u662F Markdown\u3001DOCX \u6216\u7EAF\u6587\u672C\u3002",
        en: "{file} is not a text file (it holds binary data); it may be the wrong file: a plan file is YAML saved from a text editor, and plans to check are Markdown, DOCX or plain text."
      },
      notUtf8: {
        "zh-CN": "{file} \u4E0D\u662F UTF-8 \u7F16\u7801\uFF08\u53EF\u80FD\u662F GBK\uFF09\u3002\u8BF7\u5728\u7F16\u8F91\u5668\u4E2D\u4EE5 UTF-8 \u7F16\u7801\u53E6\u5B58\u540E\u91CD\u8BD5\u3002",
        en: "{file} is not UTF-8 (it may be GBK). Save it as UTF-8 in your editor and try again."
      },
      noPermission: {
        "zh-CN": "\u6CA1\u6709\u6743\u9650\u8BBF\u95EE {file}\u3002\u8BF7\u68C0\u67E5\u6587\u4EF6\u6743\u9650\u3002",
        en: "No permission to access {file}. Check its permissions."
      },
      noSpace: {
        "zh-CN": "\u78C1\u76D8\u7A7A\u95F4\u4E0D\u8DB3\uFF0C\u65E0\u6CD5\u5199\u5165 {file}\u3002",
        en: "No space left on the disk to write {file}."
      },
      cannotRead: {
        "zh-CN": "\u65E0\u6CD5\u8BFB\u53D6 {file}\uFF1A{reason}",
        en: "Cannot read {file}: {reason}"
      },
      outputIsInput: {
        "zh-CN": "\u8F93\u51FA\u6587\u4EF6 {file} \u5C31\u662F\u8F93\u5165\u6587\u4EF6\uFF0C\u4E0D\u80FD\u8986\u76D6\u3002\u8BF7\u7528 -o \u6307\u5B9A\u53E6\u4E00\u4E2A\u6587\u4EF6\u540D\u3002",
        en: "The output {file} is the input file and will not be overwritten. Choose another name with -o."
      },
      noOutputDir: {
        "zh-CN": "\u8F93\u51FA\u6587\u4EF6\u5939 {dir} \u4E0D\u5B58\u5728\u3002\u8BF7\u5148\u521B\u5EFA\u5B83\uFF0C\u6216\u7528 -o \u6307\u5B9A\u5DF2\u6709\u7684\u6587\u4EF6\u5939\u3002",
        en: "The output folder {dir} does not exist. Create it first, or point -o at an existing folder."
      },
      outputIsDirectory: {
        "zh-CN": "\u8F93\u51FA\u8DEF\u5F84 {file} \u662F\u4E00\u4E2A\u6587\u4EF6\u5939\u3002\u8BF7\u7ED9\u51FA\u6587\u4EF6\u540D\uFF0C\u4F8B\u5982 {file}/plan.md\u3002",
        en: "The output path {file} is a folder. Give a file name, e.g. {file}/plan.md."
      },
      exists: {
        "zh-CN": "{file} \u5DF2\u5B58\u5728\uFF0C\u672A\u8986\u76D6\u3002\u5982\u9700\u8986\u76D6\u8BF7\u52A0 --force\uFF0C\u6216\u7528 -o \u6307\u5B9A\u65B0\u6587\u4EF6\u540D\u3002",
        en: "{file} already exists and was not overwritten. Add --force to overwrite it, or choose another name with -o."
      },
      cannotWrite: {
        "zh-CN": "\u65E0\u6CD5\u5199\u5165 {file}\uFF1A\u6CA1\u6709\u5199\u6743\u9650\u3002\u8BF7\u6362\u4E00\u4E2A\u6587\u4EF6\u5939\uFF0C\u6216\u68C0\u67E5\u6743\u9650\u3002",
        en: "Cannot write {file}: permission denied. Choose another folder or check its permissions."
      },
      cannotWriteReason: {
        "zh-CN": "\u65E0\u6CD5\u5199\u5165 {file}\uFF1A{reason}",
        en: "Cannot write {file}: {reason}"
      },
      notRegular: {
        "zh-CN": "{file} \u662F{kind}\uFF0C\u4E0D\u662F\u666E\u901A\u6587\u4EF6\uFF0C\u4E0D\u4F1A\u8BFB\u53D6\u3002\u8BF7\u7ED9\u51FA\u4FDD\u5B58\u5728\u78C1\u76D8\u4E0A\u7684\u6587\u4EF6\u3002",
        en: "{file} is {kind}, not a regular file, and is not read. Give a file saved on disk."
      },
      kindFifo: { "zh-CN": "\u547D\u540D\u7BA1\u9053\uFF08FIFO\uFF09", en: "a named pipe (FIFO)" },
      kindCharDevice: { "zh-CN": "\u5B57\u7B26\u8BBE\u5907", en: "a character device" },
      kindBlockDevice: { "zh-CN": "\u5757\u8BBE\u5907", en: "a block device" },
      kindSocket: { "zh-CN": "\u5957\u63A5\u5B57", en: "a socket" },
      kindOther: { "zh-CN": "\u7279\u6B8A\u6587\u4EF6", en: "a special file" },
      tooLargeRead: {
        "zh-CN": "{file} \u592A\u5927\uFF0C\u8D85\u8FC7\u4E0A\u9650 {max}\uFF08\u8BFB\u5230 {max} \u65F6\u4ECD\u672A\u7ED3\u675F\uFF09\u3002\u9500\u552E\u8BA1\u5212\u6587\u4EF6\u901A\u5E38\u53EA\u6709\u51E0\u5341 KB\uFF0C\u8BF7\u786E\u8BA4\u9009\u5BF9\u4E86\u6587\u4EF6\u3002",
        en: "{file} is too large: it goes on past the limit of {max}. Plan files are usually a few kilobytes: check it is the right file."
      },
      utf16NoBom: {
        "zh-CN": "{file} \u770B\u8D77\u6765\u662F\u6CA1\u6709\u5B57\u8282\u987A\u5E8F\u6807\u8BB0\uFF08BOM\uFF09\u7684 UTF-16 \u6587\u672C\uFF0C\u65E0\u6CD5\u53EF\u9760\u8BFB\u53D6\u3002\u8BF7\u5728\u7F16\u8F91\u5668\u4E2D\u4EE5 UTF-8 \u7F16\u7801\u53E6\u5B58\u540E\u91CD\u8BD5\u3002",
        en: "{file} looks like UTF-16 text without a byte-order mark, which cannot be read reliably. Save it as UTF-8 in your editor and try again."
      },
      utf32: {
        "zh-CN": "{file} \u662F UTF-32 \u7F16\u7801\u7684\u6587\u672C\uFF0C\u4E0D\u652F\u6301\u3002\u8BF7\u5728\u7F16\u8F91\u5668\u4E2D\u4EE5 UTF-8 \u7F16\u7801\u53E6\u5B58\u540E\u91CD\u8BD5\u3002",
        en: "{file} is UTF-32 text, which is not supported. Save it as UTF-8 in your editor and try again."
      },
      outputNotRegular: {
        "zh-CN": "\u8F93\u51FA\u8DEF\u5F84 {file} \u662F{kind}\uFF0C\u4E0D\u662F\u666E\u901A\u6587\u4EF6\uFF0C\u5373\u4F7F\u52A0\u4E86 --force \u4E5F\u4E0D\u4F1A\u66FF\u6362\u5B83\u3002\u8981\u628A\u7ED3\u679C\u5199\u5230\u6807\u51C6\u8F93\u51FA\uFF0C\u8BF7\u7528 -o -\uFF08\u4F8B\u5982 -o - > /dev/null\uFF09\u3002",
        en: "The output path {file} is {kind}, not a regular file, and is not replaced even with --force. To write to standard output use -o - (e.g. -o - > /dev/null)."
      },
      writtenTwice: {
        "zh-CN": "{file} \u5DF2\u7531\u672C\u6B21\u8FD0\u884C\u7684\u53E6\u4E00\u4E2A\u8F93\u5165\u5199\u5165\uFF0C\u4E0D\u4F1A\u88AB\u8986\u76D6\uFF1A\u4E24\u4E2A\u8F93\u5165\u5F97\u5230\u4E86\u540C\u4E00\u4E2A\u8F93\u51FA\u6587\u4EF6\u540D\uFF08\u5982 a.yaml \u4E0E a.yml\uFF09\u3002\u8BF7\u91CD\u547D\u540D\u5176\u4E2D\u4E00\u4E2A\uFF0C\u6216\u5206\u522B\u8FD0\u884C\u3002",
        en: "{file} was already written by another input of this run and is not overwritten: two inputs map to the same output name (such as a.yaml and a.yml). Rename one, or run them separately."
      },
      binaryToTerminal: {
        "zh-CN": "{format} \u662F\u4E8C\u8FDB\u5236\u6587\u4EF6\uFF0C\u4E0D\u80FD\u663E\u793A\u5728\u7EC8\u7AEF\u4E0A\u3002\u8BF7\u7528 -o \u6307\u5B9A\u6587\u4EF6\u540D\uFF08\u5982 -o plan.{ext}\uFF09\uFF0C\u6216\u628A\u6807\u51C6\u8F93\u51FA\u91CD\u5B9A\u5411\u5230\u6587\u4EF6\uFF08-o - > plan.{ext}\uFF09\u3002",
        en: "{format} files are binary and cannot be shown on a terminal. Name a file with -o (e.g. -o plan.{ext}), or redirect standard output to a file (-o - > plan.{ext})."
      }
    };
  }
});

// src/io/files.ts
import { chmodSync, closeSync, constants, existsSync as existsSync2, fstatSync, fsyncSync, linkSync, lstatSync, mkdirSync, openSync, readdirSync, readSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from "node:fs";
import { basename, dirname as dirname2, join as join3, resolve } from "node:path";
import { randomBytes } from "node:crypto";
function rememberInput(path) {
  inputsRead.add(realPath(path));
}
function kindOf(stat, lang) {
  const kind = stat.isFIFO() ? ioText.kindFifo : stat.isCharacterDevice() ? ioText.kindCharDevice : stat.isBlockDevice() ? ioText.kindBlockDevice : stat.isSocket() ? ioText.kindSocket : ioText.kindOther;
  return say(lang, kind);
}
function checkRegular(stat, path, lang) {
  if (stat.isDirectory()) throw new UserError(say(lang, ioText.isDirectory, { file: path }), ExitCode.usage);
  if (!stat.isFile()) throw new UserError(say(lang, ioText.notRegular, { file: path, kind: kindOf(stat, lang) }), ExitCode.usage);
}
function readInputBytes(path, lang, options = {}) {
  const maxBytes = options.maxBytes ?? MAX_INPUT_BYTES;
  let fd;
  try {
    const stat = statSync(path);
    checkRegular(stat, path, lang);
    if (stat.size > maxBytes) {
      throw new UserError(say(lang, ioText.tooLarge, { file: path, size: formatBytes(stat.size), max: formatBytes(maxBytes) }), ExitCode.usage);
    }
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    checkRegular(fstatSync(fd), path, lang);
    const chunks = [];
    let total2 = 0;
    for (; ; ) {
      const chunk = Buffer.allocUnsafe(Math.min(READ_CHUNK, maxBytes + 1 - total2));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
      total2 += n;
      if (total2 > maxBytes) throw new UserError(say(lang, ioText.tooLargeRead, { file: path, max: formatBytes(maxBytes) }), ExitCode.usage);
    }
    rememberInput(path);
    return Buffer.concat(chunks, total2);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(describeFsError(error, path, lang), ExitCode.usage);
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}
function describeFsError(error, path, lang) {
  const code = error?.code;
  if (code === "ENOENT") return say(lang, ioText.notFound, { file: path });
  if (code === "EACCES" || code === "EPERM") return say(lang, ioText.noPermission, { file: path });
  if (code === "EISDIR") return say(lang, ioText.isDirectory, { file: path });
  if (code === "ENOTDIR") return say(lang, ioText.notFound, { file: path });
  if (code === "ENOSPC") return say(lang, ioText.noSpace, { file: path });
  if (code === "EROFS") return say(lang, ioText.noPermission, { file: path });
  return say(lang, ioText.cannotRead, { file: path, reason: error?.message ?? String(error) });
}
function formatBytes(n) {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} B`;
}
function realPath(p) {
  try {
    return realpathSync(p);
  } catch {
    try {
      return join3(realpathSync(dirname2(resolve(p))), basename(p));
    } catch {
      return resolve(p);
    }
  }
}
function samePath(a, b) {
  return realPath(a) === realPath(b);
}
function removePendingTemps() {
  for (const temp of pendingTemps) {
    try {
      unlinkSync(temp);
    } catch {
    }
  }
  pendingTemps.clear();
}
function installCleanup() {
  if (cleanupInstalled) return;
  cleanupInstalled = true;
  process.on("exit", removePendingTemps);
  if (process.listenerCount("SIGHUP") === 0) {
    process.on("SIGHUP", () => {
      removePendingTemps();
      process.exit(129);
    });
  }
}
function checkOutputPath(path, lang, options = {}) {
  for (const input of [...options.inputs ?? [], ...inputsRead]) {
    if (samePath(path, input)) throw new UserError(say(lang, ioText.outputIsInput, { file: path }), ExitCode.usage);
  }
  if (written.has(realPath(path))) throw new UserError(say(lang, ioText.writtenTwice, { file: path }), ExitCode.usage);
  const dir = dirname2(resolve(path));
  if (options.makeDirs && !existsSync2(dir)) {
    try {
      mkdirSync(dir, { recursive: true });
    } catch (error) {
      throw new UserError(describeFsError(error, dir, lang), ExitCode.usage);
    }
  }
  let dirStat;
  try {
    dirStat = statSync(dir);
  } catch {
    throw new UserError(say(lang, ioText.noOutputDir, { dir }), ExitCode.usage);
  }
  if (!dirStat.isDirectory()) throw new UserError(say(lang, ioText.noOutputDir, { dir }), ExitCode.usage);
  const existing = statIfAny(path);
  if (existing) {
    if (existing.isDirectory()) throw new UserError(say(lang, ioText.outputIsDirectory, { file: path }), ExitCode.usage);
    if (!existing.isFile()) throw new UserError(say(lang, ioText.outputNotRegular, { file: path, kind: kindOf(existing, lang) }), ExitCode.usage);
    if (!options.force) throw new UserError(say(lang, ioText.exists, { file: path }), ExitCode.usage);
  }
}
function statIfAny(path) {
  try {
    return statSync(path);
  } catch {
    try {
      return lstatSync(path);
    } catch {
      return void 0;
    }
  }
}
function removeStaleTemps(dir, name) {
  let entries;
  try {
    entries = readdirSync(dir);
  } catch {
    return;
  }
  const prefix = `.${name}.`;
  for (const entry of entries) {
    if (!entry.startsWith(prefix) || !entry.endsWith(".tmp")) continue;
    const pid = Number(entry.slice(prefix.length).split(".")[0]);
    if (!Number.isInteger(pid) || pid === process.pid || isAlive(pid)) continue;
    try {
      unlinkSync(join3(dir, entry));
    } catch {
    }
  }
}
function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}
function publish(temp, target, replace, lang) {
  if (replace) {
    renameSync(temp, target);
    return;
  }
  try {
    linkSync(temp, target);
    unlinkSync(temp);
    return;
  } catch (error) {
    const code = error.code;
    if (code === "EEXIST") throw new UserError(say(lang, ioText.exists, { file: target }), ExitCode.usage);
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EOPNOTSUPP" && code !== "EXDEV" && code !== "EMLINK") throw error;
  }
  try {
    closeSync(openSync(target, "wx"));
  } catch (error) {
    if (error.code === "EEXIST") throw new UserError(say(lang, ioText.exists, { file: target }), ExitCode.usage);
    throw error;
  }
  renameSync(temp, target);
}
function writeFileAtomic(path, data2, lang, options = {}) {
  const target = options.replaceInput ? realPath(path) : path;
  if (!options.replaceInput) checkOutputPath(path, lang, options);
  const previous = statIfAny(target);
  installCleanup();
  const dir = dirname2(resolve(target));
  removeStaleTemps(dir, basename(target));
  const temp = join3(dir, `.${basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  pendingTemps.add(temp);
  try {
    const fd = openSync(temp, "wx", 420);
    try {
      const bytes = typeof data2 === "string" ? Buffer.from(data2, "utf8") : data2;
      let offset = 0;
      while (offset < bytes.length) {
        offset += writeSync(fd, bytes, offset, Math.min(CHUNK, bytes.length - offset));
        if (WRITE_DELAY_MS > 0) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, WRITE_DELAY_MS);
      }
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (previous?.isFile()) chmodSync(temp, previous.mode & 4095);
    publish(temp, target, !!options.force || !!options.replaceInput, lang);
    pendingTemps.delete(temp);
    written.add(realPath(target));
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
    }
    pendingTemps.delete(temp);
    if (error instanceof UserError) throw error;
    const code = error.code;
    if (code === "EACCES" || code === "EPERM" || code === "EROFS") {
      throw new UserError(say(lang, ioText.cannotWrite, { file: path }), ExitCode.usage);
    }
    if (code === "ENOSPC") throw new UserError(say(lang, ioText.noSpace, { file: path }), ExitCode.usage);
    throw new UserError(say(lang, ioText.cannotWriteReason, { file: path, reason: error.message }), ExitCode.usage);
  }
}
var MAX_INPUT_BYTES, inputsRead, READ_CHUNK, pendingTemps, written, cleanupInstalled, WRITE_DELAY_MS, CHUNK;
var init_files = __esm({
  "src/io/files.ts"() {
    "use strict";
    init_errors();
    init_localized();
    init_messages2();
    MAX_INPUT_BYTES = 10 * 1024 * 1024;
    inputsRead = /* @__PURE__ */ new Set();
    READ_CHUNK = 1024 * 1024;
    pendingTemps = /* @__PURE__ */ new Set();
    written = /* @__PURE__ */ new Set();
    cleanupInstalled = false;
    WRITE_DELAY_MS = Number(process.env.SALESPLAN_TEST_WRITE_DELAY_MS ?? 0);
    CHUNK = 64 * 1024;
  }
});

// src/io/timing.ts
import { writeFileSync } from "node:fs";
function mark(phase) {
  if (!enabled) return;
  const now = performance.now();
  marks.push([phase, now - last]);
  last = now;
}
var enabled, start, last, marks, rssFile;
var init_timing = __esm({
  "src/io/timing.ts"() {
    "use strict";
    enabled = process.env.SALESPLAN_TIMING === "1";
    start = performance.now();
    last = start;
    marks = [];
    rssFile = process.env.SALESPLAN_BENCH_RSS;
    if (rssFile) {
      process.on("exit", () => {
        try {
          writeFileSync(rssFile, String(process.resourceUsage().maxRSS));
        } catch {
        }
      });
    }
    if (enabled) {
      process.on("exit", () => {
        const total2 = performance.now() - start;
        process.stderr.write(`${marks.map(([p, ms]) => `${ms.toFixed(1).padStart(7)} ms  ${p}`).join("\n")}
${total2.toFixed(1).padStart(7)} ms  total since cli.js loaded
`);
      });
    }
  }
});

// src/charts/svg.ts
var svg_exports = {};
__export(svg_exports, {
  chartSvg: () => chartSvg
});
async function echarts() {
  loaded ??= await import("echarts");
  return loaded;
}
function nameWidth(names) {
  const width = names.reduce((most, n) => Math.max(most, [...n].reduce((w, ch) => w + (ch.charCodeAt(0) > 11904 ? 13 : 7), 0)), 0);
  return Math.min(260, Math.max(60, width + 12));
}
function chartHeight(chart) {
  if (chart.horizontal) return Math.max(220, 90 + chart.categories.length * chart.series.length * 34);
  return 380;
}
function echartsOption(chart) {
  const horizontal = !!chart.horizontal;
  const many = chart.series.length > 1 || !!chart.reference;
  const categoryAxis = {
    type: "category",
    data: chart.categories,
    inverse: horizontal,
    axisLabel: { interval: 0, ...horizontal ? {} : { rotate: chart.categories.length > 6 && chart.kind !== "line" ? 30 : 0 }, hideOverlap: false },
    axisTick: { alignWithLabel: true }
  };
  const valueAxis = { type: "value", name: chart.axis, nameLocation: "middle", nameGap: horizontal ? 28 : 56, splitLine: { lineStyle: { color: "#E0E0E0" } } };
  const series = chart.series.map((s) => {
    const labelOf = (p) => s.labels[p.dataIndex] ?? "";
    if (chart.kind === "line") {
      return { type: "line", name: s.name, data: s.values, symbolSize: 6, label: { show: chart.series.length === 1, position: "top", formatter: labelOf, fontSize: 11 } };
    }
    return {
      type: "bar",
      name: s.name,
      data: s.values,
      ...chart.kind === "stacked-bar" ? { stack: "total" } : {},
      barMaxWidth: 36,
      label: {
        show: chart.kind !== "stacked-bar" || chart.series.length <= 6,
        position: chart.kind === "stacked-bar" ? "inside" : horizontal ? "right" : "top",
        formatter: labelOf,
        fontSize: 11,
        ...chart.kind === "stacked-bar" ? { color: "#FFFFFF", textBorderWidth: 0 } : {}
      }
    };
  });
  const reference = chart.reference;
  if (reference && series[0]) {
    Object.assign(series[0], {
      markLine: {
        symbol: "none",
        silent: true,
        lineStyle: { color: "#C00000", type: "dashed", width: 1.5 },
        label: { formatter: reference.name, color: "#C00000", position: horizontal ? "start" : "insideEndTop", rotate: 0 },
        data: [horizontal ? { xAxis: reference.value } : { yAxis: reference.value }]
      }
    });
  }
  return {
    animation: false,
    color: PALETTE,
    backgroundColor: "#FFFFFF",
    textStyle: { fontFamily: SVG_FONTS, color: "#333333" },
    title: { text: chart.caption, left: "center", top: 8, textStyle: { fontFamily: SVG_FONTS, fontSize: 15, fontWeight: "bold" } },
    legend: many && chart.series.length > 1 ? { top: 34, textStyle: { fontFamily: SVG_FONTS } } : { show: false },
    grid: {
      left: horizontal ? nameWidth(chart.categories) : 80,
      right: horizontal ? 110 : 30,
      top: chart.series.length > 1 ? 70 : chart.reference ? 64 : 48,
      bottom: horizontal ? 48 : chart.categories.length > 6 && chart.kind !== "line" ? 90 : 70
    },
    xAxis: horizontal ? valueAxis : categoryAxis,
    yAxis: horizontal ? categoryAxis : valueAxis,
    series
  };
}
async function chartSvg(chart) {
  const lib = await echarts();
  const instance = lib.init(null, null, { renderer: "svg", ssr: true, width: WIDTH, height: chartHeight(chart) });
  try {
    instance.setOption(echartsOption(chart));
    const head = `<title>${xmlText(chart.caption)}</title><metadata id="${CHART_METADATA_ID}">${xmlText(JSON.stringify(chart))}</metadata>`;
    return `${instance.renderToSVGString().replace(/^(<svg[^>]*>)/, `$1
${head}`)}
`;
  } finally {
    instance.dispose();
  }
}
var SVG_FONTS, PALETTE, WIDTH, loaded, xmlText, CHART_METADATA_ID;
var init_svg = __esm({
  "src/charts/svg.ts"() {
    "use strict";
    SVG_FONTS = "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', 'Helvetica Neue', Arial, sans-serif";
    PALETTE = ["#2F5597", "#ED7D31", "#70AD47", "#FFC000", "#5B9BD5", "#A5A5A5", "#264478", "#9E480E"];
    WIDTH = 720;
    xmlText = (text3) => text3.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
    CHART_METADATA_ID = "salesplan-chart";
  }
});

// src/charts/files.ts
var files_exports = {};
__export(files_exports, {
  drawChartFiles: () => drawChartFiles
});
import { mkdirSync as mkdirSync2, readdirSync as readdirSync2, rmdirSync, rmSync } from "node:fs";
import { dirname as dirname3, join as join4 } from "node:path";
async function drawChartFiles(markdownFile, charts, lang) {
  const folder = join4(dirname3(markdownFile), chartFolderName(markdownFile));
  if (charts.length === 0) return () => removeStale(folder, charts);
  const { chartSvg: chartSvg2 } = await Promise.resolve().then(() => (init_svg(), svg_exports));
  const drawn = [];
  for (const chart of charts) drawn.push([join4(folder, `${chart.file}.svg`), await chartSvg2(chart)]);
  await new Promise((resolve2) => setTimeout(resolve2, 20));
  mark("charts: drawn");
  return () => {
    removeStale(folder, charts);
    try {
      mkdirSync2(folder, { recursive: true });
    } catch (error) {
      throw new UserError(describeFsError(error, folder, lang), ExitCode.usage);
    }
    for (const [file, svg] of drawn) writeFileAtomic(file, svg, lang, { force: true });
    mark("charts: written");
    return folder;
  };
}
function removeStale(folder, charts) {
  let existing = [];
  try {
    existing = readdirSync2(folder).filter((f) => CHART_FILE.test(f));
  } catch {
  }
  const keep = new Set(charts.map((c) => `${c.file}.svg`));
  for (const file of existing) if (!keep.has(file)) rmSync(join4(folder, file));
  if (charts.length === 0) {
    try {
      rmdirSync(folder);
    } catch {
    }
  }
  return void 0;
}
var CHART_FILE;
var init_files2 = __esm({
  "src/charts/files.ts"() {
    "use strict";
    init_errors();
    init_files();
    init_timing();
    init_markdown();
    CHART_FILE = /^\d{2}-[A-Za-z]+\.svg$/;
  }
});

// src/charts/options.ts
function chartMode(flags, lang) {
  if (typeof flags.charts !== "string") return "svg";
  const mode = flags.charts.toLowerCase();
  if (mode === "image") throw new UserError(say(lang, chartText.imageUnavailable), ExitCode.usage);
  if (!CHART_MODES.includes(mode)) throw new UserError(say(lang, chartText.unknownMode, { mode: flags.charts, choices: "svg, mermaid, native" }), ExitCode.usage);
  return mode;
}
async function markdownWithCharts(doc, target, flags, lang, notice, defer) {
  const { renderMarkdown: renderMarkdown2 } = await Promise.resolve().then(() => (init_markdown2(), markdown_exports2));
  const mode = chartMode(flags, lang);
  if (mode === "mermaid") return renderMarkdown2(doc, { mode: "mermaid" });
  const charts = chartsOf(doc.tree);
  if (!target) {
    if (charts.length && notice) notice(say(lang, chartText.stdoutNoCharts, { count: charts.length }));
    return renderMarkdown2(doc);
  }
  const { chartFolderName: chartFolderName2 } = await Promise.resolve().then(() => (init_markdown(), markdown_exports));
  const { drawChartFiles: drawChartFiles2 } = await Promise.resolve().then(() => (init_files2(), files_exports));
  const write = await drawChartFiles2(target, charts, lang);
  if (defer) defer(() => void write());
  else write();
  return renderMarkdown2(doc, { mode: "svg", folder: chartFolderName2(target) });
}
var init_options = __esm({
  "src/charts/options.ts"() {
    "use strict";
    init_errors();
    init_localized();
    init_build();
    init_messages();
    init_model();
  }
});

// src/writers/markdown.ts
var markdown_exports3 = {};
__export(markdown_exports3, {
  render: () => render
});
async function render({ doc }, context) {
  return markdownWithCharts(doc, context.target, context.flags, context.lang, context.notice, context.afterWrite ? (write) => context.afterWrite.push(write) : void 0);
}
var init_markdown3 = __esm({
  "src/writers/markdown.ts"() {
    "use strict";
    init_options();
  }
});

// src/io/flag-values.ts
function numberFlag(flag, raw, rule, lang) {
  const expected = rule.max === void 0 ? say(lang, flagText.wholeAtLeast, { min: rule.min }) : say(lang, flagText.between, { min: rule.min, max: rule.max });
  const text3 = raw.trim();
  const value = /^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(text3) ? Number(text3) : Number.NaN;
  if (!Number.isFinite(value)) {
    throw new UserError(say(lang, flagText.notANumber, { flag, value: excerpt(raw, 20), expected, example: rule.example }), ExitCode.usage);
  }
  if (value < rule.min || rule.max !== void 0 && value > rule.max || rule.integer && !Number.isInteger(value)) {
    throw new UserError(say(lang, flagText.outOfRange, { flag, value: excerpt(text3, 20), expected, example: rule.example }), ExitCode.usage);
  }
  return value;
}
var flagText;
var init_flag_values = __esm({
  "src/io/flag-values.ts"() {
    "use strict";
    init_errors();
    init_localized();
    init_terminal_safe();
    flagText = {
      notANumber: {
        "zh-CN": "{flag} \u7684\u503C\u201C{value}\u201D\u4E0D\u662F\u6570\u5B57\u3002\u8BF7\u5199{expected}\uFF0C\u4F8B\u5982 {flag} {example}\u3002",
        en: 'The value "{value}" of {flag} is not a number. Write {expected}, e.g. {flag} {example}.'
      },
      outOfRange: {
        "zh-CN": "{flag} \u7684\u503C {value} \u8D85\u51FA\u8303\u56F4\u3002\u8BF7\u5199{expected}\uFF0C\u4F8B\u5982 {flag} {example}\u3002",
        en: "The value {value} of {flag} is out of range. Write {expected}, e.g. {flag} {example}."
      },
      between: { "zh-CN": " {min} \u5230 {max} \u4E4B\u95F4\u7684\u6570\u5B57", en: "a number from {min} to {max}" },
      wholeAtLeast: { "zh-CN": "\u4E0D\u5C0F\u4E8E {min} \u7684\u6574\u6570", en: "a whole number of {min} or more" }
    };
  }
});

// src/writers/docx-flags.ts
function docxSettingsFromFlags(flags, lang = resolveLang()) {
  const settings2 = {};
  if (flags.bodyFont) settings2.body_font = flags.bodyFont;
  if (flags.headingFont) settings2.heading_font = flags.headingFont;
  if (flags.latinFont) settings2.latin_font = flags.latinFont;
  if (flags.fontSize !== void 0) settings2.font_size = numberFlag("--font-size", flags.fontSize, { min: 8, max: 20, example: "12" }, lang);
  if (flags.lineSpacing !== void 0) settings2.line_spacing = numberFlag("--line-spacing", flags.lineSpacing, { min: 1, max: 3, example: "1.5" }, lang);
  if (flags.cover === false) settings2.cover = false;
  if (flags.toc === false) settings2.toc = false;
  return settings2;
}
var init_docx_flags = __esm({
  "src/writers/docx-flags.ts"() {
    "use strict";
    init_lang();
    init_flag_values();
  }
});

// src/render/docx/latin-widths.ts
var LATIN_WIDTHS;
var init_latin_widths = __esm({
  "src/render/docx/latin-widths.ts"() {
    "use strict";
    LATIN_WIDTHS = {
      "Arial": [278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584],
      "Arial Bold": [278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584],
      "Times New Roman": [250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444, 921, 722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611, 333, 278, 333, 469, 500, 333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541],
      "Times New Roman Bold": [250, 333, 555, 500, 500, 1e3, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278, 500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 333, 333, 570, 570, 570, 500, 930, 722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722, 722, 1e3, 722, 722, 667, 333, 278, 333, 581, 500, 333, 500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, 556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444, 394, 220, 394, 520]
    };
  }
});

// src/render/docx/measure.ts
function autoSpace(before, after) {
  if (!before || !after) return 0;
  return HAN.test(before) && LATIN.test(after) || LATIN.test(before) && HAN.test(after) ? AUTO_SPACE : 0;
}
function table(font) {
  const family = /times|serif|roman|cambria|georgia/i.test(font.name) ? "Times New Roman" : "Arial";
  return LATIN_WIDTHS[font.bold ? `${family} Bold` : family];
}
function measureWidth(text3, font, before) {
  const widths2 = table(font);
  let thousandths = 0;
  let previous = before;
  let asian = before !== void 0 && FULL_WIDTH2.test(before);
  for (const ch of text3) {
    const code = ch.codePointAt(0);
    thousandths += autoSpace(previous, ch) * 1e3;
    previous = ch;
    if (WEAK.test(ch)) {
      thousandths += asian ? 1e3 : 556;
      continue;
    }
    asian = FULL_WIDTH2.test(ch) || asian && /\s/.test(ch);
    if (code >= 32 && code < 127) thousandths += widths2[code - 32];
    else if (FULL_WIDTH2.test(ch)) thousandths += 1e3;
    else thousandths += 556;
  }
  return thousandths / 1e3 * font.size;
}
var FULL_WIDTH2, HAN, LATIN, AUTO_SPACE, WEAK;
var init_measure = __esm({
  "src/render/docx/measure.ts"() {
    "use strict";
    init_latin_widths();
    FULL_WIDTH2 = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;
    HAN = /[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]/u;
    LATIN = /[A-Za-z0-9%£$€]/;
    AUTO_SPACE = 0.2;
    WEAK = /[\u00B7\u2014\u2018\u2019\u201C\u201D\u2026]/u;
  }
});

// src/render/docx/look.ts
function defaultLook(lang) {
  return { lang, ...pick(lang, DEFAULT_LOOK) };
}
function resolveLook(lang, ...layers) {
  const look = defaultLook(lang);
  for (const layer of layers) {
    if (!layer) continue;
    if (layer.body_font) look.bodyFont = layer.body_font;
    if (layer.heading_font) look.headingFont = layer.heading_font;
    if (layer.latin_font) look.latinFont = layer.latin_font;
    if (layer.latin_heading_font) look.latinHeadingFont = layer.latin_heading_font;
    if (layer.font_size !== void 0) look.fontSize = layer.font_size;
    if (layer.line_spacing !== void 0) look.lineSpacing = layer.line_spacing;
    if (layer.cover !== void 0) look.cover = layer.cover;
    if (layer.toc !== void 0) look.toc = layer.toc;
  }
  return look;
}
function metrics(look) {
  const scale = pick(look.lang, SCALE);
  const single = scale.single(look.latinFont);
  const tableSize = Math.max(9, look.fontSize - 1.5);
  return {
    body: half(look.fontSize * single * look.lineSpacing),
    bodyAfter: scale.bodyAfter,
    heading: scale.headings.map((size, i) => ({ size, line: half(size * single * 1.25), before: [18, 12, 8, 6][i], after: [10, 6, 4, 2][i] })),
    title: { size: scale.title, line: half(scale.title * single * 1.2) },
    table: { size: tableSize, line: half(tableSize * single * 1.05), padding: 2 },
    toc: { line: half(look.fontSize * single * 1.25), before: 6, heading: { size: 16, line: half(16 * single * 1.25), before: 12, after: 18 } },
    cover: { size: scale.cover, line: half(scale.cover * single * 1.5) }
  };
}
function headingLevel(depth, topDepth) {
  return Math.min(HEADING_LEVELS, Math.max(1, depth - topDepth + 1));
}
var DEFAULT_LOOK, halfPoints, twips, half, SCALE, HEADING_LEVELS;
var init_look = __esm({
  "src/render/docx/look.ts"() {
    "use strict";
    init_localized();
    DEFAULT_LOOK = {
      "zh-CN": {
        bodyFont: "\u5B8B\u4F53",
        headingFont: "\u9ED1\u4F53",
        latinFont: "Times New Roman",
        latinHeadingFont: "Arial",
        fontSize: 12,
        lineSpacing: 1.5,
        cover: true,
        toc: true,
        indentFirstLine: true
      },
      en: {
        bodyFont: "\u5B8B\u4F53",
        headingFont: "\u9ED1\u4F53",
        latinFont: "Arial",
        latinHeadingFont: "Arial",
        fontSize: 11,
        lineSpacing: 1.15,
        cover: true,
        toc: true,
        indentFirstLine: false
      }
    };
    halfPoints = (pt) => Math.round(pt * 2);
    twips = (pt) => Math.round(pt * 20);
    half = (pt) => Math.round(pt * 2) / 2;
    SCALE = {
      "zh-CN": { single: () => 1.3, headings: [16, 14, 12, 12], bodyAfter: 0, title: 22, cover: 14 },
      en: { single: (latinFont) => /calibri/i.test(latinFont) ? 1.22 : 1.15, headings: [16, 13, 12, 11], bodyAfter: 6, title: 26, cover: 12 }
    };
    HEADING_LEVELS = 4;
  }
});

// src/render/docx/keep.ts
import { toString } from "mdast-util-to-string";
function leadsIn(node, next) {
  return next?.type === "table" || next?.type === "list" || COLON.test(toString(node));
}
function isRunInLabel(node, next) {
  const text3 = toString(node).trim();
  return COLON.test(text3) && [...text3].length <= LABEL_CHARS && !text3.includes("\n") && !SENTENCE.test(text3) && next?.type === "list";
}
function closingOf(body) {
  const last2 = body[body.length - 1];
  if (last2?.type !== "paragraph") return {};
  const before = body[body.length - 2];
  return { whole: last2, ...before && (before.type === "paragraph" || before.type === "list") ? { before } : {} };
}
var COLON, LABEL_CHARS, SENTENCE;
var init_keep = __esm({
  "src/render/docx/keep.ts"() {
    "use strict";
    COLON = /[：:]\s*$/u;
    LABEL_CHARS = 16;
    SENTENCE = /[，、；。,;]|如下|as follows|below/iu;
  }
});

// src/document/text.ts
function cleanText(value) {
  return value.replace(/\r\n?/g, "\n").replace(UNSAFE, "");
}
var UNSAFE;
var init_text = __esm({
  "src/document/text.ts"() {
    "use strict";
    UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F\uE000-\uE003\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
  }
});

// src/render/docx/inline.ts
import { ExternalHyperlink, ImageRun, TextRun } from "docx";
function textRuns(value, marks2) {
  const lines2 = cleanText(value).split("\n");
  return lines2.map(
    (line, i) => new TextRun({
      text: line,
      ...i > 0 ? { break: 1 } : {},
      ...marks2.bold ? { bold: true } : {},
      ...marks2.italics ? { italics: true } : {},
      ...marks2.code ? { font: { ascii: "Consolas", hAnsi: "Consolas" } } : {}
    })
  );
}
function inlineRuns(nodes, marks2 = {}) {
  const out = [];
  for (const node of nodes) {
    switch (node.type) {
      case "text":
        for (const item of textRuns(node.value, marks2)) out.push(item);
        break;
      case "strong":
        for (const item of inlineRuns(node.children, { ...marks2, bold: true })) out.push(item);
        break;
      case "emphasis":
        for (const item of inlineRuns(node.children, { ...marks2, italics: true })) out.push(item);
        break;
      case "delete":
        for (const item of inlineRuns(node.children, marks2)) out.push(item);
        break;
      case "inlineCode":
        for (const item of textRuns(node.value, { ...marks2, code: true })) out.push(item);
        break;
      case "break":
        out.push(new TextRun({ break: 1 }));
        break;
      case "link":
        if (/^https?:\/\//.test(node.url)) {
          out.push(new ExternalHyperlink({ link: node.url, children: inlineRuns(node.children, marks2).filter((r) => r instanceof TextRun) }));
        } else for (const item of inlineRuns(node.children, marks2)) out.push(item);
        break;
      case "image": {
        const image = node.data?.image;
        const scale = image ? Math.min(1, 600 / Math.max(1, image.width)) : 1;
        if (image) out.push(new ImageRun({ type: image.type, data: image.data, transformation: { width: Math.round(image.width * scale), height: Math.round(image.height * scale) }, altText: { name: node.alt ?? "", description: node.alt ?? "", title: node.alt ?? "" } }));
        else if (node.alt) for (const item of textRuns(`[${node.alt}]`, marks2)) out.push(item);
        break;
      }
      case "html":
        for (const item of textRuns(node.value, marks2)) out.push(item);
        break;
      default:
        if ("children" in node) for (const item of inlineRuns(node.children, marks2)) out.push(item);
        else if ("value" in node && typeof node.value === "string") for (const item of textRuns(node.value, marks2)) out.push(item);
    }
  }
  return out;
}
var init_inline = __esm({
  "src/render/docx/inline.ts"() {
    "use strict";
    init_text();
  }
});

// src/render/docx/table-layout.ts
function tokens(text3) {
  return text3.match(/[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]+|[^\s\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]+/gu) ?? [];
}
function longestPiece(text3, font) {
  let widest = 0;
  for (const token of tokens(text3)) {
    const w = /^[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/u.test(token) ? Math.min(measureWidth(token, font), CJK_RUN_EMS * font.size) : measureWidth(token, font);
    widest = Math.max(widest, w);
  }
  return widest;
}
function share(min, need, weight, available) {
  const widths2 = [...min];
  let spare = available - min.reduce((a, b) => a + b, 0);
  const open = new Set(need.map((_, i) => i).filter((i) => need[i] > min[i]));
  while (spare > 0.01 && open.size) {
    const total2 = [...open].reduce((sum2, i) => sum2 + weight[i], 0) || open.size;
    let given = 0;
    for (const i of [...open]) {
      const add = spare * (weight[i] || 1) / total2;
      const room = need[i] - widths2[i];
      if (add >= room) {
        widths2[i] = need[i];
        given += room;
        open.delete(i);
      } else {
        widths2[i] += add;
        given += add;
      }
    }
    spare -= given;
    if (given < 0.01) break;
  }
  return widths2;
}
function tableLayout(cells, look, textWidth) {
  const size = metrics(look).table.size;
  const font = (bold) => ({ name: look.latinFont, size, bold });
  const columns = cells[0]?.length ?? 0;
  const headerCells = cells[0] ?? [];
  const body = cells.slice(1);
  const padding = CELL_MARGIN * 2 / 20;
  const available = textWidth / 20 - padding * columns;
  const min = [];
  const words = [];
  const need = [];
  const needSplit = [];
  const weight = [];
  const split = [];
  for (let c = 0; c < columns; c++) {
    const head = headerCells[c] ?? "";
    const unit = UNIT2.exec(head);
    split.push(unit ? [unit[1], unit[2]] : void 0);
    const headFull = slack(lineWidth(head, font(true)), size);
    const headSplit = unit ? slack(Math.max(measureWidth(unit[1], font(true)), measureWidth(unit[2], font(true))), size) : headFull;
    const headMin = headSplit <= SHORT_EMS * size ? headSplit : slack(longestPiece(head, font(true)), size);
    let natural = 0;
    let floor = headMin;
    let word2 = slack(longestPiece(head, font(true)), size);
    let amount = 0;
    for (const row of body) {
      const text3 = row[c] ?? "";
      const w = slack(lineWidth(text3, font(false)), size);
      natural = Math.max(natural, w);
      const piece = slack(longestPiece(text3, font(false)), size);
      floor = Math.max(floor, w <= SHORT_EMS * size ? w : piece);
      word2 = Math.max(word2, piece);
      amount += measureWidth(text3, font(false));
    }
    need.push(Math.max(headFull, natural, floor));
    needSplit.push(Math.max(headSplit, natural, floor));
    min.push(floor);
    words.push(word2);
    weight.push(amount);
  }
  const sum2 = (xs) => xs.reduce((a, b) => a + b, 0);
  let widths2;
  let narrow = false;
  if (sum2(need) <= available * 0.55) {
    narrow = true;
    widths2 = need.map((n) => n * Math.min(1.5, available * 0.7 / sum2(need)));
  } else if (sum2(need) <= available) {
    widths2 = need.map((n) => n + (available - sum2(need)) * n / sum2(need));
  } else if (sum2(min) > available) {
    widths2 = min.map((m) => m * available / sum2(min));
  } else {
    if (available - sum2(min) < available * TIGHT) {
      for (let c = 0; c < columns; c++) min[c] = Math.min(min[c], words[c]);
    }
    const fitted = sum2(needSplit) <= available ? needSplit : need;
    widths2 = share(min, fitted, weight, available);
    if (fitted === needSplit) widths2 = widths2.map((w) => w + (available - sum2(widths2)) / columns);
  }
  const twipsWidths = widths2.map((w) => Math.floor(w * 20) + CELL_MARGIN * 2);
  if (!narrow) {
    const widest = twipsWidths.indexOf(twipsWidths.reduce((a, b) => Math.max(a, b), -Infinity));
    twipsWidths[widest] += textWidth - sum2(twipsWidths);
  }
  const header = headerCells.map((head, c) => {
    const parts2 = split[c];
    const room = twipsWidths[c] / 20 - padding;
    return parts2 && slack(measureWidth(head, font(true)), size) > room ? parts2 : [head];
  });
  return { widths: twipsWidths, header, font };
}
var CELL_MARGIN, UNIT2, SHORT_EMS, TIGHT, CJK_RUN_EMS, slack, lineWidth;
var init_table_layout = __esm({
  "src/render/docx/table-layout.ts"() {
    "use strict";
    init_measure();
    init_look();
    CELL_MARGIN = 80;
    UNIT2 = /^(.*?\S)\s*([（(][^（）()]{1,16}[）)])$/u;
    SHORT_EMS = 8;
    TIGHT = 0.2;
    CJK_RUN_EMS = 4;
    slack = (pt, size) => pt * 1.03 + size * 0.3;
    lineWidth = (text3, font) => Math.max(0, ...text3.split("\n").map((line) => measureWidth(line, font)));
  }
});

// src/render/docx/table.ts
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlign,
  WidthType
} from "docx";
import { toString as toString2 } from "mdast-util-to-string";
function cellParagraph(children, align, ids2, bold, keepNext) {
  return new Paragraph({
    style: ids2.tableText,
    // Left is the TableText style's own alignment: written only when a column differs.
    ...align === "right" ? { alignment: AlignmentType.RIGHT } : align === "center" ? { alignment: AlignmentType.CENTER } : {},
    // Word and LibreOffice keep a table on one page when each of its rows keeps with the next.
    ...keepNext ? { keepNext: true } : {},
    children: inlineRuns(bold ? [{ type: "strong", children }] : children)
  });
}
function headerChildren(cell, lines2) {
  if (lines2.length < 2) return cell.children;
  return lines2.flatMap((value, i) => i ? [{ type: "break" }, { type: "text", value }] : [{ type: "text", value }]);
}
function wordTable(table2, look, ids2, textWidth) {
  const text3 = table2.children.map((row) => row.children.map((cell) => toString2(cell)));
  const layout = tableLayout(text3, look, textWidth);
  const widths2 = layout.widths;
  const align = table2.align ?? [];
  const keep = keptWhole(table2);
  const keepRow = (r) => r === 0 || keep && r < table2.children.length - 1;
  const rows = table2.children.map(
    (row, r) => new TableRow({
      // Only the header row repeats on each page; body rows need no "off" written for them.
      ...r === 0 ? { tableHeader: true } : {},
      cantSplit: true,
      children: row.children.map(
        (cell, c) => new TableCell({
          width: { size: widths2[c] ?? 0, type: WidthType.DXA },
          verticalAlign: VerticalAlign.CENTER,
          ...r === 0 ? { shading: { type: ShadingType.CLEAR, fill: "E7ECF3", color: "auto" } } : {},
          children: [
            r === 0 ? cellParagraph(headerChildren(cell, layout.header[c] ?? []), align[c] === "right" ? "right" : "center", ids2, true, keepRow(r)) : cellParagraph(cell.children, align[c], ids2, false, keepRow(r))
          ]
        })
      )
    })
  );
  return new Table({
    rows,
    width: { size: widths2.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths2,
    layout: TableLayoutType.FIXED,
    // Cell padding once for the table (w:tblCellMar) rather than on each of its cells.
    margins: { left: CELL_MARGIN, right: CELL_MARGIN, top: 40, bottom: 40 },
    alignment: AlignmentType.CENTER,
    borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER }
  });
}
var BORDER, KEEP_ROWS, keptWhole;
var init_table = __esm({
  "src/render/docx/table.ts"() {
    "use strict";
    init_inline();
    init_table_layout();
    BORDER = { style: BorderStyle.SINGLE, size: 4, color: "808080" };
    KEEP_ROWS = 11;
    keptWhole = (table2) => table2.children.length <= KEEP_ROWS;
  }
});

// src/charts/docx.ts
import { AlignmentType as AlignmentType2, LineRuleType, Paragraph as Paragraph2, TextRun as TextRun2 } from "docx";
function labelFormat(chart) {
  const sample = chart.series.flatMap((s) => s.labels).find((l) => l !== null) ?? "";
  const decimals2 = /\.(\d+)/.exec(sample.replace(/[（(].*$/, ""))?.[1]?.length ?? 0;
  const digits = decimals2 ? `#,##0.${"0".repeat(decimals2)}` : "#,##0";
  return chart.unit === "%" ? `${digits}"%"` : digits;
}
function docxChartSize(chart, textWidth) {
  const width = Math.floor(textWidth * PX_PER_TWIP);
  const bars = chart.categories.length * (chart.kind === "stacked-bar" ? 1 : chart.series.length);
  const height = chart.horizontal && !chart.reference ? Math.max(200, 70 + bars * 28) : Math.round(width * 0.55);
  return { width, height: Math.min(height, 620) };
}
function docxChartHeight(chart, textWidth) {
  return docxChartSize(chart, textWidth).height * 0.75 + 6 + 3 + 15 + 10 + PAGE_SLACK;
}
function chartRunOptions(chart, look, textWidth) {
  const font = { name: look.latinFont };
  const small = { ...font, size: Math.max(8, look.fontSize - 3) };
  const numberFormat = chart.unit === "%" ? '0"%"' : "#,##0";
  const labelled = chart.kind !== "line" || chart.series.length === 1;
  const series = chart.series.map((s, i) => ({ name: s.name, values: s.values, color: PALETTE2[i % PALETTE2.length] }));
  const dataLabels = labelled ? { value: true, numberFormat: labelFormat(chart), font: small, ...chart.kind === "stacked-bar" ? { position: "center" } : {} } : void 0;
  const reference = chart.reference;
  if (reference) {
    series.push({
      name: reference.name,
      type: "line",
      values: chart.categories.map(() => reference.value),
      line: { color: "C00000", width: 1.5, dash: "dash" },
      markers: false,
      dataLabels: false
    });
  }
  const common = {
    categories: chart.categories,
    series,
    font,
    transformation: docxChartSize(chart, textWidth),
    legend: chart.series.length > 1 || reference ? { position: "bottom", font: small } : false,
    valueAxis: { title: { text: chart.axis, font: small }, numberFormat, font: small },
    ...dataLabels ? { dataLabels } : {},
    categoryAxis: { font: small },
    altText: { name: chart.caption, description: chart.caption }
  };
  switch (chart.kind) {
    case "line":
      return { type: "line", ...common, markers: true };
    case "stacked-bar":
      return { type: "column", ...common, stacking: "stacked", gapWidth: 80 };
    case "paired-bar":
      return { type: "column", ...common, gapWidth: 80 };
    case "bar":
      if (chart.horizontal && !reference) {
        return { type: "bar", ...common, gapWidth: 60, categoryAxis: { font: small, reverseOrder: true }, valueAxis: { ...common.valueAxis, crossesAt: "maximum" } };
      }
      return { type: "column", ...common, gapWidth: 80 };
  }
}
async function loadDocxCharts() {
  const { ChartRun } = await import("docx/charts");
  return (chart, look, place) => [
    new Paragraph2({
      style: place.style,
      alignment: AlignmentType2.CENTER,
      indent: { firstLine: 0, firstLineChars: 0 },
      // The chart keeps with its caption, and its line is as tall as the chart.
      keepNext: true,
      keepLines: true,
      // An exact line height (the body's) would clip the chart to one line: this one is automatic.
      spacing: { before: 120, after: 0, line: 240, lineRule: LineRuleType.AUTO },
      children: [new ChartRun(chartRunOptions(chart, look, place.textWidth))]
    }),
    new Paragraph2({
      style: place.style,
      alignment: AlignmentType2.CENTER,
      indent: { firstLine: 0, firstLineChars: 0 },
      spacing: { before: 60, after: 200, line: 300, lineRule: LineRuleType.AUTO },
      children: [new TextRun2({ text: chart.caption, bold: true, size: Math.round(Math.max(9, look.fontSize - 1.5) * 2) })]
    })
  ];
}
function docxChartTheme(look) {
  return { fonts: { body: { latin: look.latinFont, eastAsia: look.bodyFont } } };
}
var PALETTE2, PX_PER_TWIP, PAGE_SLACK;
var init_docx = __esm({
  "src/charts/docx.ts"() {
    "use strict";
    PALETTE2 = ["2F5597", "ED7D31", "70AD47", "FFC000", "5B9BD5", "A5A5A5", "264478", "9E480E"];
    PX_PER_TWIP = 96 / 1440;
    PAGE_SLACK = 15;
  }
});

// src/render/docx/pagination.ts
import { toString as toString3 } from "mdast-util-to-string";
function lineCount(text3, width, font, firstIndent = 0) {
  if (!text3) return 1;
  let lines2 = 0;
  for (const paragraph of text3.split("\n")) {
    let used = lines2 === 0 ? firstIndent : 0;
    let count2 = 1;
    let last2;
    for (const token of paragraph.match(/[A-Za-z0-9.,%+\-/:()'’£$€]+|\s+|./gu) ?? []) {
      const w = measureWidth(token, font, last2);
      if (used + w > width && used > 0 && !HANGS.test(token)) {
        count2++;
        used = /^\s+$/.test(token) ? 0 : measureWidth(token, font, last2) - autoSpace(last2, token[0]) * font.size;
      } else used += w;
      last2 = token[token.length - 1];
    }
    lines2 += count2;
  }
  return Math.max(1, lines2);
}
function firstUnit(b) {
  if (b.together) return total(b.pieces);
  if (b.repeat !== void 0) return total(b.pieces.slice(0, 2));
  if (b.widows) return b.pieces.length <= 3 ? total(b.pieces) : total(b.pieces.slice(0, 2));
  return b.pieces[0] ?? 0;
}
function blocksOf(body, look, m, topDepth) {
  const out = [];
  const closing = closingOf(body);
  const bodyFont = (bold = false) => ({ name: look.latinFont, size: look.fontSize, bold });
  const paragraph = (text3, width, indent, keepNext, bold = false) => ({
    before: 0,
    pieces: Array(lineCount(text3, width, bodyFont(bold), indent)).fill(m.body),
    after: m.bodyAfter,
    keepNext,
    together: false,
    widows: true
  });
  const table2 = (node) => {
    const text3 = node.children.map((row) => row.children.map((cell) => toString3(cell)));
    const layout = tableLayout(text3, look, Math.round(TEXT_WIDTH * 20));
    const room = layout.widths.map((w) => (w - CELL_MARGIN * 2) / 20);
    const rowHeight = (row, bold) => row.reduce((most, cell, c) => Math.max(most, lineCount(cell, room[c] ?? 40, layout.font(bold))), 1) * m.table.line + m.table.padding * 2 + 0.5;
    const header = layout.header.reduce((most, lines2) => Math.max(most, lines2.length), 1) * m.table.line + m.table.padding * 2 + 0.5;
    const headerRow = layout.header.map((lines2) => lines2.join("\n"));
    const pieces = [Math.max(header, rowHeight(headerRow, true)), ...text3.slice(1).map((row) => rowHeight(row, false))];
    const kept = keptWhole(node);
    return { before: 0, pieces, after: 0, keepNext: false, together: kept, widows: false, repeat: pieces[0] };
  };
  const list = (node, level) => {
    for (const item of node.children) {
      for (const child of item.children) {
        if (child.type === "paragraph") out.push(paragraph(toString3(child), TEXT_WIDTH - LIST_INDENT * (level + 1), 0, false));
        else if (child.type === "list") list(child, level + 1);
        else visit(child, void 0);
      }
    }
  };
  const visit = (node, next) => {
    switch (node.type) {
      case "heading": {
        const h = m.heading[headingLevel(node.depth, topDepth) - 1];
        const count2 = lineCount(toString3(node), TEXT_WIDTH, { name: look.latinHeadingFont, size: h.size, bold: true });
        out.push({ node, before: h.before, pieces: Array(count2).fill(h.line), after: h.after, keepNext: true, together: true, widows: false });
        return;
      }
      case "paragraph": {
        const label2 = isRunInLabel(node, next);
        const indent = look.indentFirstLine ? look.fontSize * 2 : 0;
        const block = paragraph(toString3(node), TEXT_WIDTH, indent, leadsIn(node, next) || node === closing.before, label2);
        out.push(node === closing.whole ? { ...block, together: true } : block);
        return;
      }
      case "list":
        list(node, 0);
        if (node === closing.before && out.length) out[out.length - 1].keepNext = true;
        return;
      case "table":
        out.push(table2(node), { before: 0, pieces: [SPACER], after: 0, keepNext: false, together: true, widows: false });
        return;
      case "blockquote":
        for (const child of node.children) {
          if (child.type === "paragraph") out.push(paragraph(toString3(child), TEXT_WIDTH - LIST_INDENT, 0, false));
          else visit(child, void 0);
        }
        return;
      case "code":
      case "html":
        out.push(paragraph(node.value, TEXT_WIDTH, 0, false));
        return;
      case "thematicBreak":
        out.push({ before: 0, pieces: [m.body], after: m.bodyAfter, keepNext: false, together: true, widows: false });
        return;
      case "chart":
        out.push({ before: 0, pieces: [docxChartHeight(node.chart, TEXT_WIDTH * 20)], after: 0, keepNext: false, together: true, widows: false });
        return;
      default:
    }
  };
  body.forEach((node, i) => visit(node, body[i + 1]));
  return out;
}
function estimateHeadingPages(body, look, firstPage, topDepth, trace) {
  const m = metrics(look);
  const blocks = blocksOf(body, look, m, topDepth);
  const pages = /* @__PURE__ */ new Map();
  let page = firstPage;
  let y = 0;
  let pending = 0;
  const newPage = () => {
    page++;
    y = 0;
  };
  const gap = (before) => y > 0 ? Math.max(pending, before) : 0;
  blocks.forEach((b, i) => {
    let needed = firstUnit(b);
    if (b.keepNext) {
      needed = total(b.pieces);
      let after = b.after;
      for (let j = i + 1; j < blocks.length; j++) {
        const n = blocks[j];
        needed += Math.max(after, n.before);
        if (!n.keepNext) {
          needed += firstUnit(n);
          break;
        }
        needed += total(n.pieces);
        after = n.after;
      }
    }
    const room = b.keepNext ? PAGE_HEIGHT - KEEP_TOLERANCE : PAGE_HEIGHT;
    if (y > 0 && y + gap(b.before) + needed > room && needed <= PAGE_HEIGHT) newPage();
    y += gap(b.before);
    pending = b.after;
    if (b.node) pages.set(b.node, page);
    if (b.together) {
      if (y > 0 && y + total(b.pieces) > PAGE_HEIGHT) {
        newPage();
        if (b.node) pages.set(b.node, page);
      }
      if (b.node) trace?.(b.node, page, y);
      y += total(b.pieces);
    } else if (b.repeat !== void 0) {
      b.pieces.forEach((h, r) => {
        if (y + h > PAGE_HEIGHT && y > 0) {
          newPage();
          if (r > 0) y = b.repeat;
        }
        y += h;
      });
    } else {
      let left = b.pieces.length;
      const h = b.pieces[0] ?? 0;
      while (left > 0) {
        const fit = Math.floor((PAGE_HEIGHT - y + 0.01) / h);
        if (fit >= left) {
          y += left * h;
          left = 0;
        } else {
          const here = b.widows ? fit >= 2 && left >= 4 ? Math.min(fit, left - 2) : 0 : fit;
          if (here === 0 && y === 0) {
            y += Math.min(left, Math.max(1, fit)) * h;
            left -= Math.min(left, Math.max(1, fit));
            continue;
          }
          left -= here;
          newPage();
        }
      }
    }
  });
  return { headings: pages, last: page };
}
var PAGE_HEIGHT, TEXT_WIDTH, SPACER, KEEP_TOLERANCE, LIST_INDENT, HANGS, total;
var init_pagination = __esm({
  "src/render/docx/pagination.ts"() {
    "use strict";
    init_measure();
    init_look();
    init_keep();
    init_table();
    init_table_layout();
    init_docx();
    PAGE_HEIGHT = 841.89 - 72 - 72;
    TEXT_WIDTH = 595.28 - 72 - 72;
    SPACER = 6;
    KEEP_TOLERANCE = 1.5;
    LIST_INDENT = 21;
    HANGS = /^[，。、；：？！）》」』”’,.;:?!)]$/u;
    total = (xs) => xs.reduce((a, b) => a + b, 0);
  }
});

// src/render/docx/blocks.ts
import { AlignmentType as AlignmentType3, Bookmark, BorderStyle as BorderStyle2, LevelFormat, LineRuleType as LineRuleType2, Paragraph as Paragraph3 } from "docx";
function numberingConfig() {
  const indent = (level) => ({ paragraph: { indent: { left: twips(LIST_INDENT) * (level + 1), hanging: 300 } } });
  return {
    config: [
      {
        reference: BULLETS,
        levels: ["\u2022", "\u25E6", "\u25AA"].map((text3, level) => ({ level, format: LevelFormat.BULLET, text: text3, alignment: AlignmentType3.LEFT, style: indent(level) }))
      },
      {
        reference: ORDERED,
        levels: ["%1.", "%2)", "%3."].map((text3, level) => ({
          level,
          format: level === 1 ? LevelFormat.LOWER_LETTER : LevelFormat.DECIMAL,
          text: text3,
          alignment: AlignmentType3.LEFT,
          style: indent(level)
        }))
      }
    ]
  };
}
function headingParagraph(node, ctx) {
  const level = headingLevel(node.depth, ctx.topDepth);
  const runs = inlineRuns(node.children);
  const bookmark = ctx.bookmarks.get(node);
  return new Paragraph3({
    style: ctx.ids.heading[level - 1],
    children: bookmark ? [new Bookmark({ id: bookmark, children: runs })] : runs
  });
}
function listParagraphs(list, ctx, level) {
  const out = [];
  const instance = list.ordered ? ctx.nextOrderedInstance++ : 0;
  const lastItem = list === ctx.closing.before ? list.children[list.children.length - 1] : void 0;
  for (const item of list.children) {
    let first = true;
    for (const child of item.children) {
      if (child.type === "paragraph") {
        out.push(
          new Paragraph3({
            style: ctx.ids.listParagraph,
            ...item === lastItem ? { keepNext: true } : {},
            ...first ? { numbering: { reference: list.ordered ? ORDERED : BULLETS, level: Math.min(level, 2), instance } } : { indent: { left: twips(LIST_INDENT) * (level + 1) } },
            children: inlineRuns(child.children)
          })
        );
        first = false;
      } else if (child.type === "list") {
        for (const item2 of listParagraphs(child, ctx, level + 1)) out.push(item2);
      } else {
        for (const item2 of blockChildren([child], ctx)) out.push(item2);
      }
    }
  }
  return out;
}
function blockChildren(nodes, ctx) {
  const out = [];
  for (const [index, node] of nodes.entries()) {
    switch (node.type) {
      case "heading":
        out.push(headingParagraph(node, ctx));
        break;
      case "paragraph": {
        const next = nodes[index + 1];
        out.push(
          new Paragraph3({
            style: ctx.ids.normal,
            ...leadsIn(node, next) || node === ctx.closing.before ? { keepNext: true } : {},
            ...node === ctx.closing.whole ? { keepLines: true } : {},
            children: inlineRuns(node.children, isRunInLabel(node, next) ? { bold: true } : {})
          })
        );
        break;
      }
      case "list":
        for (const item of listParagraphs(node, ctx, 0)) out.push(item);
        break;
      case "table":
        out.push(wordTable(node, ctx.look, ctx.ids, ctx.textWidth));
        out.push(new Paragraph3({ style: ctx.ids.normal, spacing: { line: twips(SPACER), lineRule: LineRuleType2.EXACT, before: 0, after: 0 }, children: [] }));
        break;
      case "blockquote":
        for (const child of node.children) {
          if (child.type === "paragraph") out.push(new Paragraph3({ style: ctx.ids.normal, indent: { left: 420 }, children: inlineRuns(child.children, { italics: true }) }));
          else for (const item of blockChildren([child], ctx)) out.push(item);
        }
        break;
      case "code":
        out.push(new Paragraph3({ style: ctx.ids.normal, indent: { firstLine: 0 }, children: inlineRuns([{ type: "inlineCode", value: node.value }]) }));
        break;
      case "chart":
        if (ctx.chart) out.push(...ctx.chart(node.chart));
        break;
      case "thematicBreak":
        out.push(new Paragraph3({ style: ctx.ids.normal, border: { bottom: { style: BorderStyle2.SINGLE, size: 6, color: "999999", space: 1 } }, children: [] }));
        break;
      case "html":
        out.push(new Paragraph3({ style: ctx.ids.normal, children: inlineRuns([{ type: "text", value: node.value }]) }));
        break;
      default:
        break;
    }
  }
  return out;
}
var BULLETS, ORDERED;
var init_blocks = __esm({
  "src/render/docx/blocks.ts"() {
    "use strict";
    init_pagination();
    init_look();
    init_keep();
    init_inline();
    init_table();
    BULLETS = "salesplan-bullets";
    ORDERED = "salesplan-ordered";
  }
});

// src/render/docx/page.ts
import {
  AlignmentType as AlignmentType4,
  BorderStyle as BorderStyle3,
  Footer,
  Header,
  PageNumber,
  Paragraph as Paragraph4,
  TableOfContents,
  TextRun as TextRun3
} from "docx";
function organisation(meta, look) {
  return [meta?.company, meta?.department].filter(Boolean).join(pick(look.lang, TEXT.orgJoin));
}
function coverBlock(title, meta, metaParagraph, look, ids2) {
  const out = [];
  if (look.cover) out.push(new Paragraph4({ style: ids2.normal, spacing: { before: 3600 }, children: [] }));
  out.push(new Paragraph4({ style: ids2.title, children: [new TextRun3(title)] }));
  const org = organisation(meta, look);
  if (look.cover && org) out.push(new Paragraph4({ style: ids2.subtitle, children: [new TextRun3(org)] }));
  if (metaParagraph) {
    if (look.cover) out.push(new Paragraph4({ style: ids2.normal, spacing: { before: 2400 }, children: [] }));
    out.push(new Paragraph4({ style: ids2.cover, children: inlineRuns(metaParagraph.children) }));
  }
  return out;
}
function tocBlock(look, ids2, entries) {
  const label2 = pick(look.lang, TEXT.contents);
  return [
    new Paragraph4({ style: ids2.tocHeading, pageBreakBefore: look.cover, children: [new TextRun3(label2)] }),
    new TableOfContents(label2, { hyperlink: true, headingStyleRange: "1-2", cachedEntries: entries, beginDirty: false })
  ];
}
function runningHeader(title, meta, look) {
  const text3 = [organisation(meta, look), title].filter(Boolean).join("\u3000");
  return new Header({
    children: [
      new Paragraph4({
        alignment: AlignmentType4.RIGHT,
        indent: { firstLine: 0, firstLineChars: 0 },
        spacing: { line: 240 },
        border: { bottom: { style: BorderStyle3.SINGLE, size: 4, color: "808080", space: 1 } },
        children: [new TextRun3({ text: text3, size: halfPoints(9), color: "595959" })]
      })
    ]
  });
}
function pageFooter(look) {
  return new Footer({
    children: [
      new Paragraph4({
        alignment: AlignmentType4.CENTER,
        indent: { firstLine: 0, firstLineChars: 0 },
        spacing: { line: 240 },
        children: [new TextRun3({ children: pick(look.lang, FOOTER), size: halfPoints(9) })]
      })
    ]
  });
}
var TEXT, FOOTER;
var init_page = __esm({
  "src/render/docx/page.ts"() {
    "use strict";
    init_localized();
    init_inline();
    init_look();
    TEXT = {
      orgJoin: { "zh-CN": "", en: ", " },
      contents: { "zh-CN": "\u76EE\u3000\u5F55", en: "Contents" }
    };
    FOOTER = {
      "zh-CN": ["\u7B2C ", PageNumber.CURRENT, " \u9875 \u5171 ", PageNumber.TOTAL_PAGES_IN_SECTION, " \u9875"],
      en: ["Page ", PageNumber.CURRENT, " of ", PageNumber.TOTAL_PAGES_IN_SECTION]
    };
  }
});

// src/render/docx/parts.ts
function fontName(name) {
  return ENGLISH_NAMES[name] ?? name;
}
function fontTable(look) {
  const names = [...new Set([look.bodyFont, look.headingFont, look.latinFont, look.latinHeadingFont, "Consolas"].map(fontName))];
  const fonts2 = names.map((name) => {
    const f = KNOWN_FONTS[name];
    if (!f) return `<w:font w:name="${escapeXml(name)}"><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>`;
    return `<w:font w:name="${escapeXml(name)}">${f.altName ? `<w:altName w:val="${escapeXml(f.altName)}"/>` : ""}<w:panose1 w:val="${f.panose}"/><w:charset w:val="${f.charset}"/><w:family w:val="${f.family}"/><w:pitch w:val="${f.pitch}"/></w:font>`;
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:fonts ${W_NS}>${fonts2.join("")}</w:fonts>`;
}
function settings(xml) {
  const compress = '<w:characterSpacingControl w:val="compressPunctuation"/>';
  const themeLang = '<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/>';
  if (xml.includes("characterSpacingControl")) return xml;
  return xml.replace("<w:compat>", `${compress}<w:compat>`).replace("</w:compat>", `</w:compat>${themeLang}`);
}
function appProperties(facts) {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>Normal.dotm</Template><Pages>${facts.pages}</Pages><Application>salesplan</Application><DocSecurity>0</DocSecurity>` + (facts.company ? `<Company>${escapeXml(facts.company)}</Company>` : "") + "<AppVersion>00.0001</AppVersion></Properties>";
}
function coreProperties(xml, look) {
  if (xml.includes("<dc:language>")) return xml;
  return xml.replace("</cp:coreProperties>", `<dc:language>${pick(look.lang, LANGUAGE)}</dc:language></cp:coreProperties>`);
}
function prunedStyles(xml, used, ours) {
  const styles = [...xml.matchAll(/<w:style [^>]*w:styleId="([^"]+)"[^>]*>[\s\S]*?<\/w:style>/g)];
  const byId = new Map(styles.map((m) => [m[1], m[0]]));
  const keep = /* @__PURE__ */ new Set();
  const add = (id) => {
    if (keep.has(id) || !byId.has(id)) return;
    keep.add(id);
    for (const ref2 of byId.get(id).matchAll(/<w:(?:basedOn|next|link) w:val="([^"]+)"/g)) add(ref2[1]);
  };
  for (const [id, text3] of byId) if (!ours || used.has(id) || ours.has(id) || /w:default="(?:1|true)"/.test(text3.slice(0, text3.indexOf(">")))) add(id);
  let out = xml.replace(/<w:style [^>]*w:styleId="([^"]+)"[^>]*>[\s\S]*?<\/w:style>/g, (whole, id) => keep.has(id) ? whole : "");
  if (ours) out = out.replace("<w:pPrDefault><w:pPr>", "<w:pPrDefault><w:pPr><w:widowControl/>");
  if (/w:val="DefaultParagraphFont"/.test(out) && !byId.has("DefaultParagraphFont")) out = out.replace("</w:styles>", `${DEFAULT_PARAGRAPH_FONT}</w:styles>`);
  return out;
}
function usedStyles(parts2) {
  const used = /* @__PURE__ */ new Set();
  for (const [path, data2] of parts2) {
    if (typeof data2 !== "string" || !/^word\/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$/.test(path)) continue;
    for (const m of data2.matchAll(/<w:(?:pStyle|rStyle|tblStyle) w:val="([^"]+)"/g)) used.add(m[1]);
  }
  return used;
}
function finishParts(parts2, look, facts, ownStyles) {
  const text3 = (path) => {
    const data2 = parts2.get(path);
    return typeof data2 === "string" ? data2 : void 0;
  };
  const document = text3("word/document.xml");
  if (document) {
    parts2.set("word/document.xml", document.replaceAll('<w:rStyle w:val="IndexLink"/>', "").replaceAll("<w:p><w:pPr><w:sectPr>", `<w:p><w:pPr><w:spacing w:before="0" w:after="0" w:line="${SECTION_END * 20}" w:lineRule="exact"/><w:sectPr>`));
  }
  parts2.set("word/fontTable.xml", fontTable(look));
  for (const [path, data2] of parts2) {
    if (typeof data2 !== "string" || !/^word\/footer\d+\.xml$/.test(path) || !data2.includes("SECTIONPAGES")) continue;
    parts2.set(path, data2.replace(/(SECTIONPAGES<\/w:instrText><\/w:r><w:r>(<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>)?<w:fldChar w:fldCharType="separate"\/><\/w:r>)/, `$1<w:r>$2<w:t>${facts.bodyPages}</w:t></w:r>`));
  }
  const settingsXml = text3("word/settings.xml");
  if (settingsXml) parts2.set("word/settings.xml", settings(settingsXml));
  parts2.set("docProps/app.xml", appProperties(facts));
  const core = text3("docProps/core.xml");
  if (core) parts2.set("docProps/core.xml", coreProperties(core, look));
  const styles = text3("word/styles.xml");
  if (styles) {
    parts2.set("word/styles.xml", prunedStyles(styles, usedStyles(parts2), ownStyles));
  }
}
var KNOWN_FONTS, ENGLISH_NAMES, escapeXml, W_NS, LANGUAGE, SECTION_END, DEFAULT_PARAGRAPH_FONT;
var init_parts = __esm({
  "src/render/docx/parts.ts"() {
    "use strict";
    init_localized();
    KNOWN_FONTS = {
      \u5B8B\u4F53: { altName: "SimSun", panose: "02010600030101010101", charset: "86", family: "roman", pitch: "variable" },
      SimSun: { altName: "\u5B8B\u4F53", panose: "02010600030101010101", charset: "86", family: "roman", pitch: "variable" },
      \u9ED1\u4F53: { altName: "SimHei", panose: "02010609060101010101", charset: "86", family: "swiss", pitch: "variable" },
      SimHei: { altName: "\u9ED1\u4F53", panose: "02010609060101010101", charset: "86", family: "swiss", pitch: "variable" },
      KaiTi: { altName: "\u6977\u4F53", panose: "02010609060101010101", charset: "86", family: "roman", pitch: "variable" },
      FangSong: { altName: "\u4EFF\u5B8B", panose: "02010609060101010101", charset: "86", family: "roman", pitch: "variable" },
      \u6977\u4F53: { altName: "KaiTi", panose: "02010609060101010101", charset: "86", family: "roman", pitch: "variable" },
      \u4EFF\u5B8B: { altName: "FangSong", panose: "02010609060101010101", charset: "86", family: "roman", pitch: "variable" },
      \u5FAE\u8F6F\u96C5\u9ED1: { altName: "Microsoft YaHei", panose: "020B0503020204020204", charset: "86", family: "swiss", pitch: "variable" },
      "Microsoft YaHei": { altName: "\u5FAE\u8F6F\u96C5\u9ED1", panose: "020B0503020204020204", charset: "86", family: "swiss", pitch: "variable" },
      "Times New Roman": { panose: "02020603050405020304", charset: "00", family: "roman", pitch: "variable" },
      Arial: { panose: "020B0604020202020204", charset: "00", family: "swiss", pitch: "variable" },
      Calibri: { panose: "020F0502020204030204", charset: "00", family: "swiss", pitch: "variable" },
      Cambria: { panose: "02040503050406030204", charset: "00", family: "roman", pitch: "variable" },
      Consolas: { panose: "020B0609020204030204", charset: "00", family: "modern", pitch: "fixed" }
    };
    ENGLISH_NAMES = { \u5B8B\u4F53: "SimSun", \u9ED1\u4F53: "SimHei", \u6977\u4F53: "KaiTi", \u4EFF\u5B8B: "FangSong", \u5FAE\u8F6F\u96C5\u9ED1: "Microsoft YaHei" };
    escapeXml = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
    W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    LANGUAGE = { "zh-CN": "zh-CN", en: "en-GB" };
    SECTION_END = 1;
    DEFAULT_PARAGRAPH_FONT = '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>';
  }
});

// src/render/docx/styles.ts
import { AlignmentType as AlignmentType5, LineRuleType as LineRuleType3 } from "docx";
function buildStyles(look, missing, tocLine) {
  const lang = pick(look.lang, LOOK);
  const body = fonts(look.latinFont, look.bodyFont);
  const heading = fonts(look.latinHeadingFont, look.headingFont);
  const m = metrics(look);
  const exact = (pt) => ({ line: twips(pt), lineRule: LineRuleType3.EXACT });
  const ink = lang.ink;
  const headingStyle = (level) => {
    const h = m.heading[level - 1];
    return {
      id: `Heading${level}`,
      name: `heading ${level}`,
      basedOn: "Normal",
      next: "Normal",
      quickFormat: true,
      run: { font: heading, size: halfPoints(h.size), bold: lang.boldHeading(level), color: ink },
      paragraph: {
        spacing: { before: twips(h.before), after: twips(h.after), ...exact(h.line) },
        keepNext: true,
        keepLines: true,
        outlineLevel: level - 1,
        indent: noIndent
      }
    };
  };
  const all = [
    {
      id: "Normal",
      name: "Normal",
      quickFormat: true,
      run: { font: body, size: halfPoints(look.fontSize) },
      paragraph: {
        spacing: { ...exact(m.body), after: twips(m.bodyAfter) },
        alignment: lang.align,
        // Two characters: Word reads firstLineChars, LibreOffice the twips.
        ...look.indentFirstLine ? { indent: { firstLine: twips(look.fontSize * 2), firstLineChars: 200 } } : {}
      }
    },
    {
      id: "Title",
      name: "Title",
      basedOn: "Normal",
      next: "Normal",
      quickFormat: true,
      run: { font: heading, size: halfPoints(m.title.size), bold: true, color: ink },
      paragraph: { alignment: AlignmentType5.CENTER, spacing: { before: twips(12), after: twips(24), ...exact(m.title.line) }, indent: noIndent, keepNext: true }
    },
    {
      id: "Subtitle",
      name: "Subtitle",
      basedOn: "Normal",
      next: "Normal",
      quickFormat: true,
      run: { font: heading, size: halfPoints(lang.subtitle), color: "404040" },
      paragraph: { alignment: AlignmentType5.CENTER, spacing: { after: twips(36) }, indent: noIndent }
    },
    headingStyle(1),
    headingStyle(2),
    headingStyle(3),
    headingStyle(4),
    {
      id: "ListParagraph",
      name: "List Paragraph",
      basedOn: "Normal",
      quickFormat: true,
      paragraph: { indent: noIndent }
    },
    {
      id: "CoverMeta",
      name: "Cover Meta",
      basedOn: "Normal",
      run: { font: body, size: halfPoints(m.cover.size) },
      paragraph: { alignment: AlignmentType5.CENTER, spacing: exact(m.cover.line), indent: noIndent }
    },
    {
      id: "TOCHeading",
      name: "TOC Heading",
      basedOn: "Normal",
      next: "Normal",
      quickFormat: true,
      run: { font: heading, size: halfPoints(m.toc.heading.size), bold: lang.boldHeading(1), color: ink },
      paragraph: { alignment: AlignmentType5.CENTER, spacing: { before: twips(m.toc.heading.before), after: twips(m.toc.heading.after), ...exact(m.toc.heading.line) }, indent: noIndent }
    },
    {
      id: "TableText",
      name: "Table Text",
      basedOn: "Normal",
      run: { font: body, size: halfPoints(m.table.size) },
      paragraph: { spacing: { ...exact(m.table.line), before: 0, after: 0 }, alignment: AlignmentType5.LEFT, indent: noIndent }
    },
    // The contents list headings 1 and 2 (page.ts); a TOC 3 style would go unused.
    ...[1, 2].map((level) => ({
      id: `TOC${level}`,
      name: `toc ${level}`,
      basedOn: "Normal",
      next: "Normal",
      run: { font: body, size: halfPoints(look.fontSize) },
      paragraph: {
        // tocLine: a little tighter when that keeps the contents off a nearly empty page (index.ts).
        spacing: { before: level === 1 ? twips(m.toc.before) : 0, after: 0, ...exact(tocLine ?? m.toc.line) },
        indent: { left: twips((level - 1) * look.fontSize * 2), firstLine: 0, firstLineChars: 0 }
      }
    }))
  ];
  if (missing) return { paragraphStyles: all.filter((s) => missing.has(s.id)) };
  return {
    default: {
      // The language of the text, East Asian set apart: readers pick Chinese glyphs and line breaking by it.
      document: { run: { font: body, size: halfPoints(look.fontSize), language: lang.lang }, paragraph: { spacing: { ...exact(m.body), after: 0 } } }
    },
    paragraphStyles: all
  };
}
var DEFAULT_STYLE_IDS, fonts, LOOK, noIndent;
var init_styles = __esm({
  "src/render/docx/styles.ts"() {
    "use strict";
    init_localized();
    init_look();
    init_parts();
    DEFAULT_STYLE_IDS = {
      title: "Title",
      subtitle: "Subtitle",
      heading: ["Heading1", "Heading2", "Heading3", "Heading4"],
      normal: "Normal",
      tocHeading: "TOCHeading",
      listParagraph: "ListParagraph",
      tableText: "TableText",
      cover: "CoverMeta"
    };
    fonts = (latin, eastAsia) => ({ ascii: latin, hAnsi: latin, eastAsia: fontName(eastAsia), cs: latin });
    LOOK = {
      "zh-CN": { ink: "000000", boldHeading: (level) => level >= 3, align: AlignmentType5.JUSTIFIED, subtitle: 16, lang: { value: "en-US", eastAsia: "zh-CN" } },
      en: { ink: "1F3864", boldHeading: () => true, align: AlignmentType5.LEFT, subtitle: 14, lang: { value: "en-GB", eastAsia: "zh-CN" } }
    };
    noIndent = { firstLine: 0, firstLineChars: 0 };
  }
});

// src/render/docx/contents.ts
function flow(levels, look, line) {
  const m = metrics(look);
  const h = m.toc.heading;
  let pages = 1;
  let y = h.before + h.line + h.after;
  let last2 = 0;
  for (const level of levels) {
    const height = line + (level === 1 ? m.toc.before : 0);
    if (y + height > PAGE_HEIGHT) {
      pages++;
      y = 0;
      last2 = 0;
    }
    y += height;
    last2++;
  }
  if (y + SECTION_END > PAGE_HEIGHT) return { pages: pages + 1, last: 0 };
  return { pages, last: last2 };
}
function tocLayout(levels, look) {
  const usual = metrics(look).toc.line;
  const first = flow(levels, look, usual);
  if (first.pages === 1 || first.last >= SPILL) return { pages: first.pages, line: usual };
  for (let line = usual - 0.5; line >= usual * TIGHTEST; line -= 0.5) {
    const tighter = flow(levels, look, line);
    if (tighter.pages < first.pages) return { pages: tighter.pages, line };
  }
  return { pages: first.pages, line: usual };
}
var SPILL, TIGHTEST;
var init_contents = __esm({
  "src/render/docx/contents.ts"() {
    "use strict";
    init_look();
    init_pagination();
    init_parts();
    SPILL = 12;
    TIGHTEST = 0.8;
  }
});

// src/render/docx/index.ts
var docx_exports = {};
__export(docx_exports, {
  renderDocx: () => renderDocx
});
import { Document, Packer, SectionType } from "docx";
import { zipSync } from "fflate";
import { toString as toString4 } from "mdast-util-to-string";
function isMetaParagraph(node) {
  if (node?.type !== "paragraph") return false;
  const data2 = node.data;
  if (data2?.role === "meta") return true;
  return node.children[0]?.type === "strong" && node.children.filter((c) => c.type === "break").length >= 1;
}
async function renderDocx(doc, options = {}) {
  const look = resolveLook(doc.meta.lang, doc.meta.docx, options.settings);
  const ids2 = options.reference?.ids ?? DEFAULT_STYLE_IDS;
  const nodes = doc.tree.children;
  const h1s = nodes.filter((n) => n.type === "heading" && n.depth === 1);
  const first = nodes[0];
  const titleIsFirst = first?.type === "heading" && first.depth === 1 && h1s.length === 1;
  const title = titleIsFirst ? toString4(first) : doc.meta.title;
  let rest = titleIsFirst ? nodes.slice(1) : nodes;
  const metaParagraph = isMetaParagraph(rest[0]) ? rest[0] : void 0;
  if (metaParagraph) rest = rest.slice(1);
  const ctx = {
    look,
    ids: ids2,
    textWidth: A4.width - MARGIN.left - MARGIN.right,
    topDepth: titleIsFirst ? 2 : nodes.reduce((m, n) => n.type === "heading" ? Math.min(m, n.depth) : m, 9),
    nextOrderedInstance: 1,
    bookmarks: /* @__PURE__ */ new Map(),
    closing: closingOf(rest)
  };
  const tocHeadings = rest.filter((n) => n.type === "heading" && n.depth - ctx.topDepth < 2);
  tocHeadings.forEach((h, i) => ctx.bookmarks.set(h, `_Toc_sp${String(i + 1).padStart(3, "0")}`));
  const estimate = estimateHeadingPages(rest, look, 1, ctx.topDepth);
  const pages = estimate.headings;
  const entries = tocHeadings.map((h) => ({
    title: toString4(h),
    level: h.depth - ctx.topDepth + 1,
    page: pages.get(h) ?? 1,
    href: ctx.bookmarks.get(h)
  }));
  const contents = look.toc && entries.length ? tocLayout(entries.map((e) => e.level), look) : void 0;
  const front = [...coverBlock(title, doc.meta, metaParagraph, look, ids2)];
  if (contents) front.push(...tocBlock(look, ids2, entries));
  const separateFront = look.cover || contents !== void 0;
  const drawChart = rest.some((n) => n.type === "chart") ? await loadDocxCharts() : void 0;
  if (drawChart) ctx.chart = (chart) => drawChart(chart, look, { textWidth: ctx.textWidth, style: ids2.normal });
  const body = blockChildren(rest, ctx);
  const bodyPages = estimate.last;
  mark("docx: body converted");
  const page = { size: A4, margin: MARGIN };
  const bodySection = {
    properties: { page: { ...page, pageNumbers: { start: 1 } }, ...separateFront ? { type: SectionType.NEXT_PAGE } : {} },
    headers: { default: runningHeader(title, doc.meta, look) },
    footers: { default: pageFooter(look) },
    children: separateFront ? body : [...front, ...body]
  };
  const styles = buildStyles(look, options.reference?.missing, contents?.line);
  const document = new Document({
    title,
    subject: doc.meta.period || title,
    creator: doc.meta.author ?? "salesplan",
    description: doc.meta.period,
    keywords: pick(look.lang, KEYWORDS),
    lastModifiedBy: "salesplan",
    ...options.reference ? { externalStyles: options.reference.stylesXml } : {},
    styles,
    numbering: numberingConfig(),
    ...drawChart ? { theme: docxChartTheme(look) } : {},
    sections: separateFront ? [{ properties: { page }, children: front }, bodySection] : [bodySection]
  });
  mark("docx: document object");
  const facts = { ...doc.meta.company ? { company: doc.meta.company } : {}, bodyPages, pages: (look.cover ? 1 : 0) + (contents?.pages ?? 0) + bodyPages };
  const ownStyles = options.reference ? void 0 : new Set((styles.paragraphStyles ?? []).map((s) => s.id));
  const bytes = await pack(document, (parts2) => finishParts(parts2, look, facts, ownStyles));
  mark("docx: packed");
  return bytes;
}
async function pack(document, finish) {
  const compiler = Packer.compiler;
  if (typeof compiler?.compile !== "function") return new Uint8Array(await Packer.toBuffer(document));
  const encoder = new TextEncoder();
  const files3 = {};
  const parts2 = compiler.compile(document, void 0, []);
  finish(parts2);
  mark("docx: parts compiled");
  for (const [path, data2] of parts2) files3[path] = typeof data2 === "string" ? encoder.encode(data2) : data2;
  const zipped = zipSync(files3, { level: 1 });
  mark("docx: zipped");
  return zipped;
}
var A4, MARGIN, KEYWORDS;
var init_docx2 = __esm({
  "src/render/docx/index.ts"() {
    "use strict";
    init_blocks();
    init_look();
    init_page();
    init_parts();
    init_keep();
    init_localized();
    init_styles();
    init_pagination();
    init_contents();
    init_timing();
    init_docx();
    A4 = { width: 11906, height: 16838 };
    MARGIN = { top: 1440, bottom: 1440, left: 1440, right: 1440, header: 851, footer: 992 };
    KEYWORDS = { "zh-CN": "\u9500\u552E\u8BA1\u5212", en: "sales plan" };
  }
});

// src/io/zip.ts
import { unzipSync } from "fflate";
function isZip(bytes) {
  return bytes.length >= 4 && bytes[0] === 80 && bytes[1] === 75 && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6);
}
function readZipParts(bytes, wanted, limits = DEFAULT_ZIP_LIMITS) {
  if (!isZip(bytes)) throw new ZipError("not-zip");
  let total2 = 0;
  let parts2;
  try {
    parts2 = unzipSync(bytes, {
      filter(file) {
        if (!wanted(file.name)) return false;
        if (file.originalSize > limits.maxPartBytes) throw new ZipError("too-large");
        if (file.size > 0 && file.originalSize / file.size > limits.maxRatio && file.originalSize > 1024 * 1024) throw new ZipError("bomb");
        total2 += file.originalSize;
        if (total2 > limits.maxTotalBytes) throw new ZipError("too-large");
        return true;
      }
    });
  } catch (error) {
    if (error instanceof ZipError) throw error;
    throw new ZipError("not-zip");
  }
  let actual = 0;
  for (const data2 of Object.values(parts2)) {
    if (data2.length > limits.maxPartBytes) throw new ZipError("bomb");
    actual += data2.length;
  }
  if (actual > limits.maxTotalBytes) throw new ZipError("bomb");
  return parts2;
}
function isOleContainer(bytes) {
  return bytes.length >= 8 && bytes[0] === 208 && bytes[1] === 207 && bytes[2] === 17 && bytes[3] === 224 && bytes[4] === 161 && bytes[5] === 177 && bytes[6] === 26 && bytes[7] === 225;
}
function whyNotDocx(bytes, error) {
  if (error instanceof ZipError && error.reason !== "not-zip") return error.reason;
  if (isOleContainer(bytes)) return "ole";
  if (isZip(bytes)) return "damaged";
  return "not-zip";
}
function xmlText2(bytes) {
  let encoding = "utf-8";
  let start2 = 0;
  if (bytes[0] === 255 && bytes[1] === 254) [encoding, start2] = ["utf-16le", 2];
  else if (bytes[0] === 254 && bytes[1] === 255) [encoding, start2] = ["utf-16be", 2];
  else if (bytes[0] === 60 && bytes[1] === 0) encoding = "utf-16le";
  else if (bytes[0] === 0 && bytes[1] === 60) encoding = "utf-16be";
  else if (bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191) start2 = 3;
  const text3 = new TextDecoder(encoding).decode(bytes.subarray(start2));
  return encoding === "utf-8" ? text3 : text3.replace(/^(<\?xml[^>]*?encoding=["'])[^"']*(["'])/, "$1UTF-8$2");
}
var DEFAULT_ZIP_LIMITS, ZipError;
var init_zip = __esm({
  "src/io/zip.ts"() {
    "use strict";
    DEFAULT_ZIP_LIMITS = { maxPartBytes: 64 * 1024 * 1024, maxTotalBytes: 128 * 1024 * 1024, maxRatio: 200 };
    ZipError = class extends Error {
      constructor(reason) {
        super(reason);
        this.reason = reason;
      }
      reason;
    };
  }
});

// src/ooxml/messages.ts
var docxText;
var init_messages3 = __esm({
  "src/ooxml/messages.ts"() {
    "use strict";
    docxText = {
      notDocx: {
        "zh-CN": "{file} \u4E0D\u662F\u6709\u6548\u7684 Word \u6587\u6863\uFF08.docx\uFF09\u3002\u8BF7\u5728 Word \u6216 WPS \u4E2D\u53E6\u5B58\u4E3A .docx \u683C\u5F0F\u540E\u91CD\u8BD5\u3002",
        en: "{file} is not a valid Word document (.docx). Save it as .docx from Word or WPS and try again."
      },
      ole: {
        "zh-CN": "{file} \u662F\u65E7\u7248 Word\uFF08.doc\uFF09\u683C\u5F0F\uFF0C\u6216\u662F\u8BBE\u7F6E\u4E86\u6253\u5F00\u5BC6\u7801\u7684\u6587\u6863\uFF08Word \u628A\u52A0\u5BC6\u7684\u6587\u6863\u5B58\u6210\u8FD9\u79CD\u683C\u5F0F\uFF09\u3002\u8BF7\u5728 Word \u6216 WPS \u4E2D\u53D6\u6D88\u5BC6\u7801\u3001\u53E6\u5B58\u4E3A .docx \u540E\u91CD\u8BD5\u3002",
        en: "{file} is an old Word (.doc) file, or a document with a password (Word saves encrypted documents in that format). Remove the password and save it as .docx in Word or WPS, then try again."
      },
      damaged: {
        "zh-CN": "{file} \u5DF2\u635F\u574F\u6216\u4E0D\u5B8C\u6574\uFF08\u53EF\u80FD\u5728\u4E0B\u8F7D\u3001\u590D\u5236\u6216\u540C\u6B65\u65F6\u4E2D\u65AD\uFF09\u3002\u8BF7\u91CD\u65B0\u5BFC\u51FA\uFF0C\u6216\u4ECE\u539F\u5904\u91CD\u65B0\u590D\u5236\u4E00\u4EFD\u3002",
        en: "{file} is damaged or incomplete (a download, copy or sync may have been cut short). Export it again, or copy it again from where it came from."
      },
      tooLarge: {
        "zh-CN": "{file} \u89E3\u538B\u540E\u8FC7\u5927\u6216\u7ED3\u6784\u5F02\u5E38\uFF08\u53EF\u80FD\u662F\u538B\u7F29\u70B8\u5F39\uFF09\uFF0C\u5DF2\u62D2\u7EDD\u5904\u7406\u3002",
        en: "{file} is too large once uncompressed, or malformed (it may be a zip bomb), and was refused."
      },
      noStyles: {
        "zh-CN": "{file} \u4E2D\u6CA1\u6709\u6837\u5F0F\u5B9A\u4E49\uFF08word/styles.xml\uFF09\uFF0C\u65E0\u6CD5\u4F5C\u4E3A\u53C2\u8003\u6A21\u677F\u3002\u8BF7\u7528 Word \u6216 WPS \u53E6\u5B58\u4E00\u4EFD .docx \u4F5C\u4E3A\u6A21\u677F\u3002",
        en: "{file} has no style definitions (word/styles.xml) to take styles from. Save a .docx from Word or WPS to use as the reference."
      },
      noDocument: {
        "zh-CN": "{file} \u4E2D\u6CA1\u6709\u6B63\u6587\u90E8\u5206\uFF08word/document.xml\uFF09\uFF0C\u4E0D\u662F\u5B8C\u6574\u7684 Word \u6587\u6863\u3002",
        en: "{file} has no document body (word/document.xml): it is not a complete Word document."
      }
    };
  }
});

// src/ooxml/read.ts
import { SaxesParser } from "saxes";
function attr(tag, name) {
  for (const [key, value] of Object.entries(tag.attributes)) if (local(key) === name) return value;
  return void 0;
}
function parse(xml, handlers) {
  const parser = new SaxesParser({ xmlns: false });
  const path = [];
  parser.on("opentag", (tag) => {
    const name = local(tag.name);
    handlers.open(tag, name, path);
    if (tag.isSelfClosing) handlers.close(name, path);
    else path.push(name);
  });
  parser.on("closetag", (tag) => {
    if (tag.isSelfClosing) return;
    path.pop();
    handlers.close(local(tag.name), path);
  });
  parser.on("text", (text3) => handlers.text(text3, path));
  parser.on("error", (error) => {
    throw error;
  });
  parser.write(xml).close();
}
function readStyles(xml) {
  const styles = /* @__PURE__ */ new Map();
  if (!xml) return styles;
  let id;
  let info = { numbered: false, bold: false };
  parse(xml, {
    open(tag, name, path) {
      const parent = path[path.length - 1];
      if (name === "style") {
        id = attr(tag, "styleId");
        info = { numbered: false, bold: false };
      } else if (id !== void 0) {
        if (name === "name" && parent === "style") info.name = attr(tag, "val");
        else if (name === "basedOn" && parent === "style") info.basedOn = attr(tag, "val");
        else if (name === "outlineLvl" && parent === "pPr") info.outlineLevel = Number(attr(tag, "val"));
        else if (name === "numPr" && parent === "pPr") info.numbered = true;
        else if (name === "b" && parent === "rPr") info.bold = isOn(tag);
      }
    },
    close(name) {
      if (name === "style" && id) styles.set(id, info);
      if (name === "style") id = void 0;
    },
    text() {
    }
  });
  return styles;
}
function docxProblem(bytes, error) {
  const why = whyNotDocx(bytes, error);
  return why === "ole" ? docxText.ole : why === "damaged" ? docxText.damaged : why === "not-zip" ? docxText.notDocx : docxText.tooLarge;
}
var local, isOn;
var init_read = __esm({
  "src/ooxml/read.ts"() {
    "use strict";
    init_errors();
    init_localized();
    init_zip();
    init_messages3();
    local = (name) => name.slice(name.indexOf(":") + 1);
    isOn = (tag) => !["0", "false", "off"].includes(attr(tag, "val") ?? "");
  }
});

// src/render/docx/reference.ts
var reference_exports = {};
__export(reference_exports, {
  readReference: () => readReference
});
function readReference(path, lang) {
  const bytes = readInputBytes(path, lang, { maxBytes: 50 * 1024 * 1024 });
  let parts2;
  try {
    parts2 = readZipParts(bytes, (name) => name === "word/styles.xml");
  } catch (error) {
    throw new UserError(say(lang, docxProblem(bytes, error), { file: path }), ExitCode.usage);
  }
  const stylesPart = parts2["word/styles.xml"];
  if (!stylesPart) throw new UserError(say(lang, docxText.noStyles, { file: path }), ExitCode.usage);
  const stylesXml = xmlText2(stylesPart);
  let styles;
  try {
    styles = readStyles(stylesXml);
  } catch {
    throw new UserError(say(lang, docxText.notDocx, { file: path }), ExitCode.usage);
  }
  const byName = /* @__PURE__ */ new Map();
  for (const [id, style] of styles) if (style.name) byName.set(style.name.toLowerCase(), id);
  if (byName.size === 0) throw new UserError(say(lang, docxText.noStyles, { file: path }), ExitCode.usage);
  const ids2 = { ...DEFAULT_STYLE_IDS, heading: [...DEFAULT_STYLE_IDS.heading] };
  const missing = /* @__PURE__ */ new Set([DEFAULT_STYLE_IDS.tableText, DEFAULT_STYLE_IDS.cover]);
  for (const [key, name] of NAMES2) {
    const found = byName.get(name);
    const fallback = key.startsWith("heading") ? DEFAULT_STYLE_IDS.heading[Number(key.slice(-1)) - 1] : DEFAULT_STYLE_IDS[key];
    if (!found) missing.add(fallback);
    const id = found ?? fallback;
    if (key.startsWith("heading")) ids2.heading[Number(key.slice(-1)) - 1] = id;
    else ids2[key] = id;
  }
  for (let level = 1; level <= 2; level++) if (!byName.has(`toc ${level}`)) missing.add(`TOC${level}`);
  return { stylesXml, ids: ids2, missing };
}
var NAMES2;
var init_reference = __esm({
  "src/render/docx/reference.ts"() {
    "use strict";
    init_errors();
    init_localized();
    init_files();
    init_zip();
    init_messages3();
    init_read();
    init_styles();
    NAMES2 = [
      ["title", "title"],
      ["subtitle", "subtitle"],
      ["heading1", "heading 1"],
      ["heading2", "heading 2"],
      ["heading3", "heading 3"],
      ["heading4", "heading 4"],
      ["normal", "normal"],
      ["tocHeading", "toc heading"],
      ["listParagraph", "list paragraph"]
    ];
  }
});

// src/writers/docx.ts
var docx_exports2 = {};
__export(docx_exports2, {
  render: () => render2
});
async function render2({ doc }, { lang, flags }) {
  const { renderDocx: renderDocx2 } = await Promise.resolve().then(() => (init_docx2(), docx_exports));
  const { readReference: readReference2 } = await Promise.resolve().then(() => (init_reference(), reference_exports));
  mark("docx modules loaded");
  return renderDocx2(doc, {
    settings: docxSettingsFromFlags(flags),
    ...flags.referenceDocx ? { reference: readReference2(flags.referenceDocx, lang) } : {}
  });
}
var init_docx3 = __esm({
  "src/writers/docx.ts"() {
    "use strict";
    init_timing();
    init_docx_flags();
  }
});

// src/writers/pdf.ts
var pdf_exports = {};
__export(pdf_exports, {
  render: () => render3
});
import { execFile } from "node:child_process";
import { accessSync, constants as constants2, existsSync as existsSync3, mkdtempSync, readFileSync as readFileSync3, rmSync as rmSync2, writeFileSync as writeFileSync2 } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, join as join5 } from "node:path";
import { pathToFileURL } from "node:url";
function executable(file) {
  try {
    accessSync(file, constants2.X_OK);
    return true;
  } catch {
    return false;
  }
}
function findSoffice(context) {
  const named = process.env.SALESPLAN_SOFFICE;
  if (named) {
    if (!executable(named)) throw new UserError(say(context.lang, T.notExecutable, { file: named }), ExitCode.usage);
    return named;
  }
  for (const dir of (process.env.PATH ?? "").split(delimiter).filter(Boolean)) {
    for (const name of NAMES3) if (executable(join5(dir, name))) return join5(dir, name);
  }
  const known = KNOWN.find((f) => existsSync3(f) && executable(f));
  if (known) return known;
  throw new UserError(say(context.lang, T.missing), ExitCode.usage);
}
async function render3(input, context) {
  const soffice = findSoffice(context);
  const docx = await render2(input, context);
  const dir = mkdtempSync(join5(tmpdir(), "salesplan-pdf-"));
  try {
    const source = join5(dir, "plan.docx");
    writeFileSync2(source, docx);
    const args = ["--headless", "--norestore", "--nolockcheck", `-env:UserInstallation=${pathToFileURL(join5(dir, "profile")).href}`, "--convert-to", "pdf", "--outdir", dir, source];
    const detail = await new Promise((resolve2) => {
      execFile(soffice, args, { timeout: TIMEOUT_MS, windowsHide: true }, (error, _stdout, stderr) => resolve2(error ? stderr.trim().split("\n").pop() || error.message : void 0));
    });
    const pdf = join5(dir, "plan.pdf");
    if (detail !== void 0 || !existsSync3(pdf)) throw new UserError(say(context.lang, T.failed, { detail: detail ?? "no PDF was written" }), ExitCode.usage);
    return new Uint8Array(readFileSync3(pdf));
  } finally {
    rmSync2(dir, { recursive: true, force: true });
  }
}
var T, KNOWN, NAMES3, TIMEOUT_MS;
var init_pdf = __esm({
  "src/writers/pdf.ts"() {
    "use strict";
    init_errors();
    init_localized();
    init_docx3();
    T = {
      missing: {
        "zh-CN": "-f pdf \u9700\u8981 LibreOffice\uFF0C\u4F46\u6CA1\u6709\u627E\u5230\uFF08PATH \u4E2D\u6CA1\u6709 soffice\uFF09\u3002\u8BF7\u5B89\u88C5 LibreOffice\uFF08Debian/Ubuntu\uFF1Asudo apt install libreoffice-writer fonts-noto-cjk\uFF1BmacOS\uFF1Abrew install --cask libreoffice\uFF1BWindows\uFF1Ahttps://www.libreoffice.org/download/\uFF09\uFF0C\u6216\u7528 SALESPLAN_SOFFICE \u6307\u5B9A soffice \u7684\u8DEF\u5F84\u3002-f docx \u4E0D\u9700\u8981 LibreOffice\uFF0C\u53EF\u4EE5\u76F4\u63A5\u4F7F\u7528\u3002",
        en: "-f pdf needs LibreOffice, which was not found (no soffice on PATH). Install LibreOffice (Debian/Ubuntu: sudo apt install libreoffice-writer fonts-noto-cjk; macOS: brew install --cask libreoffice; Windows: https://www.libreoffice.org/download/), or name soffice with SALESPLAN_SOFFICE. -f docx needs no LibreOffice and works as it is."
      },
      notExecutable: {
        "zh-CN": "SALESPLAN_SOFFICE \u6307\u5411\u7684 {file} \u4E0D\u5B58\u5728\u6216\u4E0D\u80FD\u8FD0\u884C\u3002\u8BF7\u6539\u4E3A LibreOffice \u7684 soffice \u7A0B\u5E8F\u7684\u8DEF\u5F84\uFF0C\u6216\u5220\u53BB\u8FD9\u4E2A\u73AF\u5883\u53D8\u91CF\u3002-f docx \u4E0D\u9700\u8981 LibreOffice\u3002",
        en: "SALESPLAN_SOFFICE names {file}, which does not exist or cannot be run. Name LibreOffice\u2019s soffice program, or unset it. -f docx needs no LibreOffice."
      },
      failed: {
        "zh-CN": "LibreOffice \u672A\u80FD\u628A\u6587\u6863\u8F6C\u6362\u4E3A PDF\uFF1A{detail}\u3002\u53EF\u5148\u7528 -f docx \u751F\u6210 Word \u6587\u6863\u3002",
        en: "LibreOffice could not convert the document to PDF: {detail}. -f docx writes the Word document meanwhile."
      }
    };
    KNOWN = ["/Applications/LibreOffice.app/Contents/MacOS/soffice", "C:\\Program Files\\LibreOffice\\program\\soffice.exe", "C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe"];
    NAMES3 = process.platform === "win32" ? ["soffice.exe", "soffice.com"] : ["soffice", "libreoffice"];
    TIMEOUT_MS = 18e4;
  }
});

// src/data/rfm.ts
var TIER_ORDER;
var init_rfm = __esm({
  "src/data/rfm.ts"() {
    "use strict";
    init_decimal();
    TIER_ORDER = ["core", "potential", "regular", "lapsed"];
  }
});

// src/data/messages.ts
var dataText;
var init_messages4 = __esm({
  "src/data/messages.ts"() {
    "use strict";
    dataText = {
      sheetTooBig: {
        "zh-CN": "{file} \u7684\u5DE5\u4F5C\u8868\u201C{sheet}\u201D\u8303\u56F4\u8FC7\u5927\uFF08{ref}\uFF0C{rows} \u884C \xD7 {columns} \u5217\uFF09\uFF0C\u8D85\u8FC7\u4E0A\u9650 {max} \u4E2A\u5355\u5143\u683C\uFF0C\u5DF2\u62D2\u7EDD\u8BFB\u53D6\u3002\u8BF7\u5220\u6389\u8868\u683C\u672B\u5C3E\u8FDC\u5904\u7684\u7A7A\u5355\u5143\u683C\u6216\u683C\u5F0F\uFF08Ctrl+End \u53EF\u4EE5\u770B\u5230\u8868\u683C\u7684\u771F\u5B9E\u672B\u5C3E\uFF09\uFF0C\u6216\u53E6\u5B58\u4E3A CSV\u3002",
        en: 'Sheet "{sheet}" of {file} spans too far ({ref}, {rows} rows \xD7 {columns} columns), more than the limit of {max} cells, and is not read. Delete the far-away cells or formatting at its end (Ctrl+End shows where Excel thinks it ends), or save it as CSV.'
      },
      delimiter: {
        "zh-CN": "{file}\uFF1A\u6309\u8868\u5934\u8BC6\u522B\u7684\u5206\u9694\u7B26\u4E3A{name}\uFF08{mark}\uFF09\uFF0C\u5168\u8868\u6309\u5B83\u62C6\u5206\u3002",
        en: "{file}: the separator found in the header is {name} ({mark}); the whole file is split on it."
      },
      delimiterComma: { "zh-CN": "\u9017\u53F7", en: "the comma" },
      delimiterSemicolon: { "zh-CN": "\u5206\u53F7", en: "the semicolon" },
      delimiterTab: { "zh-CN": "\u5236\u8868\u7B26", en: "the tab" },
      delimiterFullwidthComma: { "zh-CN": "\u5168\u89D2\u9017\u53F7", en: "the full-width comma" },
      delimiterPipe: { "zh-CN": "\u7AD6\u7EBF", en: "the vertical bar" },
      mojibake: {
        "zh-CN": "\u8FD9\u4E2A\u6587\u4EF6\u6309 UTF-8 \u8BFB\u53D6\uFF0C\u4F46\u6587\u5B57\u4E0D\u50CF\u4E2D\u6587\uFF08\u5982 {sample}\uFF09\uFF1A\u5B83\u53EF\u80FD\u662F GBK \u7F16\u7801\u3002\u82E5\u540D\u79F0\u663E\u793A\u4E3A\u4E71\u7801\uFF0C\u8BF7\u5728 Excel \u4E2D\u53E6\u5B58\u4E3A\u201CCSV UTF-8\u201D\u3002",
        en: 'this file was read as UTF-8, but its text does not look like it (e.g. {sample}): it may be GBK. If the names look garbled, save it from Excel as "CSV UTF-8".'
      },
      onlyName: {
        "zh-CN": "\u8FD9\u4E00\u884C\u53EA\u6709\u5BA2\u6237\u540D\u79F0\uFF0C\u6CA1\u6709\u6700\u8FD1\u8D2D\u4E70\u65E5\u671F\u3001\u8BA2\u5355\u6570\u548C\u9500\u552E\u989D\u3002\u8BF7\u8865\u4E0A\u8FD9\u4E9B\u6570\u636E\uFF0C\u6216\u5220\u9664\u8FD9\u4E00\u884C\u3002",
        en: "this row has only a customer name, no last purchase date, orders or revenue. Fill them in, or delete the row."
      },
      headersHidden: {
        "zh-CN": "\uFF08{count} \u5217\uFF0C\u6CA1\u6709\u4E00\u5217\u662F\u5DF2\u77E5\u7684\u5217\u540D\uFF0C\u5185\u5BB9\u4E0D\u5728\u6B64\u5217\u51FA\uFF09",
        en: "({count} columns, none of them a known one; not quoted here)"
      },
      moreWarnings: {
        "zh-CN": "\uFF08\u53E6\u6709 {count} \u6761\u8B66\u544A\u672A\u5217\u51FA\uFF09",
        en: " ({count} more warnings not listed)"
      },
      binary: {
        "zh-CN": "{file} \u4E0D\u662F CSV \u6587\u672C\u6587\u4EF6\u3002\u8BF7\u5728 Excel \u4E2D\u201C\u53E6\u5B58\u4E3A CSV\u201D\u6216\u76F4\u63A5\u4F7F\u7528 .xlsx \u6587\u4EF6\u3002",
        en: "{file} is not a CSV text file. Save it as CSV from Excel, or use the .xlsx file itself."
      },
      unknownEncoding: {
        "zh-CN": "\u65E0\u6CD5\u8BC6\u522B {file} \u7684\u7F16\u7801\uFF08\u65E2\u4E0D\u662F UTF-8 \u4E5F\u4E0D\u662F GBK\uFF09\u3002\u8BF7\u5728 Excel \u4E2D\u53E6\u5B58\u4E3A\u201CCSV UTF-8\u201D\u3002",
        en: 'The encoding of {file} is neither UTF-8 nor GBK. Save it from Excel as "CSV UTF-8".'
      },
      csvSyntax: {
        "zh-CN": "{file} \u4E0D\u662F\u6709\u6548\u7684 CSV\uFF1A{detail}",
        en: "{file} is not valid CSV: {detail}"
      },
      csvSyntaxShort: {
        "zh-CN": "CSV \u683C\u5F0F\u9519\u8BEF\uFF08\u5F15\u53F7\u672A\u95ED\u5408\u6216\u5206\u9694\u7B26\u6DF7\u4E71\uFF09\uFF0C\u8BF7\u5728 Excel \u4E2D\u91CD\u65B0\u5BFC\u51FA\u3002",
        en: "Malformed CSV (an unclosed quote or mixed separators): export it again from Excel."
      },
      empty: {
        "zh-CN": "{file} \u662F\u7A7A\u7684\uFF1A\u9700\u8981\u4E00\u884C\u8868\u5934\u548C\u81F3\u5C11\u4E00\u884C\u6570\u636E\u3002",
        en: "{file} is empty: it needs a header row and at least one row of data."
      },
      notXlsx: {
        "zh-CN": "{file} \u4E0D\u662F\u6709\u6548\u7684 .xlsx \u6587\u4EF6\uFF08\u53EF\u80FD\u5DF2\u635F\u574F\uFF0C\u6216\u53EA\u662F\u6539\u4E86\u6269\u5C55\u540D\uFF09\u3002\u8BF7\u5728 Excel \u4E2D\u91CD\u65B0\u4FDD\u5B58\u3002",
        en: "{file} is not a valid .xlsx file (it may be damaged, or only renamed). Save it again from Excel."
      },
      xlsxTooLarge: {
        "zh-CN": "{file} \u89E3\u538B\u540E\u8FC7\u5927\u6216\u538B\u7F29\u6BD4\u5F02\u5E38\uFF08\u7591\u4F3C\u538B\u7F29\u70B8\u5F39\uFF09\uFF0C\u5DF2\u62D2\u7EDD\u8BFB\u53D6\u3002",
        en: "{file} is too large once unpacked, or compressed suspiciously well (a zip bomb): refused."
      },
      namedColumnMissing: {
        "zh-CN": "{file} \u4E2D\u6CA1\u6709\u8868\u5934\u4E3A {column} \u7684\u5217\uFF08{what}\uFF09\u3002\u73B0\u6709\u8868\u5934\uFF1A{headers}",
        en: "{file} has no column headed {column} (the {what}). Its headers: {headers}"
      },
      columnsMissing: {
        "zh-CN": "{file} \u7B2C {line} \u884C\u7684\u8868\u5934\u4E2D\u627E\u4E0D\u5230\uFF1A{missing}\u3002\u73B0\u6709\u8868\u5934\uFF1A{headers}\u3002\u8BF7\u6539\u8868\u5934\uFF0C\u6216\u5728\u8BA1\u5212\u6587\u4EF6\u7684 columns \u4E2D\u6307\u5B9A\u5217\u540D\u3002",
        en: "The header row of {file} (line {line}) lacks: {missing}. Its headers: {headers}. Rename a header, or name the column under columns in the plan."
      },
      notATable: {
        "zh-CN": "{file} \u4E0D\u662F\u8868\u683C\u6587\u4EF6\u3002\u8BF7\u7ED9\u51FA CRM \u6216 Excel \u5BFC\u51FA\u7684 CSV \u6216 .xlsx \u6587\u4EF6\u3002",
        en: "{file} is not a spreadsheet. Give a CSV or .xlsx exported from the CRM or Excel."
      },
      whereCell: {
        "zh-CN": "\u5DE5\u4F5C\u8868\u201C{sheet}\u201D\u5355\u5143\u683C {cell}\uFF08{header}\uFF09",
        en: 'sheet "{sheet}", cell {cell} ({header})'
      },
      whereColumn: {
        "zh-CN": "\u7B2C {letter} \u5217\uFF08{header}\uFF09",
        en: "column {letter} ({header})"
      },
      badCells: {
        "zh-CN": "{file} \u6709 {count} \u5904\u6570\u636E\u9700\u8981\u4FEE\u6B63\u3002",
        en: "{file} has {count} cells to fix."
      },
      moreProblems: {
        "zh-CN": "\uFF08\u53E6\u6709 {count} \u5904\u672A\u5217\u51FA\uFF09",
        en: " ({count} more not listed)"
      },
      noCustomerName: {
        "zh-CN": "\u5BA2\u6237\u540D\u79F0\u4E3A\u7A7A\u3002\u8BF7\u586B\u5199\u540D\u79F0\uFF0C\u6216\u5220\u9664\u8FD9\u4E00\u884C\u3002",
        en: "the customer name is empty. Fill it in or delete the row."
      },
      notADate: {
        "zh-CN": "\u201C{value}\u201D\u4E0D\u662F\u65E5\u671F\u3002\u8BF7\u5199\u6210 2026-11-30 \u8FD9\u6837\u7684\u683C\u5F0F\u3002",
        en: '"{value}" is not a date. Write it as 2026-11-30.'
      },
      dateAfterAsOf: {
        "zh-CN": "\u6700\u8FD1\u8D2D\u4E70\u65E5\u671F {value} \u665A\u4E8E\u5206\u5C42\u57FA\u51C6\u65E5 {asOf}\u3002\u8BF7\u68C0\u67E5\u65E5\u671F\uFF0C\u6216\u7528 --as-of\uFF08\u8BA1\u5212\u4E2D\u4E3A customers.as_of\uFF09\u8BBE\u5B9A\u66F4\u665A\u7684\u57FA\u51C6\u65E5\u3002",
        en: "the last purchase {value} is after the as-of date {asOf}. Check the date, or set a later one with --as-of (customers.as_of in a plan)."
      },
      notACount: {
        "zh-CN": "\u201C{value}\u201D\u4E0D\u662F\u8BA2\u5355\u6B21\u6570\u3002\u8BF7\u586B\u5199 0 \u6216\u6B63\u6574\u6570\u3002",
        en: '"{value}" is not a number of orders. Write 0 or a whole number.'
      },
      notAnAmount: {
        "zh-CN": "\u201C{value}\u201D\u4E0D\u662F\u91D1\u989D\u3002\u8BF7\u586B\u5199\u4E0D\u5C0F\u4E8E 0 \u7684\u6570\u5B57\uFF0C\u5982 12800 \u6216 1,280.50\u3002",
        en: '"{value}" is not an amount. Write a number of 0 or more, e.g. 12800 or 1,280.50.'
      },
      duplicateCustomer: {
        "zh-CN": "\u5BA2\u6237 {name} \u5728\u7B2C {line} \u884C\u5DF2\u51FA\u73B0\u8FC7\uFF0C\u4E24\u884C\u4F1A\u5206\u522B\u8BA1\u5165\u5206\u5C42\u3002",
        en: "customer {name} also appears on line {line}; both rows are tiered separately."
      },
      noCustomers: {
        "zh-CN": "\u8868\u4E2D\u6CA1\u6709\u5BA2\u6237\u6570\u636E\u3002",
        en: "the table holds no customers."
      },
      ole: {
        "zh-CN": "{file} \u662F\u65E7\u7248 Excel\uFF08.xls\uFF09\u683C\u5F0F\uFF0C\u6216\u662F\u8BBE\u7F6E\u4E86\u6253\u5F00\u5BC6\u7801\u7684\u5DE5\u4F5C\u7C3F\u3002\u8BF7\u5728 Excel \u6216 WPS \u4E2D\u53D6\u6D88\u5BC6\u7801\u3001\u53E6\u5B58\u4E3A .xlsx \u6216 CSV \u540E\u91CD\u8BD5\u3002",
        en: "{file} is an old Excel (.xls) file, or a workbook with a password. Remove the password and save it as .xlsx or CSV in Excel or WPS, then try again."
      }
    };
  }
});

// src/data/read-table.ts
function columnLetter(index) {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
var DELIMITER_NAMES;
var init_read_table = __esm({
  "src/data/read-table.ts"() {
    "use strict";
    init_errors();
    init_localized();
    init_files();
    init_terminal_safe();
    init_zip();
    init_messages4();
    DELIMITER_NAMES = {
      ",": dataText.delimiterComma,
      ";": dataText.delimiterSemicolon,
      "	": dataText.delimiterTab,
      "\uFF0C": dataText.delimiterFullwidthComma,
      "|": dataText.delimiterPipe
    };
  }
});

// src/writers/xlsx.ts
var xlsx_exports = {};
__export(xlsx_exports, {
  render: () => render4,
  renderTiers: () => renderTiers
});
function widths(rows) {
  const out = [];
  for (const row of rows) {
    row.forEach((cell, i) => {
      const c = cell;
      const w = !c ? 0 : c.type === String ? displayWidth(String(c.value ?? "")) : 12;
      out[i] = Math.max(out[i] ?? 8, Math.min(60, w + 2));
    });
  }
  return out.map((width) => ({ width }));
}
function sheet(name, lang, data2) {
  return { sheet: pick(lang, name).slice(0, 31), data: data2, columns: widths(data2), stickyRowsCount: 1 };
}
function tableWithTotal(lang, heads, rows, sums, share2) {
  const first = 2;
  const last2 = rows.length + 1;
  const totalRow = last2 + 1;
  const body = rows.map((cells, i) => {
    const out = [...cells];
    if (share2) out[share2.at] = formula(`IF(${ref(share2.of, totalRow)}=0,"",${ref(share2.of, i + first)}/${ref(share2.of, totalRow)})`, PERCENT);
    return out;
  });
  const total2 = heads.map((_, c) => {
    if (c === 0) return text2(pick(lang, T2.total), TOTAL);
    if (sums.includes(c)) return formula(`SUM(${ref(c, first)}:${ref(c, last2)})`, rows.find((r) => r[c])?.[c]?.format ?? "#,##0", TOTAL);
    if (share2 && c === share2.at) return formula(`SUM(${ref(c, first)}:${ref(c, last2)})`, PERCENT, TOTAL);
    return null;
  });
  return [heads.map((h) => text2(h, HEADER)), ...body, total2];
}
function coverSheet(input, valid, lang) {
  const meta = input.doc.meta;
  const rows = [
    [T2.title, meta.title],
    [T2.company, meta.company],
    [T2.department, meta.department],
    [T2.period, meta.period],
    [T2.style, meta.styleName],
    [T2.author, meta.author],
    [T2.approver, meta.approver],
    [T2.date, meta.date],
    [T2.moneyUnit, valid.derived.unit]
  ];
  const data2 = rows.filter(([, v]) => v).map(([k, v]) => [text2(pick(lang, k), { fontWeight: "bold" }), text2(v)]);
  data2.push([], [text2(pick(lang, T2.note))]);
  return { ...sheet(T2.cover, lang, data2), stickyRowsCount: 0 };
}
function targetsSheet(valid, lang, money2) {
  const { derived } = valid;
  const unit = { unit: derived.unit };
  const rows = [[text2(pick(lang, T2.item), HEADER), text2(pick(lang, T2.value), HEADER)]];
  const at = /* @__PURE__ */ new Map();
  const add = (key, name, cell) => {
    if (!cell) return;
    rows.push([text2(name), cell]);
    at.set(key, rows.length);
  };
  add("revenue", say(lang, T2.revenue, unit), numberCell(derived.revenue, money2));
  add("last", say(lang, T2.lastRevenue, unit), numberCell(derived.lastRevenue, money2));
  if (at.has("revenue") && at.has("last")) add("growth", pick(lang, T2.growth), formula(`IF(B${at.get("last")}=0,"",B${at.get("revenue")}/B${at.get("last")}-1)`, PERCENT));
  add("lastYear", say(lang, T2.lastYear, unit), numberCell(derived.lastYearRevenue, money2));
  if (at.has("revenue") && at.has("lastYear")) add("yoy", pick(lang, T2.yoy), formula(`IF(B${at.get("lastYear")}=0,"",B${at.get("revenue")}/B${at.get("lastYear")}-1)`, PERCENT));
  const nc = derived.newCustomers;
  add("prospects", pick(lang, T2.prospects), numberCell(nc?.prospects, "#,##0"));
  add("won", pick(lang, T2.won), numberCell(nc?.won, "#,##0"));
  if (at.has("prospects") && at.has("won")) add("conversion", pick(lang, T2.conversion), formula(`IF(B${at.get("prospects")}=0,"",B${at.get("won")}/B${at.get("prospects")})`, PERCENT));
  add("contract", say(lang, T2.contract, unit), numberCell(nc?.contractValue, money2));
  add("upsell", say(lang, T2.upsell, unit), numberCell(derived.existingCustomers?.upsell, money2));
  if (derived.metrics.length) {
    rows.push([], [text2(pick(lang, T2.metric), HEADER), text2(pick(lang, T2.baseline), HEADER), text2(pick(lang, T2.metricTarget), HEADER), text2(pick(lang, T2.unit), HEADER)]);
    for (const m of derived.metrics) {
      const name = m.name ?? (m.id ? pick(lang, { "zh-CN": METRICS[m.id].zh, en: METRICS[m.id].en }) : "");
      const format = `#,##0${decimalsNeeded([m.baseline, m.target], 2) ? `.${"0".repeat(decimalsNeeded([m.baseline, m.target], 2))}` : ""}`;
      rows.push([text2(name), numberCell(m.baseline, format), numberCell(m.target, format), text2(m.unitLabel ?? (m.unit === "percent" ? "%" : m.unit === "money" ? derived.unit : ""))]);
    }
  }
  return sheet(T2.targets, lang, rows);
}
async function render4(input, { lang }) {
  const valid = input.plan;
  if (!valid) throw new UserError(pick(lang, T2.needsPlan), ExitCode.usage);
  const docLang = valid.lang;
  const { plan, derived } = valid;
  const unit = { unit: derived.unit };
  const money2 = moneyFormat(derived.precision ? decimalsNeeded(collectMoney(valid), derived.precision) : 0);
  const sheets = [coverSheet(input, valid, docLang), targetsSheet(valid, docLang, money2)];
  if (derived.products.length) {
    const heads = [pick(docLang, T2.name), pick(docLang, T2.role), say(docLang, T2.target, unit), pick(docLang, T2.share), say(docLang, T2.last, unit), pick(docLang, T2.growth)];
    const rows = derived.products.map((p, i) => {
      const item = plan.products[p.index];
      const r = i + 2;
      return [
        text2(item.name),
        text2(label(ROLE_LABELS, item.role, docLang)),
        numberCell(p.amount, money2),
        null,
        numberCell(p.lastAmount, money2),
        p.lastAmount ? formula(`IF(E${r}=0,"",C${r}/E${r}-1)`, PERCENT) : null
      ];
    });
    sheets.push(sheet(T2.products, docLang, tableWithTotal(docLang, heads, rows, [2, 4], { of: 2, at: 3 })));
  }
  if (derived.channels.length) {
    const heads = [pick(docLang, T2.name), pick(docLang, T2.type), say(docLang, T2.target, unit), pick(docLang, T2.share), pick(docLang, T2.owner)];
    const rows = derived.channels.map((c) => {
      const item = plan.channels[c.index];
      return [text2(item.name), text2(item.type ? label(CHANNEL_LABELS, item.type, docLang) : ""), numberCell(c.target, money2), null, text2(item.owner)];
    });
    sheets.push(sheet(T2.channels, docLang, tableWithTotal(docLang, heads, rows, [2], { of: 2, at: 3 })));
  }
  if (derived.team.length) {
    const heads = [pick(docLang, T2.name), pick(docLang, T2.position), pick(docLang, T2.region), say(docLang, T2.target, unit), pick(docLang, T2.share)];
    const rows = derived.team.map((m) => {
      const item = plan.team[m.index];
      return [text2(item.name), text2(item.role), text2(item.region), numberCell(m.target, money2), null];
    });
    sheets.push(sheet(T2.team, docLang, tableWithTotal(docLang, heads, rows, [3], { of: 3, at: 4 })));
  }
  if (derived.weeks.length && derived.weeks.some((w) => w.target)) {
    const heads = [pick(docLang, T2.week), pick(docLang, T2.days), pick(docLang, T2.workdays), say(docLang, T2.target, unit), say(docLang, T2.cumulative, unit), pick(docLang, T2.cumulativeShare)];
    const last2 = derived.weeks.length + 1;
    const rows = derived.weeks.map((w, i) => {
      const r = i + 2;
      return [
        numberCell(i + 1, "0"),
        text2(`${w.startDay}\u2013${w.endDay}`),
        numberCell(w.workdays, "0"),
        numberCell(w.target, money2),
        formula(`SUM(D$2:D${r})`, money2),
        formula(`IF(SUM(D$2:D$${last2})=0,"",E${r}/SUM(D$2:D$${last2}))`, PERCENT)
      ];
    });
    sheets.push(sheet(T2.weeks, docLang, tableWithTotal(docLang, heads, rows, [2, 3])));
  }
  if (derived.budget) {
    const budget = derived.budget;
    const heads = [pick(docLang, T2.item), pick(docLang, T2.category), say(docLang, T2.amount, unit), pick(docLang, T2.share), pick(docLang, T2.shareOfRevenue)];
    const revenueCell = derived.revenue ? `'${pick(docLang, T2.targets)}'!B2` : void 0;
    const rows = budget.items.map((b, i) => {
      const item = plan.budget.items[b.index];
      const r = i + 2;
      return [
        text2(item.name),
        text2(item.category ? label(BUDGET_LABELS, item.category, docLang) : ""),
        numberCell(b.amount, money2),
        null,
        revenueCell ? formula(`IF(${revenueCell}=0,"",C${r}/${revenueCell})`, "0.00%") : null
      ];
    });
    const data2 = tableWithTotal(docLang, heads, rows, [2], { of: 2, at: 3 });
    const totalRow = data2.length;
    if (revenueCell) data2[totalRow - 1][4] = formula(`IF(${revenueCell}=0,"",C${totalRow}/${revenueCell})`, "0.00%", TOTAL);
    if (budget.cap) {
      data2.push([text2(pick(docLang, T2.cap)), null, numberCell(budget.cap, money2)]);
      data2.push([text2(pick(docLang, T2.headroom)), null, formula(`C${totalRow + 1}-C${totalRow}`, money2)]);
    }
    sheets.push(sheet(T2.budget, docLang, data2));
  }
  if (plan.risks.length) {
    const heads = [T2.category, T2.risk, T2.warning, T2.response, T2.owner, T2.likelihood, T2.impact].map((h) => text2(pick(docLang, h), HEADER));
    const rows = plan.risks.map((r) => [
      text2(r.category ? label(RISK_LABELS, r.category, docLang) : ""),
      text2(r.risk),
      text2(r.warning),
      text2(r.response),
      text2(r.owner),
      text2(r.likelihood ? label(LEVEL_LABELS, r.likelihood, docLang) : ""),
      text2(r.impact ? label(LEVEL_LABELS, r.impact, docLang) : "")
    ]);
    sheets.push(sheet(T2.risks, docLang, [heads, ...rows]));
  }
  const annual = derived.annual;
  if (annual) {
    const products = derived.products.filter((p) => p.amount);
    const heads = [pick(docLang, T2.name), ...Array.from({ length: 12 }, (_, m) => monthLabel(docLang, m + 1)), pick(docLang, T2.total)];
    const matrix = annual.productMonths.length === products.length ? annual.productMonths : [];
    const rows = (matrix.length ? products : []).map((p, i) => {
      const r = i + 2;
      return [text2(plan.products[p.index].name), ...matrix[i].map((v) => numberCell(v, money2)), formula(`SUM(B${r}:M${r})`, money2)];
    });
    if (!rows.length) rows.push([text2(pick(docLang, T2.total)), ...annual.months.map((v) => numberCell(v, money2)), formula("SUM(B2:M2)", money2)]);
    const data2 = rows.length > 1 || matrix.length ? tableWithTotal(docLang, heads, rows, Array.from({ length: 13 }, (_, c) => c + 1)) : [heads.map((h) => text2(h, HEADER)), ...rows];
    sheets.push({ ...sheet(T2.months, docLang, data2), stickyColumnsCount: 1 });
    const totalRow = data2.length;
    const monthsSheet = `'${pick(docLang, T2.months)}'`;
    const qRows = [0, 1, 2, 3].map((q2) => {
      const cells = [1, 2, 3].map((k) => `${monthsSheet}!${columnLetter(q2 * 3 + k)}${totalRow}`);
      return [text2(quarterLabel(docLang, q2 + 1)), formula(cells.join("+"), money2), null];
    });
    sheets.push(sheet(T2.quarters, docLang, tableWithTotal(docLang, [pick(docLang, T2.quarter), say(docLang, T2.amount, unit), pick(docLang, T2.share)], qRows, [1], { of: 1, at: 2 })));
  }
  if (derived.commissions?.length) {
    const parts2 = derived.commissions.flatMap((c) => c.scenarios.flatMap((s) => [s.revenue, s.base, s.bonus, s.overTarget, s.mentor]));
    sheets.push(commissionSheet(valid, docLang, unit, moneyFormat(decimalsNeeded(parts2, Math.max(2, derived.precision)))));
  }
  if (derived.rfm) sheets.push(tiersSheet(derived.rfm, docLang, unit, money2, plan.customers?.service ?? {}));
  if (input.review) sheets.push(attainmentSheet(input.review, docLang, unit, money2));
  const { default: writeXlsxFile } = await import("write-excel-file/node");
  return new Uint8Array(await writeXlsxFile(sheets, { fontFamily: pick(docLang, FONTS), fontSize: 11 }).toBuffer());
}
function attainmentSheet(review, lang, unit, money2) {
  const heads = [T2.dimension, T2.name, T2.metricTarget, T2.actual, T2.rate, T2.gap, T2.flag].map((h, i) => text2(i === 2 ? say(lang, T2.target, unit) : say(lang, h, unit), HEADER));
  const groups = [
    [T2.dimTotal, [{ ...review.total, name: pick(lang, T2.dimTotal) }]],
    [T2.products, review.products],
    [T2.channels, review.channels],
    [T2.team, review.team]
  ];
  const rows = groups.flatMap(([dimension, list]) => list.map((r) => ({ dimension: pick(lang, dimension), ...r })));
  const thresholdRow = rows.length + 3;
  const data2 = [heads, ...rows.map((r, i) => {
    const n = i + 2;
    return [
      text2(r.dimension),
      text2(r.name),
      numberCell(r.target, money2),
      numberCell(r.actual, money2),
      r.target && r.actual ? formula(`IF(C${n}=0,"",D${n}/C${n})`, PERCENT) : null,
      r.target && r.actual ? formula(`D${n}-C${n}`, money2) : null,
      r.target && r.actual ? formula(`IF(E${n}="","",IF(E${n}<$C$${thresholdRow},"\u25CF",""))`, "@") : null
    ];
  })];
  data2.push([], [text2(pick(lang, T2.threshold)), null, numberCell(review.threshold.div(100), PERCENT)]);
  if (review.metrics.length) {
    data2.push([], [text2(pick(lang, T2.metric), HEADER), text2(pick(lang, T2.name), HEADER), text2(pick(lang, T2.metricTarget), HEADER), text2(pick(lang, T2.metricActual), HEADER), text2(pick(lang, T2.rate), HEADER), null, text2(pick(lang, T2.flag), HEADER)]);
    for (const m of review.metrics) {
      data2.push([
        text2(pick(lang, T2.metric)),
        text2(m.name),
        numberCell(m.target, METRIC_FORMAT),
        numberCell(m.actual, METRIC_FORMAT),
        numberCell(m.attainment?.div(100), PERCENT),
        null,
        m.attainment ? text2(m.below ? "\u25CF" : "") : null
      ]);
    }
  }
  return sheet(T2.attainment, lang, data2);
}
function commissionSheet(valid, lang, unit, money2) {
  const heads = [T2.name, T2.target, T2.scenario, T2.scenarioRevenue, T2.base, T2.bonus, T2.overTarget, T2.mentor, T2.commissionTotal].map((h) => text2(say(lang, h, unit), HEADER));
  const rows = [heads];
  for (const c of valid.derived.commissions ?? []) {
    for (const s of c.scenarios) {
      const r = rows.length + 1;
      rows.push([
        text2(valid.plan.team[c.index]?.name),
        numberCell(c.target, money2),
        numberCell(s.attainment?.div(100), PERCENT),
        numberCell(s.revenue, money2),
        numberCell(s.base, money2),
        numberCell(s.bonus, money2),
        numberCell(s.overTarget, money2),
        numberCell(s.mentor, money2),
        formula(`SUM(E${r}:H${r})`, money2)
      ]);
    }
  }
  return sheet(T2.commission, lang, rows);
}
function tiersSheet(rfm, lang, unit, money2, service) {
  const heads = [pick(lang, T2.tier), pick(lang, T2.rule), pick(lang, T2.customers), pick(lang, T2.customerShare), say(lang, T2.tierRevenue, unit), pick(lang, T2.revenueShare), pick(lang, T2.service)];
  const totalRow = rfm.tiers.length + 2;
  const rows = rfm.tiers.map((tier, i) => [
    text2(tierName(lang, tier.id)),
    text2(ruleText(lang, tier.rule)),
    numberCell(tier.count, "#,##0"),
    formula(`IF(C${totalRow}=0,"",C${i + 2}/C${totalRow})`, PERCENT),
    numberCell(tier.revenue, money2),
    formula(`IF(E${totalRow}=0,"",E${i + 2}/E${totalRow})`, PERCENT),
    text2(service[tier.id])
  ]);
  return sheet(T2.tiers, lang, tableWithTotal(lang, heads, rows, [2, 3, 4, 5]));
}
function customerListSheet(rfm, lang, unit, money2) {
  const list = [...rfm.scored].sort((a, b) => TIER_ORDER.indexOf(a.tier) - TIER_ORDER.indexOf(b.tier) || b.customer.revenue.comparedTo(a.customer.revenue));
  const heads = [T2.customer, T2.tier, T2.recency, T2.orders, T2.tierRevenue, T2.monetaryM].map((h) => text2(say(lang, h, unit), HEADER));
  return sheet(T2.customerList, lang, [heads, ...list.map((c) => [text2(c.customer.name), text2(tierName(lang, c.tier)), numberCell(c.recency, "0"), numberCell(c.customer.orders, "0"), numberCell(c.customer.revenue, money2), numberCell(c.monetary.toDecimalPlaces(2), "0.00")])]);
}
async function renderTiers(rfm, lang, options) {
  const money2 = moneyFormat(decimalsNeeded([...rfm.tiers.map((t) => t.revenue), ...rfm.scored.map((s) => s.customer.revenue)], options.precision));
  const sheets = [tiersSheet(rfm, lang, { unit: options.unit }, money2, options.service ?? {})];
  if (options.list) sheets.push(customerListSheet(rfm, lang, { unit: options.unit }, money2));
  const { default: writeXlsxFile } = await import("write-excel-file/node");
  return new Uint8Array(await writeXlsxFile(sheets, { fontFamily: pick(lang, FONTS), fontSize: 11 }).toBuffer());
}
function collectMoney(valid) {
  const d2 = valid.derived;
  return [
    d2.revenue,
    d2.lastRevenue,
    ...d2.products.flatMap((p) => [p.amount, p.lastAmount]),
    ...d2.channels.map((c) => c.target),
    ...d2.team.map((m) => m.target),
    ...d2.budget?.items.map((b) => b.amount) ?? [],
    d2.budget?.cap,
    ...d2.weeks.map((w) => w.target),
    ...d2.annual?.months ?? [],
    ...d2.annual?.productMonths.flat() ?? []
  ];
}
var T2, FONTS, ref, HEADER, TOTAL, PERCENT, METRIC_FORMAT, moneyFormat, text2, numberCell, formula;
var init_xlsx = __esm({
  "src/writers/xlsx.ts"() {
    "use strict";
    init_errors();
    init_format();
    init_labels();
    init_localized();
    init_width();
    init_metrics();
    init_rfm();
    init_rfm_text();
    init_read_table();
    T2 = {
      needsPlan: { "zh-CN": "xlsx \u53EA\u80FD\u7531\u8BA1\u5212\u6587\u4EF6\u751F\u6210\uFF08generate\u3001review\uFF09\u3002", en: "A workbook is written from a plan file only (generate, review)." },
      cover: { "zh-CN": "\u5C01\u9762", en: "Cover" },
      targets: { "zh-CN": "\u76EE\u6807", en: "Targets" },
      products: { "zh-CN": "\u4EA7\u54C1\u7EBF", en: "Products" },
      channels: { "zh-CN": "\u6E20\u9053", en: "Channels" },
      team: { "zh-CN": "\u4EBA\u5458", en: "Team" },
      weeks: { "zh-CN": "\u5468\u8FDB\u5EA6", en: "Weekly pace" },
      budget: { "zh-CN": "\u9884\u7B97", en: "Budget" },
      risks: { "zh-CN": "\u98CE\u9669", en: "Risks" },
      months: { "zh-CN": "\u6708\u5EA6\u5206\u89E3", en: "Months" },
      quarters: { "zh-CN": "\u5B63\u5EA6", en: "Quarters" },
      attainment: { "zh-CN": "\u8FBE\u6210", en: "Attainment" },
      dimension: { "zh-CN": "\u7EF4\u5EA6", en: "Dimension" },
      actual: { "zh-CN": "\u5B9E\u9645\uFF08{unit}\uFF09", en: "Actual ({unit})" },
      rate: { "zh-CN": "\u8FBE\u6210\u7387", en: "Attainment" },
      gap: { "zh-CN": "\u5DEE\u8DDD\uFF08{unit}\uFF09", en: "Gap ({unit})" },
      flag: { "zh-CN": "\u4F4E\u4E8E\u9608\u503C", en: "Below threshold" },
      threshold: { "zh-CN": "\u6539\u8FDB\u9608\u503C", en: "Improvement threshold" },
      dimTotal: { "zh-CN": "\u603B\u989D", en: "Total" },
      tiers: { "zh-CN": "\u5BA2\u6237\u5206\u5C42", en: "Customer tiers" },
      commission: { "zh-CN": "\u63D0\u6210", en: "Commission" },
      scenario: { "zh-CN": "\u8FBE\u6210\u60C5\u666F", en: "Scenario" },
      scenarioRevenue: { "zh-CN": "\u9500\u552E\u989D\uFF08{unit}\uFF09", en: "Revenue ({unit})" },
      base: { "zh-CN": "\u57FA\u7840\u63D0\u6210\uFF08{unit}\uFF09", en: "Base ({unit})" },
      bonus: { "zh-CN": "\u5956\u52B1\uFF08{unit}\uFF09", en: "Bonus ({unit})" },
      overTarget: { "zh-CN": "\u8D85\u989D\u5956\u52B1\uFF08{unit}\uFF09", en: "Over target ({unit})" },
      mentor: { "zh-CN": "\u5BFC\u5E08\u5956\uFF08{unit}\uFF09", en: "Mentor ({unit})" },
      commissionTotal: { "zh-CN": "\u5408\u8BA1\uFF08{unit}\uFF09", en: "Total ({unit})" },
      customerList: { "zh-CN": "\u5BA2\u6237\u6E05\u5355", en: "Customers" },
      tier: { "zh-CN": "\u5BA2\u6237\u5C42\u7EA7", en: "Tier" },
      rule: { "zh-CN": "\u6807\u51C6", en: "Rule" },
      customers: { "zh-CN": "\u5BA2\u6237\u6570", en: "Customers" },
      customerShare: { "zh-CN": "\u5BA2\u6237\u5360\u6BD4", en: "Share of customers" },
      tierRevenue: { "zh-CN": "\u9500\u552E\u989D\uFF08{unit}\uFF09", en: "Revenue ({unit})" },
      revenueShare: { "zh-CN": "\u9500\u552E\u989D\u5360\u6BD4", en: "Share of revenue" },
      service: { "zh-CN": "\u670D\u52A1\u6A21\u5F0F", en: "Service model" },
      customer: { "zh-CN": "\u5BA2\u6237", en: "Customer" },
      recency: { "zh-CN": "R\uFF08\u5929\uFF09", en: "R (days)" },
      orders: { "zh-CN": "F\uFF08\u6B21\uFF09", en: "F (orders)" },
      monetaryM: { "zh-CN": "M\uFF08\u500D\uFF09", en: "M (\xD7)" },
      item: { "zh-CN": "\u9879\u76EE", en: "Item" },
      value: { "zh-CN": "\u6570\u503C", en: "Value" },
      name: { "zh-CN": "\u540D\u79F0", en: "Name" },
      role: { "zh-CN": "\u5B9A\u4F4D", en: "Role" },
      position: { "zh-CN": "\u5C97\u4F4D", en: "Role" },
      type: { "zh-CN": "\u7C7B\u578B", en: "Type" },
      owner: { "zh-CN": "\u8D1F\u8D23\u4EBA", en: "Owner" },
      region: { "zh-CN": "\u533A\u57DF", en: "Region" },
      target: { "zh-CN": "\u76EE\u6807\uFF08{unit}\uFF09", en: "Target ({unit})" },
      amount: { "zh-CN": "\u91D1\u989D\uFF08{unit}\uFF09", en: "Amount ({unit})" },
      last: { "zh-CN": "\u4E0A\u671F\uFF08{unit}\uFF09", en: "Last period ({unit})" },
      growth: { "zh-CN": "\u589E\u957F", en: "Growth" },
      share: { "zh-CN": "\u5360\u6BD4", en: "Share" },
      shareOfRevenue: { "zh-CN": "\u5360\u9500\u552E\u989D", en: "Of revenue" },
      total: { "zh-CN": "\u5408\u8BA1", en: "Total" },
      cap: { "zh-CN": "\u9884\u7B97\u4E0A\u9650", en: "Budget cap" },
      headroom: { "zh-CN": "\u5269\u4F59\u989D\u5EA6", en: "Headroom" },
      week: { "zh-CN": "\u5468", en: "Week" },
      days: { "zh-CN": "\u65E5\u671F", en: "Days" },
      workdays: { "zh-CN": "\u5DE5\u4F5C\u65E5", en: "Workdays" },
      cumulative: { "zh-CN": "\u7D2F\u8BA1\uFF08{unit}\uFF09", en: "Cumulative ({unit})" },
      cumulativeShare: { "zh-CN": "\u7D2F\u8BA1\u8FDB\u5EA6", en: "Cumulative share" },
      category: { "zh-CN": "\u7C7B\u522B", en: "Category" },
      risk: { "zh-CN": "\u98CE\u9669", en: "Risk" },
      warning: { "zh-CN": "\u9884\u8B66\u4FE1\u53F7", en: "Warning sign" },
      response: { "zh-CN": "\u5E94\u5BF9\u63AA\u65BD", en: "Response" },
      likelihood: { "zh-CN": "\u53EF\u80FD\u6027", en: "Likelihood" },
      impact: { "zh-CN": "\u5F71\u54CD", en: "Impact" },
      revenue: { "zh-CN": "\u9500\u552E\u989D\u76EE\u6807\uFF08{unit}\uFF09", en: "Revenue target ({unit})" },
      lastRevenue: { "zh-CN": "\u4E0A\u671F\u5B9E\u9645\u9500\u552E\u989D\uFF08{unit}\uFF09", en: "Last period's revenue ({unit})" },
      lastYear: { "zh-CN": "\u53BB\u5E74\u540C\u671F\uFF08{unit}\uFF09", en: "Same period last year ({unit})" },
      yoy: { "zh-CN": "\u540C\u6BD4\u589E\u957F", en: "Year on year" },
      prospects: { "zh-CN": "\u65B0\u589E\u610F\u5411\u5BA2\u6237", en: "New prospects" },
      won: { "zh-CN": "\u8F6C\u5316\u65B0\u5BA2\u6237", en: "New customers won" },
      conversion: { "zh-CN": "\u8F6C\u5316\u7387", en: "Conversion" },
      contract: { "zh-CN": "\u65B0\u5BA2\u6237\u5408\u540C\u91D1\u989D\uFF08{unit}\uFF09", en: "New-customer contract value ({unit})" },
      upsell: { "zh-CN": "\u8001\u5BA2\u6237\u589E\u8D2D\uFF08{unit}\uFF09", en: "Upsell ({unit})" },
      metric: { "zh-CN": "\u6307\u6807", en: "Metric" },
      baseline: { "zh-CN": "\u57FA\u7EBF", en: "Baseline" },
      metricTarget: { "zh-CN": "\u76EE\u6807", en: "Target" },
      metricActual: { "zh-CN": "\u5B9E\u9645", en: "Actual" },
      unit: { "zh-CN": "\u5355\u4F4D", en: "Unit" },
      quarter: { "zh-CN": "\u5B63\u5EA6", en: "Quarter" },
      month: { "zh-CN": "\u6708\u4EFD", en: "Month" },
      title: { "zh-CN": "\u6807\u9898", en: "Title" },
      company: { "zh-CN": "\u516C\u53F8", en: "Company" },
      department: { "zh-CN": "\u90E8\u95E8", en: "Department" },
      period: { "zh-CN": "\u671F\u95F4", en: "Period" },
      style: { "zh-CN": "\u98CE\u683C", en: "Style" },
      author: { "zh-CN": "\u7F16\u5236\u4EBA", en: "Author" },
      approver: { "zh-CN": "\u5BA1\u6279\u4EBA", en: "Approver" },
      date: { "zh-CN": "\u65E5\u671F", en: "Date" },
      moneyUnit: { "zh-CN": "\u91D1\u989D\u5355\u4F4D", en: "Money unit" },
      note: {
        "zh-CN": "\u5408\u8BA1\u3001\u5360\u6BD4\u4E0E\u589E\u957F\u662F\u5F15\u7528\u5355\u5143\u683C\u7684\u516C\u5F0F\uFF1A\u4FEE\u6539\u6570\u5B57\u540E\u81EA\u52A8\u66F4\u65B0\u3002",
        en: "Totals, shares and growth are formulas over the cells: edit a figure and they update."
      }
    };
    FONTS = { "zh-CN": "DengXian", en: "Calibri" };
    ref = (column, row) => `${columnLetter(column)}${row}`;
    HEADER = { fontWeight: "bold", backgroundColor: "#DDEBF7", bottomBorderStyle: "thin" };
    TOTAL = { fontWeight: "bold", topBorderStyle: "thin" };
    PERCENT = "0.0%";
    METRIC_FORMAT = "#,##0.##";
    moneyFormat = (decimals2) => decimals2 > 0 ? `#,##0.${"0".repeat(decimals2)}` : "#,##0";
    text2 = (value, style = {}) => ({ type: String, value: value ?? "", ...style });
    numberCell = (value, format, style = {}) => value === void 0 ? null : { type: Number, value: typeof value === "number" ? value : value.toNumber(), format, ...style };
    formula = (value, format, style = {}) => ({ type: "Formula", value, format, ...style });
  }
});

// src/report/codeframe.ts
function lineStarts(source) {
  if (indexed?.source === source) return indexed.starts;
  const starts = [0];
  for (let i = source.indexOf("\n"); i >= 0; i = source.indexOf("\n", i + 1)) starts.push(i + 1);
  indexed = { source, starts };
  return starts;
}
function sourceLines(source, from, to) {
  const starts = lineStarts(source);
  const out = [];
  for (let n = Math.max(1, from); n <= Math.min(to, starts.length); n++) {
    const end = n < starts.length ? starts[n] - 1 : source.length;
    out.push(source.slice(starts[n - 1], end).replace(/\r$/, ""));
  }
  return out;
}
function windowed(line, column) {
  if (line.length <= MAX_LINE) return { text: line, column };
  const start2 = Math.max(0, Math.min(column - 40, line.length - MAX_LINE));
  const prefix = start2 > 0 ? "\u2026" : "";
  const end = start2 + MAX_LINE;
  return { text: `${prefix}${line.slice(start2, end)}${end < line.length ? "\u2026" : ""}`, column: column - start2 + prefix.length };
}
function codeFrame(source, span, contextLines = 2) {
  const first0 = Math.max(0, span.line - 1 - contextLines);
  const lines2 = {};
  const shown = sourceLines(source, first0 + 1, span.line + 1);
  for (const [i, l] of shown.entries()) lines2[first0 + i] = first0 + i === span.line - 1 ? l : windowed(l, 1).text;
  const lineCount2 = first0 + shown.length;
  const target0 = lines2[span.line - 1];
  if (target0 !== void 0 && target0.length > MAX_LINE) {
    const w = windowed(target0, span.column);
    lines2[span.line - 1] = w.text;
    span = { line: span.line, column: w.column, endLine: span.endLine, endColumn: span.endColumn === void 0 ? void 0 : Math.min(w.column + 40, span.endColumn - span.column + w.column) };
  }
  const target = span.line - 1;
  if (target < 0 || target >= lineCount2) return "";
  const first = Math.max(0, target - contextLines);
  const last2 = Math.min(lineCount2 - 1, target + 1);
  const gutterWidth = String(last2 + 1).length;
  const out = [];
  for (let i = first; i <= last2; i++) {
    const text3 = (lines2[i] ?? "").replace(/\t/g, "  ");
    const marker = i === target ? ">" : " ";
    out.push(`${marker} ${String(i + 1).padStart(gutterWidth)} | ${text3}`);
    if (i === target) {
      const lineText = lines2[i] ?? "";
      const startCol = Math.max(1, Math.min(span.column, lineText.length + 1));
      const endCol = span.endLine === span.line && span.endColumn !== void 0 && span.endColumn > startCol ? Math.min(span.endColumn, lineText.length + 1) : lineText.length + 1 > startCol ? lineText.length + 1 : startCol + 1;
      const before = lineText.slice(0, startCol - 1).replace(/\t/g, "  ");
      const underlined = lineText.slice(startCol - 1, endCol - 1).replace(/\t/g, "  ");
      const pad = " ".repeat(displayWidth(before));
      const carets = "^".repeat(Math.max(1, displayWidth(underlined)));
      out.push(`  ${" ".repeat(gutterWidth)} | ${pad}${carets}`);
    }
  }
  return out.join("\n");
}
var MAX_LINE, indexed;
var init_codeframe = __esm({
  "src/report/codeframe.ts"() {
    "use strict";
    init_width();
    MAX_LINE = 120;
  }
});

// src/report/messages.ts
var reportText;
var init_messages5 = __esm({
  "src/report/messages.ts"() {
    "use strict";
    reportText = {
      error: { "zh-CN": "\u9519\u8BEF", en: "error" },
      warning: { "zh-CN": "\u8B66\u544A", en: "warning" },
      counts: { "zh-CN": "\u5171 {errors} \u4E2A\u9519\u8BEF\uFF0C{warnings} \u4E2A\u8B66\u544A\u3002", en: "{errors} error(s), {warnings} warning(s)." },
      filesSummary: { "zh-CN": "{files} \u4E2A\u6587\u4EF6\uFF1A{errors} \u4E2A\u9519\u8BEF\uFF0C{warnings} \u4E2A\u8B66\u544A\u3002", en: "{files} file(s): {errors} error(s), {warnings} warning(s)." },
      clean: { "zh-CN": "\u6CA1\u6709\u53D1\u73B0\u95EE\u9898\u3002", en: "No problems found." },
      groupSeparator: { "zh-CN": "\uFF1A", en: ": " },
      unreadable: { "zh-CN": "\u6587\u4EF6\u65E0\u6CD5\u8BFB\u53D6", en: "The file cannot be read" },
      unreadableDocs: { "zh-CN": "\u6587\u4EF6\u4E0D\u5B58\u5728\u3001\u4E0D\u662F\u6587\u672C\u6216\u683C\u5F0F\u65E0\u6548\u3002", en: "The file is missing, not text, or not in a valid format." },
      // Said by every command with a format flag: of reports (here) and of documents (src/writers/).
      unknownFormat: {
        "zh-CN": "\u672A\u77E5\u7684\u8F93\u51FA\u683C\u5F0F {format}\u3002\u53EF\u9009\uFF1A{choices}\u3002",
        en: "Unknown format {format}. Choose one of: {choices}."
      }
    };
  }
});

// src/report/formatters/stylish.ts
var stylish_exports = {};
__export(stylish_exports, {
  formatStylish: () => formatStylish,
  groupLabel: () => groupLabel
});
function lines(reports, { lang, color, frames }) {
  const out = [];
  for (const report of reports) {
    for (const d2 of report.diagnostics) {
      const where = d2.line ? `${d2.file}:${d2.line}:${d2.column ?? 1}` : d2.file;
      const severity = d2.severity === "error" ? color.red.bold(say(lang, reportText.error)) : color.yellow.bold(say(lang, reportText.warning));
      out.push(`${color.bold(where)}  ${severity}  ${d2.message}  ${color.dim(`[${d2.code}]`)}`);
      if (frames !== false && report.source && d2.line) {
        const frame = codeFrame(report.source, { line: d2.line, column: d2.column ?? 1, endLine: d2.endLine, endColumn: d2.endColumn });
        if (frame) out.push(color.dim(frame), "");
      }
    }
  }
  const { errors, warnings } = countOf(reports);
  if (errors || warnings) out.push(color.bold(say(lang, reportText.counts, { errors, warnings })));
  return out.join("\n");
}
function files(reports, { lang, color, quiet }) {
  const out = [];
  for (const report of reports) {
    if (report.readable === false) {
      out.push(color.underline(report.file), ...report.diagnostics.map((d2) => `  ${color.red.bold(say(lang, reportText.error))}  ${d2.message}`), "");
      continue;
    }
    const shown = quiet ? report.diagnostics.filter((d2) => d2.severity === "error") : report.diagnostics;
    if (quiet && shown.length === 0) continue;
    out.push(color.underline(report.file) + color.dim(report.note ?? ""));
    const problems = (list) => {
      const width = Math.max(0, ...list.map((d2) => `${d2.line ?? 1}:${d2.column ?? 1}`.length));
      for (const d2 of list) {
        const pos = `${d2.line ?? 1}:${d2.column ?? 1}`.padEnd(width);
        const word2 = say(lang, d2.severity === "error" ? reportText.error : reportText.warning);
        const severity = (d2.severity === "error" ? color.red : color.yellow)(word2 + " ".repeat(Math.max(0, SEVERITY_WIDTH[lang] - displayWidth(word2))));
        out.push(`  ${color.dim(pos)}  ${severity}  ${d2.message}  ${color.dim(d2.code)}`);
      }
    };
    if (report.groups) {
      for (const group of report.groups) {
        if (!quiet) out.push(color.dim(`  ${group.heading}`));
        problems(shown.filter((d2) => d2.group === group.id));
      }
    } else problems(shown);
    if (report.diagnostics.length === 0 && !quiet) out.push(color.green(`  ${say(lang, reportText.clean)}`));
    out.push("");
  }
  const { errors, warnings } = countOf(reports);
  const summary = say(lang, reportText.filesSummary, { files: reports.length, errors, warnings });
  out.push(errors ? color.red.bold(`\u2716 ${summary}`) : warnings ? color.yellow.bold(`\u26A0 ${summary}`) : color.green.bold(`\u2714 ${summary}`));
  return out.join("\n");
}
function formatStylish(reports, context) {
  return context.layout === "files" ? files(reports, context) : lines(reports, context);
}
function groupLabel(lang, label2) {
  return label2 ? `${label2}${pick(lang, reportText.groupSeparator)}` : "";
}
var SEVERITY_WIDTH;
var init_stylish = __esm({
  "src/report/formatters/stylish.ts"() {
    "use strict";
    init_width();
    init_localized();
    init_codeframe();
    init_diagnostic();
    init_messages5();
    SEVERITY_WIDTH = { "zh-CN": 4, en: 7 };
  }
});

// src/report/formatters/json.ts
var json_exports = {};
__export(json_exports, {
  formatJson: () => formatJson
});
function formatJson(reports) {
  return JSON.stringify(
    {
      version: 1,
      files: reports.map((r) => ({
        file: r.file,
        readable: r.readable !== false,
        valid: !r.diagnostics.some((d2) => d2.severity === "error"),
        errorCount: r.diagnostics.filter((d2) => d2.severity === "error").length,
        warningCount: r.diagnostics.filter((d2) => d2.severity === "warning").length,
        diagnostics: r.diagnostics.map((d2) => ({
          severity: d2.severity,
          code: d2.code,
          message: d2.message,
          path: d2.path ? formatPath(d2.path) : void 0,
          line: d2.line,
          column: d2.column,
          endLine: d2.endLine,
          endColumn: d2.endColumn,
          ...d2.group !== void 0 ? { group: d2.group } : {}
        })),
        ...r.json
      }))
    },
    null,
    2
  );
}
var init_json = __esm({
  "src/report/formatters/json.ts"() {
    "use strict";
    init_diagnostic();
  }
});

// src/report/formatters/sarif.ts
var sarif_exports = {};
__export(sarif_exports, {
  formatSarif: () => formatSarif
});
import { relative, sep } from "node:path";
function formatSarif(reports, { lang, version, rules: known = [] }) {
  const described = new Map(known.map((r) => [r.id, r]));
  described.set("unreadable", { id: "unreadable", description: say(lang, reportText.unreadable), docs: say(lang, reportText.unreadableDocs), severity: "error" });
  const ids2 = [.../* @__PURE__ */ new Set([...known.map((r) => r.id), ...reports.flatMap((r) => r.diagnostics.map((d2) => d2.code))])];
  if (reports.some((r) => r.readable === false) && !ids2.includes("unreadable")) ids2.push("unreadable");
  const rules = ids2.map((id) => {
    const info = described.get(id);
    return {
      id,
      name: pascal(id),
      ...info ? { shortDescription: { text: info.description } } : {},
      ...info?.docs ? { fullDescription: { text: info.docs } } : {},
      ...info ? { defaultConfiguration: { level: info.severity } } : {}
    };
  });
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const files3 = reports.map((r) => uri(r.file));
  const results = reports.flatMap(
    (report, fileIndex) => report.diagnostics.map((d2) => {
      const ruleId = report.readable === false ? "unreadable" : d2.code;
      const line = Math.max(1, d2.line ?? 1);
      const column = Math.max(1, d2.column ?? 1);
      const endLine = d2.endLine && d2.endLine > line ? d2.endLine : void 0;
      const endColumn = d2.endColumn && (endLine || d2.endColumn > column) ? d2.endColumn : void 0;
      return {
        ruleId,
        ruleIndex: index.get(ruleId),
        level: d2.severity,
        message: { text: d2.group ? `${d2.group}: ${d2.message}` : d2.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: files3[fileIndex], index: fileIndex },
              region: { startLine: line, startColumn: column, ...endLine ? { endLine } : {}, ...endColumn ? { endColumn } : {} }
            }
          }
        ]
      };
    })
  );
  return JSON.stringify(
    {
      $schema: "https://json.schemastore.org/sarif-2.1.0.json",
      version: "2.1.0",
      runs: [
        {
          tool: { driver: { name: "salesplan", version, semanticVersion: version, rules } },
          artifacts: files3.map((f) => ({ location: { uri: f } })),
          results,
          columnKind: "utf16CodeUnits"
        }
      ]
    },
    null,
    2
  );
}
var uri, pascal;
var init_sarif = __esm({
  "src/report/formatters/sarif.ts"() {
    "use strict";
    init_localized();
    init_messages5();
    uri = (file) => relative(process.cwd(), file).split(sep).join("/") || file;
    pascal = (id) => id.replace(/(^|-)(\w)/g, (_, __, c) => c.toUpperCase());
  }
});

// src/report/formatters/github.ts
var github_exports = {};
__export(github_exports, {
  formatGithub: () => formatGithub
});
function formatGithub(reports) {
  const lines2 = [];
  for (const report of reports) {
    for (const d2 of report.diagnostics) {
      const place = d2.line ? `,line=${d2.line},col=${d2.column ?? 1}${d2.endLine && d2.endLine !== d2.line ? `,endLine=${d2.endLine}` : ""}${d2.endColumn ? `,endColumn=${d2.endColumn}` : ""}` : "";
      const title = report.readable === false ? "salesplan (unreadable)" : `salesplan (${d2.code})`;
      lines2.push(`::${d2.severity === "error" ? "error" : "warning"} file=${prop(d2.file || report.file)}${place},title=${prop(title)}::${data(d2.group ? `${d2.group}: ${d2.message}` : d2.message)}`);
    }
  }
  return lines2.join("\n");
}
var data, prop;
var init_github = __esm({
  "src/report/formatters/github.ts"() {
    "use strict";
    data = (s) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
    prop = (s) => data(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
  }
});

// scripts/generate-docs.ts
import { readFileSync as readFileSync4, writeFileSync as writeFileSync3, mkdirSync as mkdirSync3 } from "node:fs";
import { dirname as dirname4 } from "node:path";

// src/plan/schema.ts
init_metrics();
init_ids();
import * as z from "zod";
z.config({ jitless: true });
var descriptions = z.registry();
var d = (zh, en) => (schema2) => {
  const described = schema2.describe(`${zh} / ${en}`);
  descriptions.add(described, { "zh-CN": zh, en });
  return described;
};
var money = (zh, en) => z.number().nonnegative().apply(d(zh, en));
var percent = (zh, en) => z.number().min(0).max(100).apply(d(zh, en));
var count = (zh, en) => z.number().int().nonnegative().apply(d(zh, en));
var text = (zh, en) => z.string().min(1).apply(d(zh, en));
var textList = (zh, en) => z.array(z.string().min(1)).apply(d(zh, en));
var KINDS = ["monthly", "quarterly", "annual"];
var MONTHLY_STYLES = ["target", "operations", "expansion", "efficiency", "service"];
var PRODUCT_ROLES = ["flagship", "potential", "new", "high_margin", "share", "service", "other"];
var CHANNEL_TYPES = ["direct", "distributor", "online", "new", "partner", "other"];
var RISK_CATEGORIES = [
  "market",
  "competition",
  "customer",
  "collection",
  "channel",
  "team",
  "security",
  "cash",
  "supply",
  "policy",
  "other"
];
var LEVELS = ["high", "medium", "low"];
var SPLIT_METHODS = ["even", "weights", "history"];
var BUDGET_CATEGORIES = ["travel", "promotion", "training", "samples", "incentive", "events", "tools", "other"];
var isoDate = (zh, en) => z.string().regex(/^\d{4}-\d{2}-\d{2}$/).apply(d(zh, en));
var Calendar = z.strictObject({
  country: z.enum(["CN", "none"]).apply(d("\u516C\u5171\u5047\u65E5\uFF1ACN \u6309\u4E2D\u56FD\u6CD5\u5B9A\u8282\u5047\u65E5\u4E0E\u8C03\u4F11\uFF0Cnone \u53EA\u6309\u5468\u672B\uFF1B\u9ED8\u8BA4\u4E2D\u6587\u8BA1\u5212 CN\u3001\u82F1\u6587\u8BA1\u5212 none", "Public holidays: CN for China's holidays and make-up working days, none for weekends only; default CN for Chinese plans, none for English ones")).optional(),
  holidays: z.array(z.union([isoDate("\u65E5\u671F\uFF0C\u683C\u5F0F 2026-10-08", "A date, as 2026-10-08"), z.strictObject({ date: isoDate("\u65E5\u671F\uFF0C\u683C\u5F0F 2026-10-08", "A date, as 2026-10-08"), name: text("\u540D\u79F0\uFF0C\u5982\u201C\u516C\u53F8\u5E74\u4F1A\u201D", 'Name, e.g. "Company retreat"').optional() })])).apply(d("\u516C\u53F8\u81EA\u5B9A\u7684\u4F11\u606F\u65E5\uFF08\u4E0D\u8BA1\u5DE5\u4F5C\u65E5\uFF09", "Company days off (not working days)")).default([]),
  workdays: z.array(isoDate("\u65E5\u671F\uFF0C\u683C\u5F0F 2026-10-10", "A date, as 2026-10-10")).apply(d("\u989D\u5916\u7684\u5DE5\u4F5C\u65E5\uFF08\u5982\u5468\u672B\u52A0\u73ED\u65E5\uFF09", "Extra working days (e.g. a working weekend)")).default([])
}).apply(d("\u5DE5\u4F5C\u65E5\u5386\uFF1A\u6BCF\u5468\u8FDB\u5EA6\u6309\u5DE5\u4F5C\u65E5\u5206\u644A\u76EE\u6807", "Working calendar: the weekly pace spreads the target by working days"));
var Org = z.strictObject({
  company: text("\u516C\u53F8\u540D\u79F0", "Company name").optional(),
  department: text("\u90E8\u95E8\uFF0C\u5982\u201C\u9500\u552E\u90E8\u201D", 'Department, e.g. "Sales"').optional(),
  author: text("\u7F16\u5236\u4EBA", "Author of the plan").optional(),
  approver: text("\u5BA1\u6279\u4EBA", "Approver").optional(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).apply(d("\u7F16\u5236\u65E5\u671F\uFF0C\u683C\u5F0F 2026-11-25", "Date written, as 2026-11-25")).optional()
}).apply(d("\u7F16\u5236\u5355\u4F4D\u4E0E\u4EBA\u5458", "Who the plan is from"));
var Metric = z.strictObject({
  id: z.enum(METRIC_IDS).apply(d("\u5E38\u7528\u6307\u6807\u7684\u6807\u8BC6\uFF08\u540D\u79F0\u4E0E\u5355\u4F4D\u81EA\u52A8\u586B\u5199\uFF09", "A well-known metric id (fills in its name and unit)")).optional(),
  name: text("\u6307\u6807\u540D\u79F0\uFF08\u672A\u7ED9 id \u65F6\u5FC5\u586B\uFF09", "Metric name (required when there is no id)").optional(),
  baseline: z.number().apply(d("\u57FA\u7EBF\u503C\uFF1A\u4E0A\u671F\u6216\u5F53\u524D\u6C34\u5E73", "Baseline: last period or current level")).optional(),
  target: z.number().apply(d("\u672C\u671F\u76EE\u6807\u503C", "Target value for this period")),
  unit: text("\u5355\u4F4D\uFF0C\u5982 %\u3001\u5206\u3001\u5C0F\u65F6\u3001\u5BB6", "Unit, e.g. %, pts, hours").optional(),
  note: text("\u8BF4\u660E", "Note").optional()
}).apply(d("\u4E00\u4E2A\u5177\u540D\u6307\u6807\uFF1A\u57FA\u7EBF \u2192 \u76EE\u6807", "A named metric: baseline \u2192 target"));
var Targets = z.strictObject({
  revenue: money("\u672C\u671F\u9500\u552E\u603B\u989D\u76EE\u6807", "Total revenue target for the period").optional(),
  last_revenue: money("\u4E0A\u671F\u5B9E\u9645\u9500\u552E\u989D\uFF08\u7528\u4E8E\u8BA1\u7B97\u73AF\u6BD4\u589E\u957F\uFF09", "Last period's actual revenue (for growth)").optional(),
  last_year_revenue: money("\u53BB\u5E74\u540C\u671F\u5B9E\u9645\u9500\u552E\u989D\uFF08\u7528\u4E8E\u8BA1\u7B97\u540C\u6BD4\u589E\u957F\uFF09", "Same period last year (for year-on-year growth)").optional(),
  basis: text("\u76EE\u6807\u5236\u5B9A\u4F9D\u636E", "How the target was set").optional(),
  gross_margin: percent("\u6BDB\u5229\u7387\u76EE\u6807\uFF0C%", "Gross margin target, %").optional(),
  market_share_gain: z.number().apply(d("\u5E02\u573A\u4EFD\u989D\u63D0\u5347\uFF0C\u767E\u5206\u70B9", "Market share gain, percentage points")).optional(),
  new_customers: z.strictObject({
    prospects: count("\u65B0\u589E\u610F\u5411\u5BA2\u6237\u6570", "New prospects (intent customers)").optional(),
    won: count("\u6210\u529F\u8F6C\u5316\u7684\u65B0\u5BA2\u6237\u6570", "New customers won").optional(),
    contract_value: money("\u65B0\u5BA2\u6237\u5408\u540C\u91D1\u989D", "Contract value of new customers").optional()
  }).apply(d("\u65B0\u5BA2\u6237\u5F00\u53D1\u76EE\u6807", "New-customer targets")).optional(),
  existing_customers: z.strictObject({
    upsell: money("\u8001\u5BA2\u6237\u589E\u8D2D\u91D1\u989D", "Upsell to existing customers").optional(),
    accounts: count("\u7EF4\u62A4\u7684\u8001\u5BA2\u6237\u6570", "Existing accounts served").optional()
  }).apply(d("\u8001\u5BA2\u6237\u7EF4\u62A4\u4E0E\u589E\u8D2D\u76EE\u6807\uFF08\u7EED\u7EA6\u7387\u5199\u5728 metrics \u7684 renewal_rate\uFF09", "Existing-customer targets (renewal rate goes in metrics as renewal_rate)")).optional(),
  metrics: z.array(Metric).apply(d("\u5176\u4ED6\u91CF\u5316\u6307\u6807\uFF1A\u8F6C\u5316\u7387\u3001\u5BA2\u5355\u4EF7\u3001NPS\u3001\u6EE1\u610F\u5EA6\u7B49", "Other metrics: conversion, AOV, NPS, CSAT \u2026")).default([])
}).apply(d("\u672C\u671F\u76EE\u6807", "Targets for the period"));
var Market = z.strictObject({
  trends: textList("\u5B8F\u89C2\u73AF\u5883\u3001\u653F\u7B56\u4E0E\u884C\u4E1A\u8D8B\u52BF", "Environment, policy and industry trends").default([]),
  competitors: textList("\u7ADE\u4E89\u5BF9\u624B\u52A8\u6001", "What competitors are doing").default([]),
  segments: textList("\u5BA2\u6237\u7FA4\u4F53\u6D1E\u5BDF", "Customer groups and what they need").default([]),
  strengths: textList("\u6211\u65B9\u4EA7\u54C1\u4E0E\u670D\u52A1\u7684\u7ADE\u4E89\u529B", "Where our products and service win or lose").default([]),
  opportunities: textList("\u673A\u4F1A\u70B9\uFF1A\u8282\u65E5\u3001\u5C55\u4F1A\u3001\u91CD\u70B9\u884C\u4E1A\u3001\u5408\u4F5C\u4F19\u4F34", "Opportunities: holidays, trade shows, verticals, partners").default([])
}).apply(d("\u5E02\u573A\u7814\u5224\u8981\u70B9\uFF08\u5199\u5165\u5E02\u573A\u5206\u6790\u7AE0\u8282\uFF09", "Market notes (used in the market analysis section)"));
var Product = z.strictObject({
  name: text("\u4EA7\u54C1\u7EBF\u540D\u79F0", "Product line"),
  role: z.enum(PRODUCT_ROLES).apply(d("\u5B9A\u4F4D\uFF1Aflagship \u4E3B\u63A8\u3001potential \u6F5C\u529B\u3001new \u65B0\u54C1\u3001high_margin \u9AD8\u6BDB\u5229\u3001share \u4EFD\u989D\u578B\u3001service \u670D\u52A1\u3001other \u5176\u4ED6", "Role: flagship, potential, new, high_margin, share, service, other")).default("other"),
  amount: money("\u9500\u552E\u989D\u76EE\u6807", "Revenue target").optional(),
  share: percent("\u5360\u603B\u76EE\u6807\u7684\u6BD4\u4F8B\uFF0C%\uFF08\u4E0E amount \u4E8C\u9009\u4E00\uFF09", "Share of the total, % (instead of amount)").optional(),
  last_amount: money("\u4E0A\u671F\u5B9E\u9645\u9500\u552E\u989D", "Last period's actual").optional(),
  note: text("\u8BF4\u660E", "Note").optional()
}).apply(d("\u4EA7\u54C1\u7EBF\u76EE\u6807\u3002\u7ED9 amount \u6216 share\uFF1Brole \u4E3A other \u4E14\u90FD\u4E0D\u7ED9\u65F6\u53D6\u5269\u4F59\u989D", 'A product line. Give amount or share; an "other" line with neither takes the remainder'));
var Channel = z.strictObject({
  name: text("\u6E20\u9053\u540D\u79F0", "Channel name"),
  type: z.enum(CHANNEL_TYPES).apply(d("\u7C7B\u578B\uFF1Adirect \u76F4\u9500\u3001distributor \u7ECF\u9500/\u4EE3\u7406\u3001online \u7EBF\u4E0A\u3001new \u65B0\u6E20\u9053\u3001partner \u5408\u4F5C\u4F19\u4F34\u3001other", "Type: direct, distributor, online, new, partner, other")).default("other"),
  target: money("\u6E20\u9053\u9500\u552E\u76EE\u6807", "Channel revenue target").optional(),
  owner: text("\u8D1F\u8D23\u4EBA", "Owner").optional(),
  actions: textList("\u672C\u671F\u884C\u52A8", "Actions this period").default([])
}).apply(d("\u9500\u552E\u6E20\u9053", "A sales channel"));
var Region = z.strictObject({
  name: text("\u533A\u57DF\u6216\u65B0\u5E02\u573A", "Region or new market"),
  revenue: money("\u9996\u671F\u9500\u552E\u989D\u76EE\u6807", "First-period revenue target").optional(),
  prospects: count("\u610F\u5411\u5BA2\u6237\u6570", "Prospects").optional(),
  won: count("\u8F6C\u5316\u5BA2\u6237\u6570", "Customers won").optional(),
  partners: count("\u7B7E\u7EA6\u6E20\u9053\u4F19\u4F34\u6570", "Channel partners signed").optional(),
  owner: text("\u8D1F\u8D23\u4EBA", "Owner").optional(),
  note: text("\u8BF4\u660E", "Note").optional()
}).apply(d("\u65B0\u5E02\u573A/\u533A\u57DF\u62D3\u5C55\u76EE\u6807", "A new market or region"));
var Member = z.strictObject({
  name: text("\u59D3\u540D\u6216\u5C0F\u7EC4", "Person or group"),
  role: text("\u5C97\u4F4D", "Role").optional(),
  region: text("\u8D1F\u8D23\u533A\u57DF", "Territory").optional(),
  target: money("\u4E2A\u4EBA/\u5C0F\u7EC4\u9500\u552E\u76EE\u6807\uFF1B\u4E0D\u586B\u5219\u5E73\u5206\u5269\u4F59\u76EE\u6807", "Target; left out, the remainder is split").optional(),
  headcount: z.number().int().positive().apply(d("\u4EBA\u6570\uFF08\u5C0F\u7EC4\u65F6\u586B\u5199\uFF09", "Headcount, for a group")).default(1),
  weight: z.number().nonnegative().apply(d("\u5206\u914D\u5269\u4F59\u76EE\u6807\u7684\u6743\u91CD\uFF08\u5982\u4E0A\u5E74\u4E1A\u7EE9\u3001\u533A\u57DF\u6F5C\u529B\uFF09\uFF1B\u4E0D\u586B\u5219\u6309\u4EBA\u6570\u5E73\u5206", "Weight for splitting the rest of the total (e.g. last year\u2019s sales, territory potential); left out, the rest is split by headcount")).optional(),
  mentor: z.boolean().apply(d("\u662F\u5426\u62C5\u4EFB\u65B0\u4EBA\u5BFC\u5E08\uFF08\u8BA1\u7B97\u5BFC\u5E08\u5956\uFF09", "Mentors new reps (earns the mentor bonus)")).optional(),
  note: text("\u8BF4\u660E", "Note").optional()
}).apply(d("\u56E2\u961F\u6210\u5458\u6216\u5C0F\u7EC4", "A team member or group"));
var Tier = z.strictObject({
  name: text("\u5BA2\u6237\u5C42\u7EA7\u540D\u79F0\uFF0C\u5982\u201CA\u7C7B \u6218\u7565\u5BA2\u6237\u201D", 'Tier name, e.g. "A \u2013 strategic"'),
  customers: count("\u5BA2\u6237\u6570", "Number of customers").optional(),
  customer_share: percent("\u5360\u5BA2\u6237\u6570\u6BD4\u4F8B\uFF0C%", "Share of customers, %").optional(),
  revenue_share: percent("\u5360\u9500\u552E\u989D\u6BD4\u4F8B\uFF0C%", "Share of revenue, %").optional(),
  service: text("\u670D\u52A1\u6A21\u5F0F", "Service model").optional()
}).apply(d("\u5BA2\u6237\u5206\u5C42", "A customer tier"));
var Risk = z.strictObject({
  category: z.enum(RISK_CATEGORIES).apply(d("\u7C7B\u522B\uFF1Amarket \u5E02\u573A\u3001competition \u7ADE\u4E89\u3001customer \u5BA2\u6237\u3001collection \u56DE\u6B3E\u3001channel \u6E20\u9053\u3001team \u4EBA\u5458\u3001security \u4FE1\u606F\u5B89\u5168\u3001cash \u8D44\u91D1\u3001supply \u4F9B\u5E94\u3001policy \u653F\u7B56\u3001other", "Category")).default("other"),
  risk: text("\u98CE\u9669\u63CF\u8FF0", "The risk"),
  warning: text("\u9884\u8B66\u4FE1\u53F7", "Warning sign that it is happening").optional(),
  response: text("\u5E94\u5BF9\u63AA\u65BD", "Response").optional(),
  owner: text("\u8D23\u4EFB\u4EBA", "Owner").optional(),
  likelihood: z.enum(LEVELS).apply(d("\u53EF\u80FD\u6027\uFF1Ahigh\u3001medium\u3001low", "Likelihood")).optional(),
  impact: z.enum(LEVELS).apply(d("\u5F71\u54CD\uFF1Ahigh\u3001medium\u3001low", "Impact")).optional()
}).apply(d("\u98CE\u9669\u767B\u8BB0", "A risk"));
var BudgetItem = z.strictObject({
  name: text("\u8D39\u7528\u9879\u76EE", "Expense item"),
  category: z.enum(BUDGET_CATEGORIES).apply(d("\u7C7B\u522B", "Category")).optional(),
  amount: money("\u91D1\u989D", "Amount").optional(),
  percent_of_revenue: percent("\u6309\u9500\u552E\u989D\u76EE\u6807\u7684\u6BD4\u4F8B\uFF0C%\uFF08\u4E0E amount \u4E8C\u9009\u4E00\uFF09", "As % of the revenue target (instead of amount)").optional(),
  share: percent("\u5360\u9884\u7B97\u4E0A\u9650\u7684\u6BD4\u4F8B\uFF0C%\uFF08\u9700\u8981 cap\uFF09", "As % of the budget cap (needs a cap)").optional(),
  note: text("\u8BF4\u660E", "Note").optional()
}).apply(d("\u9884\u7B97\u9879\u76EE\uFF1Aamount\u3001percent_of_revenue\u3001share \u4E09\u9009\u4E00", "A budget line: one of amount, percent_of_revenue, share"));
var Budget = z.strictObject({
  cap: money("\u9884\u7B97\u4E0A\u9650", "Budget cap").optional(),
  cap_percent_of_revenue: percent("\u9884\u7B97\u4E0A\u9650\u5360\u9500\u552E\u989D\u76EE\u6807\u7684\u6BD4\u4F8B\uFF0C%", "Budget cap as % of the revenue target").optional(),
  items: z.array(BudgetItem).apply(d("\u9884\u7B97\u9879\u76EE", "Budget lines")).default([])
}).apply(d("\u8D39\u7528\u9884\u7B97", "Expense budget"));
var ScheduleItem = z.strictObject({
  when: z.union([z.string().min(1), z.number()]).apply(d("\u65F6\u95F4\uFF1A\u65E5\u671F\u3001\u65E5\u671F\u8303\u56F4\u6216\u201C\u7B2C1\u5468\u201D", 'When: a date, a range, or "Week 1"')),
  action: text("\u5DE5\u4F5C\u4E8B\u9879", "Action"),
  owner: text("\u8D1F\u8D23\u4EBA", "Owner").optional(),
  deliverable: text("\u4EA4\u4ED8\u6210\u679C", "Deliverable").optional()
}).apply(d("\u8FDB\u5EA6\u5B89\u6392", "A scheduled action"));
var SectionOverride = z.strictObject({
  text: z.string().min(1).apply(d("\u66FF\u6362\u8BE5\u7AE0\u8282\u81EA\u52A8\u751F\u6210\u7684\u6587\u5B57\uFF08\u8868\u683C\u4FDD\u7559\uFF09\uFF1B\u7A7A\u884C\u5206\u6BB5\uFF0C\u4EE5\u201C- \u201D\u5F00\u5934\u7684\u884C\u4E3A\u8981\u70B9", 'Replaces the generated prose (tables stay); blank lines separate paragraphs, lines starting with "- " are bullets')).optional(),
  bullets: textList("\u8FFD\u52A0\u5230\u8BE5\u7AE0\u8282\u672B\u5C3E\u7684\u8981\u70B9", "Bullets appended to the section").optional()
}).apply(d("\u5BF9\u67D0\u4E00\u7AE0\u8282\u7684\u8865\u5145\u6216\u6539\u5199", "Additions to or a rewrite of one section"));
var DocxSettings = z.strictObject({
  body_font: text("\u6B63\u6587\u4E2D\u6587\u5B57\u4F53\uFF0C\u9ED8\u8BA4 \u5B8B\u4F53", "East-Asian body font; default \u5B8B\u4F53 (SimSun)").optional(),
  heading_font: text("\u6807\u9898\u4E2D\u6587\u5B57\u4F53\uFF0C\u9ED8\u8BA4 \u9ED1\u4F53", "East-Asian heading font; default \u9ED1\u4F53 (SimHei)").optional(),
  latin_font: text("\u6B63\u6587\u897F\u6587\u5B57\u4F53\uFF0C\u9ED8\u8BA4 Times New Roman\uFF08\u4E2D\u6587\u6587\u6863\uFF09\u6216 Arial\uFF08\u82F1\u6587\u6587\u6863\uFF09", "Latin body font; default Times New Roman (Chinese) or Arial (English)").optional(),
  latin_heading_font: text("\u6807\u9898\u897F\u6587\u5B57\u4F53\uFF0C\u9ED8\u8BA4 Arial", "Latin heading font; default Arial").optional(),
  font_size: z.number().min(8).max(20).apply(d("\u6B63\u6587\u5B57\u53F7\uFF08\u78C5\uFF09\uFF0C\u9ED8\u8BA4 12\uFF08\u5C0F\u56DB\uFF09\uFF1B\u82F1\u6587\u6587\u6863\u9ED8\u8BA4 11", "Body size in points; default 12 (Chinese) or 11 (English)")).optional(),
  line_spacing: z.number().min(1).max(3).apply(d("\u884C\u8DDD\u500D\u6570\uFF0C\u9ED8\u8BA4 1.5\uFF1B\u82F1\u6587\u6587\u6863\u9ED8\u8BA4 1.15", "Line spacing; default 1.5 (Chinese) or 1.15 (English)")).optional(),
  cover: z.boolean().apply(d("\u662F\u5426\u751F\u6210\u5C01\u9762\uFF0C\u9ED8\u8BA4\u662F", "Write a cover page; default true")).optional(),
  toc: z.boolean().apply(d("\u662F\u5426\u751F\u6210\u76EE\u5F55\uFF0C\u9ED8\u8BA4\u662F", "Write a table of contents; default true")).optional()
}).apply(d("DOCX \u6392\u7248\u8BBE\u7F6E\uFF08\u4E5F\u53EF\u7528\u547D\u4EE4\u884C\u53C2\u6570\uFF09", "DOCX layout (also settable with flags)"));
var ChartsSetting = z.union([z.boolean(), z.strictObject(Object.fromEntries(CHART_IDS.map((id) => [id, z.boolean().optional()])))]).apply(d(
  "\u56FE\u8868\uFF1Atrue/false \u5F00\u5173\u5168\u90E8\u56FE\u8868\uFF08\u9ED8\u8BA4\u5F00\uFF09\uFF0C\u6216\u6309\u56FE\u8868 id \u9010\u4E2A\u5F00\u5173\uFF0C\u5982 { weekly: false }\uFF08\u547D\u4EE4\u884C --no-charts \u5173\u95ED\u5168\u90E8\uFF09",
  "Charts: true/false for all of them (default on), or each by its id, as { weekly: false } (--no-charts turns all off)"
));
var ReviewItem = z.strictObject({
  name: text("\u6307\u6807\u540D\u79F0\uFF0C\u5982\u201C\u9500\u552E\u989D\u201D", 'What was measured, e.g. "Revenue"'),
  target: z.number().apply(d("\u4E0A\u671F\u76EE\u6807", "Last period's target")),
  actual: z.number().apply(d("\u4E0A\u671F\u5B9E\u9645", "Last period's actual")),
  unit: text("\u5355\u4F4D\uFF1B\u4E0D\u586B\u6309\u91D1\u989D\u5355\u4F4D", "Unit; defaults to the money unit").optional()
}).apply(d("\u4E0A\u671F\u76EE\u6807\u4E0E\u5B9E\u9645", "Last period: target and actual"));
var Review = z.strictObject({
  period: z.union([z.string().min(1), z.number().int()]).apply(d("\u56DE\u987E\u7684\u671F\u95F4\uFF1B\u9ED8\u8BA4\u4E3A\u4E0A\u4E00\u671F", "Period reviewed; defaults to the previous one")).optional(),
  items: z.array(ReviewItem).apply(d("\u4E0A\u671F\u5404\u9879\u6307\u6807\u7684\u76EE\u6807\u4E0E\u5B9E\u9645", "Last period's targets and actuals")).default([]),
  highlights: textList("\u4E0A\u671F\u4EAE\u70B9", "What went well").default([]),
  problems: textList("\u5B58\u5728\u7684\u95EE\u9898", "Problems").default([]),
  improvements: textList("\u672C\u671F\u6539\u8FDB\u63AA\u65BD", "Improvements for this period").default([])
}).apply(d("\u4E0A\u671F\u56DE\u987E\uFF1A\u7528\u4E8E\u8BA1\u7B97\u8FBE\u6210\u7387", "Review of the last period, for attainment"));
var twelve = (zh, en) => z.array(z.number().nonnegative()).length(12).apply(d(zh, en));
var Annual = z.strictObject({
  split: z.enum(SPLIT_METHODS).apply(d(
    "\u5E74\u5EA6\u76EE\u6807\u62C6\u5230\u5404\u6708\u7684\u65B9\u6CD5\uFF1Aeven \u5E73\u5747\u3001weights \u6309 month_weights \u5B63\u8282\u6743\u91CD\u3001history \u6309\u5F80\u5E74\u5404\u6708\u5B9E\u9645\uFF08\u6708\u9500\u552E\u6BD4\u91CD\u6CD5\uFF09\uFF1B\u4E0D\u586B\u5219\u6709 history \u7528 history\uFF0C\u6709 month_weights \u7528 weights\uFF0C\u5426\u5219\u5E73\u5747",
    "How the year is split into months: even, weights (month_weights) or history (past monthly actuals); left out, history when given, else weights when given, else even"
  )).optional(),
  month_weights: twelve("1\u201312 \u6708\u7684\u6743\u91CD\uFF08\u5B63\u8282\u6027\uFF09\uFF0C\u53EA\u770B\u6BD4\u4F8B\uFF0C\u5982 [8, 6, 9, \u2026]", "Weights of January to December (seasonality); only their ratios matter").optional(),
  history: z.record(z.string().regex(/^\d{4}$/), twelve("\u8BE5\u5E74 1\u201312 \u6708\u5B9E\u9645\u9500\u552E\u989D", "Actual revenue of each month of that year")).apply(d("\u5F80\u5E74\u5404\u6708\u5B9E\u9645\u9500\u552E\u989D\uFF0C\u952E\u4E3A\u5E74\u4EFD\uFF08\u4E00\u5230\u4E09\u5E74\uFF09\uFF0C\u5982 2025: [...]", "Past years\u2019 monthly actuals, keyed by year (one to three years), e.g. 2025: [...]")).optional(),
  month_style: z.enum(MONTHLY_STYLES).apply(d("\u7528 --month \u7531\u5E74\u5EA6\u8BA1\u5212\u751F\u6210\u6708\u5EA6\u8BA1\u5212\u65F6\u7684\u98CE\u683C\uFF0C\u9ED8\u8BA4 target", "Style of the month plans seeded with --month; default target")).optional()
}).apply(d("\u5E74\u5EA6\u76EE\u6807\u5206\u89E3\u8BBE\u7F6E", "How the annual target is split"));
var Incentives = z.strictObject({
  base_rate: percent("\u57FA\u7840\u63D0\u6210\uFF1A\u9500\u552E\u989D\u7684 %\uFF0C\u5982 2", "Base commission, % of revenue, e.g. 2"),
  bonuses: z.array(
    z.strictObject({
      name: text("\u52A0\u63D0\u6761\u4EF6\uFF0C\u5982\u201C\u6838\u5FC3\u5BA2\u6237\u590D\u8D2D\u7387 > 80%\u201D", 'Condition, e.g. "core-customer repurchase > 80%"'),
      rate: percent("\u6EE1\u8DB3\u6761\u4EF6\u65F6\u63D0\u6210\u6BD4\u4F8B\u589E\u52A0\u7684\u767E\u5206\u70B9\uFF0C\u5982 0.5", "Percentage points added to the commission rate, e.g. 0.5"),
      members: textList("\u5DF2\u786E\u5B9A\u6EE1\u8DB3\u6761\u4EF6\u7684\u6210\u5458\uFF08\u53EF\u4E0D\u586B\uFF09", "Members known to qualify (optional)").optional()
    }).apply(d("\u6761\u4EF6\u52A0\u63D0", "A conditional commission increase"))
  ).apply(d("\u6761\u4EF6\u52A0\u63D0", "Conditional commission increases")).default([]),
  over_target: z.array(
    z.strictObject({
      above: z.number().positive().apply(d("\u8D85\u989D\u95E8\u69DB\uFF1A\u8D85\u8FC7\u76EE\u6807\u7684 %\uFF0C\u5982 10 \u8868\u793A\u8D85\u8FC7\u76EE\u6807 10% \u4EE5\u4E0A", "Threshold: % above target, e.g. 10 for more than 10% over")),
      rate: percent("\u5BF9\u8D85\u51FA\u76EE\u6807\u90E8\u5206\u7ED9\u4E88\u7684\u5956\u52B1\uFF0C%", "Bonus on the part above target, %")
    }).apply(d("\u8D85\u989D\u5956\u52B1\u6863\u4F4D", "An over-target bonus tier"))
  ).apply(d("\u8D85\u989D\u5956\u52B1\uFF1A\u8FBE\u6210\u8D85\u8FC7\u95E8\u69DB\u65F6\uFF0C\u8D85\u51FA\u76EE\u6807\u90E8\u5206\u6309\u8BE5\u6863\u6BD4\u4F8B\u5956\u52B1\uFF08\u53D6\u6700\u9AD8\u4E00\u6863\uFF09", "Over-target bonus: above a threshold, the part above target earns that tier\u2019s rate (highest tier reached)")).default([]),
  mentor_share: percent("\u5BFC\u5E08\u5956\uFF1A\u5E26\u6559\u6210\u5458\u672C\u4EBA\u63D0\u6210\u7684 %\uFF0C\u5982 5", "Mentor bonus, % of the mentor\u2019s own commission, e.g. 5").optional(),
  special_share: percent("\u4E13\u9879\u5956\uFF08\u5982\u201C\u6838\u5FC3\u5BA2\u6237\u7EF4\u62A4\u4E4B\u661F\u201D\uFF09\uFF1A\u83B7\u5956\u8005\u63D0\u6210\u7684 %\uFF0C\u5982 10", "Special awards, % of the winner\u2019s commission, e.g. 10").optional(),
  scenarios: z.array(z.number().positive().max(1e3)).min(1).max(5).apply(d("\u63D0\u6210\u6D4B\u7B97\u7684\u8FBE\u6210\u7387\u60C5\u666F\uFF0C%\uFF0C\u9ED8\u8BA4 [100, 115, 125]", "Attainment scenarios for the commission table, %; default [100, 115, 125]")).default([100, 115, 125]),
  improvement_threshold: percent("\u8FBE\u6210\u7387\u4F4E\u4E8E\u6B64\u503C\u987B\u63D0\u4EA4\u7EE9\u6548\u6539\u8FDB\u8BA1\u5212\uFF0C\u9ED8\u8BA4 80", "Attainment below which a rep writes an improvement plan; default 80").default(80)
}).apply(d("\u6FC0\u52B1\u65B9\u6848\uFF1A\u63D0\u6210\u6BD4\u4F8B\u3001\u6761\u4EF6\u52A0\u63D0\u3001\u8D85\u989D\u5956\u52B1", "Incentive scheme: commission, conditional increases, over-target bonus"));
var rfmRule = (zh, en, monetary) => z.strictObject({
  recency: z.number().int().nonnegative().apply(d("\u6700\u8FD1\u4E00\u6B21\u8D2D\u4E70\u8DDD\u4ECA\u4E0D\u8D85\u8FC7\u7684\u5929\u6570\uFF08R\uFF09", "At most this many days since the last purchase (R)")),
  frequency: count("\u8FD1 12 \u4E2A\u6708\u81F3\u5C11\u8D2D\u4E70\u6B21\u6570\uFF08F\uFF09", "At least this many orders in the last 12 months (F)"),
  ...monetary ? { monetary: z.number().nonnegative().apply(d("\u5E73\u5747\u8BA2\u5355\u91D1\u989D\u81F3\u5C11\u4E3A\u5168\u4F53\u5E73\u5747\u8BA2\u5355\u91D1\u989D\u7684\u500D\u6570\uFF08M\uFF09", "Average order at least this multiple of the overall average order (M)")) } : {}
}).apply(d(zh, en));
var Customers = z.strictObject({
  file: text("\u5BA2\u6237\u6E05\u5355\u6587\u4EF6\uFF08CSV \u6216 .xlsx\uFF09\uFF0C\u8DEF\u5F84\u76F8\u5BF9\u4E8E\u8BA1\u5212\u6587\u4EF6", "Customer export (CSV or .xlsx), relative to the plan file"),
  as_of: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).apply(d("\u8BA1\u7B97 R \u7684\u57FA\u51C6\u65E5\uFF0C\u9ED8\u8BA4\u4E3A\u8BA1\u5212\u671F\u95F4\u5F00\u59CB\u7684\u524D\u4E00\u5929", "Date R is counted from; default the day before the period starts")).optional(),
  columns: z.strictObject({
    customer: text("\u5BA2\u6237\u540D\u79F0\u5217\u7684\u8868\u5934", "Header of the customer column").optional(),
    last_purchase: text("\u6700\u8FD1\u8D2D\u4E70\u65E5\u671F\u5217\u7684\u8868\u5934", "Header of the last-purchase-date column").optional(),
    orders: text("\u8FD1 12 \u4E2A\u6708\u8BA2\u5355\u6570\u5217\u7684\u8868\u5934", "Header of the orders column").optional(),
    revenue: text("\u8FD1 12 \u4E2A\u6708\u9500\u552E\u989D\u5217\u7684\u8868\u5934", "Header of the revenue column").optional()
  }).apply(d("\u8868\u5934\u4E0E\u9ED8\u8BA4\u540D\u79F0\u4E0D\u540C\u65F6\u5728\u6B64\u6307\u5B9A", "Column headers, when they differ from the usual names")).optional(),
  rfm: z.strictObject({
    core: rfmRule("\u6838\u5FC3\u5BA2\u6237\u6807\u51C6\uFF0C\u9ED8\u8BA4 R\u226430\u3001F\u22654\u3001M\u22651.5", "Core: default R \u2264 30, F \u2265 4, M \u2265 1.5", true).optional(),
    potential: rfmRule("\u6F5C\u529B\u5BA2\u6237\u6807\u51C6\uFF0C\u9ED8\u8BA4 R\u226460\u3001F\u22652\u3001M\u22651", "Potential: default R \u2264 60, F \u2265 2, M \u2265 1", true).optional(),
    regular: rfmRule("\u4E00\u822C\u5BA2\u6237\u6807\u51C6\uFF0C\u9ED8\u8BA4 R\u226490\u3001F\u22651", "Regular: default R \u2264 90, F \u2265 1", false).optional()
  }).apply(d("RFM \u5206\u5C42\u6807\u51C6\uFF1B\u5176\u4F59\u5BA2\u6237\u4E3A\u6D41\u5931\u5BA2\u6237", "RFM thresholds; every other customer is lapsed")).optional(),
  service: z.strictObject({
    core: text("\u6838\u5FC3\u5BA2\u6237\u7684\u670D\u52A1\u6A21\u5F0F", "Service model for core customers").optional(),
    potential: text("\u6F5C\u529B\u5BA2\u6237\u7684\u670D\u52A1\u6A21\u5F0F", "Service model for potential customers").optional(),
    regular: text("\u4E00\u822C\u5BA2\u6237\u7684\u670D\u52A1\u6A21\u5F0F", "Service model for regular customers").optional(),
    lapsed: text("\u6D41\u5931\u5BA2\u6237\u7684\u633D\u56DE\u65B9\u5F0F", "How lapsed customers are won back").optional()
  }).apply(d("\u5404\u5C42\u670D\u52A1\u6A21\u5F0F", "Service model per tier")).optional()
}).apply(d("\u4ECE CRM \u5BFC\u51FA\u7684\u5BA2\u6237\u6E05\u5355\u505A RFM \u5206\u5C42\uFF0C\u7ED3\u679C\u5199\u5165\u5BA2\u6237\u5206\u5C42\u8868", "RFM tiering of a CRM export, shown as the customer-tier table"));
var Plan = z.strictObject({
  salesplan: z.literal(1).apply(d("\u8BA1\u5212\u6587\u4EF6\u683C\u5F0F\u7248\u672C\uFF0C\u76EE\u524D\u4E3A 1", "Format version of this file; currently 1")),
  kind: z.enum(KINDS).apply(d("\u8BA1\u5212\u7C7B\u578B\uFF1Amonthly \u6708\u5EA6\u3001quarterly \u5B63\u5EA6\u3001annual \u5E74\u5EA6", "Kind of plan")).default("monthly"),
  style: z.enum(MONTHLY_STYLES).apply(d("\u6708\u5EA6\u8BA1\u5212\u98CE\u683C\uFF1Atarget \u76EE\u6807\u5206\u89E3\u3001operations \u7CBE\u7EC6\u8FD0\u8425\u3001expansion \u5E02\u573A\u62D3\u5C55\u3001efficiency \u56E2\u961F\u6548\u80FD\u3001service \u670D\u52A1\u4EF7\u503C", "Monthly style")).optional(),
  period: z.union([z.string().min(1), z.number().int()]).apply(d("\u8BA1\u5212\u671F\u95F4\uFF1A\u6708\u5EA6 2026-12\uFF0C\u5B63\u5EA6 2026-Q4\uFF0C\u5E74\u5EA6 2026", "Period: 2026-12 (monthly), 2026-Q4 (quarterly), 2026 (annual)")),
  lang: z.enum(["zh-CN", "en"]).apply(d("\u6587\u6863\u8BED\u8A00", "Document language")).optional(),
  title: text("\u6587\u6863\u6807\u9898\uFF08\u4E0D\u586B\u5219\u81EA\u52A8\u751F\u6210\uFF09", "Document title (generated when left out)").optional(),
  org: Org.default({}),
  unit: text("\u91D1\u989D\u5355\u4F4D\uFF0C\u5982 \u4E07\u5143\u3001\u5143\u3001USD", "Money unit, e.g. \u4E07\u5143, \u5143, USD").optional(),
  currency: z.string().regex(/^[A-Z]{3}$/).apply(d("\u5E01\u79CD\u4EE3\u7801\uFF0C\u5982 CNY\u3001USD", "Currency code, e.g. CNY, USD")).optional(),
  precision: z.number().int().min(0).max(4).apply(d(
    "\u91D1\u989D\u663E\u793A\u4E0E\u62C6\u5206\u7684\u5C0F\u6570\u4F4D\u6570\u3002\u4E0D\u586B\u5219\u81EA\u52A8\uFF1A\u4E07\u5143\u3001\u4EBF\u5143\u7B49\u5355\u4F4D\u7684\u91D1\u989D 100 \u4EE5\u4E0A\u53D6\u6574\u3001100 \u4EE5\u4E0B\u4FDD\u7559 1 \u4F4D\uFF08\u9884\u7B97\u3001\u4EBA\u5747\u7B49\u5C0F\u989D\uFF09\uFF0C\u5143\u4E0E\u5916\u5E01\uFF08USD\u3001GBP\uFF09\u4FDD\u7559 2 \u4F4D\uFF1B\u63D0\u6210\u4E0D\u586B\u65F6\u4FDD\u7559 2 \u4F4D\u3002\u62C6\u5206\uFF08\u5468\u3001\u6708\u3001\u5B63\u5EA6\u3001\u6210\u5458\u3001\u6309\u6BD4\u4F8B\u7684\u4EA7\u54C1\u7EBF\u4E0E\u9884\u7B97\uFF09\u6309\u5404\u90E8\u5206\u7684\u5927\u5C0F\u53D6\u4F4D\u6570\uFF08860 \u4E07\u5143\u5206\u5230\u5404\u5468\u53D6\u6574\uFF0C162 \u4E07\u5143\u5206\u7ED9 4 \u4EBA\u5404 40.5\uFF09\uFF0C\u5404\u90E8\u5206\u4E4B\u548C\u7B49\u4E8E\u663E\u793A\u7684\u603B\u989D",
    "Decimal places of money, shown and split. Left out: for \u4E07\u5143/\u4EBF\u5143-style units, whole units from 100 up and one decimal below (budget lines, per-head figures); 2 decimals for \u5143 and currencies (USD, GBP); commissions 2 decimals. Splits (weeks, months, quarters, reps, product lines and budget lines given as shares) take the places that fit their parts (860 over the weeks in whole units, 162 over 4 reps as 40.5 each), so the parts add up to the total as shown"
  )).optional(),
  calendar: Calendar.optional(),
  focus: z.union([z.string().min(1), z.array(z.string().min(1))]).apply(d("\u672C\u671F\u5DE5\u4F5C\u91CD\u70B9\uFF08\u5F00\u7BC7\u6BB5\u843D\uFF09", "Focus of the period (opening paragraph)")).optional(),
  closing: text("\u7ED3\u675F\u8BED\uFF08\u66FF\u6362\u81EA\u52A8\u751F\u6210\u7684\u7ED3\u8BED\uFF09", "Closing paragraph (replaces the generated one)").optional(),
  market: Market.optional(),
  targets: Targets.default({ metrics: [] }),
  products: z.array(Product).apply(d("\u4EA7\u54C1\u7EBF\u76EE\u6807", "Product lines")).default([]),
  channels: z.array(Channel).apply(d("\u9500\u552E\u6E20\u9053", "Sales channels")).default([]),
  regions: z.array(Region).apply(d("\u65B0\u5E02\u573A/\u533A\u57DF\uFF08\u5E02\u573A\u62D3\u5C55\u98CE\u683C\uFF09", "New markets (expansion style)")).default([]),
  team: z.array(Member).apply(d("\u56E2\u961F\u4E0E\u4E2A\u4EBA\u76EE\u6807", "Team and per-rep targets")).default([]),
  tiers: z.array(Tier).apply(d("\u5BA2\u6237\u5206\u5C42\uFF08\u670D\u52A1\u4EF7\u503C\u98CE\u683C\uFF09", "Customer tiers (service style)")).default([]),
  risks: z.array(Risk).apply(d("\u98CE\u9669\u4E0E\u5E94\u5BF9", "Risks and responses")).default([]),
  budget: Budget.optional(),
  schedule: z.array(ScheduleItem).apply(d("\u8FDB\u5EA6\u5B89\u6392", "Schedule")).default([]),
  sections: z.record(z.string(), SectionOverride).apply(d("\u6309\u7AE0\u8282 id \u8865\u5145\u6216\u6539\u5199\u5185\u5BB9\uFF08\u7AE0\u8282 id \u89C1 salesplan styles\uFF09", "Per-section additions or rewrites, by section id (see salesplan styles)")).default({}),
  review: Review.optional(),
  annual: Annual.optional(),
  incentives: Incentives.optional(),
  customers: Customers.optional(),
  docx: DocxSettings.optional(),
  charts: ChartsSetting.optional()
}).apply(d("salesplan \u9500\u552E\u8BA1\u5212\u6587\u4EF6", "A salesplan plan file"));
function planJsonSchema() {
  const schema2 = z.toJSONSchema(Plan, { io: "input", unrepresentable: "any" });
  return { ...schema2, title: "salesplan plan file" };
}

// src/styles/annual.ts
var annualStyle = {
  id: "annual",
  kind: "annual",
  name: { "zh-CN": "\u5E74\u5EA6\u9500\u552E\u8BA1\u5212", en: "Annual sales plan" },
  description: {
    "zh-CN": "\u5E74\u5EA6\u76EE\u6807\u6309\u5B63\u5EA6\u3001\u6708\u4EFD\u3001\u4EA7\u54C1\u7EBF\u4E0E\u56E2\u961F\u5206\u89E3\uFF0C\u914D\u5957\u5E02\u573A\u63A8\u5E7F\u3001\u6D41\u7A0B\u4E0E\u98CE\u9669\u3001\u56E2\u961F\u4E0E\u6587\u5316\u56DB\u5927\u90E8\u5206",
    en: "The year\u2019s target split into quarters, months, product lines and team, with marketing, process and risk, and team and culture"
  },
  title: { "zh-CN": "{period}\u9500\u552E\u5DE5\u4F5C\u8BA1\u5212", en: "Annual Sales Plan {period}" },
  intro: "annual/intro",
  closing: "annual/closing",
  sections: [
    {
      id: "goals",
      title: { "zh-CN": "\u9500\u552E\u76EE\u6807\u4E0E\u7B56\u7565\u89C4\u5212", en: "Sales targets and strategy" },
      synonyms: {
        "zh-CN": ["\u9500\u552E\u76EE\u6807\u4E0E\u7B56\u7565", "\u5E74\u5EA6\u9500\u552E\u76EE\u6807", "\u76EE\u6807\u4E0E\u7B56\u7565", "\u9500\u552E\u76EE\u6807", "\u5E74\u5EA6\u76EE\u6807"],
        en: ["targets and strategy", "annual targets", "sales targets"]
      },
      summary: {
        "zh-CN": "\u5E74\u5EA6\u9500\u552E\u76EE\u6807\u53CA\u5B63\u5EA6\u3001\u6708\u5EA6\u3001\u4EA7\u54C1\u7EBF\u5206\u89E3\uFF0C\u5E02\u573A\u7ADE\u4E89\u5206\u6790\uFF0C\u6E20\u9053\u4F18\u5316\uFF0C\u56E2\u961F\u7BA1\u7406\uFF0C\u5BA2\u6237\u5173\u7CFB\u7BA1\u7406",
        en: "The year\u2019s target split by quarter, month and product line; competition; channels; team; customer relationships"
      },
      uses: ["targets", "annual", "products", "market", "channels", "team", "tiers", "customers"],
      requires: [{ path: ["targets", "revenue"] }, { list: "products" }],
      template: "annual/goals",
      tables: ["targets", "quarters", "months", "productMonths", "metrics", "channels", "teamQuarters", "tiers"]
    },
    {
      id: "marketing",
      title: { "zh-CN": "\u5E02\u573A\u63A8\u5E7F\u4E0E\u54C1\u724C\u5EFA\u8BBE", en: "Marketing and brand" },
      synonyms: {
        "zh-CN": ["\u5E02\u573A\u63A8\u5E7F", "\u54C1\u724C\u5EFA\u8BBE", "\u5E02\u573A\u63A8\u5E7F\u4E0E\u54C1\u724C", "\u8425\u9500\u63A8\u5E7F", "\u54C1\u724C\u4F20\u64AD"],
        en: ["marketing", "brand", "marketing and brand", "promotion"]
      },
      summary: {
        "zh-CN": "\u5E02\u573A\u63A8\u5E7F\u7B56\u7565\u3001\u54C1\u724C\u5EFA\u8BBE\u4E0E\u4F20\u64AD\u3001\u5E02\u573A\u8C03\u7814\u4E0E\u53CD\u9988\u3001\u6570\u5B57\u8425\u9500\u4E0E\u6570\u636E\u5206\u6790\u3001\u521B\u65B0\u8425\u9500",
        en: "Promotion, brand and communication, market research, digital marketing and analytics, new marketing ideas"
      },
      uses: ["market", "targets.metrics", "budget"],
      template: "annual/marketing"
    },
    {
      id: "process",
      title: { "zh-CN": "\u9500\u552E\u6D41\u7A0B\u4F18\u5316\u4E0E\u98CE\u9669\u7BA1\u7406", en: "Sales process and risk management" },
      synonyms: {
        "zh-CN": ["\u6D41\u7A0B\u4F18\u5316\u4E0E\u98CE\u9669\u7BA1\u7406", "\u9500\u552E\u6D41\u7A0B\u4F18\u5316", "\u98CE\u9669\u7BA1\u7406", "\u6D41\u7A0B\u4E0E\u98CE\u63A7", "\u98CE\u9669\u8BC6\u522B\u4E0E\u8BC4\u4F30"],
        en: ["process and risk", "sales process", "risk management", "risks"]
      },
      summary: {
        "zh-CN": "\u9500\u552E\u6D41\u7A0B\u4F18\u5316\u3001\u98CE\u9669\u8BC6\u522B\u4E0E\u8BC4\u4F30\u3001\u5185\u90E8\u63A7\u5236\u4E0E\u5BA1\u8BA1\u3001\u6CD5\u5F8B\u4E8B\u52A1\u3001\u6301\u7EED\u6539\u8FDB\u4E0E\u521B\u65B0",
        en: "Sales process, risk identification and assessment, internal control and audit, legal matters, continuous improvement"
      },
      uses: ["risks"],
      requires: [{ list: "risks" }],
      template: "annual/process",
      tables: ["risks"]
    },
    {
      id: "culture",
      title: { "zh-CN": "\u56E2\u961F\u534F\u4F5C\u4E0E\u6587\u5316\u5EFA\u8BBE", en: "Teamwork and culture" },
      synonyms: {
        "zh-CN": ["\u56E2\u961F\u534F\u4F5C", "\u6587\u5316\u5EFA\u8BBE", "\u56E2\u961F\u5EFA\u8BBE", "\u56E2\u961F\u534F\u4F5C\u4E0E\u6587\u5316", "\u4F01\u4E1A\u6587\u5316"],
        en: ["teamwork", "culture", "teamwork and culture", "team building"]
      },
      summary: {
        "zh-CN": "\u8DE8\u90E8\u95E8\u534F\u4F5C\u3001\u5185\u90E8\u6C9F\u901A\u4E0E\u53CD\u9988\u3001\u56E2\u961F\u5EFA\u8BBE\u4E0E\u57F9\u8BAD\u3001\u4F01\u4E1A\u6587\u5316\u3001\u5458\u5DE5\u5173\u6000\u4E0E\u798F\u5229",
        en: "Cross-department work, communication and feedback, team building and training, culture, staff care"
      },
      uses: ["team", "targets.metrics"],
      template: "annual/culture"
    },
    {
      id: "execution",
      title: { "zh-CN": "\u9884\u7B97\u3001\u8003\u6838\u5B89\u6392\u4E0E\u4E0A\u5E74\u5EA6\u56DE\u987E", en: "Budget, review calendar and last year" },
      synonyms: {
        "zh-CN": ["\u8003\u6838\u5B89\u6392", "\u5E74\u5EA6\u8003\u6838", "\u4E0A\u5E74\u5EA6\u56DE\u987E", "\u5E74\u5EA6\u603B\u7ED3", "\u8FDB\u5EA6\u5B89\u6392", "\u9884\u7B97\u4E0E\u8003\u6838"],
        en: ["review calendar", "evaluation", "last year", "budget and evaluation"]
      },
      summary: {
        "zh-CN": "\u5E74\u5EA6\u8D39\u7528\u9884\u7B97\u3001\u5B63\u5EA6\u8003\u6838\u8282\u70B9\u4E0E\u8FDB\u5EA6\u5B89\u6392\u3001\u4E0A\u5E74\u5EA6\u76EE\u6807\u5B8C\u6210\u60C5\u51B5\u4E0E\u603B\u7ED3",
        en: "The year\u2019s budget, quarterly review dates and schedule, how last year went"
      },
      uses: ["budget", "schedule", "review", "annual.history"],
      template: "annual/execution",
      tables: ["budget", "schedule", "review"],
      required: false
    }
  ]
};

// src/styles/common.ts
var SYNONYMS = {
  targets: {
    "zh-CN": ["\u9500\u552E\u76EE\u6807", "\u76EE\u6807\u4E0E\u5206\u89E3", "\u76EE\u6807\u5206\u89E3", "\u6838\u5FC3\u76EE\u6807", "\u672C\u6708\u76EE\u6807", "\u9500\u552E\u4EFB\u52A1", "\u9500\u91CF\u4EFB\u52A1", "\u4E1A\u7EE9\u76EE\u6807", "\u76EE\u6807\u8BBE\u5B9A"],
    en: ["targets", "sales targets", "goals", "objectives", "targets and breakdown"]
  },
  market: {
    "zh-CN": ["\u5E02\u573A\u5206\u6790", "\u5E02\u573A\u8C03\u7814", "\u5E02\u573A\u73AF\u5883", "\u673A\u4F1A\u6316\u6398", "\u5E02\u573A\u7814\u5224", "\u7ADE\u4E89\u5206\u6790"],
    en: ["market analysis", "market research", "market and opportunities"]
  },
  team: {
    "zh-CN": ["\u56E2\u961F\u5EFA\u8BBE", "\u56E2\u961F\u7BA1\u7406", "\u80FD\u529B\u63D0\u5347", "\u4EBA\u5458\u57F9\u8BAD", "\u56E2\u961F\u534F\u4F5C", "\u8D4B\u80FD"],
    en: ["team", "team building", "people and skills", "enablement"]
  },
  risks: {
    "zh-CN": ["\u98CE\u9669\u7BA1\u7406", "\u98CE\u9669\u9884\u8B66", "\u98CE\u9669\u5E94\u5BF9", "\u98CE\u9669\u63A7\u5236", "\u5E94\u5BF9\u63AA\u65BD", "\u5E94\u6025\u673A\u5236", "\u98CE\u9669\u4E0E\u5E94\u5BF9"],
    en: ["risks", "risk management", "risks and responses", "contingency"]
  },
  budget: {
    "zh-CN": ["\u9884\u7B97", "\u8D39\u7528\u9884\u7B97", "\u8D44\u6E90\u914D\u7F6E", "\u9884\u7B97\u4E0E\u8D44\u6E90"],
    en: ["budget", "budget and resources", "resources"]
  },
  review: {
    "zh-CN": ["\u7EE9\u6548\u8BC4\u4F30", "\u7EE9\u6548\u8003\u6838", "\u56DE\u987E", "\u603B\u7ED3", "\u8003\u6838", "\u590D\u76D8", "\u6570\u636E\u5206\u6790"],
    en: ["review", "performance review", "evaluation", "retrospective"]
  },
  customers: {
    "zh-CN": ["\u5BA2\u6237\u5173\u7CFB", "\u5BA2\u6237\u7BA1\u7406", "\u5BA2\u6237\u5173\u7CFB\u7BA1\u7406", "\u5BA2\u6237\u7EF4\u62A4", "\u5BA2\u6237\u5206\u5C42", "\u5BA2\u6237\u670D\u52A1"],
    en: ["customer relationships", "customer management", "accounts"]
  },
  channels: {
    "zh-CN": ["\u6E20\u9053\u5EFA\u8BBE", "\u6E20\u9053\u7BA1\u7406", "\u6E20\u9053\u62D3\u5C55", "\u6E20\u9053"],
    en: ["channels", "channel management", "channel development"]
  }
};
function executionSection(options) {
  return {
    id: "execution",
    title: { "zh-CN": "\u6267\u884C\u8FDB\u5EA6\u4E0E\u8003\u6838\u56DE\u987E", en: "Schedule, evaluation and review" },
    synonyms: {
      "zh-CN": ["\u6267\u884C\u8FDB\u5EA6", "\u8FDB\u5EA6\u5B89\u6392", "\u8003\u6838\u5B89\u6392", "\u8003\u6838\u4E0E\u56DE\u987E", "\u65F6\u95F4\u5B89\u6392", "\u5DE5\u4F5C\u5B89\u6392"],
      en: ["schedule", "timeline", "evaluation", "review"]
    },
    summary: {
      "zh-CN": "\u672C\u671F\u8FDB\u5EA6\u5B89\u6392\u3001\u8003\u6838\u8282\u70B9\u4E0E\u8282\u594F\u3001\u4E0A\u671F\u56DE\u987E\u4E0E\u603B\u7ED3",
      en: "The schedule, when and how progress is reviewed, and a review of last period"
    },
    uses: options.budget ? ["schedule", "review", "budget"] : ["schedule", "review"],
    template: "common/execution",
    tables: options.budget ? ["schedule", "review", "budget"] : ["schedule", "review"],
    required: false
  };
}

// src/styles/efficiency.ts
var efficiencyStyle = {
  id: "efficiency",
  kind: "monthly",
  name: { "zh-CN": "\u56E2\u961F\u6548\u80FD\u578B", en: "Team efficiency" },
  description: {
    "zh-CN": "\u4EE5\u63D0\u5347\u56E2\u961F\u6548\u80FD\u4E3A\u6838\u5FC3\uFF1A\u4EBA\u5747\u4EA7\u51FA\u3001\u6F0F\u6597\u8F6C\u5316\u3001\u4E2A\u4EBA\u80FD\u529B\u3001\u6D41\u7A0B\u7CBE\u76CA\u3001\u5DE5\u5177\u8FD0\u7528\u4E0E\u6FC0\u52B1",
    en: "Built around the team: revenue per rep, funnel conversion, skills, lean process, tools and incentives"
  },
  title: { "zh-CN": "{period}\u9500\u552E\u56E2\u961F\u5DE5\u4F5C\u8BA1\u5212", en: "Sales Team Plan \u2014 {period}" },
  intro: "efficiency/intro",
  closing: "efficiency/closing",
  sections: [
    {
      id: "targets",
      title: { "zh-CN": "\u672C\u6708\u6838\u5FC3\u76EE\u6807\u4E0E\u5206\u89E3", en: "Core targets" },
      synonyms: SYNONYMS.targets,
      summary: {
        "zh-CN": "\u73AF\u6BD4\u589E\u957F\u4E0E\u91D1\u989D\u3001\u4EBA\u5747\u9500\u552E\u989D\u3001\u6F0F\u6597\u5404\u6BB5\u8F6C\u5316\u7387\u3001\u5BA2\u6237\u6EE1\u610F\u5EA6\u3001\u57F9\u8BAD\u901A\u8FC7\u7387",
        en: "Growth over last month, revenue per rep, funnel conversion, customer satisfaction, training pass rate"
      },
      uses: ["targets.revenue", "targets.last_revenue", "team", "targets.metrics"],
      requires: [
        { path: ["targets", "revenue"] },
        { path: ["targets", "last_revenue"] },
        { list: "team" },
        { metric: "lead_to_opportunity" },
        { metric: "opportunity_to_order" },
        { metric: "csat" },
        { metric: "training_pass_rate" }
      ],
      template: "efficiency/targets",
      tables: ["targets", "metrics", "team"]
    },
    {
      id: "skills",
      title: { "zh-CN": "\u9500\u552E\u4EBA\u5458\u4E2A\u4EBA\u80FD\u529B\u63D0\u5347", en: "Individual skills" },
      synonyms: {
        "zh-CN": ["\u80FD\u529B\u63D0\u5347", "\u4E2A\u4EBA\u80FD\u529B", "\u6280\u80FD\u63D0\u5347", "\u9500\u552E\u6280\u80FD", "\u4EBA\u5458\u57F9\u8BAD"],
        en: ["skills", "individual skills", "training", "capability"]
      },
      summary: {
        "zh-CN": "\u4EA7\u54C1\u77E5\u8BC6\u3001\u9500\u552E\u6280\u5DE7\u4E0E\u8BDD\u672F\u3001\u5BA2\u6237\u7BA1\u7406\u3001\u65F6\u95F4\u7BA1\u7406",
        en: "Product knowledge, selling skills and scripts, customer management, time management"
      },
      uses: ["team", "targets.metrics"],
      template: "efficiency/skills"
    },
    {
      id: "process",
      title: { "zh-CN": "\u9500\u552E\u6D41\u7A0B\u7CBE\u76CA\u7BA1\u7406", en: "Lean sales process" },
      synonyms: {
        "zh-CN": ["\u9500\u552E\u6D41\u7A0B", "\u6D41\u7A0B\u7BA1\u7406", "\u7CBE\u76CA\u7BA1\u7406", "\u6D41\u7A0B\u4F18\u5316"],
        en: ["sales process", "lean process", "process"]
      },
      summary: {
        "zh-CN": "\u7EBF\u7D22\u5230\u8BA2\u5355\u7684\u6D41\u7A0B\u3001\u65E5/\u5468/\u6708\u62A5\u6A21\u677F\u4E0E\u63D0\u4EA4\u65F6\u9650\u3001\u5185\u90E8\u6C9F\u901A\u4E0E\u5347\u7EA7\u673A\u5236\u3001\u6E20\u9053\u5206\u5DE5",
        en: "Lead-to-order flow, daily/weekly/monthly reports and deadlines, communication and escalation, channels"
      },
      uses: ["channels"],
      template: "efficiency/process",
      tables: ["channels"]
    },
    {
      id: "tools",
      title: { "zh-CN": "\u9500\u552E\u5DE5\u5177\u7684\u6709\u6548\u8FD0\u7528", en: "Sales tools" },
      synonyms: {
        "zh-CN": ["\u9500\u552E\u5DE5\u5177", "\u5DE5\u5177\u8FD0\u7528", "CRM", "\u6570\u5B57\u5316\u5DE5\u5177"],
        en: ["tools", "sales tools", "CRM"]
      },
      summary: {
        "zh-CN": "CRM\uFF08\u6570\u636E\u5B8C\u6574\u3001\u62A5\u8868\u3001\u79FB\u52A8\u7AEF\uFF09\u3001\u81EA\u52A8\u5316\u5DE5\u5177\u3001\u5E02\u573A\u60C5\u62A5\u5DE5\u5177",
        en: "CRM (complete data, reports, mobile), automation, market intelligence"
      },
      uses: [],
      template: "efficiency/tools"
    },
    {
      id: "incentives",
      title: { "zh-CN": "\u56E2\u961F\u6FC0\u52B1\u4E0E\u6587\u5316\u5EFA\u8BBE", en: "Incentives and culture" },
      synonyms: {
        "zh-CN": ["\u56E2\u961F\u6FC0\u52B1", "\u6FC0\u52B1\u673A\u5236", "\u6587\u5316\u5EFA\u8BBE", "\u56E2\u961F\u6587\u5316"],
        en: ["incentives", "motivation", "culture"]
      },
      summary: {
        "zh-CN": "SMART \u76EE\u6807\u3001\u591A\u6837\u5316\u5956\u52B1\u3001\u8FC7\u7A0B\u5956\u52B1\u3001\u56E2\u961F\u6D3B\u52A8\u3001\u5BFC\u5E08\u5236\u4E0E\u6587\u5316",
        en: "SMART goals, varied and process rewards, team events, mentors, culture"
      },
      uses: ["team"],
      template: "efficiency/incentives"
    },
    {
      id: "risks",
      title: { "zh-CN": "\u98CE\u9669\u7BA1\u7406\u4E0E\u6301\u7EED\u6539\u8FDB", en: "Risks and continuous improvement" },
      synonyms: { "zh-CN": [...SYNONYMS.risks["zh-CN"], "\u6301\u7EED\u6539\u8FDB"], en: [...SYNONYMS.risks.en, "continuous improvement"] },
      summary: {
        "zh-CN": "\u9884\u6D4B\u504F\u5DEE\u3001\u56E2\u961F\u58EB\u6C14\u3001\u57F9\u8BAD\u6548\u679C\u7B49\u98CE\u9669\u7684\u9884\u8B66\u4E0E\u5E94\u5BF9\uFF0C\u6301\u7EED\u6539\u8FDB\u673A\u5236",
        en: "Forecast bias, morale, training effectiveness: warning signs and responses; continuous improvement"
      },
      uses: ["risks"],
      template: "efficiency/risks",
      tables: ["risks"]
    },
    executionSection({ budget: true })
  ]
};

// src/styles/expansion.ts
var expansionStyle = {
  id: "expansion",
  kind: "monthly",
  name: { "zh-CN": "\u5E02\u573A\u62D3\u5C55\u578B", en: "Market expansion" },
  description: {
    "zh-CN": "\u4EE5\u5F00\u62D3\u65B0\u5E02\u573A\u548C\u54C1\u724C\u4E3A\u6838\u5FC3\uFF1A\u65B0\u533A\u57DF\u9996\u6708\u76EE\u6807\u3001\u5E02\u573A\u8C03\u7814\u3001\u65B0\u5BA2\u6237\u83B7\u53D6\u3001\u54C1\u724C\u63A8\u5E7F\u3001\u6E20\u9053\u5EFA\u8BBE",
    en: "Built around growth: first-month targets in new regions, research, acquisition, brand, channel building"
  },
  title: { "zh-CN": "{period}\u5E02\u573A\u62D3\u5C55\u4E0E\u9500\u552E\u5DE5\u4F5C\u8BA1\u5212", en: "Market Expansion and Sales Plan \u2014 {period}" },
  intro: "expansion/intro",
  closing: "expansion/closing",
  sections: [
    {
      id: "targets",
      title: { "zh-CN": "\u5E02\u573A\u62D3\u5C55\u4E0E\u65B0\u589E\u957F\u70B9\u76EE\u6807", en: "Expansion and growth targets" },
      synonyms: {
        "zh-CN": [...SYNONYMS.targets["zh-CN"], "\u5E02\u573A\u62D3\u5C55\u76EE\u6807", "\u65B0\u589E\u957F\u70B9", "\u62D3\u5C55\u76EE\u6807"],
        en: [...SYNONYMS.targets.en, "expansion targets", "growth targets"]
      },
      summary: {
        "zh-CN": "\u65B0\u533A\u57DF\u9996\u6708\u9500\u552E\u989D\u4E0E\u5BA2\u6237\u3001\u65B0\u4EA7\u54C1\u7EBF\u3001\u54C1\u724C\u77E5\u540D\u5EA6\u4E0E\u793E\u5A92\u5F71\u54CD\u3001\u6E20\u9053\u4F19\u4F34",
        en: "New regions (first-month revenue, customers), new product lines, brand awareness and reach, channel partners"
      },
      uses: ["targets.revenue", "regions", "products", "targets.metrics"],
      requires: [{ path: ["targets", "revenue"] }, { list: "regions" }, { metric: "brand_awareness" }],
      template: "expansion/targets",
      tables: ["targets", "regions", "products", "metrics"]
    },
    {
      id: "research",
      title: { "zh-CN": "\u6DF1\u5165\u5E02\u573A\u8C03\u7814\u4E0E\u5B9A\u4F4D", en: "Market research and positioning" },
      synonyms: {
        "zh-CN": [...SYNONYMS.market["zh-CN"], "\u5E02\u573A\u5B9A\u4F4D", "\u8C03\u7814\u4E0E\u5B9A\u4F4D"],
        en: [...SYNONYMS.market.en, "positioning"]
      },
      summary: {
        "zh-CN": "\u533A\u57DF\u6F5C\u529B\u4E0E\u8FDB\u5165\u58C1\u5792\u3001\u76EE\u6807\u5BA2\u6237\u753B\u50CF\u4E0E\u51B3\u7B56\u94FE\u3001\u4EA7\u54C1\u672C\u5730\u5316\u4E0E\u5B9A\u4EF7",
        en: "Region potential and entry barriers, customer persona and buying chain, localisation and pricing"
      },
      uses: ["regions", "market"],
      template: "expansion/research"
    },
    {
      id: "acquisition",
      title: { "zh-CN": "\u65B0\u5BA2\u6237\u5F00\u53D1\u4E0E\u83B7\u53D6\u7B56\u7565", en: "Customer acquisition" },
      synonyms: {
        "zh-CN": ["\u65B0\u5BA2\u6237\u5F00\u53D1", "\u5BA2\u6237\u83B7\u53D6", "\u83B7\u5BA2\u7B56\u7565", "\u5BA2\u6237\u5F00\u53D1"],
        en: ["acquisition", "customer acquisition", "new business"]
      },
      summary: {
        "zh-CN": "\u7EBF\u4E0A\u83B7\u5BA2\uFF08\u641C\u7D22\u3001\u793E\u4EA4\u3001\u884C\u4E1A\u5A92\u4F53\uFF09\u3001\u7EBF\u4E0B\u6D3B\u52A8\uFF08\u5C55\u4F1A\u3001\u5730\u63A8\u3001\u5546\u4F1A\uFF09\u3001\u8F6C\u4ECB\u7ECD\u4E0E\u6848\u4F8B",
        en: "Online (search, social, trade media), offline (shows, events, field team), referrals and case stories"
      },
      uses: ["regions"],
      template: "expansion/acquisition"
    },
    {
      id: "brand",
      title: { "zh-CN": "\u54C1\u724C\u63A8\u5E7F\u4E0E\u5F62\u8C61\u5851\u9020", en: "Brand building" },
      synonyms: {
        "zh-CN": ["\u54C1\u724C\u63A8\u5E7F", "\u54C1\u724C\u5EFA\u8BBE", "\u5F62\u8C61\u5851\u9020", "\u54C1\u724C\u4F20\u64AD"],
        en: ["brand", "brand building", "brand promotion"]
      },
      summary: {
        "zh-CN": "\u7EDF\u4E00\u54C1\u724C\u5F62\u8C61\u3001\u54C1\u724C\u6545\u4E8B\u3001\u5A92\u4F53\u5173\u7CFB\u3001\u5185\u5BB9\u8425\u9500\u3001\u793E\u533A\u4E0E\u516C\u76CA",
        en: "Consistent identity, brand story, media relations, content, community"
      },
      uses: ["targets.metrics"],
      template: "expansion/brand"
    },
    {
      id: "channels",
      title: { "zh-CN": "\u6E20\u9053\u5EFA\u8BBE\u4E0E\u7BA1\u7406", en: "Channel development" },
      synonyms: SYNONYMS.channels,
      summary: {
        "zh-CN": "\u76F4\u9500\u4E0E\u5206\u9500\u5206\u5DE5\u3001\u4F19\u4F34\u62DB\u52DF\u6807\u51C6\u4E0E\u6D41\u7A0B\u3001\u4F19\u4F34\u652F\u6301\u4E0E\u8FD4\u5229\u3001\u6E20\u9053\u98CE\u9669\u7BA1\u63A7",
        en: "Direct and indirect roles, partner criteria and onboarding, support and rebates, channel risk"
      },
      uses: ["channels"],
      template: "expansion/channels",
      tables: ["channels"]
    },
    {
      id: "team",
      title: { "zh-CN": "\u56E2\u961F\u5EFA\u8BBE\u4E0E\u8D44\u6E90\u914D\u7F6E", en: "Team and resources" },
      synonyms: { "zh-CN": [...SYNONYMS.team["zh-CN"], "\u8D44\u6E90\u914D\u7F6E"], en: [...SYNONYMS.team.en, "resources"] },
      summary: {
        "zh-CN": "\u62D3\u5C55\u56E2\u961F\u4E0E\u672C\u5730\u62DB\u8058\u3001\u5165\u804C\u57F9\u8BAD\u3001\u5DE5\u5177\u4E0E\u7269\u6599\u3001\u4E13\u9879\u9884\u7B97",
        en: "Expansion team and local hires, onboarding, tools and materials, dedicated budget"
      },
      uses: ["team", "budget"],
      template: "expansion/team",
      tables: ["team", "budget"]
    },
    {
      id: "risks",
      title: { "zh-CN": "\u98CE\u9669\u9884\u8B66\u4E0E\u5E94\u6025\u673A\u5236", en: "Risk warnings and contingency" },
      synonyms: SYNONYMS.risks,
      summary: {
        "zh-CN": "\u5E02\u573A\u8FDB\u5165\u3001\u5BA2\u6237\u63A5\u53D7\u5EA6\u3001\u6E20\u9053\u51B2\u7A81\u3001\u73B0\u91D1\u6D41\uFF0C\u6BCF\u9879\u98CE\u9669\u7684\u9884\u8B66\u4FE1\u53F7\u4E0E\u5E94\u5BF9",
        en: "Market entry, customer acceptance, channel conflict, cash flow: each with warning sign and response"
      },
      uses: ["risks"],
      template: "expansion/risks",
      tables: ["risks"]
    },
    executionSection({ budget: false })
    // the team section shows the budget
  ]
};

// src/styles/operations.ts
var operationsStyle = {
  id: "operations",
  kind: "monthly",
  name: { "zh-CN": "\u7CBE\u7EC6\u8FD0\u8425\u578B", en: "Refined operations" },
  description: {
    "zh-CN": "\u4EE5\u7CBE\u7EC6\u5316\u6D41\u7A0B\u548C\u5BA2\u6237\u4F53\u9A8C\u4E3A\u6838\u5FC3\uFF1A\u7EBF\u7D22\u5230\u7B7E\u7EA6\u7684\u4E94\u4E2A\u9636\u6BB5\u3001\u5BA2\u6237\u5206\u7EA7\u670D\u52A1\u3001\u6570\u636E\u9A71\u52A8\u7684\u7EE9\u6548\u8BC4\u4F30",
    en: "Built around process and customer experience: five stages from lead to contract, graded service, data-driven review"
  },
  title: { "zh-CN": "{period}\u9500\u552E\u5DE5\u4F5C\u8BA1\u5212", en: "Sales Plan \u2014 {period}" },
  intro: "operations/intro",
  closing: "operations/closing",
  sections: [
    {
      id: "targets",
      title: { "zh-CN": "\u6838\u5FC3\u9500\u552E\u76EE\u6807\u4E0E\u5206\u89E3", en: "Core sales targets" },
      synonyms: SYNONYMS.targets,
      summary: {
        "zh-CN": "\u603B\u76EE\u6807\u3001\u91CD\u70B9\u4EA7\u54C1\uFF08\u9AD8\u6BDB\u5229\u3001\u4EFD\u989D\u578B\u3001\u65B0\u54C1\uFF09\u3001\u7EBF\u7D22\u8F6C\u5316\u7387\u3001\u590D\u8D2D\u7387\u3001\u5BA2\u5355\u4EF7\u589E\u957F",
        en: "Total, key products (high-margin, share, new), lead conversion, repurchase rate, order value growth"
      },
      uses: ["targets.revenue", "targets.last_revenue", "products", "targets.metrics"],
      requires: [
        { path: ["targets", "revenue"] },
        { list: "products" },
        { metric: "lead_conversion" },
        { metric: "repurchase_rate" },
        { metric: "aov" }
      ],
      template: "operations/targets",
      tables: ["targets", "products", "metrics"]
    },
    {
      id: "process",
      title: { "zh-CN": "\u7CBE\u7EC6\u5316\u9500\u552E\u6D41\u7A0B\u7BA1\u7406", en: "Sales process management" },
      synonyms: {
        "zh-CN": ["\u9500\u552E\u6D41\u7A0B", "\u6D41\u7A0B\u7BA1\u7406", "\u7CBE\u7EC6\u5316\u6D41\u7A0B", "\u9500\u552E\u6D41\u7A0B\u7BA1\u7406", "\u7EBF\u7D22\u7BA1\u7406"],
        en: ["sales process", "process management", "pipeline management"]
      },
      summary: {
        "zh-CN": "\u7EBF\u7D22\u6765\u6E90\u4E0E\u8BC4\u5206\u3001\u5206\u914D\u65F6\u9650\uFF0C\u4E94\u4E2A\u9500\u552E\u9636\u6BB5\u4E0E\u5DE5\u5177\u5305\uFF0C\u65B9\u6848\u6F14\u793A\uFF0C\u8C08\u5224\u4E0E\u5408\u540C\u98CE\u9669\uFF0C\u6E20\u9053\u5206\u5DE5",
        en: "Lead sources, scoring and hand-off time; five stages with their tool kits; demos; negotiation and contract risk; channels"
      },
      uses: ["channels"],
      template: "operations/process",
      tables: ["channels"]
    },
    {
      id: "customers",
      title: { "zh-CN": "\u6DF1\u5316\u5BA2\u6237\u5173\u7CFB\u7BA1\u7406", en: "Customer relationships" },
      synonyms: SYNONYMS.customers,
      summary: {
        "zh-CN": "A/B/C \u5BA2\u6237\u5206\u7EA7\u4E0E\u670D\u52A1\u6807\u51C6\u3001\u53CD\u9988\u6E20\u9053\u4E0E\u54CD\u5E94\u65F6\u9650\u3001\u95ED\u73AF\u5904\u7406\u3001\u589E\u503C\u670D\u52A1\u4E0E\u5FE0\u8BDA\u5EA6",
        en: "A/B/C classes and their service levels, feedback channels and response times, closed loop, loyalty"
      },
      uses: ["tiers"],
      template: "operations/customers",
      tables: ["tiers"]
    },
    {
      id: "team",
      title: { "zh-CN": "\u56E2\u961F\u534F\u4F5C\u4E0E\u8D4B\u80FD\u63D0\u5347", en: "Teamwork and enablement" },
      synonyms: SYNONYMS.team,
      summary: {
        "zh-CN": "\u4E2A\u4EBA\u76EE\u6807\u3001\u4E0E\u5E02\u573A/\u6280\u672F/\u5BA2\u670D/\u4EA7\u54C1\u7684\u534F\u4F5C\u3001\u77E5\u8BC6\u5E93\u3001\u57F9\u8BAD\u4E0E\u5E26\u6559\u3001\u8D44\u6E90\u4E0E\u9884\u7B97",
        en: "Targets per rep, work with marketing, support, service and product, knowledge base, coaching, budget"
      },
      uses: ["team", "budget"],
      template: "operations/team",
      tables: ["team", "budget"]
    },
    {
      id: "analytics",
      title: { "zh-CN": "\u6570\u636E\u5206\u6790\u4E0E\u7EE9\u6548\u8BC4\u4F30", en: "Data analysis and performance review" },
      synonyms: SYNONYMS.review,
      summary: {
        "zh-CN": "\u6BCF\u5468\u6F0F\u6597\u8F6C\u5316\u3001\u7EBF\u7D22\u6765\u6E90\u3001\u4EA7\u54C1\u4E0E\u4E2A\u4EBA\u6307\u6807\u5206\u6790\uFF0C\u8003\u6838\u8282\u70B9\uFF0C\u6708\u5EA6\u590D\u76D8\u4E0E\u5956\u52B1",
        en: "Weekly funnel, lead sources, product and per-rep figures, review dates, monthly review and rewards"
      },
      uses: ["review", "schedule", "targets.metrics"],
      template: "operations/analytics",
      tables: ["review", "schedule"]
    },
    {
      id: "risks",
      title: { "zh-CN": "\u98CE\u9669\u9884\u8B66\u4E0E\u5E94\u5BF9", en: "Risk warnings and responses" },
      synonyms: SYNONYMS.risks,
      summary: {
        "zh-CN": "\u7ADE\u4E89\u3001\u9700\u6C42\u53D8\u5316\u3001\u56DE\u6B3E\u3001\u7A81\u53D1\u4E8B\u4EF6\uFF0C\u6BCF\u9879\u98CE\u9669\u7684\u9884\u8B66\u4FE1\u53F7\u4E0E\u5E94\u5BF9",
        en: "Competition, demand shifts, collections, emergencies: each with its warning sign and response"
      },
      uses: ["risks"],
      template: "operations/risks",
      tables: ["risks"]
    }
  ]
};

// src/styles/quarterly.ts
var quarterlyStyle = {
  id: "quarterly",
  kind: "quarterly",
  name: { "zh-CN": "\u5B63\u5EA6\u7EE9\u6548\u63D0\u5347\u65B9\u6848", en: "Quarterly performance plan" },
  description: {
    "zh-CN": "SMART \u76EE\u6807\u3001\u4E0A\u5B63\u5EA6\u6570\u636E\u8BCA\u65AD\u3001\u5BA2\u6237\u5206\u5C42\u4E0E\u6FC0\u52B1\u65B9\u6848\uFF08\u542B\u6BCF\u4EBA\u63D0\u6210\u6D4B\u7B97\uFF09\u3001\u4FDD\u969C\u4F53\u7CFB\u4E0E\u8BC4\u4F30\u673A\u5236",
    en: "SMART targets, last quarter\u2019s figures diagnosed, customer tiers and incentives (each rep\u2019s commission), support and evaluation"
  },
  title: { "zh-CN": "{period}\u9500\u552E\u56E2\u961F\u7EE9\u6548\u63D0\u5347\u65B9\u6848", en: "Sales Performance Plan \u2014 {period}" },
  intro: "quarterly/intro",
  closing: "quarterly/closing",
  sections: [
    {
      id: "goals",
      title: { "zh-CN": "\u65B9\u6848\u80CC\u666F\u4E0E\u76EE\u6807", en: "Background and goals" },
      synonyms: {
        "zh-CN": ["\u80CC\u666F\u4E0E\u76EE\u6807", "\u65B9\u6848\u80CC\u666F", "\u76EE\u6807\u5B9A\u4F4D", "\u76EE\u6807\u8BBE\u5B9A", "\u65B9\u6848\u80CC\u666F\u4E0E\u76EE\u6807\u5B9A\u4F4D", ...SYNONYMS.targets["zh-CN"]],
        en: ["background and goals", "goals", ...SYNONYMS.targets.en]
      },
      summary: {
        "zh-CN": "\u80CC\u666F\u6982\u8FF0\uFF0CSMART \u76EE\u6807\uFF1A\u9500\u552E\u989D\u589E\u957F\u3001\u6838\u5FC3\u5BA2\u6237\u5360\u6BD4\u3001\u6D41\u5931\u7387\u3001\u8F6C\u5316\u7387\u3001\u8FBE\u6807\u7387\u7B49\u57FA\u7EBF \u2192 \u76EE\u6807",
        en: "Background; SMART targets from baseline to target: growth, core-customer share, churn, conversion, attainment"
      },
      uses: ["focus", "targets.revenue", "targets.last_revenue", "targets.metrics"],
      requires: [{ path: ["targets", "revenue"] }, { path: ["targets", "last_revenue"] }],
      template: "quarterly/goals",
      tables: ["targets", "metrics"]
    },
    {
      id: "diagnosis",
      title: { "zh-CN": "\u73B0\u72B6\u8BCA\u65AD\u4E0E\u95EE\u9898\u5256\u6790", en: "Diagnosis" },
      synonyms: {
        "zh-CN": ["\u73B0\u72B6\u8BCA\u65AD", "\u95EE\u9898\u5256\u6790", "\u6570\u636E\u590D\u76D8", "\u73B0\u72B6\u5206\u6790", "\u95EE\u9898\u5206\u6790", "\u73B0\u72B6\u4E0E\u95EE\u9898"],
        en: ["diagnosis", "current state", "problems", "data review"]
      },
      summary: {
        "zh-CN": "\u4E0A\u5B63\u5EA6\u6570\u636E\u590D\u76D8\uFF08\u76EE\u6807\u3001\u5B9E\u9645\u3001\u8FBE\u6210\u7387\uFF09\uFF0C\u5E02\u573A\u4E0E\u7ADE\u4E89\u5F62\u52BF\uFF0C\u6838\u5FC3\u95EE\u9898\u603B\u7ED3",
        en: "Last quarter\u2019s figures (target, actual, attainment), market and competition, the core problems"
      },
      uses: ["review", "products", "market"],
      requires: [{ path: ["review"] }],
      template: "quarterly/diagnosis",
      tables: ["review", "products"]
    },
    {
      id: "strategy",
      title: { "zh-CN": "\u6838\u5FC3\u7B56\u7565\u4E0E\u5B9E\u65BD\u8DEF\u5F84", en: "Strategy and path" },
      synonyms: {
        "zh-CN": ["\u6838\u5FC3\u7B56\u7565", "\u5B9E\u65BD\u8DEF\u5F84", "\u7B56\u7565\u4E0E\u8DEF\u5F84", "\u9500\u552E\u7B56\u7565", "\u63D0\u5347\u7B56\u7565"],
        en: ["strategy", "strategy and path", "initiatives"]
      },
      summary: {
        "zh-CN": "\u5BA2\u6237\u5206\u5C42\u7CBE\u51C6\u8FD0\u8425\uFF08RFM\uFF09\uFF0C\u56E2\u961F\u80FD\u529B\u4F53\u7CFB\uFF0C\u9500\u552E\u6D41\u7A0B\u4F18\u5316\uFF08\u7EBF\u7D22\u8BC4\u5206\u3001PDCA\uFF09\uFF0C\u6FC0\u52B1\u673A\u5236\u4E0E\u6BCF\u4EBA\u63D0\u6210\u6D4B\u7B97",
        en: "Customer tiers (RFM), skills, process (lead scoring, PDCA), incentives with each rep\u2019s commission"
      },
      uses: ["tiers", "customers", "channels", "incentives", "team"],
      requires: [{ path: ["incentives"] }],
      template: "quarterly/strategy",
      tables: ["tiers", "channels", "commission"]
    },
    {
      id: "assurance",
      title: { "zh-CN": "\u6267\u884C\u4FDD\u969C\u4F53\u7CFB", en: "Making it happen" },
      synonyms: {
        "zh-CN": ["\u6267\u884C\u4FDD\u969C", "\u4FDD\u969C\u4F53\u7CFB", "\u4FDD\u969C\u63AA\u65BD", "\u7EC4\u7EC7\u4FDD\u969C", "\u8D44\u6E90\u4FDD\u969C"],
        en: ["support", "resources", "making it happen", "enablers"]
      },
      summary: {
        "zh-CN": "\u7EC4\u7EC7\u4FDD\u969C\uFF08\u4E13\u9879\u5C0F\u7EC4\u4E0E\u5206\u5DE5\u3001\u4E2A\u4EBA\u76EE\u6807\uFF09\uFF0C\u8D44\u6E90\u4FDD\u969C\uFF08\u9884\u7B97\u5360\u9500\u552E\u989D\u6BD4\u4F8B\u53CA\u5206\u9879\uFF09\uFF0C\u98CE\u9669\u9884\u8B66\u4E0E\u5E94\u5BF9\uFF0C\u6587\u5316\u4FDD\u969C",
        en: "People (the task force, per-rep targets), resources (budget as % of revenue, by category), risks, culture"
      },
      uses: ["team", "budget", "risks"],
      requires: [{ list: "team" }],
      template: "quarterly/assurance",
      tables: ["team", "budget", "risks"]
    },
    {
      id: "evaluation",
      title: { "zh-CN": "\u8BC4\u4F30\u4E0E\u52A8\u6001\u4F18\u5316\u673A\u5236", en: "Evaluation and adjustment" },
      synonyms: {
        "zh-CN": ["\u8BC4\u4F30\u4E0E\u4F18\u5316", "\u8BC4\u4F30\u673A\u5236", "\u52A8\u6001\u4F18\u5316", "\u8003\u6838\u8BC4\u4F30", ...SYNONYMS.review["zh-CN"]],
        en: ["evaluation", "evaluation and adjustment", ...SYNONYMS.review.en]
      },
      summary: {
        "zh-CN": "\u7ED3\u679C\u3001\u8FC7\u7A0B\u3001\u6EE1\u610F\u5EA6\u4E09\u7C7B\u8BC4\u4F30\u6307\u6807\uFF0C\u6708\u5EA6\u56DE\u987E\u4E0E\u5B63\u5EA6\u603B\u7ED3\uFF0C\u7EE9\u6548\u6539\u8FDB\u8BA1\u5212\u4E0E\u4F18\u5316\u673A\u5236",
        en: "Result, process and satisfaction measures; monthly reviews and the quarter-end review; improvement plans"
      },
      uses: ["targets.metrics", "schedule", "incentives.improvement_threshold"],
      template: "quarterly/evaluation",
      tables: ["schedule"]
    }
  ]
};

// src/styles/review.ts
var reviewStyle = {
  id: "review",
  kind: "review",
  name: { "zh-CN": "\u8BA1\u5212\u6267\u884C\u56DE\u987E", en: "Plan review" },
  description: {
    "zh-CN": "\u5BF9\u7167\u8BA1\u5212\u9010\u9879\u8BA1\u7B97\u8FBE\u6210\u7387\u4E0E\u5DEE\u8DDD\uFF1A\u603B\u989D\u3001\u4EA7\u54C1\u7EBF\u3001\u6E20\u9053\u3001\u4EBA\u5458\u4E0E\u6307\u6807\uFF0C\u6807\u51FA\u4F4E\u4E8E 80% \u7684\u9879\u76EE\u5E76\u63D0\u51FA\u6539\u8FDB",
    en: "Attainment and gap against the plan for the total, product lines, channels, reps and metrics; what is under 80% and what to do"
  },
  title: { "zh-CN": "{period}\u9500\u552E\u8BA1\u5212\u6267\u884C\u56DE\u987E", en: "Sales Plan Review \u2014 {period}" },
  intro: "review/intro",
  closing: "review/closing",
  sections: [
    {
      id: "overview",
      title: { "zh-CN": "\u603B\u4F53\u8FBE\u6210\u60C5\u51B5", en: "Overall attainment" },
      synonyms: { "zh-CN": ["\u603B\u4F53\u8FBE\u6210", "\u6574\u4F53\u5B8C\u6210\u60C5\u51B5", "\u76EE\u6807\u5B8C\u6210\u60C5\u51B5", "\u603B\u4F53\u60C5\u51B5"], en: ["overall", "overall attainment", "summary"] },
      summary: { "zh-CN": "\u9500\u552E\u603B\u989D\u7684\u76EE\u6807\u3001\u5B9E\u9645\u3001\u8FBE\u6210\u7387\u4E0E\u5DEE\u8DDD", en: "Total revenue: target, actual, attainment and gap" },
      uses: ["targets.revenue"],
      template: "review/overview",
      tables: ["attainmentTotal"]
    },
    {
      id: "products",
      title: { "zh-CN": "\u4EA7\u54C1\u7EBF\u8FBE\u6210\u5206\u6790", en: "Product lines" },
      synonyms: { "zh-CN": ["\u4EA7\u54C1\u7EBF\u8FBE\u6210", "\u4EA7\u54C1\u8FBE\u6210", "\u5206\u4EA7\u54C1\u5B8C\u6210\u60C5\u51B5"], en: ["product lines", "products"] },
      summary: { "zh-CN": "\u5404\u4EA7\u54C1\u7EBF\u7684\u76EE\u6807\u3001\u5B9E\u9645\u4E0E\u8FBE\u6210\u7387", en: "Each product line against its target" },
      uses: ["products"],
      template: "review/products",
      tables: ["attainmentProducts"],
      onlyWith: "products",
      required: false
    },
    {
      id: "channels",
      title: { "zh-CN": "\u6E20\u9053\u8FBE\u6210\u5206\u6790", en: "Channels" },
      synonyms: { "zh-CN": ["\u6E20\u9053\u8FBE\u6210", "\u5206\u6E20\u9053\u5B8C\u6210\u60C5\u51B5"], en: ["channels"] },
      summary: { "zh-CN": "\u5404\u6E20\u9053\u7684\u76EE\u6807\u3001\u5B9E\u9645\u4E0E\u8FBE\u6210\u7387", en: "Each channel against its target" },
      uses: ["channels"],
      template: "review/channels",
      tables: ["attainmentChannels"],
      onlyWith: "channels",
      required: false
    },
    {
      id: "team",
      title: { "zh-CN": "\u4EBA\u5458\u4E1A\u7EE9\u4E0E\u6FC0\u52B1", en: "Reps and incentives" },
      synonyms: { "zh-CN": ["\u4EBA\u5458\u8FBE\u6210", "\u4E2A\u4EBA\u4E1A\u7EE9", "\u56E2\u961F\u4E1A\u7EE9", "\u4EBA\u5458\u4E1A\u7EE9"], en: ["reps", "team", "people"] },
      summary: { "zh-CN": "\u6BCF\u4F4D\u6210\u5458\u7684\u8FBE\u6210\u7387\u3001\u5DEE\u8DDD\u4E0E\u63D0\u6210", en: "Each rep\u2019s attainment, gap and commission" },
      uses: ["team", "incentives"],
      template: "review/team",
      tables: ["attainmentTeam"],
      onlyWith: "team",
      required: false
    },
    {
      id: "metrics",
      title: { "zh-CN": "\u5173\u952E\u6307\u6807\u8FBE\u6210", en: "Key metrics" },
      synonyms: { "zh-CN": ["\u5173\u952E\u6307\u6807", "\u6307\u6807\u8FBE\u6210", "\u8FC7\u7A0B\u6307\u6807"], en: ["metrics", "key metrics"] },
      summary: { "zh-CN": "\u5404\u9879\u91CF\u5316\u6307\u6807\u7684\u76EE\u6807\u4E0E\u5B9E\u9645", en: "Each metric against its target" },
      uses: ["targets.metrics"],
      template: "review/metrics",
      tables: ["attainmentMetrics"],
      onlyWith: "metrics",
      required: false
    },
    {
      id: "actions",
      title: { "zh-CN": "\u95EE\u9898\u4E0E\u6539\u8FDB\u63AA\u65BD", en: "Gaps and actions" },
      synonyms: { "zh-CN": ["\u95EE\u9898\u4E0E\u6539\u8FDB", "\u6539\u8FDB\u63AA\u65BD", "\u603B\u7ED3\u4E0E\u6539\u8FDB", "\u4E0B\u4E00\u6B65\u8BA1\u5212"], en: ["gaps and actions", "actions", "next steps"] },
      summary: { "zh-CN": "\u672A\u8FBE\u6807\u9879\u76EE\uFF08\u4F4E\u4E8E\u6539\u8FDB\u95E8\u69DB\uFF09\u3001\u7EE9\u6548\u6539\u8FDB\u8BA1\u5212\u3001\u4E0B\u671F\u76EE\u6807\u5EFA\u8BAE", en: "What fell short, improvement plans, next period" },
      uses: ["incentives.improvement_threshold"],
      template: "review/actions"
    }
  ]
};

// src/styles/service.ts
var serviceStyle = {
  id: "service",
  kind: "monthly",
  name: { "zh-CN": "\u670D\u52A1\u4EF7\u503C\u578B", en: "Service and customer value" },
  description: {
    "zh-CN": "\u4EE5\u5BA2\u6237\u670D\u52A1\u4E0E\u5BA2\u6237\u4EF7\u503C\u4E3A\u6838\u5FC3\uFF1ANPS\u3001\u7EED\u7EA6\u4E0E\u589E\u503C\u670D\u52A1\u6536\u5165\u3001\u5BA2\u6237\u5206\u5C42\u670D\u52A1\u3001\u6EE1\u610F\u5EA6\u3001\u53E3\u7891\u4E0E\u552E\u540E",
    en: "Built around customer value: NPS, renewals, value-added revenue, tiered service, satisfaction, referrals, after-sales"
  },
  title: { "zh-CN": "{period}\u9500\u552E\u4E0E\u5BA2\u6237\u670D\u52A1\u5DE5\u4F5C\u8BA1\u5212", en: "Sales and Customer Service Plan \u2014 {period}" },
  intro: "service/intro",
  closing: "service/closing",
  sections: [
    {
      id: "targets",
      title: { "zh-CN": "\u6838\u5FC3\u670D\u52A1\u4E0E\u4EF7\u503C\u76EE\u6807", en: "Service and value targets" },
      synonyms: { "zh-CN": [...SYNONYMS.targets["zh-CN"], "\u670D\u52A1\u76EE\u6807", "\u4EF7\u503C\u76EE\u6807"], en: [...SYNONYMS.targets.en, "service targets"] },
      summary: {
        "zh-CN": "NPS \u63D0\u5347\u3001\u7EED\u7EA6/\u590D\u8D2D\u7387\u3001\u589E\u503C\u670D\u52A1\u6536\u5165\u3001\u95EE\u9898\u89E3\u51B3\u65F6\u957F\u7F29\u77ED\u3001\u6295\u8BC9\u7387\u4E0B\u964D",
        en: "NPS gain, renewal rate, value-added revenue, shorter resolution time, fewer complaints"
      },
      uses: ["targets.revenue", "targets.metrics"],
      requires: [
        { path: ["targets", "revenue"] },
        { metric: "nps" },
        { metric: "renewal_rate" },
        { metric: "value_added_revenue" },
        { metric: "resolution_time" },
        { metric: "complaint_rate" }
      ],
      template: "service/targets",
      tables: ["targets", "metrics"]
    },
    {
      id: "tiers",
      title: { "zh-CN": "\u5BA2\u6237\u5206\u5C42\u7BA1\u7406\u4E0E\u7CBE\u51C6\u670D\u52A1", en: "Customer tiers and tailored service" },
      synonyms: { "zh-CN": ["\u5BA2\u6237\u5206\u5C42", "\u5206\u5C42\u7BA1\u7406", "\u7CBE\u51C6\u670D\u52A1", "\u5BA2\u6237\u5206\u7EA7"], en: ["customer tiers", "segmentation", "tiered service"] },
      summary: {
        "zh-CN": "A\uFF08\u6218\u7565\uFF09\u3001B\uFF08\u6210\u957F\uFF09\u3001C\uFF08\u57FA\u7840\uFF09\u5BA2\u6237\u7684\u5360\u6BD4\u4E0E\u670D\u52A1\u6A21\u5F0F\uFF0C\u670D\u52A1\u5305\u3001\u5BA2\u6237\u7ECF\u7406\u3001\u5173\u6000\u4E0E\u62A5\u544A",
        en: "A (strategic), B (growth), C (basic): shares and service models; packages, account managers, care, reports"
      },
      uses: ["tiers"],
      requires: [{ list: "tiers" }],
      template: "service/tiers",
      tables: ["tiers"]
    },
    {
      id: "satisfaction",
      title: { "zh-CN": "\u5BA2\u6237\u6EE1\u610F\u5EA6\u63D0\u5347\u884C\u52A8", en: "Customer satisfaction" },
      synonyms: { "zh-CN": ["\u6EE1\u610F\u5EA6", "\u5BA2\u6237\u6EE1\u610F\u5EA6", "\u6EE1\u610F\u5EA6\u63D0\u5347"], en: ["satisfaction", "customer satisfaction"] },
      summary: {
        "zh-CN": "\u670D\u52A1\u900F\u660E\u5316\u3001\u53CD\u9988\u6E20\u9053\u4E0E\u8C03\u7814\u3001\u6295\u8BC9\u54CD\u5E94\u4E0E\u89E3\u51B3\u65F6\u9650\u3001\u95ED\u73AF\u3001\u89E3\u51B3\u6548\u7387",
        en: "Transparent service, feedback and surveys, complaint response and resolution times, closed loop"
      },
      uses: ["targets.metrics"],
      template: "service/satisfaction"
    },
    {
      id: "referral",
      title: { "zh-CN": "\u53E3\u7891\u4F20\u64AD\u4E0E\u5BA2\u6237\u63A8\u8350\u6FC0\u52B1", en: "Word of mouth and referrals" },
      synonyms: { "zh-CN": ["\u53E3\u7891\u4F20\u64AD", "\u5BA2\u6237\u63A8\u8350", "\u63A8\u8350\u6FC0\u52B1", "\u8F6C\u4ECB\u7ECD"], en: ["referrals", "word of mouth", "advocacy"] },
      summary: {
        "zh-CN": "\u6848\u4F8B\u5E93\u4E0E\u5BA2\u6237\u8BC1\u8A00\u3001\u63A8\u8350\u5956\u52B1\u3001\u5F02\u4E1A\u8054\u76DF\u3001\u5BA2\u6237\u793E\u7FA4\u3001\u63A8\u8350\u6E20\u9053",
        en: "Case library and testimonials, referral rewards, alliances, community, referral channels"
      },
      uses: ["channels"],
      template: "service/referral",
      tables: ["channels"]
    },
    {
      id: "aftersales",
      title: { "zh-CN": "\u552E\u540E\u670D\u52A1\u4E0E\u6301\u7EED\u8DDF\u8FDB", en: "After-sales and follow-up" },
      synonyms: { "zh-CN": ["\u552E\u540E\u670D\u52A1", "\u6301\u7EED\u8DDF\u8FDB", "\u5BA2\u6237\u56DE\u8BBF", "\u552E\u540E"], en: ["after-sales", "follow-up", "customer care"] },
      summary: {
        "zh-CN": "\u5B9A\u671F\u56DE\u8BBF\u3001\u5347\u7EA7\u901A\u77E5\u3001\u7EED\u7EA6\u63D0\u9192\u3001\u5371\u673A\u9884\u6848\u4E0E\u98CE\u9669\u5E94\u5BF9",
        en: "Scheduled follow-ups, upgrade notices, renewal reminders, crisis plan and risks"
      },
      uses: ["risks"],
      template: "service/aftersales",
      tables: ["risks"]
    },
    {
      id: "team",
      title: { "zh-CN": "\u56E2\u961F\u5EFA\u8BBE\u4E0E\u670D\u52A1\u610F\u8BC6\u57F9\u517B", en: "Team and service culture" },
      synonyms: { "zh-CN": [...SYNONYMS.team["zh-CN"], "\u670D\u52A1\u610F\u8BC6"], en: [...SYNONYMS.team.en, "service culture"] },
      summary: {
        "zh-CN": "\u670D\u52A1\u6587\u5316\u3001\u6C9F\u901A\u6280\u80FD\u3001\u670D\u52A1\u4E4B\u661F\u8BC4\u9009\u3001NPS \u7EB3\u5165\u8003\u6838\u3001\u4EBA\u5458\u76EE\u6807\u4E0E\u9884\u7B97",
        en: "Service culture, skills, service awards, NPS in KPIs, targets per person and budget"
      },
      uses: ["team", "budget"],
      template: "service/team",
      tables: ["team", "budget"]
    },
    {
      id: "analytics",
      title: { "zh-CN": "\u6570\u636E\u5206\u6790\u4E0E\u670D\u52A1\u6539\u8FDB", en: "Data analysis and service improvement" },
      synonyms: { "zh-CN": [...SYNONYMS.review["zh-CN"], "\u670D\u52A1\u6539\u8FDB"], en: [...SYNONYMS.review.en, "service improvement"] },
      summary: {
        "zh-CN": "CSAT/NPS \u8D8B\u52BF\u3001\u54CD\u5E94\u4E0E\u89E3\u51B3\u65F6\u957F\u3001\u6295\u8BC9\u7EDF\u8BA1\u4E0E\u6839\u56E0\u3001\u8003\u6838\u8282\u70B9\u3001\u4E0A\u6708\u56DE\u987E\u4E0E\u4E0B\u6708\u6539\u8FDB",
        en: "CSAT/NPS trends, response and resolution times, complaints and causes, review dates, last month and next steps"
      },
      uses: ["review", "schedule", "targets.metrics"],
      template: "service/analytics",
      tables: ["review", "schedule"]
    }
  ]
};

// src/styles/target.ts
var targetStyle = {
  id: "target",
  kind: "monthly",
  name: { "zh-CN": "\u76EE\u6807\u5206\u89E3\u578B", en: "Target decomposition" },
  description: {
    "zh-CN": "\u4EE5\u5B8C\u6210\u9500\u552E\u76EE\u6807\u4E3A\u6838\u5FC3\uFF1A\u603B\u76EE\u6807\u62C6\u5230\u4EA7\u54C1\u7EBF\u3001\u65B0\u8001\u5BA2\u6237\u4E0E\u4E2A\u4EBA\uFF0C\u914D\u5957\u7B56\u7565\u3001\u56E2\u961F\u3001\u98CE\u9669\u3001\u9884\u7B97\u4E0E\u8003\u6838",
    en: "Built around the number: the total split into product lines, new and existing customers and reps, with strategy, team, risks, budget and review"
  },
  title: { "zh-CN": "{period}\u9500\u552E\u5DE5\u4F5C\u8BA1\u5212", en: "Sales Plan \u2014 {period}" },
  intro: "target/intro",
  closing: "target/closing",
  sections: [
    {
      id: "targets",
      title: { "zh-CN": "\u672C\u6708\u9500\u552E\u76EE\u6807\u4E0E\u5206\u89E3", en: "Sales targets and breakdown" },
      synonyms: SYNONYMS.targets,
      summary: {
        "zh-CN": "\u603B\u76EE\u6807\u53CA\u4F9D\u636E\u3001\u4EA7\u54C1\u7EBF\u76EE\u6807\u4E0E\u5360\u6BD4\u3001\u65B0\u5BA2\u6237\u5F00\u53D1\u3001\u8001\u5BA2\u6237\u7EED\u7EA6\u4E0E\u589E\u8D2D\u3001\u5E02\u573A\u4EFD\u989D\u3001\u5468\u8FDB\u5EA6",
        en: "The total and its basis, product-line targets and shares, new customers, renewals and upsell, market share, weekly pace"
      },
      uses: ["targets.revenue", "targets.last_revenue", "targets.basis", "products", "targets.new_customers", "targets.existing_customers", "targets.metrics", "targets.market_share_gain"],
      requires: [
        { path: ["targets", "revenue"] },
        { list: "products" },
        { path: ["targets", "new_customers", "prospects"] },
        { path: ["targets", "new_customers", "won"] },
        { path: ["targets", "new_customers", "contract_value"] },
        { path: ["targets", "existing_customers", "upsell"] },
        { metric: "renewal_rate" }
      ],
      template: "target/targets",
      tables: ["targets", "products", "customers", "pace"]
    },
    {
      id: "market",
      title: { "zh-CN": "\u5E02\u573A\u5206\u6790\u4E0E\u673A\u4F1A\u6316\u6398", en: "Market analysis and opportunities" },
      synonyms: SYNONYMS.market,
      summary: {
        "zh-CN": "\u5B8F\u89C2\u73AF\u5883\u4E0E\u7ADE\u4E89\u52A8\u6001\u3001\u5BA2\u6237\u7FA4\u4F53\u3001\u4EA7\u54C1\u7ADE\u4E89\u529B\u3001\u673A\u4F1A\u6316\u6398",
        en: "Environment and competitors, customer groups, product competitiveness, opportunities"
      },
      uses: ["market", "products"],
      template: "target/market"
    },
    {
      id: "strategy",
      title: { "zh-CN": "\u9500\u552E\u7B56\u7565\u4E0E\u6267\u884C\u65B9\u6848", en: "Sales strategy and execution" },
      synonyms: {
        "zh-CN": ["\u9500\u552E\u7B56\u7565", "\u6267\u884C\u65B9\u6848", "\u9500\u552E\u65B9\u5F0F", "\u8425\u9500\u7B56\u7565", "\u9500\u552E\u7B56\u7565\u4E0E\u6267\u884C"],
        en: ["strategy", "sales strategy", "execution plan", "go-to-market"]
      },
      summary: {
        "zh-CN": "\u6E20\u9053\u62D3\u5C55\u4E0E\u4F18\u5316\u3001\u63A8\u5E7F\u6D3B\u52A8\u3001\u4EF7\u683C\u4E0E\u4FC3\u9500\u3001\u5BA2\u6237\u5173\u7CFB\u7BA1\u7406\u3001\u9500\u552E\u6D41\u7A0B",
        en: "Channels, promotion, pricing, customer relationship management, sales process"
      },
      uses: ["channels"],
      template: "target/strategy",
      tables: ["channels"]
    },
    {
      id: "team",
      title: { "zh-CN": "\u56E2\u961F\u5EFA\u8BBE\u4E0E\u80FD\u529B\u63D0\u5347", en: "Team building and skills" },
      synonyms: SYNONYMS.team,
      summary: {
        "zh-CN": "\u76EE\u6807\u5206\u89E3\u5230\u4EBA\u3001\u6280\u80FD\u57F9\u8BAD\u3001\u534F\u4F5C\u4E0E\u6C9F\u901A\u3001\u6FC0\u52B1\u673A\u5236",
        en: "Targets per rep, training, collaboration, incentives"
      },
      uses: ["team"],
      template: "target/team",
      tables: ["team"]
    },
    {
      id: "risks",
      title: { "zh-CN": "\u98CE\u9669\u7BA1\u7406\u4E0E\u5E94\u5BF9\u63AA\u65BD", en: "Risks and responses" },
      synonyms: SYNONYMS.risks,
      summary: {
        "zh-CN": "\u5E02\u573A\u3001\u5BA2\u6237\u3001\u5185\u90E8\u98CE\u9669\u7684\u9884\u8B66\u4FE1\u53F7\u4E0E\u5E94\u5BF9\uFF0C\u5E94\u6025\u9884\u6848",
        en: "Market, customer and internal risks with warning signs and responses; contingency plan"
      },
      uses: ["risks"],
      template: "target/risks",
      tables: ["risks"]
    },
    {
      id: "budget",
      title: { "zh-CN": "\u9884\u7B97\u4E0E\u8D44\u6E90\u914D\u7F6E", en: "Budget and resources" },
      synonyms: SYNONYMS.budget,
      summary: {
        "zh-CN": "\u8D39\u7528\u9884\u7B97\uFF08\u5360\u9884\u7B97\u4E0E\u5360\u9500\u552E\u989D\u6BD4\u4F8B\uFF09\u3001\u4EBA\u5458\u4E0E\u6280\u672F\u652F\u6301\u7B49\u8D44\u6E90",
        en: "Expense budget (share of budget and of revenue), people and support"
      },
      uses: ["budget"],
      template: "target/budget",
      tables: ["budget"]
    },
    {
      id: "review",
      title: { "zh-CN": "\u7EE9\u6548\u8BC4\u4F30\u4E0E\u56DE\u987E", en: "Performance review" },
      synonyms: SYNONYMS.review,
      summary: {
        "zh-CN": "\u4E0A\u6708\u8FBE\u6210\u56DE\u987E\u3001\u672C\u6708\u8003\u6838\u6307\u6807\u3001\u8003\u6838\u8282\u70B9\u4E0E\u8FDB\u5EA6\u5B89\u6392\u3001\u603B\u7ED3\u4E0E\u6539\u8FDB",
        en: "Last month against target, this month\u2019s measures, review dates and schedule, lessons"
      },
      uses: ["review", "schedule"],
      template: "target/review",
      tables: ["review", "schedule"]
    }
  ]
};

// src/styles/types.ts
var TABLE_IDS = [
  "targets",
  "products",
  "customers",
  "metrics",
  "pace",
  "channels",
  "regions",
  "team",
  "tiers",
  "risks",
  "budget",
  "schedule",
  "review",
  // annual plans
  "quarters",
  "months",
  "productMonths",
  "teamQuarters",
  // incentive schemes
  "commission",
  // plan-versus-actual reviews
  "attainmentTotal",
  "attainmentProducts",
  "attainmentChannels",
  "attainmentTeam",
  "attainmentMetrics"
];

// src/styles/registry.ts
var STYLES = [targetStyle, operationsStyle, expansionStyle, efficiencyStyle, serviceStyle, quarterlyStyle, annualStyle];
var DOCUMENT_STYLES = [...STYLES, reviewStyle];
function check(styles) {
  const ids2 = /* @__PURE__ */ new Set();
  for (const style of styles) {
    if (ids2.has(style.id)) throw new Error(`style ${style.id} declared twice`);
    ids2.add(style.id);
    const sectionIds = /* @__PURE__ */ new Set();
    for (const section of style.sections) {
      if (sectionIds.has(section.id)) throw new Error(`${style.id}: section ${section.id} declared twice`);
      sectionIds.add(section.id);
      for (const table2 of section.tables ?? []) {
        if (!TABLE_IDS.includes(table2)) throw new Error(`${style.id}/${section.id}: unknown table ${table2}`);
      }
    }
  }
}
check(DOCUMENT_STYLES);

// scripts/generate-docs.ts
init_metrics();

// src/styles/requirements.ts
init_metrics();

// src/i18n/t.ts
function q(lang, value) {
  return lang === "zh-CN" ? `\u300C${value}\u300D` : `"${value}"`;
}

// src/plan/issues.ts
init_diagnostic();

// src/plan/schema-walk.ts
init_localized();
import * as z2 from "zod";
function unwrap(schema2) {
  let current = schema2;
  for (let i = 0; i < 10; i++) {
    if (current instanceof z2.ZodOptional || current instanceof z2.ZodNullable) current = current.unwrap();
    else if (current instanceof z2.ZodDefault || current instanceof z2.ZodPrefault) current = current.unwrap();
    else if (current instanceof z2.ZodReadonly) current = current.unwrap();
    else break;
  }
  return current;
}
function schemaAt(root2, path) {
  let current = root2;
  for (const segment of path) {
    if (!current) return void 0;
    const inner = unwrap(current);
    if (inner instanceof z2.ZodObject) current = inner.shape[String(segment)];
    else if (inner instanceof z2.ZodArray) current = inner.element;
    else if (inner instanceof z2.ZodRecord) current = inner.valueType;
    else if (inner instanceof z2.ZodUnion) {
      const options = inner.options;
      current = options.map((o) => schemaAt(o, [segment])).find((s) => s !== void 0);
    } else return void 0;
  }
  return current;
}
function describeIn(schema2, lang) {
  let current = schema2;
  for (let i = 0; current && i < 10; i++) {
    const text3 = descriptions.get(current);
    if (text3) return pick(lang, text3);
    const inner = unwrap(current);
    if (inner === current) break;
    current = inner;
  }
  return void 0;
}

// src/plan/suggest.ts
import { distance } from "fastest-levenshtein";

// src/plan/issues.ts
init_localized();
init_terminal_safe();

// src/styles/requirements.ts
init_localized();
function describeRequirement(requirement, lang) {
  if ("metric" in requirement) {
    const def = METRICS[requirement.metric];
    return {
      key: pick(lang, { "zh-CN": `targets.metrics \u4E2D id: ${requirement.metric} \u7684\u4E00\u9879`, en: `a targets.metrics entry with id: ${requirement.metric}` }),
      what: pick(lang, { "zh-CN": def.zh, en: def.en }),
      path: ["targets", "metrics"]
    };
  }
  const path = "path" in requirement ? [...requirement.path] : [requirement.list];
  return { key: path.join("."), what: describeIn(schemaAt(Plan, path), lang) ?? "", path };
}

// src/io/package-root.ts
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
var cached;
function packageRoot() {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const manifest = join(dir, "package.json");
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, "utf8")).name === "salesplan") {
      cached = dir;
      return dir;
    }
    dir = dirname(dir);
  }
  throw new Error("cannot find the salesplan package folder");
}

// scripts/rules-doc.ts
import { readFileSync as readFileSync2 } from "node:fs";
import { join as join2 } from "node:path";

// src/lint/outline.ts
function allSections(sections) {
  return sections.flatMap((s) => [s, ...allSections(s.children)]);
}
function allBlocks(section) {
  return [...section.blocks, ...section.children.flatMap(allBlocks)];
}

// src/lint/entries.ts
var LIST_MARKER = /^\s*(?:\d{1,2}[.、．)）](?!\d)|[（(]\d{1,2}[)）]|[（(]?[一二三四五六七八九十]{1,3}[)）、．]|[①-⑳]|[（(]?[a-zA-Z][.)）](?=\s)|[-*•·●○▪■◆►✓√]|第[一二三四五六七八九十\d]+[条项点])\s*/;
function entriesOf(blocks) {
  const out = [];
  for (const block of blocks) {
    if (block.kind === "table") continue;
    block.text.split("\n").forEach((raw, i) => {
      if (!raw.trim()) return;
      const marker = LIST_MARKER.exec(raw)?.[0];
      const entry = { line: block.line + i, text: marker ? raw.slice(marker.length).trim() : raw.trim(), kind: block.kind === "item" || marker ? "item" : "paragraph" };
      if (marker) entry.marker = marker.trim();
      out.push(entry);
    });
  }
  return out;
}

// src/lint/t2s.ts
var FROM = "\u4F54\u500B\u50B3\u50F9\u5104\u512A\u5225\u5283\u52D5\u52D9\u52F5\u5340\u5354\u54E1\u554F\u55AE\u5718\u57F7\u5834\u5BE6\u5C0D\u5C64\u5EE3\u5F8C\u5F91\u5FA9\u614B\u61C9\u6236\u64DA\u6578\u65B7\u6642\u6703\u6771\u689D\u696D\u6A19\u6A5F\u6C7A\u6E96\u6EFF\u71DF\u722D\u72C0\u7372\u73FE\u74B0\u767C\u76E4\u842C\u7AF6\u7BC0\u7C64\u7D04\u7D1A\u7D30\u7D39\u7D44\u7D50\u7DAD\u7DDA\u7E3D\u7E3E\u7E54\u7E8C\u81FA\u8207\u83EF\u85A6\u8655\u898F\u8A08\u8A13\u8A2A\u8A2D\u8A3A\u8A55\u8ABF\u8B58\u8B77\u8CBB\u8CC7\u8CE6\u8F49\u9032\u904B\u9054\u92B7\u9577\u9580\u958B\u9593\u95DC\u968A\u96AA\u9810\u984C\u984D\u9867\u98A8\u990A\u9AD4\u9EDE";
var TO = "\u5360\u4E2A\u4F20\u4EF7\u4EBF\u4F18\u522B\u5212\u52A8\u52A1\u52B1\u533A\u534F\u5458\u95EE\u5355\u56E2\u6267\u573A\u5B9E\u5BF9\u5C42\u5E7F\u540E\u5F84\u590D\u6001\u5E94\u6237\u636E\u6570\u65AD\u65F6\u4F1A\u4E1C\u6761\u4E1A\u6807\u673A\u51B3\u51C6\u6EE1\u8425\u4E89\u72B6\u83B7\u73B0\u73AF\u53D1\u76D8\u4E07\u7ADE\u8282\u7B7E\u7EA6\u7EA7\u7EC6\u7ECD\u7EC4\u7ED3\u7EF4\u7EBF\u603B\u7EE9\u7EC7\u7EED\u53F0\u4E0E\u534E\u8350\u5904\u89C4\u8BA1\u8BAD\u8BBF\u8BBE\u8BCA\u8BC4\u8C03\u8BC6\u62A4\u8D39\u8D44\u8D4B\u8F6C\u8FDB\u8FD0\u8FBE\u9500\u957F\u95E8\u5F00\u95F4\u5173\u961F\u9669\u9884\u9898\u989D\u987E\u98CE\u517B\u4F53\u70B9";
var MAP = new Map([...FROM].map((ch, i) => [ch, TO[i]]));
function toSimplified(text3) {
  let out = "";
  for (const ch of text3) out += MAP.get(ch) ?? ch;
  return out;
}

// src/lint/numbers.ts
function parseFigure(text3) {
  const m = /[-+−]?\d[\d,]*(?:\.\d+)?/.exec(normalizeFigures(text3).replace(/\*\*/g, ""));
  if (!m) return void 0;
  const raw = m[0].replace(/,/g, "").replace("\u2212", "-");
  return { value: Number(raw), decimals: raw.includes(".") ? raw.split(".")[1].length : 0 };
}
function isFigureCell(text3) {
  const t = normalizeFigures(text3).trim();
  return /^\s*\**[-+−]?\d[\d,]*(?:\.\d+)?\s*(?:%|万元|元|千元|亿元|万|亿|家|人|个|次|天|小时|台|件|套|单|户|[A-Z]{3}|[£$€¥])?\**\s*$/.test(t) || /^\s*[£$€¥]\d[\d,]*(?:\.\d+)?\s*[kKmM]?\s*$/.test(t);
}
var TOTAL_ROW = /^\**\s*(合计|总计|全年合计|总额|共计|total|sum|grand total|year total)\s*\**$/i;
var SUBTOTAL_ROW = /^\**\s*\S{0,12}\s?(小计|sub-?total)\s*\**$/i;
var FULL_WIDTH = /[０-９％．＄￥]/g;
var HALF = { "\uFF05": "%", "\uFF0E": ".", "\uFF04": "$", "\uFFE5": "\xA5" };
function normalizeFigures(text3) {
  const folded = toSimplified(text3).replace(FULL_WIDTH, (ch) => HALF[ch] ?? String.fromCharCode(ch.charCodeAt(0) - 65248));
  return folded.replace(/(\d)，(?=\d{3}(?!\d))/g, "$1,");
}
var MONEY_SCALE = { \u5143: 1, \u5757: 1, \u5343\u5143: 1e3, \u4E07\u5143: 1e4, \u4E07: 1e4, \u767E\u4E07\u5143: 1e6, \u767E\u4E07: 1e6, \u5343\u4E07\u5143: 1e7, \u5343\u4E07: 1e7, \u4EBF\u5143: 1e8, \u4EBF: 1e8 };
var LATIN_SCALE = { "": 1, k: 1e3, K: 1e3, m: 1e6, M: 1e6, mn: 1e6, bn: 1e9, million: 1e6, billion: 1e9, thousand: 1e3 };
var COUNT_UNITS = "\u5BB6|\u4E2A|\u4EBA|\u53F0|\u4EF6|\u5957|\u5355|\u6237|\u540D|\u573A|\u6B21|\u8F86|\u7BB1|\u5428";
var AMOUNT = new RegExp(
  String.raw`(约|大约|大概|预计约|约为|about|around|approximately|approx\.?|roughly|≈|~)?\s*` + String.raw`(?:([$¥£€])\s?(\d[\d,]*(?:\.\d+)?)\s?(million|billion|thousand|mn|bn|[kKmM])?(?![A-Za-z])` + String.raw`|(\d[\d,]*(?:\.\d+)?)\s?(千万元|百万元|千元|万元|亿元|千万|百万|万|亿|元|块|%|个百分点|${COUNT_UNITS})` + String.raw`|(\d[\d,]*(?:\.\d+)?)\s?(million|billion|thousand|[kKmM])?\s?(dollars|USD|RMB|CNY|yuan|units|customers|accounts|deals|stores)\b)` + String.raw`(左右|上下)?`,
  "gi"
);
function amountsIn(text3) {
  const source = normalizeFigures(text3);
  const out = [];
  for (const m of source.matchAll(AMOUNT)) {
    const approx = !!m[1] || !!m[10];
    let raw;
    let measure;
    let scale;
    let unit;
    if (m[3] !== void 0) {
      raw = m[3];
      unit = `${m[2]}${m[4] ?? ""}`;
      measure = "money";
      scale = LATIN_SCALE[m[4] ?? ""] ?? 1;
    } else if (m[5] !== void 0) {
      raw = m[5];
      unit = m[6];
      if (unit === "%" || unit === "\u4E2A\u767E\u5206\u70B9") {
        measure = "percent";
        scale = 1;
      } else if (unit in MONEY_SCALE) {
        measure = "money";
        scale = MONEY_SCALE[unit];
      } else {
        measure = "count";
        scale = 1;
      }
    } else {
      raw = m[7];
      unit = `${m[8] ?? ""}${m[9]}`;
      measure = /dollars|usd|rmb|cny|yuan/i.test(m[9]) ? "money" : "count";
      scale = LATIN_SCALE[m[8] ?? ""] ?? 1;
    }
    const digits = raw.replace(/,/g, "");
    const decimals2 = digits.includes(".") ? digits.split(".")[1].length : 0;
    const figureAt = m.index + m[0].indexOf(raw);
    out.push({
      value: Number(digits) * scale,
      measure,
      unit,
      approx,
      rounding: 0.5 * 10 ** -decimals2 * scale,
      index: figureAt,
      length: m.index + m[0].length - figureAt
    });
  }
  return out;
}
function sameKind(a, b) {
  return a.measure === b.measure && (a.measure !== "count" || a.unit === b.unit);
}
function inUnit(value, like) {
  const scale = like.measure === "money" ? MONEY_SCALE[like.unit] ?? (/[kK]$/.test(like.unit) ? 1e3 : /[mM]$/.test(like.unit) ? 1e6 : 1) : 1;
  const n = Number((value / scale).toFixed(4));
  return like.unit.startsWith("$") || /^[¥£€]/.test(like.unit) ? `${like.unit.charAt(0)}${n.toLocaleString("en-US")}${like.unit.slice(1)}` : `${n.toLocaleString("en-US")}${like.unit}`;
}

// src/lint/rules/amounts-vs-total.ts
var RATE_HEADER = /增长|变化|同比|环比|累计|进度|达成率|转化率|率$|growth|change|year on year|yoy|cumulative|progress|attainment|conversion|rate/i;
var TOTAL_WORDS = /总销售额|销售总额|总额|总目标|总任务|合计|总计|共计|\btotal\b|\boverall\b/i;
var PARTS = /其中|分别为|\bof which\b|\bsplit (?:into|as)\b|\bbroken down (?:into|as)\b/i;
var messages = {
  tableTotal: {
    "zh-CN": "\u8868\u683C\u201C{column}\u201D\u5217\u7684\u5408\u8BA1\u884C\u4E3A {total}\uFF0C\u4F46\u5404\u884C\u76F8\u52A0\u4E3A {sum}\u3002",
    en: 'The total row of the "{column}" column says {total}, but the rows add up to {sum}.'
  },
  listOverTotal: {
    "zh-CN": "\u5217\u51FA\u7684\u5404\u9879\u91D1\u989D\u5408\u8BA1 {sum}\uFF0C\u8D85\u8FC7\u6240\u8FF0\u7684\u603B\u989D {total}\u3002",
    en: "The amounts listed add up to {sum}, more than the stated total of {total}."
  }
};
var amountsVsTotal = {
  id: "amounts-vs-total",
  messages,
  severity: "error",
  description: { "zh-CN": "\u5206\u9879\u91D1\u989D\u4E0E\u5408\u8BA1\u4E00\u81F4", en: "Listed amounts agree with their total" },
  docs: { "zh-CN": "\u8868\u683C\u7684\u201C\u5408\u8BA1\u201D\u884C\u7B49\u4E8E\u5404\u884C\u4E4B\u548C\uFF08\u5141\u8BB8\u56DB\u820D\u4E94\u5165\u8BEF\u5DEE\uFF09\uFF1B\u7D27\u8DDF\u5728\u603B\u989D\u4E4B\u540E\u5217\u51FA\u7684\u5404\u9879\u91D1\u989D\uFF0C\u5408\u8BA1\u4E0D\u8D85\u8FC7\u8BE5\u603B\u989D\u3002", en: "A table's total row equals the sum of its rows (allowing for rounding); amounts listed right after a stated total do not add up to more than it." },
  check(ctx) {
    const overTotal = (line, total2, parts2) => {
      const sum2 = parts2.reduce((n, p) => n + p.value, 0);
      const tolerance = parts2.reduce((n, p) => n + p.rounding, total2.rounding) + 1e-9;
      if (sum2 > total2.value + tolerance) ctx.report({ line, message: messages.listOverTotal, params: { sum: inUnit(sum2, total2), total: inUnit(total2.value, total2) } });
    };
    for (const section of allSections(ctx.plan.sections)) {
      for (const block of section.blocks) {
        if (block.kind !== "table" || !block.rows || block.rows.length < 3) continue;
        const totalIndex = block.rows.findIndex((row, i) => i > 0 && TOTAL_ROW.test(normalizeFigures(row[0] ?? "").trim()));
        if (totalIndex < 0) continue;
        const header = block.rows[0];
        const body = block.rows.slice(1, totalIndex).filter((row) => !SUBTOTAL_ROW.test(normalizeFigures(row[0] ?? "").trim()));
        for (let c = 1; c < header.length; c++) {
          if (RATE_HEADER.test(header[c] ?? "") && !/占比|share/i.test(header[c] ?? "")) continue;
          const totalCell = block.rows[totalIndex][c] ?? "";
          if (!isFigureCell(totalCell)) continue;
          const cells = body.map((row) => row[c] ?? "").filter(isFigureCell);
          if (cells.length < 2) continue;
          const figures = cells.map((cell) => parseFigure(cell));
          const total2 = parseFigure(totalCell);
          const sum2 = figures.reduce((a, f) => a + f.value, 0);
          const dp = Math.max(total2.decimals, ...figures.map((f) => f.decimals));
          const tolerance = (figures.length + 1) * 0.5 * 10 ** -dp + 1e-9;
          if (Math.abs(sum2 - total2.value) > tolerance) {
            ctx.report({
              line: block.rowLines?.[totalIndex] ?? block.line,
              message: messages.tableTotal,
              params: { column: header[c] ?? "", total: totalCell.replace(/\*/g, "").trim(), sum: Number(sum2.toFixed(dp)).toLocaleString("en-US", { maximumFractionDigits: dp }) }
            });
          }
        }
      }
      const entries = entriesOf(section.blocks);
      entries.forEach((entry, i) => {
        const text3 = normalizeFigures(entry.text);
        const split = PARTS.exec(text3);
        if (split) {
          const total3 = amountsIn(text3.slice(0, split.index)).pop();
          const parts3 = total3 ? amountsIn(text3.slice(split.index)).filter((a) => sameKind(a, total3) && a.measure !== "percent") : [];
          if (total3 && total3.measure === "money" && parts3.length >= 2) {
            overTotal(entry.line, total3, parts3);
            return;
          }
        }
        const stated = TOTAL_WORDS.exec(text3) ?? (/[：:]\s*$/.test(text3) ? /\S/.exec(text3) : null);
        if (!stated) return;
        const total2 = amountsIn(text3.slice(stated.index)).find((a) => a.measure !== "percent");
        if (!total2 || total2.measure !== "money") return;
        const parts2 = [];
        for (const next of entries.slice(i + 1)) {
          if (next.kind !== "item") break;
          const amount = amountsIn(next.text).find((a) => sameKind(a, total2));
          if (amount) parts2.push(amount);
        }
        if (parts2.length >= 2) overTotal(entry.line, total2, parts2);
      });
    }
  }
};

// src/lint/rules/blank-figure.ts
var messages2 = {
  blankFigure: {
    "zh-CN": "\u201C{text}\u201D\u524D\u7F3A\u5C11\u6570\u5B57\uFF1A\u6A21\u677F\u4E2D\u7684\u6570\u5B57\u88AB\u5220\u53BB\u540E\u6CA1\u6709\u586B\u5199\u3002",
    en: `No figure before "{text}": the template's number was removed and not filled in.`
  },
  blankUnderscore: {
    "zh-CN": "\u6570\u5B57 {text} \u5C1A\u672A\u586B\u5199\u3002",
    en: "The figure {text} has not been filled in."
  },
  blankCell: {
    "zh-CN": "\u76EE\u6807\u8868\u683C\u201C{row}\u201D\u884C\u7684\u201C{column}\u201D\u4E00\u680F\u662F\u7A7A\u7684\u3002",
    en: 'The "{column}" cell of the row "{row}" in the target table is empty.'
  }
};
var STRONG_UNITS = String.raw`(?:百万元|千万元|万元|亿元|千元|元(?![素旦月宵])|个百分点|%)`;
var COUNT_UNITS2 = String.raw`(?:个(?![人性别体案例月])|家(?![庭具居电乡族里属长人园])|人(?![员才力手们民气事脉口均群物心工生情数次])|台(?![账阶湾面州风词])|件(?![事数])|套(?![餐装路])|户(?![口外型籍]))`;
var UNITS = `(?:${STRONG_UNITS}|${COUNT_UNITS2})`;
var VERBS = String.raw`(?:完成|实现|达到|达成|增长|提升|提高|增加|下降|降低|减少|新增|新开发|开发|拓展|拜访|签约|签单|回款|销售额|销量|占比|突破|控制在|不低于|不少于|不超过|超过|至少|共计|合计|总计|累计|同比|环比|预计)`;
var SHORT = String.raw`(?:为|是|达|计|共|约|占|目标|任务|指标)`;
var AFTER_VERB = new RegExp(`(?<=${VERBS}\\s*)${UNITS}|(?<=${SHORT}\\s*)${STRONG_UNITS}`, "g");
var AT_CLAUSE_END = /(?<=[\u4e00-\u9fff])(?:(?<![美欧日港台韩英单公万亿千百])(?:万元|亿元|千元|元)|(?<![每这那哪几各某整半])个|(?<![每这此首其多层档位再依名频批班轮届车场架人])次|(?<![商厂大国专买卖店独全每各自回老东客行玩作管赢人那这哪某])家)(?=\s*(?:[，。；,;、）)]|$))/g;
var FIGURE_BEFORE = /(?:[\d%)]|[一二两三四五六七八九十百千万亿几数多XxＸ×_＿])\s*[万亿千百]?\s*$/;
var AT_CLAUSE_START = new RegExp(`${STRONG_UNITS}|${COUNT_UNITS2}(?=[\\u4e00-\\u9fff])`, "g");
var BLANK_UNDERSCORE = new RegExp(String.raw`[$¥£€]\s*(?:_{2,}|＿+)|(?:_{2,}|＿+)\s*${UNITS}`, "g");
var ENGLISH_BLANK = /(?<![\w.%])\s%|\b(?:by|to|of|at|reach|grow|increase|decrease)\s+(?:%|percent\b)/gi;
var LEAD = /^\s*(?:[#>]+\s*)?(?:\d{1,2}[.、．)）](?!\d)|[（(]\d{1,2}[)）]|[（(]?[一二三四五六七八九十]{1,3}[)）、．]|[①-⑳]|[-*+•·●○▪■◆])?\s*/;
var FIGURE_HEADER = /目标|计划|金额|销售额|销量|数量|任务|指标|占比|万元|元|%|台|件|家|预算|target|goal|quota|amount|revenue|sales|units|share|plan|budget|forecast/i;
var NOT_FIGURE_HEADER = /上期|上月|上年|去年|同期|基线|历史|实际|完成情况|完成率|达成|差异|偏差|备注|说明|负责|责任|措施|方法|方式|时间|日期|节点|状态|名称|客户|产品|区域|渠道|last|previous|prior|baseline|history|actual|achieved|variance|note|owner|remark|comment|date|status|name|customer|product|region|channel|action|how/i;
var TARGET_TABLE = /目标|计划|任务|指标|分解|target|goal|quota|plan|forecast/i;
function cellOffsets(raw) {
  const out = [];
  let start2 = raw.indexOf("|");
  if (start2 < 0) return out;
  for (let i = start2 + 1; i < raw.length; i++) {
    if (raw[i] === "|" && raw[i - 1] !== "\\") {
      out.push(start2 + 2);
      start2 = i;
    }
  }
  return out;
}
var blankFigure = {
  id: "blank-figure",
  messages: messages2,
  severity: "error",
  description: { "zh-CN": "\u6CA1\u6709\u88AB\u5220\u53BB\u6570\u5B57\u7684\u5355\u4F4D\u6216\u7A7A\u7740\u7684\u76EE\u6807\u6570\u5B57", en: "No figure is left blank" },
  docs: {
    "zh-CN": "\u6A21\u677F\u4E2D\u7684\u6570\u5B57\u5220\u53BB\u540E\u7559\u4E0B\u7684\u5355\u4F4D\u6216\u91CF\u8BCD\uFF1A\u201C\u5B8C\u6210\u4E07\u5143\u9500\u552E\u989D\u201D\u201C\u540C\u6BD4\u589E\u957F%\u201D\u201C\u65B0\u5F00\u53D1\u5BB6\u5BA2\u6237\u201D\u201C$____\u201D\u201C___%\u201D\uFF0C\u4EE5\u53CA\u76EE\u6807\u8868\u683C\u4E2D\u6570\u5B57\u5217\uFF08\u76EE\u6807\u3001\u8BA1\u5212\u3001\u91D1\u989D\u3001\u5360\u6BD4\u7B49\uFF0C\u4E0D\u542B\u201C\u5B9E\u9645\u201D\u201C\u5907\u6CE8\u201D\uFF09\u7684\u7A7A\u5355\u5143\u683C\u3002\u62A5\u544A\u5355\u4F4D\u6240\u5728\u7684\u884C\u4E0E\u5217\u3002",
    en: `A unit, percent sign or measure word whose number was removed ("\u5B8C\u6210\u4E07\u5143\u9500\u552E\u989D", "\u589E\u957F%", "$____", "___%", "grow revenue by %"), and an empty cell in a figure column (target, plan, amount, share; not actual or notes) of a target table. Reported at the unit's line and column.`
  },
  check(ctx) {
    const { outline, plan } = ctx;
    const tableLines = /* @__PURE__ */ new Set();
    const blocks = [
      ...plan.preamble.map((block) => ({ block, title: plan.title?.title ?? "" })),
      ...allSections(plan.sections).flatMap((s) => s.blocks.map((block) => ({ block, title: s.heading.title })))
    ];
    for (const { block, title } of blocks) {
      if (block.kind !== "table" || !block.rows || block.rows.length < 2) continue;
      block.rowLines?.forEach((l) => tableLines.add(l));
      const header = block.rows[0];
      if (!TARGET_TABLE.test(`${title} ${header.join(" ")}`)) continue;
      const columns = header.map((h, c) => c > 0 && FIGURE_HEADER.test(h) && !NOT_FIGURE_HEADER.test(h));
      block.rows.slice(1).forEach((row, r) => {
        const label2 = (row[0] ?? "").trim();
        if (!label2 || /^[-:| ]+$/.test(row.join(""))) return;
        const total2 = TOTAL_ROW.test(label2.replace(/\*/g, ""));
        row.forEach((cell, c) => {
          if (!columns[c] || cell.trim() !== "") return;
          if (total2 && block.rows.slice(1).some((other) => /^\s*[—–-]\s*$/.test(other[c] ?? ""))) return;
          const line = block.rowLines?.[r + 1] ?? block.line;
          const column = outline.format === "md" ? (cellOffsets(outline.lines[line - 1] ?? "")[c] ?? 0) + 1 : 1;
          ctx.report({ line, column, message: messages2.blankCell, params: { row: label2, column: header[c].trim() } });
        });
      });
    }
    for (let line = plan.startLine; line <= plan.endLine; line++) {
      const raw = outline.lines[line - 1];
      if (!raw || tableLines.has(line) || /^\s*<!--.*-->\s*$/.test(raw)) continue;
      const text3 = normalizeFigures(raw);
      const found = [];
      const covered = (i) => found.some((f) => i >= f.start && i < f.end);
      const add = (start2, end, blank) => {
        if (!blank && FIGURE_BEFORE.test(text3.slice(0, start2))) return;
        if (!covered(start2)) found.push({ start: start2, end, blank });
      };
      for (const m of text3.matchAll(BLANK_UNDERSCORE)) add(m.index, m.index + m[0].length, true);
      for (const m of text3.matchAll(AFTER_VERB)) add(m.index, m.index + m[0].length, false);
      for (const m of text3.matchAll(AT_CLAUSE_END)) add(m.index, m.index + m[0].length, false);
      const lead = LEAD.exec(text3)?.[0].length ?? 0;
      for (const m of text3.matchAll(AT_CLAUSE_START)) {
        const before = text3.slice(lead, m.index).replace(/\*+/g, "");
        if (!/(?:^|[，,。；;：:、！!？?（(])\s*$/.test(before) || /(?:单位|unit)\s*[:：]?\s*$|[（(]\s*$/i.test(before)) continue;
        add(m.index, m.index + m[0].length, false);
      }
      for (const m of text3.matchAll(ENGLISH_BLANK)) {
        const at = m.index + m[0].search(/%|percent/i);
        add(at, at + (text3[at] === "%" ? 1 : 7), false);
      }
      found.sort((a, b) => a.start - b.start);
      for (const f of found) {
        const shown = raw.slice(f.start, f.end).trim();
        ctx.report({ line, column: f.start + 1, endColumn: f.end + 1, message: f.blank ? messages2.blankUnderscore : messages2.blankFigure, params: { text: shown } });
      }
    }
  }
};

// src/lint/rules/cascade-mismatch.ts
init_localized();

// src/lint/period.ts
var MONTHS_EN = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
var MONTH_EN = new RegExp(`\\b(${MONTHS_EN.join("|")}|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\b\\.?`, "i");
function englishMonth(word2) {
  const w = word2.toLowerCase().replace(/\.$/, "");
  const i = MONTHS_EN.findIndex((m) => m === w || m.slice(0, 3) === w || w === "sept" && m === "september");
  return i >= 0 ? i + 1 : void 0;
}

// src/lint/rules/cascade-mismatch.ts
var messages3 = {
  cascade: {
    "zh-CN": "{parts}\u5408\u8BA1 {sum}\uFF0C\u4E0E{whole} {total} \u4E0D\u4E00\u81F4\u3002",
    en: "The {parts} add up to {sum}, but the {whole} is {total}."
  }
};
var NAMES = {
  year: { "zh-CN": "\u5168\u5E74", en: "year" },
  quarters: { "zh-CN": "\u56DB\u4E2A\u5B63\u5EA6", en: "four quarters" },
  months: { "zh-CN": "\u5404\u6708", en: "months" },
  weeks: { "zh-CN": "\u5404\u5468", en: "weeks" },
  quarter: { "zh-CN": "\u7B2C{n}\u5B63\u5EA6", en: "Q{n}" },
  monthsOf: { "zh-CN": "\u7B2C{n}\u5B63\u5EA6\u5404\u6708", en: "months of Q{n}" },
  month: { "zh-CN": "\u672C\u6708", en: "month" }
};
var CN = { \u4E00: 1, \u4E8C: 2, \u4E09: 3, \u56DB: 4, \u4E94: 5, \u516D: 6, \u4E03: 7, \u516B: 8, \u4E5D: 9, \u5341: 10, \u5341\u4E00: 11, \u5341\u4E8C: 12 };
var num = (s) => CN[s] ?? Number(s);
var LABEL = new RegExp(
  [
    String.raw`((?<![半上下前后去明今])(?:全年|年度(?:目标|任务|销售)?|年目标)|full[- ]year|annual(?: target| total)?|FY\s?\d{2,4})`,
    String.raw`(?:第\s*([一二三四1-4])\s*季度|([一二三四1-4])\s*季度|\bQ([1-4])\b)`,
    String.raw`(?<![\d.])(1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])\s*月(?!份额|底|初|中|末)`,
    String.raw`\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b`,
    String.raw`(?:第\s*([一二三四五1-5])\s*周|\b(?:week|wk|W)\s?([1-5])\b)`,
    String.raw`(本月|全月|当月|month(?:ly)? total|this month)`
  ].join("|"),
  "gi"
);
function keyOf(m) {
  if (m[1]) return "Y";
  const q2 = m[2] ?? m[3] ?? m[4];
  if (q2) return `Q${num(q2)}`;
  if (m[5]) return `M${num(m[5])}`;
  if (m[6]) return `M${englishMonth(m[6])}`;
  const w = m[7] ?? m[8];
  if (w) return `W${num(w)}`;
  if (m[9]) return "THIS_MONTH";
  return void 0;
}
function pairsIn(text3, line, into) {
  const t = normalizeFigures(text3);
  const labels = [...t.matchAll(LABEL)];
  labels.forEach((m, i) => {
    const key = keyOf(m);
    if (!key || into.has(key)) return;
    const end = Math.min(labels[i + 1]?.index ?? t.length, ...[...t.slice(m.index).matchAll(/[；;。]|[,，](?!\d)/g)].map((x) => m.index + x.index));
    const clause = t.slice(m.index + m[0].length, end);
    if (/^\s*\d{1,2}\s*[日号]/.test(clause)) return;
    const previous = labels[i - 1];
    const segment = t.slice(previous ? previous.index + previous[0].length : 0, m.index);
    const before = amountsIn(segment).filter((a) => segment.slice(a.index + a.length).trim() === "");
    const amount = amountsIn(clause).find((a) => a.measure !== "percent") ?? before.filter((a) => a.measure !== "percent").pop();
    if (amount) into.set(key, { amount: { ...amount, approx: amount.approx || /约|大约|左右|about|approximately|around|≈|~/i.test(t) }, line });
  });
}
function tableSeries(block) {
  const rows = block.rows ?? [];
  if (rows.length < 2) return [];
  const out = [];
  const header = rows[0];
  const whole = new RegExp(`^\\**\\s*(?:${LABEL.source})\\s*(?:\u5408\u8BA1|\u5C0F\u8BA1|\u76EE\u6807|total)?\\s*\\**$`, "i");
  const headerKeys = header.map((h) => {
    const m = whole.exec(normalizeFigures(h).replace(/[（(][^）)]*[）)]/g, "").trim());
    return m ? keyOf(m) : void 0;
  });
  if (headerKeys.filter(Boolean).length >= 2) {
    rows.slice(1).forEach((row, r) => {
      const series = /* @__PURE__ */ new Map();
      row.forEach((cell, c) => {
        const key = headerKeys[c];
        const amount = key ? amountsIn(cell).find((a) => a.measure !== "percent") ?? bare(cell, header[c]) : void 0;
        if (key && amount && !series.has(key)) series.set(key, { amount, line: block.rowLines?.[r + 1] ?? block.line });
      });
      out.push(series);
    });
  }
  for (let c = 1; c < header.length; c++) {
    const series = /* @__PURE__ */ new Map();
    rows.slice(1).forEach((row, r) => {
      const m = whole.exec(normalizeFigures(row[0] ?? "").replace(/[（(][^）)]*[）)]/g, "").trim());
      const key = m ? keyOf(m) : void 0;
      const amount = key ? amountsIn(row[c] ?? "").find((a) => a.measure !== "percent") ?? bare(row[c] ?? "", header[c]) : void 0;
      if (key && amount && !series.has(key)) series.set(key, { amount, line: block.rowLines?.[r + 1] ?? block.line });
    });
    out.push(series);
  }
  return out;
}
function bare(cell, header) {
  const figure = /^\s*\**\s*(\d[\d,]*(?:\.\d+)?)\s*\**\s*$/.exec(normalizeFigures(cell));
  if (!figure) return void 0;
  const unit = /万元|亿元|千元|元|\$|¥|万|亿/.exec(normalizeFigures(header))?.[0];
  if (!unit) return void 0;
  const [amount] = amountsIn(unit === "$" || unit === "\xA5" ? `${unit}${figure[1]}` : `${figure[1]}${unit}`);
  return amount;
}
function parts(series, keys) {
  const found = keys.map((k) => series.get(k));
  return found.every(Boolean) ? found : void 0;
}
var cascadeMismatch = {
  id: "cascade-mismatch",
  messages: messages3,
  severity: "warning",
  description: { "zh-CN": "\u9010\u7EA7\u5206\u89E3\u7684\u76EE\u6807\uFF08\u5E74\u3001\u5B63\u3001\u6708\u3001\u5468\uFF09\u76F8\u4E92\u4E00\u81F4", en: "Targets cascaded by year, quarter, month and week agree" },
  docs: {
    "zh-CN": "\u56DB\u4E2A\u5B63\u5EA6\u4E4B\u548C\u7B49\u4E8E\u5168\u5E74\uFF0C\u4E00\u4E2A\u5B63\u5EA6\u7684\u4E09\u4E2A\u6708\u4E4B\u548C\u7B49\u4E8E\u8BE5\u5B63\u5EA6\uFF0C\u5341\u4E8C\u4E2A\u6708\u4E4B\u548C\u7B49\u4E8E\u5168\u5E74\uFF0C\u5404\u5468\u4E4B\u548C\u7B49\u4E8E\u672C\u6708\uFF1B\u6570\u5B57\u53EF\u4EE5\u5199\u5728\u6B63\u6587\u3001\u5217\u8868\u6216\u8868\u683C\u4E2D\uFF0C\u53EF\u7528\u4E07\u5143\u3001\u4EBF\u5143\u7B49\u4E0D\u540C\u5355\u4F4D\u3002\u5DEE\u989D\u8D85\u8FC7\u56DB\u820D\u4E94\u5165\u8BEF\u5DEE\u65F6\u7ED9\u51FA\u8B66\u544A\uFF1B\u5199\u660E\u201C\u7EA6\u201D\u201C\u5DE6\u53F3\u201D\u201C\u2248\u201D\u7684\uFF0C\u5141\u8BB8 5% \u7684\u51FA\u5165\u3002",
    en: "The four quarters add up to the year, a quarter's three months to the quarter, the twelve months to the year, the weeks to the month; in prose, lists or tables, in any of \u4E07\u5143, \u4EBF\u5143, $, k, M. Off by more than rounding is a warning; figures marked about, approximately or \u2248 may be 5% off."
  },
  check(ctx) {
    const check3 = (series) => {
      const compare = (whole, pieces, wholeName, partsName) => {
        if (!whole || !pieces || !pieces.every((p) => sameKind(p.amount, whole.amount))) return;
        const sum2 = pieces.reduce((n, p) => n + p.amount.value, 0);
        const approx = whole.amount.approx || pieces.some((p) => p.amount.approx);
        const tolerance = pieces.reduce((n, p) => n + p.amount.rounding, whole.amount.rounding) + (approx ? whole.amount.value * 0.05 : 0) + 1e-9;
        if (Math.abs(sum2 - whole.amount.value) > tolerance) {
          ctx.report({ line: pieces[0].line, message: messages3.cascade, params: { parts: partsName, sum: inUnit(sum2, whole.amount), whole: wholeName, total: inUnit(whole.amount.value, whole.amount) } });
        }
      };
      const name = (text3, n) => say(ctx.lang, text3, { n });
      const year = series.get("Y");
      compare(year, parts(series, ["Q1", "Q2", "Q3", "Q4"]), name(NAMES.year), name(NAMES.quarters));
      const months = parts(series, Array.from({ length: 12 }, (_, i) => `M${i + 1}`));
      compare(year, months, name(NAMES.year), name(NAMES.months));
      for (let q2 = 1; q2 <= 4; q2++) compare(series.get(`Q${q2}`), parts(series, [`M${q2 * 3 - 2}`, `M${q2 * 3 - 1}`, `M${q2 * 3}`]), name(NAMES.quarter, q2), name(NAMES.monthsOf, q2));
      const weeks = ["W1", "W2", "W3", "W4", "W5"].map((k) => series.get(k)).filter((f) => !!f);
      const month = series.get("THIS_MONTH") ?? (ctx.period?.months.length === 1 ? series.get(`M${ctx.period.months[0]}`) : void 0);
      if (weeks.length >= 4 && series.has("W1")) compare(month, weeks, name(NAMES.month), name(NAMES.weeks));
    };
    for (const blocks of [ctx.plan.preamble, ...allSections(ctx.plan.sections).map((s) => s.blocks)]) {
      const series = /* @__PURE__ */ new Map();
      for (const entry of entriesOf(blocks)) pairsIn(entry.text, entry.line, series);
      check3(series);
      for (const block of blocks) if (block.kind === "table") tableSeries(block).forEach(check3);
    }
  }
};

// src/lint/rules/date-outside-period.ts
init_localized();
var messages4 = {
  outside: {
    "zh-CN": "\u65E5\u671F\u201C{date}\u201D\u4E0D\u5728\u8BA1\u5212\u671F\u95F4\uFF08{period}\uFF09\u5185\uFF1A\u662F\u5426\u6CBF\u7528\u4E86\u4E0A\u4E00\u671F\u7684\u5185\u5BB9\uFF1F",
    en: `The date "{date}" is outside the plan's period ({period}): left over from the last period's plan?`
  },
  periodMonths: { "zh-CN": "{year}{months}\u6708", en: "{months} {year}" }
};
var HISTORY_LINE = /基准日|截至|截止|as of|reference date|近\d+个月|over the last|上月|上个月|上期|上季度|上年|去年|同期|同比|环比|往年|历史|曾|已于|last (?:month|quarter|year|period)|previous|prior|a year ago|in \d{4},/i;
var HISTORY_TITLE = /回顾|总结|复盘|上月|上期|完成情况|执行情况|review|previous|last (?:month|quarter|period)|recap|results/i;
var EN_MONTH = MONTHS_EN.map((m) => `${m.charAt(0).toUpperCase()}${m.slice(1)}`).join("|") + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec";
var DATE = new RegExp(
  [
    String.raw`(?:((?:19|20)\d{2})\s*年\s*)?(1[0-2]|0?[1-9])\s*月\s*(3[01]|[12]\d|0?[1-9])\s*[日号]`,
    String.raw`\b((?:19|20)\d{2})[-/.](1[0-2]|0?[1-9])[-/.](3[01]|[12]\d|0?[1-9])\b`,
    String.raw`\b(${EN_MONTH})\.?\s+(3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b(?:,?\s+((?:19|20)\d{2}))?`,
    String.raw`\b(3[01]|[12]\d|0?[1-9])\s+(${EN_MONTH})\b(?:\s+((?:19|20)\d{2}))?`
  ].join("|"),
  "g"
);
function read(m) {
  const n = (s) => s === void 0 ? void 0 : Number(s);
  if (m[2]) return { ...m[1] ? { year: Number(m[1]) } : {}, month: n(m[2]), day: n(m[3]) };
  if (m[5]) return { year: n(m[4]), month: n(m[5]), day: n(m[6]) };
  if (m[7]) {
    const month = englishMonth(m[7]);
    return month ? { ...m[9] ? { year: Number(m[9]) } : {}, month, day: n(m[8]) } : void 0;
  }
  if (m[11]) {
    const month = englishMonth(m[11]);
    return month ? { ...m[12] ? { year: Number(m[12]) } : {}, month, day: n(m[10]) } : void 0;
  }
  return void 0;
}
var dateOutsidePeriod = {
  id: "date-outside-period",
  messages: messages4,
  severity: "warning",
  description: { "zh-CN": "\u8BA1\u5212\u4E2D\u7684\u65E5\u671F\u5728\u8BA1\u5212\u671F\u95F4\u5185", en: "Dates in the plan fall within its period" },
  docs: {
    "zh-CN": "\u6309\u6807\u9898\u6216\u5F00\u5934\u7684\u201C\u8BA1\u5212\u671F\u95F4\u201D\u786E\u5B9A\u8BA1\u5212\u8986\u76D6\u7684\u6708\u4EFD\uFF08\u5982 2027\u5E741\u6708\u3001\u7B2C\u4E00\u5B63\u5EA6\uFF09\uFF0C\u5176\u4E2D\u5B89\u6392\u7684\u65E5\u671F\u82E5\u5728\u671F\u95F4\u4E4B\u5916\uFF08\u5982\u4E00\u6708\u8BA1\u5212\u4E2D\u7684\u201C12\u670812\u65E5\u5927\u4FC3\u201D\uFF09\uFF0C\u7ED9\u51FA\u8B66\u544A\u2014\u2014\u591A\u534A\u662F\u6CBF\u7528\u4E0A\u4E00\u671F\u6587\u4EF6\u7559\u4E0B\u7684\u3002\u56DE\u987E\u4E0A\u671F\u7684\u7AE0\u8282\u3001\u542B\u201C\u4E0A\u6708\u3001\u53BB\u5E74\u3001\u540C\u6BD4\u201D\u7684\u53E5\u5B50\uFF0C\u4EE5\u53CA\u671F\u95F4\u7ED3\u675F\u540E 10 \u5929\u5185\u7684\u65E5\u671F\uFF08\u5982\u6B21\u6708 5 \u65E5\u524D\u4EA4\u603B\u7ED3\uFF09\u4E0D\u68C0\u67E5\u3002",
    en: `From the title or the opening "period" line (January 2027, Q1), the months the plan covers; a date outside them (a January plan promising "December 12") is a warning \u2014 usually left from the last period's file. Sections reviewing the last period, sentences with last month, last year or previous, and dates within 10 days after the period (a report due on the 5th) are not checked.`
  },
  check(ctx) {
    const period = ctx.period;
    if (!period || period.months.length === 0 || period.kind === "review") return;
    const first = period.months.reduce((a, b) => Math.min(a, b), Infinity);
    const last2 = period.months.reduce((a, b) => Math.max(a, b), -Infinity);
    const skip = /* @__PURE__ */ new Set();
    for (const section of allSections(ctx.plan.sections)) {
      if (HISTORY_TITLE.test(normalizeFigures(section.heading.title))) for (let l = section.heading.line; l <= section.endLine; l++) skip.add(l);
    }
    const periodText = periodName(ctx.lang, period);
    const start2 = ctx.plan.sections[0]?.heading.line ?? ctx.plan.endLine + 1;
    for (let line = start2; line <= ctx.plan.endLine; line++) {
      const raw = ctx.outline.lines[line - 1];
      if (!raw || skip.has(line)) continue;
      const text3 = normalizeFigures(raw);
      for (const m of text3.matchAll(DATE)) {
        const date = read(m);
        if (!date) continue;
        const before = text3.slice(Math.max(0, (m.index ?? 0) - 12), m.index);
        if (HISTORY_LINE.test(before) || HISTORY_LINE.test(text3) && !/计划|将|安排|plan|will|schedule/i.test(text3)) continue;
        const year = date.year ?? period.year;
        let inside;
        if (period.year && year !== void 0 && year !== period.year) {
          inside = year === period.year + 1 && last2 === 12 && date.month === 1 && date.day <= 10;
        } else {
          inside = date.month >= first && date.month <= last2 || date.month === last2 + 1 && date.day <= 10 || last2 === 12 && date.month === 1 && date.day <= 10 && date.year === void 0;
        }
        if (!inside) ctx.report({ line, column: (m.index ?? 0) + 1, endColumn: (m.index ?? 0) + m[0].length + 1, message: messages4.outside, params: { date: raw.slice(m.index, (m.index ?? 0) + m[0].length), period: periodText } });
      }
    }
  }
};
function periodName(lang, period) {
  const first = period.months[0];
  const last2 = period.months[period.months.length - 1];
  const en = (m) => `${MONTHS_EN[m - 1].charAt(0).toUpperCase()}${MONTHS_EN[m - 1].slice(1)}`;
  const several = period.months.length > 1;
  return say(lang, messages4.periodMonths, {
    year: period.year ? say(lang, { "zh-CN": "{y}\u5E74", en: "{y}" }, { y: period.year }) : "",
    months: pick(lang, { "zh-CN": several ? `${first}\u2013${last2}` : `${first}`, en: several ? `${en(first).slice(0, 3)}\u2013${en(last2).slice(0, 3)}` : en(first) })
  }).trim();
}

// src/lint/headings.ts
var CN_NUMERAL = "[\u4E00\u4E8C\u4E09\u56DB\u4E94\u516D\u4E03\u516B\u4E5D\u5341\u767E\u96F6\u3007\u4E24\u58F9\u8D30\u53C1\u8086\u4F0D\u9646\u67D2\u634C\u7396\u62FE]+";
var PLAN_BOUNDARY = new RegExp(`^\\s*(?:\u7BC7${CN_NUMERAL}|\u7B2C${CN_NUMERAL}\u7BC7)\\s*[:\uFF1A]?`);
var NUMBER_PREFIX = new RegExp(`^(?:\u7B2C${CN_NUMERAL}[\u7AE0\u8282\u6761\u7BC7\u90E8\u5206]+|${CN_NUMERAL}[\u3001\uFF0E.]|[\uFF08(]${CN_NUMERAL}[)\uFF09]|[\uFF08(]\\d+[)\uFF09]|\\d+(?:\\.\\d+)*[\u3001\uFF0E.]?)\\s*`);
function stripNumbering(title) {
  return title.trim().replace(NUMBER_PREFIX, "").trim();
}

// src/lint/match.ts
var normalized = /* @__PURE__ */ new Map();
function normalizeTitle(title) {
  let out = normalized.get(title);
  if (out === void 0) {
    out = toSimplified(stripNumbering(title)).toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, "");
    normalized.set(title, out);
  }
  return out;
}

// src/lint/rules/duplicate-section.ts
var messages5 = {
  duplicateSection: {
    "zh-CN": "\u7AE0\u8282\u201C{section}\u201D\u91CD\u590D\u51FA\u73B0\uFF08\u7B2C\u4E00\u6B21\u5728\u7B2C {first} \u884C\uFF09\u3002",
    en: 'The section "{section}" appears twice (first at line {first}).'
  }
};
var duplicateSection = {
  id: "duplicate-section",
  messages: messages5,
  severity: "warning",
  description: { "zh-CN": "\u540C\u4E00\u5C42\u7EA7\u6CA1\u6709\u91CD\u590D\u7684\u7AE0\u8282", en: "No section appears twice at the same level" },
  docs: { "zh-CN": "\u540C\u4E00\u5C42\u7EA7\u51FA\u73B0\u6807\u9898\u76F8\u540C\uFF08\u5FFD\u7565\u7F16\u53F7\uFF09\u7684\u4E24\u4E2A\u7AE0\u8282\uFF0C\u591A\u534A\u662F\u590D\u5236\u7C98\u8D34\u7559\u4E0B\u7684\u3002", en: "Two sections with the same title (numbers aside) at the same level, usually left from copying and pasting." },
  check(ctx) {
    const visit = (sections) => {
      const seen = /* @__PURE__ */ new Map();
      for (const s of sections) {
        const key = normalizeTitle(s.heading.title);
        const first = seen.get(key);
        if (key && first !== void 0) ctx.report({ line: s.heading.line, column: s.heading.column, message: messages5.duplicateSection, params: { section: s.heading.title, first } });
        else seen.set(key, s.heading.line);
        visit(s.children);
      }
    };
    visit(ctx.plan.sections);
  }
};

// src/lint/rules/empty-section.ts
var hasContent = (section) => section.blocks.some((b) => b.text.trim() !== "") || section.children.some(hasContent);
var messages6 = {
  emptySection: {
    "zh-CN": "\u7AE0\u8282\u201C{section}\u201D\u6CA1\u6709\u5185\u5BB9\u3002",
    en: 'The section "{section}" is empty.'
  }
};
var emptySection = {
  id: "empty-section",
  messages: messages6,
  severity: "warning",
  description: { "zh-CN": "\u7AE0\u8282\u4E0D\u4E3A\u7A7A", en: "No section is empty" },
  docs: { "zh-CN": "\u6807\u9898\u4E0B\u6CA1\u6709\u4EFB\u4F55\u6B63\u6587\u3001\u5217\u8868\u6216\u8868\u683C\uFF08\u5B50\u7AE0\u8282\u4E5F\u90FD\u4E3A\u7A7A\uFF09\u7684\u7AE0\u8282\u3002", en: "A heading with no text, list or table under it, nor in its sub-sections." },
  check(ctx) {
    for (const section of allSections(ctx.plan.sections)) {
      if (!hasContent(section)) ctx.report({ line: section.heading.line, column: section.heading.column, message: messages6.emptySection, params: { section: section.heading.title } });
    }
  }
};

// src/lint/rules/placeholder.ts
var DEFAULT_PLACEHOLDERS = [
  // X or XX standing alone: not part of a word or a model number (X1, Xbox, 3x).
  /(?<![A-Za-z0-9_])(?:[XxＸｘ]{2,}|[XＸ])(?![A-Za-z0-9_])/g,
  /[×✕]{2,}/g,
  /_{3,}|＿{2,}/g,
  /【\s*待[填定补][写充]?\s*】|\[\s*(?:TBD|TODO)\s*\]/gi,
  /(?<![A-Za-z])(?:TBD|TODO)(?![A-Za-z])/g,
  /待填写|待补充/g,
  /[?？]{3,}/g
];
var NAMED_BEFORE = /(?:产品|型号|机型|款|品牌|客户|公司|项目|方案|地区|区域|城市|门店|竞品|对手|品类|系列|(?:product|model|brand|customer|client|company|project|region|competitor|vendor|partner|account|plan|option|store|city)\s)$/i;
var NAMED_AFTER = /^(?:公司|集团|品牌|牌|型|系列|款|客户|项目|产品|门店|地区|市|省(?!份)|\s(?:company|corp|inc|brand|product|model|project|region))/i;
var UNIT = /^(?:个百分点|万元|元|家|个|人|天|小时|月|日|周|年|季度|次|项|倍|分|名|省|市|%|％)/;
var messages7 = {
  placeholder: {
    "zh-CN": "\u5360\u4F4D\u7B26 {text} \u5C1A\u672A\u586B\u5199\uFF0C\u8BF7\u586B\u5165\u5B9E\u9645\u5185\u5BB9\u3002",
    en: "The placeholder {text} has not been filled in."
  }
};
var placeholder = {
  id: "placeholder",
  messages: messages7,
  severity: "error",
  description: { "zh-CN": "\u6CA1\u6709\u672A\u586B\u5199\u7684\u5360\u4F4D\u7B26", en: "No placeholder is left unfilled" },
  docs: {
    "zh-CN": "\u67E5\u627E\u6A21\u677F\u7559\u4E0B\u7684\u5360\u4F4D\u7B26\uFF1AXX\u3001X%\u3001X\u5BB6\u3001\xD7\xD7\u3001____\u3001\u3010\u5F85\u586B\u3011\u3001TBD\u3001TODO \u7B49\uFF1B\u53EF\u5728 .salesplanrc.yaml \u7684 placeholders \u4E2D\u8865\u5145\u81EA\u5DF1\u7684\u5199\u6CD5\u3002",
    en: "Finds placeholders left from a template: XX, X%, X\u5BB6, \xD7\xD7, ____, [TBD], TBD, TODO\u2026; add your own in .salesplanrc.yaml under placeholders."
  },
  check(ctx) {
    const { outline, plan } = ctx;
    for (let line = plan.startLine; line <= plan.endLine; line++) {
      const text3 = outline.lines[line - 1];
      if (!text3 || /^\s*<!--.*-->\s*$/.test(text3)) continue;
      const found = [];
      const blanks = [...normalizeFigures(text3).matchAll(BLANK_UNDERSCORE)].map((m) => [m.index, m.index + m[0].length]);
      for (const pattern of ctx.placeholders) {
        for (const match of text3.matchAll(new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`))) {
          const start2 = match.index ?? 0;
          if (!match[0] || blanks.some(([a, b]) => start2 < b && start2 + match[0].length > a)) continue;
          if (/^[A-Za-zＸｘ]$/.test(match[0]) && !UNIT.test(text3.slice(start2 + 1)) && (NAMED_BEFORE.test(text3.slice(0, start2)) || NAMED_AFTER.test(text3.slice(start2 + 1)))) continue;
          found.push({ start: start2, text: match[0] });
        }
      }
      found.sort((a, b) => a.start - b.start || b.text.length - a.text.length);
      let covered = -1;
      for (const { start: start2, text: placeholder2 } of found) {
        if (start2 < covered) continue;
        covered = start2 + placeholder2.length;
        const unit = UNIT.exec(text3.slice(covered))?.[0] ?? "";
        ctx.report({ line, column: start2 + 1, endColumn: covered + 1 + unit.length, message: messages7.placeholder, params: { text: q(ctx.lang, placeholder2 + unit) } });
      }
    }
  }
};

// src/document/numbering.ts
init_localized();
var CN2 = ["\u3007", "\u4E00", "\u4E8C", "\u4E09", "\u56DB", "\u4E94", "\u516D", "\u4E03", "\u516B", "\u4E5D"];
function chineseNumber(n) {
  if (n < 10) return CN2[n];
  if (n < 20) return `\u5341${n % 10 ? CN2[n % 10] : ""}`;
  if (n < 100) return `${CN2[Math.floor(n / 10)]}\u5341${n % 10 ? CN2[n % 10] : ""}`;
  return String(n);
}
function headingPrefix(lang, counters) {
  const depth = counters.length;
  const n = counters[depth - 1];
  return pick(lang, { "zh-CN": chinesePrefix, en: englishPrefix })(depth, n, counters);
}
function chinesePrefix(depth, n) {
  if (depth === 1) return `${chineseNumber(n)}\u3001`;
  if (depth === 2) return `\uFF08${chineseNumber(n)}\uFF09`;
  if (depth === 3) return `${n}. `;
  return `\uFF08${n}\uFF09`;
}
function englishPrefix(depth, _n, counters) {
  return `${counters.join(".")}${depth === 1 ? "." : ""} `;
}

// src/lint/rules/required-sections.ts
init_localized();
var messages8 = {
  missingSection: {
    "zh-CN": "\u7F3A\u5C11{style}\u8BA1\u5212\u7684\u201C{section}\u201D\u7AE0\u8282\uFF08\u7B2C{position}\u90E8\u5206\uFF0C\u5E94\u5199\u660E\uFF1A{summary}\uFF09\u3002",
    en: 'The "{section}" section of a {style} plan is missing (part {position}; it covers {summary}).'
  }
};
var skeleton = { "zh-CN": "\u3010\u5F85\u586B\u3011{summary}\u3002", en: "[TBD] {summary}." };
var requiredSections = {
  id: "required-sections",
  messages: messages8,
  severity: "error",
  description: { "zh-CN": "\u8BA1\u5212\u5305\u542B\u5176\u98CE\u683C\u8981\u6C42\u7684\u5168\u90E8\u7AE0\u8282", en: "The plan has every section its style requires" },
  docs: {
    "zh-CN": "\u6309\u6307\u5B9A\uFF08--style\uFF09\u6216\u8BC6\u522B\u51FA\u7684\u98CE\u683C\uFF0C\u9010\u4E00\u67E5\u627E\u6BCF\u4E2A\u5FC5\u9700\u7AE0\u8282\uFF1B\u6807\u9898\u4E0D\u5FC5\u4E00\u5B57\u4E0D\u5DEE\uFF0C\u540C\u4E49\u6807\u9898\uFF08\u5982\u201C\u9500\u552E\u76EE\u6807\u201D\u4E4B\u4E8E\u201C\u672C\u6708\u9500\u552E\u76EE\u6807\u4E0E\u5206\u89E3\u201D\uFF09\u548C\u7E41\u4F53\u5B57\u90FD\u53EF\u4EE5\u3002--fix \u4F1A\u5728 Markdown \u4E2D\u6309\u987A\u5E8F\u8865\u4E0A\u7F3A\u5C11\u7AE0\u8282\u7684\u9AA8\u67B6\u3002",
    en: 'Looks for each section the given (--style) or detected style requires; titles need not be exact \u2014 synonyms (e.g. "Sales targets") and traditional characters match. --fix adds a skeleton for each missing section to a Markdown file, in order.'
  },
  check(ctx) {
    if (!ctx.confident) return;
    const { plan, style, assignment, outline } = ctx;
    const declared = style.sections;
    const headingMarks = outline.format === "md" ? /^(#+)\s/.exec(outline.lines[(plan.sections[0]?.heading.line ?? 1) - 1] ?? "")?.[1] ?? "##" : "";
    declared.forEach((decl, index) => {
      if (decl.required === false || assignment.has(decl.id)) return;
      const before = declared.slice(0, index).reverse().map((d2) => assignment.get(d2.id)).find(Boolean);
      const after = declared.slice(index + 1).map((d2) => assignment.get(d2.id)).find(Boolean);
      const afterLine = before ? before.section.endLine : after ? after.section.heading.line - 1 : plan.endLine;
      const title = `${headingPrefix(ctx.docLang, [index + 1])}${decl.title[ctx.docLang]}`;
      const body = say(ctx.docLang, skeleton, { summary: decl.summary[ctx.docLang] });
      ctx.report({
        line: plan.title?.line ?? plan.startLine,
        message: messages8.missingSection,
        params: { style: style.name[ctx.lang], section: decl.title[ctx.lang], position: index + 1, summary: decl.summary[ctx.lang] },
        ...outline.format === "md" ? { fix: { afterLine, text: `
${headingMarks} ${title}

${body}
` } } : {}
      });
    });
  }
};

// src/lint/rules/risk-without-response.ts
var messages9 = {
  riskWithoutResponse: {
    "zh-CN": "\u98CE\u9669\u201C{risk}\u201D\u6CA1\u6709\u5E94\u5BF9\u63AA\u65BD\u3002",
    en: 'The risk "{risk}" has no response.'
  }
};
var RISK_TITLE = /风险|隐患|困难|障碍|难点|可能的问题|潜在问题|risk|threat|blocker|obstacle|challenge/i;
var RISK_EVENT = /下滑|下降|降价|流失|离职|延迟|延期|断货|短缺|不足|加剧|波动|逾期|违约|失败|萎缩|冲击|delay|(?<!stop-)\bloss|shortage|drop|decline|churn|price war|slowdown/i;
var RISK_COLUMN = /风险|隐患|问题|risk|threat|issue/i;
var RESPONSE_COLUMN = /应对|对策|措施|预案|解决|处理|response|mitigation|contingency|action|plan/i;
var RESPONSE_WORDS = /应对|对策|措施|预案|解决|处理|防范|规避|化解|采取|启动|备选|兜底|应急|crisis plan|emergency plan|mitigat|respon[sd]|contingenc|action|fallback|backup plan|plan b|countermeasure/i;
var RESPONSE_ENTRY = /^(?:应对|对策|措施|预案|解决|处理|做法|mitigation|response|contingency|action|countermeasure)[^：:]{0,6}[：:]/i;
var RISK_LABEL = /^(?:[\u4e00-\u9fff]{0,6}(?:风险|隐患)[一二三四五六七八九十\d]*|(?:[a-z]+\s)?(?:risk|threat)\s*\d*)$/i;
var EMPTY = /^\s*(?:[—–\-－/]|无|暂无|none|n\/a)?\s*$/i;
var INTRO = /[：:]\s*$/;
function answered(entry) {
  const text3 = toSimplified(entry.text);
  if (RESPONSE_WORDS.test(text3)) return true;
  if (/\S\s*(?:——|→|=>|->|–)\s*\S/.test(text3)) return true;
  const colon = /^([^：:]{1,30})[：:]\s*(\S.*)$/.exec(text3);
  return !!colon && !RISK_LABEL.test(colon[1].trim());
}
var riskWithoutResponse = {
  id: "risk-without-response",
  messages: messages9,
  severity: "error",
  description: { "zh-CN": "\u6BCF\u9879\u98CE\u9669\u90FD\u6709\u5E94\u5BF9\u63AA\u65BD", en: "Every risk has a response" },
  docs: {
    "zh-CN": "\u9010\u9879\u68C0\u67E5\uFF1A\u98CE\u9669\u8868\u683C\u7684\u6BCF\u4E00\u884C\u8981\u586B\u5199\u201C\u5E94\u5BF9\u63AA\u65BD\u201D\u4E00\u680F\uFF1B\u98CE\u9669\u7AE0\u8282\u4E2D\u7684\u6BCF\u4E2A\u5217\u8868\u9879\u3001\u6BB5\u843D\u6216\u5C0F\u8282\uFF0C\u90FD\u8981\u5199\u51FA\u81EA\u5DF1\u7684\u5E94\u5BF9\u505A\u6CD5\u2014\u2014\u7528\u201C\u5E94\u5BF9\u3001\u5BF9\u7B56\u3001\u63AA\u65BD\u3001\u9884\u6848\u3001\u89E3\u51B3\u201D\u7B49\u8BCD\uFF0C\u6216\u201C\u98CE\u9669\uFF1A\u505A\u6CD5\u201D\u7684\u5199\u6CD5\uFF08\u5982\u201C\u7ADE\u54C1\u964D\u4EF7\uFF1A\u4EE5\u65E7\u6362\u65B0\u201D\uFF09\uFF0C\u6216\u7D27\u968F\u5176\u540E\u7684\u201C\u5E94\u5BF9\uFF1A\u2026\u2026\u201D\u3002",
    en: 'Checked one by one: each row of a risk table needs its response cell filled; each list item, paragraph or sub-section of a risk section needs its own response \u2014 said with words such as response, mitigation, contingency or action, in the "risk: action" form, or in an entry right after it ("Mitigation: \u2026").'
  },
  check(ctx) {
    const report = (line, risk, column = 1) => ctx.report({ line, column, message: messages9.riskWithoutResponse, params: { risk: risk.length > 40 ? `${risk.slice(0, 40)}\u2026` : risk } });
    const all = allSections(ctx.plan.sections);
    const assigned = ctx.assignment.get("risks")?.section;
    const titled = all.filter((s) => s === assigned || RISK_TITLE.test(toSimplified(s.heading.title)));
    const riskSections = titled.filter((s) => !titled.some((o) => o !== s && allSections(o.children).includes(s)));
    const inRisk = new Set(riskSections.flatMap((s) => allSections([s])));
    const answeredInTables = [];
    for (const section of all) {
      for (const table2 of section.blocks) {
        if (table2.kind !== "table" || !table2.rows) continue;
        const header = table2.rows[0];
        const riskColumn = header.findIndex((h) => RISK_COLUMN.test(h) && !RESPONSE_COLUMN.test(h));
        const responseColumn = header.findIndex((h) => RESPONSE_COLUMN.test(h));
        if (riskColumn < 0 && (!inRisk.has(section) || responseColumn < 0)) continue;
        table2.rows.slice(1).forEach((row, i) => {
          const risk = (row[riskColumn >= 0 ? riskColumn : 0] ?? "").trim();
          if (!risk || /^[-:| ]*$/.test(row.join(""))) return;
          if (responseColumn >= 0 && !EMPTY.test(row[responseColumn] ?? "")) {
            answeredInTables.push(toSimplified(risk));
            return;
          }
          report(table2.rowLines?.[i + 1] ?? table2.line, risk);
        });
      }
    }
    for (const section of riskSections) {
      const unanswered = [];
      let responses = 0;
      const take = (result) => {
        unanswered.push(...result.unanswered);
        responses += result.responses;
      };
      take(checkEntries(entriesOf(section.blocks), void 0, section.blocks.some((b) => b.kind === "table")));
      for (const child of allSections(section.children)) {
        const entries = entriesOf(child.blocks);
        if (RESPONSE_WORDS.test(toSimplified(child.heading.title)) && !RISK_TITLE.test(toSimplified(child.heading.title).replace(/风险(?:与|和|及)/, ""))) {
          responses += entries.filter((e) => e.kind === "item").length || entries.length;
          continue;
        }
        if (!entries.length) continue;
        const title = toSimplified(child.heading.title);
        const own = child.children.length === 0 && RISK_EVENT.test(title);
        if (!own && !RISK_TITLE.test(title)) continue;
        const result = checkEntries(entries, own ? child : void 0, !own);
        take(result);
        if (own && result.heading) unanswered.push(result.heading);
      }
      for (const entry of unanswered.slice(responses)) {
        const text3 = toSimplified(entry.text);
        if (!answeredInTables.some((risk) => risk.length >= 4 && text3.includes(risk))) report(entry.line, entry.text);
      }
    }
  }
};
function checkEntries(entries, heading, tabled = false) {
  const hasItems = entries.some((e) => e.kind === "item" && !RESPONSE_ENTRY.test(toSimplified(e.text)));
  const unanswered = [];
  let last2;
  let listing = false;
  let responses = 0;
  let headingAnswered = false;
  for (const entry of entries) {
    const text3 = toSimplified(entry.text);
    const response = RESPONSE_ENTRY.exec(text3);
    if (response) {
      if (text3.slice(response[0].length).trim() === "") listing = true;
      else if (last2 && unanswered[unanswered.length - 1] === last2) unanswered.pop();
      else headingAnswered = true;
      last2 = void 0;
      continue;
    }
    if (listing) {
      if (entry.kind === "item" || !hasItems) responses++;
      continue;
    }
    last2 = void 0;
    if (INTRO.test(text3) || (hasItems || tabled) && entry.kind !== "item") continue;
    if (heading && !hasItems) {
      if (answered(entry)) headingAnswered = true;
      continue;
    }
    if (!answered(entry)) {
      unanswered.push(entry);
      last2 = entry;
    }
  }
  const out = { unanswered, responses };
  if (heading && !hasItems && !headingAnswered) out.heading = { line: heading.heading.line, text: heading.heading.title, kind: "paragraph" };
  return out;
}

// src/lint/rules/shares-over-100.ts
var decimals = (a) => Math.max(0, -Math.round(Math.log10(a.rounding * 2)));
var SHARE_HEADER = /占比|比例|份额|占预算|客户占比|销售额占比|share|% of/i;
var ITEM_SHARE = /(?:占比?|share\s*(?:of)?)\s*[:：]?\s*(\d+(?:\.\d+)?)\s*%|[（(]\s*(\d+(?:\.\d+)?)\s*%\s*[)）]/i;
var messages10 = {
  sharesOver100: {
    "zh-CN": "\u201C{what}\u201D\u4E2D\u7684\u5360\u6BD4\u5408\u8BA1 {sum}%\uFF0C\u8D85\u8FC7 100%\u3002",
    en: 'The shares in "{what}" add up to {sum}%, more than 100%.'
  }
};
var sharesOver100 = {
  id: "shares-over-100",
  messages: messages10,
  severity: "error",
  description: { "zh-CN": "\u540C\u4E00\u7EC4\u5360\u6BD4\u5408\u8BA1\u4E0D\u8D85\u8FC7 100%", en: "The shares of one breakdown add up to at most 100%" },
  docs: { "zh-CN": "\u8868\u683C\u4E2D\u201C\u5360\u6BD4\u201D\u4E00\u7C7B\u7684\u5217\uFF0C\u6216\u540C\u4E00\u5217\u8868\u4E2D\u5404\u9879\u7684\u201C\u5360X%\u201D\uFF0C\u5408\u8BA1\u4E0D\u5E94\u8D85\u8FC7 100%\uFF08\u5141\u8BB8\u56DB\u820D\u4E94\u5165\u8BEF\u5DEE\uFF09\u3002", en: 'A share column of a table, or the "X% share" of the items of one list, must not add up to more than 100% (allowing for rounding).' },
  check(ctx) {
    const blocks = [...ctx.plan.preamble, ...allSections(ctx.plan.sections).flatMap((s) => s.blocks)];
    for (const block of blocks) {
      if (block.kind !== "table" || !block.rows || block.rows.length < 3) continue;
      const header = block.rows[0];
      header.forEach((title, c) => {
        if (!SHARE_HEADER.test(normalizeFigures(title)) || /占销售额|of revenue/i.test(title)) return;
        const body = block.rows.slice(1).filter((row) => !TOTAL_ROW.test(normalizeFigures(row[0] ?? "").trim()) && !SUBTOTAL_ROW.test(normalizeFigures(row[0] ?? "").trim()));
        const figures = body.map((row) => parseFigure(row[c] ?? "")).filter((f) => !!f);
        if (figures.length < 2) return;
        const sum2 = figures.reduce((a, f) => a + f.value, 0);
        const tolerance = figures.length * 0.5 * 10 ** -figures.reduce((m, f) => Math.max(m, f.decimals), 0);
        if (sum2 > 100 + tolerance) ctx.report({ line: block.line, message: messages10.sharesOver100, params: { what: title, sum: Number(sum2.toFixed(4)) } });
      });
    }
    for (const section of allSections(ctx.plan.sections)) {
      let run = [];
      const flush = () => {
        const sum2 = run.reduce((a, r) => a + r.value, 0);
        if (run.length >= 2 && sum2 > 100.5) ctx.report({ line: run[0].line, message: messages10.sharesOver100, params: { what: section.heading.title, sum: Number(sum2.toFixed(4)) } });
        run = [];
      };
      for (const entry of entriesOf(section.blocks)) {
        const text3 = normalizeFigures(entry.text);
        const respectively = /(?:占比|比例|份额|share)[^。；;.]{0,8}?(?:分别为|分别是|依次为|respectively)\s*/i.exec(text3);
        if (respectively) {
          const shares = amountsIn(text3.slice(respectively.index)).filter((a) => a.measure === "percent" && a.unit === "%");
          const sum2 = shares.reduce((n, a) => n + a.value, 0);
          if (shares.length >= 2 && sum2 > 100 + shares.length * 0.5 * 10 ** -Math.max(0, ...shares.map((a) => decimals(a)))) {
            ctx.report({ line: entry.line, message: messages10.sharesOver100, params: { what: section.heading.title, sum: Number(sum2.toFixed(4)) } });
          }
        }
        const m = entry.kind === "item" ? ITEM_SHARE.exec(text3) : null;
        if (m) run.push({ line: entry.line, value: Number(m[1] ?? m[2]) });
        else if (entry.kind !== "item") flush();
      }
      flush();
    }
  }
};

// src/styles/parts.ts
var SIX_PARTS = [
  {
    id: "market",
    name: { "zh-CN": "\u5E02\u573A\u5206\u6790", en: "Market analysis" },
    hint: { "zh-CN": "\u4EA7\u54C1\u5356\u70B9\u3001\u5BA2\u6237\u7FA4\u4F53\u3001\u5E02\u573A\u5BB9\u91CF\u4E0E\u7ADE\u4E89", en: "selling points, customer groups, market size and competition" },
    words: { "zh-CN": /市场|竞争|竞品/, en: /market|competit/i }
  },
  {
    id: "selling",
    name: { "zh-CN": "\u9500\u552E\u65B9\u5F0F", en: "How we sell" },
    hint: { "zh-CN": "\u6E20\u9053\u4E0E\u65B9\u6CD5", en: "channels and methods" },
    words: { "zh-CN": /策略|渠道|流程|推广|获客|销售方式|方案/, en: /strateg|channel|process|promotion|acquisition|go-to-market/i }
  },
  {
    id: "customers",
    name: { "zh-CN": "\u5BA2\u6237\u7BA1\u7406", en: "Customer management" },
    hint: { "zh-CN": "\u8001\u5BA2\u6237\u670D\u52A1\u4E0E\u6F5C\u5728\u5BA2\u6237\u8DDF\u8FDB", en: "serving existing customers and following up prospects" },
    words: { "zh-CN": /客户/, en: /customer|account|client/i }
  },
  {
    id: "targets",
    name: { "zh-CN": "\u9500\u91CF\u4EFB\u52A1", en: "Sales targets" },
    hint: { "zh-CN": "\u91CF\u5316\u7684\u9500\u552E\u76EE\u6807", en: "quantified targets" },
    words: { "zh-CN": /目标|任务|指标/, en: /target|goal|objective|quota/i }
  },
  {
    id: "timing",
    name: { "zh-CN": "\u8003\u6838\u65F6\u95F4", en: "Review dates" },
    hint: { "zh-CN": "\u4F55\u65F6\u3001\u5982\u4F55\u68C0\u67E5\u8FDB\u5EA6", en: "when and how progress is checked" },
    words: { "zh-CN": /考核|评估|进度|时间安排|节点|日程/, en: /evaluat|schedule|review dates|measured|timeline|milestone/i }
  },
  {
    id: "review",
    name: { "zh-CN": "\u603B\u7ED3", en: "Review of last period" },
    hint: { "zh-CN": "\u5BF9\u4E0A\u4E00\u671F\u8BA1\u5212\u6267\u884C\u60C5\u51B5\u7684\u8BC4\u5224", en: "how the last period went against its plan" },
    words: { "zh-CN": /总结|回顾|复盘/, en: /review|lessons|retrospect/i }
  }
];

// src/lint/rules/six-parts.ts
var messages11 = {
  missingPart: {
    "zh-CN": "\u8BA1\u5212\u7F3A\u5C11\u201C{part}\u201D\u90E8\u5206\uFF08{hint}\uFF09\uFF1A\u6BCF\u4EFD\u9500\u552E\u8BA1\u5212\u90FD\u5E94\u5305\u542B\u5E02\u573A\u5206\u6790\u3001\u9500\u552E\u65B9\u5F0F\u3001\u5BA2\u6237\u7BA1\u7406\u3001\u9500\u91CF\u4EFB\u52A1\u3001\u8003\u6838\u65F6\u95F4\u548C\u603B\u7ED3\u516D\u90E8\u5206\u3002",
    en: 'The plan has no "{part}" part ({hint}): every sales plan needs market analysis, how we sell, customer management, targets, review dates and a review of last period.'
  }
};
var MORE_WORDS = {
  market: { "zh-CN": /行业|形势|行情|环境|机会|需求|SWOT/, en: /industry|landscape|situation|opportunit|environment|swot/i },
  selling: { "zh-CN": /措施|举措|打法|行动计划|工作重点|重点工作|促销|营销|销售方法/, en: /how we sell|approach|tactic|action plan|initiative|activities|sales methods/i },
  customers: { "zh-CN": /顾客|用户|经销商|大客户|老客户/, en: /buyer|dealer|distributor|key account/i },
  targets: { "zh-CN": /销量|销售额|业绩|计划指标|KPI/i, en: /forecast|kpi|revenue plan|numbers/i },
  timing: { "zh-CN": /时间表|进度安排|检查|督导|例会|周期|时间节点/, en: /timeline|calendar|cadence|check-in|deadline|weekly|monthly review|tracking/i },
  review: { "zh-CN": /上期|上月|上季度|上年|完成情况|执行情况|工作总结/, en: /previous period|last (?:month|quarter|year|period)|recap|results so far|performance to date/i }
};
var sixParts = {
  id: "six-parts",
  messages: messages11,
  severity: "warning",
  description: { "zh-CN": "\u8BA1\u5212\u5177\u5907\u5E02\u573A\u5206\u6790\u3001\u9500\u552E\u65B9\u5F0F\u3001\u5BA2\u6237\u7BA1\u7406\u3001\u9500\u91CF\u4EFB\u52A1\u3001\u8003\u6838\u65F6\u95F4\u3001\u603B\u7ED3\u516D\u90E8\u5206", en: "The plan has the six parts every sales plan needs" },
  docs: {
    "zh-CN": "\u516D\u90E8\u5206\u6765\u81EA\u9500\u552E\u8BA1\u5212\u5199\u4F5C\u7684\u901A\u884C\u8981\u6C42\uFF1A\u5E02\u573A\u5206\u6790\u3001\u9500\u552E\u65B9\u5F0F\u3001\u5BA2\u6237\u7BA1\u7406\u3001\u9500\u91CF\u4EFB\u52A1\u3001\u8003\u6838\u65F6\u95F4\u3001\u603B\u7ED3\u3002\u6BCF\u4E00\u90E8\u5206\u5E94\u6709\u4E00\u4E2A\u6807\u9898\uFF08\u4EFB\u610F\u5C42\u7EA7\uFF09\u4F53\u73B0\u3002",
    en: "The six parts any sales plan needs: market analysis, how we sell, customer management, targets, review dates, and a review of last period. Each should show in a heading, at any level."
  },
  check(ctx) {
    if (ctx.confident && ctx.style.kind === "review") return;
    const headings = [ctx.plan.title?.title ?? "", ...allSections(ctx.plan.sections).map((s) => s.heading.title)].map(toSimplified).join("\n");
    for (const part of SIX_PARTS) {
      const more = MORE_WORDS[part.id];
      if (part.words["zh-CN"].test(headings) || part.words.en.test(headings) || more?.["zh-CN"].test(headings) || more?.en.test(headings)) continue;
      ctx.report({ line: ctx.plan.title?.line ?? ctx.plan.startLine, message: messages11.missingPart, params: { part: part.name[ctx.lang], hint: part.hint[ctx.lang] } });
    }
  }
};

// src/lint/rules/target-without-number.ts
var TARGET_TITLE = /目标|任务|指标|target|goal|objective/i;
var messages12 = {
  targetWithoutNumber: {
    "zh-CN": "\u76EE\u6807\u7AE0\u8282\u201C{section}\u201D\u4E2D\u6CA1\u6709\u4EFB\u4F55\u6570\u5B57\uFF1A\u76EE\u6807\u9700\u8981\u91CF\u5316\uFF08\u91D1\u989D\u3001\u6570\u91CF\u6216\u767E\u5206\u6BD4\uFF09\u3002",
    en: 'The target section "{section}" contains no number: targets need figures (amounts, counts or percentages).'
  }
};
var targetWithoutNumber = {
  id: "target-without-number",
  messages: messages12,
  severity: "error",
  description: { "zh-CN": "\u76EE\u6807\u7AE0\u8282\u6709\u91CF\u5316\u6570\u5B57", en: "The target section has figures" },
  docs: { "zh-CN": "\u76EE\u6807\u7AE0\u8282\uFF08\u98CE\u683C\u7684\u76EE\u6807\u7AE0\u8282\uFF0C\u6216\u6807\u9898\u542B\u201C\u76EE\u6807/\u4EFB\u52A1/\u6307\u6807\u201D\u7684\u9996\u4E2A\u7AE0\u8282\uFF09\u4E2D\u81F3\u5C11\u8981\u6709\u4E00\u4E2A\u6570\u5B57\uFF1B\u53EA\u6709\u201CXX\u4E07\u5143\u201D\u4E4B\u7C7B\u5360\u4F4D\u7B26\u7684\uFF0C\u4E5F\u7B97\u6CA1\u6709\u6570\u5B57\u3002", en: "The target section (the style's, or the first section whose title says target or goal) must contain at least one figure; placeholders such as XX do not count." },
  check(ctx) {
    const section = ctx.assignment.get("targets")?.section ?? ctx.plan.sections.find((s) => TARGET_TITLE.test(s.heading.title));
    if (!section) return;
    const text3 = [...allBlocks(section).map((b) => b.text), ...allSections(section.children).map((c) => stripNumbering(c.heading.title))].join("\n");
    if (!/[0-9０-９]/.test(text3)) ctx.report({ line: section.heading.line, column: section.heading.column, message: messages12.targetWithoutNumber, params: { section: section.heading.title } });
  }
};

// src/lint/rules/index.ts
var RULES = [
  requiredSections,
  sixParts,
  placeholder,
  blankFigure,
  emptySection,
  sharesOver100,
  amountsVsTotal,
  cascadeMismatch,
  targetWithoutNumber,
  riskWithoutResponse,
  dateOutsidePeriod,
  duplicateSection
];
var ids = /* @__PURE__ */ new Set();
for (const rule of RULES) {
  if (ids.has(rule.id) || !/^[a-z0-9-]+$/.test(rule.id)) throw new Error(`bad or repeated rule id ${rule.id}`);
  ids.add(rule.id);
}

// scripts/rules-doc.ts
function rulesDoc() {
  const lines2 = [
    "# Lint rules",
    "",
    "<!-- Generated by scripts/generate-docs.ts from the rules' metadata (src/lint/rules/). Do not edit. -->",
    "",
    "`salesplan lint` reads Markdown, DOCX and plain text into one outline, finds each plan's style",
    "(or takes `--style`), and runs these rules. Turn a rule off or change its severity in",
    "`.salesplanrc.yaml` (`rules: { six-parts: off }`), or for one spot of a Markdown file with",
    "`<!-- salesplan-disable-next-line rule-id -->`, `<!-- salesplan-disable rule-id -->` \u2026 `<!-- salesplan-enable -->`.",
    "",
    "A plan is checked against a built-in style's outline only when it follows one: when its",
    "sections match the style's with a confidence below the threshold (see *Corpus* below), lint says",
    "the plan follows no built-in style and checks what every plan needs \u2014 the six parts, quantified",
    "targets, placeholders and blank figures, figures that add up, risks with responses \u2014 unless",
    "`--style` (or `style:` in the config) asks for an outline. The kind (monthly, quarterly, annual,",
    "review) comes from the title and period words first (12\u6708, \u6708\u5EA6, Q1, \u7B2C\u4E00\u5B63\u5EA6, \u5E74\u5EA6, January \u2026).",
    "Messages are in the language of `--lang`, else of `LANG` when it names one, else of the document.",
    "",
    "| rule | default | checks |",
    "|---|---|---|",
    ...RULES.map((r) => `| [\`${r.id}\`](#${r.id}) | ${r.severity} | ${r.description.en} |`),
    ""
  ];
  for (const r of RULES) lines2.push(`## ${r.id}`, "", `*${r.severity}* \u2014 ${r.description["zh-CN"]}`, "", r.docs["zh-CN"], "", r.docs.en, "");
  lines2.push("## Configuration", "", "```yaml", "# .salesplanrc.yaml \u2014 found upward from each linted file, or given with --config", "rules:", "  six-parts: off          # off | warning | error", "  empty-section: error", "placeholders:             # besides the built-in ones", "  - \u5F85\u8865\u5145", "  - /\\?\\?\\?/            # a regular expression between slashes", "synonyms:                 # more titles for a section id (or style.section id)", "  market: [\u884C\u60C5\u7814\u5224]", "  target.budget: [\u8D39\u7528\u8BA1\u5212]", "style: target             # check as this style instead of detecting it", "```", "");
  lines2.push("Built-in placeholder patterns:", "", ...DEFAULT_PLACEHOLDERS.map((p) => `- \`${p.source}\``), "");
  lines2.push(...corpusSection());
  return lines2.join("\n");
}
function corpusSection() {
  const dir = join2(packageRoot(), "tests", "fixtures", "lint-corpus");
  const scores = JSON.parse(readFileSync2(join2(dir, "scores.json"), "utf8"));
  const thresholds = JSON.parse(readFileSync2(join2(dir, "thresholds.json"), "utf8")).rules;
  const f = (n) => n.toFixed(2);
  const { confidence } = scores;
  return [
    "## Corpus",
    "",
    `The rules are measured on ${scores.plans} plans written in the shape of plans people publish (tests/fixtures/lint-corpus/):`,
    "company formats, blank templates and forms, individual reps' plans, plans with deliberate mistakes and",
    "complete plans, in Chinese and English, as Markdown, plain text (UTF-8, GBK, UTF-16) and DOCX. Each",
    "expected finding is marked in the plan (`<!-- expect: rule-id -->`); `tests/lint/corpus.test.ts` lints",
    "every plan, prints this table and fails when a rule falls below its thresholds (thresholds.json).",
    "The rules were tuned while the corpus was written, so the figures show what the rules are held to,",
    "not an estimate of how they do on plans they have never seen; add plans to the corpus as they come.",
    "",
    `Style confidence threshold: **${f(confidence.threshold)}** \u2014 the lowest score of a plan written to a style is ${f(confidence.lowestWithStyle)},`,
    `the highest of a plan in another format ${f(confidence.highestWithout)}.`,
    "",
    "| rule | expected | found | correct | precision | recall | min precision | min recall |",
    "|---|---:|---:|---:|---:|---:|---:|---:|",
    ...scores.rules.map((r) => `| \`${r.rule}\` | ${r.expected} | ${r.found} | ${r.truePositives} | ${f(r.precision)} | ${f(r.recall)} | ${f(thresholds[r.rule]?.precision ?? 0)} | ${f(thresholds[r.rule]?.recall ?? 0)} |`),
    ""
  ];
}

// src/writers/index.ts
init_localized();
var WRITERS = {
  md: { extension: "md", binary: false, name: { "zh-CN": "Markdown", en: "Markdown" }, load: () => Promise.resolve().then(() => (init_markdown3(), markdown_exports3)) },
  docx: { extension: "docx", binary: true, name: { "zh-CN": "Word \u6587\u6863\uFF08DOCX\uFF09", en: "Word document (DOCX)" }, load: () => Promise.resolve().then(() => (init_docx3(), docx_exports2)) },
  pdf: { extension: "pdf", binary: true, name: { "zh-CN": "PDF\uFF08\u7531 LibreOffice \u4ECE DOCX \u8F6C\u6362\uFF09", en: "PDF (the DOCX converted by LibreOffice)" }, load: () => Promise.resolve().then(() => (init_pdf(), pdf_exports)) },
  xlsx: { extension: "xlsx", binary: true, name: { "zh-CN": "Excel \u5DE5\u4F5C\u7C3F\uFF08xlsx\uFF09\uFF0C\u5408\u8BA1\u4E0E\u5360\u6BD4\u4E3A\u516C\u5F0F", en: "Excel workbook (xlsx), totals and shares as formulas" }, load: () => Promise.resolve().then(() => (init_xlsx(), xlsx_exports)) }
};

// src/report/formatters/index.ts
var FORMATTERS = {
  stylish: { stream: "stderr", load: async () => (await Promise.resolve().then(() => (init_stylish(), stylish_exports))).formatStylish },
  json: { stream: "stdout", load: async () => (await Promise.resolve().then(() => (init_json(), json_exports))).formatJson },
  sarif: { stream: "stdout", load: async () => (await Promise.resolve().then(() => (init_sarif(), sarif_exports))).formatSarif },
  github: { stream: "stdout", load: async () => (await Promise.resolve().then(() => (init_github(), github_exports))).formatGithub }
};

// scripts/generate-docs.ts
var root = `${packageRoot()}/`;
var schema = planJsonSchema();
function typeOf(node) {
  if (!node) return "";
  if (node.enum) return node.enum.map((v) => `\`${v}\``).join(" \\| ");
  if (node.const !== void 0) return `\`${node.const}\``;
  if (node.anyOf) return node.anyOf.map(typeOf).join(" or ");
  if (node.type === "array") return `list of ${node.items?.type === "object" ? "entries" : typeOf(node.items)}`;
  if (node.type === "object" && typeof node.additionalProperties === "object" && !node.properties) return "map of id \u2192 entry";
  return node.type ?? "";
}
function constraints(node) {
  const out = [];
  if (node.minimum !== void 0 && node.minimum > -1e15) out.push(`\u2265 ${node.minimum}`);
  if (node.maximum !== void 0 && node.maximum < 1e15) out.push(`\u2264 ${node.maximum}`);
  if (node.pattern) out.push(`pattern \`${node.pattern}\``);
  if (node.default !== void 0 && !(typeof node.default === "object")) out.push(`default \`${node.default}\``);
  return out.join(", ");
}
function describeObject(node, path, lines2) {
  const rows = [];
  const nested = [];
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    const full = path ? `${path}.${key}` : key;
    const req = (node.required ?? []).includes(key) && child.default === void 0 ? "**yes**" : "";
    rows.push(`| \`${full}\` | ${typeOf(child)} | ${req} | ${constraints(child)} | ${(child.description ?? "").replace(/\|/g, "\\|")} |`);
    const inner = child.type === "array" ? child.items : child;
    if (inner?.type === "object" && inner.properties) nested.push([full + (child.type === "array" ? "[]" : ""), inner]);
    if (inner?.type === "object" && typeof inner.additionalProperties === "object" && inner.additionalProperties.properties) nested.push([`${full}.<id>`, inner.additionalProperties]);
  }
  lines2.push("| key | type | required | limits | description |", "|---|---|---|---|---|", ...rows, "");
  for (const [name, child] of nested) {
    lines2.push(`### \`${name}\``, "");
    if (child.description) lines2.push(child.description, "");
    describeObject(child, name, lines2);
  }
}
function planFormat() {
  const lines2 = [
    "# Plan format reference",
    "",
    "<!-- Generated by scripts/generate-docs.js from the zod schema (src/plan/schema.ts). Do not edit. -->",
    "",
    "A plan is a YAML file. Keys are English; values may be in any language. Amounts are numbers in",
    "the plan's `unit` (write `500` and `unit: \u4E07\u5143`, not `500\u4E07\u5143`); percentages are numbers (`40`",
    "means 40%). Editors that understand JSON Schema complete and check plans that start with",
    "`# yaml-language-server: $schema=<path to salesplan>/schema/plan.schema.json`.",
    "",
    "## Top level",
    ""
  ];
  describeObject(schema, "", lines2);
  lines2.push("## Metric ids", "", "Use these in `targets.metrics[].id`: the name and unit are filled in for you.", "", "| id | \u4E2D\u6587 | English | unit | better |", "|---|---|---|---|---|");
  for (const [id, m] of Object.entries(METRICS)) lines2.push(`| \`${id}\` | ${m.zh} | ${m.en} | ${m.unit} | ${m.better} |`);
  lines2.push("");
  return lines2.join("\n");
}
function stylesDoc() {
  const lines2 = [
    "# Styles and kinds",
    "",
    "<!-- Generated by scripts/generate-docs.js from the style declarations (src/styles/). Do not edit. -->",
    "",
    "`salesplan styles` prints the same outlines. Section ids are used in a plan's `sections:` overrides,",
    "in template names (`templates/<lang>/<style>/<section>.hbs`) and in lint messages.",
    ""
  ];
  for (const style of STYLES) {
    lines2.push(`## \`${style.id}\` \u2014 ${style.name["zh-CN"]} / ${style.name.en}`, "", `${style.description["zh-CN"]}`, "", `*${style.description.en}*`, "");
    lines2.push("| # | id | \u6807\u9898 | Title | covers | tables |", "|---|---|---|---|---|---|");
    style.sections.forEach((s, i) => {
      const extra = s.required === false ? " (added by salesplan; not required by lint)" : "";
      lines2.push(`| ${i + 1} | \`${s.id}\` | ${s.title["zh-CN"]} | ${s.title.en}${extra} | ${s.summary.en} | ${(s.tables ?? []).join(", ")} |`);
    });
    const needs = [];
    for (const s of style.sections) for (const r of s.requires ?? []) needs.push("metric" in r ? `\`targets.metrics\` with \`id: ${r.metric}\`` : `\`${describeRequirement(r, "en").key}\``);
    lines2.push("", `Required data: ${needs.length ? [...new Set(needs)].join(", ") : "none"}.`, "");
    lines2.push("Titles lint accepts for each section (besides its own):", "");
    for (const s of style.sections) lines2.push(`- \`${s.id}\`: ${[...s.synonyms["zh-CN"], ...s.synonyms.en].join("\u3001")}`);
    lines2.push("");
  }
  return lines2.join("\n");
}
function formatsDoc() {
  return [
    "# Output formats",
    "",
    "<!-- Generated from src/writers/index.ts and src/report/formatters/index.ts by `npm run docs`. -->",
    "",
    "## Documents (`generate -f`, `review -f`, `new --generate`)",
    "",
    "| format | file | binary | what |",
    "|---|---|---|---|",
    ...Object.entries(WRITERS).map(([id, w]) => `| \`${id}\` | \`.${w.extension}\` | ${w.binary ? "yes" : "no"} | ${w.name.en} \xB7 ${w.name["zh-CN"]} |`),
    "",
    "## Problem reports (`validate --format`, `lint --format`, `generate`/`review`/`tiers --report`)",
    "",
    "| format | written to |",
    "|---|---|",
    ...Object.entries(FORMATTERS).map(([id, f]) => `| \`${id}\` | ${f.stream === "stdout" ? "standard output" : "standard error"} |`),
    ""
  ].join("\n");
}
var files2 = {
  "docs/formats.md": formatsDoc(),
  "docs/rules.md": rulesDoc(),
  "schema/plan.schema.json": `${JSON.stringify(schema, null, 2)}
`,
  "docs/plan-format.md": planFormat(),
  "docs/styles.md": stylesDoc()
};
var check2 = process.argv.includes("--check");
var stale = [];
for (const [rel, content] of Object.entries(files2)) {
  const path = `${root}${rel}`;
  if (check2) {
    let current = "";
    try {
      current = readFileSync4(path, "utf8");
    } catch {
    }
    if (current !== content) stale.push(rel);
  } else {
    mkdirSync3(dirname4(path), { recursive: true });
    writeFileSync3(path, content);
  }
}
if (stale.length) {
  console.error(`Stale generated files: ${stale.join(", ")}. Run npm run docs and commit.`);
  process.exit(1);
}
