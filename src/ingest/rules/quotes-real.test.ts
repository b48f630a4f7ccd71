import { describe, expect, it } from 'vitest';
import { quotes } from '../test-support';

/** Quote phenomena of official news texts (test/gold/README.md, "Real-news cases"), each with a made-up sentence. */
const summary = (body: string, date = '2023-05-10') => quotes(body, date).map((q) => ({ speaker: q.speaker, from: q.from, to: q.to, direct: q.direct, rule: q.rule }));

describe('one attribution, one quote', () => {
  it('adds quoted sentences that go on without a new attribution, in the paragraph and the next one', () => {
    const body = 'Secretary of Defense Lloyd J. Austin III met his counterpart. "The people have responded with courage," the secretary said. "The United States is committed to supporting Ukraine as it resists Russia\'s aggression."';
    expect(summary(body)).toEqual([{ speaker: 'Lloyd J. Austin III', from: ['US'], to: ['RU', 'UA'], direct: true, rule: 'quote.direct' }]);
    const next = 'President of Ukraine Volodymyr Zelenskyy met the Chancellor. According to Volodymyr Zelenskyy, the agreement with Germany is unprecedented.\n\n"Every war crime committed by Russia must be punished.';
    expect(summary(next)[0]).toMatchObject({ to: ['DE', 'RU'], rule: 'quote.according' });
  });

  it('reads the paraphrased rest of a partly quoted sentence and "said and added that"', () => {
    expect(summary('Russia\'s invasion of Ukraine has "rocked the foundations of Europe," Lithuanian Defense Minister Arvydas Anusauskas told reporters.')[0]).toMatchObject({ to: ['RU', 'UA'] });
    expect(summary('"We will work together with other partners," Volodymyr Zelenskyy said and added that the assistance from Denmark and the Netherlands is extremely powerful.')[0]).toMatchObject({ to: ['DK', 'NL'] });
  });

  it('reads reported speech nested in a quotation as a quote of its own', () => {
    const body = 'Romanian Prime Minister Nicolae Ciuca attended. “After 25 years, President Biden reiterated in Madrid the strong commitment towards the Black Sea region,” stated Ciuca.';
    expect(summary(body).map((q) => q.speaker).sort()).toEqual(['Biden', 'Nicolae Ciuca']);
  });
});

describe('speakers', () => {
  it('keeps a whole name with non-ASCII letters and three parts', () => {
    const body = '"Norway will send more air defence to Ukraine," said Defence Minister Bjørn Arild Gram.';
    expect(summary(body)[0]).toMatchObject({ speaker: 'Bjørn Arild Gram', to: ['UA'] });
  });

  it('names a peer by the one name and gives a ranked officer the article’s country', () => {
    const body = 'The UK deployed jets to Poland.\n\nDefence Minister Lord Coaker said:\n\nThe UK is unshakeable in its commitment to NATO.';
    expect(summary(body, '2025-04-01')[0]).toMatchObject({ speaker: 'Coaker', from: ['GB'], to: ['NATO'], rule: 'quote.colon' });
    const navy = 'Four U.S. Navy vessels arrived in Estonia. “The team is privileged to visit Klaipėda, strengthening the bonds between the U.S. and the Baltic states,” said Capt. Tom Foster, commanding officer of USS Kearsarge.';
    expect(summary(navy)[0]).toMatchObject({ speaker: 'Tom Foster', from: ['US'], to: ['EE', 'LT', 'LV'] });
  });

  it('reads a bare title after a comma and "the Head of State"', () => {
    const body = 'President of Ukraine Volodymyr Zelenskyy met Danish officials. Answering questions, the Head of State noted that the decisions of Denmark and the Netherlands were a signal.';
    expect(summary(body)).toContainEqual(expect.objectContaining({ speaker: 'Volodymyr Zelenskyy', to: ['DK', 'NL'] }));
  });
});

describe('other forms of reported speech', () => {
  it('reads the paragraph after "X said:" even without "we"', () => {
    const body = 'The UK will send Typhoons to Poland.\n\nPrime Minister Keir Starmer said:\n\nRussia’s reckless behaviour is a direct threat, which is why the UK will support NATO’s efforts.';
    expect(summary(body, '2025-09-15')[0]).toMatchObject({ speaker: 'Keir Starmer', from: ['GB'], to: ['NATO', 'RU'], direct: true });
  });

  it('reads "X’s announcement of …" and an institution’s announcement "directing …"', () => {
    expect(summary('Ukraine welcomed President Biden’s announcement of a new security assistance package for Ukraine.')[0]).toMatchObject({ speaker: 'Biden', from: ['US'], to: ['UA'], rule: 'quote.nominal' });
    const dod = 'The troops are arriving following a Department of Defense announcement earlier this month directing the repositioning of a squadron from Vilseck, Germany, to Romania.';
    expect(summary(dod)[0]).toMatchObject({ speaker: 'Department of Defense', from: ['US'], to: ['DE', 'RO'] });
  });

  it('reads thanks as no quote (acknowledgements are not reporting verbs)', () => {
    expect(summary('Estonian Prime Minister Kaja Kallas thanked Finland for its support for Ukraine.')).toEqual([]);
  });
});
