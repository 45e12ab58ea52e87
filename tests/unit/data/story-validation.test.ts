// data/story.csv: each case edits one cell of a small story written against the valid
// fixture (in memory) and expects the file:row:column message an editor would see.
import { describe, expect, it } from 'vitest';
import { readDataDir } from '../../../scripts/read-data';
import { formatProblem, validateDataset } from '../../../src/domain/validate';
import { VALID_DIR } from './paths';

const valid = readDataDir(VALID_DIR);

const HEADER =
  'id,time,end,camera,camera_phone,layers,places,events,claims,cites,title_en,title_de,text_en,text_de,alt_en,alt_de';
const ROW_1 =
  'aktau,2022-01-04T12:00+06:00,,"51.2,43.6,7",aktau,incidents;places,aktau,ev-aktau-rally-shots,,ev-aktau-rally-shots,Aktau,Aktau,Shots in Aktau.,Schüsse in Aktau.,Map of Aktau.,Karte von Aktau.';
const ROW_2 =
  'airport,2022-01-05T18:00+06:00,2022-01-06T06:00+06:00,almaty_airport,"77,43.3,9",incidents;sites,almaty_airport,ev-airport-entered,cl-troops-russia,ev-airport-entered;ev-almaty-evening-clashes,Airport,Flughafen,The airport.,Der Flughafen.,Map of the airport.,Karte des Flughafens.';
const STORY = [HEADER, ROW_1, ROW_2].join('\n') + '\n';

function check(story: string) {
  return validateDataset({ ...valid, 'story.csv': story });
}

/** Validates the story with one text replacement in it. */
function withEdit(from: string, to: string): string[] {
  if (STORY.split(from).length !== 2) throw new Error(`${from} must occur once in the story`);
  return check(STORY.replace(from, to)).problems.map(formatProblem);
}

describe('story.csv', () => {
  it('accepts the small story and returns its steps in file order', () => {
    const result = check(STORY);
    expect(result.problems).toEqual([]);
    expect(result.dataset?.story?.map((s) => s.id)).toEqual(['aktau', 'airport']);
  });

  it('reads a window, a place camera and a separate phone camera', () => {
    const step = check(STORY).dataset!.story![1]!;
    expect(step.end! - step.time).toBe(12 * 3_600_000);
    expect(step.camera).toEqual({ kind: 'place', place: 'almaty_airport' });
    expect(step.phoneCamera).toEqual({ kind: 'view', lon: 77, lat: 43.3, zoom: 9 });
    expect(step.claims).toEqual(['cl-troops-russia']);
  });

  it('uses the camera on phones when no phone camera is given', () => {
    const story = STORY.replace('"51.2,43.6,7",aktau,', '"51.2,43.6,7",,');
    const step = check(story).dataset!.story![0]!;
    expect(step.phoneCamera).toEqual(step.camera);
  });

  it('is optional: a dataset without story.csv has no story', () => {
    const result = validateDataset(valid);
    expect(result.problems).toEqual([]);
    expect(result.dataset?.story).toBeUndefined();
  });

  it('rejects an unknown event id among the highlighted events', () => {
    expect(withEdit(',aktau,ev-aktau-rally-shots,,', ',aktau,ev-nowhere,,')).toEqual([
      'story.csv:2:events: unknown event id (ev-nowhere)',
    ]);
  });

  it('rejects an unknown event id among the cited events', () => {
    expect(withEdit(',ev-aktau-rally-shots,Aktau,', ',ev-aktau-rally-shots;ev-typo,Aktau,')).toEqual([
      'story.csv:2:cites: unknown event id (ev-typo)',
    ]);
  });

  it('rejects a step that names an event after its time (it would tell what comes later)', () => {
    // The Aktau step is read on 4 January at 12:00; the airport was entered on 5 January.
    expect(
      withEdit(',ev-aktau-rally-shots,Aktau,', ',ev-aktau-rally-shots;ev-airport-entered,Aktau,'),
    ).toEqual([
      "story.csv:2:cites: event is after the step's time; the step would tell what comes later (ev-airport-entered)",
    ]);
    expect(withEdit(',aktau,ev-aktau-rally-shots,,', ',aktau,ev-almaty-evening-clashes,,')).toEqual([
      "story.csv:2:events: event is after the step's time; the step would tell what comes later (ev-almaty-evening-clashes)",
    ]);
  });

  it("accepts an event within a step's window, after its start", () => {
    // The airport step runs from 5 January 18:00 to 6 January 06:00; the crowd came at 22:52.
    expect(check(STORY).problems).toEqual([]);
    expect(check(STORY).dataset!.story![1]!.cites).toContain('ev-airport-entered');
  });

  it('rejects an unknown place id and an unknown claim id', () => {
    expect(withEdit(',incidents;sites,almaty_airport,ev-airport-entered,cl-troops-russia,', ',incidents;sites,almaty_square,ev-airport-entered,cl-nope,')).toEqual([
      'story.csv:3:places: unknown place id (almaty_square)',
      'story.csv:3:claims: unknown claim id (cl-nope)',
    ]);
  });

  it('rejects a time outside 1–20 January 2022', () => {
    expect(withEdit('aktau,2022-01-04T12:00+06:00,', 'aktau,2022-01-21T12:00+06:00,')).toEqual([
      'story.csv:2:time: time is outside the covered range (1–20 January 2022) (2022-01-21T12:00+06:00)',
    ]);
  });

  it('rejects a window end outside the range and a window that ends before it starts', () => {
    expect(withEdit(',2022-01-06T06:00+06:00,', ',2021-12-31T06:00+06:00,')).toEqual([
      'story.csv:3:end: time is outside the covered range (1–20 January 2022) (2021-12-31T06:00+06:00)',
    ]);
    expect(withEdit(',2022-01-06T06:00+06:00,', ',2022-01-05T06:00+06:00,')).toEqual([
      'story.csv:3:end: the window must end after it starts (2022-01-05T06:00+06:00)',
    ]);
  });

  it('rejects a time without an offset', () => {
    expect(withEdit('aktau,2022-01-04T12:00+06:00,', 'aktau,2022-01-04T12:00,')).toEqual([
      'story.csv:2:time: bad time: not a time with offset like 2022-01-05T22:52+06:00 (2022-01-04T12:00)',
    ]);
  });

  it('rejects a missing German text and a missing English title', () => {
    expect(withEdit(',Shots in Aktau.,Schüsse in Aktau.,', ',Shots in Aktau.,,')).toEqual([
      'story.csv:2:text_de: text is missing in German',
    ]);
    expect(withEdit(',Airport,Flughafen,', ',,Flughafen,')).toEqual([
      'story.csv:3:title_en: title is missing in English',
    ]);
  });

  it('rejects a missing alt text', () => {
    expect(withEdit(',Map of Aktau.,Karte von Aktau.', ',Map of Aktau.,')).toEqual([
      'story.csv:2:alt_de: alt text is missing in German',
    ]);
  });

  it('rejects bad cameras: two numbers, a zoom beyond the map, an unknown place', () => {
    expect(withEdit('"51.2,43.6,7"', '"51.2,43.6"')).toEqual([
      'story.csv:2:camera: bad camera; expected lon,lat,zoom (e.g. 76.93,43.26,9) or a place id (51.2,43.6)',
    ]);
    expect(withEdit('"51.2,43.6,7"', '"51.2,43.6,19"')).toEqual([
      'story.csv:2:camera: bad camera; zoom must lie within 1.5–12 (51.2,43.6,19)',
    ]);
    expect(withEdit(',almaty_airport,"77,43.3,9",', ',almaty_airprot,"77,43.3,9",')).toEqual([
      'story.csv:3:camera: unknown place id (almaty_airprot)',
    ]);
  });

  it('rejects an unknown layer and a step without layers', () => {
    expect(withEdit(',incidents;places,', ',incidents;airports,')).toEqual([
      'story.csv:2:layers: unknown layer; expected some of incidents, places, sites, troops, emergency, internet (airports)',
    ]);
    expect(withEdit(',incidents;places,', ',,')).toEqual([
      'story.csv:2:layers: required value is missing; name at least one layer',
    ]);
  });

  it('rejects a duplicate step id, an unknown column and a missing required column', () => {
    expect(withEdit('airport,2022-01-05T18:00', 'aktau,2022-01-05T18:00')).toEqual([
      'story.csv:3:id: duplicate id, first used in row 2',
    ].map((m) => `${m} (aktau)`));
    const noCites = STORY.replace(',cites,', ',cite,');
    expect(check(noCites).problems.map(formatProblem)).toEqual([
      'story.csv:1:cite: unknown column (cite)',
      'story.csv:1:cites: required column is missing from the header',
    ]);
  });

  it('rejects a step that cites no events', () => {
    expect(withEdit(',ev-aktau-rally-shots,Aktau,', ',,Aktau,')).toEqual([
      'story.csv:2:cites: required value is missing; cite the events the text summarises',
    ]);
  });

  it('keeps the dataset from loading while the story has a problem', () => {
    expect(check(STORY.replace(',Airport,', ',,')).dataset).toBeUndefined();
  });
});
