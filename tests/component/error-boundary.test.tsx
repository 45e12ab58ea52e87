// @vitest-environment jsdom
// A render crash anywhere in the shell must not blank the page (or an embed): the root
// boundary shows a readable message and the text view.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import { testDataset } from './test-dataset';

const crash = vi.hoisted(() => ({ on: false }));

vi.mock('../../src/ui/situation/SituationBar', async (original) => {
  const real = await original<typeof import('../../src/ui/situation/SituationBar')>();
  return {
    ...real,
    SituationBar: (props: Parameters<typeof real.SituationBar>[0]) => {
      if (crash.on) throw new Error('planted render crash');
      return real.SituationBar(props);
    },
  };
});

afterEach(() => {
  crash.on = false;
  cleanup();
  vi.restoreAllMocks();
});

for (const [lang, message] of [
  ['en', 'Something went wrong while showing the map'],
  ['de', 'Bei der Darstellung ist ein Fehler aufgetreten'],
] as const) {
  it(`a render crash shows a message and the text view (${lang})`, () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    crash.on = true;
    render(
      <App dataset={testDataset} init={{ lang, time: Date.parse('2022-01-05T12:00+06:00') }} />,
    );
    expect(screen.getByTestId('app-failed')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(message);
    const view = screen.getByTestId('text-view');
    expect(view.querySelectorAll('[data-event-id]')).toHaveLength(3);
  });
}

it('without a crash the boundary shows the app as it is', () => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  render(<App dataset={testDataset} init={{ lang: 'en' }} />);
  expect(screen.queryByTestId('app-failed')).toBeNull();
  expect(screen.getByRole('slider', { name: /Time/ })).toBeInTheDocument();
});
