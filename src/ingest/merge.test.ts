import { describe, expect, it } from 'vitest';
import { factsOf } from './test-support';

describe('merging and ids', () => {
  it('makes one fact with two evidence spans when an article states it twice', () => {
    const body = 'Latvia is sending Stinger missiles to Ukraine.\n\nLater, Latvia is sending Stinger missiles to Ukraine.';
    const f = factsOf(body).filter((x) => x.type === 'arms_shipment');
    expect(f).toHaveLength(1);
    expect(f[0]!.evidence).toHaveLength(2);
  });

  it('yields several facts from one sentence', () => {
    const f = factsOf('Germany is sending tanks to Ukraine and will deploy a brigade to Lithuania.');
    expect(f.map((x) => x.type).sort()).toEqual(['arms_shipment', 'troop_deployment']);
  });

  it('gives stable, deterministic ids of the form article:type:hash', () => {
    const body = 'Spain is sending mortars to Ukraine. Canada sent 300 troops to Latvia.';
    const a = factsOf(body);
    const b = factsOf(body);
    expect(a).toEqual(b);
    for (const f of a) expect(f.id).toMatch(/^a1:(arms_shipment|troop_deployment):[0-9a-f]{8}$/);
    // Adding an unrelated sentence in front does not change the ids.
    const c = factsOf(`The weather was cold. ${body}`);
    expect(c.map((f) => f.id).sort()).toEqual(a.map((f) => f.id).sort());
  });

  it('sorts facts by evidence start', () => {
    const f = factsOf('Canada sent 300 troops to Latvia. Spain is sending mortars to Ukraine.');
    expect(f.map((x) => x.type)).toEqual(['troop_deployment', 'arms_shipment']);
  });

  it('folds the same transfer named twice by model family into one fact', () => {
    const body = 'Spain will send Leopard 2 battle tanks to Ukraine.\n\nSpain will initially provide a company of 10 Leopard 2A4 tanks and ammunition to Ukraine.';
    const f = factsOf(body).filter((x) => x.type === 'arms_shipment');
    expect(f).toHaveLength(1);
    expect(f[0]!.evidence).toHaveLength(2);
    expect(f[0]!.type === 'arms_shipment' && f[0]!.items.map((i) => i.name)).toEqual(['Leopard 2 battle tanks', 'ammunition']);
  });

  it('keeps transfers of different families or between other actors apart', () => {
    const body = 'Spain will send Leopard 2 tanks to Ukraine. Spain will send HIMARS launchers to Ukraine. Portugal will send Leopard 2A6 tanks to Ukraine.';
    expect(factsOf(body).filter((x) => x.type === 'arms_shipment')).toHaveLength(3);
  });

  it('keeps deployments with different units apart and folds a unitless mention into the nearest one', () => {
    const body = 'Spain has led the NATO battlegroup in Latvia since 2017. Spain will also station a brigade in Latvia. The Spanish troops will be stationed in Latvia.';
    const t = factsOf(body).filter((x) => x.type === 'troop_deployment');
    expect(t.map((x) => x.type === 'troop_deployment' && x.unit).sort()).toEqual(['battlegroup', 'brigade']);
    expect(t.reduce((n, x) => n + x.evidence.length, 0)).toBe(3);
  });

  it('reads "to the defence of X" as the host', () => {
    const f = factsOf('Spain has promised to dedicate a brigade of 3,000 soldiers to the defence of Latvia, while Canada will lead a battalion in Estonia.');
    expect(f.filter((x) => x.type === 'troop_deployment').map((x) => `${x.from.join()}>${x.to.join()}`).sort()).toEqual(['CA>EE', 'ES>LV']);
  });
});
