import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblem, validateDataset, type ValidationResult } from '../src/domain/validate';

/** Reads every CSV file of a data folder (file name → text). Never writes. */
export function readDataDir(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    if (name.endsWith('.csv')) files[name] = readFileSync(join(dir, name), 'utf8');
  }
  return files;
}

/** Validates a data folder; problems are reported with the folder in the file path. */
export function checkDataDir(dir: string): ValidationResult & { messages: string[] } {
  const result = validateDataset(readDataDir(dir));
  const messages = result.problems.map((p) => formatProblem({ ...p, file: join(dir, p.file) }));
  return { ...result, messages };
}
