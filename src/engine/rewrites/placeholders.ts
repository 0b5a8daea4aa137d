import type {Span} from '../types'

/**
 * The placeholders a rewrite may leave for the editor to fill in: the same
 * few everywhere. VS Code turns each into a snippet tab stop
 * (src/extension/suggestions.ts); the rewrite check (check.ts) refuses a
 * rewrite that brings in any other bracketed word.
 */
export const PLACEHOLDERS = ['[source]', '[named sources]', '[number]', '[date]'] as const

export type Placeholder = (typeof PLACEHOLDERS)[number]

/**
 * Bracketed markers a rewrite may add that are not placeholders: they stay in
 * the text as written (Wikipedia's "[citation needed]") and are no tab stop.
 */
export const MARKERS = ['[citation needed]'] as const

/** A placeholder found in a replacement, with its offsets in that replacement. */
export interface FoundPlaceholder extends Span {
  text: Placeholder
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** A fresh global, case-insensitive expression matching any of the placeholders (a new one per call: `lastIndex` is state). */
export function placeholderPattern(): RegExp {
  return new RegExp(PLACEHOLDERS.map(escapeRegExp).join('|'), 'gi')
}

/** Every placeholder in a replacement, in order. */
export function findPlaceholders(replacement: string): FoundPlaceholder[] {
  return [...replacement.matchAll(placeholderPattern())].map((match) => ({
    text: match[0].toLowerCase() as Placeholder,
    start: match.index,
    end: match.index + match[0].length
  }))
}

/** Whether a replacement holds a placeholder. */
export function hasPlaceholder(replacement: string): boolean {
  return placeholderPattern().test(replacement)
}

/**
 * Bracketed words in `replacement` that look like placeholders but are neither
 * in PLACEHOLDERS nor in MARKERS ("[named]", "[named study]"): not to be
 * offered. Footnote numbers ("[3]") are not words and are left alone.
 */
export function unknownPlaceholders(replacement: string): Array<Span & {text: string}> {
  const known = new Set<string>([...PLACEHOLDERS, ...MARKERS])
  return [...replacement.matchAll(/\[[a-z][a-z .-]*\]/gi)]
    .filter((match) => !known.has(match[0].toLowerCase()))
    .map((match) => ({text: match[0], start: match.index, end: match.index + match[0].length}))
}
