import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
// Self-hosted interface font. These files declare every subset with its unicode-range, so a
// browser fetches only the subsets a page's text uses (Latin here: 13 kB a weight). The
// per-subset files have no unicode-range: each face claimed every character, and a page
// fetched Cyrillic and Latin Extended (115 kB) one after the other before its text showed.
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/700.css';
import '../styles.css';
import type { Dataset } from '../domain/dataset';
import type { Lang } from '../domain/format';
import { parseUrlState } from '../embed/url-state';
import { STRINGS } from '../ui/i18n';
import { ErrorBoundary } from '../ui/error-boundary/ErrorBoundary';
import { App, type AppMode } from './App';
import { loadDataset, loadFirstView } from './load-dataset';
import { initFromUrl } from './init';

/** The benchmark loads synthetic datasets into the test build (`?dataset=bench-100000.json`). */
function datasetUrl(): string | undefined {
  if (import.meta.env.MODE !== 'e2e') return undefined;
  const name = new URLSearchParams(window.location.search).get('dataset');
  return name && /^bench-\d+\.json$/.test(name) ? `data/${name}` : undefined;
}

function browserLang(): Lang {
  return (navigator.languages ?? [navigator.language]).some((l) =>
    l?.toLowerCase().startsWith('de'),
  )
    ? 'de'
    : 'en';
}

function Root() {
  const [dataset, setDataset] = useState<Dataset | null>(null);
  const [failed, setFailed] = useState(false);
  const [url] = useState(() => parseUrlState(window.location.search));
  const lang = url.lang ?? browserLang();
  useEffect(() => {
    loadDataset(datasetUrl()).then(setDataset, (e: unknown) => {
      console.error(e);
      setFailed(true);
    });
  }, []);
  if (failed)
    return (
      <p role="alert" className="boot-message">
        {STRINGS[lang].loadFailed}
      </p>
    );
  if (!dataset) return <p className="boot-message">{STRINGS[lang].loading}</p>;
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const mode: AppMode = document.documentElement.dataset['mode'] === 'embed' ? 'embed' : 'page';
  // The app has its own boundary inside its store; this one catches a dataset the store
  // cannot be built from, which leaves nothing to show but the message.
  return (
    <ErrorBoundary
      fallback={() => (
        <p role="alert" className="boot-message">
          {STRINGS[lang].loadFailed}
        </p>
      )}
    >
      <App
        mode={mode}
        dataset={dataset}
        init={{ ...initFromUrl(url, dataset), lang, reducedMotion }}
      />
    </ErrorBoundary>
  );
}

// The picture the map region shows while maplibre loads, fetched beside the dataset.
void loadFirstView();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);
