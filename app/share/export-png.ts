import type { OffmapActor } from '../../src/selectors/map-scene.ts';
import type { LegendModel, Swatch } from '../../src/selectors/legend.ts';
import { CHIP_DOCK, MAX_CHIPS } from '../shared/chip-dock.ts';

export interface PngOptions {
  map: HTMLCanvasElement;
  title: string;
  subtitle: string;
  source: string;
  /** The same legend model the page's legend draws (src/selectors/legend.ts). */
  legend: LegendModel;
  chips: OffmapActor[];
}

const FONT = "'Noto Sans', system-ui, sans-serif";

/**
 * The map as the user sees it, composited with what makes an image stand on its own in a report:
 * a title with the years shown, a legend of the marks in view, the off-map actor chips and a
 * source line. Same pixel size as the map's canvas, which is already scaled for high-DPI screens.
 */
export async function composeMapPng(o: PngOptions): Promise<Blob> {
  const out = document.createElement('canvas');
  out.width = o.map.width;
  out.height = o.map.height;
  const s = o.map.width / (o.map.clientWidth || o.map.width);
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw the image (no 2D canvas).');
  ctx.drawImage(o.map, 0, 0);
  ctx.scale(s, s);
  const w = out.width / s;
  const h = out.height / s;

  drawChips(ctx, o.chips);
  drawTitle(ctx, w, o.title, o.subtitle);
  drawLegend(ctx, w, h, o.legend);
  drawSource(ctx, h, w, o.source);

  return new Promise((resolve, reject) => out.toBlob((b) => (b ? resolve(b) : reject(new Error('The image could not be encoded.'))), 'image/png'));
}

function box(ctx: CanvasRenderingContext2D, x: number, y: number, w: number, h: number, r = 8): void {
  ctx.beginPath();
  ctx.roundRect(x, y, w, h, r);
  ctx.fillStyle = 'rgba(255,255,255,0.94)';
  ctx.fill();
  ctx.strokeStyle = '#c9ced4';
  ctx.lineWidth = 1;
  ctx.stroke();
}

function drawChips(ctx: CanvasRenderingContext2D, chips: OffmapActor[]): void {
  const { left, top, width, height, gap } = CHIP_DOCK;
  chips.slice(0, MAX_CHIPS).forEach((c, i) => {
    const y = top + i * (height + gap);
    box(ctx, left, y, width, height, height / 2);
    ctx.fillStyle = '#1b2530';
    ctx.font = `600 13px ${FONT}`;
    ctx.textBaseline = 'middle';
    ctx.fillText(c.name, left + 12, y + height / 2, width - 48);
    ctx.textAlign = 'right';
    ctx.fillText(String(c.count), left + width - 12, y + height / 2);
    ctx.textAlign = 'left';
  });
}

function drawTitle(ctx: CanvasRenderingContext2D, w: number, title: string, subtitle: string): void {
  ctx.font = `600 18px ${FONT}`;
  const tw = Math.max(ctx.measureText(title).width, (ctx.font = `13px ${FONT}`, ctx.measureText(subtitle).width));
  const bw = Math.min(w - 24, tw + 28);
  const x = w - bw - 12;
  box(ctx, x, 12, bw, 56);
  ctx.textBaseline = 'alphabetic';
  ctx.fillStyle = '#1b2530';
  ctx.font = `600 18px ${FONT}`;
  ctx.fillText(title, x + 14, 36, bw - 28);
  ctx.fillStyle = '#4a5562';
  ctx.font = `13px ${FONT}`;
  ctx.fillText(subtitle, x + 14, 56, bw - 28);
}

function drawSwatch(ctx: CanvasRenderingContext2D, sw: Swatch, x: number, y: number): void {
  ctx.save();
  switch (sw.kind) {
    case 'line':
      ctx.strokeStyle = sw.colour; ctx.lineWidth = sw.dashed ? 2.5 : 4; ctx.setLineDash(sw.dashed ? [5, 3] : []);
      ctx.beginPath(); ctx.moveTo(x, y); ctx.lineTo(x + 20, y); ctx.stroke();
      break;
    case 'widths':
      ctx.fillStyle = sw.colour; ctx.fillRect(x, y - 4, 20, 2); ctx.fillRect(x, y + 1, 20, 5);
      break;
    case 'branch':
      ctx.strokeStyle = sw.colour; ctx.lineWidth = 2; ctx.setLineDash([4, 3]);
      ctx.beginPath(); ctx.moveTo(x, y); ctx.lineTo(x + 10, y); ctx.lineTo(x + 20, y - 6); ctx.moveTo(x + 10, y); ctx.lineTo(x + 20, y + 6); ctx.stroke();
      break;
    case 'symbol':
      ctx.strokeStyle = sw.colour; ctx.fillStyle = '#ffffff'; ctx.lineWidth = 2;
      ctx.beginPath();
      if (sw.shape === 'circle') ctx.arc(x + 10, y, 8, 0, Math.PI * 2); else ctx.roundRect(x + 2, y - 8, 16, 16, 3);
      ctx.fill(); ctx.stroke();
      break;
    case 'hatch':
      ctx.strokeStyle = sw.colour; ctx.lineWidth = 1.5; ctx.strokeRect(x, y - 6, 20, 12);
      for (let i = 0; i < 20; i += 5) { ctx.beginPath(); ctx.moveTo(x + i, y + 6); ctx.lineTo(x + i + 6, y - 6); ctx.stroke(); }
      break;
    case 'outline':
      ctx.strokeStyle = sw.colour; ctx.lineWidth = sw.style === 'dotted' ? 2.5 : 1.5; ctx.setLineDash(sw.style === 'dotted' ? [1.5, 2.5] : [4, 3]);
      ctx.strokeRect(x, y - 6, 20, 12);
      break;
  }
  ctx.restore();
}

function drawLegend(ctx: CanvasRenderingContext2D, w: number, h: number, legend: LegendModel): void {
  const rows = legend.sections.flatMap((s) => s.rows);
  const lh = 18;
  const bw = 210;
  const bh = rows.length * lh + 52;
  const x = w - bw - 12;
  const y = h - bh - 36;
  box(ctx, x, y, bw, bh);
  ctx.fillStyle = '#1b2530';
  ctx.font = `600 13px ${FONT}`;
  ctx.textBaseline = 'middle';
  ctx.fillText('Legend', x + 12, y + 16);
  ctx.font = `12px ${FONT}`;
  rows.forEach((r, i) => {
    const ry = y + 34 + i * lh;
    drawSwatch(ctx, r.swatch, x + 12, ry);
    ctx.fillStyle = '#1b2530';
    ctx.fillText(r.letter ? `${r.letter} · ${r.label}` : r.label, x + 40, ry, bw - 52);
  });
  ctx.fillStyle = '#4a5562';
  ctx.font = `11px ${FONT}`;
  ctx.fillText(legend.corpus, x + 12, y + bh - 12, bw - 24);
}

function drawSource(ctx: CanvasRenderingContext2D, h: number, w: number, source: string): void {
  ctx.font = `11px ${FONT}`;
  const tw = Math.min(ctx.measureText(source).width, w - 40);
  box(ctx, 12, h - 30, tw + 16, 22, 4);
  ctx.fillStyle = '#27313c';
  ctx.textBaseline = 'middle';
  ctx.fillText(source, 20, h - 19, w - 40);
}
