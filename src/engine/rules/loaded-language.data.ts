import {CLAIMED_OBJECTS, LAWSUIT_CONTEXT, NATURE_CONTEXT, type LoadedEntry} from './loaded-language.lexicon.data'

/** Words that put the next word in a courtroom or police report, where "alleged" and "murdered" are the right words (compared with each word and its lemma). */
/**
 * Groups governments designate as terrorist organisations and news style
 * calls so (AP): "terrorist" or "extremist" said of them is an accurate
 * label, not a loaded one. (Contested ones are left out.)
 */
const DESIGNATED_GROUPS = ['isis', 'isil', 'daesh', 'qaeda', 'al-qaeda', 'al-qaida', 'shabab', 'al-shabab', 'boko']

const LEGAL_CONTEXT = [
  'court', 'courts', 'charged', 'charges', 'trial', 'jury', 'judge', 'prosecutor', 'prosecutors', 'police', 'suspect',
  'suspects', 'lawsuit', 'indictment', 'indicted', 'convicted', 'guilty', 'sentenced', 'arrested', 'accused', 'defendant',
  'plaintiff', 'complaint', 'investigators', 'allegations', 'fraud', 'crime', 'crimes', 'murder', 'manslaughter', 'attorney'
]

/**
 * Where "alleged" and "allegedly" are the hedge the law and accuracy need: next
 * to a suspect, a charge, a court or an inquiry (in the sentence or the ones
 * beside it), or an accusation of wrongdoing in the sentence itself. Deleting
 * the hedge there would assert guilt.
 */
const LEGAL_PROCESS = [
  ...LEGAL_CONTEXT, 'investigation', 'investigate', 'investigator', 'inquiry', 'probe', 'fbi', 'allegation', 'allege', 'accuser',
  'accuse', 'charge', 'arrest', 'prosecute', 'prosecution', 'sue', 'detective', 'warrant', 'testify', 'testimony', 'lawyer'
]
const WRONGDOING = [
  'victim', 'abuse', 'assault', 'harassment', 'misconduct', 'rape', 'bribery', 'theft', 'embezzlement', 'corruption', 'offence', 'offense',
  'illegal', 'unlawful', 'steal', 'kill', 'attack', 'molest', 'grope', 'hostage', 'kidnap', 'kidnapping', 'abduction', 'trafficking',
  'collusion', 'wrongdoing', 'extortion', 'blackmail', 'predation', 'predations'
]
const HEDGE_CONTEXT = [...LEGAL_PROCESS, ...WRONGDOING]

/** Words that make "casualty", "carnage", "battle" or "grip" literal: a war, an attack, an accident, captivity (words or lemmas). */
const VIOLENCE_CONTEXT = [
  'killed', 'injured', 'wounded', 'dead', 'deaths', 'died', 'war', 'attack', 'attacks', 'bombing', 'shelling', 'crash',
  'accident', 'soldiers', 'troops', 'hospital', 'fire', 'earthquake', 'storm', 'flood', 'military', 'civilians', 'army',
  'kill', 'injure', 'wound', 'death', 'die', 'soldier', 'troop', 'civilian', 'rape', 'captive', 'captivity', 'hostage',
  'kidnap', 'abduct', 'militant', 'insurgent', 'prisoner', 'guard', 'torture', 'slave', 'slavery',
  // Inflected too: the lemmatizer reads some of these wrongly ("raped" as "rap").
  'raped', 'kidnapped', 'abducted', 'tortured', 'enslaved', 'captives', 'hostages',
  // A shooting or a bombing: "carnage" after a mass shooting is what the scene was.
  'shooting', 'shootings', 'shooter', 'gunman', 'gunmen', 'gunfire', 'bomb', 'bomber', 'explosion', 'massacre', 'stabbing'
]

/** The Crusades of history: there "crusade" names a war, not a campaign the writer dramatizes (in the paragraph). */
const CRUSADES_CONTEXT = [
  'knights', 'knight', 'pope', 'jerusalem', 'saracens', 'saladin', 'crusaders', 'crusader', 'templars', 'templar', 'medieval',
  'century', 'centuries', 'relics', 'byzantine', 'holy', 'constantinople', 'antioch', 'pilgrims'
]

/** Animals kept or hunted for meat and the trade in it: "slaughtered" and "slaughter" are the plain words there. */
const LIVESTOCK_CONTEXT = [
  'cattle', 'cow', 'cows', 'calves', 'pig', 'pigs', 'hog', 'hogs', 'sheep', 'lamb', 'lambs', 'goat', 'goats', 'chicken', 'chickens',
  'poultry', 'turkeys', 'livestock', 'animal', 'animals', 'herd', 'herds', 'flock', 'flocks', 'abattoir', 'abattoirs', 'slaughterhouse',
  'slaughterhouses', 'meat', 'halal', 'kosher', 'beef', 'pork', 'whale', 'whales', 'seals', 'elephants', 'rhinos', 'dolphins', 'deer',
  'horses', 'farm', 'farms', 'farmer', 'farmers', 'butcher', 'butchers', 'carcasses', 'culled', 'cull'
]

/** An election, a trial or a game: "concede" there is the literal acknowledgment of a loss, not a verb that judges a statement. */
const CONTEST_CONTEXT = [
  'election', 'race', 'vote', 'ballot', 'primary', 'nomination', 'defeat', 'lose', 'loss', 'victory', 'win', 'trial', 'conviction',
  'acquittal', 'verdict', 'jury', 'game', 'match', 'contest', 'poll', 'runoff', 'candidate', 'campaign'
]

/** Objects that make "concede" literal: a contest or what is lost in it ("conceded the race", "conceded defeat", "conceded two goals"). */
const CONCEDED_OBJECTS = ['election', 'race', 'defeat', 'nomination', 'primary', 'seat', 'contest', 'vote', 'game', 'match', 'goal', 'run', 'penalty', 'set', 'title', 'victory', 'runoff', 'ground', 'territory']

/** Nouns a judging adjective can name a kind of: then it is the name of a rating, not the writer's verdict ("the most dishonest rating"). */
const RATING_NOUNS = ['rating', 'ratings', 'label', 'category', 'grade', 'designation', 'ranking', 'score', 'verdict', 'award']

/** Groups of people whose own name for themselves makes "racist" a description: the label is theirs, not the writer's. */
const SELF_DECLARED = ['neo-nazi', 'neo-nazis', 'nazi', 'nazis', 'supremacist', 'supremacists', 'white nationalist', 'klan', 'kkk', 'klansmen', 'nationalist', 'nationalists']

/** Words after which a verb of saying is a passive or a noun, not a judgement of a speaker. */
const BEFORE_PAST_SAYING = ['was', 'were', 'been', 'be', 'is', 'are', 'being', 'not', 'often', 'widely', 'commonly']
const BEFORE_PRESENT_SAYING = ['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'these', 'those', 'such', 'of', 'insurance', 'benefit', 'benefits', 'any', 'no', 'false', 'many', 'some', 'legal', 'territorial', 'pay', 'and']

/** Degrees of frequency, likelihood and size: "extremely rare" and "exceptionally low" measure rather than emphasize. */
const MEASURES = ['rare', 'rarely', 'uncommon', 'common', 'unlikely', 'likely', 'low', 'high', 'small', 'large', 'limited', 'cold', 'hot', 'dry', 'wet', 'infrequent', 'frequent']

/** Where someone who "quipped" is a comedian or a host on a show: a joke is what they tell (in the paragraph). */
const COMEDY_CONTEXT = [
  'comedian', 'comedians', 'comic', 'late-night', 'talk-show', 'monologue', 'joke', 'jokes', 'sketch', 'impression', 'audience',
  'laughter', 'laughs', 'laughing', 'standup', 'stand-up', 'punchline', 'host', 'sitcom'
]

/** People a country or a school admits: there "admits" and "admitted" are entry, not a confession. */
const ADMITTED_PEOPLE = ['immigrants', 'refugees', 'migrants', 'students', 'applicants', 'patients', 'newcomers', 'asylum-seekers', 'members']

/** Objects that make "claimed", "revealed" or "admitted" literal, whatever follows them: "claimed victory", "revealed details". */
const OBJECT_WORDS = ['victory', 'responsibility', 'credit', 'asylum', 'ownership', 'lives', 'life', 'title', 'titles', 'seat', 'seats', 'prize', 'award', 'medal', 'land', 'territory', 'damages', 'compensation', 'benefits', 'refund', 'him', 'them', 'me', 'us', 'of', 'about', 'plans', 'details']

/** Where "slammed" is a body or a vehicle striking something ("a van slammed its way through crowds", "slammed the door"). */
const SLAMMED_LITERALLY = [
  'door', 'doors', 'brakes', 'explosion', 'explosive', 'bomb', 'rocket', 'hurricane', 'wind', 'winds', 'music', 'poetry', 'poem', 'wave',
  'waves', 'car', 'cars', 'truck', 'trucks', 'vehicle', 'vehicles', 'grand', 'van', 'vans', 'bus', 'suv', 'lorry', 'train', 'plane',
  'crowd', 'crowds', 'pedestrians', 'barrier', 'wall', 'tree', 'pole'
]

/** What a patient reports: there "complained" tells a symptom ("complained of chest pain", "complained he could not walk"). */
const SYMPTOMS = ['pain', 'pains', 'ache', 'aches', 'headache', 'headaches', 'dizziness', 'nausea', 'symptoms', 'injury', 'injuries', 'soreness', 'discomfort', 'fever', 'breathing']

/** Nouns "popular" qualifies as "of the people", not as praise: "the popular vote", "popular culture". */
const OF_THE_PEOPLE = [
  'vote', 'votes', 'culture', 'music', 'opinion', 'support', 'demand', 'uprising', 'uprisings', 'revolt', 'front', 'sovereignty',
  'will', 'mandate', 'sentiment', 'misconception', 'belief', 'beliefs', 'imagination', 'perception', 'consent', 'movement',
  'movements', 'referendum', 'anger', 'discontent', 'protest', 'protests', 'resistance', 'unrest', 'assembly', 'election', 'press',
  'vote-winning', 'vote-winner', 'vote-winners'
]

/**
 * Weather and disaster copy: a storm, a flood, a quake, a fire, a crash and its toll. There "horrific",
 * "incredible" and "extraordinary" usually give the measured scale of the event ("extraordinary rainfall",
 * "an incredible 50 inches of rain"), the plain words of the report rather than the writer's verdict.
 */
const DISASTER_CONTEXT = [
  ...NATURE_CONTEXT, 'rainfall', 'inches', 'mph', 'winds', 'temperatures', 'heat', 'cold', 'forecasters', 'forecast', 'meteorologist',
  'meteorologists', 'landfall', 'surge', 'crash', 'crashes', 'collision', 'derailment', 'accident', 'wreck', 'killed', 'injured',
  'dead', 'died', 'deaths', 'victims', 'survivors', 'rescuers', 'evacuated', 'evacuation', 'damage', 'destruction', 'disaster',
  'tsunami', 'avalanche', 'landslide', 'mudslide', 'explosion', 'collapse', 'collapsed'
]

/** Nouns that make "revolutionary" of a revolution: "the revolutionary spirit", "revolutionary forces", "Revolutionary Guard". */
const REVOLUTION_NOUNS = [
  'spirit', 'war', 'era', 'period', 'army', 'armies', 'guard', 'guards', 'forces', 'force', 'movement', 'movements', 'committee',
  'committees', 'government', 'council', 'party', 'fervor', 'fervour', 'ideals', 'generation', 'leader', 'leaders', 'times', 'struggle',
  'cause', 'hero', 'heroes', 'history', 'tribunal', 'regime', 'socialism', 'communism', 'politics', 'zeal', 'soldiers', 'veterans',
  'france', 'america', 'russia', 'iran', 'cuba', 'days', 'years', 'founders', 'patriots', 'slogans', 'songs'
]

/** A revolution in the sentence: then "revolutionary" is of it. */
const REVOLUTION_CONTEXT = ['revolution', 'revolutions', '1776', '1787', '1789', '1917', 'founders', 'founding', 'colonies', 'independence', 'constitution', 'bolshevik', 'bolsheviks']

/** Whose messaging "propaganda" names in news copy: a state's or an armed group's ("ISIS propaganda", "Soviet propaganda"). */
const PROPAGANDISTS = [
  'isis', 'islamic', 'jihadist', 'jihadi', 'terrorist', 'extremist', 'islamist', 'nazi', 'soviet', 'wartime', 'war',
  'state', 'al-qaeda', 'al-qaida', 'taliban', 'hamas', 'hezbollah', 'kremlin', 'north', 'korean', 'chinese', 'russian', 'recruitment'
]

/**
 * What makes "terrorist attack" a report: people killed or hurt, the authorities who classify it, the
 * anniversary of a known one ("since the 9/11 terrorist attacks").
 */
const TERROR_REPORTED = [
  'killed', 'killing', 'kills', 'dead', 'died', 'deaths', 'injured', 'wounded', 'hurt', 'victims', 'casualties', 'bomber', 'bombers',
  'gunman', 'gunmen', 'attacker', 'attackers', 'shooting', 'stabbing', 'explosion', 'suspect', 'suspects', 'police', 'officials',
  'authorities', 'investigators', 'prosecutors', 'fbi', 'ministry', 'counterterrorism', 'counter-terrorism', 'classified', 'treating',
  '9/11', 'september', 'anniversary', 'memorial', 'since', 'after', 'following', 'wake'
]

/**
 * What makes "terrorist" or "terrorists" the report's word rather than the writer's: the sentence tells of an
 * attack that killed or hurt people ("terrorists killed 129 people", "the terrorists who carried out the
 * bombing"). Weaker evidence there, not none: the label may still be pinned on a side ("terrorists like the
 * ones who killed…"), so it shows at `thorough`.
 */
export const ATTACK_REPORTED = [
  'killed', 'killing', 'kills', 'dead', 'died', 'deaths', 'injured', 'injuring', 'wounded', 'wounding', 'hurt', 'victims',
  'casualties', 'lives', 'bombing', 'bombings', 'bomber', 'bombers', 'shooting', 'stabbing', 'explosion', 'hostages',
  'gunman', 'gunmen', 'massacre', 'attack', 'attacks', 'attacked', 'hijacked', 'hijackers', 'beheaded', 'detonated'
]

/**
 * Adjectives of severity that, said of an act of violence or of the harm it did ("a brutal assault", "horrific
 * injuries", "the attack was vicious"), describe what was done to people: the plain report of a crime or an
 * attack, which the facts around them bear out. Said of words, policies or people they judge ("a vicious
 * smear", "horrible leaders"). (Moral verdicts such as "despicable" or "evil" judge even a crime.)
 */
export const HARM_SEVERITY = [
  'brutal', 'vicious', 'horrific', 'horrifying', 'horrendous', 'horrible', 'terrible', 'gruesome', 'grisly', 'heinous', 'savage'
]

/**
 * Acts of violence and the harm they do (lemmas and forms): what the adjectives of `HARM_SEVERITY` can plainly
 * describe. "Attack", "assault" and "abuse" are as often words as blows ("a vicious attack on the senator's
 * record"): they count only beside a word of physical harm (`PHYSICAL_HARM`).
 */
export const HARM_NOUNS = [
  'attack', 'attacks', 'assault', 'assaults', 'murder', 'murders', 'killing', 'killings', 'crime', 'crimes', 'rape', 'rapes',
  'injury', 'injuries', 'wound', 'wounds', 'beating', 'beatings', 'stabbing', 'stabbings', 'shooting', 'shootings', 'massacre',
  'bombing', 'bombings', 'death', 'deaths', 'slaying', 'slayings', 'homicide', 'homicides', 'torture', 'violence', 'mutilation',
  'abuse', 'burns', 'crash', 'accident', 'carjacking', 'robbery', 'kidnapping', 'execution', 'executions', 'bloodshed'
]

/** The nouns of `HARM_NOUNS` that name words as often as blows. */
export const VERBAL_OR_PHYSICAL = ['attack', 'attacks', 'assault', 'assaults', 'abuse']

/** Words that make an attack, an assault or abuse physical ("the victims of the attack", "a sexual assault"). */
export const PHYSICAL_HARM = [
  'killed', 'dead', 'died', 'injured', 'injuries', 'wounded', 'victim', 'victims', 'hospital', 'hospitalized', 'police', 'sexual',
  'sexually', 'physical', 'physically', 'knife', 'gun', 'stabbed', 'shot', 'beaten', 'bomb', 'bomber', 'terror', 'terrorist',
  'acid', 'machete', 'raped', 'survivor', 'survivors', 'bleeding', 'fatal', 'deadly', 'armed', 'attacker', 'attackers', 'suspect'
]

/** Attacks on people: where a city or a town was "terrorized" by them, not by a flood or a critic. */
const ATTACK_CONTEXT = [
  'bombing', 'bombings', 'bomber', 'bombers', 'bomb', 'bombs', 'shooting', 'shootings', 'gunman', 'gunmen', 'attack', 'attacks',
  'attacker', 'attackers', 'killed', 'killing', 'killings', 'murders', 'terrorist', 'terrorists', 'militants', 'sniper', 'stabbing'
]

/** Business in the sentence: where a "behemoth" or a "titan" is a company (words or lemmas). */
const COMPANY_CONTEXT = [
  'company', 'firm', 'corporation', 'conglomerate', 'retailer', 'bank', 'industry', 'market', 'chain', 'maker', 'manufacturer',
  'brand', 'business', 'businesses', 'sector', 'shares', 'stock', 'investors', 'revenue', 'profits'
]

/** Insects: where "swarms" and "hordes" are literal. */
const INSECTS = ['locusts', 'bees', 'insects', 'locust', 'bee', 'insect', 'mosquito', 'wasp', 'ant']

/** An armed group at work (words or lemmas): where someone's "hordes" are forces and "thugs" are fighters. */
const ARMED_CONTEXT = [
  'army', 'armies', 'troops', 'soldiers', 'soldier', 'fighters', 'fighter', 'forces', 'militia', 'militias', 'militant', 'militants',
  'rebels', 'insurgents', 'gunmen', 'armed', 'warriors', 'war', 'battle', 'raid', 'raided', 'invaded', 'invasion', 'conquest',
  'conquered', 'massacre', 'massacred', 'murdered', 'slaughtered', 'beheaded', 'killed', 'isis', 'isil', 'taliban', 'al-qaeda',
  'hamas', 'hezbollah', 'jihadists', 'jihadis', 'caliphate'
]

/** What a study finds, rather than says: the subjects that "reveal" by showing (a poll "showed", not "said"). */
const FINDINGS = [
  'poll', 'polls', 'survey', 'surveys', 'study', 'studies', 'report', 'research', 'data', 'figures', 'statistics', 'numbers',
  'analysis', 'audit', 'review', 'investigation', 'inquiry', 'census', 'records', 'documents', 'tests', 'results', 'findings',
  'footage', 'video', 'images', 'photos', 'emails'
]

/**
 * Words by which a sentence shows that a claim is disputed or false: there "claimed" is the accurate verb
 * (news style keeps "claim" for assertions in doubt), weaker evidence of the writer's judgement.
 */
const DISPUTED = [
  'false', 'falsely', 'lie', 'lies', 'lied', 'untrue', 'evidence', 'debunked', 'disputed', 'disputes', 'dispute', 'denied', 'denies',
  'deny', 'unsubstantiated', 'unverified', 'unconfirmed', 'baseless', 'unfounded', 'refuted', 'contradicted', 'contradicts', 'fact-check',
  'fact-checkers', 'hoax', 'fake', 'bogus', 'wrong', 'incorrect', 'inaccurate', 'proof', 'proven', 'disproven', 'misleading'
]

const SAID = 'judges what the speaker said; “said” reports it and lets the reader judge.'
const DOUBT = '“{actual}” signals doubt without saying whose doubt it is. Say who disputes the claim and why, or attribute the claim (“which [source] says…”); deleting the word would assert the claim.'
const LABEL = '“{actual}” is a contentious label; describe what the people did, or attribute the label.'
const PUFFERY = '“{actual}” is praise in the writer’s voice (puffery); show what earns it, or attribute it.'
const JUDGEMENT = '“{actual}” is the writer’s judgement, not a fact; show what earns it, or attribute it.'
const EXAGGERATES = '“{actual}” exaggerates; give the figure instead.'
/** Verbs by which someone else ranks a thing: "was named one of the best places to work" reports a ranking, not the writer's praise. */
const RANKED_BY = ['named', 'ranked', 'rated', 'voted', 'listed', 'chosen', 'selected', 'picked', 'judged', 'deemed', 'considered']
const REFUSED = '“{actual}” suggests defiance; “declined to” reports the choice without judging it.'

/**
 * Loaded words in the writer's own voice, each with the neutral wording an
 * editor would use. Curated for news and opinion copy: a word is here when it
 * judges rather than describes in the sense the context gives. Where the sense
 * turns on the part of speech, the entry names it ("stunt" the noun, not
 * "stunt growth"), and its rewrites are words of that same part of speech.
 */
const ENTRIES: readonly LoadedEntry[] = [
  // Power and conquest metaphors for ordinary business.
  {
    kind: 'metaphor',
    patterns: ['empire', 'empires'],
    partOfSpeech: 'NOUN',
    rewrites: ['business', 'operations'],
    skipProperNoun: true,
    unlessBefore: ['roman', 'british', 'ottoman', 'mughal', 'byzantine', 'persian', 'holy', 'mongol', 'inca', 'aztec', 'spanish', 'russian', 'japanese', 'german', 'french', 'habsburg', 'galactic', 'chinese', 'han', 'qing', 'mali', 'songhai', 'zulu', 'assyrian', 'babylonian', 'colonial', 'former', 'ancient',
      // The routine word of business copy for a group of companies one owner built: "a media empire", "his real estate empire".
      'media', 'publishing', 'newspaper', 'business', 'retail', 'restaurant', 'fashion', 'property', 'estate', 'real-estate', 'hotel',
      'casino', 'shipping', 'oil', 'banking', 'tech', 'cosmetics', 'beauty', 'music', 'entertainment', 'television', 'tv', 'radio', 'food',
      'brewing', 'coffee', 'sports', 'pizza', 'furniture', 'toy', 'gaming', 'commercial', 'financial', 'industrial', 'family']
  },
  {kind: 'metaphor', literal: true, patterns: ['grip', 'stranglehold', 'chokehold', 'iron grip', 'iron fist'], partOfSpeech: 'NOUN', rewrites: ['control', 'influence'], unlessSentenceHas: ['wheel', 'handle', 'steering', 'racket', 'bat', 'club', 'tyres', 'tires', 'rope', 'fingers', 'hand', 'hands', ...VIOLENCE_CONTEXT]},
  // "Largest company" only among companies: a "cultural behemoth" or a "behemoth fundraising effort" is no company.
  {kind: 'metaphor', patterns: ['titans', 'behemoths', 'juggernauts'], partOfSpeech: 'NOUN', rewritesWhen: [{sentenceHas: COMPANY_CONTEXT, rewrites: ['largest companies']}], skipProperNoun: true},
  {kind: 'metaphor', patterns: ['titan', 'behemoth', 'juggernaut', 'colossus'], partOfSpeech: 'NOUN', rewritesWhen: [{sentenceHas: COMPANY_CONTEXT, rewrites: ['largest company']}], skipProperNoun: true},
  {kind: 'metaphor', patterns: ['fiefdom', 'fiefdoms'], rewrites: ['area of control']},
  {kind: 'metaphor', patterns: ['overlords'], rewrites: ['owners']},
  {kind: 'metaphor', patterns: ['overlord'], rewrites: ['owner']},
  {kind: 'epithet', patterns: ['robber barons'], rewrites: ['business leaders']},
  {kind: 'epithet', patterns: ['robber baron'], rewrites: ['business leader']},
  {kind: 'epithet', patterns: ['fat cats'], rewrites: ['executives']},
  {kind: 'epithet', patterns: ['fat cat'], rewrites: ['executive']},
  {kind: 'metaphor', patterns: ['power grab'], rewrites: ['attempt to gain control']},
  {kind: 'metaphor', patterns: ['land grab'], rewrites: ['expansion']},
  {kind: 'metaphor', patterns: ['war chest'], rewrites: ['funds']},
  {kind: 'metaphor', patterns: ['cash cow'], rewrites: ['profitable business']},
  {kind: 'metaphor', patterns: ['gravy train'], rewrites: ['source of income']},
  {kind: 'metaphor', literal: true, patterns: ['arms race'], rewrites: ['competition'], unlessSentenceHas: ['nuclear', 'missiles', 'weapons', 'military', 'warheads']},
  {kind: 'metaphor', patterns: ['crusade', 'crusades'], partOfSpeech: ['NOUN', 'VERB'], rewrites: ['campaign'], skipProperNoun: true, unlessNearby: CRUSADES_CONTEXT},
  {kind: 'metaphor', patterns: ['witch hunt', 'witch-hunt'], rewrites: ['investigation']},
  // "Heavy losses" is plural: where a verb or "a" agrees with the word, the singular alternative is offered instead.
  {kind: 'metaphor', literal: true, patterns: ['bloodbath'], rewrites: ['heavy losses', 'rout'], unlessSentenceHas: VIOLENCE_CONTEXT},
  {kind: 'metaphor', literal: true, patterns: ['carnage'], rewrites: ['heavy losses', 'destruction'], unlessSentenceHas: VIOLENCE_CONTEXT},
  {kind: 'metaphor', literal: true, patterns: ['casualty'], partOfSpeech: 'NOUN', rewrites: ['loss'], message: '“{actual}” borrows the language of war for a business outcome; say what was lost.', unlessSentenceHas: VIOLENCE_CONTEXT},
  {kind: 'metaphor', literal: true, patterns: ['casualties'], partOfSpeech: 'NOUN', rewrites: ['losses'], message: '“{actual}” borrows the language of war for a business outcome; say what was lost.', unlessSentenceHas: VIOLENCE_CONTEXT},
  // A debacle named after someone ("the Weinstein debacle") is a scandal more than a failure: no one word fits both.
  {kind: 'emotive-noun', patterns: ['debacle', 'fiasco'], rewrites: ['failure'], rewritesWhen: [{afterName: true, rewrites: []}]},
  {kind: 'emotive-noun', patterns: ['fiascos', 'debacles'], rewrites: ['failures'], rewritesWhen: [{afterName: true, rewrites: []}]},
  {kind: 'emotive-noun', patterns: ['frenzy', 'mania', 'gold rush'], partOfSpeech: 'NOUN', rewrites: ['rush'], unlessBefore: ['feeding']},
  {kind: 'exaggeration', patterns: ['hype'], partOfSpeech: 'NOUN', rewrites: ['attention', 'publicity']},
  {kind: 'exaggeration', patterns: ['hyped', 'overhyped', 'over-hyped'], partOfSpeech: ['ADJ', 'VERB'], rewrites: ['promoted', 'heavily promoted']},
  {kind: 'puffery', patterns: ['much-touted', 'much-vaunted', 'much-hyped', 'vaunted', 'much touted', 'much vaunted', 'much-ballyhooed'], rewrites: ['', 'widely promoted']},
  {kind: 'emotive', patterns: ['relentless'], partOfSpeech: 'ADJ', rewrites: ['', 'sustained']},
  {kind: 'emotive', patterns: ['ruthless'], partOfSpeech: 'ADJ', rewrites: ['', 'uncompromising']},
  {kind: 'emotive-adverb', patterns: ['relentlessly'], partOfSpeech: 'ADV', rewrites: ['', 'persistently']},
  {kind: 'emotive-adverb', patterns: ['ruthlessly'], partOfSpeech: 'ADV', rewrites: ['']},
  {kind: 'exaggeration', patterns: ['astronomically', 'staggeringly', 'obscenely', 'insanely', 'ridiculously', 'absurdly', 'outrageously'], partOfSpeech: 'ADV', rewrites: ['', 'very'], message: EXAGGERATES},
  {kind: 'exaggeration', patterns: ['astronomical', 'staggering', 'whopping', 'eye-watering', 'jaw-dropping', 'mind-boggling', 'obscene', 'exorbitant'], partOfSpeech: 'ADJ', rewrites: ['', 'large'], message: EXAGGERATES},
  {kind: 'emotive', patterns: ['utopian', 'pie-in-the-sky'], partOfSpeech: 'ADJ', rewrites: ['unlikely', 'ambitious'], unlessAfter: ['novel', 'novels', 'fiction', 'film', 'films', 'series', 'game', 'games', 'genre', 'writer', 'writers', 'author']},
  {kind: 'emotive', patterns: ['pie in the sky', 'pipe dream', 'fantasy'], partOfSpeech: 'NOUN', rewrites: ['unlikely prospect'], unlessAfter: ['novel', 'novels', 'fiction', 'football', 'league', 'film', 'films', 'series', 'game', 'games', 'genre', 'writer', 'writers', 'author']},
  {kind: 'emotive', patterns: ['shrewd', 'cunning', 'crafty', 'wily', 'scheming'], partOfSpeech: 'ADJ', rewrites: ['calculated', '']},
  {kind: 'emotive-adverb', patterns: ['shrewdly', 'cunningly', 'craftily'], partOfSpeech: 'ADV', rewrites: ['deliberately', '']},
  {kind: 'doubt', patterns: ['<sounding>'], message: '“{actual}” hints that the claim is hollow without saying why; describe it plainly or show the gap.'},
  {kind: 'exaggeration', patterns: ['skyrocketing', 'spiralling', 'spiraling'], partOfSpeech: ['ADJ', 'VERB'], rewrites: ['rising sharply'], message: '“{actual}” dramatizes a change; give the figures.'},
  {kind: 'exaggeration', patterns: ['has|have|had skyrocketed'], rewrites: ['{first} risen sharply'], message: '“{actual}” dramatizes a change; give the figures.'},
  // "revolutionary" praises a product or an idea; of a revolution ("the revolutionary spirit of 1776", "the Revolutionary
  // Guard", "revolutionary France") it names what happened.
  {kind: 'puffery', patterns: ['revolutionary'], partOfSpeech: 'ADJ', message: PUFFERY, rewrites: [''], skipProperNoun: true, unlessAfter: REVOLUTION_NOUNS, unlessSentenceHas: REVOLUTION_CONTEXT},
  {kind: 'exaggeration', patterns: ['skyrocketed'], partOfSpeech: ['VERB', 'ADJ'], rewrites: ['rose sharply'], message: '“{actual}” dramatizes a change; give the figures.'},
  {kind: 'exaggeration', patterns: ['skyrocket'], partOfSpeech: 'VERB', rewrites: ['rise sharply'], message: '“{actual}” dramatizes a change; give the figures.'},
  {kind: 'exaggeration', patterns: ['skyrockets'], partOfSpeech: 'VERB', rewrites: ['rises sharply'], message: '“{actual}” dramatizes a change; give the figures.'},
  {kind: 'emotive-noun', patterns: ['ploy', 'stunt', 'gambit'], partOfSpeech: 'NOUN', rewrites: ['move'], unlessBefore: ['opening', 'queen’s', "queen's", 'king’s', "king's"], unlessSentenceHas: ['chess', 'stuntman', 'stuntwoman', 'film', 'movie']},
  {kind: 'emotive-noun', patterns: ['ploys', 'stunts', 'gambits'], partOfSpeech: 'NOUN', rewrites: ['moves'], unlessSentenceHas: ['chess', 'stuntman', 'stuntwoman', 'film', 'movie']},
  // A state's or an armed group's messaging ("ISIS propaganda", "Soviet propaganda") is what the word names in news copy.
  {kind: 'label', patterns: ['propaganda'], partOfSpeech: ['NOUN', 'ADJ'], rewrites: ['messaging', 'publicity'], subjectTerm: /^propagand/, unlessBefore: PROPAGANDISTS},
  {
    kind: 'label',
    patterns: ['regime'],
    partOfSpeech: 'NOUN',
    rewrites: ['government', 'administration'],
    subjectTerm: /^regimes?$/,
    unlessBefore: ['tax', 'training', 'exercise', 'sanctions', 'treatment', 'dietary', 'drug', 'medication', 'trade', 'visa', 'regulatory', 'legal', 'fiscal', 'monetary', 'pricing', 'inspection', 'testing', 'licensing', 'rules-based', 'flow', 'climate', 'control', 'export', 'customs', 'data', 'privacy', 'compliance', 'reporting', 'accounting', 'insolvency', 'tariff']
  },
  {
    kind: 'label',
    patterns: ['regimes'],
    partOfSpeech: 'NOUN',
    rewrites: ['governments'],
    subjectTerm: /^regimes?$/,
    unlessBefore: ['tax', 'training', 'exercise', 'sanctions', 'treatment', 'dietary', 'drug', 'trade', 'visa', 'regulatory', 'legal', 'fiscal', 'monetary', 'pricing', 'licensing', 'export', 'customs', 'data', 'privacy', 'compliance', 'reporting', 'accounting', 'insolvency', 'tariff']
  },
  // Nickname epithets: an insulting adjective fused to a person's name ("Crooked Hillary", "Lyin' Ted", "Sleepy
  // Joe"), the surest loaded words there are. The adjective must be capitalized and followed by a capitalized
  // name (checked in the rule: `nickname`); names of places and things made the same way are left alone.
  // The ones written with a dropped "g" stop before the apostrophe ("Lyin' Ted"): the name is read past it.
  {
    kind: 'epithet',
    nickname: 'strong',
    nameless: true,
    patterns: [
      'crooked|lyin|lying|cryin|crying|sleepy|crazy|low-energy|lowenergy|shifty|sloppy|goofy|dopey|dumb|phony|phoney|sneaky|creepy|slimy|nasty|wacky|whacky|leakin|leaking|liddle|psycho|deranged|cheatin|cheating|lazy|corrupt|dishonest|stupid|pathetic|lightweight|nervous|mini *',
      'lyin|cryin|leakin|cheatin'
    ],
    message: '“{actual}” is a nickname that insults: an epithet, not a description. Use the person’s name.'
  },
  // "Little" makes many names of places and things ("Little Rock", "Little League"): less sure, and only before one name.
  {
    kind: 'epithet',
    nickname: 'weak',
    nameless: true,
    confidence: 0.75,
    patterns: ['little|liddle *'],
    message: '“{actual}” is a nickname that insults: an epithet, not a description. Use the person’s name.'
  },
  {kind: 'epithet', patterns: ['cronies', 'henchmen', 'minions', 'lackeys', 'stooges', 'puppets'], partOfSpeech: 'NOUN', rewrites: ['associates', 'allies']},
  {kind: 'epithet', patterns: ['crony', 'henchman', 'lackey', 'stooge', 'puppet'], partOfSpeech: ['NOUN', 'ADJ'], rewrites: ['associate', 'ally']},
  {kind: 'epithet', patterns: ['mouthpiece', 'shill'], partOfSpeech: 'NOUN', rewrites: ['spokesperson', 'promoter']},
  {kind: 'epithet', patterns: ['mouthpieces', 'shills'], partOfSpeech: 'NOUN', rewrites: ['spokespeople', 'promoters']},
  {kind: 'label', patterns: ['cabal', 'clique'], partOfSpeech: 'NOUN', rewrites: ['group']},
  {kind: 'label', patterns: ['cabals', 'cliques'], partOfSpeech: 'NOUN', rewrites: ['groups']},
  {kind: 'label', patterns: ['hordes|swarms of'], rewrites: ['large numbers of', 'crowds of'], unlessSentenceHas: INSECTS},
  {kind: 'label', patterns: ['horde|swarm of'], rewrites: ['large number of', 'crowd of'], unlessSentenceHas: INSECTS},
  // Someone's "hordes" among killings and raids are an armed force; elsewhere, a crowd.
  {kind: 'label', patterns: ['hordes'], partOfSpeech: 'NOUN', rewrites: ['crowds'], rewritesWhen: [{sentenceHas: ARMED_CONTEXT, rewrites: ['forces', 'fighters']}], unlessSentenceHas: INSECTS},
  {kind: 'label', patterns: ['flood|influx|invasion of'], rewrites: ['rise in the number of', 'arrival of'], onlyBefore: ['migrants', 'immigrants', 'refugees', 'tourists', 'protesters', 'asylum', 'people', 'fans', 'foreigners']},
  {kind: 'epithet', patterns: ['mobs'], partOfSpeech: 'NOUN', rewrites: ['crowds', 'groups'], skipProperNoun: true},
  {kind: 'epithet', patterns: ['mob', 'rabble'], partOfSpeech: 'NOUN', rewrites: ['crowd', 'group'], skipProperNoun: true, unlessBefore: ['flash']},
  // A thug is one violent person, not a crowd: in an armed group a fighter; elsewhere no neutral word says what the insult says.
  {kind: 'epithet', patterns: ['thugs'], partOfSpeech: 'NOUN', rewritesWhen: [{sentenceHas: ARMED_CONTEXT, rewrites: ['fighters', 'militants']}], skipProperNoun: true},
  {kind: 'epithet', patterns: ['thug'], partOfSpeech: 'NOUN', rewritesWhen: [{sentenceHas: ARMED_CONTEXT, rewrites: ['fighter', 'militant']}], skipProperNoun: true},
  {kind: 'criticism-verb', patterns: ['slammed', 'blasted', 'lambasted', 'excoriated', 'savaged', 'trashed'], partOfSpeech: 'VERB', rewrites: ['criticized'], unlessAfter: ['dunk', 'into', 'shut', 'on', 'off', 'away'], unlessSentenceHas: SLAMMED_LITERALLY},
  {kind: 'criticism-verb', patterns: ['slams', 'blasts', 'lambasts', 'savages', 'trashes'], partOfSpeech: 'VERB', rewrites: ['criticizes'], unlessAfter: ['dunk', 'into', 'shut', 'on', 'off', 'away'], unlessSentenceHas: SLAMMED_LITERALLY},
  {kind: 'criticism-verb', patterns: ['slam', 'blast', 'lambast', 'excoriate', 'savage', 'trash'], partOfSpeech: 'VERB', rewrites: ['criticize'], unlessAfter: ['dunk', 'into', 'shut', 'on', 'off', 'away'], unlessSentenceHas: SLAMMED_LITERALLY},
  {kind: 'criticism-verb', patterns: ['lashed out at', 'ripped into', 'tore into', 'railed against'], rewrites: ['criticized']},

  // Emotive adjectives: in a reporter's voice the facts carry the feeling.
  {
    kind: 'emotive',
    patterns: ['brutal', 'vicious', 'horrifying', 'horrendous', 'appalling', 'atrocious', 'heinous', 'monstrous', 'barbaric', 'barbarous', 'despicable', 'disgraceful', 'shameful', 'outrageous', 'scandalous', 'egregious', 'abhorrent', 'deplorable', 'disgusting', 'vile', 'evil', 'grotesque', 'sickening', 'shocking', 'dastardly', 'nefarious', 'sinister'],
    partOfSpeech: 'ADJ',
    rewrites: ['']
  },
  // Of a storm, a flood, a fire, a crash or a quake, "horrific" is the plain word for the scale of it in news
  // copy: weaker evidence there (`thorough` only). Of conduct or words it judges ("horrific rhetoric").
  {kind: 'emotive', patterns: ['horrific'], partOfSpeech: 'ADJ', rewrites: [''], softUnless: DISASTER_CONTEXT},
  {kind: 'emotive-adverb', patterns: ['brutally', 'viciously', 'savagely', 'shockingly', 'horrifically', 'disgracefully', 'shamefully', 'outrageously', 'egregiously', 'despicably'], partOfSpeech: 'ADV', rewrites: ['']},
  // "Damaging" holds before a noun and as a predicate ("was damaging for the campaign", where "severe for" is not English).
  {kind: 'emotive', literal: true, patterns: ['catastrophic', 'disastrous'], partOfSpeech: 'ADJ', rewrites: ['damaging', 'serious'], unlessSentenceHas: ['earthquake', 'hurricane', 'flood', 'floods', 'fire', 'wildfire', 'storm', 'tornado', 'tsunami', 'explosion', 'failure', 'injury', 'injuries']},
  // "Devastating news" is grief, not damage: the word goes; as a predicate, where it cannot go, "damaging".
  {kind: 'emotive', literal: true, patterns: ['devastating'], partOfSpeech: 'ADJ', rewrites: ['', 'damaging'], unlessSentenceHas: ['earthquake', 'hurricane', 'flood', 'floods', 'fire', 'wildfire', 'storm', 'tornado', 'tsunami', 'explosion', 'failure', 'injury', 'injuries']},
  {kind: 'emotive', literal: true, patterns: ['crippling', 'cataclysmic'], partOfSpeech: 'ADJ', rewrites: ['severe'], unlessSentenceHas: ['earthquake', 'hurricane', 'flood', 'floods', 'fire', 'wildfire', 'storm', 'tornado', 'tsunami', 'explosion', 'failure', 'injury', 'injuries']},
  {kind: 'emotive', literal: true, patterns: ['apocalyptic'], partOfSpeech: 'ADJ', rewrites: [''], unlessSentenceHas: ['earthquake', 'hurricane', 'flood', 'floods', 'fire', 'wildfire', 'storm', 'tornado', 'tsunami', 'explosion', 'failure', 'injury', 'injuries']},
  {kind: 'emotive', patterns: ['draconian', 'heavy-handed', 'jackbooted'], partOfSpeech: 'ADJ', rewrites: ['strict']},
  {kind: 'emotive', patterns: ['reckless', 'cynical', 'greedy', 'hapless', 'feckless', 'inept', 'incompetent', 'clueless', 'shady', 'embattled', 'beleaguered', 'disgraced', 'hypocritical', 'deceitful', 'dishonest', 'spineless', 'cowardly'], partOfSpeech: 'ADJ', rewrites: [''], unlessModifies: RATING_NOUNS},
  {kind: 'emotive-adverb', patterns: ['recklessly', 'cynically', 'greedily', 'ineptly', 'incompetently', 'dishonestly', 'hypocritically', 'deceitfully'], partOfSpeech: 'ADV', rewrites: ['']},
  {kind: 'emotive', patterns: ['notorious', 'infamous'], partOfSpeech: 'ADJ', rewrites: ['well-known', '']},
  {kind: 'emotive-adverb', patterns: ['notoriously', 'infamously'], partOfSpeech: 'ADV', rewrites: ['']},
  // Of animals raised or hunted for meat, "slaughtered" and "slaughter" are the trade's plain words.
  {kind: 'label', patterns: ['murdered', 'slaughtered', 'butchered'], partOfSpeech: ['VERB', 'ADJ'], rewrites: ['killed'], unlessSentenceHas: [...LEGAL_CONTEXT, ...LIVESTOCK_CONTEXT]},
  {kind: 'label', patterns: ['massacre', 'slaughter', 'bloodshed'], partOfSpeech: 'NOUN', rewrites: ['killing'], skipProperNoun: true, subjectTerm: /^massacr/, unlessSentenceHas: [...LEGAL_CONTEXT, ...LIVESTOCK_CONTEXT]},
  {kind: 'label', patterns: ['massacres', 'slaughters'], partOfSpeech: 'NOUN', rewrites: ['killings'], skipProperNoun: true, subjectTerm: /^massacr/, unlessSentenceHas: [...LEGAL_CONTEXT, ...LIVESTOCK_CONTEXT]},
  {kind: 'label', patterns: ['massacre', 'slaughter', 'butcher'], partOfSpeech: 'VERB', rewrites: ['kill'], unlessSentenceHas: [...LEGAL_CONTEXT, ...LIVESTOCK_CONTEXT]},
  {kind: 'label', patterns: ['massacred'], partOfSpeech: ['VERB', 'ADJ'], rewrites: ['killed'], unlessSentenceHas: LEGAL_CONTEXT},
  {kind: 'label', patterns: ['terrorists'], partOfSpeech: 'NOUN', rewrites: ['militants', 'attackers'], message: LABEL, subjectTerm: /^terror/, softUnless: [...LEGAL_CONTEXT, ...ATTACK_REPORTED], unlessSentenceHas: DESIGNATED_GROUPS},
  {kind: 'label', patterns: ['terrorist'], partOfSpeech: 'NOUN', rewrites: ['militant', 'attacker'], message: LABEL, subjectTerm: /^terror/, softUnless: [...LEGAL_CONTEXT, ...ATTACK_REPORTED], unlessSentenceHas: DESIGNATED_GROUPS},
  // "Terrorist attack" is the accurate term for an attack that killed or hurt people and that the authorities treat as
  // terrorism (AP uses it when they do): then the label is the report's. Of anything else ("a terrorist attack on our
  // values") it is the writer's.
  {kind: 'label', patterns: ['terrorist attack|attacks|bombing|bombings|plot|plots|incident|incidents|act|acts|threat|threats'], rewrites: [], message: LABEL, subjectTerm: /^terror/, softUnless: LEGAL_CONTEXT, unlessSentenceHas: [...DESIGNATED_GROUPS, ...TERROR_REPORTED]},
  {kind: 'label', patterns: ['terrorist'], partOfSpeech: 'ADJ', rewrites: ['militant'], message: LABEL, subjectTerm: /^terror/, softUnless: [...LEGAL_CONTEXT, ...ATTACK_REPORTED], unlessSentenceHas: DESIGNATED_GROUPS, unlessAfter: ['attack', 'attacks', 'bombing', 'bombings', 'plot', 'plots', 'incident', 'incidents', 'act', 'acts', 'threat', 'threats']},
  {kind: 'label', patterns: ['extremists', 'extremist'], message: LABEL, subjectTerm: /^extremis/, softUnless: LEGAL_CONTEXT, unlessSentenceHas: DESIGNATED_GROUPS},
  {kind: 'label', patterns: ['radicals'], partOfSpeech: 'NOUN', message: LABEL, subjectTerm: /^radical/, softUnless: LEGAL_CONTEXT},
  {kind: 'label', patterns: ['fanatics', 'fanatic', 'zealots', 'zealot'], message: LABEL, softUnless: LEGAL_CONTEXT},
  {kind: 'label', patterns: ['cult'], partOfSpeech: 'NOUN', rewrites: ['group', 'movement'], skipProperNoun: true, subjectTerm: /^cults?$/, unlessAfter: ['classic', 'classics', 'following', 'film', 'films', 'hit', 'status', 'favourite', 'favorite', 'leader', 'of'], unlessBefore: ['personality', 'cargo']},
  {kind: 'label', patterns: ['cults'], partOfSpeech: 'NOUN', rewrites: ['groups', 'movements'], skipProperNoun: true, subjectTerm: /^cults?$/},

  // Puffery: praise the writer gives rather than reports. "Extraordinary" and "incredible" are the words of
  // weather and disaster copy for a measured extreme: weaker evidence there.
  {kind: 'puffery', patterns: ['extraordinary', 'incredible'], partOfSpeech: 'ADJ', message: PUFFERY, rewrites: [''], skipProperNoun: true, softUnless: DISASTER_CONTEXT},
  {
    kind: 'puffery',
    patterns: ['legendary', 'iconic', 'visionary', 'world-class', 'world-renowned', 'world-famous', 'renowned', 'pioneering', 'groundbreaking', 'ground-breaking', 'trailblazing', 'critically acclaimed', 'acclaimed', '<award-winning>', 'prestigious', 'illustrious', 'celebrated', 'storied', 'famed', 'influential', 'brilliant', 'remarkable', 'outstanding', 'exceptional', 'phenomenal', 'spectacular', 'stunning', 'magnificent', 'breathtaking', 'beloved', 'revered', 'esteemed', 'eminent', 'game-changing', 'cutting-edge', 'state-of-the-art', 'best-in-class', 'unrivaled', 'unrivalled', 'unparalleled', 'top-notch', 'first-class', 'superb', 'amazing', 'awesome', 'fantastic', 'wonderful', 'terrific', 'masterful', 'heroic', 'fabled'],
    partOfSpeech: 'ADJ',
    message: PUFFERY,
    rewrites: [''],
    skipProperNoun: true
  },
  // "The most prolific donors", "the league's most prolific scorer": a ranking by count, which the record measures.
  {kind: 'puffery', patterns: ['prolific'], partOfSpeech: 'ADJ', message: PUFFERY, rewrites: [''], skipProperNoun: true, unlessBefore: ['most', 'more', 'less', 'least']},
  {kind: 'puffery', patterns: ['genius'], partOfSpeech: ['NOUN', 'ADJ'], message: PUFFERY, skipProperNoun: true},
  // A ranking in the writer's voice. Each word of a pattern is one step ("best|finest" are alternatives for one word),
  // so "the most" and its adjective are steps of their own. "One of the best ways to…", "one of the best years for exports"
  // measure rather than praise; "one of the most important" is as often the stakes of a story as praise, so it shows at `thorough`.
  {kind: 'puffery', patterns: ['one of the best|finest|greatest'], rewrites: ['one of the'], message: PUFFERY, unlessBefore: RANKED_BY, unlessAfter: ['known', 'way', 'ways', 'chance', 'chances', 'hope', 'hopes', 'example', 'examples', 'predictor', 'predictors', 'indicator', 'indicators', 'measure', 'measures', 'source', 'sources', 'years', 'days', 'months', 'weeks', 'seasons', 'quarters', 'deals', 'buys', 'values']},
  {kind: 'puffery', patterns: ['one of the most celebrated|acclaimed|prestigious|renowned|respected|revered|admired|beloved|gifted|talented|brilliant|iconic|famous|successful|accomplished|distinguished|legendary'], rewrites: ['one of the'], message: PUFFERY, unlessBefore: RANKED_BY},
  {kind: 'puffery', patterns: ['one of the most important|influential|significant|prominent|notable'], rewrites: ['one of the'], message: PUFFERY, unlessBefore: RANKED_BY, confidence: 0.45},
  // A name for greatness the writer confers: "one of the greats", "such greats as…" ("jazz greats" and "NBA greats" are sports and arts copy's plain word).
  {kind: 'puffery', patterns: ['one|among of? the greats', 'such greats as'], message: PUFFERY},
  {kind: 'puffery', patterns: ['hugely|highly|extremely|wildly|enormously|very successful', 'successful'], partOfSpeech: 'ADJ', rewrites: [''], message: PUFFERY, unlessBefore: ['was', 'were', 'is', 'are', 'been', 'be', 'proved', 'prove', 'proves', 'not', 'less', 'more', 'most', 'least']},
  // Status words: praise before a noun ("the famous chef"); after "made him" or "became" they report an outcome.
  {kind: 'puffery', patterns: ['famous', 'best-known'], partOfSpeech: 'ADJ', rewrites: [''], message: '“{actual}” is the writer’s judgement (puffery); show what earns it, or attribute it.', skipProperNoun: true, beforePartOfSpeech: ['NOUN', 'ADJ'], unlessBefore: ['urban', 'map', 'chart', 'the', 'a', 'most', 'more', 'less', 'least', 'not']},
  // "popular" of the people ("the popular vote", "popular culture", "a popular uprising") is no praise.
  {kind: 'puffery', patterns: ['popular'], partOfSpeech: 'ADJ', rewrites: [''], message: '“{actual}” is the writer’s judgement (puffery); show what earns it, or attribute it.', skipProperNoun: true, beforePartOfSpeech: ['NOUN', 'ADJ'], unlessBefore: ['most', 'more', 'less', 'least', 'not'], unlessAfter: OF_THE_PEOPLE},
  {kind: 'puffery', patterns: ['talented', 'gifted', 'elegant', 'beautiful', 'delicious', 'lovely', 'charming', 'picturesque', 'bizarre', 'zany', 'clever', 'statesmanlike'], partOfSpeech: 'ADJ', rewrites: [''], message: '“{actual}” is the writer’s judgement (puffery or its opposite); show what earns it, or attribute it.', skipProperNoun: true, unlessBefore: ['urban', 'map', 'chart'], unlessAfter: ['for', 'of', 'says', 'has', 'had', 'is', 'was']},
  {kind: 'puffery', patterns: ['famously', 'beautifully', 'cleverly'], partOfSpeech: 'ADV', rewrites: [''], message: '“{actual}” is the writer’s judgement (puffery or its opposite); show what earns it, or attribute it.'},
  {kind: 'puffery', patterns: ['visionaries', 'legend', 'legends'], partOfSpeech: 'NOUN', message: PUFFERY, skipProperNoun: true, unlessBefore: ['urban', 'map', 'chart'], unlessAfter: ['for', 'of', 'says', 'has', 'had', 'is', 'was']},
  {kind: 'puffery', patterns: ['masterpiece'], rewrites: ['work'], message: PUFFERY},
  {kind: 'puffery', patterns: ['masterpieces'], rewrites: ['works'], message: PUFFERY},
  {kind: 'puffery', patterns: ['game changer', 'game-changer'], rewrites: ['significant change'], message: PUFFERY},
  {kind: 'puffery', patterns: ['guru', 'luminary', 'mastermind'], partOfSpeech: 'NOUN', rewrites: ['expert', 'figure']},
  {kind: 'puffery', patterns: ['gurus', 'luminaries'], partOfSpeech: 'NOUN', rewrites: ['experts', 'figures']},

  // Doubt markers: they tell the reader to disbelieve without saying why. A hedge that marks
  // someone else's claim, or that the law needs, is not one; and none is offered for deletion.
  // "The so-called Islamic State" is the distance many newsrooms keep from a group's own name for itself, not a sneer.
  {kind: 'doubt', patterns: ['so-called', 'so called', 'self-proclaimed', 'self-styled'], message: DOUBT, unlessAttributed: true, unlessAfter: ['islamic']},
  {kind: 'doubt', patterns: ['supposed', 'purported'], message: DOUBT, unlessAfter: ['to'], unlessAttributed: true, unlessSentenceHas: HEDGE_CONTEXT},
  // Before an adjective these sneer at a quality ("supposedly democratic"); before a verb "allegedly" reports an accusation.
  {kind: 'doubt', patterns: ['supposedly', 'purportedly', 'ostensibly', 'allegedly'], beforePartOfSpeech: ['ADJ'], message: DOUBT, unlessAttributed: true, unlessSentenceHas: HEDGE_CONTEXT},
  {kind: 'doubt', patterns: ['alleged'], message: '“{actual}” casts doubt; outside a legal case, say who alleges it (“according to [source]”). Deleting it would assert the claim.', unlessAfter: ['to', 'that', 'by'], unlessSentenceHas: WRONGDOING, unlessNearby: LEGAL_PROCESS},

  // Words of praise or contempt that only an opinion can supply.
  {
    kind: 'emotive',
    patterns: [
      'excellent', 'impressive', 'memorable', 'splendid', 'glorious', 'marvelous', 'marvellous', 'fabulous', 'admirable', 'praiseworthy',
      'commendable', 'laudable', 'exemplary', 'inspiring', 'inspirational', 'masterly', 'impeccable', 'flawless', 'stellar', 'dazzling',
      'gorgeous', 'exquisite', 'sublime', 'enchanting', 'delightful', 'respectable', 'noble', 'courageous', 'brave', 'valiant', 'fearless',
      'selfless', 'tireless', 'epic', 'timeless', 'unforgettable', 'thriving', 'flourishing', 'booming', 'prosperous',
      'vibrant', 'awful', 'terrible', 'horrible', 'dreadful', 'abysmal', 'pathetic', 'miserable', 'lousy', 'mediocre', 'shoddy', 'sloppy',
      'disjointed', 'incoherent', 'clumsy', 'bungled', 'botched', 'ridiculous', 'absurd', 'ludicrous', 'laughable', 'preposterous',
      'outlandish', 'weird', 'overrated', 'pretentious', 'pompous', 'arrogant', 'smug', 'condescending', 'self-serving', 'deceptive',
      'sneaky', 'crooked', 'dubious', 'questionable', 'divisive', 'inflammatory',
      'desperate', 'frantic', 'hysterical', 'paranoid', 'delusional', 'idiotic', 'moronic', 'foolish',
      'senseless', 'pointless', 'useless', 'worthless', 'meaningless', 'corrosive', 'exploitative', 'callous', 'heartless', 'cruel',
      'oppressive', 'tyrannical', 'dictatorial', 'blatant', 'flagrant', 'brazen',
      'flamboyant', 'incongruous', 'respected', 'highly respected', 'internationally recognized'
    ],
    partOfSpeech: 'ADJ',
    rewrites: [''],
    message: JUDGEMENT,
    skipProperNoun: true,
    unlessBefore: ['most', 'more', 'less', 'least', 'not'],
    unlessAfter: ['vote', 'votes', 'front', 'music', 'culture', 'support', 'sovereignty', 'uprising', 'party', 'demand', 'science', 'mechanics'],
    unlessModifies: RATING_NOUNS
  },
  {kind: 'emotive-adverb', patterns: ['tirelessly', 'desperately', 'frantically', 'blatantly', 'flagrantly', 'shamelessly', 'brazenly', 'hysterically', 'pathetically', 'ridiculously', 'absurdly', 'cruelly'], partOfSpeech: 'ADV', rewrites: [''], message: JUDGEMENT},
  {kind: 'judging-verb', patterns: ['bungled', 'botched'], partOfSpeech: 'VERB', rewrites: ['mishandled'], message: JUDGEMENT},
  {kind: 'puffery', patterns: ['powerhouse'], partOfSpeech: 'NOUN', rewrites: ['major force'], message: JUDGEMENT, skipProperNoun: true},

  // Intensifiers that add the writer's emphasis to a description.
  // "Extremely rare", "extremely low": a degree of frequency or size that a figure can bear, as a doctor or a forecaster says it.
  {kind: 'mild-intensifier', patterns: ['extremely', 'incredibly', 'exceptionally', 'tremendously', 'immensely', 'enormously', 'amazingly', 'unbelievably', 'insanely'], partOfSpeech: 'ADV', rewrites: [''], message: '“{actual}” adds the writer’s emphasis; cut it, or give the figure that shows the degree.', unlessAfter: MEASURES},

  // Labels that condemn: attribute them to someone who uses them.
  {kind: 'label', patterns: ['racist', 'racists', 'bigoted', 'bigot', 'bigots', 'xenophobic'], message: '“{actual}” is a contentious label in the writer’s voice; describe what happened, or attribute the label.', unlessSentenceHas: SELF_DECLARED, softUnless: LEGAL_CONTEXT},
  {kind: 'label', patterns: ['fascist', 'fascists', 'homophobic', 'misogynist', 'misogynistic', 'treasonous', 'traitor', 'traitors', 'genocidal', 'genocide', 'martyrs', 'martyr', 'martyrdom'], message: '“{actual}” is a contentious label in the writer’s voice; describe what happened, or attribute the label.', softUnless: LEGAL_CONTEXT, subjectTerm: /^genocid/},
  {kind: 'label', patterns: ['terrorized', 'terrorised'], partOfSpeech: ['VERB', 'ADJ'], rewrites: ['threatened', 'frightened'], message: '“{actual}” is a contentious label in the writer’s voice; describe what happened, or attribute the label.', unlessSentenceHas: [...LEGAL_CONTEXT, ...ATTACK_CONTEXT]},
  {kind: 'emotive', patterns: ['heartbreaking', 'heart-wrenching', 'gut-wrenching', 'wrenching', 'tragic', 'harrowing', 'excessive', 'obscure', 'unfair'], partOfSpeech: 'ADJ', rewrites: [''], message: '“{actual}” is the writer’s judgement; describe what happened and let readers judge.', unlessBefore: ['was', 'were', 'is', 'are']},
  {kind: 'emotive-noun', patterns: ['infamy'], message: '“{actual}” is the writer’s judgement; describe what happened and let readers judge.'},
  {kind: 'judging-verb', patterns: ['christened'], partOfSpeech: 'VERB', rewrites: ['named'], message: '“{actual}” is the writer’s judgement; describe what happened and let readers judge.'},
  {kind: 'emotive-adverb', patterns: ['unfairly', 'unjustly', 'wrongly', 'rightly', 'rightfully', 'wisely', 'unwisely', 'foolishly', 'shamefully'], partOfSpeech: 'ADV', rewrites: [''], message: '“{actual}” is the writer’s judgement; describe what happened and let readers judge.', unlessBefore: ['was', 'were', 'is', 'are']},

  // Euphemisms.
  {kind: 'euphemism', patterns: ['his|her|their passing'], rewrites: ['{first} death'], message: '“{actual}” is a euphemism; news copy says “death”.'},
  {kind: 'euphemism', patterns: ['passed away'], rewrites: ['died'], message: '“{actual}” is a euphemism; news copy says “died”.'},
  // "passed on" is a death only where the clause ends or says when and how ("passed on in March"), not a bill
  // that "passed on Tuesday" or savings "passed on to customers".
  {kind: 'euphemism', patterns: ['passed on'], rewrites: ['died'], message: '“{actual}” is a euphemism; news copy says “died”.', onlyBefore: [',', 'in', 'at', 'after', 'peacefully', 'suddenly', 'quietly', 'surrounded', 'last', 'early', 'overnight']},
  {kind: 'euphemism', patterns: ['collateral damage'], rewrites: ['civilian casualties'], message: '“{actual}” is a euphemism; say who was harmed.'},
  {kind: 'euphemism', patterns: ['rightsizing', 'right-sizing', 'downsizing'], rewrites: ['job cuts'], message: '“{actual}” is a euphemism; say what happened.'},

  // Verbs of saying that judge the speaker. The ones that also take an object ("claimed the title") stay quiet before one.
  {kind: 'judging-saying', patterns: ['claimed'], partOfSpeech: 'VERB', rewrites: ['said'], message: `“{actual}” ${SAID}`, softUnless: DISPUTED, unlessBefore: BEFORE_PAST_SAYING, unlessAfter: OBJECT_WORDS, unlessObject: CLAIMED_OBJECTS, onlyWithClause: true, unlessSentenceHas: LAWSUIT_CONTEXT},
  // A poll or a study does not "say": it shows.
  {kind: 'judging-saying', patterns: ['revealed'], partOfSpeech: 'VERB', rewrites: ['said'], rewritesWhen: [{subject: FINDINGS, rewrites: ['showed']}], message: `“{actual}” ${SAID}`, unlessBefore: BEFORE_PAST_SAYING, unlessAfter: OBJECT_WORDS, onlyWithClause: true},
  // "Concede" judges a statement ("conceded that the plan failed"); conceding a race, a vote or a case is its literal sense.
  {kind: 'judging-saying', patterns: ['conceded'], partOfSpeech: 'VERB', rewrites: ['said'], message: `“{actual}” ${SAID}`, unlessBefore: BEFORE_PAST_SAYING, unlessAfter: ['of', 'about', 'to', 'into', 'at', 'under', 'up', 'off', 'back'], unlessObject: CONCEDED_OBJECTS, unlessSentenceHas: CONTEST_CONTEXT},
  // "Insisted" is the accurate verb where someone maintains a point against doubt, which is most of the
  // time it is written in news ("aides insist the race is close", "she insisted she had not been told"):
  // weak evidence of a judgement, shown at `thorough` only.
  {kind: 'judging-saying', confidence: 0.4, patterns: ['insisted'], partOfSpeech: 'VERB', rewrites: ['said'], message: `“{actual}” ${SAID}`, unlessBefore: BEFORE_PAST_SAYING, unlessAfter: ['of', 'about', 'to', 'into', 'at', 'under', 'up', 'off', 'back', 'on', 'upon']},
  {kind: 'judging-saying', confidence: 0.4, patterns: ['insists'], partOfSpeech: 'VERB', rewrites: ['says'], message: `“{actual}” ${SAID}`, unlessBefore: BEFORE_PRESENT_SAYING, unlessAfter: ['of', 'about', 'to', 'into', 'at', 'under', 'up', 'off', 'back', 'on', 'upon']},
  {kind: 'judging-saying', confidence: 0.4, patterns: ['insist'], partOfSpeech: 'VERB', rewrites: ['say'], message: `“{actual}” ${SAID}`, unlessAfter: ['of', 'about', 'to', 'into', 'at', 'under', 'up', 'off', 'back', 'on', 'upon']},
  {kind: 'judging-saying', patterns: ['confessed', 'boasted', 'bragged', 'lamented', 'griped', 'groused', 'gushed', 'ranted', 'fumed', 'retorted'], partOfSpeech: 'VERB', rewrites: ['said'], message: `“{actual}” ${SAID}`, unlessBefore: BEFORE_PAST_SAYING, unlessAfter: ['of', 'about', 'to', 'into', 'at', 'under', 'up', 'off', 'back', 'on']},
  // A comedian or a host "quipped": the joke is their trade, not a verdict that the speaker was flippant.
  {kind: 'judging-saying', patterns: ['quipped'], partOfSpeech: 'VERB', rewrites: ['said'], message: `“{actual}” ${SAID}`, unlessBefore: BEFORE_PAST_SAYING, unlessAfter: ['of', 'about', 'to', 'into', 'at', 'under', 'up', 'off', 'back', 'on'], unlessNearby: COMEDY_CONTEXT},
  // A patient "complained he could not walk" reports symptoms, not a grievance.
  {kind: 'judging-saying', patterns: ['complained'], partOfSpeech: 'VERB', rewrites: ['said'], message: `“{actual}” ${SAID}`, unlessBefore: BEFORE_PAST_SAYING, unlessAfter: ['of', 'about', 'to', 'into', 'at', 'under', 'up', 'off', 'back', 'on'], unlessSentenceHas: SYMPTOMS},
  {kind: 'judging-saying', patterns: ['admitted'], partOfSpeech: 'VERB', rewrites: ['said'], message: `“{actual}” ${SAID}`, unlessBefore: BEFORE_PAST_SAYING, unlessAfter: [...OBJECT_WORDS, 'into', 'as'], onlyWithClause: true, unlessSentenceHas: ADMITTED_PEOPLE},
  {kind: 'judging-saying', patterns: ['claims'], partOfSpeech: 'VERB', rewrites: ['says'], message: `“{actual}” ${SAID}`, softUnless: DISPUTED, unlessBefore: BEFORE_PRESENT_SAYING, unlessAfter: OBJECT_WORDS, unlessObject: CLAIMED_OBJECTS, onlyWithClause: true, unlessSentenceHas: LAWSUIT_CONTEXT},
  {kind: 'judging-saying', patterns: ['admits'], partOfSpeech: 'VERB', rewrites: ['says'], message: `“{actual}” ${SAID}`, unlessBefore: BEFORE_PRESENT_SAYING, unlessAfter: OBJECT_WORDS, onlyWithClause: true, unlessSentenceHas: [...LAWSUIT_CONTEXT, ...ADMITTED_PEOPLE]},
  {kind: 'judging-saying', patterns: ['reveals'], partOfSpeech: 'VERB', rewrites: ['says'], rewritesWhen: [{subject: FINDINGS, rewrites: ['shows']}], message: `“{actual}” ${SAID}`, unlessBefore: BEFORE_PRESENT_SAYING, unlessAfter: OBJECT_WORDS, onlyWithClause: true},
  {kind: 'judging-saying', patterns: ['concedes'], partOfSpeech: 'VERB', rewrites: ['says'], message: `“{actual}” ${SAID}`, unlessBefore: BEFORE_PRESENT_SAYING, unlessAfter: ['of', 'about', 'to', 'into', 'at', 'under', 'up', 'off', 'back'], unlessObject: CONCEDED_OBJECTS, unlessSentenceHas: CONTEST_CONTEXT},
  {kind: 'judging-saying', patterns: ['complains'], partOfSpeech: 'VERB', rewrites: ['says'], message: `“{actual}” ${SAID}`, unlessBefore: BEFORE_PRESENT_SAYING, unlessAfter: ['of', 'about', 'to', 'into', 'at', 'under', 'up', 'off', 'back', 'on'], unlessSentenceHas: SYMPTOMS},
  {kind: 'judging-saying', patterns: ['confesses', 'boasts', 'brags', 'laments', 'gripes', 'gushes', 'rants', 'fumes', 'retorts'], partOfSpeech: 'VERB', rewrites: ['says'], message: `“{actual}” ${SAID}`, unlessBefore: BEFORE_PRESENT_SAYING, unlessAfter: ['of', 'about', 'to', 'into', 'at', 'under', 'up', 'off', 'back', 'on']},
  {kind: 'judging-saying', patterns: ['quips'], partOfSpeech: 'VERB', rewrites: ['says'], message: `“{actual}” ${SAID}`, unlessBefore: BEFORE_PRESENT_SAYING, unlessAfter: ['of', 'about', 'to', 'into', 'at', 'under', 'up', 'off', 'back', 'on'], unlessNearby: COMEDY_CONTEXT},
  {kind: 'judging-saying', patterns: ['claim'], partOfSpeech: 'VERB', rewrites: ['say'], message: `“{actual}” ${SAID}`, softUnless: DISPUTED, unlessBefore: ['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'no', 'any', 'this', 'that', 'false'], unlessAfter: OBJECT_WORDS, onlyWithClause: true},
  {kind: 'judging-saying', patterns: ['admit', 'reveal'], partOfSpeech: 'VERB', rewrites: ['say'], rewritesWhen: [{subject: FINDINGS, rewrites: ['show']}], message: `“{actual}” ${SAID}`, unlessBefore: ['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'no', 'any', 'this', 'that', 'false'], unlessAfter: OBJECT_WORDS, onlyWithClause: true},
  {kind: 'judging-saying', patterns: ['concede'], partOfSpeech: 'VERB', rewrites: ['say'], message: `“{actual}” ${SAID}`, unlessAfter: ['of', 'about', 'to', 'into', 'at', 'under', 'up', 'off', 'back'], unlessObject: CONCEDED_OBJECTS, unlessSentenceHas: CONTEST_CONTEXT, onlyWithClause: true},
  {kind: 'judging-saying', patterns: ['confess', 'boast', 'brag', 'gripe', 'gush', 'rant'], partOfSpeech: 'VERB', rewrites: ['say'], message: `“{actual}” ${SAID}`, unlessAfter: ['of', 'about', 'to', 'into', 'at', 'under', 'up', 'off', 'back', 'on']},
  {kind: 'emotive-noun', patterns: ['gripes', 'rants', 'tirades', 'whining', 'bleating'], partOfSpeech: 'NOUN', rewrites: ['complaints'], message: '“{actual}” belittles what the speaker said; “complaints” or “criticism” reports it.'},
  {kind: 'emotive-noun', patterns: ['gripe', 'rant', 'tirade'], partOfSpeech: 'NOUN', rewrites: ['complaint'], message: '“{actual}” belittles what the speaker said; “complaint” or “criticism” reports it.'},
  // Declining to answer is a choice; "refused" suggests defiance of a duty to answer (news style: "declined to comment").
  // Only before a verb of answering: "refused to leave", "refused to be drafted", "refused to pay" are what happened.
  {kind: 'judging-saying', patterns: ['refused to comment|answer|respond|reply|address|discuss|elaborate|disclose|specify|explain|say|confirm|speak'], rewrites: ['declined to {last}'], message: REFUSED, confidence: 0.5},
  {kind: 'judging-saying', patterns: ['refuses to comment|answer|respond|reply|address|discuss|elaborate|disclose|specify|explain|say|confirm|speak'], rewrites: ['declines to {last}'], message: REFUSED, confidence: 0.5},
  {kind: 'judging-saying', patterns: ['refusing to comment|answer|respond|reply|address|discuss|elaborate|disclose|specify|explain|say|confirm|speak'], rewrites: ['declining to {last}'], message: REFUSED, confidence: 0.5},
  {kind: 'judging-saying', patterns: ['refuse to comment|answer|respond|reply|address|discuss|elaborate|disclose|specify|explain|say|confirm|speak'], rewrites: ['decline to {last}'], message: REFUSED, confidence: 0.5},
  // The writer's comment on a name: "the aptly named Paradise Road", "an album appropriately titled Born Again".
  {kind: 'emotive-adverb', patterns: ['appropriately|aptly|fittingly|tellingly|ironically|cheekily|wittily titled|named|entitled|dubbed|called|nicknamed'], rewrites: ['{last}'], message: '“{actual}” adds the writer’s comment on the name; give the name and let readers judge it.'},
  // "Pointing out that…" and "point out that…" present the view as fact, as "pointed out" does; "point out the exits" is literal.
  {kind: 'judging-saying', patterns: ['pointing out'], onlyBefore: ['that'], rewrites: ['saying'], message: '“{actual}” presents the speaker’s view as fact; “saying” reports it.'},
  {kind: 'judging-saying', patterns: ['point out'], onlyBefore: ['that'], unlessBefore: ['to'], rewrites: ['say'], message: '“{actual}” presents the speaker’s view as fact; “say” reports it.'},
  // With a noun for object, "pointed out a number of owners" is to show or to name, not a view given as fact.
  {kind: 'judging-saying', patterns: ['points out'], rewrites: ['says'], message: '“{actual}” presents the speaker’s view as fact; “says” reports it.', onlyWithClause: true},
  {kind: 'judging-saying', patterns: ['pointed out'], rewrites: ['said'], message: '“{actual}” presents the speaker’s view as fact; “said” reports it.', onlyWithClause: true}
]

/** Every entry also stays quiet inside words reported from someone else: the speaker chose them, not the writer. */
export const LOADED_LANGUAGE: readonly LoadedEntry[] = ENTRIES.map((entry) => ({unlessReported: true, ...entry}))

/** Word classes the patterns above use. */
export const LOADED_LANGUAGE_CLASSES = {
  /** "altruistic-sounding", "noble-sounding": a description that hints it is false. */
  sounding: (word: string) => /^[a-z]+-sounding$/.test(word),
  /** "award-winning", "emmy award-winning", "prize-winning". */
  'award-winning': (word: string) => /(^|-)(award|prize)-winning$/.test(word)
}
