import { describe, expect, it } from 'vitest';
import { findMentions, isActor, mentionFinder, UNIT_CUES, type ActorContext } from './actors';
import { KNOWN_UNITS } from './lexicon/units';
import { NEIGHBOURS } from './test-support';

const ctx = (date = '2022-03-06', natoContext = true): ActorContext => ({ date, neighbours: NEIGHBOURS, natoContext, euContext: true });
const actors = (text: string, c = ctx()) => findMentions(text, c).filter(isActor).map((m) => m.codes.join('+'));

describe('actor mentions', () => {
  it('reads names, short names and peoples', () => {
    expect(actors('Czechia, the Czech Republic and the Czechs')).toEqual(['CZ', 'CZ', 'CZ']);
    expect(actors('The Dutch are sending aid; the Estonians too.')).toEqual(['NL', 'EE']);
    expect(actors('Britain, the UK, the U.S., the United States and America')).toEqual(['GB', 'GB', 'US', 'US', 'US']);
    expect(actors('Türkiye, Turkey and the Turks')).toEqual(['TR', 'TR', 'TR']);
  });

  it('reads a counted group that is the whole NATO membership on the date as NATO, other counts as nobody', () => {
    expect(actors('The alliance said its 30 member states agreed.', ctx('2021-06-01'))).toEqual(['NATO', 'NATO']);
    expect(actors('The alliance said its 32 members agreed.', ctx('2024-05-01'))).toEqual(['NATO', 'NATO']);
    expect(actors('The alliance said its 12 member states agreed.', ctx('2024-05-01'))).toEqual(['NATO']);
    expect(actors('The club said its 32 members agreed.', ctx('2024-05-01', false))).toEqual([]);
  });

  it('keeps adjectives apart from actors', () => {
    const ms = findMentions('Russian aggression and German tanks', ctx());
    expect(ms.map((m) => m.kind)).toEqual(['adjective', 'adjective']);
    expect(actors('the Polish government and the Russian army')).toEqual(['PL', 'RU']);
    expect(actors('They polish their boots and eat turkey.')).toEqual([]);
  });

  it('reads a navy’s ship prefix before a ship’s name as its country, and not alone', () => {
    const ms = findMentions('USS Forrest Sherman sailed with FGS Sachsen and HMS Diamond.', ctx());
    expect(ms.map((m) => `${m.text}:${m.kind}:${m.codes.join('+')}`)).toEqual(['USS:adjective:US', 'FGS:adjective:DE', 'HMS:adjective:GB']);
    expect(findMentions('The ORP is a Polish acronym; ENS.', ctx()).filter((m) => m.text === 'ORP' || m.text === 'ENS')).toEqual([]);
  });

  it('reads known formations and one-country unit types as acting for their country', () => {
    const kinds = (t: string) => findMentions(t, ctx()).map((m) => `${m.text}:${m.kind}:${m.codes.join('+')}`);
    expect(kinds('Soldiers of the 101st Airborne Division and the Royal Tank Regiment')).toEqual(['101st Airborne Division:adjective:US', 'Royal Tank Regiment:adjective:GB']);
    expect(kinds('the 3rd Brigade Combat Team and the 510th Expeditionary Fighter Squadron')).toEqual(['3rd Brigade Combat Team:adjective:US', '510th Expeditionary Fighter Squadron:adjective:US']);
    expect(kinds('the 1st Battalion and the 12th Mechanised Brigade')).toEqual([]);
  });

  it('reads a short name before an economic noun as a modifier ("U.S. jobs"), not the country', () => {
    expect(findMentions('supporting U.S. jobs and the UK defence industry with U.S. military assistance', ctx()).map((m) => m.kind)).toEqual(['adjective', 'adjective', 'adjective']);
    expect(findMentions('The U.S. will send troops.', ctx()).map((m) => m.kind)).toEqual(['country']);
  });

  it('tells Georgia and Jordan the countries from a state and a name', () => {
    expect(actors('Georgia wants to join NATO.')).toEqual(['GE', 'NATO']);
    expect(actors('The Governor of Georgia spoke in Atlanta.')).toEqual([]);
    expect(actors('Two battalions from Fort Stewart, Georgia, rotate in Lithuania.')).toEqual(['LT']);
    expect(actors('The Georgia National Guard trains with Georgia.')).toEqual(['GE']);
    expect(actors('Jordan hosts refugees.')).toEqual(['JO']);
    expect(actors('Michael Jordan scored.')).toEqual([]);
  });

  it('reads organisations, "the alliance" only in a NATO context', () => {
    expect(actors('NATO, the EU and the European Union')).toEqual(['NATO', 'EU', 'EU']);
    expect(actors('the alliance agreed', ctx('2022-03-06', true))).toEqual(['NATO']);
    expect(actors('the alliance agreed', ctx('2022-03-06', false))).toEqual([]);
  });

  it('resolves groups', () => {
    expect(actors('the Baltic states, the Baltics and the Baltic nations')).toEqual(['EE+LT+LV', 'EE+LT+LV', 'EE+LT+LV']);
    expect(actors('the Eastern flank')).toEqual(['BG+EE+HU+LT+LV+PL+RO+SK']);
  });

  it('computes "member states bordering Russia and Belarus" from land borders and membership on the date', () => {
    expect(actors('member states bordering Russia and Belarus')).toEqual(['EE+LT+LV+NO+PL']);
    expect(actors('countries bordering Russia', ctx('2023-04-04'))).toEqual(['EE+FI+LT+LV+NO+PL']);
    expect(actors('NATO\'s eastern members on the border with Russia', ctx('2022-03-06'))).toEqual(['EE+LT+LV+NO+PL']);
  });

  it('reads capitals as metonyms, but not places', () => {
    expect(actors('Washington and Moscow traded warnings.')).toEqual(['US', 'RU']);
    expect(actors('Talks were held in Warsaw.')).toEqual([]);
    expect(actors('The Washington Post reported it.')).toEqual([]);
  });

  it('reads hashtags', () => {
    expect(actors('The #US and #NATO back the #Baltic states.')).toEqual(['US', 'NATO', 'EE+LT+LV']);
  });

  it('reads capitals as their governments only as actors, not as places or first names', () => {
    expect(actors('Copenhagen and Bratislava agreed; Rome said yes.')).toEqual(['DK', 'SK', 'IT']);
    expect(actors("Sofia's decision surprised Chisinau.")).toEqual(['BG', 'MD']);
    expect(actors('Ministers met in Madrid before the Vilnius summit.')).toEqual([]);
    expect(actors('Sofia Andersson and Paris Hilton spoke.')).toEqual([]);
    expect(actors('The jets flew to Sofia.')).toEqual(['BG']);
    expect(actors('Paris announced new aid.')).toEqual(['FR']);
  });
});

describe('unit cue words', () => {
  it('hold a word of every known unit, so the unit pattern is never skipped for one', () => {
    for (const [name] of KNOWN_UNITS) expect(UNIT_CUES.some((c) => name.includes(c)), name).toBe(true);
  });

  it('let every kind of national unit through to the unit pattern', () => {
    const written = ['2nd Armored Brigade Combat Team', '31st Fighter Squadron', '52nd Fighter Wing', '100th Air Refueling Group', '86th Air Base Wing',
      '22nd Marine Expeditionary Unit', '2nd Marine Expeditionary Force', '6th Marine Regiment', '41st Field Artillery Brigade', '20th Engineer Brigade'];
    for (const unit of written) {
      const text = `Soldiers of the ${unit} arrived.`;
      const found = findMentions(text, ctx()).find((m) => m.text === unit);
      expect(found?.codes, unit).toEqual(['US']);
      // The sentence path looks cue words up in the article instead of the sentence.
      expect(mentionFinder(`Headline.\n${text}`, ctx())(text, 10).find((m) => m.text === unit)?.codes, unit).toEqual(['US']);
    }
  });
});
