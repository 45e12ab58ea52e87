// Interface texts of story mode (issue 12), in their own module so the shared i18n.ts stays
// untouched by this feature.
import type { Lang } from '../../domain/format';
import { ALMATY_UTC } from '../../domain/time';
import { useQantar } from '../../store/context';

export interface StoryStrings {
  storyLabel: string;
  intro: string;
  startStory: string;
  exploreFreely: string;
  stepOf: (n: number, total: number) => string;
  previousStep: string;
  nextStep: string;
  claimsHeading: string;
  stepAnnouncement: (n: number, total: number, title: string, text: string) => string;
  almatyTime: string;
  tickLabel: (n: number, title: string) => string;
  listHeading: string;
  listIntro: string;
  listPictureMissing: string;
  openStep: string;
  openInteractive: string;
}

export const STORY_STRINGS: Record<Lang, StoryStrings> = {
  en: {
    storyLabel: 'Story',
    intro:
      'An interactive map of the unrest in Kazakhstan from 1 to 20 January 2022: what happened where, when, and who says so.',
    startStory: 'Start the story',
    exploreFreely: 'Explore freely',
    stepOf: (n, total) => `Step ${n} of ${total}`,
    previousStep: 'Previous step',
    nextStep: 'Next step',
    claimsHeading: 'Figures, as claimed',
    stepAnnouncement: (n, total, title, text) => `Step ${n} of ${total}: ${title}. ${text}`,
    almatyTime: `Almaty time (${ALMATY_UTC})`,
    tickLabel: (n, title) => `Step ${n}: ${title}`,
    listHeading: 'The story, step by step',
    listIntro: `Every step of the story as text, each with a picture of the map at that moment. Times are Almaty time (${ALMATY_UTC}).`,
    listPictureMissing: 'No picture of this step is available.',
    openStep: 'Open this step on the interactive map',
    openInteractive: 'Open the interactive map',
  },
  de: {
    storyLabel: 'Geschichte',
    intro:
      'Eine interaktive Karte der Unruhen in Kasachstan vom 1. bis 20. Januar 2022: was wo und wann geschah, und wer das sagt.',
    startStory: 'Geschichte starten',
    exploreFreely: 'Frei erkunden',
    stepOf: (n, total) => `Schritt ${n} von ${total}`,
    previousStep: 'Vorheriger Schritt',
    nextStep: 'Nächster Schritt',
    claimsHeading: 'Zahlen, wie angegeben',
    stepAnnouncement: (n, total, title, text) => `Schritt ${n} von ${total}: ${title}. ${text}`,
    almatyTime: `Zeit in Almaty (${ALMATY_UTC})`,
    tickLabel: (n, title) => `Schritt ${n}: ${title}`,
    listHeading: 'Die Geschichte, Schritt für Schritt',
    listIntro: `Alle Schritte der Geschichte als Text, jeder mit einem Bild der Karte in diesem Moment. Zeiten in Almaty-Zeit (${ALMATY_UTC}).`,
    listPictureMissing: 'Für diesen Schritt gibt es kein Bild.',
    openStep: 'Diesen Schritt auf der interaktiven Karte öffnen',
    openInteractive: 'Interaktive Karte öffnen',
  },
};

/** Returns the story-mode texts in the reader's language. */
export function useStoryStrings(): StoryStrings {
  return STORY_STRINGS[useQantar((s) => s.lang)];
}
