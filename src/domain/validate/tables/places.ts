import { FOREIGN_COUNTRY_CODES, KZ_REGION_CODES, PLACE_KINDS, type Place } from '../../dataset';
import { coordinates, id, oneOf, ref, text } from '../columns';
import { isEstimatedNote } from '../rules/estimated-position';
import { defineTable } from '../table';

const REGION_CODES: readonly string[] = [...KZ_REGION_CODES, 'KZ', ...FOREIGN_COUNTRY_CODES];

/** places.csv: cities, sites, airfields, regions and countries that records happen at. */
export const placesTable = defineTable({
  file: 'places.csv',
  provides: ['place'],
  columns: {
    id: id(),
    kind: oneOf(PLACE_KINDS, { required: true }),
    name_en: text({ required: true }),
    name_de: text({ required: true }),
    name_ru: text({ required: true }),
    region: oneOf(REGION_CODES, { required: true }),
    position: coordinates(),
    city: ref('place'),
    coord_note: text(),
  },
  rules: [
    (v, r) => {
      const { kind, position } = v;
      if (
        kind &&
        kind !== 'site' &&
        kind !== 'country' &&
        position?.lon === undefined &&
        r.raw('lon') === ''
      )
        r.report('lon', `a ${kind} needs coordinates`);
    },
    (v, r) => {
      if (v.kind === 'site' && !v.city && v.position?.lon === undefined)
        r.report('city', 'a site without coordinates needs its city');
    },
    (v, r) => {
      // Issue 11: every drawn point comes from a named source; an estimated one is never drawn.
      if (v.position?.lon !== undefined && isEstimatedNote(v.coord_note))
        r.report(
          'coord_note',
          'coordinates marked as estimated: cite a named source (e.g. an OpenStreetMap or Wikidata id) or leave lon and lat empty so the place stays city-level',
          v.coord_note,
        );
    },
  ],
  build(v): Place {
    const p: Place = {
      id: v.id,
      kind: v.kind,
      name: { en: v.name_en, de: v.name_de, ru: v.name_ru },
      region: v.region,
      ...v.position,
    };
    if (v.city) p.city = v.city;
    if (v.coord_note) p.coordNote = v.coord_note;
    return p;
  },
  check(built) {
    const byId = new Map(built.map((b) => [b.item.id, b.item]));
    for (const { item: p, row } of built) {
      if (p.city && byId.has(p.city) && byId.get(p.city)?.kind !== 'city')
        row.report('city', 'city must be the id of a place of kind city', p.city);
    }
  },
});
