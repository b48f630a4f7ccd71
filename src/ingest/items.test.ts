import { describe, expect, it } from 'vitest';
import { categorise, itemName, parseItems } from './items';

describe('items', () => {
  it('categorises from the lexicon', () => {
    expect(categorise('Panzerfaust 3 launchers')).toBe('anti-tank');
    expect(categorise('NASAMS batteries')).toBe('air-defence');
    expect(categorise('HIMARS launchers')).toBe('artillery');
    expect(categorise('Bradley fighting vehicles')).toBe('armour');
    expect(categorise('155mm shells')).toBe('ammunition');
    expect(categorise('assault rifles')).toBe('small-arms');
    expect(categorise('Bayraktar drones')).toBe('other');
    expect(categorise('a clear message')).toBeNull();
  });

  it('names items as readers know them', () => {
    expect(itemName('anti-tank missiles called Javelin')).toBe('Javelin anti-tank missiles');
    expect(itemName('about 5,000 additional helmets')).toBe('helmets');
    expect(itemName('Sniper rifles')).toBe('sniper rifles');
    expect(itemName('Stinger surface-to-air missiles')).toBe('Stinger surface-to-air missiles');
  });

  it('splits lists into one item per element', () => {
    expect(parseItems('rifles, 40 mortars, and ammunition').map((i) => i.name)).toEqual(['rifles', 'mortars', 'ammunition']);
    expect(parseItems('troops and tanks')).toEqual([]);
    expect(parseItems('rocket launchers', 'air-defence')).toEqual([{ name: 'rocket launchers', category: 'air-defence' }]);
  });
});
