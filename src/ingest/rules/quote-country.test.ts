import { describe, expect, it } from 'vitest';
import { quotes } from '../test-support';

const brief = (body: string) => quotes(body).map((q) => ({ speaker: q.speaker, from: q.from, to: q.to }));

describe('government titles that name no country', () => {
  it('take the country whose act the speaker reports', () => {
    expect(brief('Paris will send a second SAMP/T battery to Ukraine, Defence Minister Jean Dupont told reporters.')).toEqual([
      { speaker: 'Jean Dupont', from: ['FR'], to: ['UA'] },
    ]);
    expect(brief('Spain has not yet decided whether to send more tanks, government spokeswoman Pilar Alegria said.')[0]).toMatchObject({ from: ['ES'], to: [] });
  });

  it('keep the country for later quotes by the same person', () => {
    const body = 'Oslo will provide ten more launchers, government spokesman Ola Nordmann said. The aim is to help Ukraine, he added.';
    expect(brief(body).map((q) => q.from)).toEqual([['NO'], ['NO']]);
  });

  it('stay unknown when the clause is about a party to the war or not led by a country', () => {
    expect(brief('Russia is trying to destroy the power grid, Defence Minister Jan Novak said.')[0]!.from).toEqual([]);
    expect(brief('The decision is final, Prime Minister Jan Novak said.')[0]!.from).toEqual([]);
    expect(brief('Poland will send tanks, military analyst Jan Novak said.').every((q) => q.from.length === 0)).toBe(true);
  });

  it('does not make a demonym before service members an addressee, and reads "told a conference"', () => {
    const q = quotes('Polish soldiers will be trained in Germany, Pentagon press secretary John Doe told reporters.');
    expect(q[0]).toMatchObject({ from: ['US'], to: ['DE'] });
    const conf = quotes('Czech President Petr Pavel spoke. Prague has found 800,000 shells for Ukraine, Pavel told a conference in Paris.');
    expect(conf.find((x) => x.text.startsWith('Prague'))).toMatchObject({ speaker: 'Petr Pavel', from: ['CZ'], to: ['UA'] });
  });
});

describe('a titled speaker with no country', () => {
  it('belongs to the country the article is about, not to one named after the quote', () => {
    const body = 'Norway is sending 40 rocket launchers to Ukraine, the Norwegian defence ministry said on Tuesday.\n\n"We will keep helping for as long as it takes," said Defence Minister Ola Nordmann. Poland has pledged to train Ukrainian crews.';
    expect(quotes(body).map((q) => [q.speaker, q.from])).toEqual([['Norwegian defence ministry', ['NO']], ['Ola Nordmann', ['NO']]]);
  });
});
