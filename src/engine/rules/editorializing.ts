import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {tagText, type PartOfSpeech, type WordTag} from '../reading/part-of-speech'
import {sentenceCountOf, sentencesOf, type SentenceTokens, type WordToken} from '../reading/sentences'
import {CONFIDENCE, report} from '../rewrites/report'
import {cleanDeletion, createLexiconRule, dropMessage, messagesOf, wordStartOf} from '../rule-kit/lexicon-rule'
import {judgements} from './editorializing-judgements'
import {CLAUSE_BREAK, type Finding, isReported, isWord, Passage} from './editorializing-passage'
import {MONTH_ABBREVIATIONS} from '../reading/claims.data'
import {isEnglishParagraph} from '../reading/language'
import {LITERAL_PREDICATES, VERDICT_NOUNS as VERDICT_NOUNS_BY_WORD} from './editorializing.data'
import {
  ACTION_VERBS,
  ATTITUDES,
  DRAWN_OUT,
  EDITORIALIZING,
  EDITORIALIZING_CLASSES,
  FEELING_NOUNS,
  INTERJECTIONS,
  MODAL_VIEW_VERBS,
  NAVIGATION_VERBS,
  NAVIGATION_WITH,
  NEWSROOM_NOUNS,
  OPINION_MODALS,
  OPINION_VERBS,
  PROCEDURE_VERBS,
  SELF_CITING,
  VERDICT_ADJECTIVES
} from './editorializing.data'

const RULE_ID = 'editorializing'

// Patterns tested per word or per sentence, kept here rather than written inline: a regular expression literal
// in a function makes a new RegExp object each time it is reached.
const HAS_LETTER = /\p{L}/u
const STARTS_WITH_LETTER = /^\p{L}/u
const STARTS_WITH_CAPITAL = /^\p{Lu}/u
const QUESTION_MARK = /\?/
const EXCLAMATION_MARK = /!/
const STATEMENT_END = /^[.!]+$/
const FULL_STOP_END = /^[.…]+$|^\.\.\.$/
const SENTENCE_STOP = /^[.!?…]+$/
const STARTS_WITH_DIGIT = /^\d/
/** What may stand before an interjection set off mid-sentence, besides a comma ("— oh, …", "(ha)"), and after one. */
const ASIDE_OPENER = /^[—–(]$/
const ASIDE_CLOSER = /^[,!.…—–?]$|^\.\.\.$/
/** A dash, a semicolon or a colon: a break that opens a clause of its own. */
const CLAUSE_OPENING_BREAK = /^[—–;:]$/
/** Endings no verb's base form has ("-ing", "-ed", "-ly", a plural's "s", an apostrophe, a digit). */
const NOT_BASE_FORM = /(?:ing|ed|ly)$|[^s]s$|['’]|\d/
/** The rule that reports loaded words, which runs before this one: an aside both report is one finding. */
const LOADED_RULE = 'loaded-language'
const NOTE =
  'Readers trust reporting that shows rather than tells. Asides ("of course"), sarcasm, verdicts, calls to action, the writer in person and questions put to the reader are the writer arguing.'

/** A finding in words someone else is reported saying, or in a post quoted without marks: below every threshold. */
const REPORTED = 0.2

const editorializingWords = createLexiconRule({
  ruleId: RULE_ID,
  entries: EDITORIALIZING,
  classes: EDITORIALIZING_CLASSES,
  message: '“{actual}” is the writer’s voice where a reporter’s belongs.',
  note: NOTE,
  // A verdict or an aside reported from someone ("she called it a disgrace") is theirs.
  confidence: (match) => (isReported(match.sentence, match.first) ? REPORTED : undefined),
  // "her new book, Trump Is Crazy (This Is Not a Joke)": words in Title Case inside a sentence are a title.
  accept: ({sentence, first, last}) => !isTitleWithin(sentence.tokens, first, last)
})

/** Words that a title in Title Case leaves in lower case. */
const TITLE_LOWER = new Set([
  'a',
  'an',
  'the',
  'of',
  'to',
  'in',
  'on',
  'and',
  'or',
  'for',
  'at',
  'by',
  'with',
  'as',
  'but'
])

/**
 * Whether the words from `first` to `last` are a title in Title Case: three words or more, every one but the small
 * ones with a capital, and at least two of them not the sentence's first word ("This Is Not a Joke" in a line
 * about a book), so "That is a lie." is not one.
 */
function isTitleWithin(tokens: readonly WordToken[], first: number, last: number): boolean {
  const words = tokens.slice(first, last + 1).filter(isWord)
  if (words.length < 3) return false
  // A headline in Title Case is the headline writer's verdict ("Trump Cannot Be President"), not a title inside a sentence.
  const all = tokens.filter((token) => isWord(token) && STARTS_WITH_LETTER.test(token.text))
  if (all.every((token) => STARTS_WITH_CAPITAL.test(token.text) || TITLE_LOWER.has(token.lower))) return false
  const opening = tokens.findIndex(isWord)
  const capitalized = words.filter((token) => STARTS_WITH_CAPITAL.test(token.text))
  return (
    words.every((token) => STARTS_WITH_CAPITAL.test(token.text) || TITLE_LOWER.has(token.lower)) &&
    capitalized.filter((token) => tokens.indexOf(token) !== opening).length >= 2
  )
}

/**
 * The writer's voice where a reporter's should be. The word list
 * (editorializing.data.ts) finds asides ("notably", "of course", "no doubt"),
 * announced verdicts ("the real question is", "That is a lie", "nothing short
 * of"), the writer as witness ("we are witnessing"). The grammar below finds
 * what no list holds, in the writer's own voice only (quotations and embedded
 * posts are other voices, dropped in lint.ts):
 *
 * - questions put to the reader (a rhetorical question in the body);
 * - exclamations, interjections and sarcastic openers ("Oh, great,",
 *   "Surprise!", "Well, what a surprise."), and verbless one-line retorts
 *   ("Doubtful.", "Perhaps.");
 * - verdicts: "It is amazing how…", "How fitting…", "The double standard is
 *   glaring.";
 * - calls to action: an imperative addressed to the reader ("Call your
 *   senator", "Forward this to everyone you know", "Don't let them get away
 *   with it"), "it's time to…", "it is your duty";
 * - the writer in person: "I think", "I have no sympathy", "let me", "we all
 *   know", "as I have written" — but not a reporter's "we reached out to the
 *   company" or "I asked the mayor" (newsroom procedure), nor a memoir's
 *   narration ("we nervously awaited", "I'm not sure if it was legal"), nor
 *   "our nation" or any other "we" alone (the writer's ordinary voice);
 * - an imperative inside the sentence, after a colon or a fronted clause
 *   ("…, consider yourself warned.", "…: Erase the line.");
 * - in editorializing-judgements.ts: superlatives passed on people ("one of
 *   the most courageous…"), judging predicates, pseudo-clefts that rank ("What
 *   is even more galling is…"), the writer addressing readers ("really,
 *   folks,") or the people written about ("Smith, you…"), asides in brackets,
 *   capitals for emphasis, sarcastic praise and thanks.
 *
 * Each finding carries a confidence from the evidence it names (the kind of
 * pattern, the verb after "I", whether the reader is addressed, a headline,
 * an attribution in the sentence): see docs/rules/editorializing.md.
 */
export default function editorializing() {
  const findWords = editorializingWords()
  return function (tree: Root, file: VFile) {
    const before = file.messages.length
    findWords(tree, file)
    const listed = file.messages.slice(before)
    const sentences = sentencesOf(tree)
    const found: Finding[] = []
    // Everything below reads a paragraph at a time, so a part of an article (the incremental linter's) reads as the whole does.
    const english = new Map<Paragraph, boolean>()
    const transcript = new Map<Paragraph, boolean>()
    for (const message of [...listed]) {
      // The word list's findings in a line of a transcript ("Okafor: Of course…") are the speaker's.
      const position = sentences.findIndex((candidate) => overlapsMessage(message, candidate))
      if (position < 0 || !isTranscriptLine(sentences, position)) continue
      file.messages.splice(file.messages.indexOf(message), 1)
      listed.splice(listed.indexOf(message), 1)
    }
    sentences.forEach((sentence, position) => {
      if (!english.has(sentence.paragraph)) english.set(sentence.paragraph, isEnglishParagraph(sentences, position))
      if (!transcript.has(sentence.paragraph)) transcript.set(sentence.paragraph, isTranscriptLine(sentences, position))
      // An English-only linter stays quiet on prose in another language; a line of a transcript ("Springer: I mean…") is the speaker's.
      if (!english.get(sentence.paragraph) || transcript.get(sentence.paragraph)) return
      const passage = new Passage(file, sentences, position)
      for (const check of SENTENCE_CHECKS) {
        const findings = check(passage)
        // Most checks find nothing in most sentences.
        if (findings.length > 0) found.push(...findings)
      }
    })
    // One finding per stretch of text: the surest, and the first of equals.
    found.sort((a, b) => b.confidence - a.confidence || a.start - b.start)
    const kept: Finding[] = []
    for (const finding of found) {
      const {start, end} = finding.core ?? finding
      if (kept.some((other) => (other.core ?? other).start < end && start < (other.core ?? other).end)) continue
      const overlapping = listed.filter((message) => overlapsMessage(message, {start, end}))
      if (overlapping.some((message) => confidenceOf(message) >= finding.confidence)) continue
      for (const message of overlapping) file.messages.splice(file.messages.indexOf(message), 1)
      kept.push(finding)
    }
    // One finding per word across rules. A word the loaded-language rule also reports ("Needless to say",
    // "conveniently", "shamefully") is an aside of this rule's when it opens the sentence or stands after a comma, a
    // dash or a bracket ("Conveniently, the report…"); inside the clause it qualifies a verb or an adjective ("she
    // conveniently cropped it", "shamefully evident"), a loaded word. The one kept is as sure as the surer of the two.
    const text = String(file.value)
    const loaded = new Map<number, Message>()
    for (const message of messagesOf(file, LOADED_RULE, 0, before)) {
      const at = wordStartOf(file, message)
      if (at !== undefined) loaded.set(at, message)
    }
    /** The confidence this rule's finding at `at` keeps, or undefined when the loaded word is the finding. */
    const shared = (at: number | undefined, confidence: number): number | undefined => {
      const other = at === undefined ? undefined : loaded.get(at)
      if (!other) return confidence
      const surer = Math.max(confidence, confidenceOf(other))
      if (opensAside(text, at!, sentenceStartAt(sentences, at!))) {
        dropMessage(file, other)
        return surer
      }
      Object.assign(other, {[CONFIDENCE]: surer})
      return undefined
    }
    for (const message of listed) {
      if (!file.messages.includes(message)) continue
      const confidence = shared(wordStartOf(file, message), confidenceOf(message))
      if (confidence === undefined) dropMessage(file, message)
      else Object.assign(message, {[CONFIDENCE]: confidence})
    }
    for (const finding of kept.sort((a, b) => a.start - b.start)) {
      const {start} = finding.core ?? finding
      const at = text.slice(start).search(/[\p{L}\p{N}]/u)
      const confidence = shared(at < 0 ? undefined : start + at, finding.confidence)
      if (confidence === undefined) continue
      finding.confidence = confidence
      report(file, {
        ruleId: RULE_ID,
        start: finding.start,
        end: finding.end,
        reason: finding.reason,
        rewrites: finding.rewrites,
        note: NOTE,
        confidence: finding.confidence
      })
    }
  }
}

/** The readings of one sentence, in the order their findings are weighed (the first of equals is kept). */
const SENTENCE_CHECKS: ReadonlyArray<(passage: Passage) => Finding[]> = [
  rhetoricalQuestion,
  exclamation,
  interjections,
  retort,
  verdicts,
  callToAction,
  embeddedImperative,
  writerInPerson,
  judgements
]

type Message = VFile['messages'][number]

/**
 * Whether the word at `at` opens the sentence (after "And", "But", "So" or an
 * opening mark) or stands after a comma, a colon, a dash or a bracket: an
 * aside's place ("Sadly, …", "…, needless to say, …", "But conveniently…").
 */
function opensAside(text: string, at: number, sentenceStart: number): boolean {
  // Only the word's own sentence counts: a line before it ("#", a byline) is another paragraph, read apart from it
  // when the incremental linter reads the article in parts.
  let before = text.slice(Math.max(sentenceStart, at - 40), at).replace(/[\s"“‘']+$/u, '')
  const conjunction = /(^|[\s"“‘(])(?:and|but|so|yet|or)$/i.exec(before)
  if (conjunction) before = before.slice(0, conjunction.index + conjunction[1].length).replace(/[\s"“‘']+$/u, '')
  return before === '' || /[.!?…,;:(—–\n]$/u.test(before) || / -$/.test(before)
}

/** Where the sentence holding offset `at` starts (sentences are in order), or 0. */
function sentenceStartAt(sentences: readonly SentenceTokens[], at: number): number {
  let low = 0
  let high = sentences.length - 1
  let start = 0
  while (low <= high) {
    const middle = (low + high) >> 1
    if (sentences[middle].start <= at) {
      start = sentences[middle].start
      low = middle + 1
    } else high = middle - 1
  }
  return start
}

function overlapsMessage(message: Message, finding: {start: number; end: number}): boolean {
  const place = message.place
  if (!place || !('start' in place)) return false
  return (place.start.offset ?? 0) < finding.end && finding.start < (place.end.offset ?? 0)
}

function confidenceOf(message: Message): number {
  return (message as unknown as Record<string, number | undefined>)[CONFIDENCE] ?? 0.8
}

/** Abbreviations the sentence splitter may end a sentence at ("Texans vs. Rams", "Reps. Gaetz"). */
const ABBREVIATIONS = new Set([
  'vs',
  'v',
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'jr',
  'sr',
  'no',
  'inc',
  'co',
  'corp',
  'ltd',
  'gen',
  'gov',
  'sen',
  'rep',
  'reps',
  'lt',
  'col',
  'sgt',
  'capt',
  'ft',
  'mt',
  'ave',
  'etc',
  'al',
  'approx',
  'dept',
  'univ',
  'prof',
  'rev',
  'hon',
  'u.s',
  'u.k',
  ...MONTH_ABBREVIATIONS
])

type Paragraph = SentenceTokens['paragraph']

const transcriptCache = new WeakMap<Paragraph, boolean>()

/**
 * Whether the paragraph of the sentence at `position` is a line of an interview
 * or a transcript, which is the speaker's: a paragraph that opens with a
 * speaker's label ("Q:", "A:", "Springer:", "Jerry Springer:"), one to three
 * capitalized words and a colon, not a label of the page ("Update:", "Watch:",
 * "Editor's note:").
 */
function isTranscriptLine(sentences: readonly SentenceTokens[], position: number): boolean {
  const {paragraph} = sentences[position]
  let cached = transcriptCache.get(paragraph)
  if (cached === undefined) {
    // A paragraph's sentences are consecutive: its first is found by walking back, not by searching the article.
    let first = position
    while (first > 0 && sentences[first - 1].paragraph === paragraph) first--
    const {tokens} = sentences[first]
    // Only a colon among the first four tokens can close a label.
    const reach = Math.min(4, tokens.length)
    let colon = 0
    while (colon < reach && tokens[colon].text !== ':') colon++
    cached =
      colon > 0 &&
      colon < reach &&
      tokens.slice(0, colon).every((token) => isWord(token) && /^\p{Lu}/u.test(token.text)) &&
      !/^(?:note|update|updated|thanks|thank|editor|editors|watch|read|related|photo|source|correction|warning|bonus|repeat|also|more|video|listen|see|breaking|quick|exclusive|analysis|opinion|live)$/i.test(
        tokens[0].text
      )
    transcriptCache.set(paragraph, cached)
  }
  return cached
}

/**
 * A question put to the reader: it ends in "?" in the writer's voice. In the
 * body of a paragraph it argues (0.8); a question that is a paragraph of its
 * own may be a subheading of an explainer ("What happens next?"), so it counts
 * for less, and a headline's question for less again. A question someone is
 * reported asking ("she asked", a colon after a verb of saying) is theirs.
 */
function rhetoricalQuestion(passage: Passage): Finding[] {
  const mark = passage.lastMark()
  if (!mark || !QUESTION_MARK.test(mark.text) || passage.isQuoted(mark)) return []
  const {tokens} = passage
  const first = passage.firstWord()
  if (first < 0) return []
  // "Q: What happens next?": an interview's question.
  if (/^q$/i.test(tokens[first].text) && tokens[first + 1]?.text === ':') return []
  if (passage.isReported(first) || tokens.some((token) => ASKING.test(token.lower))) return []
  // "Have something to add to this article?", "Want stories like these in your inbox?": the site asking its readers, page furniture.
  if (passage.isPageTalk()) return []
  const words = passage.words()
  const inParagraph = sentenceCountOf(passage.sentence.paragraph) > 1
  const personal =
    tokens.some((token) => PERSONAL.test(token.lower)) ||
    /!/.test(mark.text) ||
    /^(?:and|but|so|or|yet)$/.test(tokens[first].lower)
  let confidence: number
  // A question answered at once is a real one: the writer's signpost ("Why the rise? Because…", "The result? Fees
  // doubled."), or an interviewer's, whose answer is the interviewee's: shown only at thorough.
  let answer = passage.isTitleCase() || passage.isHeadline() ? undefined : answerOf(passage, first, personal)
  // "Where is the outrage? Nobody said a word.": a question that shows its rhetoric argues, whatever follows it.
  if (answer === 'signpost' && isArguing(passage)) answer = undefined
  if (answer) confidence = answer === 'interview' ? 0.3 : 0.35
  else if (passage.isTitleCase()) confidence = 0.35
  else if (passage.isHeadline()) confidence = 0.4
  // In the body a question argues; one that shows its rhetoric (a negative question, "why should", "who can forget",
  // a run of questions) is surer than a plain one, which may be an open question a column sets out.
  else if (inParagraph) confidence = words < 3 ? 0.7 : isArguing(passage) ? 0.8 : 0.7
  // A question that is a paragraph of its own may be a headline or an explainer's subheading ("Did global warming
  // cause Irma?"), answered by the paragraph after it; put to "you" or "we", or opened with "And", it argues.
  else confidence = personal ? 0.65 : 0.45
  const end = tokens[tokens.length - 1].end
  const start = tokens[first].start
  return [
    {
      start,
      end,
      reason:
        'A rhetorical question argues instead of reporting. Put the question to someone who can answer it, or state the point.',
      rewrites: [],
      confidence
    }
  ]
}

/** Verbs of asking: a question someone is reported asking ("she asked", "he wonders") is theirs. */
const ASKING = /^(?:asks?|asked|asking|wonders?|wondered|questioned)$/
/** The writer or the reader in a question ("What do we owe them?"). */
const PERSONAL = /^(?:i|we|you|our|your|us|me|my)$/

/** Words that open an answer to the question before ("Because…", "First, …", "The short answer is…"). */
const ANSWER_OPENERS = new Set([
  'because',
  'first',
  'firstly',
  'probably',
  'possibly',
  'partly',
  'simple',
  'simply',
  'short',
  'depends',
  'nobody'
])

/** Openers of two words that answer ("Not yet.", "In short, …", "The answer is…", "It depends."). */
const ANSWER_PAIRS = new Set([
  'not yet',
  'not exactly',
  'not quite',
  'not necessarily',
  'in short',
  'the answer',
  'the reason',
  'the short',
  'the simple',
  'it depends',
  'no one',
  'one assumes',
  'hard to',
  "here's why",
  "here's how",
  'here is',
  'it sure',
  'yes and'
])

/** Auxiliaries and modals that open a yes-or-no question or carry its short answer ("Was it legal? It may have been."). */
const AUXILIARIES = new Set([
  'is',
  'are',
  'was',
  'were',
  'do',
  'does',
  'did',
  'can',
  'could',
  'will',
  'would',
  'should',
  'might',
  'may',
  'must',
  'has',
  'have',
  'had',
  "isn't",
  "aren't",
  "wasn't",
  "weren't",
  "don't",
  "doesn't",
  "didn't",
  "can't",
  "couldn't",
  "won't",
  "wouldn't",
  "shouldn't",
  "hasn't",
  "haven't"
])

const SUBJECTS = new Set(['it', 'he', 'she', 'they', 'this', 'that', 'we', 'one', 'there'])

/** Capitalized words that open a sentence without naming anyone. */
const NOT_NAMES = new Set([
  'the',
  'a',
  'an',
  'some',
  'many',
  'most',
  'all',
  'his',
  'her',
  'their',
  'our',
  'its',
  'no',
  'every',
  'in',
  'on',
  'at',
  'for',
  'if',
  'when',
  'as',
  'then',
  'but',
  'and',
  'so'
])

const interviewCache = new WeakMap<readonly SentenceTokens[], boolean>()

/** The lower-case words of a sentence. */
const wordsOf = (sentence: SentenceTokens) => sentence.tokens.filter(isWord).map((token) => token.lower)

const asksYou = (words: readonly string[]) => words.some((word) => word === 'you' || word === 'your')
function endsInQuestion(sentence: SentenceTokens): boolean {
  const {tokens} = sentence
  let end = tokens.length - 1
  while (end >= 0 && CLOSERS_RE.test(tokens[end].text)) end--
  return end >= 0 && QUESTION_MARK.test(tokens[end].text)
}
const CLOSERS_RE = /^[”"’')\]»]+$/

/** The next paragraph's reply to a question: it opens with a quotation, or in the first person ("I…", "Well, we…"). */
function isReply(sentence: SentenceTokens | undefined): boolean {
  if (!sentence) return false
  if (/^[“"]/.test(sentence.tokens[0]?.text ?? '')) return true
  const words = wordsOf(sentence).slice(0, 4)
  return words.some((word) => /^(?:i|i'm|i’m|i've|i’ve|i'd|i’d|my|we|we're|we’re)$/.test(word))
}

/**
 * An interview: two questions or more put to "you" that close their paragraph and are each answered by the next
 * paragraph in the first person or in quotation marks. Read once per article, and only when a question is found.
 */
function isInterview(sentences: readonly SentenceTokens[]): boolean {
  let cached = interviewCache.get(sentences)
  if (cached === undefined) {
    let pairs = 0
    for (let index = 0; index + 1 < sentences.length && pairs < 2; index++) {
      const sentence = sentences[index]
      const next = sentences[index + 1]
      if (!endsInQuestion(sentence) || endsInQuestion(next) || !asksYou(wordsOf(sentence))) continue
      if (next.paragraph !== sentence.paragraph && isReply(next)) pairs++
    }
    cached = pairs >= 2
    interviewCache.set(sentences, cached)
  }
  return cached
}

/**
 * Whether the question is answered at once, and by whom. By someone interviewed: in an interview, a question put
 * to "you" whose answer follows; or a question of its own paragraph (or a run of them) followed by a quoted reply.
 * By the writer, a signpost: a question of a few words with no verb ("The result?"), a "Why?" alone, or one whose
 * next sentence opens as an answer does ("Because…", "First, …", "Not yet.", "It may have been.").
 */
function answerOf(passage: Passage, first: number, personal: boolean): 'interview' | 'signpost' | undefined {
  const {sentences, position} = passage
  const next = sentences[position + 1]
  if (!next) return undefined
  const sameParagraph = next.paragraph === passage.sentence.paragraph
  const question = wordsOf(passage.sentence)
  if (asksYou(question)) {
    if (!endsInQuestion(next) && isInterview(sentences)) return 'interview'
    // "What do you think of the mayor?" ¶ "What have you heard?" ¶ “She's fine.”: questions put in the street.
    if (passage.standsAlone()) {
      let reply = position + 1
      while (reply < position + 4 && sentences[reply] && endsInQuestion(sentences[reply])) reply++
      const answer = sentences[reply]
      if (answer && answer.paragraph !== sentences[reply - 1].paragraph && /^[“"]/.test(answer.tokens[0]?.text ?? ''))
        return 'interview'
    }
  }
  if (endsInQuestion(next)) return undefined
  const reply = wordsOf(next)
  if (reply.length === 0) return undefined
  const tags = passage.tags()
  const words = question.filter((word) => /\p{L}/u.test(word))
  // "The good news?", "That other tenth?", "Why?", "How so?": a signpost the next sentence answers.
  if (
    words.length <= 5 &&
    !personal &&
    (/^(?:why|how)$/.test(words.join(' ').replace(/ so$/, '')) ||
      !passage.tokens.some((token, index) => isWord(token) && ['VERB', 'AUX'].includes(tags[index]?.pos ?? '')))
  )
    return 'signpost'
  const pair = `${reply[0]} ${reply[1] ?? ''}`
  if (ANSWER_OPENERS.has(reply[0]) || ANSWER_PAIRS.has(pair) || pair === 'first of') return 'signpost'
  // "Yes, the port reopened in May." / "No, not for the council.": an answer with more to say.
  if (/^(?:yes|no)$/.test(reply[0]) && next.tokens[1]?.text !== '.' && reply.length >= 4) return 'signpost'
  // "Was the levy legal? It may have been, had…", "Did the port know? Officials didn't say.": a yes-or-no question
  // the next sentence answers with its own auxiliary.
  let opener = first
  if (/^(?:and|but|so|or|then)$/.test(passage.tokens[opener].lower)) opener++
  if (AUXILIARIES.has(passage.tokens[opener]?.lower ?? '')) {
    const name = /^\p{Lu}/u.test(next.tokens.find(isWord)?.text ?? '') && !NOT_NAMES.has(reply[0])
    // The short answer's auxiliary is a modal or "do" ("It may have been", "Officials didn't say", "It sure does"), or
    // ends its clause ("It was."), not a verb with more to say ("Politics is everything to them").
    const short = reply
      .slice(1, 3)
      .some(
        (word, index) =>
          AUXILIARIES.has(word) &&
          (!/^(?:is|are|was|were|has|have|had)$/.test(word) ||
            /^(?:[.,;—–]|not|so)$/.test(
              next.tokens.filter((token) => token.text.trim())[index + 2]?.text.toLowerCase() ?? '.'
            ))
      )
    if ((SUBJECTS.has(reply[0]) || name) && short && (sameParagraph || SUBJECTS.has(reply[0]))) return 'signpost'
  }
  return undefined
}

/**
 * A question that shows its rhetoric: a negative one ("Isn't it time…", "Why can't…"), one that presumes its answer
 * ("Why should we believe…", "Who can forget…", "Where is the outrage…", "What better way…", "How can anyone…"), one
 * with "else" ("Why else would…"), or one in a run of questions.
 */
function isArguing(passage: Passage): boolean {
  const words = passage.lowerWords()
  if (words.some((word) => /n['’]t$/.test(word) || word === 'else' || word === 'really')) return true
  const at = /^(?:and|but|so|or|then|yet)$/.test(words[0] ?? '') ? 1 : 0
  const opening = `${words[at] ?? ''} ${words[at + 1] ?? ''}`
  if (
    /^(?:why should|why would|who can|who could|who would|where is|where was|where are|where were|what better|how can|how could|how dare|what kind|what sort|is there|are there|what if)$/.test(
      opening
    )
  )
    return true
  const {sentences, position} = passage
  return [sentences[position - 1], sentences[position + 1]].some(
    (other) => other !== undefined && other.paragraph === passage.sentence.paragraph && endsInQuestion(other)
  )
}

/**
 * An exclamation in the writer's voice: a sentence that ends in "!" ("Resist!",
 * "Surprise!"), or "!" closing an aside in brackets ("(possible!!!)"). Not a
 * "!" inside quotation marks, nor a name that ends in one ("Jeopardy!").
 */
function exclamation(passage: Passage): Finding[] {
  const {tokens} = passage
  const findings: Finding[] = []
  const last = passage.lastMark()
  const first = passage.firstWord()
  // Every finding here is on an exclamation mark: most sentences have none.
  if (first < 0 || !tokens.some((token) => token.text.includes('!'))) return []
  // "Leave your thoughts below!", "Download the app now!": the page's excitement, not the writer's.
  if (passage.isPagePitch()) return []
  const bang = (token: WordToken | undefined) => token !== undefined && /!/.test(token.text) && !passage.isQuoted(token)
  tokens.forEach((token, index) => {
    if (!bang(token) || token === last) return
    // "(possible!!!)": a bracketed aside that exclaims.
    let after = index + 1
    while (after < tokens.length && /^!+$/.test(tokens[after].text)) after++
    if (tokens[after]?.text !== ')') return
    let open = index - 1
    while (open >= 0 && tokens[open].text !== '(' && index - open < 12) open--
    if (open < 0 || tokens[open].text !== '(') return
    findings.push({start: tokens[open].start, end: tokens[after].end, reason: EXCLAIMS, rewrites: [], confidence: 0.75})
  })
  // "(not knowing Obama did the same thing!)" at the end: the aside exclaims, not the line.
  const lastIndex = last ? tokens.indexOf(last) : -1
  if (bang(last) && tokens[lastIndex + 1]?.text === ')') {
    let open = lastIndex - 1
    while (open >= 0 && tokens[open].text !== '(' && lastIndex - open < 20) open--
    if (open >= 0 && tokens[open].text === '(') {
      findings.push({
        start: tokens[open].start,
        end: tokens[lastIndex + 1].end,
        reason: EXCLAIMS,
        rewrites: [],
        confidence: passage.standsAlone() ? 0.6 : 0.75
      })
      return findings
    }
  }
  if (bang(last)) {
    const tags = passage.tags()
    const before = tokens.indexOf(last!) - 1
    // "He appeared on Jeopardy!": a name that ends in "!".
    const name = before > first && /^\p{Lu}/u.test(tokens[before].text) && tags[before]?.pos === 'PROPN'
    // A paragraph of its own that exclaims may be a headline, or a post quoted without marks; so may a short paragraph
    // that ends in a verbless cry ("… Total disrespect for our great country!"), a post's signature: less sure.
    const verbless = !tokens.some(
      (token, index) => isWord(token) && (tags[index]?.pos === 'VERB' || tags[index]?.pos === 'AUX')
    )
    const paragraphEnd = passage.sentences
      .filter((sentence) => sentence.paragraph === passage.sentence.paragraph)
      .at(-1)
    const postSized = verbless && paragraphEnd === passage.sentence && offsetsOfParagraph(passage).length <= 300
    const confidence = name ? 0.3 : passage.isHeadline() || passage.standsAlone() || postSized ? 0.45 : 0.75
    findings.push({
      start: tokens[first].start,
      end: tokens[tokens.length - 1].end,
      reason: EXCLAIMS,
      rewrites: [],
      confidence
    })
  }
  return findings
}

/** The text of the passage's paragraph. */
function offsetsOfParagraph(passage: Passage): string {
  const {paragraph} = passage.sentence
  const start = paragraph.position?.start.offset ?? passage.sentence.start
  const end = paragraph.position?.end.offset ?? passage.sentence.end
  return passage.text.slice(start, end)
}

const EXCLAIMS = 'An exclamation is the writer’s excitement, not a fact. Report what happened and let readers react.'

/**
 * Interjections in the writer's voice: at the start of the sentence before a
 * comma, a dash or a stop ("Oh, great,", "Well, what a surprise.", "Ha, ha —
 * right."), or between commas ("and, oh, the names"), or drawn out ("oohhh").
 */
function interjections(passage: Passage): Finding[] {
  const {tokens} = passage
  const first = passage.firstWord()
  if (first < 0) return []
  const findings: Finding[] = []
  // "…, no doubt.", "…, of course.": an aside that closes the sentence after a comma.
  const markAt = passage.lastMarkIndex()
  const mark = tokens[markAt]
  if (mark && STATEMENT_END.test(mark.text)) {
    for (let which = 0; which < TRAILING_ASIDES.length; which++) {
      const aside = TRAILING_ASIDES[which]
      const from = markAt - aside.length
      if (
        from > first &&
        tokens[from - 1]?.text === ',' &&
        hasWordsAt(tokens, from, aside) &&
        !passage.isReported(from)
      ) {
        const {start, end, actual} = passage.span(from - 1, markAt - 1)
        findings.push({
          start,
          end,
          reason: `“${actual.replace(/^,\s*/, '')}” is the writer’s aside, telling the reader what to think. Delete it.`,
          rewrites: [{replacement: '', title: `Delete “${actual}”`}],
          confidence: 0.75,
          core: {start: tokens[from].start, end}
        })
        break
      }
    }
  }
  // The token after the last one read: a repeated or a run of interjections is read once.
  let unread = first
  const wordIndexes = passage.wordIndexes()
  for (let at = 0; at < wordIndexes.length; at++) {
    const index = wordIndexes[at]
    if (index < unread) continue
    const token = tokens[index]
    const word = token.lower
    const drawn = DRAWN_OUT.test(word)
    const weight = INTERJECTIONS.get(word) ?? (drawn ? 0.8 : undefined)
    if (weight === undefined) continue
    // "blah blah blah", "ha ha", "yada yada": an interjection repeated, anywhere in the sentence.
    if (tokens[index + 1]?.lower === word && !passage.isQuoted(token)) {
      let last = index + 1
      while (tokens[last + 1]?.lower === word) last++
      const {start, end, actual} = passage.span(index, last)
      findings.push({
        start,
        end,
        reason: `“${actual}” is the writer mocking, where a reporter would let the facts stand. Delete it.`,
        rewrites: [],
        confidence: 0.85
      })
      unread = last + 1
      continue
    }
    const next = tokens[index + 1]
    const opens = index === first || tokens[index - 1]?.text === ',' || ASIDE_OPENER.test(tokens[index - 1]?.text ?? '')
    const closes = next === undefined || ASIDE_CLOSER.test(next.text)
    if (!opens || !closes) continue
    // "Boy, 12, dies": an age after a noun, not an interjection.
    if (next?.text === ',' && STARTS_WITH_DIGIT.test(tokens[index + 2]?.text ?? '')) continue
    // "Yes, the council voted, but the port stays open": a concession the sentence answers, not a sneer.
    if (
      ['yes', 'sure', 'true', 'granted', 'okay', 'ok'].includes(word) &&
      tokens.slice(index + 2).some((later) => ['but', 'yet', 'though', 'however'].includes(later.lower))
    )
      continue
    // Mid-sentence only the unmistakable ones: "and, oh, the names", not "the vote, well, failed" (still an aside, but rarer).
    if (index !== first && weight < 0.7 && !drawn) continue
    // "Great, the ferry is back" reads as relief in a quote, but sarcasm is the writer's only when nothing attributes it.
    if (passage.isQuoted(token) || passage.isReported(index)) continue
    // One interjection, or a run ("Ha, ha"), is one finding; the deletion takes its comma.
    let last = index
    while (
      tokens[last + 1]?.text === ',' &&
      isWord(tokens[last + 2]) &&
      (INTERJECTIONS.has(tokens[last + 2].lower) || DRAWN_OUT.test(tokens[last + 2].lower))
    )
      last += 2
    const deletion = cleanDeletion(passage.text, tokens, index, last)
    const actual = passage.text.slice(token.start, tokens[last].end)
    const fragment = leavesFragment(passage, index, last)
    findings.push({
      start: fragment ? token.start : deletion.start,
      end: fragment ? tokens[last].end : deletion.end,
      reason: `“${actual}” is the writer reacting, often in sarcasm, where a reporter would let the facts stand. ${fragment ? 'Cut the sentence, or report what happened.' : 'Delete it.'}`,
      rewrites: fragment ? [] : [{replacement: deletion.replacement, title: `Delete “${actual}”`}],
      confidence: weight,
      core: {start: token.start, end: tokens[last].end}
    })
    unread = last + 1
  }
  return findings
}

/** Whether the tokens from `from` on are `words`, in lower case. */
function hasWordsAt(tokens: readonly WordToken[], from: number, words: readonly string[]): boolean {
  for (let offset = 0; offset < words.length; offset++) if (tokens[from + offset]?.lower !== words[offset]) return false
  return true
}

/**
 * Whether deleting the tokens from `first` to `last` leaves a fragment, which is no mending: "Thanks, Northwind." would
 * leave "Northwind.", "Ha, ha — right." "Right.". What stays must have a verb, or run to three words ("Oh, great,
 * another levy on the fleet.").
 */
function leavesFragment(passage: Passage, first: number, last: number): boolean {
  const {tokens} = passage
  const tags = passage.tags()
  let words = 0
  let verb = false
  for (let at = 0; at < tokens.length; at++) {
    if ((at >= first && at <= last) || !isWord(tokens[at]) || !HAS_LETTER.test(tokens[at].text)) continue
    words++
    if (tags[at]?.pos === 'VERB' || tags[at]?.pos === 'AUX') verb = true
  }
  return words < 3 && !verb
}

/** Asides that may close a sentence after a comma: "…, no doubt.", "…, of course.", "…, I suppose." */
const TRAILING_ASIDES = [
  ['no', 'doubt'],
  ['of', 'course'],
  ['after', 'all'],
  ['to', 'be', 'sure'],
  ['i', 'suppose'],
  ['i', 'guess'],
  ['i', 'think'],
  ['i', 'imagine'],
  ['you', 'know'],
  ['mind', 'you'],
  ['sadly'],
  ['naturally'],
  ['predictably'],
  ['thankfully'],
  ['unfortunately'],
  ['fortunately'],
  ['obviously'],
  ['clearly'],
  ['apparently'],
  ['surely'],
  ['for', 'sure'],
  ['of', 'all', 'things']
]

/**
 * A verbless retort of a few words in the body ("Doubtful.", "Perhaps.",
 * "Slim chance, big guy."): the writer answering their own point. Not a line
 * of a list (its neighbours are short lines too), a byline, or a caption.
 */
function retort(passage: Passage): Finding[] {
  const {tokens, sentence} = passage
  const mark = passage.lastMark()
  // A retort is a few words: counted first, before the headline is read.
  const count = passage.wordIndexes().length
  if (!mark || count === 0 || count > 4 || !FULL_STOP_END.test(mark.text) || passage.isHeadline()) return []
  const words = tokens.filter(isWord)
  if (words.length === 0 || words.length > 4 || words.some((token) => /\d/.test(token.text))) return []
  // "Zero.", "Maybe four.", "About a dozen.", "Maybe four metres.": a figure given as an answer, not a retort
  // ("Zero chance." is one).
  const lastWord = words[words.length - 1].lower
  const beforeLast = words[words.length - 2]?.lower ?? ''
  if (NUMBER_WORDS.has(lastWord) || (NUMBER_WORDS.has(beforeLast) && /s$/.test(lastWord))) return []
  if (
    ABBREVIATIONS.has(words[words.length - 1].lower.replace(/\.$/, '')) ||
    passage.isTitleCase() ||
    passage.isPageTalk()
  )
    return []
  const tags = passage.tags()
  if (
    tokens.some(
      (token, index) =>
        isWord(token) &&
        (tags[index]?.pos === 'VERB' ||
          tags[index]?.pos === 'AUX' ||
          /['’](?:s|re|m|ve|ll|d)$|n['’]t$/i.test(token.text))
    )
  )
    return []
  // An abbreviation cut off as a sentence ("Reps. Gaetz, Biggs…").
  if (
    words.length === 1 &&
    /^\p{Lu}\p{L}{0,4}$/u.test(words[0].text) &&
    passage.sentences[passage.position + 1]?.paragraph === sentence.paragraph &&
    passage.text[mark.end] === ' ' &&
    /^\p{Lu}/u.test(passage.text[mark.end + 1] ?? '')
  ) {
    if (
      !INTERJECTIONS.has(words[0].lower) &&
      ![
        'perhaps',
        'maybe',
        'doubtful',
        'hardly',
        'indeed',
        'exactly',
        'nope',
        'wrong',
        'right',
        'true',
        'false',
        'nonsense',
        'rubbish'
      ].includes(words[0].lower)
    )
      return []
  }
  if (tokens.some((token) => /^[:@#/]$/.test(token.text))) return []
  const firstWord = words[0].lower
  if (
    [
      'by',
      'photo',
      'photos',
      'source',
      'sources',
      'credit',
      'via',
      'posted',
      'updated',
      'advertisement',
      'related',
      'image',
      'video',
      'editor',
      'note',
      'contact',
      'reporting',
      'additional',
      'written',
      'follow',
      'share',
      'tags',
      'filed',
      'more',
      'read',
      'see',
      'watch',
      'listen',
      'comments',
      'comment',
      'copyright',
      'all',
      'the',
      'end'
    ].includes(firstWord)
  )
    return []
  // Names and titles: "Mr. Smith.", "United Nations.", "Jeff Pegues reports."
  if (words.length > 1 && words.filter((token) => /^\p{Lu}/u.test(token.text)).length >= 2) return []
  // A paragraph of its own may be a line of a list ("Lower fees."): only a one-word reply counts there, an adverb
  // or an adjective ("Doubtful.", "Perhaps.", "Hardly.").
  // (The word is read in lower case: wink reads a capitalized word alone as a name.)
  if (
    passage.standsAlone() &&
    (words.length > 1 || !['ADV', 'ADJ', 'INTJ'].includes(tagText(words[0].lower)[0]?.pos ?? ''))
  )
    return []
  const first = passage.firstWord()
  return [
    {
      start: tokens[first].start,
      end: tokens[tokens.length - 1].end,
      reason: 'A one-line retort is the writer’s comment, not reporting. Cut it, or say what the facts show.',
      rewrites: [],
      confidence: words.length === 1 ? 0.7 : 0.6
    }
  ]
}

/** Judging adjectives that do not make a short sentence a verdict: literal or a feeling, and words that only say what something shows ("The results were telling."). */
const PLAIN_PREDICATES = new Set([
  ...LITERAL_PREDICATES,
  'predictable',
  'unsurprising',
  'revealing',
  'instructive',
  'telling'
])

const VERDICT_REASON = '“{actual}” is the writer’s verdict, not a fact. Report what happened and let a source judge it.'
const BE_FORMS = new Set(['is', 'was', 'are', 'were', "'s", 'be', 'remains', 'remain', 'seems', 'seemed'])

/**
 * Verdicts the grammar shows: "It is amazing how…", "It is grimly hilarious
 * to…", "It is sad, really," (an impersonal "it is" with a judging adjective
 * and a clause, not "it is clear" or "it is likely", which weigh evidence);
 * an exclamation with "how" or "what" ("How fitting it would be…", "What a
 * surprise."); a short sentence whose predicate judges ("The double standard
 * is glaring."). Not when someone is reported saying it.
 */
function verdicts(passage: Passage): Finding[] {
  const {tokens} = passage
  const first = passage.firstWord()
  if (first < 0) return []
  const words = passage.lowerTokens()
  const findings: Finding[] = []
  const reported = (at = first) => passage.isReported(at)
  const mark = passage.lastMark()
  const question = mark !== undefined && QUESTION_MARK.test(mark.text)
  // "How fitting it would be…", "How convenient." — an exclamation, not a question.
  if (!question && words[first] === 'how' && VERDICT_ADJECTIVES.has(words[first + 1] ?? '') && !reported()) {
    const {start, end, actual} = passage.span(first, first + 1)
    findings.push({start, end, reason: VERDICT_REASON.replace('{actual}', actual), rewrites: [], confidence: 0.8})
  }
  for (let index = first; index < tokens.length; index++) {
    if (words[index] !== 'it' && words[index] !== "it's") continue
    // "it is / it's (really) amazing (just) how…", "it is grimly hilarious to…", "it is sad, really".
    // "it is", "it's", "it really is", "it truly was".
    const adverb = ['really', 'truly', 'just', 'simply', 'certainly', 'surely', 'frankly'].includes(
      words[index + 1] ?? ''
    )
      ? 1
      : 0
    const it =
      words[index] === 'it' && BE_FORMS.has(words[index + 1 + adverb] ?? '')
        ? index + 2 + adverb
        : words[index] === "it's"
          ? index + 1
          : -1
    if (it < 0) continue
    let at = it
    while (
      at < tokens.length &&
      [
        'really',
        'truly',
        'just',
        'simply',
        'quite',
        'rather',
        'very',
        'so',
        'grimly',
        'deeply',
        'genuinely',
        'frankly',
        'downright',
        'utterly',
        'absolutely',
        'sadly',
        'bitterly',
        'darkly',
        'almost',
        'nothing',
        'somewhat',
        'more',
        'most',
        'also',
        'indeed',
        'particularly',
        'especially',
        'all',
        'too',
        'a',
        'little',
        'bit',
        'kind',
        'of'
      ].includes(words[at])
    )
      at++
    const adjective = words[at]
    if (!adjective || !(VERDICT_ADJECTIVES.has(adjective) || VERDICT_ADJECTIVES.has(`${adjective} ${words[at + 1]}`)))
      continue
    const span = VERDICT_ADJECTIVES.has(`${adjective} ${words[at + 1]}`) ? at + 1 : at
    const follow = tokens[span + 1]
    // A clause, an infinitive or a pause after it: "amazing how", "hilarious to hear", "sad, really", "sad." — not "sad news".
    if (
      follow &&
      isWord(follow) &&
      ![
        'how',
        'that',
        'to',
        'when',
        'what',
        'who',
        'just',
        'indeed',
        'really',
        'too',
        'then',
        'for',
        'watching',
        'seeing',
        'hearing',
        'reading'
      ].includes(follow.lower)
    )
      continue
    if (reported(index)) break
    const {start, end, actual} = passage.span(index, span)
    findings.push({start, end, reason: VERDICT_REASON.replace('{actual}', actual), rewrites: [], confidence: 0.75})
    break
  }
  // "The double standard is glaring.": a short sentence whose predicate is a judging adjective.
  const count = passage.words()
  if (!question && count <= 8 && mark && STATEMENT_END.test(mark.text) && findings.length === 0) {
    const lastWord = tokens.indexOf(mark) - 1
    let be = lastWord - 1
    while (
      be > first &&
      [
        'so',
        'very',
        'just',
        'simply',
        'truly',
        'really',
        'utterly',
        'absolutely',
        'downright',
        'plainly',
        'quite',
        'all',
        'too',
        'more',
        'most',
        'both'
      ].includes(words[be])
    )
      be--
    if (
      lastWord > first &&
      BE_FORMS.has(words[be]) &&
      VERDICT_ADJECTIVES.has(words[lastWord]) &&
      !PLAIN_PREDICATES.has(words[lastWord]) &&
      be > first &&
      !['it', "it's"].includes(words[be - 1]) &&
      !reported()
    ) {
      const {start, end, actual} = passage.span(first, lastWord)
      findings.push({start, end, reason: VERDICT_REASON.replace('{actual}', actual), rewrites: [], confidence: 0.65})
    }
    // "The greatness they sell is a lie.", "These are worrying times.": a short sentence that ends in a verdict noun,
    // or in a judging adjective and its noun after "this", "these", "it".
    let article = lastWord - 1
    if (['a', 'an', 'the', 'utter', 'pure', 'total', 'complete', 'outright'].includes(words[article])) article--
    const endsInVerdict = VERDICT_NOUNS_BY_WORD.has(words[lastWord]) && BE_FORMS.has(words[article]) && article > first
    const judgedNoun =
      lastWord - 1 > first &&
      VERDICT_ADJECTIVES.has(words[lastWord - 1]) &&
      !PLAIN_PREDICATES.has(words[lastWord - 1]) &&
      passage.tags()[lastWord]?.pos === 'NOUN' &&
      ['this', 'these', 'those', 'that', 'it', "it's", "that's"].includes(words[first]) &&
      words.slice(first, lastWord - 1).some((word) => BE_FORMS.has(word) || /'s$/.test(word))
    if (findings.length === 0 && (endsInVerdict || judgedNoun) && !reported()) {
      const {start, end, actual} = passage.span(first, lastWord)
      findings.push({start, end, reason: VERDICT_REASON.replace('{actual}', actual), rewrites: [], confidence: 0.65})
    }
  }
  return findings
}

/** Words that open sentences and are never an imperative's verb. */
const NOT_IMPERATIVE = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'there',
  'here',
  'it',
  'he',
  'she',
  'they',
  'we',
  'i',
  'you',
  'his',
  'her',
  'their',
  'its',
  'our',
  'my',
  'your',
  'in',
  'on',
  'at',
  'for',
  'of',
  'by',
  'from',
  'with',
  'as',
  'after',
  'before',
  'since',
  'when',
  'while',
  'if',
  'but',
  'and',
  'or',
  'so',
  'yet',
  'what',
  'who',
  'which',
  'why',
  'how',
  'where',
  'one',
  'some',
  'many',
  'most',
  'all',
  'both',
  'each',
  'every',
  'no',
  'not',
  'more',
  'other',
  'such',
  'than',
  'then',
  'also',
  'still',
  'even',
  'only',
  'last',
  'next',
  'first',
  'new',
  'former',
  'mr',
  'mrs',
  'ms',
  'dr',
  'according',
  'despite',
  'during',
  'under',
  'over',
  'about',
  'because',
  'although',
  'though',
  'until',
  'unless',
  'whether',
  'later',
  'earlier',
  'now',
  'today',
  'yesterday',
  'tomorrow'
])

/** Verbs that are page furniture with the page as object: "Follow us", "Sign up", "Email us", "Join us here". */
const PAGE_VERBS = new Set([
  'follow',
  'like',
  'email',
  'contact',
  'join',
  'call',
  'message',
  'text',
  'sign',
  'send',
  'write',
  'tell',
  'visit',
  'find',
  'tweet',
  'share'
])

const ACTION_REASON =
  '“{actual}” tells readers what to do. Reporting informs; a call to action belongs in an opinion piece, labelled as one.'

/**
 * A call to action: an imperative in the writer's voice ("Call your senator",
 * "Forward this to everyone you know", "Don't let them get away with it",
 * "Speak out"), "it's time to…", "now is the moment…", "it is your duty to…".
 * An imperative of the page ("Click here", "Sign up", "Read more") is page
 * furniture, not the writer's argument. Surer when the reader is addressed
 * ("your", "everyone"), when it forbids ("Don't…", "Never…"), when it
 * exclaims, or when its verb is one of civic action ("vote", "share", "resist").
 */
function callToAction(passage: Passage): Finding[] {
  const {tokens} = passage
  const first = passage.firstWord()
  if (first < 0) return []
  const words = passage.lowerTokens()
  const findings: Finding[] = []
  // "It's time to send in the Marines.", "It is high time we…", "Now is the moment for every American to decide".
  for (let index = first; index < tokens.length; index++) {
    const timeAt =
      words[index] === "it's"
        ? index + 1
        : words[index] === 'it' && ['is', 'was'].includes(words[index + 1])
          ? index + 2
          : -1
    let hit = -1
    if (timeAt > 0) {
      let at = timeAt
      if (['high', 'long', 'past', 'about'].includes(words[at])) at++
      if (words[at] === 'time' && ['to', 'for', 'we', 'that', 'americans'].includes(words[at + 1] ?? '')) hit = at + 1
      if (
        ['your', 'our', 'every', 'the'].includes(words[timeAt]) &&
        words.slice(timeAt + 1, timeAt + 4).some((word) => ['duty', 'responsibility', 'obligation'].includes(word))
      )
        hit = timeAt + 1
    }
    if (
      words[index] === 'now' &&
      words[index + 1] === 'is' &&
      words[index + 2] === 'the' &&
      ['time', 'moment', 'hour'].includes(words[index + 3] ?? '')
    )
      hit = index + 3
    if (hit < 0) continue
    if (passage.isReported(index)) return []
    const end = clauseEnd(tokens, hit)
    const {start, actual} = passage.span(index, end)
    findings.push({
      start,
      end: tokens[end].end,
      reason: ACTION_REASON.replace('{actual}', actual),
      rewrites: [],
      confidence: 0.8
    })
    return findings
  }
  const mark = passage.lastMark()
  if (mark && QUESTION_MARK.test(mark.text)) return []
  // The imperative's verb: the first word, or after "So", "And", "Now", "Just", "Please", "Then".
  let verb = first
  if (
    [
      'so',
      'and',
      'but',
      'now',
      'just',
      'please',
      'then',
      'instead',
      'simply',
      'only',
      'rather',
      'also',
      'again'
    ].includes(words[verb]) &&
    tokens[verb + 1]
  )
    verb += tokens[verb + 1].text === ',' ? 2 : 1
  let negative = false
  if (["don't", 'never'].includes(words[verb]) || (words[verb] === 'do' && words[verb + 1] === 'not')) {
    negative = true
    verb += words[verb] === 'do' ? 2 : 1
  }
  if (words[verb] === "let's" || (words[verb] === 'let' && (words[verb + 1] === 'us' || words[verb + 1] === 'me')))
    return [] // the writer in person (below)
  if (!isWord(tokens[verb])) return []
  // The cheap tests first: the word itself, then the sentence's reading, and last a second tagging (below).
  const word = words[verb]
  // Only a word that can be a verb's base form is worth tagging again: not "the", "he", "this", "Tuesday's", "Officials".
  if (NOT_BASE_FORM.test(word) || NOT_IMPERATIVE.has(word)) return []
  // "March 2015": a month. "Article I, Section 8", "Title IX": a reference by its number.
  if (STARTS_WITH_DIGIT.test(tokens[verb + 1]?.text ?? '')) return []
  if (STARTS_WITH_CAPITAL.test(tokens[verb].text) && /^[IVXL]+$/.test(tokens[verb + 1]?.text ?? '')) return []
  // Page furniture: "Click here", "Follow us on Twitter", "Sign up for our newsletter".
  if (NAVIGATION_VERBS.has(word) || (PAGE_VERBS.has(word) && NAVIGATION_WITH.has(words[verb + 1] ?? ''))) return []
  // "Make sure you add our number", "Install our app": the outlet's own furniture.
  if (words.some((other, index) => other === 'our' && NEWSROOM_NOUNS.has(words[index + 1] ?? ''))) return []
  if (passage.isQuoted(tokens[verb])) return []
  // "Repeat:", "Note:", "Watch:": a label; a line with no full stop is a heading or a signature ("Live Nation and U2");
  // an app, a newsletter, a link or an address is the page's furniture ("Send tips to news@…", "Leave your thoughts below!").
  if (tokens[verb + 1]?.text === ':' || !passage.isProse()) return []
  if (passage.isPageTalk()) return []
  // An adverb or a name in the tagger's first reading is no verb ("Herewith", "Trump"), unless it is a verb of civic action.
  // (Checked first: the second reading, below, tags the sentence again.)
  const original = passage.tags()[verb]?.pos
  if (original !== 'VERB' && original !== 'PROPN' && original !== 'NOUN' && !ACTION_VERBS.has(word)) return []
  // "Trump said…", "Officials Said": a name or a noun with its own verb straight after is a subject, whatever a second reading says.
  const following = passage.tags()[verb + 1]
  if (
    original !== 'VERB' &&
    (following?.pos === 'AUX' || (following?.pos === 'VERB' && following.lemma !== words[verb + 1]))
  )
    return []
  // A headline's imperative is the headline writer's ("Watch: …"), unless it exclaims.
  if (passage.isHeadline() && !(mark && EXCLAMATION_MARK.test(mark.text))) return []
  const imperative = passage.imperative()
  const tag = imperative?.[verb]
  // "Forward this to everyone": a verb of civic action the tagger misreads, with an object after it.
  const misread =
    tag !== undefined &&
    tag.pos !== 'VERB' &&
    ACTION_VERBS.has(word) &&
    ['DET', 'PRON', 'PROPN'].includes(imperative?.[verb + 1]?.pos ?? '')
  if (!tag || (!misread && (tag.pos !== 'VERB' || tag.lemma !== word))) return []
  // Read as a noun at first, it is a verb only with an object after it ("Police at the scene…" is a caption, "Call your senator" a call).
  if (original !== 'VERB' && !ACTION_VERBS.has(word) && !['DET', 'PRON'].includes(imperative?.[verb + 1]?.pos ?? ''))
    return []
  // "Police arrested him", "Share prices fell", "Trump also spoke", "Chip Reid has more": a finite verb follows
  // with no subject of its own, so the first word was the subject.
  if (hasFiniteVerbAfter(tokens, words, imperative!, verb)) return []
  // "Court rules that…", "Call centres closed": a bare noun straight after makes the first word its modifier; an imperative takes "the", "your", "them".
  if (imperative?.[verb + 1]?.pos === 'NOUN' && !ACTION_VERBS.has(word)) return []
  if (passage.isReported(verb)) return []
  const rest = words.slice(verb + 1)
  let confidence = 0.55
  if (
    rest.some((other) =>
      ['you', 'your', 'yourself', 'yourselves', 'everyone', 'everybody', 'anyone', 'friends'].includes(other)
    )
  )
    confidence += 0.2
  if (negative) confidence += 0.2
  if (ACTION_VERBS.has(word)) confidence += 0.15
  if (mark && EXCLAMATION_MARK.test(mark.text)) confidence += 0.15
  // "Remember, the levy was…", "Consider the tonnage figures.", "Keep in mind that…", "Think about that.": the writer
  // guiding the reader through facts, an explainer's formula; shown only at thorough unless it exclaims or forbids.
  if (!negative && !(mark && EXCLAMATION_MARK.test(mark.text)) && isGuide(words, verb)) confidence = 0.4
  const end = clauseEnd(tokens, verb)
  const {start, actual} = passage.span(first, end)
  findings.push({
    start,
    end: tokens[end].end,
    reason: ACTION_REASON.replace('{actual}', actual),
    rewrites: [],
    confidence: Number(Math.min(0.9, confidence).toFixed(2))
  })
  return findings
}

/** The last token of the clause from `from`: before a comma, a bracket, a dash or the sentence's stop. */
function clauseEnd(tokens: readonly WordToken[], from: number): number {
  let at = from
  while (at + 1 < tokens.length && !CLAUSE_BREAK.test(tokens[at + 1].text) && !SENTENCE_STOP.test(tokens[at + 1].text))
    at++
  return at
}

/** Verbs with which a writer guides the reader through facts ("Remember, …", "Consider the figures"). */
const GUIDE_VERBS = new Set(['remember', 'recall', 'consider', 'note', 'notice', 'recognize', 'recognise'])

/**
 * The imperative at `verb` guides the reader: a verb of minding with a fact or a comma after it ("Remember, …",
 * "Recall that…", "Consider the figures"), "keep|bear in mind", "think about that|this|it". Not "consider yourself
 * warned" (a threat) nor "remember the victims" said of people (a call).
 */
function isGuide(words: readonly string[], verb: number): boolean {
  const word = words[verb]
  const after = words[verb + 1] ?? ''
  if (after === 'yourself' || after === 'yourselves') return false
  if (GUIDE_VERBS.has(word)) return true
  if ((word === 'keep' || word === 'bear') && after === 'in' && words[verb + 2] === 'mind') return true
  return word === 'think' && /^(?:about|of|on)$/.test(after) && /^(?:that|this|it)$/.test(words[verb + 2] ?? '')
}

/** Words that open a fronted clause, after whose comma an imperative may follow ("If …, consider yourself toast."). */
const FRONTED = new Set([
  'if',
  'when',
  'as',
  'once',
  'while',
  'before',
  'until',
  'unless',
  'since',
  'whenever',
  'next',
  'meanwhile'
])

/** Words before a colon that announce someone's words or a rule, so what follows is quoted, not the writer's call ("Her message: vote."). */
const ANNOUNCING = new Set([
  'message',
  'advice',
  'slogan',
  'motto',
  'instructions',
  'instruction',
  'words',
  'order',
  'orders',
  'plea',
  'call',
  'demand',
  'demands',
  'cry',
  'chant',
  'sign',
  'signs',
  'banner',
  'tweet',
  'post',
  'headline',
  'caption',
  'title',
  'reads',
  'read',
  'said',
  'says',
  'wrote',
  'writes',
  'tweeted',
  'told',
  'warned',
  'urged',
  'note',
  'text',
  'email',
  'letter',
  'statement',
  'rule',
  'rules',
  'law',
  'policy',
  'tip',
  'tips',
  'request',
  'command',
  'mantra',
  'refrain',
  'response',
  'reply',
  'answer',
  'recipe',
  'step',
  'steps',
  // A plan or a motive, whose content follows: "For the retailer, the incentive is clear: lock in its suppliers."
  'incentive',
  'goal',
  'goals',
  'aim',
  'plan',
  'idea',
  'strategy',
  'mission',
  'purpose',
  'task',
  'job',
  'objective',
  'priority',
  'motive',
  'agenda',
  'intent',
  'intention',
  'thinking',
  'reasoning',
  'logic',
  'calculation',
  'pitch',
  'promise',
  'offer',
  'proposal',
  'deal',
  'choice',
  'option',
  'options'
])

/**
 * An imperative inside the sentence, in the writer's voice: after a colon
 * ("This would solve their problem: Erase the line.") or after a fronted
 * clause ("…and really, if the bank is taking the high ground, consider
 * yourself toast.", "As the campaigns sink lower, remember this:"). Weaker
 * evidence than an imperative that opens the sentence; surer with a verb of
 * civic action or the reader addressed. Not after words that announce a
 * quotation or a rule ("His message was simple: vote.").
 */
function embeddedImperative(passage: Passage): Finding[] {
  const mark = passage.lastMark()
  if ((mark && QUESTION_MARK.test(mark.text)) || !passage.isProse()) return []
  const {tokens} = passage
  const first = passage.firstWord()
  // Only after a colon or a comma: most sentences have neither, and need not have their words read.
  if (!tokens.some((token, index) => index > first && (token.text === ':' || token.text === ','))) return []
  const words = passage.lowerTokens()
  for (let verb = first + 2; verb < tokens.length; verb++) {
    const before = tokens[verb - 1].text
    if (before === ':') {
      const lead = words.slice(first, verb - 1)
      if (lead.length < 4 || lead.some((word) => ANNOUNCING.has(word))) continue
    } else if (before === ',') {
      // The clause opens at the sentence's start or after a dash or a semicolon, past "and", "really" or a vocative.
      let start = first
      for (let at = verb - 2; at > first; at--)
        if (CLAUSE_OPENING_BREAK.test(tokens[at].text)) {
          start = at + 1
          break
        }
      let at = start
      while (
        at < verb &&
        (!isWord(tokens[at]) ||
          ['and', 'but', 'so', 'really', 'seriously', 'honestly', 'now', 'then', 'people', 'folks', 'look'].includes(
            words[at]
          ))
      )
        at++
      if (!FRONTED.has(words[at]) || tokens.slice(at, verb - 1).some((token) => token.text === ',')) continue
    } else continue
    const word = words[verb]
    if (!isWord(tokens[verb]) || NOT_IMPERATIVE.has(word) || NOT_BASE_FORM.test(word)) continue
    if (NAVIGATION_VERBS.has(word)) continue
    // A headline's imperatives are the headline writer's: read for the few sentences that get this far.
    if (passage.isHeadline()) return []
    const tags = passage.imperative(verb)
    const tag = tags?.[verb]
    if (!tags || !tag || tag.pos !== 'VERB' || tag.lemma !== word) continue
    if (hasFiniteVerbAfter(tokens, words, tags, verb)) continue
    if (tags[verb + 1]?.pos === 'NOUN' && !ACTION_VERBS.has(word)) continue
    // Page furniture ("Follow us on Twitter, share this"): read last, for the few sentences that get this far.
    if (passage.isQuoted(tokens[verb]) || passage.isReported(verb) || passage.isPageTalk()) return []
    let confidence = 0.45
    if (ACTION_VERBS.has(word)) confidence += 0.2
    if (words.slice(verb + 1).some((other) => ['you', 'your', 'yourself', 'yourselves', 'everyone'].includes(other)))
      confidence += 0.2
    const end = clauseEnd(tokens, verb)
    const {start, actual} = passage.span(verb, end)
    return [
      {
        start,
        end: tokens[end].end,
        reason: ACTION_REASON.replace('{actual}', actual),
        rewrites: [],
        confidence: Number(Math.min(0.85, confidence).toFixed(2))
      }
    ]
  }
  return []
}

/** Words that open a clause of their own, so a finite verb after them has its own subject. */
const CLAUSE_OPENERS = new Set([
  'that',
  'how',
  'what',
  'who',
  'whom',
  'which',
  'when',
  'where',
  'why',
  'if',
  'whether',
  'because',
  'while',
  'and',
  'or',
  'but',
  'so',
  'as',
  'than',
  'until',
  'before',
  'after',
  'since',
  'unless',
  'though',
  'although'
])

/** Whether, in the clause after the verb at `verb`, a finite verb comes before any subject or clause of its own. */
function hasFiniteVerbAfter(
  tokens: readonly WordToken[],
  words: readonly string[],
  tags: ReadonlyArray<{pos: PartOfSpeech; lemma: string} | undefined>,
  verb: number
): boolean {
  for (let at = verb + 1; at < tokens.length; at++) {
    if (!isWord(tokens[at])) {
      if (CLAUSE_BREAK.test(tokens[at].text) || SENTENCE_STOP.test(tokens[at].text)) return false
      continue
    }
    const tag = tags[at]
    if (!tag) continue
    if (tag.pos === 'PRON' || CLAUSE_OPENERS.has(words[at]) || words[at] === 'to') return false
    if (tag.pos === 'AUX' && !["n't", 'not'].includes(words[at])) return true
    if (tag.pos === 'VERB' && words[at] !== tag.lemma && !/ing$/.test(words[at])) return true
  }
  return false
}

const FIRST_SINGULAR = new Set(['i', "i'm", "i've", "i'd", "i'll"])
const FIRST_PLURAL = new Set(['we', "we're", "we've", "we'd", "we'll"])
/** The words by which the writer or the reader is in the sentence: without one, there is nothing for writerInPerson to read. */
const IN_PERSON_WORDS = new Set([
  ...FIRST_SINGULAR,
  ...FIRST_PLURAL,
  'me',
  'my',
  'us',
  "let's",
  'you',
  "you're",
  "you'd",
  "you'll"
])

const IN_PERSON =
  '“{actual}” puts the writer in the story. Report what happened and who says so; leave your own view to a signed column.'

/**
 * The writer in person, outside quotations: "I think", "I have no sympathy",
 * "let me be clear", "as I have written", "in my view", "we all know", "we
 * must", "we believe", "I ask you to…", "you cannot vote for him and
 * pretend". Not newsroom procedure ("I asked the mayor", "we reached out to
 * the company", "we could not verify"), not "I" as a numeral ("World War
 * I"), and not the writer in person and no more: any other "we" ("we have
 * five cases", "we'll see"), "our nation", a fact the writer is unsure of
 * ("I am not sure if…"), an estimate ("I'd guess four storeys"), a feeling
 * told ("I feel awful", "I'm glad we went"). In a signed column or a
 * first-person account that is the writer's ordinary voice.
 */
function writerInPerson(passage: Passage): Finding[] {
  const {tokens} = passage
  const words = passage.lowerTokens()
  if (!words.some((word) => IN_PERSON_WORDS.has(word))) return []
  const tags = passage.tags()
  const findings: Finding[] = []
  const first = passage.firstWord()
  const reported = (at: number) => passage.isReported(at)
  // A headline's or the page's "you" and "we" are not the writer's. Read at the first finding: most sentences with
  // "we" or "you" have none.
  let headlineOrPage: boolean | undefined
  const push = (from: number, to: number, confidence: number) => {
    headlineOrPage ??= passage.isHeadline() || passage.isPageTalk()
    if (headlineOrPage || passage.isQuoted(tokens[from])) return
    const {start, end, actual} = passage.span(from, to)
    findings.push({start, end, reason: IN_PERSON.replace('{actual}', actual), rewrites: [], confidence})
  }
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]
    if (!isWord(token)) continue
    const word = words[index]
    // "let me tell you", "let's be honest", "let us pray".
    if (
      (word === 'let' &&
        (words[index + 1] === 'me' || words[index + 1] === 'us') &&
        (tags[index + 2]?.pos === 'VERB' || tags[index + 2]?.pos === 'AUX')) ||
      word === "let's"
    ) {
      const verbAt = word === "let's" ? index + 1 : index + 2
      if (!reported(index))
        push(index, Math.min(tags[verbAt + 1]?.pos === 'ADJ' ? verbAt + 1 : verbAt, tokens.length - 1), 0.85)
      continue
    }
    // "in my view", "my guess is", "my money is on".
    if (
      word === 'my' &&
      [
        'view',
        'opinion',
        'guess',
        'hunch',
        'sense',
        'bet',
        'money',
        'prediction',
        'advice',
        'take',
        'feeling',
        'belief',
        'thoughts',
        'suspicion',
        'verdict',
        'point'
      ].includes(words[index + 1] ?? '')
    ) {
      // "my thoughts are with the families", "my thoughts and prayers": condolence, not a view.
      const condolence =
        words[index + 1] === 'thoughts' &&
        ['are', 'and', 'go', 'goes', 'remain', 'were'].includes(words[index + 2] ?? '')
      if (!reported(index) && !condolence) push(index, index + 1, 0.8)
      continue
    }
    const firstSingular = FIRST_SINGULAR.has(word)
    const firstPlural = FIRST_PLURAL.has(word)
    if (firstSingular) {
      // "World War I", "Charles I", "Article I, Section 8": a numeral after a capitalized word, before a stop or another name.
      const after = tokens[index + 1]
      if (
        word === 'i' &&
        token.text === 'I' &&
        index > first &&
        isWord(tokens[index - 1]) &&
        /^\p{Lu}/u.test(tokens[index - 1].text) &&
        (!after || !isWord(after) || /^\p{Lu}/u.test(after.text))
      )
        continue
      if (
        word === 'i' &&
        token.text === 'I' &&
        index === first + 1 &&
        /^\p{Lu}/u.test(tokens[first].text) &&
        tags[first]?.pos !== 'ADV' &&
        (!after || !isWord(after))
      )
        continue
      const verb = verbAfter(tokens, tags, index)
      const verbWord = verb < 0 ? '' : words[verb]
      const lemma = verb < 0 ? (word === "i'm" ? 'be' : word === "i've" ? 'have' : '') : (tags[verb]?.lemma ?? verbWord)
      // "as I have written", "as I said last week": the writer citing themselves.
      if (words[index - 1] === 'as' && verb >= 0 && SELF_CITING.includes(verbWord)) {
        push(index - 1, verb, 0.8)
        continue
      }
      if (reported(index)) continue
      const view = firstPersonView(tokens, tags, words, index, verb, lemma)
      if (view) {
        push(index, view.end, view.confidence)
        index = view.end
      }
      continue
    }
    if (firstPlural) {
      const verb = verbAfter(tokens, tags, index)
      const lemma = verb < 0 ? '' : (tags[verb]?.lemma ?? words[verb])
      const inclusive =
        words[index + 1] === 'all' ||
        (words[index + 1] === 'as' &&
          ['a', 'americans', 'citizens', 'people', 'voters', 'society', 'readers'].includes(words[index + 2] ?? '')) ||
        ['must', 'should', 'need', 'cannot', "can't", 'ought', 'dare', 'know', 'all'].includes(
          words[index + 1] ?? ''
        ) ||
        (words[index - 1] === 'as' && ['know', 'all'].includes(words[index + 1] ?? '')) ||
        // "lest we forget": an appeal to every reader.
        words[index - 1] === 'lest' ||
        (word === 'we' &&
          [
            'americans',
            'the',
            'citizens',
            'voters',
            'conservatives',
            'liberals',
            'progressives',
            'christians',
            'patriots'
          ].includes(words[index + 1] ?? ''))
      if (PROCEDURE_VERBS.has(lemma) && !inclusive) continue
      // "Here's what we know", "what we know so far": the newsroom's account of the facts.
      if (words.slice(Math.max(0, index - 3), index).includes('what') || words[index - 1] === "here's") continue
      // "we reached out", "we were unable to verify", "we have asked": the newsroom at work.
      if (
        words
          .slice(index + 1, index + 5)
          .some((other) =>
            [
              'unable',
              'able',
              'reached',
              'contacted',
              'asked',
              'requested',
              'verify',
              'confirm',
              'comment',
              'updated',
              'obtained',
              'reviewed'
            ].includes(other)
          )
      )
        continue
      if (reported(index)) continue
      // "we nervously awaited the final out", "We were Americans": a memoir's narration in the past, not a view.
      if (!inclusive && verb >= 0 && isPastNarration(words, tags, index, verb)) continue
      // "we are told": hearsay with no source, which the weasel rule reports.
      if (words[index + 1] === 'are' && words[index + 2] === 'told') continue
      const end = verb >= 0 ? verb : index
      // Any other "we" is the writer in person and no more ("we have five cases", "we live nearby", "we'll see"): in a
      // signed column or a first-person account that is the writer's ordinary voice, not the writer arguing. A view
      // after it ("we believe", "we value") is the writer's, shown at thorough.
      if (!inclusive && !OPINION_VERBS.has(lemma) && !SHARED_VALUES.has(lemma)) continue
      push(index, end, inclusive ? 0.8 : 0.4)
      index = end
      continue
    }
    // "You cannot vote for him and pretend…", "you must", "you'd think", "you know": the reader addressed.
    if (word === 'you' || word === "you'd" || word === "you're") {
      const next = words[index + 1] ?? ''
      // "Here's what you need to know": an explainer's signpost, not the reader told what to think.
      const signpost =
        words[index - 1] === 'what' &&
        next === 'need' &&
        words[index + 2] === 'to' &&
        ['know', 'remember', 'understand'].includes(words[index + 3] ?? '')
      const addressed =
        ['cannot', "can't", 'must', 'should', 'ought', 'need', 'have', "shouldn't", "mustn't"].includes(next) &&
        !(next === 'have' && words[index + 2] !== 'to') &&
        !signpost
      // "you know," "you see," set off as an aside (not "everyone you know"); "you guessed it".
      const setOff = index === first || /^[,—–(]$/.test(tokens[index - 1]?.text ?? '')
      const aside =
        (word === "you'd" && ['think', 'expect', 'imagine', 'assume', 'be'].includes(next)) ||
        (word === 'you' &&
          setOff &&
          ['know', 'see', 'guessed'].includes(next) &&
          (tokens[index + 2] === undefined || /^[,.—]$/.test(tokens[index + 2].text) || next === 'guessed'))
      if (!addressed && !aside) continue
      if (reported(index)) continue
      push(index, index + 1, addressed ? (['cannot', "can't"].includes(next) ? 0.5 : 0.65) : 0.75)
      index++
    }
  }
  return findings
}

/**
 * Whether "we" and its verb tell of the past: a past form straight after the
 * subject ("we nervously awaited", "We were", "we became"), not a present, a
 * modal or a perfect ("we do", "we could avoid", "we have seen").
 */
function isPastNarration(
  words: readonly string[],
  tags: ReadonlyArray<WordTag | undefined>,
  index: number,
  verb: number
): boolean {
  // "we've ceded", "we'd made": a perfect or a modal in the contraction.
  if (words[index] !== 'we') return false
  const word = words[verb]
  if (['was', 'were', 'had', 'did'].includes(word)) return true
  const tag = tags[verb]
  if (tag?.pos !== 'VERB' || word === tag.lemma || /(?:ing|s)$/.test(word)) return false
  // An auxiliary between ("we have seen", "we would have") makes it no simple past.
  return !words
    .slice(index + 1, verb)
    .some((other, offset) => tags[index + 1 + offset]?.pos === 'AUX' || other === 'have')
}

/** Words that may stand between "am" or "was" and an attitude: "I'm not so sure", "I was truly a bit surprised". */
const BE_MODIFIERS = new Set([
  'not',
  'so',
  'really',
  'quite',
  'absolutely',
  'just',
  'very',
  'truly',
  'frankly',
  'pretty',
  'still',
  'always',
  'never',
  'a',
  'bit',
  'little'
])

/**
 * What the writer says of their own mind after "I", with how sure it is a
 * view: a verb of opinion ("I think", "I always believed", "I would argue"),
 * an attitude ("I am convinced", "I'm sure", "I am dying to know"), a feeling
 * withheld ("I have no sympathy"). Narration ("I remember", "I was raised",
 * "I witnessed") and procedure ("I asked the mayor") are not.
 */
function firstPersonView(
  _tokens: readonly WordToken[],
  tags: ReadonlyArray<WordTag | undefined>,
  words: readonly string[],
  index: number,
  verb: number,
  lemma: string
): {end: number; confidence: number} | undefined {
  if (verb < 0) {
    // "I'm sure", "I'm not convinced": the contraction carries "be".
    if (words[index] === "i'm") {
      let at = index + 1
      while (BE_MODIFIERS.has(words[at] ?? '') && words[at] !== 'always' && words[at] !== 'never') at++
      if (ATTITUDES.has(words[at] ?? '')) return attitude(words, index, at)
    }
    return undefined
  }
  // "I am convinced", "I was not impressed": the participle read as the verb.
  if (ATTITUDES.has(words[verb]) && tags[verb - 1]?.lemma === 'be') return attitude(words, index, verb)
  // "I must say", "I have to admit", "I can't help but", "I'd wager": a modal before a verb of saying or guessing,
  // standing between "I" and the verb (verbAfter gives the verb, not the modal) or in the contraction. Read before the
  // verbs of procedure: "I must note" is a view, "I noted" a reporter's step.
  const modal =
    /^i['’](?:d|ll)$/.test(words[index]) ||
    words
      .slice(index + 1, verb)
      .some((word, offset) => tags[index + 1 + offset]?.pos === 'AUX' && OPINION_MODALS.has(word))
  // The verb in its base form: "I have said", "I have noted" are a perfect, not a modal's verb.
  if (modal && tags[verb]?.pos === 'VERB' && words[verb] === lemma) {
    // "I'd guess from memory four or five stories", "I would estimate 200 people": an estimate of a figure, not a view.
    if (
      ['guess', 'estimate'].includes(lemma) &&
      words.slice(verb + 1, verb + 6).some((word) => /^\d/.test(word) || NUMBER_WORDS.has(word))
    )
      return undefined
    const negated = words.slice(index + 1, verb).some((word) => ["can't", 'cannot', 'not', "n't"].includes(word))
    // "I can't help but wonder", "I cannot help thinking" — not "I would help the crew".
    const help = lemma === 'help' && negated && (words[verb + 1] === 'but' || /ing$/.test(words[verb + 1] ?? ''))
    // "I should add that…", "I must note, though,": a verb of procedure is a view only before its clause ("I will note the fees" is a step).
    const procedure = PROCEDURE_VERBS.has(lemma) && !['that', ','].includes(words[verb + 1] ?? '')
    if (help || (lemma !== 'help' && !procedure && MODAL_VIEW_VERBS.has(lemma))) return {end: verb, confidence: 0.8}
  }
  // "I ask my fellow Americans to repent", "I urge you to vote", "I call on every reader to…": the writer's appeal.
  if (APPEALS.has(lemma) && words[verb] === lemma) {
    const object = words.slice(verb + 1, verb + 5)
    if (
      object.some((word) => APPEALED_TO.has(word)) &&
      words.slice(verb + 2, verb + 8).includes(lemma === 'call' ? 'on' : 'to')
    )
      return {end: verb, confidence: 0.8}
  }
  if (PROCEDURE_VERBS.has(lemma) && !OPINION_VERBS.has(lemma)) return undefined
  // "I think" is the writer's view now; "I always believed", "I thought", "I didn't think" may be the story of a view
  // once held. "I feel awful", "I felt bad for them": a feeling told, a memoir's, not a view (a view is "I feel that…",
  // "I feel like…").
  if (OPINION_VERBS.has(lemma) && tags[verb]?.pos !== 'AUX') {
    if (lemma === 'feel' && isFeelingTold(words, tags, verb)) return undefined
    const past = words.slice(index + 1, verb).some((word) => PAST_AUXILIARIES.has(word))
    return {end: verb, confidence: (words[verb] === lemma || /s$/.test(words[verb])) && !past ? 0.85 : 0.45}
  }
  // "I am convinced", "I was not impressed", "I am dying to know".
  if (lemma === 'be') {
    let at = verb + 1
    while (BE_MODIFIERS.has(words[at] ?? '')) at++
    if (ATTITUDES.has(words[at] ?? '') && words[at] !== 'no' && words[at] !== 'not') return attitude(words, index, at)
    return undefined
  }
  // "I have no sympathy", "I have little patience for".
  if (
    lemma === 'have' &&
    ['no', 'little', 'zero', 'nothing'].includes(words[verb + 1] ?? '') &&
    (FEELING_NOUNS.has(words[verb + 2] ?? '') || words[verb + 1] === 'nothing')
  )
    return {end: verb + 2, confidence: 0.8}
  return undefined
}

/** Verbs of an appeal after "I" ("I ask you to…", "I urge every voter to…", "I call on readers to…"). */
const APPEALS = new Set(['ask', 'urge', 'implore', 'beg', 'encourage', 'invite', 'challenge', 'call', 'exhort'])

/** Whom an appeal addresses: the readers, everyone, "my fellow Americans". */
const APPEALED_TO = new Set([
  'you',
  'everyone',
  'everybody',
  'readers',
  'fellow',
  'all',
  'every',
  'each',
  'americans',
  'citizens',
  'voters'
])

/** Verbs by which "we" declares what the writer and readers hold dear: "we value", "we cherish", "we stand for". */
const SHARED_VALUES = new Set(['value', 'cherish', 'respect', 'honor', 'honour', 'stand', 'deserve', 'owe'])

/** Auxiliaries that put "I" and its verb in the past: "I didn't think", "I had hoped". */
const PAST_AUXILIARIES = new Set(['did', "didn't", 'had', "hadn't", 'was', 'were', 'used'])

/** Numbers in words: an estimate gives one ("I'd guess four or five stories high"). */
const NUMBER_WORDS = new Set([
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'fifteen',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'hundred',
  'hundreds',
  'thousand',
  'thousands',
  'million',
  'millions',
  'billion',
  'dozen',
  'dozens',
  'half',
  'zero'
])

/** Attitudes that are feelings about what the writer did or met ("I'm glad we went", "I'm sorry I missed it"). */
const FEELINGS = new Set([
  'glad',
  'happy',
  'sorry',
  'proud',
  'ashamed',
  'grateful',
  'thrilled',
  'delighted',
  'pleased',
  'disappointed',
  'embarrassed',
  'relieved',
  'sad'
])

/**
 * How sure an attitude after "I" is a view ("I am convinced", "I'm sure it will fail"): not when the writer is
 * unsure of a fact ("I am not sure if it was illegal", "I'm not certain when it closed"), a hedge of memory or
 * knowledge, nor when it is a feeling about the writer's own doings ("I'm glad we did it"), a memoir's.
 */
function attitude(words: readonly string[], index: number, at: number): {end: number; confidence: number} | undefined {
  const negated = words.slice(index, at).some((word) => word === 'not' || /n['’]t$/.test(word))
  const next = words[at + 1] ?? ''
  if (
    negated &&
    ['sure', 'certain'].includes(words[at]) &&
    ['if', 'whether', 'what', 'when', 'where', 'who', 'why', 'how', 'which', 'exactly', 'anymore', '.', ','].includes(
      next
    )
  )
    return undefined
  const own = (next === 'that' ? words[at + 2] : next) ?? ''
  if (FEELINGS.has(words[at]) && /^(?:i|we|i['’](?:m|ve|d)|we['’](?:re|ve|d))$/.test(own)) return undefined
  return {end: at, confidence: 0.8}
}

/** Whether "feel" at `verb` tells a feeling ("I feel awful", "I felt so bad") rather than a view ("I feel that…", "I feel like…"). */
function isFeelingTold(words: readonly string[], tags: ReadonlyArray<WordTag | undefined>, verb: number): boolean {
  let at = verb + 1
  while (
    ['so', 'very', 'really', 'truly', 'pretty', 'quite', 'deeply', 'a', 'bit', 'little', 'terribly'].includes(
      words[at] ?? ''
    )
  )
    at++
  return tags[at]?.pos === 'ADJ' || ['bad', 'awful', 'terrible', 'sick', 'guilty', 'sorry'].includes(words[at] ?? '')
}

/** The verb of the subject at `index`: past adverbs, negation and auxiliaries, to the first verb (or the auxiliary itself: "I am dying", "I have no sympathy"). */
function verbAfter(tokens: readonly WordToken[], tags: ReadonlyArray<WordTag | undefined>, index: number): number {
  let auxiliary = -1
  for (let at = index + 1; at < tokens.length && at <= index + 5; at++) {
    const tag = tags[at]
    if (!isWord(tokens[at]) || !tag) return auxiliary
    // "we all know", which the tagger reads as a noun after "all".
    if (
      tag.pos === 'VERB' ||
      (tag.pos === 'NOUN' && OPINION_VERBS.has(tag.lemma) && !['DET', 'ADJ'].includes(tags[at - 1]?.pos ?? '')) ||
      (tag.pos === 'NOUN' && tokens[at - 1]?.lower === 'all')
    )
      return at
    if (tag.pos === 'AUX') {
      if (auxiliary < 0) auxiliary = at
      continue
    }
    if (tag.pos === 'ADV' || tag.pos === 'PART' || ['all', 'both', 'each'].includes(tokens[at].lower)) continue
    return auxiliary >= 0 ? auxiliary : -1
  }
  return auxiliary
}
