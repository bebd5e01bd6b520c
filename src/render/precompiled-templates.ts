// Built-in templates compiled ahead of time. In the published bundle, scripts/build.js replaces
// this module with every template under templates/ precompiled by Handlebars, so a run never
// compiles a built-in template. In development and tests it is empty and templates compile
// from their files.
const precompiled: Record<string, unknown> = {};
export default precompiled;
