/**
 * Word classes the passive-voice rule reads by. Each set is a class of
 * grammar or of news practice, not a list of phrases seen in some article:
 * add a word to the class it belongs to.
 */

/** How a form of "be" (or a contraction holding one) places the verb group in time. */
export type BeTense = 'present' | 'past' | 'base' | 'perfect' | 'progressive'

/** Forms of "be" that can carry a passive, with the tense an active rewrite takes. */
export const BE_FORMS: Readonly<Record<string, BeTense>> = {
  am: 'present',
  is: 'present',
  are: 'present',
  was: 'past',
  were: 'past',
  be: 'base',
  been: 'perfect',
  being: 'progressive',
  "isn't": 'present',
  "aren't": 'present',
  "wasn't": 'past',
  "weren't": 'past',
  "i'm": 'present',
  "you're": 'present',
  "we're": 'present',
  "they're": 'present',
  // "he's", "she's" and "who's" are left out: before a participle they are as often "has" ("he's lashed out") as "is".
  "it's": 'present',
  "that's": 'present',
  "what's": 'present',
  "there's": 'present'
}

/** Auxiliaries of the perfect that stand before "been" ("has been", "it's been", "hadn't been"). */
export const PERFECT_AUXILIARIES: ReadonlySet<string> = new Set([
  'has', 'have', 'had', "hasn't", "haven't", "hadn't", "it's", "he's", "she's", "that's", "what's", "who's", "there's",
  "i've", "you've", "we've", "they've", "i'd", "you'd", "he'd", "she'd", "we'd", "they'd", "it'd", 'having'
])

/** Modal verbs that can stand before "be" or "have been" ("will be decided", "might have been moved"). */
export const MODALS: ReadonlySet<string> = new Set([
  'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'shall', "won't", "wouldn't", "can't", 'cannot',
  "couldn't", "mightn't", "mustn't", "shouldn't", "i'll", "you'll", "he'll", "she'll", "it'll", "we'll", "they'll", "that'll"
])

/** Words that may stand inside the verb group ("are all controlled", "is now linked", "has not been decided"). */
export const PASSIVE_GAP_WORDS: ReadonlySet<string> = new Set([
  'all', 'also', 'already', 'always', 'both', 'each', 'even', 'ever', 'further', 'increasingly', 'just', 'largely',
  'mostly', 'never', 'not', 'now', 'often', 'once', 'only', 'partly', 'rarely', 'reportedly', 'routinely', 'seldom',
  'still', 'then', 'thus', 'usually', 'widely', 'allegedly', 'sometimes', 'regularly', 'typically', 'commonly',
  'frequently', 'generally', 'normally', 'traditionally', 'occasionally', 'invariably', 'again', 'since', 'recently', 'long', 'soon', 'yet',
  'first', 'later', 'twice', 'apparently', 'possibly', 'probably', 'perhaps', 'clearly', 'simply'
])

/** Words in the verb group that negate it ("was not raised", "has never been tested"). */
export const NEGATIONS: ReadonlySet<string> = new Set(['not', 'never', "n't", 'no', 'nothing', 'none', 'nobody', 'neither', 'nor', 'cannot'])

/**
 * Words ending in -ed that, after "be", are adjectives or not verbs at all:
 * states of mind ("is interested", "was tired"), states of being ("is located
 * in", "is married"), and nouns that merely end in -ed ("need", "red").
 * Lexical adjectives the tagger knows ("interested", "unemployed") need not
 * be here; these are the ones it tags VERB after "be".
 */
export const ED_ADJECTIVES: ReadonlySet<string> = new Set([
  // States of mind and feeling (psychological participles): the subject feels, nobody acts on it.
  'alarmed', 'amazed', 'amused', 'annoyed', 'ashamed', 'astonished', 'bored', 'bothered', 'concerned', 'confused',
  'convinced', 'delighted', 'depressed', 'determined', 'disappointed', 'disgusted', 'distressed', 'embarrassed',
  'excited', 'exhausted', 'fascinated', 'frightened', 'frustrated', 'horrified', 'inclined', 'interested', 'irritated',
  'obsessed', 'offended', 'overjoyed', 'overwhelmed', 'pleased', 'puzzled', 'relaxed', 'relieved', 'satisfied',
  'scared', 'shocked', 'stressed', 'stunned', 'surprised', 'terrified', 'thrilled', 'tired', 'troubled', 'unconvinced',
  'worried', 'agitated', 'enraged', 'outraged', 'incensed', 'infuriated', 'dismayed', 'saddened', 'heartbroken',
  'bewildered', 'perplexed', 'baffled', 'intrigued', 'miffed', 'peeved', 'irked', 'vexed', 'appalled', 'disheartened',
  'elated', 'enthralled', 'mortified', 'bemused', 'nonplussed', 'flabbergasted', 'unimpressed', 'displeased', 'aggrieved',
  'emboldened', 'heartened', 'unfazed', 'unmoved', 'fed-up', 'jazzed', 'psyched', 'stoked', 'spooked', 'rattled', 'tempted', 'prepared', 'unprepared', 'resigned', 'disengaged',
  'disillusioned', 'divided', 'conflicted', 'motivated', 'reassured', 'assured', 'encouraged', 'discouraged',
  'dedicated', 'devoted', 'engaged', 'involved', 'opposed', 'accustomed', 'acquainted', 'attached',
  'entitled', 'obliged', 'supposed', 'aged', 'gifted', 'talented', 'skilled', 'experienced', 'qualified',
  'advanced', 'sophisticated', 'complicated', 'detailed', 'balanced', 'reserved', 'learned', 'jaded', 'naked', 'wicked',
  'wretched', 'beloved', 'crooked', 'rugged', 'ragged', 'sacred', 'blessed', 'cursed', 'doomed', 'limited', 'unlimited',
  'related', 'unrelated', 'united', 'mixed', 'unmatched', 'unprecedented', 'unwarranted', 'unfounded',
  'undecided', 'varied', 'aimed', 'poised', 'located', 'situated', 'headquartered', 'based', 'dressed', 'finished',
  'equipped', 'married', 'divorced', 'widowed', 'retired', 'deceased', 'headed', 'crowded', 'indebted', 'overdue', 'dolled',
  // Not verbs at all.
  'hundred', 'kindred', 'hatred', 'bed', 'red', 'shed', 'sled', 'wed', 'need', 'feed', 'indeed', 'speed', 'proceed',
  'exceed', 'succeed', 'seed', 'bleed', 'breed', 'greed', 'steed', 'weed', 'deed', 'heed', 'reed', 'tweed'
])

/**
 * Forms in retext-passive's list of irregular verbs that cannot make a
 * passive after "be": simple past tenses ("was took"), verbs that take no
 * object ("is gone", "has risen"), and forms read after "be" as adjectives
 * or nouns ("is upset", "is drunk", "was ground zero", "is fit").
 */
export const NOT_IRREGULAR_PARTICIPLES: ReadonlySet<string> = new Set([
  // Simple past tenses.
  'awoke', 'beat', 'began', 'bit', 'blew', 'broke', 'chose', 'did', 'drew', 'drove', 'ate', 'forbade', 'forgot',
  'forgave', 'froze', 'got', 'gave', 'hid', 'knew', 'rode', 'rang', 'ran', 'saw', 'shook', 'slew', 'spoke', 'stole',
  'swung', 'took', 'tore', 'threw', 'underwent', 'woke', 'wore', 'withdrew', 'wrote', 'grinded',
  // Verbs without an object: no one acts on the subject.
  'been', 'become', 'come', 'gone', 'fallen', 'fled', 'lain', 'risen', 'sat', 'slept', 'stood', 'swum', 'shone',
  'stunk', 'striven', 'knelt', 'crept', 'dived', 'dreamt', 'wept', 'thrived', 'overcome',
  // Adjectives and nouns after "be".
  'done', 'overdone', 'ground', 'cost', 'fit', 'rid', 'upset', 'drunk', 'swollen', 'smitten', 'shaven', 'spit'
])

/**
 * Irregular participles that are not also the simple past ("taken", not
 * "took"): an active rewrite in the past tense needs the past form, which
 * the rule does not know for these, so it offers none. Participles in -en,
 * -wn and -rn are recognised by their ending.
 */
export const PARTICIPLE_UNLIKE_PAST: ReadonlySet<string> = new Set([
  'done', 'run', 'begun', 'sung', 'rung', 'sunk', 'swum', 'drunk', 'shrunk', 'sprung', 'slain', 'undergone', 'overdone',
  'overcome', 'stridden'
])

/**
 * The last part of a hyphenated participle that makes the compound an
 * adjective naming who stands behind the subject ("is state-owned", "is
 * Saudi-led", "is taxpayer-funded"): the actor is in the word itself.
 */
export const AGENTIVE_COMPOUND_HEADS: ReadonlySet<string> = new Set([
  'owned', 'funded', 'run', 'led', 'backed', 'sponsored', 'controlled', 'financed', 'made', 'operated', 'based', 'driven',
  'held', 'linked', 'affiliated', 'aligned', 'inspired', 'related', 'oriented', 'focused', 'born', 'known', 'called',
  'brokered', 'organized', 'organised', 'approved', 'authored', 'written', 'produced', 'directed', 'built', 'imposed'
])

/**
 * Last parts of hyphenated adjectives built on a noun, not a verb ("left-handed",
 * "open-minded", "blue-eyed", "one-sided"): nobody "handed" anyone.
 */
export const NOUN_ED_HEADS: ReadonlySet<string> = new Set([
  'handed', 'minded', 'hearted', 'eyed', 'haired', 'legged', 'faced', 'sided', 'footed', 'headed', 'tempered', 'skinned',
  'natured', 'spirited', 'fisted', 'bodied', 'blooded', 'lipped', 'tongued', 'mouthed', 'necked', 'shouldered', 'edged',
  'winged', 'sized', 'colored', 'coloured', 'tailed', 'brained', 'witted', 'willed', 'paced', 'styled', 'aged', 'toothed',
  'armed', 'horned', 'hooded', 'masked', 'suited', 'collared', 'roofed', 'walled', 'powered', 'fingered', 'nosed'
])

/** First parts that make a hyphenated participle an adjective ("well-known", "so-called", "long-awaited"). */
export const ADJECTIVAL_COMPOUND_FIRSTS: ReadonlySet<string> = new Set([
  'well', 'ill', 'so', 'much', 'ever', 'long', 'short', 'newly', 'highly', 'widely', 'best', 'worst', 'better',
  'half', 'far', 'hard', 'open', 'close', 'full', 'fully', 'poorly', 'badly', 'little', 'most', 'least', 'un', 'self'
])

/**
 * Participles that, followed by these prepositions, describe a state or a
 * relation rather than an act ("is rooted in", "is aimed at", "is made up of",
 * "was focused on"): no one is acting on the subject at the time.
 */
export const STATIVE_WITH: Readonly<Record<string, readonly string[]>> = {
  reflected: ['in'],
  rooted: ['in'],
  ingrained: ['in'],
  steeped: ['in'],
  embedded: ['in'],
  enshrined: ['in'],
  grounded: ['in'],
  mired: ['in'],
  immersed: ['in'],
  concentrated: ['in', 'on', 'among'],
  focused: ['on', 'upon'],
  centered: ['on', 'around', 'in'],
  centred: ['on', 'around', 'in'],
  geared: ['to', 'toward', 'towards'],
  aimed: ['at'],
  targeted: ['at'],
  associated: ['with'],
  identified: ['with'],
  faced: ['with'],
  confronted: ['with'],
  filled: ['with'],
  littered: ['with'],
  riddled: ['with'],
  strewn: ['with'],
  peppered: ['with'],
  laced: ['with'],
  dotted: ['with'],
  packed: ['with'],
  lined: ['with'],
  covered: ['in', 'with'],
  composed: ['of'],
  comprised: ['of'],
  made: ['of', 'up'],
  known: ['for', 'as'],
  regarded: ['as'],
  seen: ['as'],
  viewed: ['as'],
  considered: ['as'],
  described: ['as'],
  referred: ['to'],
  dressed: ['in', 'as'],
  tied: ['up'],
  committed: ['to'],
  torn: ['about', 'between', 'over'],
  split: ['on', 'over', 'between'],
  divided: ['on', 'over', 'between'],
  listed: ['as', 'at'],
  built: ['on', 'upon', 'around'],
  based: ['on', 'in', 'upon']
}

/**
 * Verbs whose passive is routine in news: who acted is fixed by the verb or
 * the institution behind it (only courts convict, only voters elect, only
 * employers hire, reporters ask), or the outcome and not the actor is the
 * news (born, killed, injured, scheduled, located). An editor asks for the
 * actor here only when it is in doubt, which a linter cannot know; the strict
 * style reports them too.
 */
export const ROUTINE_PASSIVES: Readonly<Record<string, readonly string[]>> = {
  'crime and justice procedure': [
    'arrested', 'rearrested', 'detained', 'charged', 'indicted', 'arraigned', 'booked', 'jailed', 'imprisoned',
    'incarcerated', 'convicted', 'sentenced', 'resentenced', 'acquitted', 'fined', 'sued', 'tried', 'retried',
    'prosecuted', 'extradited', 'deported', 'pardoned', 'paroled', 'executed', 'exonerated', 'remanded', 'bailed',
    'held', 'handcuffed', 'accused', 'suspected', 'alleged', 'summoned', 'subpoenaed', 'questioned', 'interrogated',
    'investigated', 'impeached', 'censured', 'disbarred', 'ticketed', 'apprehended', 'identified', 'searched',
    'raided', 'seized', 'confiscated', 'suspended', 'ejected', 'spared', 'towed', 'impounded', 'disciplined',
    'reprimanded',
    // Property crime: the thief or vandal is unknown by the nature of the report.
    'stolen', 'burglarized', 'burgled', 'vandalized', 'vandalised', 'looted', 'defaced', 'ransacked', 'spray-painted'
  ],
  'birth, death, injury and care': [
    'born', 'killed', 'murdered', 'slain', 'assassinated', 'injured', 'wounded', 'hurt', 'hospitalized', 'hospitalised', 'diagnosed', 'buried', 'cremated',
    'drowned', 'electrocuted', 'paralyzed', 'paralysed', 'infected', 'vaccinated', 'rescued', 'evacuated', 'trapped',
    'stranded', 'displaced', 'orphaned', 'survived', 'airlifted', 'admitted', 'discharged', 'recovered', 'conceived',
    'transported', 'rushed', 'resuscitated', 'revived', 'sedated', 'intubated'
  ],
  'names, titles and descriptions': [
    'named', 'renamed', 'called', 'dubbed', 'nicknamed', 'titled', 'entitled', 'labeled', 'labelled', 'known', 'spelled',
    'spelt', 'pronounced', 'abbreviated', 'referred', 'ranked', 'rated', 'classified', 'categorized', 'categorised',
    'pictured', 'shown', 'depicted', 'featured'
  ],
  'office, work and family': [
    'elected', 'reelected', 're-elected', 'appointed', 'reappointed', 'nominated', 'renominated', 'confirmed', 'sworn',
    'inaugurated', 'hired', 'rehired', 'fired', 'employed', 'promoted', 'demoted', 'commissioned', 'enlisted',
    'deployed', 'redeployed', 'stationed', 'posted', 'assigned', 'reassigned', 'transferred', 'recruited', 'traded',
    'retired', 'laid', 'educated', 'trained', 'taught', 'schooled', 'adopted', 'ordained', 'knighted', 'married', 'engaged', 'divorced',
    'succeeded', 'replaced', 'paired', 'seeded', 'selected', 'picked', 'chosen', 'licensed', 'accredited',
    'registered', 'furloughed', 'reinstated'
  ],
  'schedules and events': [
    'scheduled', 'rescheduled', 'slated', 'planned', 'set', 'held', 'hosted', 'staged', 'postponed', 'canceled',
    'cancelled', 'adjourned', 'convened', 'attended', 'televised', 'broadcast', 'streamed', 'expected'
  ],
  'places and make-up': [
    'located', 'based', 'situated', 'headquartered', 'housed', 'founded', 'established', 'populated', 'surrounded',
    'bordered', 'lined', 'dotted', 'scattered', 'connected', 'built', 'priced', 'valued', 'centered', 'centred',
    'positioned'
  ],
  'elections and counts': ['counted', 'recounted', 'tallied', 'certified', 'cast', 'totaled', 'totalled', 'polled', 'surveyed'],
  'sport and contests': ['won', 'lost', 'defeated', 'tied', 'played', 'ranked', 'seeded', 'eliminated', 'knocked'],
  'interviews and the press': ['asked', 'interviewed', 'quoted', 'invited', 'contacted', 'reached', 'photographed'],
  // Being seen: anyone present is the actor.
  'sightings': ['seen', 'spotted', 'sighted', 'observed', 'glimpsed', 'heard'],
  // Standing in the public's eyes, held by people at large ("were considered repugnant"); "is widely considered" is the weasel rule's.
  'standing and reputation': [
    'considered', 'regarded', 'deemed', 'viewed', 'perceived', 'reckoned', 'judged', 'respected', 'admired', 'loved',
    'liked', 'hated', 'despised', 'feared', 'recognized', 'recognised', 'revered', 'remembered'
  ],
  // What a rule or a need demands, not an act ("a licence is required").
  'requirements': ['required', 'needed', 'obliged', 'obligated', 'forbidden', 'prohibited', 'allowed', 'permitted', 'owed']
}

/**
 * Acts that are routine given what they are done to: steps of a lawsuit or a
 * prosecution ("the charges were dropped", "an arrest was made"), pictures
 * taken, votes counted. The court, the police, the photographer or the
 * election officials are the actor, by the nature of the act.
 */
export const ROUTINE_WITH_SUBJECT: ReadonlyArray<{subjects: readonly string[]; participles: readonly string[]}> = [
  {
    subjects: [
      'charge', 'charges', 'case', 'cases', 'lawsuit', 'lawsuits', 'suit', 'suits', 'complaint', 'complaints', 'indictment',
      'indictments', 'count', 'counts', 'appeal', 'appeals', 'motion', 'motions', 'petition', 'petitions', 'verdict',
      'sentence', 'bail', 'warrant', 'warrants', 'conviction', 'convictions', 'claim', 'claims', 'injunction', 'order',
      'subpoena', 'subpoenas', 'ruling', 'plea', 'arrest', 'arrests'
    ],
    participles: [
      'dropped', 'filed', 'dismissed', 'brought', 'withdrawn', 'settled', 'reduced', 'upheld', 'overturned', 'denied',
      'granted', 'issued', 'rejected', 'heard', 'lodged', 'reinstated', 'appealed', 'vacated', 'entered', 'set', 'served',
      'thrown', 'tossed', 'struck', 'amended', 'unsealed', 'sealed', 'made'
    ]
  },
  {
    subjects: ['photo', 'photos', 'photograph', 'photographs', 'picture', 'pictures', 'image', 'images', 'video', 'videos', 'footage', 'selfie', 'shot', 'shots'],
    participles: ['taken', 'shot', 'captured', 'filmed', 'recorded', 'snapped']
  },
  {
    subjects: ['vote', 'votes', 'ballot', 'ballots'],
    participles: ['cast', 'counted', 'recounted', 'tallied', 'certified', 'mailed', 'received']
  }
]

/**
 * Nouns of saying and believing: a clause after "the claim that", "his
 * assertion on CNN that", "reports that" is someone's account, not the writer's.
 */
export const ATTRIBUTION_NOUNS: ReadonlySet<string> = new Set([
  'claim', 'claims', 'assertion', 'assertions', 'allegation', 'allegations', 'suggestion', 'argument', 'belief', 'beliefs',
  'view', 'insistence', 'warning', 'warnings', 'report', 'reports', 'statement', 'accusation', 'accusations', 'charge',
  'theory', 'theories', 'rumor', 'rumors', 'rumour', 'rumours', 'contention', 'complaint', 'conviction', 'fear', 'fears',
  'notion', 'idea', 'speculation', 'testimony', 'admission', 'announcement', 'finding', 'findings', 'conclusion'
])

/**
 * Phrases before "of" that name who caused an act as a "by" phrase would:
 * "at the request of city officials", "on the orders of the governor".
 */
export const CAUSER_NOUNS: ReadonlySet<string> = new Set([
  'request', 'requests', 'behest', 'direction', 'urging', 'order', 'orders', 'instruction', 'instructions', 'advice',
  'invitation', 'initiative', 'insistence', 'command', 'hands', 'demand', 'demands'
])

/**
 * Set phrases that only look like an act on the subject: "was taken aback",
 * "was put on hold", "is taken for granted", "were left speechless".
 */
export const IDIOMATIC_PASSIVES: Readonly<Record<string, readonly string[]>> = {
  taken: ['aback', 'for granted', 'into account', 'into consideration', 'seriously', 'to task', 'hostage', 'ill'],
  // "put on leave", "put on trial", "put under arrest": a status given, told by the status.
  put: ['on', 'under', 'in', 'into', 'to rest', 'to the test', 'in place', 'in charge', 'at ease', 'at risk', 'to death'],
  made: ['aware', 'to feel', 'to look', 'for'],
  left: ['alone', 'behind', 'speechless', 'stunned', 'reeling', 'wondering', 'stammering', 'out', 'holding', 'in the dark'],
  caught: ['off guard', 'short', 'napping', 'up in', 'in the middle', 'between', 'red-handed', 'in a lie', 'in the act', 'on'],
  thrown: ['around', 'about', 'off balance', 'under the bus'],
  given: ['a chance', 'the chance', 'the opportunity', 'an opportunity', 'the benefit of the doubt'],
  carried: ['away'],
  cut: ['short', 'off from'],
  tied: ['up in', 'to'],
  blown: ['away'],
  swept: ['up in', 'away'],
  stuck: ['with', 'in'],
  joined: ['at the hip'],
  sold: ['out'],
  torn: ['asunder']
}

/** Participles of making and growing up: followed by "in" and a place ("was made in America", "was raised in Ohio"), they tell origin, not an act. */
export const ORIGIN_PARTICIPLES: ReadonlySet<string> = new Set([
  'made', 'manufactured', 'produced', 'grown', 'assembled', 'brewed', 'built', 'printed', 'designed', 'engineered', 'raised',
  'bred', 'brought'
])

/** Adverbs of frequency that make a passive a habit or a practice, not an event with an actor to name ("were often sold"). */
export const HABITUAL_ADVERBS: ReadonlySet<string> = new Set([
  'often', 'usually', 'routinely', 'sometimes', 'always', 'regularly', 'typically', 'commonly', 'frequently', 'rarely',
  'seldom', 'generally', 'normally', 'traditionally', 'customarily', 'occasionally', 'ordinarily', 'invariably'
])

/**
 * Participles that are routine only with what follows them: released from
 * custody, found guilty (or dead), treated for an injury. "The tape was
 * released" and "the memo was found" are not routine.
 */
export const ROUTINE_WHEN_FOLLOWED_BY: Readonly<Record<string, readonly string[]>> = {
  released: ['from', 'without', 'on bail', 'on parole', 'on bond', 'on licence', 'on license', 'early'],
  freed: ['from', 'without', 'on bail', 'on parole'],
  // A verdict, or a body or an object found somewhere or in some state: the finder is beside the point.
  found: [
    'guilty', 'not guilty', 'innocent', 'liable', 'not liable', 'dead', 'alive', 'unconscious', 'unresponsive', 'responsible',
    'competent', 'unfit', 'fit', 'safe', 'in', 'on', 'at', 'near', 'inside', 'outside', 'under', 'with', 'along', 'murdered',
    'stabbed', 'shot', 'slain', 'hanged', 'drowned', 'beaten', 'strangled', 'burned', 'lying', 'floating', 'hanging'
  ],
  discovered: ['in', 'on', 'at', 'near', 'inside', 'outside', 'under', 'dead', 'alive', 'murdered', 'stabbed', 'shot'],
  reported: ['missing', 'dead', 'killed', 'injured', 'stolen', 'safe', 'wounded'],
  // A death, told by how it came: the routine passive of crime reports.
  shot: ['dead', 'to death'],
  stabbed: ['to death'],
  beaten: ['to death', 'unconscious'],
  burned: ['to death', 'alive'],
  burnt: ['to death', 'alive'],
  strangled: ['to death'],
  hacked: ['to death'],
  crushed: ['to death'],
  thrown: ['in prison', 'in jail', 'into prison', 'into jail', 'behind bars', 'out of court'],
  treated: ['for', 'at', 'in hospital'],
  raised: ['on', 'as a'],
  sent: ['to prison', 'to jail', 'to hospital'],
  taken: ['to hospital', 'into custody', 'to jail', 'to a hospital', 'to the hospital'],
  listed: ['as', 'at', 'in stable', 'in critical', 'in serious']
}

/**
 * Participles that, with a "to"-infinitive after them, say what the subject
 * is due, free or made to do ("is expected to", "was forced to resign", "is
 * set to"): the clause is about the subject's next act, not about an actor.
 */
export const CATENATIVE_PARTICIPLES: ReadonlySet<string> = new Set([
  'expected', 'supposed', 'meant', 'intended', 'designed', 'set', 'slated', 'poised', 'bound', 'due', 'scheduled',
  'forced', 'compelled', 'obliged', 'obligated', 'required', 'allowed', 'permitted', 'entitled', 'encouraged', 'urged',
  'advised', 'asked', 'invited', 'tasked', 'chosen', 'elected', 'appointed', 'tipped', 'tempted', 'inclined',
  'prepared', 'determined', 'pressured', 'pressed', 'authorized', 'authorised', 'empowered', 'enabled', 'challenged',
  'instructed', 'ordered', 'directed', 'told', 'warned', 'cautioned', 'called', 'asked', 'taught', 'trained', 'prompted',
  'moved', 'inspired', 'motivated', 'led', 'driven'
])

/**
 * Wounds: a harm verb followed by where it landed ("was shot in the chest",
 * "was hit over the head") describes an injury, the routine news passive of
 * crime and accident reports.
 */
export const WOUND_PARTICIPLES: ReadonlySet<string> = new Set([
  'shot', 'stabbed', 'hit', 'struck', 'wounded', 'injured', 'hurt', 'burned', 'burnt', 'cut', 'grazed', 'bitten', 'kicked', 'punched'
])
export const BODY_PARTS: ReadonlySet<string> = new Set([
  'head', 'face', 'neck', 'chest', 'back', 'arm', 'arms', 'leg', 'legs', 'abdomen', 'stomach', 'shoulder', 'shoulders',
  'hand', 'hands', 'foot', 'feet', 'eye', 'eyes', 'side', 'torso', 'thigh', 'knee', 'hip', 'groin', 'jaw', 'throat',
  'buttocks', 'ankle', 'wrist', 'ribs', 'temple', 'mouth', 'nose', 'skull', 'spine', 'lung', 'heart'
])

/**
 * Passives of saying and disclosing. They hide a source, not an actor ("the
 * tape was released", "it was announced that"); their message asks for the
 * source.
 */
export const SOURCE_PARTICIPLES: ReadonlySet<string> = new Set([
  'said', 'announced', 'reported', 'released', 'leaked', 'revealed', 'disclosed', 'published', 'claimed', 'alleged',
  'believed', 'thought', 'rumored', 'rumoured', 'understood', 'suggested', 'argued', 'feared', 'estimated', 'predicted',
  'told', 'confirmed', 'denied', 'stated', 'declared', 'floated', 'briefed', 'signalled', 'signaled', 'hinted',
  'indicated', 'noted', 'recommended', 'proposed', 'circulated', 'posted', 'shared', 'tweeted', 'broadcast', 'aired'
])

/** Views given to no one by "is … to" ("is said to", "is believed to be"): the weasel's passive, reported even before "to". */
export const VIEW_PARTICIPLES: ReadonlySet<string> = new Set([
  'said', 'reported', 'claimed', 'believed', 'thought', 'rumored', 'rumoured', 'understood', 'feared', 'suspected'
])

/**
 * After "it" and before "that", passives that give a view or a decision to no
 * one ("it was announced that", "it is believed that", "it was decided that").
 */
export const IMPERSONAL_PARTICIPLES: ReadonlySet<string> = new Set([
  ...SOURCE_PARTICIPLES, ...VIEW_PARTICIPLES, 'decided', 'agreed', 'expected', 'hoped', 'assumed', 'known', 'felt',
  'argued', 'accepted', 'acknowledged', 'recognized', 'recognised', 'determined', 'found', 'shown', 'established',
  'learned', 'learnt', 'made'
])

/** Of BELIEVING in reading/speech.data.ts, verbs too common in other senses to mark a clause as someone's view ("take", "see", "hold"). */
export const NOT_ATTRIBUTING: ReadonlySet<string> = new Set([
  'feel', 'agree', 'call', 'see', 'view', 'hold', 'charge', 'credit', 'blame', 'praise', 'recognize', 'recognise',
  'point', 'read', 'take', 'understand', 'know', 'hope', 'celebrate', 'welcome', 'applaud', 'slam', 'expect'
])

/**
 * Passives of physical harm to a person or property: who did it is, in most
 * reports of violence, the question the story turns on. Their message says so.
 */
export const HARM_PARTICIPLES: ReadonlySet<string> = new Set([
  'attacked', 'assaulted', 'beaten', 'punched', 'kicked', 'stabbed', 'shot', 'raped', 'abused', 'tortured', 'broken',
  'smashed', 'burned', 'burnt', 'firebombed', 'bombed', 'vandalized', 'vandalised', 'defaced', 'destroyed', 'damaged',
  'looted', 'torched', 'threatened', 'harassed', 'targeted', 'poisoned', 'strangled', 'choked', 'dragged', 'thrown',
  'hit', 'struck', 'slapped', 'sucker-punched', 'pepper-sprayed', 'tear-gassed', 'kidnapped', 'abducted', 'murdered',
  'flogged', 'stoned', 'lynched', 'mugged', 'robbed', 'hacked', 'silenced', 'intimidated'
])

/**
 * Heads of a "by" phrase that say how, when or how much, not who ("by far",
 * "by 2030", "by default", "by phone", "by a wide margin", "by Friday").
 */
export const NOT_AN_AGENT: ReadonlySet<string> = new Set([
  'far', 'then', 'now', 'default', 'contrast', 'comparison', 'way', 'means', 'chance', 'mistake', 'accident', 'design',
  'hand', 'nature', 'definition', 'themselves', 'itself', 'himself', 'herself', 'mail', 'email', 'e-mail', 'post',
  'phone', 'telephone', 'fax', 'car', 'train', 'bus', 'air', 'sea', 'road', 'rail', 'foot', 'boat', 'plane', 'night',
  'day', 'margin', 'percent', 'per', 'end', 'time', 'times', 'next', 'midnight', 'noon', 'dawn', 'dusk', 'tomorrow', 'today',
  'tonight', 'yesterday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january',
  'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'mid', 'early', 'late', 'year', 'years', 'month', 'months', 'week', 'weeks', 'hours', 'minutes', 'points', 'votes',
  'half', 'third', 'quarter', 'fifth', 'tenth', 'fraction', 'factor', 'double', 'much', 'more', 'less', 'about', 'around', 'roughly', 'nearly', 'almost', 'virtue',
  'dint', 'force', 'law', 'proxy', 'name', 'heart', 'surprise', 'appointment', 'invitation', 'consensus', 'contrast'
])

/** Placeholder heads that, after "one", "a", "some" or "certain", blur an actor instead of naming it ("by one corporate entity"). */
export const VAGUE_AGENT_HEADS: ReadonlySet<string> = new Set([
  'entity', 'entities', 'party', 'parties', 'source', 'sources', 'individual', 'individuals', 'person', 'persons', 'people',
  'force', 'forces', 'interest', 'interests', 'actor', 'actors', 'player', 'players', 'body', 'bodies', 'figure',
  'figures', 'group', 'groups', 'organization', 'organizations', 'organisation', 'organisations', 'outfit', 'outfits',
  'power', 'powers', 'someone', 'somebody', 'others', 'insiders', 'elements', 'hands', 'quarters', 'circles', 'operator'
])

/** Determiners that leave a placeholder head unnamed ("one", "a", "some", "certain"). */
export const VAGUE_AGENT_DETERMINERS: ReadonlySet<string> = new Set([
  'one', 'a', 'an', 'some', 'certain', 'several', 'various', 'other', 'another', 'unnamed', 'unidentified', 'unknown',
  'anonymous', 'undisclosed', 'unspecified', 'mysterious', 'shadowy', 'outside', 'third', 'single'
])

/** Modifiers that make any agent vague ("by an unnamed buyer", "by anonymous donors"). */
export const VAGUE_AGENT_MODIFIERS: ReadonlySet<string> = new Set([
  'unnamed', 'unidentified', 'anonymous', 'undisclosed', 'unspecified', 'mysterious', 'mystery', 'shadowy', 'faceless'
])

/** Words after an agent that go on to name or describe it ("a group called X", "people who ..."): then it is not vague. */
export const AGENT_IDENTIFIERS: ReadonlySet<string> = new Set([
  'called', 'named', 'known', 'led', 'run', 'who', 'which', 'that', 'whose', 'from', 'of', 'in', 'at', 'with', 'based',
  'headed', 'including', 'such', 'like'
])

/** Words that end a clause: the search for a "by" agent or for a subject stops at them. */
export const CLAUSE_BREAKS: ReadonlySet<string> = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'when', 'while', 'because', 'although', 'though', 'since', 'unless', 'until',
  'where', 'whether', 'if', 'but', 'so', 'yet', 'than', 'whereas', 'whilst'
])

/**
 * Words a clause starts after: conjunctions, and verbs of saying or thinking
 * that drop their "that" ("critics say the plan will be reviewed"). The subject
 * of a passive starts after the last of them.
 */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'that', 'which', 'who', 'whom', 'when', 'while', 'because', 'although', 'though', 'since', 'unless',
  'until', 'where', 'whether', 'if', 'but', 'so', 'yet', 'once', 'after', 'before', 'as', 'how', 'why',
  'say', 'says', 'said', 'think', 'thinks', 'thought', 'believe', 'believes', 'believed', 'argue', 'argues',
  'argued', 'claim', 'claims', 'note', 'notes', 'noted', 'fear', 'fears', 'feared', 'expect', 'expects',
  'hope', 'hopes', 'know', 'knows', 'knew', 'warn', 'warns', 'warned', 'suggest', 'suggests', 'insist',
  'insists', 'show', 'shows', 'showed', 'mean', 'means', 'meant', 'report', 'reports', 'reported'
])

/** Relative pronouns: a passive right after one describes the noun before it ("officers who were charged"). */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'which', 'that', 'whom'])

/** Prepositions a contact relative clause leaves at its end ("the car he had been put in."). */
export const STRANDED_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'on', 'at', 'with', 'to', 'for', 'from', 'about', 'of', 'upon', 'into', 'under'])

/** Pronouns that change form when a passive subject becomes an active object, and back. */
export const SUBJECT_TO_OBJECT: Readonly<Record<string, string>> = {
  i: 'me', he: 'him', she: 'her', we: 'us', they: 'them', who: 'whom'
}
export const OBJECT_TO_SUBJECT: Readonly<Record<string, string>> = {
  me: 'I', him: 'he', her: 'she', us: 'we', them: 'they', whom: 'who'
}

/** Words that open a subject and read lower-case once it moves after the verb. */
export const LOWER_CASE_OPENERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those', 'some', 'many',
  'most', 'all', 'each', 'every', 'it', 'they', 'he', 'she', 'we', 'such', 'several', 'both', 'one', 'two', 'three'
])

// ---------------------------------------------------------------------------
// Evidence for the confidence of an agentless passive: how likely an editor is
// to ask "by whom?". Most agentless passives in news describe a process, a
// state or a routine act; the ones worth a question at the default sensitivity
// are acts of decision, responsibility or wrongdoing, and information whose
// source is hidden.

/**
 * Acts of decision, responsibility or wrongdoing: who did it is the story
 * ("it was decided", "the files were shredded", "funds were diverted", "the
 * deal is being framed as", "the berths were leased").
 */
export const ACCOUNTABLE_PARTICIPLES: Readonly<Record<string, readonly string[]>> = {
  decisions: [
    'decided', 'approved', 'authorized', 'authorised', 'sanctioned', 'vetoed', 'overruled', 'scrapped', 'shelved',
    'axed', 'rescinded', 'revoked', 'waived', 'overridden', 'greenlit', 'okayed', 'rubber-stamped', 'imposed', 'slashed',
    'hiked', 'reversed', 'censored', 'removed', 'rejected', 'refused', 'cut'
  ],
  // Hiding and destroying what would show who did what.
  concealment: [
    'hidden', 'concealed', 'suppressed', 'withheld', 'redacted', 'deleted', 'erased', 'wiped', 'shredded', 'scrubbed',
    'purged', 'falsified', 'fabricated', 'rigged', 'tampered'
  ],
  // What money is made to do, and who stands behind an organisation ("the port was controlled").
  'money and control': [
    'diverted', 'misused', 'misappropriated', 'embezzled', 'siphoned', 'laundered', 'funneled', 'funnelled',
    'squandered', 'bribed', 'paid', 'funded', 'financed', 'bankrolled', 'controlled'
  ],
  // Deals: who sold, bought or awarded is the party to the deal.
  transactions: ['sold', 'bought', 'purchased', 'leased', 'awarded', 'auctioned', 'privatized', 'privatised'],
  wrongdoing: [
    'committed', 'perpetrated', 'orchestrated', 'ignored', 'overlooked', 'neglected', 'mishandled', 'botched', 'bungled',
    'mismanaged', 'violated', 'breached', 'exploited', 'misled', 'deceived', 'defrauded', 'cheated', 'scammed', 'betrayed'
  ],
  // Spin: a portrayal given to no one.
  framing: [
    'framed', 'spun', 'twisted', 'distorted', 'exaggerated', 'inflated', 'downplayed', 'misrepresented',
    'mischaracterized', 'mischaracterised', 'normalized', 'normalised', 'whitewashed', 'sanitized', 'sanitised',
    'politicized', 'politicised', 'weaponized', 'weaponised', 'peddled', 'touted', 'hyped'
  ],
  // A connection asserted between people or acts: who makes the link is the question ("has been linked to").
  association: ['linked', 'implicated']
}

/** Participles that are acts of responsibility only with a particle ("was taken down", "is being made out to be"). */
export const ACCOUNTABLE_PHRASAL: Readonly<Record<string, readonly string[]>> = {
  taken: ['down', 'off'],
  torn: ['down'],
  pulled: ['down', 'off', 'from'],
  covered: ['up'],
  hushed: ['up'],
  swept: ['under'],
  made: ['out'],
  handed: ['over', 'to'],
  paid: ['off'],
  bought: ['off'],
  shut: ['down'],
  watered: ['down'],
  cooked: ['up'],
  papered: ['over'],
  glossed: ['over'],
  brushed: ['aside', 'off'],
  pushed: ['through', 'out'],
  rammed: ['through'],
  presented: ['as'],
  portrayed: ['as'],
  painted: ['as'],
  cast: ['as'],
  billed: ['as'],
  passed: ['off'],
  dismissed: ['as']
}

/** Subjects that make "made" or "taken" an act of decision ("the decision was made", "mistakes were made", "action was taken"). */
export const DECISION_NOUNS: ReadonlySet<string> = new Set([
  'decision', 'decisions', 'choice', 'choices', 'call', 'mistake', 'mistakes', 'error', 'errors', 'misstep', 'missteps',
  'change', 'changes', 'cut', 'cuts', 'deal', 'deals', 'offer', 'offers', 'promise', 'promises', 'pledge', 'pledges',
  'payment', 'payments', 'threat', 'threats', 'concession', 'concessions', 'exception', 'exceptions', 'arrangement',
  'arrangements', 'commitment', 'commitments', 'agreement', 'agreements', 'compromise', 'compromises', 'accusation',
  'accusations', 'allegation', 'allegations', 'request', 'requests', 'demand', 'demands', 'donation', 'donations',
  'transfer', 'transfers', 'loan', 'loans', 'action', 'actions', 'step', 'steps', 'measure', 'measures', 'move', 'moves'
])

/**
 * What an act is done to that makes it an act of responsibility, whatever the
 * verb: records and evidence ("the ledgers were moved", "the emails were
 * wiped") and money ("the funds were transferred", "fees were raised").
 */
export const ACCOUNTABLE_SUBJECTS: ReadonlySet<string> = new Set([
  // Records and evidence.
  'document', 'documents', 'file', 'files', 'record', 'records', 'email', 'emails', 'e-mail', 'e-mails', 'memo', 'memos',
  'ledger', 'ledgers', 'evidence', 'data', 'server', 'servers', 'tape', 'tapes', 'recording', 'recordings', 'minutes',
  'log', 'logs', 'archive', 'archives', 'database', 'databases', 'texts', 'transcript', 'transcripts',
  'contract', 'contracts', 'account', 'accounts',
  // Money.
  'money', 'fund', 'funds', 'cash', 'payment', 'payments', 'fee', 'fees', 'tax', 'taxes', 'donation', 'donations',
  'contribution', 'contributions', 'grant', 'grants', 'budget', 'budgets', 'funding', 'subsidy', 'subsidies', 'salary',
  'salaries', 'wages', 'bonus', 'bonuses', 'pension', 'pensions', 'fare', 'fares', 'rent', 'rents', 'tariff', 'tariffs',
  'bribe', 'bribes', 'kickback', 'kickbacks', 'loan', 'loans', 'proceeds', 'assets', 'bailout', 'aid'
])

/**
 * Verbs of checking a claim: "has been debunked", "has been verified", "was
 * proven false". Who checked is the source of the verdict.
 */
export const VERIFICATION_PARTICIPLES: ReadonlySet<string> = new Set([
  'debunked', 'refuted', 'disproven', 'disproved', 'discredited', 'verified', 'corroborated', 'substantiated', 'proven',
  'proved', 'documented', 'validated'
])

/** Verbs of criticism: a judgement of someone given to no one ("are being pilloried", "has been condemned"). */
export const CRITICISM_PARTICIPLES: ReadonlySet<string> = new Set([
  'criticized', 'criticised', 'condemned', 'pilloried', 'slammed', 'blasted', 'denounced', 'lambasted', 'excoriated',
  'castigated', 'rebuked', 'ridiculed', 'mocked', 'blamed', 'shamed', 'maligned', 'disparaged', 'derided', 'decried',
  'vilified', 'demonized', 'demonised', 'smeared', 'savaged', 'panned'
])

/**
 * Passives that hand information to the writer ("we are told", "I have been
 * informed"): with "I" or "we" as subject the writer's source is hidden; with
 * anyone else ("the man was told") it is a plain event.
 */
export const INFORMED_PARTICIPLES: ReadonlySet<string> = new Set([
  'told', 'informed', 'assured', 'briefed', 'advised', 'tipped', 'reminded'
])

/**
 * Adverbs that say someone acted on purpose, in secret or improperly ("was
 * quietly moved", "was mysteriously broken", "are actively being destroyed",
 * "was illegally obtained"): the hidden actor is then the point.
 */
export const AGENCY_ADVERBS: ReadonlySet<string> = new Set([
  'quietly', 'secretly', 'mysteriously', 'conveniently', 'deliberately', 'intentionally', 'purposely', 'purposefully',
  'systematically', 'actively', 'covertly', 'surreptitiously', 'illegally', 'improperly', 'unlawfully', 'illicitly',
  'wrongly', 'wrongfully', 'unfairly', 'selectively', 'suspiciously', 'inexplicably', 'mistakenly', 'knowingly'
])

/**
 * Words that set harm in public life rather than in a crime report: a rally
 * or a protest, the press, custody ("a protester was punched at the rally",
 * "his neck was broken in custody"). There who did it is the story; in a
 * report of a stabbing or a shooting the attacker is often simply unknown.
 */
export const HARM_SETTINGS: ReadonlySet<string> = new Set([
  'rally', 'rallies', 'protest', 'protests', 'protester', 'protesters', 'protestor', 'protestors', 'demonstration',
  'demonstrations', 'demonstrator', 'demonstrators', 'march', 'marches', 'marcher', 'marchers', 'activist', 'activists',
  'campaigner', 'campaigners', 'canvasser', 'canvassers', 'journalist', 'journalists', 'reporter', 'reporters',
  'custody', 'detention', 'detainee', 'detainees', 'inmate', 'inmates', 'prisoner', 'prisoners', 'dissident',
  'dissidents', 'opposition', 'picket', 'sit-in', 'vigil'
])

/** Words that open a clause setting the scene for the main one ("when the tally is made", "where he was found", "how money is created"). */
export const BACKGROUND_OPENERS: ReadonlySet<string> = new Set([
  'when', 'whenever', 'once', 'where', 'wherever', 'before', 'after', 'until', 'till', 'while', 'whilst', 'how'
])

/** Words that make what follows a supposition, not an event ("if the injustice is uncovered", "whether it was moved"). */
export const CONDITIONALS: ReadonlySet<string> = new Set(['if', 'unless', 'whether', 'suppose', 'supposing', 'lest'])

/** Counts before "times" that make a passive the act of many ("has been noted countless times"). */
export const MANY_TIMES: ReadonlySet<string> = new Set(['countless', 'numerous', 'many', 'multiple', 'several', 'innumerable', 'umpteen'])

/** Documents that, named before an impersonal passive, are its source ("in the report, it was claimed that", "a story in which it was claimed"). */
export const SOURCE_DOCUMENTS: ReadonlySet<string> = new Set([
  'report', 'reports', 'story', 'stories', 'article', 'articles', 'statement', 'statements', 'letter', 'letters', 'memo',
  'filing', 'filings', 'complaint', 'lawsuit', 'book', 'interview', 'column', 'op-ed', 'editorial', 'post', 'tweet',
  'video', 'broadcast', 'segment', 'release', 'email', 'e-mail', 'transcript', 'testimony', 'affidavit', 'indictment',
  'study', 'paper', 'document', 'documents', 'piece', 'headline', 'speech', 'briefing', 'ruling', 'judgment', 'opinion'
])
