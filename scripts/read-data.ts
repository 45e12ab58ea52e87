import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblem, validateDataset, type ValidationResult } from '../src/domain/validate';

/** Reads every CSV file of a data folder as bytes (file name → bytes). Never writes. */
export function readDataBytes(dir: string): Record<string, Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  for (const name of readdirSync(dir).sort()) {
    if (name.endsWith('.csv')) files[name] = readFileSync(join(dir, name));
  }
  return files;
}

/** Reads every CSV file of a data folder as UTF-8 text (file name → text). Never writes. */
export function readDataDir(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const [name, bytes] of Object.entries(readDataBytes(dir)))
    files[name] = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  return files;
}

/**
 * Validates a data folder; problems are reported with the folder in the file path. The files
 * are checked as bytes, so a file that is not UTF-8 is refused rather than read with
 * replacement characters.
 */
export function checkDataDir(dir: string): ValidationResult & { messages: string[] } {
  const result = validateDataset(readDataBytes(dir));
  const messages = result.problems.map((p) => formatProblem({ ...p, file: join(dir, p.file) }));
  return { ...result, messages };
}
