import {partOfSpeech} from '../reading/part-of-speech'
import type {SentenceTokens} from '../reading/sentences'
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {
  createLexiconRule,
  dropMessage,
  isJudgedByOthers,
  messagesOf,
  wordStartOf,
  type LexiconEntry,
  type LexiconMatch
} from '../rule-kit/lexicon-rule'
import {
  HARM_NOUNS,
  HARM_SEVERITY,
  LOADED_LANGUAGE,
  LOADED_LANGUAGE_CLASSES,
  PHYSICAL_HARM,
  VERBAL_OR_PHYSICAL
} from './loaded-language.data'
import {
  INTENSIFIERS,
  KIND_CONFIDENCE,
  LEXICON_CLASSES,
  LOADED_LEXICON,
  PUBLIC_LIFE,
  type LoadedEntry
} from './loaded-language.lexicon.data'

/**
 * Emotive, judging or contentious words in the writer's own voice, each with
 * the neutral wording an editor would use. Quotations are the speaker's and
 * are left alone (the engine drops findings inside them).
 *
 * The entries are the rule's first list (loaded-language.data.ts) and the
 * lexicon (loaded-language.lexicon.data.ts); a lexicon pattern the first list
 * already has, in the same part of speech, is left to the first list.
 */

const sensesOf = (entry: LexiconEntry): readonly string[] | undefined =>
  entry.partOfSpeech === undefined
    ? undefined
    : typeof entry.partOfSpeech === 'string'
      ? [entry.partOfSpeech]
      : entry.partOfSpeech

/** Whether two entries can match the same words in the same part of speech. */
function sameSense(a: LexiconEntry, b: LexiconEntry): boolean {
  const first = sensesOf(a)
  const second = sensesOf(b)
  return first === undefined || second === undefined || first.some((sense) => second.includes(sense))
}

/** The lexicon without the patterns the first list already has (in the same part of speech). */
function withoutDuplicates(earlier: readonly LoadedEntry[], lexicon: readonly LoadedEntry[]): LoadedEntry[] {
  const byPattern = new Map<string, LoadedEntry[]>()
  for (const entry of earlier)
    for (const pattern of entry.patterns) byPattern.set(pattern, [...(byPattern.get(pattern) ?? []), entry])
  return lexicon.flatMap((entry) => {
    const patterns = entry.patterns.filter(
      (pattern) => !(byPattern.get(pattern) ?? []).some((other) => sameSense(entry, other))
    )
    return patterns.length === 0 ? [] : [{...entry, patterns}]
  })
}

/**
 * A hedge beside someone's attributed claim usually marks their view ("the supposed cure, which the
 * company says…"), and the entry stays quiet there (`unlessAttributed`). It may still be the writer's
 * sneer ("supposedly democratic reasons, they'll say"): weaker evidence, so each doubt marker that
 * is a sneer more than a verdict (its own confidence 0.6 or more: "supposedly", "so-called", "bogus",
 * not "debunked" or "baseless", which are often accurate) has a copy without that condition, tried
 * after it, that shows only at `thorough`.
 */
function attributedFallbacks(entries: readonly LoadedEntry[]): LoadedEntry[] {
  return entries
    .filter(
      (entry) => entry.unlessAttributed && entry.kind === 'doubt' && (entry.confidence ?? KIND_CONFIDENCE.doubt) >= 0.6
    )
    .map((entry): LoadedEntry => ({...entry, unlessAttributed: undefined, weak: true}))
}

const ENTRIES_IN_ORDER: readonly LoadedEntry[] = [
  ...LOADED_LANGUAGE,
  ...withoutDuplicates(LOADED_LANGUAGE, LOADED_LEXICON).map((entry): LoadedEntry => ({unlessReported: true, ...entry}))
]

/**
 * Every entry of the rule: the first list, then the lexicon, then the weaker copies of the doubt
 * markers (at one place the first entry that applies wins, so a copy speaks only where its original
 * does not). Each stays quiet inside words reported from someone else.
 */
export const LOADED_ENTRIES: readonly LoadedEntry[] = [...ENTRIES_IN_ORDER, ...attributedFallbacks(ENTRIES_IN_ORDER)]

const PUBLIC_WORDS: ReadonlySet<string> = new Set(PUBLIC_LIFE)

/** The confidence an entry's soft condition leaves when it does not hold: above `thorough`'s threshold, below `balanced`'s. */
const SOFT_CONFIDENCE = 0.3
const wordSets = new WeakMap<readonly string[], ReadonlySet<string>>()
const setOf = (words: readonly string[]): ReadonlySet<string> => {
  let set = wordSets.get(words)
  if (!set) {
    set = new Set(words)
    wordSets.set(words, set)
  }
  return set
}

/** Whether the sentence has one of the words, outside the matched ones (compared as written, in lower case). */
function sentenceHas({sentence, first, last}: LexiconMatch, words: ReadonlySet<string>): boolean {
  return sentence.tokens.some((token, index) => (index < first || index > last) && words.has(token.lower))
}

const CAPITALIZED = /^\p{Lu}\p{Ll}/u

/** A headline in Title Case: after the first word, seven words in ten or more start with a capital (as the lexicon rule reads it). */
function isTitleCase(sentence: SentenceTokens): boolean {
  const words = sentence.tokens.filter((token) => token.node.type === 'WordNode' && /^\p{L}/u.test(token.text)).slice(1)
  const capitalized = words.filter((token) => /^\p{Lu}/u.test(token.text)).length
  return words.length >= 3 && capitalized >= 0.7 * words.length
}

/**
 * Whether the match's first or last word is part of a name: written with a capital and read by the
 * tagger as a proper noun ("Savage Garden"); the first word of a sentence only when a name follows it.
 * Only the ends count: a name inside a phrase is its object, not the loaded word ("threw Colin
 * Powell under the bus", "held Congress hostage"). A headline in Title Case has capitals throughout:
 * its words are not names for this.
 */
function isName({sentence, first, last}: LexiconMatch): boolean {
  const {tokens} = sentence
  if (![first, last].some((index) => CAPITALIZED.test(tokens[index].text)) || isTitleCase(sentence)) return false
  const tags = partOfSpeech(sentence)
  const firstWord = tokens.findIndex((token) => token.node.type === 'WordNode')
  return [...new Set([first, last])].some((index) => {
    const token = tokens[index]
    if (token.node.type !== 'WordNode' || !CAPITALIZED.test(token.text) || tags[index]?.pos !== 'PROPN') return false
    if (index !== firstWord) return true
    const next = tokens[index + 1]
    return (
      next !== undefined &&
      next.node.type === 'WordNode' &&
      CAPITALIZED.test(next.text) &&
      tags[index + 1]?.pos === 'PROPN'
    )
  })
}

/** Verbs by which the writer tells a feeling of their own: "I feel awful", "we felt terrible". */
const FEEL = new Set(['feel', 'feels', 'felt', 'feeling'])

/**
 * Whether the match tells the writer's own feeling: after "I feel", "we felt"
 * (an adverb between: "I feel so awful"). It describes the writer, not
 * someone the writer judges.
 */
function isOwnFeeling({sentence, first}: LexiconMatch): boolean {
  const {tokens} = sentence
  let at = first - 1
  while (
    at > 0 &&
    ['so', 'very', 'really', 'truly', 'just', 'pretty', 'absolutely', 'utterly'].includes(tokens[at].lower)
  )
    at--
  if (!FEEL.has(tokens[at]?.lower ?? '')) return false
  let subject = at - 1
  while (
    subject >= 0 &&
    ['still', 'really', 'do', 'did', 'just', 'actually', 'genuinely', 'honestly'].includes(tokens[subject].lower)
  )
    subject--
  return ['i', 'we'].includes(tokens[subject]?.lower ?? '')
}

/** Forms of "be" before a denied label: "is not a witch hunt", "wasn't a hoax". */
const BE_FORMS = new Set(['is', 'was', 'are', 'were', 'be', 'been', "'s", '’s', "'re", '’re'])
const NEGATED_BE = new Set(["isn't", 'isn’t', "wasn't", 'wasn’t', "aren't", 'aren’t', "weren't", 'weren’t'])

/**
 * Whether the match is a label the sentence denies: "The investigation is not a witch hunt", "It wasn't a
 * hoax", "This is no witch hunt". The writer rejects someone's word for a thing rather than using it; a
 * label the writer applies, even in a negative sentence ("nobody denies the tirade"), still counts.
 */
function isDenied({sentence, first}: LexiconMatch): boolean {
  const {tokens} = sentence
  let at = first - 1
  // "is not a biased witch hunt": past the modifiers of the denied label.
  if (at > 0 && !['a', 'an', 'not', 'no'].includes(tokens[at].lower) && !NEGATED_BE.has(tokens[at].lower)) {
    const tags = partOfSpeech(sentence)
    let modifiers = 0
    while (at > 0 && modifiers < 2 && tags[at]?.pos === 'ADJ') {
      at--
      modifiers++
    }
  }
  if (['a', 'an'].includes(tokens[at]?.lower ?? '')) at--
  const word = tokens[at]?.lower ?? ''
  if (NEGATED_BE.has(word)) return true
  if (word !== 'not' && word !== 'no') return false
  return (
    BE_FORMS.has(tokens[at - 1]?.lower ?? '') ||
    (tokens[at - 1]?.lower === "n't" && BE_FORMS.has(tokens[at - 2]?.lower ?? ''))
  )
}

/** Labels before a headline's colon that name no speaker: "WATCH: …", "BREAKING: …", "Opinion: …". */
const HEADLINE_LABELS = new Set([
  'watch',
  'now',
  'breaking',
  'exclusive',
  'update',
  'updated',
  'video',
  'videos',
  'photos',
  'photo',
  'pictures',
  'opinion',
  'analysis',
  'editorial',
  'commentary',
  'review',
  'live',
  'report',
  'poll',
  'fact',
  'check',
  'read',
  'more',
  'listen',
  'podcast',
  'the',
  'facts',
  'claim',
  'verdict',
  'rating',
  'explainer',
  'column',
  'letters',
  'letter',
  'interview',
  'q&a',
  'transcript',
  'correction',
  'note',
  'editor',
  'editors',
  'sponsored',
  'advertisement',
  'related',
  'see',
  'also',
  'why',
  'how',
  'what',
  'who',
  // A topic, not a speaker: "Trump Tax Plan: …", "Flint Water Crisis: …".
  'plan',
  'bill',
  'tax',
  'deal',
  'crisis',
  'scandal',
  'law',
  'act',
  'care',
  'budget',
  'reform',
  'repeal',
  'policy',
  'election',
  'vote',
  'race',
  'debate',
  'war',
  'case',
  'probe',
  'investigation',
  'summit',
  'ruling',
  'order',
  'ban',
  'wall',
  'tape',
  'story',
  'news',
  'season',
  'game',
  'week',
  'day',
  'year',
  'today',
  'tonight',
  'weekend',
  'shooting',
  'attack',
  'storm',
  'hurricane',
  'trial',
  'film',
  'movie',
  'book',
  'album',
  'show',
  'series',
  'episode',
  'part',
  'chapter',
  'step',
  'tip',
  'tips',
  'guide',
  'warning',
  'alert',
  'gate'
])

/**
 * Whether the match is in a headline that gives someone's words after their name and a colon
 * ("Schumer: GOP Plan a Disaster", "TRUMP: The tape might be fake"): the news convention for a
 * quotation. The name is one to five capitalized words, one of which the tagger reads as a proper
 * noun (or one word in capitals), and none a label ("WATCH:", "Opinion:") or a topic ("Tax Plan:");
 * the line has no full stop after the words.
 */
function isHeadlineQuote({sentence, first}: LexiconMatch): boolean {
  const {tokens} = sentence
  const colon = tokens.findIndex((token, index) => index < first && token.text === ':')
  if (colon < 1 || colon > 5) return false
  const name = tokens.slice(0, colon)
  if (
    !name.every(
      (token) => token.node.type === 'WordNode' && /^\p{Lu}/u.test(token.text) && !HEADLINE_LABELS.has(token.lower)
    )
  )
    return false
  const last = tokens[tokens.length - 1]
  if (last.text === '.' || tokens.slice(colon + 1).some((token) => token.text === ':')) return false
  // A name in capitals ("TRUMP:") is a name whatever the tagger makes of the word.
  if (name.length === 1 && /^\p{Lu}{3,}$/u.test(name[0].text)) return true
  const tags = partOfSpeech(sentence)
  return name.some((_, index) => tags[index]?.pos === 'PROPN')
}

/**
 * Adjectives that make a nickname wherever they stand with a capital before a name, even first in a
 * sentence or in a Title Case headline ("Lyin' Ted", "Sleepy Joe"); the others ("Nervous", "Corrupt")
 * are ordinary adjectives there ("Nervous Democrats huddled"), a nickname only with a capital mid-sentence.
 */
const NICKNAME_ADJECTIVES = new Set([
  'crooked',
  'lyin',
  'lying',
  'cryin',
  'sleepy',
  'low-energy',
  'lowenergy',
  'shifty',
  'goofy',
  'dopey',
  'liddle',
  'leakin',
  'cheatin',
  'psycho',
  'wacky',
  'whacky',
  'little'
])

/** Capitalized words that make names of places and things with these adjectives ("Little Rock", "Crazy Horse", "Sloppy Joe"). */
const NICKNAME_NOT_NAMES = new Set([
  'rock',
  'league',
  'leaguer',
  'leaguers',
  'italy',
  'havana',
  'tokyo',
  'saigon',
  'india',
  'haiti',
  'village',
  'women',
  'sisters',
  'brothers',
  'house',
  'big',
  'bighorn',
  'red',
  'mermaid',
  'richard',
  'caesars',
  'john',
  'britain',
  'mix',
  'feat',
  'shop',
  'prince',
  'rascals',
  'dipper',
  'bear',
  'falls',
  'lake',
  'river',
  'creek',
  'valley',
  'mountain',
  'town',
  'city',
  'hollow',
  'horse',
  'eyes',
  'train',
  'rich',
  'ways',
  'cupid',
  'gal',
  'system',
  'practices',
  'act',
  'heart',
  'hearts',
  'love',
  'bones',
  'things',
  'people',
  'store',
  'theater',
  'theatre',
  'ones',
  'orphan',
  'engine',
  'island',
  'england',
  'ice',
  'age',
  'miss',
  'lord',
  'nemo',
  'pigs',
  'chef',
  'elm'
])

/** Names made with one of the adjectives that are no insult: a dish, a film, a performer's stage name. */
const NICKNAME_NOT_PAIRS = new Set([
  'sloppy joe',
  'sloppy joes',
  'lazy susan',
  'little richard',
  'little john',
  'little stevie',
  'little willie',
  'little walter',
  'little bill',
  'little annie',
  'little jimmy',
  'little anthony',
  'little steven',
  'little simz',
  'little joe',
  'mini cooper',
  'tiny tim',
  'dirty harry',
  'crazy eddie',
  'slick rick',
  'sleepy john',
  'sleepy lagoon'
])

const APOSTROPHES = new Set(["'", '’'])

/**
 * Whether a nickname entry's adjective stands, capitalized, before a name: "Crooked Hillary", "Lyin' Ted".
 * The name is the match's last word, or the word after an apostrophe that ends the adjective ("Lyin' Ted").
 * First in a sentence or in a Title Case headline, every word has a capital: only the adjectives that
 * make nicknames count there. Names of places and things made the same way are left alone.
 */
function isNickname({sentence, first, last, entry}: LexiconMatch): boolean {
  const {tokens} = sentence
  const adjective = tokens[first]
  if (!/^\p{Lu}/u.test(adjective.text)) return false
  let at = last
  if (last === first) {
    if (!APOSTROPHES.has(tokens[first + 1]?.text ?? '') || tokens[first + 1].start !== adjective.end) return false
    at = first + 2
  }
  const name = tokens[at]
  if (name?.node.type !== 'WordNode' || !CAPITALIZED.test(name.text) || NICKNAME_NOT_NAMES.has(name.lower)) return false
  if (NICKNAME_NOT_PAIRS.has(`${adjective.lower} ${name.lower}`)) return false
  const firstWord = tokens.findIndex((token) => token.node.type === 'WordNode')
  const distinctive = NICKNAME_ADJECTIVES.has(adjective.lower)
  if ((first === firstWord || isTitleCase(sentence)) && !distinctive) return false
  if ((entry as LoadedEntry).nickname === 'weak') {
    // "Little Marco", not "Little Rock Central" or a headline where every word has a capital.
    if (isTitleCase(sentence)) return false
    const next = tokens[at + 1]
    if (next && next.node.type === 'WordNode' && /^\p{Lu}/u.test(next.text)) return false
  }
  return true
}

/** Conditions of the lexicon the lexicon rule does not know: a name, a sentence about people, a figure after the words. */
function accept(match: LexiconMatch): boolean {
  const entry = match.entry as LoadedEntry
  if (entry.nickname && !isNickname(match)) return false
  if (!entry.nameless && isName(match)) return false
  if (isOwnFeeling(match)) return false
  if (entry.unlessReported && !entry.weak && (isDenied(match) || isHeadlineQuote(match))) return false
  // Someone else's judgement, by the words around: "considered deplorable by his peers", "…, critics say". Not for a
  // sneer's weaker copy, which speaks exactly where an attribution stands beside it.
  if (entry.unlessReported && !entry.weak && isJudgedByOthers(match)) return false
  if (entry.requires && !sentenceHas(match, setOf(entry.requires))) return false
  if (entry.notAfterPossessive) {
    const before = match.sentence.tokens[match.first - 1]
    if (before && /['’]s$|^s$/i.test(before.text)) return false
  }
  if (entry.beforeNumber) {
    const next = match.sentence.tokens[match.last + 1]
    if (!next || !/^[\d$£€¥]/.test(next.text)) return false
  }
  return true
}

const SEVERITY_WORDS: ReadonlySet<string> = new Set(HARM_SEVERITY)
const HARM_WORDS: ReadonlySet<string> = new Set(HARM_NOUNS)
const AMBIGUOUS_HARM: ReadonlySet<string> = new Set(VERBAL_OR_PHYSICAL)
const PHYSICAL_WORDS: ReadonlySet<string> = new Set(PHYSICAL_HARM)
/** Forms of "be" between a subject and its predicate adjective: "the injuries were horrific". */
const PREDICATE_BE = new Set(['is', 'was', 'are', 'were', 'been', 'be', "'s", '’s'])

/**
 * Whether the match is an adjective of severity said of violence or the harm it did: before the noun
 * ("a brutal assault", "horrific and lasting injuries", the noun inside the match: "vicious attack"), or
 * as the predicate of it ("the beating was brutal", "the attack was truly vicious"). That describes what
 * was done to people, the plain report of a crime; of words or people the adjective judges ("a vicious
 * smear"), and the finding stands.
 */
function describesHarm({sentence, first}: LexiconMatch): boolean {
  const {tokens} = sentence
  if (!SEVERITY_WORDS.has(tokens[first].lower)) return false
  const tags = partOfSpeech(sentence)
  const physical = (index: number): boolean =>
    !AMBIGUOUS_HARM.has(tokens[index].lower) || tokens.some((token) => PHYSICAL_WORDS.has(token.lower))
  const isHarm = (index: number): boolean =>
    (HARM_WORDS.has(tokens[index].lower) ||
      (tags[index]?.pos === 'NOUN' && HARM_WORDS.has(tags[index]?.lemma ?? ''))) &&
    physical(index)
  // Before the noun: through other modifiers and a coordinated adjective ("brutal, sustained sexual assault").
  for (let at = first + 1; at < tokens.length && at <= first + 5; at++) {
    if (isHarm(at)) return true
    const pos = tags[at]?.pos
    if (tokens[at].text === ',' || tokens[at].lower === 'and' || tokens[at].lower === 'or') continue
    if (pos !== 'ADJ' && pos !== 'ADV' && pos !== 'NOUN') break
  }
  // A predicate: "the attack was (truly) vicious".
  let at = first - 1
  while (at > 0 && tags[at]?.pos === 'ADV') at--
  if (!PREDICATE_BE.has(tokens[at]?.lower ?? '')) return false
  return at > 0 && isHarm(at - 1)
}

/** Words that open a supposition: "if", "unless", "even if". */
const SUPPOSING = new Set(['if', 'unless'])

/**
 * Whether the match names the unspecified subject of a supposition: "If biased agents have tainted the
 * evidence…", "unless a reckless driver…", "if any corrupt official…". The writer supposes someone who
 * may not exist rather than pinning the word on anyone; a definite or named subject ("if the corrupt
 * mayor…", "if his reckless plan…") is someone's, and the finding stands.
 */
function isSupposedSubject({sentence, first}: LexiconMatch): boolean {
  const {tokens} = sentence
  const tags = partOfSpeech(sentence)
  let at = first - 1
  while (at > 0 && (tags[at]?.pos === 'ADV' || tags[at]?.pos === 'ADJ' || tokens[at].text === ',')) at--
  if (['a', 'an', 'any'].includes(tokens[at]?.lower ?? '')) at--
  return at >= 0 && SUPPOSING.has(tokens[at]?.lower ?? '')
}

/**
 * How sure a finding is, from evidence the rule can name (docs/rules/loaded-language.md):
 * the kind of entry (an epithet 0.9, an emotive adjective 0.7, a bare intensifier 0.4),
 * or the entry's own figure; an intensifier just before the word (+0.1, "deeply cynical");
 * a literal sense the conditions cannot rule out, unless the sentence is about public life
 * (−0.15: "hammered" near no party, bill or minister); a soft condition that does not hold
 * (`softUnless`, `softRequires`: "racist" beside a court case, "weasels" near no one in public life)
 * leaves at most 0.3, a finding for `thorough` only. Words reported from a source are no
 * findings at all (`unlessReported`), so attribution does not lower the figure further: measured on
 * the marked articles, a penalty for a verb of saying elsewhere in the sentence cost recall and
 * bought no precision.
 */
export function loadedConfidence(match: LexiconMatch): number {
  const entry = match.entry as LoadedEntry
  const kind = entry.kind ?? 'emotive'
  let confidence = entry.confidence ?? KIND_CONFIDENCE[kind]
  const before = match.sentence.tokens[match.first - 1]
  if (
    kind !== 'intensified' &&
    kind !== 'mild-intensifier' &&
    before &&
    INTENSIFIERS.has(before.lower) &&
    !INTENSIFIERS.has(match.sentence.tokens[match.first].lower)
  ) {
    confidence += 0.1
  }
  if (entry.literal) {
    const confirming = typeof entry.literal === 'boolean' ? PUBLIC_WORDS : setOf([...entry.literal, ...PUBLIC_LIFE])
    if (!sentenceHas(match, confirming)) confidence -= 0.15
  }
  // Weaker evidence lowers the figure rather than dropping the finding: it shows at `thorough`.
  const weak =
    entry.weak === true ||
    (entry.softUnless !== undefined && sentenceHas(match, setOf(entry.softUnless))) ||
    (entry.softRequires !== undefined && !sentenceHas(match, setOf(entry.softRequires))) ||
    describesHarm(match) ||
    isSupposedSubject(match)
  if (weak) confidence = Math.min(confidence, entry.softConfidence ?? SOFT_CONFIDENCE)
  return Math.round(Math.max(0, Math.min(1, confidence)) * 100) / 100
}

const loadedLanguage = createLexiconRule({
  ruleId: 'loaded-language',
  entries: LOADED_ENTRIES,
  classes: {...LOADED_LANGUAGE_CLASSES, ...LEXICON_CLASSES},
  message: '“{actual}” is loaded: it judges rather than describes. Use neutral wording or attribute the judgement.',
  // Names are checked in `accept`, by the match's ends only.
  skipNames: false,
  accept,
  confidence: loadedConfidence,
  note: 'Loaded words tell readers what to feel before the facts do. In news copy the writer describes; opinions belong to named sources.'
})

/** The rule that reports hearsay ("reportedly", "purportedly", "allegedly"), which runs before this one. */
const WEASEL_RULE = 'weasel'

/**
 * The rule as the engine runs it: the word list, then one finding per word
 * across rules. A hedge the weasel rule reports ("purportedly showing",
 * "allegedly took") is its finding, not a second one here: hearsay is about a
 * missing source, which the weasel rule reads (a source named in reach lowers
 * its finding, and a hedge the law needs drops it).
 */
export default function loadedLanguageRule() {
  const findWords = loadedLanguage()
  return function (tree: Root, file: VFile) {
    const before = file.messages.length
    findWords(tree, file)
    const hedges = new Set(messagesOf(file, WEASEL_RULE, 0, before).map((message) => wordStartOf(file, message)))
    if (hedges.size === 0) return
    for (const message of file.messages.slice(before))
      if (hedges.has(wordStartOf(file, message))) dropMessage(file, message)
  }
}
