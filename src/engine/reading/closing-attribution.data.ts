import {WEEKDAYS} from './claims.data'
/** Word lists of the closing attribution ("…, the mayor said."): see closing-attribution.ts. */

/** Words of time that may close an attribution: "…, the mayor said Tuesday.", "…, she said last week." */
export const TIME_WORDS = new Set([
  ...WEEKDAYS,
  'today',
  'yesterday',
  'tonight',
  'last',
  'week',
  'month',
  'year',
  'earlier',
  'later',
  'recently',
  'then',
  'too',
  'also',
  'again',
  'once',
  'on',
  'in',
  'a',
  'statement'
])

/** Verbs of saying that may come before their subject in an attribution: "…, said Okafor.", "…, added the mayor." */
export const INVERTED_SAYING = new Set([
  'said',
  'says',
  'added',
  'adds',
  'wrote',
  'writes',
  'asked',
  'asks',
  'noted',
  'notes',
  'explained',
  'argued',
  'insisted',
  'continued',
  'told'
])

/** Words that open a clause of the sentence's own after a comma, never an attribution that closes it. */
export const CLAUSE_OPENERS = new Set([
  'how',
  'what',
  'why',
  'whether',
  'when',
  'where',
  'who',
  'whom',
  'which',
  'that',
  'if',
  'because',
  'since',
  'although',
  'though',
  'while',
  'until',
  'unless',
  'than'
])
