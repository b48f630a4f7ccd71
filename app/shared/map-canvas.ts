/**
 * The export feature needs the map's canvas without importing the map feature: the map registers
 * a provider here when it mounts.
 */
let provider: (() => HTMLCanvasElement) | null = null;

export function setMapCanvasProvider(p: (() => HTMLCanvasElement) | null): void {
  provider = p;
}

export function mapCanvas(): HTMLCanvasElement | null {
  return provider ? provider() : null;
}
