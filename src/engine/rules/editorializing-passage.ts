import {closingAttribution} from '../reading/closing-attribution'
import type {VFile} from 'vfile'
import {partOfSpeech, tagText, type PartOfSpeech, type WordTag} from '../reading/part-of-speech'
import {isInsideQuotation, sentenceCountOf, type SentenceTokens, type WordToken} from '../reading/sentences'
import {attributionKind} from '../reading/speech'
import type {Rewrite} from '../rewrites/report'

/**
 * The sentence as the editorializing checks read it (editorializing.ts and
 * editorializing-*.ts): its words, tags, whether it is a headline, the page
 * talking, or words reported from someone else.
 */

export interface Finding {
  start: number
  end: number
  reason: string
  rewrites: Rewrite[]
  confidence: number
  /** The words themselves, when the range is wider to take a comma or a capital with a deletion. */
  core?: {start: number; end: number}
}

export const isWord = (token: WordToken | undefined): token is WordToken =>
  token !== undefined && token.node.type === 'WordNode'

/** Words of the page around an article, talking to its readers. */
const PAGE_WORDS = new Set([
  'app',
  'apps',
  'newsletter',
  'newsletters',
  'subscribe',
  'subscription',
  'inbox',
  'podcast',
  'below',
  'comments',
  'download',
  'click',
  'tap',
  'sign-up',
  'signup',
  'unsubscribe',
  'advertise',
  'sponsored',
  'follow',
  'retweet',
  'like',
  'hashtag'
])

/** Words of the page that prose uses too ("It's like a circus!", "the follow-up"). */
const PROSE_TOO = new Set(['like', 'follow'])

/** What a page shows its readers and points to ("the video above", "the clip below"). */
const PAGE_ITEMS = new Set([
  'video',
  'videos',
  'clip',
  'clips',
  'segment',
  'photo',
  'photos',
  'gallery',
  'slideshow',
  'interview',
  'tweet',
  'tweets',
  'post',
  'link',
  'links',
  'form',
  'box',
  'player'
])

export const CLOSERS = /^[”"’')\]»]+$/
export const CLAUSE_BREAK = /^[,;:()—–]$|^-$/

// Patterns tested per word or per sentence, kept here rather than written inline: a regular expression literal in a
// function makes a new RegExp object each time it is reached.
const HAS_LETTER = /\p{L}/u
const STARTS_WITH_LETTER = /^\p{L}/u
const STARTS_WITH_CAPITAL = /^\p{Lu}/u
const SENTENCE_END = /[.!?…]$/
const PROSE_END = /^[.!?…]+$|^\.\.\.$|[!?]$/
const LINK_OR_ADDRESS = /@|https?:|www\.|[»›→|]/
const DASH = /^[—–]$/

/** One sentence with what the checks ask of it, worked out when first asked. */
export class Passage {
  // What the checks ask of the sentence is worked out once: most of it is asked by several checks.
  private tagged?: ReadonlyArray<WordTag | undefined>
  private titleCase?: boolean
  private headline?: boolean
  private wordAt?: readonly number[]
  private lastMarkAt?: number
  private letterWords?: number
  private lowered?: readonly string[]
  private wordsLowered?: readonly string[]
  private pageTalk?: boolean
  private pagePitch?: boolean
  /** By the word they are read from: made when first asked, as most sentences never are. */
  private imperativeTags?: Map<number, ReadonlyArray<{pos: PartOfSpeech; lemma: string} | undefined>>

  constructor(
    readonly file: VFile,
    readonly sentences: readonly SentenceTokens[],
    readonly position: number
  ) {}

  get sentence(): SentenceTokens {
    return this.sentences[this.position]
  }

  get tokens(): WordToken[] {
    return this.sentence.tokens
  }

  get text(): string {
    return String(this.file.value)
  }

  tags(): ReadonlyArray<WordTag | undefined> {
    this.tagged ??= partOfSpeech(this.sentence)
    return this.tagged
  }

  /** Indexes of the tokens that are words (not punctuation or symbols), in order: read once for every check's loops. */
  wordIndexes(): readonly number[] {
    if (this.wordAt === undefined) {
      const {tokens} = this
      const indexes: number[] = []
      for (let index = 0; index < tokens.length; index++) if (isWord(tokens[index])) indexes.push(index)
      this.wordAt = indexes
    }
    return this.wordAt
  }

  /** Index of the first word, past opening quotation marks and brackets. */
  firstWord(): number {
    return this.wordIndexes()[0] ?? -1
  }

  /** The last token that is not a closing mark: the sentence's own end ("?" in `…?”`). */
  lastMark(): WordToken | undefined {
    if (this.lastMarkAt === undefined) {
      let index = this.tokens.length - 1
      while (index >= 0 && CLOSERS.test(this.tokens[index].text)) index--
      this.lastMarkAt = index
    }
    return this.lastMarkAt < 0 ? undefined : this.tokens[this.lastMarkAt]
  }

  /** Index of `lastMark()` in the tokens, or -1. */
  lastMarkIndex(): number {
    this.lastMark()
    return this.lastMarkAt!
  }

  /** How many words with a letter the sentence has. */
  words(): number {
    if (this.letterWords === undefined) {
      let count = 0
      for (const index of this.wordIndexes()) if (HAS_LETTER.test(this.tokens[index].text)) count++
      this.letterWords = count
    }
    return this.letterWords
  }

  /** Every token in lower case (`token.lower`), parallel to `tokens`. */
  lowerTokens(): readonly string[] {
    this.lowered ??= this.tokens.map((token) => token.lower)
    return this.lowered
  }

  /** The words alone (no punctuation), in lower case. */
  lowerWords(): readonly string[] {
    this.wordsLowered ??= this.wordIndexes().map((index) => this.tokens[index].lower)
    return this.wordsLowered
  }

  /**
   * A headline or a heading, whose questions and imperatives are the headline
   * writer's: a line in Title Case, or a paragraph that does not end as prose
   * does ("Trump Condoms, Anyone? The Outrageous Swag of the Convention").
   * (Read from the paragraph alone: a part of an article is read as the whole.)
   */
  isHeadline(): boolean {
    this.headline ??= this.readHeadline()
    return this.headline
  }

  private readHeadline(): boolean {
    const {paragraph} = this.sentence
    if (this.isTitleCase()) return true
    let last = this.position
    while (this.sentences[last + 1]?.paragraph === paragraph) last++
    const {tokens} = this.sentences[last]
    let end = tokens.length - 1
    while (end >= 0 && CLOSERS.test(tokens[end].text)) end--
    return end < 0 || !SENTENCE_END.test(tokens[end].text)
  }

  /** The sentence is a paragraph of its own. */
  standsAlone(): boolean {
    return sentenceCountOf(this.sentence.paragraph) === 1
  }

  /** The sentence ends as prose does: with a full stop, a question or an exclamation mark (not a label, a byline or a list of links). */
  isProse(): boolean {
    const mark = this.lastMark()
    return mark !== undefined && PROSE_END.test(mark.text)
  }

  /**
   * The page talking to its readers: an app, a newsletter, the comments, a
   * link or an address ("Leave your thoughts below!"), or asking for their
   * comments ("What do you think?", "What are your thoughts?").
   */
  isPageTalk(): boolean {
    this.pageTalk ??= this.talksAsPage(true)
    return this.pageTalk
  }

  /**
   * The page talking, by its surer signs only: not "like" or "follow", which prose uses too ("It's like a circus!"),
   * nor a short line with "you" and "think" ("How could you even think that?!"), nor "this story" ("Lucky for them
   * this story ended well!").
   */
  isPagePitch(): boolean {
    this.pagePitch ??= this.talksAsPage(false)
    return this.pagePitch
  }

  private talksAsPage(loose: boolean): boolean {
    const words = this.lowerWords()
    if (
      loose &&
      words.length <= 6 &&
      words.some((word) => word === 'you' || word === 'your') &&
      words.some((word) => word === 'think' || word === 'thoughts')
    )
      return true
    // "Please share this news", "Share if you agree": the page asking to be passed on. "Keep it locked on the site for
    // the latest", "Stay tuned", "Check back for updates": the page asking to be read again.
    if (words[0] === 'share' || (words[0] === 'please' && words[1] === 'share')) return true
    if (
      words.some(
        (word, index) =>
          (word === 'for' && words[index + 1] === 'the' && words[index + 2] === 'latest') ||
          (word === 'stay' && words[index + 1] === 'tuned') ||
          (word === 'check' && words[index + 1] === 'back')
      )
    )
      return true
    return this.tokens.some(
      (token, index) =>
        (PAGE_WORDS.has(token.lower) && (loose || !PROSE_TOO.has(token.lower))) ||
        LINK_OR_ADDRESS.test(token.text) ||
        (loose &&
          token.lower === 'this' &&
          ['article', 'story', 'post', 'page', 'video'].includes(this.tokens[index + 1]?.lower ?? '')) ||
        // "the segment above", "the video above": the page pointing at itself.
        (token.lower === 'above' && PAGE_ITEMS.has(this.tokens[index - 1]?.lower ?? ''))
    )
  }

  /** A line in Title Case: a headline or a heading. */
  isTitleCase(): boolean {
    if (this.titleCase === undefined) {
      // The words that open with a letter, and how many of them with a capital, but the first, which has one in any sentence.
      let first = true
      let words = 0
      let capitalized = 0
      for (const index of this.wordIndexes()) {
        const {text} = this.tokens[index]
        if (!STARTS_WITH_LETTER.test(text)) continue
        if (first) {
          first = false
          continue
        }
        words++
        if (STARTS_WITH_CAPITAL.test(text)) capitalized++
      }
      this.titleCase = words >= 3 && capitalized >= 0.7 * words
    }
    return this.titleCase
  }

  isQuoted(token: WordToken): boolean {
    return isInsideQuotation(this.file, {start: token.start, end: token.end})
  }

  /** Whether the words from `at` on are reported from someone else: a verb of saying before them with a third party as subject, or "…, she said." after. */
  isReported(at = this.tokens.length): boolean {
    return isReported(this.sentence, at)
  }

  /**
   * Tags read as an imperative would be: the sentence after "please", lower
   * case. wink reads a capitalized first word as a name ("Call your senator":
   * PROPN), but after "please" a verb is read as a verb. With `from`, the words
   * from there on ("…, remember this:", "…: Erase the line.").
   */
  imperative(from = this.firstWord()): ReadonlyArray<{pos: PartOfSpeech; lemma: string} | undefined> | undefined {
    if (from < 0 || from >= this.tokens.length) return undefined
    this.imperativeTags ??= new Map()
    const cached = this.imperativeTags.get(from)
    if (cached) return cached
    const base = this.tokens[from].start
    const run = this.text.slice(base, this.sentence.end)
    const prefix = 'please '
    const lowered = prefix + run.charAt(0).toLowerCase() + run.slice(1)
    const words = tagText(lowered)
    // Both run in text order: one walk pairs each token with wink's word that starts where it does.
    let next = 0
    const tags = this.tokens.map((token) => {
      if (!isWord(token) || token.start < base) return undefined
      const start = token.start - base + prefix.length
      while (next < words.length && words[next].start < start) next++
      const word = words[next]
      return word !== undefined && word.start === start ? word : undefined
    })
    this.imperativeTags.set(from, tags)
    return tags
  }

  span(first: number, last: number): {start: number; end: number; actual: string} {
    const start = this.tokens[first].start
    const end = this.tokens[last].end
    return {start, end, actual: this.text.slice(start, end)}
  }
}

/** Verbs of saying that name what they judge, the judgement after its object ("called the move a disgrace"). */
const NAMING_VERBS = new Set([
  'call',
  'label',
  'brand',
  'describe',
  'term',
  'dub',
  'deem',
  'consider',
  'declare',
  'name'
])

/**
 * Whether the words from `before` on are someone else's: a verb of saying or
 * thinking before them whose subject is not the writer or the reader ("she
 * called it a disgrace", "Smith thinks it is time to…"), or an attribution
 * that closes the sentence ("…, she said.").
 */
export function isReported(sentence: SentenceTokens, before: number): boolean {
  const tags = partOfSpeech(sentence)
  const {tokens} = sentence
  const saysAt = (index: number) => {
    const tag = tags[index]
    if (tag?.pos !== 'VERB') return false
    const kind = attributionKind(tokens[index].lower, tag.lemma)
    return kind === 'saying' || kind === 'believing'
  }
  const subjectOf = (index: number): number => {
    let at = index - 1
    while (at >= 0 && (tags[at]?.pos === 'ADV' || tags[at]?.pos === 'AUX' || tags[at]?.pos === 'PART')) at--
    // "She announced the plan and said…": a second verb shares the first one's subject.
    if (tags[at]?.pos === 'CCONJ') {
      let verb = at - 1
      while (verb >= 0 && tags[verb]?.pos !== 'VERB') verb--
      if (verb >= 0) return subjectOf(verb)
    }
    return at
  }
  // A report reaches to a turn of the writer's own: ", but", ", yet", ";", a dash ("She says fees will fall, but that's nonsense").
  let from = 0
  for (let index = 0; index < Math.min(before, tokens.length); index++) {
    const text = tokens[index].text
    if (
      text === ';' ||
      DASH.test(text) ||
      (text === ',' && ['but', 'yet', 'although', 'though', 'however'].includes(tokens[index + 1]?.lower ?? '')) ||
      // ", even though it isn't funny": the writer's own turn, as ", but" is.
      (text === ',' && tokens[index + 1]?.lower === 'even' && ['though', 'if'].includes(tokens[index + 2]?.lower ?? ''))
    )
      from = index + 1
  }
  // "announced a bid for the seat and…": a verb of saying with a noun for its object, and no clause, reports no words.
  const takesNounObject = (index: number) => {
    if (NAMING_VERBS.has(tags[index]?.lemma ?? '')) return false
    let at = index + 1
    while (at < before && ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(tags[at]?.pos ?? '')) at++
    if (at === index + 1 || at >= before || tags[at - 1]?.pos !== 'NOUN') return false
    return (
      ['ADP', 'CCONJ'].includes(tags[at]?.pos ?? '') ||
      (tokens[at].text === ',' && !['which', 'who', 'whom', 'that'].includes(tokens[at + 1]?.lower ?? ''))
    )
  }
  for (let index = from; index < Math.min(before, tokens.length); index++) {
    if (!saysAt(index) || takesNounObject(index)) continue
    const at = subjectOf(index)
    const subject = tokens[at]?.lower
    if (
      at >= 0 &&
      subject !== undefined &&
      !['i', 'we', 'you', 'one', 'it'].includes(subject) &&
      ['PROPN', 'PRON', 'NOUN'].includes(tags[at]?.pos ?? '')
    )
      return true
  }
  return closingAttribution(sentence, before) !== undefined
}
