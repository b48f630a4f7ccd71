import { describe, expect, it } from 'vitest';
import { arms, commitments, quotes, troops } from '../test-support';

const pairs = (fs: ReadonlyArray<{ from: string[]; to: string[] }>) => fs.map((f) => `${f.from.join('+')}>${f.to.join('+')}`).sort();

describe('security agreements signed by two leaders', () => {
  it('takes the parties from "between A and B" when the subject is two officials', () => {
    const c = commitments('Today in Kyiv, President Zelenskyy and Prime Minister Mark Rutte signed a bilateral security agreement between Ukraine and the Netherlands.', '2024-03-01');
    expect(pairs(c)).toEqual(['NL>UA']);
    expect(c[0]!.rule).toBe('commitment.pact-signed');
  });

  it('reads "agreement on security cooperation" and a subject of two named officials with their countries', () => {
    const text = 'The war in Ukraine goes on.\n\nPresident of Ukraine Volodymyr Zelenskyy and Prime Minister of Belgium Alexander De Croo today signed an agreement on security cooperation.';
    expect(pairs(commitments(text, '2024-05-28'))).toEqual(['BE>UA']);
  });

  it('names no side between two allies, and a capital in the subject is no party', () => {
    expect(commitments('The United States and Czechia today signed a security cooperation agreement.', '2023-05-03')).toEqual([]);
    expect(pairs(commitments('In Brussels, President Volodymyr Zelenskyy and Lithuanian President Gitanas Nauseda signed a security agreement.', '2024-06-27'))).toEqual(['LT>UA']);
  });

  it('keeps a denied signing out', () => {
    expect(commitments('Hungary and Ukraine have not signed a security agreement.', '2024-06-27')).toEqual([]);
  });
});

describe('aid named by a nation adjective before the noun', () => {
  const war = 'The war in Ukraine has entered its third year.\n\n';

  it('reads "Danish military support for Ukraine" and "the new Swedish support package for Ukraine" as aid', () => {
    expect(pairs(commitments(`${war}This year, Danish military support for Ukraine will amount to 1.8 billion euros.`, '2024-02-20'))).toEqual(['DK>UA']);
    expect(pairs(commitments(`${war}The new Swedish support package for Ukraine is worth 7.1 billion kronor.`, '2024-02-20'))).toEqual(['SE>UA']);
  });

  it('takes every coordinated adjective, and none that is not next to the noun', () => {
    expect(pairs(commitments(`${war}Truss spoke about UK and Polish support for Ukraine.`, '2022-04-05'))).toEqual(['GB+PL>UA']);
    expect(commitments(`${war}A German official said that support for Ukraine must go on.`, '2024-02-20')).toEqual([]);
  });
});

describe('the sides of the war', () => {
  it('never reads the aggressor as a donor to the country it attacks', () => {
    const text = 'The package of new equipment includes rocket munitions. It brings the total of U.S. aid for Ukraine since Russia’s full-scale invasion to more than $62 billion.\nAustin announced the new package during his address in California, where he underscored the imperative for the United States and its allies to continue helping Ukraine defend itself.';
    const c = commitments(text, '2024-12-07');
    expect(c.some((x) => x.from.includes('RU'))).toBe(false);
  });

});

describe('a foreign force working with the host’s own formation', () => {
  it('places the force in the host', () => {
    expect(pairs(troops('U.S. Army soldiers from V Corps joined the Estonian Defense Forces and NATO partners during the parade.', '2024-02-25'))).toEqual(['US>EE']);
    expect(pairs(troops('U.S. Low Altitude Air Defense Marines worked alongside the Finnish Coastal Jägers during the exercise.', '2024-03-10'))).toEqual(['US>FI']);
  });

  it('reads nothing from guests beside guests, from combat, or from a partner outside the alliance', () => {
    expect(troops('U.S. Army Soldiers with the 2nd Battalion joined British Soldiers with the U.K. Eagle Troop for the drill.', '2022-06-01')).toEqual([]);
    expect(troops('Austin noted that Polish soldiers fought alongside U.S. forces for years.', '2022-02-18')).toEqual([]);
    expect(troops('German paratroopers trained with the Ukrainian Armed Forces last year.', '2024-02-25')).toEqual([]);
  });
});

describe('reported speech with a time between speaker and verb', () => {
  it('reads "X today emphasized that", "X on Monday said that" and "X called on allies to" as indirect quotes', () => {
    const q = quotes('Secretary of Defense Lloyd J. Austin III today emphasized that the partnership with Slovakia matters.\n\nGerman Chancellor Olaf Scholz on Monday said that Germany would send more air defence systems.\n\nEstonian Prime Minister Kaja Kallas called on allies to spend more on defence.', '2024-03-05');
    expect(q.map((x) => `${x.speaker}:${x.from.join('+')}`).sort()).toEqual(['Kaja Kallas:EE', 'Lloyd J. Austin III:US', 'Olaf Scholz:DE']);
  });
});

describe('"we" in a quote attributed after it to an official named by surname alone', () => {
  it('is the official’s country, not the country the story opened with', () => {
    const text = 'Germany will deploy a brigade to Lithuania, Defence Minister Boris Pistorius said on Monday.\n\n"We will defend every inch of NATO territory," Biden said in Warsaw.';
    expect(pairs(commitments(text, '2023-02-21').filter((c) => c.to.includes('NATO')))).toEqual(['US>NATO']);
  });
});

describe('wire-copy phrasings of purchases and promised aid', () => {
  it('reads a decision to buy from a seller as the seller’s transfer to the buyer', () => {
    expect(pairs(arms('Poland signed a deal to buy 250 Abrams tanks from the United States.', '2022-07-12'))).toEqual(['US>PL']);
    expect(pairs(arms('Romania agreed to purchase 54 Abrams tanks from the United States.', '2023-11-01'))).toEqual(['US>RO']);
    expect(arms('Romania plans to purchase 54 Abrams tanks from the United States.', '2023-11-01')).toEqual([]);
  });

  it('reads "promised Ukraine £2.5bn in military aid" as aid', () => {
    expect(pairs(commitments('Sunak promised Ukraine £2.5bn in military aid for the coming year.', '2024-01-12'))).toEqual(['GB>UA']);
  });
});

describe('forces taking up a mission, and their owners', () => {
  it('reads taking over command, beginning duties and sailing to a place as presence', () => {
    expect(pairs(troops('Italian troops took over command of the NATO battlegroup in Bulgaria.', '2024-04-10'))).toContain('IT>BG');
    expect(pairs(troops('British troops are training in Estonia.\n\nA Spanish Air Force detachment of eight Eurofighters began air policing duties in Lithuania.', '2024-04-10'))).toEqual(['ES>LT', 'GB>EE']);
  });

  it('gives "NATO troops" to the alliance', () => {
    expect(pairs(troops('British troops are training in Estonia.\n\nMore than 100,000 NATO troops are now stationed on the alliance’s eastern flank.', '2024-04-10'))).toContain('NATO>BG+EE+HU+LT+LV+PL+RO+SK');
  });
});

describe('praise that governs an act of aid', () => {
  it('gives the act to the praised party, never to the one praising', () => {
    const war = 'The war in Ukraine goes on.\n\n';
    expect(commitments(`${war}Secretary Austin commended Deputy Prime Minister Blaszczak for the support Poland provides to Ukraine.`, '2023-01-20').some((c) => c.from.includes('US'))).toBe(false);
    expect(pairs(commitments(`${war}Austin praised Poland for providing military assistance to Ukraine.`, '2023-01-20'))).toEqual(['PL>UA']);
  });
});

describe('a story’s leading dateline', () => {
  it('places the force that opens the story, unless the sentence names another country', () => {
    expect(pairs(troops('VÕRU, Estonia – U.S. Army Soldiers with Battery A, 3rd Battalion, 321st Field Artillery Regiment, trained with Estonian allies during the exercise.', '2025-05-26'))).toEqual(['US>EE']);
    expect(troops('VÕRU, Estonia – U.S. Army Soldiers with Battery A returned to Texas after the exercise.', '2025-05-26').filter((t) => t.to.includes('EE'))).toEqual([]);
  });
});

describe('shipments between the sides of the war', () => {
  it('never reads the aggressor as the donor of arms to the country it attacks', () => {
    expect(arms('As Russia’s invasion of Ukraine enters its 16th month, Russia has sent more troops and tanks to Ukraine.', '2023-05-25').some((a) => a.from.includes('RU'))).toBe(false);
  });

  it('never arms the aggressor from the alliance, but keeps shipments to it from outside', () => {
    expect(pairs(arms('The war in Ukraine goes on. Britain sent missiles to Ukraine and Russia.', '2023-05-25'))).toEqual(['GB>UA']);
    expect(pairs(arms('The war in Ukraine goes on. North Korea has sent artillery shells to Russia.', '2023-05-25'))).toEqual(['KP>RU']);
  });
});

describe('owners and units written in news shorthand', () => {
  it('reads a list of adjectives between an owner and its support', () => {
    const text = 'The Prime Minister spoke to President Zelenskyy of Ukraine this evening.\n\nThe Prime Minister reiterated the UK’s unwavering military, economic and political support.';
    expect(pairs(commitments(text, '2022-11-10'))).toEqual(['GB>UA']);
    expect(commitments('The war in Ukraine goes on.\n\nJets arrived to enhance NATO’s collective defense posture and support the Air Policing mission.', '2022-02-10')).toEqual([]);
  });

  it('knows "12 CAB" as a unit', () => {
    expect(troops('By Sgt. Jane Doe, U.S. Army\n\nThe 12 CAB is deploying to Lithuania and Latvia to support the exercise.', '2022-03-01').map((t) => t.to.join('+'))).toEqual(['LT+LV']);
  });
});

describe('photo captions', () => {
  it('reads "on <date>, in <country>" and a place named without a preposition before the date', () => {
    expect(pairs(troops('By Sgt. Jane Doe, U.S. Army\n\nSoldiers assigned to the 2nd Brigade Combat Team, 101st Airborne Division, conduct a demonstration during Thracian Cooperation-23 on Feb. 21, 2023, in Greece.', '2023-02-21'))).toEqual(['US>GR']);
    expect(pairs(troops('U.S. Army armored reconnaissance specialists, part of 2nd Squadron, 2nd Cavalry Regiment, prepare to conduct maneuvers during Saber Strike 24, Pabrade Training Area, Lithuania, April 21, 2024.', '2024-04-22'))).toEqual(['US>LT']);
  });
});

describe('rotations', () => {
  it('gives the incoming and the outgoing unit a deployment each', () => {
    const t = troops('Mihail Kogalniceanu Air Base, Romania -- Soldiers assigned to the 1st Brigade Combat Team and the 3rd Brigade Combat Team, 101st Airborne Division, held a transfer of authority ceremony at Mihail Kogalniceanu Air Base, Romania.', '2023-11-25');
    expect(t.map((x) => `${x.from.join()}>${x.to.join()}:${x.unit}`).sort()).toEqual(['US>RO:1st Brigade Combat Team', 'US>RO:3rd Brigade Combat Team']);
  });

  it('keeps one deployment when a single unit is named with its parent formations', () => {
    const t = troops('U.S. Soldiers of the 1st Battalion, 185th Infantry Regiment, held a transfer of authority ceremony in Poland.', '2022-02-11');
    expect(t).toHaveLength(1);
  });
});

describe('contributors to an exercise told before', () => {
  it('places the named contributors in the exercise’s host, the host’s own troops excepted', () => {
    const text = 'Exercise Hedgehog 25 is Estonia’s largest annual military exercise. Ten countries participated in the exercise, including troops from the United Kingdom, France, Estonia and Canada.';
    expect(pairs(troops(text, '2025-05-26'))).toEqual(['CA+FR+GB>EE']);
  });

  it('reads nothing when no host of the exercise is told', () => {
    expect(troops('Ten countries participated in the exercise, including troops from the United Kingdom, France and Canada.', '2025-05-26')).toEqual([]);
  });
});

describe('quotation marks as copied text has them', () => {
  it('reads a quotation opened with a closing mark', () => {
    const q = quotes('”Ukraine has demonstrated the ability to use these capabilities,” said Secretary of Defense Lloyd J. Austin III.', '2022-10-04');
    expect(q.map((x) => `${x.speaker}:${x.direct}`)).toEqual(['Lloyd J. Austin III:true']);
  });
});

describe('previews of what a minister will say', () => {
  it('reads "is expected to announce", "is set to emphasise" and "will recognise that"', () => {
    const q = quotes('The defence secretary is expected to announce a new package for Ukraine.\n\nThe Foreign Secretary is set to emphasise the UK’s support for Ukraine.\n\nThe Foreign Secretary will recognise this week that the UK and Romania’s relationship is important.', '2024-01-15');
    expect(q.map((x) => `${x.rule}:${x.from.join()}`)).toEqual(['quote.preview:GB', 'quote.preview:GB', 'quote.preview:GB']);
  });
});

describe('one speaker’s reported clauses in one sentence', () => {
  it('are one quote', () => {
    const q = quotes('Prime Minister Boris Johnson spoke to President Zelenskyy this afternoon.\n\nThe Prime Minister said the world was behind Ukraine, and he believed President Zelenskyy’s military could retake territory.', '2022-07-05');
    const pm = q.filter((x) => x.from.join() === 'GB');
    expect(pm).toHaveLength(1);
    expect(pm[0]!.to).toContain('UA');
  });
});

describe('a host named as the owner of its exercise', () => {
  it('places a force taking part in “Norway’s Exercise …”', () => {
    expect(pairs(troops('U.S. Marines are scheduled to participate in Norway’s Exercise Cold Response 22.', '2022-03-10'))).toEqual(['US>NO']);
  });
});

describe('a package’s contents', () => {
  const war = 'Russia’s war against Ukraine goes on.\n\n';

  it('reads a package with what it is of and a phrase set off by commas, its owner written before the package word', () => {
    const text = `${war}Secretary of Defense Lloyd J. Austin III announced today nearly $1 billion in additional security assistance for Ukraine.\nThe $988 million package of new equipment, provisioned under the Ukraine Security Assistance Initiative, includes unmanned aerial systems and rocket munitions.`;
    expect(pairs(arms(text, '2024-12-07'))).toEqual(['US>UA']);
  });

  it('gives contents in a relative clause to whoever announced the package in the same sentence', () => {
    const text = `${war}During his address, Biden announced his approval of the latest round of military assistance, valued at $200 million, which includes air defense interceptors, artillery and ammunition.`;
    expect(pairs(arms(text, '2024-03-12'))).toEqual(['US>UA']);
  });
});

describe('a vague object whose examples follow the recipient', () => {
  const war = 'Russia’s war against Ukraine goes on.\n\n';
  it('reads the examples as the shipment, but not the examples of a pledge of commitments', () => {
    expect(pairs(arms(`${war}Germany will provide additional military capabilities to Ukraine, including one Patriot air defense battery.`, '2023-01-06'))).toEqual(['DE>UA']);
    expect(arms(`${war}The leaders unveiled a declaration pledging long-term security commitments to Ukraine, including modern military equipment.`, '2023-07-12')).toEqual([]);
  });
});

describe('names with a leading initial', () => {
  it('reads "said Col. G. Patrick Schuck" as the speaker', () => {
    const q = quotes('By Sgt. Jane Doe, U.S. Army\n\n"Saber Strike 22 is an invaluable opportunity for the brigade to train with our Allies," said Col. G. Patrick Schuck, the brigade commander.', '2022-03-01');
    expect(q.map((x) => x.speaker)).toEqual(['G. Patrick Schuck']);
  });
});

describe('a U.S. state’s Guard', () => {
  it('is a U.S. force', () => {
    expect(pairs(troops('Soldiers of the Michigan National Guard deployed to Latvia in May.', '2025-06-14'))).toEqual(['US>LV']);
  });
});

describe('forces flying to a place', () => {
  it('places bombers flying to the Baltics, and nobody flying to meet someone', () => {
    expect(pairs(troops('Two U.S. B-52 bombers flew to the Baltics on Monday.', '2023-03-06'))).toEqual(['US>EE+LT+LV']);
    expect(troops('U.S. pilots flew to meet their Polish counterparts.', '2023-03-06')).toEqual([]);
  });
});

describe('wire-copy troop moves', () => {
  it('reads a reported passive ("said that 7,000 more U.S. troops would be sent to Germany")', () => {
    const t = troops('The Pentagon said that 7,000 more U.S. troops would be sent to Germany.', '2022-03-01');
    expect(t.map((x) => `${x.from.join()}>${x.to.join()}:${x.troops}`)).toEqual(['US>DE:7000']);
  });

  it('reads a move "from" one place "to" another as a deployment to the second', () => {
    expect(pairs(troops('Some 800 U.S. soldiers are moving from Italy to Latvia.', '2022-03-01'))).toEqual(['US>LV']);
  });
});

describe('a rotation of units named with no nation', () => {
  it('gives both units to the page’s own government, in the country the sentence names', () => {
    const text = 'By Sgt. Jane Doe, U.S. Army\n\nBEMOWO PISKIE, Poland – NATO Battle Group Poland held a transfer of authority ceremony from the 3rd Battalion, 161st Infantry Regiment to the 1st Battalion, 185th Infantry Regiment on Feb. 11, 2022.';
    const t = troops(text, '2022-02-11').filter((x) => x.from.join() === 'US');
    expect(t.map((x) => x.to.join())).toEqual(['PL', 'PL']);
  });
});

describe('review of round 7: misreadings that must not come back', () => {
  it('negates a contraction ("won’t send") and keeps "won’t waver" a promise', () => {
    expect(arms('Russia’s war against Ukraine goes on. Germany won’t send Taurus missiles to Ukraine.', '2024-01-10')).toEqual([]);
    expect(pairs(commitments('Russia’s war against Ukraine goes on. Germany won’t waver in its support for Ukraine.', '2024-01-10'))).toEqual(['DE>UA']);
  });

  it('places no enemy force at an allied dateline and no exercise contributor from the other side', () => {
    expect(troops('WARSAW, Poland – Russian troops conducted large-scale drills near the border this week.', '2024-01-10')).toEqual([]);
    expect(troops('The border exercise in Lithuania ended.\n\nSoldiers from Belarus and Russia took part in the drills.', '2024-01-10')).toEqual([]);
  });

  it('reads no rotation from "replacing" what is no unit, nor a force from "3rd day" or "flew to intercept"', () => {
    expect(troops('U.S. Soldiers arrived in Poland, replacing equipment used by the 1st Armored Division.', '2024-01-10').map((t) => t.unit)).toEqual([null]);
    expect(troops('On the 3rd day of the talks, German officials worked with Lithuanian Armed Forces planners.', '2024-01-10')).toEqual([]);
    expect(troops('U.S. F-35 fighter jets flew to intercept Russian aircraft approaching Polish airspace.', '2024-01-10')).toEqual([]);
  });

  it('keeps partnerships and backers to allies and the country at war, and pledges from outside the alliance to the aggressor', () => {
    const war = 'Russia’s war against Ukraine goes on.\n\n';
    expect(commitments(`${war}Russia reaffirmed its strategic partnership with Iran.`, '2024-01-10')).toEqual([]);
    expect(commitments(`${war}Germany is one of Israel’s biggest backers.`, '2024-01-10')).toEqual([]);
    expect(pairs(commitments(`${war}North Korea pledged full support for Russia.`, '2024-01-10'))).toContain('KP>RU');
  });
});

describe('readiness to send forces', () => {
  it('is no deployment', () => {
    expect(troops('Sweden’s defence minister said Stockholm was ready to send troops to Finland if needed.', '2024-07-11')).toEqual([]);
  });
});

describe('a known formation heading its clause', () => {
  it('acts for its own country, not the story’s first one', () => {
    const text = 'Denmark sent a frigate to the Baltic Sea.\n\nThe 101st Airborne Division deployed to Romania to reassure allies and deter further Russian aggression.';
    expect(pairs(troops(text, '2022-06-30').filter((t) => t.to.includes('RO')))).toEqual(['US>RO']);
    expect(pairs(commitments(text, '2022-06-30'))).toEqual(['US>NATO']);
  });
});
