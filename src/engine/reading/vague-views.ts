import {articleMatches, literally} from './article-search'
import type {VFile} from 'vfile'
import {partOfSpeech, tagText, type WordTag} from './part-of-speech'
import {contextOf, type SentenceTokens, type WordToken} from './sentences'
import {attributionKind, opensViewPhrase, viewPhraseAfter, type AttributionKind} from './speech'
import {hasAttributedVoice} from './voices'
import {CONFIDENCE_THRESHOLDS} from '../types'
import {
  AGENT_PLURAL,
  ANONYMOUS,
  ANONYMOUS_PLACES,
  AS_VERBS,
  BE_LIKE,
  BETWEEN_SUBJECT_AND_VERB,
  CAPITALISED_CROWDS,
  CROWDS,
  NAMED_BEFORE,
  NAMING_PREPOSITIONS,
  NARROWING_PREPOSITIONS,
  NOT_AGENTS,
  NOT_REPORTING_THAT,
  OPINION_HOLDERS,
  PASSIVE_BE,
  POLL_WORDS,
  POSSESSIVES,
  QUANTIFIER_SUBJECTS,
  SHARES,
  STANCE_VERBS,
  SUBORDINATORS,
  VAGUE_DETERMINERS,
  VAGUE_MEASURES,
  VIEW_BY_CONSTRUCTION,
  VIEW_OBJECTS,
  VIEW_STATES
} from './vague-views.data'

/*
 * Vague views: a view given by grammar to a vague or collective subject, so
 * the reader cannot judge who holds it. A subject ("critics", "many", "some
 * on the left", "her apologists", "party insiders", "many an analyst") with a
 * verb of saying, believing or judging (reading/speech.ts: "took aim", "read
 * it as a signal", "now say", "are convinced").
 *
 * The weasel rule reports each view; the speculation rule asks where they are
 * so that "Many believe the port will close" is one finding, the weasel's.
 * Both read it here because a rule may not import another rule.
 */

const isWord = (token: WordToken | undefined): token is WordToken =>
  token !== undefined && token.node.type === 'WordNode'
const CAPITALIZED = /^\p{Lu}/u

/** How vague a subject is: what the confidence of a view given to it starts from. */
export type SubjectKind = 'quantifier' | 'holder' | 'anonymous' | 'crowd' | 'agent' | 'officials'

const SUBJECT_CONFIDENCE: Readonly<Record<SubjectKind, number>> = {
  // "many believe", "some on the left say", "others argue"
  quantifier: 0.85,
  // "critics argue", "experts warn", "her apologists say"
  holder: 0.85,
  // "insiders say", "sources said", "people familiar with the talks said"
  anonymous: 0.8,
  // "officials said": the anonymous official is routine in news; an editor asks which, but not always.
  officials: 0.55,
  // "people say", "Americans believe": a claim about a crowd, also the story's own actors.
  crowd: 0.65,
  // "watchers", "boosters": a plural that names people by what they do, known only by its ending.
  agent: 0.45
}

/** What the verb adds or takes away: a plain verb of saying or believing is the surest sign of a view. */
const VERB_ADJUSTMENT: Readonly<Record<AttributionKind | 'phrase' | 'state', number>> = {
  saying: 0,
  believing: 0,
  judging: -0.05,
  phrase: -0.05,
  finding: -0.15,
  state: -0.1
}

/** The vague subject of a view, as token indexes in its sentence. */
export interface VagueSubject {
  /** First and last token of the subject phrase (determiner to head, or to the end of a phrase after it). */
  first: number
  head: number
  end: number
  kind: SubjectKind
  /** Modified by a vague quantifier ("some critics", "a number of analysts"). */
  quantified: boolean
  /** "her apologists", "the mayor's critics". */
  possessive: boolean
  /** "critics who say": the subject of a relative clause. */
  relative: boolean
  singular: boolean
}

/** A view given to a vague subject: "critics took aim", "many believe". */
export interface VagueView {
  /** Offsets in the document, from the subject's first word to the verb's last. */
  start: number
  end: number
  subject: VagueSubject
  /** The token that ends the verb, or its phrase ("took aim"), in the sentence. */
  verbEnd: number
  /** How surely no one is named as the view's holder: from how vague the subject is and how surely the verb gives a view. */
  confidence: number
}

/**
 * The vague views in a sentence that the weasel rule shows at the default
 * sensitivity. The speculation rule stays silent on these so that "Many
 * believe the port will close" gets one finding, the weasel rule's: the
 * question is who holds the view, not the mind read or the forecast inside it.
 */
export function vagueViewsShownByDefault(
  file: VFile,
  sentences: readonly SentenceTokens[],
  position: number
): VagueView[] {
  return readVagueViews(file, sentences, position).filter((view) => view.confidence >= CONFIDENCE_THRESHOLDS.balanced)
}

/**
 * A vague or collective subject with a verb of saying, believing or judging
 * in the sentence at `position`: "critics took aim", "party insiders read it
 * as a signal", "her apologists now say", "some on the left are convinced",
 * "many an analyst has said". The sentences around it lower the confidence
 * (a poll counted before, a named voice quoted after).
 */
export function readVagueViews(file: VFile, sentences: readonly SentenceTokens[], position: number): VagueView[] {
  // The weasel rule reads every sentence and the speculation rule some of them again: one reading per sentence and file.
  const known = readings.get(sentences[position])
  if (known?.file === file) return known.views
  const views = readSentence(file, sentences, position)
  readings.set(sentences[position], {file, views})
  return views
}

const readings = new WeakMap<SentenceTokens, {file: VFile; views: VagueView[]}>()

function readSentence(file: VFile, sentences: readonly SentenceTokens[], position: number): VagueView[] {
  const sentence = sentences[position]
  const {tokens} = sentence
  const words = tokens.map((token) => token.lower)
  // Only sentences with a possible subject and a possible verb are tagged.
  if (!words.some((word) => isSubjectWord(word)) || !words.some((word) => mayGiveView(word))) return []
  const tags = partOfSpeech(sentence)
  const views: VagueView[] = []
  for (let index = 0; index < tokens.length; index++) {
    const verb = viewVerbAt(tokens, words, tags, index)
    if (!verb) continue
    const read = subjectOf(tokens, words, tags, index, verb.state)
    if (!read) continue
    const subject = atSentenceStart(file, tokens, read)
    // "Prosecutors said", "protesters told reporters": the story's actors reporting what they said or saw; a view
    // ("watchers believe", "boosters scoffed", "read it as a signal") given to them is the weasel.
    if (subject.kind === 'agent' && verb.kind === 'saying' && !subject.quantified) continue
    if (verb.holdersOnly && subject.kind !== 'holder' && subject.kind !== 'quantifier' && subject.kind !== 'anonymous')
      continue
    // "66 percent of voters said", "most respondents in the survey said": a counted share is a poll result.
    if (isPollResult(sentences, position)) continue
    let confidence = SUBJECT_CONFIDENCE[subject.kind] + VERB_ADJUSTMENT[verb.kind]
    if (subject.quantified) confidence += subject.kind === 'agent' || subject.kind === 'crowd' ? 0.15 : 0.05
    if (subject.possessive) confidence -= 0.15
    if (subject.relative) confidence -= 0.15
    // A crowd with a verb that gives a view only by its construction ("locals call them wings") is as likely naming or doing.
    if (subject.kind === 'crowd' && verb.kind === 'phrase') confidence -= 0.1
    // "White House officials", "Pentagon sources", "Harbour officials" opening the sentence: a named institution
    // narrows the anonymous source.
    if (
      (subject.kind === 'officials' || subject.kind === 'anonymous') &&
      tokens
        .slice(subject.first, subject.head)
        .some(
          (_, offset) =>
            isName(tokens, tags, subject.first + offset) || isOpeningName(file, tokens, tags, subject.first + offset)
        )
    )
      confidence -= 0.1
    // "Several lawmakers told The Associated Press": the outlet they spoke to stands behind the account.
    if (tags[index]?.lemma === 'tell' && namedAt(tokens, tokens[index + 1]?.lower === 'the' ? index + 2 : index + 1))
      confidence -= 0.35
    // A named voice quoted in the next sentence often gives the vague crowd a face.
    const next = sentences[position + 1]
    if (
      next &&
      next.paragraph === sentence.paragraph &&
      hasAttributedVoice(contextOf(file)!.document, {start: next.start, end: next.end})
    )
      confidence -= 0.15
    const verbEnd = index + verb.extra
    views.push({
      start: tokens[subject.first].start,
      end: tokens[verbEnd].end,
      subject,
      verbEnd,
      confidence: Math.max(0.05, Math.min(0.95, Number(confidence.toFixed(2))))
    })
    index = verbEnd
  }
  return views
}

/**
 * The subject read again where it opens the sentence, whose capital says
 * nothing by itself: a crowd written with a capital wherever it stands
 * ("Democrats condemned the levy on Monday.") is an actor in the story, an
 * agent, as it is inside a sentence ("…, and Democrats condemned it").
 */
function atSentenceStart(file: VFile, tokens: readonly WordToken[], subject: VagueSubject): VagueSubject {
  const {head} = subject
  if (subject.kind !== 'crowd' || subject.first !== head || head !== tokens.findIndex(isWord)) return subject
  const word = tokens[head].lower
  if (!CAPITALIZED.test(tokens[head].text) || ['americans', 'britons', 'europeans'].includes(word)) return subject
  const text = String(file.value)
  if (writtenInLowerCase(text, word)) return subject
  return CAPITALISED_CROWDS.has(word) || writtenCapitalizedInside(text, tokens[head].text)
    ? {...subject, kind: 'agent'}
    : subject
}

/**
 * A name that opens the sentence, where the tagger reads every capital as
 * one: a word tagged a name that is no adjective in lower case ("Harbour
 * officials", "Northwind officials"; not "Senior officials") and that the
 * article never writes in lower case ("Government officials" where it also
 * writes "the government").
 */
function isOpeningName(
  file: VFile,
  tokens: readonly WordToken[],
  tags: ReadonlyArray<WordTag | undefined>,
  index: number
): boolean {
  const token = tokens[index]
  if (index !== tokens.findIndex(isWord) || !CAPITALIZED.test(token.text) || tags[index]?.pos !== 'PROPN') return false
  const [lower] = tagText(`${token.lower} ${tokens[index + 1]?.lower ?? ''}`)
  return lower !== undefined && lower.pos !== 'ADJ' && !writtenInLowerCase(String(file.value), token.lower)
}

/** Whether the text has the word in lower case somewhere. */
function writtenInLowerCase(text: string, word: string): boolean {
  return articleMatches(text, `(?<![\\p{L}\\p{N}])${literally(word.toLowerCase())}(?![\\p{L}\\p{N}])`)
}

/** Whether the text has the word with its capital inside a sentence: after a lower-case word or a comma. */
function writtenCapitalizedInside(text: string, word: string): boolean {
  return articleMatches(text, `(?<=[\\p{Ll},;]\\s+)${literally(word)}(?![\\p{L}\\p{N}])`)
}

/** A word that may be a verb of view, by its form alone: a verb of saying, believing or judging, a state, a view phrase's verb, or "that". */
function mayGiveView(word: string): boolean {
  let answer = viewWords.get(word)
  if (answer === undefined) {
    answer =
      word === 'that' || VIEW_STATES.has(word) || attributionKind(word) !== undefined || opensViewPhrase(baseOf(word))
    if (viewWords.size >= VIEW_WORDS) viewWords.clear()
    viewWords.set(word, answer)
  }
  return answer
}

/** What `mayGiveView` said of each word seen lately: it asks of the word alone, and runs on most words of an article. */
const viewWords = new Map<string, boolean>()
const VIEW_WORDS = 50_000

function isSubjectWord(word: string): boolean {
  return (
    QUANTIFIER_SUBJECTS.has(word) ||
    OPINION_HOLDERS.has(word) ||
    ANONYMOUS.has(word) ||
    CROWDS.has(word) ||
    AGENT_PLURAL.test(word) ||
    word === 'many'
  )
}

interface ViewVerb {
  kind: AttributionKind | 'phrase' | 'state'
  /** How many tokens after the verb belong to the finding ("took" + "aim"). */
  extra: number
  /** A state after "are" or "remain": the words between it and its subject include a form of "be". */
  state: boolean
  /** A view only when its subject is one that holds views (a quantifier, a holder, an anonymous source), not a crowd. */
  holdersOnly?: boolean
}

/** The verb of saying, believing or judging at `index`, if it is one there: read from its form, its lemma and what follows. */
/** Judging verbs that always take an object when active ("accused the mayor of"), and what follows their participle. */
const OBJECT_VERBS = new Set([
  'accuse',
  'charge',
  'suspect',
  'blame',
  'criticize',
  'criticise',
  'condemn',
  'denounce',
  'fault',
  'praise'
])
const PASSIVE_NEXT = new Set(['of', 'for', 'by', 'with', 'over', 'as', 'in'])

function viewVerbAt(
  tokens: readonly WordToken[],
  words: readonly string[],
  tags: ReadonlyArray<WordTag | undefined>,
  index: number
): ViewVerb | undefined {
  const token = tokens[index]
  const tag = tags[index]
  if (!isWord(token) || !tag) return undefined
  const word = words[index]
  if (!mayGiveView(word) && !attributionKind(word, tag.lemma) && !opensViewPhrase(tag.lemma)) return undefined
  const next = words.slice(index + 1, index + 6)
  if (
    (VIEW_STATES.has(word) && BE_LIKE.has(words[index - 1] ?? '')) ||
    (VIEW_STATES.has(word) && BE_LIKE.has(words[index - 2] ?? '') && tags[index - 1]?.pos === 'ADV')
  ) {
    // "are convinced the deal is dead", "remain divided": not "were concerned about the noise" (a feeling about a thing).
    if (['about', 'by', 'for', 'with'].includes(next[0] ?? '') && !['convinced', 'persuaded'].includes(word))
      return undefined
    return {kind: 'state', extra: 0, state: true}
  }
  const lemma = tag.lemma
  // "others who have been accused", "taxpayers are supposed to": a passive gives no one a view;
  // nor does a headline's "residents urged to leave" (they were urged), nor "doctors can tell if" (an ability).
  if (isPassive(words, tags, index)) return undefined
  if (
    /ed$|^told$/.test(word) &&
    next[0] === 'to' &&
    ['urge', 'ask', 'tell', 'advise', 'warn', 'order', 'encourage', 'force', 'invite', 'call'].includes(tag.lemma)
  )
    return undefined
  if (tag.lemma === 'tell' && ['can', 'could', "can't", 'cannot'].includes(words[index - 1] ?? '')) return undefined
  // "men accused of theft", "residents blamed for the fire": a verb that must take an object has none, so it is a
  // participle (they were accused), not a view they give.
  if (/ed$/.test(word) && OBJECT_VERBS.has(tag.lemma) && PASSIVE_NEXT.has(next[0] ?? '')) return undefined
  const kind = attributionKind(word, lemma)
  const phrase = viewPhraseAfter(lemma, next) || viewPhraseAfter(baseOf(word), next)
  // "experts reason that…", "critics hint that…": a verb that takes a "that" clause reports a thought or words, whatever the verb.
  if (
    !kind &&
    !phrase &&
    tag.pos === 'VERB' &&
    next[0] === 'that' &&
    tags[index + 1]?.pos === 'SCONJ' &&
    !NOT_REPORTING_THAT.has(lemma)
  )
    return {kind: 'judging', extra: 0, state: false}
  if (!kind && !phrase) return undefined
  // A noun of the same form ("the critics' claims") is no verb; a noun straight after a plural subject is the tagger's slip ("Observers note").
  // "have alleged", read as an adjective after "have", is the verb.
  const perfect = ['have', 'has', 'had', "'ve"].includes(words[index - 1] ?? '') && tag.pos === 'ADJ'
  if (tag.pos !== 'VERB' && !perfect && !(tag.pos === 'NOUN' && readsAsVerb(words, tags, index))) return undefined
  if (/ing$/.test(word) && !['are', 'were', 'is', 'was', "'re", 'been', 'be'].includes(words[index - 1] ?? ''))
    return undefined
  if (phrase) return {kind: 'phrase', extra: phrase, state: false}
  if (VIEW_BY_CONSTRUCTION.has(lemma) || VIEW_BY_CONSTRUCTION.has(baseOf(word))) {
    if (givesView(tokens, words, tags, index))
      return {kind: kind === 'saying' ? 'saying' : 'phrase', extra: 0, state: false}
    // "Critics attack the film", "others question the plan": a stance verb gives a view when its subject is one that holds views.
    return STANCE_VERBS.has(lemma) || STANCE_VERBS.has(baseOf(word))
      ? {kind: 'judging', extra: 0, state: false, holdersOnly: true}
      : undefined
  }
  return {kind: kind!, extra: 0, state: false}
}

/** Whether the participle at `index` is in the passive ("have been accused", "are supposed to"). */
export function isPassive(words: readonly string[], tags: ReadonlyArray<WordTag | undefined>, index: number): boolean {
  if (!/(?:ed|en|wn|ld|lt|ght|id|ne)$/.test(words[index]) || VIEW_STATES.has(words[index])) return false
  for (let at = index - 1; at >= 0 && at >= index - 3; at--) {
    if (PASSIVE_BE.has(words[at])) return true
    if (tags[at]?.pos !== 'ADV' && tags[at]?.pos !== 'PART') return false
  }
  return false
}

/** "says" → "say", "argued" → "argue": a rough base form for the view phrases when the tagger's lemma is off. */
function baseOf(word: string): string {
  if (word === 'took' || word === 'taken') return 'take'
  if (word === 'saw' || word === 'seen') return 'see'
  if (/ies$/.test(word)) return word.slice(0, -3) + 'y'
  if (/(?:ss|sh|ch|x)es$/.test(word)) return word.slice(0, -2)
  if (/[^s]s$/.test(word)) return word.slice(0, -1)
  if (/ed$/.test(word)) return word.slice(0, -2)
  return word
}

/**
 * A verb's form the tagger read as a noun: straight after a plural subject
 * ("Observers note the timing"), or between a noun and a determiner, a pronoun
 * or "that" ("many in the party fear a split"), where a noun rarely stands.
 */
function readsAsVerb(words: readonly string[], tags: ReadonlyArray<WordTag | undefined>, index: number): boolean {
  const before = words[index - 1] ?? ''
  const after = tags[index + 1]?.pos
  // After a plural subject the verb has no "-s": "some say", "few claim"; "a few states", "some notes" are nouns.
  if (/[^s]s$/.test(words[index]) && !['everyone', 'everybody'].includes(before)) return false
  if (
    QUANTIFIER_SUBJECTS.has(before) ||
    (/s$/.test(before) && (OPINION_HOLDERS.has(before) || ANONYMOUS.has(before) || CROWDS.has(before)))
  )
    return after === undefined || ['DET', 'PRON', 'SCONJ', 'ADJ', 'ADV', 'NOUN', 'PROPN', 'NUM'].includes(after)
  return (
    ['NOUN', 'PROPN', 'ADJ'].includes(tags[index - 1]?.pos ?? '') &&
    (after === 'DET' || after === 'PRON' || after === 'SCONJ')
  )
}

/**
 * Whether "that" at `index` points at a thing rather than opening a clause:
 * "knows that impulse.", "know that feeling well" (one noun, then the end of
 * the clause); not "know that rents rise". The tagger reads both as a
 * conjunction.
 */
function demonstrativeAt(
  tokens: readonly WordToken[],
  tags: ReadonlyArray<WordTag | undefined>,
  index: number
): boolean {
  if (tags[index + 1]?.pos !== 'NOUN' || !isWord(tokens[index + 1])) return false
  let after = index + 2
  while (isWord(tokens[after]) && tags[after]?.pos === 'ADV') after++
  return !isWord(tokens[after])
}

/**
 * Whether a verb that has other senses gives a view here: "see the deal as",
 * "read it as", "hold that", "rejected the claim", "found that", or any of
 * them introducing a clause with "that".
 */
function givesView(
  tokens: readonly WordToken[],
  words: readonly string[],
  tags: ReadonlyArray<WordTag | undefined>,
  index: number
): boolean {
  const next = words[index + 1]
  if (next === 'that') return !demonstrativeAt(tokens, tags, index + 1)
  if (next === 'whether' || next === 'why' || next === 'how') return true
  const lemma = tags[index]?.lemma ?? words[index]
  // "call it a disaster", "called for", "credit him with".
  if (lemma === 'call')
    return (
      ['it', 'this', 'that', 'him', 'her', 'them', 'for', 'on'].includes(next ?? '') ||
      tags[index + 1]?.pos === 'PROPN' ||
      tags[index + 1]?.pos === 'DET'
    )
  if (lemma === 'credit') return words.slice(index + 2, index + 6).some((word) => word === 'with' || word === 'for')
  // "see the move as", "read it as a signal", "describe it as": an object, then "as" before the clause ends.
  if (AS_VERBS.has(lemma)) {
    for (let at = index + 2; at < tokens.length && at <= index + 7; at++) {
      if (!isWord(tokens[at])) break
      if (words[at] === 'as' && !['far', 'well', 'soon', 'long', 'much', 'many'].includes(words[at + 1] ?? ''))
        return true
      if (tags[at]?.pos === 'VERB') break
    }
  }
  // "find it hard to believe", "found the ribbon offensive", "find the method to be sound": an object, then a judging adjective or "to be".
  if (lemma === 'find') {
    if (!['DET', 'PRON', 'PROPN'].includes(tags[index + 1]?.pos ?? '')) return false
    for (let at = index + 2; at < tokens.length && at <= index + 6; at++) {
      if (!isWord(tokens[at])) return false
      if (tags[at]?.pos === 'ADJ' && tags[at - 1]?.pos !== 'DET' && tags[at + 1]?.pos !== 'NOUN') return true
      if (words[at] === 'to' && words[at + 1] === 'be') return true
      if (tags[at]?.pos === 'VERB' || tags[at]?.pos === 'ADP') return false
    }
    return false
  }
  // "rejected the claim", "disputed the figures": a view as the object.
  for (let at = index + 1; at < tokens.length && at <= index + 4; at++) {
    if (VIEW_OBJECTS.has(words[at])) return true
    if (!isWord(tokens[at]) || !['DET', 'ADJ', 'PRON'].includes(tags[at]?.pos ?? '')) break
  }
  // "said", "told", "added" report words: a quotation or a clause follows; "ask" a question.
  if (
    ['say', 'state', 'add', 'tell', 'recall', 'respond', 'reply', 'note', 'ask', 'report', 'describe', 'cite'].includes(
      lemma
    )
  ) {
    const after = tags[index + 1]
    return (
      !after ||
      /^[“"‘',:]$/.test(tokens[index + 1]?.text ?? '') ||
      after.pos === 'PRON' ||
      after.pos === 'SCONJ' ||
      (after.pos === 'DET' && lemma !== 'cite' && lemma !== 'report') ||
      after.pos === 'PUNCT'
    )
  }
  return false
}

/**
 * The vague subject of the verb at `verb`, if it has one: walks back over
 * auxiliaries and adverbs ("have long", "now", "are"), an aside between commas
 * (unless it names someone: "critics, including Senator Roe, said"), a
 * relative pronoun ("critics who say"), a phrase that narrows without naming
 * ("some on the left", "people familiar with the talks"), to the head word,
 * then to its modifiers and determiner.
 */
function subjectOf(
  tokens: readonly WordToken[],
  words: readonly string[],
  tags: ReadonlyArray<WordTag | undefined>,
  verb: number,
  state: boolean
): VagueSubject | undefined {
  let at = verb - 1
  let skipped = 0
  while (
    at >= 0 &&
    skipped < 5 &&
    isWord(tokens[at]) &&
    (BETWEEN_SUBJECT_AND_VERB.has(words[at]) ||
      (tags[at]?.pos === 'ADV' && !QUANTIFIER_SUBJECTS.has(words[at])) ||
      tags[at]?.pos === 'AUX' ||
      tags[at]?.pos === 'PART')
  ) {
    at--
    skipped++
  }
  if (state && !tokens.slice(at + 1, verb).some((token) => BE_LIKE.has(token.lower))) return undefined
  // An aside between commas or dashes: "critics, including Senator Roe, said"; "critics, however, say".
  if (at >= 0 && /^[,—–)]$/.test(tokens[at].text)) {
    const close = at
    let open = close - 1
    while (open >= 0 && open > close - 14 && !/^[,—–(]$/.test(tokens[open].text)) open--
    if (open < 0 || open <= close - 14) return undefined
    for (let inner = open + 1; inner < close; inner++) if (isName(tokens, tags, inner)) return undefined
    at = open - 1
  }
  let relative = false
  if (at >= 0 && (words[at] === 'who' || (words[at] === 'that' && tags[at]?.pos === 'PRON'))) {
    relative = true
    at--
    if (at >= 0 && tokens[at].text === ',') at--
  }
  if (at < 0 || !isWord(tokens[at])) return undefined

  // A phrase after the head that narrows it: "some on the left", "analysts at Moody's", "people familiar with the matter".
  let end = at
  let head = at
  let anonymousPlace = false
  if (!isHeadWord(words[at], tags[at])) {
    let preposition = -1
    for (let back = at; back >= 0 && back >= at - 6; back--) {
      if (!isWord(tokens[back]) && tokens[back].text !== '-') break
      const pos = tags[back]?.pos
      if (
        (pos === 'VERB' && !ANONYMOUS_PLACES.has(words[back])) ||
        pos === 'AUX' ||
        words[back] === 'and' ||
        words[back] === 'or'
      )
        break
      if (
        (NARROWING_PREPOSITIONS.has(words[back]) || ANONYMOUS_PLACES.has(words[back])) &&
        back > 0 &&
        isHeadWord(words[back - 1], tags[back - 1])
      ) {
        preposition = back
        break
      }
    }
    if (preposition < 0) return undefined
    const place = tokens.slice(preposition, at + 1)
    anonymousPlace = place.some((token) => ANONYMOUS_PLACES.has(token.lower))
    // "critics of the plan", "critics of the U.S. administration" only say what they criticise.
    const holderOf =
      words[preposition] === 'of' &&
      (OPINION_HOLDERS.has(words[preposition - 1]) || ANONYMOUS.has(words[preposition - 1]))
    const named =
      !anonymousPlace &&
      !holderOf &&
      NAMING_PREPOSITIONS.has(words[preposition]) &&
      place.some((_, offset) => isName(tokens, tags, preposition + offset))
    if (named) return undefined
    // "analysts at the bank", "experts from the agency": a body after "at", "from" names the source well enough.
    if (!anonymousPlace && !holderOf && ['of', 'at', 'from', 'for', 'with'].includes(words[preposition]))
      return undefined
    head = preposition - 1
    end = at
  }

  const headWord = words[head]
  let kind: SubjectKind
  let singular = false
  let quantified = false
  let possessive = false
  let first = head
  if (QUANTIFIER_SUBJECTS.has(headWord) || headWord === 'many') {
    // "those close to him", "those who know him": only with a phrase or clause after them.
    if (headWord === 'those' && end === head && !relative) return undefined
    if (headWord === 'others' && end === head && isContrastOfNamed(tokens, tags, head)) return undefined
    // "so many believe", "the many who", "how many think": a degree or a group named before.
    if (
      ['so', 'too', 'as', 'how', 'the', 'of', 'than', 'these', 'those', 'not', 'very'].includes(words[head - 1] ?? '')
    )
      return undefined
    // "he most recently wrote", "the most cited article", "a composer most noted for": "most" grading a word, not a subject.
    if (
      headWord === 'most' &&
      end === head &&
      (tags[head + 1]?.pos === 'ADV' ||
        tags[head + 1]?.pos === 'ADJ' ||
        /ed$/.test(words[head + 1] ?? '') ||
        ['NOUN', 'PROPN', 'NUM', 'DET', 'ADJ'].includes(tags[head - 1]?.pos ?? ''))
    )
      return undefined
    // "for some reason", "in many": the object of a preposition; "although some argue" opens a clause.
    if (tags[head - 1]?.pos === 'ADP' && !SUBORDINATORS.has(words[head - 1])) return undefined
    kind = 'quantifier'
    singular = headWord === 'everyone' || headWord === 'everybody'
  } else if (isPerson(words[head], tags[head]) && (words[head - 1] === 'a' || words[head - 1] === 'an')) {
    // "many an analyst has said".
    if (words[head - 2] !== 'many') return undefined
    kind = OPINION_HOLDERS.has(headWord + 's') ? 'holder' : 'agent'
    quantified = true
    singular = true
    first = head - 2
  } else {
    const noun = headWord
    if (noun === 'officials') kind = 'officials'
    else if (ANONYMOUS.has(noun)) kind = 'anonymous'
    else if (OPINION_HOLDERS.has(noun)) kind = 'holder'
    else if (CROWDS.has(noun)) kind = 'crowd'
    else if (
      AGENT_PLURAL.test(noun) &&
      !NOT_AGENTS.has(noun) &&
      (tags[head]?.pos === 'NOUN' || tags[head]?.pos === 'PROPN')
    )
      kind = 'agent'
    else return undefined
    // "Bernie Sanders says", "Mr Sanders added": a surname with an agent's ending is a name.
    if (
      isCapitalizedInside(tokens, head) &&
      (isCapitalizedInside(tokens, head - 1) ||
        /^(?:mr|mrs|ms|dr|sen|rep|gov|prof)\.?$/.test(words[head - 1] ?? '') ||
        (head - 1 >= 0 &&
          CAPITALIZED.test(tokens[head - 1].text) &&
          tokens.findIndex(isWord) === head - 1 &&
          tags[head - 1]?.pos === 'PROPN'))
    )
      return undefined
    // "Democrats condemned", "Republicans said": a party named by its members acts in the story; a lower-case "conservatives argue" is a crowd.
    if (
      kind === 'crowd' &&
      isCapitalizedInside(tokens, head) &&
      !['americans', 'britons', 'europeans'].includes(noun) &&
      !VAGUE_DETERMINERS.has(words[head - 1] ?? '')
    )
      kind = 'agent'
    if (anonymousPlace) kind = 'anonymous'
    singular = noun === 'everyone' || noun === 'everybody' || noun === 'nobody'
    if (noun === 'nobody') return undefined
    // Modifiers before the head: "party insiders", "Fed watchers", "some conservative commentators".
    let modifier = head - 1
    while (
      modifier >= 0 &&
      head - modifier <= 3 &&
      isWord(tokens[modifier]) &&
      !NAMED_BEFORE.has(words[modifier]) &&
      !VAGUE_DETERMINERS.has(words[modifier]) &&
      !POSSESSIVES.has(words[modifier]) &&
      isModifier(tokens, tags, modifier)
    )
      modifier--
    first = modifier + 1
    const determiner = modifier >= 0 && isWord(tokens[modifier]) ? words[modifier] : undefined
    if (determiner !== undefined) {
      if (determiner === 'of') {
        // "a number of analysts", "a chorus of critics"; not "66 percent of voters", "some of the experts".
        const measure = words[modifier - 1] ?? ''
        if (!VAGUE_MEASURES.has(measure)) return undefined
        quantified = true
        first = modifier - 1
        while (
          first > 0 &&
          isWord(tokens[first - 1]) &&
          ['a', 'growing', 'large', 'small', 'whole', 'increasing'].includes(words[first - 1])
        )
          first--
      } else if (VAGUE_DETERMINERS.has(determiner)) {
        // "other critics" after a name ("Senator Roe and other critics") are named in part.
        if (determiner === 'other' && isContrastOfNamed(tokens, tags, modifier)) return undefined
        // "other characters think": "other" sets them apart from someone, it does not make them a vague number.
        quantified = determiner !== 'other'
        first = modifier
        if (
          ['so', 'too', 'as', 'how'].includes(words[modifier - 1] ?? '') &&
          (determiner === 'many' || determiner === 'few')
        )
          return undefined
        // "many of the experts": partitive of a group named earlier.
      } else if (POSSESSIVES.has(determiner) || /['’]s?$/.test(tokens[modifier].text)) {
        if (kind !== 'holder') return undefined
        possessive = true
        first = POSSESSIVES.has(determiner) ? modifier : possessorStart(tokens, tags, modifier)
      } else if (NAMED_BEFORE.has(determiner)) {
        return undefined
      } else {
        const pos = tags[modifier]?.pos
        // The object of a verb or a preposition ("told critics", "to experts") is not the subject, unless a relative clause follows.
        if ((pos === 'VERB' || pos === 'ADP') && !relative) return undefined
        if (pos === 'NUM') return undefined
      }
    }
  }
  if (relative && kind !== 'holder' && kind !== 'quantifier' && kind !== 'anonymous') return undefined
  if (words[first - 1] === 'among' || words[head - 1] === 'among') return undefined
  return {first, head, end, kind, quantified, possessive, relative, singular}
}

/** A capitalised word inside the sentence ("The Associated Press", "Reuters"), whatever the tagger makes of it. */
function namedAt(tokens: readonly WordToken[], index: number): boolean {
  return isCapitalizedInside(tokens, index)
}

/** A word written with a capital that is not the sentence's first. */
function isCapitalizedInside(tokens: readonly WordToken[], index: number): boolean {
  return index > tokens.findIndex(isWord) && isWord(tokens[index]) && CAPITALIZED.test(tokens[index].text)
}

/** A subject head: a quantifier that stands alone, or a plural (or "many a") word for people. */
function isHeadWord(word: string | undefined, tag: WordTag | undefined): boolean {
  if (!word) return false
  return QUANTIFIER_SUBJECTS.has(word) || word === 'many' || isPerson(word, tag)
}

function isPerson(word: string, tag: WordTag | undefined): boolean {
  if (OPINION_HOLDERS.has(word) || ANONYMOUS.has(word) || CROWDS.has(word)) return true
  if (OPINION_HOLDERS.has(word + 's')) return true
  return AGENT_PLURAL.test(word) && !NOT_AGENTS.has(word) && (tag?.pos === 'NOUN' || tag?.pos === 'PROPN')
}

/** A word that can modify a head noun: an adjective, a noun, a name ("party", "Fed", "conservative", "Wall Street"). */
function isModifier(tokens: readonly WordToken[], tags: ReadonlyArray<WordTag | undefined>, index: number): boolean {
  const pos = tags[index]?.pos
  if (/['’]s?$/.test(tokens[index].text) && tokens[index].text.length > 2) return false
  // A participle modifies only after a determiner ("some embattled critics"); after anything else it is a verb ("dismissed critics").
  const participle =
    pos === 'VERB' &&
    /(?:ed|ing)$/.test(tokens[index].lower) &&
    (['DET', 'ADJ'].includes(tags[index - 1]?.pos ?? '') || /['’]s$/.test(tokens[index - 1]?.text ?? ''))
  return pos === 'ADJ' || pos === 'NOUN' || pos === 'PROPN' || participle
}

/** Where the possessor before "'s" starts: "the mayor's critics" → "the". */
function possessorStart(tokens: readonly WordToken[], tags: ReadonlyArray<WordTag | undefined>, index: number): number {
  let at = index
  while (
    at > 0 &&
    isWord(tokens[at - 1]) &&
    ['DET', 'PROPN', 'NOUN', 'ADJ'].includes(tags[at - 1]?.pos ?? '') &&
    index - at < 4
  )
    at--
  return at
}

/** A proper name: a capitalized word the tagger reads as a name, not at the start of the sentence. */
export function isName(tokens: readonly WordToken[], tags: ReadonlyArray<WordTag | undefined>, index: number): boolean {
  const token = tokens[index]
  if (!isWord(token) || !CAPITALIZED.test(token.text)) return false
  const firstWord = tokens.findIndex(isWord)
  return index !== firstWord && tags[index]?.pos === 'PROPN'
}

/** "Senator Roe and other critics", "Roe and others": a name joined just before. */
function isContrastOfNamed(
  tokens: readonly WordToken[],
  tags: ReadonlyArray<WordTag | undefined>,
  index: number
): boolean {
  if (tokens[index - 1]?.lower !== 'and' && tokens[index - 1]?.text !== ',') return false
  for (let at = index - 2; at >= 0 && at >= index - 5; at--)
    if (isName(tokens, tags, at) || (at === 0 && CAPITALIZED.test(tokens[at].text) && tags[at]?.pos === 'PROPN'))
      return true
  return false
}

/** A share of a crowd counted by a poll, in the sentence or the one before: "most voters said" after "a poll found", "half of Americans think". */
function isPollResult(sentences: readonly SentenceTokens[], position: number): boolean {
  const here = sentences[position]
  const before = sentences[position - 1]
  const candidates = before && before.paragraph === here.paragraph ? [here, before] : [here]
  return candidates.some((sentence) =>
    sentence.tokens.some(
      (token, index) =>
        POLL_WORDS.has(token.lower) ||
        /^\d+(?:\.\d+)?%$/.test(token.text) ||
        (SHARES.has(token.lower) && sentence.tokens[index + 1]?.lower === 'of')
    )
  )
}
