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

describe('natoStatus years', () => {
  it('reads a run of years as a range, not "2022 and 2023 and 2024 and 2025"', () => {
    const run = ['2022-12-01', '2023-12-01', '2024-12-01', '2025-06-01'];
    expect(natoStatus('EE', run)).toBe('NATO member in 2022–2025 (since 2004).');
    expect(natoStatus('FI', run)).toBe('Joined NATO on 2023-04-04: a member in 2023–2025, not yet in 2022.');
    expect(natoStatus('UA', ['2019-01-01'])).toBe('Not a NATO member.');
    expect(natoStatus('SE', ['2019-05-01', '2022-03-06'])).toBe('Not a NATO member in 2019 or 2022 (joined 2024-03-07).');
  });
});
