import type { MapInstance } from './map-instance';

/** The map as far as a frame capture needs it. */
type FrameSource = Pick<MapInstance, 'once' | 'getCanvas' | 'triggerRepaint'>;

/** One legend row: a heading, or a sample drawn as a dot, a ring, an area or a dashed line. */
export interface PngLegendItem {
  label: string;
  color?: string;
  shape?: 'dot' | 'ring' | 'area' | 'dash' | 'heading';
}

export interface PngOverlay {
  title: string;
  subtitle: string;
  legend: PngLegendItem[];
  credit: string;
}

/** Splits a text into lines no wider than `width` on the canvas's current font. */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
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
  const canvas = document.createElement('canvas');
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2D canvas');
  const font = (size: number, weight = 400) =>
    `${weight} ${size * scale}px 'Noto Sans', sans-serif`;
  // The credit names the sources; it wraps onto as many lines as it needs below the map.
  ctx.font = font(11);
  const creditLines = wrap(ctx, overlay.credit, frame.width - 24 * scale);
  const footer = (10 + 15 * creditLines.length) * scale;
  canvas.width = frame.width;
  canvas.height = frame.height + header + footer;
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

  // Legend box, lower left: the same sections as the legend on the page.
  const lineH = 15 * scale;
  const legendH = (overlay.legend.length + 0.6) * lineH;
  const lx = 8 * scale;
  const ly = Math.max(header + 4 * scale, header + frame.height - legendH - 8 * scale);
  ctx.font = font(10.5);
  const legendW =
    Math.max(...overlay.legend.map((item) => ctx.measureText(item.label).width)) + 34 * scale;
  ctx.fillStyle = 'rgba(255,255,255,0.92)';
  ctx.fillRect(lx, ly, legendW, legendH);
  overlay.legend.forEach((item, i) => {
    const y = ly + (i + 0.9) * lineH;
    const cx = lx + 12 * scale;
    const cy = y - 4 * scale;
    ctx.fillStyle = item.color ?? '#6e6e6e';
    ctx.strokeStyle = item.color ?? '#6e6e6e';
    ctx.lineWidth = 2 * scale;
    if (item.shape === 'heading') {
      ctx.font = font(10.5, 700);
      ctx.fillStyle = '#5c5a55';
      ctx.fillText(item.label, lx + 6 * scale, y);
      ctx.font = font(10.5);
      return;
    }
    ctx.beginPath();
    if (item.shape === 'ring') {
      ctx.arc(cx, cy, 4.5 * scale, 0, Math.PI * 2);
      ctx.stroke();
    } else if (item.shape === 'area') {
      ctx.globalAlpha = 0.35;
      ctx.fillRect(cx - 8 * scale, cy - 5 * scale, 16 * scale, 10 * scale);
      ctx.globalAlpha = 1;
    } else if (item.shape === 'dash') {
      ctx.setLineDash([4 * scale, 3 * scale]);
      ctx.moveTo(cx - 9 * scale, cy);
      ctx.lineTo(cx + 9 * scale, cy);
      ctx.stroke();
      ctx.setLineDash([]);
    } else {
      ctx.arc(cx, cy, 5 * scale, 0, Math.PI * 2);
      ctx.fill();
    }
    ctx.fillStyle = '#1d1d1b';
    ctx.fillText(item.label, lx + 26 * scale, y);
  });

  ctx.fillStyle = '#5c5a55';
  ctx.font = font(11);
  creditLines.forEach((line, i) =>
    ctx.fillText(line, 12 * scale, header + frame.height + (16 + 15 * i) * scale),
  );
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}
