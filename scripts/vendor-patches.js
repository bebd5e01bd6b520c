// Build-time edits of bundled libraries, each an exact text replacement that does what the
// original does, only cheaper (issue 19). A library whose code no longer reads as expected stops
// the build, so an update is looked at again rather than silently left unpatched.
import { readFileSync } from 'node:fs';

/** One edit: the file it applies to, the text it replaces and the text put in its place. */
const PATCHES = [
  {
    // ECharts (zrender) draws on the server without a window, and its animation loop falls back to
    // a 16 ms timer; after a chart is drawn one such timer is still pending, and would keep the
    // process (or a batch's exit) waiting for a frame nobody draws. Unreferenced, it never holds
    // the process; it still runs if the process is alive anyway (the loop is stopped: it does nothing).
    file: /[\\/]zrender[\\/]lib[\\/]animation[\\/]requestAnimationFrame\.js$/,
    why: 'the frame timer of server-side rendering, unreferenced',
    from: '    return setTimeout(func, 16);\n',
    to: '    var timer = setTimeout(func, 16);\n    if (timer && timer.unref) timer.unref();\n    return timer;\n',
  },
  {
    // The docx library's class fields go through a transpiler helper that converts every key with
    // Symbol.toPrimitive checks; a field name is always a string already, which keeps its meaning.
    file: /[\\/]docx[\\/]dist[\\/](index|charts)\.cjs$/,
    why: 'class fields of the docx library: string keys without the conversion helper',
    from: 'function _defineProperty(e, r, t) {\n\treturn (r = toPropertyKey(r)) in e',
    to: 'function _defineProperty(e, r, t) {\n\treturn (r = typeof r === "string" ? r : toPropertyKey(r)) in e',
  },
  {
    // Every element's XML: the same children in the same order, gathered in one loop instead of
    // flatMap and filter (flatMap flattens one level of arrays, which the loop does too).
    file: /[\\/]docx[\\/]dist[\\/]index\.cjs$/,
    why: "the docx library's element serialisation, in one loop",
    from: `		const children = this.root.flatMap((comp) => {
			if (isXmlComponent(comp)) {
				const parts = comp.writtenAs;
				return parts ? parts.map((part) => part.prepForXml(context)) : comp.prepForXml(context);
			}
			return comp;
		}).filter((comp) => comp !== void 0);
`,
    to: `		const children = [];
		for (const comp of this.root) {
			let out = comp;
			if (isXmlComponent(comp)) {
				const parts = comp.writtenAs;
				out = parts ? parts.map((part) => part.prepForXml(context)) : comp.prepForXml(context);
			}
			if (Array.isArray(out)) {
				for (const one of out) if (one !== void 0) children.push(one);
			} else if (out !== void 0) children.push(out);
		}
`,
  },
  {
    // Attributes in a fixed order: each one added to one object, instead of a new copy of the
    // object so far for every attribute (the same keys, values and order).
    file: /[\\/]docx[\\/]dist[\\/]index\.cjs$/,
    why: "the docx library's attribute lists, without a copy per attribute",
    from: '		return { _attr: Object.values(this.root).filter(({ value }) => value !== void 0).reduce((acc, { key, value }) => _objectSpread2(_objectSpread2({}, acc), {}, { [key]: value }), {}) };\n',
    to: '		const attrs = {};\n		for (const { key, value } of Object.values(this.root)) if (value !== void 0) attrs[key] = value;\n		return { _attr: attrs };\n',
  },
];

/**
 * The esbuild plugin (`plugin`) that applies the edits to the files they name, and `missing()`:
 * the edits no bundle took, which should be none once every vendor bundle is built.
 */
export function vendorPatches() {
  const applied = new Set();
  const plugin = {
    name: 'vendor-patches',
    setup(b) {
      b.onLoad({ filter: /[\\/](zrender|docx)[\\/]/ }, (args) => {
        const own = PATCHES.filter((p) => p.file.test(args.path));
        if (!own.length) return undefined;
        let source = readFileSync(args.path, 'utf8');
        for (const patch of own) {
          if (!source.includes(patch.from)) throw new Error(`${args.path} no longer reads as scripts/vendor-patches.js expects (${patch.why}): update the patch`);
          source = source.replace(patch.from, patch.to);
          applied.add(patch);
        }
        return { contents: source, loader: 'js' };
      });
    },
  };
  return { plugin, missing: () => PATCHES.filter((p) => !applied.has(p)).map((p) => p.why) };
}
