import { describe, expect, it } from 'vitest';
import { categorise, itemName, modelFamily, parseItems } from './items';

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

  it('drops quantities, partitives and stock adjectives from names', () => {
    expect(itemName('More than 200 T-72 tanks')).toBe('T-72 tanks');
    expect(itemName('a company of 14 Leopard 2 tanks')).toBe('Leopard 2 tanks');
    expect(itemName('some of its retired F-16s')).toBe('F-16s');
    expect(itemName('dozens of Bradley fighting vehicles')).toBe('Bradley fighting vehicles');
    expect(itemName('an additional battery of Patriot missiles')).toBe('Patriot missiles');
    expect(itemName('CV90 vehicles of their own')).toBe('CV90 vehicles');
    expect(itemName('their own IRIS-T deliveries')).toBe('IRIS-T');
    expect(itemName('Ammunition and spare parts'.split(' and ')[1]!)).toBe('spare parts');
  });

  it('names ammunition by the system it is for', () => {
    expect(itemName('extra ammunition for Multiple Launch Rocket Systems (MLRS)')).toBe('MLRS ammunition');
    expect(itemName('shells for Caesar')).toBe('Caesar shells');
    expect(itemName('ammunition for the vehicles')).toBe('ammunition');
  });

  it('keeps list elements joined by along with, plus, including, such as', () => {
    expect(parseItems('12 howitzers along with 40 mortars plus grenades').map((i) => i.name)).toEqual(['howitzers', 'mortars', 'grenades']);
    expect(parseItems('heavy weapons including Marders and NLAWs').map((i) => i.name)).toEqual(['Marders', 'NLAWs']);
    expect(parseItems('armoured vehicles, such as Strykers').map((i) => i.name)).toEqual(['Strykers']);
    expect(parseItems('drones, including Switchblade loitering munitions').map((i) => i.name)).toEqual(['drones', 'Switchblade loitering munitions']);
    expect(parseItems('Joint Direct Attack Munitions').map((i) => i.name)).toEqual(['Joint Direct Attack Munitions']);
  });

  it('gives model families for named systems only', () => {
    expect(modelFamily({ name: 'Leopard 2A6 tanks', category: 'armour' })).toBe(modelFamily({ name: 'Leopard 2 battle tanks', category: 'armour' }));
    expect(modelFamily({ name: 'F-16s', category: 'other' })).toBe('f-16|other');
    expect(modelFamily({ name: 'HIMARS ammunition', category: 'ammunition' })).not.toBe(modelFamily({ name: 'HIMARS launchers', category: 'artillery' }));
    expect(modelFamily({ name: 'ammunition', category: 'ammunition' })).toBeNull();
  });
});
