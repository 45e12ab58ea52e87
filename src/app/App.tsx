import { useCallback, useEffect, useRef, useState } from 'react';
import type { Dataset } from '../domain/dataset';
import { panelPlaceIds } from '../domain/story';
import { formatSliderTime } from '../domain/format';
import { toAlmatyIso } from '../domain/time';
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
import { LanguageButton } from '../ui/language-button/LanguageButton';
import { LayerControl } from '../ui/layer-control/LayerControl';
import { Legend } from '../ui/legend/Legend';
import { PlacePanel } from '../ui/place-panel/PlacePanel';
import { CopyButton } from '../ui/copy-button/CopyButton';
import { SituationBar } from '../ui/situation/SituationBar';
import { StoryPanel } from '../ui/story-panel/StoryPanel';
import { useStoryPlayback } from '../ui/story-panel/use-story-playback';
import { StoryList } from '../ui/story-list/StoryList';
import { StoryListPage } from '../ui/story-list/StoryListPage';
import { TextView } from '../ui/text-view/TextView';
import { NationwideTray } from '../ui/nationwide-tray/NationwideTray';
import { TimeSlider } from '../ui/time-slider/TimeSlider';
import { BASEMAP_URL, loadFirstView } from './load-dataset';
import { createMarkerTexts } from './marker-texts';
import { usePlayback } from './use-playback';
import { pngCredit, pngLegend } from './png-overlay';
import { useCameraPadding } from './use-camera-padding';
import { SideColumn, type SideTab } from '../ui/layout/SideColumn';
import { NARROW_MAP_QUERY, PHONE_QUERY, useMedia } from '../ui/layout/use-media';
import { useDismissableDetails } from '../ui/layout/use-dismiss';

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
  usePlayback(mapHandle?.whenDrawn);
  // Layout (issue 10): phones get a bottom sheet and one header menu; menus close on an outside
  // click and on Escape; the side column shows its views as tabs.
  const phone = useMedia(PHONE_QUERY);
  const narrow = useMedia(NARROW_MAP_QUERY);
  const [shareMenu, setShareMenu] = useState<HTMLDetailsElement | null>(null);
  const [headerMenu, setHeaderMenu] = useState<HTMLDetailsElement | null>(null);
  useDismissableDetails(shareMenu);
  useDismissableDetails(headerMenu);
  const [activeTab, setActiveTab] = useState('selection');
  const mapArea = useRef<HTMLDivElement>(null);
  // A newly selected place or contingent (by click, URL, message) comes to the front.
  useEffect(
    () =>
      store.subscribe((s, prev) => {
        if (
          (s.selectedPlace !== null && s.selectedPlace !== prev.selectedPlace) ||
          (s.selectedContingent !== null && s.selectedContingent !== prev.selectedContingent)
        )
          setActiveTab('selection');
      }),
    [store],
  );
  // Story windows play through in embeds without controls too (driven by an article).
  useStoryPlayback(mapHandle?.whenDrawn);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = `${t.title} — ${t.subtitle}`;
  }, [lang, t]);

  const onMapError = useCallback((failure: MapFailure, detail: string) => {
    console.error(`map unavailable (${failure}): ${detail}`);
    setMapFailure(failure);
    setTextView(true);
    setActiveTab('text');
  }, []);

  // While the map cannot draw, the text view stands in for it: bring it to the front.
  const onContextChange = useCallback((lost: boolean) => {
    setContextLost(lost);
    if (lost) setActiveTab('text');
  }, []);

  const shareLink = () => pageUrl('index.html', encodeUrlState(urlStateOf(store.getState())));
  const downloadPng = async () => {
    if (!mapHandle) return;
    const s = store.getState();
    try {
      const blob = await mapHandle.exportPng({
        title: `${t.title} — ${t.subtitle}`,
        subtitle: formatSliderTime(s.time, s.lang),
        legend: pngLegend(s, t),
        credit: pngCredit(s, t, pageUrl('index.html')),
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
  const inStory = useQantar((s) => s.storyStep !== null);
  const selectedContingent = useQantar((s) => s.selectedContingent);
  const showText = textView || mapFailure !== null || contextLost;
  const hasSelection = selectedPlace !== null || selectedContingent !== null;
  const showSide = showText || figures || hasSelection;
  const tabs: SideTab[] = [
    ...(hasSelection ? [{ id: 'selection', label: t.selectionTab }] : []),
    ...(figures ? [{ id: 'figures', label: t.figures }] : []),
    ...(showText ? [{ id: 'text', label: t.textView }] : []),
  ];
  const active = tabs.some((x) => x.id === activeTab) ? activeTab : (tabs[0]?.id ?? 'selection');
  const closeActive = () => {
    if (active === 'selection') {
      store.getState().selectPlace(null);
      store.getState().selectContingent(null);
    } else if (active === 'figures') setFigures(false);
    else if (mapFailure === null) setTextView(false);
  };
  const placesById = useQantar((s) => s.placesById);
  const selected = selectedPlace ? placesById.get(selectedPlace) : undefined;
  useCameraPadding(
    mapHandle,
    mapArea,
    selected?.lon !== undefined && selected.lat !== undefined
      ? { id: selected.id, lngLat: [selected.lon, selected.lat] }
      : null,
    `${showSide}|${phone}|${active}`,
  );
  const embedUrl = () => pageUrl('embed.html', encodeUrlState(urlStateOf(store.getState())));

  const tools = (
    <>
      <details className="menu" data-testid="share-menu" ref={setShareMenu}>
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
          onClick={() => {
            setTextView(!textView);
            if (!textView) setActiveTab('text');
            headerMenu?.removeAttribute('open');
          }}
        >
          {t.textView}
        </button>
      ) : null}
      <LanguageButton />
    </>
  );

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
          <span className="app-header__name">{t.title}</span>{' '}
          <span className="app-header__subtitle">{t.subtitle}</span>
        </h1>
        {phone ? (
          <details className="menu header-menu" data-testid="header-menu" ref={setHeaderMenu}>
            <summary className="text-button">{t.menu}</summary>
            <div className="menu__body header-menu__body">{tools}</div>
          </details>
        ) : (
          <div className="app-header__tools">{tools}</div>
        )}
      </header>
      <main className={`app-main${showSide ? ' app-main--side' : ''}`}>
        <div className={`map-area${mapFailure === 'webgl' ? ' map-area--list' : ''}`} ref={mapArea}>
          {mapFailure === null ? (
            <MapView
              basemapUrl={BASEMAP_URL}
              texts={markerTexts}
              onError={onMapError}
              onReady={setMapHandle}
              onContextChange={onContextChange}
              label={t.mapLabel}
              cooperativeGestures={mode === 'embed'}
              loadFirstView={loadFirstView}
            />
          ) : (
            <>
              <p className="map-failure" role="alert">
                {mapFailure === 'webgl' ? t.webglMissing : t.mapFailed}
                {mapFailure === 'load' ? (
                  // The map's chunk or base map could not be loaded: mount the map view again.
                  <button type="button" className="text-button" onClick={() => setMapFailure(null)}>
                    {t.retry}
                  </button>
                ) : null}
              </p>
              {/* Without a map, the story unrolled as text and pictures (issue 12). */}
              {mapFailure === 'webgl' ? <StoryList /> : null}
            </>
          )}
          {/* A blank cover over the undrawn map and its zoom buttons; the message is in the side
              column (a bottom sheet on phones), in the flow, so it never overlaps anything. */}
          {mapFailure === null && contextLost ? <div className="map-context-lost" /> : null}
          {mapFailure === null && controls ? (
            // One row of tools in the top left: layers, and the events without a place on the
            // map (issue 11). The initial camera keeps the country below it.
            <div className="map-tools">
              <LayerControl />
              {!contextLost ? <NationwideTray /> : null}
            </div>
          ) : null}
          {mapFailure === null && !contextLost ? (
            // Folded where it would cover what the reader is shown: on phones, beside a panel,
            // in a story step (the card takes the other side) and in embeds, which are small.
            <Legend folded={narrow || showSide || inStory || mode === 'embed'} />
          ) : null}
          {mapFailure === null && controls ? <StoryPanel /> : null}
        </div>
        {showSide ? (
          <SideColumn
            tabs={tabs}
            active={active}
            onActivate={setActiveTab}
            onClose={closeActive}
            sheet={phone}
          >
            {mapFailure === null && contextLost ? (
              <p className="map-failure map-failure--side" role="alert">
                {t.webglLost}
              </p>
            ) : null}
            {active === 'selection' ? (
              <>
                <PlacePanel />
                <ContingentPanel />
              </>
            ) : null}
            {active === 'figures' ? <FiguresPanel /> : null}
            {active === 'text' ? <TextView /> : null}
          </SideColumn>
        ) : null}
      </main>
      {controls ? (
        <footer className="app-footer">
          <SituationBar
            figuresShown={figures}
            onShowFigures={() => {
              setFigures(!figures);
              if (!figures) setActiveTab('figures');
            }}
          />
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
  /** `mode=list`: the story unrolled, no map. */
  list?: boolean;
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
  useEffect(
    () =>
      syncUrlWithStore(store, {
        ...(controls ? {} : { controls: false }),
        ...(init.list ? { mode: 'list' as const } : {}),
      }),
    [store, controls, init.list],
  );
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
        {init.list ? <StoryListPage /> : <Shell mode={mode} controls={controls} />}
      </ErrorBoundary>
    </StoreProvider>
  );
}
