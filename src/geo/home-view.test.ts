import { describe, expect, it } from 'vitest';
import { HOME_BOUNDS, homeView } from './home-view.ts';
import { MIN_ZOOM } from './extent.ts';

describe('homeView', () => {
  it('fits the flank on a desktop map at about zoom 3.8', () => {
    const v = homeView(1440, 848);
    expect(v.zoom).toBeGreaterThan(3.5);
    expect(v.zoom).toBeLessThan(4.2);
    expect(v.lon).toBe((HOME_BOUNDS[0] + HOME_BOUNDS[2]) / 2);
    expect(v.lat).toBeGreaterThan(HOME_BOUNDS[1]);
    expect(v.lat).toBeLessThan(HOME_BOUNDS[3]);
  });

  it('zooms out on a phone so the whole flank still fits', () => {
    const desktop = homeView(1440, 848);
    const phone = homeView(390, 750);
    expect(phone.zoom).toBeLessThan(desktop.zoom - 0.5);
    expect(phone.zoom).toBeGreaterThanOrEqual(MIN_ZOOM);
  });

  it('never leaves the allowed zoom range, even for a zero-sized map', () => {
    expect(homeView(0, 0).zoom).toBe(MIN_ZOOM);
  });
});
