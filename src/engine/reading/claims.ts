import type {Root} from 'nlcst'
import type {ProseDocument} from './document'
import {sentenceCountOf, sentencesOf, type SentenceTokens, type WordToken} from './sentences'
import {isReportingVerb} from './speech'
import {
  CHECKABLE_ADJECTIVES,
  CURRENCY_SYMBOLS,
  FIGURE_UNITS,
  FIGURATIVE_AFTER_ONLY,
  FORECAST_PARTICIPLES,
  FRACTIONS,
  MAGNITUDES,
  NUMBER_WORDS,
  SEQUENCE_NOUNS,
  SOURCE_STAND_INS,
  STRONG_ABSOLUTES,
  SUPERLATIVES,
  SWEEPING_INTENSIFIERS,
  TIME_UNITS,
  TREND_VERBS,
  VAGUE_SOURCES
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
const ABSOLUTE_PHRASE_STOPS = new Set(['and', 'or', 'but', 'to', 'which', 'that', 'while', 'with', 'for', 'from', 'by', 'of', 'as', 'than', 'because'])
const CITATION_MARKER = /\[\d+\]|\[citation needed\]|\[source\]|\(\p{Lu}[\p{L} .&,'-]*,? \d{4}[a-z]?\)|[¹²³⁴⁵⁶⁷⁸⁹⁰]/u

/** What the claim analysis knows about one sentence. */
export interface SentenceClaims {
  sentence: SentenceTokens
  /** The claim signals that would be reported, merged; empty when the sentence makes no checkable claim. */
  signals: Signal[]
  /** The sentence itself carries a source. */
  sourced: boolean
  /** It is supported: sourced itself, or by the sentence before in its paragraph. */
  supported: boolean
  headline: boolean
}

/**
 * Reads every sentence for claim signals and sources. The unsupported-claim
 * rule reports the unsupported ones; the balance score counts them all.
 */
export function analyzeClaims(tree: Root, document: ProseDocument, knownHeadlineFigures?: ReadonlySet<string>): SentenceClaims[] {
  const sentences = sentencesOf(tree)
  const headlineFigures = new Set<string>([...(knownHeadlineFigures ?? []), ...headlineFigureKeysOf(sentences)])
  const results: SentenceClaims[] = []
  let previousParagraph: unknown
  let previousSourced = false
  for (const sentence of sentences) {
    if (sentence.paragraph !== previousParagraph) previousSourced = false
    previousParagraph = sentence.paragraph
    const sourced = isSupported(sentence, document)
    const headline = isHeadline(sentence)
    const signals = headline
      ? []
      : mergeSignals(
          sentence.tokens,
          findSignals(sentence.tokens).filter((signal) => signal.kind !== 'figure' || !headlineFigures.has(figureKey(sentence.tokens, signal)))
        )
    results.push({sentence, signals, sourced, supported: sourced || previousSourced, headline})
    previousSourced = sourced
  }
  return results
}

/** The figures the headlines of these sentences give ("$4 billion" in "Amazon’s $4 Billion Anthropic Bet"). */
export function headlineFigureKeysOf(sentences: readonly SentenceTokens[]): string[] {
  return sentences.filter(isHeadline).flatMap((sentence) => findFigures(sentence.tokens).map((signal) => figureKey(sentence.tokens, signal)))
}

/** A line of its own with no closing punctuation: a headline or heading, whose claims the body carries. */
function isHeadline({paragraph, tokens}: SentenceTokens): boolean {
  const last = tokens[tokens.length - 1]
  return sentenceCountOf(paragraph) === 1 && (!last || !TERMINAL.test(last.text))
}

function isSupported({tokens, start, end}: SentenceTokens, document: ProseDocument): boolean {
  // A footnote marker often follows the full stop: "by 2030.[^1]".
  if (document.citations.some((citation) => citation.start <= end + 1 && citation.end > start)) return true
  if (document.quotations.some((quotation) => quotation.attributed && quotation.start < end && quotation.end > start)) return true
  if (CITATION_MARKER.test(document.text.slice(start, end))) return true

  const words = tokens.map((token) => token.lower)
  for (let index = 0; index < tokens.length; index++) {
    const word = words[index]
    if (word === 'according' && words[index + 1] === 'to' && words[index + 2] && !VAGUE_SOURCES.has(words[index + 2])) return true
    if (word === 'by' && index > 0 && FORECAST_PARTICIPLES.has(words[index - 1]) && tokens[index + 1] && isNameLike(tokens[index + 1], index + 1)) return true
    // A named subject before it makes even "estimates" or "reports" a verb ("Gartner estimates").
    if (isReportingVerb(word, 'VERB') && hasNamedSubject(tokens, words, index)) return true
  }
  return false
}

/**
 * "Gartner estimates", "the harbour board said", "she told", or "…,” said Okafor":
 * a verb of reporting with someone doing the reporting. Vague subjects
 * ("critics said") are the weasel rule's to report, but still attribute.
 */
function hasNamedSubject(tokens: readonly WordToken[], words: readonly string[], verb: number): boolean {
  // "estimated to reach" right after a noun is the claim's own participle, not a source.
  if (FORECAST_PARTICIPLES.has(words[verb]) && words[verb + 1] === 'to') return false
  let cursor = verb - 1
  while (cursor >= 0 && ['has', 'have', 'had', 'also', 'previously', 'recently', 'later', 'last', 'would', 'will', 'once', 'first'].includes(words[cursor])) cursor--
  const subject = tokens[cursor]
  if (subject && subject.node.type === 'WordNode' && !NOT_A_SUBJECT.has(words[cursor])) return true
  const after = tokens[verb + 1]
  return Boolean(after && after.node.type === 'WordNode' && (isNameLike(after, verb + 1) || SOURCE_STAND_INS.has(words[verb + 1])))
}

/** A capitalized word that is not just the first word of the sentence, or a possessive name ("Gartner’s"). */
function isNameLike(token: WordToken, index: number): boolean {
  if (!/^\p{Lu}/u.test(token.text)) return false
  return index > 0 || /['’]s$/.test(token.text) || token.text.length > 1 && token.text === token.text.toUpperCase()
}

function findSignals(tokens: readonly WordToken[]): Signal[] {
  return [...findForecasts(tokens), ...findFigures(tokens), ...findRatiosAndTrends(tokens), ...findSuperlatives(tokens), ...findAbsolutes(tokens), ...findSweeping(tokens)].sort(
    (a, b) => a.first - b.first
  )
}

/** "half of all", "one in five", "four out of five", "doubled", "an all-time high", "record levels". */
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
  })
  return signals
}

function findForecasts(tokens: readonly WordToken[]): Signal[] {
  const signals: Signal[] = []
  tokens.forEach((token, index) => {
    const word = token.lower
    const next = tokens[index + 1] && tokens[index + 1].lower
    if (FORECAST_PARTICIPLES.has(word) && next === 'to') {
      const verb = tokens[index + 2]
      signals.push({kind: 'forecast', first: index, last: verb && verb.node.type === 'WordNode' ? index + 2 : index + 1, participle: index})
    } else if (word === 'on' && next === 'track' && tokens[index + 2] && tokens[index + 2].lower === 'to') {
      signals.push({kind: 'forecast', first: index, last: index + 2})
    } else if ((word === 'an' || word === 'is' || word === 'are' || word === 'was') && next === 'estimated') {
      signals.push({kind: 'forecast', first: index, last: index + 1, participle: index + 1})
    }
  })
  return signals
}

function isDigits(text: string): boolean {
  return /^\d+(?:[.,]\d+)*$/.test(text)
}

/** Money, percentages, magnitudes and counts: "$4 billion", "12%", "trillions of dollars", "37 attacks". */
function findFigures(tokens: readonly WordToken[]): Signal[] {
  const signals: Signal[] = []
  let index = 0
  while (index < tokens.length) {
    const start = index
    let hasCurrency = false
    let hasNumber = false
    let hasMagnitude = false
    let hasUnit = false
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
      const separator = tokens[index + 1]
      const more = tokens[index + 2]
      if (separator && (separator.text === ',' || separator.text === '.') && separator.start === tokens[index].end && more && more.start === separator.end && isDigits(more.text)) {
        value = Number(`${tokens[index].text}${separator.text === '.' ? '.' : ''}${more.text}`.replace(/,/g, ''))
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
    const before = tokens[start - 1] ? tokens[start - 1].lower : ''
    const after = tokens[index] ? tokens[index].lower : ''
    const attached = (tokens[start - 1] && tokens[start - 1].end === tokens[start].start && tokens[start - 1].node.type === 'WordNode') || (tokens[index] && tokens[index].start === tokens[last].end && /^[\p{L}:-]/u.test(tokens[index].text))
    const isYear = hasNumber && !hasCurrency && !hasMagnitude && !hasUnit && YEAR.test(String(value))
    const isDate = MONTHS.has(before) || MONTHS.has(after)
    const isLabel = NUMBER_LABELS.has(before)
    const isDuration = !hasCurrency && !hasUnit && (TIME_UNITS.has(after) || (before === 'at' && value <= 24 && !hasMagnitude))
    const countsAsFigure = hasCurrency || hasMagnitude || hasUnit || (hasNumber && value >= 10 && !isDuration)
    if (countsAsFigure && !isYear && !isDate && !isLabel && !attached) signals.push({kind: 'figure', first: start, last})
  }
  return signals
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
    if (SUPERLATIVES.has(word) && !SEQUENCE_NOUNS.has(nextWord) && !(word === 'only' && FIGURATIVE_AFTER_ONLY.has(nextWord))) {
      signals.push({kind: 'superlative', first: index - 1, last: index + 1})
    } else if (word === 'most' && (CHECKABLE_ADJECTIVES.has(nextWord) || /^(widely|heavily|frequently)$/.test(nextWord))) {
      signals.push({kind: 'superlative', first: index - 1, last: index + 1})
    }
  })
  return signals
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
