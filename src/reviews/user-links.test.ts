import { describe, expect, it } from 'vitest';
import { readUrl } from '../state/url/read-url.ts';
import { describeNotices } from '../state/url/notice-text.ts';
import { factsContext, testContext } from '../state/url/test-context.ts';

describe('a link to a user-added article’s fact in another browser', () => {
  it('says where the fact came from instead of showing nothing', () => {
    const { state, notices } = readUrl('?v=1&fact=user-0123456789abcdef:arms_shipment:1a2b3c4d&article=user-0123456789abcdef', testContext());
    expect(state.fact).toBeNull();
    expect(describeNotices(notices)).toBe('Some of this link could not be used: fact “user-0123456789abcdef:arms_shipment:1a2b…” comes from an article added in another browser; article “user-0123456789abcdef” was added in another browser.');
  });

  it('opens it where the article was added', () => {
    const id = 'user-0123456789abcdef:arms_shipment:1a2b3c4d';
    const { state, notices } = readUrl(`?v=1&fact=${id}`, factsContext(new Map([[id, { article: 'user-0123456789abcdef', year: 2022 }]])));
    expect(state.fact).toBe(id);
    expect(notices).toEqual([]);
  });
});
