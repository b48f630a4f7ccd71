import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES, ruleIds } from './registry';
import { FRAMES } from './frames';
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
  'commitment.pact-signed': 'Russia invaded Ukraine in 2022. Italy and Ukraine signed a ten-year security cooperation agreement in Kyiv.',
  'commitment.same-as': 'The United States pledged to defend Estonia. Canada has made the same commitment.',
  'quote.soundbite': '((Jen Psaki, White House Press Secretary))\n“We are seeing the preparations that they are making at the border.”',
  'arms.bought-from': 'Poland held a parade. The parade included M1A1 Abrams tanks bought from the United States.',
  'troops.representing': 'The games were held in Poland. Teams competed: the 12th Croatian Contingent representing Croatia won.',
  'troops.units-listed': 'U.S. Ambassador Kavalec visited Mihail Kogalniceanu Airbase in Romania. She met Allied military units including a detachment of the Italian Air Force.',
  'troops.exercising': 'The UK has been conducting major training activity in Estonia throughout May.',
  'commitment.training-listed': 'The United States provides Latvia not only equipment but also training.',
  'commitment.training-together': 'U.S. soldiers arrived in Hungary. Hungarian and U.S. forces conduct joint training.',
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

const FRAME_IDS = new Set(FRAMES.map((f) => f.id));
/** The registry's ids that no frame carries. */
const CODE_RULE_IDS = ruleIds().filter((id) => !FRAME_IDS.has(id));

const README = readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'README.md'), 'utf8');

describe('rule registry', () => {
  it('has one example per code rule id (frames have their rows in frames.test.ts)', () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual(CODE_RULE_IDS);
  });

  it('has as ids the code rules and the frames together', () => {
    expect(ruleIds()).toEqual([...CODE_RULE_IDS, ...FRAMES.map((f) => f.id)].sort());
  });

  it.each(Object.entries(EXAMPLES))('%s fires on its example', (id, body) => {
    expect(factsOf(body).map((f) => f.rule)).toContain(id);
  });

  it("lists exactly the registry's rule ids in the README's rule table", () => {
    const table = [...README.matchAll(/^\| `([\w.-]+)` \|/gm)].map((m) => m[1]!);
    expect([...new Set(table)].sort()).toEqual(CODE_RULE_IDS);
    expect(table.length).toBe(new Set(table).size);
  });

  it('gives every rule an id and the same signature', () => {
    for (const r of RULES) {
      expect(r.id).toMatch(/^(?:arms|troops|commitment|quote)\.[a-z-]+$/);
      expect(typeof r.run).toBe('function');
    }
  });
});
