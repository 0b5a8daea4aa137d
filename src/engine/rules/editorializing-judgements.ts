import {tagText} from '../reading/part-of-speech'
import type {WordToken} from '../reading/sentences'
import {type Finding, isWord, type Passage} from './editorializing-passage'
import {
  CHARACTER_ADJECTIVES,
  CLEFT_ADJECTIVES,
  EMPHASIS_WORDS,
  LITERAL_PREDICATES,
  NAVIGATION_VERBS,
  SARCASTIC_PRAISE,
  VERDICT_ADJECTIVES,
  VOCATIVES
} from './editorializing.data'

/**
 * Verdicts and asides the grammar shows, beyond editorializing.ts's own:
 * superlatives passed on people ("X is one of the most courageous…"), judging
 * predicates ("His admissions are telling."), pseudo-clefts that rank ("What is
 * even more galling is…"), the writer addressing readers or the people written
 * about ("really, folks,", "Smith, you…"), asides in brackets that speak in
 * person, words in capitals for emphasis, and sarcastic praise ("…, so, great.").
 * Each gives a confidence from its evidence: weaker evidence, a lower one.
 */
export function judgements(passage: Passage): Finding[] {
  const first = passage.firstWord()
  if (first < 0) return []
  const findings: Finding[] = []
  for (const judgement of JUDGEMENTS) {
    const found = judgement(passage)
    if (found.length > 0) findings.push(...found)
  }
  return findings
}

/** The readings, in the order their findings are weighed. */
const JUDGEMENTS: ReadonlyArray<(passage: Passage) => Finding[]> = [
  superlativeVerdict,
  predicateVerdict,
  pseudoCleft,
  bestCouldManage,
  bestCourse,
  vocative,
  directAddress,
  bracketAside,
  capitalsForEmphasis,
  openingAdverb,
  sarcasticPraise,
  sarcasticThanks,
  undercut
]

// Patterns tested per word or per sentence, kept here rather than written inline: a regular expression literal
// in a function makes a new RegExp object each time it is reached.
const QUESTION_MARK = /\?/
const STARTS_WITH_CAPITAL = /^\p{Lu}/u
const IN_CAPITALS = /^[A-Z]{2,}$/
const STATEMENT_END = /^[.!]+$/

const VERDICT_REASON = '“{actual}” is the writer’s verdict, not a fact. Report what happened and let a source judge it.'
const ADDRESS_REASON =
  '“{actual}” is the writer talking to someone, not reporting. Report what happened and who says so.'
const ASIDE_REASON = '“{actual}” is the writer’s aside. Cut it, or report what the facts show.'

const finding = (passage: Passage, first: number, last: number, confidence: number, reason: string): Finding => {
  const {start, end, actual} = passage.span(first, last)
  return {start, end, reason: reason.replace('{actual}', actual), rewrites: [], confidence}
}

const isQuestion = (passage: Passage) => QUESTION_MARK.test(passage.lastMark()?.text ?? '')

/** Forms of "be" that join a subject to its verdict. */
const COPULAS = new Set(['is', 'was', 'are', 'were', 'remains', 'remained', 'becomes', 'became'])
/** "he's the best", "she's one of the bravest". */
const PERSON_COPULAS = new Set(["he's", "she's", "they're", "you're"])
const PERSON_PRONOUNS = new Set(['he', 'she', 'they', 'you', 'who'])
/** Adverbs between "is" and a verdict: "is arguably the best", "is by far the worst". */
const HEDGES = new Set([
  'simply',
  'arguably',
  'perhaps',
  'easily',
  'truly',
  'surely',
  'quite',
  'probably',
  'possibly',
  'undoubtedly',
  'clearly',
  'also',
  'still',
  'now',
  'just',
  'by',
  'far',
  'really',
  'certainly',
  'indeed',
  'obviously',
  'in',
  'fact',
  'not',
  'only'
])
/** Superlatives that rank someone, not measure them ("the best", "the worst", "the perfect fit"). */
const RANKS = new Set([
  'best',
  'worst',
  'greatest',
  'finest',
  'bravest',
  'worthiest',
  'vilest',
  'dumbest',
  'stupidest',
  'cruelest',
  'cruellest',
  'perfect',
  'ideal'
])
/** Superlatives that condemn a person: rarely a measure in news copy ("the worst candidate", not "the best player"). */
const NEGATIVE_RANKS = new Set(['worst', 'vilest', 'dumbest', 'stupidest', 'cruelest', 'cruellest'])
/** Adjectives after "the most" that news copy also uses as a measure ("one of the most influential architects"). */
const MEASURED_CHARACTER = new Set([
  'important',
  'influential',
  'successful',
  'effective',
  'ineffective',
  'consequential',
  'respected',
  'beloved',
  'talented',
  'gifted',
  'radical',
  'extreme',
  'partisan',
  'dangerous',
  'qualified',
  'unqualified',
  'divisive',
  'polarizing',
  'polarising',
  'popular',
  'hated',
  'reviled',
  'visionary'
])

/** Nouns after "the best" that are a record or a measure, not a verdict ("the best time", "the worst flooding"). */
const MEASURED = new Set([
  'time',
  'times',
  'way',
  'ways',
  'chance',
  'place',
  'result',
  'results',
  'record',
  'score',
  'performance',
  'year',
  'season',
  'game',
  'month',
  'week',
  'day',
  'quarter',
  'rate',
  'start',
  'finish',
  'shape',
  'condition',
  'storm',
  'flooding',
  'drought',
  'fire',
  'level',
  'levels',
  'seller',
  'sellers',
  'picture',
  'film',
  'actor',
  'actress',
  'director',
  'album',
  'song',
  'player',
  'team'
])

/**
 * "Kaepernick is one of the most courageous sports stars in the world", "X is
 * the worst candidate in history", "is the perfect fit": a superlative that
 * judges, as the predicate of a sentence in the writer's voice. Surest on a
 * person ("the most dishonest man"); on a thing or with a plain rank ("the
 * best"), weaker evidence. Not a measure ("the most populous", "the best
 * time"), not a question, not someone's reported view.
 */
function superlativeVerdict(passage: Passage): Finding[] {
  if (isQuestion(passage)) return []
  const {tokens} = passage
  const words = passage.lowerTokens()
  const first = passage.firstWord()
  for (let be = first; be < tokens.length; be++) {
    let person: boolean
    if (COPULAS.has(words[be]) && be > first) {
      const tags = passage.tags()
      let subject = be - 1
      while (subject > first && tags[subject]?.pos === 'ADV') subject--
      // "Arpaio announced a bid … and is the perfect fit": a second predicate shares the sentence's subject.
      if (['and', 'but'].includes(words[subject]) && tags[first]?.pos === 'PROPN') subject = first
      const pos = tags[subject]?.pos
      if (!pos || !['PROPN', 'PRON', 'NOUN'].includes(pos)) continue
      person = pos === 'PROPN' || PERSON_PRONOUNS.has(words[subject])
    } else if (PERSON_COPULAS.has(words[be])) person = true
    else continue
    let at = be + 1
    while (HEDGES.has(words[at] ?? '')) at++
    if (words[at] === 'one' && words[at + 1] === 'of' && words[at + 2] === 'the') at += 3
    else if (['the', 'a', 'an'].includes(words[at] ?? '')) at++
    else continue
    let kind: 'character' | 'rank'
    let last = at
    if (['most', 'least'].includes(words[at] ?? '')) {
      const adjective = words[at + 1] ?? ''
      if (!CHARACTER_ADJECTIVES.has(adjective) && !VERDICT_ADJECTIVES.has(adjective)) continue
      kind = 'character'
      last = at + 1
    } else if (RANKS.has(words[at] ?? '') && isWord(tokens[at]) && !/-/.test(tokens[at].text)) {
      kind = 'rank'
      // "the worst-hit", "the best-known": a compound measures.
      if (tokens[at + 1]?.text === '-') continue
    } else continue
    // The noun it ranks: "courageous sports stars", "major-party candidate".
    const tags = passage.tags()
    let noun = -1
    for (let next = last + 1; next < tokens.length && next <= last + 4; next++) {
      const pos = tags[next]?.pos
      if (!isWord(tokens[next]) || !pos || !['ADJ', 'NOUN', 'PROPN'].includes(pos)) break
      if (pos === 'NOUN') noun = next
    }
    if (noun < 0 || MEASURED.has(words[noun])) continue
    if (passage.isQuoted(tokens[be]) || passage.isReported(be)) return []
    const rank = words[at]
    // On a thing, "the best" and "the worst" are mostly a record or a measure ("the worst flooding"): only "perfect", "ideal".
    if (!person && kind === 'rank' && !['perfect', 'ideal'].includes(rank)) continue
    let confidence: number
    if (kind === 'character') {
      // "the most courageous", "the most dishonest": surer than "the most influential", which obituaries use as a measure.
      const weak = MEASURED_CHARACTER.has(words[at + 1] ?? '')
      confidence = person ? (weak ? 0.45 : 0.6) : weak ? 0.3 : 0.4
    } else if (person) confidence = NEGATIVE_RANKS.has(rank) ? 0.55 : 0.45
    else confidence = 0.4
    return [finding(passage, be, noun, confidence, VERDICT_REASON)]
  }
  return []
}

/** Judging adjectives that are verdicts as a predicate whatever the sentence's length ("His admissions are telling."). */
const PREDICATE_VERDICTS = new Set([...VERDICT_ADJECTIVES].filter((word) => !/ /.test(word)))
/** Predicates more often literal or a feeling than a verdict ("the family was lucky", "the plan was odd"), and feelings told. */
const LITERAL = new Set([
  ...LITERAL_PREDICATES,
  'grimly',
  'worrying',
  'alarming',
  'frightening',
  'troubling',
  'disturbing',
  'depressing',
  'encouraging',
  'stunning',
  'striking',
  'remarkable',
  'awesome',
  'horrible',
  'dreadful',
  'tragic',
  'unacceptable',
  'embarrassing'
])

const SEEMING = new Set(['seem', 'seems', 'seemed', 'looks', 'looked'])

/**
 * "His admissions are telling, but…", "The response was shameful.": a
 * judging adjective as the whole predicate, closed by a stop, a comma or a
 * conjunction. (Short sentences that end so are editorializing.ts's.) Weaker
 * evidence in a long sentence, where the writer may be summing up a report.
 */
function predicateVerdict(passage: Passage): Finding[] {
  if (isQuestion(passage)) return []
  const {tokens} = passage
  const words = passage.lowerTokens()
  const first = passage.firstWord()
  for (let be = first + 1; be < tokens.length; be++) {
    if (!COPULAS.has(words[be]) && !SEEMING.has(words[be])) continue
    let at = be + 1
    while (
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
        'quite',
        'deeply',
        'profoundly',
        'frankly',
        'all',
        'too',
        'both',
        'most',
        'more'
      ].includes(words[at] ?? '')
    )
      at++
    const adjective = words[at] ?? ''
    if (!PREDICATE_VERDICTS.has(adjective) || LITERAL.has(adjective)) continue
    // "are telling," "is shameful." "was hypocritical and…": the adjective closes the predicate.
    const next = tokens[at + 1]
    const closes =
      !next ||
      (next.node.type === 'WordNode' ? ['and', 'but', 'yet'].includes(next.lower) : /^[,.;!—–]$/.test(next.text))
    if (!closes) continue
    // "it is shameful": editorializing.ts reads the impersonal "it".
    if (['it', "it's", 'this', 'that'].includes(words[be - 1])) continue
    if (passage.isQuoted(tokens[at]) || passage.isReported(be)) return []
    const short = passage.words() <= 14
    return [finding(passage, subjectStart(passage, be), at, short ? 0.5 : 0.4, VERDICT_REASON)]
  }
  return []
}

/** Parts of speech a subject's noun phrase is made of: "the long winter", "The response of the harbour board to the storm". */
const NOUN_PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON'])

/**
 * Where the subject of the copula at `be` starts: back over its noun phrase,
 * and over a preposition that hangs on a noun ("of the board", "to the
 * storm"), to a comma, a verb or a conjunction ("After the storms, the winter
 * was shameful": from "the winter").
 */
function subjectStart(passage: Passage, be: number): number {
  const {tokens} = passage
  const tags = passage.tags()
  const first = passage.firstWord()
  let start = be
  // After a preposition the phrase goes on before it ("response of the board"); after a determiner it has begun.
  let bridged = false
  for (let at = be - 1; at >= first; at--) {
    const token = tokens[at]
    const pos = tags[at]?.pos ?? ''
    const possessive = /^['’]s?$/.test(token.text) || (pos === 'PART' && /^['’]s$/.test(token.lower))
    if (!isWord(token) && !possessive) break
    if (NOUN_PHRASE.has(pos) || possessive) {
      // A determiner opens its phrase: "On Monday the response" starts at "the"; "the board's response" goes on.
      const opened =
        start < be &&
        ['DET', 'PRON'].includes(tags[start]?.pos ?? '') &&
        !/['’]s$/.test(tokens[start + 1]?.lower ?? '') &&
        !possessive
      if (opened && !bridged) break
      start = at
      bridged = false
      continue
    }
    // A preposition counts only inside the phrase, after a noun ("response of", not "said on Monday the…").
    if (pos === 'ADP' && start < be && ['NOUN', 'PROPN'].includes(tags[at - 1]?.pos ?? '')) {
      bridged = true
      continue
    }
    break
  }
  return start < be ? start : be - 1
}

/** What a pseudo-cleft may weigh that is not a verdict ("What is clear is…", "What is known is…"). */
const NEUTRAL_CLEFT = new Set([
  'clear',
  'unclear',
  'known',
  'unknown',
  'certain',
  'uncertain',
  'likely',
  'new',
  'next',
  'left',
  'needed',
  'required',
  'possible',
  'different',
  'missing',
  'true',
  'common',
  'recent',
  'popular',
  'frequent'
])

/**
 * "What is even more galling is…", "And yet, what's most striking…", "What is
 * important here, …, is": the writer ranking what matters. Not "What's more,"
 * (a connective), nor "What is clear is…", which weighs evidence.
 */
function pseudoCleft(passage: Passage): Finding[] {
  const {tokens} = passage
  const words = passage.lowerTokens()
  const first = passage.firstWord()
  for (let what = first; what < tokens.length; what++) {
    if (words[what] !== "what's" && words[what] !== 'what') continue
    const opens =
      what === first ||
      tokens[what - 1].text === ',' ||
      (what === first + 1 && ['and', 'but', 'yet', 'so'].includes(words[first]))
    if (!opens) continue
    let at: number
    if (words[what] === "what's") at = what + 1
    else if (words[what] === 'what' && ['is', 'was', 'are', 'were'].includes(words[what + 1] ?? '')) at = what + 2
    else continue
    while (
      ['even', 'far', 'much', 'perhaps', 'particularly', 'especially', 'really', 'truly', 'all', 'the'].includes(
        words[at] ?? ''
      )
    )
      at++
    const graded = ['more', 'most', 'less', 'least'].includes(words[at] ?? '')
    if (graded) at++
    const adjective = words[at] ?? ''
    if (!isWord(tokens[at]) || NEUTRAL_CLEFT.has(adjective)) continue
    const judged = CLEFT_ADJECTIVES.has(adjective) || VERDICT_ADJECTIVES.has(adjective)
    if (!judged && !(graded && passage.tags()[at]?.pos === 'ADJ')) continue
    if (passage.isQuoted(tokens[what]) || passage.isReported(what)) return []
    // "What is important here, since…, is that": the frame runs to its own "is".
    let end = at
    for (let next = at + 1; next < tokens.length && next <= at + 30; next++) {
      if (['is', 'was'].includes(words[next]) && tokens[next - 1]?.text === ',') {
        end = next
        break
      }
      if (/^[.;!?]$/.test(tokens[next].text)) break
    }
    // A listed judging adjective ranks ("most galling"); any other graded one ("most obvious") is weaker evidence.
    return [finding(passage, what, end, judged ? 0.55 : 0.45, VERDICT_REASON)]
  }
  return []
}

const EFFORT_VERBS = new Set(['muster', 'manage', 'summon'])

/** "was the best response she could manage", "all he could muster": the writer's sneer at an effort. */
function bestCouldManage(passage: Passage): Finding[] {
  const {tokens} = passage
  const words = passage.lowerTokens()
  for (let verb = 2; verb < tokens.length; verb++) {
    if (!EFFORT_VERBS.has(words[verb])) continue
    if (!['could', 'can', 'would', "could've"].includes(words[verb - 1])) continue
    // "…, all he could muster." closes the phrase; "All he could muster was a shrug." makes it the subject of "was".
    const after = tokens[verb + 1]
    const subject = after !== undefined && ['was', 'is', 'were', 'are'].includes(after.lower)
    if (after && isWord(after) && !subject) continue
    for (let from = verb - 2; from >= Math.max(0, verb - 10); from--) {
      const best = words[from] === 'the' && ['best', 'most'].includes(words[from + 1] ?? '')
      if (!best && words[from] !== 'all') continue
      // As a subject the phrase opens its clause: "All he could muster was…", not "They took all the help they could muster is…".
      if (subject && from !== passage.firstWord() && !/^[,;:—–]$/.test(tokens[from - 1]?.text ?? '')) return []
      if (passage.isQuoted(tokens[from]) || passage.isReported(from)) return []
      return [finding(passage, from, verb, 0.55, VERDICT_REASON)]
    }
  }
  return []
}

const COURSES = new Set([
  'outcome',
  'solution',
  'course',
  'thing',
  'move',
  'answer',
  'option',
  'response',
  'remedy',
  'approach',
  'bet',
  'path',
  'policy',
  'strategy',
  'choice',
  'result',
  'fix',
  'step'
])

/** "The best outcome for the league would be…", "The only sensible course is to…": the writer prescribing. */
function bestCourse(passage: Passage): Finding[] {
  if (isQuestion(passage)) return []
  const {tokens} = passage
  const words = passage.lowerTokens()
  const first = passage.firstWord()
  if (words[first] !== 'the') return []
  let at = first + 1
  if (
    !['best', 'only', 'right', 'wisest', 'smartest', 'sensible', 'obvious', 'ideal', 'proper', 'fairest'].includes(
      words[at] ?? ''
    )
  )
    return []
  at++
  if (['sensible', 'possible', 'reasonable', 'real', 'decent', 'right'].includes(words[at] ?? '')) at++
  if (!COURSES.has(words[at] ?? '')) return []
  for (let next = at + 1; next < tokens.length && next <= at + 8; next++) {
    if (!isWord(tokens[next])) return []
    const would = words[next] === 'would' && words[next + 1] === 'be'
    const is = ['is', 'was'].includes(words[next]) && ['to', 'for'].includes(words[next + 1] ?? '')
    if (!would && !is) continue
    if (passage.isQuoted(tokens[first]) || passage.isReported(first)) return []
    return [finding(passage, first, next + 1, 0.55, VERDICT_REASON)]
  }
  return []
}

/** Words after a comma that show a vocative at the start addresses someone ("People, this is serious."). */
const ADDRESS_FOLLOWERS = new Set([
  'this',
  'that',
  'it',
  "it's",
  "that's",
  'there',
  "there's",
  'we',
  "we're",
  'you',
  "you're",
  'i',
  "i'm",
  'let',
  "let's",
  'please',
  'listen',
  'look',
  'wake',
  'stop'
])
/** Asides before a vocative: "really, people,", "come on, folks". */
const BEFORE_VOCATIVE = new Set([
  'really',
  'seriously',
  'honestly',
  'look',
  'listen',
  'on',
  'oh',
  'well',
  'so',
  'now',
  'and',
  'but',
  'okay',
  'ok',
  'yes',
  'no',
  'sorry',
  'please',
  'hey',
  'trust',
  'me'
])

/**
 * The reader addressed as a crowd: "folks", "really, people,", "Come on,
 * America." Only words set off by commas (or closing the sentence) that can
 * name no one else there: "folks" anywhere, "people" or "America" after an
 * aside ("really,") or before "this", "we", "let's".
 */
function vocative(passage: Passage): Finding[] {
  const {tokens} = passage
  const words = passage.lowerTokens()
  const first = passage.firstWord()
  for (let index = first; index < tokens.length; index++) {
    const word = words[index]
    const strength = VOCATIVES.get(word)
    if (strength === undefined || !isWord(tokens[index])) continue
    const before = index === first ? undefined : tokens[index - 1].text
    const after = tokens[index + 1]?.text
    if (!(index === first || before === ',' || before === '—') || !after || !/^[,.!?—]$/.test(after)) continue
    if (strength === 'context') {
      const aside = before === ',' && BEFORE_VOCATIVE.has(words[index - 2] ?? '')
      const leads = index === first && after === ',' && ADDRESS_FOLLOWERS.has(words[index + 2] ?? '')
      const closes = before === ',' && /^[.!?]$/.test(after) && index > first + 3
      if (!aside && !leads && !closes) continue
    }
    if (passage.isQuoted(tokens[index]) || passage.isReported(index)) continue
    return [finding(passage, index, index, 0.6, ADDRESS_REASON)]
  }
  return []
}

/**
 * "Trump, now that you're under attack, you want…": the writer turning to the
 * person written about. A name opens the sentence, set off by a comma, and the
 * sentence goes on in "you".
 */
function directAddress(passage: Passage): Finding[] {
  const {tokens} = passage
  const first = passage.firstWord()
  let comma = first
  while (
    comma < tokens.length &&
    comma <= first + 3 &&
    isWord(tokens[comma]) &&
    STARTS_WITH_CAPITAL.test(tokens[comma].text)
  )
    comma++
  if (comma === first || tokens[comma]?.text !== ',') return []
  // Read after the words above, which rule out most sentences.
  if (passage.isHeadline()) return []
  const tags = passage.tags()
  if (!tokens.slice(first, comma).some((_, offset) => tags[first + offset]?.pos === 'PROPN')) return []
  const next = tokens[comma + 1]?.lower ?? ''
  if (
    [
      'the',
      'a',
      'an',
      'who',
      'which',
      'whose',
      'whom',
      'its',
      'his',
      'her',
      'their',
      'and',
      'or',
      'for',
      'in',
      'on',
      'at',
      'of'
    ].includes(next)
  )
    return []
  const you = tokens.findIndex(
    (token, index) => index > comma && /^(?:you|you're|you've|you'll|you'd|your)$/.test(token.lower)
  )
  if (you < 0 || passage.isQuoted(tokens[you]) || passage.isReported(first)) return []
  return [finding(passage, first, you, 0.6, ADDRESS_REASON)]
}

/** Words in brackets that are the page's or the newsroom's, not the writer's aside ("(we have updated this story)"). */
const NEWSROOM_ASIDE = new Set([
  'update',
  'updated',
  'story',
  'article',
  'report',
  'reported',
  'contacted',
  'reached',
  'comment',
  'video',
  'photo',
  'pictured',
  'above',
  'below',
  'link',
  'click',
  'here',
  'subscribe',
  'our',
  'editor',
  'note',
  'disclosure',
  'disclaimer',
  'correction'
])

/**
 * An aside in brackets in the writer's voice: "(though I did, without doubt)",
 * "(say that aloud for the full effect)", "(yes, really)". The writer in
 * person, an imperative to the reader, or a wink; not a newsroom's note.
 */
function bracketAside(passage: Passage): Finding[] {
  const {tokens} = passage
  const words = passage.lowerTokens()
  const findings: Finding[] = []
  for (let open = 0; open < tokens.length; open++) {
    if (tokens[open].text !== '(') continue
    let close = open + 1
    while (close < tokens.length && tokens[close].text !== ')' && close - open < 30) close++
    if (tokens[close]?.text !== ')') continue
    const inner: string[] = []
    for (let at = open + 1; at < close; at++) if (isWord(tokens[at])) inner.push(words[at])
    if (inner.length < 2 || inner.some((word) => NEWSROOM_ASIDE.has(word))) continue
    if (passage.isQuoted(tokens[open]) || passage.isReported(open)) continue
    let confidence = 0
    if (
      ['yes', 'really', 'seriously', 'trust', 'sigh', 'wink', 'shudder', 'gasp', 'spoiler', 'hint'].includes(inner[0])
    )
      confidence = 0.6
    // A short phrase in brackets may be part of a title ("(Without You)"): the writer's aside runs to a clause.
    else if (inner.length < 3) continue
    else if (inner.some((word) => /^(?:you|you're|your)$/.test(word))) confidence = 0.55
    // "(though I did)": the writer in person; in a first-person account, often narration, so weaker evidence.
    else if (inner.some((word) => /^(?:i|i'm|i've|i'd|me|my|we|we're|us)$/.test(word))) confidence = 0.45
    else {
      const verb = open + 1
      const word = words[verb]
      const tag = passage.imperative(verb)?.[verb]
      // A capital in brackets is a name or an expansion ("(Doctor of Osteopathic Medicine)"), not an imperative.
      if (
        /^\p{Ll}/u.test(tokens[verb].text) &&
        tag?.pos === 'VERB' &&
        tag.lemma === word &&
        !NAVIGATION_VERBS.has(word) &&
        ['DET', 'PRON', 'ADV', 'ADP', 'SCONJ'].includes(passage.imperative(verb)?.[verb + 1]?.pos ?? '')
      )
        confidence = 0.5
    }
    if (confidence > 0) findings.push(finding(passage, open, close, confidence, ASIDE_REASON))
    open = close
  }
  return findings
}

/** "isn't funny under ANY circumstances": a common word in capitals, the writer raising their voice. */
function capitalsForEmphasis(passage: Passage): Finding[] {
  const {tokens} = passage
  // The words in capitals: most sentences have none, and are done here.
  let capitals = 0
  for (const index of passage.wordIndexes()) if (IN_CAPITALS.test(tokens[index].text)) capitals++
  if (capitals === 0) return []
  // A line in capitals is a headline or a label, not emphasis.
  const letters = passage.words()
  if (letters < 5 || capitals > 0.3 * letters || passage.isTitleCase()) return []
  const isCapitals = (token: WordToken | undefined) => token !== undefined && IN_CAPITALS.test(token.text)
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index]
    if (!isWord(token) || !isCapitals(token) || !EMPHASIS_WORDS.has(token.lower)) continue
    // One word raised amid lower case: not a run in capitals ("WHEN I FIRST started", "a NO GAYS sign"), not a list
    // of initials ("MD, DO or DC"), not an abbreviation spelled out after it ("DO (Doctor of…)").
    let before = index - 1
    while (before >= 0 && !isWord(tokens[before])) before--
    let after = index + 1
    while (after < tokens.length && !isWord(tokens[after])) after++
    const previous = tokens[before]
    if (
      isCapitals(previous) ||
      isCapitals(tokens[after]) ||
      /^[A-Z]$/.test(previous?.text ?? '') ||
      tokens[index + 1]?.text === '('
    )
      continue
    if (passage.isQuoted(token) || passage.isReported(index)) continue
    // The first is the finding.
    return [finding(passage, index, index, 0.5, VERDICT_REASON)]
  }
  return []
}

/** Sentence adverbs that tell the reader what to think, when they open the sentence without a comma ("Honestly it's hard to say…"). */
const OPENING_ADVERBS = new Set([
  'honestly',
  'frankly',
  'seriously',
  'truthfully',
  'admittedly',
  'predictably',
  'unsurprisingly',
  'ironically',
  'tellingly',
  'mercifully',
  'thankfully',
  'hopefully',
  'sadly',
  'tragically',
  'luckily',
  'fortunately',
  'unfortunately',
  'naturally',
  'obviously',
  'clearly',
  'surely',
  'incredibly',
  'amazingly',
  'shockingly',
  'laughably',
  'conveniently'
])

function openingAdverb(passage: Passage): Finding[] {
  const {tokens} = passage
  const first = passage.firstWord()
  const word = tokens[first].lower
  if (!OPENING_ADVERBS.has(word)) return []
  const next = tokens[first + 1]
  if (!isWord(next)) return []
  // Read in lower case: wink takes a capitalized word alone for a name.
  const tag = passage.tags()[first + 1]
  const pronoun =
    /^(?:i|i'm|it|it's|that|that's|this|there|there's|we|we're|you|he|she|they|they're|the|his|her|their|our|no|nobody|nothing)$/.test(
      next.lower
    )
  if (!pronoun && tag?.pos !== 'PROPN') return []
  if (passage.isQuoted(tokens[first]) || passage.isReported(first)) return []
  return [
    {
      ...finding(passage, first, first, 0.7, '“{actual}” tells the reader what to think of what follows. Delete it.'),
      rewrites: []
    }
  ]
}

/** "…and possibly even reproduce, so, awesome.", "The ferry sank again, great.": praise that means its opposite. */
function sarcasticPraise(passage: Passage): Finding[] {
  const mark = passage.lastMark()
  if (!mark || !STATEMENT_END.test(mark.text)) return []
  const {tokens} = passage
  const markAt = passage.lastMarkIndex()
  const word = tokens[markAt - 1]
  if (!isWord(word) || !SARCASTIC_PRAISE.has(word.lower) || passage.words() < 7) return []
  let from = markAt - 1
  if (tokens[from - 1]?.text !== ',' && !/^[—–]$/.test(tokens[from - 1]?.text ?? '')) return []
  // "…, so, great." takes its "so".
  if (tokens[from - 2]?.lower === 'so' && /^[,—–]$/.test(tokens[from - 3]?.text ?? '')) from -= 2
  if (passage.isQuoted(word) || passage.isReported(from)) return []
  // "…, which is great." would have no comma straight before; "the food was cheap, and great." has "and".
  const before = tokens[from - 2]
  if (before && isSeries(tokens, from - 1)) return []
  return [
    finding(
      passage,
      from,
      markAt - 1,
      0.6,
      '“{actual}” is sarcasm, the writer’s sneer. Cut it and let the facts stand.'
    )
  ]
}

/** Whether the comma at `comma` closes the item of a list of adjectives ("cheap, fresh, great."). */
function isSeries(tokens: readonly WordToken[], comma: number): boolean {
  let commas = 0
  for (let at = comma - 1; at >= 0 && at >= comma - 6; at--) if (tokens[at].text === ',') commas++
  if (commas === 0) return false
  const word = tokens[comma - 1]?.lower ?? ''
  return tagText(word)[0]?.pos === 'ADJ'
}

/**
 * "Thanks, Obama.", "Thanks Trump: the sheriff is back": thanks given to a
 * name in the writer's voice, which in news copy is sarcasm. Not "Thanks to
 * the rain, …".
 */
function sarcasticThanks(passage: Passage): Finding[] {
  const {tokens} = passage
  const words = passage.lowerTokens()
  const first = passage.firstWord()
  let name = -1
  if (words[first] === 'thanks' || words[first] === 'thx') name = first + 1
  else if (words[first] === 'thank' && words[first + 1] === 'you') name = first + 2
  if (name < 0) return []
  if (tokens[name]?.text === ',') name++
  let last = name
  while (isWord(tokens[last]) && /^\p{Lu}/u.test(tokens[last].text) && last < name + 3) last++
  if (last === name || !/^[:.!,]$/.test(tokens[last]?.text ?? '')) return []
  // "Thank you, Mr. President," in a speech is the speaker's; a line of its own in the body is the writer's.
  if (passage.isQuoted(tokens[first]) || passage.isReported(first)) return []
  return [
    finding(
      passage,
      first,
      last - 1,
      0.45,
      '“{actual}” is sarcasm, the writer’s sneer. Cut it and report what happened.'
    )
  ]
}

/** Retorts that undercut the sentence before them: "Ha, ha — right.", "Yeah, right.", "Not.", "As if." */
const UNDERCUT_WORDS = new Set([
  'ha',
  'haha',
  'yeah',
  'right',
  'sure',
  'not',
  'as',
  'if',
  'lol',
  'riiight',
  'yes',
  'oh',
  'suuure'
])

/**
 * A claim the writer mocks in the next breath: the sentence before "Ha, ha —
 * right." or "Yeah, right." is sarcasm ("Hollywood will be a haven of equality.
 * Ha, ha — right."). The retort is found on its own (editorializing.ts); this
 * marks what it undercuts, with the weaker evidence of a neighbour.
 */
function undercut(passage: Passage): Finding[] {
  const next = passage.sentences[passage.position + 1]
  if (!next || next.paragraph !== passage.sentence.paragraph || isQuestion(passage)) return []
  // The next sentence's words, up to four, each a retort's: most sentences fail at their first word.
  const words: string[] = []
  for (const token of next.tokens) {
    if (!isWord(token)) continue
    if (words.length === 4 || !UNDERCUT_WORDS.has(token.lower)) return []
    words.push(token.lower)
  }
  if (words.length === 0) return []
  const retort =
    words.includes('right') || words.includes('not') || words.join(' ') === 'as if' || words.includes('lol')
  if (!retort || (words.length === 1 && words[0] === 'right')) return []
  const first = passage.firstWord()
  if (passage.isQuoted(passage.tokens[first]) || passage.isReported(first)) return []
  const last = passage.tokens.length - 1
  return [
    finding(
      passage,
      first,
      last,
      0.45,
      '“{actual}” is sarcasm: the writer mocks it in the next breath. Report what happened.'
    )
  ]
}
