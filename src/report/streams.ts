// The only writers of standard output and standard error besides src/cli.ts (a dependency rule
// and tests/unit/streams.test.ts keep it so): what a command prints goes through here.

/** Writes to stdout and resolves when flushed, so a pipe gets everything before exit. */
export function writeStdout(text: string | Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => {
    process.stdout.write(text, (error) => (error ? reject(error) : resolve()));
  });
}

export function writeStderr(text: string): void {
  if (text) process.stderr.write(text.endsWith('\n') ? text : `${text}\n`);
}
