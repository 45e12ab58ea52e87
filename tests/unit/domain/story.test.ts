import { describe, expect, it } from 'vitest';
import { createStoryIndex } from '../../../src/domain/story';
import { troopSchedule } from '../../../src/domain/troops';
import { at, dataset, place } from '../helpers';
import { contingent, interval } from '../story-helpers';

const places = [
  place({ id: 'chkalovsky', kind: 'airfield', lon: 38.06, lat: 55.88, region: 'RU' }),
  place({ id: 'almaty_airport', kind: 'airport', lon: 77.04, lat: 43.35, region: 'KZ-AC' }),
  place({ id: 'nur_sultan_airport', kind: 'airport', lon: 71.47, lat: 51.02, region: 'KZ-AS' }),
];

const drawable = contingent({
  id: 'russia',
  departureAirfield: 'chkalovsky',
  arrivalAirfield: 'almaty_airport',
  departure: at('2022-01-06T00:00+06:00'),
  arrival: at('2022-01-06T00:00+06:00'),
});

describe('createStoryIndex', () => {
  it('lists the subjects of site-control intervals as sites, each once, sorted', () => {
    const story = createStoryIndex(
      dataset({
        places,
        status: [
          interval({ id: 'a', subject: 'nur_sultan_airport' }),
          interval({ id: 'b', subject: 'almaty_airport' }),
          interval({ id: 'c', subject: 'almaty_airport', from: at('2022-01-06T00:00+06:00') }),
        ],
      }),
    );
    expect(story.sites).toEqual(['almaty_airport', 'nur_sultan_airport']);
  });

  it('does not list subjects of other layers as sites', () => {
    const story = createStoryIndex(
      dataset({
        status: [
          interval({ id: 'net', layer: 'internet', subject: 'KZ', status: 'blackout' }),
          interval({ id: 'em', layer: 'emergency', subject: 'KZ-AC', status: 'in_force' }),
        ],
      }),
    );
    expect(story.sites).toEqual([]);
  });

  it('has no sites and no troops for an empty dataset', () => {
    expect(createStoryIndex(dataset())).toEqual({ sites: [], troops: [] });
  });

  it('includes a contingent with a drawable route, with its schedule and route', () => {
    const [troop, ...rest] = createStoryIndex(dataset({ places, deployments: [drawable] })).troops;
    expect(rest).toEqual([]);
    expect(troop?.contingent).toBe(drawable);
    expect(troop?.schedule).toEqual(troopSchedule(drawable));
    expect(troop?.route.from).toEqual([38.06, 55.88]);
    expect(troop?.route.to).toEqual([77.04, 43.35]);
  });

  it('leaves out a contingent without an arrival airfield (such as the CSTO total)', () => {
    const total = contingent({ id: 'csto_total', country: 'CSTO' });
    expect(
      createStoryIndex(dataset({ places, deployments: [total, drawable] })).troops.map(
        (t) => t.contingent.id,
      ),
    ).toEqual(['russia']);
  });

  it('leaves out a contingent whose airfield is not a known place', () => {
    const lost = contingent({
      id: 'lost',
      departureAirfield: 'nowhere',
      arrivalAirfield: 'almaty_airport',
    });
    expect(createStoryIndex(dataset({ places, deployments: [lost] })).troops).toEqual([]);
  });

  it('includes a drawable contingent even without known dates', () => {
    const undated = contingent({
      id: 'undated',
      departureAirfield: 'chkalovsky',
      arrivalAirfield: 'nur_sultan_airport',
    });
    const [troop] = createStoryIndex(dataset({ places, deployments: [undated] })).troops;
    expect(troop?.contingent.id).toBe('undated');
    expect(troop?.schedule).toEqual({});
  });

  it('keeps the dataset order of the contingents', () => {
    const second = contingent({
      id: 'belarus',
      country: 'BY',
      departureAirfield: 'chkalovsky',
      arrivalAirfield: 'nur_sultan_airport',
    });
    expect(
      createStoryIndex(dataset({ places, deployments: [second, drawable] })).troops.map(
        (t) => t.contingent.id,
      ),
    ).toEqual(['belarus', 'russia']);
  });
});
