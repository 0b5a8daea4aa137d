import {createLexiconRule} from '../rule-kit/lexicon-rule'
import {VAGUE_QUANTITY, VAGUE_QUANTITY_CLASSES} from './vague-quantity.data'

/**
 * Vague quantities ("many companies", "some of the", "in some cases"): a
 * Wikipedia-style weasel check, stricter than most news desks want, so off by default.
 */
const vagueQuantity = createLexiconRule({
  ruleId: 'vague-quantity',
  entries: VAGUE_QUANTITY,
  classes: VAGUE_QUANTITY_CLASSES,
  message: 'How many, and which? “{actual}” is a vague quantity; give the number or name them.',
  note: 'Vague quantities let a claim sound broad without committing to a number. Strict sourcing review (Wikipedia’s "words to watch") asks for the figure.',
  rewriteTitle: (actual, replacement) => `Give the number: replace “${actual}” with “${replacement}”`
})

export default vagueQuantity
