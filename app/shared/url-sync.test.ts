import { describe, expect, it } from 'vitest';
import { readUrl } from '../../src/state/url/read-url.ts';
import { DEFAULT_URL_STATE } from '../../src/state/url/url-state.ts';
import { testContext } from '../../src/state/url/test-context.ts';

// url-sync opens a plain visit (no query, no fragment) at DEFAULT_URL_STATE without fetching the
// link reader: that must be exactly what the reader makes of an empty address.
describe('a plain visit', () => {
  it('reads as the defaults, with nothing to report', () => {
    for (const address of ['', '?']) {
      const { state, notices } = readUrl(address, testContext());
      expect(state).toEqual(DEFAULT_URL_STATE);
      expect(notices).toEqual([]);
    }
  });
});
