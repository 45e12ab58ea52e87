import { describe, expect, it } from 'vitest';
import { pngCredit, pngLegend } from '../../../src/app/png-overlay';
import type { Source } from '../../../src/domain/dataset';
import { createQantarStore } from '../../../src/store/store';
import { STRINGS } from '../../../src/ui/i18n';
import { at, dataset, event, PLACES } from '../helpers';

const source = (id: string, publisher: string): Source => ({
  id,
  publisher,
  title: id,
  date: '2022-01-05',
  language: 'en',
});

function storeWith(time: string) {
  return createQantarStore(
    dataset({
      places: [PLACES.almaty],
      sources: [source('s-tass', 'TASS'), source('s-azattyq', 'Azattyq'), source('s-late', 'Late')],
      events: [
        event({ start: at('2022-01-05T10:00+06:00'), sources: ['s-tass', 's-azattyq'] }),
        event({ start: at('2022-01-05T11:00+06:00'), sources: ['s-tass'] }),
        event({ start: at('2022-01-09T11:00+06:00'), sources: ['s-late'] }),
      ],
    }),
    { time: at(time), lang: 'en' },
  );
}

describe('pngCredit', () => {
  it('names the publishers of the events shown, most cited first, and none from later', () => {
    const credit = pngCredit(storeWith('2022-01-06T00:00+06:00').getState(), STRINGS.en, 'U');
    expect(credit).toContain('Sources of the events shown: TASS, Azattyq (');
    expect(credit).not.toContain('Late');
    expect(credit).toContain('Natural Earth');
  });

  it('counts the publishers it leaves out', () => {
    const credit = pngCredit(storeWith('2022-01-10T00:00+06:00').getState(), STRINGS.de, 'U', 1);
    expect(credit).toMatch(/^Quellen der gezeigten Ereignisse: TASS und 2 weitere/);
  });
});

describe('pngLegend', () => {
  it('explains size, troops, routes, emergency and curfew, as the page legend does', () => {
    const labels = pngLegend(storeWith('2022-01-06T00:00+06:00').getState(), STRINGS.en).map(
      (i) => i.label,
    );
    for (const s of [
      STRINGS.en.legendSizeHeading,
      STRINGS.en.legendTroopChip,
      STRINGS.en.legendRoute,
      STRINGS.en.legendEmergency,
      STRINGS.en.legendCurfew,
    ])
      expect(labels).toContain(s);
  });
});
