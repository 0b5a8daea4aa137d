import {WEEKDAYS} from '../reading/claims.data'
import {closingAttribution} from '../reading/closing-attribution'
import type {Root} from 'nlcst'
import {toString} from 'nlcst-to-string'
import type {VFile} from 'vfile'
import {contextOf, sentencesOf, type SentenceTokens, type WordToken} from '../reading/sentences'
import {baseForm, capitalize} from '../rewrites/english'
import {PhraseMatcher, type WordClass} from '../reading/phrase-matcher'
import {partOfSpeech, tagText, type PartOfSpeech, type TaggedWord} from '../reading/part-of-speech'
import {isSayingVerb} from '../reading/speech'
import {report, type Rewrite} from '../rewrites/report'
import {OUR_SOURCE_ID} from './meta'

/** The parts of speech an entry can name: the sense in which its word judges ("claims" the verb, not the noun). */
export type Sense = 'ADJ' | 'ADV' | 'NOUN' | 'VERB'

/** One entry of a rule's word list: what to find, when it counts, and what to offer instead. */
export interface LexiconEntry {
  /** Patterns in PhraseMatcher syntax ("many|some <people> say|said"). */
  patterns: readonly string[]
  /** The finding's message; `{actual}` stands for the matched words. Falls back to the rule's. */
  message?: string
  /**
   * Replacements for the matched words, best first; `''` deletes them cleanly.
   * `{actual}` stands for the matched words, `{rest}` for all but the first,
   * `{first}` and `{2}` for the first and second words, `{last}` for the last word and `{base}` for the last word's base form.
   * A replacement is a word of the same part of speech as the one it replaces,
   * and holds in every sense the entry fires in. It is offered only where it
   * fits the words around it (see `fitsContext`): a verb where it takes what
   * follows ("teach" not before "into", "fall sharply" not before an object),
   * a participle before a noun only where it reads as an adjective, a noun of
   * another number only where no verb or determiner agrees with it, and a
   * deletion not where it would leave a predicate, a degree word or an empty
   * noun with nothing to say.
   */
  rewrites?: readonly string[]
  /**
   * Rewrites for a sense the sentence shows, tried in order: the first variant
   * whose conditions hold replaces `rewrites` ("thugs" among militias are
   * "fighters"; a poll "showed" where a person "said").
   */
  rewritesWhen?: readonly RewriteVariant[]
  /**
   * Report only when the matched word (a phrase's last word) is used as one of
   * these parts of speech, as the tagger reads it in its sentence: "claims" as
   * a verb of saying, not "the woman's claims"; "inspiring" as an adjective,
   * not "words inspiring Americans to vote"; "revered" as a judgement, not
   * "revered by Muslims", a passive that names who holds the view.
   */
  partOfSpeech?: Sense | readonly Sense[]
  /** Report only when the next word is used as one of these parts of speech ("supposedly" before an adjective). */
  beforePartOfSpeech?: readonly Sense[]
  /** Skip when the next word is used as one of these parts of speech. */
  unlessBeforePartOfSpeech?: readonly Sense[]
  /** Skip when the word just before the match is one of these. */
  unlessBefore?: readonly string[]
  /** Skip when the word just after the match is one of these. */
  unlessAfter?: readonly string[]
  /** Report only when the word just after the match is one of these (or punctuation, if listed as ","). */
  onlyBefore?: readonly string[]
  /**
   * Skip when the sentence has any of these words, in any inflection (they are
   * compared with each word and its lemma): the context where the wording is
   * ordinary (a court for "alleged", a war for "carnage").
   */
  unlessSentenceHas?: readonly string[]
  /** As `unlessSentenceHas`, over the sentence and its neighbours in the paragraph ("Police arrested a man. He allegedly…"). */
  unlessNearby?: readonly string[]
  /**
   * Skip when the matched verb takes a direct object whose head noun has one of
   * these lemmas: the literal sense ("conceded the race", "conceded defeat"),
   * not the verb of saying ("conceded that the plan had failed").
   */
  unlessObject?: readonly string[]
  /**
   * Report the matched verb only when it introduces what was said: a clause
   * ("claimed that…", "claims the plan failed", "revealed he was leaving") or
   * an infinitive ("claimed to have learned"), not a noun object ("claimed
   * the title", "revealed a plan", "admitted to hospital").
   */
  onlyWithClause?: boolean
  /**
   * Skip when the matched adjective modifies a noun with one of these lemmas:
   * then it names a kind of that thing rather than judging
   * ("the most dishonest rating" is the name of a fact-checker's rating).
   */
  unlessModifies?: readonly string[]
  /**
   * Skip inside words the writer reports from someone else: the clause after a
   * verb of saying or thinking with its own subject ("she claimed he was a
   * terrorist", "many think the country is in desperate need"), the words after
   * "spoke of" or "described as". The speaker chose them, not the writer.
   */
  unlessReported?: boolean
  /**
   * Skip when a verb of saying attributes a claim in the sentence or the one
   * before: then a hedge ("supposed", "so-called") marks someone else's view
   * rather than scorning it ("the supposed cure, which the company says…").
   */
  unlessAttributed?: boolean
  /**
   * The word family of a label that may be the article's own subject
   * ("terrorist", "terrorism" and "terror" for /^terror/). When the family
   * recurs through the article (see SUBJECT_LINES), the article is about that
   * category and the word is its neutral name there: the entry is not reported
   * in that article.
   */
  subjectTerm?: RegExp
  /**
   * Skip in an article whose text matches this anywhere: the topic that makes
   * the word literal throughout ("lefties" in an article about left-handed
   * people, where "left-handed" is said once and "lefties" ten times).
   * Tested once per article.
   */
  unlessArticleHas?: RegExp
  /** Skip when the first matched word is capitalized inside a sentence: a name ("Empire State Building"). */
  skipProperNoun?: boolean
  /** Report only as an aside: at the start of the sentence or after a comma, and followed by a comma. */
  parenthetical?: boolean
  /** How sure a finding of this entry is, 0 to 1 (rewrites/report.ts); the rule's declared confidence when left out. */
  confidence?: number
}

/** Rewrites for one sense of an entry, with the conditions that show that sense; every condition given must hold. */
export interface RewriteVariant {
  /** The sentence has one of these words (as written or by lemma) outside the match. */
  sentenceHas?: readonly string[]
  /** The matched verb's subject (the word before it, past adverbs and auxiliaries) is one of these, as written or by lemma. */
  subject?: readonly string[]
  /** The word just before the match is a name (a capitalized word inside the sentence): "the Weinstein debacle". */
  afterName?: boolean
  /** The rewrites of this sense; none when no neutral word fits it. */
  rewrites: readonly string[]
}

export interface LexiconRuleOptions {
  ruleId: string
  entries: readonly LexiconEntry[]
  classes?: Readonly<Record<string, WordClass>>
  /** The message when an entry has none; `{actual}` stands for the matched words. */
  message: string
  note: string
  /** Title for a rewrite; defaults to "Replace with …" or "Delete …". */
  rewriteTitle?: (actual: string, replacement: string) => string
  /** Last word on a match before it is reported: return false to drop it. */
  accept?: (match: LexiconMatch) => boolean
  /** The confidence of a match from what the rule reads around it; the entry's `confidence` when it returns undefined. */
  confidence?: (match: LexiconMatch, file: VFile) => number | undefined
  /**
   * Skip matches the tagger reads as part of a name (a PROPN written with a
   * capital: "Savage Garden", "the Brutal Truth Tour"): a name is not the
   * writer's judgement.
   */
  skipNames?: boolean
}

export interface LexiconMatch {
  entry: LexiconEntry
  sentence: SentenceTokens
  first: number
  last: number
}

/** Word families of subject terms, from every lexicon rule built, by their source. */
const SUBJECT_FAMILIES = new Map<string, RegExp>()
/** Topics that make a word literal throughout an article (`unlessArticleHas`), by their key among the subjects. */
const ARTICLE_TOPICS = new Map<string, RegExp>()
const topicKey = (pattern: RegExp) => `topic:${pattern.source}`

/**
 * How many lines (paragraphs, in news copy) of an article must use a label's
 * family for the label to be the article's subject. One or two uses is a
 * writer reaching for the word; three paragraphs or more is the category the
 * article reports on (an article on terrorism financing says "terrorist"
 * throughout). A headline alone is not enough: a headline's label is often
 * the judgement itself ("Employees Were Radical Racists").
 */
export const SUBJECT_LINES = 3

/** Builds a retext plugin that reports every entry of a word list, in context, with its rewrites. */
export function createLexiconRule(options: LexiconRuleOptions) {
  const matcher = new PhraseMatcher(
    options.entries.map((entry) => ({entry, patterns: entry.patterns})),
    options.classes
  )
  for (const entry of options.entries) {
    if (entry.subjectTerm) {
      SUBJECT_FAMILIES.set(entry.subjectTerm.source, new RegExp(entry.subjectTerm.source, 'i'))
      anyFamily = undefined
    }
    if (entry.unlessArticleHas) ARTICLE_TOPICS.set(topicKey(entry.unlessArticleHas), entry.unlessArticleHas)
  }
  return function lexiconRule() {
    return function (tree: Root, file: VFile) {
      const sentences = sentencesOf(tree)
      sentences.forEach((sentence, position) => {
        const reading = new Reading(sentences, position)
        // At each place the longest entry that applies in context wins: "savage" the verb when the adjective does not apply.
        const accepted = matcher.matchAll(sentence.tokens, ({entry, first, last}) => {
          const match = {entry, sentence, first, last}
          return inContext(match, reading, file, options) && (!options.accept || options.accept(match))
        })
        for (const {entry, first, last} of accepted) reportMatch(file, {entry, sentence, first, last}, reading, options)
      })
    }
  }
}

/**
 * The label families that are the subject of this article: those whose words
 * appear on at least SUBJECT_LINES lines of the text; and the topics
 * (`unlessArticleHas`) it mentions at all. Counted over the whole article, so
 * a lint of one part (the incremental linter) passes them in.
 */
export function subjectTermsOf(text: string): Set<string> {
  return subjectTermsFromCounts(subjectLineCounts(text))
}

/** For each known label family, how many lines of `text` use it. */
export function subjectLineCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>()
  if (SUBJECT_FAMILIES.size === 0 && ARTICLE_TOPICS.size === 0) return counts
  // One test of each word against every family at once: most words are in none of them.
  anyFamily ??= new RegExp(
    [...SUBJECT_FAMILIES.values()].map((family) => `(?:${family.source})`).join('|') || '(?!)',
    'i'
  )
  const families = new Set<string>()
  for (const line of text.split(/\r\n|\r|\n/)) {
    for (const [key, topic] of ARTICLE_TOPICS) if (topic.test(line)) counts.set(key, (counts.get(key) ?? 0) + 1)
    const words = line.match(/[\p{L}][\p{L}'’-]*/gu)
    if (!words) continue
    families.clear()
    for (const word of words) {
      if (!anyFamily.test(word)) continue
      for (const [key, family] of SUBJECT_FAMILIES) if (family.test(word)) families.add(key)
    }
    if (families.size > 0)
      for (const key of SUBJECT_FAMILIES.keys()) if (families.has(key)) counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return counts
}

/** All the label families in one expression, built once the rules have declared them. */
let anyFamily: RegExp | undefined

export function subjectTermsFromCounts(counts: ReadonlyMap<string, number>): Set<string> {
  return new Set(
    [...counts].filter(([key, lines]) => lines >= (ARTICLE_TOPICS.has(key) ? 1 : SUBJECT_LINES)).map(([key]) => key)
  )
}

const documentSubjects = new WeakMap<object, ReadonlySet<string>>()

function subjectsOf(file: VFile): ReadonlySet<string> {
  const context = contextOf(file)
  if (!context) return subjectTermsOf(String(file.value))
  if (context.subjectTerms) return context.subjectTerms
  let subjects = documentSubjects.get(context.document)
  if (!subjects) {
    subjects = subjectTermsOf(context.document.text)
    documentSubjects.set(context.document, subjects)
  }
  return subjects
}

/** Whether the article mentions the topic anywhere: read with its subjects, over the whole article. */
function articleHas(file: VFile, pattern: RegExp): boolean {
  return subjectsOf(file).has(topicKey(pattern))
}

/** What the tagger says of a word: its part of speech and lemma. */
interface Tag {
  pos: PartOfSpeech
  lemma: string
}

const sentenceTagCache = new WeakMap<SentenceTokens, ReadonlyArray<Tag | undefined>>()
const titleCaseCache = new WeakMap<SentenceTokens, boolean>()

/**
 * A sentence with what the rule may need to know about it, worked out only
 * when a match asks: the tagger runs on a sentence only when one of its
 * matches depends on a part of speech or a lemma.
 */
class Reading {
  constructor(
    private readonly sentences: readonly SentenceTokens[],
    private readonly position: number
  ) {}

  get sentence(): SentenceTokens {
    return this.sentences[this.position]
  }

  /** Tags parallel to the sentence's tokens; a headline in Title Case is tagged in lower case, where wink reads it as prose. */
  tags(sentence = this.sentence): ReadonlyArray<Tag | undefined> {
    let tags = sentenceTagCache.get(sentence)
    if (!tags) {
      tags = isTitleCase(sentence) ? lowerCaseTags(sentence) : partOfSpeech(sentence)
      sentenceTagCache.set(sentence, tags)
    }
    return tags
  }

  /** The sentences before and after this one in its paragraph. */
  neighbours(): SentenceTokens[] {
    const {paragraph} = this.sentence
    return [this.sentences[this.position - 1], this.sentences[this.position + 1]].filter(
      (sentence): sentence is SentenceTokens => sentence !== undefined && sentence.paragraph === paragraph
    )
  }

  previous(): SentenceTokens | undefined {
    const sentence = this.sentences[this.position - 1]
    return sentence && sentence.paragraph === this.sentence.paragraph ? sentence : undefined
  }

  /** The part of speech a word has in its sentence, with two corrections the tagger misses (see `partOfSpeech`). */
  sense(index: number): PartOfSpeech | undefined {
    const {tokens} = this.sentence
    const tags = this.tags()
    const tag = tags[index]
    if (!tag) return undefined
    if (tag.pos !== 'ADJ' && tag.pos !== 'VERB') return tag.pos
    const word = tokens[index].lower
    const next = tokens[index + 1]
    // "revered by Muslims", "celebrated by critics": a passive that names who holds the view.
    if (/(?:ed|en)$/.test(word) && next?.lower === 'by') return 'VERB'
    // "words inspiring Americans to vote": a participle after a noun, taking an object.
    const before = tags[index - 1]?.pos
    const after = tags[index + 1]?.pos
    if (
      word.endsWith('ing') &&
      (before === 'NOUN' || before === 'PROPN') &&
      after !== undefined &&
      ['DET', 'NOUN', 'PROPN', 'PRON', 'NUM'].includes(after)
    )
      return 'VERB'
    // "a highly respected philosopher", "the disgraced former sheriff", "a group of obscure activists": a word
    // between a determiner, a preposition or a modifier and the noun it modifies is an adjective, whatever the tagger says.
    const possessive = /['’]s$/i.test(tokens[index - 1]?.text ?? '')
    if (
      tag.pos === 'VERB' &&
      (before === undefined || possessive || ATTRIBUTIVE_BEFORE.has(before)) &&
      (after === 'NOUN' || after === 'ADJ' || after === 'PROPN')
    )
      return 'ADJ'
    return tag.pos
  }

  /** Whether the sentence has any of the words, as written or by lemma, outside the tokens `skip` (the match itself: "murdered" is no murder context for itself). */
  has(words: ReadonlySet<string>, sentence = this.sentence, skip?: {first: number; last: number}): boolean {
    const outside = (index: number) => !skip || index < skip.first || index > skip.last
    if (sentence.tokens.some((token, index) => outside(index) && words.has(token.lower))) return true
    return this.tags(sentence).some((tag, index) => tag !== undefined && outside(index) && words.has(tag.lemma))
  }
}

/** What may stand before an adjective used before its noun. */
const ATTRIBUTIVE_BEFORE: ReadonlySet<PartOfSpeech> = new Set([
  'DET',
  'ADP',
  'ADJ',
  'ADV',
  'NUM',
  'PRON',
  'CCONJ',
  'PART'
])

const wordSets = new WeakMap<readonly string[], ReadonlySet<string>>()

function setOf(words: readonly string[]): ReadonlySet<string> {
  let set = wordSets.get(words)
  if (!set) {
    set = new Set(words)
    wordSets.set(words, set)
  }
  return set
}

/**
 * A headline in Title Case (or in capitals): after the first word, at least
 * seven words in ten start with a capital. A sentence that only names a few
 * people and places stays below that ("She met Ana Ruiz at the White House").
 */
function isTitleCase(sentence: SentenceTokens): boolean {
  let cached = titleCaseCache.get(sentence)
  if (cached === undefined) {
    const words = sentence.tokens
      .filter((token) => token.node.type === 'WordNode' && /^\p{L}/u.test(token.text))
      .slice(1)
    const capitalized = words.filter((token) => /^\p{Lu}/u.test(token.text)).length
    cached = words.length >= 3 && capitalized >= 0.7 * words.length
    titleCaseCache.set(sentence, cached)
  }
  return cached
}

const NOT_HEAD: ReadonlySet<PartOfSpeech> = new Set(['PUNCT', 'SPACE', 'X', 'SYM'])

/** Tags for a Title Case sentence, read in lower case (in Title Case wink tags nearly every word as a proper noun). */
function lowerCaseTags(sentence: SentenceTokens): ReadonlyArray<Tag | undefined> {
  const run = toString(sentence.sentence)
  const lower = run.toLowerCase()
  const base = sentence.sentence.position?.start.offset
  if (lower.length !== run.length || base === undefined) return partOfSpeech(sentence)
  const words = tagText(lower)
  return sentence.tokens.map((token) => {
    if (token.node.type !== 'WordNode') return undefined
    const start = token.start - base
    const end = token.end - base
    const overlapping = words.filter((word) => word.start < end && word.end > start && !NOT_HEAD.has(word.pos))
    if (overlapping.length === 0) return undefined
    const head = /[-‐‑]/.test(token.text) ? overlapping[overlapping.length - 1] : overlapping[0]
    return {pos: head.pos, lemma: head.lemma}
  })
}

/** The nearest word before or after a match, skipping nothing: punctuation counts as "," etc. */
function neighbour(tokens: readonly WordToken[], index: number): string | undefined {
  const token = tokens[index]
  return token ? token.lower : undefined
}

/** Whether the last matched word is joined to others by hyphens (as one engine word, or spaced: "award - winning"). */
function isCompound(tokens: readonly WordToken[], first: number, last: number): boolean {
  return /[-‐‑]/.test(tokens[last].text) || (last > first && tokens[last - 1].text === '-')
}

const asList = (sense: Sense | readonly Sense[]): readonly string[] => (typeof sense === 'string' ? [sense] : sense)

function inContext(match: LexiconMatch, reading: Reading, file: VFile, options: LexiconRuleOptions): boolean {
  const {entry, sentence, first, last} = match
  const {tokens} = sentence
  const before = neighbour(tokens, first - 1)
  const after = neighbour(tokens, last + 1)
  if (entry.unlessBefore && before !== undefined && entry.unlessBefore.includes(before)) return false
  if (entry.unlessAfter && after !== undefined && entry.unlessAfter.includes(after)) return false
  if (entry.onlyBefore && (after === undefined || !entry.onlyBefore.includes(after))) return false
  if (entry.skipProperNoun && first > 0 && /^\p{Lu}/u.test(tokens[first].text) && !isTitleCase(sentence)) return false
  if (entry.parenthetical) {
    const opensAside = first === 0 || before === ',' || (first === 1 && tokens[0].node.type !== 'WordNode')
    if (!opensAside || after !== ',') return false
  }
  if (entry.subjectTerm && subjectsOf(file).has(entry.subjectTerm.source)) return false
  if (entry.unlessArticleHas && articleHas(file, entry.unlessArticleHas)) return false
  // The checks below read parts of speech and lemmas: the tagger runs only when a match gets this far.
  // A compound written with hyphens ("award-winning", "much-touted") is read whole: the tagger's word for its last part is no guide.
  if (entry.partOfSpeech && !isCompound(tokens, first, last) && !fitsSense(reading, last, asList(entry.partOfSpeech)))
    return false
  if (entry.beforePartOfSpeech || entry.unlessBeforePartOfSpeech) {
    const next = tokens[last + 1]?.node.type === 'WordNode' ? reading.sense(last + 1) : undefined
    if (entry.beforePartOfSpeech && (next === undefined || !entry.beforePartOfSpeech.includes(next as Sense)))
      return false
    if (entry.unlessBeforePartOfSpeech && next !== undefined && entry.unlessBeforePartOfSpeech.includes(next as Sense))
      return false
  }
  if (options.skipNames && isName(reading, first, last)) return false
  if (entry.unlessSentenceHas && reading.has(setOf(entry.unlessSentenceHas), sentence, match)) return false
  if (entry.unlessNearby) {
    const words = setOf(entry.unlessNearby)
    if (reading.has(words, sentence, match) || reading.neighbours().some((other) => reading.has(words, other)))
      return false
  }
  if (entry.unlessObject && hasObject(reading, last, setOf(entry.unlessObject))) return false
  if (entry.onlyWithClause && !introducesClause(reading, last)) return false
  if (entry.unlessModifies && modifies(reading, last, setOf(entry.unlessModifies))) return false
  if (entry.unlessReported && isReported(reading, first, last)) return false
  if (entry.unlessAttributed && isAttributed(reading, first, last)) return false
  return true
}

/**
 * Whether the word at `index` is used as one of the parts of speech. Where the
 * tagger reads an adjective's form as an adverb, it is the adjective; where it reads two nouns, the first one modifies the second as an adjective
 * does ("his grotesque appearance", tagged noun + noun); and a noun between a
 * plain subject and a clause is the verb ("the agency claims that…", "the
 * mayor claims the budget…").
 */
function fitsSense(reading: Reading, index: number, senses: readonly string[]): boolean {
  const sense = reading.sense(index)
  if (sense === undefined || senses.includes(sense)) return true
  // "two exclusive but awful new tracks": an adjective's form read as an adverb before another adjective is still the adjective.
  if (sense === 'ADV' && senses.includes('ADJ') && !/ly$/i.test(reading.sentence.tokens[index].text)) return true
  if (sense !== 'NOUN') return false
  const tags = reading.tags()
  const next = tags[index + 1]
  if (senses.includes('ADJ') && (next?.pos === 'NOUN' || next?.pos === 'PROPN')) return true
  const before = tags[index - 1]?.pos
  // "the woman’s claims that…" is the noun: a possessive before it.
  if (
    !senses.includes('VERB') ||
    (before !== 'NOUN' && before !== 'PROPN') ||
    /['’]s$/i.test(reading.sentence.tokens[index - 1].text)
  )
    return false
  // "The mayor claims the budget…": after a plain subject ("the mayor", "Smith"), a noun that opens a clause is the verb.
  const subjectStart = tags[index - 2]
  const plainSubject =
    index < 2 || subjectStart === undefined || subjectStart.pos === 'DET' || subjectStart.pos === 'PROPN'
  return (
    plainSubject &&
    next !== undefined &&
    (next.pos === 'DET' ||
      next.pos === 'PRON' ||
      next.pos === 'PROPN' ||
      (next.pos === 'SCONJ' && reading.sentence.tokens[index + 1].lower === 'that'))
  )
}

const CAPITALIZED = /^\p{Lu}\p{Ll}/u

/**
 * Whether the matched words are part of a name: a word written with a capital
 * (not in capitals throughout, which is emphasis) that the tagger reads as a
 * proper noun. The first word of a sentence has a capital anyway: it counts
 * only when the word after it is a name too ("Savage Garden played").
 */
function isName(reading: Reading, first: number, last: number): boolean {
  const {tokens} = reading.sentence
  const firstWord = tokens.findIndex((token) => token.node.type === 'WordNode')
  for (let index = first; index <= last; index++) {
    const token = tokens[index]
    if (token.node.type !== 'WordNode' || !CAPITALIZED.test(token.text)) continue
    const tags = reading.tags()
    if (tags[index]?.pos !== 'PROPN') continue
    if (index !== firstWord) return true
    const next = tokens[index + 1]
    if (next && next.node.type === 'WordNode' && CAPITALIZED.test(next.text) && tags[index + 1]?.pos === 'PROPN')
      return true
  }
  return false
}

/** Possessives and other words that may open a noun phrase. */
const DETERMINERS = new Set(['DET', 'NUM'])
const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your'])

/**
 * Whether the verb at `index` takes a direct object whose head noun has one of
 * the lemmas: the noun phrase right after the verb, read up to its last noun
 * ("conceded the Republican nomination to…" → nomination). A pronoun subject
 * or "that" starts a clause instead, and then there is no object.
 */
function hasObject(reading: Reading, index: number, lemmas: ReadonlySet<string>): boolean {
  const {tokens} = reading.sentence
  const tags = reading.tags()
  let head: Tag | undefined
  for (let at = index + 1; at < tokens.length && at <= index + 5; at++) {
    const tag = tags[at]
    if (!tag) break
    if (DETERMINERS.has(tag.pos) || tag.pos === 'ADJ' || (tag.pos === 'PRON' && POSSESSIVES.has(tokens[at].lower)))
      continue
    if (tag.pos === 'NOUN' || tag.pos === 'PROPN') {
      head = tag
      continue
    }
    break
  }
  // "conceded the plan was flawed": a noun followed by its own verb is the subject of a clause.
  return head !== undefined && lemmas.has(head.lemma)
}

const QUOTE_MARK = /^['"‘’“”]$/

/** Pronouns that can be the subject of a reported clause ("revealed he was leaving"). */
const SUBJECT_PRONOUNS = new Set([
  'i',
  'you',
  'he',
  'she',
  'it',
  'we',
  'they',
  'there',
  'this',
  'that',
  'these',
  'those',
  'nobody',
  'no one',
  'everyone',
  'someone'
])

/**
 * Whether the verb at `index` introduces a clause or an infinitive: "that",
 * "to" and a verb, a subject pronoun, or a noun phrase followed by a verb of
 * its own ("claims the plan failed"). A noun phrase with no verb after it is
 * the verb's object ("claimed the title").
 */
function introducesClause(reading: Reading, index: number): boolean {
  const {tokens} = reading.sentence
  // "…,” Brown admitted in the letter": the words reported are the quotation just before.
  for (let at = index - 1; at >= 0 && at >= index - 5; at--) if (/^[”"]$/.test(tokens[at].text)) return true
  return clauseAfter(reading, index)
}

/** Whether a clause or an infinitive follows the verb at `index` (see `introducesClause`). */
function clauseAfter(reading: Reading, index: number): boolean {
  const {tokens} = reading.sentence
  const tags = reading.tags()
  const next = tokens[index + 1]
  if (next?.node.type !== 'WordNode') return true
  if (next.lower === 'that' || next.lower === 'how' || next.lower === 'why' || next.lower === 'whether') return true
  if (next.lower === 'to') return tags[index + 2]?.pos === 'VERB' || tags[index + 2]?.pos === 'AUX'
  if (SUBJECT_PRONOUNS.has(next.lower) && !POSSESSIVES.has(next.lower)) return true
  // "claimed in interviews that…": a short phrase, then the clause.
  if (tags[index + 1]?.pos === 'ADP') {
    for (let at = index + 2; at < tokens.length && at <= index + 7; at++) {
      if (tokens[at].lower === 'that') return true
      if (tokens[at].node.type !== 'WordNode' || tags[at]?.pos === 'VERB') break
    }
  }
  let at = index + 1
  let phrase = 0
  while (at < tokens.length) {
    const tag = tags[at]
    if (!tag && QUOTE_MARK.test(tokens[at].text)) {
      at++
      continue
    }
    if (!tag) break
    const opensPhrase =
      DETERMINERS.has(tag.pos) ||
      tag.pos === 'ADJ' ||
      tag.pos === 'NOUN' ||
      tag.pos === 'PROPN' ||
      (tag.pos === 'PRON' && POSSESSIVES.has(tokens[at].lower)) ||
      tag.pos === 'PART'
    if (!opensPhrase) break
    phrase++
    at++
  }
  while (at < tokens.length && QUOTE_MARK.test(tokens[at].text)) at++
  const after = tags[at]
  if (phrase === 0) return after === undefined || after.pos === 'VERB' || after.pos === 'AUX' || after.pos === 'ADV'
  return after !== undefined && (after.pos === 'VERB' || after.pos === 'AUX')
}

/** Whether the adjective at `index` modifies a noun with one of the lemmas: the nouns after it, before anything else. */
function modifies(reading: Reading, index: number, lemmas: ReadonlySet<string>): boolean {
  const {tokens} = reading.sentence
  const tags = reading.tags()
  for (let at = index + 1; at < tokens.length && at <= index + 4; at++) {
    const tag = tags[at]
    if (!tag) {
      // Quotation marks around a rating's name ("the ‘Pants on Fire’ rating") do not end the phrase.
      if (/^['"‘’“”]$/.test(tokens[at].text)) continue
      return false
    }
    if (tag.pos === 'NOUN' && lemmas.has(tag.lemma)) return true
    if (tag.pos !== 'ADJ' && tag.pos !== 'NOUN' && tag.pos !== 'PROPN' && tag.pos !== 'ADV') return false
  }
  return false
}

/** Marks that end the stretch a verb of saying governs: what follows a comma, a dash or a quotation mark is not its clause. */
const CLAUSE_BREAK = /^[,;:()[\]—–"“”‘’]$|^-$/

/** Verbs whose object and its complement are the speaker's words ("called the report disgraceful", "described it as brutal"). */
const NAMING_VERBS = new Set(['call', 'describe', 'label', 'brand', 'dub', 'term', 'deem'])

/**
 * Participles that put a judgement in someone's mouth when "by" names them after it ("were considered deplorable by
 * his peers", "is celebrated as a hero by some", "was branded a traitor by the party").
 */
const JUDGED_PARTICIPLES = new Set([
  'considered',
  'deemed',
  'regarded',
  'seen',
  'viewed',
  'thought',
  'judged',
  'called',
  'labeled',
  'labelled',
  'branded',
  'described',
  'celebrated',
  'hailed',
  'dubbed',
  'termed',
  'denounced',
  'condemned',
  'decried',
  'derided',
  'dismissed',
  'praised',
  'lauded',
  'criticized',
  'criticised',
  'portrayed',
  'painted',
  'cast'
])

/** The writer and the reader: a verb of saying with these as subject is the writer's own voice. */
const FIRST_AND_SECOND_PERSON = new Set(['i', 'we', 'you', "i'm", "we're"])

/**
 * Whether the matched words lie in words reported from someone else: after a
 * verb of saying or thinking whose subject is a third party, in the clause it
 * introduces (which has a verb of its own before the match), after "spoke of"
 * or "talked about", or as the complement of "called it", "described it as".
 * A comma, a dash or a quotation mark ends the stretch: an aside there is the
 * writer's again. What the speaker said of something is theirs ("she claimed
 * he was a terrorist", "spoke of a booming economy"), but a noun the writer
 * uses to name someone in the report is the writer's ("describes how ISIS
 * henchmen lined up the girls"): a noun counts only as a predicate, after "be".
 */
function isReported(reading: Reading, first: number, last: number): boolean {
  const {tokens} = reading.sentence
  const tags = reading.tags()
  // A noun that names someone in the report is the writer's, unless it is the speaker's label for them ("called the owners thugs").
  const referringNoun = reading.sense(last) === 'NOUN' && !isPredicate(reading, first)
  let clauseVerb = false
  let object = false
  let as = false
  for (let at = first - 1; at >= 0; at--) {
    const token = tokens[at]
    if (token.node.type !== 'WordNode') {
      if (CLAUSE_BREAK.test(token.text)) return false
      continue
    }
    const tag = tags[at]
    if (!tag) continue
    const isVerb = tag.pos === 'VERB'
    const speaking =
      isVerb &&
      (isSayingVerb(token.lower) || isSayingVerb(tag.lemma) || THINKING.has(tag.lemma)) &&
      opensClause(reading, at) &&
      (clauseVerb || clauseAfter(reading, at))
    const spokeOf =
      isVerb &&
      ['speak', 'talk', 'write', 'boast', 'brag', 'warn'].includes(tag.lemma) &&
      ['of', 'about'].includes(tokens[at + 1]?.lower ?? '')
    // "called the report disgraceful", "described it as brutal": the verb, an object, then the speaker's word for it.
    const calls = isVerb && NAMING_VERBS.has(tag.lemma) && (tag.lemma === 'describe' ? as : object)
    if (((speaking || spokeOf) && !referringNoun) || calls) {
      const subject = subjectBefore(reading, at)
      return subject === undefined || !FIRST_AND_SECOND_PERSON.has(subject)
    }
    if (tag.pos === 'VERB' || tag.pos === 'AUX') clauseVerb = true
    if (tag.pos === 'NOUN' || tag.pos === 'PRON' || tag.pos === 'PROPN') object = true
    if (token.lower === 'as') as = true
  }
  return false
}

/**
 * Whether a judgement is put in someone else's mouth by the words around it,
 * for a rule whose words judge (loaded language): "were considered deplorable
 * by his peers", "charges of a cover-up", "People found the practice
 * reprehensible", "…, critics say." The judge is named, or the sentence is a
 * speaker's, so the word is theirs; "considered legendary by many fans" and
 * "I found it shameful" stay the writer's.
 */
export function isJudgedByOthers({sentence, first, last}: LexiconMatch): boolean {
  const reading = new Reading([sentence], 0)
  return (
    judgedBy(sentence.tokens, first, last) ||
    foundSo(reading, first) ||
    closingAttribution(reading.sentence, last + 1) !== undefined ||
    namedByOthers(reading, first, last)
  )
}

/** Nouns whose "that" clause holds what someone else claims: "his claims that the vote was rigged". */
const SAYING_NOUNS = new Set([
  'claim',
  'claims',
  'allegation',
  'allegations',
  'accusation',
  'accusations',
  'assertion',
  'assertions',
  'charge',
  'charges',
  'insistence',
  'suggestion',
  'suggestions',
  'argument',
  'arguments',
  'belief',
  'beliefs',
  'complaint',
  'complaints',
  'warning',
  'warnings',
  'rumor',
  'rumors',
  'rumour',
  'rumours',
  'theory',
  'theories',
  'notion',
  'contention',
  'insinuation',
  'implication'
])

/** Participles that give something a name someone else chose: "the probe, dubbed a witch hunt, …". */
const NAMING_PARTICIPLES = new Set([
  'dubbed',
  'nicknamed',
  'labeled',
  'labelled',
  'branded',
  'termed',
  'called',
  'deemed'
])

/** Forms of "be" before a passive participle: "was branded a traitor". */
const PASSIVE_BE = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being'])

/** Relative words that stand for the object of a naming verb after them: "which he called", "what critics call". */
const RELATIVES = new Set(['which', 'what', 'that', 'whom'])

/**
 * Words the writer puts in someone else's mouth without quotation marks:
 * a name someone gave ("which he called a witch hunt", "what critics call a
 * power grab", "the probe, dubbed a witch hunt, …"; not "what I call a
 * farce"), a claim someone makes ("his claims that the vote was rigged",
 * "the accusation that the mayor was corrupt"), or a question someone asks
 * ("asked whether the group was racist"). A comma, a dash or a quotation
 * mark ends the stretch, as for `isReported`; a noun that names someone in
 * the report is the writer's unless it is the predicate ("claims that the
 * owners were thugs", not "claims that ISIS henchmen lined up the girls").
 */
function namedByOthers(reading: Reading, first: number, last: number): boolean {
  const {tokens} = reading.sentence
  const tags = reading.tags()
  const referringNoun = reading.sense(last) === 'NOUN' && !isPredicate(reading, first)
  let phrase = true
  for (let at = first - 1; at >= 0 && at >= first - 16; at--) {
    const token = tokens[at]
    if (token.node.type !== 'WordNode') {
      if (CLAUSE_BREAK.test(token.text)) return false
      continue
    }
    const tag = tags[at]
    if (!tag) continue
    const lower = token.lower
    if (!referringNoun) {
      if (lower === 'whether') return true
      if (lower === 'that' && SAYING_NOUNS.has(tokens[at - 1]?.lower ?? '')) {
        // "my claim that…" is the writer's own.
        const owner = tokens[at - 2]?.lower
        return owner !== 'my' && owner !== 'our'
      }
    }
    // "the probe, dubbed a witch hunt", "he was branded a traitor": a participle after a comma or "be" (read as a
    // verb or an adjective), with at most an article before the name ("the senator called the union thugs" is the
    // senator's verb and its object).
    const article = at + 1 === first || (at + 2 === first && ['a', 'an', 'the'].includes(tokens[at + 1].lower))
    if (NAMING_PARTICIPLES.has(lower) && at > 0 && article) {
      const before = tokens[at - 1]
      if (before.text === ',' || PASSIVE_BE.has(before.lower)) return true
    }
    if (phrase && tag.pos === 'VERB' && NAMING_VERBS.has(tag.lemma)) {
      // "which he called a witch hunt", "what many critics have called a power grab".
      const subject = subjectAt(reading, at)
      if (subject === undefined || FIRST_AND_SECOND_PERSON.has(tokens[subject].lower)) return false
      for (let back = subject - 1; back >= 0 && back >= subject - 4; back--) {
        if (RELATIVES.has(tokens[back].lower)) return true
        const pos = tags[back]?.pos
        if (pos !== 'DET' && pos !== 'ADJ' && pos !== 'NOUN' && pos !== 'PROPN') break
      }
      return false
    }
    // Only a determiner, a modifier or an adverb may stand between a naming verb and the name.
    if (!['DET', 'ADJ', 'ADV', 'NUM'].includes(tag.pos)) phrase = false
  }
  return false
}

/** "found the practice so reprehensible", "Critics find the plan unworkable": not the writer's "I found it shameful". */
function foundSo(reading: Reading, first: number): boolean {
  const tags = reading.tags()
  for (let at = first - 2; at >= 0 && at >= first - 8; at--) {
    if (tags[at]?.pos !== 'VERB' || tags[at]?.lemma !== 'find') continue
    if (!findsItSo(reading, at, first)) return false
    const subject = subjectBefore(reading, at)
    return subject !== undefined && !FIRST_AND_SECOND_PERSON.has(subject)
  }
  return false
}

/**
 * "found the practice (to be) so reprehensible", "finds the plan unworkable": "find" at `verb`, then its object, a
 * noun phrase, then the judgement at `first` (after "to be" and a degree word), nothing else between.
 */
function findsItSo(reading: Reading, verb: number, first: number): boolean {
  const {tokens} = reading.sentence
  const tags = reading.tags()
  let at = verb + 1
  let nouns = 0
  while (at < first && ['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM'].includes(tags[at]?.pos ?? '')) {
    if (tags[at]?.pos !== 'DET' && tags[at]?.pos !== 'ADJ') nouns++
    at++
  }
  if (nouns === 0) return false
  if (tokens[at]?.lower === 'to' && tokens[at + 1]?.lower === 'be') at += 2
  while (
    at < first &&
    ['so', 'too', 'very', 'quite', 'rather', 'utterly', 'deeply', 'truly'].includes(tokens[at].lower)
  )
    at++
  return at === first
}

/** Nouns whose "of" names the charge someone makes: "charges of a cover-up", "accusations of racism". */
const CHARGES = new Set([
  'charge',
  'charges',
  'accusation',
  'accusations',
  'allegation',
  'allegations',
  'claims',
  'cries',
  'cry'
])

/**
 * "were considered deplorable by his peers": a judging participle before the match and "by" someone after it;
 * "charges of a cover-up", "accusations of racism": the charge someone makes.
 */
function judgedBy(tokens: readonly WordToken[], first: number, last: number): boolean {
  const of =
    tokens[first - 1]?.lower === 'of'
      ? first - 1
      : ['a', 'an', 'the'].includes(tokens[first - 1]?.lower ?? '') && tokens[first - 2]?.lower === 'of'
        ? first - 2
        : -1
  if (of > 0 && CHARGES.has(tokens[of - 1].lower)) return true
  let participle = false
  for (let at = first - 1; at >= 0 && at >= first - 3; at--) {
    if (CLAUSE_BREAK.test(tokens[at].text)) break
    if (JUDGED_PARTICIPLES.has(tokens[at].lower)) participle = true
  }
  if (!participle) return false
  for (let at = last + 1; at < tokens.length && at <= last + 5; at++) {
    if (CLAUSE_BREAK.test(tokens[at].text)) return false
    // "by his peers" names the judges; "by many fans", "by some" leaves the praise the writer's.
    if (tokens[at].lower === 'by') return !VAGUE_JUDGES.has(tokens[at + 1]?.lower ?? '')
  }
  return false
}

/** Words after "by" that name no judge: "considered legendary by many fans", "celebrated as a hero by some". */
const VAGUE_JUDGES = new Set([
  'many',
  'some',
  'most',
  'several',
  'few',
  'numerous',
  'countless',
  'others',
  'all',
  'millions',
  'thousands',
  'fans',
  'people',
  'everyone',
  'critics',
  'observers',
  'experts'
])

/** Verbs that put a view in someone's head ("many think the country is in desperate need"). */
const THINKING = new Set([
  'think',
  'believe',
  'feel',
  'consider',
  'fear',
  'worry',
  'expect',
  'suspect',
  'assume',
  'suppose',
  'hope',
  'doubt',
  'reckon',
  'argue',
  'insist',
  'imagine',
  'predict'
])

/** Whether a reported clause starts right after the verb at `index`: "that", or its subject ("claimed he…", "said the plan…"). */
function opensClause(reading: Reading, index: number): boolean {
  const {tokens} = reading.sentence
  const next = tokens[index + 1]
  if (next?.node.type !== 'WordNode') return false
  if (next.lower === 'that') return true
  const pos = reading.tags()[index + 1]?.pos
  return pos === 'DET' || pos === 'NOUN' || pos === 'PROPN' || pos === 'PRON' || pos === 'ADJ' || pos === 'NUM'
}

/** Whether the noun at `index` is a predicate: "was a terrorist", "are thugs". */
function isPredicate(reading: Reading, index: number): boolean {
  const tags = reading.tags()
  for (let at = index - 1; at >= 0; at--) {
    const tag = tags[at]
    if (!tag) return false
    if (tag.pos === 'DET' || tag.pos === 'ADJ' || tag.pos === 'ADV') continue
    return tag.lemma === 'be'
  }
  return false
}

/** The word before a verb, past adverbs and auxiliaries: its subject, or undefined at the start of the sentence. */
function subjectBefore(reading: Reading, index: number): string | undefined {
  const at = subjectAt(reading, index)
  return at === undefined ? undefined : reading.sentence.tokens[at].lower
}

/** The index of the word before a verb, past adverbs and auxiliaries, when it is a word. */
function subjectAt(reading: Reading, index: number): number | undefined {
  const {tokens} = reading.sentence
  const tags = reading.tags()
  for (let at = index - 1; at >= 0; at--) {
    const pos = tags[at]?.pos
    if (pos === 'ADV' || pos === 'AUX' || pos === 'PART') continue
    return tokens[at].node.type === 'WordNode' ? at : undefined
  }
  return undefined
}

/**
 * Whether someone else's claim is reported next to the match: a verb of
 * saying (not the match itself) or "according to" in the sentence or the one
 * before it.
 */
function isAttributed(reading: Reading, first: number, last: number): boolean {
  const sentences = [reading.sentence, reading.previous()].filter(
    (sentence): sentence is SentenceTokens => sentence !== undefined
  )
  return sentences.some((sentence) => {
    const tags = reading.tags(sentence)
    return sentence.tokens.some((token, index) => {
      if (sentence === reading.sentence && index >= first && index <= last) return false
      if (token.lower === 'according' && sentence.tokens[index + 1]?.lower === 'to') return true
      const tag = tags[index]
      return tag?.pos === 'VERB' && isSayingVerb(token.lower)
    })
  })
}

function reportMatch(
  file: VFile,
  {entry, sentence, first, last}: LexiconMatch,
  reading: Reading,
  options: LexiconRuleOptions
): void {
  const text = String(file.value)
  const {tokens} = sentence
  const matchStart = tokens[first].start
  const matchEnd = tokens[last].end
  const actual = text.slice(matchStart, matchEnd)
  const startsSentence = first === 0 || (first === 1 && tokens[0].node.type !== 'WordNode')
  const match: LexiconMatch = {entry, sentence, first, last}
  const variant = entry.rewritesWhen?.find((candidate) => variantHolds(reading, match, candidate))
  const rest = text.slice(tokens[Math.min(first + 1, last)].start, matchEnd)
  const lastWord = tokens[last].text
  const fill = (replacement: string) =>
    replacement
      .replaceAll('{actual}', actual)
      .replaceAll('{rest}', first === last ? '' : rest)
      .replaceAll('{first}', tokens[first].text)
      .replaceAll('{2}', tokens[Math.min(first + 1, last)].text)
      .replaceAll('{last}', lastWord)
      .replaceAll('{base}', verbBase(lastWord))
  // Each replacement is offered only where it fits the words around the match (see `fitsContext`).
  const replacements = ((variant ? variant.rewrites : entry.rewrites) ?? [])
    .map((replacement) => ({replacement, filled: replacement === '' ? '' : fill(replacement)}))
    .filter(({filled}) => fitsContext(reading, entry, first, last, filled))

  // A deletion may need to take a comma or the next word's capital with it, so the range can grow.
  const deletion = replacements.some(({replacement}) => replacement === '')
    ? cleanDeletion(text, tokens, first, last, inSeries(reading, first, last), coordination(reading, first, last))
    : undefined
  const start = deletion ? deletion.start : matchStart
  const end = deletion ? deletion.end : matchEnd
  const title = options.rewriteTitle ?? defaultTitle

  const rewrites: Rewrite[] = replacements.map(({replacement, filled}) => {
    if (replacement === '') return {replacement: deletion!.replacement, title: `Delete “${actual}”`}
    const words = startsSentence && start === matchStart ? capitalize(filled) : filled
    return {replacement: text.slice(start, matchStart) + words + text.slice(matchEnd, end), title: title(actual, words)}
  })
  report(file, {
    ruleId: options.ruleId,
    start,
    end,
    reason: (entry.message ?? options.message).replaceAll('{actual}', actual),
    rewrites,
    note: options.note,
    confidence: options.confidence?.({entry, sentence, first, last}, file) ?? entry.confidence
  })
}

/** Whether the sentence shows the sense a variant of the entry's rewrites is for (see `RewriteVariant`). */
function variantHolds(reading: Reading, {sentence, first, last}: LexiconMatch, variant: RewriteVariant): boolean {
  const {tokens} = sentence
  if (variant.sentenceHas && !reading.has(setOf(variant.sentenceHas), sentence, {first, last})) return false
  if (variant.subject) {
    const at = subjectAt(reading, first)
    const words = setOf(variant.subject)
    if (at === undefined || !(words.has(tokens[at].lower) || words.has(reading.tags()[at]?.lemma ?? ''))) return false
  }
  if (variant.afterName) {
    const before = tokens[first - 1]
    const firstWord = tokens.findIndex((token) => token.node.type === 'WordNode')
    if (
      before === undefined ||
      before.node.type !== 'WordNode' ||
      first - 1 === firstWord ||
      !CAPITALIZED.test(before.text) ||
      isTitleCase(sentence)
    )
      return false
  }
  return true
}

// ---------------------------------------------------------------------------------------------
// Whether a rewrite fits the words around the match.

/**
 * What a verb offered as a replacement takes, by its lemma: a replacement
 * verb is offered only where the words after the match fit it. The verbs
 * here are the ones rules offer most; a verb not listed takes anything.
 */
export interface VerbFrame {
  /** Whether it takes a direct object; false for "fall sharply": "shares cratered", not "cratered the economy". */
  object?: boolean
  /**
   * The prepositions it takes after itself or its object, of those that
   * mark a complement (ARGUMENT_PREPOSITIONS): "indoctrinate children into
   * a creed" is no place for "teach". Any, when not given.
   */
  prepositions?: readonly string[]
  /** Whether its participle reads as an adjective before a noun: "a weakened agency", but not "persuaded recruits". */
  attributive?: boolean
}

export const VERB_FRAMES: Readonly<Record<string, VerbFrame>> = {
  fall: {object: false, attributive: false},
  rise: {object: false, attributive: false},
  speak: {object: false, attributive: false},
  laugh: {object: false, attributive: false},
  teach: {prepositions: ['to', 'about', 'at', 'in', 'for', 'on', 'as', 'by', 'from', 'through'], attributive: false},
  persuade: {attributive: false},
  acknowledge: {attributive: false},
  say: {attributive: false},
  criticize: {attributive: false},
  praise: {attributive: false},
  promote: {attributive: false},
  complain: {attributive: false},
  repeat: {attributive: false},
  kill: {attributive: false},
  pressure: {attributive: false},
  use: {attributive: false}
}

/** Prepositions that mark what a verb takes ("into", "with"), as against a time or a place ("in May", "during"). */
const ARGUMENT_PREPOSITIONS: ReadonlySet<string> = new Set([
  'into',
  'onto',
  'with',
  'to',
  'from',
  'of',
  'about',
  'against',
  'on',
  'upon',
  'at',
  'for',
  'over',
  'as',
  'toward',
  'towards',
  'through'
])

/** Object pronouns: after a verb, its object. */
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set([
  'him',
  'her',
  'them',
  'us',
  'me',
  'it',
  'you',
  'this',
  'these',
  'those'
])

/** Nouns of time: "plunged this week" has no object. */
const TIME_NOUNS: ReadonlySet<string> = new Set([
  'day',
  'days',
  'week',
  'weeks',
  'month',
  'months',
  'year',
  'years',
  'quarter',
  'morning',
  'afternoon',
  'evening',
  'night',
  'weekend',
  'season',
  'spring',
  'summer',
  'autumn',
  'winter',
  'time',
  'times',
  'today',
  'yesterday',
  'tonight',
  ...WEEKDAYS,
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december'
])

/** Verbs that link a subject to its predicate: "was callow", "looks shoddy", "were hopping mad". */
const LINKING_VERBS: ReadonlySet<string> = new Set([
  'be',
  'become',
  'seem',
  'look',
  'sound',
  'feel',
  'appear',
  'remain',
  'prove',
  'stay',
  'grow',
  'get',
  'turn',
  'go'
])

/** Degree words that need an adjective after them: "so [vile]", "how [outlandish]", "too [costly]". */
const DEGREE_WORDS: ReadonlySet<string> = new Set(['so', 'too', 'how', 'as', 'very', 'quite', 'rather', 'pretty'])

/** Words before "a" that need the adjective after it: "such a [sleazy] place", "what a [vile] thing". */
const SUCH: ReadonlySet<string> = new Set(['such', 'what', 'quite', 'rather'])

/** Nouns that say nothing without their adjective: "a [sleazy] place", "the [vile] thing". */
const EMPTY_HEADS: ReadonlySet<string> = new Set(['place', 'thing', 'one', 'way', 'kind', 'sort', 'type', 'stuff'])

/** Nouns that measure and need their size: "[massive] amounts", "a [huge] number". */
const MEASURE_HEADS: ReadonlySet<string> = new Set([
  'amount',
  'number',
  'quantity',
  'sum',
  'volume',
  'degree',
  'extent',
  'scale'
])

/** Words that pick some out of a set: "one of the [greatest] crises". */
const PARTITIVES: ReadonlySet<string> = new Set(['one', 'some', 'many', 'few', 'two', 'three', 'several', 'among'])

/** Determiners that mark a noun's number: "this carnage", "a horde of". */
const NUMBERED_DETERMINERS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'each',
  'every',
  'another',
  'either',
  'neither',
  'one',
  'many',
  'several',
  'few',
  'both',
  'much'
])

/** Verb forms that agree with their subject's number. */
const AGREEING_FORMS: ReadonlySet<string> = new Set([
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'does',
  'do',
  "isn't",
  "aren't",
  "wasn't",
  "weren't",
  "hasn't",
  "haven't",
  "doesn't",
  "don't",
  "'s",
  '’s',
  "'re",
  '’re'
])

/**
 * Whether a replacement fits the words around the match: a deletion leaves
 * a whole phrase (`deletionFits`); a verb takes what follows the match and
 * can stand where the match stands (`fitsVerb`); a noun of another number
 * than the match's is not put where a verb or a determiner agrees with it.
 */
function fitsContext(reading: Reading, entry: LexiconEntry, first: number, last: number, replacement: string): boolean {
  if (replacement === '') return deletionFits(reading, first, last, entry.partOfSpeech === 'ADJ')
  if (dropsListener(reading, first, last, replacement)) return false
  const words = tagText(replacement)
  const head = words.find((word) => word.pos !== 'AUX' && word.pos !== 'ADV' && word.pos !== 'PUNCT')
  if (!head) return true
  if (head.pos === 'VERB') {
    const frame = VERB_FRAMES[head.lemma]
    if (!frame) return true
    // "told by brainwashed recruits": the participle stands as an adjective, which not every verb's can.
    if (isAttributive(reading, first, last)) return frame.attributive !== false
    return !isVerbMatch(reading, first, last) || fitsVerb(reading, last, frame)
  }
  if (words.some((word) => word.pos === 'NOUN')) return fitsNumber(reading, first, last, words)
  return true
}

/** Whether the match is a verb (its first or last word), or a participle used as an adjective. */
function isVerbMatch(reading: Reading, first: number, last: number): boolean {
  const tags = reading.tags()
  return [first, last].some((index) => tags[index]?.pos === 'VERB' || reading.sense(index) === 'VERB')
}

/** Whether a replacement verb takes what follows the match: an object, a preposition. */
function fitsVerb(reading: Reading, last: number, frame: VerbFrame): boolean {
  const {tokens} = reading.sentence
  const end = objectEnd(reading, last)
  if (frame.object === false && end !== undefined) return false
  if (frame.prepositions) {
    const next = tokens[end ?? last + 1]
    if (
      next?.node.type === 'WordNode' &&
      ARGUMENT_PREPOSITIONS.has(next.lower) &&
      !frame.prepositions.includes(next.lower)
    )
      return false
  }
  return true
}

/**
 * Whether a participle stands before a noun as an adjective does ("told by
 * brainwashed recruits", "the soaring costs"): after a determiner, a
 * preposition, a possessive or an adjective, or at the start of the sentence.
 */
function isAttributive(reading: Reading, first: number, last: number): boolean {
  const {tokens} = reading.sentence
  const tags = reading.tags()
  if (first !== last || !/(?:ed|en|ing)$/i.test(tokens[last].text)) return false
  const next = tags[last + 1]
  if (tokens[last + 1]?.node.type !== 'WordNode' || !next) return false
  const noun =
    next.pos === 'NOUN' ||
    next.pos === 'PROPN' ||
    (next.pos === 'ADJ' && ['NOUN', 'PROPN'].includes(tags[last + 2]?.pos ?? ''))
  if (!noun) return false
  const beforeToken = tokens[first - 1]
  if (first === 0 || (beforeToken && beforeToken.node.type !== 'WordNode' && beforeToken.text !== ',')) return true
  const before = tags[first - 1]
  if (!before) return false
  if (/['’]s$/i.test(beforeToken.text) || POSSESSIVES.has(beforeToken.lower)) return true
  return ['DET', 'ADP', 'ADJ', 'NUM', 'CCONJ'].includes(before.pos)
}

/**
 * The index just after the verb's direct object, or undefined when none
 * follows: a noun phrase or an object pronoun right after the match. A
 * phrase of time ("this week") or a figure ("20 percent") is no object.
 */
function objectEnd(reading: Reading, last: number): number | undefined {
  const {tokens} = reading.sentence
  const tags = reading.tags()
  const next = tokens[last + 1]
  const firstTag = tags[last + 1]
  if (!next || !firstTag || firstTag.pos === 'NUM' || /^[$£€¥]/.test(next.text)) return undefined
  // "cratering them": an object pronoun ("this" may open a phrase of time instead: "this week").
  if (firstTag.pos === 'PRON' && OBJECT_PRONOUNS.has(next.lower) && next.lower !== 'this') return last + 2
  let at = last + 1
  let nouns = 0
  let timeOnly = true
  while (at < tokens.length && at <= last + 6) {
    const tag = tags[at]
    if (!tag) break
    const lower = tokens[at].lower
    const possessive =
      (tag.pos === 'PRON' && POSSESSIVES.has(lower)) || (tag.pos === 'PART' && /^['’]s$/.test(tokens[at].text))
    if (tag.pos === 'NOUN' || tag.pos === 'PROPN' || (tag.pos === 'PRON' && !possessive)) {
      nouns++
      if (!TIME_NOUNS.has(lower)) timeOnly = false
    } else if (!(DETERMINERS.has(tag.pos) || tag.pos === 'ADJ' || possessive)) break
    at++
  }
  return nouns === 0 || timeOnly ? undefined : at
}

/**
 * Whether the match ends in "to" that names a listener, which the
 * replacement drops: "admitted to a reporter that…" is no "acknowledged a
 * reporter that…". The listener is a noun phrase (with its prepositional
 * phrases and a relative aside between commas) before "that", a colon or a
 * quotation.
 */
function dropsListener(reading: Reading, first: number, last: number, replacement: string): boolean {
  const {tokens} = reading.sentence
  const tags = reading.tags()
  if (first === last || tokens[last].lower !== 'to' || /\bto$/i.test(replacement)) return false
  let words = 0
  for (let at = last + 1; at < tokens.length && at <= last + 16; at++) {
    const token = tokens[at]
    if (token.lower === 'that' || token.text === ':' || /^[“"‘]$/.test(token.text)) return words > 0
    if (token.text === ',') {
      // ", who filmed it," an aside about the listener.
      if (!['who', 'whom', 'which', 'whose'].includes(tokens[at + 1]?.lower ?? '')) return false
      const close = tokens.findIndex((other, index) => index > at + 1 && other.text === ',')
      if (close < 0) return false
      at = close
      continue
    }
    const tag = tags[at]
    if (!tag) return false
    const inPhrase =
      DETERMINERS.has(tag.pos) ||
      tag.pos === 'ADJ' ||
      tag.pos === 'NOUN' ||
      tag.pos === 'PROPN' ||
      tag.pos === 'PRON' ||
      tag.pos === 'ADP'
    if (!inPhrase) return false
    words++
  }
  return false
}

/**
 * Whether a noun replacement agrees in number with the match, or nothing in
 * the sentence needs it to: "the carnage … that is" takes no "heavy losses".
 */
function fitsNumber(reading: Reading, first: number, last: number, words: readonly TaggedWord[]): boolean {
  const {tokens} = reading.sentence
  const tags = reading.tags()
  let original: number | undefined
  for (let at = first; at <= last; at++) {
    if (tags[at]?.pos === 'NOUN' || reading.sense(at) === 'NOUN') {
      original = at
      break
    }
  }
  if (original === undefined || !tags[original]) return true
  // The replacement's head: the last noun of its first run of nouns ("left-wing activists", "heavy losses of").
  let head: TaggedWord | undefined
  for (const word of words) {
    if (word.pos === 'NOUN') head = word
    else if (head) break
  }
  if (!head) return true
  if (isPlural(tokens[original].lower, tags[original]!.lemma) === isPlural(head.text.toLowerCase(), head.lemma))
    return true
  return !agreesInNumber(reading, first, last)
}

function isPlural(word: string, lemma: string): boolean {
  return (lemma !== word && /[^s]s$|men$|people$/.test(word)) || /^(?:people|men|women)$/.test(word)
}

/**
 * Whether a word agrees with the number of the noun matched: a determiner
 * before it ("this carnage"), "there is" before it, or a verb after it and
 * its modifiers ("the carnage of institutions that is…", "the hordes were").
 */
function agreesInNumber(reading: Reading, first: number, last: number): boolean {
  const {tokens} = reading.sentence
  const tags = reading.tags()
  for (let at = first - 1; at >= 0; at--) {
    const tag = tags[at]
    if (!tag) break
    if (tag.pos === 'ADJ' || tag.pos === 'ADV' || tag.pos === 'NOUN' || tag.pos === 'PROPN') continue
    if (NUMBERED_DETERMINERS.has(tokens[at].lower)) return true
    if (tag.lemma === 'be' && ['there', 'here'].includes(tokens[at - 1]?.lower ?? '')) return true
    break
  }
  for (let at = last + 1; at < tokens.length && at <= last + 10; at++) {
    const tag = tags[at]
    if (!tag) return false
    const lower = tokens[at].lower
    if (tag.pos === 'AUX' || tag.pos === 'VERB')
      return AGREEING_FORMS.has(lower) || (tag.pos === 'VERB' && /[^s]s$/.test(lower) && tag.lemma !== lower)
    if (tag.pos === 'PRON' || tag.pos === 'SCONJ') {
      if (['that', 'which', 'who'].includes(lower)) continue
      return false
    }
    if (['ADP', 'DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'ADV', 'PART'].includes(tag.pos)) continue
    return false
  }
  return false
}

/**
 * Whether deleting the matched adjective leaves a phrase that still says
 * something. Not when it is a predicate on its own ("has been — perhaps
 * revealingly — callow.", "were hopping mad over the plan"), after a degree
 * word ("so", "how"), after "such a" or "one of the", or before a noun that
 * says nothing without it ("a sleazy place", "massive amounts"). Another
 * adjective beside it keeps the phrase whole ("was divisive, but simple").
 */
function deletionFits(reading: Reading, first: number, last: number, adjective: boolean): boolean {
  const {tokens} = reading.sentence
  const tags = reading.tags()
  // An adjective entry's word is one, whatever the tagger reads it as ("looks shoddy." read as a noun).
  if (!adjective && reading.sense(last) !== 'ADJ') return true
  const nextSense = tokens[last + 1]?.node.type === 'WordNode' ? reading.sense(last + 1) : undefined
  const before = tokens[first - 1]?.lower
  if (nextSense === 'NOUN' || nextSense === 'PROPN' || nextSense === 'ADJ') {
    if ((before === 'a' || before === 'an') && SUCH.has(tokens[first - 2]?.lower ?? '')) return false
    // "one of the [greatest] crises": the partitive picks nothing out without its superlative.
    if (before === 'the' && tokens[first - 2]?.lower === 'of' && PARTITIVES.has(tokens[first - 3]?.lower ?? ''))
      return false
    // "[massive] amounts of drugs": a measure noun needs its size.
    if (nextSense === 'NOUN' && MEASURE_HEADS.has(tags[last + 1]?.lemma ?? '')) return false
    const determiner = before !== undefined && (DETERMINERS.has(tags[first - 1]?.pos ?? 'X') || POSSESSIVES.has(before))
    return !(determiner && nextSense === 'NOUN' && EMPTY_HEADS.has(tags[last + 1]?.lemma ?? ''))
  }
  if (coordinatedAfter(reading, last)) return true
  if (before !== undefined && DEGREE_WORDS.has(before)) return false
  for (let at = first - 1; at >= 0; at--) {
    const tag = tags[at]
    if (!tag) {
      const mark = tokens[at].text
      if (mark !== ',' && !DASH.test(mark)) return true
      // "are, in a word, deplorable", "has been — and perhaps revealingly — callow": an aside is passed whole.
      for (let open = at - 1; open >= 0 && open >= at - 8; open--) {
        if (tokens[open].text === mark || (DASH.test(mark) && DASH.test(tokens[open].text))) {
          at = open
          break
        }
      }
      continue
    }
    if (tag.pos === 'ADV' || tag.pos === 'PART' || tag.pos === 'CCONJ') continue
    // "was abasing and mawkish": another predicate stays.
    if (tag.pos === 'ADJ') return true
    return !((tag.pos === 'AUX' || tag.pos === 'VERB') && LINKING_VERBS.has(tag.lemma))
  }
  return true
}

/** Whether the match is joined to another word like it by a conjunction: after it ("vile and cruel"), or before it. */
function coordination(reading: Reading, first: number, last: number): 'before' | 'after' | undefined {
  if (coordinatedAfter(reading, last)) return 'after'
  const {tokens} = reading.sentence
  if (!CONJUNCTIONS.has(tokens[first - 1]?.lower ?? '')) return undefined
  const other = tokens[first - 2]?.text === ',' ? first - 3 : first - 2
  const sense = tokens[other]?.node.type === 'WordNode' ? reading.sense(other) : undefined
  const own = reading.sense(last)
  return sense !== undefined && sense === own && (sense === 'ADJ' || sense === 'ADV') ? 'before' : undefined
}

/** Whether another adjective or participle follows the match, joined by a comma or a conjunction: "divisive, but simple". */
function coordinatedAfter(reading: Reading, last: number): boolean {
  const {tokens} = reading.sentence
  const tags = reading.tags()
  let joined = false
  let adverb = false
  for (let at = last + 1; at < tokens.length && at <= last + 4; at++) {
    const token = tokens[at]
    if (token.text === ',' || ['and', 'but', 'or', 'yet'].includes(token.lower)) {
      joined = true
      continue
    }
    if (!joined) return false
    const tag = tags[at]
    if (tag?.pos === 'ADV') {
      adverb = true
      continue
    }
    // "outlandish and easily disproven": a word after an adverb is adjectival, whatever the tagger reads.
    return tag?.pos === 'ADJ' || tag?.pos === 'VERB' || (adverb && tag?.pos === 'NOUN')
  }
  return false
}

/**
 * Whether the match is one item of a series between commas ("unqualified,
 * dishonest, corrupt"): adjectives or nouns on both sides. Anything else
 * between commas is an aside ("Anthropic, notably, had"; "fees are, of course, higher").
 * The last adjective of a series before its noun counts too ("a cheap, deplorable, cruel plan").
 */
function inSeries(reading: Reading, first: number, last: number): boolean {
  const {tokens} = reading.sentence
  // The last adjective of a series, before its noun: "a cheap, deplorable, cruel plan" → "a cheap, deplorable plan".
  if (
    tokens[first - 1]?.text === ',' &&
    tokens[first - 2]?.node.type === 'WordNode' &&
    tokens[last + 1]?.node.type === 'WordNode' &&
    reading.sense(last) === 'ADJ' &&
    reading.sense(first - 2) === 'ADJ' &&
    reading.sense(last + 1) === 'NOUN'
  )
    return true
  if (
    tokens[first - 1]?.text !== ',' ||
    tokens[last + 1]?.text !== ',' ||
    tokens[first - 2]?.node.type !== 'WordNode' ||
    tokens[last + 2]?.node.type !== 'WordNode'
  )
    return false
  const sense = reading.sense(last)
  const before = reading.sense(first - 2)
  const after = reading.sense(last + 2)
  const item = (pos: PartOfSpeech | undefined) => pos === 'ADJ' || pos === 'NOUN' || pos === 'PROPN'
  return (
    item(sense) && item(before) && (item(after) || tokens[last + 2].lower === 'and' || tokens[last + 2].lower === 'or')
  )
}

function defaultTitle(actual: string, replacement: string): string {
  return `Replace “${actual}” with “${replacement}”`
}

/** Spaces and tabs only: a gap inside one line. */
const INLINE_SPACE = /^[ \t]+$/

/** A dash between words: an aside's edge or a break in the sentence. */
const DASH = /^(?:[—–]|--?)$/

/** Conjunctions that join the deleted words to the next ones. */
const CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'but', 'or', 'yet'])

/** Marks that close a clause or a sentence: a comma before them goes with the deleted words. */
const CLOSING = /^[.!?;:)\]”’"]$/

/**
 * The range and replacement that delete words without leaving stray commas,
 * doubled spaces or a lower-case sentence start. The range never starts or
 * ends with a space: to take one space with the words it runs to the end of
 * the next word (or back to the start of the word before) and puts that word
 * back. "Notably, no rival" → "No rival"; "Anthropic, notably, had" →
 * "Anthropic had"; "is clearly wrong" → "wrong" over "clearly wrong";
 * "looks pathetic." → "looks" over "looks pathetic"; "unqualified, dishonest,
 * corrupt" → "" over ", dishonest" when the words are a series.
 *
 * Only the first words of a sentence give their capital to the next word:
 * after a dash, a colon or a semicolon the next word keeps its case ("in his
 * business — oohhh, the names" → "— the names"). A comma before the words
 * goes with them when a dash or the end of the clause follows ("perhaps,
 * revealingly — callow" → "perhaps — callow"), words that are a whole
 * aside between dashes go with both dashes, and a conjunction after the
 * words goes with them when they are `coordinated` with the next word ("callow,
 * but honest" → "honest", not "acted shamefully and the board resigned").
 */
export function cleanDeletion(
  text: string,
  tokens: readonly WordToken[],
  first: number,
  last: number,
  series = false,
  coordinated: 'before' | 'after' | undefined = undefined
): {start: number; end: number; replacement: string} {
  const before = tokens[first - 1]
  const after = tokens[last + 1]
  const next = tokens[last + 2]
  const isWord = (token: WordToken | undefined) => token !== undefined && token.node.type === 'WordNode'
  // The first words of the sentence: only opening marks (a quotation mark, a bracket) before them.
  const opening = tokens.slice(0, first).every((token) => token.node.type !== 'WordNode' && !DASH.test(token.text))
  const atBreak = opening || (before !== undefined && !isWord(before) && before.text !== ',')
  const cased = (word: WordToken) => (opening ? capitalize(word.text) : word.text)
  if (atBreak && after && (after.text === ',' || (opening && DASH.test(after.text))) && isWord(next)) {
    // "Notably, no rival" → "No rival": the range runs to the end of the next word to capitalize it.
    return {start: tokens[first].start, end: next.end, replacement: cased(next)}
  }
  if (atBreak && isWord(after)) {
    return {start: tokens[first].start, end: after.end, replacement: cased(after)}
  }
  if (before && DASH.test(before.text) && after && DASH.test(after.text) && isWord(next)) {
    // "has been — revealingly — callow" → "has been callow": the aside goes with both dashes.
    return {start: before.start, end: next.end, replacement: next.text}
  }
  if (before && before.text === ',' && after && after.text === ',') {
    // "unqualified, dishonest, corrupt" → "unqualified, corrupt"; "Anthropic, notably, had" → "Anthropic had".
    return series
      ? {start: before.start, end: tokens[last].end, replacement: ''}
      : {start: before.start, end: after.end, replacement: ''}
  }
  if (before && before.text === ',' && (series || !after || DASH.test(after.text) || CLOSING.test(after.text))) {
    // "perhaps, revealingly — callow" → "perhaps — callow"; "It held, surprisingly." → "It held."
    return {start: before.start, end: tokens[last].end, replacement: ''}
  }
  const end = tokens[last].end
  // "was callow, but honest" → "was honest"; "some vile and cruel" → "some cruel": the conjunction goes with
  // the words. The range takes the word before (or, at a break, the word after) to take one space with it.
  const joinedAt = after?.text === ',' ? last + 2 : last + 1
  const joined = tokens[joinedAt + 1]
  if (
    coordinated === 'after' &&
    isWord(tokens[joinedAt]) &&
    CONJUNCTIONS.has(tokens[joinedAt].lower) &&
    isWord(joined) &&
    (after?.text === ',' || INLINE_SPACE.test(text.slice(end, after!.start)))
  ) {
    const conjunction = tokens[joinedAt]
    if (isWord(before) && INLINE_SPACE.test(text.slice(before.end, tokens[first].start)))
      return {start: before.start, end: conjunction.end, replacement: before.text}
    return {start: tokens[first].start, end: joined.end, replacement: joined.text}
  }
  if (coordinated === 'before' && before && CONJUNCTIONS.has(before.lower)) {
    // "vile and cruel messages" → "vile messages"; "rash, costly, and cruel" → "rash, costly".
    const comma = tokens[first - 2]?.text === ',' ? tokens[first - 2] : undefined
    const previous = tokens[first - 2]
    if (comma) return {start: comma.start, end, replacement: ''}
    if (isWord(previous) && INLINE_SPACE.test(text.slice(previous.end, before.start)))
      return {start: previous.start, end, replacement: previous.text}
  }
  if (isWord(after) && INLINE_SPACE.test(text.slice(end, after.start))) {
    // "their horrifying encounters" → "their encounters": the range covers "horrifying encounters".
    return {start: tokens[first].start, end: after.end, replacement: after.text}
  }
  if (isWord(before) && INLINE_SPACE.test(text.slice(before.end, tokens[first].start))) {
    // "He looks pathetic." → "He looks.": the range covers "looks pathetic".
    return {start: before.start, end, replacement: before.text}
  }
  const previous = tokens[first - 2]
  if (
    before &&
    DASH.test(before.text) &&
    isWord(previous) &&
    INLINE_SPACE.test(text.slice(previous.end, before.start))
  ) {
    // "revealingly — callow." → "revealingly.": the dash goes too, and the space before it.
    return {start: previous.start, end, replacement: previous.text}
  }
  return {start: tokens[first].start, end, replacement: ''}
}

/** alters → alter, pushes → push, carries → carry, changed → change. */
function verbBase(word: string): string {
  const lower = word.toLowerCase()
  if (lower.endsWith('ed')) return baseForm(word)
  if (lower.endsWith('ies')) return word.slice(0, -3) + 'y'
  if (/(?:ss|sh|ch|x|z|o)es$/.test(lower)) return word.slice(0, -2)
  if (lower.endsWith('s') && !lower.endsWith('ss')) return word.slice(0, -1)
  return word
}

// ---------------------------------------------------------------------------------------------
// One finding per word across rules.

type Message = VFile['messages'][number]

/**
 * Where a message's words begin: the first letter or digit of its span, past
 * a comma or a space a deletion's range takes with it (", of course," starts
 * at "of"). Two rules that report the same word report spans that begin at
 * the same word, whatever else each takes with it ("conveniently" and
 * "conveniently cropped"). Undefined for a message with no span.
 */
export function wordStartOf(file: VFile, message: Message): number | undefined {
  const place = message.place
  if (!place || !('start' in place) || place.start.offset === undefined || place.end.offset === undefined) return
  const text = String(file.value)
  for (let index = place.start.offset; index < place.end.offset; index++)
    if (/[\p{L}\p{N}]/u.test(text[index])) return index
  return place.start.offset
}

/** The messages one of our rules has written so far, by rule id. */
export function messagesOf(file: VFile, ruleId: string, from = 0, to = file.messages.length): Message[] {
  return file.messages
    .slice(from, to)
    .filter((message) => message.ruleId === ruleId && message.source === OUR_SOURCE_ID)
}

/** Removes a message from the file. */
export function dropMessage(file: VFile, message: Message): void {
  const index = file.messages.indexOf(message)
  if (index >= 0) file.messages.splice(index, 1)
}
