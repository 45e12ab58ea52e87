// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import { testDataset } from './test-dataset';

afterEach(cleanup);

// jsdom has no WebGL: the app must say so and fall back to the text view, never crash.
it('without WebGL2 it explains why and shows the text view, with a working slider', async () => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  render(
    <App dataset={testDataset} init={{ lang: 'en', time: Date.parse('2022-01-05T12:00+06:00') }} />,
  );
  expect(await screen.findByRole('alert')).toHaveTextContent('The map needs WebGL2');
  const view = screen.getByTestId('text-view');
  expect(view.querySelectorAll('[data-event-id]')).toHaveLength(3);
  await userEvent.click(screen.getByRole('button', { name: 'Next event' }));
  expect(view.querySelectorAll('[data-event-id]')).toHaveLength(4);
});

it('switches the whole interface between English and German', async () => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
  render(<App dataset={testDataset} init={{ lang: 'en' }} />);
  await userEvent.click(screen.getByRole('button', { name: 'Deutsch' }));
  expect(screen.getByRole('button', { name: 'English' })).toBeInTheDocument();
  expect(document.documentElement.lang).toBe('de');
  expect(await screen.findByRole('alert')).toHaveTextContent('Die Karte braucht WebGL2');
});
