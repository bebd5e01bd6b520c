// A problem found in a plan file: what, where (file, line, column, path), and how bad.

export type Severity = 'error' | 'warning';
export type PathSegment = string | number;

export interface Diagnostic {
  severity: Severity;
  /** Stable identifier for scripts, e.g. `unknown-key`, `products-exceed-total`. */
  code: string;
  message: string;
  file: string;
  /** Dotted path into the plan, e.g. products[2].share. */
  path?: PathSegment[];
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
}

export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out ? `.${segment}` : segment;
  }
  return out;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}
