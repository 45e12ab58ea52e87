// A small hand-made dataset for the story components: internet and emergency status, the
// Almaty airport's control timeline, troop and casualty claims, two contingents and the sites
// they guarded. Times are Almaty time (UTC+6) unless a test says otherwise.
import type { Claim, Contingent, Dataset, Place, StatusInterval } from '../../src/domain/dataset';
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
    name: { en: 'Almaty Airport', de: 'Flughafen Almaty', ru: 'Аэропорт Алматы' },
    lon: 77.04,
    lat: 43.35,
    region: 'KZ-AC',
    city: 'almaty',
  },
  {
    id: 'nur_sultan',
    kind: 'city',
    name: { en: 'Nur-Sultan', de: 'Nur-Sultan', ru: 'Нур-Султан' },
    lon: 71.45,
    lat: 51.18,
    region: 'KZ-AS',
  },
  // Known only by its city: routes and markers fall back to Nur-Sultan's coordinates.
  {
    id: 'nur_sultan_airport',
    kind: 'airport',
    name: { en: 'Nur-Sultan Airport', de: 'Flughafen Nur-Sultan', ru: 'Аэропорт Нур-Султан' },
    region: 'KZ-AS',
    city: 'nur_sultan',
  },
  {
    id: 'chkalovsky',
    kind: 'airfield',
    name: { en: 'Chkalovsky', de: 'Tschkalowski', ru: 'Чкаловский' },
    lon: 38.06,
    lat: 55.88,
    region: 'RU',
  },
  {
    id: 'machulishchy',
    kind: 'airfield',
    name: { en: 'Machulishchy', de: 'Matschulischtschy', ru: 'Мачулищи' },
    lon: 27.58,
    lat: 53.77,
    region: 'BY',
  },
  {
    id: 'kz_national',
    kind: 'country',
    name: { en: 'Kazakhstan', de: 'Kasachstan', ru: 'Казахстан' },
    region: 'KZ',
  },
];

const provenance = {
  claimedBy: 'Test claimant',
  claimantKind: 'independent_media',
  verification: 'independent',
  sources: ['src-a'],
} as const;

function status(
  s: Omit<StatusInterval, 'claimedBy' | 'claimantKind' | 'verification' | 'sources'> &
    Partial<StatusInterval>,
): StatusInterval {
  return { ...provenance, sources: [...provenance.sources], ...s };
}

const statusIntervals: StatusInterval[] = [
  // Internet, nationwide.
  status({
    id: 'st-net-throttled',
    layer: 'internet',
    subject: 'KZ',
    status: 'throttled',
    from: at('2022-01-04T18:00+06:00'),
    to: at('2022-01-05T17:00+06:00'),
    precision: 'exact',
    sources: ['src-netblocks'],
  }),
  status({
    id: 'st-net-blackout',
    layer: 'internet',
    subject: 'KZ',
    status: 'blackout',
    from: at('2022-01-05T17:00+06:00'),
    to: at('2022-01-10T00:00+06:00'),
    precision: 'exact',
    sources: ['src-netblocks', 'src-a'],
    note: { en: 'Fixed and mobile lines cut.', de: 'Festnetz und Mobilfunk getrennt.' },
  }),
  status({
    id: 'st-net-restored',
    layer: 'internet',
    subject: 'KZ',
    status: 'restored',
    from: at('2022-01-10T00:00+06:00'),
    precision: 'day',
    sources: ['src-netblocks'],
  }),
  // State of emergency: Mangystau open-ended, Almaty city until 19 Jan, Nur-Sultan from 6 Jan.
  status({
    id: 'st-em-mg',
    layer: 'emergency',
    subject: 'KZ-MG',
    status: 'in_force',
    from: at('2022-01-05T01:30+06:00'),
    precision: 'exact',
  }),
  status({
    id: 'st-em-ac',
    layer: 'emergency',
    subject: 'KZ-AC',
    status: 'in_force',
    from: at('2022-01-05T01:30+06:00'),
    to: at('2022-01-19T00:00+06:00'),
    precision: 'exact',
  }),
  status({
    id: 'st-em-as',
    layer: 'emergency',
    subject: 'KZ-AS',
    status: 'in_force',
    from: at('2022-01-06T00:00+06:00'),
    to: at('2022-01-19T00:00+06:00'),
    precision: 'day',
  }),
  // A curfew is not a state of emergency and does not count as one.
  status({
    id: 'st-cu-aa',
    layer: 'curfew',
    subject: 'KZ-AA',
    status: 'in_force',
    from: at('2022-01-05T00:00+06:00'),
    precision: 'day',
  }),
  // The Almaty airport's control timeline; the takeover's start is disputed (12:00 … 22:52).
  status({
    id: 'st-ap-open',
    layer: 'site_control',
    subject: 'almaty_airport',
    status: 'open',
    from: at('2022-01-05T00:00+06:00'),
    to: at('2022-01-05T12:00+06:00'),
    precision: 'day',
  }),
  status({
    id: 'st-ap-occupied',
    layer: 'site_control',
    subject: 'almaty_airport',
    status: 'occupied',
    from: at('2022-01-05T12:00+06:00'),
    fromLatest: at('2022-01-05T22:52+06:00'),
    to: at('2022-01-06T00:00+06:00'),
    precision: 'afternoon',
    claimedBy: 'Interfax',
    claimantKind: 'state_media',
    verification: 'contested',
    note: { en: 'Sources disagree on the hour.', de: 'Die Quellen nennen verschiedene Uhrzeiten.' },
  }),
  status({
    id: 'st-ap-retaken',
    layer: 'site_control',
    subject: 'almaty_airport',
    status: 'retaken',
    from: at('2022-01-06T00:00+06:00'),
    to: at('2022-01-07T00:00+06:00'),
    precision: 'night',
  }),
  status({
    id: 'st-ap-guarded',
    layer: 'site_control',
    subject: 'almaty_airport',
    status: 'guarded',
    from: at('2022-01-07T00:00+06:00'),
    to: at('2022-01-13T00:00+06:00'),
    precision: 'day',
    claimedBy: 'Russian Defence Ministry',
    claimantKind: 'russian_mod',
    verification: 'official_claim',
  }),
  status({
    id: 'st-ap-reopened',
    layer: 'site_control',
    subject: 'almaty_airport',
    status: 'reopened_restricted',
    from: at('2022-01-13T00:00+06:00'),
    precision: 'day',
  }),
];

function claim(
  c: Omit<Claim, 'place' | 'sources' | 'qualifier' | 'precision'> & Partial<Claim>,
): Claim {
  return { place: 'kz_national', sources: ['src-a'], qualifier: 'exact', precision: 'day', ...c };
}

const claims: Claim[] = [
  // Troops for the whole CSTO force.
  claim({
    id: 'cl-troops-zas',
    metric: 'troops',
    value: 2500,
    qualifier: 'about',
    asOf: at('2022-01-06T00:00+06:00'),
    contingent: 'csto_total',
    claimedBy: 'CSTO Secretary General',
    claimantKind: 'csto',
    verification: 'contested',
  }),
  claim({
    id: 'cl-troops-csto-press',
    metric: 'troops',
    value: 2000,
    qualifier: 'more_than',
    asOf: at('2022-01-09T00:00+06:00'),
    contingent: 'csto_total',
    claimedBy: 'CSTO press service',
    claimantKind: 'csto',
    verification: 'official_claim',
  }),
  claim({
    id: 'cl-troops-tokayev',
    metric: 'troops',
    value: 2030,
    asOf: at('2022-01-10T00:00+06:00'),
    contingent: 'csto_total',
    claimedBy: 'President Tokayev',
    claimantKind: 'kazakh_authorities',
    verification: 'official_claim',
  }),
  claim({
    id: 'cl-troops-topcor',
    metric: 'troops',
    value: 4000,
    qualifier: 'about',
    asOf: at('2022-01-01T00:00+06:00'),
    precision: 'month',
    contingent: 'csto_total',
    claimedBy: 'Topcor',
    claimantKind: 'independent_media',
    verification: 'unverified',
  }),
  // Troops of the Russian contingent alone.
  claim({
    id: 'cl-troops-russia',
    metric: 'troops',
    value: 70,
    qualifier: 'more_than',
    asOf: at('2022-01-08T00:00+06:00'),
    contingent: 'russia',
    claimedBy: 'Russian Defence Ministry',
    claimantKind: 'russian_mod',
    verification: 'official_claim',
    sources: ['src-b'],
  }),
  // Deaths: one retracted, one after the slider range.
  claim({
    id: 'cl-deaths-26',
    metric: 'deaths',
    value: 26,
    asOf: at('2022-01-07T06:00+06:00'),
    precision: 'morning',
    claimedBy: 'Interior Ministry',
    claimantKind: 'kazakh_authorities',
    verification: 'contested',
  }),
  claim({
    id: 'cl-deaths-164',
    metric: 'deaths',
    value: 164,
    asOf: at('2022-01-09T06:00+06:00'),
    precision: 'morning',
    claimedBy: 'Government channel',
    claimantKind: 'state_media',
    verification: 'official_claim',
    retracted: '2022-01-09',
  }),
  claim({
    id: 'cl-deaths-225',
    metric: 'deaths',
    value: 225,
    asOf: at('2022-01-15T00:00+06:00'),
    claimedBy: 'Prosecutor General',
    claimantKind: 'kazakh_authorities',
    verification: 'official_claim',
  }),
  claim({
    id: 'cl-deaths-238',
    metric: 'deaths',
    value: 238,
    asOf: at('2022-08-01T00:00+06:00'),
    claimedBy: 'Prosecutor General',
    claimantKind: 'kazakh_authorities',
    verification: 'official_claim',
  }),
  // Detentions: a range.
  claim({
    id: 'cl-detained',
    metric: 'detained',
    value: 7939,
    valueMax: 9900,
    asOf: at('2022-01-11T00:00+06:00'),
    claimedBy: 'Interior Ministry',
    claimantKind: 'kazakh_authorities',
    verification: 'official_claim',
  }),
];

function deployment(
  c: Omit<Contingent, 'precision' | 'verification' | 'sources'> & Partial<Contingent>,
): Contingent {
  return { precision: 'day', verification: 'official_claim', sources: ['src-b'], ...c };
}

const deployments: Contingent[] = [
  deployment({
    id: 'csto_total',
    country: 'CSTO',
    name: { en: 'CSTO force (total)', de: 'OVKS-Truppe (gesamt)' },
  }),
  deployment({
    id: 'russia',
    country: 'RU',
    name: { en: 'Russia (national contingent)', de: 'Russland (nationales Kontingent)' },
    units: { en: 'Airborne Forces', de: 'Luftlandetruppen' },
    departureAirfield: 'chkalovsky',
    arrivalAirfield: 'almaty_airport',
    departure: at('2022-01-06T00:00+06:00'),
    arrival: at('2022-01-06T00:00+06:00'),
    withdrawalStart: at('2022-01-13T00:00+06:00'),
    withdrawalEnd: at('2022-01-19T00:00+06:00'),
  }),
  deployment({
    id: 'belarus',
    country: 'BY',
    name: { en: 'Belarus', de: 'Belarus' },
    departureAirfield: 'machulishchy',
    arrivalAirfield: 'nur_sultan_airport',
    departure: at('2022-01-07T00:00+06:00'),
    arrival: at('2022-01-07T00:00+06:00'),
    withdrawalStart: at('2022-01-14T00:00+06:00'),
    withdrawalEnd: at('2022-01-15T00:00+06:00'),
    verification: 'independent',
  }),
];

/** The story dataset for component tests. */
export const storyDataset: Dataset = {
  places,
  events: [],
  sources: [
    {
      id: 'src-a',
      publisher: 'Agency A',
      title: 'Report A',
      date: '2022-01-06',
      language: 'en',
      url: 'https://example.org/a',
    },
    { id: 'src-b', publisher: 'Interfax', title: 'Report B', date: '2022-01-08', language: 'ru' },
    {
      id: 'src-netblocks',
      publisher: 'NetBlocks',
      title: 'Internet disrupted in Kazakhstan',
      date: '2022-01-05',
      language: 'en',
      url: 'https://example.org/nb',
    },
  ],
  claims,
  status: statusIntervals,
  deployments,
  deploymentSites: [
    {
      deployment: 'russia',
      site: 'almaty_airport',
      contested: false,
      claimedBy: 'Russian Defence Ministry',
      sources: ['src-b'],
    },
    {
      deployment: 'russia',
      site: 'nur_sultan_airport',
      contested: true,
      claimedBy: 'Topcor (unverified)',
      sources: ['src-a'],
      note: { en: 'Only unverified posts.', de: 'Nur unbestätigte Beiträge.' },
    },
    {
      deployment: 'belarus',
      site: 'nur_sultan_airport',
      contested: false,
      claimedBy: 'Belarusian Defence Ministry',
      sources: ['src-a'],
    },
  ],
  corrections: [],
};
