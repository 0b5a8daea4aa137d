import type {Root, Sentence, SentenceContent} from 'nlcst'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import {sentencesOf} from '../reading/sentences'

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

/** The sentence's words and punctuation without the spaces between, so a search visits half the nodes. */
function withoutWhiteSpace(sentence: Sentence): Sentence {
  return {...sentence, children: sentence.children.filter((child) => child.type !== 'WhiteSpaceNode')}
}

/**
 * Runs a plugin only over the sentences holding a word it could report (a
 * profanity from `cuss`, a key word of a kept retext-equality phrase), all in
 * one paragraph: the others never reach it, and a plugin that indexes its
 * phrases per paragraph (retext-equality) does so once. Candidates are tested
 * on the lower-case word. White space is left out: phrase searches skip it.
 */
export function onlySentencesWith(plugin: AnyPlugin, isCandidate: (word: string) => boolean): AnyPlugin {
  return withView(plugin, (tree) =>
    oneParagraph(
      sentencesOf(tree)
        .filter(({tokens}) => tokens.some((token) => token.node.type === 'WordNode' && isCandidate(token.lower)))
        .map(({sentence}) => withoutWhiteSpace(sentence))
    )
  )
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
  isCandidate: (word: string) => boolean,
  following: number
): AnyPlugin {
  return withView(plugin, (tree) => {
    const pieces: Sentence[] = []
    for (const {sentence, tokens} of sentencesOf(tree)) {
      for (const token of tokens) {
        if (token.node.type !== 'WordNode' || !isCandidate(token.lower)) continue
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
