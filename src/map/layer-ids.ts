/** Source and layer ids: the only place they are spelled out. */
export const SOURCE = {
  countries: 'countries',
  regions: 'regions',
  labels: 'labels',
  borders: 'borders',
  lakes: 'lakes',
  rivers: 'rivers',
  urban: 'urban',
  incidents: 'incidents',
  regionStatus: 'region-status',
  troopRoutes: 'troop-routes',
  sitePoints: 'site-points',
  markerPoints: 'marker-points',
} as const;

export const LAYER = {
  background: 'background',
  countriesFill: 'countries-fill',
  countriesLine: 'countries-line',
  regionsFill: 'regions-fill',
  regionsLine: 'regions-line',
  countryLabels: 'country-labels',
  lakesFill: 'lakes-fill',
  urbanFill: 'urban-fill',
  rivers: 'rivers',
  waterLabels: 'water-labels',
  riverLabels: 'river-labels',
  enclaveLabels: 'enclave-labels',
  regionLabels: 'region-labels',
  /** Site-level incidents older than RECENT_HOURS, and the recent ones drawn over them. */
  incidents: 'incidents',
  incidentsRecent: 'incidents-recent',
  /** City-level incidents, the same way. */
  incidentsCity: 'incidents-city',
  incidentsCityRecent: 'incidents-city-recent',
  sitePoints: 'site-points',
  siteLabels: 'site-labels',
  markerGuards: 'marker-guards',
  cityNames: 'city-names',
  emergencyFill: 'emergency-fill',
  curfewNight: 'curfew-night',
  curfewLine: 'curfew-line',
  troopRoutes: 'troop-routes',
} as const;

/** Global-state keys the layers read (set once per change, never per feature). */
export const STATE = {
  /** Each time-bound layer family has its own time, set only when its drawing changes. */
  incidentHours: 'incidentHours',
  regionHours: 'regionHours',
  routeHours: 'routeHours',
  lang: 'lang',
  hiddenCategories: 'hiddenCategories',
  hiddenVerifications: 'hiddenVerifications',
} as const;
