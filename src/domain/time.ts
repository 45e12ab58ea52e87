/** Milliseconds since the Unix epoch, branded so that plain numbers are not mixed up with times. */
export type EpochMs = number & { readonly __brand: 'EpochMs' };

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

/**
 * Almaty local time in January 2022: UTC+6, the one time zone of this app (every interface time
 * is Almaty time). It is a fixed offset, not a lookup of "Asia/Almaty" in the time-zone database,
 * although that lookup does give +06:00 for 2022: a constant gives the same answer in every
 * runtime (the build's Node, test runners, readers' browsers with their own ICU and tzdata, or
 * none), and it cannot drift with tzdata updates. Those matter here: Kazakhstan moved Almaty to
 * UTC+5 from 1 March 2024 (tzdata 2024a), so "Asia/Almaty" now means +05:00 for later dates,
 * while this app's dates mean the clocks of January 2022.
 */
export const ALMATY_OFFSET_MINUTES = 360;
/** The Almaty offset in milliseconds. */
export const ALMATY_OFFSET_MS = ALMATY_OFFSET_MINUTES * 60_000;
/** The Almaty offset as ISO 8601 writes it: +06:00. */
export const ALMATY_OFFSET = `+${String(ALMATY_OFFSET_MINUTES / 60).padStart(2, '0')}:00`;
/** The Almaty offset as readers know it: UTC+6. */
export const ALMATY_UTC = `UTC+${ALMATY_OFFSET_MINUTES / 60}`;
/** An example of a data time with the Almaty offset, for messages. */
export const EXAMPLE_DATA_TIME = `2022-01-05T22:52${ALMATY_OFFSET}`;

/** Returns the epoch of an Almaty wall-clock time, `YYYY-MM-DDTHH:MM[:SS]`, or of the start of an
 * Almaty calendar day, `YYYY-MM-DD` (NaN when the text is not such a time). */
export function almatyTime(local: string): EpochMs {
  return Date.parse(`${local.length === 10 ? `${local}T00:00` : local}${ALMATY_OFFSET}`) as EpochMs;
}

/** Start of the time slider: 1 January 2022 00:00 Almaty time. */
export const RANGE_START = almatyTime('2022-01-01');
/** End of the time slider: 20 January 2022 00:00 Almaty time. */
export const RANGE_END = almatyTime('2022-01-20');
/** Latest date a figure (claim) may carry: later official totals were published until 2023. */
export const CLAIMS_END = almatyTime('2024-01-01');

export const PRECISIONS = [
  'exact',
  'night',
  'morning',
  'afternoon',
  'evening',
  'day',
  'month',
] as const;
export type Precision = (typeof PRECISIONS)[number];

/** Clock time (minutes after midnight, in the written offset) that starts each precision's span. */
const SPAN_START_MINUTES: Record<Exclude<Precision, 'exact'>, number> = {
  night: 0,
  morning: 6 * 60,
  afternoon: 12 * 60,
  evening: 18 * 60,
  day: 0,
  month: 0,
};

export interface ParsedTime {
  epoch: EpochMs;
  /** Offset written in the source text, in minutes east of UTC. */
  offsetMinutes: number;
  /** Local clock minutes after midnight, in the written offset. */
  clockMinutes: number;
  /** Day of month in the written offset. */
  day: number;
}

const ISO_WITH_OFFSET =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(?:(Z)|([+-])(\d{2}):(\d{2}))$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses `YYYY-MM-DDTHH:MM[:SS]±HH:MM` (or `Z`); returns the time or an error message. */
export function parseIsoWithOffset(text: string): ParsedTime | string {
  const m = ISO_WITH_OFFSET.exec(text.trim());
  if (!m) return 'not a time with offset like 2022-01-05T22:52+06:00';
  const [, ys, mos, ds, hs, mis, ss, z, sign, ohs, oms] = m;
  const year = Number(ys);
  const month = Number(mos);
  const day = Number(ds);
  const hour = Number(hs);
  const minute = Number(mis);
  const second = ss === undefined ? 0 : Number(ss);
  if (month < 1 || month > 12) return 'month out of range';
  if (day < 1 || day > daysInMonth(year, month)) return 'day out of range';
  if (hour > 23 || minute > 59 || second > 59) return 'clock time out of range';
  let offsetMinutes = 0;
  if (!z) {
    const oh = Number(ohs);
    const om = Number(oms);
    if (oh > 14 || om > 59) return 'offset out of range';
    offsetMinutes = (sign === '-' ? -1 : 1) * (oh * 60 + om);
  }
  const utc = Date.UTC(year, month - 1, day, hour, minute, second) - offsetMinutes * 60_000;
  return { epoch: utc as EpochMs, offsetMinutes, clockMinutes: hour * 60 + minute, day };
}

/** Returns an error message when the clock time is not the start of the precision's span. */
export function checkPrecisionClock(time: ParsedTime, precision: Precision): string | null {
  if (precision === 'exact') return null;
  const expected = SPAN_START_MINUTES[precision];
  if (time.clockMinutes !== expected) {
    const hh = String(Math.floor(expected / 60)).padStart(2, '0');
    return `precision ${precision} needs the clock time ${hh}:00, the start of its span`;
  }
  if (precision === 'month' && time.day !== 1) return 'precision month needs the 1st of the month';
  return null;
}

/** Returns the length of the span a precision stands for, starting at `start`. */
export function precisionSpanMs(start: EpochMs, precision: Precision): number {
  switch (precision) {
    case 'exact':
      return 0;
    case 'day':
      return DAY_MS;
    case 'month': {
      const d = new Date(start + ALMATY_OFFSET_MINUTES * 60_000);
      return daysInMonth(d.getUTCFullYear(), d.getUTCMonth() + 1) * DAY_MS;
    }
    default:
      return 6 * HOUR_MS;
  }
}

/** Returns the time clamped into the slider range and rounded down to a whole hour. */
export function clampToRange(t: number): EpochMs {
  const clamped = Math.min(RANGE_END, Math.max(RANGE_START, t));
  return (RANGE_START + Math.floor((clamped - RANGE_START) / HOUR_MS) * HOUR_MS) as EpochMs;
}

/** Returns hours since the slider start: the small number map filters compare against. */
export function hoursSinceStart(t: number): number {
  return (t - RANGE_START) / HOUR_MS;
}

/** The slider's position for a time: whole hours since its start. */
export function sliderHour(t: number): number {
  return Math.round(hoursSinceStart(t));
}

/** Formats a time as ISO 8601 in Almaty local time with its offset, e.g. 2022-01-05T22:00+06:00. */
export function toAlmatyIso(t: EpochMs): string {
  const d = new Date(t + ALMATY_OFFSET_MINUTES * 60_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}${ALMATY_OFFSET}`
  );
}
