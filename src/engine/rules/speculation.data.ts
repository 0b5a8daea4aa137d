import type {LexiconEntry} from '../rule-kit/lexicon-rule'

const CERTAIN_ADVERBS = ['inevitably', 'certainly', 'definitely', 'surely', 'undoubtedly', 'invariably', 'necessarily', 'unquestionably', 'undeniably', 'doubtless']

/** Hostile aims read into a design: "meant to anger", "designed to discredit them". */
export const HOSTILE_AIMS = [
  'anger', 'enrage', 'provoke', 'inflame', 'incite', 'discredit', 'smear', 'humiliate', 'embarrass', 'intimidate', 'silence',
  'distract', 'deflect', 'mislead', 'deceive', 'confuse', 'divide', 'punish', 'undermine', 'sabotage', 'destroy', 'scare',
  'frighten', 'bully', 'manipulate', 'trick', 'fool', 'dupe', 'hide', 'conceal', 'demonize', 'demonise',
  'vilify', 'delegitimize', 'delegitimise', 'pander', 'appease', 'placate', 'troll', 'trigger', 'shame', 'stoke', 'suppress', 'obstruct', 'derail', 'stall',
  'mask', 'disguise', 'obscure', 'whitewash', 'divert'
]

/** Aims of courting and signalling read into a design: "meant to appeal to evangelicals", "designed to signal". Less sure than a hostile aim. */
export const COURTING_AIMS = [
  'appeal', 'court', 'woo', 'curry', 'flatter', 'please', 'rally', 'energize', 'energise', 'galvanize', 'galvanise', 'mobilize',
  'mobilise', 'reassure', 'signal', 'pressure', 'pressurise', 'pressurize', 'burnish', 'bolster', 'shore', 'score', 'impress',
  'lure', 'send'
]

/** "discredit" → "discrediting", "provoke" → "provoking", "stall" → "stalling": for "aimed at discrediting". */
function gerundOf(verb: string): string {
  if (/[^aeiou]e$/.test(verb)) return `${verb.slice(0, -1)}ing`
  return `${verb}ing`
}

export const SPECULATION_CLASSES = {
  'certain-adverb': new Set(CERTAIN_ADVERBS),
  be: new Set(['is', 'are', 'was', 'were', 'be', "'s"]),
  'sweeping-adverb': new Set(['fundamentally', 'radically', 'profoundly', 'irrevocably', 'irreversibly', 'permanently', 'forever', 'utterly', 'completely', 'totally']),
  'change-verb': new Set(['alters', 'alter', 'altered', 'changes', 'change', 'changed', 'transforms', 'transform', 'transformed', 'reshapes', 'reshape', 'reshaped', 'redefines', 'redefine', 'redefined', 'upends', 'upend', 'upended', 'undermines', 'undermine', 'undermined', 'destroys', 'destroy', 'destroyed', 'damages', 'damage', 'damaged', 'compromises', 'compromise', 'compromised']),
  // Not "message": a message is what someone said ("His message was simple: vote."), theirs to report, not a motive read in.
  motive: new Set(['incentive', 'incentives', 'motive', 'motives', 'motivation', 'goal', 'aim', 'intent', 'intention', 'agenda', 'strategy', 'calculation', 'logic', 'plan', 'purpose', 'reason', 'reasoning', 'endgame', 'motivations']),
  obvious: new Set(['clear', 'obvious', 'plain', 'simple', 'transparent', 'evident', 'unmistakable']),
  possessive: new Set(['his', 'her', 'their']),
  'stated-motive': new Set(['motive', 'motives', 'motivation', 'motivations', 'aim', 'aims', 'goal', 'goals', 'intention', 'intentions', 'intent', 'agenda', 'purpose', 'objective', 'objectives', 'mission', 'hope', 'hopes', 'plan', 'plans', 'desire', 'wish', 'ambition', 'ambitions', 'strategy', 'calculation', 'endgame', 'priority']),
  'hidden-motive': new Set(['motive', 'motives', 'motivation', 'motivations', 'aim', 'aims', 'goal', 'goals', 'intention', 'intentions', 'intent', 'agenda', 'purpose', 'objective', 'endgame', 'reason', 'reasons', 'strategy', 'calculation']),
  'single-motive': new Set(['motive', 'motivation', 'agenda', 'aim', 'intention', 'intent', 'desire']),
  'hidden-adjective': new Set(['real', 'true', 'actual', 'underlying', 'hidden', 'secret', 'ulterior', 'unspoken', 'unstated']),
  /** Any word but a negation: "will certainly not help" is no "could not help". */
  affirmative: (word: string) => word !== 'not' && word !== "n't" && word !== 'never',
  design: new Set(['meant', 'designed', 'intended', 'calculated', 'engineered', 'timed', 'crafted', 'aimed']),
  'hostile-aim': new Set(HOSTILE_AIMS),
  'hostile-gerund': new Set(HOSTILE_AIMS.map(gerundOf)),
  'courting-aim': new Set(COURTING_AIMS),
  'courting-gerund': new Set(COURTING_AIMS.map(gerundOf)),
  /** A purpose that ends in a mission: "made it his mission to", "takes as its mission to". */
  mission: new Set(['mission', 'goal', 'aim', 'priority', 'crusade']),
  'any-possessive': new Set(['his', 'her', 'their', 'its']),
  intentionally: new Set(['deliberately', 'purposely', 'purposefully', 'intentionally', 'wilfully', 'willfully', 'cynically', 'calculatedly', 'consciously'])
}

const CERTAINTY = '“{actual}” states a prediction as certain. Hedge it, or attribute it to someone who makes it.'

/** Predictions, effects and motives stated as settled fact. */
export const SPECULATION: readonly LexiconEntry[] = [
  {patterns: ['will|would|shall <certain-adverb> <affirmative>'], rewrites: ['could {last}', 'may {last}'], message: CERTAINTY, unlessBefore: ['i', 'we', 'you'], unlessReported: true},
  {patterns: ['<be> certain|sure|bound|destined|doomed|guaranteed to *'], rewrites: ['could {last}', 'may {last}'], message: CERTAINTY, unlessBefore: ['not', 'i', 'we', 'you']},
  // "cannot fail to raise" is read in speculation.ts, whose hedge agrees with its subject ("is not unlikely to raise").
  {
    patterns: ['there is no way', 'there\'s no way'],
    rewrites: ['it seems unlikely', 'it is unlikely'],
    message: '“{actual}” rules out an outcome as certain. Hedge it, or attribute it to someone who says so.',
    // "There is no way to know", "no way of telling", "no way around it": no prediction.
    unlessAfter: ['to', 'of', 'around', 'out', 'for', 'in', 'forward', 'back', 'but', ',', '.'],
    unlessAttributed: true,
    unlessReported: true
  },
  {
    patterns: ['you can bet', 'you can be sure', 'you can be certain', 'rest assured', 'mark my words', 'it is only a matter of time', 'it\'s only a matter of time', 'only a matter of time before', 'a foregone conclusion', 'a safe bet', 'a sure bet', 'a dead cert'],
    rewrites: [],
    message: CERTAINTY,
    unlessReported: true
  },
  // "was inevitable" → "was likely"; "will inevitably lose" → "will likely lose": each keeps its own verb.
  {patterns: ['<be> inevitable'], rewrites: ['{first} likely'], message: CERTAINTY, unlessReported: true, unlessAttributed: true},
  {patterns: ['inevitably'], rewrites: ['likely'], message: CERTAINTY, unlessReported: true, unlessAttributed: true},
  {
    // With its "that", so the deletion leaves a sentence: "There is no doubt that rents will rise" → "Rents will rise".
    patterns: ['there is|was no doubt|question that', 'there\'s no doubt|question that', 'there can be no doubt|question that'],
    rewrites: [''],
    message: '“{actual}” claims a certainty the article does not show. Let the evidence make the case, or attribute the view.',
    unlessReported: true
  },
  {patterns: ['make no mistake about it'], rewrites: [''], onlyBefore: [','], message: '“{actual}” claims a certainty the article does not show. Let the evidence make the case, or attribute the view.'},
  // Before a dash or a colon no deletion leaves a clean sentence.
  {patterns: ['make no mistake about it'], rewrites: [], message: '“{actual}” claims a certainty the article does not show. Let the evidence make the case, or attribute the view.'},
  {
    patterns: ['undeniably', 'unquestionably', 'indisputably', 'undoubtedly', 'incontrovertibly', 'irrefutably', 'without a doubt', 'without question', 'beyond doubt', 'beyond question', 'there is no doubt', 'there can be no doubt', 'no doubt', 'make no mistake', 'there is no question'],
    rewrites: [''],
    message: '“{actual}” claims a certainty the article does not show. Let the evidence make the case, or attribute the view.',
    // "I have no doubt": the writer's own conviction, in person (the editorializing rule's), and no clean deletion.
    unlessBefore: ['have', 'has', 'had', 'of', 'a'],
    // "…in a public place, no doubt.": an aside at the end, where a deletion would strand its comma.
    unlessAfter: ['.', '!', '?', ';'],
    unlessReported: true
  },
  {
    patterns: ['no doubt', 'without a doubt', 'without question', 'beyond doubt', 'beyond question'],
    rewrites: [],
    onlyBefore: ['.', '!', '?', ';'],
    message: '“{actual}” claims a certainty the article does not show. Let the evidence make the case, or attribute the view.',
    unlessBefore: ['have', 'has', 'had', 'of', 'a'],
    unlessReported: true
  },
  // The hedge keeps the determiner and the tense: "His goal was simple" → "His likely goal was".
  {
    patterns: ['the|its|their|his|her|one|a <motive> is|seems clear|obvious|plain|simple|transparent|evident|unmistakable', 'the|its|their|his|her <motive> here? is <obvious>'],
    rewrites: ['{first} likely {2} is', '[source] says the {2} is'],
    message: '“{actual}” states another party’s motive as fact. Attribute it, or present it as the writer’s reading.'
  },
  {
    patterns: ['the|its|their|his|her|one|a <motive> was clear|obvious|plain|simple|transparent|evident|unmistakable', 'the|its|their|his|her <motive> here? was <obvious>'],
    rewrites: ['{first} likely {2} was', '[source] says the {2} was'],
    message: '“{actual}” states another party’s motive as fact. Attribute it, or present it as the writer’s reading.'
  },
  {
    // "the real aim", "their true motive", "a hidden agenda": the writer claims to see behind what people say.
    // The hedge keeps the determiner: "a hidden agenda" → "a likely agenda", "his true motive" → "his likely motive".
    patterns: ['the|his|her|their|its <hidden-adjective> <hidden-motive>', 'an|a ulterior|hidden|secret <hidden-motive>'],
    rewrites: ['{first} likely {last}'],
    message: '“{actual}” states another party’s hidden motive as fact. Attribute it, or show what it rests on.',
    unlessAttributed: true,
    unlessReported: true
  },
  {
    // "had ulterior motives": no determiner to keep, and "had likely motives" says something else.
    patterns: ['ulterior <hidden-motive>'],
    rewrites: [],
    message: '“{actual}” states another party’s hidden motive as fact. Attribute it, or show what it rests on.',
    unlessAttributed: true,
    unlessReported: true
  },
  {
    // "had only one motive", "their sole aim": one motive, read into someone.
    patterns: ['only one <single-motive>', 'one and only <single-motive>', 'sole|single|overriding <single-motive>'],
    rewrites: [],
    message: '“{actual}” states another party’s motive as fact. Attribute it, or show what it rests on.',
    unlessAttributed: true,
    unlessReported: true
  },
  {
    // "His goal is to…", "Their hope and plan is that…": a person's aim given as fact.
    patterns: ['<possessive> <stated-motive> and|or? <stated-motive>? is|was|are|were to|that'],
    rewrites: [],
    message: '“{actual}” states another party’s intention as fact. Attribute it to someone who knows it.',
    unlessAttributed: true,
    unlessReported: true
  },
  {
    // "is meant to anger liberals", "designed to discredit them": a hostile aim read into what someone did.
    patterns: ['<design> to <hostile-aim>'],
    rewrites: ['likely to {last}'],
    message: '“{actual}” states someone’s aim as fact. Say what it did, or attribute the aim.',
    unlessAttributed: true,
    unlessReported: true
  },
  {
    // "cover" only with its particle: "designed to cover costs" is plain.
    patterns: ['<design> to cover|paper up|over'],
    rewrites: [],
    message: '“{actual}” states someone’s aim as fact. Say what it did, or attribute the aim.',
    unlessAttributed: true,
    unlessReported: true
  },
  {
    // "aimed at discrediting her", "in order to distract from the audit": a hostile aim read into an act, as a purpose.
    // "In order to cover costs", "aimed at suppressing the virus" keep a plain sense: thorough only.
    patterns: ['aimed at <hostile-gerund>', 'in order to <hostile-aim>', 'so as to <hostile-aim>', 'in order to cover|paper up|over'],
    rewrites: [],
    message: '“{actual}” states someone’s aim as fact. Say what it did, or attribute the aim.',
    unlessAttributed: true,
    unlessReported: true,
    confidence: 0.45
  },
  {
    // "meant to appeal to", "designed to rally the base", "aimed at wooing": a courting aim read into a design. Often the
    // plan's own stated purpose ("a fare designed to attract commuters" is not listed), so thorough only.
    patterns: ['<design> to <courting-aim>', 'aimed at <courting-gerund>'],
    rewrites: [],
    message: '“{actual}” states someone’s aim as fact. Say what it did, or attribute the aim.',
    unlessAttributed: true,
    unlessReported: true,
    confidence: 0.4
  },
  {
    // "made it his mission to", "takes as its mission to": a purpose given as a life's aim.
    patterns: ['made|makes|make|making it <any-possessive> <mission> to', 'took|takes|take|taking as <any-possessive> <mission> to'],
    rewrites: [],
    message: '“{actual}” states another party’s intention as fact. Attribute it to someone who knows it.',
    unlessAttributed: true,
    unlessReported: true,
    confidence: 0.45
  },
  {
    // "purposely altered", "deliberately misled": intent the writer cannot see.
    patterns: ['<intentionally>'],
    rewrites: [''],
    message: '“{actual}” states someone’s intent as fact. Attribute it, or let the facts show it.',
    beforePartOfSpeech: ['VERB', 'ADJ', 'ADV'],
    unlessAttributed: true,
    unlessReported: true,
    // In a court report, intent is the charge: "charged with knowingly…".
    unlessNearby: ['charge', 'charged', 'convict', 'convicted', 'plead', 'pleaded', 'guilty', 'indict', 'indicted', 'indictment', 'prosecutor', 'prosecutors', 'jury', 'verdict', 'trial', 'allegedly', 'accused']
  },
  {
    // "at least in her mind": the writer reports what goes on inside someone's head.
    // Not dropped after a quotation: "in her mind" is the writer's reading of what she said, not her words.
    patterns: ['in his|her|their mind|minds'],
    rewrites: [],
    message: '“{actual}” reports what someone thinks as fact. Attribute it to someone who knows, or cut it.',
    unlessReported: true
  },
  {
    patterns: ['<sweeping-adverb> <change-verb>'],
    rewrites: ['may {base}', 'could {base}'],
    // "could completely upend": hedged already.
    unlessBefore: ['could', 'may', 'might', 'would', 'can', 'should', 'must'],
    unlessReported: true,
    message: '“{actual}” asserts a sweeping effect as settled fact. Hedge it, or show the evidence.'
  },
  {patterns: ['changes|changed everything', 'will change everything', 'will never be the same', 'spells|spelled the end', 'sounds|sounded the death knell', 'death knell', 'no going back', 'no turning back', 'the writing is on the wall'], rewrites: [], message: CERTAINTY},
  {patterns: ['it is|was clear|obvious|evident|undeniable|inevitable|certain that', 'it\'s clear|obvious|evident|undeniable|inevitable|certain that'], rewrites: ['[source] says'], message: '“{actual}” presents the writer’s reading as fact. Attribute it or show the evidence.'}
]

/*
 * Word classes for the grammatical detection in speculation.ts: outcomes
 * stated as certain with a bare "will" or "is going to", and other people's
 * motives, intentions and feelings stated as fact. These are words of English
 * grammar and of the language of minds, not phrases of any one article.
 */

/** Hedges that make a prediction a prediction: "will likely", "probably will", "perhaps they will". */
export const HEDGES: ReadonlySet<string> = new Set([
  'likely', 'probably', 'possibly', 'perhaps', 'maybe', 'conceivably', 'presumably', 'potentially', 'arguably',
  'plausibly', 'apparently', 'seemingly', 'reportedly', 'allegedly', 'supposedly', 'hopefully'
])

/** Nouns of saying that report the clause after them: "his message was that…", "rumours persist that…". */
export const SPEECH_NOUNS: ReadonlySet<string> = new Set([
  'point', 'message', 'claim', 'claims', 'argument', 'statement', 'promise', 'pledge', 'vow', 'assurance', 'warning',
  'rumour', 'rumours', 'rumor', 'rumors', 'word', 'news', 'report', 'reports', 'announcement', 'position', 'line', 'view',
  'insistence', 'contention', 'assertion', 'allegation', 'allegations', 'suggestion', 'prediction', 'forecast', 'expectation',
  'narrative', 'theory', 'thinking', 'logic', 'story', 'reasoning', 'premise', 'thesis', 'pitch', 'spin', 'rationale', 'case'
])

/** Words that make a sentence's "will" conditional: "if…, it will", "unless…", "whether it will". */
export const CONDITIONALS: ReadonlySet<string> = new Set(['if', 'unless', 'whether', 'otherwise', 'provided', 'providing', 'assuming', 'lest', 'whenever'])

/** Words that open an embedded question ("how the council will pay", "whether voters will stay"): not a statement. */
export const QUESTION_OPENERS: ReadonlySet<string> = new Set(['how', 'whether', 'why', 'what', 'which', 'where', 'when', 'who', 'whom', 'if'])

/** The writer in person, hedging: "I think they will", "I suspect voters will". */
export const FIRST_PERSON_HEDGES: ReadonlySet<string> = new Set([
  'think', 'suspect', 'expect', 'guess', 'imagine', 'doubt', 'fear', 'hope', 'believe', 'reckon', 'predict', 'wonder', 'suppose', 'assume', 'know',
  'bet', 'wager'
])

/** The writer's own guess, named as a noun: "My guess is the board will fold", "our hunch is", "in my view". */
export const FIRST_PERSON_GUESSES: ReadonlySet<string> = new Set([
  'guess', 'bet', 'hunch', 'sense', 'feeling', 'suspicion', 'expectation', 'prediction', 'view', 'opinion', 'belief', 'money', 'instinct', 'gut'
])

/** Groups whose name is written with a capital wherever it stands ("Democrats", "Christians"): kept so after "[Source] says". */
export const CAPITALISED_GROUPS: ReadonlySet<string> = new Set([
  'democrats', 'republicans', 'christians', 'jews', 'muslims', 'catholics', 'protestants', 'hindus', 'sikhs', 'buddhists',
  'mormons', 'tories', 'indians', 'canadians', 'latinos', 'latinas', 'hispanics', 'greens', 'europeans', 'americans', 'africans',
  'asians'
])

/** Subjects that are the writer or the reader: "we will", "I'll explain", "you will see". */
export const FIRST_AND_SECOND_PERSON: ReadonlySet<string> = new Set(['i', 'we', 'you', 'me', 'us', "i'll", "we'll", "you'll", "i'm", "we're", "you're", 'one'])

/** Verbs of a scheduled or announced event: "will meet", "will vote", "will take office", "will be held". */
export const SCHEDULING_VERBS: ReadonlySet<string> = new Set([
  'meet', 'hold', 'host', 'convene', 'gather', 'vote', 'debate', 'hear', 'testify', 'appear', 'attend', 'speak', 'address',
  'visit', 'travel', 'tour', 'fly', 'arrive', 'depart', 'return', 'resume', 'begin', 'start', 'open', 'reopen', 'launch',
  'unveil', 'release', 'publish', 'air', 'broadcast', 'stream', 'premiere', 'screen', 'perform', 'play', 'compete', 'race',
  'sign', 'announce', 'present', 'introduce', 'join', 'replace', 'succeed', 'serve', 'head', 'chair', 'retire', 'resign',
  'step', 'campaign', 'sit', 'expire', 'conclude', 'undergo', 'rule', 'sentence', 'decide', 'consider', 'review',
  'discuss', 'outline', 'detail', 'honor', 'honour', 'celebrate', 'mark', 'commemorate', 'inaugurate', 'swear', 'elect',
  'nominate', 'appoint', 'interview', 'schedule', 'reschedule', 'postpone', 'delay', 'adjourn', 'televise',
  'livestream', 'feature', 'headline', 'keynote', 'moderate', 'officiate', 'preside', 'graduate', 'enroll', 'enrol',
  'relocate', 'move', 'pay', 'receive', 'offer', 'provide', 'include', 'require', 'apply', 'run', 'stand', 'file', 'submit',
  'issue', 'hand', 'deliver', 'give', 'send', 'close', 'shut', 'represent', 'work', 'allow', 'permit', 'ban', 'prohibit',
  'mandate', 'exempt', 'fund', 'cover'
])

/** What follows "take" in a scheduled event: "will take office", "will take effect". Other uses of "take" predict. */
export const SCHEDULED_TAKE: ReadonlySet<string> = new Set(['office', 'effect', 'place', 'part', 'over', 'charge', 'the', 'questions', 'power', 'up'])

/** Time words that make a "will" a date in the diary: "on Tuesday", "next week", "at noon". */
export const TIME_WORDS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'tonight', 'tomorrow',
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'noon', 'midnight', "o'clock",
  'a.m.', 'p.m.', 'am', 'pm', 'weekend', 'morning', 'afternoon', 'evening', 'later', 'scheduled', 'slated', 'date',
  'deadline', 'spring', 'summer', 'autumn', 'fall', 'winter', 'season', 'week', 'weeks', 'month', 'months', 'year', 'years',
  'day', 'days', 'hour', 'hours', 'session', 'term', 'quarter', 'semester'
])

/** Verbs by which someone announces a plan of their own: "the mayor has vowed to", "the firm plans to". */
export const PLAN_VERBS: ReadonlySet<string> = new Set([
  'plan', 'intend', 'vow', 'pledge', 'promise', 'threaten', 'propose', 'aim', 'expect', 'hope', 'seek', 'prepare', 'agree', 'decide', 'schedule', 'commit'
])

/** Bodies and experts whose view is a source's view ("police believe", "officials fear"): the weasel rule's question, not a mind read. */
export const SOURCE_SUBJECTS: ReadonlySet<string> = new Set([
  'police', 'officials', 'official', 'investigators', 'investigator', 'authorities', 'prosecutors', 'prosecutor', 'detectives',
  'researchers', 'scientists', 'experts', 'analysts', 'economists', 'doctors', 'physicians', 'forecasters', 'pollsters',
  'study', 'studies', 'report', 'survey', 'poll', 'polls', 'data', 'court', 'judge', 'jury', 'agency', 'department', 'ministry',
  'government', 'company', 'firm', 'spokesman', 'spokeswoman', 'spokesperson', 'statement', 'document', 'documents', 'filing', 'lawsuit',
  'complaint', 'indictment', 'league', 'administration', 'campaign', 'organization', 'organisation', 'association', 'union',
  'committee', 'board', 'council', 'commission', 'team', 'club', 'institute', 'university', 'school', 'hospital', 'bank',
  'historians', 'scholars', 'academics', 'commentators', 'pundits', 'strategists', 'observers', 'critics', 'insiders', 'sources',
  // Markets, read from what they do: "investors are reluctant to buy", "consumers remained wary".
  'investors', 'bankers', 'lenders', 'borrowers', 'consumers', 'markets', 'market', 'traders', 'buyers', 'sellers', 'shoppers',
  'companies', 'businesses', 'employers', 'banks', 'firms',
  'it', 'this', 'that', 'there', 'which', 'what'
])

/** Pronouns and quantifiers that can stand for other people's minds: "he", "they", "everyone", "most". */
export const THIRD_PERSON_MINDS: ReadonlySet<string> = new Set([
  'he', 'she', 'they', 'who', 'everyone', 'everybody', 'someone', 'somebody', 'anyone', 'others', 'most', 'many',
  'some', 'few', 'all', 'both', 'those', "he's", "she's", "they're", "they've", "he'd", "she'd", "they'd"
])

/**
 * Verbs that read another's mind when the writer states them as fact: wishing
 * ("they want to"), knowing and believing ("voters know", "he believes the rules
 * don't apply"), fearing, hating, reckoning ("he figured his rivals would").
 * Each lemma names what may follow it for the mind-reading sense.
 */
export const MIND_VERBS: ReadonlyMap<string, 'any' | 'clause' | 'object'> = new Map([
  ['want', 'any'],
  ['know', 'clause'],
  ['believe', 'clause'],
  ['think', 'clause'],
  ['figure', 'clause'],
  ['realize', 'clause'],
  ['realise', 'clause'],
  ['fear', 'any'],
  ['hate', 'object'],
  ['despise', 'object'],
  ['loathe', 'object'],
  ['detest', 'object'],
  ['resent', 'object'],
  ['crave', 'object'],
  ['covet', 'object'],
  ['relish', 'object'],
  ['long', 'any'],
  ['yearn', 'any'],
  // "She expects special treatment": an expectation read into someone (speculation.ts gives it a low confidence).
  ['expect', 'object']
])

/** What follows a verb of knowing or believing when it is no mind read: "think about", "figure out", "know how". (A pronoun may open a clause: "think you can", not "knew him from school"; the verb after it decides.) */
export const NOT_A_CLAUSE: ReadonlySet<string> = new Set([
  'about', 'of', 'out', 'so', 'twice', 'again', 'how', 'in', 'on', 'for', 'up', 'better', 'otherwise', 'back', 'ahead', 'prominently', 'little', 'much', 'nothing', 'where', 'whom', 'when', 'each', 'one', 'anything'
])

/** Objects of "needs" that are a motive read into someone: "he needs an excuse", "she needs a scapegoat". */
export const MOTIVE_OBJECTS: ReadonlySet<string> = new Set([
  'excuse', 'pretext', 'distraction', 'diversion', 'scapegoat', 'enemy', 'villain', 'bogeyman', 'boogeyman', 'cover',
  'justification', 'fig', 'win', 'victory', 'rallying', 'foil', 'fall', 'narrative', 'headline'
])

/**
 * Feelings and states of mind: "the staff were appalled", "voters are sick of",
 * "they are desperate to", "it left them stunned". Each with the word that
 * must follow it, when it needs one ("sick of", not "sick").
 */
export const FEELINGS: ReadonlyMap<string, readonly string[] | undefined> = new Map<string, readonly string[] | undefined>([
  ...['appalled', 'horrified', 'outraged', 'furious', 'livid', 'incensed', 'enraged', 'infuriated', 'disgusted', 'sickened',
    'delighted', 'thrilled', 'elated', 'ecstatic', 'overjoyed', 'gleeful', 'giddy', 'terrified', 'petrified', 'frightened',
    'scared', 'afraid', 'panicked', 'desperate', 'stunned', 'shocked', 'dismayed', 'devastated', 'heartbroken', 'ashamed',
    'embarrassed', 'humiliated', 'jealous', 'envious', 'resentful', 'bitter', 'paranoid', 'obsessed', 'convinced', 'determined',
    'eager', 'keen', 'willing', 'unwilling', 'reluctant', 'loath', 'anxious', 'nervous', 'worried', 'frustrated', 'annoyed',
    'angry', 'upset', 'contemptuous', 'indifferent', 'fearful', 'hostile', 'uneasy', 'alarmed', 'aghast', 'bewildered',
    'baffled', 'flabbergasted', 'mortified', 'offended', 'insulted', 'betrayed', 'hurt', 'vindictive', 'spiteful', 'smug',
    'complacent', 'indignant', 'exasperated', 'disillusioned', 'disenchanted', 'demoralized', 'demoralised', 'emboldened',
    'unhappy', 'thankful', 'grateful', 'concerned', 'troubled', 'distraught', 'traumatized', 'traumatised', 'enthusiastic']
    .map((word): [string, undefined] => [word, undefined]),
  ['sick', ['of']],
  ['tired', ['of']],
  ['fed', ['up']],
  ['bent', ['on']],
  ['hellbent', ['on']],
  ['intent', ['on']],
  ['itching', ['to', 'for']],
  ['dying', ['to', 'for']],
  ['happy', ['to']],
  ['glad', ['to']],
  ['content', ['to']],
  ['ready', ['to']],
  ['prepared', ['to']]
])

/** Verbs that link a subject to how it feels: "were appalled", "grew desperate", "feel betrayed". */
export const LINKING_VERBS: ReadonlySet<string> = new Set(['be', 'become', 'grow', 'get', 'feel', 'remain', 'stay'])

/** Verbs that leave someone in a state: "it left them stunned", "leaves voters angry". */
export const LEAVING_VERBS: ReadonlySet<string> = new Set(['leave', 'make', 'keep'])


/**
 * Feelings and attitudes named as nouns, read into a third person as fact:
 * "his desperation grows", "Obama's disdain for", "their contempt for
 * voters". Each with the word that must follow it, when the noun alone has a
 * plain sense ("their hunger" in a famine, "her fear" she spoke of).
 */
export const FEELING_NOUNS: ReadonlyMap<string, readonly string[] | undefined> = new Map<string, readonly string[] | undefined>([
  ...['desperation', 'disdain', 'contempt', 'hatred', 'loathing', 'scorn', 'disgust', 'resentment', 'envy', 'jealousy',
    'paranoia', 'obsession', 'fixation', 'rage', 'fury', 'glee', 'panic', 'insecurity', 'insecurities', 'animus', 'animosity',
    'antipathy', 'bitterness', 'spite', 'vindictiveness', 'indifference', 'disregard', 'disrespect', 'distrust', 'mistrust',
    'eagerness', 'zeal', 'fragility', 'vanity', 'self-pity', 'smugness', 'schadenfreude', 'hostility']
    .map((word): [string, undefined] => [word, undefined]),
  ['fear', ['of', 'that']],
  ['fears', ['of', 'that']],
  ['anger', ['at', 'over', 'toward', 'towards']],
  ['frustration', ['at', 'over', 'with']],
  ['hunger', ['for']],
  ['thirst', ['for']],
  ['lust', ['for']],
  ['craving', ['for']],
  ['desire', ['to', 'for']],
  ['love', ['of', 'for']],
  ['affection', ['for']]
])

/** What a purpose may conceal: "brash to mask his fragility", "lied to cover up the losses". */
export const CONCEALING_AIMS: ReadonlySet<string> = new Set([
  'mask', 'hide', 'conceal', 'disguise', 'camouflage', 'cover', 'whitewash', 'obscure', 'distract', 'deflect', 'divert',
  'compensate', 'paper', 'bury'
])

/**
 * Words whose "to" opens their own complement, not a purpose: "tried to
 * hide", "used to cover", "was able to mask", "a way to hide". A concealing
 * purpose counts only after an act or a trait ("lied to cover up", "is brash
 * to mask").
 */
export const INFINITIVE_TAKERS: ReadonlySet<string> = new Set([
  'try', 'want', 'need', 'use', 'help', 'attempt', 'seek', 'refuse', 'fail', 'manage', 'choose', 'decide', 'plan', 'hope',
  'begin', 'start', 'continue', 'struggle', 'vow', 'promise', 'threaten', 'agree', 'aim', 'intend', 'mean', 'design', 'prepare',
  'have', 'be', 'get', 'go', 'able', 'unable', 'likely', 'unlikely', 'willing', 'unwilling', 'ready', 'eager', 'quick', 'slow',
  'forced', 'force', 'ask', 'tell', 'order', 'urge', 'allow', 'permit', 'expect', 'like', 'love', 'prefer', 'way', 'time',
  'effort', 'as', 'enough', 'too', 'designed', 'meant', 'intended', 'calculated', 'aimed', 'engineered',
  'timed', 'crafted', 'easy', 'hard', 'difficult', 'impossible', 'possible', 'wish', 'dare', 'learn', 'know', 'offer', 'ought',
  'used', 'going', 'about', 'set', 'due', 'supposed', 'said', 'thought', 'believed', 'known', 'reported', 'rush', 'scramble',
  'move', 'work', 'fight', 'pay', 'spend', 'place', 'tool', 'means', 'bid', 'ploy'
])
