import type {Node, Paragraph, Root, Sentence, SentenceContent} from 'nlcst'
import {toString} from 'nlcst-to-string'
import type {VFile} from 'vfile'
import type {ClaimCarry} from './claims'
import type {ProseDocument} from './document'
import {isQuoted} from './voices'
import {normalizeWord} from './phrase-matcher'
import type {Span} from '../types'

/**
 * What the engine tells its rules about the article beyond the nlcst tree:
 * the rules read it from `file.data.editorialReview`.
 */
export interface RuleContext {
  document: ProseDocument
  /** Figures from headlines outside the text being linted (an incremental lint of one part). */
  headlineFigures?: ReadonlySet<string>
  /** Label families that are the article's own subject, counted over the whole article (an incremental lint of one part; see rule-kit/lexicon-rule.ts). */
  subjectTerms?: ReadonlySet<string>
  /** An attribution holds at the end of the text before this one, and the figures given before (an incremental lint of one part; see reading/claims.ts). */
  attributionBefore?: boolean | ClaimCarry
}

declare module 'vfile' {
  interface DataMap {
    editorialReview: RuleContext
  }
}

export function contextOf(file: VFile): RuleContext | undefined {
  return file.data.editorialReview
}

/** A token of a sentence with its place, its normalized text (lower case, ’ read as '), and index among the sentence's children. */
export interface WordToken {
  node: SentenceContent
  /** Index in `sentence.children`. */
  index: number
  text: string
  lower: string
  start: number
  end: number
}

/** A sentence as a flat list of tokens, words and punctuation alike, each with its offsets. */
export interface SentenceTokens {
  sentence: Sentence
  paragraph: Paragraph
  tokens: WordToken[]
  start: number
  end: number
}

export function offsetsOf(node: Node): Span {
  return {start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0}
}

const sentenceCache = new WeakMap<Root, SentenceTokens[]>()
const sentenceCounts = new WeakMap<Paragraph, number>()

/** How many sentences a paragraph has, counted once (a one-line 2 MB paragraph has tens of thousands). */
export function sentenceCountOf(paragraph: Paragraph): number {
  let count = sentenceCounts.get(paragraph)
  if (count === undefined) {
    count = paragraph.children.filter((child) => child.type === 'SentenceNode').length
    sentenceCounts.set(paragraph, count)
  }
  return count
}

/** The text each tree was parsed from (its nodes' offsets index it), when its reader said: see `readFrom`. */
const sourceTexts = new WeakMap<Root, string>()

/** The text each paragraph of such a tree was parsed from. */
const paragraphSources = new WeakMap<Paragraph, string>()

/** Records that `tree` was parsed from `text`, so a token's text is a slice of it rather than a walk of its node. */
export function readFrom(tree: Root, text: string): void {
  sourceTexts.set(tree, text)
  for (const paragraph of tree.children) if (paragraph.type === 'ParagraphNode') paragraphSources.set(paragraph, text)
}

/** A paragraph's text, sliced from the text its tree was parsed from when its reader said (`readFrom`). */
export function sourceOf(paragraph: Paragraph): string | undefined {
  const {start, end} = paragraph.position ?? {}
  const source = paragraphSources.get(paragraph)
  return source === undefined || start?.offset === undefined || end?.offset === undefined
    ? undefined
    : source.slice(start.offset, end.offset)
}

/** Every sentence of the tree, in order, with its non-space tokens; computed once per tree for all rules. */
export function sentencesOf(tree: Root): SentenceTokens[] {
  const cached = sentenceCache.get(tree)
  if (cached) return cached
  const source = sourceTexts.get(tree)
  const sentences: SentenceTokens[] = []
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode') continue
      const tokens: WordToken[] = []
      sentence.children.forEach((child, index) => {
        if (child.type === 'WhiteSpaceNode') return
        const {start, end} = offsetsOf(child)
        const text = source === undefined || child.position === undefined ? toString(child) : source.slice(start, end)
        tokens.push({node: child, index, text, lower: normalizeWord(text), start, end})
      })
      const {start, end} = offsetsOf(sentence)
      sentences.push({sentence, paragraph, tokens, start, end})
    }
  }
  sentenceCache.set(tree, sentences)
  return sentences
}

/** Whether the words are the speaker's (inside quotation marks or a block quote). */
export function isInsideQuotation(file: VFile, span: Span): boolean {
  const context = contextOf(file)
  return context ? isQuoted(context.document.quotations, span) : false
}
