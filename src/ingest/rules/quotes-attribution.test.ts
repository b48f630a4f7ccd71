import { describe, expect, it } from 'vitest';
import { quotes } from '../test-support';

const summary = (body: string) => quotes(body).map((q) => ({ speaker: q.speaker, role: q.role, from: q.from, to: q.to, text: q.text, direct: q.direct }));

describe('quote attribution: titles, pronouns, institutions', () => {
  it('reads a lower-case title and ranks before a name after the reported clause', () => {
    expect(summary('Dutch engineers will repair the bridge near Tartu, Pentagon press secretary Brig. Gen. Ann Hollis told reporters.')[0]).toMatchObject({
      speaker: 'Ann Hollis', from: ['US'], text: 'Dutch engineers will repair the bridge near Tartu',
    });
    expect(summary('"Nothing will be left standing after the strike," Kremlin spokesman Igor Volkov said.')[0]).toMatchObject({ speaker: 'Igor Volkov', from: ['RU'], direct: true });
  });

  it('reads accented names in a trailing attribution', () => {
    expect(summary('Spain has not decided whether to extend the mission, Defence Minister Sébastien Moreau told reporters.')[0]).toMatchObject({ speaker: 'Sébastien Moreau' });
  });

  it('prefers the current title over a former office and the list of known people', () => {
    expect(summary('EU foreign policy chief Kaja Kallas, a former Estonian prime minister, warned that Russia was testing European defences.')[0]).toMatchObject({
      speaker: 'Kaja Kallas', role: 'EU foreign policy chief', from: ['EU'], to: ['RU'],
    });
    expect(summary('NATO ships will patrol the gulf, Secretary General Mark Rutte said on Monday.')[0]).toMatchObject({ speaker: 'Mark Rutte', from: ['NATO'] });
  });

  it('resolves a trailing "he added" to the previous speaker', () => {
    const q = summary('Finnish President Aaro Lind said the border would stay closed. More guards will be hired in the spring, he added.');
    expect(q[1]).toMatchObject({ speaker: 'Aaro Lind', from: ['FI'], text: 'More guards will be hired in the spring' });
  });

  it('resolves "he said" inside a sentence to the person it opens with', () => {
    const q = summary('Greek Prime Minister Nikos Alexiou spoke first. Polish Prime Minister Jan Wolski has ruled out new levies, a move he said would hurt farmers.');
    expect(q.find((x) => x.text.includes('hurt farmers'))).toMatchObject({ speaker: 'Jan Wolski', from: ['PL'] });
  });

  it('does not take the last word of an institution as a speaker: the institution speaks', () => {
    expect(summary('Norway will send 40 armoured vehicles, the Norwegian Ministry of Defence said on Friday.').map((q) => ({ speaker: q.speaker, from: q.from }))).toEqual([
      { speaker: 'Norwegian Ministry of Defence', from: ['NO'] },
    ]);
  });

  it('attributes only the last coordinated clause to a trailing speaker', () => {
    expect(summary('Latvia has already sent a minehunter, and Norway will contribute two frigates, Norwegian Prime Minister Erik Dahl said.')[0]).toMatchObject({
      speaker: 'Erik Dahl', from: ['NO'], to: [], text: 'Norway will contribute two frigates',
    });
  });

  it('reads a speaker before a relative clause', () => {
    expect(summary('Italian Prime Minister Carla Rossi, whose coalition must approve the budget, said Italy would buy more shells.')[0]).toMatchObject({ speaker: 'Carla Rossi', from: ['IT'] });
    expect(summary('The talks were dominated by Spanish Prime Minister Luis Prado, who said that sending troops to Moldova could not be excluded.')[0]).toMatchObject({
      speaker: 'Luis Prado', from: ['ES'], to: ['MD'],
    });
  });

  it('keeps commas inside quotation marks within reported speech, and reads "made clear that"', () => {
    expect(summary('Maria Lopez told journalists that the jets showed the “steady, patient resolve” of Spain towards Romania.')[0]).toMatchObject({ to: ['ES', 'RO'] });
    expect(summary('Maria Lopez has made clear that Spain will not send a second frigate.')[0]).toMatchObject({ speaker: 'Maria Lopez', text: 'Spain will not send a second frigate' });
  });
});

describe('quote spans and addressees', () => {
  it('keeps a multi-word title with "of" before the name', () => {
    expect(summary('Canada will send two frigates to Latvia, Secretary of State Ann Ward announced on Monday.')[0]).toMatchObject({ speaker: 'Ann Ward' });
  });

  it('stops reported speech at a coordinated clause with its own subject', () => {
    expect(summary('Maria Lopez said Spain would not send troops to Ukraine, and Greek Prime Minister Nikos Alexiou told reporters that Greece agreed.')[0]).toMatchObject({
      speaker: 'Maria Lopez', text: 'Spain would not send troops to Ukraine',
    });
  });

  it('does not read hyphenated compounds as addressees', () => {
    expect(summary('Maria Lopez said the old jets would be replaced by US-made F-35s.')[0]).toMatchObject({ to: [] });
  });

  it('reads an attribution followed by an appositive as a trailing attribution', () => {
    expect(summary('A new corps headquarters will open in Romania, Carl Brandt said, the first of its kind in the region.')[0]).toMatchObject({
      speaker: 'Carl Brandt', text: 'A new corps headquarters will open in Romania',
    });
  });

  it('gives no quote to unnamed speakers or to the person someone speaks for', () => {
    expect(summary('An aide to Chancellor Olaf Brandt said the brigade would reach Lithuania by autumn.')).toEqual([]);
    expect(summary('A spokeswoman for President Ana Ruiz said the howitzers had already left the depot.')).toEqual([]);
    expect(summary('Diplomats said the allies were still divided over the timetable.')).toEqual([]);
    expect(summary('Officials said the jets would arrive within weeks.')).toEqual([]);
    expect(summary('The guns will arrive in spring, a source close to Prime Minister Jan Novak said.')).toEqual([]);
    expect(summary('Prime Minister Jan Novak said the guns would arrive in spring.')[0]).toMatchObject({ speaker: 'Jan Novak' });
  });

  it('resolves a bare title to the latest person named with it', () => {
    const out = summary('Prime Minister Jan Novak met Foreign Minister Eva Horak in Prague. Czech Prime Minister Jan Novak said the guns were ready. The prime minister said the first convoy would leave for Ukraine on Monday.');
    expect(out.map((q) => q.speaker)).toEqual(['Jan Novak', 'Jan Novak']);
    expect(summary('Czech Defence Minister Eva Horak visited Riga. The minister added that more shells would follow.')[0]).toMatchObject({ speaker: 'Eva Horak', from: ['CZ'] });
    expect(summary('The minister said the talks had gone well.')).toEqual([]);
  });
});
