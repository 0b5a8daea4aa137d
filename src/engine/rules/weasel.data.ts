import {isAttributionVerb} from '../reading/speech'
import type {LexiconEntry} from '../rule-kit/lexicon-rule'
import {ANONYMOUS, CROWDS, OPINION_HOLDERS} from '../reading/vague-views.data'

/**
 * Hearsay adverbs: a claim passed on from no one. With a source in reach
 * (reading/claims.ts) they mark a named source's account and are not reported.
 */
export const HEARSAY_ADVERBS: ReadonlyMap<string, number> = new Map([
  ['reportedly', 0.8],
  ['reputedly', 0.75],
  ['purportedly', 0.7],
  // Often the writer's own inference ("apparently unaware") rather than hearsay: shown at thorough only.
  ['apparently', 0.45],
  ['supposedly', 0.6],
  // Mostly the writer's own doubt ("Ostensibly, he came to endorse Kerry"), not someone else's claim passed on.
  ['ostensibly', 0.4],
  ['rumoredly', 0.75],
  // An accusation with no accuser; next to a charge, a court or a suspect it is the hedge the law requires (LEGAL_CONTEXT).
  ['allegedly', 0.6]
])

/**
 * Words of a charge, a court or a crime: beside them "allegedly" is the hedge
 * accuracy and the law require, not hearsay (compared with each word of the
 * sentence and the ones beside it, and with its lemma).
 */
export const LEGAL_CONTEXT: ReadonlySet<string> = new Set([
  'court', 'charge', 'charged', 'charges', 'trial', 'jury', 'judge', 'prosecutor', 'prosecutors', 'police', 'suspect',
  'suspects', 'lawsuit', 'sue', 'sued', 'indictment', 'indicted', 'convicted', 'guilty', 'sentenced', 'arrest', 'arrested',
  'accused', 'accuse', 'defendant', 'plaintiff', 'complaint', 'investigation', 'investigators', 'inquiry', 'probe',
  'allegation', 'allegations', 'attorney', 'lawyer', 'lawyers', 'fbi', 'detective', 'warrant', 'testimony', 'victim',
  'victims', 'crime', 'crimes', 'murder', 'killed', 'killing', 'assault', 'assaulted', 'abuse', 'abused', 'rape', 'raped',
  'harassment', 'harassed', 'fraud', 'theft', 'stole', 'stolen', 'bribery', 'misconduct', 'illegal', 'illegally', 'unlawful'
])

/** Groups of people a writer can cite without naming anyone (the phrases below). */
const PEOPLE = [...new Set([
  ...OPINION_HOLDERS, ...ANONYMOUS, ...CROWDS, 'officials', 'physicians', 'engineers', 'developers', 'specialists',
  'writers', 'authors', 'reviewers', 'customers', 'individuals', 'groups', 'philosophers', 'linguists', 'sociologists',
  'psychologists', 'archaeologists', 'theologians', 'biologists', 'physicists', 'climatologists'
])].filter((word) => !['others', 'everyone', 'everybody', 'nobody'].includes(word))

/** Words that may stand between a subject and its verb in the patterns below ("research has long shown"). */
const AUXILIARIES = ['have', 'has', 'had', 'would', 'might', 'may', 'could', 'will', 'also', 'even', 'still', 'now', 'long', 'often', 'generally', 'widely', 'do', 'did', 'further', 'increasingly', 'repeatedly', 'consistently']

/** Adverbs that spread a view over an unnamed crowd ("widely believed"). */
const SPREAD = ['widely', 'generally', 'commonly', 'often', 'frequently', 'traditionally', 'popularly', 'usually', 'sometimes', 'largely', 'universally', 'broadly', 'increasingly', 'long']

/** Participles that, in the passive, report a view without its holder. */
const VIEW_PARTICIPLES = [
  'believed', 'thought', 'considered', 'regarded', 'seen', 'viewed', 'held', 'accepted', 'recognized', 'recognised',
  'acknowledged', 'credited', 'perceived', 'described', 'cited', 'hailed', 'praised', 'criticized', 'criticised',
  'reported', 'rumored', 'rumoured', 'said', 'claimed', 'argued', 'suggested', 'understood', 'felt', 'assumed',
  'alleged', 'reputed', 'touted', 'labelled', 'labeled', 'dubbed', 'deemed', 'acclaimed'
]

/**
 * Participles that report a view only with a complement ("widely seen as",
 * "often described as", "known to be"): bare, they report seeing, knowing,
 * holding an event ("often seen on the phone", "shows are often held at").
 */
const PLAIN_SENSE_PARTICIPLES = ['seen', 'held', 'cited', 'described', 'reported', 'recognized', 'recognised', 'praised', 'criticized', 'criticised', 'felt', 'accepted', 'acknowledged']

/** Nouns of hearsay that can be the subject of a verb of spreading ("rumours persist", "speculation swirls"). */
const HEARSAY_NOUNS = ['rumors', 'rumours', 'rumor', 'rumour', 'speculation', 'whispers', 'talk', 'chatter', 'gossip', 'murmurs', 'suspicions', 'reports', 'stories', 'theories', 'buzz']

const NOT_MODIFIERS = new Set(['are', 'is', 'was', 'were', 'be', 'been', 'have', 'has', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'should', 'must', 'do', 'did', 'does', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'and', 'or', 'but', 'these', 'those', 'the', 'a', 'an', 'them', 'us', 'who', 'that', 'which'])

export const WEASEL_CLASSES = {
  people: new Set(PEOPLE),
  holder: new Set([...OPINION_HOLDERS].filter((word) => !['sources', 'allies', 'defenders', 'supporters', 'backers', 'veterans', 'moderates', 'authorities', 'elites', 'activists', 'campaigners', 'scientists', 'researchers', 'historians', 'economists', 'academics', 'scholars', 'specialists'].includes(word))),
  'attribution-verb': isAttributionVerb,
  auxiliary: new Set(AUXILIARIES),
  spread: new Set(SPREAD),
  /** Adverbs that add to a view without naming its holder: "it is also said", "are still thought to". */
  also: new Set(['also', 'still', 'now', 'currently', 'today', 'further', 'even', 'sometimes', 'once']),
  'view-participle': new Set(VIEW_PARTICIPLES),
  /** Participles of judging, which report a view when an unnamed crowd judges ("favored by some", "disputed by many"). */
  'judged-participle': new Set([...VIEW_PARTICIPLES, 'favored', 'favoured', 'preferred', 'disputed', 'questioned', 'challenged', 'rejected', 'doubted', 'contested', 'condemned', 'denounced', 'ridiculed', 'mocked', 'dismissed', 'opposed', 'supported', 'endorsed', 'welcomed', 'celebrated', 'admired', 'loved', 'hated', 'feared', 'blamed', 'accused', 'lauded', 'derided', 'attacked', 'known']),
  'view-sense-participle': new Set(VIEW_PARTICIPLES.filter((word) => !PLAIN_SENSE_PARTICIPLES.includes(word))),
  'plain-sense-participle': new Set(PLAIN_SENSE_PARTICIPLES),
  be: new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']),
  'vague-quantity': new Set(['some', 'many', 'several', 'numerous', 'countless', 'certain']),
  'hearsay-noun': new Set(HEARSAY_NOUNS),
  /** Papers that can show something without a named owner: "emails show", "documents reveal". */
  papers: new Set(['emails', 'e-mails', 'documents', 'memos', 'cables', 'transcripts', 'leaks']),
  reaction: new Set(['criticism', 'controversy', 'acclaim', 'praise', 'backlash', 'condemnation', 'outrage', 'derision', 'ridicule', 'scorn', 'fire', 'plaudits', 'accolades', 'opposition', 'protest', 'protests', 'complaints', 'objections', 'uproar', 'outcry', 'debate', 'skepticism', 'scepticism', 'concern', 'concerns']),
  // How widely or fiercely a reaction came ("widespread criticism"): a claim about how many reacted.
  'reaction-breadth': new Set(['much', 'widespread', 'considerable', 'growing', 'heavy', 'fierce', 'sharp', 'harsh', 'strong', 'broad', 'wide', 'universal', 'international', 'public', 'intense', 'significant', 'renewed', 'mounting', 'severe']),
  // A reaction with no claim of its breadth ("drew a backlash", "met with mixed reviews").
  'reaction-plain': new Set(['some', 'mixed', 'critical', 'little', 'a', 'an']),
  'reaction-degree': new Set(['widely', 'heavily', 'sharply', 'severely', 'roundly', 'strongly', 'harshly', 'fiercely', 'often', 'frequently', 'repeatedly', 'also', 'long', 'generally', 'universally', 'highly', 'much', 'bitterly']),
  spreading: new Set(['arose', 'arise', 'arises', 'persist', 'persists', 'persisted', 'swirl', 'swirls', 'swirled', 'swirling', 'abound', 'abounds', 'abounded', 'circulate', 'circulates', 'circulated', 'circulating', 'linger', 'lingers', 'lingered', 'mount', 'mounts', 'mounted', 'mounting', 'grow', 'grows', 'grew', 'growing', 'spread', 'spreads', 'spreading', 'surface', 'surfaced', 'surfaces', 'emerge', 'emerged', 'emerges', 'intensify', 'intensified', 'intensifies', 'continue', 'continues', 'continued']),
  participle: (word: string) => /^[a-z]+ed$/.test(word),
  /** A word that can stand between a quantity and its noun ("some industry analysts"), not a verb ("some are holding men"). */
  modifier: (word: string) => !NOT_MODIFIERS.has(word) && !/(?:ing|n't)$/.test(word) && !/^\d/.test(word)
}

/** Words that open a noun phrase: after "reported to" they name where it was reported, not what is held ("to the police"). */
const OBJECT_OPENERS = ['the', 'a', 'an', 'police', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'them', 'him', 'me', 'us', 'authorities', 'officials']

const WHO = 'Who? “{actual}” gives a view without saying whose it is. Name the source, or cut the claim.'
const REACTION = 'By whom? “{actual}” reports a reaction without saying whose it is. Name who reacted.'
/** The messages of research and papers cited without a name, whose rewrite weasel.ts builds. */
export const RESEARCH_MESSAGE = 'Which? “{actual}” cites research without naming it. Name the study, its authors and its date.'
export const PAPERS_MESSAGE = 'Which? “{actual}” cites papers without saying whose they are or where they were published. Name them.'
const PASSIVE = 'Who? “{actual}” reports a view in the passive, hiding whose it is. Name the source.'

/** The article words that tell a subject has been named already ("the analysts", "both critics"). */
const DEFINITE = ['the', 'these', 'those', 'both', 'its', 'his', 'her', 'their', 'our', 'two', 'three', 'four', 'five', 'such', 'other', 'all']

/**
 * Vague attributions the word list finds: the passive that hides whose view
 * it is, an anonymous study, "according to some", a mood no one holds. A vague
 * subject with a verb of saying, believing or judging ("critics took aim") is
 * read by grammar in reading/vague-views.ts, not listed here.
 */
export const WEASEL: readonly LexiconEntry[] = [
  {
    // "praised by some critics", "criticism from many scholars": holders of views, uncounted and unnamed, with no verb of their own.
    patterns: ['<vague-quantity> <modifier>? <modifier>? <holder>'],
    rewrites: ['[named sources]'],
    // "so many people", "too many Americans", "as many voters as possible": a degree of number, not a source.
    unlessBefore: [...DEFINITE, 'so', 'too', 'as', 'how'],
    confidence: 0.6
  },
  {
    // "many people", "some residents": a vague number of a crowd, which may or may not stand for a source
    // (weasel.ts lowers it where the crowd is the object of an act: "brought many people back").
    patterns: ['<vague-quantity> <modifier>? <modifier>? <people>'],
    rewrites: ['[named sources]'],
    unlessBefore: [...DEFINITE, 'so', 'too', 'as', 'how'],
    confidence: 0.5
  },
  {
    // "it is widely believed", "it has been suggested", "it could be argued", "it's believed", "it's been reported that"
    patterns: [
      'it is|was <also>? <spread>? <view-participle>',
      "it's <also>? <spread>? <view-participle>",
      'it has|had been <spread>? <view-participle>',
      "it's been <spread>? <view-participle>",
      'it could|can|might|may|would|will be <spread>? <view-sense-participle>'
    ],
    // "it is known as", "it was reported by the Times", "it is seen in": a name, a named source, a place.
    unlessAfter: ['as', 'for', 'by', 'in', 'to', 'only', 'solely', 'mainly', 'mostly', 'primarily', 'chiefly'],
    rewrites: ['[source] says'],
    message: PASSIVE,
    confidence: 0.85
  },
  {
    // "is said to", "are believed to": a view with no holder, before what it holds.
    patterns: ['<be> <spread> said|believed|thought|rumored|rumoured|reputed|understood|reported|claimed|alleged|considered|regarded|seen|viewed|deemed to'],
    // "reported to the police": "to" and a noun is where, not "to be" or "to have".
    unlessAfter: [...OBJECT_OPENERS],
    message: PASSIVE,
    confidence: 0.8
  },
  {
    // "is widely regarded as", "is widely seen as a giveaway": the view's content follows, an article as often as not.
    patterns: [
      '<be> <spread> said|believed|thought|rumored|rumoured|reputed|understood|reported|claimed|alleged|considered|regarded|seen|viewed|deemed as',
      '<be> <spread> considered|regarded|seen|viewed|deemed|dubbed|hailed|touted as|one|a|an|the|among'
    ],
    // "as far away as", "as well as": a measure of distance or a list, not a view.
    unlessAfter: ['far', 'well', 'much', 'many', 'long', 'soon', 'early', 'late', 'recently', 'high', 'low', 'little', 'often'],
    message: PASSIVE,
    confidence: 0.8
  },
  {
    patterns: ['<be> <also>? said|believed|thought|rumored|rumoured|reputed|understood|reported|claimed|alleged|considered to'],
    // "was reported to the police": "to" and a noun is where, not "to be" or "to have".
    unlessAfter: [...OBJECT_OPENERS],
    message: PASSIVE,
    confidence: 0.7
  },
  {
    // Without an adverb that spreads the view, "is considered a", "was seen as" often classifies (by a rule, a law, a field).
    patterns: ['<be> regarded|seen|viewed|deemed|considered|dubbed|hailed|touted as|one|a|an|the|among'],
    unlessAfter: ['far', 'well', 'much', 'many', 'long', 'soon', 'early', 'late', 'recently', 'high', 'low', 'little', 'often'],
    message: PASSIVE,
    // Thorough only: "to correct what was seen as a problem", "has long been viewed as a weakness" tell a common view.
    confidence: 0.5
  },
  {
    // "it is known that": a fact given to no one who knows it. ("is known to" + a verb more often reports a habit or a
    // property plainly: "was known to carry a cane", "opioids are known to release histamine".)
    patterns: ['it is|was <also>? known that', 'it has been <also>? known that', "it's <also>? known that"],
    message: PASSIVE,
    confidence: 0.6
  },
  {
    // "…, considered the finest sculptor of his day", ", widely regarded as": a verdict tacked on with no one who holds it
    // (weasel.ts keeps it only after a comma: "he considered the offer" is a verb with its subject).
    patterns: ['<spread>? considered|regarded|reckoned|deemed the|one|among|a|an', '<spread>? considered|regarded|viewed|seen|reckoned as'],
    message: PASSIVE,
    confidence: 0.55
  },
  {
    // "the widely accepted view", "the commonly held belief": a view given to everyone and no one.
    patterns: ['<spread> accepted|held|shared|recognized|recognised|acknowledged|cited view|views|idea|theory|belief|beliefs|explanation|account|notion|consensus|opinion|wisdom|assumption|interpretation'],
    message: 'Whose? “{actual}” describes a view without saying who holds it. Name the people or the poll.',
    confidence: 0.7
  },
  {
    // "Legend has it", "tradition holds that", "folklore says": a story with no teller.
    patterns: ['legend|tradition|lore|folklore claims|says|holds|suggests|maintains|relates|tells'],
    unlessBefore: ['the', 'this', 'that', 'his', 'her', 'their', 'its', 'our', 'a', 'an', 'of'],
    message: 'Whose? “{actual}” passes on hearsay without a source. Say who says it, or cut it.',
    confidence: 0.75
  },
  {
    // "Recently released emails show", "internal documents reveal": papers cited without saying whose, or where they are.
    // Not "court documents show" or "Clinton's emails show" (weasel.ts lowers a match with its owner or its kind named
    // before it). Records and files ("birth records show") are most often named by what they record: not listed.
    patterns: ['<papers> <auxiliary>? show|shows|showed|shown|reveal|reveals|revealed|indicate|indicates|indicated|suggest|suggests|suggested|confirm|confirms|confirmed'],
    unlessBefore: ['the', 'this', 'these', 'that', 'those', 'his', 'her', 'their', 'its', 'our', 'your', 'court', 'police', 'public', 'official', 'government', 'federal', 'state', 'city', 'county', 'company', 'campaign', 'tax', 'financial', 'bank', 'phone', 'flight', 'land', 'property', 'census', 'historical', 'medical', 'military', 'archival'],
    // The rewrite is weasel.ts's, as for research: "Recently released emails showed" → "[source] showed".
    rewrites: [],
    message: PAPERS_MESSAGE,
    confidence: 0.55
  },
  {
    // "widely believed", "commonly thought", "often described as"
    patterns: ['<spread> <view-sense-participle>', '<spread> <plain-sense-participle> as|to|that'],
    // "have long argued" is active: someone named before argued it.
    unlessBefore: ['have', 'has', 'had', "'ve", 'who', 'they', 'we', 'i', 'he', 'she'],
    // "commonly known as Ursus": a name, not a view.
    unlessAfter: ['by'],
    message: PASSIVE,
    confidence: 0.7
  },
  {
    patterns: ['<judged-participle> by many|some|most|others|critics|experts|observers|commentators|skeptics|sceptics|scholars|analysts', '<judged-participle> by some|many|several|certain <modifier>? <people>'],
    message: 'Who? “{actual}” gives the view to an unnamed crowd. Name the source.',
    confidence: 0.85
  },
  {
    // "we are told", "we have been told": the writer passes on what no one is named for saying.
    patterns: ['we are|were told|assured|informed', "we're told|assured|informed", 'we have|had been told|assured|informed', "we've been told|assured|informed", 'to hear it said|told', 'one often? hears'],
    message: 'Told by whom? “{actual}” passes on a claim without its source. Name who said it.',
    confidence: 0.75
  },
  {
    // "studies show", "research has shown", "a recent study found" (a poll with no pollster named is the unsupported-claim rule's).
    // The rewrite is weasel.ts's: it takes the determiner and modifiers before the match and keeps the verb's tense.
    patterns: [
      'studies|research|evidence|reports|surveys|statistics|science|data <auxiliary>? show|shows|showed|shown|suggest|suggests|suggested|indicate|indicates|indicated|prove|proves|proved|proven|confirm|confirms|confirmed|find|finds|found',
      'a|one|recent|new|some|several|many study|report|survey|analysis|studies found|finds|shows|showed|suggests|suggested|says|said'
    ],
    rewrites: [],
    message: RESEARCH_MESSAGE,
    unlessBefore: ['the', 'this', 'these', 'that', 'those', 'his', 'her', 'their', 'its', 'our', 'your'],
    confidence: 0.75
  },
  {
    // "rumours persist", "speculation swirls", "rumour has it", "word is that"
    patterns: ['<hearsay-noun> <auxiliary>? <spreading>', 'rumor|rumour|word|legend|story has|had it', 'word is that'],
    unlessBefore: ['the', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'this', 'that', 'of', 'a', 'an'],
    message: 'Whose? “{actual}” passes on hearsay without a source. Say who says it, or cut it.',
    confidence: 0.75
  },
  {
    // "it is a truism that", "conventional wisdom holds": a claim dressed as what everyone knows.
    patterns: [
      "it is|it's|was a truism|commonplace|given|cliché|cliche|axiom that|of",
      'conventional|received|common|popular|accepted wisdom holds|says|has|is|suggests|dictates',
      "it is|it's|was common|general knowledge",
      "it is|it's|was well|widely|generally|commonly known that",
      "it is|it's|was a well-known|well|widely|generally|commonly|known|accepted|established known? fact that",
      "it is|it's|was generally|widely|commonly|universally agreed|accepted|acknowledged|assumed"
    ],
    message: 'Says who? “{actual}” presents a claim as accepted wisdom without a source. Name who holds it.',
    confidence: 0.75
  },
  {
    patterns: ['according to some|many|critics|experts|reports|sources|observers|analysts|insiders|rumors|rumours|legend|tradition|estimates|some|many|others|people', 'according to some|many|most estimates|accounts|reports|observers|experts'],
    rewrites: ['according to [source]'],
    message: 'According to whom? “{actual}” names no one. Name the source.',
    confidence: 0.85
  },
  {
    patterns: ['there is|are|was|were|has|have been? a? growing|widespread|general|broad|increasing|common|popular? belief|consensus|speculation|rumors|rumours|perception|feeling|sense|suspicion|suspicions|view|fears|talk|claims|allegations|suggestions|concerns'],
    message: 'Whose? “{actual}” describes a mood without saying who holds it. Name the people or the poll.',
    confidence: 0.75
  },
  {
    // "has drawn criticism", "sparked controversy", "came under fire", "met with widespread acclaim": a reaction with no one reacting.
    // "has drawn widespread criticism", "came under heavy fire", "was widely criticised as": a reaction with no one
    // reacting, and a claim of how many did.
    patterns: [
      'drew|drawn|draws|draw|sparked|sparks|spark|prompted|prompts|attracted|attracts|received|receives|faced|faces|face|provoked|provokes|triggered|triggers|generated|generates|caused|causes|earned|earns <reaction-breadth> <reaction>',
      'met|meets|meet with <reaction-breadth> <reaction>',
      'came|come|comes|coming under <reaction-breadth> fire|criticism|attack|scrutiny',
      'has|have|had been|is|was|were|are <reaction-degree>? criticized|criticised|condemned|slammed|panned|derided|ridiculed|lambasted|questioned|disputed|challenged|praised|hailed|lauded|acclaimed|celebrated',
      'criticized|criticised|condemned|derided|dismissed|ridiculed|hailed|praised|touted|billed|branded as'
    ],
    // "was criticized by the mayor": the source is named next.
    unlessAfter: ['by', 'from'],
    message: REACTION,
    confidence: 0.6
  },
  {
    // "sparked controversy", "came under fire", "faced protests": the reaction is itself the news, a formula whose
    // critics the story goes on to name. Thorough only.
    patterns: [
      'drew|drawn|draws|draw|sparked|sparks|spark|prompted|prompts|attracted|attracts|received|receives|faced|faces|face|provoked|provokes|triggered|triggers|generated|generates|caused|causes|earned|earns <reaction-plain>? <reaction>',
      'met|meets|meet with <reaction-plain>? <reaction>',
      'came|come|comes|coming under fire|criticism|attack|scrutiny'
    ],
    // "drew criticism from Senator Roe": the source is named next.
    unlessAfter: ['by', 'from'],
    message: REACTION,
    confidence: 0.45
  },
  {
    // "arguably the best": the writer's view hedged onto an unnamed arguer.
    patterns: ['arguably'],
    message: '“{actual}” hedges a judgement onto someone unnamed who might argue it. Say who argues it, or cut it.',
    confidence: 0.6
  },
  {
    patterns: ['in some|many|certain quarters|circles', 'a|the vast? majority of <people>', 'some|many|others|most would|might say|argue|dispute|contend|disagree|claim|insist|object|counter|suggest|add', 'it goes without saying'],
    message: 'Who? “{actual}” gives a view without saying whose it is. Name the source.',
    confidence: 0.6
  }
].map((entry) => ({message: WHO, ...entry}))

/** The entry for a vague number of a crowd ("many people"), which counts as a source only as a subject or after "by". */
export const CROWD_NUMBER: LexiconEntry = WEASEL.find((entry) => entry.patterns[0] === '<vague-quantity> <modifier>? <modifier>? <people>')!

/** The entry for a verdict tacked on after a comma (", considered the finest"), which weasel.ts keeps only there. */
export const TACKED_VERDICT: LexiconEntry = WEASEL.find((entry) => entry.patterns[0]?.startsWith('<spread>? considered'))!

/** The entry for research cited without a name ("studies show", "a recent study found"), whose rewrite weasel.ts builds. */
export const RESEARCH_SHOWS: LexiconEntry = WEASEL.find((entry) => entry.patterns[0]?.startsWith('studies|research'))!

/** The entry for papers that show something ("emails show"), which weasel.ts lowers when their owner is named before them. */
export const PAPERS_SHOW: LexiconEntry = WEASEL.find((entry) => entry.patterns[0]?.startsWith('<papers>'))!

/** The entries that hide a source (the passive, hearsay): not reported when a source is in reach (reading/claims.ts). */
export const NEEDS_NO_SOURCE_IN_REACH: ReadonlySet<LexiconEntry> = new Set(WEASEL.filter((entry) => entry.message === PASSIVE))

/** Documents that are the source of a passive view inside them: "a story in which it was claimed". */
export const SOURCE_DOCUMENTS: ReadonlySet<string> = new Set([
  'report', 'story', 'article', 'statement', 'letter', 'filing', 'memo', 'book', 'interview', 'post', 'tweet',
  'broadcast', 'segment', 'column', 'editorial', 'affidavit', 'complaint', 'lawsuit', 'indictment', 'document', 'email'
])
