import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES, ruleIds } from './registry';
import { factsOf } from './test-support';

/**
 * One example per rule id: every id the registry can write on a fact fires on at least one test
 * article, and the README's rule table lists exactly the registry's ids.
 */
const EXAMPLES: Readonly<Record<string, string>> = {
  'arms.active': 'Poland is sending 14 Leopard 2 tanks to Ukraine.',
  'arms.passive': 'Stinger missiles are being sent by Poland and Latvia to Ukraine.',
  'arms.helped-with': 'Together with the United Kingdom, Poland has supported Ukraine with weapons.',
  'arms.flow': 'Russia invaded Ukraine. The flow of artillery shells into Ukraine from Slovakia continued.',
  'arms.package': 'Sweden announced a new aid package for Ukraine on Friday. The package includes Archer howitzers.',
  'arms.funded': 'Germany will fund the purchase of 155mm artillery shells for Ukraine.',
  'arms.announced': 'Norway announced a package of air-defence ammunition for Ukraine.',
  'arms.received': 'Ukraine has received four more IRIS-T launchers from Germany.',
  'troops.assets': 'Germany sent Eurofighter jets to Lithuania.',
  'troops.verb': 'Canada sent 300 troops to Latvia last week.',
  'troops.noun': 'The deployment of 3,000 American troops to Poland began.',
  'troops.arrival': 'Canada will rotate 500 more troops to Latvia. Two squadrons of fighter jets will be sent to Poland as well.',
  'troops.host': 'Lithuania will host some 4,000 German soldiers.',
  'troops.garrison': 'The US Army opened a garrison headquarters in Poland.',
  'troops.stationed': 'The 4,000 German troops who are stationed in Lithuania train daily.',
  'troops.moves': 'First, 1,000 US soldiers that are currently based in Germany will reposition to Romania.',
  'troops.force': 'British fighter jets will fly air defence missions over Poland.',
  'troops.led': 'The UK-led battlegroup in Estonia trained all winter.',
  'commitment.keep-presence': 'Canada promised to increase its troop presence in Latvia to a brigade.',
  'troops.flank': 'British troops trained in Estonia. We are reinforcing NATO’s eastern flank, the UK said.',
  'commitment.flank': 'The UK and Norway are working together to bolster NATO’s eastern flank.',
  'arms.thanked': 'Zelensky thanked Norway and Denmark for the F-16 jets.',
  'troops.contributors': 'Troops from Poland, Slovakia and Slovenia serve in the battlegroup in Latvia.',
  'troops.nato': "NATO's enhanced Forward Presence mission in Estonia continued.",
  'troops.deployment-to': 'The United States will continue its deployment to Romania.',
  'commitment.assurance': 'The United States pledged to defend Estonia.',
  'commitment.air-defence': 'Germany has offered to integrate Lithuania into its air defence umbrella.',
  'commitment.training': 'Britain is training Ukrainian soldiers on Challenger tanks.',
  'commitment.aid': 'Japan will provide humanitarian and financial aid to Ukraine.',
  'commitment.noun': "Canada's commitment to the defence of Latvia is firm.",
  'commitment.training-passive': 'Ukrainian tank crews are being trained on Leopard tanks in Poland.',
  'troops.caption': 'U.S. Soldiers assigned to the 2nd Cavalry Regiment maintain their howitzer during an exercise at Bemowo Piskie Training Area, Poland, April 14, 2024.',
  'troops.alongside': 'U.S. Army soldiers from V Corps joined the Estonian Defense Forces for the parade.',
  'commitment.ensure': 'Defense Secretary Lloyd Austin spoke in Brussels. "We will continue to push to ensure that Ukraine owns its skies," Austin said.',
  'commitment.pact-signed': 'Russia invaded Ukraine in 2022. Italy and Ukraine signed a ten-year security cooperation agreement in Kyiv.',
  'commitment.same-as': 'The United States pledged to defend Estonia. Canada has made the same commitment.',
  'commitment.defend': 'Britain stands ready to defend Estonia.',
  'commitment.to-ally': 'This represents the ironclad commitment of the United States to our NATO Allies.',
  'commitment.assured-visit': 'During a visit to Vilnius, US Defense Secretary Lloyd Austin reaffirmed America’s commitment.',
  'commitment.stand-with': 'Poland stands firmly behind Lithuania.',
  'commitment.support-noun': 'Lithuania has been steadfast in its support for Ukraine.',
  'commitment.support-from': "Russia's invasion of Ukraine goes on. The assistance from Denmark arrived in time.",
  'commitment.spend-for': 'Sweden will spend another €3 billion on Ukraine next year.',
  'commitment.refugees': 'Russia’s war against Ukraine goes on. Romania has welcomed more than 3 million Ukrainian refugees.',
  'commitment.partnership': 'The UK will bolster its strong partnership with Romania.',
  'commitment.contributions': 'Already Finland is making significant contributions to the Alliance.',
  'commitment.among-supporters': "Russia's war against Ukraine goes on. Denmark has been one of Ukraine's strongest supporters.",
  'commitment.ready-to-send': 'Sweden said it was ready to send troops to Finland if needed.',
  'commitment.support-provided': 'Russia’s war against Ukraine goes on. Austin thanked Blaszczak for the support Poland continues to provide to Ukraine.',
  'commitment.owned-support': "Russia's invasion of Ukraine goes on. The UK’s continued support is evolving.",
  'commitment.committed': 'The United States remains committed to a persistent rotational presence in Lithuania.',
  'commitment.to-support': 'We are united in our resolve across the JEF nations to support Ukraine.',
  'commitment.training-with': 'The United States will intensify training with the Baltic states.',
  'quote.soundbite': '((Jen Psaki, White House Press Secretary))\n“We are seeing the preparations that they are making at the border.”',
  'arms.bought-from': 'Poland held a parade. The parade included M1A1 Abrams tanks bought from the United States.',
  'troops.representing': 'The games were held in Poland. Teams competed: the 12th Croatian Contingent representing Croatia won.',
  'troops.units-listed': 'U.S. Ambassador Kavalec visited Mihail Kogalniceanu Airbase in Romania. She met Allied military units including a detachment of the Italian Air Force.',
  'troops.exercising': 'The UK has been conducting major training activity in Estonia throughout May.',
  'commitment.presence': 'The Vice President reiterated the U.S. commitment to maintain a persistent U.S. military presence in Lithuania.',
  'commitment.accession': 'In Brussels, Secretary of State Antony Blinken welcomed Finland to NATO.',
  'commitment.depend-on': 'The Prime Minister said Latvia could depend on the UK.',
  'commitment.on-alert': 'NATO allies sent jets east. The United States has put 8,500 troops on heightened alert for possible deployment to Europe.',
  'commitment.integration': 'U.S. bombers landed in Sweden. The Airmen will integrate with the Swedish Armed Forces.',
  'commitment.training-listed': 'The United States provides Latvia not only equipment but also training.',
  'commitment.training-together': 'U.S. soldiers arrived in Hungary. Hungarian and U.S. forces conduct joint training.',
  'commitment.declaration-of-support': 'The G7 Joint Declaration of Support for Ukraine was announced in Vilnius.',
  'commitment.security-pact': 'The U.S.-Ukraine Bilateral Security Agreement was signed today.',
  'commitment.declaration': 'Lithuania joined the G7 Joint Declaration of Support for Ukraine.',
  'commitment.reassure': 'U.S. Air Force fighter aircraft will arrive at Łask Air Base, Poland, to enhance NATO’s collective defense posture.',
  'commitment.secure': 'Working together, the United States and Poland are securing the future of NATO.',
  'commitment.agreement-signed': 'Ukraine’s President visited Germany. The bilateral agreement on security cooperation and long-term support was signed in Berlin after Russia’s invasion of Ukraine.',
  'quote.direct': '"We will not abandon our allies," Polish President Andrzej Duda said.',
  'quote.indirect': 'US Ambassador to NATO Julianne Smith said the alliance was ready to defend every member.',
  'quote.indirect-after': 'Slovakia has given its S-300 to Ukraine, Prime Minister Eduard Heger announced on Friday.',
  'quote.as-stated': 'Russian President Vladimir Putin sees NATO as a threat, as he has stated in recent speeches.',
  'quote.statement': "US Ambassador Julianne Smith's statements were firm, making clear that the alliance would defend its members.",
  'quote.as-said': 'Defense Secretary Lloyd Austin spoke on Monday. As the secretary said, the United States stands with its allies.',
  'quote.according': 'According to Volodymyr Zelenskyy, the security agreement signed today is an unprecedented document.',
  'quote.nominal': 'Ukraine welcomed President Biden’s announcement of a new security assistance package for Ukraine.',
  'quote.colon': 'Defence Secretary Ben Wallace said:\n\nWe will send more forces to Estonia and we will stand by our allies.',
  'quote.institution': 'The Defense Department today announced that it would send more air defence systems to Ukraine.',
  'quote.preview': 'Defence Minister Hanno Pevkur travels to Oslo today. The Defence Minister will underline that Estonia stands with Ukraine.',
};

const README = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'README.md'), 'utf8');

describe('rule registry', () => {
  it('has one example per rule id', () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual(ruleIds());
  });

  it.each(Object.entries(EXAMPLES))('%s fires on its example', (id, body) => {
    expect(factsOf(body).map((f) => f.rule)).toContain(id);
  });

  it("lists exactly the registry's rule ids in the README's rule table", () => {
    const table = [...README.matchAll(/^\| `([\w.-]+)` \|/gm)].map((m) => m[1]!);
    expect([...new Set(table)].sort()).toEqual(ruleIds());
    expect(table.length).toBe(new Set(table).size);
  });

  it('gives every rule an id and the same signature', () => {
    for (const r of RULES) {
      expect(r.id).toMatch(/^(?:arms|troops|commitment|quote)\.[a-z-]+$/);
      expect(typeof r.run).toBe('function');
    }
  });
});
