import { useLayoutEffect, useRef, useState } from 'react';
import { groupNearby, stepEndTime } from '../../domain/story-steps';
import { RANGE_END, RANGE_START, sliderHour } from '../../domain/time';
import { useQantar, useQantarStoreApi } from '../../store/context';
import { useStoryStrings } from '../story-panel/story-strings';
import './story-ticks.css';

/** A tick's width on the track (story-ticks.css): closer ticks would cover each other. */
const TICK_PX = 12;

/** Follows an element's width (the track's, for grouping ticks); `fallback` until measured. */
function useWidth<T extends HTMLElement>(fallback: number) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setWidth(el.clientWidth || fallback);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [fallback]);
  return [ref, width] as const;
}

/**
 * The story's steps as ticks on the slider track, at the moment each step comes to rest.
 * A tick shows its step's title on hover, and while the slider has focus on that moment;
 * clicking one opens the step. Steps that end hours apart would share a spot on a phone's
 * track: they become one tick naming each, which opens the first. Keyboard and screen-reader
 * users step with the story card, so the ticks add no tab stops.
 */
export function StoryTicks() {
  const store = useQantarStoreApi();
  const steps = useQantar((s) => s.storySteps);
  const lang = useQantar((s) => s.lang);
  // The slider hour only when it is a step's end (else -1): re-renders on reaching or leaving a
  // step, not on every tick of the slider (issue 15).
  const hour = useQantar((s) => {
    const h = sliderHour(s.time);
    return s.storySteps.some((step) => sliderHour(stepEndTime(step)) === h) ? h : -1;
  });
  const st = useStoryStrings();
  const [ref, width] = useWidth<HTMLDivElement>(300);
  if (steps.length === 0) return null;
  const total = RANGE_END - RANGE_START;
  const ends = steps.map((step) => stepEndTime(step));
  const positions = ends.map((at) => (at - RANGE_START) / total);
  return (
    <div className="story-ticks" aria-hidden="true" data-testid="story-ticks" ref={ref}>
      {groupNearby(positions, TICK_PX / width).map((group) => {
        const first = group[0]!;
        const current = group.some((i) => sliderHour(ends[i]!) === hour);
        return (
          <span
            key={steps[first]!.id}
            className={`story-tick${current ? ' story-tick--current' : ''}`}
            style={{ left: `${positions[first]! * 100}%` }}
            data-step-id={steps[first]!.id}
            data-step-ids={group.map((i) => steps[i]!.id).join(' ')}
            onClick={() => {
              store.getState().startStory();
              store.getState().goToStep(first);
            }}
          >
            <span className="story-tick__mark" />
            <span className="story-tick__label">
              {group.map((i) => (
                <span key={i} className="story-tick__line">
                  {st.tickLabel(i + 1, steps[i]!.title[lang])}
                </span>
              ))}
            </span>
          </span>
        );
      })}
    </div>
  );
}
