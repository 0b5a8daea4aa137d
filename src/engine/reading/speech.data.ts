/**
 * Verbs that put words or a view in someone's mouth, by what they report.
 * Each entry is a base form; irregular past forms follow a colon
 * ("write:wrote:written" is base, past, participle; "tell:told" has one past form).
 * A leading "~" marks a verb whose base and -s forms are also common nouns
 * ("the claim", "reports"): only its other forms count without a tagger's word.
 */

/** Saying, writing, answering: "she said", "the ministry announced". */
export const SAYING = [
  'say:said', 'tell:told', 'state', 'add', 'write:wrote:written', '~note', 'explain', 'argue', 'announce', 'declare',
  'reply', 'respond', 'insist', 'warn', '~claim', 'acknowledge', 'admit:admitted', 'concede', 'confirm', 'deny', 'testify',
  '~tweet', '~post', 'recall', 'ask', 'suggest', 'observe', 'contend', 'maintain', 'assert', 'allege', '~counter',
  '~dispute', 'reject', '~caution', 'criticize', 'criticise', '~question', 'emphasize', 'emphasise', '~echo', 'remark',
  '~report', 'disclose', 'reveal', 'cite', '~quote', 'predict', '~estimate', 'complain', 'accuse', 'urge', '~stress',
  '~comment', 'describe', 'articulate', 'concur:concurred', 'retort'
]

/** A body of work reporting what it found: "the survey found", "the census counted". */
export const FINDING = [
  'find:found', 'show:showed:shown', '~project', '~forecast:forecast', 'calculate', '~count', 'publish', '~record',
  'measure', '~survey', '~poll', 'compile', '~file', 'conclude', '~document', 'indicate'
]

/** Believing and judging: what a weasel attribution hangs a view on ("many believe", "critics see"). */
export const BELIEVING = [
  'believe', 'think:thought', 'feel:felt', 'consider', 'regard', 'speculate', 'fear', 'worry', 'agree', 'expect',
  'call', 'see:saw:seen', 'view', 'hold:held', 'doubt', 'wonder', 'charge', 'credit', 'blame', 'praise', 'recognize',
  'recognise', 'point', 'read:read', 'take:took:taken', 'understand:understood', 'know:knew:known', 'suspect',
  'reckon', 'assume', 'suppose', 'hope', 'lament', 'celebrate', 'welcome', 'applaud', 'slam:slammed', 'decry', 'bemoan'
]

/**
 * Judging and reacting: verbs by which a crowd is given a verdict ("critics
 * panned the plan", "observers scoffed", "insiders fretted"). They attribute a
 * view as the verbs of believing do, but are not read as introducing a clause.
 */
export const JUDGING = [
  'condemn', 'denounce', 'dismiss', 'scoff', 'mock', 'ridicule', 'deride', 'hail', 'laud', 'fret', 'grumble', 'gripe',
  'disagree', 'judge', 'sense', 'perceive', 'guess', 'blast', '~pan:panned', 'lambast', 'lambaste', 'castigate',
  'excoriate', 'berate', 'chide', 'scold', 'rebuke', 'fault', 'assail', 'commend', 'champion', 'tout', 'anticipate',
  'foresee:foresaw:foreseen', 'envision', 'muse', 'opine', 'posit', 'theorize', 'theorise', 'surmise', 'infer:inferred',
  'presume', 'quip:quipped', 'gush', 'rave', 'rail', 'fume', 'grouse', 'carp', 'whine', 'moan', 'bristle', 'balk',
  'marvel:marvelled', 'mourn', 'challenge', 'attack', 'bash', 'decree', 'proclaim', 'pronounce', 'aver:averred', 'avow',
  'affirm', 'hint', 'imply', 'insinuate', 'reason', 'wager', 'rank', 'rate', 'deem', 'defend', 'advocate', 'favor', 'favour',
  'oppose', 'endorse', 'prefer:preferred', 'support', 'interpret'
]

/**
 * A verb and the words after it that together give a view ("took aim at",
 * "raised concerns", "pushed back"): each entry is a verb's base form and the
 * words that must follow it, in any inflection of the verb.
 */
export const VIEW_PHRASES = [
  'take aim', 'take issue', 'take exception', 'take umbrage', 'take the view', 'take a dim view', 'take a different view',
  'raise concern', 'raise concerns', 'raise questions', 'raise doubts', 'raise the alarm', 'raise alarms', 'raise eyebrows',
  'voice concern', 'voice concerns', 'voice doubts', 'voice skepticism', 'voice scepticism', 'voice support', 'voice opposition',
  'voice frustration', 'express concern', 'express concerns', 'express doubts', 'express skepticism', 'express scepticism',
  'express support', 'express opposition', 'express frustration', 'cast doubt', 'sound the alarm', 'weigh in', 'chime in',
  'push back', 'hit back', 'fire back', 'lash out', 'pile on', 'speak out', 'speak up', 'cry foul', 'point out', 'point to',
  'call for', 'call on', 'make the case', 'make the point', 'draw the conclusion', 'read it as', 'see it as',
  'view it as', 'take it as', 'see this as', 'read this as', 'take this as', 'view this as', 'see that as', 'read that as'
]

/** Phrases that attribute as a verb does ("according to", "in a statement"). */
export const ATTRIBUTING_PHRASES = ['according to', 'in a statement', 'in an interview', 'put it', 'told reporters']
