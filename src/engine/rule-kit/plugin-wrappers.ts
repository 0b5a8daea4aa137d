import type {Root, Sentence, SentenceContent} from 'nlcst'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import {sentencesOf, type WordToken} from '../reading/sentences'

// biome-ignore lint/suspicious/noExplicitAny: retext plugins take options of every shape
export type AnyPlugin = Plugin<any[], Root>
type Transformer = (tree: Root, file: VFile) => void

/**
 * Wraps a retext plugin so its transformer sees a different view of the same
 * nodes (positions unchanged); a view with no sentences skips the plugin.
 */
function withView(plugin: AnyPlugin, view: (tree: Root) => Root): AnyPlugin {
  return function (this: unknown, ...options: unknown[]) {
    const transform = (plugin as (...args: unknown[]) => Transformer).apply(this, options)
    return function (tree: Root, file: VFile) {
      const seen = view(tree)
      const paragraph = seen.children[0]
      if (paragraph && paragraph.type === 'ParagraphNode' && paragraph.children.length > 0) transform(seen, file)
    }
  } as AnyPlugin
}

const paragraphBreak = (): SentenceContent => ({type: 'WhiteSpaceNode', value: '\n\n'})

/** Every sentence of the tree, in order, as the children of one paragraph. */
function oneParagraph(sentences: Sentence[]): Root {
  const children = sentences.flatMap((sentence, index) =>
    index > 0 ? [paragraphBreak(), sentence] : [sentence]
  ) as unknown as Root['children']
  return {type: 'RootNode', children: [{type: 'ParagraphNode', children: children as never}]}
}

/**
 * The stretches of the sentences that could hold a phrase, by the key of
 * their candidate word (`keyOf`), each key's in one paragraph: from `before`
 * words before each candidate word to `after` words after it. Each stretch
 * keeps one more word at each end, so that a word inside reads as it does in
 * its sentence (nlcst-is-literal asks whether any word comes before or after
 * it); one key's stretches that meet are merged, so its search finds no
 * phrase twice. White space is left out: phrase searches skip it. Candidates
 * are tested on the lower-case word.
 */
function stretchesAround(
  tree: Root,
  isCandidate: (word: string) => boolean,
  reach: {before: number; after: number},
  keyOf: (word: string) => string
): Map<string, Root> {
  const pieces = new Map<string, Sentence[]>()
  for (const {sentence, tokens} of sentencesOf(tree)) {
    // The stretch being built for each key in this sentence.
    const open = new Map<string, {from: number; to: number}>()
    for (let index = 0; index < tokens.length; index++) {
      if (tokens[index].node.type !== 'WordNode' || !isCandidate(tokens[index].lower)) continue
      const key = keyOf(tokens[index].lower)
      const first = wordsAway(tokens, index, -(reach.before + 1))
      const last = wordsAway(tokens, index, reach.after + 1)
      const current = open.get(key)
      if (current && first <= current.to + 1) {
        current.to = Math.max(current.to, last)
        continue
      }
      if (current) addPiece(pieces, key, stretch(sentence, tokens, current.from, current.to))
      open.set(key, {from: first, to: last})
    }
    for (const [key, {from, to}] of open) addPiece(pieces, key, stretch(sentence, tokens, from, to))
  }
  const views = new Map<string, Root>()
  for (const [key, list] of pieces) views.set(key, oneParagraph(list))
  return views
}

function addPiece(pieces: Map<string, Sentence[]>, key: string, piece: Sentence): void {
  const list = pieces.get(key)
  if (list) list.push(piece)
  else pieces.set(key, [piece])
}

/**
 * For a plugin that searches a long list of phrases (retext-profanities has
 * about 3,000, retext-equality about 900): its search indexes every phrase it
 * is given each time it runs, which costs more than the search. So it runs as
 * one instance per key word found in the text, each told to ignore every
 * phrase but those `searches(key, phrase)` keeps for that key, over the
 * stretches around that key's candidates. `keyOf` reads a candidate word as
 * the keys are written. A phrase that two keys keep, found near both, is
 * found by both instances: the caller drops the repeats.
 */
export function byCandidateWord(
  plugin: AnyPlugin,
  candidates: {
    isCandidate: (word: string) => boolean
    reach: {before: number; after: number}
    keyOf: (word: string) => string
    searches: (key: string, phrase: string) => boolean
  }
): AnyPlugin {
  const {isCandidate, reach, keyOf, searches} = candidates
  return function (this: unknown, options: {ignore?: readonly string[]} = {}) {
    const ignored = new Set(options.ignore ?? [])
    const instances = new Map<string, Transformer>()
    const instanceFor = (key: string) => {
      let instance = instances.get(key)
      if (!instance) {
        const ignore = new IgnoredPhrases(ignored, (phrase) => !searches(key, phrase))
        instance = (plugin as (...args: unknown[]) => Transformer).call(this, {...options, ignore})
        instances.set(key, instance)
      }
      return instance
    }
    return function (tree: Root, file: VFile) {
      for (const [key, view] of stretchesAround(tree, isCandidate, reach, keyOf)) instanceFor(key)(view, file)
    }
  } as AnyPlugin
}

/**
 * An `ignore` list as retext plugins read it (they ask `ignore.includes(phrase)`
 * of each of their phrases when attached), answered from a set and a test
 * rather than by scanning thousands of entries for each phrase.
 */
class IgnoredPhrases extends Array<string> {
  constructor(
    private readonly listed: ReadonlySet<string>,
    private readonly alsoIgnored: (phrase: string) => boolean
  ) {
    super()
  }

  override includes(phrase: string): boolean {
    return this.listed.has(phrase) || this.alsoIgnored(phrase)
  }
}

/** The index of the token `count` words from `index` (back when negative), or the sentence's first or last token. */
function wordsAway(tokens: readonly WordToken[], index: number, count: number): number {
  const step = Math.sign(count)
  let left = Math.abs(count)
  let at = index
  while (left > 0 && at + step >= 0 && at + step < tokens.length) {
    at += step
    if (tokens[at].node.type === 'WordNode') left--
  }
  return left > 0 ? (step < 0 ? 0 : tokens.length - 1) : at
}

const stretch = (sentence: Sentence, tokens: readonly WordToken[], from: number, to: number): Sentence => ({
  ...sentence,
  children: tokens.slice(from, to + 1).map((token) => token.node) as Sentence['children']
})

/**
 * Runs retext-repeated-words only over the words it could report: a word and
 * the same word after one space (lower case alike), each run of them as a
 * sentence of its own with the space between (the plugin reads a word, one
 * space and the next word). Most sentences have none.
 */
export function onlyRepeatedWords(plugin: AnyPlugin): AnyPlugin {
  return withView(plugin, (tree) => {
    const pieces: Sentence[] = []
    for (const {sentence, tokens} of sentencesOf(tree)) {
      let from = -1
      for (let index = 0; index + 1 < tokens.length; index++) {
        const word = tokens[index]
        const next = tokens[index + 1]
        const repeated =
          word.node.type === 'WordNode' &&
          next.node.type === 'WordNode' &&
          next.index === word.index + 2 &&
          word.lower === next.lower
        if (repeated && from < 0) from = index
        if (!repeated && from >= 0) {
          pieces.push({...sentence, children: sentence.children.slice(tokens[from].index, word.index + 1)})
          from = -1
        }
      }
      if (from >= 0)
        pieces.push({
          ...sentence,
          children: sentence.children.slice(tokens[from].index, tokens[tokens.length - 1].index + 1)
        })
    }
    return oneParagraph(pieces)
  })
}

/**
 * Runs a plugin that looks only at a word and its neighbours over just those:
 * each candidate word, the word before it and the next `following` nodes,
 * as a sentence of their own (the same nodes, positions unchanged). For
 * retext-indefinite-article, which reads "a" or "an", whether a word comes
 * before it, and the word after it: most sentences have an "a", and it
 * otherwise visits every word of them.
 */
export function onlyWordsInContext(
  plugin: AnyPlugin,
  isCandidate: (word: string, next: string | undefined) => boolean,
  following: number
): AnyPlugin {
  return withView(plugin, (tree) => {
    const pieces: Sentence[] = []
    for (const {sentence, tokens} of sentencesOf(tree)) {
      for (let at = 0; at < tokens.length; at++) {
        const token = tokens[at]
        if (token.node.type !== 'WordNode') continue
        // The next word, past one mark between ("a “quote”"), lower case: what the candidate word is read against.
        const next =
          tokens[at + 1]?.node.type === 'WordNode'
            ? tokens[at + 1]
            : tokens[at + 2]?.node.type === 'WordNode'
              ? tokens[at + 2]
              : undefined
        if (!isCandidate(token.lower, next?.lower)) continue
        const children = sentence.children
        const index = token.index
        let before = index - 1
        while (before >= 0 && children[before].type !== 'WordNode') before--
        const piece = [...(before >= 0 ? [children[before]] : []), ...children.slice(index, index + 1 + following)]
        pieces.push({...sentence, children: piece})
      }
    }
    return oneParagraph(pieces)
  })
}
