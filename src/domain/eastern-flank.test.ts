import { describe, expect, it } from 'vitest';
import { EASTERN_FLANK, EFP_BATTLEGROUPS, isEasternFlank } from './eastern-flank';
import { isNatoMember } from './nato-membership';

describe('Eastern flank', () => {
  it('is the eight eFP host nations', () => {
    expect(EASTERN_FLANK).toEqual(['BG', 'EE', 'HU', 'LT', 'LV', 'PL', 'RO', 'SK']);
    expect(isEasternFlank('EE')).toBe(true);
    expect(isEasternFlank('DE')).toBe(false);
  });

  it('pairs every host with a framework nation that is itself a member', () => {
    for (const b of EFP_BATTLEGROUPS) expect(isNatoMember(b.framework, `${b.since}-12-31`)).toBe(true);
  });
});
