import { isNatoMember } from '../domain/nato-membership';
import type { DocView, Draft, SentenceView } from './doc';

/**
 * A commitment to the alliance given in a bilateral setting is also one to the other party there
 * (guideline, "Recipient without a country"): Harris in Bucharest, "America's commitment to Article 5 is
 * ironclad" → NATO and Romania; a minister hosting the Baltic ministers, "remains fully committed to NATO"
 * → NATO and the three. The party is the country visited where the sentence is said, else the article's
 * one other party. Meetings of the alliance itself (summits, ministerials) add no country.
 */
const MULTILATERAL = /\b(?:summit|ministerial|[Mm]inisters['’]?\s+[Mm]eeting|[Cc]ontact\s+[Gg]roup|[Cc]ouncil|Ramstein|foreign\s+ministers|defen[cs]e\s+ministers\s+(?:of|from)\s+(?:NATO|the\s+alliance|all))\b/;

/** A story of people meeting (a visit, talks, a call), not of forces arriving: only there is a country a party. */
const MEETING = /\b(?:met|meets|meeting|hosted|hosts|hosting|talks|call|conversation|discussions?|bilateral|press\s+conference|joint\s+statement|counterparts?|[Ee]mbassy|warm\s+welcome)\b/;

export function withBilateralParty(drafts: readonly Draft[], s: SentenceView, doc: DocView): Draft[] {
  if (!drafts.some(toAllianceOnly)) return drafts as Draft[];
  const opening = doc.sentences.slice(0, 3);
  if (MULTILATERAL.test(s.text) || opening.some((x) => MULTILATERAL.test(x.text)) || !opening.some((x) => MEETING.test(x.text))) return drafts as Draft[];
  const date = doc.article.date;
  return drafts.map((d) => {
    if (!toAllianceOnly(d)) return d;
    const visited = doc.visited(s).filter((c) => isNatoMember(c, date) && !d.from.includes(c));
    const partner = doc.partner.filter((c) => isNatoMember(c, date) && !d.from.includes(c));
    const party = visited.length ? visited : partner.length ? partner : guests(opening, doc, d.from);
    return party.length ? { ...d, to: [...new Set([...d.to, ...party])].sort() } : d;
  });
}

function toAllianceOnly(d: Draft): boolean {
  return d.type === 'commitment' && d.to.length === 1 && d.to[0] === 'NATO';
}

/** The countries met in the opening's meeting sentence ("hosted the defence ministers of Estonia, Latvia and Lithuania"). */
function guests(opening: readonly SentenceView[], doc: DocView, from: readonly string[]): string[] {
  const meeting = opening.find((x) => MEETING.test(x.text));
  if (!meeting) return [];
  const codes = meeting.mentions.filter((m) => (m.kind === 'country' || m.kind === 'adjective') && m.codes.length === 1).map((m) => m.codes[0]!);
  return [...new Set(codes)].filter((c) => !from.includes(c) && !doc.home.includes(c) && c !== doc.warCountry && isNatoMember(c, doc.article.date)).sort();
}
