import { describe, expect, it } from 'vitest';
import { expandTrigger } from './frame-engine';
import { FRAMES } from './frames';
import { factsOf } from './test-support';

/**
 * One row per phrasing a frame reads: [frame id, article body, from, to]. A new phrasing is a row in
 * frames.ts and a row here. Negated, merely possible and doubted versions give nothing.
 */
const ROWS: ReadonlyArray<readonly [string, string, string[], string[]]> = [
  ['commitment.defend', 'Britain stands ready to defend Estonia.', ['GB'], ['EE']],
  ['commitment.defend', 'We will defend every inch of NATO territory, the United States said.', ['US'], ['NATO']],
  ['commitment.to-ally', 'This represents the ironclad commitment of the United States to our NATO Allies.', ['US'], ['NATO']],
  ['commitment.assured-visit', 'During a visit to Vilnius, US Defense Secretary Lloyd Austin reaffirmed America’s commitment.', ['US'], ['LT']],
  ['commitment.assured-visit', 'Speaking in Tallinn, Blinken assured that the United States would stand by its allies.', ['US'], ['EE']],
  ['commitment.stand-with', 'Poland stands firmly behind Lithuania.', ['PL'], ['LT']],
  ['commitment.stand-with', 'Denmark and Norway stand united as NATO Allies in support of Ukraine.', ['DK', 'NO'], ['UA']],
  ['commitment.united-with', 'Norway and Poland remain firmly united behind Ukraine.', ['NO', 'PL'], ['UA']],
  ['commitment.united-with', '"We are united alongside Ukraine," said the Polish foreign minister.', ['PL'], ['UA']],
  ['commitment.united-with', 'NATO is united for Ukraine.', ['NATO'], ['UA']],
  ['commitment.with-you', 'Prime Minister Boris Johnson visited Kyiv on Saturday. He told President Zelenskyy: “The UK is with you, and we will be with you until you prevail.”', ['GB'], ['UA']],
  ['commitment.in-support-of', 'We see it in the extraordinary work that Czechia is doing in support of Ukraine.', ['CZ'], ['UA']],
  ['commitment.keep-presence', 'Canada promised to increase its troop presence in Latvia to a brigade.', ['CA'], ['LV']],
  ['commitment.keep-presence', 'Italy pledged to keep its fighter jets in Romania until the end of 2024.', ['IT'], ['RO']],
  ['commitment.support-noun', 'Lithuania has been steadfast in its support for Ukraine.', ['LT'], ['UA']],
  ['commitment.support-noun', 'Zelensky thanked the people of Sweden for the vital support of Ukraine.', ['SE'], ['UA']],
  ['commitment.support-from', "Russia's invasion of Ukraine goes on. The assistance from Denmark arrived in time.", ['DK'], ['UA']],
  ['commitment.support-from', "Russia's war on Ukraine goes on. Kyiv has received “fresh support” from Norway.", ['NO'], ['UA']],
  ['commitment.spend-for', 'Sweden will spend another €3 billion on Ukraine next year.', ['SE'], ['UA']],
  ['commitment.refugees', 'Russia’s war against Ukraine goes on. Romania has welcomed more than 3 million Ukrainian refugees.', ['RO'], ['UA']],
  ['commitment.owned-support', "Russia's invasion of Ukraine goes on. The UK’s continued support is evolving.", ['GB'], ['UA']],
  ['commitment.committed', 'The United States remains committed to a persistent rotational presence in Lithuania.', ['US'], ['LT']],
  ['commitment.ensure', 'Secretary of Defense Lloyd Austin spoke in Brussels. "We will continue to push to ensure that Ukraine owns its skies," Austin said.', ['US'], ['UA']],
  ['commitment.to-support', 'We are united in our resolve across the JEF nations to support Ukraine.', ['DK', 'EE', 'FI', 'GB', 'IS', 'LT', 'LV', 'NL', 'NO', 'SE'], ['UA']],
  ['commitment.training-with', 'The United States will intensify training with the Baltic states.', ['US'], ['EE', 'LT', 'LV']],
  ['commitment.presence', 'The Vice President reiterated the U.S. commitment to maintain a persistent rotational U.S. military presence in Lithuania.', ['US'], ['LT']],
  ['commitment.depend-on', 'The Prime Minister reiterated that Latvia could depend on the UK to stand with its NATO partners.', ['GB'], ['LV']],
  ['commitment.accession', 'President Joe Biden on Thursday welcomed bids by Finland and Sweden to join NATO.', ['US'], ['FI', 'SE']],
  ['commitment.accession', 'In Brussels, Secretary of State Antony Blinken welcomed Finland to NATO.', ['US'], ['FI']],
  ['commitment.by-side', 'Russia invaded Ukraine in 2022. “We will stand by your side for as long as it takes,” Austin said.', ['US'], ['UA']],
  ['commitment.by-side', 'Russia invaded Ukraine in 2022. The people of Germany will always be at Ukraine’s side.', ['DE'], ['UA']],
  ['commitment.accession', 'The Prime Minister reiterated his staunch support for Sweden and Finland’s NATO membership aspirations.', ['GB'], ['FI', 'SE']],
  ['commitment.on-alert', 'NATO allies sent jets east. The United States has put 8,500 troops on heightened alert for possible deployment to Europe.', ['US'], ['NATO']],
  ['commitment.integration', 'U.S. bombers landed in Sweden. The Airmen will integrate with the Swedish Armed Forces.', ['US'], ['SE']],
  ['commitment.declaration-of-support', 'The G7 Joint Declaration of Support for Ukraine was announced in Vilnius.', ['CA', 'DE', 'FR', 'GB', 'IT', 'JP', 'US'], ['UA']],
  ['commitment.security-pact', 'The U.S.-Ukraine Bilateral Security Agreement was signed today.', ['US'], ['UA']],
  ['commitment.security-pact', 'The Secretary signed the U.S.-Finland Defense Cooperation Agreement today.', ['US'], ['FI']],
  ['commitment.partnership', 'The UK will bolster its strong partnership with Romania.', ['GB'], ['RO']],
  ['commitment.ready-to-send', 'Sweden said it was ready to send troops to Finland if needed.', ['SE'], ['FI']],
  ['commitment.support-provided', 'Russia’s war against Ukraine goes on. Austin thanked Blaszczak for the support Poland continues to provide to Ukraine.', ['PL'], ['UA']],
  ['commitment.support-provided', 'Russia’s war against Ukraine goes on. Sandu praised the support that the United States is giving to Ukraine.', ['US'], ['UA']],
  ['commitment.among-supporters', "Russia's war against Ukraine goes on. Denmark has been one of Ukraine's strongest supporters.", ['DK'], ['UA']],
  ['commitment.stand-with', 'Germany stands in solidarity with the people of Ukraine.', ['DE'], ['UA']],
  ['commitment.support-noun', 'The United States will not waver in its support for Ukraine.', ['US'], ['UA']],
  ['commitment.contributions', 'The United States is grateful for Latvia’s many contributions to our collective security and mutual defense.', ['LV'], ['NATO']],
  ['commitment.contributions', 'Already Finland is making significant contributions to the Alliance.', ['FI'], ['NATO']],
  ['commitment.declaration', 'Lithuania joined the G7 Joint Declaration of Support for Ukraine.', ['LT'], ['UA']],
  ['commitment.declaration', 'Latvia and Estonia signed a defence pact with Finland last year.', ['EE', 'LV'], ['FI']],
  ['commitment.to-ally', 'As part of our ongoing commitment to our Baltic Allies, the U.S. will deploy a HIMARS platoon to Estonia.', ['US'], ['EE', 'LT', 'LV']],
  ['commitment.to-ally', 'This reflects Poland’s serious commitment to its own defense and to sharing the burden of NATO’s collective security.', ['PL'], ['NATO']],
  ['commitment.to-ally', 'Touching down in Poland, Defence Minister Lord Coaker outlined the UK’s commitment to European security.', ['GB'], ['PL']],
  ['commitment.to-ally', 'The presence of the ships in the Baltic countries demonstrates the United States’ commitment to regional allies and partners.', ['US'], ['EE', 'LT', 'LV']],
  ['commitment.committed', 'Secretary of Defense Lloyd J. Austin III said the United States is totally dedicated to the defense of the Baltic republics.', ['US'], ['EE', 'LT', 'LV']],
  ['commitment.defend', 'The UK and Estonia share the objective of defending every inch of Allied territory at all times.', ['EE', 'GB'], ['NATO']],
  ['commitment.stand-with', 'Secretary of Defense Lloyd J. Austin III stopped in the Estonian capital of Tallinn. "We stand united with you to deter any threat," Austin said.', ['US'], ['EE']],
  ['commitment.training-with', 'The United States sent a Stryker squadron to Romania. The unit will train with and operate alongside our Romanian hosts.', ['US'], ['RO']],
  ['commitment.reassure', 'U.S. Air Force fighter aircraft will arrive at Łask Air Base, Poland, to enhance NATO’s collective defense posture.', ['US'], ['NATO']],
  ['commitment.reassure', 'The United States is sending rotational forces to Europe to deter threats against our NATO Allies.', ['US'], ['NATO']],
  ['commitment.secure', 'Working together, the United States and Poland are securing the future of NATO.', ['PL', 'US'], ['NATO']],
  ['commitment.agreement-signed', 'Ukraine’s President visited Germany. The bilateral agreement on security cooperation and long-term support was signed in Berlin after Russia’s invasion of Ukraine.', ['DE'], ['UA']],
];

const NOT_FACTS: ReadonlyArray<readonly [string, string]> = [
  ['commitment.by-side', 'Russia invaded Ukraine in 2022. Hungary will not stand by Ukraine’s side.'],
  ['commitment.in-support-of', 'Protesters rallied in Warsaw in support of Ukraine.'],
  ['commitment.in-support-of', 'United as NATO allies and in steadfast support of Ukraine, the defence relationship continues to grow.'],
  ['commitment.with-you', 'Prime Minister Boris Johnson visited Kyiv on Saturday. “Our delegation is with you today in Kyiv,” he said.'],
  ['commitment.united-with', 'Hungary is not united with Ukraine on sanctions.'],
  ['commitment.accession', 'Secretary Blinken welcomed Zelenskyy to NATO headquarters.'],
  ['commitment.depend-on', 'Ukraine cannot depend on Hungary for anything.'],
  ['commitment.presence', 'Critics doubt the U.S. commitment to maintain troops in Lithuania could last.'],
  ['commitment.on-alert', 'The United States has not put its troops on alert.'],
  ['commitment.defend', 'Britain is not ready to defend Estonia.'],
  ['commitment.defend', 'Britain could defend Estonia.'],
  ['commitment.to-ally', 'Critics questioned the commitment of the United States to our NATO Allies.'],
  ['commitment.committed', 'The United States is no longer committed to a presence in Lithuania.'],
  ['commitment.support-noun', 'Belarus, North Korea and Iran should cease their support for Russia.'],
  ['commitment.reassure', 'U.S. Air Forces in Europe continue to enhance NATO’s fighter capabilities in the Baltic region.'],
  ['commitment.to-ally', 'The commitment to bolstering defense capabilities and supporting Ukraine sends a message to NATO members.'],
  ['commitment.partnership', 'The UK could bolster its partnership with Romania.'],
  ['commitment.ready-to-send', 'Sweden is not ready to send troops to Finland.'],
  ['commitment.support-provided', 'Critics doubt the support Hungary could provide to Ukraine.'],
  ['commitment.support-noun', 'The United States will not continue its support for Ukraine.'],
  ['commitment.among-supporters', 'Hungary is not among Ukraine’s strongest supporters.'],
  ['commitment.contributions', 'Estonia questioned the contributions to collective security of some allies.'],
  ['commitment.contributions', 'The Minister visited Operation Biloxi, the UK’s contribution to NATO’s enhanced air policing mission in Romania.'],
];

const rule = (id: string, body: string) => factsOf(body).filter((f) => f.rule === id).map((f) => ({ from: f.from, to: f.to }));

describe('frames', () => {
  it('has a test row for every frame', () => {
    expect(new Set(ROWS.map((r) => r[0]))).toEqual(new Set(FRAMES.map((f) => f.id)));
  });

  it('compiles every trigger from the lexicon', () => {
    for (const f of FRAMES) expect(() => new RegExp(expandTrigger(f.trigger))).not.toThrow();
    expect(() => expandTrigger('{verb:nonsense}')).toThrow(/unknown verb class/);
  });

  it.each(ROWS)('%s reads "%s"', (id, body, from, to) => {
    expect(rule(id, body)).toContainEqual({ from, to });
  });

  it.each(NOT_FACTS)('%s gives nothing for "%s"', (id, body) => {
    expect(rule(id, body)).toEqual([]);
  });
});
