import type {LexiconEntry} from '../rule-kit/lexicon-rule'

/** Words that put the next word in a courtroom or police report, where "alleged" and "murdered" are the right words. */
const LEGAL_CONTEXT = [
  'court', 'courts', 'charged', 'charges', 'trial', 'jury', 'judge', 'prosecutor', 'prosecutors', 'police', 'suspect',
  'suspects', 'lawsuit', 'indictment', 'indicted', 'convicted', 'guilty', 'sentenced', 'arrested', 'accused', 'defendant',
  'plaintiff', 'complaint', 'investigators', 'allegations', 'fraud', 'crime', 'crimes', 'murder', 'manslaughter', 'attorney'
]

/** Words that make "casualty", "carnage" or "battle" literal: a war, an attack, an accident. */
const VIOLENCE_CONTEXT = [
  'killed', 'injured', 'wounded', 'dead', 'deaths', 'died', 'war', 'attack', 'attacks', 'bombing', 'shelling', 'crash',
  'accident', 'soldiers', 'troops', 'hospital', 'fire', 'earthquake', 'storm', 'flood', 'military', 'civilians', 'army'
]

/** Words after which a verb of saying is a passive or a noun, not a judgement of a speaker. */
const BEFORE_PAST_SAYING = ['was', 'were', 'been', 'be', 'is', 'are', 'being', 'not', 'and', 'often', 'widely', 'commonly']
const BEFORE_PRESENT_SAYING = ['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'these', 'those', 'such', 'of', 'insurance', 'benefit', 'benefits', 'any', 'no', 'false', 'many', 'some', 'legal', 'territorial', 'pay', 'and']

/** Objects that make "claimed", "revealed" or "admitted" literal: "claimed the title", "revealed a plan". */
const OBJECTS = ['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'victory', 'responsibility', 'credit', 'asylum', 'ownership', 'lives', 'life', 'title', 'titles', 'seat', 'seats', 'prize', 'award', 'medal', 'land', 'territory', 'damages', 'compensation', 'benefits', 'refund', 'him', 'them', 'me', 'it', 'us', 'of', 'about', 'plans', 'details', 'new', 'two', 'three']

const SAID = 'judges what the speaker said; “said” reports it and lets the reader judge.'

/**
 * Loaded words in the writer's own voice, each with the neutral wording an
 * editor would use. Curated for news and opinion copy: a word is here when it
 * judges rather than describes in the sense the context gives.
 */
export const LOADED_LANGUAGE: readonly LexiconEntry[] = [
  // Power and conquest metaphors for ordinary business.
  {
    patterns: ['empire', 'empires'],
    rewrites: ['business', 'operations'],
    skipProperNoun: true,
    unlessBefore: ['roman', 'british', 'ottoman', 'mughal', 'byzantine', 'persian', 'holy', 'mongol', 'inca', 'aztec', 'spanish', 'russian', 'japanese', 'german', 'french', 'habsburg', 'galactic', 'chinese', 'han', 'qing', 'mali', 'songhai', 'zulu', 'assyrian', 'babylonian', 'colonial', 'former', 'ancient']
  },
  {patterns: ['grip', 'stranglehold', 'chokehold', 'iron grip', 'iron fist'], rewrites: ['control', 'influence'], unlessSentenceHas: ['wheel', 'handle', 'steering', 'racket', 'bat', 'club', 'tyres', 'tires', 'rope', 'fingers', 'hand', 'hands']},
  {patterns: ['titans', 'titan', 'behemoths', 'behemoth', 'juggernaut', 'juggernauts', 'colossus'], rewrites: ['largest companies'], skipProperNoun: true},
  {patterns: ['fiefdom', 'fiefdoms'], rewrites: ['area of control']},
  {patterns: ['overlords', 'overlord'], rewrites: ['owners']},
  {patterns: ['robber barons', 'robber baron'], rewrites: ['business leaders']},
  {patterns: ['fat cats', 'fat cat'], rewrites: ['executives']},
  {patterns: ['power grab'], rewrites: ['attempt to gain control']},
  {patterns: ['land grab'], rewrites: ['expansion']},
  {patterns: ['war chest'], rewrites: ['funds']},
  {patterns: ['cash cow'], rewrites: ['profitable business']},
  {patterns: ['gravy train'], rewrites: ['source of income']},
  {patterns: ['arms race'], rewrites: ['competition'], unlessSentenceHas: ['nuclear', 'missiles', 'weapons', 'military', 'warheads']},
  {patterns: ['crusade', 'crusades'], rewrites: ['campaign'], skipProperNoun: true},
  {patterns: ['witch hunt', 'witch-hunt'], rewrites: ['investigation']},
  {patterns: ['bloodbath', 'carnage'], rewrites: ['heavy losses'], unlessSentenceHas: VIOLENCE_CONTEXT},
  {patterns: ['casualty', 'casualties'], rewrites: ['loss'], message: '“{actual}” borrows the language of war for a business outcome; say what was lost.', unlessSentenceHas: VIOLENCE_CONTEXT},
  {patterns: ['debacle', 'fiasco', 'fiascos', 'debacles'], rewrites: ['failure']},
  {patterns: ['frenzy', 'mania', 'gold rush'], rewrites: ['rush'], unlessBefore: ['feeding']},
  {patterns: ['hype', 'hyped', 'overhyped', 'over-hyped'], rewrites: ['attention', 'publicity']},
  {patterns: ['much-touted', 'much-vaunted', 'much-hyped', 'vaunted', 'much touted', 'much vaunted', 'much-ballyhooed'], rewrites: ['', 'widely reported']},
  {patterns: ['relentless', 'relentlessly', 'ruthless', 'ruthlessly'], rewrites: ['', 'sustained']},
  {patterns: ['astronomically', 'staggeringly', 'obscenely', 'insanely', 'ridiculously', 'absurdly', 'outrageously'], rewrites: ['', 'very'], message: '“{actual}” exaggerates; give the figure instead.'},
  {patterns: ['astronomical', 'staggering', 'whopping', 'eye-watering', 'jaw-dropping', 'mind-boggling', 'obscene', 'exorbitant'], rewrites: ['', 'large'], message: '“{actual}” exaggerates; give the figure instead.'},
  {patterns: ['utopian', 'pie in the sky', 'pie-in-the-sky', 'pipe dream', 'fantasy'], rewrites: ['unlikely'], unlessAfter: ['novel', 'novels', 'fiction', 'football', 'league', 'film', 'films', 'series', 'game', 'games', 'genre', 'writer', 'writers', 'author']},
  {patterns: ['shrewd', 'shrewdly', 'cunning', 'crafty', 'wily', 'scheming'], rewrites: ['calculated', '']},
  {patterns: ['<sounding>'], message: '“{actual}” hints that the claim is hollow without saying why; describe it plainly or show the gap.'},
  {patterns: ['skyrocketing', 'skyrocketed', 'skyrocket', 'skyrockets', 'spiralling', 'spiraling'], rewrites: ['rising sharply'], message: '“{actual}” dramatizes a change; give the figures.'},
  {patterns: ['ploy', 'ploys', 'stunt', 'stunts', 'gambit'], rewrites: ['move'], unlessBefore: ['opening', 'queen’s', "queen's", 'king’s', "king's"], unlessSentenceHas: ['chess', 'stuntman', 'stuntwoman', 'film', 'movie']},
  {patterns: ['propaganda'], rewrites: ['messaging', 'publicity']},
  {patterns: ['regime', 'regimes'], rewrites: ['government', 'administration'], unlessBefore: ['tax', 'training', 'exercise', 'sanctions', 'treatment', 'dietary', 'drug', 'medication', 'trade', 'visa', 'regulatory', 'legal', 'fiscal', 'monetary', 'pricing', 'inspection', 'testing', 'licensing', 'rules-based', 'flow', 'climate', 'control', 'export', 'customs', 'data', 'privacy', 'compliance', 'reporting', 'accounting', 'insolvency', 'tariff']},
  {patterns: ['cronies', 'crony', 'henchmen', 'henchman', 'minions', 'lackeys', 'lackey', 'stooges', 'stooge', 'puppet', 'puppets'], rewrites: ['associates', 'allies']},
  {patterns: ['mouthpiece', 'mouthpieces', 'shill', 'shills'], rewrites: ['spokesperson', 'promoter']},
  {patterns: ['cabal', 'cabals', 'clique', 'cliques'], rewrites: ['group']},
  {patterns: ['hordes', 'horde', 'swarms of', 'flood of', 'influx of', 'invasion of'], rewrites: ['large numbers', 'arrival of'], onlyBefore: ['of', 'migrants', 'immigrants', 'refugees', 'tourists', 'protesters', 'asylum', 'people', 'fans', 'foreigners'], unlessSentenceHas: ['locusts', 'bees', 'insects']},
  {patterns: ['thugs', 'thug', 'mob', 'mobs', 'rabble'], rewrites: ['crowd', 'group'], skipProperNoun: true, unlessBefore: ['flash']},
  {patterns: ['slammed', 'slams', 'slam', 'blasted', 'blasts', 'lambasted', 'lambasts', 'excoriated', 'savaged', 'trashed', 'lashed out at', 'ripped into', 'tore into', 'railed against'], rewrites: ['criticized'], unlessAfter: ['dunk', 'into', 'shut', 'on', 'off', 'away'], unlessSentenceHas: ['door', 'doors', 'brakes', 'explosion', 'explosive', 'bomb', 'rocket', 'hurricane', 'wind', 'winds', 'music', 'poetry', 'poem', 'wave', 'waves', 'car', 'truck', 'vehicle', 'grand']},

  // Emotive adjectives: in a reporter's voice the facts carry the feeling.
  {
    patterns: ['brutal', 'brutally', 'vicious', 'viciously', 'savage', 'savagely', 'horrific', 'horrifying', 'horrendous', 'appalling', 'atrocious', 'heinous', 'monstrous', 'barbaric', 'barbarous', 'despicable', 'disgraceful', 'shameful', 'outrageous', 'scandalous', 'egregious', 'abhorrent', 'deplorable', 'disgusting', 'vile', 'evil', 'grotesque', 'sickening', 'shocking', 'shockingly', 'dastardly', 'nefarious', 'sinister'],
    rewrites: ['']
  },
  {patterns: ['devastating', 'catastrophic', 'disastrous', 'crippling', 'cataclysmic', 'apocalyptic'], rewrites: ['severe', 'serious'], unlessSentenceHas: ['earthquake', 'hurricane', 'flood', 'floods', 'fire', 'wildfire', 'storm', 'tornado', 'tsunami', 'explosion', 'failure', 'injury', 'injuries']},
  {patterns: ['draconian', 'heavy-handed', 'jackbooted'], rewrites: ['strict']},
  {patterns: ['reckless', 'recklessly', 'cynical', 'cynically', 'greedy', 'hapless', 'feckless', 'inept', 'incompetent', 'clueless', 'shady', 'embattled', 'beleaguered', 'disgraced', 'hypocritical', 'deceitful', 'dishonest', 'spineless', 'cowardly'], rewrites: ['']},
  {patterns: ['notorious', 'notoriously', 'infamous', 'infamously'], rewrites: ['well-known', '']},
  {patterns: ['murdered', 'slaughtered', 'butchered'], rewrites: ['killed'], unlessSentenceHas: LEGAL_CONTEXT},
  {patterns: ['massacre', 'massacres', 'slaughter', 'bloodshed'], rewrites: ['killing', 'killings'], skipProperNoun: true, unlessSentenceHas: LEGAL_CONTEXT},
  {patterns: ['terrorists', 'terrorist', 'extremists', 'extremist', 'fanatics', 'fanatic', 'zealots', 'zealot', 'radicals'], rewrites: ['militants', 'attackers'], message: '“{actual}” is a contentious label; describe what the people did, or attribute the label.', unlessSentenceHas: LEGAL_CONTEXT},
  {patterns: ['cult', 'cults'], rewrites: ['group', 'movement'], skipProperNoun: true, unlessAfter: ['classic', 'classics', 'following', 'film', 'films', 'hit', 'status', 'favourite', 'favorite', 'leader', 'of'], unlessBefore: ['personality', 'cargo']},

  // Puffery: praise the writer gives rather than reports.
  {
    patterns: ['legendary', 'iconic', 'visionary', 'world-class', 'world-renowned', 'world-famous', 'renowned', 'pioneering', 'groundbreaking', 'ground-breaking', 'trailblazing', 'critically acclaimed', 'acclaimed', '<award-winning>', 'prestigious', 'illustrious', 'celebrated', 'storied', 'famed', 'influential', 'brilliant', 'remarkable', 'outstanding', 'extraordinary', 'exceptional', 'phenomenal', 'spectacular', 'stunning', 'magnificent', 'breathtaking', 'beloved', 'revered', 'esteemed', 'eminent', 'prolific', 'game-changing', 'revolutionary', 'cutting-edge', 'state-of-the-art', 'best-in-class', 'unrivaled', 'unrivalled', 'unparalleled', 'top-notch', 'first-class', 'superb', 'amazing', 'awesome', 'incredible', 'fantastic', 'wonderful', 'terrific', 'masterful', 'genius', 'heroic', 'fabled'],
    message: '“{actual}” is praise in the writer’s voice (puffery); show what earns it, or attribute it.',
    rewrites: [''],
    skipProperNoun: true
  },
  {patterns: ['one of the best|finest|greatest|most celebrated|most acclaimed|most influential|most important'], rewrites: ['one of the'], message: '“{actual}” is praise in the writer’s voice (puffery); show what earns it, or attribute it.'},
  {patterns: ['hugely|highly|extremely|wildly|enormously|very successful', 'successful'], rewrites: [''], message: '“{actual}” is praise in the writer’s voice (puffery); show what earns it, or attribute it.', unlessBefore: ['was', 'were', 'is', 'are', 'been', 'be', 'proved', 'prove', 'proves', 'not', 'less', 'more', 'most', 'least']},
  {patterns: ['famous', 'famously', 'best-known', 'talented', 'gifted', 'elegant', 'beautiful', 'beautifully', 'delicious', 'lovely', 'charming', 'picturesque', 'bizarre', 'zany', 'clever', 'visionaries', 'legend', 'legends', 'statesmanlike'], rewrites: [''], message: '“{actual}” is the writer’s judgement (puffery or its opposite); show what earns it, or attribute it.', skipProperNoun: true, unlessBefore: ['urban', 'map', 'chart', 'the', 'a'], unlessAfter: ['for', 'of', 'says', 'has', 'had', 'is', 'was']},
  {patterns: ['masterpiece', 'masterpieces'], rewrites: ['work'], message: '“{actual}” is praise in the writer’s voice (puffery); show what earns it, or attribute it.'},
  {patterns: ['game changer', 'game-changer'], rewrites: ['significant change'], message: '“{actual}” is praise in the writer’s voice (puffery); show what earns it, or attribute it.'},
  {patterns: ['guru', 'gurus', 'luminary', 'luminaries', 'mastermind'], rewrites: ['expert', 'figure']},

  // Doubt markers: they tell the reader to disbelieve without saying why.
  {patterns: ['so-called', 'so called', 'self-proclaimed', 'self-styled', 'would-be'], rewrites: [''], message: '“{actual}” signals doubt without saying why; drop it or say what is in dispute.'},
  {patterns: ['alleged', 'allegedly', 'supposed', 'purported'], rewrites: [''], message: '“{actual}” casts doubt; outside a legal case, say who disputes it and why.', unlessAfter: ['to'], unlessSentenceHas: LEGAL_CONTEXT},

  // Words of praise or contempt that only an opinion can supply.
  {
    patterns: [
      'excellent', 'impressive', 'memorable', 'splendid', 'glorious', 'marvelous', 'marvellous', 'fabulous', 'admirable', 'praiseworthy',
      'commendable', 'laudable', 'exemplary', 'inspiring', 'inspirational', 'masterly', 'impeccable', 'flawless', 'stellar', 'dazzling',
      'gorgeous', 'exquisite', 'sublime', 'enchanting', 'delightful', 'respectable', 'noble', 'courageous', 'brave', 'valiant', 'fearless',
      'selfless', 'tireless', 'tirelessly', 'epic', 'timeless', 'unforgettable', 'thriving', 'flourishing', 'booming', 'prosperous',
      'vibrant', 'awful', 'terrible', 'horrible', 'dreadful', 'abysmal', 'pathetic', 'miserable', 'lousy', 'mediocre', 'shoddy', 'sloppy',
      'disjointed', 'incoherent', 'clumsy', 'bungled', 'botched', 'ridiculous', 'absurd', 'ludicrous', 'laughable', 'preposterous',
      'outlandish', 'weird', 'overrated', 'pretentious', 'pompous', 'arrogant', 'smug', 'condescending', 'self-serving', 'deceptive',
      'sneaky', 'crooked', 'dubious', 'questionable', 'controversial', 'divisive', 'incendiary', 'inflammatory', 'discredited', 'debunked',
      'desperate', 'desperately', 'frantic', 'frantically', 'hysterical', 'paranoid', 'delusional', 'idiotic', 'moronic', 'foolish',
      'senseless', 'pointless', 'useless', 'worthless', 'meaningless', 'corrosive', 'exploitative', 'callous', 'heartless', 'cruel',
      'oppressive', 'tyrannical', 'dictatorial', 'blatant', 'blatantly', 'flagrant', 'flagrantly', 'shamelessly', 'brazen', 'brazenly',
      'flamboyant', 'incongruous', 'respected', 'highly respected', 'internationally recognized', 'popular', 'powerhouse'
    ],
    rewrites: [''],
    message: '“{actual}” is the writer’s judgement, not a fact; show what earns it, or attribute it.',
    skipProperNoun: true,
    unlessBefore: ['most', 'more', 'less', 'least', 'not'],
    unlessAfter: ['vote', 'votes', 'front', 'music', 'culture', 'support', 'sovereignty', 'uprising', 'party', 'demand', 'science', 'mechanics']
  },

  // Intensifiers that add the writer's emphasis to a description.
  {patterns: ['extremely', 'incredibly', 'exceptionally', 'tremendously', 'immensely', 'enormously', 'amazingly', 'unbelievably', 'insanely'], rewrites: [''], message: '“{actual}” adds the writer’s emphasis; cut it, or give the figure that shows the degree.'},

  // Labels that condemn: attribute them to someone who uses them.
  {patterns: ['xenophobic', 'fascist', 'fascists', 'racist', 'racists', 'bigoted', 'bigot', 'bigots', 'homophobic', 'misogynist', 'misogynistic', 'treasonous', 'traitor', 'traitors', 'genocidal', 'genocide', 'martyrs', 'martyr', 'martyrdom', 'terrorized', 'terrorised'], message: '“{actual}” is a contentious label in the writer’s voice; describe what happened, or attribute the label.', unlessSentenceHas: LEGAL_CONTEXT},
  {patterns: ['heartbreaking', 'heart-wrenching', 'gut-wrenching', 'wrenching', 'tragic', 'harrowing', 'excessive', 'obscure', 'infamy', 'christened', 'unfair', 'unfairly', 'unjustly', 'wrongly', 'rightly', 'rightfully', 'wisely', 'unwisely', 'foolishly', 'shamefully'], rewrites: [''], message: '“{actual}” is the writer’s judgement; describe what happened and let readers judge.', unlessBefore: ['was', 'were', 'is', 'are']},

  // Euphemisms.
  {patterns: ['his|her|their passing'], rewrites: ['{first} death'], message: '“{actual}” is a euphemism; news copy says “death”.'},
  {patterns: ['passed away', 'passed on'], rewrites: ['died'], message: '“{actual}” is a euphemism; news copy says “died”.'},
  {patterns: ['collateral damage'], rewrites: ['civilian casualties'], message: '“{actual}” is a euphemism; say who was harmed.'},
  {patterns: ['rightsizing', 'right-sizing', 'downsizing'], rewrites: ['job cuts'], message: '“{actual}” is a euphemism; say what happened.'},

  // Verbs of saying that judge the speaker. The ones that also take an object ("claimed the title") stay quiet before one.
  {patterns: ['claimed', 'revealed'], rewrites: ['said'], message: `“{actual}” ${SAID}`, unlessBefore: BEFORE_PAST_SAYING, unlessAfter: OBJECTS},
  {patterns: ['conceded', 'confessed', 'insisted', 'boasted', 'bragged', 'complained', 'lamented', 'griped', 'groused', 'gushed', 'ranted', 'whined', 'fumed', 'snapped', 'retorted', 'quipped'], rewrites: ['said'], message: `“{actual}” ${SAID}`, unlessBefore: BEFORE_PAST_SAYING, unlessAfter: ['of', 'about', 'to', 'into', 'at', 'under', 'up', 'off', 'back']},
  {patterns: ['admitted'], rewrites: ['said'], message: `“{actual}” ${SAID}`, unlessBefore: BEFORE_PAST_SAYING, unlessAfter: [...OBJECTS, 'to', 'into', 'as', 'in']},
  {patterns: ['claims', 'reveals', 'admits'], rewrites: ['says'], message: `“{actual}” ${SAID}`, unlessBefore: BEFORE_PRESENT_SAYING, unlessAfter: OBJECTS},
  {patterns: ['concedes', 'confesses', 'insists', 'boasts', 'brags', 'complains', 'laments', 'gripes', 'gushes', 'rants', 'whines', 'fumes', 'snaps', 'retorts', 'quips'], rewrites: ['says'], message: `“{actual}” ${SAID}`, unlessBefore: BEFORE_PRESENT_SAYING, unlessAfter: ['of', 'about', 'to', 'into', 'at', 'under', 'up', 'off', 'back']},
  {patterns: ['points out'], rewrites: ['says'], message: '“{actual}” presents the speaker’s view as fact; “says” reports it.'},
  {patterns: ['pointed out'], rewrites: ['said'], message: '“{actual}” presents the speaker’s view as fact; “said” reports it.'}
]

/** Word classes the patterns above use. */
export const LOADED_LANGUAGE_CLASSES = {
  /** "altruistic-sounding", "noble-sounding": a description that hints it is false. */
  sounding: (word: string) => /^[a-z]+-sounding$/.test(word),
  /** "award-winning", "emmy award-winning", "prize-winning". */
  'award-winning': (word: string) => /(^|-)(award|prize)-winning$/.test(word)
}
