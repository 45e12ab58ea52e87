// @vitest-environment jsdom
import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StoreProvider } from '../../src/store/context';
import { createQantarStore, type QantarStore, type StoreInit } from '../../src/store/store';
import { ContingentPanel } from '../../src/ui/contingent-panel/ContingentPanel';
import { FiguresPanel } from '../../src/ui/figures/FiguresPanel';
import { LayerControl } from '../../src/ui/layer-control/LayerControl';
import { PlacePanel } from '../../src/ui/place-panel/PlacePanel';
import { SituationBar } from '../../src/ui/situation/SituationBar';
import { storyDataset } from './story-dataset';

afterEach(cleanup);

const at = (iso: string) => Date.parse(iso);

/** Renders a component with a fresh store over the story dataset; `before` runs on the store first. */
function renderWith(
  ui: ReactNode,
  init: StoreInit = {},
  before: (store: QantarStore) => void = () => {},
): QantarStore {
  const store = createQantarStore(storyDataset, { lang: 'en', ...init });
  before(store);
  render(<StoreProvider store={store}>{ui}</StoreProvider>);
  return store;
}

const situation = (time: string, init: StoreInit = {}) =>
  renderWith(<SituationBar onShowFigures={() => {}} figuresShown={false} />, {
    time: at(time),
    ...init,
  });

const claimIds = (root: HTMLElement) =>
  [...root.querySelectorAll('[data-claim-id]')].map((e) => e.getAttribute('data-claim-id'));

describe('SituationBar: internet', () => {
  it('shows a blackout with its sources’ publishers', () => {
    situation('2022-01-05T18:00+06:00');
    const item = screen.getByTestId('internet-status');
    expect(item).toHaveAttribute('data-status', 'blackout');
    expect(item).toHaveTextContent('Internet: blackout (NetBlocks, Agency A)');
  });

  it('shows the throttling before the blackout', () => {
    situation('2022-01-05T06:00+06:00');
    expect(screen.getByTestId('internet-status')).toHaveAttribute('data-status', 'throttled');
    expect(screen.getByTestId('internet-status')).toHaveTextContent(
      'Internet: throttled (NetBlocks)',
    );
  });

  it('shows the restoration at the moment the blackout ends', () => {
    situation('2022-01-10T00:00+06:00');
    expect(screen.getByTestId('internet-status')).toHaveAttribute('data-status', 'restored');
  });

  it('says normal when no disruption is recorded yet', () => {
    situation('2022-01-03T00:00+06:00');
    const item = screen.getByTestId('internet-status');
    expect(item).toHaveAttribute('data-status', 'normal');
    expect(item).toHaveTextContent('Internet: normal (no disruption recorded)');
  });

  it('offers the interval’s note', () => {
    situation('2022-01-05T18:00+06:00');
    expect(
      within(screen.getByTestId('internet-status')).getByText('Fixed and mobile lines cut.'),
    ).toBeInTheDocument();
  });

  it('follows the slider', () => {
    const store = situation('2022-01-05T06:00+06:00');
    act(() => store.getState().setTime(at('2022-01-06T00:00+06:00')));
    expect(screen.getByTestId('internet-status')).toHaveAttribute('data-status', 'blackout');
  });
});

describe('SituationBar: state of emergency', () => {
  it('counts the regions where it is in force', () => {
    situation('2022-01-05T12:00+06:00');
    const item = screen.getByTestId('emergency-status');
    expect(item).toHaveAttribute('data-count', '2');
    expect(item).toHaveTextContent('State of emergency: in force in 2 of 17 regions');
  });

  it('counts a region from the start of its interval', () => {
    situation('2022-01-06T12:00+06:00');
    expect(screen.getByTestId('emergency-status')).toHaveAttribute('data-count', '3');
  });

  it('stops counting a region at the end of its interval', () => {
    situation('2022-01-19T00:00+06:00');
    expect(screen.getByTestId('emergency-status')).toHaveAttribute('data-count', '1');
  });

  it('says not in force before it is declared, and does not count a curfew', () => {
    situation('2022-01-05T01:00+06:00');
    const item = screen.getByTestId('emergency-status');
    expect(item).toHaveAttribute('data-count', '0');
    expect(item).toHaveTextContent('State of emergency: not in force');
  });
});

describe('SituationBar: foreign troops', () => {
  it('says none in the country before any contingent has left', () => {
    situation('2022-01-05T12:00+06:00');
    expect(screen.getByTestId('troop-status')).toHaveTextContent(
      'Foreign troops: none in the country',
    );
  });

  it('gives the claimed size of the whole force while a contingent flies in', () => {
    situation('2022-01-06T12:00+06:00');
    expect(screen.getByTestId('troop-status')).toHaveTextContent(
      'Foreign troops: about 2,500 according to CSTO (6 Jan)',
    );
  });

  it('lists the latest claim per kind of claimant, newest first, never merged', () => {
    situation('2022-01-11T00:00+06:00');
    expect(screen.getByTestId('troop-status')).toHaveTextContent(
      'Foreign troops: 2,030 according to Kazakh authorities (10 Jan); more than 2,000 according to CSTO (9 Jan)',
    );
  });

  it('leaves out unverified claims and claims for a single contingent', () => {
    situation('2022-01-08T12:00+06:00');
    const item = screen.getByTestId('troop-status');
    expect(item).not.toHaveTextContent('4,000');
    expect(item).not.toHaveTextContent('70');
  });

  it('says none in the country once every contingent has withdrawn', () => {
    situation('2022-01-20T00:00+06:00');
    expect(screen.getByTestId('troop-status')).toHaveTextContent(
      'Foreign troops: none in the country',
    );
  });
});

describe('SituationBar: regressions', () => {
  // Bug in the committed SituationBar.tsx (HEAD 10863c9, lines 58–69): the note's <details> (and
  // its <p>) sat inside <p class="situation__item">. A <p> may only hold phrasing content; React
  // logged "In HTML, <details> cannot be a descendant of <p>". Fixed by rendering the items as <div>.
  it('renders valid HTML: no details or paragraph inside a paragraph', () => {
    situation('2022-01-05T18:00+06:00');
    expect(screen.getByTestId('situation').querySelector('p details, p p')).toBeNull();
  });

  // Bug in the committed SituationBar.tsx (HEAD 10863c9, lines 79–83): it said "none in the
  // country" whenever no figure for the whole force had been claimed yet, even while a contingent
  // was flying in or deployed. Fixed with a separate "no number claimed yet" text.
  it('says a contingent is in the country, without a number, while no figure is claimed yet', () => {
    const store = createQantarStore(
      { ...storyDataset, claims: [] },
      { lang: 'en', time: at('2022-01-08T12:00+06:00') },
    );
    render(
      <StoreProvider store={store}>
        <SituationBar onShowFigures={() => {}} figuresShown={false} />
      </StoreProvider>,
    );
    expect(screen.getByTestId('troop-status')).toHaveTextContent(
      'Foreign troops: in the country; no number claimed yet',
    );
  });
});

describe('SituationBar: Almaty airport and layers', () => {
  it('shows who controls the airport and that the time is disputed', () => {
    situation('2022-01-05T18:00+06:00');
    const item = screen.getByTestId('airport-status');
    expect(item).toHaveAttribute('data-status', 'occupied');
    expect(item).toHaveTextContent('Almaty airport: occupied by protesters (time disputed)');
  });

  it('hides the airport line before any status is recorded', () => {
    situation('2022-01-04T12:00+06:00');
    expect(screen.queryByTestId('airport-status')).toBeNull();
  });

  it('hides the internet line when the internet layer is off', () => {
    situation('2022-01-05T18:00+06:00', {
      layers: ['incidents', 'places', 'sites', 'troops', 'emergency'],
    });
    expect(screen.queryByTestId('internet-status')).toBeNull();
    expect(screen.getByTestId('emergency-status')).toBeInTheDocument();
  });

  it('hides the emergency line when the emergency layer is off', () => {
    situation('2022-01-05T18:00+06:00', {
      layers: ['incidents', 'places', 'sites', 'troops', 'internet'],
    });
    expect(screen.queryByTestId('emergency-status')).toBeNull();
    expect(screen.getByTestId('internet-status')).toBeInTheDocument();
  });

  it('hides the troop line when the troops layer is off', () => {
    situation('2022-01-08T00:00+06:00', {
      layers: ['incidents', 'places', 'sites', 'emergency', 'internet'],
    });
    expect(screen.queryByTestId('troop-status')).toBeNull();
  });

  it('hides the airport line when the sites layer is off', () => {
    situation('2022-01-05T18:00+06:00', {
      layers: ['incidents', 'places', 'troops', 'emergency', 'internet'],
    });
    expect(screen.queryByTestId('airport-status')).toBeNull();
  });

  it('hides the line when its layer is switched off later', () => {
    const store = situation('2022-01-05T18:00+06:00');
    act(() => store.getState().setLayerVisible('internet', false));
    expect(screen.queryByTestId('internet-status')).toBeNull();
  });
});

describe('SituationBar: figures button', () => {
  it('calls onShowFigures when clicked', async () => {
    const onShowFigures = vi.fn();
    renderWith(<SituationBar onShowFigures={onShowFigures} figuresShown={false} />);
    await userEvent.click(screen.getByRole('button', { name: 'Figures' }));
    expect(onShowFigures).toHaveBeenCalledTimes(1);
  });

  it('is pressed while the figures are shown', () => {
    renderWith(<SituationBar onShowFigures={() => {}} figuresShown />);
    expect(screen.getByRole('button', { name: 'Figures' })).toHaveAttribute('aria-pressed', 'true');
  });
});

describe('FiguresPanel', () => {
  const metric = (m: string) =>
    screen.getByTestId('figures-panel').querySelector(`[data-metric="${m}"]`) as HTMLElement;

  it('lists the claims made up to the slider time per metric, newest first', () => {
    renderWith(<FiguresPanel />, { time: at('2022-01-09T12:00+06:00') });
    expect(claimIds(metric('deaths'))).toEqual(['cl-deaths-164', 'cl-deaths-26']);
    expect(claimIds(metric('troops'))).toEqual([
      'cl-troops-csto-press',
      'cl-troops-russia',
      'cl-troops-zas',
      'cl-troops-topcor',
    ]);
  });

  it('leaves out claims made after the slider time', () => {
    renderWith(<FiguresPanel />, { time: at('2022-01-08T12:00+06:00') });
    expect(claimIds(metric('deaths'))).toEqual(['cl-deaths-26']);
  });

  it('says so for a metric without a claim yet', () => {
    renderWith(<FiguresPanel />, { time: at('2022-01-09T12:00+06:00') });
    expect(metric('detained')).toHaveTextContent('No figure claimed yet.');
    expect(claimIds(metric('detained'))).toEqual([]);
  });

  it('shows a retracted claim marked with its retraction date', () => {
    renderWith(<FiguresPanel />, { time: at('2022-01-12T00:00+06:00') });
    const item = metric('deaths').querySelector('[data-claim-id="cl-deaths-164"]') as HTMLElement;
    expect(item).toHaveTextContent('retracted on 2022-01-09');
    expect(item).toHaveClass('figures__claim--retracted');
  });

  it('does not mark a claim that was never retracted', () => {
    renderWith(<FiguresPanel />, { time: at('2022-01-12T00:00+06:00') });
    const item = metric('deaths').querySelector('[data-claim-id="cl-deaths-26"]') as HTMLElement;
    expect(item).not.toHaveTextContent('retracted');
    expect(item).not.toHaveClass('figures__claim--retracted');
  });

  it('shows each claim’s value with its qualifier, claimant, kind and date', () => {
    renderWith(<FiguresPanel />, { time: at('2022-01-09T12:00+06:00') });
    const item = metric('troops').querySelector('[data-claim-id="cl-troops-zas"]') as HTMLElement;
    expect(item).toHaveTextContent('about 2,500');
    expect(item).toHaveTextContent('Claimed by: CSTO Secretary General (CSTO), 6 Jan');
    expect(within(item).getByText('Contested')).toBeInTheDocument();
  });

  it('shows a range as from–to', () => {
    renderWith(<FiguresPanel />, { time: at('2022-01-12T00:00+06:00') });
    expect(metric('detained').querySelector('[data-claim-id="cl-detained"]')).toHaveTextContent(
      '7,939–9,900',
    );
  });

  it('draws a step chart per metric', () => {
    const { container } = render(
      <StoreProvider
        store={createQantarStore(storyDataset, { time: at('2022-01-09T12:00+06:00') })}
      >
        <FiguresPanel />
      </StoreProvider>,
    );
    expect(container.querySelectorAll('.step-chart svg')).toHaveLength(6);
    for (const name of [
      'Dead',
      'Dead among security forces',
      'Injured',
      'Injured among security forces',
      'Detained',
      'Foreign troops',
    ]) {
      expect(screen.getByRole('img', { name })).toBeInTheDocument();
    }
  });

  it('gives each chart its axis values: 0, the largest figure and three dates', () => {
    renderWith(<FiguresPanel />, { time: at('2022-01-09T12:00+06:00') });
    const chart = metric('deaths').querySelector('.step-chart') as HTMLElement;
    const largest = Math.max(
      ...storyDataset.claims.filter((c) => c.metric === 'deaths').map((c) => c.valueMax ?? c.value),
    );
    expect(chart.querySelector('.step-chart__max')).toHaveTextContent(
      largest.toLocaleString('en-GB'),
    );
    expect(chart.querySelector('.step-chart__zero')).toHaveTextContent('0');
    expect(
      [...chart.querySelectorAll('.step-chart__days > span')].map((s) => s.textContent),
    ).toEqual(['1 Jan', '10 Jan', '20 Jan']);
  });

  it('adds figures published after the range, marked as later, once the slider is at the end', () => {
    renderWith(<FiguresPanel />, { time: at('2022-01-20T00:00+06:00') });
    const item = metric('deaths').querySelector('[data-claim-id="cl-deaths-238"]') as HTMLElement;
    expect(item).toHaveTextContent('after 20 Jan, 1 Aug');
  });

  it('follows the slider', () => {
    const store = renderWith(<FiguresPanel />, { time: at('2022-01-08T12:00+06:00') });
    act(() => store.getState().setTime(at('2022-01-15T00:00+06:00')));
    expect(claimIds(metric('deaths'))).toEqual(['cl-deaths-225', 'cl-deaths-164', 'cl-deaths-26']);
  });
});

describe('ContingentPanel', () => {
  const open = (id: string, time: string) =>
    renderWith(<ContingentPanel />, { time: at(time) }, (store) =>
      store.getState().selectContingent(id),
    );

  it('shows nothing when no contingent is selected', () => {
    renderWith(<ContingentPanel />);
    expect(screen.queryByTestId('contingent-panel')).toBeNull();
  });

  it('is titled with the contingent’s name', () => {
    open('russia', '2022-01-08T12:00+06:00');
    expect(
      within(screen.getByTestId('contingent-panel')).getByRole('heading', {
        level: 2,
        name: 'Russia (national contingent)',
      }),
    ).toBeInTheDocument();
  });

  it('shows the phase at the slider time with the verification', () => {
    open('russia', '2022-01-08T12:00+06:00');
    const phase = screen.getByTestId('contingent-phase');
    expect(phase).toHaveAttribute('data-phase', 'deployed');
    expect(phase).toHaveTextContent('deployed · Official claim only');
  });

  it('shows the contingent flying in on its departure day', () => {
    open('russia', '2022-01-06T12:00+06:00');
    expect(screen.getByTestId('contingent-phase')).toHaveAttribute('data-phase', 'arriving');
    expect(screen.getByTestId('contingent-phase')).toHaveTextContent('flying in');
  });

  it('shows the route with the airfields’ names and the dates reached so far', () => {
    open('russia', '2022-01-08T12:00+06:00');
    // The withdrawal dates lie after the slider time: not given away.
    expect(screen.getByTestId('contingent-panel')).toHaveTextContent(
      'Route: Chkalovsky → Almaty Airport (6 Jan – 6 Jan; not yet – not yet)',
    );
    cleanup();
    open('russia', '2022-01-19T12:00+06:00');
    expect(screen.getByTestId('contingent-panel')).toHaveTextContent(
      'Route: Chkalovsky → Almaty Airport (6 Jan – 6 Jan; 13 Jan – 19 Jan)',
    );
  });

  it('lists the troop claims for that contingent only', () => {
    open('russia', '2022-01-08T12:00+06:00');
    const panel = screen.getByTestId('contingent-panel');
    expect(claimIds(panel)).toEqual(['cl-troops-russia']);
    expect(panel.querySelector('[data-claim-id="cl-troops-russia"]')).toHaveTextContent(
      'more than 70 — Russian Defence Ministry, 8 Jan',
    );
  });

  it('says so when no troop number is published for the contingent', () => {
    open('belarus', '2022-01-08T12:00+06:00');
    expect(screen.getByTestId('contingent-panel')).toHaveTextContent('No troop number published.');
    expect(claimIds(screen.getByTestId('contingent-panel'))).toEqual([]);
  });

  it('lists the guarded sites with a contested badge on contested ones', () => {
    open('russia', '2022-01-08T12:00+06:00');
    const panel = screen.getByTestId('contingent-panel');
    const airport = panel.querySelector('[data-site="almaty_airport"]') as HTMLElement;
    const nurSultan = panel.querySelector('[data-site="nur_sultan_airport"]') as HTMLElement;
    expect(
      [...panel.querySelectorAll('[data-site]')].map((e) => e.getAttribute('data-site')),
    ).toEqual(['almaty_airport', 'nur_sultan_airport']);
    expect(airport).toHaveTextContent('Almaty Airport — Russian Defence Ministry');
    expect(airport.querySelector('.badge--contested')).toBeNull();
    expect(nurSultan).toHaveTextContent('Nur-Sultan Airport');
    expect(within(nurSultan).getByText('contested')).toHaveClass('badge--contested');
  });

  it('clears the selection and closes with its close button', async () => {
    const store = open('russia', '2022-01-08T12:00+06:00');
    await userEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(store.getState().selectedContingent).toBeNull();
    expect(screen.queryByTestId('contingent-panel')).toBeNull();
  });
});

describe('LayerControl', () => {
  it('shows every layer as switched on by default', () => {
    renderWith(<LayerControl />);
    for (const name of [
      'Incidents',
      'Cities',
      'Airport control',
      'CSTO troops',
      'State of emergency and curfew',
      'Internet shutdown',
    ]) {
      expect(screen.getByRole('checkbox', { name })).toBeChecked();
    }
  });

  it('shows a layer that is off as unchecked', () => {
    renderWith(<LayerControl />, { layers: ['incidents'] });
    expect(screen.getByRole('checkbox', { name: 'Internet shutdown' })).not.toBeChecked();
  });

  it('switches a layer off and on again in the store', async () => {
    const store = renderWith(<LayerControl />);
    const box = screen.getByRole('checkbox', { name: 'CSTO troops' });
    await userEvent.click(box);
    expect(store.getState().layers.has('troops')).toBe(false);
    expect(box).not.toBeChecked();
    await userEvent.click(box);
    expect(store.getState().layers.has('troops')).toBe(true);
  });

  it('hides and shows a category in the store', async () => {
    const store = renderWith(<LayerControl />);
    const box = screen.getByRole('checkbox', { name: 'Violence' });
    await userEvent.click(box);
    expect([...store.getState().hiddenCategories]).toEqual(['violence']);
    expect(box).not.toBeChecked();
    await userEvent.click(box);
    expect(store.getState().hiddenCategories.size).toBe(0);
  });

  it('hides a verification in the store', async () => {
    const store = renderWith(<LayerControl />);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Unverified' }));
    expect([...store.getState().hiddenVerifications]).toEqual(['unverified']);
  });

  it('shows a hidden verification as unchecked', () => {
    renderWith(<LayerControl />, { hiddenVerifications: ['contested'] });
    expect(screen.getByRole('checkbox', { name: 'Contested' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Independently confirmed' })).toBeChecked();
  });
});

describe('SiteTimeline in the place panel', () => {
  const items = () => [...screen.getByTestId('site-timeline').querySelectorAll('li')];

  it('lists the site’s control timeline up to the slider time, the whole one on request', async () => {
    renderWith(<PlacePanel />, {
      time: at('2022-01-05T18:00+06:00'),
      selectedPlace: 'almaty_airport',
    });
    expect(items().map((li) => li.getAttribute('data-status'))).toEqual(['open', 'occupied']);
    await userEvent.click(screen.getByRole('button', { name: 'Show whole timeline' }));
    expect(items().map((li) => li.getAttribute('data-status'))).toEqual([
      'open',
      'occupied',
      'retaken',
      'guarded',
      'reopened_restricted',
    ]);
    expect(items().filter((li) => li.getAttribute('data-later') === 'true')).toHaveLength(3);
  });

  it('marks the interval at the slider time as current', () => {
    renderWith(<PlacePanel />, {
      time: at('2022-01-08T00:00+06:00'),
      selectedPlace: 'almaty_airport',
    });
    const current = items().filter((li) => li.getAttribute('aria-current') === 'true');
    expect(current.map((li) => li.getAttribute('data-status'))).toEqual(['guarded']);
    expect(current[0]).toHaveTextContent('now');
  });

  it('says the time is disputed on the current interval while its start is disputed', () => {
    renderWith(<PlacePanel />, {
      time: at('2022-01-05T18:00+06:00'),
      selectedPlace: 'almaty_airport',
    });
    const current = items().find((li) => li.getAttribute('aria-current') === 'true')!;
    expect(current).toHaveAttribute('data-status', 'occupied');
    expect(current).toHaveTextContent('occupied by protesters (time disputed)');
  });

  it('explains a disputed start with the earliest and latest reported times', () => {
    renderWith(<PlacePanel />, {
      time: at('2022-01-08T00:00+06:00'),
      selectedPlace: 'almaty_airport',
    });
    const occupied = items()[1]!;
    expect(occupied).toHaveTextContent(
      'start disputed: reported between 5 Jan, afternoon and 5 Jan, 22:52',
    );
    expect(occupied).not.toHaveTextContent('(time disputed)');
  });

  it('shows each interval’s start with its precision and its end', () => {
    renderWith(<PlacePanel />, {
      time: at('2022-01-08T00:00+06:00'),
      selectedPlace: 'almaty_airport',
    });
    expect(items()[2]).toHaveTextContent('night to 6 Jan– 7 Jan, 00:00');
  });

  it('marks no interval as current before the first one', () => {
    renderWith(<PlacePanel />, {
      time: at('2022-01-04T00:00+06:00'),
      selectedPlace: 'almaty_airport',
    });
    expect(items().filter((li) => li.hasAttribute('aria-current'))).toEqual([]);
  });

  it('moves the current mark with the slider', () => {
    const store = renderWith(<PlacePanel />, {
      time: at('2022-01-05T18:00+06:00'),
      selectedPlace: 'almaty_airport',
    });
    act(() => store.getState().setTime(at('2022-01-06T06:00+06:00')));
    expect(items().find((li) => li.getAttribute('aria-current') === 'true')).toHaveAttribute(
      'data-status',
      'retaken',
    );
  });

  it('is not shown for a city', () => {
    renderWith(<PlacePanel />, { time: at('2022-01-08T00:00+06:00'), selectedPlace: 'almaty' });
    expect(screen.getByTestId('place-panel')).toBeInTheDocument();
    expect(screen.queryByTestId('site-timeline')).toBeNull();
  });
});
