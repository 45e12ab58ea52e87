import type { MapInstance } from './map-instance';

/** The map as far as a frame capture needs it. */
type FrameSource = Pick<MapInstance, 'once' | 'getCanvas' | 'triggerRepaint'>;

export interface PngOverlay {
  title: string;
  subtitle: string;
  legend: { color: string; label: string }[];
  credit: string;
}

/** Returns the map's current frame as an image (read right after a render, so no
 * preserveDrawingBuffer is needed). */
function captureFrame(map: FrameSource): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    map.once('render', () => {
      const img = new Image();
      img.onload = () => resolve(img);
      img.onerror = () => reject(new Error('map frame could not be read'));
      img.src = map.getCanvas().toDataURL('image/png');
    });
    map.triggerRepaint();
  });
}

/**
 * Draws the current view for print and social media: title and time above, the map with its
 * city and site markers, the legend and the source credit. Returns a PNG blob.
 */
export async function renderPng(
  map: FrameSource,
  container: HTMLElement,
  overlay: PngOverlay,
): Promise<Blob> {
  const frame = await captureFrame(map);
  const scale = frame.width / map.getCanvas().clientWidth;
  const header = 64 * scale;
  const footer = 28 * scale;
  const canvas = document.createElement('canvas');
  canvas.width = frame.width;
  canvas.height = frame.height + header + footer;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  const font = (size: number, weight = 400) =>
    `${weight} ${size * scale}px 'Noto Sans', sans-serif`;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = '#1d1d1b';
  ctx.font = font(20, 700);
  ctx.fillText(overlay.title, 12 * scale, 28 * scale);
  ctx.font = font(15);
  ctx.fillText(overlay.subtitle, 12 * scale, 52 * scale);
  ctx.drawImage(frame, 0, header);

  // HTML markers are not part of the WebGL frame: draw the visible ones.
  const box = container.getBoundingClientRect();
  for (const el of container.querySelectorAll<HTMLElement>('.map-marker:not([hidden])')) {
    const dot = el.querySelector<HTMLElement>('.map-marker__dot');
    const label = el.querySelector<HTMLElement>('.map-marker__label')?.textContent ?? '';
    const r = (dot && getComputedStyle(dot).display !== 'none' ? dot : el).getBoundingClientRect();
    const x = (r.left + r.width / 2 - box.left) * scale;
    const y = (r.top + r.height / 2 - box.top) * scale + header;
    if (dot && getComputedStyle(dot).display !== 'none') {
      ctx.beginPath();
      ctx.arc(x, y, (r.width / 2) * scale, 0, Math.PI * 2);
      ctx.strokeStyle = '#1d1d1b';
      ctx.lineWidth = 2 * scale;
      ctx.stroke();
    }
    if (label) {
      ctx.font = font(11, 700);
      ctx.lineWidth = 3 * scale;
      ctx.strokeStyle = '#ffffff';
      ctx.strokeText(label, x + (r.width / 2 + 3) * scale, y + 4 * scale);
      ctx.fillStyle = '#1d1d1b';
      ctx.fillText(label, x + (r.width / 2 + 3) * scale, y + 4 * scale);
    }
  }

  // Legend box, lower left.
  const lineH = 16 * scale;
  const legendH = (overlay.legend.length + 0.6) * lineH;
  const lx = 8 * scale;
  const ly = header + frame.height - legendH - 8 * scale;
  ctx.fillStyle = 'rgba(255,255,255,0.92)';
  ctx.fillRect(lx, ly, 190 * scale, legendH);
  ctx.font = font(11);
  overlay.legend.forEach((item, i) => {
    const y = ly + (i + 0.9) * lineH;
    ctx.fillStyle = item.color;
    ctx.beginPath();
    ctx.arc(lx + 10 * scale, y - 4 * scale, 5 * scale, 0, Math.PI * 2);
    ctx.fill();
    ctx.fillStyle = '#1d1d1b';
    ctx.fillText(item.label, lx + 20 * scale, y);
  });

  ctx.fillStyle = '#5c5a55';
  ctx.font = font(11);
  ctx.fillText(overlay.credit, 12 * scale, canvas.height - 9 * scale);
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}
