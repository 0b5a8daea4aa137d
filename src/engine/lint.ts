import type {Root} from 'nlcst'
import {unified, type Processor} from 'unified'
import {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {effectiveSeverity, emptyConfig, type EditorialConfig, type IgnoredFinding} from './config'
import {DirectiveFilter} from './reading/directives'
import type {ClaimCarry} from './reading/claims'
import {readDocument, type ProseDocument} from './reading/document'
import {readLanguage, type LanguageReading} from './reading/language'
import {isOtherVoice, type OtherVoice} from './reading/voices'
import {RULES, type RuleDefinition} from './rules/index'
import {OUR_SOURCE_ID, ruleUrl} from './rule-kit/meta'
import {sentenceSpanOf, vetRewrites} from './rewrites/check'
import {CONFIDENCE, REWRITE_TITLES} from './rewrites/report'
import {
  CONFIDENCE_THRESHOLDS,
  type DocumentKind,
  type Finding,
  type Severity,
  type Span,
  type Suggestion
} from './types'

export interface LintOptions {
  kind: DocumentKind
  config?: EditorialConfig
  /** The article's path relative to the config file's folder, `/`-separated, to match `ignoredFindings`. */
  path?: string
  /** Figures given in headlines elsewhere in the article, when linting one part of it (see IncrementalLinter). */
  headlineFigures?: ReadonlySet<string>
  /** Label families that are the article's subject, counted over the whole article, when linting one part of it (see IncrementalLinter). */
  subjectTerms?: ReadonlySet<string>
  /** The page furniture of this part of an article, read over the whole article (see IncrementalLinter and page-furniture.ts). */
  furniture?: readonly OtherVoice[]
  /** An attribution holds at the end of the text before this part, and may carry over into it; with the figures given before (see IncrementalLinter and reading/claims.ts). */
  attributionBefore?: boolean | ClaimCarry
  /** Apply in-article disable/enable comments; off when a caller applies them over the whole article. */
  applyDirectives?: boolean
}

export interface LintResult {
  findings: Finding[]
  document: ProseDocument
  /** How much of the article was not read because it is not in English (reading/language.ts). */
  language: LanguageReading
}

/**
 * How many lints ran in this process: whole articles, and incremental lints
 * with the chunks they re-read. Tests read it to prove an edit costs one
 * incremental lint and no whole one.
 */
export const lintCounts = {whole: 0, incremental: 0, chunks: 0}

/** Reads an article and returns every finding, sorted by position, with exact UTF-16 ranges. */
export function lintText(text: string, options: LintOptions): LintResult {
  if (options.headlineFigures) lintCounts.chunks++
  else lintCounts.whole++
  const config = options.config ?? emptyConfig()
  const document = readDocument(text, options.kind, {furniture: options.furniture})
  const active = RULES.filter((rule) => effectiveSeverity(rule.id, config) !== undefined)
  const file = new VFile({value: text})
  file.data.editorialReview = {
    document,
    headlineFigures: options.headlineFigures,
    subjectTerms: options.subjectTerms,
    attributionBefore: options.attributionBefore
  }
  processorFor(active).runSync(document.tree, file)

  const threshold = CONFIDENCE_THRESHOLDS[config.sensitivity ?? 'balanced']
  const directives = new DirectiveFilter(document.directives, document.lines)
  const allowed = allowedSpans(text, config.allow)
  const findings: Finding[] = []
  for (const message of file.messages) {
    const rule = ruleOf(message)
    if (!rule) continue
    const severity = effectiveSeverity(rule.id, config)
    const span = spanOf(message)
    if (!severity || !span) continue
    const confidence = confidenceOf(message, rule)
    if (confidence < threshold) continue
    const actual = text.slice(span.start, span.end)
    // Only the writer's words are judged: not quotations, embedded posts or the page around the article.
    if (!checksHere(rule, actual) && isOtherVoice(document, span)) continue
    // Nor a span that reaches over code or a link target in Markdown: a sentence around `code` is not all prose.
    if (hidesWords(document, span)) continue
    if (options.applyDirectives !== false && directives.isDisabled(rule.id, rule.category, span.start)) continue
    if (isAllowed(actual, span, config.allow, allowed)) continue
    const isIgnored = (ignored: IgnoredFinding) =>
      ignored.ruleId === rule.id &&
      ignored.text === actual &&
      (ignored.path === undefined || ignored.path === options.path)
    if (config.ignoredFindings.some(isIgnored)) continue
    const finding = toFinding(message, rule, severity, span, actual, document, confidence)
    findings.push(finding)
  }
  return {findings: withoutOverlaps(findings), document, language: readLanguage(document)}
}

const processors = new Map<string, Processor<undefined, Root, Root>>()

/** Attaching plugins builds their word lists, so a processor is made once per set of active rules. */
function processorFor(rules: readonly RuleDefinition[]): Processor<undefined, Root, Root> {
  const key = rules.map((rule) => rule.id).join(',')
  let processor = processors.get(key)
  if (!processor) {
    const built = unified() as unknown as Processor<undefined, Root, Root>
    for (const rule of rules) built.use(rule.plugin, rule.options)
    processor = built.freeze()
    processors.set(key, processor)
  }
  return processor
}

function ruleOf(message: VFileMessage): RuleDefinition | undefined {
  if (message.source === OUR_SOURCE_ID) return RULES.find((rule) => rule.id === message.ruleId)
  return RULES.find((rule) => rule.source === message.source)
}

function spanOf(message: VFileMessage): Span | undefined {
  const place = message.place
  if (!place) return
  const start = 'start' in place ? place.start.offset : place.offset
  const end = 'end' in place ? place.end.offset : place.offset
  if (start === undefined || end === undefined) return
  return {start, end}
}

/** Whether the span covers words the Markdown reader set aside as not prose (inline code, a URL), not only markup. */
function hidesWords({text, prose}: ProseDocument, span: Span): boolean {
  if (prose === text) return false
  for (let index = span.start; index < span.end; index++) {
    if (prose[index] === text[index]) continue
    if (
      /[\p{L}\p{N}]/u.test(text[index]) &&
      /[\p{L}\p{N}]/u.test(text[index + 1] ?? '') &&
      prose[index + 1] !== text[index + 1]
    )
      return true
  }
  return false
}

/** Whether a rule reports these words inside a quotation or another voice. */
function checksHere(rule: RuleDefinition, actual: string): boolean {
  return typeof rule.checksQuotations === 'function' ? rule.checksQuotations(actual) : rule.checksQuotations
}

/** Findings a rule names no confidence for are as sure as the rule's declaration says, or fairly sure. */
const DEFAULT_CONFIDENCE = 0.8

function confidenceOf(message: VFileMessage, rule: RuleDefinition): number {
  const named = (message as unknown as Record<string, number | undefined>)[CONFIDENCE]
  return named ?? rule.confidence ?? DEFAULT_CONFIDENCE
}

function toFinding(
  message: VFileMessage,
  rule: RuleDefinition,
  severity: Severity,
  span: Span,
  actual: string,
  document: ProseDocument,
  confidence: number
): Finding {
  const titles = (message as unknown as Record<string, Array<string | undefined> | undefined>)[REWRITE_TITLES] ?? []
  const rewrites = (message.expected ?? []).map((replacement, index) => ({replacement, title: titles[index]}))
  // Each rewrite is read again in its sentence: a broken one is mended or dropped, and the finding stays.
  const vetted =
    rewrites.length === 0
      ? {suggestions: []}
      : vetRewrites(document.text, span, rewrites, sentenceSpanOf(document, span))
  const suggestions: Suggestion[] = vetted.suggestions
  const finding: Finding = {
    ruleId: rule.id,
    source: rule.source,
    category: rule.category,
    severity,
    message: message.reason,
    span,
    actual,
    suggestions,
    url: ruleUrl(rule.id),
    confidence
  }
  if (message.note) finding.note = message.note
  return finding
}

/** Where the allowed terms occur in the text, so a finding inside one is dropped. */
function allowedSpans(text: string, allow: readonly string[]): Span[] {
  const spans: Span[] = []
  const lower = text.toLowerCase()
  for (const term of allow) {
    const needle = term.toLowerCase()
    for (let index = lower.indexOf(needle); index >= 0; index = lower.indexOf(needle, index + needle.length)) {
      spans.push({start: index, end: index + needle.length})
    }
  }
  return spans
}

function isAllowed(actual: string, span: Span, allow: readonly string[], allowedAt: readonly Span[]): boolean {
  const lower = actual.toLowerCase()
  return (
    allow.some((term) => term.toLowerCase() === lower) ||
    allowedAt.some((at) => span.start >= at.start && span.end <= at.end)
  )
}

/**
 * Two checks may report the same words in one category (our passive rule and
 * retext-passive); an editor needs one squiggle, so the first rule in RULES
 * wins. Findings are swept in order of position, a category at a time, so
 * this stays fast with tens of thousands of findings.
 */
function withoutOverlaps(findings: Finding[]): Finding[] {
  const order = new Map(RULES.map((rule, index) => [rule.id, index]))
  const byCategory = new Map<string, Finding[]>()
  for (const finding of findings) {
    const list = byCategory.get(finding.category) ?? []
    list.push(finding)
    byCategory.set(finding.category, list)
  }
  const kept: Finding[] = []
  for (const list of byCategory.values()) {
    list.sort((a, b) => a.span.start - b.span.start)
    // A cluster is a run of findings that overlap one another, directly or through a neighbour.
    let cluster: Finding[] = []
    let clusterEnd = -1
    const flush = () => {
      const chosen: Finding[] = []
      for (const finding of [...cluster].sort((a, b) => order.get(a.ruleId)! - order.get(b.ruleId)!)) {
        const clash = chosen.some(
          (other) =>
            other.ruleId !== finding.ruleId &&
            other.span.start < finding.span.end &&
            finding.span.start < other.span.end
        )
        if (!clash) chosen.push(finding)
      }
      kept.push(...chosen)
      cluster = []
    }
    for (const finding of list) {
      if (cluster.length > 0 && finding.span.start >= clusterEnd) flush()
      cluster.push(finding)
      clusterEnd = Math.max(clusterEnd, finding.span.end)
    }
    flush()
  }
  return kept.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end)
}
