import { describe, expect, it } from 'vitest';
import { commitments } from '../test-support';

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
