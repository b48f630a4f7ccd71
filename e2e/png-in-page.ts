import type { Page } from '@playwright/test';

export interface PngFacts {
  width: number;
  height: number;
  /** Distinct colours among sampled pixels: a blank or flat image has very few. */
  colours: number;
  /** The middle pixel matching `find`, in image pixels, or null. */
  hit: { x: number; y: number } | null;
}

/**
 * Decodes a PNG with the browser's own decoder (no image library in the tests) and reports its
 * size, how varied it is, and optionally where a colour appears.
 */
export async function pngFacts(page: Page, png: Buffer, find?: { rgb: [number, number, number]; tolerance: number }): Promise<PngFacts> {
  return page.evaluate(async ({ b64, find }) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const { data } = ctx.getImageData(0, 0, c.width, c.height);
    const colours = new Set<number>();
    const hits: [number, number][] = [];
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
      if (i % (4 * 97) === 0) colours.add((r << 16) | (g << 8) | b);
      if (find && Math.abs(r - find.rgb[0]) + Math.abs(g - find.rgb[1]) + Math.abs(b - find.rgb[2]) < find.tolerance) {
        hits.push([(i / 4) % c.width, Math.floor(i / 4 / c.width)]);
      }
    }
    const mid = hits[Math.floor(hits.length / 2)];
    return { width: img.width, height: img.height, colours: colours.size, hit: mid ? { x: mid[0], y: mid[1] } : null };
  }, { b64: png.toString('base64'), find });
}
