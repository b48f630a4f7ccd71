import { describe, expect, it } from 'vitest';
import { quotes } from '../test-support';

const summary = (body: string) => quotes(body).map((q) => ({ speaker: q.speaker, role: q.role, from: q.from, to: q.to, text: q.text, direct: q.direct }));

describe('quote attribution in wire and military-release style', () => {
  it('reads a lower-case office written after the name, and takes the release’s country for it', () => {
    const q = summary('By Jo Ray, DOD News\n\nThe Pentagon wants Ukraine to hold the line, said Mara T. Quill, deputy assistant secretary of defense for Russia, Ukraine and Eurasia, on Tuesday. The allies have sent 300 tanks, she said.');
    expect(q[0]).toMatchObject({ speaker: 'Mara T. Quill', from: ['US'] });
    expect(q.find((x) => x.text.includes('300 tanks'))).toMatchObject({ speaker: 'Mara T. Quill', from: ['US'] });
  });

  it('reads abbreviated ranks after the reporting verb', () => {
    expect(summary('By Ann Lee, U.S. Navy\n\n“We sailed with our Polish friends in the Baltic Sea for a week,” said Cmdr. Tod Vance, commanding officer of the ship.')[0])
      .toMatchObject({ speaker: 'Tod Vance', from: ['US'], direct: true });
  });

  it('finds the named person inside a long attribution after the verb', () => {
    expect(summary('By Ann Lee, U.S. Marines\n\n“We look forward to training with our Norwegian hosts this winter,” remarked II MEF commanding general Lt. Gen. Ray B. Toms.')[0])
      .toMatchObject({ speaker: 'Ray B. Toms', direct: true });
  });

  it('takes a quoted paragraph after "X said:" as X’s, across paragraphs', () => {
    const q = summary('Polish troops arrive\n\nThe defence minister of Latvia, Andris Kalns, said:\n\n"We are grateful to Poland for its soldiers. This shows that the alliance works."');
    expect(q[0]).toMatchObject({ speaker: 'Andris Kalns', from: ['LV'], to: ['PL'], direct: true });
  });

  it('takes a name-and-office label over a first-person paragraph as a quote, but not over narration', () => {
    const said = summary('British tanks return\n\nThe squadron trained in Estonia.\n\nCaptain Rob Hale, Operations Officer:\n\nWe arrived in September and trained with Estonian forces all winter.');
    expect(said[0]).toMatchObject({ speaker: 'Rob Hale', to: ['EE'], direct: true });
    expect(summary('British tanks return\n\nCaptain Rob Hale, Operations Officer:\n\nThe squadron trained with Estonian forces all winter.')).toEqual([]);
  });

  it('reads a title alone before "said:" as the holder of that office', () => {
    expect(summary('Foreign Secretary James Cleverly visits Tallinn\n\nCleverly will meet Estonian ministers.\n\nAhead of his visit, Foreign Secretary said:\n\n“British personnel are on the frontline in Estonia, deterring Russia.”')[0])
      .toMatchObject({ speaker: 'James Cleverly', from: ['GB'] });
  });

  it('reads "the Defence Secretary confirmed that …" as the holder named earlier', () => {
    const q = summary('Defence Secretary John Healey visited Odesa.\n\nDuring the visit, the Defence Secretary confirmed that Britain would send more shells to Ukraine.');
    expect(q.find((x) => x.text.includes('more shells'))).toMatchObject({ speaker: 'John Healey', from: ['GB'] });
  });

  it('ends a name at a possessive in a headline ("Secretary Blinken’s Call with …")', () => {
    const q = summary('Secretary Blinken’s Call with Polish Foreign Minister Rau\n\nSecretary of State Antony J. Blinken spoke by phone today with Polish Foreign Minister Zbigniew Rau. The Secretary reiterated the United States’ steadfast support for Ukraine’s sovereignty.');
    expect(q.map((x) => x.speaker)).toEqual(['Antony J. Blinken']);
  });

  it('keeps ", Jr." in a name, drops a rank read into it, and knows commanders by surname alone', () => {
    expect(summary('President Joseph R. Biden, Jr. met President Andrzej Duda. President Biden said the United States would stand by Poland.')[0]).toMatchObject({ speaker: 'Joseph R. Biden, Jr.' });
    expect(summary('Commodore Jukka Rantala, Chief of Staff of the Finnish Navy Command, joined. “We trained with the U.S. Navy in the Gulf of Finland all week,” said Commodore Jukka Rantala.')[0]).toMatchObject({ speaker: 'Jukka Rantala', from: ['FI'] });
    expect(summary('“Russia’s invasion of Ukraine altered the security environment in the Black Sea Region,” said Cavoli.')[0]).toMatchObject({ speaker: 'Cavoli', from: ['US'] });
  });

  it('does not end a reported clause at "and" before an adjective ("the strong and trusted partnership")', () => {
    const q = summary('Estonian Defence Minister Hanno Pevkur visited. Pevkur said the meeting was a testimony to the strong and trusted partnership between the Baltic states and the United States.');
    expect(q[0]).toMatchObject({ speaker: 'Hanno Pevkur', from: ['EE'], to: ['LT', 'LV', 'US'] });
    expect(summary('Estonian Defence Minister Hanno Pevkur spoke. Pevkur said Latvia would host the drill and added that Norway would send ships.')[0]!.to).toEqual(['LV']);
  });

  it('reads a nationality before a bare title as that country’s holder of the office', () => {
    expect(summary('«We will never abandon Lithuania», the Polish president insisted.')[0]).toMatchObject({ speaker: 'Polish President', from: ['PL'], to: ['LT'] });
    expect(summary('Polish President Andrzej Duda arrived in Vilnius. “We will never abandon Lithuania,” the Polish president said.')[0]).toMatchObject({ speaker: 'Andrzej Duda', from: ['PL'] });
    expect(summary('Estonia’s prime minister said that Latvia would get more help from Finland.', )[0]).toMatchObject({ from: ['EE'] });
  });

  it('reads more reporting verbs: urged, predicted, suggested', () => {
    expect(summary('Lithuanian President Gitanas Nauseda urged allies to send more air defence to Ukraine.')[0]).toMatchObject({ speaker: 'Gitanas Nauseda', from: ['LT'], to: ['UA'] });
    expect(summary('NATO Secretary General Jens Stoltenberg predicted that Russia would test the alliance.')[0]).toMatchObject({ speaker: 'Jens Stoltenberg', to: ['RU'] });
  });

  it('reads an office set off by commas between the name and the verb after a quote', () => {
    expect(summary('"The third Patriot system from Germany has already arrived in Ukraine," Martin Jaeger, German Ambassador to Kyiv, wrote Friday on X.')[0]).toMatchObject({ speaker: 'Martin Jaeger', from: ['DE'], direct: true });
  });

  it('reads a trailing attribution with the verb first, and a spokesperson’s country from the body they speak for', () => {
    expect(summary('Germany will send 12 more Leopard tanks, said Jan Nowak, a spokesman for the Polish defence ministry.')[0]).toMatchObject({ speaker: 'Jan Nowak', from: ['PL'], to: ['DE'], text: 'Germany will send 12 more Leopard tanks' });
    expect(summary('The tanks will arrive in Lithuania in spring, said Anna Berg, a senior official at the Swedish foreign ministry.')[0]).toMatchObject({ speaker: 'Anna Berg', from: ['SE'] });
  });

  it('reads "the Defence Secretary also pledged to …" and "asked for" as reports of the holder', () => {
    const q = summary('Defence Secretary John Healey visited Odesa. The Defence Secretary also pledged to fast-track military support for Ukraine.');
    expect(q.find((x) => x.text.includes('fast-track'))).toMatchObject({ speaker: 'John Healey', from: ['GB'] });
  });
});
