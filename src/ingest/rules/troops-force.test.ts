import { describe, expect, it } from 'vitest';
import { EASTERN_FLANK } from '../../domain/eastern-flank';
import { troops } from '../test-support';

/** Deployments of aircraft, ships and named units told with a predicate of presence (troops.force) and NATO missions. */
const routes = (body: string, date = '2023-05-10') => troops(body, date).map((f) => `${f.from.join('+')}>${f.to.join('+')}`).sort();
const FLANK = EASTERN_FLANK.join('+');
const US_RELEASE = 'The U.S. Air Force announced the move. ';
const UK_RELEASE = 'The UK Ministry of Defence said the UK would act. ';

describe('forces placed by a predicate of presence', () => {
  it('reads aircraft arriving at a named base with its country (non-ASCII names too)', () => {
    expect(routes('U.S. Air Force fighter aircraft will arrive at Łask Air Base, Poland, Feb. 10, 2022.')).toEqual(['US>PL']);
  });

  it('reads missions flown over a country and protected airspace or skies', () => {
    expect(routes('British fighter jets will fly air defence missions over Poland to counter aerial threats.')).toEqual(['GB>PL']);
    expect(routes(`UK jets will protect the skies of NATO’s eastern flank once again.`)).toEqual([`GB>${FLANK}`]);
  });

  it('reads a participle after an object force and the mission it executes from a named base', () => {
    const r = routes('F-15 Eagles will work alongside the Polish and Danish F-16 aircraft already executing NATO’s Air Policing mission from Siauliai Air Base, Lithuania.');
    expect(r).toEqual(expect.arrayContaining(['DK+PL>LT', 'NATO>LT']));
  });

  it('reads a named unit as the article’s forces, and a service’s base name as no sender', () => {
    const r = routes(`${US_RELEASE}Royal Air Force Lakenheath’s 48th Fighter Wing deployed six F-35 aircraft to Amari Air Base, Estonia, and Siauliai Air Base, Lithuania.`);
    expect(r).toContain('US>EE+LT');
    expect(r.some((x) => x.startsWith('GB'))).toBe(false);
  });

  it('gives no host for a region without members, unless a purpose names the eastern flank', () => {
    expect(routes(`${US_RELEASE}After 80 years, the division returns to the European theater with nearly 2,400 Soldiers.`)).toEqual(['US>']);
    expect(routes(`${UK_RELEASE}Royal Air Force Typhoons will join allied forces, including from Denmark, France, and Germany, to bolster NATO’s defence and deterrence along its eastern flank.`)).toEqual([`GB>${FLANK}`]);
  });

  it('reads one fact for ships of one sender in one sentence, and the origin of a move is not a host', () => {
    expect(routes(`${US_RELEASE}The ship USS Kearsarge arrived in Klaipėda, Lithuania, while the destroyer USS Paul Ignatius arrived in Tallinn, Estonia.`)).toEqual(['US>EE+LT']);
    expect(routes(`${US_RELEASE}The troops are arriving in Romania after the repositioning of a Stryker squadron from Vilseck, Germany, to Romania.`)).toEqual(['US>RO']);
  });

  it('reads a pronoun subject as the force named before it', () => {
    expect(routes(`${US_RELEASE}The 388th Fighter Wing’s six F-35 aircraft supported NATO’s air policing objectives, and they will return to Spangdahlem Air Base, Germany, today.`)).toContain('US>DE');
  });

  it('reads a fronted participle clause', () => {
    expect(routes(`${US_RELEASE}While conducting deterrence activities along NATO’s Eastern Flank, the 90th EFS also conducted missions.`)).toContain(`US>${FLANK}`);
  });

  it('gives one fact per unit listed in one object', () => {
    const f = troops(`${US_RELEASE}The U.S. will deploy a HIMARS platoon and an infantry company to Estonia in the coming weeks.`);
    expect(f.map((x) => x.unit).sort()).toEqual(['HIMARS platoon', 'infantry company']);
  });

  it('does not place a force that is an object or in another clause', () => {
    expect(routes(`${US_RELEASE}The Polish air base offers U.S. forces the infrastructure to operate closer to Allies along the Eastern Flank.`)).toEqual([]);
    expect(routes('Britain has no plans to send jets that would fly over Poland.')).toEqual([]);
  });
});

describe('NATO missions', () => {
  it('takes the host of a mission joined in a sentence, or named with the same mission elsewhere', () => {
    expect(routes('British built Typhoon jets arrived in Eastern Poland today, to take part in a NATO enhanced air policing mission.')).toContain('NATO>PL');
    const body = 'The fighters will support the NATO Air Policing mission. Danish F-16 aircraft are already executing NATO’s Air Policing mission from Siauliai Air Base, Lithuania.';
    expect(troops(body).filter((f) => f.from[0] === 'NATO').map((f) => f.to)).toEqual([['LT']]);
  });

  it('reads NATO’s efforts to bolster its eastern flank as NATO on the flank', () => {
    expect(routes('The UK will support NATO’s efforts to bolster its eastern flank through Eastern Sentry.')).toContain(`NATO>${FLANK}`);
  });
});
