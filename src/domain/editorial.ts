// Editorial rules of the dataset (data/README.md, "Source policy"): what kind of source each
// row is, which sites may never be cited, who may be cited for what, a German line for every
// claimant, one spelling per name, and events that never appear before the event they follow.
// The rules read the CSV text on their own, so they do not depend on how validate.ts builds
// its tables; they return problems in the same shape (file:row:column: reason).
import { parseCsv } from './csv';
import type { Dataset } from './dataset';
import { parseIsoWithOffset } from './time';

/** One problem, located like validate.ts problems (row 1 is the header). */
export interface EditorialProblem {
  file: string;
  row: number;
  column: string;
  message: string;
  found?: string;
}

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
];

/** Data files and columns that readers see (the check for spellings and claimants covers them). */
export const READER_TEXT_COLUMNS: Record<string, readonly string[]> = {
  'events.csv': ['summary_en', 'summary_de', 'claimed_by', 'claimed_by_de'],
  'claims.csv': ['note_en', 'note_de', 'claimed_by', 'claimed_by_de'],
  'status.csv': ['note_en', 'note_de', 'claimed_by', 'claimed_by_de'],
  'deployments.csv': ['name_en', 'name_de', 'units_en', 'units_de', 'note_en', 'note_de'],
  'deployment_sites.csv': ['note_en', 'note_de', 'claimed_by', 'claimed_by_de'],
  'corrections.csv': ['what_en', 'what_de'],
  'places.csv': ['name_en', 'name_de'],
  'sources.csv': ['publisher', 'title', 'via'],
};

/** Files whose rows name a claimant (claimed_by) and so need its German line (claimed_by_de). */
const CLAIMANT_FILES = ['events.csv', 'claims.csv', 'status.csv', 'deployment_sites.csv'];
/** Files whose rows cite sources. */
const CITING_FILES = [...CLAIMANT_FILES, 'deployments.csv'];

/** English words that give away an untranslated German claimant line. */
const ENGLISH_IN_GERMAN =
  /\b(via|Ministry|reported by|according to|as reported|state TV|Defence|citing|spokesman|spokesperson|office)\b/;

interface Table {
  header: string[];
  rows: { row: number; get: (column: string) => string }[];
}

function table(text: string | undefined): Table | undefined {
  if (text === undefined) return undefined;
  const { records } = parseCsv(text);
  const [head, ...body] = records;
  if (!head) return undefined;
  const header = head.cells.map((c) => c.trim());
  return {
    header,
    rows: body
      .filter((r) => r.cells.some((c) => c.trim() !== ''))
      .map((r) => ({
        row: r.row,
        get: (column: string) => {
          const i = header.indexOf(column);
          return i < 0 ? '' : (r.cells[i] ?? '').trim();
        },
      })),
  };
}

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

/** Checks the editorial rules on the raw data files. */
export function checkEditorialRules(files: Partial<Record<string, string>>): EditorialProblem[] {
  const problems: EditorialProblem[] = [];
  const report = (file: string, row: number, column: string, message: string, found?: string) =>
    problems.push(
      found === undefined ? { file, row, column, message } : { file, row, column, message, found },
    );

  // Sources: a kind from the vocabulary, never a mirror as publisher, never a denylisted site.
  const sources = table(files['sources.csv']);
  const kindById = new Map<string, string>();
  const publisherById = new Map<string, string>();
  if (sources) {
    if (!sources.header.includes('kind') && sources.rows.length > 0)
      report('sources.csv', 1, 'kind', 'required column is missing from the header');
    for (const r of sources.rows) {
      const id = r.get('id');
      const kind = r.get('kind');
      const publisher = r.get('publisher');
      publisherById.set(id, publisher);
      if (sources.header.includes('kind')) {
        if (kind === '') report('sources.csv', r.row, 'kind', 'required value is missing');
        else if (!(SOURCE_KINDS as readonly string[]).includes(kind))
          report(
            'sources.csv',
            r.row,
            'kind',
            `unknown source kind; expected one of ${SOURCE_KINDS.join(', ')}`,
            kind,
          );
      }
      kindById.set(id, kind);
      if ((NEVER_A_PUBLISHER as readonly string[]).includes(kind) || isMirrorName(publisher))
        report(
          'sources.csv',
          r.row,
          'publisher',
          'a mirror, content farm or wiki is never the publisher of a fact: name the original publisher and put the copy in via',
          publisher,
        );
      for (const column of ['url', 'via']) {
        const v = r.get(column);
        const hit = v === '' ? undefined : denylisted(v);
        if (hit)
          report(
            'sources.csv',
            r.row,
            column,
            `${hit} is on the denylist of mirrors, content farms, wikis and propaganda sites`,
            v,
          );
      }
    }
  }

  // Propaganda outlets only as the claimant of what they themselves claim.
  for (const file of CITING_FILES) {
    const t = table(files[file]);
    if (!t) continue;
    for (const r of t.rows) {
      const claimant = r.get('claimed_by');
      for (const id of r
        .get('sources')
        .split(';')
        .map((s) => s.trim())) {
        if (kindById.get(id) !== 'propaganda') continue;
        const publisher = publisherById.get(id) ?? id;
        if (
          !t.header.includes('claimed_by') ||
          !claimant.toLowerCase().includes(publisher.toLowerCase())
        )
          report(
            file,
            r.row,
            'sources',
            `${publisher} is a propaganda outlet: cite it only for its own claims (claimed_by must name it)`,
            id,
          );
      }
    }
  }

  // Every claimant in both languages; the German line is not the English one.
  for (const file of CLAIMANT_FILES) {
    const t = table(files[file]);
    if (!t || !t.header.includes('claimed_by')) continue;
    if (!t.header.includes('claimed_by_de')) {
      if (t.rows.length > 0)
        report(file, 1, 'claimed_by_de', 'required column is missing from the header');
      continue;
    }
    for (const r of t.rows) {
      const de = r.get('claimed_by_de');
      if (r.get('claimed_by') !== '' && de === '')
        report(file, r.row, 'claimed_by_de', 'the claimant needs its German line');
      else if (ENGLISH_IN_GERMAN.test(de))
        report(file, r.row, 'claimed_by_de', 'the German claimant line contains English words', de);
    }
  }

  // One spelling per name (source titles are quoted as published, so they are left out).
  for (const [file, columns] of Object.entries(READER_TEXT_COLUMNS)) {
    if (file === 'sources.csv') continue;
    const t = table(files[file]);
    if (!t) continue;
    for (const r of t.rows) {
      for (const column of columns) {
        const v = r.get(column);
        const lang = column.endsWith('_de') ? 'de' : 'en';
        for (const { name, variants, lang: only } of NAME_SPELLINGS) {
          if (only !== undefined && only !== lang) continue;
          const bad = variants.find((x) => v.includes(x));
          if (bad)
            report(file, r.row, column, `write the name as ${name} (one spelling per name)`, bad);
        }
      }
    }
  }

  // An event never starts before the event it follows.
  const events = table(files['events.csv']);
  if (events?.header.includes('follows')) {
    const startById = new Map<string, number>();
    for (const r of events.rows) {
      const t = parseIsoWithOffset(r.get('start'));
      if (typeof t !== 'string') startById.set(r.get('id'), t.epoch);
    }
    for (const r of events.rows) {
      const follows = r.get('follows');
      if (follows === '') continue;
      const own = startById.get(r.get('id'));
      const before = startById.get(follows);
      if (!startById.has(follows) && !events.rows.some((x) => x.get('id') === follows))
        report('events.csv', r.row, 'follows', 'unknown event id', follows);
      else if (follows === r.get('id'))
        report('events.csv', r.row, 'follows', 'an event cannot follow itself', follows);
      else if (own !== undefined && before !== undefined && own < before)
        report(
          'events.csv',
          r.row,
          'follows',
          'the event starts before the event it follows; give it that start or a later one',
          `${follows} starts ${events.rows.find((x) => x.get('id') === follows)?.get('start')}`,
        );
    }
  }
  return problems;
}

/**
 * Adds the editorial columns to a validated dataset: the German claimant line, the source
 * kind and the event an event follows. Called by validateDataset once the tables are built.
 */
export function attachEditorial(dataset: Dataset, files: Partial<Record<string, string>>): void {
  const byId = (file: string) => {
    const m = new Map<string, (c: string) => string>();
    for (const r of table(files[file])?.rows ?? []) m.set(r.get('id'), r.get);
    return m;
  };
  const events = byId('events.csv');
  for (const e of dataset.events) {
    const r = events.get(e.id);
    const de = r?.('claimed_by_de');
    if (de) e.claimedByDe = de;
    const follows = r?.('follows');
    if (follows) e.follows = follows;
  }
  for (const [file, list] of [
    ['claims.csv', dataset.claims],
    ['status.csv', dataset.status],
  ] as const) {
    const rows = byId(file);
    for (const x of list) {
      const de = rows.get(x.id)?.('claimed_by_de');
      if (de) x.claimedByDe = de;
    }
  }
  const sites = table(files['deployment_sites.csv'])?.rows ?? [];
  for (const s of dataset.deploymentSites) {
    const r = sites.find((x) => x.get('deployment') === s.deployment && x.get('site') === s.site);
    const de = r?.get('claimed_by_de');
    if (de) s.claimedByDe = de;
  }
  const sources = byId('sources.csv');
  for (const s of dataset.sources) {
    const kind = sources.get(s.id)?.('kind');
    if (kind && (SOURCE_KINDS as readonly string[]).includes(kind)) s.kind = kind as SourceKind;
  }
}

/** The claimant line in the reader's language (English when no German line exists). */
export function claimantIn(
  x: { claimedBy: string; claimedByDe?: string },
  lang: 'en' | 'de',
): string {
  return lang === 'de' && x.claimedByDe ? x.claimedByDe : x.claimedBy;
}
