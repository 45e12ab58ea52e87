/** Source and layer ids: the only place they are spelled out. */
export const SOURCE = {
  countries: 'countries',
  regions: 'regions',
  labels: 'labels',
  incidents: 'incidents',
} as const;

export const LAYER = {
  background: 'background',
  countriesFill: 'countries-fill',
  countriesLine: 'countries-line',
  regionsFill: 'regions-fill',
  regionsLine: 'regions-line',
  countryLabels: 'country-labels',
  regionLabels: 'region-labels',
  incidents: 'incidents',
} as const;

/** Global-state keys the layers read (set once per change, never per feature). */
export const STATE = { hours: 'hours', lang: 'lang' } as const;
