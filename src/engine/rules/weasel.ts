import {createLexiconRule} from '../rule-kit/lexicon-rule'
import {WEASEL, WEASEL_CLASSES} from './weasel.data'

/** Vague attributions: "many believe", "critics argue", "it is widely thought", "studies show". */
const weasel = createLexiconRule({
  ruleId: 'weasel',
  entries: WEASEL,
  classes: WEASEL_CLASSES,
  message: 'Who? “{actual}” gives a view without saying whose it is. Name the source.',
  note: 'An unnamed crowd ("many", "critics", "experts") lends a view authority it has not earned. Readers need to know who holds it to weigh it.',
  rewriteTitle: (actual, replacement) => `Name the source: replace “${actual}” with “${replacement}”`
})

export default weasel
