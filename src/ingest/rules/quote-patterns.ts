import { PERSON_NAME_OR_SURNAME } from '../lexicon/words';
import { alternation, formsOf } from '../lexicon/verbs';

/** Word patterns the quote forms share: reporting verbs, titles, speakers as written, quotation marks. */

/** Reporting verbs, finite forms, from the lexicon's speech class (plus "made clear", "has been clear"). */
export const VERBS = `${alternation(formsOf('speech', ['past', 's']).filter((w) => !/^(?:posts|replies|responds|repeats|concludes)$/.test(w)))}|made clear|makes clear|been clear|was clear|is clear`;
/**
 * A readout's frame around a reporting verb: "The PM ended by reaffirming …", "The Prime Minister began by welcoming …"
 * (the speech class's -ing forms, and reaffirming and welcoming, which readouts use the same way).
 */
export const FRAMED_REPORT = String.raw`(?:began|begins|ended|ends|opened|opens|closed|closes|started|starts|concluded|concludes|finished|finishes)\s+by\s+(?:${alternation([...formsOf('speech', ['ing']), 'reaffirming', 'welcoming'])})`;
/** A country's adjective or possessive before a title: "the Polish president", "Estonia's prime minister". */
export const NATIONALITY = String.raw`\p{Lu}[\p{L}.]+(?:['’]s)?`;
/** Titles a speaker is named by alone: "the secretary said", "the Head of State noted", "the President of Ukraine said". */
export const TITLE_WORDS = String.raw`(?:(?:prime|foreign|defen[cs]e|interior|finance|deputy|vice|acting|press|armed\s+forces)\s+)?(?:minister|president|chancellor|premier|secretary(?:\s+general)?|ambassador|commander|general|admiral|head\s+of\s+state|head\s+of\s+government|head\s+of\s+the\s+(?:presidential\s+office|office\s+of\s+the\s+president)|spokes(?:man|woman|person)|chief)(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?`;
export const SPEAKER = String.raw`(?:${PERSON_NAME_OR_SURNAME}|[A-Z][A-Za-z]+|he|she|He|She)`;
/** Lower-case words of a title before a name: "Kremlin spokesman", "Pentagon press secretary". */
export const ROLE_WORDS = 'the|of|to|for|press|foreign|policy|defen[cs]e|security|government|military|top|chief|secretary|spokes(?:man|woman|person)|minister|prime|president|ambassador|envoy|commander|adviser|advisor|official';
export const FINITE = /\b(?:is|are|was|were|be|been|will|would|can|could|must|should|may|might|has|have|had|does|do|did|[a-z]{3,}(?:ed|es))\b/;
/**
 * Quoted words in every style news uses: "…", “…”, ‘…’ (an apostrophe inside a word is not a close),
 * «…», „…“, doubled single quotes ''…'' and plain single quotes '…' around a clause.
 */
/** Marks that may open a quotation, a closing ” among them (copied text opens with it too). */
export const QUOTE_OPENERS = /["“”„«‘]/;
// The last form is a quotation opened with a closing mark (”Ukraine has …,” said …), as copied text often has it.
export const QUOTED = /"([^"]{8,}?)"|“([^”]{8,}?)”|‘((?:[^’]|’(?=\p{L})){8,}?)’(?!\p{L})|«\s?([^»]{8,}?)\s?»|„([^“”]{8,}?)[“”]|''([^']{8,}?)''|(?<![\p{L}'])'((?:[^']|'(?=\p{L})){8,}?)'(?=[\s,.;:!?)]|$)|(?<![\p{L}\p{N},.;:!?])”([^”“]{8,}?)”/gu;
/** Reporting verbs whose object is the addressee: "assured the Baltic states", "told Estonia". */
export const OBJECT_VERB = /^(?:told|tells|warned|warns|assured|assures|reminded|informed|urged)$/;
export const SERVICE_NOUN = /^\s+(?:soldiers|troops|forces|armed forces|crews|pilots|servicemen|service members|personnel|sailors|airmen|marines|units|army)\b/;
export const PRONOUN = /^(?:he|she|He|She|him|her)$/;
export const ANY_VERB = new RegExp(String.raw`\b(?:${VERBS}|pledged|promised|announcement|statement|pleas?|appeals?|[Aa]ccording to|clear that|stating|saying|adding|noting|warning|urging|telling|stressing|arguing|insisting|emphasi[sz]ing|declaring|explaining|highlighting|underlining|underscoring|pointing out|(?:is|are|was|were)\s+reporting|called|described|termed|dubbed|branded|labell?ed|continued|went on|by\s+\w+ing)\b|continued:|went on:`);

export const TITLE_ALONE = new RegExp(String.raw`^${TITLE_WORDS}$`, 'iu');
