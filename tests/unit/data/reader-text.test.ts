// Everything a reader sees, in both languages, is free of the words of our workshop: seed
// reports, file names, row ids, fixture and content-farm names.
import { describe, expect, it } from 'vitest';
import { checkDataDir } from '../../../scripts/read-data';
import type { Dataset } from '../../../src/domain/dataset';
import { isNewsroomCorrection } from '../../../src/ui/corrections/visible';
import { STRINGS } from '../../../src/ui/i18n';

const INTERNAL: [string, RegExp][] = [
  ['seed', /\bseeds?\b|seed-|-seed/i],
  ['file name', /\b[\w-]+\.(txt|csv|ts|tsx|json)\b/i],
  ['row id', /\b(ev|cl|st)-[a-z0-9]+-[a-z0-9-]+/],
  ['hash-like file id', /\b\d{3}_[0-9a-f]{16}\b/],
  ['fixture', /\bfixture\b/i],
  ['content farm or mirror', /pledge ?times|vikidia|az-lyrics|bb-cntv|chernayakobra|freetvonline/i],
];

/** Every reader-facing string of the dataset, labelled with where it comes from. */
function readerStrings(ds: Dataset): [string, string][] {
  const out: [string, string][] = [];
  const add = (where: string, v: string | undefined) => {
    if (v) out.push([where, v]);
  };
  for (const e of ds.events) {
    add(`${e.id} summary_en`, e.summary.en);
    add(`${e.id} summary_de`, e.summary.de);
    add(`${e.id} claimed_by`, e.claimedBy);
    add(`${e.id} claimed_by_de`, e.claimedByDe);
  }
  for (const x of [...ds.claims, ...ds.status]) {
    add(`${x.id} note_en`, x.note?.en);
    add(`${x.id} note_de`, x.note?.de);
    add(`${x.id} claimed_by`, x.claimedBy);
    add(`${x.id} claimed_by_de`, x.claimedByDe);
  }
  for (const d of ds.deployments) {
    add(`${d.id} name_de`, d.name.de);
    add(`${d.id} name_en`, d.name.en);
    add(`${d.id} units_en`, d.units?.en);
    add(`${d.id} units_de`, d.units?.de);
    add(`${d.id} note_en`, d.note?.en);
    add(`${d.id} note_de`, d.note?.de);
  }
  for (const s of ds.deploymentSites) {
    add(`${s.deployment}@${s.site} claimed_by`, s.claimedBy);
    add(`${s.deployment}@${s.site} claimed_by_de`, s.claimedByDe);
    add(`${s.deployment}@${s.site} note_en`, s.note?.en);
    add(`${s.deployment}@${s.site} note_de`, s.note?.de);
  }
  for (const c of ds.corrections) {
    add(`correction ${c.record} en`, c.what.en);
    add(`correction ${c.record} de`, c.what.de);
  }
  for (const p of ds.places) {
    add(`${p.id} name_en`, p.name.en);
    add(`${p.id} name_de`, p.name.de);
  }
  // The source list shows publisher, date, title (as a tooltip) and the copy it was read in.
  for (const s of ds.sources) {
    add(`${s.id} publisher`, s.publisher);
    add(`${s.id} title`, s.title);
    add(`${s.id} via`, s.via);
    add(`${s.id} note`, s.note);
  }
  // The story: headline, text and picture description of every step, in both languages.
  for (const step of ds.story ?? []) {
    for (const lang of ['en', 'de'] as const) {
      add(`step ${step.id} title_${lang}`, step.title[lang]);
      add(`step ${step.id} text_${lang}`, step.text[lang]);
      add(`step ${step.id} alt_${lang}`, step.alt[lang]);
    }
  }
  return out;
}

/** Every interface string of a language; functions are called with sample arguments. */
function interfaceStrings(value: unknown, where: string, out: [string, string][]): [string, string][] {
  if (typeof value === 'string') out.push([where, value]);
  else if (typeof value === 'function') {
    const args = Array.from({ length: value.length }, (_, i) => (i === 0 ? 3 : 'x'));
    interfaceStrings((value as (...a: unknown[]) => unknown)(...args), `${where}()`, out);
  } else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) interfaceStrings(v, `${where}.${k}`, out);
  return out;
}

function offending(strings: [string, string][]): string[] {
  return strings.flatMap(([where, text]) =>
    INTERNAL.filter(([, re]) => re.test(text)).map(([what]) => `${where}: ${what}: ${text}`),
  );
}

describe('reader-facing text has no internal words', () => {
  const result = checkDataDir('data');
  const ds = result.dataset;

  it('the dataset loads', () => {
    expect(result.messages).toEqual([]);
  });

  it('no data string a reader sees names seeds, files, row ids or mirror sites', () => {
    expect(offending(readerStrings(ds!))).toEqual([]);
  });

  it('no interface string, in English or German, does', () => {
    for (const lang of ['en', 'de'] as const)
      expect(offending(interfaceStrings(STRINGS[lang], lang, []))).toEqual([]);
  });

  it('catches the words it is meant to catch', () => {
    expect(
      offending([
        ['a', 'Seed 003 dates the takeover'],
        ['b', 'as rendered by the dpa seed report'],
        ['c', 'file 000_1e269f1a4cb726fd.txt'],
        ['d', 'see ev-0105-almaty-akimat-stormed'],
        ['e', 'Pledge Times reported'],
        ['f', 'Der Seed-Bericht spricht'],
      ]).map((x) => x.split(':')[0]),
    ).toEqual(['a', 'b', 'c', 'c', 'd', 'e', 'f']);
  });

  it('every claimant has a German line that differs from the English one where words differ', () => {
    const missing = [...ds!.events, ...ds!.claims, ...ds!.status, ...ds!.deploymentSites]
      .filter((x) => !x.claimedByDe)
      .map((x) => ('id' in x ? x.id : `${x.deployment}@${x.site}`));
    expect(missing).toEqual([]);
  });
});

// Nothing shown before its time (product.md): an event's summary is shown from its start, so
// it must not tell what was said, counted or decided afterwards. Later statements are their own
// events or claims, dated when they were made.
const HINDSIGHT: RegExp[] = [
  /\b(later|afterwards|a day later|the next day)\b/i,
  /\b(the )?(days|weeks) (that )?(followed|after(wards)?)\b|\bin the (following|next|coming) (days|weeks)\b/i,
  /\b(später|tags darauf|am Tag darauf|am Folgetag)\b/i,
  /\bin den (folgenden|nächsten|kommenden) (Tagen|Wochen)\b|\bin den (Tagen|Wochen) (danach|darauf)\b/i,
  // A month after January, unless it is a past one ("June 2019").
  /\b(February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+(19|20[01])\d\b|\s+202[01]\b)/,
  /\b(Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b(?!\s+(19|20[01])\d\b|\s+202[01]\b)/,
];
const hindsight = (strings: [string, string][]) =>
  strings.filter(([, text]) => HINDSIGHT.some((re) => re.test(text))).map(([where]) => where);

describe('event summaries and status notes tell nothing that came after their start', () => {
  const ds = checkDataDir('data').dataset!;

  it('no summary reports a later statement, count or decision', () => {
    expect(
      hindsight(
        ds.events.flatMap((e): [string, string][] => [
          [`${e.id} en`, e.summary.en],
          [`${e.id} de`, e.summary.de],
        ]),
      ),
    ).toEqual([]);
  });

  // The situation line and the site panels show an interval's note from its start.
  it('neither does a status note (airport control, internet, emergency)', () => {
    expect(
      hindsight(
        ds.status.flatMap((s): [string, string][] => [
          [`${s.id} en`, s.note?.en ?? ''],
          [`${s.id} de`, s.note?.de ?? ''],
        ]),
      ),
    ).toEqual([]);
  });

  // Newsroom corrections (dated after the covered period) are shown at every slider time.
  it('neither does a newsroom correction', () => {
    expect(
      hindsight(
        ds.corrections
          .filter(isNewsroomCorrection)
          .flatMap((c): [string, string][] => [
            [`correction ${c.record} en`, c.what.en],
            [`correction ${c.record} de`, c.what.de],
          ]),
      ),
    ).toEqual([]);
  });

  it('catches the phrasings it is meant to catch', () => {
    expect(
      hindsight([
        ['a', "Kazakhstan's later official total was 2,030."],
        ['b', 'die Präsidialverwaltung datierte den Angriff später'],
        ['c', 'in March it was slated for demolition'],
        ['d', 'tags darauf ergänzte das Ministerium'],
        ['e', 'Police cleared the square late on 4 January.'],
        ['f', 'his election in June 2019 had been met by protests'],
        ['g', 'am Tag darauf waren es schon mehr als tausend'],
        ['h', 'in the days that followed, people camped in tents'],
        ['i', 'only about 5 percent in the following days'],
        ['j', 'in den folgenden Tagen campierten sie in Zelten'],
        ['k', 'in den Tagen danach blieb das Netz aus'],
        ['l', 'The days that followed brought curfews.'],
        ['m', 'Protesters stayed for days on the square.'],
        ['n', 'Seit Tagen folgten sie dem Aufruf.'],
      ]),
    ).toEqual(['a', 'b', 'c', 'd', 'g', 'h', 'i', 'j', 'k', 'l']);
  });
});
