import type {LexiconEntry} from '../rule-kit/lexicon-rule'

export const VAGUE_QUANTITY_CLASSES = {
  vague: new Set(['some', 'many', 'several', 'numerous', 'countless', 'various', 'certain']),
  /** A plural noun after the quantity; "years" and "times" are idioms, not crowds. */
  plural: (word: string) => /^[a-z][a-z-]*[^s']s$/.test(word) && !['years', 'times', 'ways', 'hours', 'days', 'weeks', 'months', 'minutes', 'decades', 'things', 'kinds', 'sorts', 'types', 'forms'].includes(word)
}

/** Quantities that stand in for a number or a list of names: "many companies", "in some cases". */
export const VAGUE_QUANTITY: readonly LexiconEntry[] = [
  {patterns: ['<vague> <plural>'], rewrites: ['[number] {rest}'], unlessBefore: ['the', 'for', 'of'], unlessAfter: ['of']},
  {patterns: ['some|many|several|most of the|these|those|them|us|its|their|his|her']},
  {patterns: ['in some|many|certain|several cases|places|areas|countries|circles|quarters|respects|instances|parts|regions|situations|accounts|versions|communities|states|sources']}
]
