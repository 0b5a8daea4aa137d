import type {Root} from 'nlcst'
import {toString} from 'nlcst-to-string'
import type {VFile} from 'vfile'
import {contextOf, sentencesOf, type SentenceTokens, type WordToken} from '../reading/sentences'
import {baseForm, capitalize} from '../rewrites/english'
import {PhraseMatcher, type WordClass} from '../reading/phrase-matcher'
import {partOfSpeech, tagText, type PartOfSpeech} from '../reading/part-of-speech'
import {isSayingVerb} from '../reading/speech'
import {report, type Rewrite} from '../rewrites/report'

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
   * A replacement is a word of the same part of speech as the one it replaces.
   */
  rewrites?: readonly string[]
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
  /** Skip when the first matched word is capitalized inside a sentence: a name ("Empire State Building"). */
  skipProperNoun?: boolean
  /** Report only as an aside: at the start of the sentence or after a comma, and followed by a comma. */
  parenthetical?: boolean
  /** How sure a finding of this entry is, 0 to 1 (rewrites/report.ts); the rule's declared confidence when left out. */
  confidence?: number
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
    if (entry.subjectTerm) SUBJECT_FAMILIES.set(entry.subjectTerm.source, new RegExp(entry.subjectTerm.source, 'i'))
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
 * appear on at least SUBJECT_LINES lines of the text. Counted over the whole
 * article, so a lint of one part (the incremental linter) passes them in.
 */
export function subjectTermsOf(text: string): Set<string> {
  return subjectTermsFromCounts(subjectLineCounts(text))
}

/** For each known label family, how many lines of `text` use it. */
export function subjectLineCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>()
  if (SUBJECT_FAMILIES.size === 0) return counts
  for (const line of text.split(/\r\n|\r|\n/)) {
    const words = line.match(/[\p{L}][\p{L}'’-]*/gu)
    if (!words) continue
    for (const [key, family] of SUBJECT_FAMILIES) {
      if (words.some((word) => family.test(word))) counts.set(key, (counts.get(key) ?? 0) + 1)
    }
  }
  return counts
}

export function subjectTermsFromCounts(counts: ReadonlyMap<string, number>): Set<string> {
  return new Set([...counts].filter(([, lines]) => lines >= SUBJECT_LINES).map(([key]) => key))
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
  const {tokens} = reading.sentence
  const tags = reading.tags()
  for (let at = index - 1; at >= 0; at--) {
    const pos = tags[at]?.pos
    if (pos === 'ADV' || pos === 'AUX' || pos === 'PART') continue
    return tokens[at].node.type === 'WordNode' ? tokens[at].lower : undefined
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
  const replacements = entry.rewrites ?? []

  // A deletion may need to take a comma or the next word's capital with it, so the range can grow.
  const deletion = replacements.includes('')
    ? cleanDeletion(text, tokens, first, last, inSeries(reading, first, last))
    : undefined
  const start = deletion ? deletion.start : matchStart
  const end = deletion ? deletion.end : matchEnd
  const title = options.rewriteTitle ?? defaultTitle

  const rewrites: Rewrite[] = replacements.map((replacement) => {
    if (replacement === '') return {replacement: deletion!.replacement, title: `Delete “${actual}”`}
    const rest = text.slice(tokens[Math.min(first + 1, last)].start, matchEnd)
    const lastWord = tokens[last].text
    const filled = replacement
      .replaceAll('{actual}', actual)
      .replaceAll('{rest}', first === last ? '' : rest)
      .replaceAll('{first}', tokens[first].text)
      .replaceAll('{2}', tokens[Math.min(first + 1, last)].text)
      .replaceAll('{last}', lastWord)
      .replaceAll('{base}', verbBase(lastWord))
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

/**
 * Whether the match is one item of a series between commas ("unqualified,
 * dishonest, corrupt"): adjectives or nouns on both sides. Anything else
 * between commas is an aside ("Anthropic, notably, had"; "fees are, of course, higher").
 */
function inSeries(reading: Reading, first: number, last: number): boolean {
  const {tokens} = reading.sentence
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

/**
 * The range and replacement that delete words without leaving stray commas,
 * doubled spaces or a lower-case sentence start. The range never starts or
 * ends with a space: to take one space with the words it runs to the end of
 * the next word (or back to the start of the word before) and puts that word
 * back. "Notably, no rival" → "No rival"; "Anthropic, notably, had" →
 * "Anthropic had"; "is clearly wrong" → "wrong" over "clearly wrong";
 * "looks pathetic." → "looks" over "looks pathetic"; "unqualified, dishonest,
 * corrupt" → "" over ", dishonest" when the words are a series.
 */
export function cleanDeletion(
  text: string,
  tokens: readonly WordToken[],
  first: number,
  last: number,
  series = false
): {start: number; end: number; replacement: string} {
  const before = tokens[first - 1]
  const after = tokens[last + 1]
  const next = tokens[last + 2]
  const atStart = first === 0 || (before && before.node.type !== 'WordNode' && before.text !== ',')
  if (atStart && after && after.text === ',' && next && next.node.type === 'WordNode') {
    // "Notably, no rival" → "No rival": the range runs to the end of the next word to capitalize it.
    return {start: tokens[first].start, end: next.end, replacement: capitalize(next.text)}
  }
  if (atStart && after && after.node.type === 'WordNode') {
    return {start: tokens[first].start, end: after.end, replacement: capitalize(after.text)}
  }
  if (before && before.text === ',' && after && after.text === ',') {
    // "unqualified, dishonest, corrupt" → "unqualified, corrupt"; "Anthropic, notably, had" → "Anthropic had".
    return series
      ? {start: before.start, end: tokens[last].end, replacement: ''}
      : {start: before.start, end: after.end, replacement: ''}
  }
  const end = tokens[last].end
  if (after && after.node.type === 'WordNode' && INLINE_SPACE.test(text.slice(end, after.start))) {
    // "their horrifying encounters" → "their encounters": the range covers "horrifying encounters".
    return {start: tokens[first].start, end: after.end, replacement: after.text}
  }
  if (before && before.node.type === 'WordNode' && INLINE_SPACE.test(text.slice(before.end, tokens[first].start))) {
    // "He looks pathetic." → "He looks.": the range covers "looks pathetic".
    return {start: before.start, end, replacement: before.text}
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
