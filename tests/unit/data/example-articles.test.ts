// @vitest-environment jsdom
// The example host articles (public/example/story-*.html) carry the story's steps as
// `<section data-qantar-step>` blocks: their headlines and texts must be the story's own, so a
// correction in data/story.csv is not left behind in the articles.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Localized } from '../../../src/domain/dataset';
import { validateStory, type StoryRefs } from '../../../src/domain/story-steps';

// The story on its own, parsed as the app parses it. Its references to the other tables are
// checked elsewhere (real-story.test.ts), so every id is accepted here.
const anyId: ReadonlySet<string> = { has: () => true } as unknown as ReadonlySet<string>;
const refs: StoryRefs = { events: anyId, places: anyId, claims: anyId };
const { problems, steps } = validateStory(readFileSync('data/story.csv', 'utf8'), refs);

const ARTICLES: Record<keyof Localized, string> = {
  en: 'public/example/story-en.html',
  de: 'public/example/story-de.html',
};

/** The text a reader sees in an element, with line breaks and indentation collapsed. */
const shown = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('the example articles', () => {
  it('read a story without problems', () => {
    expect(problems).toEqual([]);
    expect(steps.length).toBeGreaterThan(0);
  });

  for (const [lang, file] of Object.entries(ARTICLES) as [keyof typeof ARTICLES, string][]) {
    describe(file, () => {
      const doc = new DOMParser().parseFromString(readFileSync(file, 'utf8'), 'text/html');
      const sections = [...doc.querySelectorAll('[data-qantar-step]')];

      it('has one section per step, in the story order', () => {
        expect(sections.map((s) => s.getAttribute('data-qantar-step'))).toEqual(
          steps.map((s) => s.id),
        );
        expect(sections.every((s) => s.tagName === 'SECTION')).toBe(true);
      });

      it(`carries each step's title and text in ${lang}`, () => {
        const found = sections.map((s) => ({
          id: s.getAttribute('data-qantar-step'),
          parts: [...s.children].map((c) => c.tagName),
          title: shown(s.querySelector('h2')),
          text: shown(s.querySelector('p')),
        }));
        const expected = steps.map((s) => ({
          id: s.id,
          parts: ['H2', 'P'],
          title: s.title[lang],
          text: s.text[lang],
        }));
        expect(found).toEqual(expected);
      });
    });
  }
});
