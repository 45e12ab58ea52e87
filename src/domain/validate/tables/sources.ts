import type { Source } from '../../dataset';
import { SOURCE_KINDS } from '../../editorial';
import { DATE_OR_MONTH, date, id, oneOf, text } from '../columns';
import { defineTable } from '../table';

/** sources.csv: who published what, cited by id from every other table. */
export const sourcesTable = defineTable({
  file: 'sources.csv',
  provides: ['source'],
  columns: {
    id: id(),
    publisher: text({ required: true }),
    title: text({ required: true }),
    date: date(DATE_OR_MONTH, { required: true }),
    language: text({
      required: true,
      pattern: { re: /^[a-z]{2}$/, message: 'expected an ISO 639-1 code like en or de' },
    }),
    url: text({ pattern: { re: /^https?:\/\/\S+$/, message: 'not a web address' } }),
    via: text(),
    note: text(),
    // What kind of source it is (data/README.md, "Source policy"); see ../../editorial.ts.
    kind: oneOf(SOURCE_KINDS, { required: true }),
  },
  build(v): Source {
    const s: Source = {
      id: v.id,
      publisher: v.publisher,
      title: v.title,
      date: v.date,
      language: v.language,
      kind: v.kind,
    };
    if (v.url) s.url = v.url;
    if (v.via) s.via = v.via;
    if (v.note) s.note = v.note;
    return s;
  },
});
