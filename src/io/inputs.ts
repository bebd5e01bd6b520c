// The files a command is given: files, folders (searched for files of the command's kinds) and
// glob patterns, which the command expands itself so "plans/**/*.yaml" works the same in every
// shell, in a stable order without repeats.
import { existsSync, statSync } from 'node:fs';
import { glob } from 'tinyglobby';

const IGNORE = ['**/node_modules/**', '**/~$*'];

export async function expandInputs(inputs: readonly string[], extensions: readonly string[]): Promise<string[]> {
  const pattern = extensions.length === 1 ? `**/*.${extensions[0]}` : `**/*.{${extensions.join(',')}}`;
  const files: string[] = [];
  for (const input of inputs) {
    if (existsSync(input)) {
      if (statSync(input).isDirectory()) {
        const found = await glob(pattern, { cwd: input, absolute: false, ignore: IGNORE });
        files.push(...found.map((f) => `${input.replace(/[/\\]$/, '')}/${f}`).sort());
      } else files.push(input);
    } else if (/[*?[\]{}]/.test(input)) {
      files.push(...(await glob(input, { ignore: IGNORE })).sort());
    } else {
      files.push(input); // reported as missing by the command
    }
  }
  return [...new Set(files)];
}
