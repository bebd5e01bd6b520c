// What a formatter gets: every file's result, or why a file could not be read.
import type { LintResult } from '../engine.js';

export interface FileOutcome {
  file: string;
  result?: LintResult;
  /** The message of an unreadable file (exit 2). */
  failure?: string;
}
