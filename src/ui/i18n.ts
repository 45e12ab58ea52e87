import type { Category, ClaimantKind, Verification } from '../domain/dataset';
import type { Lang } from '../domain/format';
import { useQantar } from '../store/context';

interface Strings {
  title: string;
  subtitle: string;
  language: string;
  otherLang: string;
  mapLabel: string;
  time: string;
  play: string;
  pause: string;
  speed: string;
  previousEvent: string;
  nextEvent: string;
  eventsSoFar: (n: number) => string;
  histogramLabel: string;
  cityEvents: (name: string, n: number) => string;
  closePanel: string;
  noEventsYet: string;
  claimedBy: string;
  sources: string;
  via: string;
  legend: string;
  categoriesHeading: string;
  verificationHeading: string;
  recentHeading: string;
  recent: string;
  older: string;
  textView: string;
  hideTextView: string;
  textViewHeading: string;
  nationwide: string;
  loading: string;
  loadFailed: string;
  webglMissing: string;
  mapFailed: string;
  showOnMap: string;
  getData: string;
  getDataIntro: string;
  getDataJson: string;
  getDataLicence: string;
  category: Record<Category, string>;
  verification: Record<Verification, string>;
  verificationHint: Record<Verification, string>;
  claimantKind: Record<ClaimantKind, string>;
}

const en: Strings = {
  title: 'Qantar',
  subtitle: 'The unrest in Kazakhstan, January 2022',
  language: 'Language',
  otherLang: 'Deutsch',
  mapLabel: 'Map of Kazakhstan with events up to the selected time',
  time: 'Time (Almaty)',
  play: 'Play',
  pause: 'Pause',
  speed: 'Speed',
  previousEvent: 'Previous event',
  nextEvent: 'Next event',
  eventsSoFar: (n) => `${n} ${n === 1 ? 'event' : 'events'} up to this time`,
  histogramLabel: 'Events per 6 hours',
  cityEvents: (name, n) => `${name}: ${n} ${n === 1 ? 'event' : 'events'} up to this time`,
  closePanel: 'Close',
  noEventsYet: 'Nothing recorded here up to this time.',
  claimedBy: 'Claimed by',
  sources: 'Sources',
  via: 'via',
  legend: 'Legend',
  categoriesHeading: 'What happened',
  verificationHeading: 'Who confirms it',
  recentHeading: 'When',
  recent: 'Last 24 hours',
  older: 'Earlier',
  textView: 'Text view',
  hideTextView: 'Hide text view',
  textViewHeading: 'All events up to this time',
  nationwide: 'Nationwide',
  loading: 'Loading the data…',
  loadFailed: 'The data could not be loaded. Please reload the page.',
  webglMissing: 'The map needs WebGL2, which this browser does not offer. The timeline and the text view below still work.',
  mapFailed: 'The map could not be loaded. The timeline and the text view below still work.',
  showOnMap: 'Show on map',
  getData: 'Get the data',
  getDataIntro: 'Every event, figure, status interval and deployment with its sources, as shown on this map.',
  getDataJson: 'everything in one file (JSON)',
  getDataLicence: 'Times carry their UTC offset and precision. Each row names who claims it and whether it was independently confirmed. Please cite the original sources.',
  category: {
    protest: 'Protest',
    violence: 'Violence',
    casualties: 'Dead and injured',
    arrests: 'Arrests',
    government: 'Government',
    security_forces: 'Security forces and troops',
    communications: 'Internet and media',
    international: 'International',
  },
  verification: {
    independent: 'Independently confirmed',
    official_claim: 'Official claim only',
    contested: 'Contested',
    unverified: 'Unverified',
  },
  verificationHint: {
    independent: 'filled',
    official_claim: 'hollow ring',
    contested: 'filled, dark outline',
    unverified: 'hollow ring',
  },
  claimantKind: {
    kazakh_authorities: 'Kazakh authorities',
    state_media: 'state media',
    russian_mod: 'Russian Ministry of Defence',
    csto: 'CSTO',
    independent_media: 'independent media',
    foreign_government: 'foreign government',
    international_org: 'international organisation',
    rights_group: 'rights group',
    eyewitness: 'eyewitness / Telegram',
    monitor: 'network monitor',
  },
};

const de: Strings = {
  title: 'Qantar',
  subtitle: 'Die Unruhen in Kasachstan, Januar 2022',
  language: 'Sprache',
  otherLang: 'English',
  mapLabel: 'Karte Kasachstans mit den Ereignissen bis zum gewählten Zeitpunkt',
  time: 'Zeit (Almaty)',
  play: 'Abspielen',
  pause: 'Anhalten',
  speed: 'Tempo',
  previousEvent: 'Vorheriges Ereignis',
  nextEvent: 'Nächstes Ereignis',
  eventsSoFar: (n) => `${n} ${n === 1 ? 'Ereignis' : 'Ereignisse'} bis zu diesem Zeitpunkt`,
  histogramLabel: 'Ereignisse je 6 Stunden',
  cityEvents: (name, n) => `${name}: ${n} ${n === 1 ? 'Ereignis' : 'Ereignisse'} bis zu diesem Zeitpunkt`,
  closePanel: 'Schließen',
  noEventsYet: 'Bis zu diesem Zeitpunkt ist hier nichts verzeichnet.',
  claimedBy: 'Angabe von',
  sources: 'Quellen',
  via: 'über',
  legend: 'Legende',
  categoriesHeading: 'Was geschah',
  verificationHeading: 'Wer es bestätigt',
  recentHeading: 'Wann',
  recent: 'Letzte 24 Stunden',
  older: 'Früher',
  textView: 'Textansicht',
  hideTextView: 'Textansicht schließen',
  textViewHeading: 'Alle Ereignisse bis zu diesem Zeitpunkt',
  nationwide: 'Landesweit',
  loading: 'Daten werden geladen …',
  loadFailed: 'Die Daten konnten nicht geladen werden. Bitte laden Sie die Seite neu.',
  webglMissing: 'Die Karte braucht WebGL2, das dieser Browser nicht bietet. Zeitleiste und Textansicht funktionieren weiter.',
  mapFailed: 'Die Karte konnte nicht geladen werden. Zeitleiste und Textansicht funktionieren weiter.',
  showOnMap: 'Auf der Karte zeigen',
  getData: 'Daten herunterladen',
  getDataIntro: 'Alle Ereignisse, Zahlen, Statusangaben und Truppenbewegungen mit ihren Quellen, wie auf dieser Karte.',
  getDataJson: 'alles in einer Datei (JSON)',
  getDataLicence: 'Zeiten tragen ihren UTC-Versatz und ihre Genauigkeit. Jede Zeile nennt, wer etwas behauptet und ob es unabhängig bestätigt ist. Bitte zitieren Sie die Originalquellen.',
  category: {
    protest: 'Protest',
    violence: 'Gewalt',
    casualties: 'Tote und Verletzte',
    arrests: 'Festnahmen',
    government: 'Regierung',
    security_forces: 'Sicherheitskräfte und Truppen',
    communications: 'Internet und Medien',
    international: 'International',
  },
  verification: {
    independent: 'Unabhängig bestätigt',
    official_claim: 'Nur offizielle Angabe',
    contested: 'Umstritten',
    unverified: 'Unbestätigt',
  },
  verificationHint: {
    independent: 'gefüllt',
    official_claim: 'Ring',
    contested: 'gefüllt, dunkler Rand',
    unverified: 'Ring',
  },
  claimantKind: {
    kazakh_authorities: 'kasachische Behörden',
    state_media: 'Staatsmedien',
    russian_mod: 'russisches Verteidigungsministerium',
    csto: 'OVKS',
    independent_media: 'unabhängige Medien',
    foreign_government: 'ausländische Regierung',
    international_org: 'internationale Organisation',
    rights_group: 'Menschenrechtsorganisation',
    eyewitness: 'Augenzeugen / Telegram',
    monitor: 'Netzbeobachter',
  },
};

export const STRINGS: Record<Lang, Strings> = { en, de };

/** Returns the interface strings of the current language. */
export function useStrings(): Strings {
  return STRINGS[useQantar((s) => s.lang)];
}
