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

/** Phrases that attribute as a verb does ("according to", "in a statement"). */
export const ATTRIBUTING_PHRASES = ['according to', 'in a statement', 'in an interview', 'put it', 'told reporters']
