import type {Root} from 'nlcst'
import type {ProseDocument} from './document'
import {partOfSpeech, type WordTag} from './part-of-speech'
import {sentenceCountOf, sentencesOf, type SentenceTokens, type WordToken} from './sentences'
import {isReportingVerb, isSayingVerb, verbForms} from './speech'
import {hasAttributedVoice, isOtherVoice} from './voices'
import {
  ABSTRACT_WITNESSES,
  ABSOLUTE_HEDGES,
  APPROXIMATORS,
  CHECKABLE_ADJECTIVES,
  CROWD_NOUNS,
  CURRENCY_SYMBOLS,
  DOCUMENT_SUBJECTS,
  ENGLISH_FUNCTION_WORDS,
  EVIDENCE_NOUNS,
  FIGURE_UNITS,
  FIGURATIVE_AFTER_ONLY,
  FIRST_PERSON,
  FORECAST_PARTICIPLES,
  FRACTIONS,
  FRAMING_ASIDES,
  FRAMING_OPENERS,
  FRAMING_PAIRS,
  GATHERING_VERBS,
  MAGNITUDES,
  NUMBER_WORDS,
  PUBLISHING_VERBS,
  QUANTITY_VERBS,
  RECORD_SCOPES,
  RECORD_SPANS,
  RELEASED_RECORDS,
  ROUTINE_AFTER_EVERY,
  SEQUENCE_NOUNS,
  SOURCE_STAND_INS,
  STRONG_ABSOLUTES,
  SUPERLATIVES,
  SWEEPING_ABSOLUTES,
  SWEEPING_INTENSIFIERS,
  TIME_UNITS,
  TREND_VERBS,
  VAGUE_SOURCES,
  VIEW_NOUNS,
  WITNESS_VERBS
} from './claims.data'

export type SignalKind = 'forecast' | 'figure' | 'superlative' | 'absolute' | 'sweeping'

/** A run of tokens that makes a checkable claim. */
export interface Signal {
  kind: SignalKind
  first: number
  last: number
  /** For a forecast, the participle after which "by [source]" can go. */
  participle?: number
}

const PRIORITY: SignalKind[] = ['forecast', 'figure', 'superlative', 'absolute', 'sweeping']

const TERMINAL = /^[.!?…]+$|^[”"’']$/
const YEAR = /^(1[6-9]|20)\d\d$/
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'])
const NUMBER_LABELS = new Set(['chapter', 'page', 'section', 'no', 'number', 'version', 'model', 'route', 'highway', 'room', 'article', 'figure', 'table', 'step', 'issue', 'volume', 'episode', 'season', 'game', 'flight', 'apartment', 'suite', 'unit', 'item', 'grade', 'level', 'phase', 'type', 'class', 'category', 'ranked', 'rank', 'aged', 'age', 'platform', 'gate', 'pier', 'berth', 'district', 'ward', 'interstate', 'bill', 'resolution', 'act', 'rule', 'verse', 'psalm', 'line', 'exit', 'terminal', 'channel', 'track', 'act'])
/** Words before a reporting verb that show it is a noun or a clause, not someone reporting ("the claims", "that shows"). */
const NOT_A_SUBJECT = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'of', 'in', 'on', 'to', 'for', 'with', 'and', 'or', 'which', 'what', 'as', 'than', 'new', 'such'])
/** Words between a subject and its verb: "the board has also said". */
const BETWEEN_SUBJECT_AND_VERB = new Set(['has', 'have', 'had', 'also', 'previously', 'recently', 'later', 'last', 'would', 'will', 'once', 'first', 'further', 'then', 'still', 'now', 'again', 'too', 'publicly', 'separately', 'initially', 'originally', 'earlier', 'just', 'already', 'repeatedly', 'often'])
/** Pronouns that stand for a source named before ("she said", "it found"). */
const SOURCE_PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'who', 'which'])
/** Particles that make a verb of reporting another verb: "should he show up". */
const PARTICLES = new Set(['up', 'off', 'down', 'around', 'away', 'back', 'over'])
const MODALS = new Set(['would', 'will', 'could', 'should', 'can', 'may', 'might', 'shall', 'must', "'d", "'ll"])
/** "I", "we've", "I'm": the writer (or speaker) in person, contractions included. */
const isFirstPerson = (word: string) => FIRST_PERSON.has(word.replace(/'(?:ve|m|d|ll|re|s)$/, ''))
/** What a document does when a sentence gives its terms: "the budget includes", "the deal gives". */
const CONTENT_VERBS = new Set([
  'provide', 'include', 'contain', 'set', 'call', 'require', 'allocate', 'earmark', 'cap', 'give', 'grant', 'offer', 'propose',
  'limit', 'ban', 'allow', 'cover', 'fund', 'list', 'name', 'value', 'award', 'budget', 'authorize', 'authorise',
  'appropriate', 'reserve', 'direct', 'mandate', 'impose', 'exempt', 'extend', 'put', 'count', 'estimate', 'project',
  'forecast', 'assume', 'tally', 'number', 'identify', 'cite', 'detail', 'outline', 'stipulate', 'specify', 'set aside', 'pay'
])
const CONTENT_FORMS = new Set([...CONTENT_VERBS].filter((verb) => !verb.includes(' ')).flatMap((verb) => verbForms(verb)).concat(['set', 'gave', 'given', 'put', 'paid']))
/** Openers that carry a source's account into a new paragraph: "Also, the agency…", "In addition, it…". */
const CONTINUING_OPENERS = new Set(['also', 'additionally', 'further', 'furthermore', 'separately', 'likewise', 'similarly', 'elsewhere'])
const ABSOLUTE_PHRASE_STOPS = new Set(['and', 'or', 'but', 'to', 'which', 'that', 'while', 'with', 'for', 'from', 'by', 'of', 'as', 'than', 'because'])
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
   */
  supported: boolean
  headline: boolean
  /** An attribution still holds after this sentence and may carry over to the next. */
  attributionHolds: boolean
}

/**
 * Reads every sentence for claim signals and sources. The unsupported-claim
 * rule reports the unsupported ones; the balance score counts them all.
 *
 * A source reaches as a reporter's attribution does: it covers its own
 * sentence, the sentences after it in its paragraph until the writer's own
 * framing takes over (a "But…", a question, the writer in person), and the
 * next paragraph when that opens by continuing the account ("She also…",
 * "The agency…", "Also, …").
 */
export function analyzeClaims(tree: Root, document: ProseDocument, knownHeadlineFigures?: ReadonlySet<string>, attributionBefore = false): SentenceClaims[] {
  const sentences = sentencesOf(tree)
  const headlineFigures = new Set<string>([...(knownHeadlineFigures ?? []), ...headlineFigureKeysOf(sentences)])
  const results: SentenceClaims[] = []
  let previousParagraph: unknown
  // Whether an attribution still holds at this point of the text (when this is one part of an article,
  // at the end of the part before: see attributionAfter).
  let voice = attributionBefore
  let english = true
  sentences.forEach((sentence, position) => {
    const opensParagraph = sentence.paragraph !== previousParagraph
    previousParagraph = sentence.paragraph
    if (opensParagraph) english = isEnglish(sentence.paragraph, sentences, position)
    const headline = isHeadline(sentence)
    const quiet = headline || !english
    const signals = quiet
      ? []
      : mergeSignals(
          sentence.tokens,
          withoutReportedViews(
            sentence,
            document,
            findSignals(sentence).filter((signal) => signal.kind !== 'figure' || !headlineFigures.has(figureKey(sentence.tokens, signal)))
          )
        )
    const reach = headline ? -1 : sourceReach(sentence, document, signals)
    const sourced = reach >= 0
    const carried: boolean = !headline && !sourced && voice && (opensParagraph ? continuesAccount(sentence, document) : !takesOver(sentence, document))
    // A report the writer's own concession cut short ("…, although…") hands the paragraph to the writer.
    voice = (sourced && reach === sentence.tokens.length - 1) || carried
    // Claims past a report's reach are the writer's own.
    const beyond = sourced && reach < sentence.tokens.length - 1 ? signals.filter((signal) => signal.first > reach) : []
    results.push({sentence, signals: beyond.length > 0 ? beyond : signals, sourced, supported: (sourced && beyond.length === 0) || carried, headline, attributionHolds: voice})
  })
  return results
}

/**
 * Whether an attribution still holds at the end of these sentences, so that a
 * next part of the article read on its own (IncrementalLinter) can carry it on.
 */
export function attributionAfter(claims: readonly SentenceClaims[], attributionBefore = false): boolean {
  return claims.length === 0 ? attributionBefore : claims[claims.length - 1].attributionHolds
}

/** The figures the headlines of these sentences give ("$4 billion" in "Amazon’s $4 Billion Anthropic Bet"). */
export function headlineFigureKeysOf(sentences: readonly SentenceTokens[]): string[] {
  return sentences.filter(isHeadline).flatMap((sentence) => findFigures(sentence).map((signal) => figureKey(sentence.tokens, signal)))
}

/** A line of its own with no closing punctuation: a headline or heading, whose claims the body carries. */
function isHeadline({paragraph, tokens}: SentenceTokens): boolean {
  const last = tokens[tokens.length - 1]
  // A number that ends the sentence can carry the full stop with it ("$40,000.").
  return sentenceCountOf(paragraph) === 1 && (!last || !(TERMINAL.test(last.text) || /\d[.!?]$/.test(last.text)))
}

type Tags = ReadonlyArray<WordTag | undefined>

const tagsOf = (sentence: SentenceTokens): Tags => partOfSpeech(sentence)
const posAt = (sentence: SentenceTokens, index: number) => tagsOf(sentence)[index]?.pos
const isWord = (token: WordToken | undefined): token is WordToken => Boolean(token && token.node.type === 'WordNode')

/**
 * An English-only linter stays quiet on prose in another language: a paragraph
 * of some length where hardly any word is a common English word. (Read a
 * paragraph at a time, so a part of an article reads as the whole does.)
 */
function isEnglish(paragraph: SentenceTokens['paragraph'], sentences: readonly SentenceTokens[], from: number): boolean {
  let words = 0
  let english = 0
  for (let index = from; index < sentences.length && sentences[index].paragraph === paragraph; index++) {
    for (const token of sentences[index].tokens) {
      if (token.node.type !== 'WordNode' || !/^\p{L}/u.test(token.text)) continue
      words++
      if (ENGLISH_FUNCTION_WORDS.has(token.lower)) english++
    }
  }
  return words < 12 || english / words >= 0.06
}

/**
 * Whether the sentence names its own source (a citation, an attributed
 * quotation, "according to", someone reporting, a body's own record), and how
 * far it reaches: the index of the last token it covers, or -1 when there is
 * none. A report ends where the writer adds a concession of their own ("Smith
 * said…, although security cost $600,000").
 */
function sourceReach(sentence: SentenceTokens, document: ProseDocument, signals: readonly Signal[]): number {
  const {tokens, start, end} = sentence
  const whole = tokens.length - 1
  // A footnote marker often follows the full stop: "by 2030.[^1]".
  if (document.citations.some((citation) => citation.start <= end + 1 && citation.end > start)) return whole
  if (hasAttributedVoice(document, {start, end})) return whole
  if (CITATION_MARKER.test(document.text.slice(start, end))) return whole

  const words = tokens.map((token) => token.lower)
  let reach = -1
  for (let index = 0; index < tokens.length; index++) {
    const word = words[index]
    if (word === 'according' && words[index + 1] === 'to' && words[index + 2] && !VAGUE_SOURCES.has(words[index + 2])) return whole
    if (word === 'by' && index > 0 && FORECAST_PARTICIPLES.has(words[index - 1]) && tokens[index + 1] && isNameLike(tokens[index + 1], index + 1)) return whole
    // A named subject before it makes even "estimates" or "reports" a verb ("Gartner estimates").
    if (isReportingVerb(word, 'VERB') && reportsAt(sentence, words, index)) {
      reach = Math.max(reach, concessionAfter(tokens, words, index) - 1)
      if (reach === whole) return whole
      continue
    }
    // A record released, or a document's terms, source its figures, not a verdict on it ("the biggest budget ever").
    if (PUBLISHING_VERBS.has(word) && onlyFigures(signals) && publishesRecordAt(sentence, words, index)) return whole
    if (WITNESS_VERBS.has(word) && witnessesAt(sentence, document, words, index)) return whole
  }
  // Only a figure needs its document ("the bill would raise $2 billion"); reading the clause costs a tagging.
  return reach >= 0 ? reach : signals.length > 0 && onlyFigures(signals) && isDocumentSubject(sentence, words) ? whole : -1
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
    if (['although', 'though', 'whereas', 'despite', 'considering'].includes(next) || (next === 'even' && ['though', 'as'].includes(words[index + 2]))) return index
  }
  return tokens.length
}

/**
 * "Gartner estimates", "the harbour board said", "she told", or "…,” said Okafor":
 * a verb of reporting with someone doing the reporting. Vague subjects
 * ("critics said") are the weasel rule's to report, but still attribute.
 */
function reportsAt(sentence: SentenceTokens, words: readonly string[], verb: number): boolean {
  const {tokens} = sentence
  const word = words[verb]
  // "estimated to reach" right after a noun is the claim's own participle, not a source.
  if (FORECAST_PARTICIPLES.has(word) && words[verb + 1] === 'to') return false
  // "should he show up", "found out"... a particle makes it another verb.
  if (PARTICLES.has(words[verb + 1] ?? '')) return false
  const tag = posAt(sentence, verb)
  const saying = isSayingVerb(word)
  if (tag === undefined ? !isReportingVerb(word) : tag !== 'VERB') {
    // The tagger reads "Gartner estimates the market" and "the company reports revenue" as nouns: a name,
    // a pronoun or a body before, and no verb after ("company reports show"), make it the verb. Without
    // those, a form the tagger reads as a noun or an adjective is one ("a blue state", "the State House").
    const before = posAt(sentence, verb - 1)
    const subjectBefore = isWord(tokens[verb - 1]) && !NOT_A_SUBJECT.has(words[verb - 1]) && (before === 'PROPN' || before === 'PRON' || (before === 'NOUN' && (SOURCE_STAND_INS.has(words[verb - 1]) || EVIDENCE_NOUNS.has(words[verb - 1]))))
    const after = posAt(sentence, verb + 1)
    // "…, notes the harbour board": the inverted order after a comma or a closing quotation mark.
    const inverted = /^[,”"’']$/.test(tokens[verb - 1]?.text ?? '') && namesSourceAt(tokens, words, verb + 1)
    if (!inverted && (!subjectBefore || !isWord(tokens[verb + 1]) || after === 'VERB' || after === 'AUX')) return false
  }
  // "The number Goodell cited seems low": a verb straight after makes it a clause about a noun, not the sentence's source.
  const next = posAt(sentence, verb + 1)
  if ((next === 'VERB' || next === 'AUX') && isWord(tokens[verb + 1]) && !['that', 'to'].includes(words[verb + 1])) return false

  let cursor = verb - 1
  // "the board has also said", "Okafor flatly denied".
  while (cursor >= 0 && (BETWEEN_SUBJECT_AND_VERB.has(words[cursor]) || (posAt(sentence, cursor) === 'ADV' && /ly$/.test(words[cursor])))) cursor--
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
  const nominal = subjectTag === undefined || ['NOUN', 'PROPN', 'PRON', 'NUM', 'X'].includes(subjectTag)
  if (isWord(subject) && nominal && !NOT_A_SUBJECT.has(words[cursor])) return saying || canFind(sentence, words, cursor)
  // "Leeds described the encounter, saying that…": a participle after a comma reports for the sentence's subject.
  if (saying && /ing$/.test(word) && (tokens[verb - 1]?.text === ',' || tokens[verb - 1]?.text === '—')) {
    const clause = mainClauseOf(sentence)
    if (clause && clause.verb < verb && ['PROPN', 'PRON', 'NOUN'].includes(posAt(sentence, clause.head) ?? '')) return true
  }
  // The inverted order of saying, after the words said: "…,” said Okafor", "…, said the harbour board".
  // (Not "ask the Congress for…": there the name is the verb's object.)
  return saying && /^[,”"’':—]$/.test(tokens[verb - 1]?.text ?? '') && namesSourceAt(tokens, words, verb + 1)
}

/** "Okafor", "she", "the harbour board", "the report": someone or something named as a source, starting at `index`. */
function namesSourceAt(tokens: readonly WordToken[], words: readonly string[], index: number): boolean {
  const token = tokens[index]
  if (!isWord(token)) return false
  if (isNameLike(token, index) || SOURCE_STAND_INS.has(words[index])) return true
  if (words[index] !== 'the' && words[index] !== 'a') return false
  for (let cursor = index + 1; cursor <= index + 3 && isWord(tokens[cursor]); cursor++) {
    if (SOURCE_STAND_INS.has(words[cursor]) || EVIDENCE_NOUNS.has(words[cursor]) || isNameLike(tokens[cursor], cursor)) return true
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
  if (EVIDENCE_NOUNS.has(word) || (SOURCE_STAND_INS.has(word) && !['he', 'she', 'they', 'it', 'we', 'i'].includes(word))) return true
  const tag = posAt(sentence, head)
  return tag === 'PROPN' || (tag !== 'NOUN' && isNameLike(sentence.tokens[head], head))
}

/** The head of a noun phrase that ends at `end`: "history" in "the entire history of the EU". */
function headOfNounPhrase(sentence: SentenceTokens, words: readonly string[], end: number): number {
  const {tokens} = sentence
  for (let cursor = end - 1; cursor >= Math.max(0, end - 6); cursor--) {
    if (!isWord(tokens[cursor])) break
    if (words[cursor] === 'of' || words[cursor] === 'from') return cursor > 0 && isWord(tokens[cursor - 1]) ? cursor - 1 : end
  }
  return end
}

/** "The State Department released about 3,000 emails": a body putting out its own record is the record's source. */
function publishesRecordAt(sentence: SentenceTokens, words: readonly string[], verb: number): boolean {
  const {tokens} = sentence
  if (!RELEASED_RECORDS.has(words[verb + 1] ?? '') && !words.slice(verb + 1, verb + 7).some((word) => RELEASED_RECORDS.has(word))) return false
  if (posAt(sentence, verb) !== 'VERB') return false
  let cursor = verb - 1
  while (cursor >= 0 && BETWEEN_SUBJECT_AND_VERB.has(words[cursor])) cursor--
  if (!isWord(tokens[cursor]) || NOT_A_SUBJECT.has(words[cursor])) return false
  // Whoever releases emails or figures is a body or a person; what it releases makes it a record.
  const head = headOfNounPhrase(sentence, words, cursor)
  return ['NOUN', 'PROPN', 'PRON'].includes(posAt(sentence, head) ?? '') && !ABSTRACT_WITNESSES.has(words[head])
}

/** "I remember", "we watched": the writer as eyewitness is the source of what they saw. */
function witnessesAt(sentence: SentenceTokens, document: ProseDocument, words: readonly string[], verb: number): boolean {
  let cursor = verb - 1
  while (cursor >= 0 && ['still', 'also', 'once', 'clearly', 'vividly', 'personally', 'myself', 'first', 'even'].includes(words[cursor])) cursor--
  return ['i', 'we'].includes(words[cursor] ?? '') && !isOtherVoice(document, sentence.tokens[cursor]) && posAt(sentence, verb) === 'VERB'
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
  const opening = words.findIndex((word, index) => isWord(sentence.tokens[index]))
  const first = ['the', 'this', 'its', 'a', 'their', 'his', 'her'].includes(words[opening]) ? opening + 1 : opening
  for (const at of [first, first + 1]) {
    if (DOCUMENT_SUBJECTS.has(words[at]) && (CONTENT_FORMS.has(words[at + 1] ?? '') || MODALS.has(words[at + 1] ?? ''))) return true
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
  const words = tokens.filter(isWord)
  if (words.length === 0) return false
  const last = [...tokens].reverse().find((token) => !/^[”"’')\]]+$/.test(token.text))
  if (last && /^[?!]+$/.test(last.text) && !isOtherVoice(document, last)) return true
  const opener = words[0].lower
  if (FRAMING_OPENERS.has(opener) || (words[1] && FRAMING_PAIRS.has(`${opener} ${words[1].lower}`))) return true
  // A comment set off anywhere: "Murray’s name, moreover, was listed…".
  if (tokens.some((token, index) => FRAMING_ASIDES.has(token.lower) && (tokens[index - 1]?.text === ',' || tokens[index + 1]?.text === ','))) return true
  if (words.some((token) => isFirstPerson(token.lower) && token.text !== 'US' && !isOtherVoice(document, token))) return true
  return isVerdict(sentence)
}

/** A short sentence that ends on a judging adjective: "The double standard is glaring." The writer's verdict. */
function isVerdict(sentence: SentenceTokens): boolean {
  const {tokens} = sentence
  const words = tokens.filter(isWord)
  if (words.length > 8 || words.length < 3) return false
  const tags = tagsOf(sentence)
  const lastWord = tokens.map((token, index) => index).filter((index) => isWord(tokens[index])).pop()!
  if (tags[lastWord]?.pos !== 'ADJ') return false
  return tokens.some((token, index) => index < lastWord && tags[index]?.lemma === 'be')
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
  const isBody = (word: string | undefined) => word !== undefined && (SOURCE_STAND_INS.has(word) || EVIDENCE_NOUNS.has(word))
  if (['the', 'its', 'this', 'that', 'their'].includes(words[0]) && (isBody(words[1]) || (isBody(words[2]) && posAt(sentence, sentence.tokens.findIndex(isWord) + 1) === 'ADJ'))) return true
  const clause = mainClauseOf(sentence)
  if (!clause) return false
  const all = sentence.tokens.map((token) => token.lower)
  const head = all[clause.head]
  const tag = posAt(sentence, clause.head)
  if (tag === 'PRON') {
    // "She also plans…", "They further estimate…": a pronoun and a sign the account goes on.
    if (!['he', 'she', 'they', 'it'].includes(head)) return false
    return all.slice(clause.head + 1, clause.verb + 3).some((word) => word === 'also' || word === 'further' || word === 'too')
  }
  const determiner = all[clause.head - 1]
  return SOURCE_STAND_INS.has(head) && ['the', 'its', 'this', 'that', 'their', 'same'].includes(determiner ?? '')
}

/**
 * Signals in a clause that holds someone's view rather than the writer's
 * assertion: "the idea that some rules are universally applicable", or in
 * a quotation.
 */
function withoutReportedViews(sentence: SentenceTokens, document: ProseDocument, signals: Signal[]): Signal[] {
  const {tokens} = sentence
  const view = tokens.findIndex((token, index) => VIEW_NOUNS.has(token.lower) && tokens[index + 1]?.lower === 'that' && ['the', 'this', 'that', 'a', 'an', 'his', 'her', 'their', 'its', 'our'].includes(tokens[index - 1]?.lower ?? ''))
  return signals.filter((signal) => {
    if (view >= 0 && signal.first > view) return false
    return !isOtherVoice(document, {start: tokens[signal.first].start, end: tokens[signal.last].end})
  })
}

/** A capitalized word that is not just the first word of the sentence, or a possessive name ("Gartner’s"). */
function isNameLike(token: WordToken, index: number): boolean {
  if (!/^\p{Lu}/u.test(token.text)) return false
  return index > 0 || /['’]s$/.test(token.text) || token.text.length > 1 && token.text === token.text.toUpperCase()
}

function findSignals(sentence: SentenceTokens): Signal[] {
  const {tokens} = sentence
  const figures = findFigures(sentence)
  return [
    ...findForecasts(sentence, figures),
    ...figures,
    ...findRatiosAndTrends(tokens),
    ...findSuperlatives(tokens),
    ...findRecords(sentence),
    ...findAbsolutes(tokens),
    ...findSweepingAbsolutes(sentence),
    ...findComparisons(sentence),
    ...findSweeping(tokens)
  ].sort((a, b) => a.first - b.first)
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
  const words = tokens.map((token) => token.lower)
  if (!words.some((word) => SWEEPING_ABSOLUTES.has(word) || word === 'every')) return []
  const last = [...tokens].reverse().find((token) => !/^[”"’')\]]+$/.test(token.text))
  if (last?.text === '?') return []
  if (words.some((word) => /^(?:i|we)$/.test(word.replace(/'(?:ve|m|d|ll|re)$/, '')))) return []
  const signals: Signal[] = []
  words.forEach((word, index) => {
    if (!SWEEPING_ABSOLUTES.has(word) && word !== 'every') return
    const before = words.slice(Math.max(0, index - 2), index)
    if (before.some((other) => other === 'not' || /n't$/.test(other) || ABSOLUTE_HEDGES.has(other))) return
    if (word === 'every') {
      const noun = words[index + 1] ?? ''
      if (!isWord(tokens[index + 1]) || ROUTINE_AFTER_EVERY.has(noun) || ROUTINE_AFTER_EVERY.has(words[index + 2] ?? '')) return
      signals.push({kind: 'absolute', first: index, last: index + 1})
      return
    }
    // "changes everything", "means everything": a verb's hyperbole, not a count of things.
    if (word === 'everything' && isWord(tokens[index - 1]) && !['ADP', 'CCONJ', 'SCONJ', 'DET'].includes(posAt(sentence, index - 1) ?? '')) return
    // "everyone can learn from it", "everybody should vote": a wish or a rule, not a fact.
    if (MODALS.has(words[index + 1] ?? '') || ['must', 'ought', 'needs'].includes(words[index + 1] ?? '')) return
    if ((word === 'never' || word === 'always') && (MODALS.has(words[index - 1] ?? '') || (words[index - 1] === 'have' && MODALS.has(words[index - 2] ?? '')) || words[index + 1] === 'mind' || (index === tokens.findIndex(isWord) && posAt(sentence, index + 1) === 'VERB' && tagsOf(sentence)[index + 1]?.lemma === words[index + 1]))) return
    signals.push({kind: 'absolute', first: index, last: index})
  })
  // One sweeping claim a sentence: "every staffer…, and so is every agent" is one generalisation.
  return signals.slice(0, 1)
}

/** "More prosecutors are investigating him than were assigned to the bombing": a comparison of counts. */
function findComparisons(sentence: SentenceTokens): Signal[] {
  const {tokens} = sentence
  const words = tokens.map((token) => token.lower)
  if (!words.includes('than') || !words.some((word) => word === 'more' || word === 'fewer')) return []
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
  const words = tokens.map((token) => token.lower)
  const signals: Signal[] = []
  words.forEach((word, index) => {
    const next = words[index + 1]
    const isNumber = NUMBER_WORDS.has(word) || isDigits(word)
    if (FRACTIONS.has(word) && next === 'of' && !['a', 'the'].includes(words[index - 1] ?? '') ) signals.push({kind: 'figure', first: index, last: index + 1})
    else if (isNumber && next === 'in' && (NUMBER_WORDS.has(words[index + 2] ?? '') || isDigits(words[index + 2] ?? ''))) signals.push({kind: 'figure', first: index, last: index + 2})
    else if (isNumber && next === 'out' && words[index + 2] === 'of') signals.push({kind: 'figure', first: index, last: Math.min(index + 3, words.length - 1)})
    else if (TREND_VERBS.has(word)) signals.push({kind: 'figure', first: index, last: index})
    else if ((word === 'record' || word === 'all-time') && ['high', 'highs', 'low', 'lows', 'levels', 'level', 'number', 'numbers'].includes(next ?? '')) signals.push({kind: 'superlative', first: index, last: index + 1})
    else if (word === 'ever' && ['than', 'before'].includes(words[index + 1] ?? '') === false && ['more', 'highest', 'lowest', 'largest', 'biggest', 'fewer', 'worst', 'best'].includes(words[index - 1] ?? '')) signals.push({kind: 'superlative', first: index - 1, last: index})
    else if (/^\d+(?:-to-|[-–:])\d+$/.test(word) && isRatio(words, index)) signals.push({kind: 'figure', first: index, last: index})
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
  const figureWithin = (from: number, to: number) => figures.some((figure) => figure.first >= from && figure.first <= to)
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
  return /^\d+(?:[.,]\d+)*$/.test(text)
}

const isCapitalizedWord = (token: WordToken | undefined) => isWord(token) && /^\p{Lu}/u.test(token.text)
const AGE_BEFORE = new Set([',', '-', '–', '—', '('])
const AGE_AFTER = new Set([',', '-', '–', '—', ')', '.', ';'])
const THRESHOLD_BEFORE = new Set(['required', 'requisite', 'necessary', 'needed', 'minimum', 'magic'])
const THRESHOLD_AFTER = new Set(['needed', 'required', 'necessary'])
const YEAR_PREPOSITIONS = new Set(['in', 'since', 'until', 'till', 'circa', 'c.', 'ca.', 'from', 'before', 'after', 'of'])

/** Money, percentages, magnitudes and counts: "$4 billion", "12%", "trillions of dollars", "37 attacks". */
function findFigures(sentence: SentenceTokens): Signal[] {
  const {tokens} = sentence
  const signals: Signal[] = []
  let index = 0
  while (index < tokens.length) {
    const start = index
    let hasCurrency = false
    let hasNumber = false
    let hasMagnitude = false
    let hasUnit = false
    let hasSeparator = false
    let value = 0
    if (CURRENCY_SYMBOLS.has(tokens[index].text)) {
      hasCurrency = true
      index++
    }
    // Numbers in words: "twenty", "five hundred thousand".
    while (index < tokens.length && NUMBER_WORDS.has(tokens[index].lower)) {
      hasNumber = true
      value = Math.max(value, NUMBER_WORDS.get(tokens[index].lower)!)
      index++
      if (tokens[index] && tokens[index].lower === 'and' && tokens[index + 1] && /^(a|one)$/i.test(tokens[index + 1].text)) break
    }
    // A number may arrive split by the parser: "1", ",", "200".
    while (index < tokens.length && isDigits(tokens[index].text)) {
      hasNumber = true
      value = Number(tokens[index].text.replace(/,/g, ''))
      if (/,/.test(tokens[index].text)) hasSeparator = true
      const separator = tokens[index + 1]
      const more = tokens[index + 2]
      // The last group can carry the sentence's full stop: "$40,000.".
      const group = more && (isDigits(more.text) ? more.text : index + 3 === tokens.length && /^\d+\.$/.test(more.text) ? more.text.slice(0, -1) : undefined)
      if (separator && (separator.text === ',' || separator.text === '.') && separator.start === tokens[index].end && more && more.start === separator.end && group) {
        value = Number(`${tokens[index].text}${separator.text === '.' ? '.' : ''}${group}`.replace(/,/g, ''))
        hasSeparator = true
        index += 2
      }
      index++
    }
    while (index < tokens.length && MAGNITUDES.has(tokens[index].lower) && (hasNumber || hasCurrency || /s$/.test(tokens[index].text) || tokens[index].text.length > 2)) {
      if (!hasNumber && !/s$/i.test(tokens[index].text)) break
      hasMagnitude = true
      index++
    }
    if (index < tokens.length && (tokens[index].text === '%' || ['percent', 'percentage'].includes(tokens[index].lower))) {
      hasUnit = true
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
    const glued = (token: WordToken | undefined, to: WordToken, side: 'before' | 'after') => Boolean(token && (side === 'before' ? token.end === to.start : token.start === to.end))
    // Part of a code or a name: "501(c)(4)", "9/11", "F-16", "COVID-19".
    const attached =
      (glued(previous, tokens[start], 'before') && (previous!.node.type === 'WordNode' || ['/', '#', '-'].includes(previous!.text))) ||
      (glued(following, tokens[last], 'after') && /^[\p{L}:/(-]/u.test(following!.text))
    const bare = hasNumber && !hasCurrency && !hasMagnitude && !hasUnit
    const isYear = bare && YEAR.test(String(value))
    // "In 627, …", "since 1066.": a bare number after a preposition of time, with nothing it counts.
    const isBareYear = bare && !hasSeparator && Number.isInteger(value) && value >= 100 && value < 2100 && YEAR_PREPOSITIONS.has(before) && (!following || !isWord(following) || /^(bc|bce|ad|ce)$/.test(after))
    // "Aug. 25", "25 March".
    const isDate = MONTHS.has(before.replace(/\.$/, '')) || MONTHS.has(after) || (before === '.' && MONTHS.has(tokens[start - 2]?.lower ?? ''))
    const isLabel = NUMBER_LABELS.has(before)
    const isDuration = !hasCurrency && !hasUnit && (TIME_UNITS.has(after) || (before === 'at' && value <= 24 && !hasMagnitude))
    // "Ortiz, 58, said", "the victim, Collins, 23 - was": an age set off after a name.
    const isAge = bare && value < 125 && AGE_BEFORE.has(before) && isCapitalizedWord(tokens[start - 2]) && (!following || AGE_AFTER.has(following.text))
    // "the required 1,237 delegates", "the 60 votes needed to end debate": a rule's threshold, not a finding.
    const isThreshold = THRESHOLD_BEFORE.has(before) || sentence.tokens.slice(index, index + 3).some((token) => THRESHOLD_AFTER.has(token.lower))
    const countsAsFigure = hasCurrency || hasMagnitude || hasUnit || (hasNumber && value >= 10 && !isDuration)
    if (countsAsFigure && !isYear && !isBareYear && !isDate && !isLabel && !attached && !isAge && !isThreshold && !isCrowdEstimate(sentence, start, last, value, hasCurrency || hasUnit && !CROWD_NOUNS.has(tokens[last].lower))) {
      signals.push({kind: 'figure', first: start, last})
    }
  }
  return signals
}

/**
 * "Dozens of protesters gathered", "about 50 people turned out": a reporter's
 * own rough head count of a small crowd they watched gather. (Thousands, and
 * exact counts, still want a source: police, organisers.)
 */
function isCrowdEstimate(sentence: SentenceTokens, first: number, last: number, value: number, notPeople: boolean): boolean {
  if (notPeople || value >= 1000) return false
  const {tokens} = sentence
  const words = tokens.map((token) => token.lower)
  const rough = ['dozens', 'dozen', 'scores'].includes(words[first]) || APPROXIMATORS.has(words[first - 1] ?? '') || (words[first - 1] === 'than' && words[first - 2] === 'more')
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
    const determined = previous === 'the' || /'s$/.test(previous)
    if (!determined || !next || next.node.type !== 'WordNode') return
    // "weren't the only teams", "not the first": denying a record claims none.
    if (isNegatedBefore(tokens, index - 1) || isRankOrSet(tokens, index)) return
    if (SUPERLATIVES.has(word) && !SEQUENCE_NOUNS.has(nextWord) && !(word === 'only' && FIGURATIVE_AFTER_ONLY.has(nextWord)) && !(word === 'first' && isSequence(tokens, index))) {
      signals.push({kind: 'superlative', first: index - 1, last: index + 1})
    } else if (word === 'most' && (CHECKABLE_ADJECTIVES.has(nextWord) || /^(widely|heavily|frequently)$/.test(nextWord))) {
      signals.push({kind: 'superlative', first: index - 1, last: index + 1})
    }
  })
  return signals
}

function isNegatedBefore(tokens: readonly WordToken[], index: number): boolean {
  const before = tokens.slice(Math.max(0, index - 2), index).map((token) => token.lower)
  return before.some((word) => word === 'not' || word === 'never' || /n't$/.test(word))
}

/**
 * "the highest-ranking officer", "the highest ranking of the six officers", "the largest of the three
 * bids": a rank or a comparison within a set the article itself names, not a record claim.
 */
function isRankOrSet(tokens: readonly WordToken[], index: number): boolean {
  const next = tokens[index + 1]?.lower ?? ''
  if (/ranking$|ranked$/.test(next) || /-ranking$|-ranked$/.test(tokens[index].lower)) return true
  for (let cursor = index + 1; cursor < Math.min(tokens.length, index + 4); cursor++) {
    if (tokens[cursor].lower === 'of' && ['the', 'these', 'those', 'its', 'their'].includes(tokens[cursor + 1]?.lower ?? '')) {
      const count = tokens[cursor + 2]?.lower ?? ''
      return NUMBER_WORDS.has(count) || isDigits(count) || count === 'two'
    }
  }
  return false
}

/** "the first song they heard after taking the oath": the order of events, not a record. */
function isSequence(tokens: readonly WordToken[], index: number): boolean {
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
  const words = tokens.map((token) => token.lower)
  const scopes = words.map((_, index) => isRecordScope(words, index))
  if (!scopes.some(Boolean)) return []
  const tags = tagsOf(sentence)
  const signals: Signal[] = []
  words.forEach((word, index) => {
    if (!['the', 'its', 'their', 'his', 'her'].includes(words[index - 1] ?? '') && !/'s$/.test(words[index - 1] ?? '')) return
    const tag = tags[index]
    const superlative =
      SUPERLATIVES.has(word) ||
      ['most', 'least', 'best', 'worst', 'fewest'].includes(word) ||
      (/[^e]est$/.test(word) && (tag?.pos === 'ADJ' || tag?.pos === 'ADV') && tag.lemma !== word)
    if (!superlative || isNegatedBefore(tokens, index - 1) || isRankOrSet(tokens, index)) return
    if (word === 'first' && isSequence(tokens, index)) return
    for (let cursor = index + 1; cursor < Math.min(tokens.length, index + 16); cursor++) {
      if (!isWord(tokens[cursor]) && tokens[cursor].text !== '-') break
      if (scopes[cursor]) {
        // "the closest I have ever come": a measure of one's own life, not a record.
        if (words[cursor] === 'ever' && words.slice(Math.max(index, cursor - 3), cursor).some((other) => /^i(?:'ve|'d)?$/.test(other))) return
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
    return span.includes('in') && (word !== 'time' || span.includes('long')) && (word !== 'years' || span.some((other) => other === 'recent' || /^\d+$/.test(other) || NUMBER_WORDS.has(other) || other === 'many'))
  }
  return word === 'since' && /^\d{4}s?$/.test(words[index + 1] ?? '')
}

/** "its entire core computing workload", "exclusively on AWS chips". */
function findAbsolutes(tokens: readonly WordToken[]): Signal[] {
  const signals: Signal[] = []
  tokens.forEach((token, index) => {
    if (!STRONG_ABSOLUTES.has(token.lower)) return
    let last = index
    const stop = (candidate: WordToken) => candidate.node.type !== 'WordNode' || ABSOLUTE_PHRASE_STOPS.has(candidate.lower)
    // The words the absolute governs: "entire core computing workload", "exclusively on AWS Trainium".
    while (last + 1 < tokens.length && last - index < 4 && !(last > index && stop(tokens[last + 1])) && tokens[last + 1].node.type === 'WordNode') last++
    if (last > index) signals.push({kind: 'absolute', first: index, last})
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

/** Signals a few words apart in one clause ("estimated to reach" + "trillions of dollars") make one finding. */
function mergeSignals(tokens: readonly WordToken[], signals: readonly Signal[]): Signal[] {
  const merged: Signal[] = []
  for (const signal of signals) {
    const previous = merged[merged.length - 1]
    const gap = previous ? tokens.slice(previous.last + 1, signal.first) : []
    if (previous && signal.first <= previous.last + 4 && gap.every((token) => token.node.type === 'WordNode' || token.text === '$')) {
      previous.last = Math.max(previous.last, signal.last)
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

function figureKey(tokens: readonly WordToken[], signal: Signal): string {
  return tokens
    .slice(signal.first, signal.last + 1)
    .map((token) => token.lower)
    .filter((word) => CURRENCY_SYMBOLS.has(word) || isDigits(word) || MAGNITUDES.has(word))
    .join(' ')
}
