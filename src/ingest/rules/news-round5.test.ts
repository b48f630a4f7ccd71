import { describe, expect, it } from 'vitest';
import { arms, commitments, quotes, troops } from '../test-support';

const pairs = (fs: ReadonlyArray<{ from: string[]; to: string[] }>) => fs.map((f) => `${f.from.join('+')}>${f.to.join('+')}`).sort();

describe('hosted forces and their named contributors', () => {
  it('gives the alliance the hosted total and each "including N from X" its own count', () => {
    const t = troops('Romania is hosting about 5,000 allied troops, including 1,000 from France and 500 from Italy.');
    expect(t.map((f) => ({ from: f.from, troops: f.troops })).sort((a, b) => a.from[0]!.localeCompare(b.from[0]!))).toEqual([
      { from: ['FR'], troops: 1000 }, { from: ['IT'], troops: 500 }, { from: ['NATO'], troops: 5000 },
    ]);
    expect(t.every((f) => f.to.join() === 'RO')).toBe(true);
  });

  it('does not make contributors listed after "from" hosts of a led battlegroup', () => {
    const t = troops('Lithuania hosts a German-led battlegroup, including soldiers from Norway, the Netherlands and Belgium.');
    expect(pairs(t)).toEqual(['BE>LT', 'DE>LT', 'NL>LT', 'NO>LT']);
  });

  it('reads a headquarters stationed abroad as a presence', () => {
    expect(pairs(troops('The United States will station a permanent army headquarters in Poland.'))).toEqual(['US>PL']);
  });
});

describe('arms and forces', () => {
  it('reads a package "for X that includes" without a comma', () => {
    const a = arms('Washington on Tuesday unveiled a $325 million military aid package for Ukraine that includes more ammunition for HIMARS rocket launchers.');
    expect(pairs(a)).toEqual(['US>UA']);
    expect(a[0]!.items.map((i) => i.name.toLowerCase())).toContain('ammunition');
  });

  it('reads fighter aircraft by their names', () => {
    expect(pairs(troops('Germany sent four Eurofighters to Romania.'))).toEqual(['DE>RO']);
    expect(pairs(arms('Britain sent two Chinooks and a Typhoon squadron’s spare parts to Ukraine.'))).toEqual(['GB>UA']);
  });

  it('reads a future purchase from a seller', () => {
    expect(pairs(arms('Latvia will purchase HIMARS launchers from the United States.'))).toEqual(['US>LV']);
    expect(arms('Latvia might purchase HIMARS launchers from the United States.').filter((f) => f.confidence > 0.6)).toEqual([]);
  });

  it('counts money unveiled for a country as aid', () => {
    expect(pairs(commitments('Japan unveiled $4.5 billion in additional aid for Ukraine.'))).toEqual(['JP>UA']);
  });
});

describe('speakers of wire copy', () => {
  it('reads an institution that ends the attribution', () => {
    const q = quotes('The US has sent about 20 HIMARS launchers to Ukraine, the Pentagon said.');
    expect(q.map((x) => ({ speaker: x.speaker, from: x.from }))).toEqual([{ speaker: 'Pentagon', from: ['US'] }]);
    expect(quotes('Norway will send more missiles to Ukraine, the Norwegian defence ministry said.').map((x) => ({ speaker: x.speaker, from: x.from }))).toEqual([
      { speaker: 'Norwegian defence ministry', from: ['NO'] },
    ]);
    expect(quotes('France will send troops to Romania, the Elysee said.').map((x) => x.from)).toEqual([['FR']]);
  });

  it('gives a minister with no country the country of the counted force the clause is about', () => {
    const q = quotes('Washington sent more shells. About 1,000 Dutch troops will be deployed to Lithuania next year, Defence Minister Kajsa Ollongren told lawmakers.');
    expect(q.find((x) => x.speaker === 'Kajsa Ollongren')?.from).toEqual(['NL']);
  });
});

describe('wire copy, round 5 (dev6)', () => {
  it('gives "it" the actor that says it will act', () => {
    const a = arms('President Joe Biden announced the U.S. will send 31 Abrams tanks to Ukraine just hours after Germany said it will send 14 Leopard 2 tanks to Ukraine.');
    expect(pairs(a)).toEqual(['DE>UA', 'US>UA']);
  });

  it('reads any reporting verb of the lexicon after a trailing name or pronoun', () => {
    const q = quotes('Defense Secretary Pete Hegseth arrived in Warsaw. It was intentional that his first visit was to Poland, he explained.');
    expect(q.map((x) => x.speaker)).toEqual(['Pete Hegseth']);
  });

  it('reads news outlets as speakers without a country', () => {
    const q = quotes('Reuters is reporting that the United States will send Abrams tanks to Ukraine.');
    expect(q.map((x) => ({ speaker: x.speaker, from: x.from }))).toEqual([{ speaker: 'Reuters', from: [] }]);
  });

  it('reads "is receiving … from A, B and C" with a long list between', () => {
    const a = arms('Ukraine is receiving five additional air defense systems to protect its territory, including three additional Patriot batteries from the United States, Germany and Romania.');
    expect(a.map((f) => ({ from: f.from, to: f.to }))).toEqual([{ from: ['DE', 'RO', 'US'], to: ['UA'] }]);
  });

  it('reads a parliament as its country', () => {
    expect(pairs(commitments('Congress approved $61 billion in aid for Ukraine.'))).toEqual(['US>UA']);
  });
});

describe('commitments in wire copy, round 5', () => {
  it('reads "assured Baltic leaders that …" as an assurance to the three', () => {
    expect(pairs(commitments('Biden assured Baltic leaders that the United States would defend them.'))).toEqual(['US>EE+LT+LV']);
  });

  it('reads a security agreement signed by both parties as the supporter’s assurance', () => {
    expect(pairs(commitments('Britain and Ukraine signed a security agreement in which London commits to providing military aid for ten years.'))).toContain('GB>UA');
    expect(pairs(commitments('Britain and Moldova signed a defence cooperation agreement.'))).toEqual(['GB>MD']);
    expect(commitments('Germany and Poland signed a defence cooperation agreement.').filter((c) => c.rule === 'commitment.pact-signed')).toEqual([]);
  });

  it('reads aid a legislature passes', () => {
    expect(pairs(commitments('The US Senate passed a $95 billion aid bill including $61 billion for Ukraine.'))).toEqual(['US>UA']);
  });
});

describe('troops in wire copy, round 5', () => {
  it('reads troops ordered to a country', () => {
    expect(pairs(troops('The Pentagon ordered 7,000 more troops to Germany on Thursday.'))).toEqual(['US>DE']);
  });

  it('reads no deployment in a request', () => {
    expect(troops('Romania hosts French troops. Poland has asked NATO to station troops permanently on its territory.').filter((f) => f.from.includes('NATO'))).toEqual([]);
  });
});

describe('quotes in wire copy, round 5', () => {
  it('reads words quoted as a name for something', () => {
    const q = quotes('Ukrainian President Volodymyr Zelenskiy called the delay "absurd".');
    expect(q.map((x) => ({ speaker: x.speaker, from: x.from, text: x.text, direct: x.direct }))).toEqual([{ speaker: 'Volodymyr Zelenskiy', from: ['UA'], text: 'absurd', direct: true }]);
    expect(quotes('Lloyd Austin met allies in Brussels, at what Austin called a “challenging moment for Ukraine.”').map((x) => x.text)).toEqual(['challenging moment for Ukraine']);
  });

  it('reads "According to" with a title before the name', () => {
    const q = quotes('According to Polish Defence Minister Mariusz Blaszczak, the tanks will arrive within weeks.');
    expect(q.map((x) => ({ speaker: x.speaker, from: x.from }))).toEqual([{ speaker: 'Mariusz Blaszczak', from: ['PL'] }]);
  });
});

describe('arms in wire copy, round 5', () => {
  it('gives a decision or pledge to its owner', () => {
    const a = arms('Britain’s pledge of 14 Challenger 2 tanks to Ukraine was followed by Germany’s decision to send Leopards.');
    expect(pairs(a)).toEqual(['DE>UA', 'GB>UA']);
  });

  it('reads protected vehicles by name', () => {
    expect(pairs(arms('Australia will give Ukraine 90 Bushmaster vehicles.'))).toEqual(['AU>UA']);
  });
});

describe('more wire copy, round 5', () => {
  it('reads a pull quote attributed after a dash', () => {
    const q = quotes('“We are grateful for the opportunity to train with our Polish Allies.” – U.S. Army Capt. Ryan Crosby');
    expect(q.map((x) => ({ speaker: x.speaker, from: x.from, direct: x.direct }))).toEqual([{ speaker: 'Ryan Crosby', from: ['US'], direct: true }]);
  });

  it('reads no deployment of the enemy a country defends itself against', () => {
    expect(troops('The moves are part of a united effort to help Kyiv defend itself against invading Russian forces.')).toEqual([]);
  });
});

describe('trailing attributions with a title or an institution, round 5', () => {
  it('reads "…, the minister added." as the minister named before', () => {
    const q = quotes('Defence Minister Boris Pistorius said the system would be delivered soon.\n\nBerlin also plans to station a brigade of 5,000 troops in Lithuania by 2027, the minister added.');
    expect(q.map((x) => [x.speaker, x.to])).toEqual([['Boris Pistorius', []], ['Boris Pistorius', ['LT']]]);
  });

  it('reads an institution whose attribution is followed by "as …"', () => {
    const q = quotes('Germany will send a third Patriot system to Ukraine, the defence ministry said on Tuesday, as Kyiv battles intensifying Russian air strikes.');
    expect(q.map((x) => ({ speaker: x.speaker, text: x.text }))).toEqual([{ speaker: 'defence ministry', text: 'Germany will send a third Patriot system to Ukraine' }]);
  });
});

describe('wire leads, round 5', () => {
  it('reads troops shifted between hosts and an institution attributed with a bare weekday', () => {
    expect(pairs(troops('The Pentagon is shifting 1,000 troops from Germany to Romania.'))).toEqual(['US>RO']);
    const q = quotes('Germany will send a third Patriot system to Ukraine, the Pentagon said Wednesday.');
    expect(q.map((x) => x.speaker)).toEqual(['Pentagon']);
  });
});

describe('numbers with grouping commas, round 5', () => {
  it('does not read the comma of "1,000" as a clause break', () => {
    const t = troops('The United States is moving forces. First, 1,000 soldiers that are currently based in Germany will reposition to Romania in the coming days.');
    expect(t.map((f) => ({ to: f.to, troops: f.troops }))).toContainEqual({ to: ['RO'], troops: 1000 });
    expect(t.some((f) => f.troops === 0)).toBe(false);
  });
});

describe('promised arms, round 5', () => {
  it('reads "has promised" with equipment as a transfer, and a promise to act as none', () => {
    expect(pairs(arms('Russia invaded Ukraine. France has promised SCALP long-range cruise missiles to Ukraine.'))).toEqual(['FR>UA']);
    expect(arms('Russia invaded Ukraine. France has promised to consider the request.')).toEqual([]);
  });
});

describe('several senders and bulleted items, round 5', () => {
  it('reads a list of demonyms serving somewhere', () => {
    expect(pairs(troops('Spanish, Portuguese and Belgian troops serve in the battlegroup in Romania.'))).toEqual(['BE+ES+PT>RO']);
  });

  it('does not give "troops from A, B and C" to the article’s actor as well', () => {
    const body = 'The Netherlands sends two F-35s to Bulgaria.\n\nTroops from Germany, the Netherlands, Norway and the Czech Republic are stationed in Lithuania.';
    expect(pairs(troops(body)).filter((p) => p.endsWith('>LT'))).toEqual(['CZ+DE+NL+NO>LT']);
  });

  it('reads lower-case bulleted items under a lead sentence', () => {
    const body = 'The UK announced the following support for Estonia:\n• deploying a second battlegroup to Estonia\n• providing 1,000 anti-tank weapons to Ukraine';
    expect(pairs(troops(body))).toEqual(['GB>EE']);
    expect(pairs(arms(body))).toEqual(['GB>UA']);
  });
});

describe('bases and counted contributors, round 5', () => {
  it('reads bases a country keeps abroad', () => {
    expect(pairs(troops('The US has its own bases in Lithuania and Romania, together with several in Poland.'))).toEqual(['US>LT+PL+RO']);
  });

  it('reads counted national forces that make up a force somewhere', () => {
    const t = troops('More than 900 U.S. soldiers, about 150 British troops, and some 120 Romanian soldiers will make up the battalion in northeastern Poland.');
    expect(t.map((f) => [f.from.join(), f.to.join(), f.troops]).sort()).toEqual([['GB', 'PL', 150], ['RO', 'PL', 120], ['US', 'PL', 900]]);
  });
});

describe('aid as such, round 5', () => {
  it('reads pledged military aid as a commitment, not a shipment of goods', () => {
    const body = 'Russia invaded Ukraine. Britain and Poland on Thursday pledged a raft of new military aid for Ukraine.';
    expect(arms(body)).toEqual([]);
    expect(commitments(body).map((c) => c.kind)).toContain('aid');
  });
});

describe('names inside titles and speakers going on, round 5', () => {
  it('reads no person "TO Secretary General" out of "The NATO Secretary General"', () => {
    const body = 'NATO Secretary General Jens Stoltenberg spoke in Madrid.\n\nThe NATO Secretary General added: “We will defend every ally.”';
    expect(quotes(body).map((q) => q.speaker)).toEqual(['Jens Stoltenberg']);
  });

  it('reads "X continued: “…”"', () => {
    const body = 'NATO Secretary General Jens Stoltenberg spoke in Madrid.\n\nStoltenberg continued: “We have done it before and we will do it again.”';
    expect(quotes(body).map((q) => [q.speaker, q.direct])).toEqual([['Jens Stoltenberg', true]]);
  });
});

describe('exercises, round 5', () => {
  it('reads forces participating in an exercise in a host', () => {
    expect(pairs(troops('About 1,500 U.S. soldiers are participating in the Saber Strike exercise in Poland.'))).toEqual(['US>PL']);
  });

  it('leaves the host’s own soldiers out of a list of participants', () => {
    expect(pairs(troops('Soldiers from Slovakia, Hungary and the Czech Republic participated in Slovak Shield in Slovakia.'))).toEqual(['CZ+HU>SK']);
  });
});

describe('speakers going on and appositive attributions, round 5', () => {
  it('reads "…, Britain’s new defense secretary, John Healey, said Thursday."', () => {
    const q = quotes('Both Estonia and the United Kingdom remain key allies for Ukraine, Britain’s new defense secretary, John Healey, said Thursday.');
    expect(q.map((x) => ({ speaker: x.speaker, from: x.from }))).toEqual([{ speaker: 'John Healey', from: ['GB'] }]);
  });

  it('reads "he continued" and "the minister went on" after quoted words, and "the minister" for a defence secretary', () => {
    const body = 'Defence Secretary John Healey visited Estonia.\n\n"This is the time Ukraine needs its best friends," he continued.\n\n"We are determined to stand together," the minister went on.\n\nSupport for Ukraine is a steadfast obligation, the minister said.';
    expect(quotes(body).map((x) => x.speaker)).toEqual(['John Healey', 'John Healey', 'John Healey']);
  });
});

describe('the alliance’s standing presence, round 5', () => {
  it('reads the eFP and the multinational battlegroup without "NATO" before them, and their lead nation', () => {
    expect(pairs(troops('The UK has a leading role in NATO’s eFP in Estonia.'))).toEqual(['GB>EE', 'NATO>EE']);
    expect(pairs(troops('The multinational battlegroup in Lithuania is led by Germany.'))).toEqual(['DE>LT', 'NATO>LT']);
  });
});

describe('rotations, round 5', () => {
  it('reads a unit holding a transfer of authority somewhere as deployed there', () => {
    expect(pairs(troops('The 3rd Brigade Combat Team, 101st Airborne Division, held a transfer of authority ceremony in Romania.'))).toEqual(['US>RO']);
  });
});

describe('working for an outcome, round 5', () => {
  it('reads "we will continue to push to ensure that Ukraine …" as an assurance to Ukraine', () => {
    const c = commitments('Defense Secretary Lloyd Austin spoke in Brussels. "We will continue to push to ensure that Ukraine owns its skies," Austin said.');
    expect(c.map((x) => ({ rule: x.rule, from: x.from, to: x.to }))).toContainEqual({ rule: 'commitment.ensure', from: ['US'], to: ['UA'] });
  });
});

describe('speculation, round 5', () => {
  it('reads no transfer a country only appears poised or likely to approve', () => {
    expect(arms('Russia invaded Ukraine. The United States appears poised to approve the delivery of Abrams tanks to Ukraine.')).toEqual([]);
    expect(arms('Russia invaded Ukraine. Germany is likely to send more Leopard tanks to Ukraine.')).toEqual([]);
  });
});

describe('packages and drawdowns, round 5', () => {
  it('reads "a package for Ukraine containing …" and US drawdowns', () => {
    expect(pairs(arms('The Pentagon announced a $400 million security assistance package for Ukraine containing critical air defense and artillery munitions.'))).toEqual(['US>UA']);
    const d = arms('Russia’s war against Ukraine goes on. The United States supports Ukraine. President Biden has given DOD authorization for a drawdown of up to $450 million to meet Ukraine’s critical arms needs.');
    expect(d.map((f) => ({ from: f.from, to: f.to, items: f.items.map((i) => i.name) }))).toEqual([{ from: ['US'], to: ['UA'], items: ['arms'] }]);
    expect(arms('Russia invaded Ukraine. The Pentagon could announce a drawdown of DOD stocks next week.')).toEqual([]);
  });
});

describe('analysis pieces, round 5', () => {
  it('reads no deployment in counterfactuals, obligations or conditionals', () => {
    expect(troops('Some analysts argue that Germany should have sent its brigade to Lithuania years ago.')).toEqual([]);
    expect(troops('If Russia attacked, NATO would have to move tens of thousands of troops across Poland.')).toEqual([]);
    expect(pairs(troops('Germany will send its brigade to Lithuania.'))).toEqual(['DE>LT']);
  });
});

describe('more reporting verbs, round 5', () => {
  it('reads previewed, outlined and set out as reporting verbs', () => {
    const q = quotes('Defense Secretary Lloyd Austin previewed that the United States would send more air defence to Ukraine.');
    expect(q.map((x) => x.speaker)).toEqual(['Lloyd Austin']);
  });
});

describe('announcements as nouns, round 5', () => {
  it('reads "the Pentagon’s announcement that …" and "DOD’s announcement on Monday that …" as the institution’s words', () => {
    const q = quotes('Austin spoke after the Pentagon’s recent announcement that it would send Ukraine more air defence interceptors.');
    expect(q.map((x) => ({ speaker: x.speaker, from: x.from }))).toContainEqual({ speaker: 'Pentagon', from: ['US'] });
    const d = quotes('The meeting follows DOD’s announcement on Monday that it would provide Ukraine with another package of munitions.');
    expect(d.map((x) => ({ speaker: x.speaker, from: x.from }))).toContainEqual({ speaker: 'Defense Department', from: ['US'] });
  });
});

describe('photo captions, dev7 tuning', () => {
  it('places the force that opens a caption where its dateline says', () => {
    expect(pairs(troops('U.S. Soldiers assigned to the 2nd Cavalry Regiment maintain their howitzer during an exercise at Bemowo Piskie Training Area, Poland, April 14, 2024.'))).toEqual(['US>PL']);
    expect(pairs(troops('Multinational troops with NATO’s enhanced Forward Presence Battle Group Poland deliver packages in Medininkai, Lithuania, Dec. 16, 2023.'))).toContain('NATO>LT');
  });
});

describe('commitments, dev7 tuning', () => {
  it('gives a commitment to "its NATO ally, Bulgaria" to the ally named', () => {
    expect(pairs(commitments('The ceremony showed America’s steadfast commitment to its NATO ally, Bulgaria.'))).toEqual(['US>BG']);
  });

  it('gives a coordinated subject of two officials both countries', () => {
    const body = 'Secretary of State Antony Blinken met Romanian Prime Minister Marcel Ciolacu in Washington.\n\nSecretary Blinken and Prime Minister Ciolacu reaffirmed the importance of supporting Ukraine against Russian aggression.';
    expect(pairs(commitments(body))).toEqual(['RO+US>UA']);
  });
});

describe('government readouts, after dev7', () => {
  it('gives a readout that names its minister by a UK office alone the UK as its voice', () => {
    const body = 'The Prime Minister met Swedish Prime Minister Ulf Kristersson and Finnish President Sauli Niinisto in Munich today.\n\nHe underscored the UK’s unwavering support for Sweden and Finland’s accession to NATO. The Prime Minister was clear that a NATO with Sweden and Finland in it will be stronger.';
    const q = quotes(body);
    expect(q.filter((x) => x.from.includes('GB')).length).toBeGreaterThan(0);
    expect(q.some((x) => x.text.startsWith('a NATO with Sweden') && x.from.join() === 'GB')).toBe(true);
  });
});

describe('embassy offices, after dev7', () => {
  it('registers a deputy chief of mission and gives an embassy release its country', () => {
    const body = 'U.S. Army Completes Transfer of Forces at Novo Selo\n\nThe ceremony was attended by Acting Deputy Chief of Mission Aaron Cope. In his remarks, Cope emphasized the importance of the U.S. presence at Novo Selo for Bulgaria.';
    expect(quotes(body).map((q) => [q.speaker, q.from])).toEqual([['Aaron Cope', ['US']]]);
  });
});
