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
  'session', 'episode', 'draft', 'version', 'season', 'game', 'term', 'wave', 'clue', 'reason', 'problem', 'issue',
  'question', 'point', 'sign', 'lesson', 'priority', 'hint', 'reaction', 'impression', 'challenge', 'concern', 'item',
  'task', 'goal', 'test', 'order', 'rule', 'hurdle', 'obstacle', 'mistake', 'casualty', 'victim',
  'example', 'examples', 'minutes', 'hours', 'days', 'weeks', 'months', 'years', 'moment', 'moments', 'pages', 'chapters',
  'episodes', 'rounds', 'steps', 'instances', 'games', 'seasons', 'lines', 'words', 'paragraph', 'sentence', 'signs'
])

/** Absolute words about facts: "its entire workload", "exclusively on AWS chips". */
export const ABSOLUTES = new Set(['entire', 'entirely', 'exclusively', 'solely', 'wholly', 'completely', 'totally', 'every', 'none', 'nobody', 'never', 'always', 'all', 'universally'])

/** Absolutes that are too common to flag unless they govern a noun phrase of fact (kept apart to keep noise low). */
export const STRONG_ABSOLUTES = new Set(['entire', 'exclusively', 'solely', 'wholly', 'universally'])

/** Absolutes about people and events that make a sweeping claim in the writer's voice: "she always has", "about everything". */
export const SWEEPING_ABSOLUTES = new Set(['always', 'never', 'everyone', 'everybody', 'everything', 'nobody'])

/** Words before an absolute that hedge it: "almost every", "nearly always". */
export const ABSOLUTE_HEDGES = new Set([
  'almost', 'nearly', 'virtually', 'practically', 'hardly', 'scarcely', 'barely', 'just', 'if', 'once', 'and',
  'basically', 'generally', 'usually', 'mostly', 'largely', 'typically', 'often', 'seemingly', 'apparently',
  'traditionally', 'much'
])

/** What follows "every" in a routine, not a claim: "every day", "every time", "every other week". */
export const ROUTINE_AFTER_EVERY = new Set([
  'time', 'times', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'morning', 'night', 'evening',
  'afternoon', 'weekend', 'hour', 'minute', 'second', 'season', 'summer', 'winter', 'spring', 'autumn', 'fall', 'now',
  'so', 'bit', 'step', 'turn', 'corner', 'chance', 'opportunity', 'penny', 'dollar', 'cent', 'which', 'monday',
  'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'election', 'cycle', 'game'
])

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

const UNIT_WORDS: ReadonlyArray<[string, number]> = [
  ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9]
]
const TENS_WORDS: ReadonlyArray<[string, number]> = [
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90]
]

/** Numbers written as words, with their values, so "twenty million dollars" and "twenty-five workers" read as figures. */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ...UNIT_WORDS,
  ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16],
  ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ...TENS_WORDS, ['dozen', 12], ['dozens', 24],
  ...TENS_WORDS.flatMap(([tens, ten]) => UNIT_WORDS.map(([unit, one]): [string, number] => [`${tens}-${unit}`, ten + one]))
])

/** Units of time: "15 years ago" dates an event rather than making a count. */
export const TIME_UNITS = new Set(['years', 'year', 'months', 'month', 'weeks', 'week', 'days', 'day', 'hours', 'hour', 'minutes', 'minute', 'seconds', 'decades', 'centuries', 'o\'clock', 'am', 'pm', 'a.m.', 'p.m.'])

/** Fractions and ratios that make a figure: "half of all", "one in five", "two-thirds of". */
export const FRACTIONS = new Set([
  'half', 'third', 'thirds', 'quarter', 'quarters', 'two-thirds', 'three-quarters', 'majority', 'minority', 'fifth', 'fifths',
  'tenth', 'one-half', 'one-third', 'one-quarter', 'one-fourth', 'one-fifth', 'one-tenth', 'two-fifths', 'three-fifths',
  'three-fourths', 'four-fifths'
])

/** Verbs of change that make a checkable trend claim even without a number. */
export const TREND_VERBS = new Set(['doubled', 'tripled', 'trebled', 'quadrupled', 'halved', 'doubling', 'tripling', 'halving'])

/** After "the only", words that make it a figure of speech ("the only way"), not a claim. */
export const FIGURATIVE_AFTER_ONLY = new Set(['way', 'thing', 'option', 'choice', 'solution', 'answer', 'question', 'hope', 'reason', 'person', 'one', 'difference', 'problem'])

/**
 * Verbs after a forecast participle that forecast a quantity ("expected to reach", "projected to double"):
 * a forecast of anything else ("expected to attend", "expected to be critical") is not a checkable figure.
 */
export const QUANTITY_VERBS = new Set([
  'reach', 'hit', 'top', 'exceed', 'surpass', 'pass', 'cross', 'near', 'approach', 'grow', 'rise', 'fall', 'drop', 'decline',
  'climb', 'increase', 'decrease', 'double', 'triple', 'quadruple', 'halve', 'cost', 'total', 'generate', 'create', 'add',
  'cut', 'lose', 'shed', 'save', 'raise', 'bring', 'soar', 'plunge', 'jump', 'slump', 'shrink', 'expand', 'swell', 'dip',
  'slip', 'tumble', 'surge', 'earn', 'spend', 'attract', 'draw', 'kill', 'affect', 'outnumber', 'outpace', 'overtake',
  'account', 'average', 'peak', 'number', 'run', 'amount', 'contract', 'rebound', 'recover', 'fetch', 'sell', 'employ'
])

/**
 * Nouns that can carry a finding ("the study found", "the data show"): with any other subject, "shows"
 * or "indicates" is the writer's own argument ("history shows", "this shows"), not a source.
 */
export const EVIDENCE_NOUNS = new Set([
  'study', 'studies', 'report', 'reports', 'survey', 'surveys', 'poll', 'polls', 'polling', 'data', 'figures', 'numbers',
  'statistics', 'analysis', 'research', 'review', 'audit', 'investigation', 'inquiry', 'census', 'records', 'record',
  'documents', 'document', 'filing', 'filings', 'footage', 'video', 'videos', 'recording', 'recordings', 'photos',
  'images', 'transcript', 'transcripts', 'emails', 'memo', 'memos', 'test', 'tests', 'trial', 'experiment', 'estimate',
  'estimates', 'model', 'forecast', 'index', 'ranking', 'rankings', 'results', 'count', 'tally', 'paper', 'papers',
  'letter', 'statement', 'complaint', 'indictment', 'lawsuit', 'ruling', 'judgment', 'assessment', 'evaluation',
  'scan', 'scans', 'autopsy', 'database', 'register', 'registry', 'tracker', 'measurements', 'readings', 'sample'
])

/** Abstractions that cannot publish a finding, though a sentence may open with them capitalized: "History shows". */
export const ABSTRACT_WITNESSES = new Set([
  'history', 'experience', 'evidence', 'logic', 'reason', 'reality', 'time', 'nature', 'science', 'precedent', 'past',
  'truth', 'everything', 'everyone', 'all', 'common', 'sense', 'hindsight', 'life', 'practice', 'theory', 'intuition'
])

/**
 * Documents whose contents a sentence may give with the document as its subject: "the bill would raise
 * $2 billion", "the budget sets aside $40 million". Their own terms are their source.
 */
export const DOCUMENT_SUBJECTS = new Set([
  'bill', 'bills', 'budget', 'budgets', 'plan', 'proposal', 'law', 'legislation', 'measure', 'ordinance', 'order',
  'agreement', 'deal', 'contract', 'settlement', 'treaty', 'ruling', 'verdict', 'report', 'study', 'survey', 'poll',
  'filing', 'lawsuit', 'suit', 'complaint', 'indictment', 'memo', 'letter', 'statement', 'document', 'forecast',
  'analysis', 'audit', 'census', 'regulation', 'rule', 'resolution', 'amendment', 'package', 'policy', 'program',
  'programme', 'scheme', 'offer', 'bid', 'tender', 'licence', 'license', 'permit', 'charter', 'manifesto', 'platform'
])

/** What a document does when a sentence gives its terms: "the budget includes", "the deal gives". */
export const CONTENT_VERBS = new Set([
  'provide', 'include', 'contain', 'set', 'call', 'require', 'allocate', 'earmark', 'cap', 'give', 'grant', 'offer', 'propose',
  'limit', 'ban', 'allow', 'cover', 'fund', 'list', 'name', 'value', 'award', 'budget', 'authorize', 'authorise',
  'appropriate', 'reserve', 'direct', 'mandate', 'impose', 'exempt', 'extend', 'put', 'count', 'estimate', 'project',
  'forecast', 'assume', 'tally', 'number', 'identify', 'cite', 'detail', 'outline', 'stipulate', 'specify', 'set aside', 'pay'
])

/** Verbs that address people rather than describe them: "remind everyone", "thank everybody". */
export const ADDRESSING_VERBS = new Set(['remind', 'reminded', 'reminding', 'thank', 'thanked', 'thanking', 'invite', 'invited', 'inviting', 'encourage', 'encouraged', 'welcome', 'welcomed', 'greet', 'greeted'])

/** Verbs by which a body puts out its own record ("the State Department released about 3,000 emails"). */
export const PUBLISHING_VERBS = new Set([
  'release', 'releases', 'released', 'releasing', 'publish', 'publishes', 'published', 'issue', 'issues', 'issued',
  'unveil', 'unveils', 'unveiled', 'post', 'posts', 'posted', 'file', 'files', 'filed', 'disclose', 'discloses',
  'disclosed', 'declassify', 'declassified', 'submit', 'submits', 'submitted'
])

/** Those whose acts are on the record: "police arrested", "the grand jury charged", "detectives seized". */
export const OFFICIAL_ACTORS = new Set([
  'police', 'officers', 'detectives', 'deputies', 'troopers', 'agents', 'investigators', 'prosecutors', 'authorities',
  'jury', 'jurors', 'court', 'judge', 'magistrate', 'sheriff', 'marshals', 'coroner'
])

/** Acts of record whose counts the record gives: an arrest, a seizure, a charge, a sentence, a fine. */
export const OFFICIAL_ACTS = new Set([
  'arrested', 'arrest', 'arrests', 'seized', 'seize', 'seizes', 'confiscated', 'recovered', 'charged', 'charge', 'charges',
  'indicted', 'sentenced', 'fined', 'convicted', 'detained', 'booked', 'jailed', 'cited', 'ordered', 'awarded'
])

/** What a body releases when it releases its record (not prisoners or hostages). */
export const RELEASED_RECORDS = new Set([
  'emails', 'email', 'documents', 'document', 'records', 'record', 'data', 'figures', 'numbers', 'statistics', 'results',
  'report', 'reports', 'statement', 'statements', 'files', 'pages', 'transcripts', 'transcript', 'memos', 'memo',
  'letters', 'letter', 'budget', 'accounts', 'earnings', 'filing', 'list', 'video', 'footage', 'photos', 'images',
  'messages', 'texts', 'notes', 'tapes', 'recordings', 'returns', 'forecast', 'estimate', 'estimates', 'survey', 'poll',
  'findings', 'guidance', 'minutes', 'schedule', 'plan', 'proposal', 'details'
])

/** Openers by which the writer steps in with a comment of their own, ending a source's account. */
export const FRAMING_OPENERS = new Set([
  'but', 'however', 'yet', 'still', 'meanwhile', 'nevertheless', 'nonetheless', 'indeed', 'instead', 'clearly',
  'obviously', 'surely', 'ironically', 'unfortunately', 'fortunately', 'sadly', 'thankfully', 'needless', 'admittedly',
  'frankly', 'ultimately', 'evidently', 'apparently', 'naturally', 'certainly', 'undoubtedly', 'arguably', 'honestly',
  'curiously', 'interestingly', 'tellingly', 'remarkably', 'incidentally', 'regardless', 'whatever', 'sure'
])

/** The writer's asides, set off by commas anywhere in a sentence: "Murray’s name, moreover, was listed…". */
export const FRAMING_ASIDES = new Set(['moreover', 'furthermore', 'indeed', 'incidentally', 'clearly', 'obviously', 'frankly', 'admittedly', 'ironically', 'naturally', 'unsurprisingly', 'predictably', 'tellingly', 'conveniently', 'mind'])

/** Two-word openers of the same kind: "of course", "in fact". */
export const FRAMING_PAIRS = new Set(['of course', 'in fact', 'after all', 'in short', 'to be', 'then again', 'in reality', 'in truth', 'the truth', 'the fact', 'make no', 'let us', "let's be"])

/** The writer's comment, at a sentence's start or after a break in it: "-- no wonder its fundraising is at a record low". */
export const FRAMING_COMMENTS = new Set(['no wonder', 'small wonder', 'little wonder', 'no surprise', 'no coincidence', 'not surprisingly', 'needless to', 'of course'])

/** The writer in person: outside a quotation, these are the writer's own voice. */
export const FIRST_PERSON = new Set(['i', 'me', 'my', 'mine', 'myself', 'we', 'us', 'our', 'ours', 'ourselves'])

/** Verbs of first-hand witness: "I remember", "we watched": the writer as the eyewitness source. */
export const WITNESS_VERBS = new Set(['remember', 'remembered', 'witnessed', 'watched', 'saw', 'met', 'visited', 'interviewed', 'attended', 'counted'])

/** Nouns whose "that" clause holds a view, not the writer's assertion: "the idea that some rules are universally applicable". */
export const VIEW_NOUNS = new Set([
  'idea', 'notion', 'belief', 'myth', 'claim', 'claims', 'suggestion', 'assumption', 'fiction', 'fantasy', 'premise',
  'argument', 'theory', 'allegation', 'allegations', 'rumor', 'rumour', 'perception', 'impression', 'pretense',
  'pretence', 'illusion', 'lie', 'falsehood', 'canard', 'narrative', 'conceit', 'hope', 'fear', 'fears', 'worry', 'view'
])

/** Words that scope a superlative to a record: "the ugliest election in modern history", "the most players ever". */
export const RECORD_SCOPES = new Set(['ever', 'history', 'record', 'recorded', 'memory', 'all-time'])

/** "in the world", "in the game", "on the planet": a superlative measured over a whole field. */
export const RECORD_FIELDS = new Set(['world', 'game', 'country', 'nation', 'league', 'planet', 'earth', 'industry', 'business', 'sport', 'universe', 'galaxy', 'profession', 'region', 'continent', 'land'])

/** "in decades", "in a generation", "in a long time", "since 1990": a superlative measured against the past. */
export const RECORD_SPANS = new Set(['decade', 'decades', 'years', 'generation', 'generations', 'century', 'centuries', 'lifetime', 'time'])

/** Verbs of people gathering, whose approximate head count a reporter on the scene gives: "dozens of protesters gathered". */
export const GATHERING_VERBS = new Set([
  'gathered', 'gather', 'rallied', 'marched', 'protested', 'assembled', 'demonstrated', 'attended', 'lined', 'packed',
  'crowded', 'filled', 'joined', 'turned', 'showed', 'came', 'massed', 'congregated', 'converged', 'picketed', 'walked'
])

/** Hedges of a head count: "about 50 people", "some 200 supporters". */
export const APPROXIMATORS = new Set(['about', 'some', 'roughly', 'around', 'approximately', 'nearly', 'almost', 'perhaps', 'maybe', 'several', 'few', 'dozens', 'dozen', 'scores'])

/** Nouns of people in a crowd. */
export const CROWD_NOUNS = new Set([
  'people', 'protesters', 'protestors', 'demonstrators', 'supporters', 'marchers', 'activists', 'students', 'residents',
  'fans', 'rallygoers', 'attendees', 'onlookers', 'participants', 'members', 'workers', 'parents', 'voters', 'volunteers',
  'mourners', 'worshippers', 'spectators', 'counter-protesters', 'counterprotesters', 'veterans', 'neighbors', 'neighbours'
])

/** Very common English words: an article where almost none of its words are these is not in English. */
export const ENGLISH_FUNCTION_WORDS = new Set([
  'the', 'of', 'and', 'to', 'a', 'in', 'is', 'that', 'for', 'it', 'was', 'on', 'with', 'as', 'he', 'she', 'they', 'be',
  'by', 'at', 'this', 'are', 'from', 'his', 'her', 'have', 'has', 'not', 'but', 'or', 'an', 'will', 'would', 'its',
  'their', 'were', 'which', 'who', 'been', 'had', 'said', 'we', 'you', 'i', 'there', 'what', 'about', 'than', 'after',
  'now', 'more', 'all', 'can', 'if', 'so', 'no', 'up', 'out', 'one', 'also', 'just', 'into', 'over', 'our', 'them',
  'do', 'did', 'being', 'these', 'those', 'when', 'where', 'how', 'why', 'only', 'very', 'some', 'any', 'even', 'most',
  'other', 'such', 'while', 'because', 'should', 'could', 'may', 'must', 'him', 'me', 'my', 'us', 'your', "we've",
  "it's", "we're", "i've", "i'm", "don't", "can't", "isn't", 'new', 'year', 'years', 'people', 'time', 'get', 'got'
])

/** Each magnitude's value, so that "$1 billion" and "$1bn" read as one figure. (Plurals, "millions", are no exact figure.) */
export const MAGNITUDE_VALUES: ReadonlyMap<string, number> = new Map([
  ['hundred', 1e2], ['thousand', 1e3], ['k', 1e3], ['million', 1e6], ['mn', 1e6], ['m', 1e6], ['billion', 1e9], ['bn', 1e9],
  ['trillion', 1e12], ['tn', 1e12], ['lakh', 1e5], ['crore', 1e7]
])

/** Unit words of money: "40 million dollars" is the same figure as "$40 million". */
export const MONEY_UNITS = new Set(['dollars', 'dollar', 'euros', 'euro', 'pounds', 'yen', 'yuan', 'rupees', 'usd', 'eur', 'gbp'])

/** Words before a figure that take it up again: "the $1 billion", "that same $1 billion", "those 20 members". */
export const GIVEN_DETERMINERS = new Set(['the', 'that', 'this', 'those', 'these', 'same', 'its', 'their', 'his', 'her', 'such'])

/** Words that make a figure a sum over figures the article lists: "the three grants total $10 million", "47 in all". */
export const SUM_CUES = new Set(['total', 'totals', 'totaled', 'totalled', 'totaling', 'totalling', 'combined', 'together', 'altogether', 'sum', 'overall', 'all', 'tally', 'add', 'adds', 'added', 'aggregate', 'cumulative', 'cumulatively'])

/** Words that make a figure a difference between two the article gives: "a margin of 74", "38 more than". */
export const DIFFERENCE_CUES = new Set(['margin', 'difference', 'gap', 'lead', 'more', 'fewer', 'less', 'ahead', 'behind', 'short', 'apart', 'edge', 'separate', 'separated', 'separates'])

/**
 * Counts everyone knows, by the word that names what they count: the 538 electoral votes and the 270 it
 * takes to win, the 50 states, the 100 senators, the 435 representatives.
 */
export const COMMON_COUNTS: ReadonlyMap<string, readonly number[]> = new Map([
  ['electoral', [270, 538]], ['electors', [270, 538]], ['states', [50]], ['senators', [100]], ['representatives', [435]], ['jurors', [6, 12]]
])

/** What a candidate needs a count of: votes, delegates or seats ("needs 270 electoral votes to win"). */
export const VOTE_NOUNS = new Set(['votes', 'vote', 'delegates', 'seats', 'electors', 'electoral'])

/** Verbs of needing a threshold: "needs", "it takes", "short of". */
export const NEED_VERBS = new Set(['need', 'needs', 'needed', 'needing', 'require', 'requires', 'required', 'take', 'takes', 'short'])

/** What a threshold of votes is for: "270 electoral votes to win", "60 votes to pass". */
export const THRESHOLD_PURPOSES = new Set(['win', 'clinch', 'secure', 'capture', 'pass', 'override', 'block', 'control', 'form', 'confirm', 'break', 'end', 'overcome', 'stop'])

/** Opinion polls: a poll result with no pollster named is a figure with no source. */
export const POLL_NOUNS = new Set(['poll', 'polls', 'polling'])

/** Verbs by which a poll gives a finding or a standing: "polls show", "a new poll found", "a poll puts him ahead". */
export const POLL_VERBS = new Set([
  'show', 'shows', 'showed', 'shown', 'showing', 'find', 'finds', 'found', 'suggest', 'suggests', 'suggested', 'indicate',
  'indicates', 'indicated', 'reveal', 'reveals', 'revealed', 'put', 'puts', 'give', 'gives', 'gave', 'given', 'has', 'have',
  'had', 'place', 'places', 'placed', 'say', 'says', 'said', 'confirm', 'confirms', 'confirmed', 'point', 'points', 'pointed'
])

/** A standing in the polls: "he leads in the polls", "trailing in national polling". */
export const POLL_STANDINGS = new Set([
  'lead', 'leads', 'led', 'leading', 'trail', 'trails', 'trailed', 'trailing', 'ahead', 'behind', 'lag', 'lags', 'lagging',
  'surge', 'surges', 'surged', 'surging', 'slip', 'slips', 'slipped', 'slipping', 'slide', 'slides', 'sliding', 'sink',
  'sinks', 'sinking', 'climb', 'climbs', 'climbing', 'rise', 'rises', 'rising', 'fall', 'falls', 'falling', 'gain', 'gains',
  'gaining', 'tied', 'close', 'competitive', 'dominate', 'dominates', 'dominating', 'top', 'tops', 'topping', 'well', 'badly',
  'poorly', 'strongly', 'up', 'down', 'first', 'second', 'third', 'last'
])

/** Words that open what a poll is of or when it was taken: "polling since the debate shows", "a poll of 1,000 voters found". */
export const POLL_QUALIFIERS = new Set(['after', 'since', 'in', 'from', 'among', 'of', 'on', 'across', 'over', 'throughout', 'before', 'during', 'this', 'last', 'taken', 'conducted', 'released', 'published', 'commissioned'])

/** What a poll is of, when a word after it says so: "a poll of 1,000 voters", "a poll conducted by". Not its name. */
export const POLL_ATTRIBUTIONS = new Set(['by', 'from', 'for', 'with'])

/** Words between a determiner and "poll" that make it no particular poll: "the latest poll", "a recent poll". */
export const UNNAMED_POLL_MODIFIERS = new Set(['latest', 'newest', 'new', 'recent', 'last', 'most', 'early', 'national', 'online', 'internal', 'private', 'independent', 'statewide', 'exit', 'opinion', 'several', 'many', 'some', 'multiple', 'numerous', 'various', 'other', 'public'])

/** Record claims with no superlative: "unprecedented", "record-breaking", "a record-low". */
export const RECORD_WORDS = new Set(['unprecedented', 'record-breaking', 'record-setting', 'record-high', 'record-low', 'record-highs', 'record-lows', 'never-before-seen', 'all-time-high', 'all-time-low'])

/** Verbs of a record broken or set: "set a new record", "broke the record". */
export const RECORD_VERBS = new Set(['set', 'sets', 'setting', 'broke', 'break', 'breaks', 'breaking', 'broken', 'smashed', 'smash', 'smashes', 'shattered', 'shatter', 'shatters', 'tied', 'ties', 'equalled', 'equaled', 'eclipsed', 'topped', 'beat', 'beats'])

/** After "record", nouns that make it a thing, not a claim: "a record label", "record keeping". */
export const RECORD_THINGS = new Set([
  'label', 'labels', 'company', 'companies', 'store', 'stores', 'shop', 'shops', 'player', 'players', 'collection',
  'collections', 'keeping', 'keeper', 'keepers', 'producer', 'producers', 'industry', 'deal', 'deals', 'executive',
  'executives', 'exec', 'request', 'requests', 'check', 'checks', 'search', 'searches', 'review', 'reviews', 'retention',
  'sleeve', 'sleeves'
])

/** Words that hedge a record claim or a generalisation: "almost unprecedented", "immigrants often are". */
export const CLAIM_HEDGES = new Set([
  'almost', 'nearly', 'virtually', 'practically', 'largely', 'not', 'hardly', 'scarcely', 'rarely', 'seldom', 'often',
  'sometimes', 'occasionally', 'frequently', 'generally', 'usually', 'typically', 'mostly', 'arguably', 'probably', 'perhaps',
  'possibly', 'maybe', 'allegedly', 'reportedly', 'apparently', 'seemingly', 'may', 'might', 'can', 'could', 'would', 'should',
  'tend', 'seem', 'appear', 'some', 'many', 'most', 'few', 'several', 'certain', 'if', 'whether', 'unless', 'never'
])

/**
 * Nouns that pass judgement on a whole group, or blame it: "immigrants are the primary threat", "are a
 * drain on", "are the root of the problem".
 */
export const GROUP_JUDGEMENT_NOUNS = new Set([
  'threat', 'threats', 'danger', 'dangers', 'menace', 'menaces', 'problem', 'problems', 'enemy', 'enemies', 'cause', 'causes',
  'root', 'source', 'scourge', 'plague', 'cancer', 'drain', 'burden', 'parasites', 'criminals', 'terrorists', 'liars',
  'hypocrites', 'cowards', 'traitors', 'thugs', 'racists', 'bigots', 'extremists', 'fanatics', 'predators', 'invaders',
  'freeloaders', 'culprit', 'culprits', 'villains', 'fools', 'idiots', 'losers', 'puppets', 'pawns', 'sheep'
])

/** Adjectives that pass judgement on a whole group: "young men are dangerous". */
export const GROUP_JUDGEMENT_ADJECTIVES = new Set([
  'dangerous', 'violent', 'lazy', 'corrupt', 'criminal', 'dishonest', 'evil', 'stupid', 'ignorant', 'racist', 'bigoted',
  'greedy', 'hostile', 'disloyal', 'brainwashed', 'incompetent', 'worthless', 'inferior', 'superior', 'entitled',
  'ungrateful', 'hateful', 'intolerant', 'fanatical', 'responsible', 'un-american', 'unpatriotic', 'treacherous', 'cowardly',
  'hypocritical', 'selfish', 'parasitic', 'savage', 'barbaric', 'backward', 'uneducated', 'deranged', 'delusional',
  'unhinged', 'vicious', 'immoral', 'sick', 'crazy', 'insane', 'clueless', 'gullible', 'naive', 'spoiled', 'weak'
])

/** Verbs by which a sentence blames a whole group for harm: "immigrants bring crime", "liberals are destroying". */
export const GROUP_HARM_VERBS = new Set([
  'cause', 'drive', 'fuel', 'destroy', 'ruin', 'threaten', 'undermine', 'hate', 'despise', 'exploit', 'commit', 'steal',
  'abuse', 'spread', 'poison', 'corrupt', 'kill', 'endanger', 'harm', 'damage', 'weaken', 'erode', 'invade', 'infest', 'rape',
  'murder', 'attack', 'lie', 'cheat', 'loot', 'terrorize', 'terrorise', 'betray', 'sabotage', 'wreck', 'flood', 'overrun',
  'prey', 'brainwash', 'indoctrinate', 'bankrupt', 'leech'
])

/** Plural nouns not spelled with an -s: "men are", "people are". */
export const IRREGULAR_PLURALS = new Set(['men', 'women', 'people', 'children', 'police', 'youth', 'clergy', 'elderly', 'rich', 'poor', 'young', 'old'])

/** In a question, a "that" clause after these still asserts: "Is it any wonder that 40 ships left?" */
export const FACTIVE_IN_QUESTIONS = new Set(['wonder', 'surprise', 'surprising', 'coincidence', 'accident', 'secret', 'know', 'knew', 'realize', 'realise', 'remember', 'forget', 'notice', 'aware'])

/** Abbreviated month names ("Aug. 25"): dates, and words a full stop does not end a sentence after. */
export const MONTH_ABBREVIATIONS = ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']

/** Month names, full and abbreviated: a number beside one is a date, not a figure. */
/** The days of the week, lower case. */
export const WEEKDAYS: readonly string[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']
export const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', ...MONTH_ABBREVIATIONS])

/**
 * Groups of people a writer can generalise about: by politics, faith, origin, sex or age, or a trade
 * the writer lumps together ("liberals didn't make a peep", "women who … are stoned", "politicians lie").
 */
export const GROUP_NOUNS = new Set([
  'liberals', 'conservatives', 'progressives', 'leftists', 'rightists', 'democrats', 'republicans', 'socialists',
  'communists', 'marxists', 'libertarians', 'globalists', 'nationalists', 'populists', 'elites', 'feminists', 'activists',
  'environmentalists', 'evangelicals', 'fundamentalists', 'islamists', 'jihadists', 'zionists', 'secularists',
  'muslims', 'christians', 'jews', 'catholics', 'protestants', 'hindus', 'atheists', 'mormons', 'immigrants', 'migrants',
  'refugees', 'foreigners', 'aliens', 'illegals', 'whites', 'blacks', 'latinos', 'hispanics', 'asians', 'arabs',
  'americans', 'europeans', 'mexicans', 'africans', 'russians', 'chinese', 'men', 'women', 'girls', 'boys', 'millennials',
  'boomers', 'teenagers', 'youths', 'politicians', 'journalists', 'bureaucrats', 'bankers', 'lawyers', 'academics',
  'professors', 'students', 'voters', 'taxpayers', 'workers', 'cops', 'billionaires', 'millionaires', 'celebrities',
  'protesters', 'protestors', 'rioters', 'supporters', 'followers', 'fans', 'trolls', 'lobbyists', 'insiders', 'owners',
  'employers', 'landlords', 'clubs', 'teams', 'corporations', 'companies', 'media', 'newspapers', 'networks'
])

/** Quantifiers that make a clause's subject a sweep over a group: "many of them were celebrating", "all of these speakers enrage". */
export const QUANTIFIED_SUBJECTS = new Set(['many', 'most', 'all'])

/** What follows a quantifier when it is no sweep over people: "all of a sudden", "most of all", "all but", "all of which". */
export const NOT_A_QUANTIFIED_SUBJECT = new Set(['a', 'all', 'but', 'which', 'whom', 'whose', 'us', 'we', 'you', 'our', 'your', 'my', 'me', 'in', 'at', 'more', 'less', 'too', 'times', 'likely', 'important', 'it', 'this', 'that'])

/**
 * Verbs of wrongdoing that accuse whoever does them: "activists invented information", "he stokes
 * violence", "Republicans sowed intolerance". (Lemmas.) Killing and shooting are left out: news gives
 * those as established events, with the police or a court near.
 */
export const ACCUSATION_VERBS = new Set([
  'invent', 'fabricate', 'falsify', 'forge', 'lie', 'smear', 'slander', 'libel', 'defame', 'rig', 'steal', 'loot',
  'plunder', 'embezzle', 'launder', 'bribe', 'extort', 'blackmail', 'defraud', 'swindle', 'cheat', 'deceive', 'mislead',
  'dupe', 'manipulate', 'brainwash', 'indoctrinate', 'sow', 'stoke', 'incite', 'foment', 'whitewash', 'obstruct',
  'suppress', 'censor', 'persecute', 'harass', 'intimidate', 'bully', 'abuse', 'exploit', 'rape', 'molest', 'torture',
  'enslave', 'conspire', 'collude', 'sabotage', 'betray', 'weaponize', 'weaponise', 'orchestrate', 'attack', 'screw',
  'cover'
])

/** Nouns of wrongdoing that, owned by someone, accuse them: "the agency's suppression of", "Clinton's crimes". */
export const WRONGDOING_NOUNS = new Set([
  'crimes', 'crime', 'corruption', 'fraud', 'frauds', 'theft', 'thefts', 'lies', 'lying', 'deceit', 'deception',
  'deceptions', 'manipulation', 'obstruction', 'collusion', 'conspiracy', 'treason', 'malfeasance', 'wrongdoing',
  'criminality', 'bribery', 'extortion', 'embezzlement', 'suppression', 'persecution', 'harassment', 'cover-up',
  'coverup', 'abuses', 'atrocities', 'misdeeds', 'scheme', 'schemes', 'racism', 'bigotry', 'hypocrisy', 'treachery',
  'destruction'
])

/** People named by a crime as if proved: "his murderer", "their rapist" (for someone charged, not convicted). */
export const OFFENDER_NOUNS = new Set(['murderer', 'murderers', 'killer', 'killers', 'rapist', 'rapists', 'molester', 'abuser', 'abusers'])

/** After a wrongdoing noun, words that make it the name of a charge or a case, not the writer's verdict: "his fraud trial". */
export const CHARGE_NOUNS = new Set([
  'charge', 'charges', 'conviction', 'convictions', 'trial', 'case', 'cases', 'allegation', 'allegations', 'investigation',
  'investigations', 'probe', 'inquiry', 'accusation', 'accusations', 'claim', 'claims', 'indictment', 'count', 'counts',
  'suspect', 'suspects', 'victim', 'victims', 'law', 'laws', 'unit', 'squad', 'rate', 'rates', 'statistics', 'prevention'
])

/** Words before an accusation that hedge it or give it to the record: "allegedly stole", "accused of lying", "charged with fraud". */
export const ACCUSATION_HEDGES = new Set([
  'allegedly', 'reportedly', 'apparently', 'supposedly', 'purportedly', 'accused', 'alleged', 'alleging', 'alleges',
  'suspected', 'charged', 'convicted', 'indicted', 'guilty', 'admitted', 'admits', 'confessed', 'denied', 'denies', 'deny',
  'denying', 'against', 'if', 'whether', 'unless', 'not', 'never', 'may', 'might', 'could', 'would', 'should', 'can',
  'to', 'tried', 'trying', 'try', 'attempted', 'plotting', 'plotted', 'planned', 'planning'
])

/**
 * Phrases of cause: "because of his actions", "due to decades of neglect". Not "thanks to", which mostly gives
 * credit for a plain fact ("reopened thanks to a donation").
 */
export const CAUSE_OPENERS = new Set(['because of', 'due to', 'as a result of', 'owing to', 'on account of'])

/** Words before a cause that hedge it or deny it: "partly because of", "not because of", "perhaps due to". */
export const CAUSE_HEDGES = new Set([
  'partly', 'partially', 'largely', 'mainly', 'mostly', 'perhaps', 'possibly', 'probably', 'likely', 'maybe', 'apparently',
  'reportedly', 'allegedly', 'not', 'part', 'presumably', 'supposedly', 'seemingly', 'if', 'whether', 'only', 'just',
  'said', 'says', 'say', 'claimed', 'claims', 'blamed', 'blames', 'cited', 'cites', 'citing'
])

/** Words after "any" that make no absolute of it: "if any", "any more", "any longer", "any time". */
export const ROUTINE_AFTER_ANY = new Set(['more', 'longer', 'time', 'further', 'case', 'rate', 'way', 'given', 'other', 'one', 'day', 'moment', 'less', 'comment', 'questions', 'details', 'request', 'requests'])

/**
 * Refusals an absolute "any" follows: "unwilling to take any of the blame", "never taking any blame".
 * (A plain "not … any" is too often a reporter's routine "did not return any calls".)
 */
export const ANY_NEGATORS = new Set(['never', 'unwilling', 'refused', 'refuses', 'refusing', 'refuse', 'failed', 'fails', 'failing', 'ignored', 'ignores', 'ignoring'])

/** Adjectives that state an absolute of sameness, limit or truth: "virtually identical", "essentially unlimited", "completely false". */
export const ABSOLUTE_ADJECTIVES = new Set([
  'identical', 'unlimited', 'limitless', 'boundless', 'nonexistent', 'non-existent', 'unanimous', 'universal', 'baseless',
  'groundless', 'unfounded', 'false', 'untrue', 'fabricated', 'bogus', 'impossible', 'unprovoked', 'unchecked',
  'unrestrained', 'unaccountable', 'incurable', 'irreversible', 'worthless', 'useless', 'meaningless', 'pointless',
  'random', 'unrelated', 'different', 'innocent', 'legal', 'illegal', 'lawful', 'unlawful', 'harmless', 'safe', 'accurate',
  'inaccurate', 'unknown', 'unheard', 'unaware', 'unsupported', 'unproven', 'ineffective', 'unnecessary'
])

/** Adverbs that make an adjective absolute: "completely random", "utterly false". */
export const ABSOLUTE_ADVERBS = new Set(['completely', 'totally', 'entirely', 'utterly', 'wholly', 'essentially', 'virtually', 'absolutely', 'fundamentally', 'perfectly', 'exactly'])

/**
 * Verbs by which the writer gives their own opinion, after "I" or "we": "I think", "we feel", "I'd argue".
 * What follows is a view the writer owns, not a fact to source ("I think he is the greatest coach in history").
 */
export const OPINION_VERBS = new Set([
  'think', 'thought', 'believe', 'believed', 'feel', 'felt', 'suspect', 'suspected', 'guess', 'reckon', 'suppose',
  'consider', 'considered', 'doubt', 'fear', 'hope', 'imagine', 'bet', 'find', 'found', 'maintain', 'contend', 'argue',
  'submit', 'concluded', 'conclude'
])

/** What "I am…" or "I'm…" says of a view the writer holds: "I'm convinced", "I am sure". */
export const OPINION_STATES = new Set(['convinced', 'sure', 'certain', 'confident', 'persuaded', 'positive'])

/** Nouns of a view after "in my" or "to my": "in my view", "in my opinion", "to my mind". */
export const OPINION_NOUNS = new Set(['view', 'opinion', 'judgment', 'judgement', 'estimation', 'book', 'mind', 'eyes', 'experience', 'reading'])

/** Wholes that "the entire" names without claiming anything of them: "represent the entire country", "the entire team". */
export const ENTIRE_WHOLES = new Set([
  'country', 'nation', 'world', 'planet', 'school', 'team', 'city', 'town', 'state', 'community', 'family', 'class',
  'staff', 'crew', 'population', 'region', 'continent', 'neighborhood', 'neighbourhood', 'village', 'county', 'island',
  'building', 'house', 'room', 'office', 'audience', 'crowd', 'group', 'world’s', "world's", 'cast', 'squad', 'league'
])

/** Adjectives between a number and a unit of time that keep it a duration: "ten long years", "two full weeks". */
export const DURATION_ADJECTIVES = new Set(['long', 'short', 'full', 'straight', 'whole', 'more', 'consecutive', 'hard', 'additional', 'extra', 'further', 'brief', 'solid', 'agonizing', 'painful', 'happy', 'good'])

/** Verbs that make a bare number after them a person's age: "he was only 34", "when I was fourteen", "she turned 40". */
export const AGE_VERBS = new Set(['was', 'is', 'am', 'were', "'m", 'be', 'turned', 'turns', 'turning', 'aged', 'age'])

/** Words between an age verb and the age: "was only 34", "is just 19", "was barely 20". */
export const AGE_HEDGES = new Set(['only', 'just', 'barely', 'about', 'nearly', 'almost', 'around', 'roughly', 'maybe', 'perhaps', 'probably', 'still', 'then', 'already', 'not', 'under', 'over'])

/** Who has an age: a person by pronoun. */
export const PERSON_PRONOUNS = new Set(['i', 'he', 'she', 'you', 'we', 'they', "he'll", "she'll", "i'll", "they'll", 'i’ll', 'he’ll', 'she’ll'])

/** A figure of wealth, not a count to source: "earning millions", "his billions". */
export const WEALTH_VERBS = new Set(['earn', 'earns', 'earned', 'earning', 'make', 'makes', 'made', 'making', 'pocket', 'pocketed', 'pocketing', 'rake', 'raked', 'raking', 'worth', 'inherit', 'inherited', 'spend', 'spent', 'spending', 'paid', 'pay', 'pays', 'donate', 'donated', 'lavish', 'lavished', 'squander', 'squandered', 'poured', 'pour', 'pours', 'with'])

/** Words that make a large figure a population, a total everyone has heard: "a population of 320 million". */
export const KNOWN_TOTALS = new Set(['population', 'populations', 'inhabitants'])

/** What a casualty count counts: a toll of the event a story recalls ("after a shooting that killed 17"). */
export const CASUALTY_WORDS = new Set(['killed', 'dead', 'died', 'injured', 'wounded', 'lives', 'deaths', 'casualties', 'killing', 'injuring', 'wounding', 'murdered', 'slain'])

/** Openers of a clause that recalls an earlier event: "after", "following", "in the wake of". */
export const RECALLING_OPENERS = new Set(['after', 'following', 'since'])

/** Words that announce a list the article itself gives: "Below is a timeline of 34 deaths", "here are the 12 names". */
export const LIST_ANNOUNCERS = new Set(['below', 'following', 'here'])

/** Hedges before a superlative or a strong absolute: "possibly the most", "almost exclusively", "arguably the best". */
export const SUPERLATIVE_HEDGES = new Set([
  'possibly', 'perhaps', 'arguably', 'probably', 'maybe', 'likely', 'almost', 'nearly', 'virtually', 'practically',
  'seemingly', 'apparently', 'traditionally'
])

/** Spans of time "entire" measures, claiming nothing: "an entire day", "his entire career". */
export const ENTIRE_SPANS = new Set(['life', 'lifetime', 'career', 'night', 'morning', 'evening', 'afternoon', 'weekend'])

/** Verbs by which a named source gives a belief as its finding: "Police believe the gunman acted alone". */
export const SOURCE_BELIEFS = new Set(['believe', 'believes', 'believed', 'think', 'thinks', 'suspect', 'suspects', 'suspected', 'fear', 'fears', 'feared'])

/** Adjectives that make a share with no number a figure all the same: "a small percentage of voters". */
export const SHARE_SIZES = new Set([
  'small', 'smaller', 'large', 'larger', 'big', 'bigger', 'high', 'higher', 'low', 'lower', 'tiny', 'huge', 'significant',
  'sizable', 'sizeable', 'substantial', 'greater', 'growing', 'shrinking', 'rising', 'falling', 'majority', 'minuscule',
  'negligible', 'record', 'disproportionate', 'increasing', 'declining'
])

/** Verbs of a requirement whose "that" clause is a rule, not a fact: "the law requires that everyone…". */
export const REQUIRING_VERBS = new Set([
  'require', 'requires', 'required', 'requiring', 'mandate', 'mandates', 'mandated', 'ensure', 'ensures', 'ensured',
  'guarantee', 'guarantees', 'guaranteed', 'demand', 'demands', 'demanded', 'insist', 'insists', 'insisted', 'decree',
  'decrees', 'stipulate', 'stipulates', 'provide', 'provides'
])

/** Words that open a sentence as a guess, the speculation rule's to read: "Perhaps he never saw it coming." */
export const GUESS_OPENERS = new Set(['perhaps', 'maybe', 'possibly', 'probably', 'presumably', 'conceivably', 'likely'])

/** Verbs of another's belief or wish whose clause holds their view: "They believe a paradise awaits where everyone…". */
export const OTHERS_VIEW_VERBS = new Set([
  'think', 'thinks', 'thought', 'believe', 'believes', 'believed', 'feel', 'feels', 'felt', 'imagine', 'imagines',
  'imagined', 'fear', 'fears', 'feared', 'hope', 'hopes', 'hoped', 'wish', 'wishes', 'wished', 'dream', 'dreams',
  'dreamed', 'fantasize', 'fantasizes', 'pretend', 'pretends', 'pretended', 'assume', 'assumes', 'assumed', 'suppose',
  'supposes', 'insist', 'insists', 'insisted'
])

/** Labels that open a paragraph with a colon, and are no speaker: "Update:", "Editor's note:", "Watch:". */
export const PARAGRAPH_LABELS = new Set([
  'update', 'updated', 'note', 'editor', "editor's", 'editor’s', 'video', 'photo', 'photos', 'image', 'source', 'sources',
  'related', 'read', 'see', 'also', 'watch', 'breaking', 'exclusive', 'correction', 'disclaimer', 'warning', 'credit',
  'tags', 'share', 'advertisement', 'by', 'subscribe', 'fact', 'facts', 'claim', 'verdict', 'rating', 'question',
  'answer', 'q', 'a', 'truth', 'bottom', 'line', 'posted', 'filed', 'more', 'listen', 'click', 'background', 'context',
  'summary', 'analysis', 'opinion', 'comment', 'comments', 'reporting', 'contact', 'email', 'follow', 'pictured', 'above',
  'below', 'top', 'key', 'takeaways', 'takeaway', 'what', 'why', 'how', 'who', 'when', 'where', 'step', 'tip', 'tips',
  'example', 'ps', 'p.s', 'caption', 'transcript', 'timeline', 'quote', 'quotes', 'result', 'results', 'conclusion',
  'lesson', 'moral', 'problem', 'solution', 'reason', 'cost', 'price', 'total', 'goal', 'purpose', 'point', 'issue',
  'status', 'outcome', 'impact', 'effect', 'score', 'final', 'winner', 'location', 'date', 'time', 'place', 'age', 'name',
  'title', 'author', 'headline', 'translation', 'hint', 'spoiler', 'pros', 'cons', 'fun', 'reminder', 'news'
])

/** Verbs that report a contest's result: "won 52 percent of the vote", "defeated him by 500 votes". */
export const RESULT_VERBS = new Set(['won', 'win', 'wins', 'winning', 'defeated', 'defeating', 'beat', 'beating', 'scored', 'received', 'receiving', 'got', 'took', 'taking', 'carried', 'captured', 'lost', 'losing', 'trailed', 'trailing', 'led', 'leading', 'edged', 'finished', 'garnered', 'secured', 'polled', 'tallied'])

/** What a result counts: "43 percent of the vote", "by 500 votes", "a margin of 2 points". */
export const RESULT_NOUNS = new Set(['vote', 'votes', 'ballots', 'delegates', 'seats', 'electors', 'margin', 'points'])

/** Events a toll belongs to: "the massacre that claimed 59 lives", "after a gunman opened fire". */
export const TOLL_EVENTS = new Set(['shooting', 'shootings', 'massacre', 'attack', 'attacks', 'bombing', 'bombings', 'blast', 'explosion', 'crash', 'collision', 'derailment', 'earthquake', 'quake', 'storm', 'hurricane', 'typhoon', 'cyclone', 'tornado', 'flood', 'floods', 'flooding', 'fire', 'wildfire', 'landslide', 'tsunami', 'stampede', 'collapse', 'rampage', 'siege', 'gunman', 'gunmen', 'shooter', 'bomber', 'attacker', 'attackers'])

/** A chart's legend, not a claim: "Each square represents 1 million people", "every dot stands for ten cases". */
export const LEGEND_VERBS = new Set(['represents', 'represent', 'equals', 'equal', 'stands', 'denotes', 'shows'])
