import type {LexiconEntry} from '../rule-kit/lexicon-rule'

/** Sentence adverbs that tell the reader what to think of a fact: flagged when used as an aside. */
const ASIDES = [
  'notably', 'interestingly', 'importantly', 'significantly', 'remarkably', 'curiously', 'ironically', 'predictably',
  'unsurprisingly', 'surprisingly', 'tellingly', 'crucially', 'admittedly', 'frankly', 'honestly', 'naturally',
  'tellingly', 'alarmingly', 'worryingly', 'disturbingly', 'amazingly', 'mercifully', 'understandably', 'evidently',
  'hopefully', 'strikingly', 'revealingly', 'conveniently', 'fittingly', 'inexplicably', 'incredibly', 'astonishingly',
  'more importantly', 'most importantly', 'perhaps most importantly', 'most notably', 'more notably', 'more worryingly',
  'most worryingly', 'more troublingly', 'most troublingly', 'even more troubling', 'to be sure', 'to be fair', 'mind you'
]

/** Judging adjectives that turn "the point is" into the writer's verdict. */
const VERDICTS = [
  'sharpest', 'key', 'real', 'crucial', 'central', 'important', 'striking', 'telling', 'interesting', 'obvious', 'bigger',
  'larger', 'uncomfortable', 'inconvenient', 'simple', 'hard', 'sad', 'ugly', 'plain', 'deeper', 'unspoken', 'inescapable',
  'most', 'biggest', 'clearest', 'best', 'only', 'underlying', 'critical', 'essential', 'glaring', 'painful', 'bitter'
]

export const EDITORIALIZING_CLASSES = {
  verdict: new Set(VERDICTS),
  framing: new Set(['observation', 'point', 'question', 'lesson', 'takeaway', 'truth', 'irony', 'reality', 'story', 'problem', 'issue', 'conclusion', 'upshot', 'message', 'answer'])
}

const VOICE = '“{actual}” is the writer’s voice where a reporter’s belongs. Delete it and let the facts speak.'

/** The writer stepping in to tell readers what to think. */
export const EDITORIALIZING: readonly LexiconEntry[] = [
  {patterns: ASIDES, rewrites: [''], parenthetical: true, message: '“{actual}” tells the reader what to think of the fact that follows. Delete it and let the fact speak.'},
  {
    patterns: ['of course', 'needless to say', 'it goes without saying', 'sadly', 'tragically', 'fortunately', 'unfortunately', 'luckily', 'thankfully', 'regrettably', 'happily', 'interestingly', 'ironically', 'predictably', 'unsurprisingly', 'surprisingly', 'tellingly', 'alarmingly', 'worryingly', 'disturbingly', 'amazingly', 'astonishingly', 'mercifully', 'inexplicably', 'conveniently', 'conspicuously'],
    rewrites: [''],
    message: '“{actual}” tells the reader what to feel about the fact. Delete it and let the fact speak.',
    unlessBefore: ['not', 'so']
  },
  {
    patterns: ['clearly', 'obviously'],
    rewrites: [''],
    message: '“{actual}” asserts that something is plain instead of showing it. Delete it, or show the evidence.',
    // Before a verb of saying, showing or marking, "clearly" says how it was done ("clearly expressed"), not what to think.
    unlessAfter: ['visible', 'marked', 'labelled', 'labeled', 'defined', 'stated', 'written', 'audible', 'seen', 'identified', 'explained', 'signposted', 'displayed', 'legible', 'readable', 'lit', 'separated', 'distinguished', 'set', 'shown', 'understood', 'articulated', 'communicated', 'expressed', 'spelled', 'spelt', 'outlined', 'laid', 'signalled', 'signaled', 'indicated', 'specified', 'demonstrated', 'documented', 'established', 'delineated', 'printed', 'heard', 'differentiated', 'described', 'worded', 'phrased', 'state', 'express', 'explain', 'define', 'mark', 'label', 'show', 'see', 'hear', 'read', 'understand', 'identify', 'communicate', 'articulate']
  },
  {
    patterns: ['the <verdict> <framing> here? is that?', 'the <verdict> <verdict> <framing> here? is that?', 'the truth|reality|irony|fact|upshot is that?'],
    rewrites: [''],
    message: '“{actual}” is the writer announcing a verdict. State the fact, and let a source draw the conclusion.'
  },
  {patterns: ['we are witnessing|seeing|watching', 'we\'re witnessing|seeing|watching', 'what we are|we\'re witnessing|seeing', 'we have witnessed|seen', 'we\'ve witnessed|seen'], rewrites: [], message: VOICE},
  {patterns: ['let us be clear|honest|frank', 'let\'s be clear|honest|frank', 'it is worth noting|remembering|recalling|asking|stressing that?', 'it\'s worth noting|remembering|recalling|asking|stressing that?', 'it is|it\'s worth pointing out that?', 'it should be noted|remembered|stressed that?', 'one might|could|may|can ask|wonder|argue', 'one wonders', 'it bears repeating', 'mark my words', 'to put it mildly|bluntly'], rewrites: [''], message: VOICE}
]
