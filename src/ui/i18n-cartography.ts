// Interface strings of the cartography feature (issue 11), kept apart from i18n.ts so the
// feature's strings merge cleanly; same shape: one object per language.
import type { LocationPrecision } from '../domain/location';
import type { Lang } from '../domain/format';
import { useQantar } from '../store/context';

export interface CartographyStrings {
  locationLabel: string;
  location: Record<LocationPrecision, string>;
  zoomToCity: (city: string) => string;
  zoomBack: string;
  nationwideTray: string;
  /** The tray's chip on the map. */
  nationwideShort: string;
  nationwideCount: (n: number) => string;
  nationwideEmpty: string;
}

const en: CartographyStrings = {
  locationLabel: 'Location',
  location: {
    site: 'at the site',
    city: 'city-level',
    region: 'region-level',
    national: 'nationwide',
  },
  zoomToCity: (city) => `Zoom to ${city}`,
  zoomBack: 'Back to the whole country',
  nationwideTray: 'Nationwide and region-wide',
  nationwideShort: 'Nationwide',
  nationwideCount: (n) => `${n} ${n === 1 ? 'event' : 'events'} without a place on the map`,
  nationwideEmpty: 'None up to this time.',
};

const de: CartographyStrings = {
  locationLabel: 'Verortung',
  location: {
    site: 'genauer Ort',
    city: 'nur Stadt',
    region: 'nur Region',
    national: 'landesweit',
  },
  zoomToCity: (city) => `Auf ${city} zoomen`,
  zoomBack: 'Zurück zum ganzen Land',
  nationwideTray: 'Landesweit und regional',
  nationwideShort: 'Landesweit',
  nationwideCount: (n) => `${n} ${n === 1 ? 'Ereignis' : 'Ereignisse'} ohne Ort auf der Karte`,
  nationwideEmpty: 'Bis zu diesem Zeitpunkt keine.',
};

export const CARTOGRAPHY_STRINGS: Record<Lang, CartographyStrings> = { en, de };

/** Returns the cartography strings of the current language. */
export function useCartographyStrings(): CartographyStrings {
  return CARTOGRAPHY_STRINGS[useQantar((s) => s.lang)];
}
