import { describe, expect, it } from 'vitest';
import { arms, commitments } from '../test-support';

/**
 * Arms packages in government style (drawdown authorisations, contents lists, "will provide", a sender
 * named only in the lead): general phrasings, each with a made-up sentence.
 */
const WAR = "Russia's war against Ukraine goes on. ";
const routes = (body: string) => arms(WAR + body).map((f) => `${f.from.join('+')}>${f.to.join('+')}:${f.rule}`);
const itemsOf = (body: string) => arms(WAR + body).map((f) => f.items.map((i) => i.name));

describe('package contents', () => {
  it('reads a contents list after "includes:" and an anaphor ("This will include", "It also contains")', () => {
    expect(routes('The United States approved a new package for Ukraine. This security assistance package includes: howitzers, mortars and trucks.')).toContain('US>UA:arms.package');
    expect(routes('Canada approved a $50 million package for Ukraine. This will include 18 howitzers and the vehicles to tow them.')).toContain('CA>UA:arms.package');
    expect(routes('Norway will send mortars to Ukraine. It also contains artillery ammunition.')).toContain('NO>UA:arms.package');
  });

  it('reads the goods as subject ("The arms and equipment include …") after a shipment', () => {
    expect(routes('The Department of Defense will provide $100 million in arms and equipment. The arms and equipment include air defense munitions.')).toContain('US>UA:arms.package');
  });

  it('reads "This package provides $X of arms" as the package, never the package as a sender', () => {
    const r = routes('The Netherlands is announcing new support. This package provides $150 million of arms and equipment for Ukraine.');
    expect(r).toContain('NL>UA:arms.package');
    expect(r.every((x) => x.startsWith('NL>'))).toBe(true);
  });

  it('drops an umbrella before "including" and keeps the named goods', () => {
    const items = itemsOf('Poland announced a package. This new package features a host of capabilities in response to the Ukrainian Government’s requests, including artillery, armored vehicles and helicopters.');
    expect(items).toContainEqual(['artillery', 'armored vehicles', 'helicopters']);
  });
});

describe('drawdowns and the author of a government text', () => {
  it('reads "the Nth drawdown of X from Department of Defense inventories for Ukraine"', () => {
    expect(routes('This authorization is the seventh drawdown of arms and equipment from Department of Defense inventories for Ukraine.')).toEqual(['US>UA:arms.flow']);
  });

  it('reads "I am authorizing … which will provide $X worth of U.S. arms" as the government the text speaks for', () => {
    const body = 'Secretary of State Antony Blinken spoke in Washington. I am authorizing additional security assistance for Ukraine, which will provide $128 million worth of U.S. arms and equipment.';
    expect(routes(body)).toContain('US>UA:arms.active');
  });

  it('takes the main clause\'s "I" over a country in an earlier subordinate clause', () => {
    const body = 'The United States stands with Ukraine. Today, as Russia begins its renewed offensive, I have authorized a drawdown to provide military equipment to Ukraine.';
    expect(routes(body)).toEqual(['US>UA:arms.active']);
  });
});

describe('money given towards a named purchase', () => {
  it('reads "will provide $X towards the purchase of Y" as a shipment to the country the sentence supports', () => {
    const f = arms('The United States is proud to support Latvia in building its defences and will provide 70 million dollars towards the purchase of the Naval Strike Missile system.');
    expect(f.map((x) => [x.from, x.to])).toEqual([[['US'], ['LV']]]);
    expect(arms('Norway will give 50 million kroner towards the purchase of 100 howitzers for Ukraine.').map((x) => [x.from, x.to])).toEqual([[['NO'], ['UA']]]);
  });
});

describe('purchases from a seller', () => {
  it('reads "X bought/ordered Y from Z" as a transfer from the seller to the buyer, "it" being the sentence’s subject', () => {
    expect(arms('Poland has bought 96 Apache helicopters from the United States.').map((x) => [x.from, x.to])).toEqual([[['US'], ['PL']]]);
    expect(arms('In a statement, the Estonian Defence Ministry said it had ordered additional HIMARS launchers from the United States.').map((x) => [x.from, x.to])).toEqual([[['US'], ['EE']]]);
  });
});

describe('thanks for equipment', () => {
  it('reads "X thanked Y for the jets" as a transfer from the thanked to the one who thanks, and thanks for support as none', () => {
    expect(arms('Ukrainian President Volodymyr Zelensky thanked Norway and Denmark for the F-16 jets and for their support.').map((x) => [x.from, x.to])).toEqual([[['DK', 'NO'], ['UA']]]);
    expect(arms('Ukrainian President Volodymyr Zelensky thanked Norway for its support.')).toEqual([]);
  });
});

describe('transfers said through the goods', () => {
  it('reads an approved delivery, goods from a sender arriving, and every sender of a list', () => {
    const route = (t: string) => arms(t).map((x) => `${x.from.join('+')}>${x.to.join('+')}`);
    expect(route('Berlin approved the delivery of 18 Leopard 2 tanks to Ukraine.')).toEqual(['DE>UA']);
    expect(route('The first batch of F-16 fighter jets from Denmark arrived in Ukraine in July.')).toEqual(['DK>UA']);
    expect(route('Ukraine will receive about 60 F-16s from the Netherlands, Denmark and Norway.')).toEqual(['DK+NL+NO>UA']);
    expect(route('Sweden’s government announced a military aid package worth 7.1 billion crowns, including CV90 infantry fighting vehicles, for Ukraine.')).toEqual(['SE>UA']);
    expect(route('Soldiers from Denmark arrived in Latvia on Monday.')).toEqual([]);
  });
});

describe('war country and institutions', () => {
  it('never makes the country fought against the recipient ("counter-offensive against Russia’s forces")', () => {
    const body = 'The United States is announcing a new tranche of weapons and equipment to help Ukraine succeed. Ukraine continues its counter-offensive against Russia’s forces.';
    expect(arms(body).map((f) => f.to)).toEqual([['UA']]);
  });

  it('reads "The Department of Defense will also be providing" as the United States', () => {
    expect(routes('The Department of Defense will also be providing $197 million in arms and equipment.')).toEqual(['US>UA:arms.active']);
  });

  it('reads money or help that names no equipment as aid', () => {
    expect(arms(WAR + 'Austin announced that Biden had approved a $1 billion security assistance package for Ukraine.')).toEqual([]);
    expect(commitments(WAR + 'Austin announced that Biden had approved a $1 billion security assistance package for Ukraine.').map((f) => [f.from, f.to, f.kind])).toEqual([[['US'], ['UA'], 'aid']]);
  });
});
