// The files a command is given: files, folders (searched for files of the command's kinds) and
// glob patterns, which the command expands itself so "plans/**/*.yaml" works the same in every
// shell, in a stable order without repeats: the same file given twice under two spellings
// (plan.yaml and ./plan.yaml, or through a link) is one input.
import { existsSync, realpathSync, statSync } from 'node:fs';
import { glob } from 'tinyglobby';

const IGNORE = ['**/node_modules/**', '**/~$*'];

export async function expandInputs(inputs: readonly string[], extensions: readonly string[]): Promise<string[]> {
  const pattern = extensions.length === 1 ? `**/*.${extensions[0]}` : `**/*.{${extensions.join(',')}}`;
  const files: string[] = [];
  for (const input of inputs) {
    if (existsSync(input)) {
      if (statSync(input).isDirectory()) {
        const found = await glob(pattern, { cwd: input, absolute: false, ignore: IGNORE });
        for (const f of found.sort()) files.push(`${input.replace(/[/\\]$/, '')}/${f}`);
      } else files.push(input);
    } else if (/[*?[\]{}]/.test(input)) {
      for (const f of (await glob(input, { ignore: IGNORE })).sort()) files.push(f);
    } else {
      files.push(input); // reported as missing by the command
    }
  }
  const seen = new Set<string>();
  return files.filter((file) => {
    const key = identity(file);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function identity(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
}
