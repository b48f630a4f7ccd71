import { describe, expect, it } from 'vitest';
import { commitments } from './test-support';

const to = (body: string) => commitments(body).filter((c) => c.to.includes('NATO')).map((c) => c.to);

describe('a commitment to the alliance in a bilateral setting', () => {
  it('adds the guests a minister hosts', () => {
    const body = 'Defense Secretary Pete Hegseth hosted the defence ministers of Estonia, Latvia and Lithuania at the Pentagon on Tuesday.\n\n"The United States remains fully committed to NATO," Hegseth said.';
    expect(to(body)).toEqual([['EE', 'LT', 'LV', 'NATO']]);
  });

  it('adds no country at a meeting of the alliance, nor in a story of forces arriving', () => {
    const summit = 'Defense Secretary Lloyd Austin met his counterparts from Estonia and Latvia at the NATO summit in Vilnius.\n\n"The United States remains fully committed to NATO," Austin said.';
    expect(to(summit)).toEqual([['NATO']]);
    const arrival = 'U.S. F-15 fighters arrived at Lask Air Base, Poland, on Monday.\n\n"The United States remains fully committed to NATO," the squadron commander said.';
    expect(to(arrival).every((t) => t.join() === 'NATO')).toBe(true);
  });
});
