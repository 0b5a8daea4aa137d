import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {analyzeClaims, type Signal, type SignalKind} from '../reading/claims'
import {contextOf, type WordToken} from '../reading/sentences'
import {report, type Rewrite} from '../rewrites/report'

const RULE_ID = 'unsupported-claim'
const NOTE = 'A checkable claim with no source asks readers to take the writer’s word. Attribute it (“according to…”, a named source with a verb of saying, a link) or cut it.'

const MESSAGES: Record<SignalKind, string> = {
  forecast: 'Who estimated this, and when? “{actual}” is a forecast with no source in its sentence or carried over from an attribution before it.',
  figure: 'Where does this figure come from? “{actual}” has no source in its sentence or carried over from an attribution before it.',
  superlative: 'Says who? “{actual}” is a superlative claim with no source.',
  absolute: 'How do we know? “{actual}” states an absolute about the facts with no source.',
  sweeping: 'On what evidence? “{actual}” generalises with no figure or source.'
}

/**
 * A sentence that makes a checkable claim (a figure, a forecast, a superlative,
 * an absolute, a sweeping generalisation) with no source: none in the sentence
 * (no "according to", no named source with a verb of saying, no attributed
 * quotation, no link or citation marker, no body giving its own record), and
 * none that carries over to it (reading/claims.ts: an attribution reaches the
 * rest of its paragraph until the writer takes over, and a next paragraph that
 * opens by continuing the account).
 */
export default function unsupportedClaim() {
  return function (tree: Root, file: VFile) {
    const context = contextOf(file)!
    for (const {sentence, signals, supported} of analyzeClaims(tree, context.document, context.headlineFigures, context.attributionBefore)) {
      if (supported) continue
      for (const signal of signals) reportClaim(file, sentence.tokens, signal)
    }
  }
}

function reportClaim(file: VFile, tokens: readonly WordToken[], signal: Signal): void {
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
      rewrites.push({replacement: `${text.slice(start, participle.end)} by [source]${text.slice(participle.end, end)}`, title: 'Name who made the estimate'})
    }
  }
  rewrites.push({replacement: `${actual} (according to [source])`, title: 'Add the source'})
  rewrites.push({replacement: `${actual} [citation needed]`, title: 'Mark it “[citation needed]”'})
  report(file, {ruleId: RULE_ID, start, end, reason: MESSAGES[signal.kind].replace('{actual}', actual), rewrites, note: NOTE})
}
