import type { Correction } from '../../dataset';
import { DATE, date, localized, ref } from '../columns';
import { defineTable } from '../table';

/** corrections.csv: public log of changes to published records. */
export const correctionsTable = defineTable({
  file: 'corrections.csv',
  columns: {
    record: ref('record', { required: true }),
    date: date(DATE, { required: true }),
    what: localized('correction text', { required: true }),
  },
  build: (v): Correction => ({ record: v.record, date: v.date, what: v.what }),
});
