import { useEffect, useRef, useState } from 'react';
import { actions } from '../../src/state/store.ts';
import type { OffmapActor } from '../../src/selectors/map-scene.ts';
import { useApp, useAppStoreApi } from '../shared/store-context.ts';
import { useScene } from '../shared/use-scene.ts';
import { CHIP_DOCK, chipLayout } from '../shared/chip-dock.ts';
import './chips.css';

/**
 * Actors with facts but no polygon on this map (the United States, NATO, the EU), docked at the
 * map's edge. Their arrows start at the chip; pressing one selects the actor like a country. When
 * there are more than fit, the last chip, "+N more", opens a list of the rest.
 */
export function ActorChips() {
  const store = useAppStoreApi();
  const scene = useScene();
  const selected = useApp((s) => s.country);
  const [moreOpen, setMoreOpen] = useState(false);
  const moreRef = useRef<HTMLLIElement>(null);

  useEffect(() => {
    if (!moreOpen) return;
    const onDown = (e: PointerEvent) => { if (!moreRef.current?.contains(e.target as Node)) setMoreOpen(false); };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [moreOpen]);

  if (!scene || scene.offmap.length === 0) return null;
  const { left, top, width, height, gap } = CHIP_DOCK;
  const { docked, more } = chipLayout(scene.offmap.length);
  const rest = scene.offmap.slice(docked);
  const pick = (a: OffmapActor) => actions.selectCountry(store, selected === a.code ? null : a.code);
  const at = (i: number) => ({ left, top: top + i * (height + gap), width, height });

  return (
    <ul className="actor-chips" aria-label="Actors off the map">
      {scene.offmap.slice(0, docked).map((a, i) => (
        <li key={a.code} style={at(i)}>
          <Chip actor={a} selected={selected === a.code} onPick={() => pick(a)} />
        </li>
      ))}
      {more > 0 && (
        <li ref={moreRef} style={at(docked)} className="chip-more">
          <button
            type="button"
            className={`chip${rest.some((a) => a.code === selected) ? ' selected' : ''}`}
            aria-expanded={moreOpen}
            onClick={() => setMoreOpen((o) => !o)}
            onKeyDown={(e) => { if (e.key === 'Escape' && moreOpen) { e.preventDefault(); setMoreOpen(false); } }}
          >
            <span className="chip-name">+{more} more</span>
          </button>
          {moreOpen && (
            <ul
              className="chip-more-list"
              aria-label="More actors off the map"
              onKeyDown={(e) => { if (e.key === 'Escape') { e.preventDefault(); setMoreOpen(false); moreRef.current?.querySelector('button')?.focus(); } }}
            >
              {rest.map((a) => (
                <li key={a.code}>
                  <Chip actor={a} selected={selected === a.code} onPick={() => { pick(a); setMoreOpen(false); }} />
                </li>
              ))}
            </ul>
          )}
        </li>
      )}
    </ul>
  );
}

function Chip({ actor, selected, onPick }: { actor: OffmapActor; selected: boolean; onPick(): void }) {
  return (
    <button
      type="button"
      className={`chip${selected ? ' selected' : ''}`}
      aria-pressed={selected}
      aria-label={`${actor.name}: ${actor.count} fact${actor.count === 1 ? '' : 's'}`}
      onClick={onPick}
    >
      <span className="chip-name">{actor.name}</span>
      <span className="chip-count" aria-hidden="true">{actor.count}</span>
    </button>
  );
}
