// The scrollytelling helper for host pages (shipped as qantar-scrolly.js, built from
// scrollama): turns an article's <section data-qantar-step="…"> blocks into steps of an
// embedded Qantar map. Usage (README, "Scrollytelling"):
//
//   <div data-qantar-scrolly="https://qantar.example/embed.html?lang=de">
//     <section data-qantar-step="zhanaozen">…</section>
//     <section data-qantar-step="spread">…</section>
//   </div>
//   <script src="https://qantar.example/qantar-scrolly.js" async></script>
//
// The map sits sticky beside the text on wide screens and behind it on phones; one finger (or
// the wheel) scrolls the article: on phones and touch screens the map takes no touches at all
// (the article drives it), so a swipe anywhere, also over the map, scrolls the article. When a section reaches the middle of the window the map
// gets `qantar:set-step`; its `qantar:step` answers are re-dispatched on the container as a
// `qantar:step` DOM event and mark the section with aria-current="step".
import scrollama from 'scrollama';

const STYLE_ID = 'qantar-scrolly-style';
const CSS = `
.qantar-scrolly{position:relative;display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1.3fr);gap:0 2rem;align-items:start}
.qantar-scrolly__graphic{position:sticky;top:0;height:100vh;height:100dvh;grid-column:2;grid-row:1/span 1000;display:flex;align-items:center}
.qantar-scrolly__graphic iframe{display:block;width:100%;height:min(640px,90vh);border:0}
.qantar-scrolly>[data-qantar-step]{grid-column:1;margin:0 0 70vh;padding:1rem 1.1rem;background:#fff;color:#1d1d1b;border:1px solid #d9d5cc;border-radius:6px;box-shadow:0 1px 6px rgba(0,0,0,.12)}
.qantar-scrolly>[data-qantar-step]:first-of-type{margin-top:30vh}
.qantar-scrolly>[data-qantar-step][aria-current="step"]{border-color:#0b5cad}
@media (max-width:799px){
.qantar-scrolly{display:block}
.qantar-scrolly__graphic{height:62vh;height:62dvh;z-index:0}
.qantar-scrolly__graphic iframe{height:100%}
.qantar-scrolly>[data-qantar-step]{position:relative;z-index:1;margin:0 .6rem 80vh}
.qantar-scrolly>[data-qantar-step]:first-of-type{margin-top:0}
}
@media (max-width:799px),(pointer:coarse){.qantar-scrolly__graphic iframe{pointer-events:none}}`;

interface StepMessage {
  type: 'qantar:step';
  version: 1;
  step: number | null;
  id: string | null;
}

function isStepMessage(d: unknown): d is StepMessage {
  if (typeof d !== 'object' || d === null) return false;
  const m = d as Record<string, unknown>;
  return m['type'] === 'qantar:step' && m['version'] === 1;
}

/** Turns one `[data-qantar-scrolly]` container into a scrollytelling map. Returns a cleanup. */
export function setupScrolly(container: HTMLElement): () => void {
  const src = new URL(container.dataset['qantarScrolly'] ?? '', document.baseURI);
  // The map answers only this page, and takes orders only from it.
  if (!src.searchParams.has('origins')) src.searchParams.set('origins', window.location.origin);
  // The article tells the story: no slider or story card inside the map.
  src.searchParams.set('controls', '0');
  const sections = [...container.querySelectorAll<HTMLElement>(':scope > [data-qantar-step]')];
  const first = sections[0]?.dataset['qantarStep'];
  if (first && !src.searchParams.has('step')) src.searchParams.set('step', first);

  const graphic = document.createElement('div');
  graphic.className = 'qantar-scrolly__graphic';
  const iframe = document.createElement('iframe');
  iframe.src = src.toString();
  iframe.title = container.dataset['qantarTitle'] ?? 'Qantar map';
  graphic.append(iframe);
  container.prepend(graphic);
  container.classList.add('qantar-scrolly');

  let ready = false;
  let pending: string | null = null;
  const send = (step: string) => {
    pending = step;
    if (!ready || !iframe.contentWindow) return;
    iframe.contentWindow.postMessage({ type: 'qantar:set-step', version: 1, step }, src.origin);
  };
  const onMessage = (e: MessageEvent) => {
    if (e.origin !== src.origin || e.source !== iframe.contentWindow) return;
    const d: unknown = e.data;
    if (typeof d === 'object' && d !== null && (d as { type?: unknown }).type === 'qantar:ready') {
      ready = true;
      if (pending) send(pending);
      return;
    }
    if (!isStepMessage(d)) return;
    for (const s of sections) {
      if (s.dataset['qantarStep'] === d.id || s.dataset['qantarStep'] === String(d.step))
        s.setAttribute('aria-current', 'step');
      else s.removeAttribute('aria-current');
    }
    container.dispatchEvent(new CustomEvent('qantar:step', { detail: { step: d.step, id: d.id } }));
  };
  window.addEventListener('message', onMessage);

  const scroller = scrollama();
  scroller.setup({ step: sections, offset: 0.6 }).onStepEnter(({ element }) => {
    const step = element.dataset['qantarStep'];
    if (step) send(step);
  });
  return () => {
    scroller.destroy();
    window.removeEventListener('message', onMessage);
  };
}

function start(): void {
  if (!document.getElementById(STYLE_ID)) {
    const style = document.createElement('style');
    style.id = STYLE_ID;
    style.textContent = CSS;
    document.head.append(style);
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-qantar-scrolly]')) {
    if (el.dataset['qantarScrollyReady']) continue;
    el.dataset['qantarScrollyReady'] = '1';
    setupScrolly(el);
  }
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
