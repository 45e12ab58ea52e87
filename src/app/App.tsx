import { useCallback, useEffect, useState } from 'react';
import type { Dataset } from '../domain/dataset';
import { MapView, type MapFailure } from '../map/MapView';
import { StoreProvider, useQantar, useQantarStoreApi } from '../store/context';
import { createQantarStore, type StoreInit } from '../store/store';
import { DataDownload } from '../ui/data-download/DataDownload';
import { ContingentPanel } from '../ui/contingent-panel/ContingentPanel';
import { FiguresPanel } from '../ui/figures/FiguresPanel';
import { LayerControl } from '../ui/layer-control/LayerControl';
import { Legend } from '../ui/legend/Legend';
import { SituationBar } from '../ui/situation/SituationBar';
import { PlacePanel } from '../ui/place-panel/PlacePanel';
import { useStrings } from '../ui/i18n';
import { createMarkerTexts } from './marker-texts';
import { TextView } from '../ui/text-view/TextView';
import { TimeSlider } from '../ui/time-slider/TimeSlider';
import { BASEMAP_URL } from './load-dataset';
import { usePlayback } from './use-playback';

function Shell() {
  const store = useQantarStoreApi();
  const lang = useQantar((s) => s.lang);
  const t = useStrings();
  const [mapFailure, setMapFailure] = useState<MapFailure | null>(null);
  const [markerTexts] = useState(() => createMarkerTexts(store));
  const [textView, setTextView] = useState(false);
  const [figures, setFigures] = useState(false);
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
  const selectedContingent = useQantar((s) => s.selectedContingent);
  const showText = textView || mapFailure !== null;
  const showSide = showText || figures || selectedPlace !== null || selectedContingent !== null;
  return (
    <div className="app">
      <a className="skip-link" href="#qantar-time">
        {t.skipToTimeline}
      </a>
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
            <MapView basemapUrl={BASEMAP_URL} texts={markerTexts} onError={onMapError} label={t.mapLabel} />
          ) : (
            <p className="map-failure" role="alert">
              {mapFailure === 'webgl' ? t.webglMissing : t.mapFailed}
            </p>
          )}
          {mapFailure === null ? <LayerControl /> : null}
          {mapFailure === null ? <Legend /> : null}
        </div>
        {showSide ? (
          <div className="side">
            <PlacePanel />
            <ContingentPanel />
            {figures ? <FiguresPanel /> : null}
            {showText ? <TextView /> : null}
          </div>
        ) : null}
      </main>
      <footer className="app-footer">
        <SituationBar figuresShown={figures} onShowFigures={() => setFigures(!figures)} />
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
