// Editorial rules of the dataset (data/README.md, "Source policy"): what kind of source each
// row is, which sites may never be cited, who may be cited for what, a German line for every
// claimant, one spelling per name, and events that never appear before the event they follow.
// The columns are declared in the table schemas (validate/tables/*); the rules that span
// rows and tables are dataset rules (EDITORIAL_RULES, listed in validate/dataset-rules.ts)
// and report like every other check: file:row:column: reason (found).
import type { Localized } from './dataset';
import type { DatasetRule } from './validate/dataset-rules';
import type { Row } from './validate/row';

/** The kind of every source (sources.csv `kind`). */
export const SOURCE_KINDS = [
  'wire_agency',
  'international_outlet',
  'independent_kazakh_outlet',
  'state_media',
  'government_official',
  'propaganda',
  'monitor_ngo',
  'aggregator_mirror',
  'wiki',
  'social_media',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Kinds that are never the source of a fact: name the original publisher and put the copy in `via`. */
export const NEVER_A_PUBLISHER: readonly SourceKind[] = ['aggregator_mirror', 'wiki'];

/**
 * Mirrors, scraped copies, content farms, wikis and propaganda outlets that must not be where a
 * fact is read (sources.csv `url` or `via`). The names are how they appear as publishers.
 */
export const DENYLIST: readonly { domain: string; names: readonly string[]; propaganda?: true }[] =
  [
    { domain: 'pledgetimes.com', names: ['Pledge Times'] },
    { domain: 'az-lyrics.net.ru', names: ['az-lyrics.net.ru'] },
    { domain: 'azlyrics.net.ru', names: ['azlyrics.net.ru'] },
    { domain: 'bb-cntv.com', names: ['bb-cntv.com'] },
    { domain: 'vikidia.org', names: ['Vikidia'] },
    { domain: 'wikipedia.org', names: ['Wikipedia'] },
    { domain: 'blogen.wiki', names: ['blogen.wiki'] },
    { domain: 'swiki.se', names: ['swiki.se'] },
    { domain: 'southfront.org', names: ['SouthFront', 'South Front'], propaganda: true },
    { domain: 'news-front.info', names: ['News-Front', 'News Front'], propaganda: true },
    { domain: 'news-front.su', names: [], propaganda: true },
    { domain: 'chernayakobra.ru', names: ['chernayakobra.ru'] },
    { domain: 'freetvonline.live', names: ['freetvonline.live'] },
    { domain: 'mylyrics.eu', names: ['mylyrics.eu'] },
    { domain: 'newsreadonline.com', names: ['newsreadonline.com'] },
    { domain: 'mirdliatebia.ru', names: ['mirdliatebia.ru'] },
    { domain: 'qtelegram.com', names: ['qtelegram.com'] },
    { domain: 'generico.ru', names: ['generico.ru'] },
    { domain: 'bbabo.net', names: ['bbabo.net'] },
    { domain: 'time.news', names: ['time.news'] },
    { domain: 'taketonews.com', names: ['taketonews.com'] },
    { domain: 'tellerreport.com', names: ['Teller Report'] },
    { domain: 'ipeclub.co', names: ['ipeclub.co'] },
    { domain: 'hpcigar.com', names: ['hpcigar.com'] },
    { domain: 'newsme.com.ua', names: ['newsme.com.ua'] },
    { domain: 'archyde.com', names: ['Archyde'] },
    { domain: 'ria24.today', names: ['ria24.today'] },
    // Machine translations of a Russian military blog's posts, which often rest on unnamed
    // social-media posts: never the source of a fact.
    { domain: 'topcor.ru', names: ['Topcor'] },
    // Sites that republish other outlets' articles wholesale under their own name.
    { domain: 'gixtools.net', names: ['gixtools.net'] },
    { domain: 'realintegrity.net', names: ['realintegrity.net'] },
    { domain: 'infosectoday.com', names: ['infosectoday.com'] },
    { domain: 'ccbsnews.info', names: ['CCBS News'] },
  ];

/**
 * One spelling per name (the transliteration table). A name is written one way in English
 * and one way in German (German keeps its usual transliteration: Tokajew); `lang` limits an
 * entry to the columns of that language, no `lang` means both.
 */
export const NAME_SPELLINGS: readonly {
  name: string;
  variants: readonly string[];
  lang?: 'en' | 'de';
}[] = [
  { name: 'Azirbek', variants: ['Asirbek'] },
  { name: 'Tokayev', variants: ['Tokajew', 'Tokaev', 'Tokajev'], lang: 'en' },
  { name: 'Tokajew', variants: ['Tokayev', 'Tokaev', 'Tokajev'], lang: 'de' },
  { name: 'Babakumarov', variants: ['Babakumarow'], lang: 'en' },
  { name: 'Babakumarow', variants: ['Babakumarov'], lang: 'de' },
  { name: 'Turgumbayev', variants: ['Turgumbajew', 'Turgumbaev'], lang: 'en' },
  { name: 'Turgumbajew', variants: ['Turgumbayev', 'Turgumbaev'], lang: 'de' },
  { name: 'Nazarbayev', variants: ['Nasarbajew', 'Nazarbaev'], lang: 'en' },
  { name: 'Nasarbajew', variants: ['Nazarbayev', 'Nazarbaev'], lang: 'de' },
  { name: 'Serdyukov', variants: ['Serdjukow', 'Serdyukow', 'Serdjukov'], lang: 'en' },
  { name: 'Serdjukow', variants: ['Serdyukov', 'Serdyukow', 'Serdjukov'], lang: 'de' },
  // German transliteration of the first name too (Duden): Andrei, not Andrej.
  { name: 'Andrei Serdjukow', variants: ['Andrej Serdjukow'], lang: 'de' },
  { name: 'Konashenkov', variants: ['Konaschenkow', 'Konashenkow'], lang: 'en' },
  { name: 'Konaschenkow', variants: ['Konashenkov', 'Konashenkow'], lang: 'de' },
  { name: 'Massimov', variants: ['Massimow', 'Masimov', 'Masimow'], lang: 'en' },
  { name: 'Massimow', variants: ['Massimov', 'Masimov', 'Masimow'], lang: 'de' },
];

/** English words that give away an untranslated German claimant line. */
const ENGLISH_IN_GERMAN =
  /\b(via|Ministry|reported by|according to|as reported|state TV|Defence|citing|spokesman|spokesperson|office)\b/;

/** Returns the host name of a web address, or undefined. */
function hostOf(url: string): string | undefined {
  const m = /^https?:\/\/([^/?#:]+)/i.exec(url);
  return m?.[1]?.toLowerCase();
}

/** Returns the denylist entry a host or a free-text `via` cell belongs to, if any. */
export function denylisted(text: string): string | undefined {
  const lower = text.toLowerCase();
  const host = hostOf(lower);
  for (const { domain } of DENYLIST) {
    if (
      host !== undefined ? host === domain || host.endsWith(`.${domain}`) : lower.includes(domain)
    )
      return domain;
  }
  return undefined;
}

function isMirrorName(publisher: string): boolean {
  const p = publisher.toLowerCase();
  // Propaganda outlets may be publishers (of their own claims); mirrors and wikis never.
  return DENYLIST.some(
    (d) => !d.propaganda && (p.includes(d.domain) || d.names.some((n) => n.toLowerCase() === p)),
  );
}

type Report = (row: Row, column: string, message: string, found?: string) => void;
const report: Report = (row, column, message, found) => row.report(column, message, found);

/** Sources: never a mirror, content farm or wiki as publisher; never a denylisted site. */
const sourcePolicy: DatasetRule = (t) => {
  for (const { item: s, row } of t.sources) {
    if ((s.kind && NEVER_A_PUBLISHER.includes(s.kind)) || isMirrorName(s.publisher))
      report(
        row,
        'publisher',
        'a mirror, content farm or wiki is never the publisher of a fact: name the original publisher and put the copy in via',
        s.publisher,
      );
    for (const [column, v] of [
      ['url', s.url],
      ['via', s.via],
    ] as const) {
      const hit = v === undefined ? undefined : denylisted(v);
      if (hit && v !== undefined)
        report(
          row,
          column,
          `${hit} is on the denylist of mirrors, content farms, wikis and propaganda sites`,
          v,
        );
    }
  }
};

/** Propaganda outlets only as the claimant of what they themselves claim. */
const propagandaOnlyForOwnClaims: DatasetRule = (t) => {
  const propaganda = new Map(
    t.sources.filter((b) => b.item.kind === 'propaganda').map((b) => [b.item.id, b.item.publisher]),
  );
  if (propaganda.size === 0) return;
  const rows: { sources: readonly string[]; claimedBy?: string; row: Row }[] = [
    ...[...t.events, ...t.claims, ...t.status, ...t.deploymentSites].map((b) => ({
      sources: b.item.sources,
      claimedBy: b.item.claimedBy,
      row: b.row,
    })),
    ...t.deployments.map((b) => ({ sources: b.item.sources, row: b.row })),
  ];
  for (const { sources, claimedBy, row } of rows) {
    for (const id of sources) {
      const publisher = propaganda.get(id);
      if (publisher === undefined) continue;
      if (!claimedBy?.toLowerCase().includes(publisher.toLowerCase()))
        report(
          row,
          'sources',
          `${publisher} is a propaganda outlet: cite it only for its own claims (claimed_by must name it)`,
          id,
        );
    }
  }
};

/** The German claimant line is German. */
const germanClaimantLines: DatasetRule = (t) => {
  for (const { item, row } of [...t.events, ...t.claims, ...t.status, ...t.deploymentSites]) {
    if (item.claimedByDe && ENGLISH_IN_GERMAN.test(item.claimedByDe))
      report(
        row,
        'claimed_by_de',
        'the German claimant line contains English words',
        item.claimedByDe,
      );
  }
};

/** One spelling per name, in every reader-facing text (source titles are quoted as published). */
const oneSpellingPerName: DatasetRule = (t) => {
  const texts: [Row, string, string | undefined][] = [];
  const loc = (row: Row, base: string, l: Localized | undefined) => {
    texts.push([row, `${base}_en`, l?.en], [row, `${base}_de`, l?.de]);
  };
  for (const { item, row } of [...t.events, ...t.claims, ...t.status, ...t.deploymentSites]) {
    texts.push([row, 'claimed_by', item.claimedBy], [row, 'claimed_by_de', item.claimedByDe]);
  }
  for (const { item, row } of t.events) loc(row, 'summary', item.summary);
  for (const { item, row } of [...t.claims, ...t.status, ...t.deploymentSites, ...t.deployments])
    loc(row, 'note', item.note);
  for (const { item, row } of t.deployments) {
    loc(row, 'name', item.name);
    loc(row, 'units', item.units);
  }
  for (const { item, row } of t.corrections) loc(row, 'what', item.what);
  for (const { item, row } of t.places) loc(row, 'name', item.name);
  for (const [row, column, v] of texts) {
    if (!v) continue;
    const lang = column.endsWith('_de') ? 'de' : 'en';
    for (const { name, variants, lang: only } of NAME_SPELLINGS) {
      if (only !== undefined && only !== lang) continue;
      const bad = variants.find((x) => v.includes(x));
      if (bad) report(row, column, `write the name as ${name} (one spelling per name)`, bad);
    }
  }
};

/** An event never starts before the event it follows. */
const eventsFollowInOrder: DatasetRule = (t) => {
  const byId = new Map(t.events.map((b) => [b.item.id, b]));
  for (const { item, row } of t.events) {
    if (!item.follows) continue;
    const before = byId.get(item.follows);
    if (item.follows === item.id)
      report(row, 'follows', 'an event cannot follow itself', item.follows);
    else if (before && item.start < before.item.start)
      report(
        row,
        'follows',
        'the event starts before the event it follows; give it that start or a later one',
        `${item.follows} starts ${before.row.raw('start')}`,
      );
  }
};

/** The editorial dataset rules, in the order they report. */
export const EDITORIAL_RULES: readonly DatasetRule[] = [
  sourcePolicy,
  propagandaOnlyForOwnClaims,
  germanClaimantLines,
  oneSpellingPerName,
  eventsFollowInOrder,
];

/** The claimant line in the reader's language (English when no German line exists). */
export function claimantIn(
  x: { claimedBy: string; claimedByDe?: string },
  lang: 'en' | 'de',
): string {
  return lang === 'de' && x.claimedByDe ? x.claimedByDe : x.claimedBy;
}

/**
 * Orders events by start; at the same start an event that follows another comes after it,
 * otherwise by id (the order of the time index and of the dataset).
 */
export function compareEvents(
  a: { id: string; start: number; follows?: string },
  b: { id: string; start: number; follows?: string },
): number {
  return (
    a.start - b.start ||
    (a.follows === b.id ? 1 : b.follows === a.id ? -1 : 0) ||
    a.id.localeCompare(b.id)
  );
}
