import { describe, expect, it } from 'vitest';
import { arms, commitments } from '../test-support';

const summary = (body: string) => arms(body).map((f) => ({ from: f.from, to: f.to, items: f.items.map((i) => `${i.name}/${i.category}`) }));

describe('arms shipments', () => {
  it('reads active voice with an explicit recipient', () => {
    expect(summary('Norway is sending 2,000 M72 anti-tank weapons to Ukraine.')).toEqual([
      { from: ['NO'], to: ['UA'], items: ['M72 anti-tank weapons/anti-tank'] },
    ]);
  });

  it('reads passive voice with several senders as one fact', () => {
    expect(summary('Howitzers and artillery shells are being delivered to Kyiv by Canada and Australia.')).toEqual([
      { from: ['AU', 'CA'], to: ['UA'], items: ['howitzers/artillery', 'artillery shells/artillery'] },
    ]);
  });

  it('reads future and perfect tenses and many verbs', () => {
    expect(summary('Spain will send Leopard 2 tanks to Ukraine.')[0]).toMatchObject({ from: ['ES'], items: ['Leopard 2 tanks/armour'] });
    expect(summary('Britain has supplied NLAWs and Starstreak missiles to Ukraine.')[0]).toMatchObject({
      from: ['GB'], to: ['UA'], items: ['NLAWs/anti-tank', 'Starstreak missiles/air-defence'],
    });
    expect(summary('The Netherlands is donating Patriot systems to Ukraine.')[0]).toMatchObject({ from: ['NL'], items: ['Patriot systems/air-defence'] });
    expect(summary('Slovakia handed over its S-300 air defence system to Ukraine.')[0]).toMatchObject({ from: ['SK'], items: ['S-300 air defence system/air-defence'] });
  });

  it('reads demonyms as senders', () => {
    expect(summary('The Danes are shipping mortars to Ukraine.')[0]).toMatchObject({ from: ['DK'], items: ['mortars/artillery'] });
    expect(summary('The French have delivered Caesar howitzers to Ukraine.')[0]).toMatchObject({ from: ['FR'] });
  });

  it('resolves "announced it would provide"', () => {
    expect(summary('Germany announced it would provide IRIS-T air defence systems to Ukraine.')[0]).toMatchObject({
      from: ['DE'], to: ['UA'], items: ['IRIS-T air defence systems/air-defence'],
    });
  });

  it('reads double objects', () => {
    expect(summary('Sweden is giving Ukraine 50 infantry fighting vehicles.')[0]).toMatchObject({ from: ['SE'], to: ['UA'], items: ['infantry fighting vehicles/armour'] });
  });

  it('takes the recipient from the paragraph, then the article', () => {
    const fromParagraph = arms('Russian troops crossed into Ukraine last month. Portugal is sending body armour and helmets.');
    expect(fromParagraph[0]).toMatchObject({ from: ['PT'], to: ['UA'] });
    const fromArticle = arms('The war in Ukraine enters its second year.\n\nRomania is supplying ammunition.');
    expect(fromArticle[0]).toMatchObject({ from: ['RO'], to: ['UA'] });
    expect(fromArticle[0]!.confidence).toBeLessThan(fromParagraph[0]!.confidence);
  });

  it('does not make adjectives senders', () => {
    expect(arms('Russian forces are using drones supplied by Iran against Ukraine.').every((f) => !f.from.includes('RU'))).toBe(true);
    expect(arms('Russian aggression has pushed Finland to deliver more artillery to Ukraine.')[0]?.from).toEqual(['FI']);
  });

  it('ignores negations, refusals and requests', () => {
    expect(arms('Hungary has not sent weapons to Ukraine.')).toEqual([]);
    expect(arms('Austria refused to send weapons to Ukraine.')).toEqual([]);
    expect(arms('Bulgaria will not supply tanks to Ukraine.')).toEqual([]);
    expect(arms('Ukraine asked Germany to send more tanks.')).toEqual([]);
    expect(arms('Berlin has been wary of sending weapons into conflict zones.')).toEqual([]);
  });

  it('reads "the flow of X into Y from Z"', () => {
    expect(summary('The flow of artillery shells into Ukraine from Slovakia continued.')[0]).toMatchObject({ from: ['SK'], to: ['UA'] });
  });

  it('names items with "called" and inherits the category after "other"', () => {
    expect(summary('Lithuania is sending anti-aircraft missiles called Stinger to Ukraine.')[0]!.items).toEqual(['Stinger anti-aircraft missiles/air-defence']);
    expect(summary('Estonia sent Javelins and other anti-armour weapons to Ukraine.')[0]!.items).toEqual(['Javelins/anti-tank', 'anti-armour weapons/anti-tank']);
  });

  it('lets a leading context set the category', () => {
    expect(summary('For air defence, Italy is sending missile launchers to Ukraine.')[0]!.items).toEqual(['missile launchers/air-defence']);
  });

  it('does not treat troops or messages as shipments', () => {
    expect(arms('Canada is sending 300 troops to Latvia.')).toEqual([]);
    expect(arms('The summit is sending a clear message to Moscow.')).toEqual([]);
  });
});

describe('arms shipments in longer news sentences', () => {
  it('keeps every member of a comma list of senders', () => {
    expect(summary('The United States, Germany, Romania and Italy announced they would send air defence systems to Ukraine.')[0]!.from).toEqual(['DE', 'IT', 'RO', 'US']);
  });

  it('stops item names at sources, time phrases and following clauses', () => {
    expect(summary('Berlin would supply 14 Leopard 2 tanks from its own stocks to Ukraine.')[0]).toMatchObject({ from: ['DE'], items: ['Leopard 2 tanks/armour'] });
    expect(summary('Washington will provide 31 Abrams tanks to Ukraine, reversing months of resistance.')[0]!.items).toEqual(['Abrams tanks/armour']);
  });

  it('finds the recipient as the most frequent destination when no war is named', () => {
    expect(summary('Spain sent 10 tanks to Ukraine.\n\nItaly has pledged self-propelled howitzers.')).toContainEqual({ from: ['IT'], to: ['UA'], items: ['self-propelled howitzers/artillery'] });
  });

  it('treats money as aid, not a shipment', () => {
    expect(arms('Canada will provide 500 million dollars in military assistance to Ukraine.')).toEqual([]);
  });

  it('does not read a place appositive as a sender', () => {
    expect(summary('A new hub in Rzeszow, Poland, is sending ammunition to Ukraine.').every((f) => !f.from.includes('PL'))).toBe(true);
  });
});

describe('arms shipments: finer points', () => {
  it('makes one fact of "pledged to send"', () => {
    expect(summary('The Netherlands pledged to send 18 F-16 fighter jets to Ukraine.')).toEqual([
      { from: ['NL'], to: ['UA'], items: ['F-16 fighter jets/other'] },
    ]);
  });

  it('stops an item at a reduced relative clause and drops quantity words', () => {
    expect(summary('The EU will deliver the one million artillery shells it promised to Ukraine.')[0]!.items).toEqual(['artillery shells/artillery']);
    expect(summary('Denmark will donate its entire artillery to Ukraine.')[0]!.items).toEqual(['artillery/artillery']);
  });

  it('does not take the war\'s country from "Russian forces" or a "Defence Minister"', () => {
    const f = arms('Russian forces shelled Kharkiv. The Lithuanian Defence Minister spoke. The war in Ukraine goes on.\n\nLatvia is sending mortars.');
    expect(f[0]).toMatchObject({ from: ['LV'], to: ['UA'] });
  });
});

describe('coordinated clauses with new subjects', () => {
  it('splits "X has donated A, and Y has sent B"', () => {
    expect(summary('The war in Ukraine goes on. Norway has donated two NASAMS units, and Finland has sent 20 mortars and ammunition.').sort((a, b) => (a.from[0]! < b.from[0]! ? 1 : -1))).toEqual([
      { from: ['NO'], to: ['UA'], items: ['NASAMS units/air-defence'] },
      { from: ['FI'], to: ['UA'], items: ['mortars/artillery', 'ammunition/ammunition'] },
    ]);
  });

  it('reads military aid that names no equipment as aid, not arms (real-news guideline)', () => {
    const body = 'The war in Ukraine goes on. Norway has donated two NASAMS units, and Finland has sent its 17th package of military aid, worth 100 million euros.';
    expect(summary(body)).toEqual([{ from: ['NO'], to: ['UA'], items: ['NASAMS units/air-defence'] }]);
    expect(commitments(body).map((f) => [f.from, f.to, f.kind])).toContainEqual([['FI'], ['UA'], 'aid']);
  });
});

describe('generic words are not equipment', () => {
  it('does not read "a system of collective defence" as a shipment', () => {
    expect(arms('The war in Ukraine goes on. NATO provides a system of collective defence to its members.')).toEqual([]);
  });
});

describe('commitments to deliver', () => {
  it('reads "has committed to providing"', () => {
    expect(summary('The Netherlands has committed to providing F-16 fighter jets to Ukraine.')).toEqual([{ from: ['NL'], to: ['UA'], items: ['F-16 fighter jets/other'] }]);
  });
});

describe('object noun phrases end at "to"', () => {
  it('keeps lists whole and stops before any "to" phrase', () => {
    expect(summary('Sweden will send 5,000 anti-tank weapons, 5,000 helmets and 5,000 body shields to Ukraine.')[0]!.items).toEqual([
      'anti-tank weapons/anti-tank', 'helmets/other', 'body shields/other',
    ]);
  });

  it('keeps list elements that follow the recipient', () => {
    expect(summary('Canada has delivered eight howitzers to Kyiv, along with thousands of Carl Gustaf rounds and NLAWs.')[0]!.items).toEqual([
      'howitzers/artillery', 'Carl Gustaf rounds/anti-tank', 'NLAWs/anti-tank',
    ]);
  });

  it('reads expected future contributions and follow-on deliveries', () => {
    expect(summary('The war in Ukraine goes on. Denmark and Sweden are also expected to contribute CV90 vehicles of their own, officials said.')[0]).toMatchObject({
      from: ['DK', 'SE'], to: ['UA'], items: ['CV90 vehicles/armour'],
    });
    expect(summary('The war in Ukraine goes on. Italy and Spain are expected to follow with their own IRIS-T deliveries next year.')[0]).toMatchObject({
      from: ['ES', 'IT'], to: ['UA'], items: ['IRIS-T/air-defence'],
    });
    expect(summary('The war in Ukraine goes on. Norway is set to deliver NASAMS launchers.')[0]).toMatchObject({ from: ['NO'], items: ['NASAMS launchers/air-defence'] });
    expect(arms('The war in Ukraine goes on. Norway is considering whether to contribute NASAMS launchers.')).toEqual([]);
    expect(arms('The war in Ukraine goes on. Belgium said it would contribute €200 million.')).toEqual([]);
  });

  it('keeps list elements after a passive agent and time', () => {
    expect(summary('The war in Ukraine goes on. About 50 M113 carriers were delivered by Lithuania in the spring, as well as Carl Gustaf launchers.')[0]).toMatchObject({
      from: ['LT'], items: ['M113 carriers/armour', 'Carl Gustaf launchers/anti-tank'],
    });
  });

  it('reads "supply X with Y" and drops possibilities (could/may/might)', () => {
    expect(summary('Italy will supply Ukraine with 20 Centauro armoured vehicles and spare parts.')[0]).toMatchObject({
      from: ['IT'], to: ['UA'], items: ['Centauro armoured vehicles/armour', 'spare parts/other'],
    });
    expect(arms('The war in Ukraine goes on. The Netherlands could send F-16s later.')).toEqual([]);
    expect(arms('The war in Ukraine goes on. Spain may also deliver howitzers.')).toEqual([]);
    expect(arms('Prague found shells that might be shipped to Ukraine.')).toEqual([]);
  });

  it('keeps a later predicate\'s place out of the recipient', () => {
    expect(summary('Denmark will ship Caesar howitzers to Ukraine and repair damaged guns in Poland.')).toEqual([
      { from: ['DK'], to: ['UA'], items: ['Caesar howitzers/artillery'] },
    ]);
  });

  it('keeps the place of a coordinated clause with its own subject out of the recipient', () => {
    expect(summary('Finland has delivered armoured vehicles to Ukraine, and Finnish mechanics are repairing older ones in Estonia.')).toEqual([
      { from: ['FI'], to: ['UA'], items: ['armoured vehicles/armour'] },
    ]);
  });

  it('reads "are to be provided by X" without the auxiliary in the items', () => {
    expect(summary('The war in Ukraine drags on. Forty armoured personnel carriers are to be provided by Ireland.')[0]).toMatchObject({ from: ['IE'], to: ['UA'] });
    expect(summary('The war in Ukraine drags on. Forty armoured personnel carriers are to be provided by Ireland.')[0]!.items[0]).not.toMatch(/\bare to\b/);
  });

  it('takes the sender of a "who" relative clause from its antecedent', () => {
    const out = summary('The war in Ukraine drags on. Kyiv thanked the Danes, who are also sending howitzers.');
    expect(out).toContainEqual({ from: ['DK'], to: ['UA'], items: ['howitzers/artillery'] });
  });

  it('does not read soldiers as arms', () => {
    expect(summary('The war in Ukraine drags on. Austria has sent a platoon of about 40 soldiers to join the mission.')).toEqual([]);
  });

  it('reads the recipient as subject ("received … from X"), with "the country" as the country named before', () => {
    expect(summary('Ukraine has received four more IRIS-T launchers from Germany.')).toEqual([
      { from: ['DE'], to: ['UA'], items: ['IRIS-T launchers/air-defence'] },
    ]);
    expect(summary('Kyiv welcomed the news, as the country received a second NASAMS battery from Norway this week.')[0]).toMatchObject({ from: ['NO'], to: ['UA'] });
    // Help that names no equipment is no shipment.
    expect(summary('Ukraine received fresh support from Canada.')).toEqual([]);
  });

  it('reads "announced a $N … package for X, which included Y"', () => {
    expect(summary('Canada announced a $500 million military aid package for Ukraine on Monday, which included armoured vehicles.')).toEqual([
      { from: ['CA'], to: ['UA'], items: ['armoured vehicles/armour'] },
    ]);
  });
});
