import type {LexiconEntry} from '../rule-kit/lexicon-rule'

/** Sentence adverbs that tell the reader what to think of a fact: flagged when used as an aside. */
const ASIDES = [
  'notably', 'interestingly', 'importantly', 'significantly', 'remarkably', 'curiously', 'ironically', 'predictably',
  'unsurprisingly', 'surprisingly', 'tellingly', 'crucially', 'admittedly', 'frankly', 'honestly', 'naturally',
  'tellingly', 'alarmingly', 'worryingly', 'disturbingly', 'amazingly', 'mercifully', 'understandably', 'evidently',
  'hopefully', 'strikingly', 'revealingly', 'conveniently', 'fittingly', 'inexplicably', 'incredibly', 'astonishingly',
  'coincidentally', 'incidentally', 'unarguably', 'inarguably', 'indisputably', 'shockingly', 'hilariously', 'bizarrely',
  'oddly', 'shamefully', 'disgracefully', 'laughably', 'absurdly', 'blessedly', 'seriously', 'obviously', 'clearly',
  'oddly enough', 'strangely enough', 'funnily enough', 'curiously enough', 'interestingly enough', 'sure enough',
  'more importantly', 'most importantly', 'perhaps most importantly', 'most notably', 'more notably', 'more worryingly',
  'most worryingly', 'more troublingly', 'most troublingly', 'even more troubling', 'to be sure', 'to be fair', 'mind you',
  'no doubt', 'without a doubt', 'without doubt', 'after all', 'in fairness', 'quite frankly', 'quite simply', 'simply put',
  'put simply', 'to be honest', 'truth be told', 'for the record', 'believe it or not', 'make no mistake', "let's face it",
  'let us face it', 'face it', 'in my view', 'in my opinion', 'in my humble opinion', 'if you ask me', "for what it's worth",
  'of all things', 'of all people', 'in a word', 'god knows', 'heaven knows', 'lord knows', 'thank god', 'thank goodness',
  'thank heavens', 'you guessed it', 'you know', 'you see', 'needless to say', 'in essence'
]

/** Judging adjectives that turn "the point is" into the writer's verdict. */
const VERDICTS = [
  'sharpest', 'key', 'real', 'crucial', 'central', 'important', 'striking', 'telling', 'interesting', 'obvious', 'bigger',
  'larger', 'uncomfortable', 'inconvenient', 'simple', 'hard', 'sad', 'ugly', 'plain', 'deeper', 'unspoken', 'inescapable',
  'most', 'biggest', 'clearest', 'best', 'only', 'underlying', 'critical', 'essential', 'glaring', 'painful', 'bitter',
  'good', 'bad', 'great', 'worst', 'saddest', 'ironic', 'funny', 'strange', 'odd', 'brutal', 'honest'
]

/**
 * Nouns by which the writer passes a verdict on what was just said or done
 * ("That is a lie", "This is a disgrace", "It's a scandal", "that's nonsense").
 */
export const VERDICT_NOUNS: ReadonlySet<string> = new Set([
  'lie', 'lies', 'disgrace', 'scandal', 'outrage', 'travesty', 'farce', 'joke', 'sham', 'shame', 'fraud', 'hoax', 'insult',
  'nonsense', 'rubbish', 'garbage', 'absurdity', 'hypocrisy', 'smokescreen', 'whitewash', 'cover-up', 'coverup', 'charade',
  'mockery', 'embarrassment', 'abomination', 'atrocity', 'betrayal', 'folly', 'fiasco', 'debacle', 'scam', 'swindle', 'ruse',
  'stunt', 'ploy', 'distraction', 'falsehood', 'fabrication', 'fantasy', 'delusion', 'myth', 'canard', 'slander', 'smear',
  'witch-hunt', 'circus', 'mess', 'cop-out', 'copout', 'dodge', 'nightmare', 'masterstroke', 'no-brainer', 'godsend',
  'pity', 'red herring', 'fig leaf', 'pipe dream', 'dog and pony show', 'non-starter', 'nonstarter', 'con job', 'bait-and-switch'
])

/**
 * Adjectives by which the writer judges: after "it is" with a clause ("It is
 * amazing how…", "It is grimly hilarious to…"), after "how" or "what" in an
 * exclamation, or as the predicate of a short sentence ("The double standard
 * is glaring.").
 */
export const VERDICT_ADJECTIVES: ReadonlySet<string> = new Set([
  'amazing', 'astonishing', 'astounding', 'remarkable', 'incredible', 'unbelievable', 'sad', 'tragic', 'hilarious', 'funny',
  'ironic', 'telling', 'shameful', 'disgraceful', 'outrageous', 'absurd', 'ridiculous', 'laughable', 'pathetic', 'sickening',
  'appalling', 'shocking', 'stunning', 'staggering', 'striking', 'disturbing', 'troubling', 'alarming', 'worrying',
  'frightening', 'scary', 'depressing', 'heartbreaking', 'infuriating', 'maddening', 'galling', 'baffling', 'bizarre',
  'refreshing', 'encouraging', 'heartening', 'gratifying', 'fitting', 'convenient', 'rich', 'hypocritical', 'glaring',
  'obscene', 'grotesque', 'unconscionable', 'inexcusable', 'indefensible', 'preposterous', 'deplorable', 'despicable',
  'unforgivable', 'unacceptable', 'insane', 'crazy', 'stupid', 'idiotic', 'dishonest', 'breathtaking', 'mind-boggling',
  'mind-blowing', 'embarrassing', 'humiliating', 'pitiful', 'lamentable', 'regrettable', 'scandalous', 'nonsensical',
  'farcical', 'ludicrous', 'silly', 'foolish', 'wonderful', 'marvelous', 'marvellous', 'fantastic', 'terrific', 'awesome',
  'terrible', 'horrible', 'awful', 'dreadful', 'disgusting', 'revolting', 'shameless', 'unfortunate', 'fortunate', 'lucky',
  'a shame', 'a pity', 'no wonder', 'no surprise', 'small wonder', 'little wonder', 'hardly surprising', 'not surprising',
  'unsurprising', 'predictable', 'curious', 'odd', 'strange', 'interesting', 'noteworthy', 'worth noting', 'instructive',
  'revealing', 'grim', 'grimly', 'sobering', 'chilling'
])

/**
 * Adjectives that judge a person's character or worth: after "the most" as a
 * predicate they are the writer's verdict ("one of the most courageous sports
 * stars", "the most dishonest candidate"), not a measure ("the most populous").
 */
export const CHARACTER_ADJECTIVES: ReadonlySet<string> = new Set([
  'courageous', 'brave', 'heroic', 'honest', 'dishonest', 'corrupt', 'incompetent', 'reckless', 'shameless', 'cowardly',
  'admirable', 'inspiring', 'inspirational', 'despicable', 'vile', 'evil', 'dangerous', 'qualified', 'unqualified', 'unfit',
  'ignorant', 'arrogant', 'divisive', 'polarizing', 'polarising', 'toxic', 'deplorable', 'racist', 'sexist', 'bigoted',
  'hateful', 'overrated', 'underrated', 'talented', 'gifted', 'brilliant', 'principled', 'unprincipled', 'decent', 'cruel',
  'vicious', 'selfish', 'selfless', 'generous', 'hypocritical', 'contemptible', 'loathsome', 'odious', 'repugnant', 'inept',
  'feckless', 'spineless', 'gutless', 'visionary', 'consequential', 'destructive', 'disastrous', 'damaging', 'embarrassing',
  'shameful', 'disgraceful', 'unhinged', 'deranged', 'extreme', 'radical', 'partisan', 'trustworthy', 'untrustworthy',
  'deceitful', 'mendacious', 'petty', 'vindictive', 'thin-skinned', 'narcissistic', 'authoritarian', 'honorable',
  'honourable', 'noble', 'ethical', 'unethical', 'moral', 'immoral', 'important', 'influential', 'successful', 'effective',
  'ineffective', 'beloved', 'respected', 'hated', 'reviled', 'dishonorable', 'malicious', 'wicked', 'sinister', 'stupid'
])

/** Adjectives that make a pseudo-cleft the writer's ranking ("What is even more galling is…", "What's important here is…"). */
export const CLEFT_ADJECTIVES: ReadonlySet<string> = new Set([
  'important', 'worse', 'worst', 'better', 'best', 'inflammatory', 'notable', 'significant', 'crucial', 'key', 'galling',
  'striking', 'troubling', 'ironic', 'surprising', 'remarkable', 'odd', 'strange', 'curious', 'interesting', 'fascinating',
  'disturbing', 'concerning', 'alarming', 'telling', 'revealing', 'damning', 'egregious', 'offensive', 'outrageous',
  'shocking', 'sad', 'sadder', 'saddest', 'funny', 'funnier', 'funniest', 'amazing', 'astonishing', 'infuriating',
  'frustrating', 'maddening', 'baffling', 'puzzling', 'encouraging', 'heartening', 'depressing', 'scary', 'frightening'
])

/** Common words written in capitals for emphasis ("not funny under ANY circumstances"); not acronyms ("US", "IT", "WHO"). */
export const EMPHASIS_WORDS: ReadonlySet<string> = new Set([
  'any', 'all', 'not', 'never', 'every', 'none', 'nothing', 'no', 'ever', 'always', 'only', 'very', 'really', 'actually',
  'this', 'that', 'real', 'so', 'more', 'must', 'will', 'still', 'again', 'anything', 'everything', 'nobody', 'anyone',
  'everyone', 'zero', 'lie', 'lies', 'lied', 'huge', 'literally', 'entire', 'whole', 'before', 'after', 'his', 'her',
  'their', 'they', 'he', 'she', 'what', 'why', 'did', 'does', "didn't", "doesn't", "isn't", "wasn't", "won't", "don't",
  'were', 'should', 'would', 'could', 'cannot', 'even', 'just', 'much', 'less', 'most', 'least', 'worst', 'best', 'own',
  'same', 'fake', 'true', 'false', 'wrong', 'right', 'illegal', 'crime', 'crimes', 'fact', 'facts', 'proof', 'months',
  'years', 'days', 'times', 'twice'
])

/** Praise that closes a sentence after a comma in sarcasm ("…, so, awesome."). */
export const SARCASTIC_PRAISE: ReadonlySet<string> = new Set([
  'great', 'awesome', 'perfect', 'wonderful', 'terrific', 'fantastic', 'lovely', 'brilliant', 'swell', 'super',
  'excellent', 'marvelous', 'marvellous', 'splendid', 'fabulous', 'peachy', 'yay', 'hooray', 'bravo', 'congrats',
  'congratulations', 'nice', 'cool', 'neat', 'charming', 'delightful'
])

/**
 * Words by which the writer addresses readers as a crowd: `always` when set
 * off by commas ("folks"), `context` only after an aside or before "this",
 * "we", "let's" ("really, people,", "People, this is serious.").
 */
export const VOCATIVES: ReadonlyMap<string, 'always' | 'context'> = new Map([
  ['folks', 'always'], ['y\'all', 'always'], ['guys', 'context'], ['people', 'context'], ['everyone', 'context'],
  ['everybody', 'context'], ['america', 'context'], ['americans', 'context'], ['readers', 'context'], ['friends', 'context'],
  ['ladies', 'context'], ['liberals', 'context'], ['conservatives', 'context'], ['patriots', 'context'], ['kids', 'context']
])

/** Interjections that open the writer's aside or sneer ("Oh, great,", "Well, what a surprise.", "Ha, ha — right."). */
export const INTERJECTIONS: ReadonlyMap<string, number> = new Map([
  ['oh', 0.8], ['ah', 0.8], ['aha', 0.8], ['ha', 0.85], ['haha', 0.85], ['wow', 0.8], ['whoa', 0.8], ['alas', 0.8],
  ['oops', 0.8], ['whoops', 0.8], ['phew', 0.8], ['ugh', 0.85], ['yikes', 0.85], ['gee', 0.8], ['golly', 0.8],
  ['jeez', 0.85], ['geez', 0.85], ['hey', 0.7], ['hmm', 0.8], ['huh', 0.75], ['meh', 0.85], ['duh', 0.85], ['bravo', 0.75],
  ['hooray', 0.8], ['hurray', 0.8], ['yay', 0.8], ['nope', 0.75], ['yep', 0.7], ['yeah', 0.7], ['boy', 0.6],
  ['well', 0.6], ['yes', 0.6], ['sure', 0.65], ['okay', 0.6], ['ok', 0.6], ['right', 0.6], ['surprise', 0.8],
  ['shocking', 0.75], ['seriously', 0.75], ['really', 0.65], ['great', 0.6], ['perfect', 0.6], ['brilliant', 0.65],
  ['wonderful', 0.6], ['whatever', 0.8], ['behold', 0.8], ['lo', 0.8], ['sigh', 0.85], ['oy', 0.85], ['welp', 0.85],
  ['psst', 0.8], ['shh', 0.8], ['bingo', 0.8], ['kudos', 0.75], ['congratulations', 0.6], ['thanks', 0.6], ['blah', 0.85],
  ['yada', 0.85], ['meh', 0.85]
])

/** An interjection drawn out in the writer's voice: "oohhh", "ahhh", "hahaha", "sooo". */
export const DRAWN_OUT = /^(?:o+h+|a+h+|u+g+h+|w+o+w+|h+m+|(?:ha){2,}h?|(?:he){2,}|s+o{3,}|y+e+s{2,}|n+o{3,}|u+m+|e+r+m+)$/i

/** Imperatives of the page, not of the writer's argument ("Click here", "Read more", "Sign up for our newsletter"). */
export const NAVIGATION_VERBS: ReadonlySet<string> = new Set([
  'click', 'tap', 'scroll', 'read', 'see', 'watch', 'listen', 'subscribe', 'download', 'visit', 'continue', 'register',
  'log', 'login', 'view', 'enter', 'submit', 'learn', 'explore', 'discover', 'shop', 'buy', 'order', 'book', 'reserve',
  'print', 'update', 'refresh', 'open', 'close', 'select', 'choose', 'remove', 'photo', 'image', 'credit', 'source',
  'get', 'find', 'check', 'try', 'use', 'add', 'save'
])

/** Navigation only with the page as object: "Follow us", "Like us on Facebook", "Email us", "Sign up". */
export const NAVIGATION_WITH = new Set(['us', 'our', 'up', 'in', 'here', 'more', 'below', 'above'])

/**
 * Verbs of the writer's argument that readers are told to do: with these an
 * imperative is a call to action even without "you" ("Vote them out",
 * "Forward this to everyone", "Call your senator", "Don't let them…").
 */
export const ACTION_VERBS: ReadonlySet<string> = new Set([
  'vote', 'forward', 'share', 'spread', 'sign', 'call', 'write', 'tell', 'demand', 'donate', 'join', 'stand', 'speak', 'fight',
  'resist', 'boycott', 'protest', 'march', 'rise', 'wake', 'remember', 'stop', 'let', 'reject', 'defeat', 'oust', 'impeach',
  'repeal', 'ban', 'lock', 'drain', 'act', 'refuse', 'contact', 'urge', 'imagine', 'consider', 'ransack', 'quote', 'behold',
  'pray', 'thank', 'blame', 'shame', 'beware', 'forget', 'ignore', 'trust', 'send', 'support'
])

/**
 * What follows "I" when the writer gives a view rather than tells a story:
 * "I am convinced", "I'm sure", "I am dying to know", "I have no sympathy".
 * Narration in the first person ("I remember", "I was raised", "I witnessed")
 * is a columnist's own account, not a verdict.
 */
export const ATTITUDES: ReadonlySet<string> = new Set([
  'sure', 'certain', 'convinced', 'afraid', 'glad', 'happy', 'sorry', 'sick', 'tired', 'dying', 'proud', 'ashamed',
  'appalled', 'disgusted', 'angry', 'thrilled', 'grateful', 'baffled', 'confused', 'impressed', 'unimpressed', 'skeptical',
  'sceptical', 'confident', 'doubtful', 'curious', 'amazed', 'astonished', 'stunned', 'outraged', 'furious', 'delighted',
  'disappointed', 'worried', 'concerned', 'hopeful', 'pleased', 'embarrassed', 'fed', 'done', 'willing', 'loath', 'inclined',
  'tempted', 'persuaded', 'struck', 'reminded', 'no', 'not'
])

/** Nouns after "I have no…" that give a feeling: "I have no sympathy", "I have little patience". */
export const FEELING_NOUNS: ReadonlySet<string> = new Set(['sympathy', 'patience', 'doubt', 'respect', 'time', 'idea', 'illusions', 'problem', 'quarrel', 'use', 'love', 'interest', 'faith', 'confidence', 'tolerance', 'pity', 'regrets', 'regret', 'objection'])

/**
 * Verbs after "I" that give the writer's own view ("I think", "I am
 * convinced", "I have no sympathy"); a reporter's "I asked" or "we reached
 * out to the company" is newsroom procedure (PROCEDURE_VERBS).
 */
export const OPINION_VERBS: ReadonlySet<string> = new Set([
  'think', 'believe', 'feel', 'suspect', 'guess', 'suppose', 'reckon', 'doubt', 'hope', 'wish', 'fear', 'worry', 'bet',
  'argue', 'contend', 'submit', 'maintain', 'insist', 'predict', 'love', 'hate', 'admit', 'confess', 'wonder', 'agree',
  'disagree', 'prefer', 'dislike', 'applaud', 'salute', 'condemn', 'despise', 'loathe', 'adore', 'trust', 'dare', 'refuse',
  'recommend', 'urge', 'propose', 'suggest', 'warn', 'promise', 'swear', 'care', 'mind', 'sympathize', 'sympathise',
  'challenge', 'question', 'reject', 'deplore', 'regret', 'cringe', 'shudder', 'expect', 'imagine', 'assume', 'gather'
])

/**
 * Modals that carry the writer's view before a verb of saying: "I must say", "I would argue", "I can't help but",
 * "I have to admit" (present "have" only: "I had to say goodbye" is narration). "'d" and "'ll" come in the contraction.
 */
export const OPINION_MODALS: ReadonlySet<string> = new Set(['must', 'would', 'should', 'will', 'can', "can't", 'cannot', 'have'])

/** Verbs after such a modal that give the writer's view: "I must say", "I'd wager", "I have to admit", "I can't help but". */
export const MODAL_VIEW_VERBS: ReadonlySet<string> = new Set([
  'say', 'admit', 'confess', 'argue', 'wager', 'guess', 'bet', 'help', 'imagine', 'think', 'suggest', 'submit', 'add',
  'note', 'stress'
])

/** The writer's work as a reporter: "I asked", "we reached out", "we contacted the company", "we could not verify". */
export const PROCEDURE_VERBS: ReadonlySet<string> = new Set([
  'ask', 'reach', 'contact', 'call', 'email', 'e-mail', 'message', 'text', 'phone', 'request', 'obtain', 'review', 'analyze',
  'analyse', 'examine', 'interview', 'speak', 'talk', 'visit', 'meet', 'attend', 'cover', 'report', 'publish', 'update',
  'verify', 'confirm', 'count', 'track', 'compile', 'identify', 'investigate', 'spend', 'travel', 'arrive', 'leave', 'sit',
  'walk', 'drive', 'fly', 'watch', 'listen', 'hear', 'read', 'receive', 'send', 'try', 'attempt', 'tried', 'seek', 'write',
  'photograph', 'film', 'record', 'survey', 'poll', 'calculate', 'measure', 'test', 'check', 'search', 'look', 'find',
  'note', 'correct', 'clarify', 'add', 'include', 'use', 'ran', 'run', 'asked'
])

/** "as I have written", "as I said last week": the writer citing themselves. */
export const SELF_CITING = ['written', 'wrote', 'said', 'argued', 'noted', 'pointed', 'explained', 'warned', 'predicted', 'reported', 'suggested', 'mentioned']

/** Nouns after "our" that belong to the newsroom ("our reporters", "our poll"), not to a nation the writer speaks for. */
export const NEWSROOM_NOUNS: ReadonlySet<string> = new Set([
  'reporter', 'reporters', 'newsroom', 'staff', 'story', 'stories', 'reporting', 'coverage', 'analysis', 'poll', 'survey',
  'readers', 'website', 'site', 'newsletter', 'podcast', 'editors', 'editor', 'team', 'sources', 'partners', 'investigation',
  'review', 'count', 'tally', 'data', 'colleague', 'colleagues', 'correspondent', 'correspondents', 'photographer',
  'publication', 'paper', 'journalists', 'journalist', 'article', 'report', 'reports', 'series', 'previous', 'earlier',
  'latest', 'live', 'coverage', 'affiliate', 'affiliates', 'station', 'network', 'sister', 'parent', 'own', 'findings',
  'calculations', 'estimate', 'estimates', 'request', 'requests', 'questions', 'inquiry', 'inquiries', 'emails', 'calls',
  'interview', 'interviews', 'guide', 'list', 'app', 'show', 'program', 'programme', 'guest', 'guests', 'panel', 'viewers',
  'listeners', 'audience', 'subscribers', 'privacy', 'terms', 'policy', 'cookies', 'use', 'content', 'journalism', 'mission',
  'number', 'app', 'alerts', 'channel', 'page', 'feed', 'account', 'handle', 'inbox', 'community', 'forum', 'comments'
])

export const EDITORIALIZING_CLASSES = {
  verdict: new Set(VERDICTS),
  framing: new Set(['observation', 'point', 'question', 'lesson', 'takeaway', 'truth', 'irony', 'reality', 'story', 'problem', 'issue', 'conclusion', 'upshot', 'message', 'answer', 'news', 'thing', 'part', 'line', 'fact']),
  'verdict-noun': VERDICT_NOUNS,
  prescribed: new Set(['lauded', 'praised', 'applauded', 'commended', 'celebrated', 'ashamed', 'condemned', 'punished', 'fired', 'jailed', 'impeached', 'prosecuted', 'stopped', 'resisted', 'thanked', 'embarrassed', 'honored', 'honoured', 'admired', 'congratulated', 'ousted', 'shamed', 'ridiculed', 'locked', 'banned', 'sacked', 'removed', 'defeated']),
  forbidden: new Set(['ignored', 'tolerated', 'trusted', 'excused', 'forgiven', 'overstated', 'understated', 'allowed', 'permitted', 'president', 'elected', 'underestimated', 'dismissed', 'rewarded', 'normalized', 'normalised', 'condoned', 'overlooked', 'forgotten']),
  revealing: new Set(['show', 'shows', 'showed', 'shown', 'showing', 'reveal', 'reveals', 'revealed', 'revealing', 'demonstrate', 'demonstrates', 'demonstrated', 'prove', 'proves', 'proved', 'proven', 'illustrate', 'illustrates', 'illustrated', 'underscore', 'underscores', 'underscored', 'highlight', 'highlights', 'highlighted', 'expose', 'exposes', 'exposed', 'remind', 'reminds', 'reminded', 'tell', 'tells', 'know', 'knows', 'realize', 'realise', 'see', 'sees', 'forget']),
  endpoint: new Set(['extension', 'conclusion', 'endpoint', 'end-point', 'culmination', 'embodiment', 'epitome', 'personification', 'apotheosis', 'distillation']),
  ownBlame: new Set(['himself', 'herself', 'itself', 'themselves', 'themself', 'yourself', 'ourselves', 'myself']),
  intensifier: new Set(['just', 'simply', 'really', 'truly', 'nothing', 'pure', 'utter', 'absolute', 'complete', 'total', 'outright', 'flat-out', 'frankly', 'quite', 'such', 'an', 'a', 'the', 'all', 'one', 'big', 'huge', 'giant', 'massive', 'real', 'national', 'disgraceful', 'shameful', 'colossal', 'monumental', 'bald-faced', 'barefaced', 'blatant', 'obvious', 'transparent', 'cynical', 'grotesque', 'grave', 'sick', 'bad', 'cruel', 'bitter', 'sad', 'tragic'])
}

const VOICE = '“{actual}” is the writer’s voice where a reporter’s belongs. Delete it and let the facts speak.'
const VERDICT = '“{actual}” is the writer’s verdict, not a fact. Report what happened and let a source judge it.'

/** The writer stepping in to tell readers what to think. */
export const EDITORIALIZING: readonly LexiconEntry[] = [
  {patterns: ASIDES, rewrites: [''], parenthetical: true, message: '“{actual}” tells the reader what to think of the fact that follows. Delete it and let the fact speak.', confidence: 0.8},
  {
    patterns: ['of course', 'needless to say', 'it goes without saying', 'sadly', 'tragically', 'fortunately', 'unfortunately', 'luckily', 'thankfully', 'regrettably', 'happily', 'interestingly', 'ironically', 'predictably', 'unsurprisingly', 'surprisingly', 'tellingly', 'alarmingly', 'worryingly', 'disturbingly', 'amazingly', 'astonishingly', 'mercifully', 'inexplicably', 'conveniently', 'conspicuously', 'coincidentally', 'shockingly', 'hilariously', 'laughably', 'shamefully'],
    rewrites: [''],
    message: '“{actual}” tells the reader what to feel about the fact. Delete it and let the fact speak.',
    unlessBefore: ['not', 'so', 'how', 'as', 'too', 'very', 'more', 'most', 'less'],
    confidence: 0.75
  },
  {
    patterns: ['clearly', 'obviously'],
    rewrites: [''],
    message: '“{actual}” asserts that something is plain instead of showing it. Delete it, or show the evidence.',
    // Before a verb of saying, showing or marking, "clearly" says how it was done ("clearly expressed"), not what to think.
    unlessAfter: ['visible', 'marked', 'labelled', 'labeled', 'defined', 'stated', 'written', 'audible', 'seen', 'identified', 'explained', 'signposted', 'displayed', 'legible', 'readable', 'lit', 'separated', 'distinguished', 'set', 'shown', 'understood', 'articulated', 'communicated', 'expressed', 'spelled', 'spelt', 'outlined', 'laid', 'signalled', 'signaled', 'indicated', 'specified', 'demonstrated', 'documented', 'established', 'delineated', 'printed', 'heard', 'differentiated', 'described', 'worded', 'phrased', 'state', 'express', 'explain', 'define', 'mark', 'label', 'show', 'see', 'hear', 'read', 'understand', 'identify', 'communicate', 'articulate'],
    confidence: 0.7
  },
  {
    patterns: ['the <verdict> <framing> here? is that?', 'the <verdict> <verdict> <framing> here? is that?', 'the truth|reality|irony|fact|upshot is that?', "the truth's|reality's|irony's|fact's|upshot's", 'the fact of the matter is that?', "here's the thing|problem|kicker|rub", 'here is the thing|problem|kicker|rub', 'one thing is for? sure|certain|clear', "there's just|only? one problem|catch|snag", 'there is just|only? one problem|catch|snag', 'just|only one problem|catch|snag', 'so much for'],
    rewrites: [''],
    message: '“{actual}” is the writer announcing a verdict. State the fact, and let a source draw the conclusion.',
    confidence: 0.75
  },
  {
    // "The bottom line is…": an explainer's summing up as often as a verdict; shown at thorough.
    patterns: ['the bottom line is that?', "the bottom line's"],
    rewrites: [''],
    message: '“{actual}” is the writer announcing a verdict. State the fact, and let a source draw the conclusion.',
    confidence: 0.45
  },
  {patterns: ['we are witnessing|seeing|watching', 'we\'re witnessing|seeing|watching', 'what we are witnessing|seeing', 'what we\'re witnessing|seeing', 'we have witnessed|seen', 'we\'ve witnessed|seen', 'we are|we\'re better than this|that'], rewrites: [], message: VOICE, confidence: 0.75},
  {patterns: ['let us be clear|honest|frank', 'let\'s be clear|honest|frank', 'let me be clear|honest|frank|blunt', 'it is worth noting|remembering|recalling|asking|stressing that?', 'it\'s worth noting|remembering|recalling|asking|stressing that?', 'it is worth pointing out that?', 'it\'s worth pointing out that?', 'it should be noted|remembered|stressed that?', 'one might|could|may|can ask|wonder|argue', 'one wonders', 'it bears repeating', 'mark my words', 'to put it mildly|bluntly', 'go figure', 'you can\'t make this up', 'you can\'t make it up', 'you couldn\'t make it up', 'i kid you not', 'you heard that right', 'you read that right', 'say what you will', 'love him or hate him', 'love her or hate her', 'like it or not'], rewrites: [''], message: VOICE, confidence: 0.8},
  {
    // "Who knew?", "Who could have guessed!": the writer's mock surprise, as a question of its own.
    patterns: ['who knew|knows', 'who could have guessed|known|predicted|imagined', "who'd have thought|guessed"],
    onlyBefore: ['?', '!'],
    unlessBefore: ['the', 'a', 'an', 'and', 'or', 'everyone', 'anyone', 'people', 'those', 'person', 'man', 'woman', 'staff', 'officials'],
    message: VOICE,
    confidence: 0.75
  },
  {
    // "should be lauded", "must be stopped", "ought to be ashamed": the writer prescribing praise or punishment.
    patterns: ['should|must|ought to? be <prescribed>', 'deserves|deserve to be <prescribed>', "should|must be held accountable"],
    message: VERDICT,
    confidence: 0.7
  },
  {
    // "nothing short of a moral failure", "little more than a stunt": the writer's measure of it.
    patterns: ['nothing short of', 'nothing less than', 'little more than', 'nothing more than', 'no better than', 'nothing but'],
    message: VERDICT,
    confidence: 0.7
  },
  {
    // "That is a lie", "This is a disgrace", "It's a scandal", "that's nonsense".
    patterns: [
      'this|that|it|which is|was not? <intensifier>? <intensifier>? <intensifier>? <verdict-noun>',
      "that's|it's not? <intensifier>? <intensifier>? <intensifier>? <verdict-noun>",
      'this|that|it|which is|was not? <intensifier>? <intensifier>? red herring',
      'this|that|it|which is|was not? <intensifier>? <intensifier>? fig leaf',
      'this|that|it|which is|was not? <intensifier>? <intensifier>? pipe dream',
      "that's|it's not? <intensifier>? <intensifier>? red herring",
      "that's|it's not? <intensifier>? <intensifier>? fig leaf",
      "that's|it's not? <intensifier>? <intensifier>? pipe dream",
      'what a|an <intensifier>? <verdict-noun>|surprise|shock|shocker|coincidence|concept|idea|thought|relief|day|week|year|world|time'
    ],
    // "It is a crime to…" names a law; "that was a win for the port" is a result. The hook in editorializing.ts reads the rest.
    message: VERDICT,
    confidence: 0.75
  },
  {
    // "has only itself to blame", "is to blame for", "should have to shoulder the blame": the writer assigning blame.
    patterns: [
      'has|have|had only <ownBlame> to blame',
      'no one but <ownBlame> to blame',
      'nobody but <ownBlame> to blame',
      'should|must have? to? shoulder|bear|accept|take|share as? much|most|more|the|full|some? blame'
    ],
    message: VERDICT,
    confidence: 0.55
  },
  {
    // "Heavy rain is partly to blame for the delays": blame stated as fact, often a cause a source gave; weaker evidence.
    patterns: ['is|are|was|were largely|mostly|partly|solely|entirely|chiefly|squarely|primarily? to blame'],
    message: VERDICT,
    confidence: 0.45
  },
  {
    // "nothing to do with process and everything to do with politics", "resembles nothing so much as": the writer's measure of it.
    patterns: ['and|but everything to do with', 'has|had|have everything to do with', 'nothing so much as', 'no one so much as', 'nobody so much as'],
    message: VERDICT,
    confidence: 0.65
  },
  {
    // "won't let the facts get in the way": sarcasm about someone's regard for the truth.
    patterns: ['let|lets|letting the? facts|truth|evidence|reality get|stand in the way'],
    message: VERDICT,
    confidence: 0.75
  },
  {
    // "cannot be trusted", "must not be allowed", "cannot be president": the writer forbidding.
    patterns: ["cannot|can't|mustn't|shouldn't be <forbidden>", 'must|should|can not be <forbidden>', 'must|should never be <forbidden>'],
    message: VERDICT,
    confidence: 0.6
  },
  {
    // "deserves better", "deserves credit", "what should have happened was": the writer's sense of what is owed.
    patterns: [
      'deserves|deserve|deserved better|credit|praise|applause|thanks',
      'deserves|deserve|deserved a medal',
      'deserves|deserve|deserved an apology',
      'deserves|deserve|deserved our thanks|gratitude|respect',
      'what should|ought to? have happened',
      'what should|ought to? have been done'
    ],
    message: VERDICT,
    confidence: 0.55
  },
  {
    // "the retaliation they deserve.": only when nothing follows in the clause (not "he deserves a hearing").
    patterns: ['they|he|she|we|you deserve|deserves|deserved'],
    onlyBefore: ['.', ',', ';', '!', '—', '–', ')'],
    message: VERDICT,
    confidence: 0.5
  },
  {
    // "shows just how desperate they are", "a reminder of just how far": the writer's emphasis, not a measure.
    patterns: ['<revealing> us|you|me? just how', 'reminder of just how'],
    message: VERDICT,
    confidence: 0.6
  },
  {
    // "It is fair to say", "hard not to be", "It is impossible to overstate": the writer weighing in.
    patterns: [
      'it is|was fair|safe to say',
      "it's fair|safe to say",
      'hard|difficult|tough|impossible not to',
      'it is|was hard|difficult|tough|impossible to overstate|understate|exaggerate|ignore|imagine|believe|fathom|overlook|deny|escape',
      "it's hard|difficult|tough|impossible to overstate|understate|exaggerate|ignore|imagine|believe|fathom|overlook|deny|escape"
    ],
    message: VOICE,
    confidence: 0.55
  },
  {
    // "It is hard to say what…", "it's difficult to see how…": the writer's doubt, weaker evidence.
    patterns: ['it is|was hard|difficult|tough to say|see|know|tell', "it's hard|difficult|tough to say|see|know|tell"],
    message: VOICE,
    confidence: 0.4
  },
  {
    // "objectively isn't funny", "is undeniably the best": the writer's certainty, stated as the reader's.
    patterns: ['objectively', 'undeniably', 'unquestionably', 'undoubtedly', 'indisputably', 'inarguably', 'unarguably'],
    unlessAfter: ['measured', 'measurable', 'verifiable', 'verified', 'assessed', 'determined', 'quantified', 'tested', 'evaluated', 'scored', 'graded', 'defined', 'selected', 'chosen'],
    message: '“{actual}” asserts that something is beyond dispute instead of showing it. Delete it, or show the evidence.',
    confidence: 0.6
  },
  {
    // "is no doubt just a difference of degree", "will no doubt thrive": the writer's certainty, as an adverb.
    patterns: ['is|was|are|were|will|would|could|must|should no doubt'],
    unlessBefore: ['there', "there's", 'be'],
    unlessAfter: ['that', 'about', 'whatsoever', 'of', 'in', 'as', 'who', 'which', 'whether', 'when', 'where', '.', ',', '?', ';'],
    message: '“{actual}” asserts that something is beyond doubt instead of showing it. Delete it, or show the evidence.',
    confidence: 0.6
  },
  {
    // "Trump is the logical extension of…", "she is the embodiment of…": the writer's verdict as a definition.
    patterns: ['is|was|are|were|remains in? fact? the logical|inevitable|predictable|ultimate|natural|perfect? <endpoint> of'],
    message: VERDICT,
    confidence: 0.5
  }
]

/** Judging adjectives that, as a plain predicate, are as often literal or a feeling as a verdict ("the family was lucky", "the plan was odd"). */
export const LITERAL_PREDICATES: readonly string[] = [
  'rich',
  'lucky',
  'fortunate',
  'unfortunate',
  'curious',
  'odd',
  'strange',
  'interesting',
  'grim',
  'sad',
  'crazy',
  'funny',
  'silly',
  'scary',
  'convenient',
  'fitting',
  'wonderful',
  'fantastic',
  'terrific',
  'terrible',
  'awful',
]
