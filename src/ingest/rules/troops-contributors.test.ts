import { describe, expect, it } from 'vitest';
import { commitments, troops } from '../test-support';

const routes = (body: string) => troops(body).map((f) => `${f.from.join('+')}>${f.to.join('+')}:${f.rule}`);

describe('troop deployments: named contributors, presence with "be", known formations', () => {
  it('gives the named contributors of a multinational force their own fact, where the sentence places the force', () => {
    expect(routes('France leads a NATO battlegroup in Romania, with troops from Belgium and the Netherlands.')).toContain('BE+NL>RO:troops.contributors');
    expect(routes('The battlegroup in Lithuania, led by Germany, includes soldiers from Norway, the Czech Republic and Luxembourg.')).toContain('CZ+LU+NO>LT:troops.contributors');
    expect(routes('Troops from Poland, Slovakia and Slovenia serve in the Canadian-led battlegroup in Latvia.')).toContain('PL+SI+SK>LV:troops.contributors');
  });

  it('does not read where a moved force starts as its contributor', () => {
    expect(routes('The Pentagon moved 1,000 troops from Germany to Romania.').filter((r) => r.startsWith('DE'))).toEqual([]);
    expect(routes('Soldiers from Estonia will train in Latvia next year.').filter((r) => r.includes('contributors') && r.startsWith('EE'))).toEqual(['EE>LV:troops.contributors']);
  });

  it('reads a force’s presence said with "be", and not idioms with "in"', () => {
    expect(routes('The US Army’s 2nd Cavalry Regiment is currently in Romania for an exercise.')).toContain('US>RO:troops.stationed');
    expect(routes('British troops have been in Estonia since 2017.')).toContain('GB>EE:troops.stationed');
    expect(routes('German troops are in talks with Lithuania about housing.')).toEqual([]);
  });

  it('takes a known formation’s own country, whatever the article’s', () => {
    expect(routes('The Royal Tank Regiment has been in Estonia as the main battlegroup.')).toContain('GB>EE:troops.stationed');
    expect(routes('Paratroopers of the 82nd Airborne Division arrived in Poland on Sunday.')[0]).toMatch(/^US>PL/);
  });

  it('reads part of a unit ordered to deploy to a region as a deployment with no host, and an epithet of a country as no region', () => {
    expect(routes('The Secretary of Defense announced elements of the 3rd Infantry Division have been ordered to deploy to the U.S. Army Europe and Africa Command area of operations.')).toEqual(['US>:troops.moves']);
    expect(routes('Romania welcomed them. About 500 French troops will deploy to the Black Sea country next month.').filter((r) => r.endsWith('>:troops.moves'))).toEqual([]);
  });

  it('reads reinforcing the eastern flank as a deployment when forces are named, else as an assurance to the eight hosts', () => {
    expect(routes('British troops trained in Estonia. We are reinforcing NATO’s eastern flank, the UK said.')).toContain('GB>BG+EE+HU+LT+LV+PL+RO+SK:troops.flank');
    expect(commitments('The UK and Poland are working together to bolster NATO’s Eastern Flank and the MIECZNIK Frigate Programme.').map((f) => `${f.from.join('+')}>${f.to.join('+')}:${f.rule}`))
      .toContain('GB+PL>BG+EE+HU+LT+LV+PL+RO+SK:commitment.flank');
  });

  it('reads a unit’s element arriving at a place, past a service named in a prepositional phrase before it', () => {
    expect(routes('On February 12th, the vanguard of the U.S. Marine Corps, II Marine Expeditionary Force (MEF) command element arrived at Bardufoss Air Station, Norway, to take part in the exercise.')).toEqual(['US>NO:troops.moves']);
  });

  it('reads forces serving in a place and forces that left for one', () => {
    expect(routes('About 1,000 Spanish soldiers are serving in Latvia as part of the Canadian-led battlegroup.')).toContain('ES>LV:troops.stationed');
    expect(routes('The first contingent of 150 Czech soldiers left for Slovakia on Monday.')).toEqual(['CZ>SK:troops.moves']);
  });

  it('does not read a supposed deployment ("any deployment of NATO troops in Ukraine would …") as one', () => {
    expect(routes('Kremlin spokesman Dmitry Peskov said any deployment of NATO troops in Ukraine would lead to a direct conflict.')).toEqual([]);
  });
});
