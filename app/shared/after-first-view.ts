/**
 * The first view is the map drawn with its facts. Code the first view does not show but the first
 * clicks will want (the country panel, the review tools) is fetched after it, when the browser is
 * idle: not while the map loads, and not on the click either.
 */

let settled = false;
const waiting: (() => void)[] = [];

/** Runs `fn` when the main thread is free, or after `timeout` ms at the latest. */
function whenIdle(fn: () => void, timeout = 2000): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fn, { timeout });
  else setTimeout(fn, 200);
}

/** The map has settled with the facts drawn (MapView says so on its first idle). */
export function firstViewSettled(): void {
  if (settled) return;
  settled = true;
  for (const fn of waiting.splice(0)) whenIdle(fn);
}

/** Runs `fn` once the first view has settled and the browser is idle. */
export function afterFirstView(fn: () => void): void {
  if (settled) whenIdle(fn);
  else waiting.push(fn);
}
