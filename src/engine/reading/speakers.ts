import type {ProseDocument} from './document'
import {sentencesOf, type SentenceTokens, type WordToken} from './sentences'
import {otherVoiceAt} from './voices'
import type {Span} from '../types'
import {partOfSpeech} from './part-of-speech'
import {isReportingVerb, isSayingVerb} from './speech'
import {
  DESCRIBED_SOURCES,
  DOCUMENTS,
  INDEPENDENT_ROLES,
  NOT_NAMES,
  NOT_PARTIES_ALONE,
  NOT_PARTY_HEADS,
  OPPONENT_ROLES,
  ORGANIZATION_HEADS,
  PRINCIPAL_ROLES,
  PEOPLES_AND_FAITHS,
  PLACE_HEADS,
  PLACES,
  TITLES
} from './speakers.data'

/**
 * Who speaks in an article: the people and organizations it quotes,
 * paraphrases with a verb of saying, cites ("according to", "a report by")
 * or lets answer, each bound to its verb by clause rules, and the side each
 * speaks from.
 *
 * Names are read from capitalisation and the tagger's PROPN, with word lists
 * for what a capitalised word can be without being a speaker: a place (and
 * every part of one: "United" of "United States"), a people or a faith, a
 * title, a month. A word that only ever appears capitalised at the start of a
 * sentence is not taken for a name. A named-entity library (compromise) was
 * measured for this and left out: see docs/balance-score.md.
 */

/** Where a source stands relative to the article's subjects. */
export type Side = 'principal' | 'opponent' | 'independent' | 'unknown'

/** One sentence in which a source speaks. */
export interface SourceSentence extends Span {
  /** Words of the sentence inside quotation marks (the source's own words). */
  quotedWords: number
  /** All the words of the sentence. */
  words: number
  /** Where the source's own account starts: the sentence's start, or its verb of saying when the sentence opens in the writer's words. */
  from: number
}

/** Someone the article quotes or cites. */
export interface Source {
  /** A proper name ("Mara Okafor", "Harlow Institute") or a description ("the harbour board"). */
  name: string
  /** Who they are, as the article says it ("a spokesman for the Union", "Amazon CEO"). */
  description: string
  /** A person, an organization, a document or body described without a name, or a name of unknown kind. */
  kind: 'person' | 'organization' | 'described' | 'name'
  /** The subjects' own side, an opponent or critic, an independent voice, or not known. */
  side: Side
  /** Why that side, in a few words an editor can check. */
  sideReason: string
  /** A proper name rather than a description. */
  named: boolean
  /** The first sentence that cites it. */
  sentence: Span
  /** Its words are quoted directly somewhere. */
  quoted: boolean
  /** Every sentence in which it speaks, in order. */
  sentences: SourceSentence[]
}

/** A person or organization the article is about. */
export interface Subject {
  name: string
  /** A person (named in full somewhere), an organization, or a name of unknown kind. */
  kind: 'person' | 'organization' | 'name'
  /** How many times the body names it. */
  mentions: number
  /** The headline names it. */
  inHeadline: boolean
}

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'who', 'which', 'that', 'one'])
const SKIPPABLE_BEFORE_VERB = new Set([
  'has',
  'have',
  'had',
  'also',
  'later',
  'previously',
  'once',
  'first',
  'then',
  'would',
  'will',
  'could',
  'may',
  'might',
  'recently',
  'publicly',
  'privately',
  'separately',
  'repeatedly',
  'again',
  'further',
  'did',
  'does',
  'do',
  'not',
  'never',
  'often',
  'already',
  'subsequently',
  'earlier',
  'simply',
  'flatly',
  'openly',
  'quickly',
  'immediately',
  'herself',
  'himself',
  'themselves',
  'itself',
  'only',
  'still',
  'just',
  'even',
  'since',
  'long'
])
/** Verbs after which a name is the one spoken to, not the speaker ("told the Daily Ledger"). */
const VERBS_WITH_RECIPIENT = new Set([
  'told',
  'tell',
  'tells',
  'telling',
  'asked',
  'ask',
  'asks',
  'urged',
  'urges',
  'warned',
  'warns',
  'accused',
  'accuses',
  'cited',
  'cites',
  'quoted',
  'quotes',
  'reported',
  'reports'
])
/** Answering: a source that answers questions speaks as one that says. */
const ANSWERING = new Set(['answered', 'answers', 'replied', 'replies', 'responded', 'responds'])
/** Taking a stand: "the association opposed the plan" gives the association's view as a paraphrase does. */
const STANCE_VERBS = new Set([
  'opposed',
  'opposes',
  'objected',
  'objects',
  'welcomed',
  'welcomes',
  'praised',
  'praises',
  'condemned',
  'condemns',
  'denounced',
  'denounces',
  'applauded',
  'slammed',
  'blasted',
  'protested'
])
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'one',
  'two',
  'three',
  'its',
  'his',
  'her',
  'their',
  'another',
  'other',
  'this',
  'that',
  'these',
  'those'
])
const LINKS = new Set(['of', 'for', 'at', 'from', 'with', 'to', 'in', 'on'])
const NAME_JOINERS = new Set(['of', 'de', 'la', 'du', 'van', 'von', 'der', 'bin', 'al', 'el', 'da', 'di', '&'])
const QUOTE_MARKS = /^["“”'‘’«»]$/
const APOSTROPHE_S = /['’]s$/i

const bareName = (word: string) => word.replace(APOSTROPHE_S, '').replace(/['’]$/, '')
const isWord = (token: WordToken | undefined): token is WordToken =>
  token !== undefined && token.node.type === 'WordNode'
const lowerBare = (token: WordToken) => bareName(token.lower)

/** What the whole article tells about names: which capitalised words appear as names away from a sentence's start. */
interface NameBook {
  /** Lower-case words seen capitalised in the middle of a sentence. */
  midSentence: Set<string>
  /** Lower-case words seen in lower case anywhere (so a capitalised one at a sentence's start is a common word). */
  lowerCase: Set<string>
  /** Names the article shows to be places: the "Kelby" of "Port of Kelby", the "Harlow" of "University of Harlow". */
  places: Set<string>
  /** Last words of full names ("Jessica Leeds"): such a word alone is that person, even when it is also a place's name. */
  surnames: Set<string>
}

const nameBooks = new WeakMap<SentenceTokens, {count: number; book: NameBook}>()

/** The name book of these sentences, read once for the subjects and the sources alike. */
function readNameBook(sentences: readonly SentenceTokens[]): NameBook {
  const cached = sentences.length > 0 ? nameBooks.get(sentences[0]) : undefined
  if (cached && cached.count === sentences.length) return cached.book
  const book = buildNameBook(sentences)
  if (sentences.length > 0) nameBooks.set(sentences[0], {count: sentences.length, book})
  return book
}

function buildNameBook(sentences: readonly SentenceTokens[]): NameBook {
  const book: NameBook = {midSentence: new Set(), lowerCase: new Set(), places: new Set(), surnames: new Set()}
  for (const {tokens} of sentences) {
    tokens.forEach((token, index) => {
      const next = tokens[index + 1]
      if (
        !isWord(token) ||
        !isWord(next) ||
        !/^\p{Lu}\p{Ll}+$/u.test(token.text) ||
        !/^\p{Lu}\p{Ll}+(?:['’]s)?$/u.test(next.text)
      )
        return
      const first = token.lower
      if (
        NOT_NAMES.has(first) ||
        TITLES.has(first) ||
        PLACES.has(first) ||
        PEOPLES_AND_FAITHS.has(first) ||
        ORGANIZATION_HEADS.has(lowerBare(next))
      )
        return
      if (isWord(tokens[index + 2]) && /^\p{Lu}/u.test(tokens[index + 2].text)) return
      book.surnames.add(lowerBare(next))
    })
    tokens.forEach((token, index) => {
      if (
        token.lower !== 'of' ||
        index === 0 ||
        !/^\p{Lu}/u.test(tokens[index - 1].text) ||
        !ORGANIZATION_HEADS.has(tokens[index - 1].lower)
      )
        return
      const run: string[] = []
      for (let at = index + 1; at < tokens.length && isWord(tokens[at]) && /^\p{Lu}/u.test(tokens[at].text); at++)
        run.push(lowerBare(tokens[at]))
      if (run.length > 0 && !run.some((word) => ORGANIZATION_HEADS.has(word))) book.places.add(run.join(' '))
    })
    const first = tokens.findIndex((token) => isWord(token) && !QUOTE_MARKS.test(token.text))
    tokens.forEach((token, index) => {
      if (!isWord(token)) return
      if (/^\p{Lu}/u.test(token.text)) {
        if (
          index !== first &&
          !/^[“"‘(]$/.test(tokens[index - 1]?.text ?? '') &&
          !/[.!?:]$/.test(tokens[index - 1]?.text ?? '')
        )
          book.midSentence.add(lowerBare(token))
      } else if (/^\p{Ll}/u.test(token.text)) book.lowerCase.add(lowerBare(token))
    })
  }
  return book
}

/** A capitalised word that can be part of a name here: not a month, pronoun or opener, and not a common word that merely begins the sentence. */
function isNameWord(tokens: readonly WordToken[], index: number, book: NameBook): boolean {
  const token = tokens[index]
  if (!isWord(token) || !/^\p{Lu}/u.test(token.text)) return false
  const lower = lowerBare(token)
  if (NOT_NAMES.has(lower) || NOT_NAMES.has(token.lower)) return false
  if (/^[A-Z]{2,}[a-z]?$/.test(bareName(token.text)) && lower.length >= 2) return true
  const startsClause =
    index === 0 ||
    /^[“"‘(]$/.test(tokens[index - 1].text) ||
    /[.!?:]$/.test(tokens[index - 1].text) ||
    tokens.slice(0, index).every((before) => !isWord(before))
  if (!startsClause) return true
  // A word that begins the sentence is a name only when the article names it so elsewhere, or a name follows it,
  // or it is a singular word never written in lower case that a verb of saying follows ("Greenpeace warned").
  if (book.midSentence.has(lower)) return true
  const next = tokens[index + 1]
  if (TITLES.has(lower) && isWord(next) && /^\p{Lu}/u.test(next.text)) return true
  if (book.lowerCase.has(lower) || isCommonCapitalised(lower)) return false
  // "John Smith said…" at the start; not "Depraved ISIS…" or "Clearly Smith…" (an adjective, a participle or an adverb).
  if (isWord(next) && /^\p{Lu}/u.test(next.text) && !NOT_NAMES.has(next.lower)) return !/(?:ed|ing|ly)$/.test(lower)
  return !/s$/.test(lower) && isWord(next) && (isSayingVerb(next.lower) || SKIPPABLE_BEFORE_VERB.has(next.lower))
}

/** Capitalised words that name no one in particular: a people, a faith, a described source, a role. */
function isCommonCapitalised(lower: string): boolean {
  return (
    PEOPLES_AND_FAITHS.has(lower) ||
    DESCRIBED_SOURCES.has(lower) ||
    TITLES.has(lower) ||
    OPPONENT_ROLES.has(lower) ||
    INDEPENDENT_ROLES.has(lower) ||
    PLACES.has(lower) ||
    VAGUE.has(lower)
  )
}

const VAGUE = new Set([
  'many',
  'some',
  'most',
  'few',
  'several',
  'others',
  'everyone',
  'everybody',
  'someone',
  'somebody',
  'nobody',
  'anyone',
  'people',
  'experts',
  'observers',
  'insiders',
  'sources',
  'reports',
  'studies'
])

/** A run of name words (with "of", "&"… inside: "Bank of England"), as token indexes [first, last]. */
function nameRunEndingAt(tokens: readonly WordToken[], end: number, book: NameBook): [number, number] | undefined {
  if (!isNameWord(tokens, end, book)) return
  let first = end
  while (first > 0) {
    if (isNameWord(tokens, first - 1, book) && !APOSTROPHE_S.test(tokens[first - 1].text)) first--
    else if (
      first > 1 &&
      NAME_JOINERS.has(tokens[first - 1].lower) &&
      isNameWord(tokens, first - 2, book) &&
      !APOSTROPHE_S.test(tokens[first - 2].text)
    )
      first -= 2
    else break
  }
  return [first, end]
}

function nameRunStartingAt(tokens: readonly WordToken[], start: number, book: NameBook): [number, number] | undefined {
  if (!isNameWord(tokens, start, book)) return
  let last = start
  while (last + 1 < tokens.length && !APOSTROPHE_S.test(tokens[last].text)) {
    if (isNameWord(tokens, last + 1, book)) last++
    else if (NAME_JOINERS.has(tokens[last + 1].lower) && isNameWord(tokens, last + 2, book)) last += 2
    else break
  }
  return [start, last]
}

const textOf = (tokens: readonly WordToken[], first: number, last: number) => {
  let text = ''
  for (let index = first; index <= last; index++) {
    const token = tokens[index]
    if (
      index > first &&
      (token.node.type === 'WordNode' || /^[&(“"]$/.test(token.text)) &&
      !/^[(“"‘-]$/.test(tokens[index - 1].text)
    )
      text += ' '
    text += token.text
  }
  return text
}

/** A name, cut into what it is made of: the title words before it, the name itself, and what kind of name. */
interface ReadName {
  name: string
  titles: string
  kind: 'person' | 'organization' | 'name'
  /** The whole run is a place, a people or a faith: not a speaker. */
  notAParty: boolean
}

function isPlace(words: readonly string[]): boolean {
  const phrase = words.join(' ')
  return (
    PLACES.has(phrase) ||
    PLACES.has(phrase.replace(/^the /, '')) ||
    (words.length > 1 && PLACE_HEADS.has(words[words.length - 1]))
  )
}

/** Reads a run of capitalised words: "U.S. Rep. Jared Huffman" is Jared Huffman (U.S. Rep.); "United States" is a place; "Harlow Institute" an organization. */
export function readName(words: readonly string[]): ReadName {
  const lower = words.map((word) => bareName(word.toLowerCase()))
  const last = lower[lower.length - 1]
  // A prophet, an event or a law alone; a condition, a law or a building by its last word; an "-ism".
  if (
    (lower.length === 1 && (NOT_PARTIES_ALONE.has(last) || /ism$/.test(last))) ||
    (lower.length > 1 && NOT_PARTY_HEADS.has(last))
  ) {
    return {name: words.map(bareName).join(' '), titles: '', kind: 'name', notAParty: true}
  }
  // "North Carolina Democratic Party Chair Patsy Keever": a person after the organization's title.
  for (let index = lower.length - 2; index > 0; index--) {
    if (!TITLES.has(lower[index]) || TITLES.has(lower[index + 1])) continue
    if (
      lower.slice(0, index).some((word) => ORGANIZATION_HEADS.has(word)) &&
      !lower.slice(index + 1).some((word) => ORGANIZATION_HEADS.has(word))
    ) {
      return {
        name: words
          .slice(index + 1)
          .map(bareName)
          .join(' '),
        titles: words.slice(0, index + 1).join(' '),
        kind: 'person',
        notAParty: false
      }
    }
    break
  }
  // "Harlow Institute", "Coastal Water Company"; and "Port of Kelby", "University of Harlow".
  const ofForm = lower.length > 2 && lower[1] === 'of' && ORGANIZATION_HEADS.has(lower[0])
  if (
    ofForm ||
    ORGANIZATION_HEADS.has(last) ||
    (lower.length > 1 && lower.some((word, index) => index > 0 && ORGANIZATION_HEADS.has(word) && !TITLES.has(word)))
  ) {
    return {name: words.map(bareName).join(' '), titles: '', kind: 'organization', notAParty: false}
  }
  // Strip titles from the front ("Interior Minister", "Sen."), and places used as titles ("U.S. Rep.", "Texas Gov.").
  let start = 0
  while (
    start < lower.length - 1 &&
    (TITLES.has(lower[start]) ||
      PEOPLES_AND_FAITHS.has(lower[start]) ||
      isPlace(lower.slice(start, start + 1)) ||
      isPlace(lower.slice(start, start + 2)))
  ) {
    start += isPlace(lower.slice(start, start + 2)) && !isPlace(lower.slice(start, start + 1)) ? 2 : 1
  }
  // "Interior Minister Karl Holm", "Amazon CEO Andy Jassy": everything up to the last title describes the name after it.
  for (let index = lower.length - 2; index >= start; index--) {
    if (TITLES.has(lower[index]) && !TITLES.has(lower[index + 1])) {
      start = index + 1
      break
    }
  }
  // A title after the name ("Smith CEO") or a place before it ("Texas"), read off.
  let end = lower.length
  while (end > start + 1 && TITLES.has(lower[end - 1])) end--
  const rest = lower.slice(start, end)
  const name = words.slice(start, end).map(bareName).join(' ')
  const titles = words.slice(0, start).join(' ')
  if (
    rest.length === 0 ||
    isPlace(rest) ||
    rest.every((word) => PLACES.has(word) || PEOPLES_AND_FAITHS.has(word) || TITLES.has(word) || NOT_NAMES.has(word))
  ) {
    return {name, titles, kind: 'name', notAParty: true}
  }
  if (rest.length === 1 && /^[A-Z]{2,6}$/.test(bareName(words[start])))
    return {name, titles, kind: 'organization', notAParty: false}
  const personal = start > 0 || rest.length >= 2
  return {name, titles, kind: personal ? 'person' : 'name', notAParty: false}
}

/** Every name the body mentions, counted by its key (a person's surname, an organization's whole name). */
interface Mention {
  key: string
  name: string
  kind: ReadName['kind']
  /** It follows "in", "into", "across"…: said of a place. */
  locative: boolean
}

const LOCATIVE = new Set([
  'in',
  'into',
  'across',
  'throughout',
  'within',
  'invade',
  'invading',
  'invaded',
  'visit',
  'visited',
  'near'
])
/** "the president of X", "the people of X": X is a place. */
const PLACE_OWNERS = new Set([
  'president',
  'king',
  'queen',
  'government',
  'people',
  'capital',
  'citizens',
  'border',
  'borders',
  'map',
  'army',
  'dictator',
  'ruler',
  'regime',
  'coast',
  'north',
  'south',
  'east',
  'west',
  'streets',
  'city',
  'state',
  'country',
  'nation',
  'invasion'
])

function keyOf(name: string, kind: ReadName['kind']): string {
  const words = name.toLowerCase().split(/\s+/)
  return kind === 'organization' ? words.join(' ') : words[words.length - 1]
}

function mentionsIn(sentence: SentenceTokens, book: NameBook): Mention[] {
  const mentions: Mention[] = []
  const {tokens} = sentence
  for (let index = 0; index < tokens.length; index++) {
    const run = nameRunStartingAt(tokens, index, book)
    if (!run) continue
    const words = tokens
      .slice(run[0], run[1] + 1)
      .filter(isWord)
      .map((token) => token.text)
    index = run[1]
    // "@HillaryClinton" is a handle, not a mention in the writer's words.
    if (
      tokens[run[0] - 1]?.text === '@' ||
      (tokens[run[0] - 1]?.end === tokens[run[0]].start && /@$/.test(tokens[run[0] - 1].text))
    )
      continue
    const read = readName(words)
    if (read.notAParty || book.places.has(words.map((word) => bareName(word.toLowerCase())).join(' '))) continue
    // "in Val Verde", "the president (of Val Verde)": said of a place.
    let at = run[0] - 1
    if (tokens[at]?.text === '(') at--
    const before = tokens[at]?.lower ?? ''
    const ofPlace =
      (before === 'of' && PLACE_OWNERS.has(tokens[at - 1]?.lower ?? '')) ||
      (tokens[run[0] - 1]?.lower === 'of' &&
        tokens[run[0] - 2]?.text === '(' &&
        PLACE_OWNERS.has(tokens[run[0] - 3]?.lower ?? ''))
    mentions.push({
      key: keyOf(read.name, read.kind),
      name: read.name,
      kind: read.kind,
      locative: (LOCATIVE.has(before) || ofPlace) && !APOSTROPHE_S.test(tokens[run[1]].text)
    })
  }
  return mentions
}

/**
 * The people and organizations the article is about: those its headline
 * names that the body names too, then those the body returns to most.
 * Places (by the word lists, and names said mostly as places: "in Val
 * Verde"), peoples and faiths are never subjects.
 */
export function articleSubjects(body: readonly SentenceTokens[], headlines: readonly SentenceTokens[]): Subject[] {
  const book = readNameBook(body)
  const counts = new Map<
    string,
    {forms: Map<string, number>; count: number; locative: number; kind: ReadName['kind']}
  >()
  for (const sentence of body) {
    for (const mention of mentionsIn(sentence, book)) {
      let entry = counts.get(mention.key)
      if (!entry) counts.set(mention.key, (entry = {forms: new Map(), count: 0, locative: 0, kind: mention.kind}))
      entry.count++
      if (mention.locative) entry.locative++
      if (mention.kind !== 'name') entry.kind = entry.kind === 'organization' ? 'organization' : mention.kind
      entry.forms.set(mention.name, (entry.forms.get(mention.name) ?? 0) + 1)
    }
  }
  // "Hillary" alone is Hillary Clinton when the article names her in full.
  for (const [key, entry] of counts) {
    if (entry.kind !== 'name') continue
    const person = [...counts.entries()].find(
      ([other, candidate]) =>
        other !== key &&
        candidate.kind === 'person' &&
        [...candidate.forms.entries()].some(
          ([form, count]) =>
            form.toLowerCase().split(' ')[0] === key && form.includes(' ') && (count >= 2 || count >= entry.count)
        )
    )
    if (!person) continue
    person[1].count += entry.count
    counts.delete(key)
  }
  // "Westbay" alone is Westbay Ferries when the article names the organization in full.
  for (const [key, entry] of counts) {
    if (entry.kind !== 'name') continue
    const organization = [...counts.entries()].find(
      ([other, candidate]) => other !== key && candidate.kind === 'organization' && other.split(' ')[0] === key
    )
    if (!organization) continue
    organization[1].count += entry.count
    counts.delete(key)
  }
  const displayOf = (entry: {forms: Map<string, number>}) => {
    const forms = [...entry.forms.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length)
    return (forms.find(([form]) => form.includes(' ') && form.split(' ').length <= 4) ?? forms[0])[0]
  }
  const inHeadline = new Set<string>()
  for (const {tokens} of headlines) {
    for (const token of tokens) {
      if (!isWord(token) || !/^\p{Lu}/u.test(token.text)) continue
      const lower = lowerBare(token)
      for (const [key, entry] of counts)
        if (
          key === lower ||
          key.split(' ').includes(lower) ||
          [...entry.forms.keys()].some((form) => form.toLowerCase().split(' ').includes(lower) && !TITLES.has(lower))
        )
          inHeadline.add(key)
    }
  }
  const ranked = [...counts.entries()]
    .filter(([, entry]) => entry.locative * 2 < entry.count)
    .sort((a, b) => b[1].count - a[1].count)
  const top = ranked[0]?.[1].count ?? 0
  let chosen = ranked.filter(
    ([key, entry]) => (inHeadline.has(key) && entry.count >= 2) || (entry.count >= 3 && entry.count >= top * 0.5)
  )
  // A short piece: the one name it returns to, if one stands out.
  if (chosen.length === 0 && top >= 2 && (ranked[1]?.[1].count ?? 0) < top) chosen = ranked.slice(0, 1)
  return chosen
    .sort((a, b) => Number(inHeadline.has(b[0])) - Number(inHeadline.has(a[0])) || b[1].count - a[1].count)
    .slice(0, 3)
    .map(([key, entry]) => {
      const name = displayOf(entry)
      const kind: Subject['kind'] =
        entry.kind === 'organization'
          ? 'organization'
          : entry.kind === 'person' || name.includes(' ')
            ? 'person'
            : 'name'
      return {name, kind, mentions: entry.count, inHeadline: inHeadline.has(key)}
    })
}

/** The speaker a clause rule found, before sides are given. */
interface Speaker {
  name: string
  description: string
  kind: Source['kind']
  named: boolean
  /** "he", "she", "they", "it": the last named speaker goes on. */
  pronoun?: string
  /** Where the subject starts, when it stands before its verb (for "X and Y said"). */
  at?: number
}

/** Reads the speaker of a name run [first, last], with the description beside it. */
function speakerFromRun(
  tokens: readonly WordToken[],
  [first, last]: [number, number],
  description: string,
  book?: NameBook
): Speaker | undefined {
  const words = tokens
    .slice(first, last + 1)
    .filter(isWord)
    .map((token) => token.text)
  const read = readName(words)
  // "Leeds said" in an article that names Jessica Leeds: a person, not the city.
  if (read.notAParty && words.length === 1 && book?.surnames.has(bareName(words[0].toLowerCase())))
    return {name: bareName(words[0]), description, kind: 'person', named: true, at: first}
  if (read.notAParty) return
  const titles = read.titles.replace(/^(?:Mr|Mrs|Ms|Dr|Mr\.|Mrs\.|Ms\.|Dr\.)(?:\s+|$)/, '')
  return {
    name: read.name,
    description: [titles, description].filter(Boolean).join(', '),
    kind: read.kind,
    named: true,
    at: first
  }
}

/**
 * A described source ending at `end`: "the mayor", "a company spokesperson",
 * "officials", "a spokesman for the Union" (the Union speaks), "a report by
 * the Meridian Trust" (the Trust speaks), "lawyers for Deborah Kline".
 */
function describedEndingAt(
  tokens: readonly WordToken[],
  end: number,
  book: NameBook,
  documentsOnly: boolean
): Speaker | undefined {
  // "… for/by/of the Union": a name after a link word, with a described head before it.
  const run = nameRunEndingAt(tokens, end, book)
  if (run) {
    let link = run[0] - 1
    if (tokens[link]?.lower === 'the') link--
    if (isWord(tokens[link]) && (LINKS.has(tokens[link].lower) || tokens[link].lower === 'by')) {
      const headWord = tokens[link - 1]
      const head =
        describedEndingAt(tokens, link - 1, book, false) ??
        (isWord(headWord) && DESCRIBED_SOURCES.has(lowerBare(headWord))
          ? {name: headWord.lower, named: false}
          : undefined)
      const named = speakerFromRun(tokens, run, '', book)
      if (head && named && !head.named) {
        const headWord = head.name.split(' ').pop()!.toLowerCase()
        if (documentsOnly && !DOCUMENTS.has(headWord) && named.kind !== 'organization') return
        return {
          ...named,
          description: [named.description, `${head.name} ${tokens[link].lower}`].filter(Boolean).join(', '),
          kind: named.kind === 'name' ? 'organization' : named.kind
        }
      }
    }
    return
  }
  const words: WordToken[] = []
  for (let index = end; index >= 0 && words.length < 6 && isWord(tokens[index]); index--) {
    words.unshift(tokens[index])
    if (DETERMINERS.has(tokens[index].lower)) break
  }
  const head = words[words.length - 1]
  if (!head || !DESCRIBED_SOURCES.has(lowerBare(head))) return
  if (documentsOnly && !DOCUMENTS.has(lowerBare(head))) return
  // "the mayor", "North Carolina officials": no name, a description. Bare plurals and "many…" are vague: the weasel rule counts those.
  const start = words.findIndex((word) => DETERMINERS.has(word.lower))
  const phrase = words.slice(Math.max(0, start))
  if (phrase.some((word) => PRONOUNS.has(word.lower) && !DETERMINERS.has(word.lower))) return
  if (VAGUE.has(phrase[0].lower) || (start < 0 && phrase.length === 1 && /s$/.test(head.lower))) return
  // "a Northwind spokesman", "the Teamsters union": the name qualifying the role speaks.
  const qualifier = phrase.filter(
    (word, at) =>
      at < phrase.length - 1 && /^\p{Lu}/u.test(word.text) && !DETERMINERS.has(word.lower) && !NOT_NAMES.has(word.lower)
  )
  if (qualifier.length > 0) {
    const read = readName(qualifier.map((word) => word.text))
    const rest = phrase
      .slice(phrase.indexOf(qualifier[qualifier.length - 1]) + 1)
      .map((word) => word.text)
      .join(' ')
    // "the Teamsters union" and "Hillsborough police" are organizations; "a Northwind spokesman" speaks for one.
    const body = ORGANIZATION_HEADS.has(lowerBare(head)) && !TITLES.has(lowerBare(head))
    if (!read.notAParty)
      return {
        name: body ? `${read.name} ${rest}` : read.name,
        description: body ? '' : rest,
        kind: 'organization',
        named: true,
        at: end - phrase.length + 1
      }
  }
  return {
    name: phrase
      .map((word) => word.text)
      .join(' ')
      .replace(/^(The|A|An) /, (article) => article.toLowerCase()),
    description: '',
    kind: 'described',
    named: false,
    at: end - phrase.length + 1
  }
}

/** The noun phrase a description ends with, read back from `end` (at most six words): "Northwind's chief executive". */
function phraseEndingAt(tokens: readonly WordToken[], end: number): string {
  const words: WordToken[] = []
  for (let index = end; index >= 0 && words.length < 6 && isWord(tokens[index]); index--) {
    if (isReportingVerb(tokens[index].lower) || PRONOUNS.has(tokens[index].lower)) break
    words.unshift(tokens[index])
  }
  return words.map((word) => word.text).join(' ')
}

/** The speaker named after the verb: "said Smith", "said Maria Lopez, the union's president", "said the mayor". */
function speakerAfter(tokens: readonly WordToken[], verb: number, book: NameBook): Speaker | undefined {
  let cursor = verb + 1
  // "…, said Smith." ends the clause; "…, said the company was open" is a report of what the company was.
  const endsClause = (index: number) =>
    index >= tokens.length ||
    /^[,.;:!?)”"]$/.test(tokens[index].text) ||
    ['on', 'in', 'at', 'of', 'from', 'during', 'after', 'before', 'when', 'who', 'adding', 'according'].includes(
      tokens[index].lower
    )
  const run = nameRunStartingAt(tokens, cursor, book)
  if (run) {
    if (!endsClause(run[1] + 1)) return
    let description = ''
    if (tokens[run[1] + 1]?.text === ',') {
      const words: WordToken[] = []
      for (let index = run[1] + 2; index < tokens.length && isWord(tokens[index]) && words.length < 12; index++)
        words.push(tokens[index])
      if (words.length > 0 && DETERMINERS.has(words[0].lower)) description = words.map((word) => word.text).join(' ')
    }
    return speakerFromRun(tokens, run, description, book)
  }
  const words: WordToken[] = []
  while (cursor < tokens.length && isWord(tokens[cursor]) && words.length < 6) {
    words.push(tokens[cursor])
    if (DESCRIBED_SOURCES.has(lowerBare(tokens[cursor])) && !DESCRIBED_SOURCES.has(tokens[cursor + 1]?.lower ?? ''))
      break
    cursor++
  }
  if (words.length === 0 || !DETERMINERS.has(words[0].lower) || !endsClause(verb + words.length + 1)) return
  return describedEndingAt(tokens, verb + words.length, book, false)
}

/** The speaker of a verb of saying at `verb`, by the clause rules. */
function speakerOf(tokens: readonly WordToken[], verb: number, book: NameBook, finding: boolean): Speaker | undefined {
  let cursor = verb - 1
  while (cursor >= 0 && SKIPPABLE_BEFORE_VERB.has(tokens[cursor].lower)) {
    // "Kasich has not announced…": a denial of speech names no speaker.
    if (NEGATIONS.has(tokens[cursor].lower)) return
    cursor--
  }
  const before = tokens[cursor]
  if (!before) return
  // "was found not guilty", "were told", "is said to": a passive names no speaker before it.
  if (BE_FORMS.has(before.lower)) return
  const canInvert = !VERBS_WITH_RECIPIENT.has(tokens[verb].lower) && !finding
  if (before.text === ',' || QUOTE_MARKS.test(before.text)) {
    // "“…,” said Smith" and "…, said the mayor": the speaker follows.
    if (canInvert) {
      const after = speakerAfter(tokens, verb, book)
      if (after) return after
    }
    if (QUOTE_MARKS.test(before.text)) return
    return appositiveSpeaker(tokens, cursor, book, finding)
  }
  if (PRONOUNS.has(before.lower))
    return ['he', 'she', 'they', 'it'].includes(before.lower) &&
      !QUESTION_AUXILIARIES.has(tokens[cursor - 1]?.lower ?? '')
      ? {name: '', description: '', kind: 'name', named: false, pronoun: before.lower}
      : undefined
  // "A forecast published in March by…": a participle, not a source's verb.
  if (finding && tokens.slice(verb + 1, verb + 6).some((token) => token.lower === 'by')) return
  const speaker = subjectEndingAt(tokens, cursor, book, finding)
  // "How does a company maintain…?": a question about a subject, not a report of what it said.
  if (speaker?.at !== undefined && QUESTION_AUXILIARIES.has(tokens[speaker.at - 1]?.lower ?? '')) return
  return speaker
}

const QUESTION_AUXILIARIES = new Set([
  'does',
  'did',
  'do',
  'can',
  'could',
  'would',
  'should',
  'will',
  'may',
  'might',
  'must',
  'shall',
  'why',
  'how'
])

const NEGATIONS = new Set(['not', 'never'])
const BE_FORMS = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being', "'s"])

/** The subject that ends right before the verb: a name ("Smith", "Amazon CEO Andy Jassy", "chief strategist John Weaver") or a described source. */
function subjectEndingAt(
  tokens: readonly WordToken[],
  cursor: number,
  book: NameBook,
  finding: boolean
): Speaker | undefined {
  const run = nameRunEndingAt(tokens, cursor, book)
  if (!run) return describedEndingAt(tokens, cursor, book, finding)
  // "a spokesman for the Union said", "a report by the Meridian Trust found".
  if (isLinkedToDescription(tokens, run)) return describedEndingAt(tokens, cursor, book, finding)
  let description = ''
  const previous = tokens[run[0] - 1]
  if (
    isWord(previous) &&
    /^\p{Ll}/u.test(previous.text) &&
    !DETERMINERS.has(previous.lower) &&
    previous.lower !== 'and'
  ) {
    // "Kasich's chief strategist John Weaver said": a role before the name describes it.
    if (isRoleNoun(previous.lower)) description = phraseEndingAt(tokens, run[0] - 1)
    // "Patients taking Zolvara said": the name is the object of a longer subject, not the speaker.
    else return
  }
  const speaker = speakerFromRun(tokens, run, description, book)
  // A bare name that "found" or "showed" something is a document's or an organization's work, never a drug's or a product's.
  if (speaker && finding && speaker.kind !== 'organization') return
  return speaker
}

const isRoleNoun = (lower: string) =>
  TITLES.has(lower) ||
  DESCRIBED_SOURCES.has(lower) ||
  INDEPENDENT_ROLES.has(lower) ||
  OPPONENT_ROLES.has(lower) ||
  /(?:ist|man|woman|person)$/.test(lower)

/**
 * "John Smith, a spokesman for the Union, told…", "The mayor, Ana Ruiz,
 * said…", "Thomas Birmingham, general manager of the district Westlands,
 * which received…, said": the name heads the phrase before the commas (or
 * stands between them), and the words between describe it.
 */
function appositiveSpeaker(
  tokens: readonly WordToken[],
  comma: number,
  book: NameBook,
  finding: boolean
): Speaker | undefined {
  const commas: number[] = []
  for (let index = comma - 1; index >= Math.max(0, comma - 40) && commas.length < 3; index--) {
    if (tokens[index].text === ',') commas.push(index)
    else if (QUOTE_MARKS.test(tokens[index].text) || /^[.;:!?()]$/.test(tokens[index].text)) break
  }
  for (const opening of commas) {
    if (opening <= 0) break
    const between = textOf(tokens, opening + 1, comma - 1)
    const firstBetween = tokens[opening + 1]
    // The mayor, Ana Ruiz, said…
    const inner = nameRunStartingAt(tokens, opening + 1, book)
    if (inner && inner[1] === comma - 1) {
      const speaker = speakerFromRun(tokens, inner, phraseEndingAt(tokens, opening - 1), book)
      if (speaker) return speaker
    }
    const description = descriptionFrom(between, firstBetween)
    const run = nameRunEndingAt(tokens, opening - 1, book)
    const previous = run ? tokens[run[0] - 1] : undefined
    // A name inside a longer phrase ("the district Westlands") is not the speaker: look further back.
    const heads =
      run &&
      (!isWord(previous) || DETERMINERS.has(previous.lower) || previous.lower === 'and' || isRoleNoun(previous.lower))
    if (run && heads && !isLinkedToDescription(tokens, run)) {
      const speaker = speakerFromRun(
        tokens,
        run,
        [isWord(previous) && isRoleNoun(previous.lower) ? phraseEndingAt(tokens, run[0] - 1) : '', description]
          .filter(Boolean)
          .join(', '),
        book
      )
      if (speaker) return speaker
    }
    const described = describedEndingAt(tokens, opening - 1, book, finding)
    if (described && (!run || isLinkedToDescription(tokens, run) || heads))
      return {...described, description: [described.description, description].filter(Boolean).join(', ')}
    if (run && heads) return
  }
  return
}

/** The words between commas as a description: up to its first comma, and only when it reads as one ("a spokesman…", "who studies…", "general manager of…"). */
function descriptionFrom(between: string, first: WordToken | undefined): string {
  const text = between.split(/,\s*/)[0].trim()
  if (!first || text.split(/\s+/).length > 16) return ''
  const lower = first.lower
  return DETERMINERS.has(lower) ||
    ['who', 'whose', 'which'].includes(lower) ||
    isRoleNoun(lower) ||
    /^\p{Lu}/u.test(first.text) ||
    /^(?:former|senior|chief|general|deputy|assistant|associate|executive|longtime|then)$/.test(lower)
    ? text
    : ''
}

/** Whether the name run follows "for", "by", "of"… after a described head ("a spokesman for [the Union]"). */
function isLinkedToDescription(tokens: readonly WordToken[], [first]: [number, number]): boolean {
  let link = first - 1
  if (tokens[link]?.lower === 'the') link--
  return (
    isWord(tokens[link]) &&
    (LINKS.has(tokens[link].lower) || tokens[link].lower === 'by') &&
    isWord(tokens[link - 1]) &&
    DESCRIBED_SOURCES.has(lowerBare(tokens[link - 1]))
  )
}

/** "according to X": a name, a described source, or a document "by" a name. */
function afterAccordingTo(tokens: readonly WordToken[], index: number, book: NameBook): Speaker | undefined {
  if (tokens[index + 1]?.lower !== 'to') return
  const start = index + 2
  const run =
    nameRunStartingAt(tokens, start, book) ??
    (tokens[start]?.lower === 'the' ? nameRunStartingAt(tokens, start + 1, book) : undefined)
  if (run) return speakerFromRun(tokens, run, '', book)
  // "according to a forecast published in March by the consultancy Meridian Research": the name is the source.
  const words: number[] = []
  for (let cursor = start; cursor < tokens.length && words.length < 12 && isWord(tokens[cursor]); cursor++)
    words.push(cursor)
  for (const at of words) {
    const inner = nameRunStartingAt(tokens, at, book)
    if (inner) {
      const speaker = speakerFromRun(tokens, inner, textOf(tokens, start, at - 1), book)
      if (speaker) return speaker
      break
    }
  }
  for (let end = start; end < start + 6 && isWord(tokens[end]); end++) {
    if (isWord(tokens[end + 1]) && DESCRIBED_SOURCES.has(lowerBare(tokens[end + 1]))) continue
    const described = describedEndingAt(tokens, end, book, false)
    if (described) return described
  }
  return
}

/** The author of an embedded post, from its signature line ("— Donald J. Trump (@realDonaldTrump) August 6, 2012"). */
const POST_SIGNATURE = /(?:^|\s)[—–-]{1,2}\s*([^()—–\n]{1,80}?)\s*\(@(\w{1,30})\)/u

/** Every source the article attributes words or views to, one entry per source, with every sentence in which it speaks. */
export function findSources(
  document: ProseDocument,
  sentences: readonly SentenceTokens[],
  subjects: readonly Subject[] = []
): Source[] {
  const book = readNameBook(sentences)
  const sources: Source[] = []
  let last: {source: Source; sentence: number} | undefined
  let lastPerson: Source | undefined

  const add = (
    speaker: Speaker,
    sentence: SentenceTokens,
    index: number,
    from = sentence.start
  ): Source | undefined => {
    let source: Source | undefined
    if (speaker.pronoun) {
      const personal = speaker.pronoun === 'he' || speaker.pronoun === 'she'
      source = personal ? (lastPerson ?? last?.source) : last?.source
      if (source && last && index - last.sentence > 6) source = undefined
      // No one has spoken yet, or long ago: "he" is the person the sentences just before were about ("Mr Sanders … was asked … “…,” he told…").
      if ((!source || (last && index - last.sentence > 2)) && personal) {
        const person = [index, index - 1, index - 2]
          .filter((at) => at >= 0)
          .map((at) => mentionsIn(sentences[at], book).find((mention) => mention.kind !== 'organization'))
          .find(Boolean)
        if (person) return add({name: person.name, description: '', kind: 'person', named: true}, sentence, index, from)
      }
      if (!source) return
    } else {
      source = sources.find((other) => sameSource(other, speaker))
      if (!source) {
        source = {
          ...speaker,
          side: 'unknown',
          sideReason: '',
          sentence: {start: sentence.start, end: sentence.end},
          quoted: false,
          sentences: []
        }
        sources.push(source)
      } else if (!source.description && speaker.description) source.description = speaker.description
    }
    const counts = wordsOf(document, sentence)
    if (source.sentences.some((other) => other.start === sentence.start)) return source
    // "“…,” Smith said": the whole sentence is Smith's; "While X…, Smith said that…": from the verb on.
    const quoteFirst = document.quotations.some(
      (quotation) => quotation.start >= sentence.start && quotation.start < from
    )
    source.sentences.push({
      start: sentence.start,
      end: sentence.end,
      ...counts,
      from: quoteFirst ? sentence.start : from
    })
    if (counts.quotedWords > 0) source.quoted = true
    return source
  }

  sentences.forEach((sentence, index) => {
    const {tokens} = sentence
    const voice = otherVoiceAt(document, sentence)
    // Page furniture speaks for no one; embedded posts are read below, for their authors.
    if (voice && voice.kind !== 'quotation') return
    // Only a sentence with a verb of saying (or "according") can hold a source: only those are tagged.
    const cue = tokens.some(
      (token) =>
        isWord(token) &&
        (token.lower === 'according' ||
          isSayingVerb(token.lower) ||
          isReportingVerb(token.lower) ||
          ANSWERING.has(token.lower) ||
          STANCE_VERBS.has(token.lower))
    )
    const tags = cue ? partOfSpeech(sentence) : []
    let found: Source | undefined
    const bound = new Set<string>()
    tokens.forEach((token, verb) => {
      if (!isWord(token) || otherVoiceAt(document, token)) return
      const lower = token.lower
      let speaker: Speaker | undefined
      if (lower === 'according') speaker = afterAccordingTo(tokens, verb, book)
      else {
        const pos = tags[verb]?.pos
        // The tagger reads some past forms as adjectives ("Jassy articulated the benefit"): an "-ed" form counts unless it is a noun.
        const saying =
          (isSayingVerb(lower) || ANSWERING.has(lower) || STANCE_VERBS.has(lower)) &&
          pos !== 'NOUN' &&
          pos !== 'PROPN' &&
          (pos !== 'ADJ' || /ed$/.test(lower))
        const reporting = !saying && isReportingVerb(lower, pos === 'AUX' ? 'VERB' : pos)
        if (!saying && !reporting) return
        // "to say", "saying", "says who": not a finite verb of saying with a subject of its own.
        if (lower.endsWith('ing') || tokens[verb - 1]?.lower === 'to') return
        speaker = speakerOf(tokens, verb, book, reporting)
      }
      if (!speaker) return
      // "Walmart and the Teamsters union said": both speak.
      const speakers = [speaker]
      if (speaker.at !== undefined && speaker.at > 1 && tokens[speaker.at - 1].lower === 'and' && speaker.at < verb) {
        const lone = tokens[speaker.at - 2]
        const other =
          nameRunEndingAt(tokens, speaker.at - 2, book) ??
          (isWord(lone) &&
          /^\p{Lu}/u.test(lone.text) &&
          !NOT_NAMES.has(lone.lower) &&
          !isCommonCapitalised(lowerBare(lone)) &&
          speaker.at - 2 === 0
            ? ([speaker.at - 2, speaker.at - 2] as [number, number])
            : undefined)
        const partner = other
          ? speakerFromRun(tokens, other, '', book)
          : describedEndingAt(tokens, speaker.at - 2, book, false)
        if (partner) speakers.unshift(partner)
      }
      for (const each of speakers) {
        const key = each.pronoun ?? each.name.toLowerCase()
        if (bound.has(key)) continue
        bound.add(key)
        const source = add(each, sentence, index, token.start)
        if (!source) continue
        found ??= source
        if (source.kind === 'person' || (source.named && source.kind === 'name')) lastPerson = source
      }
    })
    if (found) {
      last = {source: found, sentence: index}
      return
    }
    // A sentence that is mostly a quotation, right after a source spoke, goes on in that source's voice.
    const counts = wordsOf(document, sentence)
    if (last && index - last.sentence <= 2 && counts.quotedWords > 0 && counts.quotedWords * 2 >= counts.words) {
      if (!last.source.sentences.some((other) => other.start === sentence.start))
        last.source.sentences.push({start: sentence.start, end: sentence.end, ...counts, from: sentence.start})
      last.source.quoted = true
      last = {source: last.source, sentence: index}
    }
  })
  // An embedded post speaks for its author, named on its signature line ("— Donald J. Trump (@realDonaldTrump) August 6, 2012").
  let post: SentenceTokens[] = []
  for (const sentence of sentencesOf(document.tree)) {
    if (otherVoiceAt(document, sentence)?.kind !== 'embedded-post') {
      post = []
      continue
    }
    post.push(sentence)
    const signature = POST_SIGNATURE.exec(document.text.slice(sentence.start, sentence.end))
    if (!signature) continue
    // The account's own display name, as shown ("Be A King", "ACLU"), unless it is a place or a people.
    const words = signature[1].trim().split(/\s+/)
    const read = words.length <= 6 ? readName(words) : undefined
    if (read && !(read.notAParty && read.titles === '')) {
      const display = words.join(' ')
      const speaker: Speaker = {
        name: display,
        description: `@${signature[2]}`,
        kind: read.kind === 'organization' || /^[A-Z]{2,}$/.test(display) ? 'organization' : 'person',
        named: true
      }
      let source = sources.find((other) => sameSource(other, speaker))
      if (!source)
        sources.push(
          (source = {
            ...speaker,
            side: 'unknown',
            sideReason: '',
            sentence: {start: post[0].start, end: post[0].end},
            quoted: true,
            sentences: []
          })
        )
      source.quoted = true
      for (const each of post) {
        const {words: count} = wordsOf(document, each)
        if (!source.sentences.some((other) => other.start === each.start))
          source.sentences.push({start: each.start, end: each.end, words: count, quotedWords: count, from: each.start})
      }
    }
    post = []
  }
  for (const source of sources) {
    // "Osei" is Nadia Osei when the article is about her.
    const full =
      source.named && !source.name.includes(' ')
        ? subjects.find((subject) => subject.kind === 'person' && subject.name.split(' ').pop() === source.name)
        : undefined
    if (full) source.name = full.name
    source.sentences.sort((a, b) => a.start - b.start)
    source.sentence = {
      start: source.sentences[0]?.start ?? source.sentence.start,
      end: source.sentences[0]?.end ?? source.sentence.end
    }
    Object.assign(source, sideOf(source, subjects, document))
  }
  return sources.filter((source) => source.sentences.length > 0)
}

function wordsOf(document: ProseDocument, sentence: SentenceTokens): {quotedWords: number; words: number} {
  let words = 0
  let quotedWords = 0
  for (const token of sentence.tokens) {
    if (!isWord(token)) continue
    words++
    if (otherVoiceAt(document, token)?.kind === 'quotation') quotedWords++
  }
  return {words, quotedWords}
}

/** "Mara Okafor" and a later "Okafor" are one source; so are "the harbour board" and "The harbour board". */
function sameSource(a: Pick<Source, 'name' | 'named' | 'kind'>, b: Pick<Source, 'name' | 'named' | 'kind'>): boolean {
  const left = a.name.toLowerCase().split(/\s+/)
  const right = b.name.toLowerCase().split(/\s+/)
  if (left.join(' ') === right.join(' ')) return true
  if (!a.named || !b.named) return false
  if (a.kind === 'organization' || b.kind === 'organization') return false
  return left[left.length - 1] === right[right.length - 1]
}

/** The words that identify a subject: a person's surname, an organization's distinctive words ("Interior" of "Interior Department"). */
function subjectKeys(subject: Subject): string[] {
  const words = subject.name.toLowerCase().split(/\s+/).map(bareName)
  if (subject.kind === 'organization') {
    const distinctive = words.filter(
      (word) => !ORGANIZATION_HEADS.has(word) && !TITLES.has(word) && !NOT_NAMES.has(word) && !PLACES.has(word)
    )
    return distinctive.length > 0 ? distinctive : words
  }
  return [words[words.length - 1]]
}

function matchesSubject(words: readonly string[], subject: Subject): boolean {
  return subjectKeys(subject).some((key) => words.includes(key))
}

/**
 * The side a source speaks from, with the reason: one of the subjects, or
 * speaking for one (their people, their campaign, their company); a critic
 * or rival by role or by what it says; an independent voice by role
 * (analysts, researchers, courts, officials); otherwise not known.
 */
function sideOf(
  source: Source,
  subjects: readonly Subject[],
  document: ProseDocument
): Pick<Source, 'side' | 'sideReason'> {
  const own = source.name.toLowerCase().split(/\s+/).map(bareName)
  const described = source.description
    .toLowerCase()
    .split(/[\s,]+/)
    .map(bareName)
  const isSubject = subjects.find((subject) => matchesSubject(own, subject) && (source.named || own.length > 1))
  if (isSubject) return {side: 'principal', sideReason: `${isSubject.name} is one of the article’s subjects`}
  // Their people: a role that speaks for a subject ("Amazon CEO", "a spokesman for the Union", "founder of X for Trump") or
  // the subject's own ("Northwind's chief executive"); not a mere mention ("charged in the death of Freddie Gray").
  const roleFor = described.some((word) => PRINCIPAL_ROLES.has(word) || /(?:man|woman|person|ist)$/.test(word))
  const possessive = (subject: Subject) =>
    subjectKeys(subject).some((key) =>
      new RegExp(`\\b${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}['’]s?\\b`, 'i').test(source.description)
    )
  const speaksFor = subjects.find((subject) => matchesSubject(described, subject) && (roleFor || possessive(subject)))
  if (speaksFor) return {side: 'principal', sideReason: `speaks for ${speaksFor.name} (${source.description})`}
  // "the company said" in an article about a company: that company.
  const organization =
    subjects.find((subject) => subject.kind === 'organization') ?? subjects.find((subject) => subject.kind === 'name')
  if (
    !source.named &&
    organization &&
    /^the (?:company|firm|group|business|corporation|carrier|bank|campaign|team|club|party|agency|ministry|department)$/i.test(
      source.name
    )
  ) {
    return {side: 'principal', sideReason: `“${source.name}” is ${organization.name}`}
  }
  const role = (set: ReadonlySet<string>) => [...described, ...(source.named ? [] : own)].find((word) => set.has(word))
  const opponentRole = role(OPPONENT_ROLES)
  if (opponentRole)
    return {side: 'opponent', sideReason: `described as ${/s$/.test(opponentRole) ? '' : 'a '}${opponentRole}`}
  const independentRole = role(INDEPENDENT_ROLES)
  if (independentRole) return {side: 'independent', sideReason: `${independentRole}: no stake in the story stated`}
  // What the source says: disputing, opposing or attacking puts it on the other side.
  for (const sentence of source.sentences) {
    const text = document.text.slice(sentence.from, sentence.end).toLowerCase()
    const words = text.split(/[^\p{L}\p{N}'’-]+/u).map(bareName)
    const counter = words.find((word) => COUNTER_WORDS.has(word))
    if (!counter) continue
    const target = subjects.find((subject) => matchesSubject(words, subject))
    return {
      side: 'opponent',
      sideReason: target
        ? `disputes or criticises ${target.name} (“${counter}”)`
        : `disputes or opposes the article’s main line (“${counter}”)`
    }
  }
  if (subjects.length === 0) return {side: 'unknown', sideReason: 'the article has no clear subject to take sides on'}
  return {
    side: 'unknown',
    sideReason: `not tied to ${subjects.map((subject) => subject.name).join(' or ')} in the text`
  }
}

const COUNTER_WORDS = new Set([
  'disputed',
  'disputes',
  'dispute',
  'rejected',
  'rejects',
  'reject',
  'denied',
  'denies',
  'deny',
  'countered',
  'disagreed',
  'disagrees',
  'disagree',
  'criticized',
  'criticised',
  'criticizes',
  'criticises',
  'challenged',
  'opposed',
  'opposes',
  'oppose',
  'objected',
  'objects',
  'condemned',
  'condemns',
  'accused',
  'accuses',
  'blamed',
  'blames',
  'blame',
  'slammed',
  'attacked',
  'denounced',
  'sued',
  'wrong',
  'false',
  'lied',
  'lying',
  'misleading',
  'disgrace',
  'shameful',
  'outrageous',
  'unacceptable',
  'failed',
  'failure',
  'fault',
  'unfair',
  'untrue',
  'nonsense'
])

/** Whether a source is a person or body an editor could ask: not a place, a people, a faith or a document. */
export function isParty(source: Pick<Source, 'kind' | 'named'>): boolean {
  return source.named && source.kind !== 'described'
}
