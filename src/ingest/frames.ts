import type { CommitmentKind } from '../model/dataset';

/**
 * Declarative frames (after spaCy's Matcher and PETRARCH's verb patterns): a trigger phrase → a fact
 * type, and where each role is found. A new phrasing is a row here and a row in frames.test.ts.
 *
 * trigger: a regular expression over the sentence with placeholders filled from the lexicon:
 *   {verb:CLASS} every form of a verb class (lexicon/verbs.ts), {verb:CLASS:past|pp|ing|s|base} some forms;
 *   {troops} troop nouns, {units} unit nouns (lexicon/words.ts), {adv} up to two adverbs ("also", "firmly").
 *   A named group (?<to>…) or (?<from>…) marks where that role is written inside the match.
 * from / to: role sources tried in order until one names an actor (frame-engine.ts):
 *   subject     actors before the trigger in its clause (with pronouns, officials and "we" resolved)
 *   object      actors right after the trigger ("defend Estonia", "support for Ukraine")
 *   group       actors inside the trigger's named group of the role
 *   inside      countries or groups named anywhere inside the trigger ("our resolve across the JEF nations to support")
 *   possessor   the owner written right before the trigger ("America’s", "our", "the UK’s")
 *   of-owner    "… of the United States" right after the trigger
 *   thanked     the object of "thanked X for" before the trigger (its support is X's)
 *   place       a place named after the trigger in the sentence ("in Estonia")
 *   war         the country the article's war is about
 *   home        the actor(s) the article speaks for ("we", "our" in a government statement)
 *   clause      actors (not adjectives) in the rest of the clause after the trigger, aggressors last resort
 *   secured     in the rest of the clause, the owner of a security noun ("the burden of NATO’s collective security") or a
 *               group named as a place ("posture on NATO’s eastern flank")
 *   visit       the country of a capital or visit named in the sentence, paragraph or article ("speaking in Vilnius",
 *               "during a visit to Estonia", "touching down in Poland", "stopped in the Estonian capital"): an
 *               assurance given there is given to it
 *   here        allied hosts named as places in the sentence ("commitment to regional allies … in the Baltic countries")
 *   nato        the alliance itself (a purpose "to reassure NATO allies", "to bolster collective defense posture")
 *   allies      the alliance, when the object is its members or its defence and names none of them ("commitment to its
 *               allies and to the collective defense of Europe", "to our NATO Allies")
 *   partner     the one other country a bilateral text is about (a US release about Poland → PL): "commitment to strong
 *               bilateral partnerships" names no country of its own
 * cues: words (lower case) one of which must be in the sentence, so most sentences skip the frame at once.
 * confidence: for a plain statement; hypotheticals get 0.6 of it; negation drops the fact. A frame adds
 * nothing when a rule before it already read a commitment between the same actors in the sentence.
 */

export type RoleSource = 'subject' | 'object' | 'group' | 'inside' | 'possessor' | 'adjective' | 'of-owner' | 'thanked' | 'place' | 'war' | 'home' | 'clause' | 'secured' | 'visit' | 'here' | 'partner' | 'nato' | 'allies';

export interface Frame {
  id: string;
  /** Lower-case words one of which the sentence must contain (a cheap gate before the trigger runs). */
  cues: readonly string[];
  type: 'commitment';
  kind: CommitmentKind;
  trigger: string;
  from: readonly RoleSource[];
  to: readonly RoleSource[];
  confidence: number;
  /**
   * Who may receive: NATO, its members and applicants ("ally"), those or the country at war ("ally-or-war"), or anyone
   * ("any", the default).
   */
  toMode?: 'any' | 'ally' | 'ally-or-war';
}

export const FRAMES: readonly Frame[] = [
  {
    // "stands ready to defend Estonia", "is prepared to defend every inch of NATO territory",
    // "has a duty to protect its allies", "will defend every inch of NATO territory"
    id: 'commitment.defend',
    cues: ['defend', 'defends', 'defending', 'protect', 'protects', 'protecting', 'safeguard', 'safeguards', 'safeguarding'],
    type: 'commitment',
    kind: 'assurance',
    trigger: String.raw`\b(?:(?:stands?|standing|is|are|remains?|was|were)\s+(?:{adv})?(?:ready|prepared|determined|resolved|obliged|committed)|(?:duty|obligation|readiness|resolve|determination|commitment|pledge|promise|vow|{verb:promise})|will|would|must|shall)\s+(?:{adv})?(?:to\s+)?(?:help\s+)?(?:defend|protect|safeguard)\b|\bdefend(?:s|ed|ing)?\s+every\s+inch\b`,
    from: ['subject', 'home'],
    to: ['object', 'visit'],
    confidence: 0.85,
  },
  {
    // "reaffirmed its commitment to Article 5", "strengthen our commitment to Estonia", "the ironclad commitment of the United States to our NATO Allies"
    id: 'commitment.to-ally',
    cues: ['commitment', 'commitments'],
    type: 'commitment',
    kind: 'assurance',
    // "commitment to bolster Ukraine's capabilities", "to support Ukraine": help, read by the aid rules.
    trigger: String.raw`\bcommitments?(?:\s+of\s+(?<from>(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}))?\s+(?:to|towards)\s+(?!(?:continu\w*\s+(?:to\s+)?)?(?:bolster|build|support|help|provid|assist|deliver|supply|arm|equip|fund|financ|rebuild)\w*\b)(?:(?:the|our|its|their)\s+)?(?:(?:security|defen[cs]e|protection|sovereignty|independence)\s+of\s+(?:the\s+)?)?`,
    from: ['group', 'possessor', 'of-owner', 'subject', 'home'],
    // "to our Baltic Allies"; "to its own defense and to sharing the burden of NATO’s collective security"; "to
    // regional allies" (the hosts named in the sentence); "to European security" on a visit; "to strong bilateral
    // partnerships" (the partner of a bilateral text).
    to: ['object', 'secured', 'here', 'allies', 'visit', 'partner'],
    confidence: 0.8,
  },
  {
    // "In Vilnius, Austin reassured the allies that …", "During a visit to Tallinn, Blinken reaffirmed America's commitment":
    // an assurance given in a capital, with no named beneficiary, is given to the country visited.
    id: 'commitment.assured-visit',
    cues: ['assured', 'reassured', 'reaffirmed', 'reiterated', 'underlined', 'assures', 'reassures', 'reaffirms'],
    type: 'commitment',
    kind: 'assurance',
    trigger: String.raw`\b(?:re)?assur(?:ed|es)\b|\b(?:reaffirm(?:ed|s)?|reiterat(?:ed|es)|underlin(?:ed|es))\s+(?:(?:the|its|their|his|her|America['’]s|[A-Z][\w.]*['’]s?)\s+)?(?:[\w-]+\s+){0,2}(?:commitment|support|solidarity)\b`,
    from: ['subject', 'possessor', 'home'],
    to: ['visit'],
    confidence: 0.7,
  },
  {
    // "Canada promised to increase its troop presence in Latvia": a pledge to keep or grow a deployment assures its host
    // ("remains committed to a … presence" is commitment.committed's).
    id: 'commitment.keep-presence',
    cues: ['increase', 'boost', 'double', 'triple', 'expand', 'strengthen', 'reinforce', 'maintain', 'sustain', 'extend', 'keep', 'enlarge', 'presence', 'rotation', 'deployment'],
    type: 'commitment',
    kind: 'assurance',
    trigger: String.raw`\b(?:{verb:promise})\s+(?:to\s+)?(?:{adv})?(?:increas\w*|boost\w*|doubl\w*|tripl\w*|expand\w*|strengthen\w*|reinforc\w*|keep\w*|maintain\w*|sustain\w*|extend\w*|enlarg\w*)\s+(?:its|their|our|the|a)\s+(?:[\w-]+\s+){0,3}?(?:presence|deployments?|contingents?|troops|soldiers|forces|battle\s?groups?|rotations?|brigade|battalion|jets|aircraft|fighters|warships|ships)\b`,
    from: ['subject', 'home'],
    to: ['place'],
    confidence: 0.75,
    toMode: 'ally',
  },
  {
    // "stands shoulder to shoulder with our NATO allies", "will continue standing with Ukraine", "stand united as NATO
    // Allies in support of Ukraine"
    id: 'commitment.stand-with',
    cues: ['stand', 'stands', 'standing', 'stood'],
    type: 'commitment',
    kind: 'assurance',
    trigger: String.raw`\b(?:stand|stands|standing|stood)\s+(?:{adv})?(?:(?:firmly|resolutely|strongly|strong|fully|steadfastly|unwaveringly|shoulder\s+to\s+shoulder|shoulder-to-shoulder|united|together|side\s+by\s+side)\s+){0,2}(?:(?:as\s+(?:NATO\s+)?[Aa]llies|as\s+partners)\s+)?(?:with|by|behind|in\s+solidarity\s+with|in\s+(?:(?:their|our|its|full|continued|steadfast|unwavering)\s+)*(?:support|defen[cs]e)\s+(?:of|for))\s+(?:the\s+)?`,
    from: ['subject', 'home'],
    to: ['object'],
    confidence: 0.8,
  },
  {
    // "we are united alongside Ukraine", "the allies remain united behind Kyiv", "NATO is united for Ukraine" ("united in our
    // support for …" is aid, read by the support rules)
    id: 'commitment.united-with',
    cues: ['united'],
    type: 'commitment',
    kind: 'assurance',
    trigger: String.raw`\b(?:are|is|remain|remains|were|was|stay|stays)\s+(?:{adv})?united\s+(?:with|alongside|behind|for)\s+(?:the\s+)?`,
    from: ['subject', 'home'],
    to: ['object'],
    confidence: 0.8,
  },
  {
    // "the UK is with you, and we will be with you until you prevail", said in Kyiv: the country addressed.
    id: 'commitment.with-you',
    cues: ['you'],
    type: 'commitment',
    kind: 'assurance',
    trigger: String.raw`\b(?:is|are|remain|remains|will\s+(?:{adv})?be|will\s+(?:{adv})?remain)\s+(?:{adv})?with\s+(?=you\b(?!\s+(?:on|in|at|today|here|now|this)\b))`,
    from: ['subject', 'home'],
    to: ['object'],
    confidence: 0.75,
  },
  {
    // "the work that Czechia is doing in support of Ukraine", "U.S. Soldiers … in support of NATO’s mission": what a named
    // actor does in support of another is its support (a possessor's "in their support of" is commitment.support-noun's).
    id: 'commitment.in-support-of',
    cues: ['support'],
    type: 'commitment',
    kind: 'aid',
    // Not after "united …" (commitment.stand-with's "stand united as NATO Allies in support of"; "United as NATO
    // allies and in steadfast support of Ukraine, the relationship …", where no actor acts).
    trigger: String.raw`\b(?<!(?:their|its|our|his|her|the)\s)(?<![Uu]nited\b[^.;]{0,40})in\s+(?:(?:continued|ongoing|steadfast|unwavering|direct|full|strong)\s+)?support\s+of\s+(?:the\s+)?`,
    from: ['subject'],
    to: ['object'],
    confidence: 0.7,
  },
  {
    // "Lithuania’s support for Ukraine", "steadfast in its support for Ukraine", "thanked … Sweden for the vital support of Ukraine",
    // "Danish military support for Ukraine will amount to …", "the new Swedish support package for Ukraine"
    id: 'commitment.support-noun',
    cues: ['support', 'assistance', 'aid', 'help', 'solidarity'],
    type: 'commitment',
    kind: 'aid',
    trigger: String.raw`\b(?:support|assistance|aid|help|solidarity)(?:\s+packages?)?(?:\s+and\s+(?:support|solidarity))?\s+(?:for|to|of|with)\s+(?:the\s+)?`,
    from: ['thanked', 'possessor', 'adjective'],
    to: ['object'],
    confidence: 0.75,
  },
  {
    // "the announced assistance from Denmark and the Netherlands", "support from the United States", a quoted
    // word ("received “more support” from Canada")
    id: 'commitment.support-from',
    cues: ['support', 'assistance', 'aid', 'help'],
    type: 'commitment',
    kind: 'aid',
    trigger: String.raw`\b(?:support|assistance|aid|help)["”’']?\s+from\s+(?:the\s+)?`,
    from: ['object'],
    to: ['war'],
    confidence: 0.7,
  },
  {
    // "the $40 billion its members spend each year for Ukraine", "Norway spent €2 billion on Ukraine last year":
    // money an actor spends for a country is aid to it.
    id: 'commitment.spend-for',
    cues: ['spend', 'spends', 'spent', 'spending'],
    type: 'commitment',
    kind: 'aid',
    trigger: String.raw`\b(?:spend|spends|spent|spending)\s+(?:[$£€\w.,-]+\s+){0,4}?(?:for|on)\s+(?:the\s+)?(?=[A-Z])`,
    from: ['subject'],
    to: ['object'],
    confidence: 0.65,
  },
  {
    // "Romania has welcomed more than 3 million Ukrainian refugees", "Poland’s welcoming of 1.5 million refugees from
    // Ukraine": sheltering a war's refugees is humanitarian aid to the country at war.
    id: 'commitment.refugees',
    cues: ['refugees'],
    type: 'commitment',
    kind: 'aid',
    trigger: String.raw`\b(?:welcom(?:e|es|ed|ing)|host(?:s|ed|ing)?|sheltered|shelters|took\s+in|taken\s+in|taking\s+in|received)\s+(?:of\s+)?(?:(?:more\s+than|nearly|over|about|some|around|almost|roughly|up\s+to)\s+)?[\d.,]+(?:\s*(?:million|thousand))?\s+(?:[\w-]+\s+){0,2}?refugees\b`,
    from: ['subject', 'possessor'],
    to: ['war'],
    confidence: 0.65,
  },
  {
    // "the UK’s continued support is evolving": an owner's support with no object goes to the country at war.
    id: 'commitment.owned-support',
    cues: ['support'],
    type: 'commitment',
    kind: 'aid',
    // "pledged the UK’s steadfast support and commended …": "and" with a second verb ends the support; "support and
    // solidarity for" is the support-noun frame's.
    trigger: String.raw`\b(?:continued\s+|ongoing\s+|unwavering\s+|steadfast\s+|stalwart\s+)?support\b(?!\s+(?:for|to|of|from|with)\b|\s+and\s+(?![a-z]+ed\s))`,
    from: ['possessor'],
    to: ['war'],
    confidence: 0.6,
  },
  {
    // "We remain committed to ensuring Russia’s aggression against Ukraine …", "remains committed to a persistent rotational force presence in Lithuania"
    id: 'commitment.committed',
    cues: ['committed', 'dedicated', 'devoted'],
    type: 'commitment',
    kind: 'assurance',
    trigger: String.raw`\b(?:remains?|remained|are|is|was|were|stays?|be|been|deeply|fully|firmly|strongly)\s+(?:{adv})?(?:[a-z]+ly\s+)?(?:committed|dedicated|devoted)\s+to\s+`,
    from: ['subject', 'home'],
    to: ['clause'],
    confidence: 0.75,
  },
  {
    // "We'll continue to push to ensure that Ukraine owns its skies", "will do everything to make sure Ukraine can defend
    // itself": working for an outcome for a named country is an assurance to it (like "committed to ensuring").
    id: 'commitment.ensure',
    cues: ['ensure', 'ensuring', 'sure'],
    type: 'commitment',
    kind: 'assurance',
    trigger: String.raw`\b(?:continue\s+to\s+|will\s+|'ll\s+|’ll\s+)(?:push|work|strive|fight|do\s+(?:everything|all|whatever)(?:\s+(?:we|it|they)\s+can)?)\s+to\s+(?:ensure|make\s+sure)\s+(?:that\s+)?`,
    from: ['inside', 'subject', 'home'],
    to: ['object'],
    confidence: 0.7,
  },
  {
    // "We are united in our resolve … to support Ukraine", "We're here to help Ukraine for the long haul"
    id: 'commitment.to-support',
    cues: ['support', 'help', 'assist', 'stand'],
    type: 'commitment',
    kind: 'assurance',
    trigger: String.raw`\b(?:here|ready|prepared|determined|resolve|determination|united)\s+(?:[^.;,]{0,50}?\s)?to\s+(?:continue\s+(?:to\s+)?)?(?:support|help|assist|stand\s+with)\s+`,
    from: ['inside', 'subject', 'home'],
    to: ['object'],
    confidence: 0.7,
  },
  {
    // "intensified training with these Allies", "will intensify training with our Baltic Allies"
    id: 'commitment.training-with',
    cues: ['training', 'exercise', 'exercises', 'drills', 'train', 'trains', 'trained'],
    type: 'commitment',
    kind: 'training',
    // "will train shoulder to shoulder with our Polish Allies", "exercised side by side with …".
    trigger: String.raw`\b(?:training|exercises?|drills|(?:train|exercis)(?:e|es|s|ed)?(?:\s+with\s+and\s+[a-z]+)?(?:\s+(?:together|jointly|closely|shoulder[\s-]to[\s-]shoulder|side[\s-]by[\s-]side))?)\s+(?:with|alongside)\s+(?:our\s+|these\s+|the\s+|their\s+)?`,
    from: ['subject', 'home'],
    to: ['object'],
    confidence: 0.65,
  },
  {
    // "will integrate with the Swedish Armed Forces", "integration with Denmark Armed Forces": a visiting force training
    // inside its host's formations
    id: 'commitment.integration',
    cues: ['integrate', 'integrates', 'integrated', 'integrating', 'integration'],
    type: 'commitment',
    kind: 'training',
    // Only with forces: "integrate with NATO’s air policing missions" is taking part, not training.
    // Not equipment "integrated into the Polish Army", nor joining the alliance ("integrate into NATO's command structure").
    trigger: String.raw`(?<!\b(?:be|been|being|is|are|was|were)\s)\bintegrat(?:e|es|ed|ing|ion)\s+(?:(?:closely|fully|seamlessly)\s+)?(?:with|into)\s+(?:our\s+|the\s+|their\s+)?(?!NATO|[Aa]llied|(?:the\s+)?[Aa]lliance)(?=(?:[\w’'.-]+\s+){0,3}(?:Armed\s+Forces|[Ff]orces|[Mm]ilitary|[Nn]avy|[Aa]rmy|Air\s+Force|[Uu]nits?|troops|soldiers|counterparts|[Bb]rigade|[Dd]ivision)\b)`,
    from: ['subject', 'home'],
    to: ['object'],
    confidence: 0.65,
    toMode: 'ally',
  },
  {
    // "reiterated the U.S. commitment to maintain a persistent rotational U.S. military presence in the Baltic states", "pledged
    // to increase its forces in Lithuania": keeping or adding forces in a host is an assurance to it
    id: 'commitment.presence',
    cues: ['presence', 'forces', 'troops', 'posture', 'deployment', 'deployments'],
    type: 'commitment',
    kind: 'assurance',
    trigger: String.raw`\b(?:commitments?|pledges?|{verb:promise})\s+to\s+(?:maintain|maintaining|keep|keeping|sustain|sustaining|increase|increasing|enhance|enhancing|strengthen|strengthening|expand|expanding)\s+(?:(?:a|an|the|its|our|their)\s+)?(?:[\w.’'-]+\s+){0,4}?(?:presence|forces|troops|posture|deployments?)\b`,
    from: ['possessor', 'subject', 'home'],
    to: ['place'],
    confidence: 0.7,
    toMode: 'ally',
  },
  {
    // "welcomed bids by Finland and Sweden to join NATO", "I am honored to welcome Sweden as NATO's 32nd Ally", "support for
    // Ukraine's membership", "ratified Finland's membership", "We've added Finland and Sweden to the Alliance": backing an
    // accession is an assurance to the acceding state
    id: 'commitment.accession',
    cues: ['membership', 'accession', 'bid', 'bids', 'application', 'ally', 'alliance', 'nato'],
    type: 'commitment',
    kind: 'assurance',
    trigger: String.raw`\b(?:welcom(?:e|es|ed|ing)|support(?:s|ed|ing)?(?:\s+for)?|back(?:s|ed|ing)?|backing\s+for|endors(?:e|es|ed|ing)|ratif(?:y|ies|ied|ying)|approv(?:e|es|ed|ing)|add(?:s|ed|ing)?)\s+(?:the\s+)?(?:(?:historic|swift|rapid|eventual|future|enthusiastic)\s+)?(?:(?:bids?|applications?|accession|membership)\s+(?:by|of)\s+)?(?<to>[A-Z][\w.]*(?:\s+(?:and\s+)?[A-Z][\w.]*){0,3})(?:['’]s\s+(?:[\w-]+\s+){0,2}(?:accession|membership|bids?|applications?)\b|\s+(?:to\s+join\s+|to\s+|into\s+)(?:NATO|the\s+[Aa]lliance)\b(?!['’]s|\s+(?:summit|headquarters|meeting|ministerial))|\s+as\s+(?:NATO['’]s\s+)?(?:\w+\s+){0,2}[Aa]lly\b)`,
    from: ['subject', 'home'],
    to: ['group'],
    confidence: 0.7,
  },
  {
    // "we will always be by your side", "will stand by Ukraine's side for as long as it takes": an assurance to the one
    // whose side it is ("your": the one other party the text is about, else the country at war)
    id: 'commitment.by-side',
    cues: ['side'],
    type: 'commitment',
    kind: 'assurance',
    trigger: String.raw`\b(?:(?:will|shall|would)\s+(?:always\s+|continue\s+to\s+|remain\s+|still\s+)?|always\s+)?(?:be|stand|remain|stay|standing|stands|stood|remains)\s+(?:firmly\s+|resolutely\s+|shoulder\s+to\s+shoulder\s+)?(?:by|at|on)\s+(?:your|(?<to>(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)['’]s?)\s+side\b`,
    from: ['subject', 'home'],
    to: ['group', 'partner', 'war'],
    confidence: 0.75,
    toMode: 'ally-or-war',
  },
  {
    // "Latvia could depend on the UK", "Poland can count on the United States", "allies can rely on us": an assurance from the
    // one depended on to the subject
    id: 'commitment.depend-on',
    cues: ['depend', 'count', 'rely'],
    type: 'commitment',
    kind: 'assurance',
    trigger: String.raw`\b(?:can|could|will|would|should|must)\s+(?:(?:always|still|continue\s+to|fully|absolutely)\s+)?(?:depend|count|rely)\s+on\s+(?<from>(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?|us|the\s+(?:support|help|solidarity)\s+of\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)`,
    from: ['group', 'home'],
    to: ['subject'],
    confidence: 0.7,
    toMode: 'ally-or-war',
  },
  {
    // "The U.S. has put an additional 8,500 troops on standby", "put 8,500 military personnel on heightened alert for possible
    // deployment to Europe": a force held at readiness for the allies is an assurance to the alliance, not a deployment
    id: 'commitment.on-alert',
    cues: ['alert', 'standby', 'stand-by', 'readiness'],
    type: 'commitment',
    kind: 'assurance',
    // Readiness for the allies: the sentence names NATO, the allies, Europe or a deployment ("Poland placed troops on alert
    // along its border" is national readiness).
    trigger: String.raw`\b(?:put|puts|putting|placed|places|placing|ordered|orders|ordering)\s+(?:[\w,.-]+\s+){0,5}?(?:{troops})\s+on\s+(?:(?:heightened|high|increased|higher)\s+)?(?:alert|standby|stand-by|readiness|prepare-to-deploy\s+orders)\b(?=[^.;]*\b(?:NATO|[Aa]llies|[Aa]lliance|Europe|deploy\w*|eastern\s+flank)\b)`,
    from: ['subject', 'home'],
    to: ['nato'],
    confidence: 0.65,
  },
  {
    // "the G7 Joint Declaration of Support for Ukraine": the declaration is its signatories' commitment
    id: 'commitment.declaration-of-support',
    cues: ['declaration'],
    type: 'commitment',
    kind: 'assurance',
    trigger: String.raw`\b(?<from>G7|G-7|NATO|EU|[A-Z][\w-]+)\s+(?:Joint\s+)?Declaration\s+of\s+Support\s+(?:for|to)\s+`,
    from: ['group'],
    to: ['object'],
    confidence: 0.7,
  },
  {
    // "the U.S.-Ukraine Bilateral Security Agreement", "a security pact with Ukraine", "the U.S. - Romania strategic partnership",
    // "the U.S.-Finland Defense Cooperation Agreement"
    id: 'commitment.security-pact',
    cues: ['agreement', 'pact', 'partnership', 'guarantee', 'guarantees', 'treaty', 'accord'],
    type: 'commitment',
    kind: 'assurance',
    trigger: String.raw`\b(?:(?<from>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s*[-–]\s*(?<to>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s+(?:[Bb]ilateral\s+)?(?:[Ss]ecurity|[Dd]efen[cs]e|[Ss]trategic)\s+(?:[Cc]ooperation\s+)?(?:[Aa]greement|[Pp]act|[Pp]artnership|[Gg]uarantees?|[Tt]reaty|[Aa]ccord))\b`,
    from: ['group'],
    to: ['group'],
    confidence: 0.75,
  },
  {
    // "joined the G7 Joint Declaration of Support for Ukraine", "signed a security agreement with Ukraine" (a pact "with the
    // United States" is commitment.pact-signed's: the US side's commitment to its partner)
    id: 'commitment.declaration',
    cues: ['declaration', 'agreement', 'agreements', 'pact', 'treaty', 'guarantee', 'guarantees'],
    type: 'commitment',
    kind: 'assurance',
    trigger: String.raw`\b(?:{verb:accede})\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}(?:[Dd]eclaration\s+of\s+[Ss]upport\s+(?:for|to)|(?:[Ss]ecurity|[Dd]efen[cs]e|[Mm]utual[- ](?:[Dd]efen[cs]e|[Aa]ssistance)|(?:[Ss]ecurity|[Dd]efen[cs]e)\s+[Cc]ooperation)\s+(?:[Aa]greement|[Pp]act|[Tt]reaty|[Gg]uarantees?)\s+with|[Aa]greement\s+on\s+(?:[Ss]ecurity|[Dd]efen[cs]e)(?:\s+[Cc]ooperation)?\s+with|[Bb]ilateral\s+(?:security\s+)?[Aa]greements?\s+(?:and\s+arrangements\s+)?with)\s+(?!(?:the\s+)?(?:United\s+States|U\.S\.|US)\b)`,
    from: ['subject', 'possessor', 'home'],
    to: ['object'],
    confidence: 0.75,
  },
  {
    // "to enhance NATO’s collective defense posture", "to bolster collective defense posture and Allied integration",
    // "to reassure NATO allies", "to deter threats against our NATO Allies": a purpose that is an assurance to NATO.
    id: 'commitment.reassure',
    cues: ['reassure', 'enhance', 'bolster', 'strengthen', 'deter', 'reinforce'],
    type: 'commitment',
    kind: 'assurance',
    trigger: String.raw`\bto\s+(?:help\s+)?(?:reassure\s+(?:our\s+|the\s+)?(?:NATO|Allies|allies|the\s+Alliance)|(?:enhance|bolster|strengthen|reinforce)\s+(?:the\s+|our\s+)?(?:(?:NATO['’]?s?|Allied|[Aa]lliance['’]?s?)\s+(?:[\w-]+\s+){0,1}?(?:collective\s+)?(?:defen[cs]e|deterrence|security|posture|cohesion|solidarity|unity|integration)|collective\s+defen[cs]e\b)|deter\s+(?:threats?|aggression|attacks?)\s+against\s+(?:our\s+)?NATO)\b`,
    from: ['subject', 'home'],
    to: ['nato'],
    confidence: 0.65,
  },
  {
    // "the United States and Poland are securing the future of NATO", "to safeguard Ukraine’s future"
    id: 'commitment.secure',
    cues: ['securing', 'secure', 'secures', 'safeguard', 'safeguarding', 'safeguards', 'uphold', 'upholds', 'upholding', 'guarantee', 'guarantees', 'guaranteeing'],
    type: 'commitment',
    kind: 'assurance',
    trigger: String.raw`\b(?:secur(?:e|es|ing)|safeguard(?:s|ing)?|uphold(?:s|ing)?|guarantee(?:s|ing)?)\s+(?:the\s+)?(?:(?:future|security|sovereignty|independence|territorial\s+integrity)\s+of\s+(?:the\s+)?|(?<to>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)['’]s?\s+(?:[\w-]+\s+)?(?:future|security|sovereignty|independence|territorial\s+integrity)\b)`,
    from: ['subject', 'home'],
    to: ['group', 'object'],
    confidence: 0.7,
  },
  {
    // "the bilateral agreement on security cooperation and long-term support was signed" during a visit: the
    // supporting party (the country visited, or the text's partner) to the country at war.
    id: 'commitment.agreement-signed',
    cues: ['signed'],
    type: 'commitment',
    kind: 'assurance',
    trigger: String.raw`\b(?:security|defen[cs]e)\s+(?:cooperation\s+)?(?:agreement|pact|accord)\s+(?:[\w-]+\s+){0,3}?(?:was|were|has\s+been|have\s+been|is|are|being)?\s*signed\b|\bagreement\s+on\s+security\s+(?:cooperation\s+)?(?:and\s+[\w-]+\s+support\s+)?(?:was|were|has\s+been|have\s+been)\s+signed\b`,
    from: ['visit', 'partner'],
    to: ['war'],
    confidence: 0.65,
  },
  {
    // "The UK will bolster its strong partnership with Romania", "reaffirmed their enduring partnership with Latvia": a
    // partnership strengthened is an assurance to the partner.
    id: 'commitment.partnership',
    cues: ['partnership', 'alliance'],
    type: 'commitment',
    kind: 'assurance',
    trigger: String.raw`\b(?:bolster|strengthen|deepen|reinforc|enhanc|expand|reaffirm|renew)\w*\s+(?:(?:its|our|their|the|this)\s+)?(?:[\w-]+\s+){0,2}?(?:partnership|alliance)\s+with\s+(?:the\s+)?`,
    from: ['subject', 'home'],
    to: ['object'],
    confidence: 0.65,
    // "Russia reaffirmed its strategic partnership with Iran", "Poland expanded its partnership with South Korea's Hanwha".
    toMode: 'ally-or-war',
  },
  {
    // "Latvia’s many contributions to our collective security and mutual defense", "Finland is making significant
    // contributions to the Alliance": an ally's part in the common defence is an assurance to NATO.
    id: 'commitment.contributions',
    cues: ['contribution', 'contributions'],
    type: 'commitment',
    kind: 'assurance',
    trigger: String.raw`\bcontributions?\s+to\s+(?:(?:our|the|NATO['’]s)\s+)?(?:(?:collective|common|mutual)\s+(?:security|defen[cs]e)|Alliance\b|NATO\b(?!['’]))(?![^.;]{0,60}\b(?:fall|falls|fell|falling)\s+short\b|[^.;]{0,60}\blag)`,
    from: ['possessor', 'subject'],
    to: ['nato'],
    confidence: 0.6,
  },
  {
    // "Denmark has been one of Ukraine's strongest supporters", "The Netherlands is among Ukraine's biggest backers".
    id: 'commitment.among-supporters',
    cues: ['supporters', 'backers', 'donors'],
    type: 'commitment',
    kind: 'aid',
    trigger: String.raw`\b(?:one\s+of|among)\s+(?:the\s+)?(?<to>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)['’]s?\s+(?:(?:most\s+)?[\w-]+\s+){0,2}?(?:supporters|backers|donors)\b`,
    from: ['subject'],
    to: ['group'],
    confidence: 0.7,
    // "Germany is one of Israel's biggest backers" is outside the map's war.
    toMode: 'ally-or-war',
  },
  {
    // "Sweden was ready to send troops to Finland if needed", "Britain stands prepared to deploy more forces to Estonia":
    // readiness to send forces is an assurance to the host, not a deployment.
    id: 'commitment.ready-to-send',
    cues: ['ready', 'prepared', 'willing', 'poised'],
    type: 'commitment',
    kind: 'assurance',
    trigger: String.raw`\b(?:ready|prepared|willing|poised)\s+to\s+(?:send|deploy|dispatch|station|move)\s+(?:[\w,.-]+\s+){0,5}?(?:{troops}|{units}|jets|aircraft|warships|ships)\s+(?:in)?to\s+(?:the\s+)?`,
    from: ['subject', 'home'],
    to: ['object'],
    confidence: 0.7,
    toMode: 'ally',
  },
  {
    // "thanked Blaszczak for the support Poland continues to provide to Ukraine": the support a named giver provides.
    id: 'commitment.support-provided',
    cues: ['support', 'assistance', 'aid', 'help'],
    type: 'commitment',
    kind: 'aid',
    // "the support that the United States is giving to Ukraine"
    trigger: String.raw`\b(?:support|assistance|aid|help)\s+(?:that\s+|which\s+)?(?:the\s+)?(?<from>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s+(?:(?:has|have|had|continues|continue|continued|is|are|was|were|has\s+been|have\s+been)\s+(?:to\s+)?)?(?:provid|giv|gave|offer|extend|deliver)\w*\s+(?:to\s+)?(?:the\s+)?`,
    from: ['group'],
    to: ['object'],
    confidence: 0.7,
    toMode: 'ally-or-war',
  },
];
