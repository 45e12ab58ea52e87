import { describe, expect, it } from 'vitest';
import { claimantIn, compareEvents } from '../../../src/domain/editorial';
import { createTimeIndex, latestEventsUpTo } from '../../../src/domain/time-index';
import { at, event } from '../helpers';

describe('events that follow another', () => {
  // The fire's id sorts before the storming's; it must still come after it.
  const storming = event({ id: 'ev-b-stormed', start: at('2022-01-05T06:00+06:00') });
  const fire = event({
    id: 'ev-a-fire',
    start: at('2022-01-05T06:00+06:00'),
    follows: 'ev-b-stormed',
  });

  it('come after the event they follow at the same start, whatever their ids', () => {
    expect([fire, storming].sort(compareEvents).map((e) => e.id)).toEqual([
      'ev-b-stormed',
      'ev-a-fire',
    ]);
    expect(createTimeIndex([fire, storming]).events.map((e) => e.id)).toEqual([
      'ev-b-stormed',
      'ev-a-fire',
    ]);
  });

  it('are listed above it in a newest-first list', () => {
    const index = createTimeIndex([storming, fire]);
    const shown = latestEventsUpTo(index, at('2022-01-05T07:00+06:00'), () => true).events;
    expect(shown.map((e) => e.id)).toEqual(['ev-a-fire', 'ev-b-stormed']);
  });

  it('without follows, ties are broken by id as before', () => {
    const other = event({ id: 'ev-a-other', start: at('2022-01-05T06:00+06:00') });
    expect([storming, other].sort(compareEvents).map((e) => e.id)).toEqual([
      'ev-a-other',
      'ev-b-stormed',
    ]);
  });
});

describe('claimantIn', () => {
  it('gives the German line on the German page and the English one otherwise', () => {
    const x = { claimedBy: 'Interior Ministry', claimedByDe: 'Innenministerium' };
    expect(claimantIn(x, 'de')).toBe('Innenministerium');
    expect(claimantIn(x, 'en')).toBe('Interior Ministry');
    expect(claimantIn({ claimedBy: 'TASS' }, 'de')).toBe('TASS');
  });
});
