import {articleMatches, literally} from './article-search'
import type {Paragraph, Root} from 'nlcst'
import {toString} from 'nlcst-to-string'
import type {ProseDocument} from './document'
import {partOfSpeech, tagText, type WordTag} from './part-of-speech'
import {isEnglishParagraph} from './language'
import {sentenceCountOf, sentencesOf, sourceOf, type SentenceTokens, type WordToken} from './sentences'
import {attributionKind, isAttributionVerb, isReportingVerb, isSayingVerb, mayReport, verbForms} from './speech'
import {ANONYMOUS, OPINION_HOLDERS} from './vague-views.data'
import {hasAttributedVoice, isOtherVoice} from './voices'
import {
  ABSTRACT_WITNESSES,
  ADDRESSING_VERBS,
  ABSOLUTE_HEDGES,
  APPROXIMATORS,
  CHECKABLE_ADJECTIVES,
  CLAIM_HEDGES,
  COMMON_COUNTS,
  CONTENT_VERBS,
  CROWD_NOUNS,
  CURRENCY_SYMBOLS,
  DIFFERENCE_CUES,
  DOCUMENT_SUBJECTS,
  ENGLISH_FUNCTION_WORDS,
  EVIDENCE_NOUNS,
  FACTIVE_IN_QUESTIONS,
  FIGURE_UNITS,
  FIGURATIVE_AFTER_ONLY,
  FIRST_PERSON,
  FORECAST_PARTICIPLES,
  FRACTIONS,
  FRAMING_ASIDES,
  FRAMING_COMMENTS,
  FRAMING_OPENERS,
  FRAMING_PAIRS,
  GATHERING_VERBS,
  GIVEN_DETERMINERS,
  GROUP_HARM_VERBS,
  GROUP_JUDGEMENT_ADJECTIVES,
  GROUP_JUDGEMENT_NOUNS,
  IRREGULAR_PLURALS,
  ABSOLUTE_ADJECTIVES,
  ABSOLUTE_ADVERBS,
  ACCUSATION_HEDGES,
  ACCUSATION_VERBS,
  ANY_NEGATORS,
  CAUSE_HEDGES,
  CAUSE_OPENERS,
  CHARGE_NOUNS,
  GROUP_NOUNS,
  NOT_A_QUANTIFIED_SUBJECT,
  OFFENDER_NOUNS,
  QUANTIFIED_SUBJECTS,
  ROUTINE_AFTER_ANY,
  WRONGDOING_NOUNS,
  MAGNITUDE_VALUES,
  MAGNITUDES,
  MONEY_UNITS,
  NEED_VERBS,
  NUMBER_WORDS,
  POLL_ATTRIBUTIONS,
  POLL_NOUNS,
  POLL_QUALIFIERS,
  POLL_STANDINGS,
  POLL_VERBS,
  OFFICIAL_ACTORS,
  OFFICIAL_ACTS,
  PUBLISHING_VERBS,
  QUANTITY_VERBS,
  RECORD_FIELDS,
  RECORD_SCOPES,
  RECORD_SPANS,
  RECORD_THINGS,
  RECORD_VERBS,
  RECORD_WORDS,
  RELEASED_RECORDS,
  ROUTINE_AFTER_EVERY,
  SEQUENCE_NOUNS,
  SOURCE_STAND_INS,
  STRONG_ABSOLUTES,
  SUM_CUES,
  SUPERLATIVES,
  SWEEPING_ABSOLUTES,
  SWEEPING_INTENSIFIERS,
  THRESHOLD_PURPOSES,
  TIME_UNITS,
  TREND_VERBS,
  UNNAMED_POLL_MODIFIERS,
  VAGUE_SOURCES,
  VIEW_NOUNS,
  VOTE_NOUNS,
  WITNESS_VERBS,
  MONTHS,
  AGE_HEDGES,
  AGE_VERBS,
  CASUALTY_WORDS,
  DURATION_ADJECTIVES,
  ENTIRE_SPANS,
  ENTIRE_WHOLES,
  KNOWN_TOTALS,
  LIST_ANNOUNCERS,
  OPINION_NOUNS,
  OPINION_STATES,
  OPINION_VERBS,
  RECALLING_OPENERS,
  RESULT_NOUNS,
  RESULT_VERBS,
  TOLL_EVENTS,
  LEGEND_VERBS,
  SOURCE_BELIEFS,
  SUPERLATIVE_HEDGES,
  WEALTH_VERBS,
  GUESS_OPENERS,
  OTHERS_VIEW_VERBS,
  PARAGRAPH_LABELS,
  REQUIRING_VERBS,
  SHARE_SIZES
} from './claims.data'

export type SignalKind =
  | 'poll'
  | 'forecast'
  | 'figure'
  | 'record'
  | 'superlative'
  | 'absolute'
  | 'sweeping'
  | 'accusation'
  | 'cause'

/** A run of tokens that makes a checkable claim. */
export interface Signal {
  kind: SignalKind
  first: number
  last: number
  /** For a forecast, the participle after which "by [source]" can go. */
  participle?: number
  /**
   * Read from the shape of a clause rather than from its words alone (a sweep over a group, an
   * accusation, a cause, an absolute "any"): weaker evidence of a claim, reported with less confidence.
   */
  tentative?: boolean
  /** For a figure with an exact value: what it is, to tell a later mention of it or a sum over it. */
  note?: FigureNote
  /**
   * A claim an editor seldom asks a source for, though it is one: a total everyone has heard (a national
   * debt, a country's population), a toll of the event a story recalls, a rich man's "millions", "the
   * entire country". Reported with less confidence.
   */
  weak?: boolean
}

/** What a figure measures: money, a share, or a count of something. */
export type FigureUnit = 'money' | 'percent' | 'count'

/** A figure as the article gives it. */
export interface FigureNote {
  /** What it measures and how much: "money:1000000000", "percent:12", "count:20:members". */
  id: string
  unit: FigureUnit
  value: number
}

/**
 * What the claim analysis of one part of an article hands the next (an
 * incremental lint reads an article a part at a time): whether an attribution
 * still holds, whether it is a document's, and the figures given so far.
 */
export interface ClaimCarry {
  attribution: boolean
  /** The attribution that holds is a document's (filings, a report, records), and it gave figures of these kinds. */
  documentUnits?: readonly FigureUnit[]
  /** The figures the text before gave, in order; a list that grows is only ever appended to (it is indexed as it grows). */
  figures?: readonly FigureNote[]
}

const PRIORITY: SignalKind[] = [
  'poll',
  'forecast',
  'figure',
  'record',
  'superlative',
  'absolute',
  'sweeping',
  'accusation',
  'cause'
]

const TERMINAL = /^[.!?…]+$|^[”"’']$/
const YEAR = /^(1[6-9]|20)\d\d$/
const LENGTH_UNITS = new Set([
  'miles',
  'mile',
  'kilometers',
  'kilometres',
  'kilometer',
  'kilometre',
  'km',
  'feet',
  'foot',
  'meters',
  'metres',
  'yards',
  'mi'
])
const DIRECTIONS = new Set([
  'north',
  'south',
  'east',
  'west',
  'northeast',
  'northwest',
  'southeast',
  'southwest',
  'north-east',
  'north-west',
  'south-east',
  'south-west',
  'northeast',
  'away',
  'from',
  'outside',
  'off',
  'inland',
  'offshore',
  'upstream',
  'downstream'
])
const NUMBER_LABELS = new Set([
  'chapter',
  'page',
  'section',
  'no',
  'number',
  'version',
  'model',
  'route',
  'highway',
  'room',
  'article',
  'figure',
  'table',
  'step',
  'issue',
  'volume',
  'episode',
  'season',
  'game',
  'flight',
  'apartment',
  'suite',
  'unit',
  'item',
  'grade',
  'level',
  'phase',
  'type',
  'class',
  'category',
  'ranked',
  'rank',
  'aged',
  'age',
  'platform',
  'gate',
  'pier',
  'berth',
  'district',
  'ward',
  'interstate',
  'bill',
  'resolution',
  'act',
  'rule',
  'verse',
  'psalm',
  'line',
  'exit',
  'terminal',
  'channel',
  'track',
  'act'
])
/** Words before a reporting verb that show it is a noun or a clause, not someone reporting ("the claims", "that shows"). */
const NOT_A_SUBJECT = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'its',
  'their',
  'his',
  'her',
  'our',
  'of',
  'in',
  'on',
  'to',
  'for',
  'with',
  'and',
  'or',
  'which',
  'what',
  'as',
  'than',
  'new',
  'such'
])
/** Words between a subject and its verb: "the board has also said". */
const BETWEEN_SUBJECT_AND_VERB = new Set([
  'has',
  'have',
  'had',
  'also',
  'previously',
  'recently',
  'later',
  'last',
  'would',
  'will',
  'once',
  'first',
  'further',
  'then',
  'still',
  'now',
  'again',
  'too',
  'publicly',
  'separately',
  'initially',
  'originally',
  'earlier',
  'just',
  'already',
  'repeatedly',
  'often'
])
/** Pronouns that stand for a source named before ("she said", "it found"). */
const SOURCE_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'who', 'which'])
/** Particles that make a verb of reporting another verb: "should he show up". */
const PARTICLES = new Set(['up', 'off', 'down', 'around', 'away', 'back', 'over'])
const MODALS = new Set(['would', 'will', 'could', 'should', 'can', 'may', 'might', 'shall', 'must', "'d", "'ll"])
/** "I", "we've", "I'm": the writer (or speaker) in person, contractions included. */
const isFirstPerson = (word: string) =>
  FIRST_PERSON.has(word) || (word.includes("'") && FIRST_PERSON.has(word.replace(/'(?:ve|m|d|ll|re|s)$/, '')))
const CAPITAL_FIRST = /^\p{Lu}/u
/** Whether a word starts with a capital: ASCII read from its code, the rest by its Unicode class. */
function startsWithCapital(text: string): boolean {
  const code = text.charCodeAt(0)
  if (code < 128) return code >= 65 && code <= 90
  return CAPITAL_FIRST.test(text)
}
/** What, touching a number's end, makes it part of a code or a name: "F-16s", "9/11", "501(c)". */
const ATTACHED_AFTER = /^[\p{L}:/(-]/u
/** The first words of FRAMING_COMMENTS, so that most tokens are passed over without building a pair. */
const FRAMING_COMMENT_STARTS = new Set([...FRAMING_COMMENTS].map((comment) => comment.split(' ')[0]))
const CONTENT_FORMS = new Set(
  [...CONTENT_VERBS]
    .filter((verb) => !verb.includes(' '))
    .flatMap((verb) => verbForms(verb))
    .concat(['set', 'gave', 'given', 'put', 'paid'])
)
/** Openers that carry a source's account into a new paragraph: "Also, the agency…", "In addition, it…". */
const CONTINUING_OPENERS = new Set([
  'also',
  'additionally',
  'further',
  'furthermore',
  'separately',
  'likewise',
  'similarly',
  'elsewhere'
])
const ABSOLUTE_PHRASE_STOPS = new Set([
  'and',
  'or',
  'but',
  'to',
  'which',
  'that',
  'while',
  'with',
  'for',
  'from',
  'by',
  'of',
  'as',
  'than',
  'because'
])
const CITATION_MARKER = /\[\d+\]|\[citation needed\]|\[source\]|\(\p{Lu}[\p{L} .&,'-]*,? \d{4}[a-z]?\)|[¹²³⁴⁵⁶⁷⁸⁹⁰]/u

/** What the claim analysis knows about one sentence. */
export interface SentenceClaims {
  sentence: SentenceTokens
  /** The claim signals that would be reported, merged; empty when the sentence makes no checkable claim. */
  signals: Signal[]
  /** The sentence itself carries a source. */
  sourced: boolean
  /**
   * It is supported: sourced itself, or by an attribution that carries over to it, from the sentences
   * before in its paragraph, or from the paragraph before when it opens by continuing that account.
   * (A poll with no pollster named is reported even so: the account it carries on is not the poll's.)
   */
  supported: boolean
  headline: boolean
  /** An attribution still holds after this sentence and may carry over to the next. */
  attributionHolds: boolean
  /** What carried into this sentence is only a holder of views' belief ("Historians believe…"), no named source. */
  vagueCarry?: boolean
  /** A source in its paragraph, or an attribution that held as the paragraph opened, that may reach it though it does not carry. */
  nearSource: boolean
  /** The figures it gives, in order, quotations included: a later mention of one is not a new claim. */
  figures: FigureNote[]
  /** When the attribution that holds after it is a document's: the kinds of figure that document has given. */
  documentUnits?: FigureUnit[]
}

/**
 * Reads every sentence for claim signals and sources. The unsupported-claim
 * rule reports the unsupported ones; the balance score counts them all.
 *
 * A source reaches as a reporter's attribution does: it covers its own
 * sentence, the sentences after it in its paragraph until the writer's own
 * framing takes over (a "But…", a question, the writer in person), and the
 * next paragraph when that opens by continuing the account ("She also…",
 * "The agency…", "Also, …"), or, for a document (filings, a report), with
 * more figures of the kind it gave.
 *
 * A figure is a claim once: at its first mention. A later mention of it ("that
 * same $1 billion"), a sum or difference over figures the article gives ("the
 * three grants total $10 million"), and counts everyone knows ("270 electoral
 * votes to win") are not new claims. A question in the writer's voice asserts
 * nothing.
 */
export function analyzeClaims(
  tree: Root,
  document: ProseDocument,
  knownHeadlineFigures?: ReadonlySet<string>,
  before: boolean | ClaimCarry = false
): SentenceClaims[] {
  // The claim rule, the weasel rule, the incremental linter and the balance score all ask for the same
  // reading of a tree in one lint: it is worked out once for each tree and set of arguments.
  const cached = claimCache
    .get(tree)
    ?.find(
      (entry) =>
        entry.document === document && entry.headlineFigures === knownHeadlineFigures && entry.before === before
    )
  if (cached) return cached.claims
  const claims = readClaims(tree, document, knownHeadlineFigures, before)
  const entries = claimCache.get(tree) ?? []
  entries.push({document, headlineFigures: knownHeadlineFigures, before, claims})
  claimCache.set(tree, entries)
  return claims
}

interface CachedClaims {
  document: ProseDocument
  headlineFigures: ReadonlySet<string> | undefined
  before: boolean | ClaimCarry
  claims: SentenceClaims[]
}

const claimCache = new WeakMap<Root, CachedClaims[]>()

function readClaims(
  tree: Root,
  document: ProseDocument,
  knownHeadlineFigures: ReadonlySet<string> | undefined,
  before: boolean | ClaimCarry
): SentenceClaims[] {
  const carry = carryOf(before)
  const sentences = sentencesOf(tree)
  // Which sentences are headlines, read once: the figures they give are known before the body is read.
  const headlines = sentences.map(isHeadline)
  const headlineFigures = new Set<string>(knownHeadlineFigures)
  sentences.forEach((sentence, position) => {
    if (headlines[position]) for (const key of figureKeysOf(sentence)) headlineFigures.add(key)
  })
  const results: SentenceClaims[] = []
  let previousParagraph: unknown
  // Whether an attribution still holds at this point of the text (when this is one part of an article,
  // at the end of the part before: see carryAfter), and when it is a document's, the kinds of figure it gave.
  let voice = carry.attribution
  // Whether the account that holds is only a holder of views' belief ("analysts believe").
  let accountVague = false
  let documentUnits: Set<FigureUnit> | undefined =
    voice && carry.documentUnits ? new Set(carry.documentUnits) : undefined
  // The figures given so far, in the parts before and in this one.
  const given = new FigureLedger(carry.figures)
  // Whether each paragraph has a source, or opened with an attribution holding.
  const paragraphSourced = new Map<unknown, boolean>()
  let english = true
  let historical = false
  // The paragraph is a transcript's line: "Rudy Giuliani: …".
  let speaker = false
  sentences.forEach((sentence, position) => {
    const opensParagraph = sentence.paragraph !== previousParagraph
    previousParagraph = sentence.paragraph
    if (opensParagraph) {
      // An English-only linter stays quiet on prose in another language.
      english = isEnglishParagraph(sentences, position)
      paragraphSourced.set(sentence.paragraph, voice)
    }
    const headline = headlines[position]
    const quiet = headline || !english || isHypothetical(sentence)
    const question = !quiet && isQuestion(sentence, document)
    const found = quiet ? [] : findSignals(sentence)
    // A paragraph about centuries past: its round, approximate figures ("about two hundred died") are history's.
    if (opensParagraph) historical = false
    if (!quiet && !historical) historical = isHistorical(sentence)
    if (historical) for (const signal of found) if (isApproximateFigure(sentence, signal)) signal.weak = true
    // A figure said before is no new claim; a sum over figures given is arithmetic, not a finding.
    let repeated: Set<Signal> | undefined
    const figures: FigureNote[] = []
    if (!question) {
      for (const signal of found) {
        if (!signal.note) continue
        if (isGivenBefore(sentence, signal, given) || isArithmetic(sentence, signal.note, given))
          (repeated ??= new Set()).add(signal)
        figures.push(signal.note)
        given.add(signal.note)
      }
    }
    const claimed = withoutQuestion(
      sentence,
      question,
      withoutWriterOpinion(
        sentence,
        document,
        withoutReportedViews(
          sentence,
          document,
          found.length === 0
            ? found
            : found.filter(
                (signal) => signal.kind !== 'figure' || !headlineFigures.has(figureKey(sentence.tokens, signal))
              )
        )
      )
    )
    // The source is read on every signal, so that what reaches on does not hang on what the parts before gave.
    const all = mergeSignals(sentence.tokens, claimed)
    const signals =
      repeated === undefined
        ? all
        : mergeSignals(
            sentence.tokens,
            claimed.filter((signal) => !repeated.has(signal))
          )
    if (opensParagraph) speaker = isSpeakerLine(sentence) || isIntroducedQuotation(sentences[position - 1])
    const {
      reach,
      document: fromDocument,
      vague
    } = headline
      ? NO_REACH
      : speaker
        ? {reach: sentence.tokens.length - 1, document: false}
        : sourceReach(sentence, document, all)
    const sourced = reach >= 0
    // Whether the account before carries on here: asked only when one holds (it reads the clause, a tagging).
    const continues = () =>
      opensParagraph
        ? continuesAccount(sentence, document) ||
          (documentUnits !== undefined && continuesDocument(sentence, document, all, figures, documentUnits))
        : !takesOver(sentence, document)
    const carried: boolean = !headline && !sourced && voice && continues()
    // A report the writer's own concession cut short ("…, although…") hands the paragraph to the writer.
    const whole = sourced && reach === sentence.tokens.length - 1
    voice = whole || carried
    // The account carried on is a holder of views' belief ("Historians believe…"): it still covers the figures
    // after it, but names no one the weasel rule could take for a source.
    const vagueCarry = carried && accountVague
    accountVague = whole ? vague === true : vagueCarry
    if (!voice) documentUnits = undefined
    else if (sourced) documentUnits = fromDocument ? new Set(figures.map((note) => note.unit)) : undefined
    else if (documentUnits) for (const note of figures) documentUnits.add(note.unit)
    if (sourced) paragraphSourced.set(sentence.paragraph, true)
    // Claims past a report's reach are the writer's own.
    const beyond = sourced && reach < sentence.tokens.length - 1 ? signals.filter((signal) => signal.first > reach) : []
    // A vague poll is not covered by the account it carries on: it brings a source of its own that no one names.
    const polls = carried ? signals.filter((signal) => signal.kind === 'poll') : []
    results.push({
      sentence,
      signals: beyond.length > 0 ? beyond : polls.length > 0 ? polls : signals,
      sourced,
      supported: (sourced && beyond.length === 0) || (carried && polls.length === 0),
      headline,
      attributionHolds: voice,
      vagueCarry,
      nearSource: false,
      figures,
      documentUnits: documentUnits ? [...documentUnits].sort() : undefined
    })
  })
  for (const result of results)
    result.nearSource = result.sourced || paragraphSourced.get(result.sentence.paragraph) === true
  return results
}

/**
 * "Columbus wrote in a letter from 1500," or "In a statement, the ministry said:" ending the paragraph before:
 * this paragraph is the words it introduces, a quotation set off without its marks.
 */
function isIntroducedQuotation(before: SentenceTokens | undefined): boolean {
  if (!before) return false
  const {tokens} = before
  const last = tokens.length - 1
  if (last < 1 || (tokens[last].text !== ':' && tokens[last].text !== ',')) return false
  const words = wordsOf(tokens)
  for (let index = last - 1; index >= 0 && index >= last - 8; index--)
    // A verb, not "The states are:" (a noun of the same form).
    if (isSayingVerb(words[index]) && posAt(before, index) === 'VERB') return true
  return false
}

/**
 * "Rudy Giuliani: There are specific federal crimes…": a paragraph that opens with a name and a colon is
 * a transcript's line, the named speaker's words. (Not a label: "Update:", "Editor's note:".)
 */
function isSpeakerLine(sentence: SentenceTokens): boolean {
  const {tokens} = sentence
  const first = tokens.findIndex(isWord)
  if (first < 0) return false
  // One to four capitalized words, abbreviations included ("Sen. Warren"), then the colon.
  let colon = first
  while (
    colon < first + 6 &&
    (isCapitalizedWord(tokens[colon]) || (tokens[colon]?.text === '.' && isWord(tokens[colon - 1])))
  )
    colon++
  if (colon === first || tokens[colon]?.text !== ':') return false
  const name = tokens
    .slice(first, colon)
    .filter(isWord)
    .map((token) => token.lower)
  if (name.some((word) => PARAGRAPH_LABELS.has(word)) || ENGLISH_FUNCTION_WORDS.has(name[0])) return false
  // A name, as the tagger reads it ("Result:" is a label).
  if (tokens.slice(first, colon).some((token, offset) => isWord(token) && posAt(sentence, first + offset) !== 'PROPN'))
    return false
  // Words of the speaker's follow: a few, with a verb, as a line of talk (not "Result: $139 billion in profit").
  const after = tokens.slice(colon + 1)
  return (
    after.filter(isWord).length >= 4 &&
    after.some(
      (token, offset) =>
        ['VERB', 'AUX'].includes(posAt(sentence, colon + 1 + offset) ?? '') && !/ing$/.test(token.lower)
    )
  )
}

/** "In 1495, …", "by 1650", "in the 15th century": a sentence set before 1900. */
function isHistorical({tokens}: SentenceTokens): boolean {
  const words = wordsOf(tokens)
  for (let index = 0; index < words.length; index++) {
    // Both a year and a century start with a digit: most words are passed over on their first character.
    const word = words[index]
    if (!startsWithDigit(word)) continue
    if (/^1[0-8]\d\d$/.test(word)) {
      if (YEAR_PREPOSITIONS.has(words[index - 1] ?? '') || words[index - 1] === 'by' || words[index + 1] === ',')
        return true
    } else if (/^(?:1[0-8]|[1-9])(?:st|nd|rd|th)$/.test(word) && words[index + 1] === 'century') return true
  }
  return false
}

/** "about two hundred", "some 300,000", "ten thousand", "thousands": a round figure, approximately given. */
function isApproximateFigure({tokens}: SentenceTokens, signal: Signal): boolean {
  if (signal.kind !== 'figure') return false
  const words = wordsOf(tokens).slice(signal.first, signal.last + 1)
  if (APPROXIMATORS.has(wordsOf(tokens)[signal.first - 1] ?? '')) return true
  // In words, with a magnitude: "ten thousand", "two hundred", "thousands".
  return !words.some((word) => /\d/.test(word)) && words.some((word) => MAGNITUDES.has(word))
}

const carryOf = (before: boolean | ClaimCarry | undefined): ClaimCarry =>
  typeof before === 'object' ? before : {attribution: Boolean(before)}

/**
 * Whether an attribution still holds at the end of these sentences, so that a
 * next part of the article read on its own (IncrementalLinter) can carry it on.
 */
export function attributionAfter(
  claims: readonly SentenceClaims[],
  attributionBefore: boolean | ClaimCarry = false
): boolean {
  return carryAfter(claims, attributionBefore).attribution
}

/** What these sentences hand the next part of the article: the attribution that holds, and the figures given. */
export function carryAfter(claims: readonly SentenceClaims[], before: boolean | ClaimCarry = false): ClaimCarry {
  const carry = carryOf(before)
  const figures = [...(carry.figures ?? []), ...figureNotesOf(claims)]
  if (claims.length === 0) return {...carry, figures}
  const last = claims[claims.length - 1]
  return {attribution: last.attributionHolds, documentUnits: last.documentUnits, figures}
}

/** The figures these sentences give, in order. */
export function figureNotesOf(claims: readonly SentenceClaims[]): FigureNote[] {
  return claims.flatMap((claim) => claim.figures)
}

/**
 * What of a carry a part of the article can tell from another, given the
 * figures the part itself gives (`own`, when known): the attribution, and for
 * each of its figures whether it was given before or sums figures given before.
 * Two carries with one key yield the same analysis of that part.
 */
export function carryKey(before: boolean | ClaimCarry, own?: readonly FigureNote[]): string {
  const carry = carryOf(before)
  const head = `${carry.attribution ? 1 : 0}${carry.attribution && carry.documentUnits ? carry.documentUnits.join(',') : ''}`
  const earlier = carry.figures ?? []
  if (!own) return `${head}|${earlier.map((note) => note.id).join(',')}`
  // Most paragraphs give no figure: their key must not cost a pass over every figure before them.
  if (own.length === 0) return `${head}|`
  const notes = new FigureLedger(earlier)
  const marks = own.map((note) => {
    const mark = `${notes.wasGivenBefore(note.id) ? 'r' : notes.amountWasGivenBefore(note) ? 'a' : ''}${sumsOver(note, notes) ? 's' : ''}`
    notes.add(note)
    return mark
  })
  return `${head}|${marks.join(',')}`
}

const NO_REACH: Reach = {reach: -1, document: false}

/**
 * How far a source in a sentence reaches (the last token it covers, -1 for none), whether it is a document, and
 * whether it is only a holder of views ("analysts believe"): that supports its own sentence, the weasel rule
 * asking who they are, but carries no account on to the sentences after it.
 */
interface Reach {
  reach: number
  document: boolean
  vague?: boolean
}

/** Closing quotation marks and brackets, which can follow a sentence's stop. */
const CLOSING = /^[”"’')\]]+$/

/** The last token of a sentence that is no closing mark: its own stop, or its last word. */
function lastBeforeClosing(tokens: readonly WordToken[]): WordToken | undefined {
  for (let index = tokens.length - 1; index >= 0; index--) if (!CLOSING.test(tokens[index].text)) return tokens[index]
  return undefined
}

/** "Could it cost billions of dollars?": a question that supposes asserts nothing. */
function isHypothetical({tokens}: SentenceTokens): boolean {
  // The stop first: most sentences are no question.
  if (lastBeforeClosing(tokens)?.text !== '?') return false
  const first = tokens.find(isWord)?.lower ?? ''
  return (
    MODALS.has(first) || (first === 'what' && tokens.find((token, index) => index > 0 && isWord(token))?.lower === 'if')
  )
}

/** A question in the writer's own voice (not one inside a quotation). */
function isQuestion({tokens}: SentenceTokens, document: ProseDocument): boolean {
  const last = lastBeforeClosing(tokens)
  return last?.text === '?' && !isOtherVoice(document, last)
}

/**
 * "How can a town of 12,000 afford a $40 million stadium?": a question asserts
 * nothing. But what follows "any wonder", "did you know", "do you realize", or
 * "why is it that" is asserted all the same: "Is it any wonder that 40 ships left?"
 */
function withoutQuestion({tokens}: SentenceTokens, question: boolean, signals: Signal[]): Signal[] {
  if (!question) return signals
  const words = wordsOf(tokens)
  const asserted = words.findIndex(
    (word, index) =>
      FACTIVE_IN_QUESTIONS.has(word) ||
      (word === 'that' &&
        words[index - 1] === 'it' &&
        words[index - 2] === 'is' &&
        words.slice(Math.max(0, index - 5), index - 2).includes('why'))
  )
  return asserted < 0 ? [] : signals.filter((signal) => signal.first > asserted)
}

/**
 * "the $1 billion", "that same $1 billion", "those 20 members": a figure the
 * article has given before. An exact sum of money, a large or fractional
 * number, or a count of the same thing ("20 members") is the same figure
 * wherever it comes again; a share or a bare number only when a word before
 * takes it up ("the 12%"), as two rises can both be 12%.
 */
function isGivenBefore({tokens}: SentenceTokens, signal: Signal, given: FigureLedger): boolean {
  const note = signal.note!
  const before = [tokens[signal.first - 1], tokens[signal.first - 2]].map((token) => token?.lower ?? '')
  if (!given.has(note.id)) {
    // "Of those 1500, …": a bare count that a word takes up is whatever was counted before with that number.
    return (
      note.unit === 'count' &&
      note.id.endsWith(':') &&
      ['those', 'these', 'the'].includes(before[0]) &&
      given.hasAmount(note)
    )
  }
  if (
    note.unit === 'money' ||
    note.value >= 1000 ||
    !Number.isInteger(note.value) ||
    (note.unit === 'count' && !note.id.endsWith(':'))
  )
    return true
  return GIVEN_DETERMINERS.has(before[0]) || (before[0] === '$' && GIVEN_DETERMINERS.has(before[1]))
}

/** "The three grants total $10 million", "a margin of 74": a sum or difference over figures the article gives, and says so. */
function isArithmetic({tokens}: SentenceTokens, note: FigureNote, given: FigureLedger): boolean {
  const cue = tokens.some(
    (token, index) =>
      SUM_CUES.has(token.lower) ||
      DIFFERENCE_CUES.has(token.lower) ||
      (token.lower === 'in' && tokens[index + 1]?.lower === 'all')
  )
  return cue && sumsOver(note, given)
}

/** The figures of one kind given last, to sum over: a list an article gives and totals is short. */
const SUM_WINDOW = 12

/**
 * The figures given so far, as the reading asks about them: was one given,
 * and which of a kind came last. The figures of the parts before are indexed
 * once per list (an article being edited hands the same, growing list from
 * part to part), so a part's questions do not cost a pass over the article.
 */
class FigureLedger {
  private readonly before: FigureIndex
  private readonly ids = new Set<string>()
  private readonly amounts = new Set<string>()
  private readonly values = new Map<FigureUnit, number[]>()

  constructor(before: readonly FigureNote[] = []) {
    this.before = indexOfFigures(before)
  }

  has(id: string): boolean {
    return this.before.ids.has(id) || this.ids.has(id)
  }

  /** Whether a figure of this kind and amount was given, whatever it counted. */
  hasAmount(note: FigureNote): boolean {
    const key = amountKey(note)
    return this.before.amounts.has(key) || this.amounts.has(key)
  }

  /** Whether `id` is among the figures the ledger started from (not those added since). */
  wasGivenBefore(id: string): boolean {
    return this.before.ids.has(id)
  }

  /** Whether a figure of this kind and amount is among those the ledger started from. */
  amountWasGivenBefore(note: FigureNote): boolean {
    return this.before.amounts.has(amountKey(note))
  }

  add(note: FigureNote): void {
    this.ids.add(note.id)
    this.amounts.add(amountKey(note))
    pushRecent(this.values, note)
  }

  /** The values of the last figures of this kind, oldest first. */
  recent(unit: FigureUnit): number[] {
    return [...(this.before.values.get(unit) ?? []), ...(this.values.get(unit) ?? [])].slice(-SUM_WINDOW)
  }
}

interface FigureIndex {
  indexed: number
  ids: Set<string>
  amounts: Set<string>
  values: Map<FigureUnit, number[]>
}

const amountKey = (note: FigureNote) => `${note.unit}:${note.value}`

const figureIndexes = new WeakMap<readonly FigureNote[], FigureIndex>()

/** The index of a list of figures, brought up to date with what was appended since it was last asked for. */
function indexOfFigures(figures: readonly FigureNote[]): FigureIndex {
  let index = figureIndexes.get(figures)
  if (!index) {
    index = {indexed: 0, ids: new Set(), amounts: new Set(), values: new Map()}
    figureIndexes.set(figures, index)
  }
  for (; index.indexed < figures.length; index.indexed++) {
    const note = figures[index.indexed]
    index.ids.add(note.id)
    index.amounts.add(amountKey(note))
    pushRecent(index.values, note)
  }
  return index
}

function pushRecent(values: Map<FigureUnit, number[]>, note: FigureNote): void {
  const list = values.get(note.unit) ?? []
  list.push(note.value)
  if (list.length > SUM_WINDOW) list.shift()
  values.set(note.unit, list)
}

/** Whether a figure equals the sum of a run of two or more figures of its kind given before, or the difference of two. */
function sumsOver(note: FigureNote, given: FigureLedger): boolean {
  const values = given.recent(note.unit)
  const equal = (value: number) => Math.abs(value - note.value) <= Math.abs(note.value) * 1e-9
  for (let first = 0; first < values.length; first++) {
    let total = values[first]
    for (let last = first + 1; last < values.length; last++) {
      total += values[last]
      if (equal(total)) return true
      if (equal(Math.abs(values[first] - values[last]))) return true
    }
  }
  return false
}

/** The figures the headlines of these sentences give ("$4 billion" in "Amazon’s $4 Billion Anthropic Bet"). */
export function headlineFigureKeysOf(sentences: readonly SentenceTokens[]): string[] {
  return sentences.filter(isHeadline).flatMap(figureKeysOf)
}

/** The figures a sentence gives, as figureKey reads them. */
function figureKeysOf(sentence: SentenceTokens): string[] {
  return findFigures(sentence).map((signal) => figureKey(sentence.tokens, signal))
}

/** A line of its own with no closing punctuation: a headline or heading, whose claims the body carries. */
function isHeadline({paragraph, tokens}: SentenceTokens): boolean {
  const count = sentenceCountOf(paragraph)
  if (count === 1) {
    let last = tokens.length - 1
    // A closing quotation mark ends a sentence only after a stop: "…over “unity”" is still a headline.
    if (last > 0 && /^[”"’']$/.test(tokens[last].text) && !TERMINAL.test(tokens[last - 1].text)) last--
    const token = tokens[last]
    // A number that ends the sentence can carry the full stop with it ("$40,000.").
    if (!token || !(TERMINAL.test(token.text) || /\d[.!?]$/.test(token.text))) return true
  }
  return count <= 3 && isTitleCase(paragraph)
}

const titleCases = new WeakMap<Paragraph, boolean>()

/**
 * "Meet the Left’s Worst Nightmare! Democrats Don’t Want You to See Her Videos!": a short line whose words
 * are capitalized, ending in "!" or "?", is a headline for all its stops.
 */
function isTitleCase(paragraph: Paragraph): boolean {
  let known = titleCases.get(paragraph)
  if (known === undefined) {
    const text = (sourceOf(paragraph) ?? toString(paragraph)).trim()
    // The cheap tests first: most paragraphs end in a full stop.
    if (!/[!?][”"’']?$/.test(text) || text.includes('\n')) known = false
    else {
      const words = text.split(/\s+/)
      const long = words.map((word) => word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')).filter((word) => word.length >= 4)
      const capitalized = long.filter((word) => startsWithCapital(word))
      known =
        words.length <= 25 &&
        long.length >= 3 &&
        capitalized.length >= long.length * 0.8 &&
        long.some((word) => word !== word.toUpperCase())
    }
    titleCases.set(paragraph, known)
  }
  return known
}

type Tags = ReadonlyArray<WordTag | undefined>

const tagsOf = (sentence: SentenceTokens): Tags => partOfSpeech(sentence)
const posAt = (sentence: SentenceTokens, index: number) => tagsOf(sentence)[index]?.pos
const isWord = (token: WordToken | undefined): token is WordToken => Boolean(token && token.node.type === 'WordNode')

const wordsCache = new WeakMap<readonly WordToken[], readonly string[]>()
/** A sentence's tokens in lower case, worked out once for all the readings that ask. */
function wordsOf(tokens: readonly WordToken[]): readonly string[] {
  let words = wordsCache.get(tokens)
  if (!words) {
    words = tokens.map((token) => token.lower)
    wordsCache.set(tokens, words)
  }
  return words
}

/**
 * Whether the sentence names its own source (a citation, an attributed
 * quotation, "according to", someone reporting, a body's own record), how
 * far it reaches (the index of the last token it covers, or -1 when there is
 * none), and whether it is a document (filings, a report, records, a link) rather
 * than someone speaking. A report ends where the writer adds a concession of
 * their own ("Smith said…, although security cost $600,000"). A poll no one
 * names is no source, and neither are its respondents ("61 percent of residents said").
 */
function sourceReach(sentence: SentenceTokens, document: ProseDocument, signals: readonly Signal[]): Reach {
  const {tokens, start, end} = sentence
  const whole = tokens.length - 1
  const found = (isDocument: boolean) => ({reach: whole, document: isDocument})
  // A footnote marker often follows the full stop: "by 2030.[^1]".
  if (document.citations.some((citation) => citation.start <= end + 1 && citation.end > start)) return found(true)
  // "Unemployment rose to 9 percent, saying “…”": a quotation after a participle whose clause has no one to say
  // it sources only itself, not the claims before it.
  const saying = sayingWithoutSpeaker(sentence, signals, document.text)
  if (hasAttributedVoice(document, {start, end: saying < 0 ? end : tokens[saying - 1].start})) return found(false)
  if (CITATION_MARKER.test(document.text.slice(start, end))) return found(true)

  const words = wordsOf(tokens)
  const polls = signals.filter((signal) => signal.kind === 'poll')
  const inPoll = (index: number) => polls.some((poll) => index >= poll.first && index <= poll.last)
  let reach = -1
  let fromDocument = false
  // Whether every source found so far is a holder of views' belief ("analysts believe").
  let holderOnly: boolean | undefined
  for (let index = 0; index < tokens.length; index++) {
    const word = words[index]
    // Most words can start no source: they are passed over on one look-up.
    if (!SOURCE_CUES.has(word) && !mayReport(word)) continue
    if (inPoll(index)) continue
    if (word === 'according' && words[index + 1] === 'to' && words[index + 2] && !VAGUE_SOURCES.has(words[index + 2]))
      return found(namesDocument(words, index + 2, index + 10))
    if (
      word === 'by' &&
      index > 0 &&
      FORECAST_PARTICIPLES.has(words[index - 1]) &&
      tokens[index + 1] &&
      isNameLike(tokens[index + 1], index + 1)
    )
      return found(false)
    // A named subject before it makes even "estimates" or "reports" a verb ("Gartner estimates").
    if (
      isReportingVerb(word, 'VERB') &&
      !isCountedShare(words, index) &&
      reportsAt(sentence, words, index, document.text)
    ) {
      const covers = concessionAfter(tokens, words, index) - 1
      // The subject names a document ("SEC filings show"), or the tagger read its noun as the verb ("Port records show").
      if (covers > reach) fromDocument = namesDocument(words, Math.max(0, index - 4), index + 1)
      reach = Math.max(reach, covers)
      holderOnly = false
      if (reach === whole) return {reach, document: fromDocument}
      continue
    }
    const belief = SOURCE_BELIEFS.has(word) ? believesAt(sentence, words, index) : false
    if (belief) {
      reach = Math.max(reach, concessionAfter(tokens, words, index) - 1)
      if (belief === 'holder') holderOnly ??= true
      else holderOnly = false
      if (reach === whole) return {reach, document: fromDocument, vague: holderOnly}
      continue
    }
    // A record released, or a document's terms, source its figures, not a verdict on it ("the biggest budget ever").
    if (PUBLISHING_VERBS.has(word) && onlyFigures(signals) && publishesRecordAt(sentence, words, index))
      return found(true)
    if (WITNESS_VERBS.has(word) && witnessesAt(sentence, document, words, index)) return found(false)
    // "Police arrested ten people", "a grand jury charged her with 10 counts": an official act puts its counts on record.
    if (OFFICIAL_ACTS.has(word) && onlyFigures(signals) && officialActAt(sentence, words, index)) return found(true)
  }
  if (reach >= 0) return {reach, document: fromDocument, vague: holderOnly}
  // Only a figure needs its document ("the bill would raise $2 billion"); reading the clause costs a tagging.
  return signals.length > 0 && onlyFigures(signals) && isDocumentSubject(sentence, words) ? found(true) : NO_REACH
}

/**
 * Words besides the verbs of reporting (speech.ts `mayReport`) at which sourceReach can find a source:
 * "according to", "by", a belief, a record put out, a witness, an official act.
 */
const SOURCE_CUES = new Set([
  'according',
  'by',
  ...SOURCE_BELIEFS,
  ...PUBLISHING_VERBS,
  ...WITNESS_VERBS,
  ...OFFICIAL_ACTS
])

/** Nouns of documents a figure can come from: "according to SEC filings", "the report shows", "records show". */
const DOCUMENT_NOUNS = new Set(
  [
    ...EVIDENCE_NOUNS,
    ...DOCUMENT_SUBJECTS,
    'disclosure',
    'disclosures',
    'returns',
    'statements',
    'accounts',
    'website',
    'page',
    'release',
    'releases',
    'minutes',
    'tables',
    'spreadsheet',
    'prospectus',
    'proxy',
    'form',
    '10-k',
    '10-q',
    's-1',
    'ledger',
    'invoice',
    'invoices',
    'receipts'
  ].filter(
    (word) =>
      ![
        'footage',
        'video',
        'videos',
        'recording',
        'recordings',
        'photos',
        'images',
        'letter',
        'statement',
        'scan',
        'scans'
      ].includes(word)
  )
)

/** Whether the words from `from` up to `to` (stopping at a clause's end) name a document. */
function namesDocument(words: readonly string[], from: number, to: number): boolean {
  for (let index = from; index < Math.min(to, words.length); index++) {
    if (index > from && PHRASE_BREAKS.has(words[index])) return false
    if (DOCUMENT_NOUNS.has(words[index])) return true
  }
  return false
}

/** Punctuation that ends the phrase naming a source: "according to SEC filings, …". */
const PHRASE_BREAKS = new Set([',', ';', ':', '.', '!', '?', '—', '–', '('])

/** "61 percent of residents said", "half of Americans think": the respondents of a poll, not a source. */
function isCountedShare(words: readonly string[], verb: number): boolean {
  for (let index = verb - 1; index >= Math.max(0, verb - 7); index--) {
    const word = words[index]
    if (/^[,;:.!?—–]$/.test(word)) return false
    if (word === '%' || word === 'percent' || word === 'percentage' || word === 'majority' || word === 'minority')
      return true
    if (FRACTIONS.has(word) && words[index + 1] === 'of') return true
  }
  return false
}

function onlyFigures(signals: readonly Signal[]): boolean {
  return signals.every((signal) => signal.kind === 'figure' || signal.kind === 'forecast')
}

/** Where the writer's own concession starts after a report (", although…", "; …"), or the sentence's end. */
function concessionAfter(tokens: readonly WordToken[], words: readonly string[], verb: number): number {
  for (let index = verb + 1; index < tokens.length - 1; index++) {
    if (tokens[index].text === ';') return index
    if (tokens[index].text !== ',' && tokens[index].text !== '—') continue
    const next = words[index + 1]
    if (
      ['although', 'though', 'whereas', 'despite', 'considering'].includes(next) ||
      (next === 'even' && ['though', 'as'].includes(words[index + 2]))
    )
      return index
  }
  return tokens.length
}

/**
 * "Gartner estimates", "the harbour board said", "she told", or "…,” said Okafor":
 * a verb of reporting with someone doing the reporting. Vague subjects
 * ("critics said") are the weasel rule's to report, but still attribute.
 */
function reportsAt(sentence: SentenceTokens, words: readonly string[], verb: number, text: string): boolean {
  const {tokens} = sentence
  const word = words[verb]
  // "estimated to reach" right after a noun is the claim's own participle, not a source.
  if (FORECAST_PARTICIPLES.has(word) && words[verb + 1] === 'to') return false
  // "should he show up", "found out"... a particle makes it another verb.
  if (PARTICLES.has(words[verb + 1] ?? '')) return false
  // "the United States", "Consumer Reports": a capital after a capital makes it part of a name.
  if (isInName(tokens[verb], verb) && isCapitalizedWord(tokens[verb - 1])) return false
  const tag = posAt(sentence, verb)
  const saying = isSayingVerb(word)
  if (tag === undefined ? !isReportingVerb(word) : tag !== 'VERB') {
    // The tagger reads "Gartner estimates the market" and "the company reports revenue" as nouns: a name,
    // a pronoun or a body before, and no verb after ("company reports show"), make it the verb. Without
    // those, a form the tagger reads as a noun or an adjective is one ("a blue state", "the State House").
    const before = posAt(sentence, verb - 1)
    const subjectBefore =
      isWord(tokens[verb - 1]) &&
      !NOT_A_SUBJECT.has(words[verb - 1]) &&
      (before === 'PROPN' ||
        before === 'PRON' ||
        (before === 'NOUN' && (SOURCE_STAND_INS.has(words[verb - 1]) || EVIDENCE_NOUNS.has(words[verb - 1]))))
    const after = posAt(sentence, verb + 1)
    // "…, notes the harbour board": the inverted order after a comma or a closing quotation mark.
    const inverted = /^[,”"’']$/.test(tokens[verb - 1]?.text ?? '') && namesSourceAt(tokens, words, verb + 1)
    if (!inverted && (!subjectBefore || !isWord(tokens[verb + 1]) || after === 'VERB' || after === 'AUX')) return false
  }
  // "The number Goodell cited seems low": a noun, its reporter, and a verb straight after make a clause about
  // the noun, not the sentence's source. ("Trump reported raising…" is a report: its verb is the complement.)
  const next = posAt(sentence, verb + 1)
  if (
    (next === 'VERB' || next === 'AUX') &&
    isWord(tokens[verb + 1]) &&
    // "The Red Cross said they're expecting…": a clause's subject and its verb in one word.
    !/^(?:i|you|he|she|it|we|they|there|that)['’]/.test(words[verb + 1]) &&
    !/ing$/.test(words[verb + 1]) &&
    !['that', 'to'].includes(words[verb + 1])
  ) {
    const nounBefore = (index: number) => index > 0 && ['NOUN', 'ADJ'].includes(posAt(sentence, index - 1) ?? '')
    if (nounBefore(verb - 1) || nounBefore(verb - 2)) return false
  }

  // "Leeds described the encounter, saying that…": a participle after a comma reports for the sentence's subject,
  // when it is someone who can say it (not "Prices rose 40 percent, prompting…, saying").
  const participle = saying && /ing$/.test(word) && /^[,—]$/.test(tokens[verb - 1]?.text ?? '')
  if (participle) {
    const clause = mainClauseOf(sentence)
    return Boolean(
      clause &&
        clause.verb < verb &&
        ['PROPN', 'PRON', 'NOUN'].includes(posAt(sentence, clause.head) ?? '') &&
        canSpeak(sentence, words, clause.head, text)
    )
  }
  let cursor = verb - 1
  // "the board has also said", "Okafor flatly denied".
  while (
    cursor >= 0 &&
    (BETWEEN_SUBJECT_AND_VERB.has(words[cursor]) || (posAt(sentence, cursor) === 'ADV' && /ly$/.test(words[cursor])))
  )
    cursor--
  // "Okafor, the harbour master, said": the subject stands before the appositive.
  if (tokens[cursor]?.text === ',') {
    for (let opening = cursor - 2; opening >= Math.max(1, cursor - 14); opening--) {
      if (!isWord(tokens[opening]) && tokens[opening].text !== '’' && tokens[opening].text !== "'") {
        if (tokens[opening].text === ',' && isWord(tokens[opening - 1])) cursor = opening - 1
        break
      }
    }
  }
  const subject = tokens[cursor]
  // A subject is a name, a noun or a pronoun: not "running around claiming".
  const subjectTag = isWord(subject) ? posAt(sentence, cursor) : undefined
  // A capital mid-sentence is a name whatever the tagger says ("The Red Cross said": "Cross" read as a verb).
  const nominal =
    subjectTag === undefined ||
    ['NOUN', 'PROPN', 'PRON', 'NUM', 'X'].includes(subjectTag) ||
    (isWord(subject) && isNameLike(subject, cursor) && isCapitalizedWord(tokens[cursor - 1]))
  if (isWord(subject) && nominal && !NOT_A_SUBJECT.has(words[cursor])) return saying || canFind(sentence, words, cursor)
  // The inverted order of saying, after the words said: "…,” said Okafor", "…, said the harbour board".
  // (Not "ask the Congress for…": there the name is the verb's object.)
  return saying && /^[,”"’':—]$/.test(tokens[verb - 1]?.text ?? '') && namesSourceAt(tokens, words, verb + 1)
}

/**
 * The index of a ", saying" participle that follows a claim, when the sentence's main clause has no one to
 * do the saying ("Unemployment rose to 9 percent, saying…"); -1 when there is none or its subject can say it
 * ("The mayor cut 400 jobs, saying…").
 */
function sayingWithoutSpeaker(sentence: SentenceTokens, signals: readonly Signal[], text: string): number {
  if (signals.length === 0) return -1
  const {tokens} = sentence
  const words = wordsOf(tokens)
  const at = words.findIndex((word, index) => word === 'saying' && /^[,—–]$/.test(tokens[index - 1]?.text ?? ''))
  if (at < 0 || !signals.some((signal) => signal.last < at)) return -1
  const clause = mainClauseOf(sentence)
  if (!clause || clause.verb >= at) return -1
  return canSpeak(sentence, words, clause.head, text) ? -1 : at
}

/** Nouns for people by what they do or are: "mayor", "resident", "spokeswoman", "employee" (not "unemployment"). */
const PERSON_NOUN = /(?:er|or|ist|ian|man|woman|men|women|dent|gent|ant|yee|tee|nee|ress)s?$/

/**
 * The tag of the word at `index`, with a capitalised common noun that opens the sentence read as the noun it
 * is: the tagger reads "Unemployment rose", "Critics say" as names. A word the text also capitalises inside a
 * sentence is a name ("Leeds walked…" where "…said Leeds" stands elsewhere).
 */
function subjectTagAt(sentence: SentenceTokens, index: number, text: string): string | undefined {
  const tag = posAt(sentence, index)
  if (tag !== 'PROPN' || index !== sentence.tokens.findIndex(isWord)) return tag
  const {tokens} = sentence
  const [lower] = tagText(`${tokens[index].lower} ${tokens[index + 1]?.lower ?? ''}`)
  if (lower?.pos !== 'NOUN') return tag
  return articleMatches(text, `(?<=[\\p{Ll}\\p{N},;:]\\s+)${literally(tokens[index].text)}(?![\\p{L}\\p{N}])`)
    ? tag
    : 'NOUN'
}

/** Whether the subject head at `head` can say something: a name, a pronoun, a person, a body. */
function canSpeak(sentence: SentenceTokens, words: readonly string[], head: number, text: string): boolean {
  const word = words[head]
  const tag = subjectTagAt(sentence, head, text)
  return (
    tag === 'PROPN' ||
    tag === 'PRON' ||
    SOURCE_STAND_INS.has(word) ||
    EVIDENCE_NOUNS.has(word) ||
    ACTING_BODIES.has(word) ||
    GROUP_NOUNS.has(word) ||
    PERSON_NOUN.test(word)
  )
}

/**
 * "Police believe", "Okafor suspects": a named source's belief, given as its finding (not "many believe", not "I
 * think"); "holder" for a holder of views ("analysts believe").
 */
function believesAt(sentence: SentenceTokens, words: readonly string[], verb: number): boolean | 'holder' {
  if (posAt(sentence, verb) !== 'VERB') return false
  let cursor = verb - 1
  while (cursor >= 0 && BETWEEN_SUBJECT_AND_VERB.has(words[cursor])) cursor--
  const subject = sentence.tokens[cursor]
  if (!isWord(subject)) return false
  const tag = posAt(sentence, cursor)
  if (tag === 'PRON') return words[cursor] === 'he' || words[cursor] === 'she'
  // A name or a body, not a group ("Americans believe" is a crowd's view, the weasel rule's). Holders of views
  // ("historians believe", "analysts think") are the weasel rule's too, which asks who they are; they still
  // attribute, as "critics said" does, so the claim is one finding, the weasel's.
  if (GROUP_NOUNS.has(words[cursor])) return false
  if (OPINION_HOLDERS.has(words[cursor]) || ANONYMOUS.has(words[cursor])) return 'holder'
  return (
    (tag === 'PROPN' && (cursor > 0 || !ENGLISH_FUNCTION_WORDS.has(words[cursor]))) ||
    (SOURCE_STAND_INS.has(words[cursor]) && !SOURCE_PRONOUNS.has(words[cursor]))
  )
}

/** "Okafor", "she", "the harbour board", "the report": someone or something named as a source, starting at `index`. */
function namesSourceAt(tokens: readonly WordToken[], words: readonly string[], index: number): boolean {
  const token = tokens[index]
  if (!isWord(token)) return false
  if (isNameLike(token, index) || SOURCE_STAND_INS.has(words[index])) return true
  if (words[index] !== 'the' && words[index] !== 'a') return false
  for (let cursor = index + 1; cursor <= index + 3 && isWord(tokens[cursor]); cursor++) {
    if (SOURCE_STAND_INS.has(words[cursor]) || EVIDENCE_NOUNS.has(words[cursor]) || isNameLike(tokens[cursor], cursor))
      return true
  }
  return false
}

/**
 * Whether the words ending at `end` name something that can report a finding:
 * a name, a pronoun, a body or a document ("the study found", "Gartner
 * shows"), not an abstraction ("history shows", "the entire history of the EU shows").
 */
function canFind(sentence: SentenceTokens, words: readonly string[], end: number): boolean {
  const head = headOfNounPhrase(sentence, words, end)
  const word = words[head]
  if (ABSTRACT_WITNESSES.has(word)) return false
  if (SOURCE_PRONOUNS.has(word)) return true
  if (
    EVIDENCE_NOUNS.has(word) ||
    (SOURCE_STAND_INS.has(word) && !['he', 'she', 'they', 'it', 'we', 'i'].includes(word))
  )
    return true
  const tag = posAt(sentence, head)
  return tag === 'PROPN' || (tag !== 'NOUN' && isNameLike(sentence.tokens[head], head))
}

/** The head of a noun phrase that ends at `end`: "history" in "the entire history of the EU". */
function headOfNounPhrase(sentence: SentenceTokens, words: readonly string[], end: number): number {
  const {tokens} = sentence
  for (let cursor = end - 1; cursor >= Math.max(0, end - 6); cursor--) {
    if (!isWord(tokens[cursor])) break
    if (words[cursor] === 'of' || words[cursor] === 'from')
      return cursor > 0 && isWord(tokens[cursor - 1]) ? cursor - 1 : end
  }
  return end
}

/** "The State Department released about 3,000 emails": a body putting out its own record is the record's source. */
function publishesRecordAt(sentence: SentenceTokens, words: readonly string[], verb: number): boolean {
  const {tokens} = sentence
  if (
    !RELEASED_RECORDS.has(words[verb + 1] ?? '') &&
    !words.slice(verb + 1, verb + 7).some((word) => RELEASED_RECORDS.has(word))
  )
    return false
  if (posAt(sentence, verb) !== 'VERB') return false
  let cursor = verb - 1
  while (cursor >= 0 && BETWEEN_SUBJECT_AND_VERB.has(words[cursor])) cursor--
  if (!isWord(tokens[cursor]) || NOT_A_SUBJECT.has(words[cursor])) return false
  // Whoever releases emails or figures is a body or a person; what it releases makes it a record.
  const head = headOfNounPhrase(sentence, words, cursor)
  return ['NOUN', 'PROPN', 'PRON'].includes(posAt(sentence, head) ?? '') && !ABSTRACT_WITNESSES.has(words[head])
}

/**
 * "Police arrested ten people", "Detectives seized 111 monitors", "A federal grand jury charged her with 10
 * counts", "Police in Voi have arrested three men": the police, a court or a jury doing an act of record (an
 * arrest, a seizure, a charge, a sentence) is the source of its counts. Not a passive ("ten were arrested"),
 * which names no one.
 */
function officialActAt(sentence: SentenceTokens, words: readonly string[], verb: number): boolean {
  if (posAt(sentence, verb) !== 'VERB') return false
  const {tokens} = sentence
  let cursor = verb - 1
  while (cursor >= 0 && BETWEEN_SUBJECT_AND_VERB.has(words[cursor])) cursor--
  for (let at = cursor; at >= 0 && at >= cursor - 4; at--) {
    if (!isWord(tokens[at])) return false
    if (OFFICIAL_ACTORS.has(words[at])) return true
    const tag = posAt(sentence, at)
    if (tag === 'VERB' || tag === 'AUX') return false
  }
  return false
}

/** "I remember", "we watched": the writer as eyewitness is the source of what they saw. */
function witnessesAt(
  sentence: SentenceTokens,
  document: ProseDocument,
  words: readonly string[],
  verb: number
): boolean {
  let cursor = verb - 1
  while (
    cursor >= 0 &&
    ['still', 'also', 'once', 'clearly', 'vividly', 'personally', 'myself', 'first', 'even'].includes(words[cursor])
  )
    cursor--
  return (
    ['i', 'we'].includes(words[cursor] ?? '') &&
    !isOtherVoice(document, sentence.tokens[cursor]) &&
    posAt(sentence, verb) === 'VERB'
  )
}

/** Where a sentence's subject and its verb are: after an opening phrase ("In 2019, …"), up to the first verb. */
interface Clause {
  /** First token of the subject. */
  first: number
  /** The subject's head word. */
  head: number
  /** The first verb or auxiliary after it. */
  verb: number
}

function mainClauseOf(sentence: SentenceTokens): Clause | undefined {
  const {tokens} = sentence
  const tags = tagsOf(sentence)
  let first = 0
  while (first < tokens.length && (!isWord(tokens[first]) || tags[first]?.pos === 'CCONJ')) first++
  // An opening phrase set off by a comma: "In 2019, …", "Last year, …", "On Monday, …".
  const opener = tags[first]?.pos
  if (opener === 'ADP' || opener === 'ADV' || opener === 'SCONJ' || opener === 'NOUN' || opener === 'ADJ') {
    for (let index = first; index < Math.min(tokens.length, first + 10); index++) {
      const tag = tags[index]?.pos
      if (tag === 'VERB' || tag === 'AUX') break
      if (tokens[index].text === ',') {
        first = index + 1
        break
      }
    }
  }
  let verb = first
  while (verb < tokens.length && !(tags[verb]?.pos === 'VERB' || tags[verb]?.pos === 'AUX')) {
    if (!isWord(tokens[verb]) && tokens[verb].text !== '’' && tokens[verb].text !== "'") return undefined
    verb++
  }
  if (verb >= tokens.length || verb === first) return undefined
  let head = -1
  for (let index = first; index < verb; index++) {
    const tag = tags[index]?.pos
    if (tag === 'ADP') break
    if (tag === 'NOUN' || tag === 'PROPN' || tag === 'PRON' || tag === 'NUM') head = index
  }
  return head < 0 ? undefined : {first, head, verb}
}

/**
 * "The bill would raise $2 billion", "the budget sets aside $40 million":
 * a document whose terms the sentence gives is their source.
 */
function isDocumentSubject(sentence: SentenceTokens, words: readonly string[]): boolean {
  if (!words.some((word) => DOCUMENT_SUBJECTS.has(word))) return false
  // The tagger reads "the budget sets aside" as two nouns: a document and a verb of its terms straight after it.
  const opening = sentence.tokens.findIndex(isWord)
  const first = ['the', 'this', 'its', 'a', 'their', 'his', 'her'].includes(words[opening]) ? opening + 1 : opening
  for (const at of [first, first + 1]) {
    if (DOCUMENT_SUBJECTS.has(words[at]) && (CONTENT_FORMS.has(words[at + 1] ?? '') || MODALS.has(words[at + 1] ?? '')))
      return true
  }
  const clause = mainClauseOf(sentence)
  if (!clause || !DOCUMENT_SUBJECTS.has(words[clause.head])) return false
  const tags = tagsOf(sentence)
  if (tags[clause.head]?.pos !== 'NOUN') return false
  let main = clause.verb
  let modal = false
  while (main < words.length && tags[main]?.pos !== 'VERB') {
    if (MODALS.has(words[main])) modal = true
    else if (tags[main]?.pos !== 'AUX' && tags[main]?.pos !== 'ADV' && tags[main]?.pos !== 'PART') return false
    main++
  }
  const lemma = tags[main]?.lemma
  if (!lemma || lemma === 'be') return false
  return modal || CONTENT_VERBS.has(lemma)
}

/** The writer steps in: a question or exclamation, a framing opener ("But", "Of course"), or the writer in person. */
function takesOver(sentence: SentenceTokens, document: ProseDocument): boolean {
  const {tokens} = sentence
  const first = tokens.findIndex(isWord)
  if (first < 0) return false
  const last = lastBeforeClosing(tokens)
  if (last && /^[?!]+$/.test(last.text) && !isOtherVoice(document, last)) return true
  const opener = tokens[first].lower
  const second = tokens.find((token, index) => index > first && isWord(token))
  if (FRAMING_OPENERS.has(opener) || (second && FRAMING_PAIRS.has(`${opener} ${second.lower}`))) return true
  // A comment set off anywhere: "Murray’s name, moreover, was listed…".
  if (
    tokens.some(
      (token, index) =>
        FRAMING_ASIDES.has(token.lower) && (tokens[index - 1]?.text === ',' || tokens[index + 1]?.text === ',')
    )
  )
    return true
  // The writer's comment after a break: "He is a party official now -- no wonder its fundraising is at a record low."
  if (
    tokens.some(
      (token, index) =>
        FRAMING_COMMENT_STARTS.has(token.lower) &&
        FRAMING_COMMENTS.has(`${token.lower} ${tokens[index + 1]?.lower ?? ''}`) &&
        (index === first || /^(?:[,;:—–]|-+)$/.test(tokens[index - 1]?.text ?? ''))
    )
  )
    return true
  if (
    tokens.some(
      (token) => isWord(token) && isFirstPerson(token.lower) && token.text !== 'US' && !isOtherVoice(document, token)
    )
  )
    return true
  return isVerdict(sentence)
}

/** A short sentence that ends on a judging adjective: "The double standard is glaring." The writer's verdict. */
function isVerdict(sentence: SentenceTokens): boolean {
  const {tokens} = sentence
  let words = 0
  for (const token of tokens) if (isWord(token)) words++
  if (words > 8 || words < 3) return false
  const tags = tagsOf(sentence)
  let lastWord = tokens.length - 1
  while (lastWord > 0 && !isWord(tokens[lastWord])) lastWord--
  if (tags[lastWord]?.pos !== 'ADJ') return false
  return tags.some((tag, index) => index < lastWord && tag?.lemma === 'be')
}

/**
 * A paragraph that opens by continuing the account before it: "She also…",
 * "The agency…", "Also, …", "The same survey…". (One that opens with its own
 * attribution, "She said", is sourced by itself.)
 */
function continuesAccount(sentence: SentenceTokens, document: ProseDocument): boolean {
  if (takesOver(sentence, document)) return false
  const words = sentence.tokens.filter(isWord).map((token) => token.lower)
  if (CONTINUING_OPENERS.has(words[0]) || (words[0] === 'in' && words[1] === 'addition')) return true
  if (words[0] === 'the' && words[1] === 'same') return true
  // "The agency plans…", "The report…", "Its survey…": a body named before, taken up again.
  const isBody = (word: string | undefined) =>
    word !== undefined && SOURCE_STAND_INS.has(word) && !SOURCE_PRONOUNS.has(word)
  if (
    ['the', 'its', 'this', 'that', 'their'].includes(words[0]) &&
    (isBody(words[1]) || (isBody(words[2]) && posAt(sentence, sentence.tokens.findIndex(isWord) + 1) === 'ADJ'))
  )
    return true
  const clause = mainClauseOf(sentence)
  if (!clause) return false
  const all = wordsOf(sentence.tokens)
  const head = all[clause.head]
  const tag = posAt(sentence, clause.head)
  if (tag === 'PRON') {
    // "She also plans…", "They further estimate…": a pronoun and a sign the account goes on.
    if (!['he', 'she', 'they', 'it'].includes(head)) return false
    return all
      .slice(clause.head + 1, clause.verb + 3)
      .some((word) => word === 'also' || word === 'further' || word === 'too')
  }
  const determiner = all[clause.head - 1]
  return SOURCE_STAND_INS.has(head) && ['the', 'its', 'this', 'that', 'their', 'same'].includes(determiner ?? '')
}

/**
 * A paragraph that goes on giving a document's figures: after "according to
 * SEC filings, the company paid its chief executive $4.2 million", a next
 * paragraph that opens with more figures of the same kind ("Its finance chief
 * received $2.1 million") and no source of its own reads from the same filing.
 */
function continuesDocument(
  sentence: SentenceTokens,
  document: ProseDocument,
  signals: readonly Signal[],
  figures: readonly FigureNote[],
  units: ReadonlySet<FigureUnit>
): boolean {
  if (signals.length === 0 || !onlyFigures(signals) || takesOver(sentence, document)) return false
  return figures.some((note) => units.has(note.unit))
}

/**
 * Signals in a clause that holds someone's view rather than the writer's
 * assertion: "the idea that some rules are universally applicable", or in
 * a quotation.
 */
function withoutReportedViews(sentence: SentenceTokens, document: ProseDocument, signals: Signal[]): Signal[] {
  if (signals.length === 0) return signals
  const {tokens} = sentence
  const view = tokens.findIndex(
    (token, index) =>
      VIEW_NOUNS.has(token.lower) &&
      tokens[index + 1]?.lower === 'that' &&
      ['the', 'this', 'that', 'a', 'an', 'his', 'her', 'their', 'its', 'our'].includes(tokens[index - 1]?.lower ?? '')
  )
  const said = saidAfterAnd(sentence)
  // Up to the writer's own concession: "…and reported a fruitful exchange, although security cost $600,000".
  let saidUntil = said >= 0 ? concessionAfter(tokens, wordsOf(tokens), said) : -1
  // "…and say they lost money because the board raised fees": the cause is the writer's again.
  if (said >= 0) {
    const because = wordsOf(tokens).indexOf('because', said)
    if (because > 0 && because < saidUntil) saidUntil = because
  }
  return signals.filter((signal) => {
    if (view >= 0 && signal.first > view) return false
    if (said >= 0 && signal.first > said && signal.first < saidUntil) return false
    return !isOtherVoice(document, {start: tokens[signal.first].start, end: tokens[signal.last].end})
  })
}

/**
 * "Locals are shocked and say they have never seen anything like it": what the subject says, in a
 * second verb of the sentence, is their account, not the writer's claim. Where that verb is; -1 if none.
 */
function saidAfterAnd(sentence: SentenceTokens): number {
  const words = wordsOf(sentence.tokens)
  const verb = words.findIndex(
    (word, index) => index > 1 && words[index - 1] === 'and' && isSayingVerb(word) && isWord(sentence.tokens[index + 1])
  )
  if (verb < 0 || posAt(sentence, verb) !== 'VERB') return -1
  const clause = mainClauseOf(sentence)
  const head = clause ? posAt(sentence, clause.head) : undefined
  if (!clause || clause.verb >= verb - 1) return -1
  // "He can't come here and tell you…": what someone could or would not say is no account of theirs.
  if (words.slice(clause.verb, verb).some((word) => MODALS.has(word) || word === 'not' || /n['’]t$/.test(word)))
    return -1
  return head === 'PROPN' || head === 'NOUN' || (head === 'PRON' && AGENT_PRONOUNS.has(words[clause.head])) ? verb : -1
}

/** Words of a promise or a plan before "to": "promised to", "vowed to", "was going to", "his pledge was to". */
const PROMISE_WORDS = new Set([
  'promise',
  'promises',
  'promised',
  'promising',
  'pledge',
  'pledges',
  'pledged',
  'vow',
  'vows',
  'vowed',
  'going'
])
/** The kinds of claim a view the writer owns takes in: judgements in words, not a figure, a poll or a forecast. */
const OPINION_KINDS = new Set<SignalKind>(['record', 'superlative', 'absolute', 'sweeping', 'accusation', 'cause'])
/** Words between the writer and a verb of opinion: "I have always thought", "we honestly feel". */
const BEFORE_OPINION = new Set([
  'have',
  'had',
  'would',
  'do',
  'did',
  'always',
  'really',
  'honestly',
  'truly',
  'personally',
  'still',
  'also',
  'just',
  'firmly',
  'strongly',
  'genuinely',
  'sincerely',
  'now',
  'long',
  'certainly',
  'even'
])
/**
 * Where the sentence becomes the writer's stated opinion: "I think…", "we feel…", "I'd say…", "I'm
 * convinced…", "I came to the conclusion that…", "in my view"; -1 when it does not. (0 for "in my view",
 * which colours the whole sentence.)
 */
function opinionStart(sentence: SentenceTokens, document: ProseDocument): number {
  const {tokens} = sentence
  const words = wordsOf(tokens)
  // (A token's lower-case word reads a curly apostrophe as a straight one: "I’m" is "i'm".)
  for (let index = 0; index < words.length; index++) {
    const word = words[index]
    if ((word === 'in' || word === 'to') && ['my', 'our'].includes(words[index + 1] ?? '')) {
      if (OPINION_NOUNS.has(words[index + 2] ?? '') && !isOtherVoice(document, tokens[index])) return 0
      continue
    }
    // "My view is…", "my guess is…".
    if (
      word === 'my' &&
      ['view', 'guess', 'sense', 'hunch', 'bet', 'belief', 'opinion', 'feeling'].includes(words[index + 1] ?? '') &&
      ['is', 'was'].includes(words[index + 2] ?? '')
    )
      return isOtherVoice(document, tokens[index]) ? -1 : index
    const match = /^(i|we)(?:'(m|re|d|ve|ll))?$/.exec(word)
    if (!match || isOtherVoice(document, tokens[index])) continue
    let cursor = index + 1
    let would = match[2] === 'd'
    let state = match[2] === 'm' || match[2] === 're'
    while (cursor < words.length && BEFORE_OPINION.has(words[cursor])) {
      if (words[cursor] === 'would') would = true
      cursor++
    }
    const next = words[cursor] ?? ''
    if (['am', 'are', 'was', 'were'].includes(next)) {
      state = true
      cursor++
    }
    const verb = words[cursor] ?? ''
    if (state && OPINION_STATES.has(verb)) return index
    if (OPINION_VERBS.has(verb)) return index
    if (would && ['say', 'argue', 'guess', 'venture', 'suggest', 'submit', 'wager'].includes(verb)) return index
    // "I came to the conclusion that…", "we have come to believe…".
    if (
      ['came', 'come', 'reached', 'reach', 'drew', 'draw'].includes(verb) &&
      (words[cursor + 1] === 'to' || words[cursor + 1] === 'the') &&
      (words.slice(cursor + 1, cursor + 4).includes('conclusion') || OPINION_VERBS.has(words[cursor + 2] ?? ''))
    )
      return index
  }
  // "It seems to me…".
  const seems = words.findIndex(
    (word, index) => (word === 'seems' || word === 'seemed') && words[index + 1] === 'to' && words[index + 2] === 'me'
  )
  return seems >= 0 && !isOtherVoice(document, tokens[seems]) ? seems : -1
}

/**
 * What the writer gives as their own opinion ("I think he is the greatest coach in history", "we feel it is
 * the only acceptable course") is a view they own, not a fact to source: its judgements in words are no
 * claim. A figure in it still is ("I think 40% of voters…").
 */
function withoutWriterOpinion(sentence: SentenceTokens, document: ProseDocument, signals: Signal[]): Signal[] {
  if (!signals.some((signal) => OPINION_KINDS.has(signal.kind))) return signals
  // "He promised to fix every bridge", "he was going to be the best president ever": a promise or a plan,
  // someone's intent, not a fact.
  const words = wordsOf(sentence.tokens)
  const promise = words.findIndex(
    (word, index) =>
      PROMISE_WORDS.has(word) &&
      (words[index + 1] === 'to' || (words[index + 1] === 'was' && words[index + 2] === 'to')) &&
      (word !== 'going' || ['was', 'were', 'is', 'are', "'s", '’s'].includes(words[index - 1] ?? ''))
  )
  if (promise >= 0) signals = signals.filter((signal) => !OPINION_KINDS.has(signal.kind) || signal.first < promise)
  // "They believe government will bring a paradise where everyone…": what others believe or wish is theirs.
  const view = othersViewAt(sentence)
  if (view >= 0) signals = signals.filter((signal) => !isJudgement(sentence, signal) || signal.first <= view + 1)
  // "Perhaps he never saw it coming": a guess, the speculation rule's to read.
  if (GUESS_OPENERS.has(words[sentence.tokens.findIndex(isWord)] ?? ''))
    return signals.filter((signal) => !isJudgement(sentence, signal))
  const start = opinionStart(sentence, document)
  if (start < 0) return signals
  // "…, I think.", "He is, in my view, the best": a view set off by commas colours the whole sentence.
  const aside = start > 0 && /^[,—–(]$/.test(sentence.tokens[start - 1].text)
  return signals.filter((signal) => !isJudgement(sentence, signal) || (!aside && signal.first < start))
}

/**
 * "They believe…", "Liberals think…", "he imagines…": a verb of another's belief or wish, with its subject
 * just before; where it is, or -1. (Not "who believe every word": the word straight after is its object.)
 */
function othersViewAt(sentence: SentenceTokens): number {
  const {tokens} = sentence
  const words = wordsOf(tokens)
  return words.findIndex((word, index) => {
    if (!OTHERS_VIEW_VERBS.has(word) || posAt(sentence, index) !== 'VERB') return false
    let subject = index - 1
    while (subject >= 0 && BETWEEN_SUBJECT_AND_VERB.has(words[subject])) subject--
    if (!isWord(tokens[subject])) return false
    const tag = posAt(sentence, subject)
    if (tag === 'PRON') return AGENT_PRONOUNS.has(words[subject]) && words[subject] !== 'who'
    return (tag === 'NOUN' || tag === 'PROPN') && !NOT_A_SUBJECT.has(words[subject])
  })
}

/**
 * A claim that judges rather than counts: an absolute, a sweep, an accusation, a cause, or a superlative
 * of worth ("the greatest", "the finest", "the only acceptable"). Not a superlative of measure ("the
 * first", "the highest", "the most expensive") or a record: those stay checkable in a view.
 */
function isJudgement({tokens}: SentenceTokens, signal: Signal): boolean {
  if (!OPINION_KINDS.has(signal.kind)) return false
  if (signal.kind !== 'superlative' && signal.kind !== 'record') return true
  if (signal.kind === 'record' && !signal.tentative) {
    const words = tokens.slice(signal.first, signal.last + 1).map((token) => token.lower)
    if (words.some((word) => RECORD_WORDS.has(word) || word === 'record')) return false
  }
  for (let index = signal.first; index <= signal.last; index++) {
    const word = tokens[index].lower
    const next = tokens[index + 1]?.lower ?? ''
    if (word === 'only')
      return !CHECKABLE_ADJECTIVES.has(next) && /(?:able|ible|ful|proper|right|true|real|sane)$/.test(next)
    if (SUPERLATIVES.has(word)) return false
    if (word === 'most' || word === 'least') return !CHECKABLE_ADJECTIVES.has(next)
    if (/[^e]est$/.test(word)) return true
    if (['best', 'worst'].includes(word)) return true
  }
  return true
}

/** A capitalized word that is not just the first word of the sentence, or a possessive name ("Gartner’s"). */
function isNameLike(token: WordToken, index: number): boolean {
  if (!startsWithCapital(token.text)) return false
  return index > 0 || /['’]s$/.test(token.text) || (token.text.length > 1 && token.text === token.text.toUpperCase())
}

/** The finders a sentence's words can set off, as bits of FINDER_BITS. */
function findersCuedBy(words: readonly string[]): number {
  let cued = 0
  for (const word of words) {
    cued |= CUE_BITS.get(word) ?? 0
    if (startsWithDigit(word)) cued |= CUED_BY_DIGITS
  }
  return cued
}

/** Whether a word is one of a finder's cues (a word that is none starts none of its signals). */
function isCueOf(word: string, finder: Finder): boolean {
  const cued = (CUE_BITS.get(word) ?? 0) | (startsWithDigit(word) ? CUED_BY_DIGITS : 0)
  return (cued & FINDER_BITS[finder]) !== 0
}

function startsWithDigit(text: string): boolean {
  const code = text.charCodeAt(0)
  return code >= 48 && code <= 57
}

function findSignals(sentence: SentenceTokens): Signal[] {
  const {tokens} = sentence
  // Only the finders whose cue words the sentence has (FINDER_CUES): the others would find nothing.
  const cued = findersCuedBy(wordsOf(tokens))
  const figures = cued & FINDER_BITS.figures ? findFigures(sentence) : []
  // In this order: signals that start on one token keep it through the sort, and mergeSignals reads them so.
  const signals: Signal[] = []
  if (cued & FINDER_BITS.forecasts) append(signals, findForecasts(sentence, figures))
  append(signals, figures)
  if (cued & FINDER_BITS.ratiosAndTrends) append(signals, findRatiosAndTrends(tokens))
  if (cued & FINDER_BITS.superlatives) append(signals, findSuperlatives(tokens))
  if (cued & FINDER_BITS.records) append(signals, findRecords(sentence))
  if (cued & FINDER_BITS.absolutes) append(signals, findAbsolutes(tokens))
  if (cued & FINDER_BITS.sweepingAbsolutes) append(signals, findSweepingAbsolutes(sentence))
  if (cued & FINDER_BITS.comparisonsThan && cued & FINDER_BITS.comparisonsMore)
    append(signals, findComparisons(sentence))
  if (cued & FINDER_BITS.sweeping) append(signals, findSweeping(tokens))
  if (cued & FINDER_BITS.polls) append(signals, findPolls(sentence))
  if (cued & FINDER_BITS.recordClaims) append(signals, findRecordClaims(sentence))
  if (cued & FINDER_BITS.groupClaims) append(signals, findGroupClaims(sentence))
  if (cued & FINDER_BITS.quantifiedClaims) append(signals, findQuantifiedClaims(sentence))
  if (cued & FINDER_BITS.accusations) append(signals, findAccusations(sentence))
  if (cued & FINDER_BITS.causes) append(signals, findCauses(sentence))
  if (cued & FINDER_BITS.tentativeAbsolutes) append(signals, findTentativeAbsolutes(sentence))
  return signals.length > 1 ? signals.sort(byFirstToken) : signals
}

const byFirstToken = (a: Signal, b: Signal) => a.first - b.first

function append(signals: Signal[], found: readonly Signal[]): void {
  for (const signal of found) signals.push(signal)
}

/**
 * "She always has", "he lies about everything", "in every instance", "by
 * everyone": an absolute about people or events in the writer's voice. Not a
 * hedged one ("not always", "almost every"), a routine ("every day"), the
 * writer's own habit ("I always believed"), a wish or a command ("will never
 * forget", "never mind"), or a question.
 */
function findSweepingAbsolutes(sentence: SentenceTokens): Signal[] {
  const {tokens} = sentence
  const words = wordsOf(tokens)
  // (findSignals runs it only on a sentence with an absolute or "every".)
  if (lastBeforeClosing(tokens)?.text === '?') return []
  // The writer's own habits ("I always believed"), or the reader addressed ("a house you never built"), in the
  // absolute's own clause: after "we became a gimme-society;" a clause of its own can still sweep.
  const personal = (index: number) => {
    for (let cursor = index - 1; cursor >= 0 && !/^[;:—–]$/.test(tokens[cursor].text); cursor--)
      if (WRITER_OR_READER.has(words[cursor])) return true
    for (let cursor = index + 1; cursor < words.length && !/^[;:—–]$/.test(tokens[cursor].text); cursor++)
      if (WRITER_OR_READER.has(words[cursor])) return true
    return false
  }
  // "Catch every episode of the show": a command, in its own clause, claims nothing.
  const opening = tokens.findIndex(isWord)
  const openingTag = tagsOf(sentence)[opening]
  let command = -1
  if (openingTag?.pos === 'VERB' && openingTag.lemma === words[opening] && !MODALS.has(words[opening])) {
    command = opening
    while (command + 1 < tokens.length && !/^[,;:—–]$/.test(tokens[command + 1].text)) command++
  }
  // One sweeping claim a sentence, the first: "every staffer…, and so is every agent" is one generalisation.
  for (let index = command + 1; index < words.length; index++) {
    const word = words[index]
    if (!SWEEPING_ABSOLUTES.has(word) && word !== 'every') continue
    if (personal(index) || isInName(tokens[index], index)) continue
    // "remind everyone", "thank everybody": addressing people, not a claim about them.
    if (isSayingVerb(words[index - 1] ?? '') || ADDRESSING_VERBS.has(words[index - 1] ?? '')) continue
    // "As always, …": an idiom.
    if (word === 'always' && words[index - 1] === 'as' && (index < 2 || !isWord(tokens[index - 2]))) continue
    // "if she wins, she will be a target for every committee", "the law requires that everyone…": a
    // supposition, a forecast or a rule, not a fact.
    if (isSupposedOrRequired(sentence, index)) continue
    if (isDeniedOrHedged(words[index - 1]) || isDeniedOrHedged(words[index - 2])) continue
    let last = index
    if (word === 'every') {
      const noun = words[index + 1] ?? ''
      if (
        !isWord(tokens[index + 1]) ||
        ROUTINE_AFTER_EVERY.has(noun) ||
        ROUTINE_AFTER_EVERY.has(words[index + 2] ?? '')
      )
        continue
      last = index + 1
    } else {
      // "everyone can learn from it", "everybody should vote": a wish or a rule, not a fact.
      if (MODALS.has(words[index + 1] ?? '') || ['must', 'ought', 'needs'].includes(words[index + 1] ?? '')) continue
      if (
        (word === 'never' || word === 'always') &&
        (MODALS.has(words[index - 1] ?? '') ||
          (words[index - 1] === 'have' && MODALS.has(words[index - 2] ?? '')) ||
          words[index + 1] === 'mind')
      )
        continue
    }
    // "from everyone else", "laws for everybody else": the rest of the world, not a claim about it.
    if (words[index + 1] === 'else' && posAt(sentence, index - 1) === 'ADP') continue
    // "changes everything", "means everything": a verb's hyperbole, not a count of things.
    if (
      word === 'everything' &&
      isWord(tokens[index - 1]) &&
      !['ADP', 'CCONJ', 'SCONJ', 'DET'].includes(posAt(sentence, index - 1) ?? '')
    )
      continue
    // "Never forget", "Always remember": a wish or a command.
    if (
      (word === 'never' || word === 'always') &&
      index === opening &&
      posAt(sentence, index + 1) === 'VERB' &&
      tagsOf(sentence)[index + 1]?.lemma === words[index + 1]
    )
      continue
    return [{kind: 'absolute', first: index, last}]
  }
  return []
}

/** The writer or the reader in person: "I", "we've", "you'd". */
const WRITER_OR_READER = new Set(
  ['i', 'we', 'you'].flatMap((person) => ['', "'ve", "'m", "'d", "'ll", "'re"].map((ending) => person + ending))
)

/** "not", "don't", "almost", "nearly": a word before an absolute that denies or hedges it. */
function isDeniedOrHedged(word: string | undefined): boolean {
  return word !== undefined && (word === 'not' || word.endsWith("n't") || ABSOLUTE_HEDGES.has(word))
}

/**
 * Whether the clause of the word at `index` supposes, forecasts or requires rather than states: "if"
 * before it in the sentence, a modal before it in its clause ("she will be a target for every…"), or a
 * verb of requiring ("requires that everyone…").
 */
function isSupposedOrRequired(sentence: SentenceTokens, index: number): boolean {
  const {tokens} = sentence
  const words = wordsOf(tokens)
  let clause = true
  for (let cursor = index - 1; cursor >= 0; cursor--) {
    const word = words[cursor]
    if (word === 'if' || word === 'unless') return true
    if (/^[;:—–]$/.test(tokens[cursor].text)) return false
    // Past a comma, only an "if" still governs it: "If she wins, she will…".
    if (tokens[cursor].text === ',') clause = false
    if (!clause) continue
    if (REQUIRING_VERBS.has(word) && cursor >= index - 4) return true
    if (MODALS.has(word) || /['’](?:ll|d)$/.test(word)) return true
  }
  return false
}

/** "More prosecutors are investigating him than were assigned to the bombing": a comparison of counts. */
function findComparisons(sentence: SentenceTokens): Signal[] {
  const {tokens} = sentence
  const words = wordsOf(tokens)
  // (findSignals runs it only on a sentence with "than", and "more" or "fewer".)
  const tags = tagsOf(sentence)
  const signals: Signal[] = []
  words.forEach((word, index) => {
    if ((word !== 'more' && word !== 'fewer') || tags[index]?.pos !== 'ADJ') return
    const noun = tags[index + 1]
    // A plural count noun: "more prosecutors", not "more harm" or "more than".
    if (noun?.pos !== 'NOUN' || noun.lemma === words[index + 1] || !/s$/.test(words[index + 1])) return
    for (let cursor = index + 2; cursor < Math.min(tokens.length, index + 16); cursor++) {
      if (!isWord(tokens[cursor])) return
      if (words[cursor] === 'than') {
        // "more coups than a flock of pigeons": a figure of speech, not a count.
        if (['a', 'an'].includes(words[cursor + 1] ?? '') && !TIME_UNITS.has(words[cursor + 2] ?? '')) return
        signals.push({kind: 'figure', first: index, last: index + 1})
        return
      }
    }
  })
  return signals
}

/** "half of all", "one in five", "four out of five", "doubled", "an all-time high", "record levels", "outnumber them 5-1". */
function findRatiosAndTrends(tokens: readonly WordToken[]): Signal[] {
  const words = wordsOf(tokens)
  const signals: Signal[] = []
  words.forEach((word, index) => {
    // A signal here starts on one of the finder's cues (a number, a fraction, "doubled", "record"...): one look-up.
    if (!isCueOf(word, 'ratiosAndTrends')) return
    const next = words[index + 1]
    const isNumber = NUMBER_WORDS.has(word) || isDigits(word)
    if (FRACTIONS.has(word) && next === 'of' && !['a', 'the'].includes(words[index - 1] ?? ''))
      signals.push({kind: 'figure', first: index, last: index + 1})
    else if (
      isNumber &&
      next === 'in' &&
      (NUMBER_WORDS.has(words[index + 2] ?? '') || isDigits(words[index + 2] ?? ''))
    )
      signals.push({kind: 'figure', first: index, last: index + 2})
    else if (isNumber && next === 'out' && words[index + 2] === 'of')
      signals.push({kind: 'figure', first: index, last: Math.min(index + 3, words.length - 1)})
    // "doubling down" on a stance is no count.
    else if (TREND_VERBS.has(word) && next !== 'down') signals.push({kind: 'figure', first: index, last: index})
    else if (
      (word === 'record' || word === 'all-time' || word === 'historic') &&
      ['high', 'highs', 'low', 'lows', 'levels', 'level', 'number', 'numbers'].includes(next ?? '')
    )
      signals.push({kind: 'record', first: index, last: index + 1})
    else if (
      word === 'ever' &&
      ['than', 'before'].includes(words[index + 1] ?? '') === false &&
      ['more', 'highest', 'lowest', 'largest', 'biggest', 'fewer', 'worst', 'best'].includes(words[index - 1] ?? '')
    )
      signals.push({kind: 'superlative', first: index - 1, last: index})
    else if (startsWithDigit(word) && /^\d+(?:-to-|[-–:])\d+$/.test(word) && isRatio(words, index))
      signals.push({kind: 'figure', first: index, last: index})
  })
  return signals
}

/** "outnumber Republicans 5-1", "by a 2-1 margin": a ratio, not a score or a range. */
function isRatio(words: readonly string[], index: number): boolean {
  const around = [...words.slice(Math.max(0, index - 4), index), ...words.slice(index + 1, index + 3)]
  return around.some((word) => /^outnumber|^outvote|^margin|^ratio|^majority$/.test(word))
}

/**
 * "estimated to reach", "projected to double", "an estimated 3,000": a forecast of a quantity. A forecast of
 * anything else ("speakers expected to be critical", "expected to attend") is not a figure to source.
 */
function findForecasts(sentence: SentenceTokens, figures: readonly Signal[]): Signal[] {
  const {tokens} = sentence
  const signals: Signal[] = []
  const figureWithin = (from: number, to: number) =>
    figures.some((figure) => figure.first >= from && figure.first <= to)
  tokens.forEach((token, index) => {
    const word = token.lower
    const next = tokens[index + 1] && tokens[index + 1].lower
    if (FORECAST_PARTICIPLES.has(word) && next === 'to') {
      const verb = tokens[index + 2]
      if (!isWord(verb)) return
      const lemma = QUANTITY_VERBS.has(verb.lower) ? verb.lower : tagsOf(sentence)[index + 2]?.lemma
      if (!(lemma && QUANTITY_VERBS.has(lemma)) && !figureWithin(index + 2, index + 8)) return
      signals.push({kind: 'forecast', first: index, last: index + 2, participle: index})
    } else if (word === 'on' && next === 'track' && tokens[index + 2] && tokens[index + 2].lower === 'to') {
      if (!figureWithin(index + 3, index + 9) && !QUANTITY_VERBS.has(tokens[index + 3]?.lower ?? '')) return
      signals.push({kind: 'forecast', first: index, last: index + 2})
    } else if ((word === 'an' || word === 'is' || word === 'are' || word === 'was') && next === 'estimated') {
      if (!figureWithin(index + 2, index + 6)) return
      signals.push({kind: 'forecast', first: index, last: index + 1, participle: index + 1})
    }
  })
  return signals
}

function isDigits(text: string): boolean {
  // The first character first: most words are no number, and a regular expression's test costs more.
  return startsWithDigit(text) && /^\d+(?:[.,]\d+)*$/.test(text)
}

const isCapitalizedWord = (token: WordToken | undefined) => isWord(token) && startsWithCapital(token.text)
const AGE_BEFORE = new Set([',', '-', '–', '—', '('])
const AGE_AFTER = new Set([',', '-', '–', '—', ')', '.', ';'])
const THRESHOLD_BEFORE = new Set(['required', 'requisite', 'necessary', 'needed', 'minimum', 'magic'])
const THRESHOLD_AFTER = new Set(['needed', 'required', 'necessary'])
/** Magnitudes large enough that "a" before them makes a figure: "a million", "a billion". */
const LARGE_MAGNITUDES = new Set(['million', 'billion', 'trillion'])
/** What "a million" counts when it is a figure of speech: "a million times", "in a million small ways". */
const HYPERBOLIC_COUNTS = new Set(['times', 'ways', 'reasons', 'things', 'miles', 'questions', 'pieces', 'years'])
const YEAR_PREPOSITIONS = new Set([
  'in',
  'since',
  'until',
  'till',
  'circa',
  'c.',
  'ca.',
  'from',
  'before',
  'after',
  'of'
])

/**
 * "needs 270 electoral votes to win", "it takes 60 votes to end debate", "218 seats to control the House":
 * the threshold a count of votes must reach, which the rules of the vote set, not a finding.
 */
function isVoteThreshold({tokens}: SentenceTokens, first: number, after: number): boolean {
  const words = wordsOf(tokens)
  // The noun may close the figure itself ("60 votes") or follow it ("270 electoral votes").
  let noun = after - 1
  while (noun < Math.min(words.length, after + 3) && !VOTE_NOUNS.has(words[noun])) noun++
  const voteNoun = VOTE_NOUNS.has(words[noun] ?? '')
  if (voteNoun) while (VOTE_NOUNS.has(words[noun + 1] ?? '')) noun++
  const end = voteNoun ? noun + 1 : after
  const purpose = words[end] === 'to' && THRESHOLD_PURPOSES.has(words[end + 1] ?? '')
  const needed = words.slice(Math.max(0, first - 3), first).some((word) => NEED_VERBS.has(word))
  return (
    (voteNoun || purpose) &&
    (needed ||
      (voteNoun && purpose && !/^(?:won|got|received|took|captured|secured|earned)$/.test(words[first - 1] ?? '')))
  )
}

/**
 * Counts everyone knows: the 538 electoral votes and the 270 it takes to win, the
 * 50 states, the 100 senators; and a state's own electoral votes ("Florida's 29
 * electoral votes", "Ohio (18 electoral votes)"), which are in every almanac.
 */
function isCommonCount({tokens}: SentenceTokens, first: number, after: number, value: number): boolean {
  const words = wordsOf(tokens)
  const next = words.slice(after, after + 2)
  if (next.some((word) => COMMON_COUNTS.get(word)?.includes(value))) return true
  // "a jury of 12".
  if (words[first - 1] === 'of' && words[first - 2] === 'jury' && COMMON_COUNTS.get('jurors')?.includes(value))
    return true
  if (!next.includes('electoral')) return false
  const before = words[first - 1] ?? ''
  return (
    // "Florida is worth 29 electoral votes"; "these states add up to 163 electoral votes": an almanac's sum.
    before === 'worth' ||
    words.slice(Math.max(0, first - 4), first).some((word) => SUM_CUES.has(word)) ||
    /['’]s?$/.test(tokens[first - 1]?.text ?? '') ||
    ['its', 'their', 'state’s', "state's"].includes(before) ||
    (before === '(' && isCapitalizedWord(tokens[first - 2])) ||
    (before === 'with' && tokens[first - 2]?.text === ',' && isCapitalizedWord(tokens[first - 3]))
  )
}

/** Money, percentages, magnitudes and counts: "$4 billion", "12%", "trillions of dollars", "37 attacks". */
function findFigures(sentence: SentenceTokens): Signal[] {
  const {tokens} = sentence
  const signals: Signal[] = []
  let index = 0
  while (index < tokens.length) {
    // A figure starts on a currency symbol, a number, a magnitude, a percent (the finder's cues) or "a" ("a
    // million"): any other word is passed over on a look-up.
    if (tokens[index].lower !== 'a' && !isCueOf(tokens[index].lower, 'figures')) {
      index++
      continue
    }
    const start = index
    let hasCurrency = false
    let hasNumber = false
    let hasMagnitude = false
    let hasUnit = false
    let hasSeparator = false
    let isPercent = false
    let value = 0
    // What the magnitudes multiply the number by ("$4 billion"); NaN when it is no exact figure ("millions", "dozens").
    let multiplier = 1
    if (CURRENCY_SYMBOLS.has(tokens[index].text)) {
      hasCurrency = true
      index++
    }
    // "a million students", "a billion dollars": one of a large magnitude (not "a million times better").
    if (
      tokens[index]?.lower === 'a' &&
      LARGE_MAGNITUDES.has(tokens[index + 1]?.lower ?? '') &&
      isWord(tokens[index + 2]) &&
      !tokens.slice(index + 2, index + 5).some((token) => HYPERBOLIC_COUNTS.has(token.lower))
    ) {
      hasNumber = true
      value = 1
      index++
    }
    // Numbers in words: "twenty", "five hundred thousand".
    while (index < tokens.length && NUMBER_WORDS.has(tokens[index].lower)) {
      hasNumber = true
      value = Math.max(value, NUMBER_WORDS.get(tokens[index].lower)!)
      if (tokens[index].lower === 'dozens') multiplier = NaN
      index++
      if (
        tokens[index] &&
        tokens[index].lower === 'and' &&
        tokens[index + 1] &&
        /^(a|one)$/i.test(tokens[index + 1].text)
      )
        break
    }
    // A number may arrive split by the parser: "1", ",", "200".
    while (index < tokens.length && isDigits(tokens[index].text)) {
      hasNumber = true
      value = Number(tokens[index].text.replace(/,/g, ''))
      if (/,/.test(tokens[index].text)) hasSeparator = true
      const separator = tokens[index + 1]
      const more = tokens[index + 2]
      // The last group can carry the sentence's full stop: "$40,000.".
      const group =
        more &&
        (isDigits(more.text)
          ? more.text
          : index + 3 === tokens.length && /^\d+\.$/.test(more.text)
            ? more.text.slice(0, -1)
            : undefined)
      if (
        separator &&
        (separator.text === ',' || separator.text === '.') &&
        separator.start === tokens[index].end &&
        more &&
        more.start === separator.end &&
        group
      ) {
        value = Number(`${tokens[index].text}${separator.text === '.' ? '.' : ''}${group}`.replace(/,/g, ''))
        hasSeparator = true
        index += 2
      }
      index++
    }
    while (
      index < tokens.length &&
      MAGNITUDES.has(tokens[index].lower) &&
      (hasNumber || hasCurrency || /s$/.test(tokens[index].text) || tokens[index].text.length > 2)
    ) {
      if (!hasNumber && !/s$/i.test(tokens[index].text)) break
      hasMagnitude = true
      multiplier *= MAGNITUDE_VALUES.get(tokens[index].lower) ?? NaN
      index++
    }
    // "two hundred and thirty": the number goes on after "and".
    if (
      hasMagnitude &&
      hasNumber &&
      Number.isFinite(multiplier) &&
      tokens[index]?.lower === 'and' &&
      NUMBER_WORDS.has(tokens[index + 1]?.lower ?? '') &&
      tokens[index + 1].lower !== 'dozen' &&
      tokens[index + 1].lower !== 'dozens'
    ) {
      // A number in words now, as "two hundred and thirty years ago" is no magnitude.
      value = value * multiplier
      multiplier = 1
      hasMagnitude = false
      index++
      let part = 0
      while (index < tokens.length && NUMBER_WORDS.has(tokens[index].lower)) {
        part += NUMBER_WORDS.get(tokens[index].lower)!
        index++
      }
      value += part
    }
    if (
      index < tokens.length &&
      (tokens[index].text === '%' || tokens[index].lower === 'percent' || tokens[index].lower === 'percentage') &&
      // "in terms of percentage points" gives no figure ("a small percentage of voters" does).
      !(
        !hasNumber &&
        tokens[index].lower === 'percentage' &&
        tokens[index + 1]?.lower === 'points' &&
        !SHARE_SIZES.has(tokens[index - 1]?.lower ?? '')
      )
    ) {
      hasUnit = true
      isPercent = true
      index++
      if (tokens[index] && tokens[index].lower === 'points') index++
    } else if ((hasNumber || hasMagnitude) && index < tokens.length) {
      const word = tokens[index].lower
      if (word === 'of' && tokens[index + 1] && FIGURE_UNITS.has(tokens[index + 1].lower)) {
        hasUnit = true
        index += 2
      } else if (FIGURE_UNITS.has(word)) {
        hasUnit = true
        index++
      }
    }
    const consumed = index > start
    if (!consumed) {
      index++
      continue
    }
    const last = index - 1
    const previous = tokens[start - 1]
    const following = tokens[index]
    const before = previous ? previous.lower : ''
    const after = following ? following.lower : ''
    // Part of a code or a name: "501(c)(4)", "9/11", "F-16", "COVID-19".
    const attached =
      (previous !== undefined &&
        previous.end === tokens[start].start &&
        (previous.node.type === 'WordNode' || ['/', '#', '-'].includes(previous.text))) ||
      (following !== undefined && following.start === tokens[last].end && ATTACHED_AFTER.test(following.text))
    const bare = hasNumber && !hasCurrency && !hasMagnitude && !hasUnit
    const isYear = bare && YEAR.test(String(value))
    // "In 627, …", "since 1066.": a bare number after a preposition of time, with nothing it counts.
    const isBareYear =
      bare &&
      !hasSeparator &&
      Number.isInteger(value) &&
      value >= 100 &&
      value < 2100 &&
      ((YEAR_PREPOSITIONS.has(before) && (!following || !isWord(following) || /^(bc|bce|ad|ce)$/.test(after))) ||
        // "By 1515, …": a year a clause opens with.
        (before === 'by' && value >= 1000 && following?.text === ','))
    // "Aug. 25", "25 March".
    const isDate =
      MONTHS.has(before.replace(/\.$/, '')) ||
      MONTHS.has(after) ||
      (before === '.' && MONTHS.has(tokens[start - 2]?.lower ?? ''))
    // "* 13 Obama voted…": an item's number in a list.
    const isLabel =
      NUMBER_LABELS.has(before) ||
      isBillNumber(tokens, start) ||
      (bare && ['*', '•', '·', '#'].includes(previous?.text ?? '') && isCapitalizedWord(following))
    // "the fifty states", "its 12 members", "all 67 counties": a set the reader knows or the article has given.
    // "those last 10 words": past an ordinal; "the other 11": what is left of a total given.
    const determiner = ['last', 'first', 'final', 'same', 'top', 'other', 'remaining'].includes(before)
      ? (tokens[start - 2]?.lower ?? '')
      : before
    const isKnownSet =
      bare &&
      ['the', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'all'].includes(determiner) &&
      ((isWord(following) && !/^(?:of|to|and|or|in)$/.test(after) && !['other', 'remaining'].includes(before)) ||
        // "six turned back, and the other 11…": only with the part counted before it.
        (['other', 'remaining'].includes(before) &&
          determiner === 'the' &&
          tokens.slice(0, start - 2).some((token) => isDigits(token.text) || NUMBER_WORDS.has(token.lower))))
    // "control the Senate 26 to 23", "voted 51-49": a tally on the record, not a finding.
    const isTally =
      bare &&
      !['from', 'between'].includes(before) &&
      (after === 'to' || after === '-' || after === '–') &&
      // The second number can carry the sentence's full stop: "26 to 23.".
      (isDigits((tokens[index + 1]?.text ?? '').replace(/\.$/, '')) ||
        NUMBER_WORDS.has(tokens[index + 1]?.lower ?? '')) &&
      !isFigureUnitAt(tokens, index + 2)
    const isDuration =
      !hasCurrency &&
      !hasUnit &&
      (TIME_UNITS.has(after) ||
        // "ten long years", "two full weeks".
        (DURATION_ADJECTIVES.has(after) && TIME_UNITS.has(tokens[index + 1]?.lower ?? '')) ||
        (before === 'at' && value <= 24 && !hasMagnitude))
    // "90 miles (145 kilometers) north of Atlanta": where a place is, not a finding.
    const isDistance = !hasCurrency && isPlaceDistance(tokens, index)
    // "Ortiz, 58, said", "the victim, Collins, 23 - was": an age set off after a name.
    const isAge =
      bare &&
      value < 125 &&
      ((AGE_BEFORE.has(before) &&
        isCapitalizedWord(tokens[start - 2]) &&
        // "Polge, 25, walked off", or with the closing comma left out: "Polge, 25 apparently walked off".
        (!following ||
          AGE_AFTER.has(following.text) ||
          ['ADV', 'VERB', 'AUX'].includes(posAt(sentence, index) ?? ''))) ||
        isPredicateAge(sentence, start, index) ||
        // "anyone older than 21", "children younger than 12".
        (before === 'than' && ['older', 'younger'].includes(tokens[start - 2]?.lower ?? '')))
    // "the required 1,237 delegates", "the 60 votes needed to end debate": a rule's threshold, not a finding.
    const isThreshold =
      THRESHOLD_BEFORE.has(before) ||
      isRuleLimit(sentence, start) ||
      sentence.tokens.slice(index, index + 3).some((token) => THRESHOLD_AFTER.has(token.lower)) ||
      isVoteThreshold(sentence, start, index)
    const countsAsFigure = hasCurrency || hasMagnitude || hasUnit || (hasNumber && value >= 10 && !isDuration)
    if (
      countsAsFigure &&
      !isYear &&
      !isBareYear &&
      !isDate &&
      !isLabel &&
      !isDistance &&
      !isKnownSet &&
      !isTally &&
      !attached &&
      !isAge &&
      !isThreshold &&
      !isCommonCount(sentence, start, index, value) &&
      !isCrowdEstimate(
        sentence,
        start,
        last,
        value,
        hasCurrency || (hasUnit && !CROWD_NOUNS.has(tokens[last].lower))
      ) &&
      !announcesList(sentence, start)
    ) {
      const money = hasCurrency || (hasUnit && MONEY_UNITS.has(tokens[last].lower))
      const unit: FigureUnit = money ? 'money' : isPercent ? 'percent' : 'count'
      const amount = value * multiplier
      // A count is of something: "20 members", "20 ships". The thing counted is part of what it is.
      const counted =
        unit === 'count'
          ? `:${hasUnit ? tokens[last].lower : isWord(following) && !ENGLISH_FUNCTION_WORDS.has(after) ? after : ''}`
          : ''
      const note =
        hasNumber && Number.isFinite(amount) ? {id: `${unit}:${amount}${counted}`, unit, value: amount} : undefined
      const weak =
        (!hasNumber && !hasUnit && hasMagnitude && isWealth(sentence, start, index)) ||
        (hasMagnitude && isKnownTotal(sentence, start, index)) ||
        isRecalledToll(sentence, start, last) ||
        (unit !== 'money' && isContestResult(sentence, start, last) && !isExactTally(unit, amount)) ||
        isLegend(sentence, start)
      signals.push({kind: 'figure', first: start, last, note, weak: weak || undefined})
    }
  }
  return signals
}

/** Whether the token at `index` makes the number before it a measure: "percent", "%", "million", "dollars". */
function isFigureUnitAt(tokens: readonly WordToken[], index: number): boolean {
  const word = tokens[index]?.lower ?? ''
  return word === '%' || word === 'percent' || MAGNITUDES.has(word) || FIGURE_UNITS.has(word) || MONEY_UNITS.has(word)
}

/** People who end a clause's subject: a pronoun, or a name. */
const isPersonAt = (tokens: readonly WordToken[], index: number) =>
  /^(?:i|he|she|you|we|they)(?:'(?:ll|d))?$/.test(tokens[index]?.lower ?? '') ||
  (index > 0 && isCapitalizedWord(tokens[index]))

/**
 * "He was only 34", "when I was fourteen or sixteen", "he'll be 20 when he graduates", "she turned 40":
 * a bare number after a verb of being, for a person: an age, not a count.
 */
function isPredicateAge(sentence: SentenceTokens, first: number, after: number): boolean {
  const {tokens} = sentence
  const words = wordsOf(tokens)
  let verb = first - 1
  while (verb > 0) {
    if (AGE_HEDGES.has(words[verb])) verb--
    // "fourteen or sixteen": the second of two.
    else if (
      (words[verb] === 'or' || words[verb] === 'to') &&
      (NUMBER_WORDS.has(words[verb - 1]) || isDigits(words[verb - 1]))
    )
      verb -= 2
    else break
  }
  if (verb < 0) return false
  // "I'm 40", "she's only 19": the person and the verb in one word.
  const fused = /^(?:i|he|she|you|we|they)'(?:m|s|re)$/.test(words[verb])
  if (!fused) {
    if (verb < 1 || !AGE_VERBS.has(words[verb])) return false
    let subject = verb - 1
    if (['will', 'would', 'to', 'not'].includes(words[subject])) subject--
    if (!isPersonAt(tokens, subject)) return false
  }
  const next = tokens[after]
  return (
    !next ||
    !isWord(next) ||
    ['when', 'or', 'and', 'at', 'in', 'then', 'but', 'so', 'until', 'before', 'while', 'because', 'if'].includes(
      next.lower
    )
  )
}

/** "Below is a timeline of 34 deaths", "Here are the 12 names": a count of what the article goes on to list. */
function announcesList(sentence: SentenceTokens, first: number): boolean {
  const words = wordsOf(sentence.tokens)
  const opening = sentence.tokens.findIndex(isWord)
  const opener = words[opening]
  if (LIST_ANNOUNCERS.has(opener) && ['is', 'are', "'s", '’s'].includes(words[opening + 1] ?? '')) return true
  if (opener === 'here’s' || opener === "here's") return true
  return words.slice(0, first).includes('below') || (words[first - 1] === 'following' && words[first - 2] === 'the')
}

/** "earning millions", "his billions": a rich man's money, in a word, is no figure to source. */
function isWealth(sentence: SentenceTokens, first: number, after: number): boolean {
  const words = wordsOf(sentence.tokens)
  const next = sentence.tokens[after]
  // Not "millions of dollars", "millions of fans": a bare "millions", then a new phrase or the end.
  if (next && isWord(next) && (next.lower === 'of' || ['NOUN', 'PROPN', 'ADJ'].includes(posAt(sentence, after) ?? '')))
    return false
  const before = words.slice(Math.max(0, first - 2), first)
  return before.some((word) => WEALTH_VERBS.has(word) || ['his', 'her', 'their'].includes(word))
}

/** "the $20 trillion national debt", "home to 324 million people": totals everyone has heard. */
function isKnownTotal(sentence: SentenceTokens, first: number, after: number): boolean {
  const words = wordsOf(sentence.tokens)
  const around = [...words.slice(Math.max(0, first - 4), first), ...words.slice(after, after + 3)]
  // The debt as it stands, not a projection of it ("we'd go to $20 trillion of national debt").
  const national = (word: string | undefined) => word === 'national' || word === 'federal'
  if (national(words[after]) && words[after + 1] === 'debt') return true
  if (words[first - 2] === 'debt' && national(words[first - 3]) && ['of', 'is', 'at'].includes(words[first - 1]))
    return true
  if (words[first - 1] === 'to' && words[first - 2] === 'home') return true
  return around.some((word) => KNOWN_TOTALS.has(word))
}

/**
 * "…, days after a shooting that killed 17", "Following the attacks, which left 130 dead", "A year ago, 130
 * people were killed": the toll of the event a story recalls, reported when it happened.
 */
function isRecalledToll(sentence: SentenceTokens, first: number, last: number): boolean {
  const words = wordsOf(sentence.tokens)
  const near = [...words.slice(Math.max(0, first - 4), first), ...words.slice(last + 1, last + 5)]
  if (!near.some((word) => CASUALTY_WORDS.has(word))) return false
  // "the massacre that claimed the lives of 59", "a bombing, which left 20 dead": a clause on the event it names.
  for (let index = Math.max(0, first - 8); index < first - 1; index++)
    if (
      TOLL_EVENTS.has(words[index]) &&
      ['that', 'which'].includes(words[words[index + 1] === ',' ? index + 2 : index + 1])
    )
      return true
  // "…500 were injured after a gunman opened fire": the toll told with the event that took it.
  const later = words.slice(last + 1)
  const opener = later.findIndex((word) => RECALLING_OPENERS.has(word) && word !== 'since')
  if (opener >= 0 && later.slice(opener + 1, opener + 5).some((word) => TOLL_EVENTS.has(word))) return true
  const before = words.slice(0, first)
  const opening = sentence.tokens.findIndex(isWord)
  return before.some((word, index) => {
    // "A year ago, 130 people were killed": an anniversary.
    if (word === 'ago') return index < opening + 5
    if (!RECALLING_OPENERS.has(word) && !(word === 'wake' && before[index + 1] === 'of')) return false
    // "After the storm, 40 people were found dead": the news itself, in the clause after a fronted one.
    return index > opening + 2 || !before.slice(index).includes(',')
  })
}

/**
 * "In 2012, Democrats won 43 percent of the vote", "defeating Romney by a margin of 0.88 points", "took the
 * lead by under 500 votes": a contest's result the story reports, on the public record. Not one to come
 * ("could receive two million more votes"), nor a figure of anything else in the sentence ("received $2 million").
 */
function isContestResult(sentence: SentenceTokens, first: number, last: number): boolean {
  const words = wordsOf(sentence.tokens)
  const verb = words.findIndex(
    (word, index) =>
      index < first &&
      RESULT_VERBS.has(word) &&
      !MODALS.has(words[index - 1] ?? '') &&
      !MODALS.has(words[index - 2] ?? '') &&
      words[index - 1] !== 'to'
  )
  if (verb < 0) return false
  const from = verb + 1
  const to = Math.min(words.length, last + 7)
  for (let index = from; index < to; index++) if (RESULT_NOUNS.has(words[index])) return true
  return false
}

/**
 * "by 6,016 votes": an unrounded count of four figures or more comes from one canvass the reader can be pointed
 * to, not the headline result every report gives ("43 percent", "400,000 more votes", "under 500 votes").
 */
function isExactTally(unit: FigureUnit, amount: number): boolean {
  return unit === 'count' && Number.isInteger(amount) && amount >= 1000 && amount % 100 !== 0
}

/** "Each square represents 1 million people", "every dot stands for ten cases": a chart's legend, no claim. */
function isLegend(sentence: SentenceTokens, first: number): boolean {
  const words = wordsOf(sentence.tokens)
  const opening = sentence.tokens.findIndex(isWord)
  if (opening < 0 || !['each', 'every'].includes(words[opening])) return false
  return words
    .slice(Math.max(opening + 2, first - 3), first)
    .some((word, offset, near) => LEGEND_VERBS.has(word) && (word !== 'stands' || near[offset + 1] === 'for'))
}

/** "Letters should be no longer than 200 words", "bags must not exceed 23 kilograms": a limit a rule sets. */
function isRuleLimit(sentence: SentenceTokens, first: number): boolean {
  const words = wordsOf(sentence.tokens)
  const before = words.slice(Math.max(0, first - 7), first)
  const limit =
    (before.at(-3) === 'no' && before.at(-1) === 'than') ||
    (before.at(-2) === 'at' && (before.at(-1) === 'most' || before.at(-1) === 'least')) ||
    before.at(-1) === 'exceed'
  return limit && before.some((word) => ['should', 'must', 'may', 'cannot', "can't", 'can', 'shall'].includes(word))
}

/** "H.R. 2990", "S. 1044", "H.J.Res. 12": a bill's number names it. */
function isBillNumber(tokens: readonly WordToken[], start: number): boolean {
  const previous = tokens[start - 1]
  return previous !== undefined && previous.end < tokens[start].start && BILL_PREFIX.test(previous.text)
}

const BILL_PREFIX = /^(?:H\.?\s?R|H\.?\s?J\.?\s?Res|S\.?\s?J\.?\s?Res|S|S\.?\s?Res|H\.?\s?Res)\.?$/

/**
 * A distance in a unit of length followed by a direction from a place ("90
 * miles north of", "20 km from the border"), or the same distance converted in
 * brackets just after one: geography, not a claim.
 */
function isPlaceDistance(tokens: readonly WordToken[], after: number): boolean {
  // The unit first (the first word after the number): most figures are no distance.
  let unit = ''
  for (let index = after; index < Math.min(tokens.length, after + 8) && unit === ''; index++)
    if (isWord(tokens[index])) unit = tokens[index].lower
  if (!LENGTH_UNITS.has(unit)) return false
  const words = tokens.slice(after, after + 8).filter(isWord)
  // Past a bracketed conversion: "90 miles (145 kilometers) north".
  let next = 1
  if (tokens[after + 1]?.text === '(' || tokens[after + 2]?.text === '(') {
    while (next < words.length && !DIRECTIONS.has(words[next].lower)) next++
  }
  const direction = words[next]?.lower ?? ''
  if (DIRECTIONS.has(direction)) return true
  // The conversion itself: "(145 kilometers)" after "90 miles".
  return (
    tokens.slice(Math.max(0, after - 6), after).some((token) => token.text === '(') &&
    tokens.slice(Math.max(0, after - 8), after).some((token) => LENGTH_UNITS.has(token.lower))
  )
}

/**
 * "Dozens of protesters gathered", "about 50 people turned out": a reporter's
 * own rough head count of a small crowd they watched gather. (Thousands, and
 * exact counts, still want a source: police, organisers.)
 */
function isCrowdEstimate(
  sentence: SentenceTokens,
  first: number,
  last: number,
  value: number,
  notPeople: boolean
): boolean {
  if (notPeople || value >= 1000) return false
  const {tokens} = sentence
  const words = wordsOf(tokens)
  const rough =
    ['dozens', 'dozen', 'scores'].includes(words[first]) ||
    APPROXIMATORS.has(words[first - 1] ?? '') ||
    (words[first - 1] === 'than' && words[first - 2] === 'more')
  if (!rough) return false
  let noun = last
  if (!CROWD_NOUNS.has(words[noun])) noun = words[last + 1] === 'of' ? last + 2 : last + 1
  if (!CROWD_NOUNS.has(words[noun] ?? '')) return false
  return words.slice(noun + 1, noun + 25).some((word, offset) => {
    if (!GATHERING_VERBS.has(word)) return false
    const particle = words[noun + 2 + offset]
    return !['turned', 'showed', 'came'].includes(word) || ['out', 'up'].includes(particle ?? '')
  })
}

function findSuperlatives(tokens: readonly WordToken[]): Signal[] {
  const signals: Signal[] = []
  tokens.forEach((token, index) => {
    const word = token.lower
    const previous = tokens[index - 1] ? tokens[index - 1].lower : ''
    const next = tokens[index + 1]
    const nextWord = next ? next.lower : ''
    // Only a listed superlative or "most" makes one: the other words are passed over on a look-up.
    if (!SUPERLATIVES.has(word) && word !== 'most') return
    const determined = previous === 'the' || /'s$/.test(previous)
    if (!determined || !next || next.node.type !== 'WordNode') return
    // "weren't the only teams", "not the first": denying a record claims none.
    if (isNegatedBefore(tokens, index - 1) || isRankOrSet(tokens, index) || isInName(token, index)) return
    // "possibly the largest" hedges it; "the youngest I've seen him" measures the writer's own life.
    if (isHedgedBefore(tokens, index - 1) || isFirstPersonWord(nextWord)) return
    if (
      SUPERLATIVES.has(word) &&
      !SEQUENCE_NOUNS.has(nextWord) &&
      !(word === 'only' && FIGURATIVE_AFTER_ONLY.has(nextWord)) &&
      !(word === 'first' && (isSequence(tokens, index) || isEventInStory(tokens, index)))
    ) {
      signals.push({
        kind: 'superlative',
        first: index - 1,
        last: index + 1,
        weak: isOneOfMany(tokens, index) || undefined
      })
    } else if (
      word === 'most' &&
      (CHECKABLE_ADJECTIVES.has(nextWord) || /^(widely|heavily|frequently)$/.test(nextWord))
    ) {
      signals.push({
        kind: 'superlative',
        first: index - 1,
        last: index + 1,
        weak: isOneOfMany(tokens, index) || undefined
      })
    }
  })
  return signals
}

/** "the First Amendment", "Numbers Never Lie": a capital inside a sentence makes the word part of a name or a title. */
function isInName(token: WordToken, index: number): boolean {
  return index > 0 && startsWithCapital(token.text)
}

/** "one of the biggest issues", "some of the most popular", "among the largest": one of many, a softer claim. */
function isOneOfMany(tokens: readonly WordToken[], index: number): boolean {
  const before = tokens[index - 2]?.lower ?? ''
  return before === 'among' || (before === 'of' && ['one', 'some', 'several'].includes(tokens[index - 3]?.lower ?? ''))
}

/** "possibly the most", "arguably the best", "almost exclusively": a hedge just before. */
function isHedgedBefore(tokens: readonly WordToken[], index: number): boolean {
  // Back over the clause, a few words: "possibly the largest", "will likely go down as the most shocking".
  for (let cursor = index - 1; cursor >= Math.max(0, index - 5); cursor--) {
    if (!isWord(tokens[cursor])) return false
    if (SUPERLATIVE_HEDGES.has(tokens[cursor].lower)) return true
  }
  return false
}

/** "I", "we've", "I’d" (a lower-case word, its apostrophe straight: "i'd"): the writer in person. */
const isFirstPersonWord = (word: string) => /^(?:i|we)(?:'(?:m|re|d|ve|ll))?$/.test(word)

function isNegatedBefore(tokens: readonly WordToken[], index: number): boolean {
  const before = tokens.slice(Math.max(0, index - 2), index).map((token) => token.lower)
  // "less than wholly sympathetic" denies it too.
  if (before[0] === 'less' && before[1] === 'than') return true
  return before.some((word) => word === 'not' || word === 'never' || /n['’]t$/.test(word))
}

/**
 * "the highest-ranking officer", "the highest ranking of the six officers", "the largest of the three
 * bids": a rank or a comparison within a set the article itself names, not a record claim.
 */
function isRankOrSet(tokens: readonly WordToken[], index: number): boolean {
  const next = tokens[index + 1]?.lower ?? ''
  if (/ranking$|ranked$/.test(next) || /-ranking$|-ranked$/.test(tokens[index].lower)) return true
  // "the highest office", "the highest court": an institution by its usual name.
  if (['office', 'court', 'honor', 'honour', 'award', 'echelons', 'levels', 'ranks'].includes(next)) return true
  for (let cursor = index + 1; cursor < Math.min(tokens.length, index + 4); cursor++) {
    if (
      tokens[cursor].lower === 'of' &&
      ['the', 'these', 'those', 'its', 'their'].includes(tokens[cursor + 1]?.lower ?? '')
    ) {
      const count = tokens[cursor + 2]?.lower ?? ''
      return NUMBER_WORDS.has(count) || isDigits(count) || count === 'two'
    }
  }
  return false
}

/** "after the first doctor was found": the first of the events the story tells (with no record's scope). */
function isEventInStory(tokens: readonly WordToken[], index: number): boolean {
  return ['after', 'when', 'before', 'since', 'until', 'once'].includes(tokens[index - 2]?.lower ?? '')
}

/** "the first song they heard after taking the oath": the order of events, not a record. */
function isSequence(tokens: readonly WordToken[], index: number): boolean {
  // "the first doctor (Jeff Bradstreet) was found dead": the first of them, named in brackets, as a subject.
  if (tokens[index + 2]?.text === '(') {
    const close = tokens.findIndex((token, at) => at > index + 2 && token.text === ')')
    if (close > 0 && ['was', 'were', 'had', 'has', 'is'].includes(tokens[close + 1]?.lower ?? '')) return true
  }
  for (let cursor = index + 1; cursor < Math.min(tokens.length, index + 9); cursor++) {
    if (!isWord(tokens[cursor])) return false
    if (['after', 'upon', 'following', 'once', 'when'].includes(tokens[cursor].lower)) return true
  }
  return false
}

/**
 * A superlative measured against a record: "the ugliest election in modern
 * history", "the most players ever to kneel", "the most divisive issue the
 * league has seen in a long time". Any superlative with such a scope claims a
 * record someone could check.
 */
function findRecords(sentence: SentenceTokens): Signal[] {
  const {tokens} = sentence
  const words = wordsOf(tokens)
  // (findSignals runs it only on a sentence with a word of a record's scope.) The superlative first, then its scope
  // after it: most words are no superlative.
  const signals: Signal[] = []
  words.forEach((word, index) => {
    const listed = SUPERLATIVES.has(word) || ['most', 'least', 'best', 'worst', 'fewest'].includes(word)
    if (!listed && !(word.endsWith('est') && /[^e]est$/.test(word))) return
    if (!['the', 'its', 'their', 'his', 'her'].includes(words[index - 1] ?? '') && !/'s$/.test(words[index - 1] ?? ''))
      return
    const tag = listed ? undefined : tagsOf(sentence)[index]
    const superlative = listed || ((tag?.pos === 'ADJ' || tag?.pos === 'ADV') && tag.lemma !== word)
    if (
      !superlative ||
      isNegatedBefore(tokens, index - 1) ||
      isHedgedBefore(tokens, index - 1) ||
      isRankOrSet(tokens, index) ||
      isInName(tokens[index], index)
    )
      return
    if (word === 'first' && isSequence(tokens, index)) return
    // "the only thing that is ever important": a figure of speech, as in findSuperlatives.
    if (word === 'only' && FIGURATIVE_AFTER_ONLY.has(words[index + 1] ?? '')) return
    for (let cursor = index + 1; cursor < Math.min(tokens.length, index + 16); cursor++) {
      if (!isWord(tokens[cursor]) && tokens[cursor].text !== '-') break
      if (isRecordScope(words, cursor)) {
        // "the closest I have ever come", "the best we've seen in years": a measure of one's own life, not a record.
        if (words.slice(index + 1, cursor).some(isFirstPersonWord)) return
        signals.push({kind: 'superlative', first: index - 1, last: cursor})
        return
      }
    }
  })
  return signals
}

/** "ever", "in (modern) history", "on record", "of all time", "in decades", "in a long time", "since 1990". */
function isRecordScope(words: readonly string[], index: number): boolean {
  const word = words[index]
  if (RECORD_SCOPES.has(word)) return word !== 'record' || words[index - 1] === 'on'
  if (word === 'time' && words[index - 1] === 'all' && words[index - 2] === 'of') return true
  if (RECORD_SPANS.has(word)) {
    const span = words.slice(Math.max(0, index - 3), index)
    return (
      span.includes('in') &&
      (word !== 'time' || span.includes('long')) &&
      (word !== 'years' ||
        span.some((other) => other === 'recent' || /^\d+$/.test(other) || NUMBER_WORDS.has(other) || other === 'many'))
    )
  }
  // "the best quarterbacks in the game", "the richest man on the planet": a ranking over a whole field.
  if (RECORD_FIELDS.has(word) && words[index - 1] === 'the' && ['in', 'on'].includes(words[index - 2] ?? ''))
    return true
  return word === 'since' && /^\d{4}s?$/.test(words[index + 1] ?? '')
}

/** "its entire core computing workload", "exclusively on AWS chips". */
function findAbsolutes(tokens: readonly WordToken[]): Signal[] {
  const signals: Signal[] = []
  tokens.forEach((token, index) => {
    // "not the entire story" denies the absolute.
    if (
      !STRONG_ABSOLUTES.has(token.lower) ||
      isNegatedBefore(tokens, index - (tokens[index - 1]?.lower === 'the' ? 1 : 0))
    )
      return
    let last = index
    const stop = (candidate: WordToken) =>
      candidate.node.type !== 'WordNode' || ABSOLUTE_PHRASE_STOPS.has(candidate.lower)
    // The words the absolute governs: "entire core computing workload", "exclusively on AWS Trainium".
    while (
      last + 1 < tokens.length &&
      last - index < 4 &&
      !(last > index && stop(tokens[last + 1])) &&
      tokens[last + 1].node.type === 'WordNode'
    )
      last++
    if (last === index) return
    const governed = tokens.slice(index + 1, last + 1).map((candidate) => candidate.lower)
    // "almost exclusively", "nearly the entire": hedged. "the entire series I've written": the writer's own.
    if (isHedgedBefore(tokens, index) || governed.some(isFirstPersonWord)) return
    // "an entire day", "his entire career": a span of time, not a claim.
    if (token.lower === 'entire' && (TIME_UNITS.has(governed[0]) || ENTIRE_SPANS.has(governed[0]))) return
    // "represent the entire country", "the entire team": a whole named, seldom a claim about it.
    const whole = token.lower === 'entire' && governed.some((word) => ENTIRE_WHOLES.has(word))
    signals.push({kind: 'absolute', first: index, last, weak: whole || undefined})
  })
  return signals
}

/** "are astronomically expensive": a form of "be", an intensifier and a checkable adjective. */
function findSweeping(tokens: readonly WordToken[]): Signal[] {
  const signals: Signal[] = []
  tokens.forEach((token, index) => {
    const word = token.lower
    if (!['is', 'are', 'was', 'were', 'remain', 'remains', 'become', 'becomes'].includes(word)) return
    const intensifier = tokens[index + 1] && tokens[index + 1].lower
    const adjective = tokens[index + 2] && tokens[index + 2].lower
    if (intensifier && adjective && SWEEPING_INTENSIFIERS.has(intensifier) && CHECKABLE_ADJECTIVES.has(adjective)) {
      signals.push({kind: 'sweeping', first: index, last: index + 2})
    }
  })
  return signals
}

/**
 * "Polls show him close", "a new poll found", "polling suggests", "he leads in
 * the polls", "according to recent polls", "his poll numbers": a poll result or
 * a standing with no pollster named. A named poll ("a Gallup poll", "a poll by
 * Monmouth University", "the campaign's internal polling") is a source, and one
 * named before is taken up by "the poll", "its poll", "both polls". A poll
 * reported this way is the unsupported-claim rule's: the weasel rule leaves polls to it.
 */
function findPolls(sentence: SentenceTokens): Signal[] {
  const {tokens} = sentence
  const words = wordsOf(tokens)
  // (findSignals runs it only on a sentence with a poll noun.)
  const signals: Signal[] = []
  words.forEach((word, index) => {
    if (
      !POLL_NOUNS.has(word) ||
      !isWord(tokens[index]) ||
      (isInName(tokens[index], index) && !isCapitalizedWord(tokens[index - 1]))
    )
      return
    const start = pollPhraseStart(sentence, index)
    // "his poll numbers", "the party's polling numbers": a standing, whoever's it is, with no poll named.
    if (['numbers', 'ratings'].includes(words[index + 1] ?? '')) {
      // The owner ("his", "Trump's") is whose standing it is; only a name that is no owner names the poll ("her Gallup numbers").
      const pollster = tokens
        .slice(start, index)
        .some(
          (token, offset) =>
            startsWithCapital(token.text) &&
            !/['’]s$/.test(token.text) &&
            (start + offset > 0 || !ENGLISH_FUNCTION_WORDS.has(token.lower)) &&
            !UNNAMED_POLL_MODIFIERS.has(token.lower)
        )
      if (!pollster && !namesPollAfter(tokens, words, index + 2, index + 8))
        signals.push({kind: 'poll', first: start, last: index + 1})
      return
    }
    if (isNamedPoll(sentence, start, index)) return
    // "polls show", "polls have shown", "a poll found", "polls have him ahead", "polling since the debate shows".
    let verb = index + 1
    if (POLL_QUALIFIERS.has(words[verb] ?? '')) {
      let cursor = verb + 1
      // Over the words of the qualifier and the numbers in it ("of 1,000 voters"), up to a verb.
      const inQualifier = (at: number) => {
        const token: WordToken = tokens[at]
        return (
          token.node.type === 'WordNode' ||
          isDigits(token.text) ||
          (token.text === ',' && isDigits(tokens[at - 1]?.text ?? '') && tokens[at - 1].end === token.start)
        )
      }
      while (
        cursor < Math.min(words.length, verb + 9) &&
        inQualifier(cursor) &&
        !POLL_VERBS.has(words[cursor]) &&
        !['VERB', 'AUX'].includes(posAt(sentence, cursor) ?? '')
      )
        cursor++
      if (POLL_VERBS.has(words[cursor] ?? '')) verb = cursor
    }
    while (
      verb < Math.min(words.length, index + 4) &&
      ((['has', 'have', 'had', 'also', 'now', 'consistently', 'repeatedly', 'still', 'all', 'generally'].includes(
        words[verb]
      ) &&
        POLL_VERBS.has(words[verb + 1] ?? '')) ||
        (posAt(sentence, verb) === 'ADV' && /ly$/.test(words[verb])))
    )
      verb++
    // The tagger may read "Polls show" as two nouns; "polling place", "poll tax" are nouns.
    const isVerb =
      ['VERB', 'AUX'].includes(posAt(sentence, verb) ?? '') ||
      /^(?:show|shows|showed|shown|found|finds|suggests?|suggested|indicates?|indicated|reveal(?:s|ed)?)$/.test(
        words[verb] ?? ''
      )
    if (
      POLL_VERBS.has(words[verb] ?? '') &&
      isVerb &&
      isWord(tokens[verb]) &&
      !namesPollAfter(tokens, words, index + 1, verb)
    ) {
      signals.push({kind: 'poll', first: start, last: verb})
      return
    }
    if (namesPollAfter(tokens, words, index + 1, index + 8)) return
    // "according to recent polls".
    if (words[start - 1] === 'to' && words[start - 2] === 'according') {
      signals.push({kind: 'poll', first: start - 2, last: index})
      return
    }
    // "he leads in the polls", "ahead in national polling", "trails badly in the polls".
    if (words[start - 1] === 'in') {
      let standing = -1
      for (let cursor = start - 2; cursor >= Math.max(0, start - 6); cursor--) {
        if (!isWord(tokens[cursor])) break
        if (POLL_STANDINGS.has(words[cursor])) standing = cursor
      }
      if (standing >= 0) signals.push({kind: 'poll', first: standing, last: index})
    }
  })
  return signals
}

/** Where the noun phrase of a poll begins: "a new Gallup poll", "the latest national polls", "polling". */
function pollPhraseStart(sentence: SentenceTokens, index: number): number {
  const {tokens} = sentence
  let start = index
  while (start > 0 && start > index - 6 && isWord(tokens[start - 1])) {
    const word = tokens[start - 1].lower
    const tag = posAt(sentence, start - 1)
    const modifier =
      UNNAMED_POLL_MODIFIERS.has(word) ||
      [
        'a',
        'an',
        'the',
        'this',
        'that',
        'these',
        'those',
        'both',
        'its',
        'their',
        'his',
        'her',
        'our',
        'two',
        'three',
        'several'
      ].includes(word) ||
      /['’]s$/.test(tokens[start - 1].text) ||
      (tag !== undefined && ['ADJ', 'NUM', 'PROPN'].includes(tag)) ||
      isDigits(word) ||
      (tag === 'NOUN' && start - 1 > 0 && !['in', 'to', 'of'].includes(word))
    if (!modifier || ['in', 'to', 'according'].includes(word)) break
    start--
  }
  return start
}

/**
 * Whether a poll's noun phrase names it: a name in it ("a Gallup poll", "an ABC
 * News/Washington Post poll"), an owner ("the campaign's polling", "its poll"),
 * or a word that takes up one named before ("the poll", "both polls").
 */
function isNamedPoll(sentence: SentenceTokens, start: number, index: number): boolean {
  const {tokens} = sentence
  const words = wordsOf(tokens)
  const determiner = words[start]
  if (['its', 'their', 'his', 'her', 'our', 'these', 'those', 'both', 'this', 'that'].includes(determiner)) return true
  for (let cursor = start; cursor < index; cursor++) {
    const token = tokens[cursor]
    if (/['’]s$/.test(token.text)) return true
    if (isDigits(words[cursor]) && !YEAR.test(words[cursor])) return true
    if (
      !startsWithCapital(token.text) ||
      UNNAMED_POLL_MODIFIERS.has(words[cursor]) ||
      ['a', 'an', 'the'].includes(words[cursor])
    )
      continue
    // A capital mid-sentence is a name; the sentence's first word only when it is no common word ("Gallup polls show").
    if (cursor > 0 || !ENGLISH_FUNCTION_WORDS.has(words[cursor])) return true
  }
  // "the poll", "the two polls": one the article has named; "the latest poll", "the polls" (all of them): none in particular.
  if (determiner === 'the' && index === start + 1 && words[index] === 'poll') return true
  return NUMBER_WORDS.has(words[start + 1] ?? '') && determiner === 'the'
}

/** "a poll by Monmouth University", "a poll conducted for the Times", "a poll of 1,000 voters from YouGov": a named pollster after it. */
function namesPollAfter(tokens: readonly WordToken[], words: readonly string[], from: number, to: number): boolean {
  for (let index = from; index < Math.min(to, tokens.length); index++) {
    if (/^[.;:!?]$/.test(tokens[index].text)) return false
    if (POLL_ATTRIBUTIONS.has(words[index]) && namesSourceAt(tokens, words, index + 1)) return true
  }
  return false
}

/**
 * A record claimed without a superlative: "unprecedented", "a record 40 ships",
 * "record turnout", "set a new record", "record-breaking". Not hedged ("almost
 * unprecedented"), and not a record as a thing ("a record label", "his voting
 * record", "a record of 120 losses").
 */
function findRecordClaims(sentence: SentenceTokens): Signal[] {
  const {tokens} = sentence
  const words = wordsOf(tokens)
  // (findSignals runs it only on a sentence with a record word.)
  const signals: Signal[] = []
  const hedged = (index: number) =>
    words.slice(Math.max(0, index - 2), index).some((word) => CLAIM_HEDGES.has(word) || /n't$/.test(word))
  words.forEach((word, index) => {
    if (isInName(tokens[index], index) || hedged(index)) return
    if (RECORD_WORDS.has(word)) {
      const noun = posAt(sentence, index + 1) === 'NOUN' && isWord(tokens[index + 1])
      signals.push({kind: 'record', first: index, last: noun ? index + 1 : index})
      return
    }
    if (word !== 'record') return
    // "set a new record", "broke the all-time record": a record set or broken.
    let verb = index - 1
    while (
      verb >= Math.max(0, index - 4) &&
      isWord(tokens[verb]) &&
      (['a', 'an', 'the', 'its', 'his', 'her', 'their', 'new', 'previous', 'all-time', 'old'].includes(words[verb]) ||
        posAt(sentence, verb) === 'ADJ')
    )
      verb--
    if (
      verb < index - 1 &&
      RECORD_VERBS.has(words[verb] ?? '') &&
      isWord(tokens[verb]) &&
      words[index + 1] !== 'straight'
    ) {
      signals.push({kind: 'record', first: verb, last: index})
      return
    }
    // "a record 40 ships", "record turnout", "record profits": "record" before what it measures.
    const next = tokens[index + 1]
    if (
      !next ||
      RECORD_THINGS.has(next.lower) ||
      ['high', 'highs', 'low', 'lows', 'levels', 'level', 'number', 'numbers'].includes(next.lower)
    )
      return
    const nextTag = posAt(sentence, index + 1)
    const measures =
      CURRENCY_SYMBOLS.has(next.text) ||
      isDigits(next.text) ||
      (isWord(next) && (nextTag === 'NOUN' || nextTag === 'NUM') && /s$|ing$|out$/.test(next.lower))
    const before = words[index - 1] ?? ''
    const beforeTag = posAt(sentence, index - 1)
    const opens =
      index === tokens.findIndex(isWord) ||
      ['a', 'an', 'at', 'to', 'of', 'in', 'for', 'with', 'near', 'new', 'another'].includes(before) ||
      beforeTag === 'VERB' ||
      beforeTag === 'AUX'
    if (measures && opens) signals.push({kind: 'record', first: index, last: index + 1})
  })
  return signals
}

/**
 * "Immigrants are the primary threat", "young men are dangerous", "liberals are
 * destroying the country", "Democrats hate America": a whole group, named by a
 * bare plural with no determiner ("the", "these", "some"), given a judgement or
 * blamed for harm in the present tense, as fact. Not hedged ("often", "many",
 * "can", "tend to"), not denied, not in the past ("Republicans sowed" is an
 * account of events, read by its own signals).
 */
function findGroupClaims(sentence: SentenceTokens): Signal[] {
  const {tokens} = sentence
  const words = wordsOf(tokens)
  // (findSignals runs it only on a sentence with a verb or a group it could be: "are", a verb of harm, a group noun.)
  let first = tokens.findIndex(isWord)
  if (first < 0) return []
  if (['and', 'but', 'so', 'yet'].includes(words[first])) first++
  // An opening phrase set off by a comma: "In Europe, immigrants are…".
  const comma = words.indexOf(',')
  if (
    comma > first &&
    comma <= first + 5 &&
    ['ADP', 'ADV'].includes(posAt(sentence, first) ?? '') &&
    !CLAIM_HEDGES.has(words[first]) &&
    !['when', 'while', 'because', 'although', 'though', 'as', 'since', 'once'].includes(words[first])
  )
    first = comma + 1
  let cursor = first
  if (words[cursor] === 'all') cursor++
  // Up to three modifiers, then the group: "illegal immigrants", "union leaders", "young men".
  let head = -1
  for (let index = cursor; index < Math.min(tokens.length, cursor + 4); index++) {
    if (
      !isWord(tokens[index]) ||
      CLAIM_HEDGES.has(words[index]) ||
      GIVEN_DETERMINERS.has(words[index]) ||
      ['a', 'an', 'no', 'every', 'each', 'any', 'our', 'your', 'my'].includes(words[index]) ||
      isDigits(words[index]) ||
      NUMBER_WORDS.has(words[index])
    )
      return []
    const tag = posAt(sentence, index)
    const next = posAt(sentence, index + 1)
    const plural = IRREGULAR_PLURALS.has(words[index]) || (/[^su']s$/.test(words[index]) && words[index].length > 3)
    if (
      plural &&
      (tag === 'NOUN' || tag === 'PROPN') &&
      (next === 'AUX' ||
        next === 'VERB' ||
        next === 'ADV' ||
        (words[index + 1] === 'who' && GROUP_NOUNS.has(words[index])))
    ) {
      head = index
      break
    }
    if (tag !== 'ADJ' && tag !== 'NOUN' && tag !== 'PROPN') return []
  }
  if (head < 0) return []
  const group = GROUP_NOUNS.has(words[head])
  // "girls who have sex outside marriage are flogged": the group's own verb comes after its relative clause.
  let verb = head + 1
  if (words[verb] === 'who') {
    verb = relativeClauseEnd(sentence, verb)
    if (verb < 0) return []
  }
  while (verb < tokens.length && posAt(sentence, verb) === 'ADV' && !CLAIM_HEDGES.has(words[verb])) verb++
  const between = words.slice(head + 1, verb + 1)
  // "Liberals didn't make a peep": a group's silence or refusal, stated as fact.
  if (group && /n't$/.test(words[verb]) && !NEGATED_MODALS.has(words[verb])) {
    const main = verbAfter(sentence, verb + 1)
    const tag = tagsOf(sentence)[main]
    if (tag?.pos !== 'VERB' || isAttributionVerb(words[main]) || isAttributionVerb(tag.lemma)) return []
    let last = main
    while (
      last < main + 3 &&
      isWord(tokens[last + 1]) &&
      ['DET', 'ADJ', 'NOUN', 'PRON'].includes(tagsOf(sentence)[last + 1]?.pos ?? '') &&
      tagsOf(sentence)[last]?.pos !== 'NOUN'
    )
      last++
    return [{kind: 'sweeping', first, last, tentative: true}]
  }
  if (between.some((word) => CLAIM_HEDGES.has(word) || /n't$/.test(word) || word === 'not')) return []
  const last = groupJudgementAt(sentence, words, verb)
  if (last >= 0) return [{kind: 'sweeping', first, last}]
  const generic = group ? genericPredicateAt(sentence, verb) : -1
  return generic < 0 ? [] : [{kind: 'sweeping', first, last: generic, tentative: true}]
}

/** Negated modals: "can't", "won't": what a group cannot or will not do is a hedge or a forecast, not a record. */
const NEGATED_MODALS = new Set([
  "can't",
  "won't",
  "wouldn't",
  "couldn't",
  "shouldn't",
  "mustn't",
  "mightn't",
  "needn't"
])

/** Where the verb of a group's clause is after a relative clause ("who have sex outside marriage are…"); -1 when none. */
function relativeClauseEnd(sentence: SentenceTokens, who: number): number {
  const {tokens} = sentence
  const words = wordsOf(sentence.tokens)
  const tags = tagsOf(sentence)
  // The relative clause has a verb of its own first ("who work nights", "who are late").
  for (let index = who + 2; index < Math.min(tokens.length, who + 12); index++) {
    if (!isWord(tokens[index])) return -1
    if ((words[index] === 'are' || words[index] === 'were') && tags[index - 1]?.pos !== 'AUX') return index
  }
  return -1
}

/**
 * "Women who commit adultery are stoned", "voters are disengaged", "liberals hate guns": what a whole group
 * is, or does, in the present tense. Not what it is doing now ("protesters are gathering"), not what it
 * says or thinks (the weasel rule's), not a plan ("are to meet").
 */
function genericPredicateAt(sentence: SentenceTokens, verb: number): number {
  const {tokens} = sentence
  const words = wordsOf(sentence.tokens)
  const tags = tagsOf(sentence)
  const word = words[verb]
  const tag = tags[verb]
  if (!tag || !isWord(tokens[verb])) return -1
  if (word === 'are' || word === "'re") {
    const next = verbAfter(sentence, verb + 1)
    const after = tags[next]
    if (!after || !isWord(tokens[next]) || words[next] === 'to' || CLAIM_HEDGES.has(words[next])) return -1
    if (after.pos === 'VERB') {
      if (/ing$/.test(words[next]) || isAttributionVerb(words[next]) || isReportingVerb(words[next])) return -1
      return next
    }
    return after.pos === 'ADJ' || after.pos === 'NOUN' ? next : -1
  }
  // A present verb of its own: "liberals hate", "immigrants take".
  if (tag.pos !== 'VERB' || tag.lemma !== word || MODALS.has(word)) return -1
  if (isAttributionVerb(word) || isReportingVerb(word) || isSayingVerb(word)) return -1
  return isWord(tokens[verb + 1]) ? verb + 1 : verb
}

/** Where a judgement on a group ends, from its verb: "are the primary threat", "are dangerous", "hate America"; -1 when none. */
function groupJudgementAt(sentence: SentenceTokens, words: readonly string[], verb: number): number {
  const {tokens} = sentence
  const word = words[verb]
  const tags = tagsOf(sentence)
  if (word === 'are' || word === "'re") {
    let cursor = verb + 1
    while (
      cursor < tokens.length &&
      posAt(sentence, cursor) === 'ADV' &&
      !CLAIM_HEDGES.has(words[cursor]) &&
      words[cursor] !== 'more' &&
      words[cursor] !== 'less'
    )
      cursor++
    const next = words[cursor] ?? ''
    if (CLAIM_HEDGES.has(next) || next === 'not' || /n't$/.test(next)) return -1
    // "are more likely to": a rate stated of a whole group.
    if ((next === 'more' || next === 'less') && words[cursor + 1] === 'likely' && words[cursor + 2] === 'to')
      return cursor + 3
    if (next === 'to' && words[cursor + 1] === 'blame') return cursor + 1
    if (next === 'behind' && isWord(tokens[cursor + 1])) return cursor
    if (GROUP_JUDGEMENT_ADJECTIVES.has(next)) return cursor
    // "are destroying the country".
    if (tags[cursor]?.pos === 'VERB' && /ing$/.test(next) && GROUP_HARM_VERBS.has(tags[cursor]!.lemma)) return cursor
    // "are the primary threat", "are a drain on", "are criminals".
    for (let noun = cursor; noun < Math.min(tokens.length, cursor + 4); noun++) {
      if (!isWord(tokens[noun])) return -1
      if (GROUP_JUDGEMENT_NOUNS.has(words[noun])) return noun
      if (
        ![
          'a',
          'an',
          'the',
          'real',
          'main',
          'primary',
          'chief',
          'biggest',
          'greatest',
          'single',
          'true',
          'root',
          'main',
          'principal',
          'leading',
          'major'
        ].includes(words[noun]) &&
        tags[noun]?.pos !== 'ADJ'
      )
        return -1
    }
    return -1
  }
  // "immigrants bring crime", "Democrats hate America": a plain present verb of harm.
  const tag = tags[verb]
  if (tag?.pos === 'VERB' && tag.lemma === word && GROUP_HARM_VERBS.has(word) && isWord(tokens[verb + 1]))
    return verb + 1
  return -1
}

/** Signals a few words apart in one clause ("estimated to reach" + "trillions of dollars") make one finding. */
function mergeSignals(tokens: readonly WordToken[], signals: readonly Signal[]): Signal[] {
  const merged: Signal[] = []
  for (const signal of signals) {
    const previous = merged[merged.length - 1]
    if (previous && signal.first <= previous.last + 4 && onlyWordsBetween(tokens, previous.last + 1, signal.first)) {
      previous.last = Math.max(previous.last, signal.last)
      if (!signal.tentative) previous.tentative = undefined
      if (!signal.weak) previous.weak = undefined
      if (PRIORITY.indexOf(signal.kind) < PRIORITY.indexOf(previous.kind)) {
        previous.kind = signal.kind
        previous.participle = signal.participle
      }
    } else {
      merged.push({...signal})
    }
  }
  return merged
}

/** Whether the tokens from `from` up to `to` are all words (or "$"): nothing that breaks a clause. */
function onlyWordsBetween(tokens: readonly WordToken[], from: number, to: number): boolean {
  for (let index = from; index < to; index++)
    if (tokens[index].node.type !== 'WordNode' && tokens[index].text !== '$') return false
  return true
}

function figureKey(tokens: readonly WordToken[], signal: Signal): string {
  return tokens
    .slice(signal.first, signal.last + 1)
    .map((token) => token.lower)
    .filter((word) => CURRENCY_SYMBOLS.has(word) || isDigits(word) || MAGNITUDES.has(word))
    .join(' ')
}

/*
 * Claims read from the shape of a clause: a sweep over a group ("many of them were celebrating"), an
 * accusation ("activists invented information"), a cause ("unemployed because of his actions"), an
 * absolute "any" or "identical". Weaker evidence than a figure or a superlative: these signals are
 * tentative, and the rule reports them with less confidence.
 */

const BE_FORMS = new Set(['is', 'are', 'was', 'were', "'re", "'s", 'be', 'been', 'being'])
const CLAUSE_BREAKS = new Set([',', ';', ':', '—', '–', '(', '-', '--'])
const CLAUSE_OPENERS = new Set([
  'and',
  'but',
  'or',
  'so',
  'yet',
  'while',
  'when',
  'whereas',
  'as',
  'because',
  'since',
  'though',
  'although',
  'where',
  'after',
  'before',
  'until',
  'once'
])
/** Plurals of people named by what they do: "bloggers", "inspectors", "lobbyists", "politicians", "agents". */
const PEOPLE_PLURAL = /(?:[^e]ers|ors|ists|ians|[^t]ants|dents|gents)$/
/** Pronouns that can do what an accusation says: not the writer ("I", "we") or the reader. */
const AGENT_PRONOUNS = new Set(['he', 'she', 'they', 'who'])
/** Bodies that act as one: "the campaign attacked", "the department has enabled". */
const ACTING_BODIES = new Set([
  'campaign',
  'administration',
  'department',
  'government',
  'party',
  'agency',
  'regime',
  'company',
  'firm',
  'corporation',
  'network',
  'bureau',
  'ministry',
  'police',
  'military',
  'army',
  'church',
  'group',
  'movement',
  'union',
  'leadership',
  'establishment',
  'board',
  'council',
  'committee',
  'commission',
  'authority',
  'office',
  'management',
  'team',
  'club',
  'league',
  'newspaper',
  'press'
])
/** Heads of a quantified phrase that name no group: "all of those things", "most of the details". */
const VAGUE_HEADS = new Set([
  'things',
  'thing',
  'details',
  'stuff',
  'ones',
  'kinds',
  'sorts',
  'types',
  'aspects',
  'parts'
])
/** The tags of words in a noun phrase after "many of": "the nation's attention", "these announced speakers". */
const NOUN_PHRASE_TAGS = new Set(['ADJ', 'VERB', 'NOUN', 'PROPN', 'NUM', 'DET', 'PRON'])
/** Pronouns after "many of" that stand for a group or own it: "many of them", "most of their voters". */
const OF_PRONOUNS = new Set(['them', 'those', 'these', 'their', 'his', 'her', 'its'])

/** Whether a clause can open at `index`: the sentence's first word, or after a break or a conjunction. */
function opensClause(sentence: SentenceTokens, index: number): boolean {
  const {tokens} = sentence
  const words = wordsOf(sentence.tokens)
  let before = index - 1
  while (before >= 0 && /^[“"‘'(]$/.test(tokens[before].text)) before--
  if (before < 0) return true
  if (CLAUSE_BREAKS.has(tokens[before].text)) return true
  return CLAUSE_OPENERS.has(words[before])
}

/** The auxiliaries and adverbs from `index` on, up to the verb they go with: "have also been", "regularly". */
function verbAfter(sentence: SentenceTokens, index: number): number {
  const tags = tagsOf(sentence)
  const words = wordsOf(sentence.tokens)
  let cursor = index
  while (
    cursor < words.length &&
    (tags[cursor]?.pos === 'ADV' || (tags[cursor]?.pos === 'PART' && words[cursor] !== 'to')) &&
    !CLAIM_HEDGES.has(words[cursor]) &&
    isWord(sentence.tokens[cursor])
  )
    cursor++
  return cursor
}

/** Whether a verb phrase from `verb` on hedges itself, reports a view, or is the writer's own wish: "may", "believe", "should". */
function isHedgedOrView(sentence: SentenceTokens, verb: number): boolean {
  const tags = tagsOf(sentence)
  const words = wordsOf(sentence.tokens)
  for (let cursor = verb; cursor < Math.min(words.length, verb + 4); cursor++) {
    const word = words[cursor]
    const tag = tags[cursor]
    // "may", "never"; "are going to", "need to": a hedge, a forecast (the speculation rule's) or a wish.
    if (
      MODALS.has(word) ||
      CLAIM_HEDGES.has(word) ||
      (['going', 'need', 'needs', 'ought', 'have', 'has'].includes(word) && words[cursor + 1] === 'to')
    )
      return true
    if (tag?.pos === 'VERB') {
      // "have come to believe", "began to think".
      const then = words[cursor + 1] === 'to' ? (words[cursor + 2] ?? '') : ''
      if (then !== '' && (isAttributionVerb(then) || isReportingVerb(then))) return true
      const kind = attributionKind(word, tag.lemma)
      // What they say, or a view given to them ("many praised", "most agree"), is the weasel rule's; an
      // act in progress ("many of them were celebrating") is a claim about what they did.
      if (kind === 'saying' || isReportingVerb(word)) return true
      return kind !== undefined && !(/ing$/.test(word) && cursor > verb)
    }
    if (tag?.pos !== 'AUX' && tag?.pos !== 'ADV' && tag?.pos !== 'PART') return false
  }
  return false
}

/**
 * "Many of them were celebrating", "most of the nation's attention had been focused", "all of these
 * speakers regularly enrage students", "many were raped": a quantifier as a clause's subject sweeps over
 * a group, in the writer's voice. Not a view given to them ("many believe": the weasel rule's), not
 * hedged ("almost all", "many may"), not the writer's own company ("many of us").
 */
function findQuantifiedClaims(sentence: SentenceTokens): Signal[] {
  const words = wordsOf(sentence.tokens)
  // (findSignals runs it only on a sentence with a quantifier.)
  const {tokens} = sentence
  const tags = tagsOf(sentence)
  const signals: Signal[] = []
  words.forEach((word, index) => {
    if (!QUANTIFIED_SUBJECTS.has(word) || !opensClause(sentence, index)) return
    // "as many immigrants have", "so many people go": a comparison or an exclamation, not a subject.
    if (isInName(tokens[index], index) || ['as', 'so', 'too', 'how'].includes(words[index - 1] ?? '')) return
    const next = words[index + 1] ?? ''
    if (NOT_A_QUANTIFIED_SUBJECT.has(next) || !isWord(tokens[index + 1])) return
    let cursor = index + 1
    if (next === 'of') {
      cursor++
      // "many of them", "most of the nation's attention", "all of these announced speakers", "many of those".
      if (!isWord(tokens[cursor]) || NOT_A_QUANTIFIED_SUBJECT.has(words[cursor])) return
      const end = Math.min(words.length, cursor + 7)
      while (cursor < end && isWord(tokens[cursor])) {
        const pos = tags[cursor]?.pos ?? ''
        // A participle only as a modifier ("these announced speakers"); a verb after the phrase is its own.
        if (pos === 'VERB' && !['NOUN', 'ADJ', 'PROPN'].includes(tags[cursor + 1]?.pos ?? '')) break
        if (pos === 'PRON' && !OF_PRONOUNS.has(words[cursor])) break
        if (!NOUN_PHRASE_TAGS.has(pos) && !/['’]s$/.test(tokens[cursor].text)) break
        cursor++
      }
    } else {
      // "most Americans", "all the ships", "many right-wing activists": up to three modifiers and a plural.
      let noun = -1
      for (let at = cursor; at < Math.min(words.length, cursor + 4) && isWord(tokens[at]); at++) {
        const tag = tags[at]?.pos
        if (tag === 'DET' && at === cursor && ['the', 'these', 'those'].includes(words[at])) continue
        if (tag !== 'ADJ' && tag !== 'NOUN' && tag !== 'PROPN') break
        if (tag !== 'ADJ') noun = at
      }
      if (noun >= 0) {
        const plural = IRREGULAR_PLURALS.has(words[noun]) || /[^su']s$/.test(words[noun])
        if (!plural) return
        cursor = noun + 1
      }
    }
    // "all of those things", "all of the details": no group of anyone.
    if (VAGUE_HEADS.has(words[cursor - 1] ?? '')) return
    // The quantifier's clause needs a verb of its own, straight after: "many were raped", "most … had been focused".
    const verb = verbAfter(sentence, cursor)
    const tag = tags[verb]
    if (!tag || (tag.pos !== 'VERB' && tag.pos !== 'AUX') || !isWord(tokens[verb])) return
    if (isHedgedOrView(sentence, verb)) return
    // What a part of a group is ("many landlords are the problem", "most were angry") is a judgement or a
    // feeling, the other rules' to read; what it did or had done to it is a claim ("many were raped").
    if (BE_FORMS.has(words[verb])) {
      const next = verbAfter(sentence, verb + 1)
      if (tags[next]?.pos !== 'VERB' && tags[next]?.pos !== 'AUX') return
    }
    let last = verb
    while (
      last + 1 < words.length &&
      (tags[last + 1]?.pos === 'AUX' || tags[last + 1]?.pos === 'VERB') &&
      last < verb + 3
    )
      last++
    signals.push({kind: 'sweeping', first: index, last, tentative: true})
  })
  return signals
}

/** Whether the token at `index` names someone who can act: a name, "he", "they", "activists", "the campaign". */
function isAgentAt(sentence: SentenceTokens, index: number): boolean {
  const token = sentence.tokens[index]
  if (!isWord(token)) return false
  const word = wordsOf(sentence.tokens)[index]
  const tag = posAt(sentence, index)
  if (tag === 'PRON') return AGENT_PRONOUNS.has(word)
  if (GROUP_NOUNS.has(word) || ACTING_BODIES.has(word)) return true
  // People by what they do: "bloggers", "developers", "officials", "agents".
  if (tag === 'NOUN' && (PEOPLE_PLURAL.test(word) || word === 'officials' || word === 'staff')) return true
  return tag === 'PROPN' && (index > 0 || !ENGLISH_FUNCTION_WORDS.has(word)) && !MONTHS.has(word)
}

/**
 * "Right-wing activists invented information", "the campaign attacked them", "he stokes anger and
 * violence", "the agency's suppression of…", "his murderer": wrongdoing stated as fact of someone named
 * or of a group, with no source. Not hedged ("allegedly", "accused of", "may have"), not denied, and
 * not a charge named as such ("his fraud trial").
 */
function findAccusations(sentence: SentenceTokens): Signal[] {
  const words = wordsOf(sentence.tokens)
  // (findSignals runs it only on a sentence with a verb or a noun of wrongdoing.)
  const {tokens} = sentence
  const tags = tagsOf(sentence)
  const hedged = (index: number) =>
    words.slice(Math.max(0, index - 3), index).some((word) => ACCUSATION_HEDGES.has(word) || /n't$/.test(word))
  // After a verb of saying or believing, the accusation is someone's account ("came forward to say he harassed
  // them"); after "if", a supposition ("if they were killed…, those responsible pay for their crimes").
  const reported = (index: number) =>
    words
      .slice(0, index)
      .some(
        (word, at) =>
          (isAttributionVerb(word) && tags[at]?.pos === 'VERB') ||
          word === 'if' ||
          word === 'unless' ||
          word === 'whether'
      )
  const signals: Signal[] = []
  for (let index = 0; index < words.length; index++) {
    const word = words[index]
    // Only a verb or a noun of wrongdoing can accuse: the other words are passed over on a look-up.
    if (!ACCUSATION_FORMS.has(word) && !WRONGDOING_NOUNS.has(word) && !OFFENDER_NOUNS.has(word)) continue
    const tag = tags[index]
    if (!tag || !isWord(tokens[index]) || isInName(tokens[index], index)) continue
    const owned =
      /['’]s$/.test(tokens[index - 1]?.text ?? '') || ['his', 'her', 'their'].includes(words[index - 1] ?? '')
    if (ACCUSATION_FORMS.has(word) && tag.pos === 'VERB' && !owned && ACCUSATION_VERBS.has(tag.lemma)) {
      if (hedged(index) || !accusesBy(sentence, index, tag.lemma)) continue
      // A passive names the victim, not who did it: "many were raped" is a sweep, read by its own signal.
      if (BE_FORMS.has(words[index - 1] ?? '') && !/ing$/.test(word)) continue
      let subject = index - 1
      while (
        subject >= 0 &&
        (tags[subject]?.pos === 'ADV' || (tags[subject]?.pos === 'AUX' && !MODALS.has(words[subject])))
      )
        subject--
      if (subject < 0 || !isAgentAt(sentence, subject) || reported(subject)) continue
      const object = isWord(tokens[index + 1]) && ['NOUN', 'PRON', 'PROPN'].includes(tags[index + 1]?.pos ?? '')
      signals.push({
        kind: 'accusation',
        first: index,
        last: object || words[index + 1] === 'up' ? index + 1 : index,
        tentative: true
      })
      continue
    }
    // After an owner it is a noun, whatever the tagger says: "the mayor's lies".
    if (WRONGDOING_NOUNS.has(word) && (tag.pos === 'NOUN' || owned)) {
      if (CHARGE_NOUNS.has(words[index + 1] ?? '') || hedged(index)) continue
      // "destruction" accuses only of records: "the agency's destruction of subpoenaed emails".
      if (
        word === 'destruction' &&
        !words.slice(index + 1, index + 5).some((other) => RELEASED_RECORDS.has(other) || other === 'evidence')
      )
        continue
      // The owner: "Clinton's crimes", "the IRS’ subsequent suppression", "his lies".
      let owner = index - 1
      while (owner >= 0 && tags[owner]?.pos === 'ADJ') owner--
      const ownerToken = tokens[owner]
      if (!ownerToken) continue
      const apostrophe = /^['’]$/.test(ownerToken.text) && /s$/.test(words[owner - 1] ?? '')
      const possessive =
        (isWord(ownerToken) && /['’]s$/.test(ownerToken.text)) ||
        apostrophe ||
        ['his', 'her', 'their'].includes(words[owner])
      if (!possessive || reported(owner)) continue
      let last = index
      if (words[index + 1] === 'of' && isWord(tokens[index + 2])) last = Math.min(words.length - 1, index + 3)
      while (last > index && !isWord(tokens[last])) last--
      signals.push({kind: 'accusation', first: apostrophe ? owner - 1 : owner, last, tentative: true})
      continue
    }
    // "his murderer", for someone charged: a verdict no court has given.
    if (OFFENDER_NOUNS.has(word) && tag.pos === 'NOUN' && ['his', 'her', 'their'].includes(words[index - 1] ?? '')) {
      if (hedged(index - 1) || reported(index - 1)) continue
      signals.push({kind: 'accusation', first: index - 1, last: index, tentative: true})
    }
  }
  return signals
}

/**
 * Verbs that accuse only with what they take: "invented information" (not "invented the light bulb"),
 * "forged documents" (not "forged ties"), "attacked them" (people, not a plan), "covered up", "lied about".
 */
function accusesBy(sentence: SentenceTokens, verb: number, lemma: string): boolean {
  const words = wordsOf(sentence.tokens)
  const next = words[verb + 1] ?? '.'
  switch (lemma) {
    case 'cover':
      return next === 'up'
    case 'lie':
      return ['about', 'to', 'and', ',', '.', 'repeatedly', 'under', 'again', 'constantly', 'routinely'].includes(next)
    case 'attack':
      return ['him', 'her', 'them'].includes(next)
    case 'invent':
    case 'forge':
      return words.slice(verb + 1, verb + 4).some((word) => DECEPTION_OBJECTS.has(word) || RELEASED_RECORDS.has(word))
    default:
      return true
  }
}

/** What one invents or forges to deceive: "invented information", "forged signatures". */
const DECEPTION_OBJECTS = new Set([
  'information',
  'stories',
  'story',
  'facts',
  'quotes',
  'quotations',
  'evidence',
  'claims',
  'allegations',
  'charges',
  'lies',
  'news',
  'sources',
  'signatures',
  'signature',
  'papers',
  'crisis',
  'crises',
  'scandal',
  'scandals',
  'tales',
  'rumors',
  'rumours',
  'accusations',
  'narratives',
  'narrative'
])

/** Absolute adjectives that claim an absolute even with no adverb: "the two were identical". */
const BARE_ABSOLUTE_ADJECTIVES = new Set([
  'identical',
  'unlimited',
  'limitless',
  'boundless',
  'nonexistent',
  'non-existent',
  'unanimous',
  'universal'
])

const ACCUSATION_FORMS = new Set([...ACCUSATION_VERBS].flatMap((verb) => verbForms(verb)))
const CAUSE_PHRASES = [...CAUSE_OPENERS].map((phrase) => phrase.split(' '))
const CAUSE_FIRST_WORDS = new Set(CAUSE_PHRASES.map((parts) => parts[0]))
/** Verbs that link a subject to what it is, as "be" does: "have proven (to be) essentially unlimited". */
const LINKING_VERBS = new Set(['remain', 'remains', 'remained', 'proved', 'proven', 'became', 'become', 'becomes'])

/**
 * "Unemployed because of his actions", "due to decades of schools abandoning…": a cause stated as fact,
 * when it is what someone did (a possessive, a name, a group, a deed). Not hedged ("partly because
 * of"), not given by a source ("blamed it on"), not a schedule ("due to be released").
 * And a counterfactual: "the law would not have passed if the lawyers had not…".
 */
function findCauses(sentence: SentenceTokens): Signal[] {
  const words = wordsOf(sentence.tokens)
  const {tokens} = sentence
  const signals: Signal[] = []
  if (words.some((word) => CAUSE_FIRST_WORDS.has(word))) {
    for (let index = 0; index < words.length; index++) {
      if (!CAUSE_FIRST_WORDS.has(words[index])) continue
      const phrase = CAUSE_PHRASES.find((parts) => parts.every((part, offset) => words[index + offset] === part))
      if (!phrase) continue
      const length = phrase.length
      if (words.slice(Math.max(0, index - 2), index).some((word) => CAUSE_HEDGES.has(word))) continue
      const tags = tagsOf(sentence)
      const start = index + length
      if (tags[start]?.pos === 'VERB' || tags[start]?.pos === 'AUX' || words[start] === 'be') continue
      // The cause, up to the clause's end: someone's doing in it makes it a claim about people.
      let end = start
      let deed = false
      while (end < Math.min(words.length, start + 10) && (isWord(tokens[end]) || /^['’]$/.test(tokens[end].text))) {
        const tag = tags[end]
        if (
          ['his', 'her', 'their', 'its', 'our'].includes(words[end]) ||
          /['’]s$/.test(tokens[end].text) ||
          (tag?.pos === 'PROPN' && !MONTHS.has(words[end])) ||
          GROUP_NOUNS.has(words[end]) ||
          (tag?.pos === 'VERB' && /ing$/.test(words[end]))
        )
          deed = true
        end++
      }
      if (!deed || end === start) continue
      signals.push({kind: 'cause', first: index, last: end - 1, tentative: true})
      break
    }
  }
  // "would not have passed if … had not": a counterfactual is a cause no one can check.
  const would = words.findIndex(
    (word, index) =>
      (word === 'would' || word === "wouldn't") &&
      (words[index + 1] === 'have' || (words[index + 1] === 'not' && words[index + 2] === 'have'))
  )
  if (would >= 0) {
    const have = words[would + 1] === 'have' ? would + 1 : would + 2
    const condition = words.findIndex(
      (word, index) => word === 'if' && words.slice(index + 1, index + 8).includes('had')
    )
    if (condition >= 0 && isWord(tokens[have + 1]) && posAt(sentence, have + 1) === 'VERB')
      signals.push({kind: 'cause', first: would, last: have + 1, tentative: true})
  }
  return signals
}

/**
 * Absolutes read from their clause: "unwilling to take any of the blame", "little to no coverage",
 * "only men can", "virtually identical", "completely random", "the same exact moves".
 */
function findTentativeAbsolutes(sentence: SentenceTokens): Signal[] {
  const words = wordsOf(sentence.tokens)
  const {tokens} = sentence
  const signals: Signal[] = []
  for (let index = 0; index < words.length; index++) {
    const word = words[index]
    // "little to no coverage", "little or no evidence".
    if (word === 'little' && ['to', 'or'].includes(words[index + 1] ?? '') && words[index + 2] === 'no') {
      signals.push({kind: 'absolute', first: index, last: Math.min(words.length - 1, index + 3), tentative: true})
      continue
    }
    // "the same exact moves", "the exact same", "exactly the same".
    if (
      (word === 'same' && words[index + 1] === 'exact') ||
      (word === 'exact' && words[index + 1] === 'same') ||
      (word === 'exactly' && words[index + 1] === 'the' && words[index + 2] === 'same')
    ) {
      signals.push({kind: 'absolute', first: index, last: index + (word === 'exactly' ? 2 : 1), tentative: true})
      continue
    }
    if (word === 'any' && isWord(tokens[index + 1]) && !ROUTINE_AFTER_ANY.has(words[index + 1] ?? '')) {
      // A refusal before it in the same clause: "unwilling to take any", "never taking any".
      let negator = -1
      for (let cursor = index - 1; cursor >= Math.max(0, index - 5); cursor--) {
        if (!isWord(tokens[cursor])) break
        if (ANY_NEGATORS.has(words[cursor])) {
          negator = cursor
          break
        }
      }
      if (negator < 0 || words[index - 1] === 'if') continue
      const tags = tagsOf(sentence)
      let last = index + 1
      if (words[last] === 'of') last += 2
      while (
        last + 1 < words.length &&
        isWord(tokens[last + 1]) &&
        ['NOUN', 'ADJ'].includes(tags[last + 1]?.pos ?? '') &&
        last < index + 4
      )
        last++
      if (tags[Math.min(last, words.length - 1)]?.pos !== 'NOUN') continue
      signals.push({kind: 'absolute', first: negator, last: Math.min(last, words.length - 1), tentative: true})
      continue
    }
    // "virtually identical", "completely random", "essentially unlimited": an adjective of sameness, limit
    // or truth, as what something is ("identical" on its own; "false", "random" after an absolute adverb).
    if (ABSOLUTE_ADVERBS.has(word) || ABSOLUTE_ADJECTIVES.has(word)) {
      const adverb = ABSOLUTE_ADVERBS.has(word)
      const adjective = adverb ? index + 1 : index
      const tags = tagsOf(sentence)
      if (tags[adjective]?.pos !== 'ADJ' || !isWord(tokens[adjective])) continue
      if (!adverb && index > 0 && ABSOLUTE_ADVERBS.has(words[index - 1])) continue
      if ((!adverb && BARE_ABSOLUTE_ADJECTIVES.has(word)) || (adverb && ABSOLUTE_ADJECTIVES.has(words[adjective]))) {
        // Predicative: "was virtually identical", "have proven to be essentially unlimited".
        let before = index - 1
        while (before >= 0 && tags[before]?.pos === 'ADV') before--
        if (!BE_FORMS.has(words[before] ?? '') && !LINKING_VERBS.has(words[before] ?? '')) continue
        if (
          words
            .slice(Math.max(0, before - 2), before)
            .some((other) => other === 'not' || /n't$/.test(other) || MODALS.has(other))
        )
          continue
        signals.push({kind: 'absolute', first: index, last: adjective, tentative: true})
      }
    }
  }
  // "Only men can do so": "only" before a group, opening a clause.
  const only = words.findIndex((word, index) => word === 'only' && opensClause(sentence, index))
  if (only >= 0) {
    const tags = tagsOf(sentence)
    const noun = tags[only + 1]?.pos === 'ADJ' ? only + 2 : only + 1
    const plural = IRREGULAR_PLURALS.has(words[noun] ?? '') || GROUP_NOUNS.has(words[noun] ?? '')
    if (plural && ['AUX', 'VERB'].includes(tags[noun + 1]?.pos ?? ''))
      signals.push({kind: 'absolute', first: only, last: noun, tentative: true})
  }
  return signals
}

/**
 * The finders, each with the words it cannot find anything without: findSignals runs only the finders whose
 * cues a sentence has. Reading the cues costs one look-up a word; most finders' cues are rare, and a finder
 * that runs reads the sentence word by word. (Here at the end: it reads the word lists defined above.)
 */
const FINDER_CUES = {
  figures: [
    ...NUMBER_WORDS.keys(),
    ...MAGNITUDES,
    ...LARGE_MAGNITUDES,
    ...CURRENCY_SYMBOLS,
    '%',
    'percent',
    'percentage'
  ],
  forecasts: [...FORECAST_PARTICIPLES, 'track', 'estimated'],
  ratiosAndTrends: [...FRACTIONS, ...NUMBER_WORDS.keys(), ...TREND_VERBS, 'record', 'all-time', 'historic', 'ever'],
  superlatives: [...SUPERLATIVES, 'most'],
  records: [...RECORD_SCOPES, ...RECORD_SPANS, ...RECORD_FIELDS, 'time', 'since'],
  absolutes: [...STRONG_ABSOLUTES],
  sweepingAbsolutes: [...SWEEPING_ABSOLUTES, 'every'],
  // A comparison needs both "than" and "more" or "fewer".
  comparisonsThan: ['than'],
  comparisonsMore: ['more', 'fewer'],
  sweeping: [...SWEEPING_INTENSIFIERS],
  polls: [...POLL_NOUNS],
  recordClaims: [...RECORD_WORDS, 'record'],
  groupClaims: ['are', "'re", ...GROUP_HARM_VERBS, ...GROUP_NOUNS],
  quantifiedClaims: [...QUANTIFIED_SUBJECTS],
  accusations: [...ACCUSATION_FORMS, ...WRONGDOING_NOUNS, ...OFFENDER_NOUNS],
  // A phrase of cause by its longest word ("result" of "as a result of"), which it cannot go without.
  causes: [
    ...CAUSE_PHRASES.map((parts) => parts.reduce((longest, part) => (part.length > longest.length ? part : longest))),
    'would',
    "wouldn't"
  ],
  tentativeAbsolutes: ['little', 'same', 'exact', 'exactly', 'any', 'only', ...ABSOLUTE_ADVERBS, ...ABSOLUTE_ADJECTIVES]
}
type Finder = keyof typeof FINDER_CUES
const FINDER_BITS = Object.fromEntries(Object.keys(FINDER_CUES).map((finder, bit) => [finder, 1 << bit])) as Record<
  Finder,
  number
>
/** For each cue word, the finders it can set off, as bits. */
const CUE_BITS = new Map<string, number>()
for (const [finder, cues] of Object.entries(FINDER_CUES) as Array<[Finder, string[]]>)
  for (const cue of cues) CUE_BITS.set(cue, (CUE_BITS.get(cue) ?? 0) | FINDER_BITS[finder])
/** A number in digits ("40", "1,200", "5-1") sets these off as well. */
const CUED_BY_DIGITS = FINDER_BITS.figures | FINDER_BITS.ratiosAndTrends
