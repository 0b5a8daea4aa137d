import {articleMatches, literally} from '../reading/article-search'
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {partOfSpeech, tagText, type PartOfSpeech, type WordTag} from '../reading/part-of-speech'
import {contextOf, sentenceCountOf, sentencesOf, type SentenceTokens, type WordToken} from '../reading/sentences'
import {isReportingVerb, isSayingVerb} from '../reading/speech'
import {vagueViewsShownByDefault} from '../reading/vague-views'
import {hasAttributedVoice} from '../reading/voices'
import {report, type Rewrite} from '../rewrites/report'
import {createLexiconRule} from '../rule-kit/lexicon-rule'
import {
  CAPITALISED_GROUPS,
  CONCEALING_AIMS,
  CONDITIONALS,
  FEELING_NOUNS,
  FEELINGS,
  FIRST_AND_SECOND_PERSON,
  FIRST_PERSON_GUESSES,
  FIRST_PERSON_HEDGES,
  HEDGES,
  INFINITIVE_TAKERS,
  LEAVING_VERBS,
  LINKING_VERBS,
  MIND_VERBS,
  MOTIVE_OBJECTS,
  NOT_A_CLAUSE,
  PLAN_VERBS,
  QUESTION_OPENERS,
  SCHEDULED_TAKE,
  SCHEDULING_VERBS,
  SOURCE_SUBJECTS,
  SPEECH_NOUNS,
  SPECULATION,
  SPECULATION_CLASSES,
  THIRD_PERSON_MINDS,
  TIME_WORDS
} from './speculation.data'

const RULE_ID = 'speculation'
const NOTE =
  'Nobody knows the future or another party’s mind for certain. Predictions and motives belong to named sources, or carry a hedge.'

/** Predictions and motives stated as certain, from the word list: "will inevitably shape", "the incentive is clear". */
const speculationWords = createLexiconRule({
  ruleId: RULE_ID,
  entries: SPECULATION,
  classes: SPECULATION_CLASSES,
  message: '“{actual}” states a prediction as certain. Hedge it, or attribute it.',
  note: NOTE,
  rewriteTitle: (actual, replacement) => `Hedge: replace “${actual}” with “${replacement}”`
})

/**
 * Speculation in the writer's own voice: the word list above, and by grammar
 * what no list can hold —
 *
 * - an outcome stated as certain with a bare "will" ("Her voters will stay
 *   loyal"), "is going to" ("is going to win"): not a date in the diary ("will
 *   meet on Tuesday", "will be held"), not a plan someone announced ("the
 *   company said it will close…", in the sentence or the one before), not a
 *   conditional ("if…, will") or a hedged one ("will likely");
 * - another's mind stated as fact: wishes, knowledge and beliefs ("they want
 *   to", "voters know", "he believes the rules don't apply"), feelings ("the
 *   staff were appalled", "Americans are sick of"), motives ("he needs an
 *   excuse"), when the subject is a third person and no one is cited.
 *
 * Each finding offers a hedged form whose verb agrees ("will stay" → "may
 * stay", "is going to win" → "could win", "he believes" → "he seems to
 * believe") or an attribution ("[source] says he needs an excuse").
 *
 * Readings an editor weighs case by case carry a lower confidence and show
 * at `thorough` (the constants below): a forecast in the clause after a
 * condition ("If the vote fails, the coalition will collapse"), a "would"
 * foretelling in the writer's present ("there would be riots"), a feeling
 * named as a noun ("his desperation grows"), a concealing purpose ("brash to
 * mask his fragility"), an expectation ("she expects special treatment"),
 * and any reading after a sentence that cites someone (their plan, or the
 * writer's gloss on it). "It did not matter to him that…" shows by default.
 *
 * Where the weasel rule gives the words to a vague source ("Many believe",
 * "some voters fear"), this rule stays silent on them and on the forecast
 * they hold ("Many believe the port will close"): one finding, the weasel's.
 */
export default function speculation() {
  const findWords = speculationWords()
  return function (tree: Root, file: VFile) {
    const before = file.messages.length
    findWords(tree, file)
    const sentences = sentencesOf(tree)
    // A question or a headline asks or announces; the word list is silenced there as the grammar is ("Will the deal
    // inevitably shape the port?", "Deal Is Bound To Fail").
    const silenced = sentences.map(
      (sentence) => isHeadline(sentence) || isQuestion(sentence) || isTitleCase(sentence.tokens)
    )
    for (const message of file.messages.slice(before)) {
      const start = message.place && 'start' in message.place ? message.place.start.offset : undefined
      if (
        start !== undefined &&
        sentences.some((sentence, position) => silenced[position] && sentence.start <= start && start < sentence.end)
      )
        file.messages.splice(file.messages.indexOf(message), 1)
    }
    const taken = reportedSpans(file)
    for (let position = 0; position < sentences.length; position++) {
      if (silenced[position]) continue
      const passage = new Passage(file, sentences, position)
      for (const finding of [...cannotFail(passage), ...certainFutures(passage), ...mindReadings(passage)]) {
        if (taken.some((span) => span.start < finding.end && finding.start < span.end)) continue
        taken.push(finding)
        report(file, {ruleId: RULE_ID, ...finding, note: NOTE, confidence: finding.confidence ?? SURE})
      }
    }
  }
}

interface Finding {
  start: number
  end: number
  reason: string
  rewrites: Rewrite[]
  /** How sure the reading is; SURE when left out. */
  confidence?: number
}

/**
 * Confidences of the grammatical findings (sensitivity thresholds: precise
 * .75, balanced .5, thorough .25). The surest readings are shown by default;
 * the ones an editor would weigh case by case only at `thorough`.
 */
/** "will stay", "they want", "the staff were appalled": the plain readings. */
const SURE = 0.8
/** "It did not matter to him that…": a feeling told from the outside, in a fixed form. */
const MATTER_TO = 0.6
/** "his desperation grows", "Obama's disdain for": a feeling named as a noun, often the article's reading of what was shown. */
const FEELING_NOUN = 0.45
/** "If the vote fails, the coalition will collapse": a forecast, but of what follows a condition. */
const CONDITIONAL_FORECAST = 0.4
/** "He is brash to mask his fragility": a concealing purpose read into an act. */
const CONCEALING_PURPOSE = 0.4
/** "there would be riots", "it would be a crisis": a hypothetical told as what will follow; as often a plain conditional. */
const WOULD_FORECAST = 0.35
/** A forecast or a mind read after a sentence that cites someone: perhaps theirs, perhaps the writer's gloss on it. */
const CITED_BEFORE = 0.3
/** "She expects special treatment": an expectation read into someone, as often their own stated one. */
const EXPECTATION = 0.35

/** The spans this rule has reported already (the word list's), so one stretch of text gets one finding. */
function reportedSpans(file: VFile): Array<{start: number; end: number}> {
  const spans: Array<{start: number; end: number}> = []
  for (const message of file.messages) {
    if (message.ruleId !== RULE_ID || !message.place || !('start' in message.place)) continue
    const {start, end} = message.place
    if (start.offset !== undefined && end.offset !== undefined) spans.push({start: start.offset, end: end.offset})
  }
  return spans
}

const TERMINAL = /^[.!?…]+$|^[”"’')\]]$/

/** A line of its own with no closing punctuation: a headline, whose claims the body carries. */
function isHeadline({paragraph, tokens}: SentenceTokens): boolean {
  const last = tokens[tokens.length - 1]
  // The tokenizer keeps the full stop of some last words ("the Civil War."): that word closes the sentence too.
  return sentenceCountOf(paragraph) === 1 && (!last || !(TERMINAL.test(last.text) || /\p{L}\.$/u.test(last.text)))
}

function isQuestion({tokens}: SentenceTokens): boolean {
  const last = [...tokens].reverse().find((token) => !/^[”"’')\]]+$/.test(token.text))
  return last !== undefined && /\?/.test(last.text)
}

/** Most words after the first start with a capital, three or more of them (counted without building lists: this runs on every sentence). */
function isTitleCase(tokens: readonly WordToken[]): boolean {
  let words = -1
  let capitals = 0
  for (const token of tokens) {
    if (!isWord(token) || !STARTS_WITH_LETTER.test(token.text)) continue
    words++
    if (words > 0 && STARTS_WITH_CAPITAL.test(token.text)) capitals++
  }
  return words >= 3 && capitals >= 0.7 * words
}

const STARTS_WITH_LETTER = /^\p{L}/u
const STARTS_WITH_CAPITAL = /^\p{Lu}/u

const isWord = (token: WordToken | undefined): token is WordToken =>
  token !== undefined && token.node.type === 'WordNode'

/** Verbs that can stand between a subject and its verb: "they really do think", "he simply doesn't care". */
const DO_FORMS = new Set(['do', 'does', 'did', "don't", "doesn't", "didn't", 'not', "n't", 'never'])
/** Modals that hedge or condition a verb already: "they may want", "he must know". */
const MODALS = new Set([
  'would',
  'could',
  'might',
  'may',
  'must',
  'should',
  'can',
  'cannot',
  "can't",
  "couldn't",
  "wouldn't",
  "shouldn't",
  "mightn't",
  'ought'
])
/** The forms of "be" that link a subject to how it feels, with the hedged form that agrees with it. */
const SEEM_FOR_BE: ReadonlyMap<string, string> = new Map([
  ['is', 'seems'],
  ['are', 'seem'],
  ['was', 'seemed'],
  ['were', 'seemed']
])
/** Words after which a subject opens its own clause, so "[source] says" can go before it. */
const CLAUSE_OPENERS = new Set([
  'and',
  'but',
  'because',
  'since',
  'so',
  'that',
  'as',
  'while',
  'when',
  'yet',
  'now',
  'though',
  'although'
])
const NOMINAL: ReadonlySet<PartOfSpeech> = new Set(['NOUN', 'PROPN', 'PRON', 'NUM'])
const NOUN_PHRASE: ReadonlySet<PartOfSpeech> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'])
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your'])
/** A contraction that holds its subject: "they'll", "it's", "they're". */
const CONTRACTED = /^([a-z]+)'(ll|s|re)$/

/**
 * One sentence with what the detection needs to ask of it and of its
 * neighbours: tags, whether someone is cited, whether it is conditional,
 * hedged or dated. The tags and the citation are worked out once, when first
 * asked: a sentence with no candidate word is never tagged here.
 */
class Passage {
  readonly sentence: SentenceTokens
  readonly tokens: readonly WordToken[]
  readonly words: readonly string[]
  readonly text: string
  private cachedTags?: ReadonlyArray<WordTag | undefined>
  private cachedCitedBefore?: boolean
  private cachedVagueViews?: ReadonlyArray<{start: number; end: number}>

  constructor(
    private readonly file: VFile,
    private readonly sentences: readonly SentenceTokens[],
    private readonly position: number
  ) {
    this.sentence = sentences[position]
    this.tokens = this.sentence.tokens
    this.words = this.tokens.map((token) => token.lower)
    this.text = String(file.value)
  }

  get tags(): ReadonlyArray<WordTag | undefined> {
    this.cachedTags ??= partOfSpeech(this.sentence)
    return this.cachedTags
  }

  pos(index: number): PartOfSpeech | undefined {
    return isWord(this.tokens[index]) ? this.tags[index]?.pos : undefined
  }

  lemma(index: number): string {
    return this.tags[index]?.lemma ?? this.words[index] ?? ''
  }

  has(words: ReadonlySet<string>): boolean {
    return this.words.some((word) => words.has(word))
  }

  /** A hedge before `index` in the sentence: "Maybe they're Republicans who despise…", "perhaps voters will". */
  hedgedBefore(index: number): boolean {
    return this.words.slice(0, index).some((word) => HEDGES.has(word))
  }

  /**
   * Whether `index` lies in a clause someone else's words report: after "that"
   * following a verb or noun of saying ("said in 2016 that he believed",
   * "his message was that the league will", "rumours persist that").
   */
  reportedAt(index: number): boolean {
    const {words} = this
    for (let at = index - 1; at > 0; at--) {
      // "the narrative goes like this — …", "their argument: …": a view announced, then given.
      if (
        (words[at] === ':' || words[at] === '—' || words[at] === '–') &&
        words.slice(Math.max(0, at - 5), at).some((word) => SPEECH_NOUNS.has(word))
      )
        return true
      if (words[at] !== 'that') continue
      for (let before = at - 1; before >= Math.max(0, at - 4); before--) {
        const lemma = this.lemma(before)
        if (
          SPEECH_NOUNS.has(words[before]) ||
          (this.pos(before) === 'VERB' && (isSayingVerb(words[before]) || isSayingVerb(lemma)))
        )
          return true
        // "promised that", "vowed that"; not "their hope and plan is that", a motive the writer reads in.
        if (
          before === at - 1 &&
          this.pos(before) === 'VERB' &&
          PLAN_VERBS.has(lemma) &&
          !POSSESSIVE_PRONOUNS.has(words[before - 1] ?? '')
        )
          return true
      }
    }
    return false
  }

  /**
   * Whether the word at `index` sits under a modal or an order given before it:
   * "Democrats must convince voters they … and will focus on", "Fight him and
   * he will flee". The outcome is what would follow, not what the writer foretells.
   */
  embeddedAt(index: number): boolean {
    const {words} = this
    // "Not only would the system collapse, there would be riots": one hypothetical after another, each the writer's.
    const would = words[index] === 'would' || words[index] === "wouldn't"
    const governs = (word: string) =>
      (MODALS.has(word) || word === "'d") && !(would && (word === 'would' || word === "wouldn't"))
    if (words.slice(0, index).some(governs)) return true
    const first = this.tokens.findIndex(isWord)
    return first >= 0 && words.slice(first + 1, index).includes('and') && this.opensWithImperative(first)
  }

  /**
   * Whether the sentence opens with a verb's bare form, an order ("Fight the
   * board and it will fold"). The tagger reads a capitalized first word as a
   * name, so a first word not read as a verb is read again after "please", in
   * lower case, as an imperative would be.
   */
  private opensWithImperative(first: number): boolean {
    if (this.pos(first) === 'VERB') return this.words[first] === this.lemma(first)
    if (!/^\p{Lu}/u.test(this.tokens[first].text) || /['’]|\d/.test(this.words[first])) return false
    const token = this.tokens[first]
    const run = this.text.slice(token.start, this.sentence.end)
    const prefix = 'please '
    const tagged = tagText(prefix + run.charAt(0).toLowerCase() + run.slice(1))
    const verb = tagged.find((word) => word.start === prefix.length)
    // "Fight the board", not "Police the…" read as a noun with its own verb after it: a verb with no finite verb of its own next.
    const next = tagged.find((word) => word.start > prefix.length && word.pos !== 'PUNCT')
    return (
      verb !== undefined &&
      verb.pos === 'VERB' &&
      verb.lemma === this.words[first] &&
      next !== undefined &&
      next.pos !== 'AUX' &&
      next.pos !== 'VERB'
    )
  }

  /** The writer in person: "I've known many…", "I can't understand why…". Their own account, or their own hedge. */
  get inPerson(): boolean {
    return this.words.some(
      (word) => word === 'i' || word === 'me' || word === 'my' || word === "i'm" || word === "i've" || word === "i'd"
    )
  }

  /** A Title Case line (a headline, a list of links): the tagger reads most of its words as names. */
  get titleCase(): boolean {
    return isTitleCase(this.tokens)
  }

  /** "if…", "unless…", "whether…": what follows is a condition, not a forecast. */
  get conditional(): boolean {
    return this.has(CONDITIONALS)
  }

  /**
   * Where the clause after a leading condition starts: "If the vote fails, |
   * the coalition will collapse", "if they use their powers – then | they
   * will…". Undefined when a condition does not lead to a clause of its own,
   * or the sentence asks ("whether") or fears ("lest") rather than conditions.
   */
  consequenceStart(): number | undefined {
    const {words, tokens} = this
    if (words.some((word) => CONDITIONALS.has(word) && !LEADING_CONDITIONS.has(word))) return undefined
    let condition = -1
    words.forEach((word, index) => {
      if (LEADING_CONDITIONS.has(word)) condition = index
    })
    if (condition < 0) return undefined
    for (let at = condition + 1; at < words.length; at++) {
      if ((!isWord(tokens[at]) && /^[,;:—–]$/.test(tokens[at].text)) || words[at] === 'then') return at + 1
    }
    return undefined
  }

  /** A verb in a past form ("said", "knew", "was"): neither its base, nor an -s or -ing form. */
  isPastVerb(index: number): boolean {
    const pos = this.pos(index)
    if (pos !== 'VERB' && pos !== 'AUX') return false
    const word = this.words[index]
    if (['was', 'were', 'had', 'did', "wasn't", "weren't", "hadn't", "didn't"].includes(word)) return true
    return pos === 'VERB' && word !== this.lemma(index) && !/(?:s|ing)$/.test(word)
  }

  /** The writer hedges in person: "I think they will", "we suspect", "I'd wager", "My guess is", "in my view". */
  get writerHedges(): boolean {
    return this.words.some(
      (word, index) =>
        (/^(?:i|we)(?:['’]d)?$/.test(word) &&
          [1, 2].some((ahead) => FIRST_PERSON_HEDGES.has(this.lemma(index + ahead)))) ||
        ((word === 'my' || word === 'our') && FIRST_PERSON_GUESSES.has(this.words[index + 1] ?? ''))
    )
  }

  /** A date or time: "on Tuesday", "next week", "at noon", "in March", "in 2026". */
  get dated(): boolean {
    const {words, tokens} = this
    return words.some((word, index) => {
      if (/^(?:1[89]|20)\d\d$/.test(word)) return true
      if (/^\d{1,2}(?::\d\d)?(?:a\.?m\.?|p\.?m\.?)$/.test(word)) return true
      if (!TIME_WORDS.has(word)) return false
      // "may" and "march" are dates only as names: "in March", not "they march".
      if (['march', 'may', 'sept', 'jan', 'oct', 'dec', 'am'].includes(word))
        return /^\p{Lu}/u.test(tokens[index].text) && index > 0
      if (
        [
          'weekend',
          'morning',
          'afternoon',
          'evening',
          'week',
          'weeks',
          'month',
          'months',
          'year',
          'years',
          'day',
          'days',
          'hour',
          'hours',
          'session',
          'term',
          'quarter',
          'semester',
          'season',
          'spring',
          'summer',
          'autumn',
          'fall',
          'winter',
          'date',
          'deadline'
        ].includes(word)
      ) {
        // A time unit is a date when it is placed: "next week", "this spring", "within two weeks", "by the deadline".
        const before = words[index - 1] ?? ''
        const twoBefore = words[index - 2] ?? ''
        return (
          ['next', 'this', 'that', 'coming', 'following', 'later', 'same', 'final', 'last'].includes(before) ||
          (/^(?:\d+|a|an|two|three|four|five|six|few|several)$/.test(before) &&
            ['in', 'within', 'for', 'after'].includes(twoBefore)) ||
          (['the', 'a'].includes(before) && ['by', 'on', 'until', 'before', 'after'].includes(twoBefore))
        )
      }
      if (word === 'later') return ['this', 'today', 'tonight', 'in'].includes(words[index + 1] ?? '')
      return true
    })
  }

  /**
   * Someone is cited in the sentence before: an attributed quotation,
   * "according to", or a verb of saying, finding or announcing a plan with its
   * subject ("the company said", "the mayor has vowed"). What this sentence
   * says may be their plan or their account, or the writer's own.
   */
  get citedBefore(): boolean {
    this.cachedCitedBefore ??= (() => {
      const previous = this.position > 0 ? new Passage(this.file, this.sentences, this.position - 1) : undefined
      return (
        previous !== undefined &&
        !isHeadline(previous.sentence) &&
        (previous.cites() || previous.reportedAt(previous.words.length))
      )
    })()
    return this.cachedCitedBefore
  }

  /** Where the weasel rule gives a view in this sentence to a vague source ("Many believe"); worked out when first asked. */
  get vagueViews(): ReadonlyArray<{start: number; end: number}> {
    this.cachedVagueViews ??= vagueViewsShownByDefault(this.file, this.sentences, this.position)
    return this.cachedVagueViews
  }

  /** The next sentence of the paragraph quotes someone by name: a feeling told just before it is their account ("She was terrified. “I want…,” she said."). */
  get quotedNext(): boolean {
    const next = this.sentences[this.position + 1]
    const document = contextOf(this.file)?.document
    return (
      next !== undefined &&
      next.paragraph === this.sentence.paragraph &&
      document !== undefined &&
      hasAttributedVoice(document, {start: next.start, end: next.end})
    )
  }

  /** Whether this sentence itself cites someone. */
  cites(): boolean {
    const {sentence, words, tokens} = this
    const document = contextOf(this.file)?.document
    if (document && hasAttributedVoice(document, {start: sentence.start, end: sentence.end})) return true
    return words.some((word, index) => {
      if (word === 'according' && words[index + 1] === 'to') return true
      if (!isWord(tokens[index])) return false
      const pos = this.pos(index)
      const lemma = this.lemma(index)
      // "an analyst has decreed that…": a verb that takes a "that" clause reports one, whatever the verb.
      // "The ministry plans to…": the tagger may read a plan's -s verb as a noun; "to" after it makes it the verb.
      const plans = word.endsWith('s') && PLAN_VERBS.has(word.slice(0, -1)) && words[index + 1] === 'to'
      // A plan is announced with what is planned: "vowed to", "promised that"; not "planned a rally".
      const announces = PLAN_VERBS.has(lemma) && (words[index + 1] === 'to' || words[index + 1] === 'that')
      const reporting =
        plans ||
        isReportingVerb(word, pos === 'VERB' ? 'VERB' : undefined) ||
        (pos === 'VERB' &&
          (isSayingVerb(lemma) ||
            announces ||
            (words[index + 1] === 'that' && lemma !== 'be' && !MIND_VERBS.has(lemma) && !FEELINGS.has(word))))
      // "should he show up", "found out": a particle makes it another verb.
      if (reporting) return !PARTICLES.has(words[index + 1] ?? '') && this.reportsAt(index)
      // "…, he continued, …", "…, she went on.": an aside that names the speaker, whatever the verb.
      return (
        pos === 'VERB' &&
        index >= 2 &&
        tokens[index - 2].text === ',' &&
        ['PRON', 'PROPN'].includes(this.pos(index - 1) ?? 'X') &&
        !FIRST_AND_SECOND_PERSON.has(words[index - 1]) &&
        /^[,.;]$/.test(tokens[index + 1]?.text ?? '')
      )
    })
  }

  /** A verb of saying with someone saying: a subject before it ("she said", "the board has also said") or after it ("said Okafor"). */
  private reportsAt(verb: number): boolean {
    const {words, tokens} = this
    let cursor = verb - 1
    while (
      cursor >= 0 &&
      isWord(tokens[cursor]) &&
      (this.pos(cursor) === 'ADV' || this.pos(cursor) === 'AUX' || this.pos(cursor) === 'PART') &&
      !MODALS.has(words[cursor]) &&
      words[cursor] !== 'will' &&
      words[cursor] !== 'to'
    )
      cursor--
    const before = tokens[cursor]
    // "they'll say", "to say", "would argue": speech foretold or supposed is no citation.
    if (
      before &&
      (MODALS.has(words[cursor]) ||
        words[cursor] === 'will' ||
        words[cursor] === 'to' ||
        /'(?:ll|d)$/.test(words[cursor]))
    )
      return false
    if (isWord(before) && NOMINAL.has(this.pos(cursor) ?? 'X') && !FIRST_AND_SECOND_PERSON.has(words[cursor]))
      return true
    // "Arpaio … and only recently said": the subject of a compound predicate stands further back.
    if (isWord(before) && (words[cursor] === 'and' || words[cursor] === 'but') && cursor > 0) return true
    const after = tokens[verb + 1]
    return (
      isWord(after) && (this.pos(verb + 1) === 'PROPN' || (words[verb + 1] === 'the' && this.pos(verb + 2) === 'NOUN'))
    )
  }

  /**
   * The subject of the verb at `verb`: its head word and the first word of its
   * noun phrase, read back past adverbs and "do"/"not" ("they really do think",
   * "he simply doesn't care"). Undefined when a modal stands between (already
   * hedged) or no noun or pronoun is there.
   */
  subjectOf(verb: number): Subject | undefined {
    const {words, tokens} = this
    let cursor = verb - 1
    let negated = false
    let auxiliary = false
    while (cursor >= 0 && isWord(tokens[cursor])) {
      const word = words[cursor]
      if (MODALS.has(word)) return undefined
      if (DO_FORMS.has(word) || word.endsWith("n't")) {
        negated ||= word !== 'do' && word !== 'does' && word !== 'did'
        auxiliary = true
      } else if (
        this.pos(cursor) !== 'ADV' &&
        !['all', 'both', 'each', 'themselves', 'himself', 'herself', 'also'].includes(word)
      )
        break
      if (HEDGES.has(word)) return undefined
      cursor--
    }
    if (cursor < 0 || !isWord(tokens[cursor])) return undefined
    const head = cursor
    if (!this.isMind(head)) return undefined
    let first = this.nounPhraseStart(head)
    // "what others know is wrong": "what" is the thing known, fronted, not a determiner of the subject; not "see what kids think about".
    if (words[first] === 'what' && first < head && /^(?:is|was|are|were|'s)$/.test(words[verb + 1] ?? '')) first++
    // "many of the Remainer MPs want": the quantifier before "of" heads the subject.
    if (words[first - 1] === 'of' && first >= 2 && THIRD_PERSON_MINDS.has(words[first - 2])) first -= 2
    // "Our friends think…": the writer's own side, in person.
    if (['our', 'my', 'your'].includes(words[first])) return undefined
    // "why she believes", "when victims don't know": an embedded question or a generic condition.
    if (MIND_QUESTION_OPENERS.has(words[first - 1] ?? '')) return undefined
    let before = first - 1
    while (before >= 0 && isWord(tokens[before]) && this.pos(before) === 'ADV') before--
    if (before >= 0 && isWord(tokens[before])) {
      const tag = this.pos(before)
      // "what makes so many people think": the object of another verb; "activists in the party want": the object of a preposition.
      if (tag === 'VERB' || tag === 'ADP') return undefined
    }
    if (words[head] === 'who') {
      // "anyone who believes", "those who want": anyone at all, no one's mind in particular; "YOU are the people who…": the reader.
      if (
        GENERIC_ANTECEDENTS.has(words[head - 1] ?? '') ||
        FIRST_AND_SECOND_PERSON.has(this.words[this.tokens.findIndex(isWord)] ?? '')
      )
        return undefined
    }
    return {head, first, negated, auxiliary}
  }

  /** Whether the word at `index` can stand for another person's mind: "he", "they", "voters", "Obama", "everyone"; not "I", "it", "police", "the study". */
  isMind(index: number): boolean {
    const word = this.words[index]
    const pos = this.pos(index)
    if (
      FIRST_AND_SECOND_PERSON.has(word) ||
      SOURCE_SUBJECTS.has(word) ||
      NOT_MINDS.has(word) ||
      /^(?:i|we|you)'/.test(word)
    )
      return false
    return THIRD_PERSON_MINDS.has(word) || pos === 'NOUN' || pos === 'PROPN'
  }

  /** The first word of the noun phrase whose head is at `head`: "his adult daughter", "the Remainer MPs". */
  nounPhraseStart(head: number): number {
    const {words, tokens} = this
    const pos = this.pos(head)
    let first = head
    if (pos !== 'NOUN' && pos !== 'PROPN') return first
    while (
      first > 0 &&
      head - first < 5 &&
      isWord(tokens[first - 1]) &&
      (NOUN_PHRASE.has(this.pos(first - 1) ?? 'X') ||
        POSSESSIVE_PRONOUNS.has(words[first - 1]) ||
        /'s$/.test(words[first - 1]))
    ) {
      first--
      // A determiner or a possessive opens the phrase: "a man", "his adult daughter".
      if (this.pos(first) === 'DET' || POSSESSIVE_PRONOUNS.has(words[first])) break
    }
    return first
  }

  /** Whether a subject starting at `first` opens a clause, so "[source] says" can go before it. */
  opensClause(first: number): boolean {
    let before = first - 1
    while (before >= 0 && /^[“"‘(]$/.test(this.tokens[before].text)) before--
    if (before < 0) return true
    const token = this.tokens[before]
    return (token.node.type !== 'WordNode' && /^[,;:—–-]$/.test(token.text)) || CLAUSE_OPENERS.has(this.words[before])
  }

  /** Whether the text from `start` is the first of its sentence. */
  startsSentence(start: number): boolean {
    const first = this.tokens.find(isWord)
    return first !== undefined && first.start === start
  }
}

interface Subject {
  head: number
  first: number
  negated: boolean
  auxiliary: boolean
}

// ---------------------------------------------------------------------------
// Outcomes stated as certain: "will stay", "won't stop", "is going to win".
// ---------------------------------------------------------------------------

const CERTAIN_ADVERBS = SPECULATION_CLASSES['certain-adverb']

function certainFutures(passage: Passage): Finding[] {
  const {words} = passage
  if (
    !words.some(
      (word) =>
        word === 'will' ||
        word === 'shall' ||
        word === "won't" ||
        word.endsWith("'ll") ||
        word === 'going' ||
        word === 'would' ||
        word === "wouldn't"
    )
  )
    return []
  if (passage.writerHedges || passage.dated || passage.titleCase) return []
  // A condition: only the forecast in the clause after it counts, and only at `thorough`.
  const consequence = passage.conditional ? passage.consequenceStart() : 0
  if (consequence === undefined) return []
  const findings: Finding[] = []
  for (let index = consequence; index < words.length; index++) {
    let finding = willAt(passage, index) ?? goingToAt(passage, index)
    if (!finding && !passage.conditional) finding = wouldAt(passage, index)
    if (
      !finding ||
      passage.hedgedBefore(index) ||
      passage.reportedAt(index) ||
      passage.embeddedAt(index) ||
      heldByVagueSource(passage, index)
    )
      continue
    if (passage.conditional) finding.confidence = Math.min(finding.confidence ?? SURE, CONDITIONAL_FORECAST)
    findings.push(finding)
  }
  // A plan someone announced is theirs, not the writer's forecast.
  return findings.length > 0 ? unlessCited(passage, findings, false) : findings
}

/** Subjects that take "are": "they", "we", "you", a plural noun ("the tariffs"). */
const PLURAL_PRONOUNS = new Set([
  'they',
  'we',
  'you',
  'these',
  'those',
  'both',
  'many',
  'few',
  'several',
  'others',
  'most'
])

/**
 * "The tariffs cannot fail to raise prices": a certainty put as a double
 * negation. Any hedge drops the "cannot", so the one offered keeps a negation
 * and its subject's number: "are not unlikely to raise" (with the word list's
 * "may raise" the sentence would seem to lose its negation).
 */
function cannotFail(passage: Passage): Finding[] {
  const {words, tokens} = passage
  if (!words.includes('fail')) return []
  const findings: Finding[] = []
  for (let index = 0; index < words.length; index++) {
    const at = words[index] === 'can' && words[index + 1] === 'not' ? index + 1 : index
    if (!['cannot', "can't", 'can’t', 'not'].includes(words[at]) || (at === index && words[index] === 'not')) continue
    if (words[at + 1] !== 'fail' || words[at + 2] !== 'to' || !isWord(tokens[at + 3])) continue
    const verb = at + 3
    // "The board said the levy cannot fail to…": a forecast someone is cited for, as with a bare "will".
    if (passage.hedgedBefore(index) || passage.reportedAt(index) || passage.cites()) return []
    const start = tokens[index].start
    const end = tokens[verb].end
    const actual = passage.text.slice(start, end)
    // The subject, past adverbs: "the tariffs" take "are", "I" "am", anything else "is".
    let subject = index - 1
    while (subject >= 0 && isWord(tokens[subject]) && passage.pos(subject) === 'ADV') subject--
    const word = words[subject] ?? ''
    const plural =
      PLURAL_PRONOUNS.has(word) ||
      (passage.pos(subject) === 'NOUN' &&
        word !== passage.lemma(subject) &&
        /s$/.test(word) &&
        !COLLECTIVE.has(word)) ||
      COLLECTIVE.has(word)
    const be = word === 'i' ? 'am' : plural ? 'are' : 'is'
    const replacement = `${be} not unlikely to ${tokens[verb].text}`
    findings.push({
      start,
      end,
      reason: `“${actual}” states a prediction as certain. Hedge it, or attribute it to someone who makes it.`,
      rewrites: isWord(tokens[subject]) ? [{replacement, title: `Hedge: “${replacement}”`}] : []
    })
    index = verb
  }
  return findings
}

/**
 * Whether the forecast at `index` is the view the weasel rule gives to a
 * vague source before it: "Many believe the economy will collapse". The
 * forecast is theirs; who holds it is the question to ask.
 */
function heldByVagueSource(passage: Passage, index: number): boolean {
  const {tokens, words} = passage
  return passage.vagueViews.some((view) => {
    if (view.end > tokens[index].start) return false
    // "Many believe it, but the port will close": a clause of the writer's own after theirs.
    const between = tokens.findIndex((token) => token.start >= view.end)
    return !words.slice(between, index).some((word) => word === 'but' || word === 'yet' || word === ';')
  })
}

/**
 * The findings of a sentence, given what is cited around it: none when the
 * sentence cites someone itself ("the company said it will close the plant")
 * or the next quotes the mind read's owner (`quoted`). When only the sentence
 * before cites someone ("Okafor said the port needed investment. The berths
 * will attract larger ships."), the forecast or the mind read may be theirs,
 * or may be the writer's own gloss on what they said: shown at `thorough`.
 */
function unlessCited(passage: Passage, findings: Finding[], quoted: boolean): Finding[] {
  if (quoted || passage.cites()) return []
  if (!passage.citedBefore) return findings
  return findings.map((finding) => ({...finding, confidence: Math.min(finding.confidence ?? SURE, CITED_BEFORE)}))
}

/** Adverbs after "would" that tell of the past or of a habit, not a forecast: "would later become", "would often call". */
const NARRATIVE_ADVERBS = new Set([
  'later',
  'often',
  'always',
  'usually',
  'sometimes',
  'eventually',
  'then',
  'soon',
  'never',
  'also',
  'still',
  'rather',
  'sooner'
])
/** What a proposal or a rule provides, told with "would": "the bill would raise fees", "the plan would close two wards". */
const PROPOSALS = new Set([
  'bill',
  'bills',
  'plan',
  'plans',
  'proposal',
  'proposals',
  'measure',
  'measures',
  'law',
  'legislation',
  'rule',
  'rules',
  'amendment',
  'deal',
  'agreement',
  'policy',
  'order',
  'provision',
  'provisions',
  'program',
  'programme',
  'scheme',
  'reform',
  'reforms',
  'budget',
  'tax',
  'tariff',
  'tariffs',
  'ban',
  'treaty',
  'regulation',
  'regulations',
  'ordinance',
  'initiative',
  'package',
  'draft',
  'version',
  'change',
  'changes',
  'merger',
  'project'
])

/** Verbs after "would" that wish or prefer, not foretell: "would like", "would rather". */
const WISHING_VERBS = new Set([
  'like',
  'love',
  'prefer',
  'hate',
  'want',
  'wish',
  'welcome',
  'appreciate',
  'mind',
  'care'
])

/**
 * "there would be riots", "it would be a crisis of their making", "voters
 * would suffer": a hypothetical told as what will follow, in the writer's
 * present. Not the future of a past ("he said it would", "the man who would
 * later become"), not "would have" (what might have been), not a wish ("would
 * like"), not a relative "who would". Thorough only.
 */
function wouldAt(passage: Passage, index: number): Finding | undefined {
  const {words, tokens} = passage
  const word = words[index]
  if ((word !== 'would' && word !== "wouldn't") || passage.pos(index) !== 'AUX') return undefined
  // A past verb before it: the future of a past, or a report ("she knew it would", "it was clear they would").
  for (let at = 0; at < index; at++) if (passage.isPastVerb(at)) return undefined
  let next = index + 1
  while (next < tokens.length && isWord(tokens[next]) && (passage.pos(next) === 'ADV' || words[next] === 'not')) {
    if (NARRATIVE_ADVERBS.has(words[next])) return undefined
    next++
  }
  if (words[next] === 'have' || words[next] === "'ve" || WISHING_VERBS.has(words[next] ?? '')) return undefined
  // "Without this rule, the press would be…": a counterfactual, what the rule prevents.
  if (words[tokens.findIndex(isWord)] === 'without') return undefined
  // "The bill would raise fees": what a proposal provides, not a forecast.
  let subject = index - 1
  while (subject > 0 && passage.pos(subject) === 'ADV') subject--
  if (PROPOSALS.has(words[subject] ?? '')) return undefined
  // "it wouldn't be surprising for them to…", "it would be normal practice for the bureau to…": a judgement of a
  // case, put before the case; not "it would be a crisis of their making".
  if (words[subject] === 'it' && words[next] === 'be') {
    const rest = words.slice(next + 1, next + 9)
    const extraposed = rest.some(
      (after, offset) =>
        after === 'if' || after === 'that' || (after === 'to' && passage.pos(next + 2 + offset) === 'VERB')
    )
    if (extraposed) return undefined
  }
  const finding = willAt(passage, index, true)
  if (finding) finding.confidence = WOULD_FORECAST
  return finding
}

/** "will stay", "won't stop", "they'll come up with", "will be defying"; with `would`, "would be", "wouldn't last". */
function willAt(passage: Passage, index: number, would = false): Finding | undefined {
  const {words, tokens} = passage
  const word = words[index]
  const contraction = CONTRACTED.exec(word)
  const contracted = !would && contraction !== null && contraction[2] === 'll'
  if (
    would
      ? word !== 'would' && word !== "wouldn't"
      : !contracted && word !== 'will' && word !== 'shall' && word !== "won't"
  )
    return undefined
  if (contracted && FIRST_AND_SECOND_PERSON.has(word)) return undefined
  // "the will of the people", "political will to resolve", "Will Smith": a noun or a name, not the auxiliary.
  if (!contracted && word !== "won't" && passage.pos(index) !== 'AUX') return undefined
  let negated = word === "won't" || word === "wouldn't"
  let cursor = index + 1
  // Words the hedge leaves out: "not" (the modal carries it) and a certainty adverb ("will certainly not help" → "may not help").
  const dropped = new Set<number>()
  while (
    cursor < tokens.length &&
    cursor <= index + 4 &&
    isWord(tokens[cursor]) &&
    (passage.pos(cursor) === 'ADV' ||
      words[cursor] === 'not' ||
      HEDGES.has(words[cursor]) ||
      CERTAIN_ADVERBS.has(words[cursor]))
  ) {
    const adverb = words[cursor]
    // "will likely" is hedged already (whatever the tagger calls "likely").
    if (HEDGES.has(adverb)) return undefined
    if (adverb === 'not') negated = true
    if (adverb === 'not' || CERTAIN_ADVERBS.has(adverb)) dropped.add(cursor)
    cursor++
  }
  const verb = verbPhraseAt(passage, cursor)
  if (verb === undefined) return undefined
  if (!contracted && !hasStatingSubject(passage, index)) return undefined

  const start = tokens[index].start
  const end = tokens[verb].end
  const rest = tokens
    .slice(index + 1, verb + 1)
    .filter((_token, offset) => !dropped.has(index + 1 + offset))
    .map((token) => token.text)
    .join(' ')
  const subject = contracted ? `${tokens[index].text.slice(0, contraction![1].length)} ` : ''
  const modals = negated ? ['may not', 'might not'] : would ? ['could', 'might'] : ['may', 'could']
  const actual = passage.text.slice(start, end)
  return {
    start,
    end,
    reason: `“${actual}” states an outcome as certain. Hedge it, or attribute the prediction to someone who makes it.`,
    rewrites: modals.map((modal) => {
      const replacement = `${subject}${modal} ${rest}`
      return {replacement, title: `Hedge: “${replacement}”`}
    })
  }
}

/** "is going to win", "it's not going to stop": the verb after "to". */
function goingToAt(passage: Passage, index: number): Finding | undefined {
  const {words, tokens} = passage
  if (words[index] !== 'going' || words[index + 1] !== 'to') return undefined
  let be = index - 1
  let negated = false
  if (words[be] === 'not' || words[be] === 'never') {
    negated = true
    be--
  }
  const beWord = words[be] ?? ''
  const contraction = CONTRACTED.exec(beWord)
  const contracted = contraction !== null && (contraction[2] === 's' || contraction[2] === 're')
  if (contracted) {
    if (FIRST_AND_SECOND_PERSON.has(beWord) || contraction![1] === 'that' || contraction![1] === 'what')
      return undefined
  } else if (beWord === "isn't" || beWord === "aren't") {
    negated = true
  } else if (beWord !== 'is' && beWord !== 'are') {
    return undefined
  }
  let cursor = index + 2
  while (cursor < tokens.length && isWord(tokens[cursor]) && passage.pos(cursor) === 'ADV' && cursor <= index + 4) {
    if (HEDGES.has(words[cursor])) return undefined
    cursor++
  }
  const verb = verbPhraseAt(passage, cursor)
  if (verb === undefined) return undefined
  if (!contracted && !hasStatingSubject(passage, be)) return undefined
  const start = tokens[be].start
  const end = tokens[verb].end
  const rest = passage.text.slice(tokens[index + 2].start, end)
  const subject = contracted ? `${tokens[be].text.slice(0, contraction![1].length)} ` : ''
  const modals = negated ? ['may not', 'might not'] : ['could', 'may']
  const actual = passage.text.slice(start, end)
  return {
    start,
    end,
    reason: `“${actual}” states an outcome as certain. Hedge it, or attribute the prediction to someone who makes it.`,
    rewrites: modals.map((modal) => {
      const replacement = `${subject}${modal} ${rest}`
      return {replacement, title: `Hedge: “${replacement}”`}
    })
  }
}

/**
 * The verb a "will" or "going to" governs, as the index of the last word to
 * report ("stay", "be defying", "be"); undefined when there is none (an
 * ellipsis: "as it will."), or when it is a scheduled event ("will meet", "will
 * be held", "will take office").
 */
function verbPhraseAt(passage: Passage, index: number): number | undefined {
  const {words, tokens} = passage
  const token = tokens[index]
  if (!isWord(token)) return undefined
  const pos = passage.pos(index)
  // After a modal the tagger sometimes reads a verb as an adjective or a noun ("will close/ADJ the plant").
  if (pos === undefined || !['VERB', 'AUX', 'ADJ', 'NOUN'].includes(pos)) return undefined
  if (!/^[a-z]+$/.test(words[index]) || HEDGES.has(words[index]) || CERTAIN_ADVERBS.has(words[index])) return undefined
  const lemma = pos === 'VERB' || pos === 'AUX' ? passage.lemma(index) : words[index]
  // "will have to find the money", "are going to have to stop", "will need to borrow": an obligation, not a forecast.
  if ((words[index] === 'have' || words[index] === 'need') && words[index + 1] === 'to') return undefined
  if (lemma === 'be') {
    let next = index + 1
    while (
      next < tokens.length &&
      isWord(tokens[next]) &&
      (passage.pos(next) === 'ADV' || HEDGES.has(words[next])) &&
      next <= index + 3
    ) {
      if (HEDGES.has(words[next])) return undefined
      next++
    }
    // "will be a haven", "will be less effective": a state foretold. "will be for supporters", "will be there": a plan described.
    const after = passage.pos(next)
    if (after === 'DET' || after === 'ADJ' || after === 'NOUN' || after === 'NUM') return index
    if (after !== 'VERB') return undefined
    // "will be held", "will be replaced": a passive future reports an event or a decision taken; the one that predicts is active.
    if (!words[next].endsWith('ing') || SCHEDULING_VERBS.has(passage.lemma(next))) return undefined
    return next
  }
  // "will meet", "will vote"; "they'll say", "will tell": speech foretold, not an outcome; "will tend to", "will seem": hedged.
  // "will begin dismantling", "will start to": what is begun is the outcome, not a date in the diary.
  const aspectual = ASPECT_VERBS.has(lemma) && (words[index + 1] === 'to' || /ing$/.test(words[index + 1] ?? ''))
  if ((SCHEDULING_VERBS.has(lemma) && !aspectual) || isSayingVerb(lemma) || HEDGING_VERBS.has(lemma)) return undefined
  if (lemma === 'take' && SCHEDULED_TAKE.has(words[index + 1] ?? '')) return undefined
  return index
}

/**
 * Whether a statement in the writer's voice stands before the auxiliary at
 * `index`: a subject that is not the writer or the reader ("we will", "you'll
 * see"), not an embedded question ("how the council will pay"), and not a
 * relative "who" ("who will take over as chair").
 */
function hasStatingSubject(passage: Passage, index: number): boolean {
  const {words, tokens} = passage
  let cursor = index - 1
  while (cursor >= 0 && isWord(tokens[cursor]) && passage.pos(cursor) === 'ADV') {
    if (HEDGES.has(words[cursor])) return false
    cursor--
  }
  if (cursor < 0 || !isWord(tokens[cursor])) return false
  const word = words[cursor]
  if (FIRST_AND_SECOND_PERSON.has(word) || QUESTION_OPENERS.has(word)) return false
  const pos = passage.pos(cursor)
  // "…, and will go on to": the subject of the sentence's first clause.
  if (word === 'and' || word === 'but') return !FIRST_AND_SECOND_PERSON.has(words[tokens.findIndex(isWord)] ?? '')
  if (pos === undefined || !['NOUN', 'PROPN', 'PRON', 'NUM', 'ADJ', 'DET'].includes(pos)) return false
  let first = cursor
  while (
    first > 0 &&
    isWord(tokens[first - 1]) &&
    (NOUN_PHRASE.has(passage.pos(first - 1) ?? 'X') || POSSESSIVE_PRONOUNS.has(words[first - 1]))
  )
    first--
  return !QUESTION_OPENERS.has(words[first - 1] ?? '')
}

// ---------------------------------------------------------------------------
// Other minds stated as fact: "they want to", "voters know", "the staff were appalled".
// ---------------------------------------------------------------------------

function mindReadings(passage: Passage): Finding[] {
  const {words} = passage
  if (!words.some((word) => MIND_CANDIDATES.has(word))) return []
  if (passage.inPerson || passage.titleCase) return []
  // A condition: only a mind read in the clause after it counts ("Assuming she wins, he figured…").
  const consequence = passage.conditional ? passage.consequenceStart() : 0
  if (consequence === undefined) return []
  const findings: Finding[] = []
  for (let index = consequence; index < words.length; index++) {
    if (!MIND_CANDIDATES.has(words[index])) continue
    const finding =
      mindVerbAt(passage, index) ??
      feelingAt(passage, index) ??
      feelingNounAt(passage, index) ??
      matterAt(passage, index) ??
      concealingPurposeAt(passage, index)
    if (finding && !passage.hedgedBefore(index) && !passage.reportedAt(index)) findings.push(finding)
  }
  return findings.length > 0 ? unlessCited(passage, findings, passage.quotedNext) : findings
}

/** Every form of the verbs and adjectives of minds: the words worth tagging a sentence for. */
const MIND_CANDIDATES: ReadonlySet<string> = new Set([
  ...[...MIND_VERBS.keys(), 'need', 'care'].flatMap(verbForms),
  'knew',
  'known',
  'thought',
  'felt',
  ...FEELINGS.keys(),
  ...FEELING_NOUNS.keys(),
  'matter',
  'matters',
  'mattered',
  ...CONCEALING_AIMS
])

/** How sure a mind verb is, where less than SURE: "expects" is as often someone's own stated expectation. */
const MIND_VERB_CONFIDENCE: ReadonlyMap<string, number> = new Map([['expect', EXPECTATION]])

/** Pronouns after which a mind verb is a verb, whatever the tagger says ("what others know/NOUN is wrong"). */
const PRONOUN_SUBJECTS = new Set(['he', 'she', 'they', 'others'])

/**
 * Whether the weasel rule already gives these words to a vague source: "Many
 * believe", "some voters fear", "many are convinced" (weasel.ts, by the same
 * grammar, as shown by default). One stretch of text gets one finding, and a
 * vague source is the weasel's question: who holds the view. Where the weasel
 * rule sees no vague source ("Everyone knows the scheme is doomed", "many of
 * the residents believe", "many want"), the mind read stands.
 */
function weaselExplains(passage: Passage, start: number, end: number): boolean {
  return passage.vagueViews.some((view) => view.start < end && start < view.end)
}

function verbForms(base: string): string[] {
  const stem = base.endsWith('e') ? base.slice(0, -1) : base
  return [base, base.endsWith('s') ? `${base}es` : `${base}s`, `${stem}ed`, `${stem}ing`, `${base}d`]
}

/** "they want to", "he believes the rules…", "voters know", "he needs an excuse", "she doesn't care". */
function mindVerbAt(passage: Passage, index: number): Finding | undefined {
  const {words, tokens} = passage
  const word = words[index]
  const pos = passage.pos(index)
  let lemma = passage.lemma(index)
  // The tagger reads some -s verbs after a subject as nouns ("Obama wants to"): the subject and what follows decide.
  if (
    pos === 'NOUN' &&
    word.endsWith('s') &&
    (MIND_VERBS.has(word.slice(0, -1)) || word === 'needs') &&
    ['to', 'that'].includes(words[index + 1] ?? '')
  )
    lemma = word.slice(0, -1)
  else if (pos === 'NOUN' && MIND_VERBS.has(word) && PRONOUN_SUBJECTS.has(words[index - 1] ?? '')) lemma = word
  else if (pos !== 'VERB') return undefined
  const next = words[index + 1] ?? ''
  const nextPos = passage.pos(index + 1)
  // "to want", "known as", "wanted by police".
  if (words[index - 1] === 'to' || word === 'known' || next === 'by') return undefined

  if (word.endsWith('ing')) {
    // "…, fearing he was a terrorist": the participle gives the subject's mind as fact.
    if (
      tokens[index - 1]?.text !== ',' ||
      !['fear', 'believe', 'think', 'know', 'want'].includes(lemma) ||
      !takesClause(passage, index)
    )
      return undefined
    return {
      start: tokens[index].start,
      end: tokens[index].end,
      reason: `“${tokens[index].text}” states what someone felt or thought as fact. Attribute it to someone who knows.`,
      rewrites: []
    }
  }

  let kind: 'any' | 'clause' | 'object' | undefined = MIND_VERBS.get(lemma)
  if (lemma === 'need') {
    // "he needs an excuse", "she needs a scapegoat": a motive read into someone.
    const object = [1, 2, 3].map((ahead) => words[index + ahead] ?? '')
    if (
      !['a', 'an', 'another', 'some'].includes(object[0]) ||
      !object.slice(1).some((noun) => MOTIVE_OBJECTS.has(noun))
    )
      return undefined
    kind = 'any'
  }
  const subject = passage.subjectOf(index)
  if (!subject) return undefined
  // "minority hate groups", "the party want": a base form after a singular noun is no verb of that noun.
  if (
    !subject.auxiliary &&
    word === lemma &&
    passage.pos(subject.head) === 'NOUN' &&
    !/s$/.test(words[subject.head]) &&
    !COLLECTIVE.has(words[subject.head])
  )
    return undefined
  if (lemma === 'care') {
    // "he doesn't care about", "they never cared".
    if (!subject.negated) return undefined
    kind = 'any'
  }
  if (!kind) return undefined
  if (weaselExplains(passage, tokens[subject.first].start, tokens[index].end)) return undefined
  // "expects special treatment": an expectation of something; "expects prices to rise" and "expects that" are forecasts,
  // a figure a plan.
  if (
    lemma === 'expect' &&
    (next === 'that' ||
      words
        .slice(index + 1, index + 6)
        .some((after, offset) => after === 'to' || passage.pos(index + 1 + offset) === 'NUM'))
  )
    return undefined
  // "who thought it would be wise to shoot", "thought it best to leave": a choice told by the deed that followed it.
  if (lemma === 'think' && next === 'it' && choiceTold(passage, index + 2)) return undefined
  // "what others know is wrong": the thing known stands before its subject.
  const fronted = words[subject.first - 1] === 'what'
  if (
    kind === 'clause' &&
    !fronted &&
    !takesClause(passage, index) &&
    !(subject.negated && lemma === 'know' && !isWord(tokens[index + 1]))
  )
    return undefined
  if (
    kind === 'object' &&
    !(
      isWord(tokens[index + 1]) &&
      nextPos !== undefined &&
      ['DET', 'NOUN', 'PROPN', 'PRON', 'ADJ', 'NUM'].includes(nextPos)
    )
  )
    return undefined
  // "minority hate groups has…": a noun compound with its own verb after it, not a verb and its object.
  if (kind === 'object' && nextPos === 'NOUN' && ['VERB', 'AUX'].includes(passage.pos(index + 2) ?? 'X'))
    return undefined
  if ((lemma === 'long' || lemma === 'yearn') && next !== 'to' && next !== 'for') return undefined
  if (lemma === 'want' && !(isWord(tokens[index + 1]) || tokens[index + 1]?.text === ':')) return undefined

  const start = tokens[subject.first].start
  const end = tokens[index].end
  const actual = passage.text.slice(start, end)
  const rewrites: Rewrite[] = []
  if (!subject.auxiliary && index === subject.head + 1) {
    // "he believes" → "he seems to believe"; "they want" → "they seem to want"; "she feared" → "she seemed to fear".
    const seem = word === lemma ? 'seem' : word.endsWith('s') ? 'seems' : 'seemed'
    const replacement = `${passage.text.slice(start, tokens[index].start)}${seem} to ${lemma}`
    rewrites.push({replacement, title: `Hedge: “${replacement}”`})
  }
  rewrites.push(...attributionRewrite(passage, subject, start, end))
  return {
    start,
    end,
    reason: `“${actual}” states what someone else wants, knows or believes as fact. Attribute it to someone who knows, or hedge it.`,
    rewrites,
    confidence: MIND_VERB_CONFIDENCE.get(lemma)
  }
}

/**
 * "…it would be wise to shoot", "…it was a good idea to call", "…it best to leave": after "thought it", a
 * judgement of an act to be done, with "to" and a verb within a few words.
 */
function choiceTold(passage: Passage, from: number): boolean {
  const {words} = passage
  for (let at = from; at < words.length && at <= from + 6; at++) {
    if (words[at] === 'to') return passage.pos(at + 1) === 'VERB'
    if (words[at] === 'that' || words[at] === ',') return false
  }
  return false
}

/** Whether a verb of knowing or believing at `index` takes a clause ("knows that…", "believes the rules…", "believes himself superior"). */
function takesClause(passage: Passage, index: number): boolean {
  const {words, tokens} = passage
  const next = tokens[index + 1]
  if (!isWord(next)) return false
  const word = words[index + 1]
  if (word === 'that' || ['himself', 'herself', 'themselves', 'what', 'why'].includes(word)) return true
  if (NOT_A_CLAUSE.has(word)) return false
  const pos = passage.pos(index + 1)
  if (pos === undefined || !['DET', 'NOUN', 'PROPN', 'PRON', 'ADJ', 'NUM'].includes(pos)) return false
  // A clause has its own verb right after its subject: "knows the plan failed", "believes the rules simply don't apply";
  // not "knew Weinstein well", "knows the city".
  let ahead = index + 2
  while (
    ahead < Math.min(tokens.length, index + 7) &&
    isWord(tokens[ahead]) &&
    ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(passage.pos(ahead) ?? 'X')
  )
    ahead++
  while (ahead < tokens.length && isWord(tokens[ahead]) && passage.pos(ahead) === 'ADV') ahead++
  const tag = passage.pos(ahead)
  return tag === 'VERB' || tag === 'AUX' || /^[a-z]+'(?:s|re|ll|d|ve)$/.test(words[ahead] ?? '')
}

/** "the staff were appalled", "Americans are sick of", "they are desperate to", "it left them stunned", "a man convinced that". */
function feelingAt(passage: Passage, index: number): Finding | undefined {
  const {words, tokens} = passage
  const word = words[index]
  if (!FEELINGS.has(word)) return undefined
  const needs = FEELINGS.get(word)
  const next = words[index + 1] ?? ''
  if (needs && !needs.includes(next)) return undefined
  const pos = passage.pos(index)
  if (pos !== 'ADJ' && pos !== 'VERB' && !(needs && pos === 'NOUN')) return undefined
  // "was determined to be a homicide", "as far as voters are concerned": a passive or an idiom, no feeling.
  if (word === 'determined' && (next === 'by' || next === 'that' || (next === 'to' && words[index + 2] === 'be')))
    return undefined
  if (word === 'concerned' && words.slice(Math.max(0, index - 6), index).includes('far')) return undefined
  let link = index - 1
  while (
    link >= 0 &&
    isWord(tokens[link]) &&
    (passage.pos(link) === 'ADV' ||
      ['not', 'so', 'too', 'very', 'all', 'both', 'increasingly', 'clearly', 'really'].includes(words[link]))
  ) {
    if (HEDGES.has(words[link])) return undefined
    link--
  }
  if (link < 0 || !isWord(tokens[link])) return undefined
  const linkWord = words[link]
  const negated = words.slice(link + 1, index).some((between) => between === 'not' || between === 'never')
  let subject: Subject | undefined
  let be: number | undefined
  const contraction = CONTRACTED.exec(linkWord)
  let postnominal = false
  if (
    contraction &&
    (contraction[2] === 're' || contraction[2] === 's') &&
    THIRD_PERSON_MINDS.has(contraction[1]) &&
    contraction[1] !== 'who'
  ) {
    // "they're desperate to".
    subject = {head: link, first: link, negated, auxiliary: true}
  } else if (LINKING_VERBS.has(passage.lemma(link)) && (passage.pos(link) === 'AUX' || passage.pos(link) === 'VERB')) {
    subject = passage.subjectOf(link)
    be = SEEM_FOR_BE.has(linkWord) ? link : undefined
  } else if (
    LEAVING_VERBS.has(passage.lemma(link - 1)) ||
    (passage.pos(link) === 'NOUN' && LEAVING_VERBS.has(passage.lemma(link - 2)))
  ) {
    // "it left them stunned", "leaves the liberals stunned": the one left so is the mind read.
    const object = link
    if (
      !(
        THIRD_PERSON_OBJECTS.has(linkWord) ||
        ((passage.pos(object) === 'NOUN' || passage.pos(object) === 'PROPN') && passage.isMind(object))
      )
    )
      return undefined
    let first = object
    while (first > 0 && isWord(tokens[first - 1]) && ['DET', 'ADJ'].includes(passage.pos(first - 1) ?? 'X')) first--
    subject = {head: object, first, negated, auxiliary: true}
  } else if (
    (passage.pos(link) === 'NOUN' || passage.pos(link) === 'PROPN') &&
    index === link + 1 &&
    POSTNOMINAL.get(word)?.includes(next) &&
    ['a', 'an', 'the'].includes(words[passage.nounPhraseStart(link)])
  ) {
    // "a man convinced that the end is near", "the voters desperate to": a mind described, then given its conviction or its aim.
    if (!passage.isMind(link)) return undefined
    subject = {head: link, first: passage.nounPhraseStart(link), negated, auxiliary: true}
    postnominal = true
  }
  if (!subject) return undefined
  if (weaselExplains(passage, tokens[subject.first].start, tokens[index].end)) return undefined
  const end = needs ? tokens[index + 1].end : tokens[index].end
  const start = tokens[subject.first].start
  const actual = passage.text.slice(start, end)
  const rewrites: Rewrite[] = []
  if (be !== undefined && !negated) {
    // "the staff were appalled" → "the staff seemed appalled".
    const replacement = `${passage.text.slice(start, tokens[be].start)}${SEEM_FOR_BE.get(words[be])}${passage.text.slice(tokens[be].end, end)}`
    rewrites.push({replacement, title: `Hedge: “${replacement}”`})
  }
  if (!postnominal) rewrites.push(...attributionRewrite(passage, subject, start, end))
  return {
    start,
    end,
    reason: `“${actual}” states how someone else feels as fact. Attribute it to someone who knows, or show what they said or did.`,
    rewrites
  }
}

/**
 * "his desperation grows", "Obama's disdain for", "their growing contempt
 * for voters": a feeling named as a noun and given to a third person as fact.
 * Often the writer's fair reading of what was shown, so thorough only. The
 * hedge puts "apparent" before it.
 */
function feelingNounAt(passage: Passage, index: number): Finding | undefined {
  const {words, tokens} = passage
  const word = words[index]
  if (!FEELING_NOUNS.has(word) || passage.pos(index) !== 'NOUN') return undefined
  const needs = FEELING_NOUNS.get(word)
  if (needs && !needs.includes(words[index + 1] ?? '')) return undefined
  // One word may grade it: "his growing desperation", "their deep contempt".
  let owner = index - 1
  if (isWord(tokens[owner]) && (passage.pos(owner) === 'ADJ' || /ing$/.test(words[owner] ?? ''))) owner--
  if (owner < 0 || !isWord(tokens[owner])) return undefined
  const ownerWord = words[owner]
  let first = owner
  // "was clear about his desire", "are open about their contempt", "voiced her frustration": a feeling they expressed.
  if (
    words
      .slice(Math.max(0, owner - 3), owner)
      .some((before, offset) => EXPRESSED.has(before) || isSayingVerb(passage.lemma(Math.max(0, owner - 3) + offset)))
  )
    return undefined
  if (ownerWord === 'his' || ownerWord === 'her' || ownerWord === 'their') {
    // "to her disgust": the writer's aside on a feeling, as much a read as any.
  } else if (/^[\p{L}.-]+'s?$/u.test(ownerWord) && /'/.test(ownerWord)) {
    // "Obama's disdain", "the president's contempt": the possessor must be a mind, not "the study's" or "it's".
    const stem = ownerWord.replace(/'s?$/, '')
    if (
      !['NOUN', 'PROPN'].includes(passage.pos(owner) ?? 'X') ||
      SOURCE_SUBJECTS.has(stem) ||
      NOT_MINDS.has(stem) ||
      FIRST_AND_SECOND_PERSON.has(stem)
    )
      return undefined
    while (
      first > 0 &&
      owner - first < 3 &&
      isWord(tokens[first - 1]) &&
      ['DET', 'ADJ', 'NOUN', 'PROPN'].includes(passage.pos(first - 1) ?? 'X')
    ) {
      first--
      if (passage.pos(first) === 'DET') break
    }
  } else return undefined
  const start = tokens[first].start
  const end = tokens[index].end
  const actual = passage.text.slice(start, end)
  const replacement = `${passage.text.slice(start, tokens[owner].end)} apparent ${passage.text.slice(tokens[owner + 1].start, end)}`
  return {
    start,
    end,
    reason: `“${actual}” states how someone else feels as fact. Show what they said or did, or attribute it.`,
    rewrites: [{replacement, title: `Hedge: “${replacement}”`}],
    confidence: FEELING_NOUN
  }
}

/** Words by which someone shows a feeling of their own: "open about their contempt", "voiced her frustration". */
const EXPRESSED = new Set([
  'clear',
  'open',
  'candid',
  'frank',
  'honest',
  'explicit',
  'vocal',
  'express',
  'expressed',
  'expresses',
  'expressing',
  'voice',
  'voiced',
  'voices',
  'voicing',
  'vent',
  'vented',
  'venting',
  'aired',
  'admitted',
  'confessed',
  'described',
  'spoke',
  'spoken',
  'talked',
  'wrote',
  'made',
  // "aiming his anger at", "vented her frustration on": the feeling shown in an act.
  'aiming',
  'aimed',
  'directing',
  'directed',
  'channelling',
  'channeling',
  'channelled',
  'channeled',
  'showed',
  'shown',
  'displayed'
])

/**
 * "It did not matter to Obama that…", "Nothing matters to them but…": what
 * someone cares about, told from the outside. The hedge keeps the verb's form:
 * "did not matter" → "did not seem to matter", "never mattered" → "never
 * seemed to matter".
 */
function matterAt(passage: Passage, index: number): Finding | undefined {
  const {words, tokens} = passage
  const word = words[index]
  if (!['matter', 'matters', 'mattered'].includes(word) || words[index + 1] !== 'to') return undefined
  if (passage.pos(index) !== 'VERB' && passage.pos(index) !== 'NOUN') return undefined
  // Its subject and its negation: "it did not", "it doesn't", "it never", "nothing".
  let cursor = index - 1
  let negated = false
  while (cursor >= 0 && isWord(tokens[cursor]) && (DO_FORMS.has(words[cursor]) || words[cursor].endsWith("n't"))) {
    negated ||= !['do', 'does', 'did'].includes(words[cursor])
    cursor--
  }
  const subject = words[cursor] ?? ''
  if (subject === 'nothing') negated = true
  else if (!['it', 'this', 'that'].includes(subject)) return undefined
  if (!negated) return undefined
  // Whose mind: "to him", "to Obama", "to the senator", "to voters".
  let mind = index + 2
  if (['the', 'a', 'an'].includes(words[mind] ?? '')) mind++
  while (
    isWord(tokens[mind + 1]) &&
    ['NOUN', 'PROPN'].includes(passage.pos(mind) ?? 'X') &&
    ['NOUN', 'PROPN'].includes(passage.pos(mind + 1) ?? 'X')
  )
    mind++
  if (!isWord(tokens[mind]) || !(THIRD_PERSON_OBJECTS.has(words[mind]) || passage.isMind(mind))) return undefined
  const start = tokens[cursor].start
  const end = tokens[mind].end
  const actual = passage.text.slice(start, end)
  const seem = word === 'matter' ? 'seem' : word === 'matters' ? 'seems' : 'seemed'
  const replacement = `${passage.text.slice(start, tokens[index].start)}${seem} to matter${passage.text.slice(tokens[index].end, end)}`
  return {
    start,
    end,
    reason: `“${actual}” states what someone else cares about as fact. Attribute it to someone who knows, or show what they said or did.`,
    rewrites: [{replacement, title: `Hedge: “${replacement}”`}],
    confidence: MATTER_TO
  }
}

/**
 * "He is brash to mask his fragility", "lied to cover up the losses",
 * "tweeted to distract from the audit": a concealing purpose read into an act
 * or a trait. Not "tried to hide", "used to cover", "a way to hide" (the verb's
 * or noun's own complement), nor hiding in the plain sense ("ran to hide
 * from"). Thorough only.
 */
function concealingPurposeAt(passage: Passage, index: number): Finding | undefined {
  const {words, tokens} = passage
  const word = words[index]
  if (!CONCEALING_AIMS.has(word) || words[index - 1] !== 'to') return undefined
  const next = words[index + 1] ?? ''
  const nextPos = passage.pos(index + 1)
  // What each aim needs after it for the concealing sense.
  const particle: Record<string, string> = {
    cover: 'up',
    paper: 'over',
    compensate: 'for',
    distract: 'from',
    deflect: 'from',
    divert: 'from'
  }
  let end = index
  if (particle[word]) {
    const attention =
      word !== 'cover' &&
      word !== 'paper' &&
      word !== 'compensate' &&
      /^(?:attention|scrutiny|blame|questions)$/.test(next)
    if (next !== particle[word] && !attention) return undefined
    end = index + 1
  } else if (!isWord(tokens[index + 1]) || !['DET', 'NOUN', 'PROPN', 'ADJ', 'PRON'].includes(nextPos ?? 'X'))
    return undefined
  else if (['him', 'her', 'them', 'me', 'us', 'it', 'himself', 'herself', 'themselves'].includes(next)) return undefined
  const before = index - 2
  if (before < 0 || !isWord(tokens[before])) return undefined
  const lemma = passage.lemma(before)
  if (INFINITIVE_TAKERS.has(words[before]) || INFINITIVE_TAKERS.has(lemma)) return undefined
  if (!['ADJ', 'VERB', 'NOUN', 'PROPN', 'PRON', 'ADV'].includes(passage.pos(before) ?? 'X')) return undefined
  // Someone stands behind it: "he", "the governor"; not "it is easy to hide" with no one.
  let someone = false
  for (let at = 0; at < before && !someone; at++) someone = isWord(tokens[at]) && passage.isMind(at)
  if (!someone) return undefined
  const start = tokens[index - 1].start
  const actual = passage.text.slice(start, tokens[end].end)
  return {
    start,
    end: tokens[end].end,
    reason: `“${actual}” states someone’s hidden purpose as fact. Say what they did, or attribute the purpose.`,
    rewrites: [],
    confidence: CONCEALING_PURPOSE
  }
}

/** Particles that make a verb of reporting another verb: "show up", "found out". */
const PARTICLES = new Set(['up', 'off', 'down', 'around', 'away', 'back', 'over', 'out'])

/** Conditions that lead to a clause of their own, whose forecast is the writer's: "If…, then…", "Unless…, …". */
const LEADING_CONDITIONS = new Set(['if', 'unless', 'provided', 'providing', 'assuming'])

/** Verbs of beginning and going on, whose outcome is the verb after them: "will begin dismantling". */
const ASPECT_VERBS = new Set(['begin', 'start', 'resume', 'continue'])

/** Verbs that hedge what follows them: "will tend to", "will seem", "is going to appear". */
const HEDGING_VERBS = new Set(['tend', 'seem', 'appear', 'look', 'sound'])

/** Singular nouns that take a plural verb: "people want", "the staff know". */
const COLLECTIVE = new Set([
  'people',
  'staff',
  'police',
  'public',
  'media',
  'crowd',
  'electorate',
  'faithful',
  'left',
  'right',
  'base',
  'establishment',
  'elite',
  'rest',
  'children',
  'men',
  'women',
  'folk',
  'folks'
])

/** Antecedents of "who" that name no one in particular: "anyone who believes", "those who want". */
const GENERIC_ANTECEDENTS = new Set([
  'anyone',
  'anybody',
  'someone',
  'somebody',
  'those',
  'whoever',
  'one',
  'everyone',
  'everybody'
])
/** Subjects of idioms, not minds: "God knows what else". */
const NOT_MINDS = new Set(['god', 'heaven', 'lord', 'goodness', 'christ'])
/** Words before a subject that make its clause a question or a condition ("why she believes", "when victims don't know"); "what they want" is still a statement of it. */
const MIND_QUESTION_OPENERS = new Set(['why', 'how', 'whether', 'if', 'when', 'where', 'whenever'])

/** Feelings that describe a noun from after it with their aim or conviction: "a man convinced that", "officials eager to". */
const POSTNOMINAL: ReadonlyMap<string, readonly string[]> = new Map([
  ['convinced', ['that', 'of']],
  ['determined', ['to']],
  ['desperate', ['to', 'for']],
  ['eager', ['to']],
  ['unwilling', ['to']],
  ['reluctant', ['to']],
  ['intent', ['on']],
  ['bent', ['on']],
  ['hellbent', ['on']]
])

const THIRD_PERSON_OBJECTS = new Set(['him', 'her', 'them', 'everyone', 'everybody', 'many', 'most', 'others'])

/** Whether the text has the word in lower case somewhere: then a capital at the start of a sentence is no name. */
function writtenInLowerCase(text: string, word: string): boolean {
  const lower = word.charAt(0).toLowerCase() + word.slice(1)
  return articleMatches(text, `(?<![\\p{L}\\p{N}])${literally(lower)}(?![\\p{L}\\p{N}])`)
}

/**
 * Whether a capitalised word is the plural of a common noun: read in lower
 * case, the tagger takes it to a singular of its own ("commuters" →
 * "commuter"); not a name ("Okafor") nor a group written with a capital
 * ("Democrats").
 */
function isCommonPlural(word: string): boolean {
  const lower = word.toLowerCase()
  if (!/s$/.test(lower) || CAPITALISED_GROUPS.has(lower)) return false
  const [tag] = tagText(`${lower} know it.`)
  return tag !== undefined && tag.pos === 'NOUN' && tag.lemma !== lower
}

/** "[source] says they want…": the same words, given to a source to name. Only where the subject opens its clause. */
function attributionRewrite(passage: Passage, subject: Subject, start: number, end: number): Rewrite[] {
  if (passage.words[subject.head] === 'who' || !passage.opensClause(subject.first)) return []
  const first = passage.tokens[subject.first]
  const pos = passage.pos(subject.first)
  let words = passage.text.slice(start, end)
  // A pronoun, a determiner or a common noun loses its sentence capital; a name keeps it. The tagger reads many
  // capitalised first words as names ("Voters know"): a word the article also writes in lower case is no name, nor
  // one the tagger, read in lower case, knows as the plural of a common noun ("Commuters" → "commuter").
  if (
    /^\p{Lu}\p{Ll}/u.test(first.text) &&
    (pos !== 'PROPN' || writtenInLowerCase(passage.text, first.text) || isCommonPlural(first.text))
  )
    words = words.charAt(0).toLowerCase() + words.slice(1)
  const lead = passage.startsSentence(start) ? '[Source] says' : '[source] says'
  const replacement = `${lead} ${words}`
  return [{replacement, title: `Attribute: “${replacement}”`}]
}
