import { describe, expect, it } from 'vitest';
import { commitments } from '../test-support';

const summary = (body: string, date?: string) => commitments(body, date).map((f) => ({ from: f.from, to: f.to, kind: f.kind }));

describe('commitments', () => {
  it('reads money committed as aid, trainees counted before their nationality, and a purpose clause as the article’s assurance', () => {
    expect(summary('The United States has committed more than $60 billion in security assistance to Ukraine since the invasion.')).toContainEqual({ from: ['US'], to: ['UA'], kind: 'aid' });
    expect(summary('France said it would train 2,000 Ukrainian soldiers this year.')).toContainEqual({ from: ['FR'], to: ['UA'], kind: 'training' });
    expect(summary('Poland hosts the unit. Sky Sabre will return to the UK, training more personnel on the system.').filter((f) => f.kind === 'training')).toEqual([]);
    expect(summary('By Jo Ray, U.S. Army\n\nElements of the 3rd Infantry Division have been ordered to deploy in order to assure our NATO allies.')).toContainEqual({ from: ['US'], to: ['NATO'], kind: 'assurance' });
  });

  it('reads "the leaders committed to …" in a bilateral text as both parties', () => {
    const body = 'The United States and Poland met. Poland hosts US troops, and the United States trains Polish pilots, the United States said. Poland thanked them. The leaders committed to ensuring continued support of Ukraine.';
    expect(summary(body).map((f) => [f.from, f.to])).toContainEqual([['PL', 'US'], ['UA']]);
  });

  it('reads assurances with the backer named after the object', () => {
    expect(summary('The minister assured the Baltic states of Germany and France\'s full support.')).toEqual([
      { from: ['DE', 'FR'], to: ['EE', 'LT', 'LV'], kind: 'assurance' },
    ]);
    expect(summary('Canada reassured Latvia of its support.')).toEqual([{ from: ['CA'], to: ['LV'], kind: 'assurance' }]);
  });

  it('reads pledges and reaffirmations', () => {
    expect(summary('The United States pledged to defend Estonia.')).toEqual([{ from: ['US'], to: ['EE'], kind: 'assurance' }]);
    expect(summary('Britain reaffirmed its commitment to the security of Poland.')).toEqual([{ from: ['GB'], to: ['PL'], kind: 'assurance' }]);
    expect(summary('Norway reassured and strengthened deterrence.')).toEqual([]);
  });

  it('reads air-defence integration', () => {
    expect(summary('Germany has offered to integrate Lithuania into its air defence umbrella.')).toEqual([
      { from: ['DE'], to: ['LT'], kind: 'air-defence' },
    ]);
    expect(summary('NATO plans to bring the Baltic states into the integrated air and missile defence system.')[0]).toMatchObject({
      from: ['NATO'], to: ['EE', 'LT', 'LV'], kind: 'air-defence',
    });
  });

  it('reads training, with the trainees or the place as recipient', () => {
    expect(summary('Britain is training Ukrainian soldiers on Challenger tanks.')).toContainEqual({ from: ['GB'], to: ['UA'], kind: 'training' });
    expect(summary('Spain is leading training missions in Latvia.')).toContainEqual({ from: ['ES'], to: ['LV'], kind: 'training' });
  });

  it('reads aid and assistance, including pronoun subjects', () => {
    expect(summary('Japan will provide humanitarian and financial aid to Ukraine.')).toContainEqual({ from: ['JP'], to: ['UA'], kind: 'aid' });
    expect(summary('The goal for the EU is to provide economic support to Moldova.')).toContainEqual({ from: ['EU'], to: ['MD'], kind: 'aid' });
    expect(summary('While Italy and Spain have said that they would not fight Russia, they are helping the Ukrainians.')).toContainEqual({
      from: ['ES', 'IT'], to: ['UA'], kind: 'aid',
    });
  });

  it('needs a named actor and ignores negation', () => {
    expect(summary('The commitment to supporting Ukraine sends a clear message.')).toEqual([]);
    expect(summary('Hungary has refused to provide military assistance to Ukraine.')).toEqual([]);
  });
});

describe('aid with money', () => {
  it('reads "provide X with … in military aid" and money without a named recipient', () => {
    expect(summary('Leaders pledged that NATO will provide Ukraine with 40 billion euros in military aid.')).toContainEqual({ from: ['NATO'], to: ['UA'], kind: 'aid' });
    expect(summary('The war in Ukraine goes on. Canada will provide 500 million dollars in military assistance.')).toContainEqual({ from: ['CA'], to: ['UA'], kind: 'aid' });
  });
});

describe('air defence moved to allies and coordinated clauses', () => {
  it('reads Patriot batteries deployed to a member as an air-defence commitment', () => {
    expect(summary('Germany and the Netherlands have deployed Patriot missile batteries to Slovakia.', '2022-04-01')).toEqual([
      { from: ['DE', 'NL'], to: ['SK'], kind: 'air-defence' },
    ]);
  });

  it('gives a subjectless clause the sentence\'s subject', () => {
    expect(summary('The war in Ukraine continues. Austria has no plans to send weapons but has provided humanitarian aid.')).toEqual([
      { from: ['AT'], to: ['UA'], kind: 'aid' },
    ]);
  });
});

describe('training recipients after the noun', () => {
  it('reads "a training mission for Ukrainian troops" as training for Ukraine', () => {
    expect(summary('Poland is hosting a training mission for Ukrainian troops.')).toContainEqual({ from: ['PL'], to: ['UA'], kind: 'training' });
  });
});
