/**
 * What a view that loads on first use shows while its code arrives: usually a moment, but on a
 * slow connection a screen reader should hear that something is coming rather than nothing.
 * `inline` sits in the flow of a card or dialog; otherwise it is centred over the map.
 */
export function Loading({ what, inline = false }: { what: string; inline?: boolean }) {
  return <p className={inline ? 'muted' : 'map-status'} role="status">Loading {what}…</p>;
}
