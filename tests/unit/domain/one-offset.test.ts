// Issue 9: the Almaty offset lives in src/domain/time.ts only. Written by hand elsewhere
// (360, +06:00, 6 hours in ms, UTC+6) it drifted before; this test finds it anywhere in src/.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const HAND_WRITTEN_OFFSET: [string, RegExp][] = [
  ['+06:00', /\+06:00/],
  ['UTC+6', /UTC\+6\b/],
  ['6 h in ms', /\b21_?600_?000\b|\b6\s*\*\s*(3_?600_?000|60\s*\*\s*60)/],
  ['360 as an argument', /[(,]\s*360\s*[,)]/],
];

/** Returns the offending lines of one file's text as `line: text`. */
export function handWrittenOffsets(text: string): string[] {
  return text
    .split('\n')
    .flatMap((line, i) =>
      HAND_WRITTEN_OFFSET.some(([, re]) => re.test(line)) ? [`${i + 1}: ${line.trim()}`] : [],
    );
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory()
      ? sourceFiles(join(dir, d.name))
      : /\.tsx?$/.test(d.name)
        ? [join(dir, d.name)]
        : [],
  );
}

describe('the Almaty offset', () => {
  it('is written only in src/domain/time.ts', () => {
    const found = sourceFiles('src')
      .filter((f) => relative('src', f) !== join('domain', 'time.ts'))
      .flatMap((f) => handWrittenOffsets(readFileSync(f, 'utf8')).map((l) => `${f}:${l}`));
    expect(found).toEqual([]);
  });

  it('is found when written by hand', () => {
    expect(
      handWrittenOffsets('formatTimeWithPrecision(c.asOf, c.precision, 360, lang)'),
    ).toHaveLength(1);
    expect(handWrittenOffsets("const label = 'until 2022-01-20T00:00+06:00';")).toHaveLength(1);
    expect(handWrittenOffsets('const shift = 6 * 3_600_000;')).toHaveLength(1);
    expect(handWrittenOffsets("almatyTime: 'Almaty time (UTC+6)',")).toHaveLength(1);
    expect(handWrittenOffsets('const lon = (x / WORLD_SIZE) * 360 - 180;')).toEqual([]);
  });
});
