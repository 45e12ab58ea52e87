import { useCallback, useEffect, useState } from 'react';
import { CATEGORIES, type Dataset } from '../domain/dataset';
import { panelPlaceIds } from '../domain/story';
import { formatSliderTime } from '../domain/format';
import { toAlmatyIso } from '../domain/time';
import { CATEGORY_COLORS } from '../domain/palette';
import { embedCode } from '../embed/embed-code';
import { connectHostPage } from '../embed/host-bridge';
import { parseOriginList } from '../embed/messages';
import { encodeUrlState } from '../embed/url-state';
import { syncUrlWithStore, urlStateOf } from '../embed/url-sync';
import { MapView, type MapFailure, type MapHandle } from '../map/MapView';
import { StoreProvider, useQantar, useQantarStoreApi } from '../store/context';
import { createQantarStore, type StoreInit } from '../store/store';
import { Announcer } from '../ui/announcer/Announcer';
import { ContingentPanel } from '../ui/contingent-panel/ContingentPanel';
import { DataDownload } from '../ui/data-download/DataDownload';
import { AppFailure, ErrorBoundary, LazyPart } from '../ui/error-boundary/ErrorBoundary';
import { FiguresPanel } from '../ui/figures/FiguresPanel';
import { useStrings } from '../ui/i18n';
import { LayerControl } from '../ui/layer-control/LayerControl';
import { Legend } from '../ui/legend/Legend';
import { PlacePanel } from '../ui/place-panel/PlacePanel';
import { CopyButton } from '../ui/copy-button/CopyButton';
import { SituationBar } from '../ui/situation/SituationBar';
import { TextView } from '../ui/text-view/TextView';
import { NationwideTray } from '../ui/nationwide-tray/NationwideTray';
import { TimeSlider } from '../ui/time-slider/TimeSlider';
import { BASEMAP_URL } from './load-dataset';
import { createMarkerTexts } from './marker-texts';
import { usePlayback } from './use-playback';

// Not needed for the first paint: loaded when a reader opens them, each behind its own error
// boundary with a retry (a chunk fails to load when the reader went offline or we redeployed).
const loadEmbedDialog = () => import('../ui/embed-dialog/EmbedDialog');

export type AppMode = 'page' | 'embed';

/** Returns the absolute URL of a page of this app (index.html, embed.html) with a query. */
function pageUrl(page: 'index.html' | 'embed.html' | 'embed.js', query = ''): string {
  const url = new URL(page === 'index.html' ? './' : page, window.location.href);
  url.search = query;
  return url.toString();
}

function Shell({ mode, controls }: { mode: AppMode; controls: boolean }) {
  const store = useQantarStoreApi();
  const lang = useQantar((s) => s.lang);
  const t = useStrings();
  const [mapFailure, setMapFailure] = useState<MapFailure | null>(null);
  const [mapHandle, setMapHandle] = useState<MapHandle | null>(null);
  // The browser took the GL context away (too many WebGL graphics on the page, or a GPU reset):
  // the map is kept, and redrawn at the current state when the context comes back.
  const [contextLost, setContextLost] = useState(false);
  const [textView, setTextView] = useState(false);
  const [figures, setFigures] = useState(false);
  const [embedOpen, setEmbedOpen] = useState(false);
  const [pngFailed, setPngFailed] = useState(false);
  const [markerTexts] = useState(() => createMarkerTexts(store));
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

  const shareLink = () => pageUrl('index.html', encodeUrlState(urlStateOf(store.getState())));
  const downloadPng = async () => {
    if (!mapHandle) return;
    const s = store.getState();
    try {
      const blob = await mapHandle.exportPng({
        title: `${t.title} — ${t.subtitle}`,
        subtitle: formatSliderTime(s.time, s.lang),
        legend: CATEGORIES.filter((c) => !s.hiddenCategories.has(c)).map((c) => ({
          color: CATEGORY_COLORS[c],
          label: t.category[c],
        })),
        credit: `Qantar · ${t.sources}: ${pageUrl('index.html')} · Natural Earth`,
      });
      const a = document.createElement('a');
      a.href = URL.createObjectURL(blob);
      a.download = `qantar-${toAlmatyIso(s.time).slice(0, 13)}h.png`;
      a.click();
      setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
      setPngFailed(false);
    } catch (e) {
      console.error(e);
      setPngFailed(true);
    }
  };

  const selectedPlace = useQantar((s) => s.selectedPlace);
  const selectedContingent = useQantar((s) => s.selectedContingent);
  const showText = textView || mapFailure !== null || contextLost;
  const showSide = showText || figures || selectedPlace !== null || selectedContingent !== null;
  const embedUrl = () => pageUrl('embed.html', encodeUrlState(urlStateOf(store.getState())));

  return (
    <div className={`app app--${mode}`}>
      <a
        className="skip-link"
        href="#qantar-time"
        onClick={(e) => {
          // Move the focus itself, not only the scroll position, so the arrows work at once.
          e.preventDefault();
          document.getElementById('qantar-time')?.focus();
        }}
      >
        {t.skipToTimeline}
      </a>
      <header className="app-header">
        <h1 className="app-header__title">
          {t.title} <span className="app-header__subtitle">{t.subtitle}</span>
        </h1>
        <div className="app-header__tools">
          <details className="menu" data-testid="share-menu">
            <summary className="text-button">{t.shareMenu}</summary>
            <div className="menu__body">
              <CopyButton text={shareLink} label={t.copyLink} />
              {mode === 'page' ? (
                <button type="button" className="text-button" onClick={() => setEmbedOpen(true)}>
                  {t.embed}
                </button>
              ) : (
                <a className="text-button" href={shareLink()} target="_blank" rel="noopener">
                  {t.openFullMap}
                </a>
              )}
              <button
                type="button"
                className="text-button"
                disabled={!mapHandle}
                onClick={() => void downloadPng()}
              >
                {t.downloadPng}
              </button>
              {pngFailed ? <p role="alert">{t.pngFailed}</p> : null}
              <DataDownload />
            </div>
          </details>
          {mapFailure === null ? (
            <button
              type="button"
              className="text-button"
              aria-pressed={textView}
              onClick={() => setTextView(!textView)}
            >
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
            <MapView
              basemapUrl={BASEMAP_URL}
              texts={markerTexts}
              onError={onMapError}
              onReady={setMapHandle}
              onContextChange={setContextLost}
              label={t.mapLabel}
              cooperativeGestures={mode === 'embed'}
            />
          ) : (
            <p className="map-failure" role="alert">
              {mapFailure === 'webgl' ? t.webglMissing : t.mapFailed}
              {mapFailure === 'load' ? (
                // The map's chunk or base map could not be loaded: mount the map view again.
                <button type="button" className="text-button" onClick={() => setMapFailure(null)}>
                  {t.retry}
                </button>
              ) : null}
            </p>
          )}
          {mapFailure === null && contextLost ? (
            <div className="map-context-lost">
              <p className="map-failure" role="alert">
                {t.webglLost}
              </p>
            </div>
          ) : null}
          {mapFailure === null && controls ? <LayerControl /> : null}
          {/* Cartography (issue 11): events without a place on the map. */}
          {mapFailure === null && !contextLost && controls ? <NationwideTray /> : null}
          {mapFailure === null && !contextLost ? <Legend /> : null}
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
      {controls ? (
        <footer className="app-footer">
          <SituationBar figuresShown={figures} onShowFigures={() => setFigures(!figures)} />
          <TimeSlider />
        </footer>
      ) : null}
      <Announcer />
      {embedOpen ? (
        <LazyPart
          load={loadEmbedDialog}
          part={t.embed}
          onClose={() => setEmbedOpen(false)}
          props={() => ({
            code: embedCode(embedUrl(), pageUrl('embed.js'), t.embedFrameTitle),
            onClose: () => setEmbedOpen(false),
          })}
        />
      ) : null}
    </div>
  );
}

export interface AppInit extends StoreInit {
  play?: boolean;
  controls?: boolean;
}

/** One app or embed instance: its own store, created from the dataset and the initial view. */
export function App({
  dataset,
  init,
  mode = 'page',
}: {
  dataset: Dataset;
  init: AppInit;
  mode?: AppMode;
}) {
  const [store] = useState(() => createQantarStore(dataset, init));
  const controls = mode === 'page' || init.controls !== false;
  useEffect(() => {
    if (init.play && !store.getState().reducedMotion) store.getState().play();
  }, [store, init.play]);
  useEffect(() => syncUrlWithStore(store, controls ? {} : { controls: false }), [store, controls]);
  useEffect(() => {
    if (mode !== 'embed') return;
    const params = new URLSearchParams(window.location.search);
    return connectHostPage(store, {
      win: window,
      allowList: parseOriginList(params.get('origins')),
      childId: params.get('childId'),
      selectablePlaces: panelPlaceIds(store.getState().dataset),
    });
  }, [store, mode]);
  return (
    <StoreProvider store={store}>
      <ErrorBoundary fallback={() => <AppFailure textView={<TextView />} />}>
        <Shell mode={mode} controls={controls} />
      </ErrorBoundary>
    </StoreProvider>
  );
}
