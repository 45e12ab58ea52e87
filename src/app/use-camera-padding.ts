import { useEffect, type RefObject } from 'react';
import type { MapHandle } from '../map/MapView';

/**
 * Keeps the map's camera padding equal to the part of the map the bottom sheet covers, and eases
 * the selected place into the part a reader can see (not under the sheet, the legend or the
 * controls at the top) whenever the selection or the layout changes (issue 10).
 * `layoutKey` changes when the side column or sheet opens, closes or switches view.
 */
export function useCameraPadding(
  handle: MapHandle | null,
  mapArea: RefObject<HTMLElement | null>,
  target: { id: string; lngLat: [number, number] } | null,
  layoutKey: string,
): void {
  const [lon, lat] = target?.lngLat ?? [NaN, NaN];
  const placeId = target?.id;
  useEffect(() => {
    const area = mapArea.current;
    if (!handle || !area) return;
    let frame = 0;
    const update = () => {
      frame = 0;
      const a = area.getBoundingClientRect();
      if (a.height === 0) return;
      const sheet = document.querySelector<HTMLElement>('.side--sheet');
      const covered = sheet ? Math.max(0, a.bottom - sheet.getBoundingClientRect().top) : 0;
      // A full-screen sheet leaves no map: keep a strip so the camera stays defined.
      const bottom = Math.round(Math.min(covered, a.height - 80));
      handle.setPadding({ top: 0, right: 0, bottom, left: 0 });
      if (Number.isNaN(lon)) return;
      const cover = { top: 0, right: 0, bottom, left: 0 };
      for (const el of area.querySelectorAll<HTMLElement>(
        '.legend, .layer-control, .nationwide-tray',
      )) {
        const r = el.getBoundingClientRect();
        if (r.width === 0) continue;
        // Chrome in a corner: keep the place clear of it horizontally when it is tall, else below it.
        if (el.classList.contains('legend')) cover.left = Math.max(cover.left, r.right - a.left);
        else cover.top = Math.max(cover.top, r.bottom - a.top);
      }
      handle.reveal([lon, lat], cover, placeId);
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    const observer = new ResizeObserver(schedule);
    observer.observe(area);
    for (const el of document.querySelectorAll('.side--sheet, .legend')) observer.observe(el);
    schedule();
    return () => {
      observer.disconnect();
      if (frame) cancelAnimationFrame(frame);
    };
  }, [handle, mapArea, lon, lat, placeId, layoutKey]);
}
