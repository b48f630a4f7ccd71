/**
 * Officials news names without always giving their office, each with the offices they held and
 * when (PETRARCH-style dated actor roles: a person's office changes). `actor` is what the office
 * speaks for (an ISO alpha-2 code, NATO or EU). Dates are YYYY-MM-DD, `to` exclusive, null = still
 * in office when this list was written (2025). Only offices relevant to this map are listed; a title
 * in the article always beats this list.
 *
 * Sources: the offices' own pages (whitehouse.gov, defense.gov, gov.uk, bundesregierung.de,
 * nato.int, europa.eu, gov.pl, president.ee/.lt/.lv, president.gov.ua, kremlin.ru) as of 2025.
 */

export interface Office {
  role: string;
  actor: string;
  from: string;
  to: string | null;
}

export interface Official {
  name: string;
  /** Other spellings ("Zelenskyy", "Nausėda"). */
  aliases: readonly string[];
  offices: readonly Office[];
}

// name | aliases (comma-separated) | role; actor; from; to (several offices separated by " / ")
const ROWS: ReadonlyArray<readonly [string, string, string]> = [
  ['Joe Biden', 'Joseph R. Biden,Joseph Biden', 'President; US; 2021-01-20; 2025-01-20'],
  ['Donald Trump', '', 'President; US; 2017-01-20; 2021-01-20 / President; US; 2025-01-20; -'],
  ['Kamala Harris', '', 'Vice President; US; 2021-01-20; 2025-01-20'],
  ['Antony Blinken', '', 'Secretary of State; US; 2021-01-26; 2025-01-20'],
  ['Marco Rubio', '', 'Secretary of State; US; 2025-01-21; -'],
  ['Lloyd Austin', 'Lloyd J. Austin III', 'Secretary of Defense; US; 2021-01-22; 2025-01-20'],
  ['Pete Hegseth', '', 'Secretary of Defense; US; 2025-01-25; -'],
  ['Jake Sullivan', '', 'National Security Adviser; US; 2021-01-20; 2025-01-20'],
  ['Jen Psaki', '', 'White House Press Secretary; US; 2021-01-20; 2022-05-13'],
  ['Karine Jean-Pierre', '', 'White House Press Secretary; US; 2022-05-13; 2025-01-20'],
  ['John Kirby', '', 'Pentagon press secretary; US; 2021-01-20; 2022-05-20 / National Security Council spokesman; US; 2022-05-20; 2025-01-20'],
  ['Ned Price', '', 'State Department spokesperson; US; 2021-01-20; 2023-03-17'],
  ['Matthew Miller', '', 'State Department spokesperson; US; 2023-05-09; 2025-01-20'],
  ['Pat Ryder', '', 'Pentagon press secretary; US; 2022-08-26; 2025-01-20'],
  ['Julianne Smith', '', 'US Ambassador to NATO; US; 2021-11-30; 2025-01-20'],
  ['Mark Milley', '', 'Chairman of the Joint Chiefs of Staff; US; 2019-10-01; 2023-09-29'],
  ['Charles Q. Brown', 'Charles Q. Brown Jr.,CQ Brown', 'Chairman of the Joint Chiefs of Staff; US; 2023-10-01; 2025-02-21'],
  ['Tod Wolters', 'Tod D. Wolters', 'Commander, U.S. European Command; US; 2019-05-03; 2022-07-01'],
  ['Christopher Cavoli', 'Christopher G. Cavoli', 'Commander, U.S. European Command; US; 2022-07-01; 2025-07-01'],
  ['Alexus Grynkewich', 'Alexus G. Grynkewich', 'Commander, U.S. European Command; US; 2025-07-01; -'],
  ['Rob Bauer', '', 'Chair of the NATO Military Committee; NATO; 2021-06-25; 2025-01-17'],
  ['Valerii Zaluzhnyi', 'Valery Zaluzhny,Valeriy Zaluzhnyi', 'Commander-in-Chief of the Armed Forces; UA; 2021-07-27; 2024-02-08'],
  ['Oleksandr Syrskyi', 'Oleksandr Syrsky', 'Commander-in-Chief of the Armed Forces; UA; 2024-02-08; -'],
  ['Laurynas Kasčiūnas', 'Laurynas Kasciunas', 'Defence Minister; LT; 2024-03-21; 2024-12-12'],
  ['Olaf Scholz', '', 'Chancellor; DE; 2021-12-08; 2025-05-06'],
  ['Friedrich Merz', '', 'Chancellor; DE; 2025-05-06; -'],
  ['Annalena Baerbock', '', 'Foreign Minister; DE; 2021-12-08; 2025-05-06'],
  ['Johann Wadephul', '', 'Foreign Minister; DE; 2025-05-06; -'],
  ['Christine Lambrecht', '', 'Defence Minister; DE; 2021-12-08; 2023-01-19'],
  ['Boris Pistorius', '', 'Defence Minister; DE; 2023-01-19; -'],
  ['Emmanuel Macron', '', 'President; FR; 2017-05-14; -'],
  ['Sébastien Lecornu', 'Sebastien Lecornu', 'Armed Forces Minister; FR; 2022-05-20; 2025-09-09 / Prime Minister; FR; 2025-09-09; -'],
  ['Boris Johnson', '', 'Prime Minister; GB; 2019-07-24; 2022-09-06'],
  ['Liz Truss', '', 'Foreign Secretary; GB; 2021-09-15; 2022-09-06 / Prime Minister; GB; 2022-09-06; 2022-10-25'],
  ['Rishi Sunak', '', 'Prime Minister; GB; 2022-10-25; 2024-07-05'],
  ['Keir Starmer', '', 'Prime Minister; GB; 2024-07-05; -'],
  ['Ben Wallace', '', 'Defence Secretary; GB; 2019-07-24; 2023-08-31'],
  ['Grant Shapps', '', 'Defence Secretary; GB; 2023-08-31; 2024-07-05'],
  ['John Healey', '', 'Defence Secretary; GB; 2024-07-05; -'],
  ['James Cleverly', '', 'Foreign Secretary; GB; 2022-09-06; 2023-11-13'],
  ['David Cameron', '', 'Foreign Secretary; GB; 2023-11-13; 2024-07-05'],
  ['David Lammy', '', 'Foreign Secretary; GB; 2024-07-05; 2025-09-05'],
  ['Jens Stoltenberg', '', 'NATO Secretary General; NATO; 2014-10-01; 2024-10-01'],
  ['Mark Rutte', '', 'Prime Minister; NL; 2010-10-14; 2024-07-02 / NATO Secretary General; NATO; 2024-10-01; -'],
  ['Dick Schoof', '', 'Prime Minister; NL; 2024-07-02; -'],
  ['Andrzej Duda', '', 'President; PL; 2015-08-06; 2025-08-06'],
  ['Karol Nawrocki', '', 'President; PL; 2025-08-06; -'],
  ['Mateusz Morawiecki', '', 'Prime Minister; PL; 2017-12-11; 2023-12-13'],
  ['Donald Tusk', '', 'Prime Minister; PL; 2023-12-13; -'],
  ['Mariusz Błaszczak', 'Mariusz Blaszczak', 'Defence Minister; PL; 2018-01-09; 2023-11-27'],
  ['Władysław Kosiniak-Kamysz', 'Wladyslaw Kosiniak-Kamysz', 'Defence Minister; PL; 2023-12-13; -'],
  ['Radosław Sikorski', 'Radoslaw Sikorski', 'Foreign Minister; PL; 2023-12-13; -'],
  ['Kaja Kallas', '', 'Prime Minister; EE; 2021-01-26; 2024-07-23 / EU foreign policy chief; EU; 2024-12-01; -'],
  ['Kristen Michal', '', 'Prime Minister; EE; 2024-07-23; -'],
  ['Hanno Pevkur', '', 'Defence Minister; EE; 2022-07-18; -'],
  ['Alar Karis', '', 'President; EE; 2021-10-11; -'],
  ['Gitanas Nausėda', 'Gitanas Nauseda', 'President; LT; 2019-07-12; -'],
  ['Gabrielius Landsbergis', '', 'Foreign Minister; LT; 2020-12-11; 2024-12-12'],
  ['Arvydas Anušauskas', 'Arvydas Anusauskas', 'Defence Minister; LT; 2020-12-11; 2024-03-31'],
  ['Krišjānis Kariņš', 'Krisjanis Karins', 'Prime Minister; LV; 2019-01-23; 2023-09-15 / Foreign Minister; LV; 2023-09-15; 2024-03-31'],
  ['Edgars Rinkēvičs', 'Edgars Rinkevics', 'Foreign Minister; LV; 2011-10-25; 2023-07-08 / President; LV; 2023-07-08; -'],
  ['Evika Siliņa', 'Evika Silina', 'Prime Minister; LV; 2023-09-15; -'],
  ['Volodymyr Zelensky', 'Volodymyr Zelenskyy,Volodymyr Zelenskiy', 'President; UA; 2019-05-20; -'],
  ['Dmytro Kuleba', '', 'Foreign Minister; UA; 2020-03-04; 2024-09-05'],
  ['Andrii Sybiha', 'Andriy Sybiha', 'Foreign Minister; UA; 2024-09-05; -'],
  ['Oleksii Reznikov', 'Oleksiy Reznikov', 'Defence Minister; UA; 2021-11-04; 2023-09-05'],
  ['Rustem Umerov', '', 'Defence Minister; UA; 2023-09-06; 2025-07-17'],
  ['Andriy Yermak', 'Andrii Yermak', 'Head of the Office of the President; UA; 2020-02-11; 2025-11-28'],
  ['Denys Shmyhal', '', 'Prime Minister; UA; 2020-03-04; 2025-07-17'],
  ['Vladimir Putin', '', 'President; RU; 2012-05-07; -'],
  ['Sergei Lavrov', 'Sergey Lavrov', 'Foreign Minister; RU; 2004-03-09; -'],
  ['Dmitry Peskov', '', 'Kremlin spokesman; RU; 2012-05-22; -'],
  ['Sergei Shoigu', '', 'Defence Minister; RU; 2012-11-06; 2024-05-12'],
  ['Andrei Belousov', '', 'Defence Minister; RU; 2024-05-14; -'],
  ['Maria Zakharova', '', 'Foreign Ministry spokeswoman; RU; 2015-08-10; -'],
  ['Dmitry Medvedev', '', 'Deputy Chairman of the Security Council; RU; 2020-01-16; -'],
  ['Alexander Lukashenko', '', 'President; BY; 1994-07-20; -'],
  ['Ursula von der Leyen', '', 'European Commission President; EU; 2019-12-01; -'],
  ['Josep Borrell', '', 'EU foreign policy chief; EU; 2019-12-01; 2024-12-01'],
  ['Charles Michel', '', 'European Council President; EU; 2019-12-01; 2024-12-01'],
  ['António Costa', 'Antonio Costa', 'European Council President; EU; 2024-12-01; -'],
  ['Justin Trudeau', '', 'Prime Minister; CA; 2015-11-04; 2025-03-14'],
  ['Mark Carney', '', 'Prime Minister; CA; 2025-03-14; -'],
  ['Anita Anand', '', 'Defence Minister; CA; 2021-10-26; 2023-07-26'],
  ['Bill Blair', '', 'Defence Minister; CA; 2023-07-26; 2025-05-13'],
  ['Giorgia Meloni', '', 'Prime Minister; IT; 2022-10-22; -'],
  ['Mario Draghi', '', 'Prime Minister; IT; 2021-02-13; 2022-10-22'],
  ['Guido Crosetto', '', 'Defence Minister; IT; 2022-10-22; -'],
  ['Pedro Sánchez', 'Pedro Sanchez', 'Prime Minister; ES; 2018-06-02; -'],
  ['Margarita Robles', '', 'Defence Minister; ES; 2018-06-07; -'],
  ['Mette Frederiksen', '', 'Prime Minister; DK; 2019-06-27; -'],
  ['Troels Lund Poulsen', '', 'Defence Minister; DK; 2022-12-15; -'],
  ['Jonas Gahr Støre', 'Jonas Gahr Store', 'Prime Minister; NO; 2021-10-14; -'],
  ['Ulf Kristersson', '', 'Prime Minister; SE; 2022-10-18; -'],
  ['Magdalena Andersson', '', 'Prime Minister; SE; 2021-11-30; 2022-10-18'],
  ['Pål Jonson', 'Pal Jonson', 'Defence Minister; SE; 2022-10-18; -'],
  ['Tobias Billström', 'Tobias Billstrom', 'Foreign Minister; SE; 2022-10-18; 2024-09-10'],
  ['Sauli Niinistö', 'Sauli Niinisto', 'President; FI; 2012-03-01; 2024-03-01'],
  ['Alexander Stubb', '', 'President; FI; 2024-03-01; -'],
  ['Sanna Marin', '', 'Prime Minister; FI; 2019-12-10; 2023-06-20'],
  ['Petteri Orpo', '', 'Prime Minister; FI; 2023-06-20; -'],
  ['Pekka Haavisto', '', 'Foreign Minister; FI; 2019-06-06; 2023-06-20'],
  ['Antti Kaikkonen', '', 'Defence Minister; FI; 2019-12-10; 2023-06-20'],
  ['Antti Häkkänen', 'Antti Hakkanen', 'Defence Minister; FI; 2023-06-20; -'],
  ['Petr Fiala', '', 'Prime Minister; CZ; 2021-11-28; 2025-12-09'],
  ['Petr Pavel', '', 'President; CZ; 2023-03-09; -'],
  ['Klaus Iohannis', '', 'President; RO; 2014-12-21; 2025-02-12'],
  ['Nicușor Dan', 'Nicusor Dan', 'President; RO; 2025-05-26; -'],
  ['Viktor Orbán', 'Viktor Orban', 'Prime Minister; HU; 2010-05-29; -'],
  ['Recep Tayyip Erdoğan', 'Recep Tayyip Erdogan', 'President; TR; 2014-08-28; -'],
  ['Robert Fico', '', 'Prime Minister; SK; 2023-10-25; -'],
  ['Eduard Heger', '', 'Prime Minister; SK; 2021-04-01; 2023-05-15'],
  ['Zuzana Čaputová', 'Zuzana Caputova', 'President; SK; 2019-06-15; 2024-06-15'],
  ['Alexander De Croo', '', 'Prime Minister; BE; 2020-10-01; 2025-02-03'],
  ['Karl Nehammer', '', 'Chancellor; AT; 2021-12-06; 2025-03-03'],
  ['Fumio Kishida', '', 'Prime Minister; JP; 2021-10-04; 2024-10-01'],
  ['Anthony Albanese', '', 'Prime Minister; AU; 2022-05-23; -'],
  ['Xi Jinping', '', 'President; CN; 2013-03-14; -'],
];

export const OFFICIALS: readonly Official[] = ROWS.map(([name, aliases, offices]) => ({
  name,
  aliases: aliases.split(',').map((a) => a.trim()).filter(Boolean),
  offices: offices.split(' / ').map((o) => {
    const [role, actor, from, to] = o.split(';').map((x) => x.trim()) as [string, string, string, string];
    return { role, actor, from, to: to === '-' ? null : to };
  }),
}));

/** The office `official` held on `date`; else the one nearest in time (news names people just before or after). */
export function officeOn(official: Official, date: string): Office | null {
  const held = official.offices.find((o) => o.from <= date && (o.to === null || date < o.to));
  if (held) return held;
  let best: Office | null = null;
  let gap = Infinity;
  for (const o of official.offices) {
    const d = Math.min(Math.abs(days(o.from) - days(date)), o.to === null ? Infinity : Math.abs(days(o.to) - days(date)));
    if (d < gap) [best, gap] = [o, d];
  }
  return best;
}

function days(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
}
