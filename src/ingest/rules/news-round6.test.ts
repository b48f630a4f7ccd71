import { describe, expect, it } from 'vitest';
import { arms, commitments, quotes, troops } from '../test-support';

const pairs = (fs: ReadonlyArray<{ from: string[]; to: string[] }>) => fs.map((f) => `${f.from.join('+')}>${f.to.join('+')}`).sort();

describe('arms recipients read from the paragraph', () => {
  it('never takes the side waging the war from a neighbouring sentence', () => {
    const text = 'The war in Ukraine has entered its third year.\n\nEconomic pressure on Moscow has grown since the latest sanctions. Artillery shells are being sent by Britain and Germany.';
    expect(pairs(arms(text))).toEqual(['DE+GB>UA']);
  });

  it('still names Russia when the sentence itself does', () => {
    expect(pairs(arms('The war in Ukraine goes on. North Korea has sent artillery shells to Russia.'))).toEqual(['KP>RU']);
  });
});

describe('readouts of a government about its own leader', () => {
  const said = (fs: ReturnType<typeof quotes>) => fs.map((q) => `${q.speaker}:${q.from.join('+')}`).sort();

  it('reads "he" as the subject of the sentence before, not the guest named last', () => {
    const q = quotes('The Prime Minister met Polish President Andrzej Duda in Warsaw today.\n\nHe outlined the work the UK is doing to provide the military equipment Ukraine needed.', '2022-02-10');
    expect(said(q)).toEqual(['Prime Minister:GB']);
  });

  it('keeps a bare capitalised office with the home government when a foreign holder of it is named', () => {
    const q = quotes('Prime Minister Boris Johnson welcomed Prime Minister Kaja Kallas of Estonia to Downing Street.\n\nThe Prime Minister said that Estonia could depend on the UK to support it.', '2022-06-06');
    expect(said(q)).toEqual(['Boris Johnson:GB']);
  });

  it('reads "began by reiterating" and "The PM ended by reaffirming" as reported speech', () => {
    const q = quotes('The Prime Minister spoke to Ukrainian President Volodymyr Zelenskyy this morning.\n\nThe Prime Minister began by reiterating the UK’s solidarity with Ukraine.\n\nThe PM ended by reaffirming the UK’s unwavering support for the people of Ukraine.', '2024-11-28');
    expect(said(q)).toEqual(['Prime Minister:GB', 'Prime Minister:GB']);
    expect(q.every((x) => x.to.join() === 'UA')).toBe(true);
  });

  it('reads "pledged" with a noun phrase as speech, and "pledged to" as no quote', () => {
    expect(said(quotes('The Prime Minister spoke to President Zelenskyy.\n\nThe Prime Minister pledged the UK’s steadfast support for Ukraine.', '2023-09-07'))).toEqual(['Prime Minister:GB']);
    expect(quotes('The Defence Secretary John Healey has pledged to step up the UK’s support for Ukraine.', '2024-07-07')).toEqual([]);
  });

  it('takes arms in a readout that names Ukraine without a war cue to Ukraine', () => {
    const text = 'The Prime Minister spoke with Ukrainian President Zelenskyy this evening.\n\nThe Prime Minister committed to further tighten these sanctions in order to impose the maximum economic cost on Russia. He outlined the work the UK is doing to provide the military equipment Ukraine needed to defend itself.';
    expect(pairs(arms(text, '2022-03-09'))).toEqual(['GB>UA']);
  });
});

describe('forces placed by their noun phrase', () => {
  it('reads "N U.S. troops in X" as a presence whatever the verb, and "hosts … U.S. troops" past the abbreviation', () => {
    expect(pairs(troops('Austin visited some of the 600 U.S. troops in Latvia.'))).toEqual(['US>LV']);
    expect(pairs(troops('He met with 1st Infantry Division troops at Lielvarde Air Base, Latvia.'))).toEqual(['US>LV']);
    expect(pairs(troops('The minister thanked the British soldiers in Estonia.'))).toEqual(['GB>EE']);
    const hosted = troops('Poland regularly hosts more than 4,000 enduring, rotational U.S. military personnel.');
    expect(hosted.map((f) => ({ pair: `${f.from.join('+')}>${f.to.join('+')}`, troops: f.troops }))).toEqual([{ pair: 'US>PL', troops: 4000 }]);
  });

  it('reads no presence for forces trained, trained with, withdrawn or attacked there', () => {
    expect(troops('Norwegian instructors are training Ukrainian soldiers in Britain.')).toEqual([]);
    expect(troops('He asked about more training with Latvian troops and other NATO forces in the nation.')).toEqual([]);
    expect(troops('The president ordered the withdrawal of 12,000 U.S. troops in Germany.')).toEqual([]);
    expect(troops('Trump announced a reduction of 9,500 troops in Germany.')).toEqual([]);
    expect(troops('Ukraine launched drone attacks on Russian troops in Crimea.')).toEqual([]);
  });
});

describe('one route, several forces', () => {
  it('keeps deployments with different counts apart, and a mention without a count with the count before it', () => {
    const t = troops('Poland regularly hosts more than 4,000 enduring, rotational U.S. military personnel. We appreciate Poland for hosting an additional 4,700 U.S. soldiers. The U.S. troops in Poland train daily.');
    expect(t.map((f) => `${f.from.join('+')}>${f.to.join('+')}:${f.troops}:${f.evidence.length}`).sort()).toEqual(['US>PL:4000:1', 'US>PL:4700:2']);
  });

  it('reads a base named with its facility as a place after "at", and leaves the host’s own forces at home', () => {
    expect(pairs(troops('Austin saw U.S. and Polish troops working together at Powidz Air Base.', '2022-02-10'))).toEqual(['US>PL']);
  });
});

describe('commitments in readouts and releases', () => {
  const kinds = (fs: ReturnType<typeof commitments>) => fs.map((f) => `${f.from.join('+')}>${f.to.join('+')}:${f.kind}`).sort();

  it('ends a pledged support at a second verb, and deploys nobody there', () => {
    const text = 'The Prime Minister spoke to President Zelenskyy of Ukraine this evening.\n\nThe Prime Minister pledged the UK’s steadfast support and commended Ukraine’s armed forces for their progress.';
    expect(kinds(commitments(text, '2023-09-07'))).toEqual(['GB>UA:aid']);
    expect(troops(text, '2023-09-07')).toEqual([]);
  });

  it('reads talk about support as no commitment, unless the talk reaffirms it', () => {
    expect(commitments('They discussed the importance of increasing pressure on Putin through continued support for Ukraine.', '2024-12-17')).toEqual([]);
    expect(commitments('The Secretary emphasized the need for NATO Allies to continue to work together to support Ukraine.', '2022-03-01')).toEqual([]);
    expect(kinds(commitments('U.S. Secretary of State Antony Blinken and Romanian Prime Minister Marcel Ciolacu reaffirmed the importance of supporting Ukraine against Russian aggression.', '2023-11-01'))).toEqual(['RO+US>UA:aid']);
  });

  it('gives a commitment to allies that names none of them to NATO', () => {
    const text = 'The deployment is part of Bomber Task Force 24-4, a U.S. Air Force initiative to demonstrate the U.S.’s commitment to its allies and to the collective defense of Europe.';
    expect(kinds(commitments(text, '2024-07-23'))).toEqual(['US>NATO:assurance']);
  });

  it('gives "its commitment" to the owner named last before it, and no aid for backing a decision', () => {
    const text = 'The brigade moved 400 personnel to Poland from Greece and Germany to support the United States’ decision to increase its presence in Poland as part of its strong commitment to our NATO allies.';
    expect(kinds(commitments(text, '2022-02-26'))).toEqual(['US>NATO:assurance']);
  });
});

describe('military ranks in attributions', () => {
  const said = (fs: ReturnType<typeof quotes>) => fs.map((q) => `${q.speaker}:${q.from.join('+')}`).sort();

  it('reads a service and rank before the name, abbreviated or with an ordinal, and does not end the sentence at "Spc."', () => {
    const text = '“It was a great experience,” said U.S. Army Spc. Nicolas Johnson, a HIMARS crew member.\n\n“The fog was thick,” said British Army Lt. Rob Coombs.\n\n“It is a great day,” said Sgt. 1st Class Maria Lopez.';
    expect(said(quotes(text, '2024-03-01'))).toEqual(['Maria Lopez:US', 'Nicolas Johnson:US', 'Rob Coombs:GB']);
  });

  it('lets the fuller rank name the country of an officer first read with a bare one', () => {
    const text = 'U.S. Army National Guard Lt. Col. Craig Broyles, the outgoing commander, spoke in Poland.\n\n“This has been the greatest experience,” said Broyles.';
    expect(said(quotes(text, '2022-02-11'))).toEqual(['Craig Broyles:US']);
  });
});

describe('bomber task forces and applicants', () => {
  it('places bombers from a home base named after their service, and counts Finland and Sweden as hosts once they applied', () => {
    const text = 'The U.S. Air Force announced the move.\n\nTwo B-52H Stratofortress from Barksdale Air Force Base, La., have been stationed at Mihail Kogălniceanu Air Base in Romania.\n\nTwo Air Force B-1B Lancer supersonic strategic bombers from the 7th Bomb Wing, Dyess Air Force Base, Texas, landed at Luleå Kallax Airbase, Sweden for the first time.';
    expect(pairs(troops(text, '2023-06-19'))).toEqual(['US>RO', 'US>SE']);
    expect(troops('U.S. bombers landed in Sweden on Monday.', '2021-06-19')).toEqual([]);
  });
});

describe('rotations in Army news', () => {
  it('places a transfer of authority where the sentence says, and reads "3ABCT" as a unit', () => {
    const text = 'DRAWSKO-POMORSKIE, Poland - The 3rd Armored Brigade Combat Team, 1st Cavalry Division transferred authority of U.S. Army operations to the 2nd Armored Brigade Combat Team, 1st Cavalry Division, during a ceremony at Drawsko-Pomorskie Training Area, Poland, Feb. 4, 2023.\n\nOver the past seven months, 3ABCT participated in multi-national training exercises in Poland, Latvia and Lithuania.';
    // The outgoing 3rd and the incoming 2nd Armored Brigade Combat Team: one deployment each (round 7).
    expect(pairs(troops(text, '2023-02-04'))).toEqual(['US>LT+LV+PL', 'US>PL', 'US>PL']);
  });

  it('does not make the dateline a host when the sentence names another place', () => {
    const text = 'WIESBADEN, Germany — Today, the airborne portion of exercise Swift Response begins with a parachute jump in Skillingaryd, Sweden, which will include approximately 800 paratroopers from the United States, Spain, Hungary and Italy.';
    expect(troops(text, '2024-05-06').every((f) => f.to.join() === 'SE')).toBe(true);
    expect(troops(text, '2024-05-06').length).toBeGreaterThan(0);
  });
});

describe('wire copy', () => {
  const said = (fs: ReturnType<typeof quotes>) => fs.map((q) => `${q.speaker}:${q.from.join('+')}>${q.to.join('+')}`).sort();

  it('reads "No Leopard tanks will be given …" as no shipment', () => {
    expect(arms('No Leopard tanks will be given to Ukraine by Germany at this time, U.S. officials said.', '2023-01-20')).toEqual([]);
  });

  it('reads "denied", "is urging" and a trailing "according to <rank> <name>" as reported speech', () => {
    const text = 'Austin denied there is a link between Germany not sending its tanks and the U.S. decision.\n\nU.S. Army Sergeant Chase Williams is urging a team of soldiers to move faster.\n\nThe brigade is now larger than ever, according to U.S. Army Colonel Ed Matthaidess, the brigade commander.';
    expect(said(quotes(text, '2023-01-20'))).toEqual(['Austin:US>DE', 'Chase Williams:US>', 'Ed Matthaidess:US>']);
  });

  it('reads "the NATO chief said" as the secretary general, and "made direct pleas for" as reported speech', () => {
    const text = 'NATO Secretary-General Jens Stoltenberg spoke on Sunday.\n\nAllies must keep supplying ammunition, the NATO chief said.\n\nUkrainian President Volodymyr Zelenskyy made direct pleas for tanks.';
    expect(said(quotes(text, '2023-01-20'))).toEqual(['Jens Stoltenberg:NATO>', 'Volodymyr Zelenskyy:UA>']);
  });

  it('places NATO’s own response force testing its strength somewhere', () => {
    expect(pairs(troops('NATO’s newest rapid-response force is testing its strength in Romania.', '2025-02-10'))).toEqual(['NATO>RO']);
  });
});

describe('a place fronting the clause', () => {
  it('places a force with its own country after "In <place>,", but not one leaving', () => {
    const text = 'In Pahkajarvi, Finland, U.S. Low Altitude Air Defense (LAAD) Marines worked alongside the Finnish Coastal Jäger Battalion.\n\nIn Romania, U.S. troop numbers have tripled from approximately 1,000 to about 3,000.\n\nIn Estonia, British soldiers withdrew.';
    expect(pairs(troops(text, '2024-11-28'))).toEqual(['US>FI', 'US>RO']);
  });

  it('finds the host of an exercise taken part in past "alongside"', () => {
    expect(pairs(troops('U.S. Marines and Sailors with Marine Rotational Force-Europe (MRF-E) participated in exercise Freezing Winds 24, alongside the Finnish Defense Forces (FDF) in Finland, Nov. 23-28, 2024.', '2024-11-28'))).toEqual(['US>FI']);
  });
});

describe('GOV.UK readouts', () => {
  const said = (fs: ReturnType<typeof quotes>) => fs.map((q) => `${q.speaker}:${q.from.join('+')}`).sort();

  it('does not give a title that goes on to a name to the words before its comma', () => {
    const text = 'Foreign Secretary Liz Truss and Lithuanian Foreign Minister Gabrielius Landsbergis signed a Joint Declaration.\n\nSpeaking at the signing of the Joint Declaration, Foreign Secretary Liz Truss said the UK stands with Lithuania.';
    expect(said(quotes(text, '2022-05-24'))).toEqual(['Liz Truss:GB']);
  });

  it('reads "updated on" and "set out" as reporting, and ends a report at ", and the <Name>"', () => {
    const text = 'The Prime Minister spoke to President Zelenskyy this afternoon.\n\nPresident Zelenskyy updated on Ukraine’s counter-offensive and ongoing military requirements, and the Prime Minister pledged the UK’s steadfast support.\n\nThe Prime Minister set out the UK’s plans for further humanitarian support.';
    const q = quotes(text, '2023-09-07');
    expect(said(q)).toEqual(['Prime Minister:GB', 'Prime Minister:GB', 'Zelenskyy:UA']);
    expect(q.find((x) => x.speaker === 'Zelenskyy')!.to).toEqual([]);
  });
});

describe('support given in goods, and partners fronted', () => {
  it('reads "supported Ukraine with weapons" as arms and support, with the fronted partner acting too', () => {
    const text = 'Together with the United Kingdom, Poland has supported Ukraine with weapons.';
    expect(pairs(arms(text, '2022-04-05'))).toEqual(['GB+PL>UA']);
    expect(pairs(commitments(text, '2022-04-05'))).toEqual(['GB+PL>UA']);
    expect(arms('Germany helped Ukraine with training and €10 million.', '2022-04-05')).toEqual([]);
  });

  it('names no speaker after a summary line’s subject noun ("Visit will also reiterate …")', () => {
    expect(quotes('Visit will also reiterate collective support for Ukraine.', '2023-11-01')).toEqual([]);
  });
});

describe('self-directed readings', () => {
  it('never ships arms from a country to itself, but keeps a group that includes the sender', () => {
    expect(pairs(arms('Ukraine’s long-term bridge to membership in NATO will be an important focus, and Ukraine will receive F-16s from Denmark.', '2024-07-01'))).toEqual(['DK>UA']);
  });

  it('sends forces reinforcing the flank to the flank, never to a country of the sentence before', () => {
    const text = 'Ukraine will receive F-16s from Denmark.\n\nPoland will deploy 5,000 soldiers to reinforce NATO’s eastern flank.';
    expect(pairs(troops(text, '2024-07-01'))).toEqual(['PL>BG+EE+HU+LT+LV+RO+SK']);
  });
});

describe('news probes, round 6', () => {
  it('reads money committed in a named currency, an assurance to a person, and an approved sale', () => {
    expect(pairs(commitments('Norway has committed 10 billion kroner to Ukraine’s defence.', '2024-06-01'))).toEqual(['NO>UA']);
    expect(pairs(commitments('Biden assured Zelensky of continued U.S. support.', '2024-06-01'))).toEqual(['US>UA']);
    expect(pairs(arms('Washington approved the sale of 96 Apache helicopters to Poland.', '2024-06-01'))).toEqual(['US>PL']);
  });
});

describe('troop probes, round 6', () => {
  it('reads "are now stationed", policing an ally’s airspace, and a contingent’s own nation', () => {
    expect(pairs(troops('More than 10,000 U.S. troops are now stationed in Poland.', '2022-03-01'))).toEqual(['US>PL']);
    expect(pairs(troops('Spanish fighter jets are policing Bulgarian airspace.', '2022-03-01'))).toEqual(['ES>BG']);
    expect(pairs(troops('The U.S. said so. A contingent of 150 Portuguese soldiers arrived in Romania on Tuesday.', '2022-03-01'))).toEqual(['PT>RO']);
  });

  it('reads troops put on alert as no deployment, and "to help police the skies" as no aid', () => {
    expect(troops('The Pentagon ordered 8,500 troops on heightened alert for possible deployment to Europe.', '2022-01-24')).toEqual([]);
    expect(commitments('Italy sent four Eurofighters to Romania to help police the skies.', '2022-03-01')).toEqual([]);
  });
});

describe('national-paper probes, round 6', () => {
  const said = (fs: ReturnType<typeof quotes>) => fs.map((q) => `${q.speaker}:${q.from.join('+')}`).sort();

  it('reads "According to <nation> defence minister <name>," and gives an unowned ministry closing the sentence its subject’s country', () => {
    expect(said(quotes('According to Dutch defence minister Kajsa Ollongren, the F-16s will be delivered this year.', '2023-06-01'))).toEqual(['Kajsa Ollongren:NL']);
    expect(said(quotes('Denmark said more. Sweden is donating Archer artillery systems, the government announced.', '2023-06-01'))).toEqual(['government:SE']);
  });

  it('reads "Ukraine will get F-16s from Denmark and the Netherlands" as a transfer', () => {
    expect(pairs(arms('Ukraine will get F-16s from Denmark and the Netherlands.', '2023-06-01'))).toEqual(['DK+NL>UA']);
  });
});

describe('after dev15 (tuned on)', () => {
  const said = (fs: ReturnType<typeof quotes>) => fs.map((q) => `${q.speaker}:${q.from.join('+')}`).sort();

  it('reads a release previewing what a titled, named minister will say, and "affirmed" / "informed" as reporting', () => {
    expect(said(quotes('Defence Secretary Grant Shapps will today confirm the UK’s leadership of the coalition.', '2023-12-19'))).toEqual(['Grant Shapps:GB']);
    expect(quotes('Prime Minister Rishi Sunak affirmed the UK’s steadfast support to Ukraine.', '2023-12-19').length).toBe(1);
  });

  it('gives a transfer thanked for to the one thanked ("gratitude to the Dutch government for the decision to transfer …")', () => {
    expect(pairs(arms('The Head of State expressed gratitude to the Dutch government for the important decision to transfer F-16 jets to Ukraine.', '2024-03-20'))).toEqual(['NL>UA']);
  });

  it('reads a package’s contents in a relative clause as the last giver’s, not the main clause’s subject', () => {
    const text = 'Latvia has provided more military aid to Ukraine. Kyiv welcomed the recent decision on the next package, which includes rounds, mortars, and other military equipment.';
    expect(pairs(arms(text, '2024-01-11'))).toEqual(['LV>UA']);
  });

  it('reads a national service the goods come "from" as their giver', () => {
    expect(pairs(arms('Two Royal Navy minehunter ships are being transferred from the Royal Navy to Ukraine.', '2023-12-19'))).toEqual(['GB>UA']);
  });
});

describe('after dev14 (tuned on)', () => {
  it('reads a host of "a presence of U.S. and NATO forces", "our countries" as both parties, and "stand resolutely with"', () => {
    expect(pairs(troops('In the wake of the Russian invasion, Romania stepped forward to host an increased presence of U.S. and NATO forces on its territory.', '2023-03-14'))).toContain('NATO+US>RO');
    expect(pairs(commitments('Slovakia and the United States stand resolutely with Ukraine and its people.', '2022-10-14'))).toEqual(['SK+US>UA']);
  });
});

describe('training together and refugees', () => {
  it('reads "train shoulder to shoulder with our Polish Allies" (a capitalised "Allies" after the adjective)', () => {
    expect(pairs(commitments('U.S. soldiers will train shoulder to shoulder with our Polish Allies.', '2023-05-01'))).toEqual(['US>PL']);
  });

  it('reads a country welcoming a war’s refugees as aid to the country at war', () => {
    expect(pairs(commitments('Russia’s war against Ukraine goes on. Romania’s welcoming of nearly 700,000 refugees from Ukraine was praised.', '2022-06-01'))).toEqual(['RO>UA']);
  });
});
