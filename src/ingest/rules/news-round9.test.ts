import { describe, expect, it } from 'vitest';
import { arms, commitments, quotes, troops } from '../test-support';
import { efpHostsOn } from '../../domain/eastern-flank';

const pairs = (fs: ReadonlyArray<{ from: string[]; to: string[] }>) => fs.map((f) => `${f.from.join('+')}>${f.to.join('+')}`).sort();

describe('a people, nation or government named by its adjective is that country', () => {
  it('reads support "to the Ukrainian people" as support to Ukraine', () => {
    expect(pairs(commitments("The minister praised Bulgaria's unwavering support to the Ukrainian people.", '2023-05-02'))).toEqual(['BG>UA']);
    expect(pairs(commitments('Germany stands in solidarity with the Polish nation.', '2023-05-02'))).toEqual(['DE>PL']);
  });

  it('still gives nothing for a people as the place of an event', () => {
    expect(commitments('The war has brought suffering on the Ukrainian people.', '2023-05-02')).toEqual([]);
  });
});

describe('"our" of two parties speaking as one', () => {
  const call = 'Secretary Blinken spoke today with Romanian Foreign Minister Bogdan Aurescu. They discussed the security of Romania.\n\n';

  it('is both parties after "Both" or "The two leaders"', () => {
    expect(pairs(commitments(`${call}Both reaffirmed our steadfast support for the Ukrainian people.`, '2022-03-01'))).toEqual(['RO+US>UA']);
    expect(pairs(commitments(`${call}The two leaders discussed our shared unwavering support for Ukraine.`, '2022-03-01'))).toEqual(['RO+US>UA']);
  });

  it('is the speaker’s side alone otherwise', () => {
    expect(pairs(commitments(`${call}The Secretary reaffirmed our steadfast support for Ukraine.`, '2022-03-01'))).toEqual(['US>UA']);
  });
});

describe('"you" as the subject of an assurance is the country addressed', () => {
  it('reads a visitor’s praise of the host’s stand', () => {
    const visit = 'Foreign Secretary Liz Truss visited Warsaw on Thursday.\n\n';
    const c = commitments(`${visit}“You have stood steadfastly by the Ukrainian people,” Truss said.`, '2022-02-10');
    expect(pairs(c)).toEqual(['PL>UA']);
  });
});

describe('united with, alongside or behind (commitment.united-with)', () => {
  it('is an assurance to the object; a denial or a hypothetical is none or weaker', () => {
    const c = commitments('"We are united alongside Ukraine," Foreign Secretary David Lammy said.', '2025-05-15');
    expect(pairs(c)).toEqual(['GB>UA']);
    expect(c[0]!.kind).toBe('assurance');
    expect(commitments('Hungary is not united with Ukraine on this.', '2025-05-15')).toEqual([]);
  });
});

describe('the EU’s own voice', () => {
  it('makes "we" the Union in an EU statement, wherever the meeting is', () => {
    const body = 'The European Union and its Member States welcome the convening of this meeting by the Polish Chair at the request of Lithuania, Latvia and Estonia.\n\nWe fully support Lithuania, Latvia and Estonia in this.';
    expect(pairs(commitments(body, '2022-02-16'))).toEqual(['EU>EE+LT+LV']);
  });

  it('makes the High Representative’s remarks the Union’s, not the host country’s', () => {
    const body = 'Press remarks by High Representative Josep Borrell during his visit to the training facility in Brzeg, Poland.\n\nThe Polish army hosts the mission.\n\nWe stand with Ukraine.';
    expect(pairs(commitments(body, '2022-12-02'))).toEqual(['EU>UA']);
  });

  it('leaves a national page about the EU to its country', () => {
    const body = 'Prime Minister Boris Johnson met President Zelenskyy in London. The European Union was discussed.\n\nWe stand with Ukraine.';
    expect(pairs(commitments(body, '2022-03-08'))).toEqual(['GB>UA']);
  });
});

describe('a title apposed to a name, running up to the reporting verb', () => {
  it('gives the speaker the named person, not the title’s last words', () => {
    const q = quotes('Josep Borrell, High Representative of the European Union for Foreign Affairs and Security Policy recently said: “Ukraine will prevail.”', '2022-03-02');
    expect(q.map((x) => x.speaker)).toEqual(['Josep Borrell']);
    expect(q[0]!.from).toEqual(['EU']);
  });

  it('gives no speaker when no person stands before the title', () => {
    const q = quotes('The Council for Foreign Affairs and Security Policy recently said that Ukraine will prevail.', '2022-03-02');
    expect(q.map((x) => x.speaker)).toEqual([]);
  });
});

describe('a quotation after "Name, apposition, adverb said:"', () => {
  it('finds the speaker across an apposition or an adverb before the verb', () => {
    expect(quotes('Josep Borrell recently said: “Ukraine will prevail against Russia.”', '2022-03-02').map((q) => q.speaker)).toEqual(['Josep Borrell']);
    expect(quotes('Josep Borrell, the EU foreign policy chief, said: “Ukraine will prevail against Russia.”', '2022-03-02').map((q) => q.speaker)).toEqual(['Josep Borrell']);
  });

  it('still reads a quoted fragment inside reported speech as no direct quote of its own', () => {
    const q = quotes('Borrell warned that Russia was "trying to rebuild an empire" in Europe.', '2022-03-02');
    expect(q.map((x) => x.direct)).toEqual([false]);
  });
});

describe('NATO battlegroups where they are', () => {
  const natoTo = (body: string, date = '2024-05-01') => troops(body, date).filter((t) => t.from.includes('NATO')).map((t) => t.to.join('+'));

  it('reads the battlegroup "here in" a place, and one named after "of" or "with"', () => {
    expect(natoTo('The exercise included members of the NATO battlegroup here in northeastern Poland.')).toEqual(['PL']);
    expect(natoTo('The squadron assumed responsibility of the NATO Multinational Battlegroup in Bemowo Piskie, Poland.')).toEqual(['PL']);
    expect(natoTo('Soldiers served with NATO’s enhanced Forward Presence Battlegroup Lithuania.')).toEqual(['LT']);
  });

  it('puts a battlegroup named after its host where the sentence then places it', () => {
    expect(natoTo('Multinational troops with NATO’s enhanced Forward Presence Battle Group Poland delivered packages to villagers in Medininkai, Lithuania.', '2023-12-18')).toEqual(['LT']);
  });

  it('still gives nothing for the nation leading it, only the lead', () => {
    expect(natoTo('Germany has led NATO’s battlegroup in Lithuania since 2017.')).not.toContain('DE');
  });

  it('dates the eFP hosts: four before the March 2022 summit, eight from it', () => {
    expect(efpHostsOn('2022-02-20')).toEqual(['EE', 'LT', 'LV', 'PL']);
    expect(efpHostsOn('2022-03-24')).toEqual(['BG', 'EE', 'HU', 'LT', 'LV', 'PL', 'RO', 'SK']);
    expect(natoTo('Allied soldiers train hard in NATO’s battlegroups.', '2022-02-20')).toEqual(['EE+LT+LV+PL']);
  });
});

describe('troops.force: time spent and training in a host', () => {
  const routes = (body: string) => troops(body, '2025-06-27').map((t) => `${t.from.join('+')}>${t.to.join('+')}`);

  it('places a force that spent weeks or trained in a host', () => {
    expect(routes('U.S. Soldiers with the 33rd Infantry Brigade Combat Team recently spent two weeks in Torun, Poland.')).toEqual(['US>PL']);
    expect(routes('British soldiers trained in Tapa, Estonia, this spring.')).toEqual(['GB>EE']);
  });

  it('does not deploy the country at war’s trainees, nor trainers whose trainees are the object', () => {
    expect(routes('Russia’s war against Ukraine goes on. Ukrainian soldiers trained in Poland.')).toEqual([]);
    expect(routes('Russia’s war against Ukraine goes on. Ukrainian soldiers spent two weeks in Poland.')).toEqual([]);
    expect(routes('British instructors trained Ukrainian recruits in England.')).toEqual([]);
  });
});

describe('commitment.pact-signed between allies', () => {
  const pacts = (body: string, date = '2024-01-10') => commitments(body, date).filter((c) => c.rule === 'commitment.pact-signed').map((c) => `${c.from.join('+')}>${c.to.join('+')}`);
  const usPage = 'U.S. troops concluded an exercise in northern Finland this week, the U.S. Army said.\n\n';

  it('reads allies’ pacts "with the U.S." on a US page as the United States’ commitment to them', () => {
    expect(pacts(`${usPage}Both Norway and Finland have recently signed new defense pacts with the U.S. military.`)).toEqual(['US>FI+NO']);
  });

  it('names no side between two allies as the subject, nor for a pact with another ally', () => {
    expect(pacts('Secretary of Defense Lloyd J. Austin III and Jana Cernochova, defense minister of the Czech Republic, today signed a security cooperation agreement.', '2023-05-03')).toEqual([]);
    expect(pacts('Latvia and Estonia signed a defence pact with Finland last year.')).toEqual([]);
  });

  it('keeps a denied signing out', () => {
    expect(pacts(`${usPage}Norway and Finland have not signed defense pacts with the United States.`)).toEqual([]);
  });
});

describe('forces that go somewhere', () => {
  const routes = (body: string) => troops(body, '2022-03-20').map((t) => `${t.from.join('+')}>${t.to.join('+')}`);

  it('reads "will go to" a host as a move of the force', () => {
    expect(routes('The Pentagon ordered 500 more U.S. troops to Europe. The additional U.S. personnel will go to Poland.')).toContain('US>PL');
    expect(routes('U.S. troops will go to Poland.')).toEqual(['US>PL']);
  });

  it('keeps money or a minister that goes somewhere out of the deployments', () => {
    expect(routes('The money will go to Ukraine.')).toEqual([]);
    expect(routes('The U.S. defense minister went to Poland.')).toEqual([]);
  });
});

describe('a pact entered into with the United States', () => {
  it('is not the ally’s commitment to the United States', () => {
    expect(commitments('Finland entered into a defense cooperation agreement with the United States.', '2023-12-18').filter((c) => c.from.includes('FI'))).toEqual([]);
    expect(commitments('Latvia entered into a defence cooperation agreement with Finland.', '2023-12-18').map((c) => `${c.from.join('+')}>${c.to.join('+')}`)).toEqual(['LV>FI']);
  });
});

describe('two forces with their own predicates in one sentence', () => {
  it('sends each force to its own destination, not both to both', () => {
    const t = troops('Twenty U.S. AH-64 Apache attack helicopters will also deploy from Germany to the Baltic region and 12 U.S. Apache helicopters will move from Greece to Poland.', '2022-02-22');
    expect(t.map((x) => `${x.from.join('+')}>${x.to.join('+')}`).sort()).toEqual(['US>EE+LT+LV', 'US>PL']);
  });

  it('keeps a force deployed by a unit in the unit’s complement', () => {
    const t = troops('The 48th Fighter Wing deployed six F-35 aircraft to Amari Air Base, Estonia, and Siauliai Air Base, Lithuania.', '2022-02-27');
    expect(t.map((x) => `${x.from.join('+')}>${x.to.join('+')}`)).toContain('US>EE+LT');
  });
});

describe('"and" before a new subject and its verb starts a clause', () => {
  it('gives the second clause its own subject', () => {
    const c = commitments('Estonia is a NATO ally and Austin reiterated the U.S. resolve to defend every inch of NATO territory.', '2022-10-18');
    expect(c.map((x) => `${x.from.join('+')}>${x.to.join('+')}`)).toEqual(['US>NATO']);
  });

  it('keeps coordinated subjects together', () => {
    const c = commitments('Italy also announced its latest tranche of military assistance, and Norway and Germany announced multiyear security assistance packages for Ukraine.', '2023-06-16');
    expect(c.map((x) => `${x.from.join('+')}>${x.to.join('+')}`)).toContain('DE+NO>UA');
  });
});

describe('thanks for an effort or for goods given to someone', () => {
  it('makes the thanked the trainers of an effort they lead', () => {
    const c = commitments('Austin thanked the Netherlands and Denmark for spearheading the effort to train Ukrainian pilots on F-16s.', '2023-06-15');
    expect(c.map((x) => `${x.from.join('+')}>${x.to.join('+')}:${x.kind}`)).toEqual(['DK+NL>UA:training']);
    expect(troops('Austin thanked the Netherlands and Denmark for spearheading the effort to train Ukrainian pilots on F-16s.', '2023-06-15')).toEqual([]);
  });

  it('sends goods to the recipient the thanks name, not to the one who thanks', () => {
    const a = arms('Austin thanked Germany for providing Leopard tanks to Ukraine.', '2023-06-15');
    expect(a.map((x) => `${x.from.join('+')}>${x.to.join('+')}`)).toEqual(['DE>UA']);
    expect(a[0]!.items.map((i) => i.name)).toEqual(['Leopard tanks']);
    expect(troops('Austin thanked Germany for providing Leopard tanks to Ukraine.', '2023-06-15')).toEqual([]);
  });
});

describe('a transcript’s first speaker label is the page’s voice', () => {
  it('makes "we" the principal’s country however often the guest’s is named', () => {
    const body = [
      'Washington, D.C. – March 6, 2023',
      'SECRETARY BLINKEN: Good afternoon, everyone. It’s a great pleasure to welcome the foreign minister of Lithuania. Lithuania is a great ally, and Lithuania leads in the region.',
      'Lithuania has resisted coercion. We strongly supported Lithuania in those efforts.',
    ].join('\n\n');
    expect(commitments(body, '2023-03-06').map((c) => `${c.from.join('+')}>${c.to.join('+')}`)).toContain('US>LT');
  });
});

describe('a US department’s page names itself in its opening', () => {
  it('speaks for the US when the guest’s country is named more', () => {
    const body = [
      'Austin Lauds Lithuania’s Defense Spending',
      'March 5, 2024 | By David Vergun , DOD News',
      'Lithuania has been a steadfast partner of Ukraine. Lithuania will grow its defense spending, and Lithuania’s forces train hard.',
      'Lithuania’s army is growing. Our commitment to Lithuania is ironclad.',
    ].join('\n\n');
    expect(commitments(body, '2024-03-05').map((c) => `${c.from.join('+')}>${c.to.join('+')}`)).toContain('US>LT');
  });
});
