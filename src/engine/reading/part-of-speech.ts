import type {Paragraph, Sentence} from 'nlcst'
import {toString} from 'nlcst-to-string'
import type WinkNLP from 'wink-nlp'
import type {ItsFunction, ItsHelpers, WinkMethods} from 'wink-nlp'
import type WinkModel from 'wink-eng-lite-web-model'
import {sourceOf} from './sentences'

/**
 * Part-of-speech tags and lemmas from wink-nlp's English light model, placed
 * on the engine's own word tokens.
 *
 * The model is large (about 3.6 MB of bundled JavaScript, most of it one JSON
 * lexicon) and takes roughly 100-300 ms to load, so nothing of it runs when this module
 * is imported: it is required and built on the first tag asked for. A
 * top-level `import model from 'wink-eng-lite-web-model'` would not do: esbuild
 * hoists that import to the top of the bundle, so the lexicon would be
 * evaluated as the extension starts whether or not a rule ever asks for a tag.
 *
 * Sentences are tagged whole (the tagger reads a word's neighbours) and only
 * when a rule asks about them; the tags of a sentence are kept with its node.
 */

/** Universal POS tags, as wink gives them. */
export type PartOfSpeech =
  | 'ADJ'
  | 'ADP'
  | 'ADV'
  | 'AUX'
  | 'CCONJ'
  | 'DET'
  | 'INTJ'
  | 'NOUN'
  | 'NUM'
  | 'PART'
  | 'PRON'
  | 'PROPN'
  | 'PUNCT'
  | 'SCONJ'
  | 'SYM'
  | 'VERB'
  | 'X'
  | 'SPACE'

/** One of wink's tokens, placed in the text it was read from. */
export interface TaggedWord {
  /** UTF-16 offset of the token's first character in the text given to `tagText`. */
  start: number
  end: number
  /** The token exactly as in the text (`text.slice(start, end)`). */
  text: string
  pos: PartOfSpeech
  /** Lower case; a contraction's part has its full form ("n't" → "not", "'s" → "be" after a pronoun, "’d" → "would"). */
  lemma: string
}

/**
 * The tag of one of the engine's words. wink splits some words the engine keeps
 * whole ("don't" is "do" + "n't", "John's" is "John" + "'s", "well-known" is
 * "well" + "-" + "known"); `pos` and `lemma` are those of the word's head token
 * (the first of its word tokens, or the last when the word is hyphenated), and
 * `tokens` holds all of wink's tokens that overlap the word.
 */
export interface WordTag {
  pos: PartOfSpeech
  lemma: string
  tokens: TaggedWord[]
}

type Tagger = {nlp: WinkMethods; its: ItsHelpers}

let tagger: Tagger | undefined

/** Whether the model has been loaded (it is, after the first tag). */
export function isModelLoaded(): boolean {
  return tagger !== undefined
}

/** Loads the model now rather than on the first tag, e.g. while the editor is idle. */
export function loadModel(): void {
  getTagger()
}

function getTagger(): Tagger {
  if (tagger) return tagger
  const {winkNLP, model} = requireWink()
  // Only the tagger: sentence splitting, entities, negation and sentiment would
  // triple the time and change no tag (checked over the SemEval articles).
  const nlp = winkNLP(model, ['pos'])
  tagger = {nlp, its: nlp.its}
  return tagger
}

function requireWink(): {winkNLP: typeof WinkNLP; model: typeof WinkModel} {
  try {
    // In a bundle, esbuild turns these calls into its lazy module wrappers, so
    // the model is evaluated here and not when the bundle starts.
    return {winkNLP: require('wink-nlp'), model: require('wink-eng-lite-web-model')}
  } catch (error) {
    if (!(error instanceof ReferenceError) || typeof process === 'undefined') throw error
    // Not bundled: run as an ES module (tests under tsx), where `require` does not
    // exist. (A CommonJS bundle warns that `import.meta` is empty there: harmless,
    // since in a bundle the `require` calls above always succeed.)
    const nodeRequire = process.getBuiltinModule('node:module').createRequire(import.meta.url)
    return {winkNLP: nodeRequire('wink-nlp'), model: nodeRequire('wink-eng-lite-web-model')}
  }
}

/** Characters wink reads as space and leaves out of its tokens (U+2028, U+3000, a byte-order mark...). */
const SKIPPED = /[\s\p{Cf}]*/uy

/** Where wink's token `value` starts in `text` at or after `cursor`, or -1 when it is not there. */
function locate(text: string, value: string, cursor: number): number {
  if (text.startsWith(value, cursor)) return cursor
  SKIPPED.lastIndex = cursor
  SKIPPED.exec(text)
  const at = SKIPPED.lastIndex
  return at > cursor && text.startsWith(value, at) ? at : -1
}

/**
 * Tags `text.slice(start, end)` as one run of text: every token wink finds
 * (words, punctuation, numbers, symbols, line breaks), with offsets into `text`.
 */
export function tagText(text: string, start = 0, end = text.length): TaggedWord[] {
  return tagRun(start === 0 && end === text.length ? text : text.slice(start, end), start)
}

/**
 * The tags of recent runs of text, by their text: a rewrite is checked in a
 * sentence the rules have already had tagged (see rewrites/check.ts), and the
 * incremental linter reads unchanged sentences again. Bounded, oldest out.
 */
const recentRuns = new Map<string, TaggedWord[]>()
const RECENT_RUNS = 4096

/** Tags `run`, placing its tokens at `shift` plus their offset in `run`. */
function tagRun(run: string, shift: number): TaggedWord[] {
  let words = recentRuns.get(run)
  if (!words) {
    words = readRun(run)
    if (recentRuns.size >= RECENT_RUNS) recentRuns.delete(recentRuns.keys().next().value as string)
    recentRuns.set(run, words)
  }
  return shift === 0 ? words : words.map((word) => ({...word, start: word.start + shift, end: word.end + shift}))
}

/** wink's tokens of `run`, at their offsets in it. */
function readRun(run: string): TaggedWord[] {
  if (!/\S/.test(run)) return []
  const {nlp, its} = getTagger()
  const tokens = nlp.readDoc(run).tokens()
  const values = tokens.out(its.value) as string[]
  const tags = tokens.out(its.pos) as PartOfSpeech[]
  // wink's typings give `its.lemma` a signature `out` does not accept; it works as the others do.
  const lemmas = tokens.out(its.lemma as unknown as ItsFunction<string>) as string[]
  const words: TaggedWord[] = []
  let cursor = 0
  for (let index = 0; index < values.length; index++) {
    const value = values[index]
    const at = locate(run, value, cursor)
    // wink's values are the text's own characters; a token not found (none seen
    // in 120,000 tokens of news) is left out rather than misplaced.
    if (at < 0) continue
    words.push({start: at, end: at + value.length, text: value, pos: tags[index], lemma: lemmas[index]})
    cursor = at + value.length
  }
  return words
}

const HYPHEN = /^[-‐‑]$/
/** Tokens that cannot head a word when the word has any other. */
const NOT_HEAD: ReadonlySet<PartOfSpeech> = new Set(['PUNCT', 'SPACE', 'X'])

/** The token whose tag stands for a word: its first word token, or its last when the word is hyphenated ("state-owned", "so-called"). */
function headOf(tokens: TaggedWord[], start: number, end: number): TaggedWord {
  let first: TaggedWord | undefined
  let last: TaggedWord | undefined
  let hyphenated = false
  for (const token of tokens) {
    if (NOT_HEAD.has(token.pos)) {
      if (token.start > start && token.end < end && HYPHEN.test(token.text)) hyphenated = true
      continue
    }
    first ??= token
    last = token
  }
  return (hyphenated ? last : first) ?? tokens[0]
}

/** A word's tag. Its wink tokens are sliced out only when asked for: no rule needs them on every word. */
class TagOfWord implements WordTag {
  constructor(
    readonly pos: PartOfSpeech,
    readonly lemma: string,
    private readonly words: readonly TaggedWord[],
    private readonly from: number,
    private readonly to: number
  ) {}

  get tokens(): TaggedWord[] {
    return this.words.slice(this.from, this.to)
  }
}

const sentenceTags = new WeakMap<Sentence, ReadonlyArray<WordTag | undefined>>()
const paragraphWords = new WeakMap<Paragraph, TaggedWord[]>()

/**
 * Paragraphs up to this many characters are tagged whole, once, for all their
 * sentences: wink reads a paragraph about three times as fast as the same
 * words a sentence at a time, and tags them the same (2 of 64,000 tokens of
 * news differed, both in the token's split, not its tag). Longer ones are
 * tagged a sentence at a time, as rules ask: a rule may need one sentence of
 * a 2 MB line.
 */
const WHOLE_PARAGRAPH = 3000

/** wink's tokens of the sentence starting at `base`, from its paragraph's reading when there is one. */
function wordsOfSentence(sentence: Sentence, base: number, paragraph: Paragraph | undefined): TaggedWord[] {
  const from = paragraph?.position?.start.offset
  const to = paragraph?.position?.end.offset
  const end = sentence.position?.end.offset
  if (!paragraph || from === undefined || to === undefined || end === undefined || to - from > WHOLE_PARAGRAPH)
    return tagRun(toString(sentence), base)
  let words = paragraphWords.get(paragraph)
  if (!words) {
    words = tagRun(sourceOf(paragraph) ?? toString(paragraph), from)
    paragraphWords.set(paragraph, words)
  }
  let low = 0
  let high = words.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (words[middle].start < base) low = middle + 1
    else high = middle
  }
  let last = low
  while (last < words.length && words[last].end <= end) last++
  return words.slice(low, last)
}

/**
 * Tags of a sentence's words, parallel to `sentence.children`: a `WordTag` for
 * each WordNode wink has a token for, `undefined` for other children. The
 * sentence is tagged as the engine read it (`toString(sentence)`: in Markdown,
 * with inline code and link targets already blanked), once per node. Offsets
 * in the tags are document offsets when the node has a position.
 */
export function tagSentence(sentence: Sentence, paragraph?: Paragraph): ReadonlyArray<WordTag | undefined> {
  const cached = sentenceTags.get(sentence)
  if (cached) return cached
  const base = sentence.position?.start.offset ?? 0
  const words = wordsOfSentence(sentence, base, paragraph)
  const children = sentence.children
  const tags: Array<WordTag | undefined> = new Array(children.length).fill(undefined)
  let offset = base
  let next = 0
  for (let index = 0; index < children.length; index++) {
    const child = children[index]
    const from = child.position?.start.offset
    const to = child.position?.end.offset
    const start = offset
    const end = (offset += from !== undefined && to !== undefined ? to - from : toString(child).length)
    if (child.type !== 'WordNode') continue
    while (next < words.length && words[next].end <= start) next++
    let last = next
    while (last < words.length && words[last].start < end) last++
    if (last === next) continue
    const head = last - next === 1 ? words[next] : headOf(words.slice(next, last), start, end)
    tags[index] = new TagOfWord(head.pos, head.lemma, words, next, last)
  }
  sentenceTags.set(sentence, tags)
  return tags
}

/** The shape of the engine's `SentenceTokens` (reading/sentences.ts) that tagging needs. */
export interface TokenizedSentence {
  sentence: Sentence
  /** The paragraph holding it, to tag all its sentences at once (see WHOLE_PARAGRAPH). */
  paragraph?: Paragraph
  tokens: ReadonlyArray<{index: number}>
}

const tokenTags = new WeakMap<TokenizedSentence, ReadonlyArray<WordTag | undefined>>()

/**
 * Tags parallel to `sentence.tokens` (the engine's tokens from `sentencesOf`):
 * `partOfSpeech(sentence)[i]` is the tag of `sentence.tokens[i]`, `undefined`
 * for punctuation and symbols. Tags the sentence on the first call.
 */
export function partOfSpeech(sentence: TokenizedSentence): ReadonlyArray<WordTag | undefined> {
  const cached = tokenTags.get(sentence)
  if (cached) return cached
  const tags = tagSentence(sentence.sentence, sentence.paragraph)
  const parallel = sentence.tokens.map((token) => tags[token.index])
  tokenTags.set(sentence, parallel)
  return parallel
}

/**
 * wink's tokens of a sentence as the rules read it (from its paragraph's
 * reading when there is one), with document offsets: for reading the sentence
 * again, as the rewrite check does, without tagging it a second time.
 */
export function taggedWordsOf(sentence: TokenizedSentence): readonly TaggedWord[] {
  return wordsOfSentence(sentence.sentence, sentence.sentence.position?.start.offset ?? 0, sentence.paragraph)
}

/** The tag of one token of `sentence` (a `WordToken` from `sentencesOf`). */
export function tagOf(sentence: TokenizedSentence, token: {index: number}): WordTag | undefined {
  return tagSentence(sentence.sentence, sentence.paragraph)[token.index]
}
