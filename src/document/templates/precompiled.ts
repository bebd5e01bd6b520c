// Built-in templates compiled ahead of time. In the published build, scripts/build.js replaces
// this module with a loader of dist/templates/<lang>/<style>.cjs — each style's templates
// precompiled by Handlebars — so a run loads and compiles only its own style's templates, never
// the others'. In development and tests there are none and templates compile from their files.

/** The precompiled specification of a built-in template ("zh-CN/target/intro"), if there is one. */
export function precompiledTemplate(_name: string): unknown {
  return undefined;
}
