import { useCallback, useEffect, useState } from 'react';
import type { Dataset, Place } from '../domain/dataset';
import type { Lang } from '../domain/format';
import { MapView, type MapFailure } from '../map/MapView';
import { StoreProvider, useQantar, useQantarStoreApi } from '../store/context';
import { createQantarStore, type StoreInit } from '../store/store';
import { DataDownload } from '../ui/data-download/DataDownload';
import { Legend } from '../ui/legend/Legend';
import { PlacePanel } from '../ui/place-panel/PlacePanel';
import { STRINGS, useStrings } from '../ui/i18n';
import { TextView } from '../ui/text-view/TextView';
import { TimeSlider } from '../ui/time-slider/TimeSlider';
import { BASEMAP_URL } from './load-dataset';
import { usePlayback } from './use-playback';

function describeCity(place: Place, count: number, lang: Lang): string {
  return STRINGS[lang].cityEvents(place.name[lang], count);
}

function Shell() {
  const store = useQantarStoreApi();
  const lang = useQantar((s) => s.lang);
  const t = useStrings();
  const [mapFailure, setMapFailure] = useState<MapFailure | null>(null);
  const [textView, setTextView] = useState(false);
  usePlayback();

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${t.title} — ${t.subtitle}`;
  }, [lang, t]);

  const onMapError = useCallback((failure: MapFailure, detail: string) => {
    console.error(`map unavailable (${failure}): ${detail}`);
    setMapFailure(failure);
    setTextView(true);
  }, []);

  const selectedPlace = useQantar((s) => s.selectedPlace);
  const showText = textView || mapFailure !== null;
  const showSide = showText || selectedPlace !== null;
  return (
    <div className="app">
      <header className="app-header">
        <h1 className="app-header__title">
          {t.title} <span className="app-header__subtitle">{t.subtitle}</span>
        </h1>
        <div className="app-header__tools">
          <DataDownload />
          {mapFailure === null ? (
            <button type="button" className="text-button" aria-pressed={textView} onClick={() => setTextView(!textView)}>
              {t.textView}
            </button>
          ) : null}
          <button
            type="button"
            className="text-button"
            lang={lang === 'en' ? 'de' : 'en'}
            onClick={() => store.getState().setLang(lang === 'en' ? 'de' : 'en')}
          >
            {t.otherLang}
          </button>
        </div>
      </header>
      <main className={`app-main${showSide ? ' app-main--side' : ''}`}>
        <div className="map-area">
          {mapFailure === null ? (
            <MapView basemapUrl={BASEMAP_URL} describeCity={describeCity} onError={onMapError} label={t.mapLabel} />
          ) : (
            <p className="map-failure" role="alert">
              {mapFailure === 'webgl' ? t.webglMissing : t.mapFailed}
            </p>
          )}
          {mapFailure === null ? <Legend /> : null}
        </div>
        {showSide ? (
          <div className="side">
            <PlacePanel />
            {showText ? <TextView /> : null}
          </div>
        ) : null}
      </main>
      <footer className="app-footer">
        <TimeSlider />
      </footer>
    </div>
  );
}

/** One app instance: its own store, created from the dataset and the initial view. */
export function App({ dataset, init }: { dataset: Dataset; init: StoreInit & { play?: boolean } }) {
  const [store] = useState(() => createQantarStore(dataset, init));
  useEffect(() => {
    if (init.play && !store.getState().reducedMotion) store.getState().play();
  }, [store, init.play]);
  return (
    <StoreProvider store={store}>
      <Shell />
    </StoreProvider>
  );
}
