import {createLexiconRule} from '../rule-kit/lexicon-rule'
import {SPECULATION, SPECULATION_CLASSES} from './speculation.data'

/** Predictions and motives stated as certain: "will inevitably shape", "the incentive is clear". */
const speculation = createLexiconRule({
  ruleId: 'speculation',
  entries: SPECULATION,
  classes: SPECULATION_CLASSES,
  message: '“{actual}” states a prediction as certain. Hedge it, or attribute it.',
  note: 'Nobody knows the future or another party’s mind for certain. Predictions and motives belong to named sources, or carry a hedge.',
  rewriteTitle: (actual, replacement) => `Hedge: replace “${actual}” with “${replacement}”`
})

export default speculation
