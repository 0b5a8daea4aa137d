import type {LexiconEntry} from '../rule-kit/lexicon-rule'

const CERTAIN_ADVERBS = ['inevitably', 'certainly', 'definitely', 'surely', 'undoubtedly', 'invariably', 'necessarily', 'unquestionably', 'undeniably', 'doubtless']

export const SPECULATION_CLASSES = {
  'certain-adverb': new Set(CERTAIN_ADVERBS),
  be: new Set(['is', 'are', 'was', 'were', 'be', "'s"]),
  'sweeping-adverb': new Set(['fundamentally', 'radically', 'profoundly', 'irrevocably', 'irreversibly', 'permanently', 'forever', 'utterly', 'completely', 'totally']),
  'change-verb': new Set(['alters', 'alter', 'altered', 'changes', 'change', 'changed', 'transforms', 'transform', 'transformed', 'reshapes', 'reshape', 'reshaped', 'redefines', 'redefine', 'redefined', 'upends', 'upend', 'upended', 'undermines', 'undermine', 'undermined', 'destroys', 'destroy', 'destroyed', 'damages', 'damage', 'damaged', 'compromises', 'compromise', 'compromised']),
  motive: new Set(['incentive', 'incentives', 'motive', 'motives', 'motivation', 'goal', 'aim', 'intent', 'intention', 'agenda', 'strategy', 'calculation', 'logic', 'message', 'plan', 'purpose', 'reason', 'reasoning', 'endgame', 'motivations']),
  obvious: new Set(['clear', 'obvious', 'plain', 'simple', 'transparent', 'evident', 'unmistakable'])
}

const CERTAINTY = '“{actual}” states a prediction as certain. Hedge it, or attribute it to someone who makes it.'

/** Predictions, effects and motives stated as settled fact. */
export const SPECULATION: readonly LexiconEntry[] = [
  {patterns: ['will|would|shall <certain-adverb> *'], rewrites: ['could {last}', 'may {last}'], message: CERTAINTY},
  {patterns: ['<be> certain|sure|bound|destined|doomed|guaranteed to'], rewrites: ['{first} likely to'], message: CERTAINTY, unlessBefore: ['not', 'i', 'we', 'you']},
  {patterns: ['<be> inevitable', 'inevitably'], rewrites: ['is likely', 'likely'], message: CERTAINTY},
  {
    patterns: ['undeniably', 'unquestionably', 'indisputably', 'undoubtedly', 'incontrovertibly', 'irrefutably', 'without a doubt', 'without question', 'beyond doubt', 'beyond question', 'there is no doubt', 'there can be no doubt', 'no doubt', 'make no mistake', 'there is no question'],
    rewrites: [''],
    message: '“{actual}” claims a certainty the article does not show. Let the evidence make the case, or attribute the view.'
  },
  {
    patterns: ['the|its|their|his|her|one|a <motive> is|was|seems clear|obvious|plain|simple|transparent|evident|unmistakable', 'the|its|their|his|her <motive> here? is|was <obvious>'],
    rewrites: ['the likely {2} is', '[source] says the {2} is'],
    message: '“{actual}” states another party’s motive as fact. Attribute it, or present it as the writer’s reading.'
  },
  {
    patterns: ['<sweeping-adverb> <change-verb>'],
    rewrites: ['may {base}', 'could {base}'],
    message: '“{actual}” asserts a sweeping effect as settled fact. Hedge it, or show the evidence.'
  },
  {patterns: ['changes|changed everything', 'will change everything', 'will never be the same', 'spells|spelled the end', 'sounds|sounded the death knell', 'death knell', 'no going back', 'no turning back', 'the writing is on the wall'], rewrites: [], message: CERTAINTY},
  {patterns: ['it is|was clear|obvious|evident|undeniable|inevitable|certain that', 'it\'s clear|obvious|evident|undeniable|inevitable|certain that'], rewrites: ['[source] says'], message: '“{actual}” presents the writer’s reading as fact. Attribute it or show the evidence.'}
]
