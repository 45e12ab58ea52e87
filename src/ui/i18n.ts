import type { Category, ClaimantKind, Metric, Verification } from '../domain/dataset';
import type { SourceKind } from '../domain/editorial';
import type { TroopPhase } from '../domain/troops';
import type { LayerName } from '../store/store';
import type { Lang } from '../domain/format';
import { useQantar } from '../store/context';

export interface Strings {
  title: string;
  skipToTimeline: string;
  subtitle: string;
  otherLang: string;
  mapLabel: string;
  time: string;
  play: string;
  pause: string;
  speed: string;
  previousEvent: string;
  nextEvent: string;
  eventsSoFar: (n: number) => string;
  /** The same, short, where the slider is narrow (phones). */
  eventCount: (n: number) => string;
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
  textViewHeading: string;
  showAll: string;
  nationwide: string;
  loading: string;
  loadFailed: string;
  webglMissing: string;
  mapFailed: string;
  showOnMap: string;
  getData: string;
  shareMenu: string;
  copyLink: string;
  copied: string;
  copyFailed: string;
  embed: string;
  embedTitle: string;
  embedIntro: string;
  embedIframe: string;
  embedScript: string;
  embedNote: string;
  copyCode: string;
  downloadPng: string;
  pngFailed: string;
  openFullMap: string;
  embedFrameTitle: string;
  announceTime: (time: string, count: number) => string;
  announceNew: (n: number, first: string) => string;
  getDataIntro: string;
  getDataJson: string;
  getDataLicence: string;
  siteStatus: Record<string, string>;
  uncertainSuffix: string;
  noStatus: string;
  siteAria: (name: string, status: string) => string;
  troopPhase: Record<TroopPhase, string>;
  troopAria: (name: string, phase: string) => string;
  /** The badge of contingents grouped at one point (issue 11). */
  troopGroupLabel: (count: number) => string;
  troopGroupShow: (count: number, names: string) => string;
  troopGroupClose: (count: number) => string;
  regionEmergency: (name: string, since: string) => string;
  regionCurfew: string;
  regionNoEmergency: (name: string) => string;
  internetStatus: Record<string, string>;
  internetHeading: string;
  internetNote: string;
  internetUnknown: string;
  /** Said after internetUnknown, like the sources after a recorded state. */
  internetUnknownNote: string;
  layersHeading: string;
  filtersHeading: string;
  layerName: Record<LayerName, string>;
  situation: string;
  airportHeading: string;
  emergencyHeading: string;
  emergencyCount: (n: number, total: number) => string;
  troopsHeading: string;
  troopsNone: string;
  troopsNoFigure: string;
  troopsClaim: (value: string, claimant: string, date: string) => string;
  figures: string;
  figuresHeading: string;
  figuresNone: string;
  metric: Record<Metric, string>;
  qualifier: Record<string, string>;
  retracted: (date: string) => string;
  correctedOn: (date: string) => string;
  later: string;
  timeline: string;
  currentInterval: string;
  reportedStart: (from: string, latest: string) => string;
  contingentUnits: string;
  contingentTroops: string;
  contingentSites: string;
  contested: string;
  route: string;
  noFigures: string;
  category: Record<Category, string>;
  verification: Record<Verification, string>;
  verificationHint: Record<Verification, string>;
  claimantKind: Record<ClaimantKind, string>;
  // Error boundaries and WebGL context loss (issues 9 and 14).
  appFailed: string;
  reloadPage: string;
  partFailed: (part: string) => string;
  retry: string;
  webglLost: string;
  // Editorial integrity (issue 13): source kinds, no spoilers, unknown ends.
  sourceKind: Record<SourceKind, string>;
  showWholeTimeline: string;
  hideWholeTimeline: string;
  laterInterval: string;
  endNotKnown: string;
  since: (time: string) => string;
  notYet: string;
  // Layout on phones, desktops and embeds (issue 10)
  menu: string;
  sheetHandle: (state: string) => string;
  sheetState: Record<'peek' | 'half' | 'full', string>;
  sidePanels: string;
  selectionTab: string;
  situationMore: string;
  situationLess: string;
  legendSizeHeading: string;
  legendSize: (n: string) => string;
  legendSitesHeading: string;
  legendDisputed: string;
  legendTroopsHeading: string;
  legendTroopChip: string;
  legendTroopWithdrawing: string;
  legendTroopGroup: string;
  legendRoute: string;
  legendRegionsHeading: string;
  legendEmergency: string;
  legendCurfew: string;
  pngCredit: (publishers: string, more: number, url: string) => string;
}

const en: Strings = {
  title: 'Qantar',
  skipToTimeline: 'Skip to the timeline',
  subtitle: 'The unrest in Kazakhstan, January 2022',
  otherLang: 'Deutsch',
  mapLabel: 'Map of Kazakhstan with events up to the selected time',
  time: 'Time (Almaty)',
  play: 'Play',
  pause: 'Pause',
  speed: 'Speed',
  previousEvent: 'Previous event',
  nextEvent: 'Next event',
  eventsSoFar: (n) => `${n} ${n === 1 ? 'event' : 'events'} up to this time`,
  eventCount: (n) => `${n} ${n === 1 ? 'event' : 'events'}`,
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
  textViewHeading: 'All events up to this time',
  showAll: 'Show all events up to this time',
  nationwide: 'Nationwide',
  loading: 'Loading the data…',
  loadFailed: 'The data could not be loaded. Please reload the page.',
  webglMissing:
    'The map needs WebGL2, which this browser does not offer. The timeline and the text view below still work.',
  mapFailed: 'The map could not be loaded. The timeline and the text view below still work.',
  showOnMap: 'Show on map',
  getData: 'Get the data',
  shareMenu: 'Share and download',
  copyLink: 'Copy link to this view',
  copied: 'Copied.',
  copyFailed: 'Could not copy; select the text below and copy it.',
  embed: 'Embed this map',
  embedTitle: 'Embed this map in an article',
  embedIntro: 'The map opens at the time, place, language, layers and view you see now.',
  embedIframe: 'iframe code',
  embedScript: 'Script code (resizes itself to its content)',
  embedNote:
    'Both variants set no cookies and load nothing from third parties. Pages that use pym.js can load embed.html with pym.Parent and it resizes itself. Articles can drive the map with postMessage (see the README).',
  copyCode: 'Copy code',
  downloadPng: 'Download PNG',
  pngFailed: 'The image could not be made.',
  openFullMap: 'Open full map',
  embedFrameTitle: 'Qantar: interactive map of the January 2022 unrest in Kazakhstan',
  announceTime: (time, count) => `${time}. ${count} ${count === 1 ? 'event' : 'events'} so far.`,
  announceNew: (n, first) => (n === 1 ? `New: ${first}` : `${n} new events. Latest: ${first}`),
  getDataIntro:
    'Every event, figure, status interval and deployment with its sources, as shown on this map.',
  getDataJson: 'everything in one file (JSON)',
  getDataLicence:
    'Times carry their UTC offset and precision. Each row names who claims it and whether it was independently confirmed. Please cite the original sources.',
  siteStatus: {
    open: 'open',
    occupied: 'occupied by protesters',
    retaken: 'retaken by Kazakh forces',
    guarded: 'guarded by CSTO/Russian troops',
    closed: 'closed',
    reopened_restricted: 'reopened, restricted hours',
    normal: 'normal operation',
  },
  uncertainSuffix: ' (time disputed)',
  noStatus: 'no status recorded',
  siteAria: (name, status) => `${name}: ${status}`,
  troopPhase: {
    before: 'not yet deployed',
    arriving: 'flying in',
    deployed: 'deployed',
    withdrawing: 'withdrawing',
    withdrawn: 'withdrawn',
  },
  troopAria: (name, phase) => `${name}: ${phase}`,
  troopGroupLabel: (count) => `CSTO ${count}`,
  troopGroupShow: (count, names) => `${count} CSTO contingents here (${names}): show them`,
  troopGroupClose: (count) => `Group the ${count} CSTO contingents again`,
  regionEmergency: (name, since) => `${name}: state of emergency since ${since}`,
  regionCurfew: 'curfew 23:00–07:00',
  regionNoEmergency: (name) => `${name}: no state of emergency`,
  internetStatus: {
    throttled: 'throttled',
    blackout: 'blackout',
    partial: 'partly restored',
    restored: 'restored',
  },
  internetHeading: 'Internet',
  internetNote: 'About the internet figures',
  internetUnknown: 'normal',
  internetUnknownNote: 'no disruption recorded',
  layersHeading: 'Layers',
  filtersHeading: 'Show',
  layerName: {
    incidents: 'Incidents',
    places: 'Cities',
    sites: 'Airport control',
    troops: 'CSTO troops',
    emergency: 'State of emergency and curfew',
    internet: 'Internet shutdown',
  },
  situation: 'Situation at this time',
  airportHeading: 'Almaty airport',
  emergencyHeading: 'State of emergency',
  emergencyCount: (n, total) => (n === 0 ? 'not in force' : `in force in ${n} of ${total} regions`),
  troopsHeading: 'Foreign troops',
  troopsNone: 'none in the country',
  troopsNoFigure: 'in the country; no number claimed yet',
  troopsClaim: (value, claimant, date) => `${value} according to ${claimant} (${date})`,
  figures: 'Figures',
  figuresHeading: 'Figures as claimed, up to this time',
  figuresNone: 'No figure claimed yet.',
  metric: {
    deaths: 'Dead',
    deaths_security: 'Dead among security forces',
    injured: 'Injured',
    injured_security: 'Injured among security forces',
    detained: 'Detained',
    troops: 'Foreign troops',
  },
  qualifier: { exact: '', about: 'about ', at_least: 'at least ', more_than: 'more than ' },
  retracted: (date) => `retracted on ${date}`,
  correctedOn: (date) => `Corrected on ${date}`,
  later: 'after 20 Jan',
  timeline: 'Control timeline',
  currentInterval: 'now',
  reportedStart: (from, latest) => `start disputed: reported between ${from} and ${latest}`,
  contingentUnits: 'Units',
  contingentTroops: 'Troop numbers as claimed',
  contingentSites: 'Tasks and guarded sites',
  contested: 'contested',
  route: 'Route',
  noFigures: 'No troop number published.',
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
  // Error boundaries and WebGL context loss (issues 9 and 14).
  appFailed:
    'Something went wrong while showing the map. The events are listed as text below; reloading the page may help.',
  reloadPage: 'Reload the page',
  partFailed: (part) => `“${part}” could not be loaded. Check the connection and try again.`,
  retry: 'Try again',
  webglLost:
    'The browser took the graphics away from the map, so it is not drawing for now. The timeline, the text view and any open panel keep working; the map comes back as soon as the browser allows it.',
  // Editorial integrity (issue 13)
  sourceKind: {
    wire_agency: 'news agency',
    international_outlet: 'international media',
    independent_kazakh_outlet: 'independent Kazakh media',
    state_media: 'state or state-aligned media',
    government_official: 'government or official body',
    propaganda: 'propaganda outlet',
    monitor_ngo: 'monitor or NGO',
    aggregator_mirror: 'aggregator or mirror',
    wiki: 'wiki',
    social_media: 'social media',
  },
  showWholeTimeline: 'Show whole timeline',
  hideWholeTimeline: 'Show only what was known at this time',
  laterInterval: 'later',
  endNotKnown: 'end not known',
  since: (time) => `since ${time}`,
  notYet: 'not yet',
  // Layout on phones, desktops and embeds (issue 10)
  menu: 'Menu',
  sheetHandle: (state) => `Panel size: ${state}. Arrow keys change it, Escape closes it.`,
  sheetState: { peek: 'small', half: 'half screen', full: 'full screen' },
  sidePanels: 'Panels',
  selectionTab: 'Selection',
  situationMore: 'More',
  situationLess: 'Less',
  legendSizeHeading: 'Circle size',
  legendSize: (n) => `${n} ${n === '1' ? 'event' : 'events'} in the city up to this time`,
  legendSitesHeading: 'Almaty airport: who controls it',
  legendDisputed: 'dashed ring: time disputed',
  legendTroopsHeading: 'CSTO troops',
  legendTroopChip: 'contingent (country code), at its position',
  legendTroopWithdrawing: 'withdrawing',
  legendTroopGroup: 'contingents at one place; tap to show each',
  legendRoute: 'flight route (darker where routes overlap, faded after the withdrawal)',
  legendRegionsHeading: 'Regions',
  legendEmergency: 'state of emergency in force',
  legendCurfew: 'curfew (dotted border; tinted during curfew hours at night)',
  pngCredit: (publishers, more, url) =>
    `Sources of the events shown: ${publishers}${more > 0 ? ` and ${more} more` : ''} (every source with each event at ${url}) · Base map: Natural Earth · Qantar`,
};

const de: Strings = {
  title: 'Qantar',
  skipToTimeline: 'Zur Zeitleiste springen',
  subtitle: 'Die Unruhen in Kasachstan, Januar 2022',
  otherLang: 'English',
  mapLabel: 'Karte Kasachstans mit den Ereignissen bis zum gewählten Zeitpunkt',
  time: 'Zeit (Almaty)',
  play: 'Abspielen',
  pause: 'Anhalten',
  speed: 'Tempo',
  previousEvent: 'Vorheriges Ereignis',
  nextEvent: 'Nächstes Ereignis',
  eventsSoFar: (n) => `${n} ${n === 1 ? 'Ereignis' : 'Ereignisse'} bis zu diesem Zeitpunkt`,
  eventCount: (n) => `${n} ${n === 1 ? 'Ereignis' : 'Ereignisse'}`,
  histogramLabel: 'Ereignisse je 6 Stunden',
  cityEvents: (name, n) =>
    `${name}: ${n} ${n === 1 ? 'Ereignis' : 'Ereignisse'} bis zu diesem Zeitpunkt`,
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
  textViewHeading: 'Alle Ereignisse bis zu diesem Zeitpunkt',
  showAll: 'Alle Ereignisse bis zu diesem Zeitpunkt zeigen',
  nationwide: 'Landesweit',
  loading: 'Daten werden geladen …',
  loadFailed: 'Die Daten konnten nicht geladen werden. Bitte laden Sie die Seite neu.',
  webglMissing:
    'Die Karte braucht WebGL2, das dieser Browser nicht bietet. Zeitleiste und Textansicht funktionieren weiter.',
  mapFailed:
    'Die Karte konnte nicht geladen werden. Zeitleiste und Textansicht funktionieren weiter.',
  showOnMap: 'Auf der Karte zeigen',
  getData: 'Daten herunterladen',
  shareMenu: 'Teilen und herunterladen',
  copyLink: 'Link zu dieser Ansicht kopieren',
  copied: 'Kopiert.',
  copyFailed: 'Kopieren nicht möglich; markieren und kopieren Sie den Text unten.',
  embed: 'Karte einbetten',
  embedTitle: 'Diese Karte in einen Artikel einbetten',
  embedIntro:
    'Die Karte öffnet sich mit Zeitpunkt, Ort, Sprache, Ebenen und Ausschnitt, die Sie jetzt sehen.',
  embedIframe: 'iframe-Code',
  embedScript: 'Skript-Code (passt seine Höhe selbst an)',
  embedNote:
    'Beide Varianten setzen keine Cookies und laden nichts von Dritten. Seiten mit pym.js können embed.html mit pym.Parent laden, die Höhe passt sich an. Artikel können die Karte per postMessage steuern (siehe README).',
  copyCode: 'Code kopieren',
  downloadPng: 'PNG herunterladen',
  pngFailed: 'Das Bild konnte nicht erstellt werden.',
  openFullMap: 'Ganze Karte öffnen',
  embedFrameTitle: 'Qantar: interaktive Karte der Unruhen in Kasachstan im Januar 2022',
  announceTime: (time, count) =>
    `${time}. Bisher ${count} ${count === 1 ? 'Ereignis' : 'Ereignisse'}.`,
  announceNew: (n, first) =>
    n === 1 ? `Neu: ${first}` : `${n} neue Ereignisse. Zuletzt: ${first}`,
  getDataIntro:
    'Alle Ereignisse, Zahlen, Statusangaben und Truppenbewegungen mit ihren Quellen, wie auf dieser Karte.',
  getDataJson: 'alles in einer Datei (JSON)',
  getDataLicence:
    'Zeiten tragen ihren UTC-Versatz und ihre Genauigkeit. Jede Zeile nennt, wer etwas behauptet und ob es unabhängig bestätigt ist. Bitte zitieren Sie die Originalquellen.',
  siteStatus: {
    open: 'geöffnet',
    occupied: 'von Demonstranten besetzt',
    retaken: 'von kasachischen Kräften zurückerobert',
    guarded: 'von OVKS-/russischen Truppen bewacht',
    closed: 'geschlossen',
    reopened_restricted: 'wieder geöffnet, eingeschränkte Zeiten',
    normal: 'Normalbetrieb',
  },
  uncertainSuffix: ' (Zeitpunkt umstritten)',
  noStatus: 'kein Status verzeichnet',
  siteAria: (name, status) => `${name}: ${status}`,
  troopPhase: {
    before: 'noch nicht entsandt',
    arriving: 'im Anflug',
    deployed: 'im Einsatz',
    withdrawing: 'im Abzug',
    withdrawn: 'abgezogen',
  },
  troopAria: (name, phase) => `${name}: ${phase}`,
  troopGroupLabel: (count) => `OVKS ${count}`,
  troopGroupShow: (count, names) => `${count} OVKS-Kontingente hier (${names}): anzeigen`,
  troopGroupClose: (count) => `Die ${count} OVKS-Kontingente wieder zusammenfassen`,
  regionEmergency: (name, since) => `${name}: Ausnahmezustand seit ${since}`,
  regionCurfew: 'Ausgangssperre 23–7 Uhr',
  regionNoEmergency: (name) => `${name}: kein Ausnahmezustand`,
  internetStatus: {
    throttled: 'gedrosselt',
    blackout: 'abgeschaltet',
    partial: 'teilweise wieder verfügbar',
    restored: 'wiederhergestellt',
  },
  internetHeading: 'Internet',
  internetNote: 'Zu den Internetangaben',
  internetUnknown: 'normal',
  internetUnknownNote: 'keine Störung verzeichnet',
  layersHeading: 'Ebenen',
  filtersHeading: 'Anzeigen',
  layerName: {
    incidents: 'Ereignisse',
    places: 'Städte',
    sites: 'Kontrolle des Flughafens',
    troops: 'OVKS-Truppen',
    emergency: 'Ausnahmezustand und Ausgangssperre',
    internet: 'Internetsperre',
  },
  situation: 'Lage zu diesem Zeitpunkt',
  airportHeading: 'Flughafen Almaty',
  emergencyHeading: 'Ausnahmezustand',
  emergencyCount: (n, total) =>
    n === 0 ? 'nicht in Kraft' : `in Kraft in ${n} von ${total} Regionen`,
  troopsHeading: 'Ausländische Truppen',
  troopsNone: 'keine im Land',
  troopsNoFigure: 'im Land; noch keine Zahl genannt',
  troopsClaim: (value, claimant, date) => `${value} laut ${claimant} (${date})`,
  figures: 'Zahlen',
  figuresHeading: 'Zahlen, wie angegeben, bis zu diesem Zeitpunkt',
  figuresNone: 'Noch keine Zahl genannt.',
  metric: {
    deaths: 'Tote',
    deaths_security: 'Tote unter Sicherheitskräften',
    injured: 'Verletzte',
    injured_security: 'Verletzte unter Sicherheitskräften',
    detained: 'Festnahmen',
    troops: 'Ausländische Truppen',
  },
  qualifier: { exact: '', about: 'etwa ', at_least: 'mindestens ', more_than: 'mehr als ' },
  retracted: (date) => `am ${date} zurückgezogen`,
  correctedOn: (date) => `Korrigiert am ${date}`,
  later: 'nach dem 20. Jan.',
  timeline: 'Verlauf der Kontrolle',
  currentInterval: 'jetzt',
  reportedStart: (from, latest) => `Beginn umstritten: gemeldet zwischen ${from} und ${latest}`,
  contingentUnits: 'Einheiten',
  contingentTroops: 'Truppenstärke laut Angaben',
  contingentSites: 'Aufgaben und bewachte Orte',
  contested: 'umstritten',
  route: 'Route',
  noFigures: 'Keine Truppenzahl veröffentlicht.',
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
  // Error boundaries and WebGL context loss (issues 9 and 14).
  appFailed:
    'Bei der Darstellung ist ein Fehler aufgetreten. Die Ereignisse stehen unten als Text; ein Neuladen der Seite kann helfen.',
  reloadPage: 'Seite neu laden',
  partFailed: (part) =>
    `„${part}“ konnte nicht geladen werden. Prüfen Sie die Verbindung und versuchen Sie es erneut.`,
  retry: 'Erneut versuchen',
  webglLost:
    'Der Browser hat der Karte die Grafik entzogen, sie wird gerade nicht gezeichnet. Zeitleiste, Textansicht und geöffnete Seitenleisten funktionieren weiter; die Karte kehrt zurück, sobald der Browser es erlaubt.',
  // Editorial integrity (issue 13)
  sourceKind: {
    wire_agency: 'Nachrichtenagentur',
    international_outlet: 'internationales Medium',
    independent_kazakh_outlet: 'unabhängiges kasachisches Medium',
    state_media: 'Staats- oder staatsnahes Medium',
    government_official: 'Regierung oder Behörde',
    propaganda: 'Propagandamedium',
    monitor_ngo: 'Beobachtungsstelle oder NGO',
    aggregator_mirror: 'Aggregator oder Spiegelseite',
    wiki: 'Wiki',
    social_media: 'soziale Medien',
  },
  showWholeTimeline: 'Ganzen Verlauf zeigen',
  hideWholeTimeline: 'Nur zeigen, was zu diesem Zeitpunkt bekannt war',
  laterInterval: 'später',
  endNotKnown: 'Ende nicht bekannt',
  since: (time) => `seit ${time}`,
  notYet: 'noch nicht',
  // Layout on phones, desktops and embeds (issue 10)
  menu: 'Menü',
  sheetHandle: (state) =>
    `Größe des Bereichs: ${state}. Pfeiltasten ändern sie, Escape schließt ihn.`,
  sheetState: { peek: 'klein', half: 'halber Bildschirm', full: 'ganzer Bildschirm' },
  sidePanels: 'Bereiche',
  selectionTab: 'Auswahl',
  situationMore: 'Mehr',
  situationLess: 'Weniger',
  legendSizeHeading: 'Kreisgröße',
  legendSize: (n) =>
    `${n} ${n === '1' ? 'Ereignis' : 'Ereignisse'} in der Stadt bis zu diesem Zeitpunkt`,
  legendSitesHeading: 'Flughafen Almaty: wer ihn kontrolliert',
  legendDisputed: 'gestrichelter Ring: Zeitpunkt umstritten',
  legendTroopsHeading: 'OVKS-Truppen',
  legendTroopChip: 'Kontingent (Ländercode) an seiner Position',
  legendTroopWithdrawing: 'im Abzug',
  legendTroopGroup: 'Kontingente an einem Ort; antippen zeigt jedes',
  legendRoute: 'Flugroute (dunkler, wo Routen sich decken; blass nach dem Abzug)',
  legendRegionsHeading: 'Regionen',
  legendEmergency: 'Ausnahmezustand in Kraft',
  legendCurfew: 'Ausgangssperre (gepunktete Grenze; nachts während der Sperrstunden getönt)',
  pngCredit: (publishers, more, url) =>
    `Quellen der gezeigten Ereignisse: ${publishers}${more > 0 ? ` und ${more} weitere` : ''} (jede Quelle bei ihrem Ereignis unter ${url}) · Grundkarte: Natural Earth · Qantar`,
};

export const STRINGS: Record<Lang, Strings> = { en, de };

/** Returns the interface strings of the current language. */
export function useStrings(): Strings {
  return STRINGS[useQantar((s) => s.lang)];
}
