import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {analyzeClaims, type Signal, type SignalKind} from '../reading/claims'
import {CURRENCY_SYMBOLS, NUMBER_WORDS} from '../reading/claims.data'
import {contextOf, type WordToken} from '../reading/sentences'
import {report, type Rewrite} from '../rewrites/report'

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
      for (const signal of signals) reportClaim(file, sentence.tokens, signal, nearSource)
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

function reportClaim(file: VFile, tokens: readonly WordToken[], signal: Signal, nearSource: boolean): void {
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
  // "According to recent polls, …" already says "according to": a second one reads badly; the citation mark does not.
  const saysAccordingTo = tokens.some(
    (token, index) => token.lower === 'according' && tokens[index + 1]?.lower === 'to'
  )
  if (!saysAccordingTo) rewrites.push({replacement: `${actual} (according to [source])`, title: 'Add the source'})
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
