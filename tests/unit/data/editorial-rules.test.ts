// The source policy and editorial rules of data/README.md (src/domain/editorial.ts). Each case
// edits the valid fixture in memory and expects exactly the new rule's message.
import { describe, expect, it } from 'vitest';
import { denylisted } from '../../../src/domain/editorial';
import { formatProblem, validateDataset } from '../../../src/domain/validate';
import { VALID as valid, problemsAfter, replace } from './fixtures';

/** Validates the valid fixture with text replacements in one file (each must occur once). */
const withEdits = (file: string, ...edits: [string, string][]) =>
  problemsAfter(...edits.map(([from, to]) => replace(file, from, to)));

/** The fixture's events.csv with a follows column; `follows` maps row ids to the event they follow. */
function eventsWithFollows(follows: Record<string, string>) {
  const [header, ...rows] = valid['events.csv']!.split('\n');
  const body = rows.map((line) => {
    if (line.trim() === '') return line;
    const id = line.slice(0, line.indexOf(','));
    return `${line},${follows[id] ?? ''}`;
  });
  return validateDataset({ ...valid, 'events.csv': [`${header},follows`, ...body].join('\n') })
    .problems.map(formatProblem);
}

describe('source policy', () => {
  it('the valid fixture passes every editorial rule', () => {
    expect(validateDataset(valid).problems).toEqual([]);
  });

  it('rejects an unknown source kind', () => {
    expect(withEdits('sources.csv', ['2022-01-05,ru,state_media,', '2022-01-05,ru,blog,'])).toEqual([
      'sources.csv:2:kind: unknown value; expected one of wire_agency, international_outlet, ' +
        'independent_kazakh_outlet, state_media, government_official, propaganda, monitor_ngo, ' +
        'aggregator_mirror, wiki, social_media (blog)',
    ]);
  });

  it('rejects a source without a kind', () => {
    expect(withEdits('sources.csv', ['2022-01-05,ru,state_media,', '2022-01-05,ru,,'])).toEqual([
      'sources.csv:2:kind: required value is missing',
    ]);
  });

  it('rejects a denylisted domain as the address of a source', () => {
    expect(
      withEdits('sources.csv', [
        'https://example.org/tass-airport',
        'https://pledgetimes.com/protesters-enter-almaty-airport/',
      ]),
    ).toEqual([
      'sources.csv:2:url: pledgetimes.com is on the denylist of mirrors, content farms, wikis and propaganda sites ' +
        '(https://pledgetimes.com/protesters-enter-almaty-airport/)',
    ]);
  });

  it('rejects a denylisted site named as the copy a report was read in', () => {
    expect(withEdits('sources.csv', [',example.org,Read via', ',en.vikidia.org,Read via'])).toEqual([
      'sources.csv:2:via: vikidia.org is on the denylist of mirrors, content farms, wikis and propaganda sites (en.vikidia.org)',
    ]);
  });

  it('rejects a mirror as the publisher of a fact', () => {
    expect(withEdits('sources.csv', ['src-tass,TASS,', 'src-tass,bb-cntv.com,'])).toEqual([
      'sources.csv:2:publisher: a mirror, content farm or wiki is never the publisher of a fact: ' +
        'name the original publisher and put the copy in via (bb-cntv.com)',
    ]);
  });

  it('rejects a source of kind aggregator_mirror or wiki, whatever it is called', () => {
    expect(withEdits('sources.csv', ['2022-01-05,ru,state_media,', '2022-01-05,ru,wiki,'])).toEqual([
      'sources.csv:2:publisher: a mirror, content farm or wiki is never the publisher of a fact: ' +
        'name the original publisher and put the copy in via (TASS)',
    ]);
  });

  it('accepts a propaganda outlet cited for its own claim, and rejects it for anyone else’s', () => {
    const propaganda = ['src-tass,TASS,', 'src-tass,SouthFront,'] as [string, string];
    const kind = ['2022-01-05,ru,state_media,', '2022-01-05,ru,propaganda,'] as [string, string];
    const sources = valid['sources.csv']!.replace(...propaganda).replace(...kind);
    const own = valid['deployment_sites.csv']!.replace(
      'no,Russian Defence Ministry,src-tass',
      'no,SouthFront (pro-Kremlin outlet),src-tass',
    );
    const files = { ...valid, 'sources.csv': sources, 'deployment_sites.csv': own };
    const problems = validateDataset(files).problems.map(formatProblem).sort();
    // The deployment site now names SouthFront; the other rows citing src-tass do not.
    const rule = 'SouthFront is a propaganda outlet: cite it only for its own claims (claimed_by must name it) (src-tass)';
    expect(problems).toEqual(
      ['claims.csv:3', 'deployments.csv:2', 'events.csv:4', 'status.csv:2', 'status.csv:3', 'status.csv:4'].map(
        (at) => `${at}:sources: ${rule}`,
      ),
    );
  });

  it('knows hosts, sub-domains and bare names of denylisted sites', () => {
    expect(denylisted('https://de.news-front.su/2022/01/05/x')).toBe('news-front.su');
    expect(denylisted('Pledge Times (pledgetimes.com)')).toBe('pledgetimes.com');
    expect(denylisted('https://tass.com/world/1384867')).toBeUndefined();
  });
});

describe('both languages in every line', () => {
  it('rejects a claimant without its German line', () => {
    expect(withEdits('events.csv', ['src-rferl,Videos von Augenzeugen', 'src-rferl,'])).toEqual([
      'events.csv:3:claimed_by_de: required value is missing',
    ]);
  });

  it('rejects an English claimant copied into the German column', () => {
    expect(
      withEdits('claims.csv', ['Örtliches Krankenhaus über RFE/RL', 'Local hospital via RFE/RL']),
    ).toEqual([
      'claims.csv:2:claimed_by_de: the German claimant line contains English words (Local hospital via RFE/RL)',
    ]);
  });

  it('rejects a file without the German claimant column', () => {
    const text = valid['status.csv']!.split('\n')
      .map((l) => l.replace(/,[^,]*$/, ''))
      .join('\n');
    const problems = validateDataset({ ...valid, 'status.csv': text }).problems.map(formatProblem);
    expect(problems).toEqual(['status.csv:1:claimed_by_de: required column is missing from the header']);
  });

  it('rejects a second spelling of a name', () => {
    expect(
      withEdits('events.csv', [
        'Crowds gathered in central Almaty in the evening.',
        'Crowds gathered in central Almaty in the evening as police spokesperson Saltanat Asirbek said.',
      ]),
    ).toEqual([
      'events.csv:3:summary_en: write the name as Azirbek (one spelling per name) (Asirbek)',
    ]);
  });
});

describe('one spelling per name in each language', () => {
  it('rejects the German spelling of a name in English text', () => {
    expect(
      withEdits('events.csv', [
        'Crowds gathered in central Almaty in the evening.',
        'Crowds gathered in central Almaty in the evening as Konaschenkow said.',
      ]),
    ).toEqual([
      'events.csv:3:summary_en: write the name as Konashenkov (one spelling per name) (Konaschenkow)',
    ]);
  });

  it('rejects the English spelling, and Andrej for Andrei, in German text', () => {
    for (const [variant, name] of [
      ['Serdyukov', 'Serdjukow'],
      ['Andrej Serdjukow', 'Andrei Serdjukow'],
      ['Masimov', 'Massimow'],
    ])
      expect(
        withEdits('events.csv', [
          'Am Abend versammelten sich Menschenmengen im Zentrum von Almaty.',
          `Am Abend versammelten sich laut ${variant} Menschenmengen im Zentrum von Almaty.`,
        ]),
      ).toEqual([
        `events.csv:3:summary_de: write the name as ${name} (one spelling per name) (${variant})`,
      ]);
  });
});

describe('an event never appears before the event it follows', () => {
  it('accepts an event that starts after the one it follows', () => {
    expect(eventsWithFollows({ 'ev-airport-entered': 'ev-almaty-evening-clashes' })).toEqual([]);
  });

  it('rejects an event that starts before the one it follows', () => {
    expect(eventsWithFollows({ 'ev-almaty-evening-clashes': 'ev-airport-entered' })).toEqual([
      'events.csv:3:follows: the event starts before the event it follows; give it that start or a later one ' +
        '(ev-airport-entered starts 2022-01-05T22:52+06:00)',
    ]);
  });

  it('rejects an unknown event id in follows', () => {
    expect(eventsWithFollows({ 'ev-airport-entered': 'ev-nothing' })).toEqual([
      'events.csv:4:follows: unknown event id (ev-nothing)',
    ]);
  });
});
