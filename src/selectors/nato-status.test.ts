import { describe, expect, it } from 'vitest';
import { natoStatus } from './nato-status.ts';

describe('natoStatus', () => {
  const both = ['2022-03-06', '2024-03-24'];
  it('tells members, non-members and members that joined in between apart', () => {
    expect(natoStatus('EE', both)).toBe('NATO member in 2022 and 2024 (since 2004).');
    expect(natoStatus('UA', both)).toBe('Not a NATO member.');
    expect(natoStatus('FI', both)).toBe('Joined NATO on 2023-04-04: a member in 2024, not yet in 2022.');
    expect(natoStatus('SE', ['2022-03-06'])).toBe('Not a NATO member in 2022 (joined 2024-03-07).');
  });
});
