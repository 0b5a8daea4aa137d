// Word lists for reading/vague-views.ts: who counts as a vague or collective subject, and which verbs give them a view.

/**
 * People named by the view they hold or voice: a writer who cites them cites a
 * stance, not a person ("critics argue", "insiders fret", "her apologists now
 * say"). With any verb of saying, believing or judging they are a weasel.
 */
export const OPINION_HOLDERS: ReadonlySet<string> = new Set([
  'critics', 'commentators', 'observers', 'watchers', 'experts', 'analysts', 'pundits', 'skeptics', 'sceptics', 'cynics',
  'doubters', 'naysayers', 'detractors', 'apologists', 'defenders', 'supporters', 'backers', 'boosters', 'cheerleaders',
  'proponents', 'opponents', 'advocates', 'purists', 'traditionalists', 'theorists', 'strategists', 'forecasters',
  'prognosticators', 'specialists', 'scholars', 'academics', 'historians', 'economists', 'scientists', 'researchers',
  'ethicists', 'editorialists', 'columnists', 'pollsters', 'operatives', 'loyalists', 'hardliners', 'allies', 'admirers',
  'believers', 'partisans', 'ideologues', 'activists', 'campaigners', 'conspiracy theorists', 'insiders', 'sources',
  'veterans', 'hawks', 'doves', 'moderates', 'centrists', 'dissenters', 'dissidents', 'skeptic', 'authorities', 'elites'
])

/** Unnamed people placed near the story ("insiders", "sources", "people familiar with the talks"): anonymous sourcing. */
export const ANONYMOUS: ReadonlySet<string> = new Set(['insiders', 'sources', 'aides', 'confidants', 'associates', 'advisers', 'advisors', 'diplomats', 'officials'])

/**
 * Whole populations or the public at large: a view given to them is a claim
 * about what a crowd thinks ("people say", "Americans believe"). Weaker than a
 * holder of views: these are also the people a story is about.
 */
export const CROWDS: ReadonlySet<string> = new Set([
  'people', 'folks', 'americans', 'britons', 'europeans', 'voters', 'citizens', 'residents', 'locals', 'consumers',
  'parents', 'conservatives', 'liberals', 'progressives', 'democrats', 'republicans', 'taxpayers', 'readers', 'viewers',
  'users', 'investors', 'traders', 'bankers', 'executives', 'lawmakers', 'legislators', 'politicians', 'leaders',
  'members', 'doctors', 'physicians', 'teachers', 'journalists', 'reporters', 'liberals', 'leftists', 'rightists',
  'feminists', 'environmentalists', 'muslims', 'christians', 'evangelicals', 'catholics', 'jews', 'men', 'women',
  'others', 'onlookers', 'outsiders', 'everyone', 'everybody', 'nobody', 'fans', 'followers', 'listeners', 'audiences'
])

/**
 * Crowds whose name is written with a capital wherever it stands: a party or
 * a faith named by its members ("Democrats condemned the levy"), an actor in
 * the story at the start of a sentence as inside one.
 */
export const CAPITALISED_CROWDS: ReadonlySet<string> = new Set(['democrats', 'republicans', 'muslims', 'christians', 'catholics', 'jews'])

/** Quantifiers that stand alone as a subject ("many believe", "some on the left say", "others argue"). */
export const QUANTIFIER_SUBJECTS: ReadonlySet<string> = new Set(['many', 'some', 'others', 'most', 'few', 'several', 'everyone', 'everybody', 'those'])

/** Quantifiers before a noun that leave the people uncounted and unnamed ("some critics", "many experts"). */
export const VAGUE_DETERMINERS: ReadonlySet<string> = new Set(['some', 'many', 'most', 'several', 'certain', 'numerous', 'countless', 'various', 'few', 'other', 'unnamed', 'anonymous'])

/** "a number of", "a chorus of", "a growing number of": a vague quantity before "of". */
export const VAGUE_MEASURES: ReadonlySet<string> = new Set(['number', 'host', 'chorus', 'lot', 'lots', 'plenty', 'crowd', 'handful', 'raft', 'slew', 'array', 'variety', 'range', 'bunch', 'majority', 'minority'])

/** A counted share or a poll ("66 percent of voters said", "half of Americans think"): a figure to source, not a vague source. */
export const POLL_WORDS: ReadonlySet<string> = new Set(['percent', 'per cent', '%', 'poll', 'polls', 'survey', 'surveys', 'polled', 'surveyed', 'respondents', 'pollster'])

/**
 * Words before a subject that say it has been named or counted: "the critics"
 * (named earlier), "two analysts", "these experts", "no one".
 */
export const NAMED_BEFORE: ReadonlySet<string> = new Set([
  'the', 'these', 'this', 'that', 'both', 'all', 'each', 'every', 'such', 'no', 'any', 'our', 'my', 'your', 'two', 'three',
  'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozen', 'dozens', 'hundreds', 'thousands', 'millions', 'of', 'so',
  'too', 'as', 'how', 'than', 'which', 'whose', 'what'
])

/** Possessives that leave the holders vague ("her apologists", "the mayor's critics"): only for holders of views. */
export const POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'their', 'its'])

/** Prepositions that name an affiliation: with a name after them the source is identified ("analysts at Moody's"). */
export const NAMING_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'from', 'with', 'of', 'for', 'including', 'like', 'led', 'such', 'among'])

/** Prepositions that narrow a vague subject without naming it ("some on the left", "many in the party", "critics across Europe"). */
export const NARROWING_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'in', 'within', 'inside', 'among', 'across', 'around', 'outside', 'throughout', 'near', 'at', 'from', 'of', 'with', 'for', 'close', 'familiar'])

/** Where a subject sits "close to" or is "familiar with" its story: anonymous sourcing ("people familiar with the matter"). */
export const ANONYMOUS_PLACES: ReadonlySet<string> = new Set(['close', 'familiar', 'knowledge', 'briefed', 'privy'])

/** Words between a subject and its verb ("some have long argued", "critics now say", "observers are convinced"). */
export const BETWEEN_SUBJECT_AND_VERB: ReadonlySet<string> = new Set([
  'have', 'has', 'had', 'would', 'might', 'may', 'could', 'will', 'also', 'even', 'still', 'now', 'long', 'often', 'generally',
  'widely', 'do', 'does', 'did', 'further', 'increasingly', 'privately', 'openly', 'publicly', 'quickly', 'already',
  'repeatedly', 'loudly', 'immediately', 'soon', 'always', 'never', 'not', "n't", 'are', 'were', 'is', 'was', 'been', 'be',
  'being', 'remain', 'remained', 'remains', 'seem', 'seemed', 'seems', 'appear', 'appeared', 'appears', 'grew', 'grown',
  'growing', 'become', 'became', 'have', 'too', 'likewise', 'similarly', 'however', 'though', 'rightly', 'wrongly', 'correctly',
  'once', 'recently', 'previously', 'initially', 'reportedly', 'apparently', 'largely', 'mostly', 'mainly', 'almost', 'all'
])

/**
 * Verbs of believing too common in other senses to give a view on their own:
 * they count with the construction that makes them a view ("read it as a
 * signal", "took aim at", "see the deal as", "hold that", "know that").
 */
export const VIEW_BY_CONSTRUCTION: ReadonlySet<string> = new Set([
  'see', 'view', 'read', 'regard', 'take', 'call', 'hold', 'point', 'know', 'understand', 'credit', 'charge', 'find', 'show',
  'count', 'record', 'file', 'publish', 'post', 'tweet', 'note', 'sense', 'judge', 'add', 'reject', 'deny', 'dispute',
  'confirm', 'accept', 'challenge', 'attack', 'question', 'cite', 'describe', 'report', 'measure', 'compile', 'survey',
  'poll', 'project', 'calculate', 'document', 'indicate', 'conclude', 'ask', 'tell', 'recall', 'respond', 'reply', 'state'
])

/** What a view verb may take as object and still report a view ("rejected the claim", "disputed the idea"). */
export const VIEW_OBJECTS: ReadonlySet<string> = new Set([
  'claim', 'claims', 'idea', 'notion', 'argument', 'arguments', 'suggestion', 'premise', 'assertion', 'assertions',
  'allegation', 'allegations', 'accusation', 'accusations', 'charge', 'charges', 'characterization', 'label', 'theory',
  'view', 'conclusion', 'conclusions', 'finding', 'findings', 'narrative', 'estimate', 'estimates', 'assessment',
  'reasoning', 'logic', 'framing', 'characterisation', 'depiction', 'portrayal', 'interpretation', 'explanation'
])

/**
 * Adjectives and participles of a settled view after "are", "remain" or "seem"
 * ("observers are convinced", "experts remain divided", "analysts are skeptical").
 */
export const VIEW_STATES: ReadonlySet<string> = new Set([
  'convinced', 'persuaded', 'unconvinced', 'unpersuaded', 'skeptical', 'sceptical', 'confident', 'certain', 'sure', 'adamant',
  'divided', 'split', 'doubtful', 'dubious', 'wary', 'optimistic', 'pessimistic', 'bullish', 'bearish', 'hopeful',
  'unanimous', 'agreed', 'satisfied', 'dismissive', 'critical', 'suspicious', 'incredulous', 'uneasy', 'concerned', 'worried',
  'alarmed', 'troubled', 'puzzled', 'baffled', 'unimpressed', 'impressed'
])

/** A plural that names people by what they do ("watchers", "apologists", "boosters"), by its ending. */
export const AGENT_PLURAL = /^[a-z][a-z-]{2,}(?:ers|ors|ists|ians|ics|ants|ents|ites|ives|ards)$/

/** Plural words with an agent's ending that name no people ("centers", "numbers", "letters", "events"). */
export const NOT_AGENTS: ReadonlySet<string> = new Set([
  'numbers', 'letters', 'members', 'centers', 'centres', 'papers', 'orders', 'matters', 'others', 'waters', 'powers', 'borders',
  'chapters', 'markets', 'events', 'comments', 'statements', 'documents', 'reports', 'comments', 'papers', 'elements',
  'moments', 'parents', 'students', 'patients', 'clients', 'residents', 'agents', 'governments', 'arguments', 'payments',
  'investments', 'departments', 'percents', 'cents', 'standards', 'records', 'standards', 'rewards', 'towards', 'afterwards',
  'politics', 'economics', 'statistics', 'topics', 'ethics', 'tactics', 'physics', 'graphics', 'basics', 'lyrics', 'antics',
  'dynamics', 'clinics', 'relatives', 'initiatives', 'incentives', 'objectives', 'alternatives', 'archives', 'motives',
  'lives', 'wives', 'knives', 'sites', 'rites', 'whites', 'favorites', 'favourites', 'suites', 'cards', 'boards', 'awards',
  'yards', 'guards', 'users', 'headquarters', 'quarters', 'offers', 'answers', 'filters', 'meters', 'factors', 'sectors',
  'doctors', 'monitors', 'errors', 'colors', 'colours', 'honors', 'honours', 'mirrors', 'rumors', 'rumours', 'motors',
  'corridors', 'contracts', 'plants', 'grants', 'points', 'accounts', 'amounts', 'counts', 'talents', 'incidents', 'accidents',
  'contents', 'ingredients', 'segments', 'fragments', 'treatments', 'settlements', 'agreements', 'requirements',
  'developments', 'improvements', 'components', 'instruments', 'assessments', 'supplements', 'apartments', 'compartments'
])

/** Forms of "be" and its kin between a subject and a state of view ("are convinced", "remain divided", "grew wary"). */
export const BE_LIKE: ReadonlySet<string> = new Set([
  'are', 'were', 'is', 'was', 'be', 'been', 'remain', 'remained', 'remains', 'seem', 'seemed', 'seems', 'appear', 'appeared',
  'appears', 'grew', 'grown', 'become', 'became', "'re"
])

/** Verbs of the constructed kind that take a stand on their own when the subject holds views ("critics question", "others dispute"). */
export const STANCE_VERBS: ReadonlySet<string> = new Set([
  'attack', 'question', 'challenge', 'reject', 'deny', 'dispute', 'accept', 'note', 'sense', 'judge', 'charge', 'conclude',
  'describe', 'cite'
])

/** Verbs that give a view as "<verb> X as Y" ("see the deal as a giveaway", "read it as a signal"). */
export const AS_VERBS: ReadonlySet<string> = new Set([
  'see', 'view', 'read', 'regard', 'take', 'describe', 'cite', 'credit', 'count', 'hail', 'label', 'brand', 'paint', 'portray',
  'characterize', 'characterise', 'dismiss', 'treat', 'interpret', 'welcome', 'reject', 'denounce', 'praise', 'criticize',
  'criticise', 'condemn', 'tout', 'rank', 'rate', 'defend'
])

/** Verbs that take a "that" clause without reporting anyone's words or thoughts ("ensure that", "mean that"). */
export const NOT_REPORTING_THAT: ReadonlySet<string> = new Set([
  'ensure', 'insure', 'make', 'require', 'mean', 'demand', 'order', 'ask', 'see', 'check', 'specify', 'provide', 'stipulate',
  'decide', 'determine', 'rule', 'vote', 'arrange', 'prefer', 'so'
])

/** Forms of "be" and "get" before a participle: a passive. */
export const PASSIVE_BE: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'re", "'s", 'get', 'got', 'gets', 'getting'])

/** Words that open a clause (the tagger reads some as prepositions): a subject may follow. */
export const SUBORDINATORS: ReadonlySet<string> = new Set([
  'although', 'though', 'while', 'whereas', 'because', 'since', 'if', 'unless', 'when', 'whether', 'that', 'after', 'before',
  'until', 'once', 'where'
])

/** Shares that count a crowd when "of" follows: "half of Americans", "two-thirds of voters". */
export const SHARES: ReadonlySet<string> = new Set(['half', 'third', 'thirds', 'two-thirds', 'quarter', 'quarters', 'majority', 'minority', 'share', 'proportion', 'fraction'])
