// The architecture rules of src/, checked in CI by `npm run lint:deps` (dependency-cruiser). Each
// rule says why it exists; a violation is an error, so the layout cannot drift unnoticed.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment:
        'A cycle means two modules cannot be understood, tested or loaded lazily apart: each ' +
        'command is imported only when it runs, and a cycle would drag its neighbours in with it.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'document-and-render-do-not-compute',
      severity: 'error',
      comment:
        'Every figure a document shows is computed in src/plan/ (issue 10): the document stage and ' +
        'the writers only format and lay out. Reaching for decimal arithmetic there is how a second, ' +
        'disagreeing copy of a figure starts. The decimal module is src/plan/money.ts until it moves ' +
        'to src/core/decimal.ts; both are named so the rule holds before and after the move.',
      from: { path: '^src/(document|render)/' },
      to: { path: ['(^|/)node_modules/decimal\\.js/', '^src/plan/money\\.ts$', '^src/core/decimal\\.ts$'] },
    },
    {
      name: 'lint-does-not-render',
      severity: 'error',
      comment:
        'lint reads documents written by anyone; it must not depend on how salesplan writes them, ' +
        'or a change to our own output would silently change what lint accepts in others\'.',
      from: { path: '^src/lint/' },
      to: { path: '^src/render/' },
    },
    {
      name: 'streams-only-from-the-edge',
      severity: 'error',
      comment:
        'Standard output, standard error and the exit code belong to the CLI, the commands and the ' +
        'problem reports. Deeper modules return values or throw UserError, so they stay usable as a ' +
        'library and in tests, and a pipe never gets stray text. (Direct process.stdout/exit calls ' +
        'are checked by tests/unit/streams.test.ts, since this tool sees imports, not calls.)',
      from: { path: '^src/', pathNot: ['^src/cli\\.ts$', '^src/commands/', '^src/report/'] },
      to: { path: ['^src/report/streams\\.ts$', '^src/report/problems\\.ts$'] },
    },
    {
      name: 'no-importing-commands',
      severity: 'error',
      comment:
        'A command is an entry point loaded on demand by src/cli.ts; anything below it that imports ' +
        'a command inverts the layers (and loads that command\'s code into every other one).',
      from: { path: '^src/', pathNot: ['^src/cli\\.ts$', '^src/commands/'] },
      to: { path: '^src/commands/' },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment:
        'An import that resolves to nothing fails at run time in the bundle. mdast is the exception: ' +
        'a package of types only (@types/mdast), imported with `import type`, which TypeScript erases.',
      from: {},
      to: { couldNotResolve: true, pathNot: '^mdast$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports count too: a cycle through types is still two modules that cannot be apart.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.js', '.json'] },
    // The .js in TypeScript's ESM imports names the .ts source.
    moduleSystems: ['es6', 'cjs'],
  },
};
