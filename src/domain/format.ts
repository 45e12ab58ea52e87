import type { Claim, DatedEvent } from './dataset';
import { ALMATY_OFFSET_MINUTES, type EpochMs, type Precision } from './time';

export type Lang = 'en' | 'de';
export const LANGS: readonly Lang[] = ['en', 'de'];

const LOCALE: Record<Lang, string> = { en: 'en-GB', de: 'de-DE' };

/** Shifts a time so that formatting it in UTC shows the clock of the given offset. */
function shifted(t: number, offsetMinutes: number): Date {
  return new Date(t + offsetMinutes * 60_000);
}

// Creating an Intl formatter costs far more than using one: keep one per language and options.
const formatters = new Map<string, Intl.DateTimeFormat>();

function fmt(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALE[lang], { timeZone: 'UTC', ...options });
    formatters.set(key, f);
  }
  return f;
}

const numberFormats = new Map<Lang, Intl.NumberFormat>();

// The slider's readout and the announcer name the same hours again and again while a reader
// scrubs or plays: each hour's words are made once. Two Intl calls were about a seventh of a
// slider tick's input handler (issue 15). The month has 480 hours; the bound is only a guard.
const sliderTimes = new Map<string, string>();
const SLIDER_TIMES_MAX = 4096;

/** Returns the slider time in words, Almaty time: "Wednesday, 5 January 2022, 22:00". */
export function formatSliderTime(t: EpochMs, lang: Lang): string {
  const key = `${lang}|${t}`;
  let text = sliderTimes.get(key);
  if (text === undefined) {
    const d = shifted(t, ALMATY_OFFSET_MINUTES);
    const date = fmt(lang, {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    }).format(d);
    const time = fmt(lang, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(d);
    text = lang === 'de' ? `${date}, ${time} Uhr` : `${date}, ${time}`;
    if (sliderTimes.size >= SLIDER_TIMES_MAX) sliderTimes.clear();
    sliderTimes.set(key, text);
  }
  return text;
}

/** Returns a short Almaty date: "5 Jan" / "5. Jan.". */
export function formatShortDate(t: EpochMs, lang: Lang): string {
  return fmt(lang, { day: 'numeric', month: 'short' }).format(shifted(t, ALMATY_OFFSET_MINUTES));
}

/** Returns a short Almaty date and time: "5 Jan, 22:00". */
export function formatShortTime(t: EpochMs, lang: Lang): string {
  const d = shifted(t, ALMATY_OFFSET_MINUTES);
  return fmt(lang, {
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(d);
}

const PART_OF_DAY: Record<Lang, Record<'night' | 'morning' | 'afternoon' | 'evening', string>> = {
  en: { night: 'night', morning: 'morning', afternoon: 'afternoon', evening: 'evening' },
  de: { night: 'Nacht', morning: 'Morgen', afternoon: 'Nachmittag', evening: 'Abend' },
};

/**
 * Returns an event's time labelled with its real precision: "5 Jan, 22:52" (Almaty time),
 * "5 Jan, evening", "night to 6 Jan", "5 Jan, during the day", "January 2022". Parts of the day refer to the
 * local clock the source used (UTC+5 in the west), so they are formatted in that offset.
 */
export function formatEventTime(
  event: Pick<DatedEvent, 'start' | 'precision' | 'offsetMinutes'>,
  lang: Lang,
): string {
  const text = formatTimeWithPrecision(event.start, event.precision, event.offsetMinutes, lang);
  // Only the date is known: the event is shown from the start of that day and says so.
  if (event.precision === 'day') return `${text}, ${DURING_THE_DAY[lang]}`;
  return text;
}

const DURING_THE_DAY: Record<Lang, string> = { en: 'during the day', de: 'im Laufe des Tages' };

/** Returns a time labelled with its precision (see formatEventTime). */
export function formatTimeWithPrecision(
  t: EpochMs,
  precision: Precision,
  offsetMinutes: number,
  lang: Lang,
): string {
  const local = shifted(t, offsetMinutes);
  const day = fmt(lang, { day: 'numeric', month: 'short' }).format(local);
  switch (precision) {
    case 'exact':
      return formatShortTime(t, lang);
    case 'day':
      return day;
    case 'month':
      return fmt(lang, { month: 'long', year: 'numeric' }).format(local);
    case 'night':
      return lang === 'de' ? `Nacht zum ${day}` : `night to ${day}`;
    default:
      return `${day}, ${PART_OF_DAY[lang][precision]}`;
  }
}

/**
 * Returns a claimed figure as the interface shows it: the qualifier's words (from the interface
 * strings, e.g. "about ") and the value or range, "about 2,500–3,000".
 */
export function formatClaimValue(
  c: Pick<Claim, 'value' | 'valueMax' | 'qualifier'>,
  lang: Lang,
  qualifierWords: Readonly<Record<string, string>>,
): string {
  const value =
    formatNumber(c.value, lang) +
    (c.valueMax !== undefined ? `–${formatNumber(c.valueMax, lang)}` : '');
  return `${qualifierWords[c.qualifier] ?? ''}${value}`;
}

/** Returns an integer formatted for the language: 3,811 / 3.811. */
export function formatNumber(n: number, lang: Lang): string {
  let f = numberFormats.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE[lang]);
    numberFormats.set(lang, f);
  }
  return f.format(n);
}
