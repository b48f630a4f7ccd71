import { describe, expect, it } from 'vitest';
import { CueGate } from './cue-gate';
import { tokenize } from './tokens';

/** The reference: a rule is cued when one of its cue words is a lower-cased token of the sentence. */
function byTokens(cues: ReadonlyArray<ReadonlySet<string>>, text: string): number[] {
  const tokens = new Set(tokenize(text).map((t) => t.lower));
  return cues.map((c) => ([...c].some((w) => tokens.has(w)) ? 1 : 0));
}

describe('CueGate', () => {
  const cues = [new Set(['send', 'sent']), new Set(['air', 'air-defence']), new Set(['has', 'have']), new Set(['g7']), new Set(['build-up'])];
  const gate = new CueGate(cues);
  const texts = [
    'Poland SENT tanks; the air-defence build-up has begun.',
    'The G7 leaders resent nothing: airlift, airs and air-defences.',
    '155mm shells were sent by hauliers who have trucks.',
    'Half-sent, re-send, sent-ish and Sent.',
    'A lone \ud800send and the Kelvin sign \u212aeep have no effect here.',
    '',
  ];
  it('cues exactly the rules whose cue words are tokens of the sentence', () => {
    for (const text of texts) expect([...gate.cued(text)], text).toEqual(byTokens(cues, text));
  });
});
