import {isAttributionVerb} from '../reading/speech'
import type {LexiconEntry} from '../rule-kit/lexicon-rule'

/** Groups of people a writer can cite without naming anyone. */
const PEOPLE = [
  'people', 'experts', 'critics', 'observers', 'analysts', 'commentators', 'scholars', 'historians', 'economists',
  'scientists', 'researchers', 'sources', 'insiders', 'officials', 'skeptics', 'sceptics', 'detractors', 'supporters',
  'proponents', 'opponents', 'academics', 'pundits', 'investors', 'observers', 'users', 'fans', 'residents',
  'voters', 'citizens', 'activists', 'advocates', 'politicians', 'lawmakers', 'legislators', 'leaders', 'insiders',
  'onlookers', 'watchers', 'theorists', 'specialists', 'authorities', 'scientists', 'doctors', 'physicians', 'engineers',
  'developers', 'executives', 'bankers', 'traders', 'strategists', 'forecasters', 'economists', 'ethicists', 'writers',
  'authors', 'reviewers', 'journalists', 'reporters', 'consumers', 'customers', 'parents', 'teachers', 'americans',
  'europeans', 'britons', 'locals', 'conservatives', 'liberals', 'progressives', 'democrats', 'republicans', 'believers',
  'followers', 'members', 'individuals', 'groups', 'campaigners', 'environmentalists', 'philosophers', 'linguists',
  'sociologists', 'psychologists', 'archaeologists', 'theologians', 'biologists', 'physicists', 'climatologists'
]

/** Words that may stand between a vague subject and its verb ("some have long argued"). */
const AUXILIARIES = ['have', 'has', 'had', 'would', 'might', 'may', 'could', 'will', 'also', 'even', 'still', 'now', 'long', 'often', 'generally', 'widely', 'do', 'did', 'further', 'increasingly', 'privately', 'openly']

/** Adverbs that spread a view over an unnamed crowd ("widely believed"). */
const SPREAD = ['widely', 'generally', 'commonly', 'often', 'frequently', 'traditionally', 'popularly', 'usually', 'sometimes', 'largely', 'universally', 'broadly', 'increasingly', 'long']

/** Participles that, in the passive, report a view without its holder. */
const VIEW_PARTICIPLES = [
  'believed', 'thought', 'considered', 'regarded', 'seen', 'viewed', 'held', 'accepted', 'recognized', 'recognised',
  'acknowledged', 'credited', 'perceived', 'described', 'cited', 'hailed', 'praised', 'criticized', 'criticised',
  'known', 'reported', 'rumored', 'rumoured', 'said', 'claimed', 'argued', 'suggested', 'understood', 'felt', 'assumed',
  'alleged', 'reputed', 'touted', 'labelled', 'labeled', 'dubbed', 'deemed', 'acclaimed'
]

export const WEASEL_CLASSES = {
  people: new Set(PEOPLE),
  'attribution-verb': isAttributionVerb,
  auxiliary: new Set(AUXILIARIES),
  spread: new Set(SPREAD),
  'view-participle': new Set(VIEW_PARTICIPLES),
  be: new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']),
  'vague-quantity': new Set(['some', 'many', 'several', 'numerous', 'countless', 'certain']),
  plural: (word: string) => /^[a-z][a-z-]*[^s]s$/.test(word),
  'vague-subject': new Set(['some', 'many', 'most', 'others', 'few']),
  participle: (word: string) => /^[a-z]+ed$/.test(word)
}

const WHO = 'Who? “{actual}” gives a view without saying whose it is. Name the source, or cut the claim.'

/** The article words that tell a subject has been named already ("the analysts", "both critics"). */
const DEFINITE = ['the', 'these', 'those', 'both', 'its', 'his', 'her', 'their', 'our', 'two', 'three', 'four', 'five', 'such', 'other', 'all']

/**
 * Vague attributions: a view given to an unnamed crowd, an anonymous study or
 * the passive voice, so the reader cannot judge who holds it.
 */
export const WEASEL: readonly LexiconEntry[] = [
  {
    // "many believe", "some have argued", "others say"
    patterns: ['<vague-subject> <auxiliary>? <auxiliary>? <attribution-verb>'],
    rewrites: ['[named sources] {rest}'],
    unlessBefore: ['of', 'the', 'in', 'for', 'to', 'and', 'than', 'with', 'from', 'by', 'at', 'on', 'so', 'too', 'as', 'how']
  },
  {
    // "many experts", "some industry analysts"
    patterns: ['<vague-quantity> *? *? <people>'],
    rewrites: ['[named sources]'],
    // "so many people", "too many Americans", "as many voters as possible": a degree of number, not a source.
    unlessBefore: [...DEFINITE, 'so', 'too', 'as', 'how']
  },
  {
    // "critics argue", "analysts have warned", "some Muslims believe"
    patterns: ['<people> <auxiliary>? <auxiliary>? <attribution-verb>', 'some|many|most <plural> <auxiliary>? <attribution-verb>'],
    rewrites: ['[named] {actual}'],
    // "66 percent of Americans said": a counted share of a group is a poll result, a claim to source, not a vague attribution.
    // After "many" or "some" the entries above read the whole phrase from the quantifier ("so many people think" is a number).
    unlessBefore: [...DEFINITE, 'of', 'many', 'some', 'several', 'numerous', 'countless', 'certain', 'few', 'most']
  },
  {
    // "it is widely believed", "it has been suggested", "it could be argued"
    patterns: ['it is|was <spread>? <view-participle>', 'it has|had been <spread>? <view-participle>', 'it could|can|might|may|would|will be <spread>? <view-participle>'],
    unlessAfter: ['as', 'for', 'by'],
    rewrites: ['[source] says'],
    message: 'Who? “{actual}” reports a view in the passive, hiding whose it is. Name the source.'
  },
  {
    // "is said to", "are widely regarded as", "was thought by some"
    patterns: ['<be> <spread>? said|believed|thought|rumored|rumoured|reputed|understood|reported|claimed|alleged|considered|regarded|seen|viewed|deemed to|as', '<spread> <view-participle>', '<be> <spread>? considered|regarded|seen|viewed|deemed|dubbed|hailed|touted as|one|a|an|the|among'],
    message: 'Who? “{actual}” reports a view in the passive, hiding whose it is. Name the source.'
  },
  {
    patterns: ['<view-participle> by many|some|others|critics|experts|observers|commentators|skeptics|sceptics|scholars|analysts'],
    message: 'Who? “{actual}” gives the view to an unnamed crowd. Name the source.'
  },
  {
    // "studies show", "research has shown", "a recent study found"
    patterns: [
      'studies|research|evidence|reports|surveys|polls|statistics|science|data <auxiliary>? show|shows|showed|shown|suggest|suggests|suggested|indicate|indicates|indicated|prove|proves|proved|proven|confirm|confirms|confirmed|find|finds|found',
      'a|one|recent|new|some|several|many study|report|survey|poll|analysis|studies found|finds|shows|showed|suggests|suggested|says|said'
    ],
    rewrites: ['[named study] shows'],
    message: 'Which? “{actual}” cites research without naming it. Name the study, its authors and its date.',
    unlessBefore: ['the', 'this', 'these', 'that', 'those', 'his', 'her', 'their', 'its', 'our', 'your']
  },
  {
    patterns: ['according to some|many|critics|experts|reports|sources|observers|analysts|insiders|rumors|rumours|legend|tradition|estimates|some|many', 'according to some|many|most estimates|accounts|reports|observers|experts'],
    rewrites: ['according to [source]'],
    message: 'According to whom? “{actual}” names no one. Name the source.'
  },
  {
    patterns: ['there is|are|was|were|has|have been? a? growing|widespread|general|broad|increasing|common|popular? belief|consensus|speculation|rumors|rumours|perception|feeling|sense|suspicion|suspicions|view|fears|talk'],
    message: 'Whose? “{actual}” describes a mood without saying who holds it. Name the people or the poll.'
  },
  {
    patterns: ['in some|many|certain quarters|circles', 'a|the vast? majority of <people>', 'some would say|argue', 'it goes without saying'],
    message: 'Who? “{actual}” gives a view without saying whose it is. Name the source.'
  },
  {
    patterns: ['reportedly', 'reputedly', 'arguably'],
    rewrites: ['(according to [source])'],
    message: '“{actual}” hedges on an unnamed source. Say who reported or argues it.'
  },
  {
    // Before an adjective ("supposedly democratic") the word sneers at a quality: loaded language, not a vague source.
    patterns: ['supposedly', 'purportedly', 'ostensibly'],
    unlessBeforePartOfSpeech: ['ADJ' as const],
    rewrites: ['(according to [source])'],
    message: '“{actual}” hedges on an unnamed source. Say who reported or argues it.'
  }
].map((entry) => ({message: WHO, ...entry}))
