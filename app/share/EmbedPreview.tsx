import { useLayoutEffect, useRef, useState } from 'react';
import { EMBED_MIN_HEIGHT } from './embed-code.ts';

const WIDTHS = [
  { px: 390, label: 'Phone (390 px)' },
  { px: 900, label: 'Desktop (900 px)' },
] as const;

/** The height the embed code gives a frame of this width: 3:2, at least the minimum. */
export function embedHeight(width: number): number {
  return Math.max(Math.round((width * 2) / 3), EMBED_MIN_HEIGHT);
}

/**
 * The embed as a page would show it, at a phone's and a desktop's column width, scaled to fit the
 * dialog. Loaded only on request: it is a second copy of the map.
 */
export function EmbedPreview({ src }: { src: string }) {
  const [width, setWidth] = useState<number | null>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  const [room, setRoom] = useState(480);

  useLayoutEffect(() => {
    if (width !== null && boxRef.current) setRoom(boxRef.current.clientWidth);
  }, [width]);

  const scale = width ? Math.min(1, room / width) : 1;
  const height = width ? embedHeight(width) : 0;
  return (
    <div className="embed-preview">
      <p className="share-label" id="embed-preview-label">Preview the embed</p>
      <div className="share-row" role="group" aria-labelledby="embed-preview-label">
        {WIDTHS.map((w) => (
          <button key={w.px} type="button" className="toolbar-button" aria-pressed={width === w.px} onClick={() => setWidth(width === w.px ? null : w.px)}>
            {w.label}
          </button>
        ))}
      </div>
      <div ref={boxRef} className="embed-preview-box">
        {width !== null && (
          <>
            <p className="muted">
              {width} × {height} px{scale < 1 ? `, shown at ${Math.round(scale * 100)}%` : ''}
            </p>
            <div className="embed-preview-frame" style={{ width: width * scale, height: height * scale }}>
              <iframe
                key={width}
                src={src}
                title={`Embed preview, ${width} px wide`}
                style={{ width, height, transform: `scale(${scale})` }}
              />
            </div>
          </>
        )}
      </div>
    </div>
  );
}
