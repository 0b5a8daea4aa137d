/** Words that scale a number up: "4 billion", "trillions of dollars". */
export const MAGNITUDES = new Set([
  'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions', 'billion', 'billions', 'trillion', 'trillions',
  'bn', 'mn', 'm', 'k', 'tn', 'crore', 'lakh'
])

/** Units that make a number a checkable figure. */
export const FIGURE_UNITS = new Set([
  'percent', 'per', 'percentage', 'dollars', 'dollar', 'euros', 'euro', 'pounds', 'yen', 'yuan', 'rupees', 'usd', 'eur', 'gbp',
  'people', 'jobs', 'workers', 'employees', 'users', 'customers', 'deaths', 'cases', 'votes', 'times', 'acres', 'tons',
  'tonnes', 'barrels', 'homes', 'households', 'companies', 'countries', 'children', 'students', 'patients', 'members'
])

export const CURRENCY_SYMBOLS = new Set(['$', '€', '£', '¥', '₹', '₩'])

/** Participles that turn a figure into a forecast or estimate: "estimated to reach". */
export const FORECAST_PARTICIPLES = new Set(['estimated', 'projected', 'forecast', 'forecasted', 'expected', 'predicted', 'anticipated', 'set', 'poised', 'slated', 'tipped', 'on track'])

/** Nouns and verbs of forecasting that need a forecaster: "an estimated", "is projected". */
export const FORECAST_WORDS = new Set(['estimated', 'projected', 'forecast', 'forecasted', 'predicted', 'expected', 'anticipated'])

/** Superlatives and firsts that make a checkable claim. */
export const SUPERLATIVES = new Set([
  'largest', 'biggest', 'fastest', 'highest', 'lowest', 'first', 'only', 'oldest', 'newest', 'richest', 'poorest',
  'deadliest', 'busiest', 'smallest', 'fastest-growing', 'most-used', 'most-visited', 'best-selling', 'top-selling',
  'cheapest', 'costliest', 'most-watched', 'longest', 'shortest', 'strongest', 'weakest', 'safest', 'slowest',
  'youngest', 'wealthiest', 'most-read'
])

/** What follows "the first" or "the last" when it is a sequence, not a claim. */
export const SEQUENCE_NOUNS = new Set([
  'possible', 'way', 'thing', 'option', 'choice',
  'time', 'step', 'half', 'quarter', 'day', 'week', 'month', 'year', 'round', 'phase', 'tranche', 'place', 'part', 'stage',
  'of', 'to', 'two', 'three', 'few', 'one', 'thing', 'instance', 'case', 'chapter', 'page', 'line', 'minute', 'hour',
  'session', 'episode', 'draft', 'version', 'season', 'game', 'term', 'wave'
])

/** Absolute words about facts: "its entire workload", "exclusively on AWS chips". */
export const ABSOLUTES = new Set(['entire', 'entirely', 'exclusively', 'solely', 'wholly', 'completely', 'totally', 'every', 'none', 'nobody', 'never', 'always', 'all', 'universally'])

/** Absolutes that are too common to flag unless they govern a noun phrase of fact (kept apart to keep noise low). */
export const STRONG_ABSOLUTES = new Set(['entire', 'exclusively', 'solely', 'wholly', 'universally'])

/** Intensifiers that turn an adjective into a sweeping claim: "astronomically expensive". */
export const SWEEPING_INTENSIFIERS = new Set([
  'astronomically', 'prohibitively', 'enormously', 'vastly', 'hugely', 'massively', 'extremely', 'incredibly', 'wildly',
  'notoriously', 'exceedingly', 'immensely', 'tremendously', 'overwhelmingly', 'staggeringly', 'exceptionally'
])

/** Adjectives that make a checkable claim about quantity or frequency. */
export const CHECKABLE_ADJECTIVES = new Set([
  'expensive', 'costly', 'cheap', 'profitable', 'unprofitable', 'popular', 'unpopular', 'common', 'rare', 'widespread',
  'dangerous', 'safe', 'effective', 'ineffective', 'successful', 'large', 'small', 'rich', 'poor', 'fast', 'slow', 'high',
  'low', 'lucrative', 'scarce', 'abundant', 'prevalent', 'frequent', 'harmful', 'deadly', 'toxic', 'polluting', 'inefficient'
])

/** Words that make "according to X" vague rather than a source (the weasel rule reports those). */
export const VAGUE_SOURCES = new Set(['some', 'many', 'most', 'critics', 'experts', 'reports', 'sources', 'observers', 'analysts', 'insiders', 'rumors', 'rumours', 'legend', 'tradition', 'estimates', 'others'])

/** Pronouns and common nouns that stand for a source named earlier ("she said", "the company reported"). */
export const SOURCE_STAND_INS = new Set([
  'he', 'she', 'they', 'it', 'we', 'i', 'company', 'firm', 'agency', 'bureau', 'ministry', 'department', 'government',
  'report', 'study', 'survey', 'analysis', 'data', 'figures', 'statement', 'filing', 'spokesperson', 'spokesman',
  'spokeswoman', 'official', 'officials', 'researchers', 'authors', 'census', 'regulator', 'commission', 'court', 'index',
  'poll', 'institute', 'university', 'group', 'bank', 'fund', 'office', 'administration', 'police', 'board', 'council'
])

/** Numbers written as words, with their values, so "twenty million dollars" reads as a figure. */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9],
  ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16],
  ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50],
  ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90], ['dozen', 12], ['dozens', 24]
])

/** Units of time: "15 years ago" dates an event rather than making a count. */
export const TIME_UNITS = new Set(['years', 'year', 'months', 'month', 'weeks', 'week', 'days', 'day', 'hours', 'hour', 'minutes', 'minute', 'seconds', 'decades', 'centuries', 'o\'clock', 'am', 'pm', 'a.m.', 'p.m.'])

/** Fractions and ratios that make a figure: "half of all", "one in five", "two-thirds of". */
export const FRACTIONS = new Set(['half', 'third', 'thirds', 'quarter', 'quarters', 'two-thirds', 'three-quarters', 'majority', 'minority', 'fifth', 'fifths', 'tenth'])

/** Verbs of change that make a checkable trend claim even without a number. */
export const TREND_VERBS = new Set(['doubled', 'tripled', 'trebled', 'quadrupled', 'halved', 'doubling', 'tripling', 'halving'])

/** After "the only", words that make it a figure of speech ("the only way"), not a claim. */
export const FIGURATIVE_AFTER_ONLY = new Set(['way', 'thing', 'option', 'choice', 'solution', 'answer', 'question', 'hope', 'reason', 'person', 'one', 'difference', 'problem'])
