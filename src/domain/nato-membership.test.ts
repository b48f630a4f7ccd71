import { describe, expect, it } from 'vitest';
import { isAlliedHost, isNatoMember, natoMembersOn, NATO_ACCESSION } from './nato-membership';

describe('NATO membership', () => {
  it('lists 32 members with accession dates', () => {
    expect(Object.keys(NATO_ACCESSION)).toHaveLength(32);
  });

  it('had 30 members on 2022-03-06', () => {
    const members = natoMembersOn('2022-03-06');
    expect(members).toHaveLength(30);
    expect(members).not.toContain('FI');
    expect(members).not.toContain('SE');
  });

  it('counts a member from its accession day on', () => {
    expect(isNatoMember('FI', '2023-04-03')).toBe(false);
    expect(isNatoMember('FI', '2023-04-04')).toBe(true);
    expect(isNatoMember('SE', '2024-03-07')).toBe(true);
    expect(isNatoMember('SE', '2024-03-06')).toBe(false);
    expect(isNatoMember('PL', '1999-03-11')).toBe(false);
  });

  it('knows non-members', () => {
    expect(isNatoMember('UA', '2024-01-01')).toBe(false);
    expect(isNatoMember('AT', '2024-01-01')).toBe(false);
  });
});

describe('isAlliedHost', () => {
  it('is a member, or Finland and Sweden from their application on 18 May 2022', () => {
    expect(isAlliedHost('PL', '2020-01-01')).toBe(true);
    expect(isAlliedHost('SE', '2022-05-17')).toBe(false);
    expect(isAlliedHost('SE', '2022-05-18')).toBe(true);
    expect(isAlliedHost('UA', '2024-01-01')).toBe(false);
  });
});
