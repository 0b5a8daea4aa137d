import type {WordToken} from './sentences'

/**
 * Matches word patterns against a sentence's tokens. A pattern is words
 * separated by spaces; each word may be:
 *   - a literal, or alternatives joined by `|` ("say|says|said");
 *   - `*`, any one word;
 *   - `<class>`, any word of a named word class;
 *   - any of those followed by `?`, when it may be missing.
 * Words match case-insensitively, with ’ read as '. Punctuation between
 * words stops a match, so a phrase never runs across a comma.
 */
export type WordClass = ReadonlySet<string> | ((word: string) => boolean)

interface Step {
  test: (word: string) => boolean
  optional: boolean
  /** The literal words this step accepts, when it is a literal. */
  literals?: ReadonlySet<string>
}

interface CompiledPattern<Entry> {
  entry: Entry
  steps: Step[]
  /** Ties between matches of one length go to the lower rank: the entries' order. */
  rank: number
}

export interface PhraseMatch<Entry> {
  entry: Entry
  /** Token indexes of the first and last matched word. */
  first: number
  last: number
}

export function normalizeWord(text: string): string {
  return text.toLowerCase().replace(/’/g, "'")
}

export class PhraseMatcher<Entry> {
  /** Patterns indexed by the literal words they can start with, so each word tries only its own. */
  private readonly byFirstWord = new Map<string, Array<CompiledPattern<Entry>>>()
  /** Patterns whose first word is tested by a function ("<sounding>"). */
  private readonly byFirstTest: Array<CompiledPattern<Entry>> = []
  /** Which of `byFirstTest` each word seen so far can start: the tests depend on the word alone. Bounded. */
  private readonly testedOpeners = new Map<string, ReadonlyArray<CompiledPattern<Entry>>>()
  /** Patterns that can start with any word (a wildcard, or optional classes tested by a function): tried everywhere. */
  private readonly unindexed: Array<CompiledPattern<Entry>> = []

  constructor(
    entries: ReadonlyArray<{entry: Entry; patterns: readonly string[]}>,
    classes: Readonly<Record<string, WordClass>> = {}
  ) {
    let order = 0
    for (const {entry, patterns} of entries) {
      for (const pattern of patterns) {
        const steps = compilePattern(pattern, classes)
        const first = steps[0]
        // Patterns opening with a listed word rank before the others, in the entries' order within each group.
        const opensWithWord = first.literals !== undefined && !first.optional
        const compiled = {entry, steps, rank: (opensWithWord ? 0 : UNLISTED_RANK) + order++}
        const openers = openingWords(steps)
        if (openers) {
          for (const word of openers) {
            const list = this.byFirstWord.get(word) ?? []
            list.push(compiled)
            this.byFirstWord.set(word, list)
          }
        } else if (!first.optional && !first.literals) {
          this.byFirstTest.push(compiled)
        } else {
          this.unindexed.push(compiled)
        }
      }
    }
  }

  /**
   * Every match in the sentence, longest first at each position, without
   * overlaps. With `accept`, the matches at a position are offered longest
   * first (and, for one length, in the order of the entries) until one is
   * accepted: an entry that does not apply in context ("savage" the
   * adjective, where the sentence has the verb) leaves the place to the next.
   */
  matchAll(tokens: readonly WordToken[], accept?: (match: PhraseMatch<Entry>) => boolean): Array<PhraseMatch<Entry>> {
    const {words, firsts, lasts} = sentenceWords(tokens)
    const firstToken = (word: number) => (firsts ? firsts[word] : word)
    const lastToken = (word: number) => (lasts ? lasts[word] : word)
    const matches: Array<PhraseMatch<Entry>> = []
    const tryEverywhere = this.unindexed.length > 0
    // Runs once per word of every sentence: no allocation unless a pattern matches.
    const candidates: Array<{entry: Entry; last: number; rank: number}> = []
    let index = 0
    while (index < words.length) {
      const word = words[index]
      if (word === undefined) {
        index++
        continue
      }
      const indexed = this.byFirstWord.get(word)
      const tested = this.byFirstTest.length > 0 ? this.openersTested(word) : undefined
      if (indexed === undefined && !tested?.length && !tryEverywhere) {
        index++
        continue
      }
      candidates.length = 0
      this.collect(indexed, words, index, candidates)
      this.collect(tested, words, index, candidates)
      if (tryEverywhere) this.collect(this.unindexed, words, index, candidates)
      if (candidates.length > 1) candidates.sort((a, b) => b.last - a.last || a.rank - b.rank)
      let chosen: {entry: Entry; last: number} | undefined
      for (const candidate of candidates) {
        if (accept && !accept({entry: candidate.entry, first: firstToken(index), last: lastToken(candidate.last)}))
          continue
        chosen = candidate
        break
      }
      if (chosen) {
        matches.push({entry: chosen.entry, first: firstToken(index), last: lastToken(chosen.last)})
        index = chosen.last + 1
      } else {
        index++
      }
    }
    return matches
  }

  private collect(
    list: ReadonlyArray<CompiledPattern<Entry>> | undefined,
    words: ReadonlyArray<string | undefined>,
    index: number,
    into: Array<{entry: Entry; last: number; rank: number}>
  ): void {
    if (!list) return
    for (const {entry, steps, rank} of list) {
      const last = matchSteps(steps, words, index)
      if (last !== undefined) into.push({entry, last, rank})
    }
  }

  private openersTested(word: string): ReadonlyArray<CompiledPattern<Entry>> {
    let openers = this.testedOpeners.get(word)
    if (openers === undefined) {
      openers = this.byFirstTest.filter((pattern) => pattern.steps[0].test(word))
      if (this.testedOpeners.size >= TESTED_WORDS) this.testedOpeners.clear()
      this.testedOpeners.set(word, openers)
    }
    return openers
  }
}

const UNLISTED_RANK = 1_000_000
const TESTED_WORDS = 50_000

/**
 * Every word a match of `steps` can start with, when they are listed: the
 * first step's words and, while a step may be missing, the next one's too.
 * Undefined when a step on the way is a wildcard or a class tested by a function.
 */
function openingWords(steps: readonly Step[]): Set<string> | undefined {
  const words = new Set<string>()
  for (const step of steps) {
    if (!step.literals) return undefined
    for (const word of step.literals) words.add(word)
    if (!step.optional) return words
  }
  return undefined
}

/**
 * The sentence as words to match: the normalized word, or undefined for
 * punctuation and symbols. A word, a spaced hyphen and a word ("award -
 * winning", common in tokenized copy) read as one hyphenated word; only then
 * do words and tokens part, and `firsts` and `lasts` give each word's first
 * and last token (otherwise word i is token i).
 */
interface SentenceWords {
  words: Array<string | undefined>
  firsts?: number[]
  lasts?: number[]
}

/** Read once per sentence for all the matchers (four lexicon rules ask), without an object per word. */
const wordsCache = new WeakMap<readonly WordToken[], SentenceWords>()

function sentenceWords(tokens: readonly WordToken[]): SentenceWords {
  const cached = wordsCache.get(tokens)
  if (cached) return cached
  const words = new Array<string | undefined>(tokens.length)
  let joined = false
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]
    words[index] = token.node.type === 'WordNode' ? token.lower : undefined
    if (
      token.text === '-' &&
      index > 0 &&
      words[index - 1] !== undefined &&
      tokens[index + 1]?.node.type === 'WordNode'
    )
      joined = true
  }
  const read: SentenceWords = joined ? joinHyphenated(tokens) : {words}
  wordsCache.set(tokens, read)
  return read
}

function joinHyphenated(tokens: readonly WordToken[]): SentenceWords {
  const words: Array<string | undefined> = []
  const firsts: number[] = []
  const lasts: number[] = []
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]
    if (token.node.type !== 'WordNode') {
      words.push(undefined)
      firsts.push(index)
      lasts.push(index)
      continue
    }
    let word = token.lower
    let last = index
    while (tokens[last + 1]?.text === '-' && tokens[last + 2]?.node.type === 'WordNode') {
      word += '-' + tokens[last + 2].lower
      last += 2
    }
    words.push(word)
    firsts.push(index)
    lasts.push(last)
    index = last
  }
  return {words, firsts, lasts}
}

function compilePattern(pattern: string, classes: Readonly<Record<string, WordClass>>): Step[] {
  return pattern
    .trim()
    .split(/\s+/)
    .map((part) => {
      const optional = part.endsWith('?') && part.length > 1
      const body = optional ? part.slice(0, -1) : part
      if (body === '*') return {test: () => true, optional}
      const classMatch = /^<([\w-]+)>$/.exec(body)
      if (classMatch) {
        const wordClass = classes[classMatch[1]]
        if (!wordClass) throw new Error(`Unknown word class <${classMatch[1]}> in pattern "${pattern}"`)
        if (typeof wordClass === 'function') return {test: wordClass, optional}
        return {test: (word: string) => wordClass.has(word), optional, literals: wordClass}
      }
      const alternatives = new Set(body.split('|').map(normalizeWord))
      return {test: (word: string) => alternatives.has(word), optional, literals: alternatives}
    })
}

/** Returns the token index of the last word matched, or undefined. Optional steps are tried both ways. */
function matchSteps(
  steps: readonly Step[],
  words: ReadonlyArray<string | undefined>,
  start: number
): number | undefined {
  const last = longestMatch(steps, words, 0, start, start - 1)
  return last >= start ? last : undefined
}

/** The furthest word a match of steps[step…] can end on from `position`, or -1. (No closures: this runs per word.) */
function longestMatch(
  steps: readonly Step[],
  words: ReadonlyArray<string | undefined>,
  step: number,
  position: number,
  lastMatched: number
): number {
  if (step === steps.length) return lastMatched
  let best = -1
  const word = words[position]
  if (word !== undefined && steps[step].test(word)) best = longestMatch(steps, words, step + 1, position + 1, position)
  if (steps[step].optional) best = Math.max(best, longestMatch(steps, words, step + 1, position, lastMatched))
  return best
}
