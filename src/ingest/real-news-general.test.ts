import { describe, expect, it } from 'vitest';
import { quotes, troops } from './test-support';

describe('officials named with a middle initial', () => {
  it('are the listed official, with the office held on the date', () => {
    const q = quotes('Secretary of State Antony J. Blinken said the alliance would keep helping Moldova.', '2023-03-02');
    expect(q[0]).toMatchObject({ speaker: 'Antony J. Blinken', from: ['US'] });
  });
});

describe('a speech page', () => {
  it('speaks for the country of the official whose statement it gives', () => {
    const body = 'The Foreign Secretary Liz Truss gave a short statement at a meeting with Norwegian Foreign Minister Anniken Huitfeldt.\n\nThank you, Minister Huitfeldt. Norway is a close friend and Norway has shown courage. We are sending more soldiers to Estonia.';
    expect(troops(body, '2022-04-12').map((t) => [t.from, t.to])).toEqual([[['GB'], ['EE']]]);
  });
});
