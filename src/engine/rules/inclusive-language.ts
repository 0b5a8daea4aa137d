import type {Paragraph, Root} from 'nlcst'
import retextEquality from 'retext-equality'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import type {ProseDocument} from '../reading/document'
import {partOfSpeech, type PartOfSpeech} from '../reading/part-of-speech'
import {PhraseMatcher} from '../reading/phrase-matcher'
import {contextOf, sentenceCountOf, sentencesOf, type SentenceTokens, type WordToken} from '../reading/sentences'
import {isReportingVerb} from '../reading/speech'
import {capitalize} from '../rewrites/english'
import {report, type Rewrite} from '../rewrites/report'
import {byCandidateWord} from '../rule-kit/plugin-wrappers'
import type {Span} from '../types'
import {
  CLINICAL_CONTEXT,
  EXTRA_TERMS,
  FORM_CONDITIONS,
  FORM_KINDS,
  PERSONAL_PRONOUNS,
  GENERIC_DETERMINERS,
  GENERIC_MODIFIERS,
  KEPT_PATTERNS,
  KIND_CONFIDENCE,
  LITERAL_PHRASES,
  NEVER_SEARCHED,
  REPLACEMENTS,
  type Conditions,
  type ExtraTerm,
  type InclusiveKind,
  type KeptPattern
} from './inclusive-language.data'
import {EQUALITY_KEY_PHRASES, EQUALITY_LONGEST_PHRASE} from './inclusive-language.words.data'

/**
 * Inclusive language as a news editor marks it: retext-equality finds the
 * words, and only those an editor would change in the writer's voice are
 * reported (see inclusive-language.data.ts for which, and why).
 *
 * - A gendered role noun ("chairman", "spokesmen") is reported when it stands
 *   for whoever holds the role: a plural with no names; a singular with a
 *   generic determiner ("every chairman", "the next chairman"); a singular
 *   with nobody in its sentence or paragraph it could be and no words of his
 *   reported ("a spokesman for the ministry said" is a man the reporter
 *   heard). A named person's title ("Fed chairman Jerome Powell", "Chairman
 *   Powell", "Tom Lee, the spokesman") is a fact about that man: style books
 *   (AP) keep "chairman" for a man, and a reader checking the title is not
 *   helped by a squiggle. Female forms always name a woman.
 * - Disability, mental-illness and identity words are reported outside their
 *   literal senses: not in a sentence about a diagnosis, not as part of a name
 *   ("Mad Men", "Washington Redskins"), and only in the word class that carries
 *   the insult ("a lame excuse", not "lame duck"; "a savage", not "to savage").
 * - Only the writer's words count: the engine drops findings in quotations,
 *   embedded posts and page furniture for every rule; this rule also leaves
 *   alone words in 'straight single quotation marks', which the engine's
 *   quotation finder cannot tell from apostrophes.
 *
 * A rewrite is offered only when it fits its sentence: the same part of speech
 * (by the tagger) and number (each form has its own entry); otherwise the
 * finding comes with no rewrite.
 */

export const RULE_ID = 'inclusive-language'

const MESSAGES: Readonly<Record<InclusiveKind, string>> = {
  'gendered-role': '“{actual}” genders a role anyone can hold; for a generic or unknown holder, use the neutral form.',
  'gendered-generic': '“{actual}” uses a gendered word for people in general; a neutral word says the same.',
  'disability-metaphor':
    '“{actual}” uses a disability or mental-illness word as an insult or metaphor; say what is meant.',
  pity: '“{actual}” casts a disability as suffering; say that the person has the condition or uses the aid.',
  identity: '“{actual}” is a slur or an outdated word for a group of people; use the word the group uses.',
  suicide:
    '“{actual}” frames suicide as a crime or an achievement; news style is “died by suicide” or “killed himself” or “herself”.'
}

const NOTE =
  'Style guides (AP, Reuters, the NCDJ disability guide) ask for neutral terms when the words stand for people in general or borrow a condition as an insult. ' +
  "A named person's title and words inside quotations are left alone."

type Transformer = (tree: Root, file: VFile) => void

interface Candidate {
  sentence: SentenceTokens
  first: number
  last: number
  start: number
  end: number
  /** The matched words, lower case, ’ as ', hyphens dropped, spaces single. */
  form: string
  kind: InclusiveKind
  term: KeptPattern | ExtraTerm
}

/** A word as retext-equality's search compares it, hyphens and apostrophes dropped: the form of the key words. */
const equalityKeyOf = (word: string) => (/[-'’]/.test(word) ? word.replace(/[-'’]/g, '') : word)

// retext-equality searches only around the key words of kept phrases (a phrase holds its key word, anywhere in it),
// one instance per key word found, each with the phrases of the patterns that key belongs to. The rule drops
// the repeats when two keys of one pattern are found.
const searchEquality = byCandidateWord(retextEquality, {
  isCandidate: (word) => EQUALITY_KEY_PHRASES.has(equalityKeyOf(word)),
  reach: {before: EQUALITY_LONGEST_PHRASE - 1, after: EQUALITY_LONGEST_PHRASE - 1},
  keyOf: equalityKeyOf,
  searches: (key, phrase) => EQUALITY_KEY_PHRASES.get(key)?.has(phrase) === true
}) as unknown as (this: unknown, options: unknown) => Transformer

const extraMatcher = new PhraseMatcher(EXTRA_TERMS.map((term) => ({entry: term, patterns: term.patterns})))
const EXTRA_FIRST_WORDS: ReadonlySet<string> = new Set(
  EXTRA_TERMS.flatMap((term) => term.patterns.map((pattern) => pattern.split(' ')[0]))
)

export function normalizeForm(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'").replace(/[-‐‑]/g, '').replace(/\s+/g, ' ').trim()
}

export default function inclusiveLanguage(this: unknown) {
  const equality = searchEquality.call(this, {ignore: NEVER_SEARCHED, binary: true})
  return function (tree: Root, file: VFile) {
    const before = file.messages.length
    equality(tree, file)
    const found = file.messages.splice(before)
    const text = String(file.value)
    const sentences = sentencesOf(tree)
    const candidates = [...fromEquality(found, sentences, text), ...fromExtraTerms(sentences, text)]
    if (candidates.length === 0) return
    const article = readArticle(contextOf(file)?.document, candidates)
    const seen = new Set<string>()
    for (const candidate of candidates) {
      const key = `${candidate.start}:${candidate.end}`
      if (seen.has(key)) continue
      seen.add(key)
      if (article.document && isInSingleQuotes(article.document, candidate.start)) continue
      if (!inContext(candidate, article)) continue
      const actual = text.slice(candidate.start, candidate.end)
      report(file, {
        ruleId: RULE_ID,
        start: candidate.start,
        end: candidate.end,
        reason: MESSAGES[candidate.kind].replaceAll('{actual}', actual),
        rewrites: rewritesFor(candidate, actual),
        note: NOTE,
        confidence: KIND_CONFIDENCE[candidate.kind]
      })
    }
  }
}

/** retext-equality's messages for the patterns kept, placed on the sentence's tokens. */
function fromEquality(
  messages: readonly VFileMessage[],
  sentences: readonly SentenceTokens[],
  text: string
): Candidate[] {
  const candidates: Candidate[] = []
  for (const message of messages) {
    const term = message.ruleId ? KEPT_PATTERNS[message.ruleId] : undefined
    const span = spanOf(message)
    if (!term || !span) continue
    const form = normalizeForm(text.slice(span.start, span.end))
    if (term.only && !term.only.includes(form)) continue
    const sentence = sentenceAt(sentences, span.start)
    if (!sentence) continue
    const first = sentence.tokens.findIndex((token) => token.start === span.start)
    const last = sentence.tokens.findIndex((token) => token.end === span.end)
    if (first < 0 || last < first) continue
    candidates.push({
      sentence,
      first,
      last,
      start: span.start,
      end: span.end,
      form,
      kind: FORM_KINDS[form] ?? term.kind,
      term
    })
  }
  return candidates
}

/** The rule's own metaphors ("tone-deaf", "paranoia"), in sentences that have one of their first words. */
function fromExtraTerms(sentences: readonly SentenceTokens[], text: string): Candidate[] {
  const candidates: Candidate[] = []
  for (const sentence of sentences) {
    if (!sentence.tokens.some((token) => EXTRA_FIRST_WORDS.has(token.lower))) continue
    for (const {entry, first, last} of extraMatcher.matchAll(sentence.tokens)) {
      const start = sentence.tokens[first].start
      const end = sentence.tokens[last].end
      candidates.push({
        sentence,
        first,
        last,
        start,
        end,
        form: normalizeForm(text.slice(start, end)),
        kind: entry.kind,
        term: entry
      })
    }
  }
  return candidates
}

function spanOf(message: VFileMessage): Span | undefined {
  const place = message.place
  if (!place || !('start' in place)) return undefined
  const {start, end} = place
  return start.offset === undefined || end.offset === undefined ? undefined : {start: start.offset, end: end.offset}
}

function sentenceAt(sentences: readonly SentenceTokens[], offset: number): SentenceTokens | undefined {
  let low = 0
  let high = sentences.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const sentence = sentences[middle]
    if (offset < sentence.start) high = middle - 1
    else if (offset >= sentence.end) low = middle + 1
    else return sentence
  }
  return undefined
}

/**
 * What the rule knows beyond one sentence, read within each paragraph: the
 * editor lints an article a paragraph at a time as it changes (see
 * IncrementalLinter), and a paragraph must give the same findings alone as in
 * the whole article.
 */
interface Article {
  document?: ProseDocument
  /** Role nouns given as a named person's title in the paragraph ("chairman Tomas Reyes"), by paragraph. */
  titled: ReadonlyMap<Paragraph, ReadonlySet<string>>
  /** Where each matched form first occurs in its paragraph, so a later "the spokesman" is read as that person again. */
  firstMention: ReadonlyMap<Paragraph, ReadonlyMap<string, number>>
}

function readArticle(document: ProseDocument | undefined, candidates: readonly Candidate[]): Article {
  const titled = new Map<Paragraph, Set<string>>()
  const firstMention = new Map<Paragraph, Map<string, number>>()
  for (const candidate of candidates) {
    const {paragraph} = candidate.sentence
    let mentions = firstMention.get(paragraph)
    if (!mentions) firstMention.set(paragraph, (mentions = new Map()))
    mentions.set(candidate.form, Math.min(candidate.start, mentions.get(candidate.form) ?? Infinity))
    if (candidate.kind !== 'gendered-role') continue
    if (isPartOfName(candidate.sentence, candidate.first, candidate.last) || nameFollows(candidate)) {
      let forms = titled.get(paragraph)
      if (!forms) titled.set(paragraph, (forms = new Set()))
      forms.add(candidate.form)
    }
  }
  return {document, titled, firstMention}
}

function inContext(candidate: Candidate, article: Article): boolean {
  const {sentence, first, last, term, kind, form} = candidate
  if (isPartOfName(sentence, first, last)) return false
  if (!meets(term, candidate) || !meets(FORM_CONDITIONS[form], candidate)) return false
  if (kind === 'disability-metaphor' && isLiteral(candidate)) return false
  if (kind === 'gendered-role') return standsForAnyone(candidate, article)
  if (kind === 'gendered-generic' && PLURAL_PEOPLE.has(form)) return !pairedWithWomen(sentence.tokens, first, last)
  return true
}

/** Gendered plurals for people that a female word beside them pairs off ("girls and guys"). */
const PLURAL_PEOPLE: ReadonlySet<string> = new Set(['guys', 'dudes'])

function meets(conditions: Conditions | undefined, {sentence, first, last}: Candidate): boolean {
  if (!conditions) return true
  const before = sentence.tokens[first - 1]?.lower
  const after = sentence.tokens[last + 1]?.lower
  if (conditions.unlessAfter && after !== undefined && conditions.unlessAfter.includes(after)) return false
  if (conditions.unlessBefore && before !== undefined && conditions.unlessBefore.includes(before)) return false
  if (conditions.onlyAfterWord && (before === undefined || !conditions.onlyAfterWord.includes(before))) return false
  if (conditions.pos && !conditions.pos.includes(tagAt(sentence, last) ?? 'X')) return false
  return true
}

/** The first word token of the sentence (after an opening quotation mark or dash). */
function firstWordIndex(tokens: readonly WordToken[]): number {
  const index = tokens.findIndex((token) => token.node.type === 'WordNode')
  return Math.max(index, 0)
}

const startsUpper = (token: WordToken | undefined) =>
  token !== undefined && token.node.type === 'WordNode' && /^\p{Lu}/u.test(token.text)

/**
 * A headline in title case or capitals (a paragraph of one sentence with no
 * full stop), where a capital says nothing about names. Elsewhere a run of
 * capitals is a name or the title of a work.
 */
function isTitleCaseHeadline(sentence: SentenceTokens): boolean {
  if (sentenceCountOf(sentence.paragraph) !== 1) return false
  const lastToken = sentence.tokens[sentence.tokens.length - 1]
  if (lastToken && /^[.…]/.test(lastToken.text)) return false
  // Title case capitalizes every word of four letters or more but a few prepositions; a sentence that names a title has lower-case words too.
  const words = sentence.tokens.filter(
    (token) => token.node.type === 'WordNode' && /^\p{L}{4,}/u.test(token.text) && !TITLE_CASE_LOWER.has(token.lower)
  )
  return words.length >= 3 && words.filter(startsUpper).length / words.length >= 0.85
}

const TITLE_CASE_LOWER: ReadonlySet<string> = new Set([
  'with',
  'from',
  'into',
  'onto',
  'upon',
  'over',
  'than',
  'that',
  'this',
  'about'
])

/**
 * Capitals mark a name or a title: "Mad Men", "Washington Redskins",
 * "Fed Chairman Jerome Powell", "Chairman Powell said".
 */
function isPartOfName(sentence: SentenceTokens, first: number, last: number): boolean {
  const {tokens} = sentence
  const opening = firstWordIndex(tokens)
  const capitalized = tokens
    .slice(first, last + 1)
    .some((token, offset) => first + offset > opening && startsUpper(token))
  const startsAName =
    first === opening && startsUpper(tokens[first]) && startsUpper(tokens[last + 1]) && tokens[last + 1].text !== 'I'
  if (!capitalized && !startsAName) return false
  return !isTitleCaseHeadline(sentence)
}

function tagAt(sentence: SentenceTokens, index: number): PartOfSpeech | undefined {
  return partOfSpeech(sentence)[index]?.pos
}

/** A sentence about a diagnosis or a court's finding uses the word in its own sense. */
function isLiteral({sentence, form}: Candidate): boolean {
  if (sentence.tokens.some((token) => CLINICAL_CONTEXT.has(token.lower))) return true
  const phrases = LITERAL_PHRASES[form]
  if (!phrases) return false
  const words = sentence.tokens.map((token) => token.lower).join(' ')
  return phrases.some((phrase) => words.includes(phrase))
}

/** A capitalized word the tagger reads as a name, not the sentence's first word. */
function isName(sentence: SentenceTokens, index: number): boolean {
  const token = sentence.tokens[index]
  if (!startsUpper(token) || token.text === 'I') return false
  const pos = tagAt(sentence, index)
  return pos === 'PROPN' || (pos === undefined && index > firstWordIndex(sentence.tokens))
}

/** "chairman Tomas Reyes", "spokesman, Tom Lee,", "congressmen Smith and Jones". */
function nameFollows({sentence, last}: Candidate): boolean {
  const next = sentence.tokens[last + 1]?.text === ',' ? last + 2 : last + 1
  return next < sentence.tokens.length && isName(sentence, next)
}

/**
 * Whether a gendered role noun stands for whoever holds the role, so the
 * neutral form is the accurate one: plurals unless named or paired with the
 * female form ("businessmen and women"); singulars with a generic determiner;
 * other singulars only when nothing ties them to a particular man: no name or
 * personal pronoun in the sentence, no named holder of the title earlier in
 * the paragraph, and no words of his reported ("a spokesman for the ministry
 * said", "the spokesman added": a man the reporter heard).
 */
function standsForAnyone(candidate: Candidate, article: Article): boolean {
  const {sentence, first, last, form, start} = candidate
  const {tokens} = sentence
  if (nameFollows(candidate)) return false
  if (form.endsWith('men')) return !pairedWithWomen(tokens, first, last)
  const determiner = determinerOf(sentence, first)
  if (determiner?.generic) return true
  if (article.titled.get(sentence.paragraph)?.has(form)) return false
  // "Tom Lee, a spokesman, said ... The spokesman added": the same man again.
  if (
    determiner &&
    DEFINITE.has(determiner.word) &&
    (article.firstMention.get(sentence.paragraph)?.get(form) ?? start) < start
  )
    return false
  if (reportsWords(sentence, last)) return false
  return !tokens.some(
    (token, index) =>
      (index < first || index > last) &&
      (PERSONAL_PRONOUNS.has(token.lower) || (index > firstWordIndex(tokens) && isName(sentence, index)))
  )
}

/** The role noun is the subject of a verb of saying or finding: "the spokesman said", "a spokesman for the port told reporters". */
function reportsWords(sentence: SentenceTokens, last: number): boolean {
  const {tokens} = sentence
  for (let index = last + 1; index < Math.min(tokens.length, last + 8); index++) {
    const token = tokens[index]
    if (token.node.type !== 'WordNode') return false
    const pos = tagAt(sentence, index)
    if (pos === 'VERB') return isReportingVerb(token.lower, pos)
  }
  return false
}

const FEMALE_PLURAL = /^(?:\p{L}*wom[ae]n|girls|gals|ladies)$/u

/** "businessmen and women", "congressmen and congresswomen", "two girls and three guys": the gender is meant. */
function pairedWithWomen(tokens: readonly WordToken[], first: number, last: number): boolean {
  for (let index = Math.max(0, first - 4); index <= Math.min(tokens.length - 1, last + 4); index++) {
    if ((index < first || index > last) && FEMALE_PLURAL.test(tokens[index].lower)) return true
  }
  return false
}

const NOUN_PHRASE_MODIFIERS: ReadonlySet<PartOfSpeech> = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM', 'VERB'])
const DETERMINERS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'this',
  'that',
  'its',
  'their',
  'our',
  'your',
  ...GENERIC_DETERMINERS
])

const DEFINITE: ReadonlySet<string> = new Set(['the', 'this', 'that'])

/**
 * The determiner of the role noun's phrase, and whether it makes the phrase
 * generic: "every committee chairman", "the next chairman", "a new chairman",
 * "any future spokesman".
 */
function determinerOf(sentence: SentenceTokens, first: number): {word: string; generic: boolean} | undefined {
  const {tokens} = sentence
  const modifiers: string[] = []
  for (let index = first - 1; index >= Math.max(0, first - 4); index--) {
    const token = tokens[index]
    if (token.node.type !== 'WordNode') return undefined
    const word = token.lower
    if (DETERMINERS.has(word)) {
      const generic =
        GENERIC_DETERMINERS.has(word) ||
        (modifiers.includes('new')
          ? word === 'a' || word === 'an'
          : modifiers.some((modifier) => GENERIC_MODIFIERS.has(modifier)))
      return {word, generic}
    }
    const pos = tagAt(sentence, index)
    if (!pos || !NOUN_PHRASE_MODIFIERS.has(pos)) return undefined
    modifiers.push(word)
  }
  return undefined
}

function rewritesFor(candidate: Candidate, actual: string): Rewrite[] {
  const replacement = REPLACEMENTS[candidate.form]
  if (!replacement) return []
  if (replacement.pos && !replacement.pos.includes(tagAt(candidate.sentence, candidate.last) ?? 'X')) return []
  const upper = /^\p{Lu}/u.test(actual)
  return replacement.with.map((words) => {
    const fitted = upper ? capitalize(words) : words
    return {replacement: fitted, title: `Replace “${actual}” with “${fitted}”`}
  })
}

const singleQuoted = new WeakMap<ProseDocument, Map<Span, Span[]>>()

/**
 * Inside 'straight single quotation marks', which the engine's quotation
 * finder leaves alone because of apostrophes: a mark after a non-letter and
 * before a letter opens, a later mark before a non-letter closes ('a crazy
 * plan', 'Only a fool would sell'). A mark never closed in its paragraph
 * quotes nothing.
 */
export function isInSingleQuotes(document: ProseDocument, offset: number): boolean {
  const block = blockAt(document.blocks, offset)
  if (!block) return false
  let byBlock = singleQuoted.get(document)
  if (!byBlock) singleQuoted.set(document, (byBlock = new Map()))
  let spans = byBlock.get(block)
  if (!spans) byBlock.set(block, (spans = singleQuotedSpans(document.text, block)))
  return spans.some((span) => offset > span.start && offset < span.end)
}

function blockAt(blocks: readonly Span[], offset: number): Span | undefined {
  let low = 0
  let high = blocks.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    if (offset < blocks[middle].start) high = middle - 1
    else if (offset >= blocks[middle].end) low = middle + 1
    else return blocks[middle]
  }
  return undefined
}

function singleQuotedSpans(text: string, block: Span): Span[] {
  const isLetter = (index: number) => index >= block.start && index < block.end && /[\p{L}\p{N}]/u.test(text[index])
  const spans: Span[] = []
  let open = -1
  for (
    let index = text.indexOf("'", block.start);
    index >= 0 && index < block.end;
    index = text.indexOf("'", index + 1)
  ) {
    if (open < 0 && !isLetter(index - 1) && isLetter(index + 1)) open = index
    else if (open >= 0 && !isLetter(index + 1) && text[index - 1] !== ' ') {
      spans.push({start: open, end: index + 1})
      open = -1
    }
  }
  return spans
}
