import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {analyzeClaims} from '../reading/claims'
import {partOfSpeech, tagText, type WordTag} from '../reading/part-of-speech'
import {contextOf, sentencesOf, type SentenceTokens, type WordToken} from '../reading/sentences'
import {attributionKind} from '../reading/speech'
import {isName, isPassive, readVagueViews, type VagueSubject} from '../reading/vague-views'
import {ANONYMOUS, CROWDS, OPINION_HOLDERS, QUANTIFIER_SUBJECTS} from '../reading/vague-views.data'
import {hasAttributedVoice} from '../reading/voices'
import {CONFIDENCE, report, type Rewrite} from '../rewrites/report'
import {createLexiconRule, type LexiconMatch} from '../rule-kit/lexicon-rule'
import {
  CROWD_NUMBER,
  HEARSAY_ADVERBS,
  LEGAL_CONTEXT,
  NEEDS_NO_SOURCE_IN_REACH,
  PAPERS_MESSAGE,
  PAPERS_SHOW,
  RESEARCH_MESSAGE,
  SOURCE_DOCUMENTS,
  TACKED_VERDICT,
  WEASEL,
  WEASEL_CLASSES
} from './weasel.data'

const RULE_ID = 'weasel'
const NOTE =
  'An unnamed crowd ("many", "critics", "experts") lends a view authority it has not earned. Readers need to know who holds it to weigh it.'

/** A finding's confidence when a source named in reach vouches for the hearsay (thorough only). */
const SOURCED_HEARSAY = 0.3
/** A vague number of people that is no one's source ("brought many people back"): thorough only. */
const VAGUE_NUMBER = 0.35

const weaselWords = createLexiconRule({
  ruleId: RULE_ID,
  entries: WEASEL,
  classes: WEASEL_CLASSES,
  message: 'Who? “{actual}” gives a view without saying whose it is. Name the source.',
  note: NOTE,
  rewriteTitle: (actual, replacement) => `Name the source: replace “${actual}” with “${replacement}”`,
  confidence: listedConfidence,
  // ", considered the finest": a verdict tacked on after a comma; "he considered the offer" is a verb with its subject,
  // and "is widely regarded as" is another entry's.
  accept: ({entry, sentence, first}) => entry !== TACKED_VERDICT || sentence.tokens[first - 1]?.text === ','
})

/**
 * The confidence of a word-list finding, lowered where the words around it
 * name the source after all: the passive ("it is said", "is widely seen as")
 * with a source named in reach reports that source's account; "according to
 * some scholars, such as Roe and Ruiz" names them; "the court generally held
 * that" is active, with its subject before it; "is said to be “split”" defines
 * a term.
 */
function listedConfidence(match: LexiconMatch, file: VFile): number | undefined {
  const {entry, sentence, first, last} = match
  const {tokens} = sentence
  const tags = partOfSpeech(sentence)
  if (namedRightAfter(tokens, tags, last)) return SOURCED_HEARSAY
  if (entry === CROWD_NUMBER) {
    // "brought many people back", "in some individuals": a crowd acted on, or a place, is a vague number, not a source.
    const before = tags[first - 1]
    const acted =
      before !== undefined &&
      (before.pos === 'VERB' ||
        (before.pos === 'ADP' && !['by', 'from', 'among', 'to'].includes(tokens[first - 1].lower)) ||
        // "Backed by many moderates", "asked many times, by many people": the crowd does a deed, it gives no view.
        (tokens[first - 1].lower === 'by' && deedBy(tokens, tags, first - 1)))
    // "Here are some users' ideas on the subject:": the views are shown next.
    const shown = tokens.at(-1)?.text === ':'
    if (acted || shown || actsWithoutView(tokens, tags, last)) return VAGUE_NUMBER
    // "Several House members told The Associated Press": the outlet that spoke to them stands behind the account.
    return toldNamedOutlet(tokens, tags, last) ? SOURCED_HEARSAY : undefined
  }
  if (entry === PAPERS_SHOW) {
    // "Clinton's emails show", "Pentagon documents show", "court documents show": whose papers they are, or what kind,
    // is named before them.
    const owner = tokens[first - 1]
    const named =
      owner !== undefined &&
      (/\p{L}['’]s?$/u.test(owner.text) || isName(tokens, tags, first - 1) || tags[first - 1]?.pos === 'NOUN')
    return named || sourceInReach(file, sentence, first, last) ? SOURCED_HEARSAY : undefined
  }
  if (!NEEDS_NO_SOURCE_IN_REACH.has(entry)) return undefined
  if (sourceInReach(file, sentence, first, last) || inNamedDocument(tokens, tags, first)) return SOURCED_HEARSAY
  // "to correct what was seen as a problem": a free relative that names a common view by the way, with no adverb
  // spreading it ("what is widely seen as a power grab" is the weasel).
  if (tokens[first - 1]?.lower === 'what' && !tags.slice(first, last + 1).some((tag) => tag?.pos === 'ADV')) return 0.4
  // "the Supreme Court generally held that": a subject before the adverb makes the participle an active verb.
  const before = tags[first - 1]
  if (
    tokens[first].lower.endsWith('ly') &&
    before &&
    (before.pos === 'NOUN' || before.pos === 'PROPN' || before.pos === 'PRON')
  )
    return 0.2
  // "is said to be “split”", "is said to have ‘pinned’": a term defined, not a view reported.
  const quoteAfter = tokens.slice(last + 1, last + 4).some((token) => /^[“"‘'`]$/.test(token.text))
  if (quoteAfter && ['to', 'as'].includes(tokens[last].lower)) return 0.2
  return undefined
}

/**
 * A passive view inside a document the sentence names: "In the corrected CNN report, it was claimed that",
 * "a story Friday in which it was claimed that". The document is the source.
 */
function inNamedDocument(
  tokens: readonly WordToken[],
  tags: ReadonlyArray<WordTag | undefined>,
  first: number
): boolean {
  // "a story Friday in which it was claimed", "the memo, in which it is said".
  if (tokens[first - 1]?.lower === 'which' && tokens[first - 2]?.lower === 'in') {
    for (let at = first - 3; at >= 0 && at >= first - 6; at--) if (SOURCE_DOCUMENTS.has(tokens[at].lower)) return true
    return false
  }
  // "In the corrected CNN report Trump referred to, it was claimed": an opening phrase naming its document.
  const opening = tokens.findIndex(isWord)
  if (tokens[opening]?.lower !== 'in' || tokens[first - 1]?.text !== ',') return false
  const phrase = tokens.slice(opening + 1, first - 1)
  return (
    phrase.length <= 10 &&
    phrase.some((token) => SOURCE_DOCUMENTS.has(token.lower)) &&
    phrase.some((token, offset) => isName(tokens, tags, opening + 1 + offset) || /['’]s$/.test(token.text))
  )
}

/**
 * "Many people came to the quay": the crowd is the subject of a verb that
 * gives no view (an act, not saying or believing), so it is a vague number,
 * not a source. ("Many people believe…" is read by grammar, surer.)
 */
function actsWithoutView(
  tokens: readonly WordToken[],
  tags: ReadonlyArray<WordTag | undefined>,
  last: number
): boolean {
  let from = last + 1
  // "many people who took part had not claimed the prize": the crowd's own verb comes after its relative clause.
  if (tokens[from]?.lower === 'who' || (tokens[from]?.lower === 'that' && tags[from]?.pos === 'PRON')) {
    const relative = relativeClauseVerbEnd(tokens, tags, from + 1)
    if (relative < 0) return false
    from = relative
  }
  for (let at = from; at < tokens.length && at <= from + 3; at++) {
    const tag = tags[at]
    if (!isWord(tokens[at]) || !tag) return false
    if (tag.pos === 'ADV' || tag.pos === 'PART' || (tag.pos === 'AUX' && tags[at + 1]?.pos !== 'ADJ')) continue
    // "many people find themselves deeper in debt": a verb with the crowd itself as object tells what befalls it.
    if (tag.pos === 'VERB' && /sel(?:f|ves)$/.test(tokens[at + 1]?.lower ?? '')) return true
    return tag.pos === 'VERB' && attributionKind(tokens[at].lower, tag.lemma) === undefined
  }
  return false
}

/**
 * Where the main verb may start after a relative clause whose verb gives no view ("who took part had not
 * claimed"): the first auxiliary or verb after the clause's own verb; -1 when the clause gives a view ("who
 * believe"), or no verb follows within a few words.
 */
function relativeClauseVerbEnd(
  tokens: readonly WordToken[],
  tags: ReadonlyArray<WordTag | undefined>,
  from: number
): number {
  let verb = -1
  for (let at = from; at < tokens.length && at <= from + 3; at++) {
    if (!isWord(tokens[at])) return -1
    if (tags[at]?.pos === 'VERB') {
      verb = at
      break
    }
  }
  if (verb < 0 || attributionKind(tokens[verb].lower, tags[verb]?.lemma) !== undefined) return -1
  for (let at = verb + 1; at < tokens.length && at <= verb + 6; at++) {
    if (!isWord(tokens[at])) return -1
    if (tags[at]?.pos === 'AUX' || tags[at]?.pos === 'VERB') return at
  }
  return -1
}

/** "members told The Associated Press", "residents told Reuters": a verb of telling with a named outlet after it. */
function toldNamedOutlet(
  tokens: readonly WordToken[],
  tags: ReadonlyArray<WordTag | undefined>,
  last: number
): boolean {
  for (let at = last + 1; at < tokens.length && at <= last + 5; at++) {
    if (!isWord(tokens[at])) return false
    if (tags[at]?.lemma !== 'tell') continue
    const next = tokens[at + 1]?.lower === 'the' ? at + 2 : at + 1
    // "told The Associated Press": a capital inside the sentence, whatever the tagger makes of "Associated".
    return isWord(tokens[next]) && /^\p{Lu}/u.test(tokens[next].text)
  }
  return false
}

/**
 * Whether "by" at `by` names the doer of a deed, not the holder of a view: the participle before it (a few words
 * back, past a comma) is no verb of saying or believing ("backed by", "asked many times, by"); "called by many
 * experts a front group", "criticized by many" give a view.
 */
function deedBy(tokens: readonly WordToken[], tags: ReadonlyArray<WordTag | undefined>, by: number): boolean {
  for (let at = by - 1; at >= 0 && at >= by - 5; at--) {
    const tag = tags[at]
    if (tag?.pos !== 'VERB') continue
    return attributionKind(tokens[at].lower, tag.lemma) === undefined && !VIEW_PARTICIPLES.has(tokens[at].lower)
  }
  return false
}

/** Participles whose "by" gives a view even where the verb lists do not know it: "seen by many as", "criticized by some". */
const VIEW_PARTICIPLES = new Set([
  'seen',
  'viewed',
  'regarded',
  'considered',
  'deemed',
  'criticized',
  'criticised',
  'praised',
  'condemned',
  'described',
  'called',
  'labeled',
  'labelled',
  'branded',
  'dismissed',
  'questioned',
  'disputed',
  'challenged',
  'hailed',
  'blamed',
  'accused',
  'celebrated',
  'mocked',
  'ridiculed',
  'derided',
  'panned',
  'welcomed',
  'opposed',
  'rejected',
  'doubted'
])

/** "such as Roe and Ruiz", "like Siedow", "including Senator Roe": a name given right after the vague words. */
function namedRightAfter(
  tokens: readonly WordToken[],
  tags: ReadonlyArray<WordTag | undefined>,
  last: number
): boolean {
  for (let at = last + 1; at < tokens.length && at <= last + 6; at++) {
    const word = tokens[at].lower
    // "according to some scholars, like Roe and Ruiz", "Some critics, such as Ana Ruiz, say": the names after a comma.
    if (/^[,—–(]$/.test(tokens[at].text)) continue
    if (word === 'like' || word === 'including' || (word === 'such' && tokens[at + 1]?.lower === 'as')) {
      const from = word === 'such' ? at + 2 : at + 1
      return tokens.slice(from, from + 3).some((_, offset) => isName(tokens, tags, from + offset))
    }
    if (!isWord(tokens[at])) return false
  }
  return false
}

/**
 * Vague attributions: a view given to an unnamed crowd, an anonymous study or
 * the passive voice, so the reader cannot judge who holds it.
 *
 * The word list (weasel.data.ts) finds the fixed forms: "it is said", "is
 * widely seen as", "studies show", "according to some". Grammar finds the
 * open ones: a vague or collective subject ("critics", "many", "some on the
 * left", "her apologists", "party insiders") with any verb of saying,
 * believing or judging ("took aim", "read it as a signal", "now say", "are
 * convinced"), read in reading/vague-views.ts, which the speculation rule
 * reads too; and hearsay adverbs ("reportedly", "apparently") with no source
 * in reach (reading/claims.ts).
 *
 * Each finding carries a confidence from the evidence it names: how vague the
 * subject is, how surely the verb gives a view, and whether a named voice is
 * quoted next to it (docs/rules/weasel.md).
 */
export default function weasel() {
  const findWords = weaselWords()
  return function (tree: Root, file: VFile) {
    const before = file.messages.length
    findWords(tree, file)
    const sentences = sentencesOf(tree)
    const listed = file.messages
      .slice(before)
      .map((message) => withCitationRewrite(file, sentences, asVagueNumber(file, message)))
    const found: Finding[] = []
    sentences.forEach((_sentence, position) => {
      found.push(...vagueAttributions(file, sentences, position), ...hearsay(file, sentences, position))
    })
    for (const finding of found) {
      // One finding per stretch of text: the surer of the list's and the grammar's.
      const overlapping = listed.filter((message) => overlapsMessage(message, finding))
      if (overlapping.some((message) => confidenceOf(message) > finding.confidence)) continue
      for (const message of overlapping) file.messages.splice(file.messages.indexOf(message), 1)
      report(file, {
        ruleId: RULE_ID,
        start: finding.start,
        end: finding.end,
        reason: finding.reason,
        rewrites: finding.rewrites,
        note: NOTE,
        confidence: finding.confidence
      })
    }
  }
}

interface Finding {
  start: number
  end: number
  reason: string
  rewrites: Rewrite[]
  confidence: number
}

type Message = VFile['messages'][number]

/** Nouns before research or papers that open their noun phrase with them: "a recent study", "some internal documents". */
const CITATION_DETERMINERS = new Set([
  'a',
  'an',
  'one',
  'some',
  'several',
  'many',
  'numerous',
  'multiple',
  'various',
  'few'
])
/** The present forms a plural subject takes, and the singular "[source]" takes instead: "studies show" → "[source] shows". */
const SINGULAR_FORMS: ReadonlyMap<string, string> = new Map([
  ['have', 'has'],
  ['are', 'is'],
  ['were', 'was'],
  ['do', 'does'],
  ['show', 'shows'],
  ['suggest', 'suggests'],
  ['indicate', 'indicates'],
  ['prove', 'proves'],
  ['confirm', 'confirms'],
  ['find', 'finds'],
  ['reveal', 'reveals']
])

/**
 * The word list's finding on research or papers cited without a name ("a
 * recent study found", "studies show", "internal documents reveal"), given
 * its rewrite: the finding takes the determiner and modifiers before the
 * match ("A recent study found" whole, not "recent study found" leaving "A"),
 * and "[source]" keeps the verb's tense, made singular where the noun was
 * plural ("studies show" → "[source] shows", "A survey found" → "[source]
 * found", "research has long shown" → "[source] has long shown"). No rewrite
 * where a possessive or a name opens the phrase ("the agency's reports").
 */
function withCitationRewrite(file: VFile, sentences: readonly SentenceTokens[], message: Message): Message {
  const place = message.place
  if (!place || !('start' in place) || place.start.offset === undefined || place.end.offset === undefined)
    return message
  const text = String(file.value)
  const start = place.start.offset
  const end = place.end.offset
  const actual = text.slice(start, end)
  const research = message.reason === RESEARCH_MESSAGE.replace('{actual}', actual)
  if (!research && message.reason !== PAPERS_MESSAGE.replace('{actual}', actual)) return message
  const sentence = sentences.find((candidate) => candidate.start <= start && start < candidate.end)
  if (!sentence) return message
  const {tokens} = sentence
  const tags = partOfSpeech(sentence)
  const first = tokens.findIndex((token) => token.start === start)
  const last = tokens.findIndex((token) => token.end === end)
  if (first < 0 || last < 0) return message
  // The head noun: the last of the nouns that open the match ("study" in "recent study found").
  let head = first
  while (head + 1 < last && ['NOUN', 'ADJ', 'NUM', 'DET'].includes(tags[head + 1]?.pos ?? '')) head++
  // Back over the determiner and modifiers: "A recent", "Recently released", "some internal".
  let from = first
  const opening = tokens.findIndex(isWord)
  for (let at = first - 1; at >= 0; at--) {
    const token = tokens[at]
    if (!isWord(token)) break
    // The tagger reads a capitalized first word as a name ("Internal documents"): an adjective in lower case is none
    // ("Harvard research" may name its source, and keeps it).
    const lower =
      at === opening && tags[at]?.pos === 'PROPN' ? tagText(text.slice(token.start, end).toLowerCase())[0] : undefined
    const pos = lower?.pos === 'ADJ' ? 'ADJ' : (tags[at]?.pos ?? '')
    const modifier =
      CITATION_DETERMINERS.has(token.lower) ||
      pos === 'ADJ' ||
      pos === 'NUM' ||
      (pos === 'NOUN' && !/['’]s?$/.test(token.text)) ||
      (pos === 'VERB' && /ed$/.test(token.lower) && at + 1 === from) ||
      (pos === 'ADV' && /ly$/.test(token.lower) && ['VERB', 'ADJ'].includes(tags[at + 1]?.pos ?? ''))
    if (!modifier) break
    from = at
    if (CITATION_DETERMINERS.has(token.lower)) break
  }
  const before = tokens[from - 1]
  // "the agency's reports", "Harvard research": the phrase opens with someone's name, no place for "[source]".
  const opens =
    !isWord(before) ||
    !(
      /['’]s?$/.test(before.text) ||
      ['DET', 'PROPN', 'NOUN', 'ADJ', 'NUM'].includes(tags[from - 1]?.pos ?? '') ||
      ['the', 'this', 'these', 'that', 'those'].includes(before.lower)
    )
  const rewrites: Rewrite[] = []
  const phraseStart = tokens[from].start
  if (opens) {
    const plural = /s$/.test(tokens[head].lower) || tokens[head].lower === 'data'
    let agreed = false
    const rest = tokens
      .slice(head + 1, last + 1)
      .map((token, offset) => {
        const at = head + 1 + offset
        const gap = text.slice(tokens[at - 1].end, token.start)
        if (agreed || !isWord(token) || tags[at]?.pos === 'ADV') return gap + token.text
        agreed = true
        return gap + (plural ? (SINGULAR_FORMS.get(token.lower) ?? token.text) : token.text)
      })
      .join('')
    const replacement = `[source]${rest}`
    rewrites.push({
      replacement,
      title: `Name the source: replace “${text.slice(phraseStart, end)}” with “${replacement}”`
    })
  }
  const spanStart = opens ? phraseStart : start
  const index = file.messages.indexOf(message)
  file.messages.splice(index, 1)
  const template = research ? RESEARCH_MESSAGE : PAPERS_MESSAGE
  report(file, {
    ruleId: RULE_ID,
    start: spanStart,
    end,
    reason: template.replace('{actual}', text.slice(spanStart, end)),
    rewrites,
    note: NOTE,
    confidence: confidenceOf(message)
  })
  const replaced = file.messages.pop()!
  file.messages.splice(index, 0, replaced)
  return replaced
}

/**
 * A vague number of a crowd that acts rather than speaks ("many people who took part had not claimed the
 * prize", "brought many people back"): no view is borrowed, so "[named sources]" would name no one's source.
 * Its question is how many, or who; it has no rewrite.
 */
function asVagueNumber(file: VFile, message: Message): Message {
  const place = message.place
  if (confidenceOf(message) !== VAGUE_NUMBER || !place || !('start' in place)) return message
  const start = place.start.offset
  const end = place.end.offset
  if (start === undefined || end === undefined) return message
  const index = file.messages.indexOf(message)
  file.messages.splice(index, 1)
  const actual = String(file.value).slice(start, end)
  report(file, {
    ruleId: RULE_ID,
    start,
    end,
    reason: `How many, and who? “${actual}” is a vague number of people. Give the number, or say who they are.`,
    rewrites: [],
    note: NOTE,
    confidence: VAGUE_NUMBER
  })
  const replaced = file.messages.pop()!
  file.messages.splice(index, 0, replaced)
  return replaced
}

function overlapsMessage(message: Message, finding: Finding): boolean {
  const place = message.place
  if (!place || !('start' in place)) return false
  const start = place.start.offset ?? 0
  const end = place.end.offset ?? 0
  return start < finding.end && finding.start < end
}

function confidenceOf(message: Message): number {
  return (message as unknown as Record<string, number | undefined>)[CONFIDENCE] ?? 0.8
}

const isWord = (token: WordToken | undefined): token is WordToken =>
  token !== undefined && token.node.type === 'WordNode'

/**
 * Whether a source is named in reach of the words from `first` to `last`:
 * an attribution carried over from the sentences before (reading/claims.ts),
 * or one in the sentence that is not those words themselves ("It is said",
 * read as a verb of saying, is no source for itself).
 */
function sourceInReach(file: VFile, sentence: SentenceTokens, first = 0, last = -1): boolean {
  const reach = sourceReachOf(file).get(sentence)
  if (!reach) return false
  return reach.carried || (reach.sourced && namedSourceIn(file, sentence, first, last))
}

interface Reach {
  /** The sentence names a source of its own (claims.ts). */
  sourced: boolean
  /** An attribution from the sentences before still holds here. */
  carried: boolean
  /** A headline or a line with no stop (claims.ts): too short to name a source, which the story below it gives. */
  headline: boolean
}

const reachCache = new WeakMap<object, ReadonlyMap<SentenceTokens, Reach>>()

function sourceReachOf(file: VFile): ReadonlyMap<SentenceTokens, Reach> {
  const context = contextOf(file)!
  let reach = reachCache.get(context)
  if (!reach) {
    const claims = analyzeClaims(
      context.document.tree,
      context.document,
      context.headlineFigures,
      context.attributionBefore
    )
    const map = new Map<SentenceTokens, Reach>()
    claims.forEach((claim, index) => {
      const before = claims[index - 1]
      const holds = before?.attributionHolds && before.sentence.paragraph === claim.sentence.paragraph
      map.set(claim.sentence, {
        sourced: claim.sourced,
        // An account carried on from a holder of views ("Analysts believe…") names no source for hearsay after it.
        carried: ((claim.supported && !claim.sourced) || (claim.sourced && holds)) && !claim.vagueCarry,
        headline: claim.headline
      })
    })
    reach = map
    reachCache.set(context, reach)
  }
  return reach
}

/** Vague words after "according to" that name no one. */
const VAGUE_AFTER_ACCORDING = new Set([
  'some',
  'many',
  'most',
  'others',
  'critics',
  'experts',
  'reports',
  'sources',
  'observers',
  'analysts',
  'insiders',
  'rumors',
  'rumours',
  'people',
  'estimates',
  'accounts',
  'legend',
  'tradition'
])

/**
 * A source named in the sentence outside the matched words: "according to"
 * someone, an attributed quotation, or a verb of saying (not in the passive)
 * with a subject that is not a vague crowd.
 */
function namedSourceIn(file: VFile, sentence: SentenceTokens, first: number, last: number): boolean {
  const {tokens} = sentence
  const words = tokens.map((token) => token.lower)
  const outside = (index: number) => index < first || index > last
  for (let index = 0; index < tokens.length; index++) {
    if (
      words[index] === 'according' &&
      words[index + 1] === 'to' &&
      outside(index) &&
      !VAGUE_AFTER_ACCORDING.has(words[index + 2] ?? '')
    )
      return true
  }
  const tags = partOfSpeech(sentence)
  // A quotation counts as attributed when a verb of saying stands near it; the passive's own "said" does not name its speaker.
  const matchSays = words
    .slice(first, last + 1)
    .some((word, offset) => attributionKind(word, tags[first + offset]?.lemma) === 'saying')
  if (!matchSays && hasAttributedVoice(contextOf(file)!.document, {start: sentence.start, end: sentence.end}))
    return true
  return tokens.some((_token, index) => {
    if (
      !outside(index) ||
      tags[index]?.pos !== 'VERB' ||
      attributionKind(words[index], tags[index]!.lemma) !== 'saying'
    )
      return false
    if (isPassive(words, tags, index)) return false
    // "said that…", "said, “…”", "…, she said.": words reported; "conceded defeat" is an act.
    const next = tokens[index + 1]
    const reports =
      !next ||
      !isWord(next) ||
      ['that', 'the', 'a', 'an', 'it', 'he', 'she', 'they', 'we', 'i', 'this'].includes(next.lower) ||
      tags[index + 1]?.pos === 'PRON'
    if (!reports) return false
    let at = index - 1
    while (at >= 0 && (tags[at]?.pos === 'ADV' || tags[at]?.pos === 'AUX' || tags[at]?.pos === 'PART')) at--
    const subject = words[at] ?? ''
    return (
      at >= 0 &&
      isWord(tokens[at]) &&
      !QUANTIFIER_SUBJECTS.has(subject) &&
      !OPINION_HOLDERS.has(subject) &&
      !ANONYMOUS.has(subject) &&
      !CROWDS.has(subject) &&
      ['PROPN', 'PRON', 'NOUN'].includes(tags[at]?.pos ?? '')
    )
  })
}

/** Whether the sentence or one beside it in its paragraph speaks of a charge, a court or a crime. */
function inLegalContext(sentences: readonly SentenceTokens[], position: number): boolean {
  const here = sentences[position]
  return [sentences[position - 1], here, sentences[position + 1]].some(
    (sentence) =>
      sentence !== undefined &&
      sentence.paragraph === here.paragraph &&
      sentence.tokens.some((token) => LEGAL_CONTEXT.has(token.lower))
  )
}

/** Degree words between a hedge and its adjective: "apparently too callow", "supposedly very safe". */
const DEGREE = new Set([
  'too',
  'very',
  'so',
  'quite',
  'rather',
  'more',
  'less',
  'most',
  'least',
  'fairly',
  'pretty',
  'extremely'
])

/** Material a hedge describes when no one has verified it ("a photograph purportedly showing", "a letter allegedly written"). */
const MATERIAL = new Set([
  'photo',
  'photos',
  'photograph',
  'photographs',
  'image',
  'images',
  'picture',
  'pictures',
  'video',
  'videos',
  'footage',
  'clip',
  'clips',
  'audio',
  'recording',
  'recordings',
  'tape',
  'tapes',
  'letter',
  'letters',
  'document',
  'documents',
  'memo',
  'memos',
  'email',
  'emails',
  'message',
  'messages',
  'post',
  'posts',
  'tweet',
  'tweets',
  'screenshot',
  'screenshots',
  'file',
  'files',
  'map',
  'account',
  'accounts',
  'page',
  'website',
  'note',
  'notes',
  'statement',
  'manifesto'
])

/** "reportedly", "apparently": hearsay in the writer's voice, when no source is in reach. */
function hearsay(file: VFile, sentences: readonly SentenceTokens[], position: number): Finding[] {
  const sentence = sentences[position]
  const {tokens} = sentence
  const findings: Finding[] = []
  tokens.forEach((token, index) => {
    const base = HEARSAY_ADVERBS.get(token.lower)
    if (base === undefined || !isWord(token)) return
    const tags = partOfSpeech(sentence)
    // "supposedly independent", "apparently unaware", "apparently too callow": before an adjective it grades a quality
    // (loaded language, or the writer's inference).
    const next =
      tags[index + 1]?.pos === 'ADV' && DEGREE.has(tokens[index + 1].lower) ? tags[index + 2] : tags[index + 1]
    if (next && next.pos === 'ADJ' && token.lower !== 'reportedly' && token.lower !== 'reputedly') return
    if (token.lower === 'allegedly' && inLegalContext(sentences, position)) return
    // "a photograph purportedly showing…", "a video that allegedly shows…": the hedge accuracy asks of material no one
    // has verified, whose source is the material itself; weaker evidence, shown at thorough.
    const material = tokens[index - 1]?.lower === 'that' || tokens[index - 1]?.lower === 'which' ? index - 2 : index - 1
    // "Senator Reportedly Called to Jury Duty": a headline's hedge is the news formula; its story names the source.
    const sourced =
      sourceInReach(file, sentence, index, index) ||
      MATERIAL.has(tokens[material]?.lower ?? '') ||
      sourceReachOf(file).get(sentence)?.headline === true
    findings.push({
      start: token.start,
      end: token.end,
      reason: `“${token.text}” passes on a claim without saying who made it. Name the source, or cut the hedge and stand behind the fact.`,
      rewrites: [
        {
          replacement: '(according to [source])',
          title: `Name the source: replace “${token.text}” with “(according to [source])”`
        }
      ],
      confidence: sourced ? Math.min(base, SOURCED_HEARSAY) : base
    })
  })
  return findings
}

/**
 * A vague or collective subject with a verb of saying, believing or judging,
 * read by reading/vague-views.ts: "critics took aim", "many believe".
 */
function vagueAttributions(file: VFile, sentences: readonly SentenceTokens[], position: number): Finding[] {
  const {tokens} = sentences[position]
  return readVagueViews(file, sentences, position).map(({start, end, subject, verbEnd, confidence}) => ({
    start,
    end,
    reason: `Who? “${String(file.value).slice(start, end)}” gives a view to ${subject.kind === 'crowd' ? 'a crowd' : 'unnamed people'} without saying whose it is. Name the source, or cut the claim.`,
    rewrites: rewritesFor(file, tokens, subject, verbEnd),
    confidence
  }))
}

/** "[named sources] now say" for "her apologists now say"; "[source] says" for a singular verb. No rewrite for a relative clause. */
function rewritesFor(file: VFile, tokens: readonly WordToken[], subject: VagueSubject, end: number): Rewrite[] {
  if (subject.relative) return []
  const text = String(file.value)
  const placeholder = subject.singular ? '[source]' : '[named sources]'
  const rest = text.slice(tokens[subject.end].end, tokens[end].end)
  const replacement = placeholder + rest
  return [
    {
      replacement,
      title: `Name the source: replace “${text.slice(tokens[subject.first].start, tokens[end].end)}” with “${replacement}”`
    }
  ]
}
