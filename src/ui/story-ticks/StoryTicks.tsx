import { stepEndTime } from '../../domain/story-steps';
import { HOUR_MS, RANGE_END, RANGE_START } from '../../domain/time';
import { useQantar, useQantarStoreApi } from '../../store/context';
import { useStoryStrings } from '../story-panel/story-strings';
import './story-ticks.css';

/**
 * The story's steps as ticks on the slider track, at the moment each step comes to rest.
 * A tick shows its step's title on hover, and while the slider has focus on that moment;
 * clicking one opens the step. Keyboard and screen-reader users step with the story card, so
 * the ticks add no tab stops.
 */
export function StoryTicks() {
  const store = useQantarStoreApi();
  const steps = useQantar((s) => s.storySteps);
  const lang = useQantar((s) => s.lang);
  const hour = useQantar((s) => Math.round((s.time - RANGE_START) / HOUR_MS));
  const st = useStoryStrings();
  if (steps.length === 0) return null;
  const total = RANGE_END - RANGE_START;
  return (
    <div className="story-ticks" aria-hidden="true" data-testid="story-ticks">
      {steps.map((step, i) => {
        const at = stepEndTime(step);
        const current = Math.round((at - RANGE_START) / HOUR_MS) === hour;
        return (
          <span
            key={step.id}
            className={`story-tick${current ? ' story-tick--current' : ''}`}
            style={{ left: `${((at - RANGE_START) / total) * 100}%` }}
            data-step-id={step.id}
            onClick={() => {
              store.getState().startStory();
              store.getState().goToStep(i);
            }}
          >
            <span className="story-tick__mark" />
            <span className="story-tick__label">{st.tickLabel(i + 1, step.title[lang])}</span>
          </span>
        );
      })}
    </div>
  );
}
