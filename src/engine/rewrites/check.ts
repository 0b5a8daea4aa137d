import type {ProseDocument} from '../reading/document'
import {tagText, taggedWordsOf, type PartOfSpeech, type TaggedWord} from '../reading/part-of-speech'
import {sentencesOf} from '../reading/sentences'
import type {Span, Suggestion} from '../types'
import {
  A_BEFORE_VOWEL,
  AN_BEFORE_CONSONANT,
  ATTRIBUTIVE_HEDGES,
  COPULAS,
  DANGLING_ENDS,
  EMPTY_NOUNS,
  DEGREE_LEAD,
  GRAMMATICAL_DOUBLES,
  HEDGES,
  NEGATIONS,
  NOUN_DETERMINERS,
  POSSESSIVE_DETERMINERS,
  QUANTIFIERS,
  REMOVABLE_DEGREE,
  SAY_FORMS,
  SO_CALLED,
  STRANDED_DEGREE,
  VOWEL_SOUND_LETTERS,
  WH_WORDS
} from './check.data'
import {thirdPersonPresent} from './english'
import {PLACEHOLDERS, unknownPlaceholders} from './placeholders'

/**
 * Checks a rewrite before it is offered (issue 12): the edit is applied to its
 * sentence and the result read again. A rewrite that leaves the sentence
 * whole is accepted as it is; one that leaves a small, mechanical fault (an
 * "a" before a vowel, a doubled space, a stray comma, a lower-case sentence
 * start, a placeholder inside a noun phrase) is mended, by widening its range
 * a little and adjusting its replacement; one that breaks the sentence or what
 * it asserts is rejected with the reason.
 *
 * Only the sentence is read and only its text is ever changed. Everything
 * here is heuristic, built on wink's part-of-speech tags; a rewrite is still
 * offered for review, never applied unseen.
 */

export type RewriteVerdict =
  /** The rewrite leaves the sentence whole: offer it as it is. */
  | {status: 'accepted'; span: Span; replacement: string; sentence: string}
  /** Offer it with this span and replacement instead; `mends` says what was mended. */
  | {status: 'mended'; span: Span; replacement: string; sentence: string; mends: string[]}
  /** Do not offer it. `sentence` is the sentence as the rewrite would have left it. */
  | {status: 'rejected'; reason: string; sentence: string}

/**
 * Applies `replacement` at `span` of `text` and reads `sentence` (the span of
 * the sentence holding it, in the same offsets) again. A mended verdict's span
 * contains the original span and lies inside the sentence.
 */
export function checkRewrite(text: string, span: Span, replacement: string, sentence: SentenceSpan): RewriteVerdict {
  if (span.start > span.end || span.start < sentence.start || span.end > sentence.end || sentence.end > text.length) {
    return {
      status: 'rejected',
      reason: 'the rewrite reaches outside its sentence',
      sentence: text.slice(sentence.start, sentence.end)
    }
  }
  const S = text.slice(sentence.start, sentence.end)
  const sTokens = sentenceTokens(S, sentence)
  const original: Edit = {a: span.start - sentence.start, b: span.end - sentence.start, rep: replacement}
  const first = contextOf(S, sTokens, original)
  const meaning = checkMeaning(first)
  if (meaning) return {status: 'rejected', reason: meaning, sentence: first.R}

  let edit = original
  const mends: string[] = []
  for (let round = 0; round < 12; round++) {
    const context = round === 0 ? first : contextOf(S, sTokens, edit, first)
    let outcome: Outcome | undefined
    for (const check of CHECKS) {
      outcome = check(context)
      if (outcome) break
    }
    if (!outcome) {
      const at = {start: sentence.start + edit.a, end: sentence.start + edit.b}
      return mends.length === 0
        ? {status: 'accepted', span, replacement, sentence: context.R}
        : {status: 'mended', span: at, replacement: edit.rep, sentence: context.R, mends}
    }
    if ('reject' in outcome)
      return {status: 'rejected', reason: outcome.reject, sentence: mends.length === 0 ? context.R : first.R}
    if (outcome.mend === context.R) break
    edit = editBetween(S, outcome.mend, original)
    mends.push(outcome.note)
  }
  return {status: 'rejected', reason: `could not mend the rewrite (${mends.join('; ')})`, sentence: first.R}
}

/** A sentence's span, with wink's tokens of it as the rules read them (document offsets) when it is one of their sentences. */
export interface SentenceSpan extends Span {
  tagged?: readonly TaggedWord[]
}

/** The sentence around a span: the nlcst sentence holding it, else its paragraph; undefined when neither holds it whole. */
export function sentenceSpanOf(document: ProseDocument, span: Span): SentenceSpan | undefined {
  const sentences = sentencesOf(document.tree)
  let low = 0
  let high = sentences.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if (sentences[middle].start <= span.start) low = middle
    else high = middle - 1
  }
  const found = sentences[low]
  // The rules have already had its paragraph tagged: the check reads the same tags rather than tagging it again.
  if (found && found.start <= span.start && span.end <= found.end)
    return {start: found.start, end: found.end, tagged: taggedWordsOf(found)}
  const block = document.blocks.find((candidate) => candidate.start <= span.start && span.end <= candidate.end)
  return block && {start: block.start, end: block.end}
}

/** A finding's rewrites after the check: what to offer (each with its own span when mending moved it) and what was dropped. */
export interface VettedRewrites {
  suggestions: Suggestion[]
  rejected: Array<{replacement: string; reason: string}>
}

/**
 * Checks each of a finding's rewrites (see checkRewrite). A mended rewrite
 * that reaches beyond the finding's span carries its own span and the text it
 * held, so the finding itself keeps its span. A rewrite a rule gave no title
 * gets the engine's usual one, worded for what it now does. Without a
 * sentence, the rewrites are offered unchecked.
 */
export function vetRewrites(
  text: string,
  span: Span,
  rewrites: ReadonlyArray<{replacement: string; title?: string}>,
  sentence: SentenceSpan | undefined
): VettedRewrites {
  const actual = text.slice(span.start, span.end)
  const titleOf = (title: string | undefined, replacement: string) =>
    title ?? (replacement === '' ? `Delete “${actual}”` : `Replace with “${replacement}”`)
  if (!sentence) {
    return {
      suggestions: rewrites.map(({replacement, title}) => ({title: titleOf(title, replacement), replacement})),
      rejected: []
    }
  }
  const suggestions: Suggestion[] = []
  const rejected: VettedRewrites['rejected'] = []
  for (const {replacement, title} of rewrites) {
    const verdict = checkRewrite(text, span, replacement, sentence)
    if (verdict.status === 'rejected') {
      rejected.push({replacement, reason: verdict.reason})
      continue
    }
    const wording = verdict.status === 'mended' && replacement !== '' ? verdict.replacement.trim() : replacement
    const moved = verdict.span.start !== span.start || verdict.span.end !== span.end
    suggestions.push({
      title: titleOf(title, wording),
      replacement: verdict.replacement,
      ...(moved ? {span: verdict.span, original: text.slice(verdict.span.start, verdict.span.end)} : {})
    })
  }
  return {suggestions, rejected}
}

// ---------------------------------------------------------------------------
// Reading a sentence

interface Token {
  kind: 'word' | 'placeholder' | 'space' | 'punct'
  text: string
  lower: string
  start: number
  end: number
  /** The tag of the word's head (see part-of-speech.ts `WordTag`). */
  pos?: PartOfSpeech
  lemma: string
  /** The tag and lemma of its last part: "It's" is PRON, then AUX "be". */
  lastPos?: PartOfSpeech
  lastLemma: string
  /** "the city's": a possessive needs the noun after it. */
  possessive: boolean
}

const TOKEN = /(\[[^[\]\n]{1,40}\])|([$£€]?[\p{L}\p{M}\p{N}]+(?:['’.,\-‐‑][\p{L}\p{M}\p{N}]+)*%?)|(\s+)|([\s\S])/uy
const WORD_CHAR = /[\p{L}\p{M}\p{N}'’]/u
const isWordChar = (char: string | undefined) => char !== undefined && WORD_CHAR.test(char)
const HYPHENATED = /[\p{L}\p{N}][-‐‑][\p{L}\p{N}]/u

const recent = new Map<string, Token[]>()

/** The tokens of a sentence, kept for the next few checks: a sentence often holds several findings. */
function sentenceTokens(sentence: string, span: SentenceSpan): Token[] {
  let tokens = recent.get(sentence)
  if (tokens) return tokens
  tokens = span.tagged ? readTokens(sentence, 0, span.tagged, span.start) : readTokens(sentence, 0, tagText(sentence))
  if (recent.size >= 32) recent.delete(recent.keys().next().value as string)
  recent.set(sentence, tokens)
  return tokens
}

/**
 * The tokens of `text` from `from` on, each word with the tag of wink's tokens
 * it overlaps in `tagged` (whose offsets are `shift` ahead of the text's); an
 * empty `tagged` leaves them untagged (their tags are then copied from another
 * reading, see retag). `stopAfter` ends the reading after a token.
 */
function readTokens(
  text: string,
  from: number,
  tagged: readonly TaggedWord[],
  shift = 0,
  stopAfter?: (token: Token) => boolean
): Token[] {
  const tokens: Token[] = []
  let next = 0
  TOKEN.lastIndex = from
  for (let match = TOKEN.exec(text); match; match = TOKEN.exec(text)) {
    const value = match[0]
    const start = match.index
    const end = start + value.length
    const kind: Token['kind'] = match[1] ? 'placeholder' : match[2] ? 'word' : match[3] ? 'space' : 'punct'
    const lower = value.toLowerCase()
    const token: Token = {
      kind,
      text: value,
      lower,
      start,
      end,
      lemma: lower,
      lastLemma: lower,
      possessive: false
    }
    if (kind === 'placeholder') {
      token.pos = token.lastPos = token.lower === '[number]' ? 'NUM' : 'NOUN'
    } else if (kind === 'word') {
      while (next < tagged.length && tagged[next].end - shift <= start) next++
      const parts = []
      for (let index = next; index < tagged.length && tagged[index].start - shift < end; index++) {
        if (tagged[index].pos !== 'PUNCT' && tagged[index].pos !== 'SPACE' && tagged[index].pos !== 'SYM')
          parts.push(tagged[index])
      }
      if (parts.length > 0) {
        const head = HYPHENATED.test(value) ? parts[parts.length - 1] : parts[0]
        const last = parts[parts.length - 1]
        token.pos = head.pos
        token.lemma = head.lemma
        token.lastPos = last.pos
        token.lastLemma = last.lemma
        token.possessive =
          (parts.length > 1 && last.pos === 'PART' && /^['’]s$/i.test(last.text)) ||
          POSSESSIVE_DETERMINERS.has(token.lower)
      } else if (/\d/.test(value)) {
        token.pos = token.lastPos = 'NUM'
      }
    }
    tokens.push(token)
    if (stopAfter?.(token)) break
  }
  return tokens
}

// ---------------------------------------------------------------------------
// Edits and their context

/** An edit of the sentence: `rep` replaces `S.slice(a, b)`. */
interface Edit {
  a: number
  b: number
  rep: string
}

interface Context {
  S: string
  sTokens: Token[]
  edit: Edit
  /** The sentence after the edit. */
  R: string
  rTokens: Token[]
  /** The part of the edit that changes anything (common words at either end trimmed): `S.slice(sa, sb)` became `R.slice(L, Rt)`. */
  L: number
  Rt: number
  sa: number
  sb: number
  /** Words of S the core removes, and words of R it brings in. */
  removed: Token[]
  inserted: Token[]
  /** The context of the rewrite as given, before any mend. */
  origin?: Context
  /** The words left and right of a place in R, as `around` read them. */
  arounds?: Map<number, {left: readonly Token[]; right: readonly Token[]}>
}

function contextOf(S: string, sTokens: Token[], edit: Edit, origin?: Context): Context {
  const R = S.slice(0, edit.a) + edit.rep + S.slice(edit.b)
  const old = S.slice(edit.a, edit.b)
  const rep = edit.rep
  let prefix = 0
  while (prefix < old.length && prefix < rep.length && old[prefix] === rep[prefix]) prefix++
  while (prefix > 0 && isWordChar(old[prefix - 1]) && (isWordChar(old[prefix]) || isWordChar(rep[prefix]))) prefix--
  let suffix = 0
  const most = Math.min(old.length, rep.length) - prefix
  while (suffix < most && old[old.length - 1 - suffix] === rep[rep.length - 1 - suffix]) suffix++
  while (
    suffix > 0 &&
    isWordChar(old[old.length - suffix]) &&
    (isWordChar(old[old.length - suffix - 1]) || isWordChar(rep[rep.length - suffix - 1]))
  )
    suffix--
  const sa = edit.a + prefix
  const sb = edit.b - suffix
  const L = sa
  const Rt = edit.a + rep.length - suffix
  // Words the edit brings in are tagged in their new sentence; when it brings in none, every word keeps its tag from S.
  const bringsWords = /[\p{L}\p{N}]/u.test(R.slice(L, Rt))
  const rTokens = tokensAfterEdit(S, sTokens, R, L, Rt, sb, bringsWords ? tagText(R, ...windowAround(R, L, Rt)) : [])
  const isWord = (token: Token) => token.kind === 'word' || token.kind === 'placeholder'
  return {
    S,
    sTokens,
    edit,
    R,
    rTokens,
    L,
    Rt,
    sa,
    sb,
    removed: sTokens.filter((token) => isWord(token) && token.start >= sa && token.end <= sb),
    inserted: rTokens.filter((token) => isWord(token) && token.start >= L && token.end <= Rt),
    origin
  }
}

/**
 * Only the inserted words need new tags (retag keeps the others'), and the
 * tagger reads a few words either side: a window of some sixty characters
 * around the edit, cut at spaces, not the whole sentence.
 */
function windowAround(R: string, L: number, Rt: number): [number, number] {
  const before = L - WINDOW <= 0 ? 0 : R.indexOf(' ', L - WINDOW) + 1
  const space = Rt + WINDOW >= R.length ? -1 : R.lastIndexOf(' ', Rt + WINDOW)
  return [Math.min(before, L), space < Rt ? R.length : space]
}

const WINDOW = 60

/**
 * The tokens of R, the sentence after an edit that turned `S.slice(L, sb)` into
 * `R.slice(L, Rt)`. The tokenizer is sticky and looks only ahead, so from any
 * place where R and S read on alike it finds the same tokens: S's tokens are
 * kept up to shortly before the edit, R is read afresh from there until a
 * token ends where one of S's starts past the edit, and S's tokens follow,
 * moved. Tags of the unchanged words are those they had in the whole sentence
 * (the edit may have left it ungrammatical); words the edit brings in take
 * theirs from `tagged`, wink's reading of R around the edit.
 */
function tokensAfterEdit(
  S: string,
  sTokens: Token[],
  R: string,
  L: number,
  Rt: number,
  sb: number,
  tagged: readonly TaggedWord[]
): Token[] {
  // A token ending just before the edit may run on into it ("U.S" + ".A."), and a "[" up to a placeholder's length
  // before it may close inside it.
  const bracket = S.lastIndexOf('[', L - 1)
  const keepUntil = bracket >= 0 && bracket >= L - PLACEHOLDER_REACH ? Math.min(bracket, L - 2) : L - 2
  let kept = 0
  while (kept < sTokens.length && sTokens[kept].end <= keepUntil) kept++
  const shift = Rt - sb
  let resume = kept
  const readOnAlike = (token: Token) => {
    if (token.end < Rt) return false
    while (resume < sTokens.length && sTokens[resume].start < token.end - shift) resume++
    return resume < sTokens.length && sTokens[resume].start === token.end - shift
  }
  const middle = readTokens(R, kept === 0 ? 0 : sTokens[kept - 1].end, tagged, 0, readOnAlike)
  const tokens = sTokens.slice(0, kept)
  for (const token of middle) {
    if (token.kind !== 'word') {
      tokens.push(token)
      continue
    }
    const same = unchangedWord(sTokens, token.end <= L ? token.start : token.start >= Rt ? token.start - shift : -1)
    tokens.push(same && same.text === token.text ? {...same, start: token.start, end: token.end} : token)
  }
  const last = middle[middle.length - 1]
  if (last && readOnAlike(last))
    for (let index = resume; index < sTokens.length; index++) {
      const token = sTokens[index]
      tokens.push(shift === 0 ? token : {...token, start: token.start + shift, end: token.end + shift})
    }
  return tokens
}

/** The longest a placeholder ("[named sources]") can be: a "[", up to 40 characters, a "]". */
const PLACEHOLDER_REACH = 42

/** S's token starting at `start`, found by halving (tokens are in order). */
function unchangedWord(sTokens: readonly Token[], start: number): Token | undefined {
  if (start < 0) return undefined
  let low = 0
  let high = sTokens.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const at = sTokens[middle].start
    if (at === start) return sTokens[middle]
    if (at < start) low = middle + 1
    else high = middle - 1
  }
  return undefined
}

/**
 * The edit that turns S into `mended`, holding the original edit's range:
 * the original range widened to the first and last characters that differ,
 * on word boundaries.
 */
function editBetween(S: string, mended: string, original: Edit): Edit {
  let prefix = 0
  const maxPrefix = Math.min(original.a, mended.length)
  while (prefix < maxPrefix && S[prefix] === mended[prefix]) prefix++
  while (prefix > 0 && isWordChar(S[prefix - 1]) && (isWordChar(S[prefix]) || isWordChar(mended[prefix]))) prefix--
  let suffix = 0
  const maxSuffix = Math.min(S.length - original.b, mended.length - prefix)
  while (suffix < maxSuffix && S[S.length - 1 - suffix] === mended[mended.length - 1 - suffix]) suffix++
  while (
    suffix > 0 &&
    isWordChar(S[S.length - suffix]) &&
    (isWordChar(S[S.length - suffix - 1]) || isWordChar(mended[mended.length - suffix - 1]))
  )
    suffix--
  return {a: prefix, b: S.length - suffix, rep: mended.slice(prefix, mended.length - suffix)}
}

// ---------------------------------------------------------------------------
// The checks

type Outcome = {reject: string} | {mend: string; note: string}
type Check = (context: Context) => Outcome | undefined

const isWordToken = (token: Token | undefined): token is Token =>
  token !== undefined && (token.kind === 'word' || token.kind === 'placeholder')
const isPunct = (token: Token | undefined, marks: string) =>
  token !== undefined && token.kind === 'punct' && marks.includes(token.text)
const hasPos = (token: Token | undefined, ...tags: PartOfSpeech[]) =>
  isWordToken(token) && token.pos !== undefined && tags.includes(token.pos)
const cut = (text: string, start: number, end: number, insert = '') => text.slice(0, start) + insert + text.slice(end)

/** Whether a match at [start, end) of R touches what the edit changed (straddles its junction, or lies in or across what it brought in). */
const touches = (context: Context, start: number, end: number) =>
  (context.Rt > context.L ? start < context.Rt : start < context.L) && end > context.L

/** Non-space tokens of R before `at`, nearest first, and from `at` on. */
function around(context: Context, at: number): {left: readonly Token[]; right: readonly Token[]} {
  // Most checks ask about the same junctions of one context: each is read once.
  context.arounds ??= new Map()
  let sides = context.arounds.get(at)
  if (!sides) {
    const solid = context.rTokens.filter((token) => token.kind !== 'space')
    sides = {
      left: solid.filter((token) => token.end <= at).reverse(),
      right: solid.filter((token) => token.start >= at)
    }
    context.arounds.set(at, sides)
  }
  return sides
}

/** The junctions of the edit: where the unchanged text meets what it brought in (one place for a plain deletion). */
const junctions = (context: Context) => (context.Rt > context.L ? [context.L, context.Rt] : [context.L])

/** The words of S just after `token`, for "is it attributive" questions. */
function wordAfter(tokens: Token[], token: Token): Token | undefined {
  return tokens.find((candidate) => candidate.start >= token.end && candidate.kind !== 'space')
}

const root = (context: Context) => context.origin ?? context

// --- What the sentence asserts (before anything is mended)

function checkMeaning(context: Context): string | undefined {
  const {S, sTokens, edit} = context
  const words = sTokens.filter((token) => isWordToken(token) && token.start >= edit.a && token.end <= edit.b)
  const kept = readTokens(edit.rep, 0, []).filter(isWordToken)
  const keepsHedge =
    kept.some(
      (token) => HEDGES.has(token.lower) || ATTRIBUTIVE_HEDGES.has(token.lower) || SO_CALLED.test(token.text)
    ) || /\[source\]|\[named sources\]|according to|\b(?:say|says|said)\b/i.test(edit.rep)
  for (const word of words) {
    const next = wordAfter(sTokens, word)
    const hedge =
      HEDGES.has(word.lower) ||
      (ATTRIBUTIVE_HEDGES.has(word.lower) && hasPos(next, 'NOUN', 'PROPN', 'ADJ')) ||
      (SO_CALLED.test(word.text) && (isPunct(next, '“"‘\'') || (isWordToken(next) && /^\p{Lu}/u.test(next.text))))
    if (hedge && !keepsHedge) {
      return `deletes “${word.text}”, which marks a view or status as someone else’s: without it the sentence asserts it`
    }
    const negation = NEGATIONS.has(word.lower) || /n['’]t$/i.test(word.lower)
    if (negation && !kept.some((token) => NEGATIONS.has(token.lower) || /n['’]t$/i.test(token.lower))) {
      return `deletes the negation “${word.text}”, which reverses what the sentence says`
    }
  }
  const unknown = unknownPlaceholders(edit.rep).filter(
    (placeholder) => !S.slice(edit.a, edit.b).includes(placeholder.text)
  )
  if (unknown.length > 0)
    return `brings in the placeholder “${unknown[0].text}”, which is not one of ${PLACEHOLDERS.join(', ')}`

  // A verb swapped for "say" must read as "say" does.
  const removedVerb = context.removed.find((token) => hasPos(token, 'VERB') && !SAY_FORMS.has(token.lower))
  const say = [...context.inserted].reverse().find((token) => SAY_FORMS.has(token.lower))
  if (removedVerb && say) {
    const after = context.rTokens.filter((token) => token.kind !== 'space' && token.start >= say.end)
    const [first, second] = after
    if (first?.lower === 'to' && hasPos(second, 'VERB', 'AUX'))
      return `“${say.text} to ${second!.text}” is not English (“${removedVerb.text} to” needs a rewrite of its own)`
    if (
      (!first || isPunct(first, '.,;!?') || isConjunction(first)) &&
      !/[“”"]/.test(S) &&
      !isSpeechTag(context.rTokens, say)
    )
      return `“${say.text}” is left without what was said`
    if (hasPos(first, 'DET', 'NOUN', 'PROPN', 'ADJ', 'NUM')) {
      const clause: Token[] = []
      for (const token of after) {
        if (token.kind === 'punct' && !'“”"‘’\''.includes(token.text)) break
        if (isWordToken(token)) clause.push(token)
      }
      if (!clause.some((token) => hasPos(token, 'VERB', 'AUX'))) {
        return `“${say.text}” cannot take “${clause.map((token) => token.text).join(' ')}” as its object (“${removedVerb.text}” does not mean “said” here)`
      }
    }
  }

  // Deleting a verb leaves a clause without one (a swap for another word is judged by the checks above).
  if (
    !context.inserted.some(
      (token) => hasPos(token, 'VERB', 'AUX', 'ADJ', 'NOUN', 'PROPN') || token.kind === 'placeholder'
    )
  ) {
    for (const token of context.removed) {
      if (!hasPos(token, 'VERB') || HYPHENATED.test(token.text)) continue
      // A participle or a mistagged adjective inside a noun phrase: "the [disgraced] former sheriff", "of [obscure] activists".
      const next = wordAfter(sTokens, token)
      const previous = sTokens.filter((candidate) => candidate.kind !== 'space' && candidate.end <= token.start).pop()
      if (
        hasPos(next, 'NOUN', 'PROPN', 'ADJ') &&
        (/(?:ed|en|ing)$/i.test(token.lower) || previous?.possessive || hasPos(previous, 'DET', 'ADP', 'ADJ', 'NUM'))
      )
        continue
      return `removes the verb “${token.text}”`
    }
  }
  return undefined
}

/** Whether `say` ends a speech tag after a comma ("The vote failed, he said."): a subject of a few words, no conjunction. */
function isSpeechTag(tokens: Token[], say: Token): boolean {
  const before = tokens.filter((token) => token.kind !== 'space' && token.end <= say.start).reverse()
  for (let index = 0; index < Math.min(before.length, 5); index++) {
    const token = before[index]
    if (isPunct(token, ',')) return index > 0
    if (!isWordToken(token) || isConjunction(token) || hasPos(token, 'VERB')) return false
  }
  return false
}

// --- A source goes at the end of its clause

const TRAILER = /\s*(?:\((?:according to |source: |per )?\[[a-z ]+\]\)|\[citation needed\])$/i
/** After a comma, these open a new clause: "Sales rose 5%, while costs fell." */
const CLAUSE_OPENERS = new Set(['and', 'but', 'while', 'although', 'though', 'whereas', 'yet', 'which'])
const CLAUSE_STOPS = new Set([';', ':', '—', '–'])
const CLOSING = new Map([
  ['(', ')'],
  ['“', '”'],
  ['‘', '’'],
  ['"', '"']
])

/**
 * "(according to [source])" right after the claim's words often lands between
 * a subject and its verb, inside a measure ("$190,000 (according to [source])
 * in gifts") or between a verb and its object. Where an editor would put it is
 * the end of the clause: before the sentence's closing stop, a semicolon,
 * colon or dash, or a comma that opens a new clause.
 */
const placeholderAtClauseEnd: Check = (context) => {
  const core = context.R.slice(context.L, context.Rt)
  const trailer = TRAILER.exec(core)
  if (!trailer) return
  const at = context.Rt - trailer[0].length
  const bare = cut(context.R, at, context.Rt)
  const tokens = (bare === context.S ? context.sTokens : readTokens(bare, 0, tagText(bare))).filter(
    (token) => token.kind !== 'space'
  )
  const end = frontedClauseEnd(tokens, at) ?? clauseEnd(tokens, at)
  if (end <= at) return
  const text = ` ${trailer[0].trim()}`
  return {mend: cut(bare, end, end, text), note: `moved “${text.trim()}” to the end of its clause`}
}

/** Words that open a clause set before the main one: "While many came forward, …", "Despite being the best, …". */
const FRONTING = new Set([
  'while',
  'whilst',
  'despite',
  'although',
  'though',
  'when',
  'since',
  'because',
  'after',
  'before',
  'as',
  'if',
  'unless',
  'whereas'
])

/**
 * A claim in a clause set before the main one is sourced at that clause's
 * comma, not at the sentence's end, where the source would vouch for the main
 * clause instead. The opening word starts the sentence or follows a comma.
 */
function frontedClauseEnd(tokens: Token[], at: number): number | undefined {
  let opener = -1
  for (let index = tokens.findIndex((token) => token.start >= at) - 1; index >= 0; index--) {
    if (isPunct(tokens[index], ',;:')) return undefined
    if (FRONTING.has(tokens[index].lower) && (index === 0 || isPunct(tokens[index - 1], ','))) {
      opener = index
      break
    }
  }
  if (opener < 0) return undefined
  const comma = tokens.findIndex((token) => token.start >= at && isPunct(token, ','))
  if (comma < 0) return undefined
  // Already at the comma: it stays.
  return Math.max(tokens[comma - 1]?.end ?? at, at)
}

/** Where the clause holding `at` ends: after its last word, quotation or bracket. */
function clauseEnd(tokens: Token[], at: number): number {
  let end = at
  for (let index = tokens.findIndex((token) => token.start >= at); index >= 0 && index < tokens.length; index++) {
    const token = tokens[index]
    if (token.kind !== 'punct') {
      end = token.end
      continue
    }
    const closer = CLOSING.get(token.text)
    if (closer) {
      // A quotation or an aside in brackets is part of the clause: the source goes after it.
      const close = tokens.findIndex((other, ahead) => ahead > index && other.text === closer)
      if (close < 0) break
      index = close
      end = tokens[close].end
      continue
    }
    if (CLAUSE_STOPS.has(token.text)) break
    if (token.text === ',' && CLAUSE_OPENERS.has(tokens[index + 1]?.lower ?? '')) break
    // A full stop with words after it belongs to an abbreviation ("the U.S. market"), not to the sentence.
    if (/^[.!?…]$/.test(token.text) && !tokens.slice(index + 1).some(isWordToken)) break
    if (token.text === '.' && token.start === end) end = token.end
  }
  return end
}

// --- Spaces and punctuation

const spaces: Check = (context) => {
  const {R, S} = context
  if (/^\s/.test(R) && !/^\s/.test(S)) return {mend: R.trimStart(), note: 'removed the space left at the start'}
  if (/\s$/.test(R) && !/\s$/.test(S)) return {mend: R.trimEnd(), note: 'removed the space left at the end'}
  for (const match of R.matchAll(/\s{2,}/g)) {
    if (!touches(context, match.index, match.index + match[0].length)) continue
    return {
      mend: cut(R, match.index, match.index + match[0].length, match[0].includes('\n') ? '\n' : ' '),
      note: 'removed a doubled space'
    }
  }
  for (const match of R.matchAll(/\s+(?:[,.;:!?)\]”»]|["’](?=\s|$|[,.;:!?)]))/g)) {
    const space = match[0].length - 1
    if (!touches(context, match.index, match.index + match[0].length)) continue
    return {mend: cut(R, match.index, match.index + space), note: `removed the space before “${match[0].slice(space)}”`}
  }
  for (const match of R.matchAll(/[(“‘«]\s+/g)) {
    if (!touches(context, match.index, match.index + match[0].length)) continue
    return {
      mend: cut(R, match.index + 1, match.index + match[0].length),
      note: `removed the space after “${match[0][0]}”`
    }
  }
  return undefined
}

const STRENGTH: Record<string, number> = {',': 1, ':': 2, ';': 3, '.': 4, '!': 4, '?': 4}

const punctuation: Check = (context) => {
  const {R} = context
  for (const match of R.matchAll(/([,;:])(\s*)([,;:.!?])/g)) {
    if (!touches(context, match.index, match.index + match[0].length)) continue
    const [, first, between, second] = match
    if (first === ',' && second === ',') {
      // The two commas of a deleted aside ("the plan, [sadly], failed") go together; between two adjectives of a series one stays.
      const before = context.rTokens.filter((token) => token.end <= match.index && token.kind !== 'space').pop()
      const after = context.rTokens.find(
        (token) => token.start >= match.index + match[0].length && token.kind !== 'space'
      )
      if (!(hasPos(before, 'ADJ') && hasPos(after, 'ADJ')))
        return {
          mend: cut(R, match.index, match.index + match[0].length),
          note: 'removed the commas of the deleted aside'
        }
    }
    const keepSecond = STRENGTH[second] >= STRENGTH[first]
    const mend = keepSecond
      ? cut(R, match.index, match.index + 1 + between.length)
      : cut(R, match.index + 1, match.index + match[0].length)
    return {mend, note: `removed the doubled “${keepSecond ? first : second}”`}
  }
  for (const match of R.matchAll(/\s?(?:“\s*”|"\s*"|‘\s*’|\(\s*\))/g)) {
    if (!touches(context, match.index, match.index + match[0].length)) continue
    return {
      mend: cut(R, match.index, match.index + match[0].length),
      note: 'removed the empty quotation marks or brackets'
    }
  }
  return undefined
}

// --- The start of the sentence

const OPENING = /^(?:[\s“"‘'(«]|[—–-](?=\s))*/
const LEADING_DASH = /^[\s“"‘'(«]*([—–]\s*|-\s+)/

const sentenceStart: Check = (context) => {
  const {R, S} = context
  if (!/[\p{L}\p{N}]/u.test(R)) return {reject: 'leaves nothing of the sentence'}
  const {left} = around(context, context.L)
  if (left.some(isWordToken)) return
  // "Ha, ha — right." less its interjection is "— right.": a dash the sentence did not start with goes too.
  const dash = LEADING_DASH.exec(R)
  if (dash && !LEADING_DASH.test(S)) {
    const quotes = /^[\s“"‘'(«]*/.exec(R)![0].length
    return {
      mend: cut(R, quotes, dash[0].length),
      note: `removed the “${dash[1].trim()}” left at the start of the sentence`
    }
  }
  const at = OPENING.exec(R)![0].length
  const was = S.charAt(OPENING.exec(S)![0].length)
  const now = R.charAt(at)
  if (/[,;:.]/.test(now) && now !== was) {
    const trailing = /^[,;:.]\s*/.exec(R.slice(at))![0].length
    return {mend: cut(R, at, at + trailing), note: `removed the “${now}” left at the start of the sentence`}
  }
  // "The real issue is how Parliament will vote." → "How Parliament will vote.": a question word left to start a statement is a fragment.
  const first = context.rTokens.find(isWordToken)
  const removedVerb = root(context).removed.some((token) => hasPos(token, 'AUX', 'VERB'))
  if (removedVerb && first && WH_WORDS.has(first.lower) && first.lower !== 'just' && /\.["”’']?\s*$/.test(R)) {
    return {reject: `leaves a fragment starting “${first.text}” without the clause it depended on`}
  }
  if (/\p{Ll}/u.test(now) && /\p{Lu}/u.test(was)) {
    return {mend: cut(R, at, at + now.length, now.toUpperCase()), note: 'capitalised the new start of the sentence'}
  }
  return undefined
}

// --- Words either side of the edit

const doubledWords: Check = (context) => {
  const tokens = context.rTokens
  for (let index = 0; index + 2 < tokens.length; index++) {
    const [first, space, second] = [tokens[index], tokens[index + 1], tokens[index + 2]]
    if (first.kind !== 'word' || space.kind !== 'space' || second.kind !== 'word' || first.lower !== second.lower)
      continue
    if (!touches(context, first.start, second.end)) continue
    if (first.lower === 'as') return {reject: `leaves “as … as” without its word (“as as”)`}
    if (GRAMMATICAL_DOUBLES.has(first.lower)) continue
    return {mend: cut(context.R, space.start, second.end), note: `removed the doubled “${second.text}”`}
  }
  return undefined
}

const CONJUNCTIONS = new Set(['and', 'or', 'but', 'nor'])
const isConjunction = (token: Token | undefined) => isWordToken(token) && CONJUNCTIONS.has(token.lower)
const isCopula = (token: Token | undefined) =>
  isWordToken(token) &&
  token.lastLemma !== undefined &&
  COPULAS.has(token.lastLemma) &&
  (token.lastPos === 'AUX' || token.lastPos === 'VERB')

const danglingConjunction: Check = (context) => {
  for (const at of junctions(context)) {
    const {left, right} = around(context, at)
    const [before] = left
    const [after, afterNext] = right
    if (isConjunction(after) && before) {
      if (isConjunction(before)) return {reject: `leaves two conjunctions together (“${before.text} ${after.text}”)`}
      const opens =
        isPunct(before, '(“‘:') ||
        hasPos(before, 'DET', 'ADP', 'SCONJ', 'PART') ||
        isCopula(before) ||
        before.lower === 'how'
      if (opens && isWordToken(afterNext)) {
        return {
          mend: cut(context.R, after.start, afterNext.start),
          note: `removed the “${after.text}” the deletion left dangling`
        }
      }
    }
    // "hiding behind his guns, so [awesome]." → "…, so.": a joining word with nothing after it.
    const joiner = isPunct(before, ',') ? left[1] : before
    if (
      (!after || isPunct(after, '.!?')) &&
      isWordToken(joiner) &&
      !isConjunction(joiner) &&
      (hasPos(joiner, 'SCONJ') || DANGLING_ENDS.has(joiner.lower))
    ) {
      return {reject: `leaves “${joiner.text}” with nothing after it`}
    }
    if (isConjunction(before) && (!after || isPunct(after, '.,;:!?)”"’'))) {
      if (isPunct(left[1], ',')) return {reject: `leaves a series ending in “, ${before.text}” without its last item`}
      if (!left[1]) return {reject: `leaves “${before.text}” with nothing to join`}
      return {
        mend: cut(context.R, left[1].end, before.end),
        note: `removed the “${before.text}” the deletion left dangling`
      }
    }
  }
  return undefined
}

const strayComma: Check = (context) => {
  if (context.removed.length === 0 && root(context).removed.length === 0) return
  for (const at of junctions(context)) {
    const {left, right} = around(context, at)
    if (isPunct(left[0], ',') && hasPos(left[1], 'ADJ')) {
      const series = isPunct(left[2], ',') && hasPos(left[3], 'ADJ')
      if (hasPos(right[0], 'NOUN', 'PROPN') || (isConjunction(right[0]) && hasPos(right[1], 'ADJ') && !series)) {
        return {
          mend: cut(context.R, left[0].start, left[0].end),
          note: 'removed the comma the deleted adjective left in the series'
        }
      }
    }
    if (
      isPunct(right[0], ',') &&
      left[0] &&
      (hasPos(left[0], 'DET', 'ADP', 'SCONJ', 'AUX', 'PART') || isCopula(left[0]))
    ) {
      return {
        mend: cut(context.R, right[0].start, right[0].end),
        note: `removed the comma left after “${left[0].text}”`
      }
    }
  }
  return undefined
}

const modifies = (token: Token | undefined) =>
  hasPos(token, 'ADJ', 'ADV') || (isWordToken(token) && QUANTIFIERS.has(token.lower))

const strandedDegree: Check = (context) => {
  const removed = root(context).removed
  if (!modifies(removed[0])) return
  const {left, right} = around(context, context.L)
  const [degree] = left
  // Only a degree word that stood right before the deleted word ("so, unsurprisingly," is no "so unsurprisingly").
  if (!isWordToken(degree) || modifies(right[0]) || !/^\s*$/.test(context.S.slice(degree.end, removed[0].start))) return
  // "as" is only half of "as … as" when the other half follows ("introduced as [tragic] quest" has none).
  const pairs = degree.lower !== 'as' || right.some((token) => token.lower === 'as')
  const stranded = STRANDED_DEGREE[degree.lower]
  if (!pairs) return
  if (stranded) return {reject: `leaves ${stranded} without its word`}
  if (REMOVABLE_DEGREE.has(degree.lower)) {
    const lead = degree.lower === 'too' && isWordToken(left[1]) && DEGREE_LEAD.has(left[1].lower) ? left[1] : degree
    const next = context.rTokens.find((token) => token.start >= degree.end && token.kind !== 'space')
    return {
      mend: cut(context.R, lead.start, next ? next.start : degree.end),
      note: `removed “${context.R.slice(lead.start, degree.end)}”, left without its word`
    }
  }
  // "a completely [awful] place": the adverb modified the deleted word; without it, it reads wrong or says something else.
  if (hasPos(degree, 'ADV') && hasPos(removed[0], 'ADJ'))
    return {reject: `leaves “${degree.text}” without the word it modified (“${removed[0].text}”)`}
  return undefined
}

/**
 * "Why is Hollywood such a [sleazy] place?", "the world isn't a [completely
 * awful] place": what is left asserts nothing. Deleting the adjective of "such
 * a", or of an empty noun after an article, is not offered.
 */
const emptiedPhrase: Check = (context) => {
  const removed = root(context).removed
  if (!removed.some((token) => hasPos(token, 'ADJ')) || context.inserted.length > 0) return
  const {left, right} = around(context, context.L)
  const [before, beforeThat] = left
  const noun = right[0]
  const afterSuch = before?.lower === 'such' || (hasPos(before, 'DET') && beforeThat?.lower === 'such')
  const emptyNoun =
    (before?.lower === 'a' || before?.lower === 'an') &&
    hasPos(noun, 'NOUN') &&
    EMPTY_NOUNS.has(noun!.lemma) &&
    !hasPos(right[1], 'NOUN', 'PROPN')
  if (afterSuch || emptyNoun) {
    const phrase = context.R.slice(
      (afterSuch && beforeThat?.lower === 'such' ? beforeThat : before)!.start,
      noun?.end ?? before!.end
    )
    return {reject: `leaves “${phrase}”, which says nothing without the adjective`}
  }
  return undefined
}

const strandedWords: Check = (context) => {
  const origin = root(context)
  if (origin.removed.length === 0 || context.inserted.length > 0) return
  const {left, right} = around(context, context.L)
  // The word a predicate hangs on is read before any mend (a mend may have taken the comma of ", in a word,").
  const subject = predicateHead(around(origin, origin.L).left)
  const [after, afterNext] = right
  const ends = !after || (after.kind === 'punct' && !'“"‘('.includes(after.text))
  const content = origin.removed.find((token) => !hasPos(token, 'ADV'))
  // A copula left without its predicate: "is [cheap].", "looks [pathetic].", "is [amazing] just how …".
  if (isCopula(subject) && hasPos(content, 'ADJ', 'NOUN')) {
    const predicate =
      (hasPos(after, 'ADJ', 'NOUN', 'PROPN', 'DET', 'NUM', 'PRON', 'VERB') && !WH_WORDS.has(after!.lower)) ||
      (hasPos(after, 'ADV') && !WH_WORDS.has(after!.lower) && hasPos(afterNext, 'ADJ'))
    if (!predicate) return {reject: `leaves “${subject!.text}” without its predicate (“${content!.text}”)`}
    const takesObject = hasPos(after, 'NOUN', 'DET', 'NUM') || (hasPos(after, 'ADJ') && hasPos(afterNext, 'NOUN'))
    if (
      subject!.lastLemma === 'be' &&
      origin.removed.length === 1 &&
      /(?:ed|en)$/i.test(content!.lower) &&
      takesObject
    ) {
      return {reject: `removes the participle of a passive (“${subject!.text} ${content!.text}”)`}
    }
  }
  const object = origin.removed.some(
    (token) => hasPos(token, 'NOUN', 'PROPN', 'PRON', 'NUM', 'ADJ') || token.kind === 'placeholder'
  )
  const [before] = left
  if (
    hasPos(before, 'ADP') &&
    before!.lower !== 'as' &&
    object &&
    (ends || hasPos(after, 'ADP', 'CCONJ', 'AUX', 'VERB', 'PART', 'SCONJ'))
  ) {
    return {reject: `leaves “${before!.text}” without its object`}
  }
  if (
    isWordToken(before) &&
    NOUN_DETERMINERS.has(before.lower) &&
    (ends || hasPos(after, 'ADP', 'CCONJ', 'AUX', 'VERB', 'PART', 'SCONJ', 'PRON'))
  ) {
    return {reject: `leaves “${before.text}” without its noun`}
  }
  return undefined
}

/** The word a predicate after the edit would hang on: the word before it, past opening quotes and a parenthetical (", in a word,"). */
function predicateHead(left: readonly Token[]): Token | undefined {
  const words = left.filter((token) => !isPunct(token, '“"‘'))
  if (isPunct(words[0], ',')) {
    const close = words.findIndex((token, index) => index > 0 && index <= 7 && isPunct(token, ','))
    if (close > 0) return words[close + 1]
  }
  return words[0]
}

// --- Agreement of a one-word swap

const agreement: Check = (context) => {
  const origin = root(context)
  if (origin.removed.length !== 1 || context.inserted.length !== 1) return
  const [was] = origin.removed
  const [now] = context.inserted
  if (now.kind !== 'word') return
  const nextInS = wordAfter(context.sTokens, was)
  // "terrorist attacks" → "militant attacks", not "militants attacks".
  if (
    hasPos(was, 'NOUN', 'ADJ') &&
    hasPos(nextInS, 'NOUN') &&
    was.lower === was.lemma &&
    hasPos(now, 'NOUN') &&
    now.lower !== now.lemma &&
    /s$/.test(now.lower) &&
    !/s$/.test(now.lemma)
  ) {
    const singular = now.text.slice(0, now.lemma.length)
    if (singular.toLowerCase() === now.lemma) {
      return {
        mend: cut(context.R, now.start, now.end, singular),
        note: `made “${now.text}” singular: it modifies “${nextInS!.text}”`
      }
    }
  }
  if (hasPos(was, 'VERB') && hasPos(now, 'VERB') && was.lower !== was.lemma && now.lower === now.lemma) {
    const previousInS = context.sTokens.filter((token) => token.kind !== 'space' && token.end <= was.start).pop()
    const finite = !hasPos(previousInS, 'AUX', 'PART')
    // "he claims" → "he says", not "he say".
    if (finite && /[^s]s$/.test(was.lower) && !/s$/.test(now.lower)) {
      return {
        mend: cut(context.R, now.start, now.end, thirdPersonPresent(now.text)),
        note: `made “${now.text}” agree with its subject`
      }
    }
    if (finite && /ed$/.test(was.lower))
      return {reject: `changes the tense: “${was.text}” is past, “${now.text}” is not`}
  }
  return undefined
}

// --- "a" and "an"

/** The article a word takes, or undefined when its spelling does not tell. */
export function articleFor(word: string): 'a' | 'an' | undefined {
  const head = word
    .replace(/^[“"‘'(]+/, '')
    .replace(/^[$£€]/, '')
    .split(/[-‐‑'’\s]/)[0]
  if (!head) return undefined
  if (/^\d/.test(head)) {
    if (/^8/.test(head)) return 'an'
    if (/^1[18](?:$|[^\d]|\d{3}(?!\d))/.test(head.replace(/,/g, '')) && !/^1[18]\d{1,2}$/.test(head.replace(/,/g, '')))
      return 'an'
    return 'a'
  }
  if (!/^\p{L}/u.test(head)) return undefined
  const letters = head.replace(/[^\p{L}]/gu, '')
  if (letters.length >= 2 && letters === letters.toUpperCase()) {
    if (letters.length <= 3) return VOWEL_SOUND_LETTERS.includes(letters[0]) ? 'an' : 'a'
    return undefined
  }
  if (letters.length === 1) return VOWEL_SOUND_LETTERS.includes(letters.toUpperCase()) ? 'an' : 'a'
  if (AN_BEFORE_CONSONANT.test(head)) return 'an'
  if (A_BEFORE_VOWEL.test(head)) return 'a'
  if (/^[aeiou]/i.test(head)) return 'an'
  if (/^h/i.test(head) && /^\p{Lu}/u.test(head)) return undefined
  return 'a'
}

const articles: Check = (context) => {
  const tokens = context.rTokens
  const firstWord = tokens.find(isWordToken)
  for (let index = 0; index < tokens.length; index++) {
    const article = tokens[index]
    if (article.kind !== 'word' || (article.lower !== 'a' && article.lower !== 'an')) continue
    if (article.text !== article.lower && article !== firstWord) continue
    let next = index + 1
    while (next < tokens.length && (tokens[next].kind === 'space' || isPunct(tokens[next], '“"‘('))) next++
    const word = tokens[next]
    if (!word || (word.kind !== 'word' && word.kind !== 'placeholder') || /^(?:and|or|nor)$/i.test(word.text)) continue
    if (!touches(context, article.start, word.end)) continue
    // "[named sources]" is plural: no article; the others read as their word ("a [source]", "a [number]").
    if (word.lower === '[named sources]')
      return {mend: cut(context.R, article.start, word.start), note: `removed “${article.text}” before “${word.text}”`}
    // "with an [impressive] 15 goals" → "with 15 goals": an article before a count of a plural noun had an adjective to go with.
    const counted = tokens.slice(next + 1).find((token) => token.kind !== 'space')
    if (
      hasPos(word, 'NUM') &&
      !/^one$/i.test(word.text) &&
      hasPos(counted, 'NOUN') &&
      counted!.lower !== counted!.lemma &&
      /s$/.test(counted!.lower)
    ) {
      return {
        mend: cut(context.R, article.start, word.start),
        note: `removed “${article.text}” before “${word.text} ${counted!.text}”`
      }
    }
    const expected = articleFor(word.kind === 'placeholder' ? word.text.slice(1, -1) : word.text)
    if (!expected || expected === article.lower) continue
    const fixed = article.text[0] === 'A' ? expected[0].toUpperCase() + expected.slice(1) : expected
    return {mend: cut(context.R, article.start, article.end, fixed), note: `“${fixed}” before “${word.text}”`}
  }
  return undefined
}

/** In order: the placeholder first (it moves text), then space and punctuation, then words. */
const CHECKS: readonly Check[] = [
  placeholderAtClauseEnd,
  agreement,
  spaces,
  punctuation,
  sentenceStart,
  doubledWords,
  danglingConjunction,
  strayComma,
  strandedDegree,
  emptiedPhrase,
  strandedWords,
  articles
]
