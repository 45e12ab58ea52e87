import { memo, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { formatSliderTime } from '../../domain/format';
import { traced } from '../../domain/trace';
import { HOUR_MS, RANGE_END, RANGE_START, sliderHour } from '../../domain/time';
import { useFollowingTime, useQantar, useQantarStoreApi } from '../../store/context';
import { HISTOGRAM_BIN_MS, visibleCountAt } from '../../store/selectors';
import { histogram, lowerBound, snapToEvent } from '../../domain/time-index';
import { SPEEDS, type QantarState, type Speed } from '../../store/store';
import { useStrings } from '../i18n';
import { PHONE_QUERY, useMedia } from '../layout/use-media';
import { Icon } from '../icons';
import { useStoryStrings } from '../story-panel/story-strings';
import { StoryTicks } from '../story-ticks/StoryTicks';

const TOTAL_HOURS = (RANGE_END - RANGE_START) / HOUR_MS;
const DAY_HOURS = 24;
/** Days labelled on narrow tracks too (the rest get a tick only). */
const MAJOR_DAYS = new Set([1, 5, 10, 15, 20]);

/** Keys with their own meaning on the slider; arrows keep the browser's one-step behaviour. */
const KEY_STEPS: Record<string, number> = { PageUp: 24, PageDown: -24 };
/** While dragged, the slider snaps to an event this close on screen (keys move by the hour). */
const SNAP_PX = 6;

/** The events-per-6-hours bars, drawn once per dataset. */
const Histogram = memo(function Histogram({
  bins,
  label,
  past = false,
}: {
  bins: readonly number[];
  label?: string;
  past?: boolean;
}) {
  const max = Math.max(1, ...bins);
  return (
    <svg
      className={`slider__histogram${past ? ' slider__histogram--past' : ''}`}
      viewBox={`0 0 ${bins.length} 100`}
      preserveAspectRatio="none"
      {...(label ? { role: 'img', 'aria-label': label } : { 'aria-hidden': true })}
    >
      {bins.map((n, i) => (
        <rect
          key={i}
          x={i + 0.1}
          width={0.8}
          y={100 - (n / max) * 100}
          height={(n / max) * 100}
          className="slider__bar"
        />
      ))}
    </svg>
  );
});

/** Previous event, play/pause, next event: re-rendered when playing changes, not per tick. */
const SliderButtons = memo(function SliderButtons() {
  const store = useQantarStoreApi();
  const playing = useQantar((s) => s.playing);
  const t = useStrings();
  const actions = store.getState();
  return (
    <div className="slider__buttons">
      <button
        type="button"
        className="icon-button"
        onClick={actions.stepToPreviousEvent}
        aria-label={t.previousEvent}
        title={t.previousEvent}
      >
        <Icon name="previous" />
      </button>
      <button
        type="button"
        className="icon-button icon-button--primary"
        onClick={actions.togglePlay}
        aria-label={playing ? t.pause : t.play}
        title={playing ? t.pause : t.play}
      >
        <Icon name={playing ? 'pause' : 'play'} />
      </button>
      <button
        type="button"
        className="icon-button"
        onClick={actions.stepToNextEvent}
        aria-label={t.nextEvent}
        title={t.nextEvent}
      >
        <Icon name="next" />
      </button>
    </div>
  );
});

/** The day ticks under the track: the same for every moment. */
const DayTicks = memo(function DayTicks() {
  return (
    <div className="slider__ticks" aria-hidden="true">
      {Array.from({ length: TOTAL_HOURS / DAY_HOURS + 1 }, (_, d) => (
        <span
          key={d}
          className={`slider__tick${MAJOR_DAYS.has(d + 1) ? ' slider__tick--major' : ''}`}
          style={{ left: `calc(8px + (100% - 16px) * ${(d * DAY_HOURS) / TOTAL_HOURS})` }}
        >
          {d + 1}
        </span>
      ))}
    </div>
  );
});

/** Playback speed: re-rendered when the speed changes, not per tick. */
const SpeedButtons = memo(function SpeedButtons() {
  const store = useQantarStoreApi();
  const speed = useQantar((s) => s.speed);
  const t = useStrings();
  const actions = store.getState();
  return (
    <div className="slider__speed" role="group" aria-label={t.speed}>
      {SPEEDS.map((s: Speed) => (
        <button
          key={s}
          type="button"
          className="speed-button"
          aria-pressed={s === speed}
          onClick={() => actions.setSpeed(s)}
        >
          {s}×
        </button>
      ))}
    </div>
  );
});

/**
 * The time slider: an hourly range input over 1–20 January 2022 (Almaty time) with a histogram
 * of events per 6 hours on its track, play/pause, speed and previous/next event buttons.
 */
export function TimeSlider() {
  const store = useQantarStoreApi();
  // The count follows the slider like the panels; the thumb, the time readout and the darker
  // past bars are written straight to the DOM from the store (below), so an input event renders
  // no React at all (issue 15).
  const following = useFollowingTime();
  const count = useQantar((s) => visibleCountAt(s, following));
  const index = useQantar((s) => s.index);
  const bins = useMemo(() => histogram(index, RANGE_START, RANGE_END, HISTOGRAM_BIN_MS), [index]);
  const t = useStrings();
  const st = useStoryStrings();
  const [openingHour] = useState(() => sliderHour(store.getState().time));
  const readout = useRef<HTMLOutputElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const past = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const show = (s: QantarState) => {
      const hour = sliderHour(s.time);
      const label = formatSliderTime(s.time, s.lang);
      readout.current!.textContent = label;
      // A reader's own input already holds the value: writing it again costs the input event.
      if (input.current!.value !== String(hour)) input.current!.value = String(hour);
      input.current!.setAttribute('aria-valuetext', label);
      past.current!.style.clipPath = `inset(0 ${100 - (hour / TOTAL_HOURS) * 100}% 0 0)`;
    };
    show(store.getState());
    return store.subscribe((s, prev) => {
      if (s.time !== prev.time || s.lang !== prev.lang) show(s);
    });
  }, [store]);
  // Phones: two lines of fixed height (the time; the zone and a short count), so the footer
  // never changes height between moments (issue 10).
  const phone = useMedia(PHONE_QUERY);
  const actions = store.getState();
  // A pointer is dragging the thumb (snap to events) rather than keys stepping it (never snap).
  const dragging = useRef(false);

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const step = KEY_STEPS[e.key];
    if (step !== undefined) {
      e.preventDefault();
      actions.stepHours(step);
    } else if (e.key === 'Home') {
      e.preventDefault();
      actions.setTime(RANGE_START);
    } else if (e.key === 'End') {
      e.preventDefault();
      actions.setTime(RANGE_END);
    } else if (e.key === ' ') {
      e.preventDefault();
      actions.togglePlay();
    }
  };

  return (
    <section className="slider" aria-label={t.time}>
      <div className="slider__readout">
        <span>
          <output
            className="slider__time"
            htmlFor="qantar-time"
            data-testid="slider-time"
            ref={readout}
          />{' '}
          {/* Said once, where the time is shown: a German reader would otherwise assume CET. */}
          <span className="slider__zone" data-testid="time-zone">
            {st.almatyTime}
          </span>
        </span>
        <span
          className="slider__count"
          data-testid="visible-count"
          data-count={count}
          data-hour={sliderHour(following)}
        >
          {phone ? t.eventCount(count) : t.eventsSoFar(count)}
        </span>
      </div>
      <div className="slider__row">
        <SliderButtons />
        <div className="slider__track">
          {/* A tap on a bar jumps to the first event in it (whole hours, like the slider). */}
          <div
            className="slider__bars"
            onClick={(e) => {
              const box = e.currentTarget.getBoundingClientRect();
              const bin = Math.floor(((e.clientX - box.left) / box.width) * bins.length);
              const from =
                RANGE_START + Math.max(0, Math.min(bins.length - 1, bin)) * HISTOGRAM_BIN_MS;
              const first = index.times[lowerBound(index.times, from)];
              const at =
                first !== undefined && first < from + HISTOGRAM_BIN_MS
                  ? Math.min(
                      RANGE_END,
                      Math.ceil((first - RANGE_START) / HOUR_MS) * HOUR_MS + RANGE_START,
                    )
                  : from;
              actions.setTime(at);
            }}
            aria-hidden="true"
          >
            <Histogram bins={bins} label={t.histogramLabel} />
          </div>
          {/* The bars up to the slider time, darker: one style change per tick, no re-render of the bars. */}
          <div className="slider__past" ref={past} aria-hidden="true">
            <Histogram bins={bins} past />
          </div>
          <input
            id="qantar-time"
            className="slider__input"
            type="range"
            min={0}
            max={TOTAL_HOURS}
            step={1}
            // Uncontrolled: the browser moves the thumb, the store subscription above moves it
            // for keys, buttons and links; React would otherwise reset it after every input.
            defaultValue={openingHour}
            ref={input}
            aria-label={t.time}
            onPointerDown={() => (dragging.current = true)}
            onPointerUp={() => (dragging.current = false)}
            onPointerCancel={() => (dragging.current = false)}
            onChange={(e) => {
              const hours = Number(e.currentTarget.value);
              let to = RANGE_START + hours * HOUR_MS;
              // Read only while dragging: clientWidth forces a layout inside the input event.
              const width = dragging.current ? e.currentTarget.clientWidth : 0;
              if (width > 0) {
                const windowHours = Math.floor((SNAP_PX * TOTAL_HOURS) / width);
                to = snapToEvent(index.times, to, windowHours * HOUR_MS, RANGE_START);
              }
              traced('input-handler', () => actions.setTime(to));
            }}
            onKeyDown={(e) => {
              dragging.current = false;
              onKeyDown(e);
            }}
          />
          <DayTicks />
          <StoryTicks />
        </div>
        <SpeedButtons />
      </div>
    </section>
  );
}
