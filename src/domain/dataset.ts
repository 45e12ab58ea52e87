import type { SourceKind } from './editorial';
import type { LocationPrecision } from './location';
import type { StoryStep } from './story-steps';
import type { EpochMs, Precision } from './time';

export const CATEGORIES = [
  'protest',
  'violence',
  'casualties',
  'arrests',
  'government',
  'security_forces',
  'communications',
  'international',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const VERIFICATIONS = ['independent', 'official_claim', 'contested', 'unverified'] as const;
export type Verification = (typeof VERIFICATIONS)[number];

export const CLAIMANT_KINDS = [
  'kazakh_authorities',
  'state_media',
  'russian_mod',
  'csto',
  'independent_media',
  'foreign_government',
  'international_org',
  'rights_group',
  'eyewitness',
  'monitor',
] as const;
export type ClaimantKind = (typeof CLAIMANT_KINDS)[number];

export const PLACE_KINDS = [
  'city',
  'site',
  'airport',
  'airfield',
  'base',
  'region',
  'country',
] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export const METRICS = [
  'deaths',
  'deaths_security',
  'injured',
  'injured_security',
  'detained',
  'troops',
] as const;
export type Metric = (typeof METRICS)[number];

export const QUALIFIERS = ['exact', 'about', 'at_least', 'more_than'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const STATUS_LAYERS = {
  site_control: [
    'open',
    'occupied',
    'retaken',
    'guarded',
    'closed',
    'reopened_restricted',
    'normal',
  ],
  emergency: ['in_force'],
  curfew: ['in_force'],
  internet: ['throttled', 'blackout', 'partial', 'restored'],
} as const;
export type StatusLayer = keyof typeof STATUS_LAYERS;

/** Kazakhstan's 17 first-level units as of January 2022 (Natural Earth admin-1), plus the country. */
export const KZ_REGION_CODES = [
  'KZ-AA',
  'KZ-AC',
  'KZ-AM',
  'KZ-AR',
  'KZ-AS',
  'KZ-AT',
  'KZ-EK',
  'KZ-KAB',
  'KZ-MG',
  'KZ-NK',
  'KZ-PA',
  'KZ-QG',
  'KZ-QO',
  'KZ-QS',
  'KZ-SK',
  'KZ-WK',
  'KZ-ZM',
] as const;
export const FOREIGN_COUNTRY_CODES = [
  'RU',
  'BY',
  'AM',
  'KG',
  'TJ',
  'CN',
  'UZ',
  'US',
  'DE',
] as const;

/** The capital in January 2022 (Nur-Sultan, renamed Astana in September 2022): drawn with a capital symbol. */
export const CAPITAL_PLACE_ID = 'nur_sultan';

/** Map region: every place must lie inside this box (lon/lat, WGS84). */
export const MAP_BOUNDS = { west: 24, south: 34, east: 92, north: 60 } as const;

/**
 * The base map's clip box, wider than the data region so a phone's first view of Kazakhstan
 * never reaches it; the map's maxBounds keep the camera inside it (issue 11: no clip edge).
 * It reaches south of the equator because a story step's phone camera (the CSTO routes from
 * Minsk and Yerevan at zoom 2.3) is centred above a story card that covers the lower half of
 * the map: with the box ending at 8° N, maxBounds pushed the camera north and Almaty under
 * the card.
 */
export const BASEMAP_BOUNDS = { west: 18, south: -12, east: 112, north: 72 } as const;

export interface Localized {
  en: string;
  de: string;
}

export interface Place {
  id: string;
  kind: PlaceKind;
  name: Localized & { ru: string };
  lon?: number;
  lat?: number;
  region: string;
  city?: string;
  coordNote?: string;
}

export interface Provenance {
  claimedBy: string;
  /** The claimant in German (claimed_by_de); see claimantIn in editorial.ts. */
  claimedByDe?: string;
  claimantKind: ClaimantKind;
  verification: Verification;
  sources: string[];
}

export interface DatedEvent extends Provenance {
  id: string;
  start: EpochMs;
  end?: EpochMs;
  precision: Precision;
  /** UTC offset the time was written in, minutes east (e.g. 300 for a western local report). */
  offsetMinutes: number;
  place: string;
  lon?: number;
  lat?: number;
  category: Category;
  summary: Localized;
  /** The id of an event this one follows; it never starts before that event. */
  follows?: string;
  /** How exactly the sources locate it (events.csv `location`); see domain/location.ts. */
  location?: LocationPrecision;
}

export interface Source {
  id: string;
  publisher: string;
  title: string;
  date: string;
  language: string;
  /** What kind of source this is (wire agency, state media, propaganda outlet …). */
  kind?: SourceKind;
  url?: string;
  via?: string;
  note?: string;
}

export interface Claim extends Provenance {
  id: string;
  metric: Metric;
  value: number;
  valueMax?: number;
  qualifier: Qualifier;
  asOf: EpochMs;
  precision: Precision;
  place: string;
  contingent?: string;
  event?: string;
  note?: Localized;
  retracted?: string;
}

export interface StatusInterval extends Provenance {
  id: string;
  layer: StatusLayer;
  subject: string;
  status: string;
  from: EpochMs;
  fromLatest?: EpochMs;
  to?: EpochMs;
  precision: Precision;
  note?: Localized;
}

export interface Contingent {
  id: string;
  country: string;
  name: Localized;
  units?: Localized;
  origin?: string;
  departureAirfield?: string;
  arrivalAirfield?: string;
  departure?: EpochMs;
  arrival?: EpochMs;
  withdrawalStart?: EpochMs;
  withdrawalEnd?: EpochMs;
  precision: Precision;
  verification: Verification;
  sources: string[];
  note?: Localized;
}

export interface DeploymentSite {
  deployment: string;
  site: string;
  contested: boolean;
  claimedBy: string;
  claimedByDe?: string;
  sources: string[];
  note?: Localized;
}

export interface Correction {
  record: string;
  date: string;
  what: Localized;
}

/** The whole validated dataset, as shipped to the app (plain JSON). */
export interface Dataset {
  places: Place[];
  events: DatedEvent[];
  sources: Source[];
  claims: Claim[];
  status: StatusInterval[];
  deployments: Contingent[];
  deploymentSites: DeploymentSite[];
  corrections: Correction[];
  /** The story's steps (data/story.csv), when the dataset has a story. */
  story?: StoryStep[];
}

/** Returns the coordinates an event is drawn at: its own point, its place, or the place's city. */
export function eventPosition(
  event: Pick<DatedEvent, 'lon' | 'lat' | 'place'>,
  placesById: ReadonlyMap<string, Place>,
): [number, number] | null {
  if (event.lon !== undefined && event.lat !== undefined) return [event.lon, event.lat];
  const place = placesById.get(event.place);
  if (!place || place.kind === 'country') return null;
  if (place.lon !== undefined && place.lat !== undefined) return [place.lon, place.lat];
  const city = place.city ? placesById.get(place.city) : undefined;
  if (city?.lon !== undefined && city.lat !== undefined) return [city.lon, city.lat];
  return null;
}

/** Returns the id of the city an event belongs to (the place itself or a site's city), if any. */
export function cityOf(placeId: string, placesById: ReadonlyMap<string, Place>): string | null {
  const place = placesById.get(placeId);
  if (!place) return null;
  if (place.kind === 'city') return place.id;
  if (place.city && placesById.get(place.city)?.kind === 'city') return place.city;
  return null;
}
