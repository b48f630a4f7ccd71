import type { UrlNotice } from './url-state.ts';

const SHOWN_VALUE_LENGTH = 40;

// Controls, bidi overrides and lone surrogates could reorder or garble the notice sentence.
const UNSAFE_CHARS = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/gu;

/** Shortens by code points so an emoji is never cut in half. */
export function safeNoticeValue(value: string): string {
  const chars = Array.from(value.replace(UNSAFE_CHARS, '\uFFFD'));
  return chars.length <= SHOWN_VALUE_LENGTH ? chars.join('') : `${chars.slice(0, SHOWN_VALUE_LENGTH).join('')}…`;
}

export function notice(param: string, value: string, reason: string): UrlNotice {
  return { param: safeNoticeValue(param), value: safeNoticeValue(value), reason };
}

// Readers see words, not parameter names, where the name would mean nothing to them.
const PARAM_LABELS: Readonly<Record<string, string>> = {
  v: 'link version',
};

const MAX_LISTED = 5;

/**
 * One sentence for the dismissible notice. Empty when there is nothing to say, so the app can
 * show the notice only when the string is non-empty.
 */
export function describeNotices(notices: readonly UrlNotice[]): string {
  if (notices.length === 0) return '';
  const parts = notices.slice(0, MAX_LISTED).map((n) => {
    const label = Object.hasOwn(PARAM_LABELS, n.param) ? PARAM_LABELS[n.param] : n.param;
    return n.value === '' ? `${label} ${n.reason}` : `${label} “${n.value}” ${n.reason}`;
  });
  const rest = notices.length - MAX_LISTED;
  if (rest > 0) parts.push(`and ${rest} more`);
  return `Some of this link could not be used: ${parts.join('; ')}.`;
}
