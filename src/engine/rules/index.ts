import retextIndefiniteArticle from 'retext-indefinite-article'
import retextIntensify from 'retext-intensify'
import retextProfanities from 'retext-profanities'
import retextReadability from 'retext-readability'
import retextRepeatedWords from 'retext-repeated-words'
import retextSimplify from 'retext-simplify'
import type {Category, Severity} from '../types'
import {OUR_SOURCE_ID as OUR_SOURCE} from '../rule-kit/meta'
import editorializing from './editorializing'
import inclusiveLanguage from './inclusive-language'
import loadedLanguage from './loaded-language'
import passiveVoice from './passive-voice'
import {byCandidateWord, onlyRepeatedWords, onlyWordsInContext, type AnyPlugin} from '../rule-kit/plugin-wrappers'

/** First letters of words that always take "a": retext-indefinite-article lists no exception opening with one. */
const ALWAYS_AFTER_A = /^[bcdgjkpqtvwyz]/
import speculation from './speculation'
import unsupportedClaim from './unsupported-claim'
import vagueQuantity from './vague-quantity'
import weasel from './weasel'
import {
  isProfanityCandidate,
  isSlipInSpeech,
  LONGEST_PROFANITY,
  PROFANITY_SEARCH_IGNORE,
  profanityOpener
} from './retext-options.data'

export interface RuleDefinition {
  /** Stable id, documented in `docs/rules/<id>.md`. */
  id: string
  category: Category
  defaultSeverity: Severity
  /** Off by default when the check is more noise than help on news copy. */
  enabledByDefault: boolean
  /** The `source` of the messages the plugin writes: ours, or the retext package's name. */
  source: string
  /** One line on what the rule catches, for SARIF rule metadata and listings. */
  summary: string
  /**
   * Whether it also reports inside quotations and other voices; only checks
   * for slips of the keyboard do, and one may say which of its findings there
   * are slips ("the the") rather than the speaker's own words ("very very").
   */
  checksQuotations: boolean | ((actual: string) => boolean)
  /** The confidence of its findings when a finding names none itself (retext's checks name none): 0 to 1. */
  confidence?: number
  plugin: AnyPlugin
  options?: unknown
}

/**
 * Every check the engine runs, in the order it runs them. Retext plugins whose
 * defaults were measured as mostly noise on news copy are off by default (see
 * docs/rules and the notes on issue #2).
 */
export const RULES: readonly RuleDefinition[] = [
  {
    id: 'unsupported-claim',
    category: 'unsupported-claim',
    defaultSeverity: 'warning',
    enabledByDefault: true,
    source: OUR_SOURCE,
    summary:
      "A figure, poll, forecast, record, superlative, absolute, sweeping generalisation, accusation or cause in the writer's voice that no source reaches: none in its sentence, none carried on through its paragraph or from the one before.",
    checksQuotations: false,
    plugin: unsupportedClaim
  },
  {
    id: 'weasel',
    category: 'weasel',
    defaultSeverity: 'warning',
    enabledByDefault: true,
    source: OUR_SOURCE,
    summary: 'Vague attributions: "many believe", "critics argue", "it is widely thought", "studies show".',
    checksQuotations: false,
    plugin: weasel
  },
  {
    id: 'vague-quantity',
    category: 'weasel',
    defaultSeverity: 'info',
    enabledByDefault: false,
    source: OUR_SOURCE,
    summary: 'Vague quantities standing in for a number or names: "many companies", "some of the", "in some cases".',
    checksQuotations: false,
    plugin: vagueQuantity
  },
  {
    id: 'speculation',
    category: 'speculation',
    defaultSeverity: 'warning',
    enabledByDefault: true,
    source: OUR_SOURCE,
    summary: 'Predictions, effects and motives stated as certain: "will inevitably", "the incentive is clear".',
    checksQuotations: false,
    plugin: speculation
  },
  {
    id: 'loaded-language',
    category: 'loaded-language',
    defaultSeverity: 'warning',
    enabledByDefault: true,
    source: OUR_SOURCE,
    summary: "Emotive, judging or contentious words in the writer's voice, each with a neutral alternative.",
    checksQuotations: false,
    plugin: loadedLanguage
  },
  {
    id: 'editorializing',
    category: 'editorializing',
    defaultSeverity: 'warning',
    enabledByDefault: true,
    source: OUR_SOURCE,
    summary:
      'The writer\'s voice where a reporter\'s belongs: "notably", "of course", "we are witnessing", rhetorical questions.',
    checksQuotations: false,
    plugin: editorializing
  },
  {
    id: 'passive-voice',
    category: 'passive-voice',
    defaultSeverity: 'info',
    enabledByDefault: true,
    source: OUR_SOURCE,
    summary:
      'Passive voice where who acted matters and is missing or blurred ("the decision was made"), not routine news passives.',
    checksQuotations: false,
    plugin: passiveVoice
  },
  {
    id: 'inclusive-language',
    category: 'inclusive-language',
    defaultSeverity: 'warning',
    enabledByDefault: true,
    source: OUR_SOURCE,
    summary:
      'Gendered generic terms ("mankind", a generic "chairman") and disability or identity words used as insults, from retext-equality\'s list.',
    checksQuotations: false,
    plugin: inclusiveLanguage
  },
  {
    id: 'repeated-words',
    category: 'repetition',
    defaultSeverity: 'warning',
    enabledByDefault: true,
    source: 'retext-repeated-words',
    summary: 'A word typed twice in a row ("the the"), found by retext-repeated-words.',
    // In a quotation "deeply deeply" is the speaker's emphasis; only a doubled little word is a slip.
    checksQuotations: (actual) => isSlipInSpeech(actual),
    plugin: onlyRepeatedWords(retextRepeatedWords)
  },
  {
    id: 'indefinite-article',
    category: 'grammar',
    defaultSeverity: 'warning',
    enabledByDefault: true,
    source: 'retext-indefinite-article',
    summary: '"a" where "an" belongs and the other way round, found by retext-indefinite-article.',
    checksQuotations: true,
    // "a" or "an", a word before it (a capital "A" mid-sentence is a label) and the space, quote and word after it.
    // "a" before a word that opens with a consonant no word of the plugin's "an" list opens with ("a dog", "a
    // Tuesday") is always right: most "a"s are, and the plugin is not run on them.
    plugin: onlyWordsInContext(
      retextIndefiniteArticle,
      (word, next) => word === 'an' || (word === 'a' && !ALWAYS_AFTER_A.test(next ?? '')),
      3
    )
  },
  {
    id: 'profanity',
    category: 'other',
    defaultSeverity: 'warning',
    enabledByDefault: true,
    source: 'retext-profanities',
    summary: 'Profane or vulgar words outside quotations, found by retext-profanities (only the unambiguous ones).',
    checksQuotations: false,
    plugin: byCandidateWord(retextProfanities, {
      isCandidate: isProfanityCandidate,
      reach: {before: 0, after: LONGEST_PROFANITY - 1},
      keyOf: profanityOpener,
      // Each instance searches the phrases its word opens: no phrase is searched twice.
      searches: (word, phrase) => profanityOpener(phrase) === word
    }),
    // Sureness 2 keeps only words that are profane in every sense ("hell" and "screw" stay quiet).
    options: {sureness: 2, ignore: PROFANITY_SEARCH_IGNORE}
  },
  {
    id: 'simplify',
    category: 'simplify',
    defaultSeverity: 'hint',
    enabledByDefault: false,
    source: 'retext-simplify',
    summary: 'Wordy phrases with a plainer equivalent ("in order to"), found by retext-simplify.',
    checksQuotations: false,
    plugin: retextSimplify
  },
  {
    id: 'readability',
    category: 'readability',
    defaultSeverity: 'hint',
    enabledByDefault: false,
    source: 'retext-readability',
    summary: 'Sentences that are hard to read for the target age, found by retext-readability.',
    checksQuotations: false,
    plugin: retextReadability,
    options: {age: 22, minWords: 8, threshold: 5 / 7}
  },
  {
    id: 'intensifier',
    category: 'simplify',
    defaultSeverity: 'hint',
    enabledByDefault: false,
    source: 'retext-intensify',
    summary: "Weasel words, hedges and intensifiers from retext-intensify's broad list.",
    checksQuotations: false,
    plugin: retextIntensify
  }
]

export function ruleById(id: string): RuleDefinition | undefined {
  return RULES.find((rule) => rule.id === id)
}
