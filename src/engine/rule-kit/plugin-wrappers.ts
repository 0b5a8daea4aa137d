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

function sentencesIn(tree: Root): Sentence[] {
  return tree.children.flatMap((paragraph) =>
    paragraph.type === 'ParagraphNode'
      ? paragraph.children.filter((child): child is Sentence => child.type === 'SentenceNode')
      : []
  )
}

/**
 * retext-equality searches each paragraph on its own and re-indexes its 600
 * phrases every time; plain text has a paragraph per line, so that indexing
 * dominated the whole lint. Its matches never cross sentences, so it gets
 * every sentence in one paragraph: the same messages, one index. Its
 * phrase matching skips white space anyway, so it is left out.
 */
export function asOneParagraph(plugin: AnyPlugin): AnyPlugin {
  return withView(plugin, (tree) => oneParagraph(sentencesIn(tree).map(withoutWhiteSpace)))
}

/** The sentence's words and punctuation without the spaces between, so a search visits half the nodes. */
function withoutWhiteSpace(sentence: Sentence): Sentence {
  return {...sentence, children: sentence.children.filter((child) => child.type !== 'WhiteSpaceNode')}
}

/**
 * Runs a plugin only over the sentences holding a word it could report
 * (a profanity from `cuss`, a form of "be" for retext-passive, "a" or "an"
 * for retext-indefinite-article): the others never reach it. Candidates are
 * tested on the normalized (lower-case) word. White space is left out unless
 * the plugin reads it (retext-indefinite-article wants a space after "a").
 */
export function onlySentencesWith(
  plugin: AnyPlugin,
  isCandidate: (word: string) => boolean,
  {keepWhiteSpace = false} = {}
): AnyPlugin {
  return withView(plugin, (tree) =>
    oneParagraph(
      sentencesOf(tree)
        .filter(({tokens}) => tokens.some((token) => token.node.type === 'WordNode' && isCandidate(token.lower)))
        .map(({sentence}) => (keepWhiteSpace ? sentence : withoutWhiteSpace(sentence)))
    )
  )
}
