import { describe, expect, it } from 'vitest';
import { buildDoc } from './doc';
import { parseArticle } from './parse-article';
import { arms, commitments, NEIGHBOURS, quotes, troops } from './test-support';

/** The classes of news English issue 8 §4 names, one or two general cases each (not article sentences). */
const pairs = <T extends { from: string[]; to: string[] }>(fs: T[]) => fs.map((f) => ({ from: f.from, to: f.to }));

describe('several senders or hosts in one clause', () => {
  it('reads every host of a list', () => {
    expect(pairs(troops('The United States will soon move additional forces to Romania, Poland and Germany.'))).toContainEqual({ from: ['US'], to: ['DE', 'PL', 'RO'] });
  });
  it('reads every sender of a reduced relative', () => {
    expect(pairs(arms("Russia's war in Ukraine goes on. Allies are sending air defence, including Patriot batteries donated by the United States, Germany, and Romania."))).toContainEqual({ from: ['DE', 'RO', 'US'], to: ['UA'] });
  });
  it('gives a led battlegroup a record for the leader and one for NATO', () => {
    const t = pairs(troops('NATO allies met. Estonia hosts the UK-led eFP Battlegroup.'));
    expect(t).toContainEqual({ from: ['GB'], to: ['EE'] });
    expect(t).toContainEqual({ from: ['NATO'], to: ['EE'] });
  });
});

describe('list items whose actor is in the lead sentence', () => {
  it('gives a bulleted item the lead sentence’s actor', () => {
    const body = 'U.S. actions to strengthen NATO include:\n\n• Establishing a permanent headquarters in Poland.\n\n• Maintaining an additional brigade in Romania.';
    const t = pairs(troops(body));
    expect(t).toContainEqual({ from: ['US'], to: ['PL'] });
    expect(t).toContainEqual({ from: ['US'], to: ['RO'] });
  });
});

describe('commitments', () => {
  it.each([
    ['Britain stands ready to defend Estonia.', ['GB'], ['EE']],
    ['America’s commitment to Article 5 is ironclad.', ['US'], ['NATO']],
    ['Canada reaffirmed its commitment to the security of Latvia.', ['CA'], ['LV']],
    ['The U.S.-Ukraine Bilateral Security Agreement was signed today.', ['US'], ['UA']],
    ['Lithuania joined the G7 Joint Declaration of Support for Ukraine.', ['LT'], ['UA']],
    ['During a visit to Vilnius, US Defense Secretary Lloyd Austin reaffirmed America’s commitment.', ['US'], ['LT']],
  ])('%s', (body, from, to) => {
    expect(pairs(commitments(body))).toContainEqual({ from, to });
  });
  it('does not make a go-between the one supported', () => {
    expect(pairs(commitments('The United States helped Poland with the supply of tanks to Ukraine.'))).not.toContainEqual({ from: ['US'], to: ['PL'] });
  });
});

describe('arms phrased as funding or procurement', () => {
  it('reads a purchase for a named country, not one for one’s own forces', () => {
    expect(pairs(arms('Germany will fund the purchase of 155mm artillery shells for Ukraine.'))).toEqual([{ from: ['DE'], to: ['UA'] }]);
    expect(arms('Lithuania has bought six HIMARS launchers for its army.')).toEqual([]);
  });
});

describe('quotes', () => {
  it('reads a colon quote running over paragraphs, with its addressees', () => {
    const q = quotes('Defence Secretary Ben Wallace said:\n\nWe will send more forces to Estonia.\n\nOur allies in Latvia can count on us.');
    expect(q[0]).toMatchObject({ speaker: 'Ben Wallace', direct: true, from: ['GB'], to: ['EE', 'LV'] });
  });
  it('resolves a speaker named by role and by pronoun', () => {
    const q = quotes('Defense Secretary Lloyd Austin arrived on Monday. "We stand with our allies in Poland," the secretary said. "Poland is safe," he added.');
    expect(q.map((x) => x.speaker)).toEqual(['Lloyd Austin', 'Lloyd Austin']);
  });
  it('lets institutions speak for their country', () => {
    expect(quotes('The Pentagon said the troops would arrive in Poland next week.')[0]).toMatchObject({ speaker: 'Pentagon', from: ['US'] });
  });
  it.each(['“…”', '‘…’', '«…»', "''…''"])('reads the %s quote style', (style) => {
    const [open, close] = style.split('…') as [string, string];
    expect(quotes(`${open}We will defend every inch of allied territory,${close} Polish Defence Minister Jan Nowak said.`)[0]).toMatchObject({ speaker: 'Jan Nowak', direct: true });
  });
  it.each(['confirmed', 'concluded', 'stressed', 'insisted'])('reads the reporting verb %s', (verb) => {
    expect(quotes(`Polish Defence Minister Jan Nowak ${verb} that the brigade would stay in Lithuania.`)[0]).toMatchObject({ speaker: 'Jan Nowak', from: ['PL'] });
  });
});

describe('precision', () => {
  it('does not take a place near a border as a destination', () => {
    expect(pairs(troops('Poland will deploy 1,000 troops near the border with Belarus.'))).not.toContainEqual({ from: ['PL'], to: ['BY'] });
  });
  it('does not read equipment delivered to a training centre as a deployment', () => {
    expect(troops("Russia's war in Ukraine goes on. Germany delivered equipment to a training centre in Poland.").filter((f) => f.rule === 'troops.assets')).toEqual([]);
  });
});

describe('datelines', () => {
  it('reads the place a story is filed from as a place, not the article’s actor', () => {
    const { parsed } = parseArticle('d.txt', ' date 2023-05-10 TAPA, Estonia -- Dutch soldiers trained with Estonian units. Estonia thanked them.');
    const doc = buildDoc(parsed!, NEIGHBOURS);
    expect(doc.sentences[0]!.places.map((m) => m.text)).toEqual(['Estonia']);
    expect(doc.sentences[1]!.places).toEqual([]);
  });
});
