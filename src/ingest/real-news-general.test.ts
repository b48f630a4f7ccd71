import { describe, expect, it } from 'vitest';
import { quotes, troops } from './test-support';

describe('officials named with a middle initial', () => {
  it('are the listed official, with the office held on the date', () => {
    const q = quotes('Secretary of State Antony J. Blinken said the alliance would keep helping Moldova.', '2023-03-02');
    expect(q[0]).toMatchObject({ speaker: 'Antony J. Blinken', from: ['US'] });
  });
});

describe('a speech page', () => {
  it('speaks for the country of the official whose statement it gives', () => {
    const body = 'The Foreign Secretary Liz Truss gave a short statement at a meeting with Norwegian Foreign Minister Anniken Huitfeldt.\n\nThank you, Minister Huitfeldt. Norway is a close friend and Norway has shown courage. We are sending more soldiers to Estonia.';
    expect(troops(body, '2022-04-12').map((t) => [t.from, t.to])).toEqual([[['GB'], ['EE']]]);
  });
});

describe('a preview release', () => {
  it('reads what an official will say today as an indirect quote; an office never named with its holder speaks under its title', () => {
    const body = 'The UK will host a meeting of Nordic ministers today. The Foreign Secretary will reiterate that the UK stands firmly with Finland and Norway. He will also call on Allies to send more air defence to Ukraine.';
    expect(quotes(body, '2024-10-02').map((q) => ({ speaker: q.speaker, from: q.from, to: q.to }))).toEqual([
      { speaker: 'Foreign Secretary', from: ['GB'], to: ['FI', 'NO'] },
      { speaker: 'Foreign Secretary', from: ['GB'], to: ['UA'] },
    ]);
    const named = 'Foreign Secretary David Lammy flies to Helsinki today. In Helsinki, the Foreign Secretary will underline that Britain stands with Finland.';
    expect(quotes(named, '2024-10-02').map((q) => [q.speaker, q.from])).toEqual([['David Lammy', ['GB']]]);
  });

  it('leaves a passive without a speaker and a plain future alone', () => {
    expect(quotes('The UK’s commitment to NATO will be underlined today as the Foreign Secretary arrives in Tallinn.', '2024-10-02')).toEqual([]);
    expect(quotes('Germany will send ten more tanks to Ukraine next month.', '2024-10-02')).toEqual([]);
  });
});

describe('bases and garrison towns named without their country', () => {
  it('are places of their country after to/in', () => {
    expect(troops('The Netherlands will deploy 200 soldiers to Rukla next spring.').map((t) => [t.from, t.to, t.troops])).toEqual([[['NL'], ['LT'], 200]]);
    expect(troops('Norway sent a company of soldiers to Lielvarde in April.').map((t) => [t.from, t.to])).toEqual([[['NO'], ['LV']]]);
  });

  it('are never actors', () => {
    expect(troops('Troops from Powidz will deploy to Estonia.').flatMap((t) => t.from)).not.toContain('PL');
  });
});

describe('"stationed in the country" and NATO’s forward presence', () => {
  it('reads "the country" as the allied country named before, and the presence the force is part of as NATO’s in the same host', () => {
    const body = 'The Defence Secretary travelled to Latvia on Monday. He met 400 Canadian soldiers currently stationed in the country as part of NATO’s enhanced Forward Presence.';
    const got = troops(body).map((t) => [t.from, t.to]).sort();
    expect(got).toEqual([[['CA'], ['LV']], [['NATO'], ['LV']]]);
  });

  it('leaves a named NATO mission the force joins to its own area', () => {
    const body = 'Danish jets will fly missions over Lithuania as part of NATO’s Baltic Air Policing mission.';
    expect(troops(body).some((t) => t.from.includes('NATO') && t.to.join() === 'LT')).toBe(false);
  });
});

describe('a NATO battlegroup named after its host', () => {
  it('is NATO’s presence in that host', () => {
    const body = 'Soldiers of the NATO Multinational Battle Group Slovakia held a live-fire drill on Tuesday.';
    expect(troops(body).map((t) => [t.from, t.to, t.unit])).toEqual([[['NATO'], ['SK'], 'battlegroup']]);
  });
});
