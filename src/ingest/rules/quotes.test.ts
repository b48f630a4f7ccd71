import { describe, expect, it } from 'vitest';
import { quotes } from '../test-support';

const summary = (body: string) => quotes(body).map((q) => ({ speaker: q.speaker, role: q.role, from: q.from, to: q.to, text: q.text, direct: q.direct }));

describe('quotes', () => {
  it('reads a direct quote with the attribution after it, curly or straight', () => {
    expect(summary('“We will defend every inch of allied territory,” said Mark Brennan.')[0]).toMatchObject({
      speaker: 'Mark Brennan', text: 'We will defend every inch of allied territory', direct: true,
    });
    expect(summary('"Poland stands ready to help Ukraine", Kyiv Independent tweeted on Monday.')[0]).toMatchObject({
      speaker: 'Kyiv Independent', to: ['PL', 'UA'], direct: true,
    });
  });

  it('reads a direct quote introduced before it', () => {
    expect(summary('Anna Kowalski told reporters: "Lithuania will get the brigade it needs."')[0]).toMatchObject({
      speaker: 'Anna Kowalski', to: ['LT'], direct: true,
    });
  });

  it('takes role and country from the title and resolves later surnames', () => {
    const q = summary('Canada\'s Ambassador to NATO, Helen Ward, said on Tuesday that the alliance is united. Ward stressed that Latvia can count on Canada.');
    expect(q[0]).toMatchObject({ speaker: 'Helen Ward', role: 'Canada\'s Ambassador to NATO', from: ['CA'], direct: false });
    expect(q[1]).toMatchObject({ speaker: 'Helen Ward', from: ['CA'], to: ['LV'], text: 'Latvia can count on Canada' });
  });

  it('reads "German Chancellor X" and "President X" with the country from context', () => {
    expect(summary('German Chancellor Olaf Scholz said Germany would keep supporting Ukraine.')[0]).toMatchObject({
      speaker: 'Olaf Scholz', role: 'German Chancellor', from: ['DE'], to: ['UA'],
    });
    expect(summary('Russia\'s president has threatened Europe. President Ivan Petrov warned that Finland would pay a price.')[0]).toMatchObject({
      speaker: 'Ivan Petrov', role: 'President', from: ['RU'], to: ['FI'],
    });
  });

  it('reads indirect speech with many reporting verbs', () => {
    for (const verb of ['highlighted', 'stressed', 'noted', 'warned', 'added']) {
      expect(summary(`Maria Lopez ${verb} that Romania needs more air defence.`)[0]).toMatchObject({ speaker: 'Maria Lopez', text: 'Romania needs more air defence' });
    }
  });

  it('takes the object of "assured" as the recipient', () => {
    expect(summary('Defence Minister Peter Novak assured Slovakia of the alliance\'s support.')[0]).toMatchObject({
      speaker: 'Peter Novak', to: ['SK'],
    });
  });

  it('uses "he" for the last named person', () => {
    const q = summary('Foreign Minister Jan Horak visited Kyiv. He said that Czechia will deliver more shells.');
    expect(q[0]).toMatchObject({ speaker: 'Jan Horak', text: 'Czechia will deliver more shells' });
  });

  it('does not take countries, groups or organisations as speakers', () => {
    expect(summary('The Baltic states said that they need more troops.')).toEqual([]);
    expect(summary('NATO said the exercise was routine.')).toEqual([]);
  });
});

describe('quote edge cases', () => {
  it('does not take a month after a preposition as a speaker', () => {
    expect(summary('Sweden, which joined NATO in March, said it would contribute troops to Finland.')).toEqual([]);
  });

  it('reads a quoted fragment inside reported speech once, as indirect speech', () => {
    const q = summary('Kremlin spokesman Dmitry Peskov said the tanks "will burn like all the rest."');
    expect(q).toHaveLength(1);
    expect(q[0]).toMatchObject({ speaker: 'Dmitry Peskov', role: 'Kremlin spokesman', from: ['RU'], direct: false, text: 'the tanks will burn like all the rest' });
  });
});

describe('attribution after the reported clause', () => {
  it('reads "<clause>, Prime Minister X announced on Friday"', () => {
    expect(summary('Slovakia has given its S-300 system to Ukraine, Prime Minister Eduard Heger announced on Friday.')[0]).toMatchObject({
      speaker: 'Eduard Heger', role: 'Prime Minister', text: 'Slovakia has given its S-300 system to Ukraine', from: ['SK'], to: ['UA'], direct: false,
    });
  });

  it('ignores anonymous attributions', () => {
    expect(summary('Prague has also shipped howitzers to Ukraine, officials said.')).toEqual([]);
  });
});

describe('attributions with roles and time phrases', () => {
  it('reads a direct quote attributed with a full title after it', () => {
    expect(summary('“Estonia has given more than it can,” Estonian Prime Minister Kaja Kallas wrote on Twitter.')[0]).toMatchObject({
      speaker: 'Kaja Kallas', role: 'Estonian Prime Minister', from: ['EE'], direct: true,
    });
  });

  it('skips a time phrase before "that"', () => {
    expect(summary('Polish President Andrzej Duda said on Thursday that Poland would hand over jets to Ukraine.')[0]).toMatchObject({
      speaker: 'Andrzej Duda', text: 'Poland would hand over jets to Ukraine',
    });
  });

  it('reads the clause, not the trailing adverbial, when the attribution comes last', () => {
    expect(summary('Japan has pledged $5.5 billion in additional aid to Ukraine, Prime Minister Fumio Kishida said during a visit to Kyiv.')).toEqual([
      expect.objectContaining({ speaker: 'Fumio Kishida', from: ['JP'], text: 'Japan has pledged $5.5 billion in additional aid to Ukraine' }),
    ]);
  });

  it('never lets a role run across a heading', () => {
    const q = quotes('Intro line here.\n\nJets for Kyiv\n\nPolish President Andrzej Duda said that jets would follow soon.');
    expect(q[0]!.role).toBe('Polish President');
  });
});

describe('speakers after long titles', () => {
  it('finds the name after "Secretary of State"', () => {
    expect(summary('Secretary of State Antony Blinken said Washington remained committed to its allies.')[0]).toMatchObject({
      speaker: 'Antony Blinken', role: 'Secretary of State', from: ['US'],
    });
  });
});

describe('reporting gerunds', () => {
  it('reads "X welcomed the move, stating that …"', () => {
    expect(summary('Lithuanian President Gitanas Nausėda welcomed the move, stating that it sends a strong signal to Moscow.')[0]).toMatchObject({
      speaker: 'Gitanas Nausėda', from: ['LT'], text: 'it sends a strong signal to Moscow', to: ['RU'],
    });
  });
});

describe('well-known surnames', () => {
  it('gives a bare well-known surname its country but keeps the name as written', () => {
    expect(summary('"We need more air defence now," Zelensky said.')[0]).toMatchObject({ speaker: 'Zelensky', from: ['UA'], direct: true });
  });
});

describe('reported speech needs content', () => {
  it('skips a nominal object and reads the gerund clause instead', () => {
    expect(summary('German Defence Minister Boris Pistorius confirmed the decision on Tuesday, highlighting the urgent need to protect Ukrainian cities.')).toEqual([
      expect.objectContaining({ speaker: 'Boris Pistorius', text: 'the urgent need to protect Ukrainian cities' }),
    ]);
  });
});

describe('institutions and dangling quotation marks', () => {
  it('does not take an army command as a speaker', () => {
    expect(summary('US Army Europe confirmed that 3,500 soldiers would arrive in Poland in November.')).toEqual([]);
  });

  it('drops a dangling quotation mark from a reported clause', () => {
    expect(summary('Latvia\'s President Edgars Rinkēvičs said the threat from Russia is "real and long-term," adding more.')[0]!.text).toBe('the threat from Russia is real and long-term');
  });
});
