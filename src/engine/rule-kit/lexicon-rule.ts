import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {sentencesOf, type SentenceTokens, type WordToken} from '../reading/sentences'
import {baseForm, capitalize} from '../rewrites/english'
import {PhraseMatcher, type WordClass} from '../reading/phrase-matcher'
import {report, type Rewrite} from '../rewrites/report'

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
   */
  rewrites?: readonly string[]
  /** Skip when the word just before the match is one of these. */
  unlessBefore?: readonly string[]
  /** Skip when the word just after the match is one of these. */
  unlessAfter?: readonly string[]
  /** Report only when the word just after the match is one of these (or punctuation, if listed as ","). */
  onlyBefore?: readonly string[]
  /** Skip when the sentence has any of these words: the context where the wording is ordinary (a court for "alleged"). */
  unlessSentenceHas?: readonly string[]
  /** Skip when the first matched word is capitalized inside a sentence: a name ("Empire State Building"). */
  skipProperNoun?: boolean
  /** Report only as an aside: at the start of the sentence or after a comma, and followed by a comma. */
  parenthetical?: boolean
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
}

export interface LexiconMatch {
  entry: LexiconEntry
  sentence: SentenceTokens
  first: number
  last: number
}

/** Builds a retext plugin that reports every entry of a word list, in context, with its rewrites. */
export function createLexiconRule(options: LexiconRuleOptions) {
  const matcher = new PhraseMatcher(
    options.entries.map((entry) => ({entry, patterns: entry.patterns})),
    options.classes
  )
  return function lexiconRule() {
    return function (tree: Root, file: VFile) {
      for (const sentence of sentencesOf(tree)) {
        for (const {entry, first, last} of matcher.matchAll(sentence.tokens)) {
          const match = {entry, sentence, first, last}
          if (!inContext(match) || (options.accept && !options.accept(match))) continue
          reportMatch(file, match, options)
        }
      }
    }
  }
}

/** The nearest word before or after a match, skipping nothing: punctuation counts as "," etc. */
function neighbour(tokens: readonly WordToken[], index: number): string | undefined {
  const token = tokens[index]
  return token ? token.lower : undefined
}

function inContext({entry, sentence, first, last}: LexiconMatch): boolean {
  const {tokens} = sentence
  const before = neighbour(tokens, first - 1)
  const after = neighbour(tokens, last + 1)
  if (entry.unlessBefore && before !== undefined && entry.unlessBefore.includes(before)) return false
  if (entry.unlessAfter && after !== undefined && entry.unlessAfter.includes(after)) return false
  if (entry.onlyBefore && (after === undefined || !entry.onlyBefore.includes(after))) return false
  if (entry.unlessSentenceHas) {
    const words = new Set(tokens.map((token) => token.lower))
    if (entry.unlessSentenceHas.some((word) => words.has(word))) return false
  }
  if (entry.skipProperNoun && first > 0 && /^\p{Lu}/u.test(tokens[first].text)) return false
  if (entry.parenthetical) {
    const opensAside = first === 0 || before === ',' || (first === 1 && tokens[0].node.type !== 'WordNode')
    if (!opensAside || after !== ',') return false
  }
  return true
}

function reportMatch(file: VFile, {entry, sentence, first, last}: LexiconMatch, options: LexiconRuleOptions): void {
  const text = String(file.value)
  const {tokens} = sentence
  const matchStart = tokens[first].start
  const matchEnd = tokens[last].end
  const actual = text.slice(matchStart, matchEnd)
  const startsSentence = first === 0 || (first === 1 && tokens[0].node.type !== 'WordNode')
  const replacements = entry.rewrites ?? []

  // A deletion may need to take a comma or the next word's capital with it, so the range can grow.
  const deletion = replacements.includes('') ? cleanDeletion(text, tokens, first, last) : undefined
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
    const words = startsSentence ? capitalize(filled) : filled
    return {replacement: text.slice(start, matchStart) + words + text.slice(matchEnd, end), title: title(actual, words)}
  })
  report(file, {
    ruleId: options.ruleId,
    start,
    end,
    reason: (entry.message ?? options.message).replaceAll('{actual}', actual),
    rewrites,
    note: options.note
  })
}

function defaultTitle(actual: string, replacement: string): string {
  return `Replace “${actual}” with “${replacement}”`
}

/**
 * The range and replacement that delete words without leaving stray commas or
 * a lower-case sentence start: "Notably, no rival" → "No rival";
 * "Anthropic, notably, had" → "Anthropic had"; "is clearly wrong" → "is wrong".
 */
export function cleanDeletion(text: string, tokens: readonly WordToken[], first: number, last: number): {start: number; end: number; replacement: string} {
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
    // "Anthropic, notably, had" → "Anthropic had".
    return {start: before.start, end: after.end, replacement: ''}
  }
  // Mid-sentence: take the space after the words with them (or before, at the end of a clause).
  const end = tokens[last].end
  const spaceAfter = /^[ \t]+/.exec(text.slice(end, after ? after.start : end))
  if (spaceAfter && after && after.node.type !== 'PunctuationNode') return {start: tokens[first].start, end: end + spaceAfter[0].length, replacement: ''}
  const start = before && text.slice(before.end, tokens[first].start).trim() === '' ? before.end : tokens[first].start
  return {start, end, replacement: ''}
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
