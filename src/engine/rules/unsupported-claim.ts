import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {analyzeClaims, type Signal, type SignalKind} from '../reading/claims'
import {
  ACCUSATION_VERBS,
  CAUSE_OPENERS,
  CURRENCY_SYMBOLS,
  GROUP_NOUNS,
  IRREGULAR_PLURALS,
  NUMBER_WORDS,
  OFFENDER_NOUNS,
  WRONGDOING_NOUNS
} from '../reading/claims.data'
import {partOfSpeech, type WordTag} from '../reading/part-of-speech'
import {contextOf, type SentenceTokens, type WordToken} from '../reading/sentences'
import {gerundOf, pluralOfNoun, thirdPersonPresent} from '../rewrites/english'
import {report, type Rewrite} from '../rewrites/report'
import {
  BE_AUXILIARIES,
  BE_FORMS,
  CAPITALISED_GROUPS,
  HAVE_AUXILIARIES,
  LASTING_PARTICIPLES,
  NOT_AFTER_MANY,
  PERFECT_AUXILIARIES,
  SINGULAR_VERBS,
  SOFTENED_ABSOLUTES
} from './unsupported-claim.data'

const RULE_ID = 'unsupported-claim'
const NOTE =
  'A checkable claim with no source asks readers to take the writer’s word. Attribute it (“according to…”, a named source with a verb of saying, a link) or cut it.'
const NO_SOURCE =
  'no source in its sentence, and no attribution before it in its paragraph (or carried on from the paragraph before) reaches it'

const MESSAGES: Record<SignalKind, string> = {
  poll: 'Which poll? “{actual}” gives a poll’s finding without naming the poll: say who conducted it, when, and of whom.',
  forecast: `Who estimated this, and when? “{actual}” is a forecast with ${NO_SOURCE}.`,
  figure: `Where does this figure come from? “{actual}” has ${NO_SOURCE}.`,
  record: 'Says who? “{actual}” claims a record with no source: whose records, and since when?',
  superlative: 'Says who? “{actual}” is a superlative claim with no source.',
  absolute: 'How do we know? “{actual}” states an absolute about the facts with no source.',
  sweeping: 'On what evidence? “{actual}” generalises with no figure or source.',
  accusation: 'Says who? “{actual}” accuses someone of wrongdoing with no source or example.',
  cause: 'What shows this? “{actual}” states a cause as fact with no source.'
}

/**
 * How sure a finding is, from what the rule read. A precise figure that no
 * source in its paragraph could reach is the surest; one whose paragraph has a
 * source that may reach it (the account stopped short of it: a "But…", a
 * concession, a new paragraph that did not continue it) is a question to ask, not
 * a fault. A vague figure ("doubled", "half of", "thousands") is a claim too, if
 * a softer one; words (a record, a superlative, an absolute, a generalisation)
 * are less often something an editor asks a source for.
 */
const CONFIDENCE: Record<Exclude<SignalKind, 'accusation' | 'cause'> | 'precise', {alone: number; nearSource: number}> =
  {
    precise: {alone: 0.85, nearSource: 0.55},
    figure: {alone: 0.7, nearSource: 0.5},
    forecast: {alone: 0.8, nearSource: 0.55},
    poll: {alone: 0.8, nearSource: 0.7},
    record: {alone: 0.7, nearSource: 0.5},
    superlative: {alone: 0.7, nearSource: 0.5},
    absolute: {alone: 0.6, nearSource: 0.5},
    sweeping: {alone: 0.6, nearSource: 0.5}
  }

/**
 * A claim read from the shape of its clause rather than from its words: weaker evidence. A sweep over a
 * group ("many of them were celebrating", "liberals didn't make a peep") or an accusation with no source
 * anywhere near is still worth the default's attention; a cause or an absolute "any", "only", "completely"
 * is a question for thorough readers. Near a source that may reach it, any of them is. Accusations and
 * causes are only ever read from the shape of their clause (reading/claims.ts), so they always take these.
 */
const TENTATIVE: Partial<Record<SignalKind, {alone: number; nearSource: number}>> = {
  sweeping: {alone: 0.5, nearSource: 0.3},
  accusation: {alone: 0.5, nearSource: 0.3}
}
const TENTATIVE_OTHERWISE = {alone: 0.4, nearSource: 0.3}

/**
 * A claim an editor seldom asks a source for: a total everyone has heard ("the $20 trillion national
 * debt"), the toll of an event the story recalls ("days after a shooting that killed 17"), a rich man's
 * "millions", "the entire country". A question for thorough readers.
 */
const WEAK = {alone: 0.4, nearSource: 0.3}

/**
 * A sentence that makes a checkable claim (a figure, a poll, a forecast, a
 * record, a superlative, an absolute, a sweeping generalisation, an accusation,
 * a cause) with no source:
 * none in the sentence (no "according to", no named source with a verb of
 * saying, no attributed quotation, no link or citation marker, no body giving
 * its own record), and none that carries over to it (reading/claims.ts: an
 * attribution reaches the rest of its paragraph until the writer takes over, and
 * a next paragraph that opens by continuing the account or a document's figures).
 */
export default function unsupportedClaim() {
  return function (tree: Root, file: VFile) {
    const context = contextOf(file)!
    for (const {sentence, signals, supported, nearSource} of analyzeClaims(
      tree,
      context.document,
      context.headlineFigures,
      context.attributionBefore
    )) {
      if (supported) continue
      for (const signal of signals) reportClaim(file, sentence, signal, nearSource)
    }
  }
}

const ONE_OF = new Set(['a', 'one'])
const LARGE_MAGNITUDES = new Set(['million', 'billion', 'trillion'])

/**
 * A figure with a number in it ("$4 billion", "twenty ships", "12%", "a million dollars"), not a vague one
 * ("doubled", "thousands", "millions", "half of").
 */
function isPrecise(tokens: readonly WordToken[], signal: Signal): boolean {
  return tokens
    .slice(signal.first, signal.last + 1)
    .some(
      (token, offset) =>
        /\d/.test(token.text) ||
        CURRENCY_SYMBOLS.has(token.text) ||
        (NUMBER_WORDS.has(token.lower) && token.lower !== 'dozens') ||
        (LARGE_MAGNITUDES.has(token.lower) && ONE_OF.has(tokens[signal.first + offset - 1]?.lower ?? ''))
    )
}

function confidenceOf(tokens: readonly WordToken[], signal: Signal, nearSource: boolean): number {
  const {kind} = signal
  const levels = signal.weak
    ? WEAK
    : signal.tentative || kind === 'accusation' || kind === 'cause'
      ? (TENTATIVE[kind] ?? TENTATIVE_OTHERWISE)
      : CONFIDENCE[kind === 'figure' && isPrecise(tokens, signal) ? 'precise' : kind]
  return nearSource ? levels.nearSource : levels.alone
}

function reportClaim(file: VFile, sentence: SentenceTokens, signal: Signal, nearSource: boolean): void {
  const {tokens} = sentence
  const text = String(file.value)
  const start = tokens[signal.first].start
  // A number that ends the sentence carries its full stop ("$40,000."): the claim stops before it.
  const end = tokens[signal.last].end - (/\d\.$/.test(tokens[signal.last].text) ? 1 : 0)
  const actual = text.slice(start, end)
  const rewrites: Rewrite[] = []
  if (signal.participle !== undefined) {
    const participle = tokens[signal.participle]
    const next = tokens[signal.participle + 1]
    if (next && next.lower === 'to') {
      // "estimated to reach" → "estimated by [source] to reach".
      rewrites.push({
        replacement: `${text.slice(start, participle.end)} by [source]${text.slice(participle.end, end)}`,
        title: 'Name who made the estimate'
      })
    }
  }
  const fitting = fittingRewrites({text, sentence, signal, start, end})
  rewrites.push(...fitting.rewrites)
  // "According to recent polls, …" already says "according to": a second one reads badly; the citation mark does not.
  const saysAccordingTo = tokens.some(
    (token, index) => token.lower === 'according' && tokens[index + 1]?.lower === 'to'
  )
  if (fitting.attribution && !saysAccordingTo)
    rewrites.push({replacement: `${actual} (according to [source])`, title: 'Add the source'})
  rewrites.push({replacement: `${actual} [citation needed]`, title: 'Mark it “[citation needed]”'})
  report(file, {
    ruleId: RULE_ID,
    start,
    end,
    reason: MESSAGES[signal.kind].replace('{actual}', actual),
    rewrites,
    note: NOTE,
    confidence: confidenceOf(tokens, signal, nearSource)
  })
}

// ---------------------------------------------------------------------------
// Rewrites that fit the kind of claim

/** The claim as the rewrites read it: its signal and where its words are in the text. */
interface Claim {
  text: string
  sentence: SentenceTokens
  signal: Signal
  start: number
  end: number
}

interface Fitting {
  /** Rewrites that fit this kind of claim, offered before the others. */
  rewrites: Rewrite[]
  /** Whether "(according to [source])" fits it too. */
  attribution: boolean
}

/**
 * "(according to [source])" suits a claim a source can vouch for: a figure, a poll, a forecast, a record, an
 * event. It does not mend the others. An accusation in the writer's voice is not cured by a source for it:
 * it is marked as alleged ("Clinton's alleged crimes") or reported as an accusation ("he was accused of
 * lying"). An absolute about what people do ("she always has", "in every instance") is softened ("often",
 * "in many instances"). A cause stated as the cause is made one cause among others ("partly because of").
 * A generalisation over a group is softened ("Many liberals…"), and may still be sourced.
 */
function fittingRewrites(claim: Claim): Fitting {
  const {signal, sentence} = claim
  const {tokens} = sentence
  const first = tokens[signal.first].lower
  switch (signal.kind) {
    case 'accusation': {
      const alleged = allegedOf(claim)
      if (alleged) return {rewrites: [{replacement: alleged, title: 'Mark it as alleged'}], attribution: false}
      const accused = accusedOf(claim)
      if (accused) return {rewrites: [{replacement: accused, title: ACCUSED_TITLE}], attribution: false}
      return {rewrites: [], attribution: true}
    }
    case 'absolute': {
      if (!SOFTENED_ABSOLUTES.has(first)) return {rewrites: [], attribution: true}
      const softer = softenedAbsolute(claim)
      // "Every councillor voted for it" may be a count a source can vouch for; "always", "everyone" are not.
      return {
        rewrites: softer ? [{replacement: softer, title: 'Soften the absolute'}] : [],
        attribution: first === 'every' && tokens[signal.first + 1]?.lower !== 'last'
      }
    }
    case 'sweeping': {
      // "Many right-wing activists invented information": a sweep over those who did wrong is an accusation too.
      const accused = accusedOf(claim)
      if (accused) return {rewrites: [{replacement: accused, title: ACCUSED_TITLE}], attribution: true}
      const softer = softenedGroup(claim)
      return {
        rewrites: softer ? [{replacement: softer, title: 'Say it of many, not all'}] : [],
        attribution: true
      }
    }
    case 'cause': {
      const opener = CAUSE_PHRASES.find((parts) =>
        parts.every((part, offset) => tokens[signal.first + offset]?.lower === part)
      )
      if (!opener) return {rewrites: [], attribution: false}
      // "because of his actions" → "partly because of his actions".
      const {text, start, end} = claim
      const phrase = text.slice(start, end)
      const lowered = phrase.charAt(0).toLowerCase() + phrase.slice(1)
      return {
        rewrites: [{replacement: `${casedLike(phrase, 'partly')} ${lowered}`, title: 'Make it one cause among others'}],
        attribution: false
      }
    }
    default:
      return {rewrites: [], attribution: true}
  }
}

const ACCUSED_TITLE = 'Report it as an accusation'
const CAUSE_PHRASES = [...CAUSE_OPENERS].map((phrase) => phrase.split(' '))

const isWordToken = (token: WordToken | undefined): token is WordToken =>
  token !== undefined && token.node.type === 'WordNode'

/** `replacement` with a capital when `original` starts with one (it opened the sentence). */
function casedLike(original: string, replacement: string): string {
  return /^\p{Lu}/u.test(original) ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement
}

/**
 * "Clinton’s crimes" → "Clinton’s alleged crimes", "his murderer" → "his alleged murderer": the noun of
 * wrongdoing an owner's accusation names, marked as alleged. Not for an accusation made by a verb.
 */
function allegedOf({text, sentence, signal, start, end}: Claim): string | undefined {
  const {tokens} = sentence
  for (let index = signal.first + 1; index <= signal.last; index++) {
    const token = tokens[index]
    if (!WRONGDOING_NOUNS.has(token.lower) && !OFFENDER_NOUNS.has(token.lower)) continue
    if (tokens[index - 1].lower === 'alleged') return undefined
    return `${text.slice(start, token.start)}alleged ${text.slice(token.start, end)}`
  }
  return undefined
}

/**
 * "he lied" → "he was accused of lying", "they stoke anger" → "they are accused of stoking anger", "the
 * campaign attacked them" → "the campaign was accused of attacking them": a verb of wrongdoing right after
 * its subject, in the present or the past, reported as an accusation; after its auxiliary, "he is lying" →
 * "he is accused of lying", "she had abused" → "she had been accused of abusing". Undefined when an adverb
 * stands between ("constantly lies"), or when what stands before it is not a subject this can read.
 */
function accusedOf({text, sentence, signal, start, end}: Claim): string | undefined {
  const {tokens} = sentence
  const tags = partOfSpeech(sentence)
  for (let verb = signal.first; verb <= signal.last; verb++) {
    const tag = tags[verb]
    if (tag?.pos !== 'VERB' || !ACCUSATION_VERBS.has(tag.lemma) || !isWordToken(tokens[verb])) continue
    const word = tokens[verb].lower
    const before = text.slice(start, tokens[verb].start)
    const after = text.slice(tokens[verb].end, end)
    // "the documents forged by…": a participle of the passive.
    if (tokens[verb + 1]?.lower === 'by') return undefined
    const gerund = gerundOf(tag.lemma)
    // After "is", "was", "has", "had" (or "he's", "they've"): the auxiliary stays.
    const auxiliary = auxiliaryBefore(sentence, tags, verb)
    if (auxiliary === 'be' && word === gerund) return `${before}accused of ${gerund}${after}`
    if (auxiliary === 'have' && word !== tag.lemma && !/ing$/.test(word))
      return `${before}been accused of ${gerund}${after}`
    if (auxiliary || /ing$/.test(word)) return undefined
    const plural = subjectIsPlural(sentence, tags, verb - 1)
    if (plural === undefined) return undefined
    let be: string
    if (word === tag.lemma) {
      if (!plural) return undefined
      be = 'are'
    } else if (word === thirdPersonPresent(tag.lemma)) {
      if (plural) return undefined
      be = 'is'
    } else {
      be = plural ? 'were' : 'was'
    }
    return `${before}${be} accused of ${gerund}${after}`
  }
  return undefined
}

const SUBJECT_CONTRACTION = /^(?:he|she|they|it)['’](s|re|ve|d)$/

/**
 * The auxiliary right before a verb, after a subject: "he is lying" (be), "they have lied" (have), "she's
 * lying", "he's lied". Undefined when there is none, or when no subject stands before it.
 */
function auxiliaryBefore(
  sentence: SentenceTokens,
  tags: ReadonlyArray<WordTag | undefined>,
  verb: number
): 'be' | 'have' | undefined {
  const previous = sentence.tokens[verb - 1]
  if (!isWordToken(previous)) return undefined
  const contraction = SUBJECT_CONTRACTION.exec(previous.lower)
  if (contraction) {
    const ending = contraction[1]
    if (ending === 're') return 'be'
    if (ending === 've' || ending === 'd') return 'have'
    return /ing$/.test(sentence.tokens[verb].lower) ? 'be' : 'have'
  }
  const kind = BE_AUXILIARIES.has(previous.lower) ? 'be' : HAVE_AUXILIARIES.has(previous.lower) ? 'have' : undefined
  if (!kind || subjectIsPlural(sentence, tags, verb - 2) === undefined) return undefined
  return kind
}

/** Whether the word at `index` is a subject, and a plural one: undefined when it is not a subject this reads. */
function subjectIsPlural(
  sentence: SentenceTokens,
  tags: ReadonlyArray<WordTag | undefined>,
  index: number
): boolean | undefined {
  const {tokens} = sentence
  const token = tokens[index]
  const tag = tags[index]
  if (!isWordToken(token) || !tag) return undefined
  const word = token.lower
  if (tag.pos === 'PRON') {
    if (word === 'he' || word === 'she' || word === 'it') return false
    if (word === 'they') return true
    return undefined
  }
  if (tag.pos !== 'NOUN' && tag.pos !== 'PROPN') return undefined
  // "the fake Trump colluded with Russia story": a name after a modifier is likely part of a longer noun.
  if (tag.pos === 'PROPN' && ['ADJ', 'DET'].includes(tags[index - 1]?.pos ?? '')) return undefined
  // "Smith and Jones lied".
  if (tag.pos === 'PROPN' && tokens[index - 1]?.lower === 'and' && tags[index - 2]?.pos === 'PROPN') return true
  if (IRREGULAR_PLURALS.has(word) || GROUP_NOUNS.has(word)) return true
  return tag.pos === 'NOUN' && tag.lemma !== word && /s$/.test(word)
}

/**
 * "She always has" → "She often has", "he never apologised" → "he hardly ever apologised", "by everyone" →
 * "by many people", "in every instance" → "in many instances". Where the count changes what the verb after
 * it must be ("everyone was…", "every staffer who knew… is"), "almost" softens it instead: "almost everyone
 * was…", "almost every staffer". Undefined for "every last", which is emphasis, not a count.
 */
function softenedAbsolute({text, sentence, signal, end}: Claim): string | undefined {
  const {tokens} = sentence
  const tags = partOfSpeech(sentence)
  const absolute = tokens[signal.first]
  const rest = text.slice(absolute.end, end)
  const cased = (replacement: string) => casedLike(absolute.text, replacement)
  const next = tokens[signal.last + 1]
  const nextTag = tags[signal.last + 1]
  // After a preposition or a verb ("by everyone", "blamed everyone"), not the subject.
  const previous = tokens[signal.first - 1]
  const object =
    isWordToken(previous) &&
    ['ADP', 'VERB'].includes(tags[signal.first - 1]?.pos ?? '') &&
    !['as', 'than'].includes(previous.lower)
  // Whether "many" may take the place of a singular: nothing after it that must agree with it (a verb of
  // the past agrees with both: "everyone knew" → "many people knew"; "everyone who was" does not).
  const pluralFits =
    !isWordToken(next) ||
    (object && !NOT_AFTER_MANY.has(next.lower)) ||
    ((nextTag?.pos === 'VERB' || nextTag?.pos === 'AUX') &&
      !SINGULAR_VERBS.has(next.lower) &&
      !(next.lower !== nextTag.lemma && /[^s]s$/.test(next.lower)))
  switch (absolute.lower) {
    case 'always':
      // "has always been" → "has long been"; "she always sides" → "she often sides".
      return (
        cased(
          PERFECT_AUXILIARIES.has(previous?.lower ?? '') && LASTING_PARTICIPLES.has(next?.lower ?? '')
            ? 'long'
            : 'often'
        ) + rest
      )
    case 'never':
      // "He never apologises" is a habit; "the evidence never materialised" is one thing that did not happen.
      if (isOneEvent(sentence, tags, signal.first)) return undefined
      return cased('hardly ever') + rest
    case 'nobody':
      return cased('hardly anybody') + rest
    case 'everyone':
    case 'everybody':
      return cased(pluralFits ? 'many people' : `almost ${absolute.lower}`) + rest
    case 'everything':
      return cased(pluralFits ? 'many things' : 'almost everything') + rest
    case 'every': {
      const noun = tokens[signal.first + 1]
      const nounTag = tags[signal.first + 1]
      // "every last American", "every other industry": emphasis, or all the rest, not a count to soften.
      if (!isWordToken(noun) || noun.lower === 'last' || noun.lower === 'other') return undefined
      if (noun.lower === 'single') return cased('almost every') + text.slice(noun.end, end)
      // "in every instance", "believed every rumour": after a preposition or a verb, not the subject.
      const head =
        nounTag?.pos === 'NOUN' &&
        nounTag.lemma === noun.lower &&
        signal.last === signal.first + 1 &&
        !(isWordToken(next) && (NOT_AFTER_MANY.has(next.lower) || ['NOUN', 'PROPN'].includes(nextTag?.pos ?? '')))
      if (object && head) return `${cased('many')} ${pluralOfNoun(noun.text)}`
      return cased('almost every') + rest
    }
    default:
      return undefined
  }
}

/**
 * Whether "never" at `index` denies one past event rather than a habit: a simple past after it ("never
 * materialised", "never wore the uniform"), with no "has" or "had" before it.
 */
function isOneEvent(sentence: SentenceTokens, tags: ReadonlyArray<WordTag | undefined>, index: number): boolean {
  const {tokens} = sentence
  if (HAVE_AUXILIARIES.has(tokens[index - 1]?.lower ?? '')) return false
  // The first verb after it, past an adverb or an aside ("never, of course, materialised").
  let verb = index + 1
  while (verb < Math.min(tokens.length, index + 7) && !['VERB', 'AUX'].includes(tags[verb]?.pos ?? '')) verb++
  const tag = tags[verb]
  const word = tokens[verb]?.lower ?? ''
  if (!tag || (tag.pos !== 'VERB' && tag.pos !== 'AUX')) return false
  if (['was', 'were', 'did', "didn't"].includes(word)) return true
  return tag.pos === 'VERB' && word !== tag.lemma && !/ing$/.test(word) && !/[^s]s$/.test(word)
}

/**
 * "Liberals didn’t make a peep" → "Many liberals didn’t make a peep", "All of these speakers enrage" →
 * "Many of these speakers enrage": a generalisation over a whole group said of many. Only a group named by
 * its plural noun alone (a modifier before it may or may not take a capital), or "all"; and only for what the
 * group does ("Women who work nights are ignored" is what is done to them, a source's to vouch for).
 */
function softenedGroup({text, sentence, signal, end}: Claim): string | undefined {
  const {tokens} = sentence
  const opening = tokens[signal.first]
  const rest = text.slice(opening.end, end)
  if (opening.lower === 'all') {
    const next = tokens[signal.first + 1]?.lower ?? ''
    const of = ['the', 'these', 'those', 'his', 'her', 'their', 'its', 'our'].includes(next) ? ' of' : ''
    return casedLike(opening.text, `many${of}`) + rest
  }
  if (!GROUP_NOUNS.has(opening.lower)) return undefined
  // "Girls who … are flogged": what is done to a group, or to some of it, is a practice a source can vouch for.
  const words = tokens.slice(signal.first, signal.last + 1).map((token) => token.lower)
  if (
    words.includes('who') ||
    words.some((word, index) => BE_FORMS.has(word) && /(?:ed|en)$/.test(words[index + 1] ?? ''))
  )
    return undefined
  // Only where it opens its clause: at the start of the sentence, or after a comma or "and", "but".
  const before = tokens[signal.first - 1]
  if (isWordToken(before) && !['and', 'but', 'so', 'yet'].includes(before.lower)) return undefined
  const atStart = tokens.slice(0, signal.first).every((token) => !isWordToken(token))
  const group =
    atStart && !CAPITALISED_GROUPS.has(opening.lower) && !/^\p{Lu}{2}/u.test(opening.text)
      ? opening.text.charAt(0).toLowerCase() + opening.text.slice(1)
      : opening.text
  return `${atStart ? 'Many' : 'many'} ${group}${rest}`
}
