// The standard views a reader is checked at (issues 10 and 11): the phone, tablet and desktop
// sizes and the moments of January 2022. Shared by `npm run shots` and the browser tests.

export interface Viewport {
  name: string;
  width: number;
  height: number;
  /** Phones: touch and a mobile viewport. */
  touch: boolean;
}

export const VIEWPORTS: Viewport[] = [
  { name: '360x740', width: 360, height: 740, touch: true },
  { name: '390x844', width: 390, height: 844, touch: true },
  { name: '768x1024', width: 768, height: 1024, touch: false },
  { name: '1280x800', width: 1280, height: 800, touch: false },
  { name: '1440x900', width: 1440, height: 900, touch: false },
];

/** The standard moments (Almaty local time), as `t=` in the URL. */
export const MOMENTS = [
  '2022-01-02T18:00',
  '2022-01-05T22:00',
  '2022-01-06T12:00',
  '2022-01-07T23:00',
  '2022-01-15T12:00',
];
