import { useEffect, useRef, useState } from 'react';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import { setWorkerUrl } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Boundaries } from '../../src/geo/boundaries.ts';
import { useAppStoreApi } from '../shared/store-context.ts';
import { MapAdapter, type HoverInfo } from './map-adapter.ts';
import { setMapCanvasProvider } from '../shared/map-canvas.ts';
import { CHIP_DOCK } from '../shared/chip-dock.ts';

setWorkerUrl(workerUrl);

interface Props {
  boundaries: Boundaries;
}

/** Hosts the one MapLibre map: created on mount, removed on unmount. */
export function MapView({ boundaries }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const store = useAppStoreApi();
  const [hover, setHover] = useState<HoverInfo | null>(null);

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const adapter = new MapAdapter(el, store, boundaries, {
      onHover: setHover,
      framePadding: () => framePadding(el),
    });
    setMapCanvasProvider(() => adapter.canvas());
    return () => {
      setMapCanvasProvider(null);
      adapter.destroy();
    };
  }, [store, boundaries]);

  return (
    <div className="map-wrap">
      <div
        ref={container}
        className="map"
        role="region"
        aria-label="Map of countries. Use the search box and the panels to act on the map by keyboard."
        data-testid="map"
      />
      {hover && (
        <div className="map-tooltip" role="tooltip" style={{ left: hover.x + 14, top: hover.y + 14 }}>
          <strong>{hover.title}</strong>
          {hover.lines.map((line) => <span key={line}>{line}</span>)}
        </div>
      )}
    </div>
  );
}

/** Keep what the app frames clear of the side panel and the header, whichever is open. */
function framePadding(el: HTMLElement): { top: number; right: number; bottom: number; left: number } {
  const rect = el.getBoundingClientRect();
  const pad = { top: 48, right: 24, bottom: 24, left: 24 };
  // Arrows start at the actor chips docked on the left: on a wide map, keep what is framed clear
  // of them too (on a phone that would leave no room).
  if (rect.width > 700 && el.closest('main')?.querySelector('.actor-chips')) pad.left = CHIP_DOCK.left + CHIP_DOCK.width + 16;
  for (const panel of document.querySelectorAll<HTMLElement>('[data-covers-map]')) {
    const p = panel.getBoundingClientRect();
    // On a phone the panels are sheets over the bottom of the map; on a wide screen, columns.
    if (p.width > rect.width * 0.8) pad.bottom = Math.max(pad.bottom, rect.bottom - p.top + 16);
    else if (p.left + p.width / 2 > rect.left + rect.width / 2) pad.right = Math.max(pad.right, rect.right - p.left + 16);
    else pad.left = Math.max(pad.left, p.right - rect.left + 16);
  }
  return pad;
}
