import type { Dataset, DatedEvent, Place } from '../../src/domain/dataset';
import type { EpochMs } from '../../src/domain/time';

const at = (iso: string) => Date.parse(iso) as EpochMs;

const places: Place[] = [
  {
    id: 'almaty',
    kind: 'city',
    name: { en: 'Almaty', de: 'Almaty', ru: 'Алматы' },
    lon: 76.93,
    lat: 43.26,
    region: 'KZ-AC',
  },
  {
    id: 'almaty_airport',
    kind: 'airport',
    name: { en: 'Almaty Airport', de: 'Flughafen Almaty', ru: 'Аэропорт' },
    lon: 77.04,
    lat: 43.35,
    region: 'KZ-AC',
    city: 'almaty',
  },
  {
    id: 'zhanaozen',
    kind: 'city',
    name: { en: 'Zhanaozen', de: 'Schangaösen', ru: 'Жанаозен' },
    lon: 52.86,
    lat: 43.34,
    region: 'KZ-MG',
  },
  {
    id: 'kz_national',
    kind: 'country',
    name: { en: 'Kazakhstan', de: 'Kasachstan', ru: 'Казахстан' },
    region: 'KZ',
  },
];

function event(
  id: string,
  start: string,
  place: string,
  en: string,
  extra: Partial<DatedEvent> = {},
): DatedEvent {
  return {
    id,
    start: at(start),
    precision: 'exact',
    offsetMinutes: start.endsWith('+05:00') ? 300 : 360,
    place,
    category: 'protest',
    summary: { en, de: `DE: ${en}` },
    claimedBy: 'Test claimant',
    claimantKind: 'independent_media',
    verification: 'independent',
    sources: ['src-a'],
    ...extra,
  };
}

/** A small dataset for component tests: two cities, a site and a nationwide event. */
export const testDataset: Dataset = {
  places,
  events: [
    event('ev-zh-1', '2022-01-02T09:00+05:00', 'zhanaozen', 'Road blocked in Zhanaozen', {
      precision: 'morning',
      start: at('2022-01-02T06:00+05:00'),
    }),
    event('ev-al-1', '2022-01-04T20:00+06:00', 'almaty', 'Crowd gathers in Almaty'),
    event('ev-nat-1', '2022-01-05T00:00+06:00', 'kz_national', 'Nationwide state of emergency', {
      precision: 'day',
      category: 'government',
    }),
    event('ev-al-2', '2022-01-05T22:52+06:00', 'almaty_airport', 'Airport seized', {
      category: 'violence',
      verification: 'contested',
      claimantKind: 'state_media',
      claimedBy: 'Interfax',
      sources: ['src-a', 'src-b'],
    }),
  ],
  sources: [
    {
      id: 'src-a',
      publisher: 'Agency A',
      title: 'Report A',
      date: '2022-01-05',
      language: 'en',
      url: 'https://example.org/a',
    },
    {
      id: 'src-b',
      publisher: 'Interfax',
      title: 'Report B',
      date: '2022-01-06',
      language: 'ru',
      url: 'https://example.org/b',
      via: 'reprint.example',
    },
  ],
  claims: [],
  status: [],
  deployments: [],
  deploymentSites: [],
  corrections: [],
};
