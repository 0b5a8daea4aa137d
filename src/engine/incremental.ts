import {DirectiveFilter, type Directive} from './reading/directives'
import {emptyConfig} from './config'
import {FurnitureReader, furnitureWithin, plainTextLines, readDocument} from './reading/document'
import {LineIndex} from './reading/line-index'
import {lintCounts, lintText, type LintOptions} from './lint'
import {languageOf, paragraphWords, type LanguageReading, type ParagraphWords} from './reading/language'
import {sentencesOf} from './reading/sentences'
import {
  analyzeClaims,
  carryAfter,
  carryKey,
  figureNotesOf,
  headlineFigureKeysOf,
  type ClaimCarry,
  type FigureNote,
  type FigureUnit
} from './reading/claims'
import {subjectLineCounts, subjectTermsFromCounts} from './rule-kit/lexicon-rule'
import type {DocumentKind, Finding, Span} from './types'

/** What one chunk of an article yields, with offsets relative to the chunk. */
interface ChunkResult {
  findings: Finding[]
  directives: Directive[]
  /** An attribution holds at the chunk's end and may carry over into the next, and whether it is a document's (reading/claims.ts). */
  attributionAfter: boolean
  documentUnits?: readonly FigureUnit[]
  /** The figures the chunk gives: a later chunk that mentions one again makes no new claim (reading/claims.ts). */
  figures: FigureNote[]
  /** Its paragraphs' words, to read how much of the article is not English (reading/language.ts). */
  paragraphs: ParagraphWords[]
}

export interface IncrementalResult {
  findings: Finding[]
  /** How much of the article was not read because it is not in English, as `lintText` reads it. */
  language: LanguageReading
  /** How many chunks were linted afresh (the rest came from the cache). */
  linted: number
  chunks: number
}

/**
 * Lints an article that is being edited, re-linting only the chunks that
 * changed: lines in plain text, blank-line-separated blocks in Markdown
 * (never splitting fenced code, front matter or HTML comments). The findings
 * equal a full `lintText`: the rules read nothing across paragraphs but the
 * headline figures, the in-article directives, and what the claim analysis
 * carries from one paragraph to the next (an attribution, the figures given),
 * and those are gathered over the whole article here. (One known difference: a Markdown link reference or
 * footnote whose definition sits in another chunk reads as plain text.)
 */
export class IncrementalLinter {
  /** Results by chunk text, then by the context they were linted in. */
  private chunkCache = new Map<string, Map<string, ChunkResult>>()
  private headlineCache = new Map<string, string[]>()
  private subjectCache = new Map<string, Map<string, number>>()
  private furnitureReader = new FurnitureReader()
  private articleKeys = new Map<string, number>()
  private nextArticleKey = 0
  private configKey = ''

  lint(text: string, options: LintOptions): IncrementalResult {
    lintCounts.incremental++
    const configKey = JSON.stringify([options.kind, options.config ?? emptyConfig(), options.path ?? ''])
    if (configKey !== this.configKey) {
      this.chunkCache = new Map()
      this.headlineCache = new Map()
      this.subjectCache = new Map()
      this.furnitureReader = new FurnitureReader()
      this.configKey = configKey
    }
    const chunks = options.kind === 'markdown' ? markdownChunks(text) : plainTextLines(text)
    // Sliced once: every pass below looks chunks up by their text, and a string keeps its hash.
    const chunkTexts = chunks.map((chunk) => text.slice(chunk.start, chunk.end))

    const headlineFigures = new Set<string>()
    const nextHeadlineCache = new Map<string, string[]>()
    for (const chunkText of chunkTexts)
      for (const key of this.headlineFiguresOf(chunkText, options.kind, nextHeadlineCache)) headlineFigures.add(key)
    // Like every cache here, it keeps only what the current text uses.
    this.headlineCache = nextHeadlineCache
    const figuresKey = [...headlineFigures].sort().join('|')
    // A label used throughout the article is its subject (rule-kit/lexicon-rule.ts): counted over every chunk.
    const subjectLines = new Map<string, number>()
    const nextSubjectCache = new Map<string, Map<string, number>>()
    for (const chunkText of chunkTexts) {
      const counts = this.subjectCache.get(chunkText) ?? nextSubjectCache.get(chunkText) ?? subjectLineCounts(chunkText)
      nextSubjectCache.set(chunkText, counts)
      for (const [family, lines] of counts) subjectLines.set(family, (subjectLines.get(family) ?? 0) + lines)
    }
    this.subjectCache = nextSubjectCache
    const subjectTerms = subjectTermsFromCounts(subjectLines)
    // The article-wide context as a short id: the chunk keys below are built and hashed once per chunk per keystroke.
    const articleKey = this.articleKeyOf(`${figuresKey}\u0000${[...subjectTerms].sort().join('|')}`)
    // Page furniture is told by the paragraphs around it (page-furniture.ts): placed over the whole article.
    const furniture = this.furnitureReader.read(chunkTexts, options.kind, chunks)

    const findings: Finding[] = []
    const directives: Directive[] = []
    const paragraphs: ParagraphWords[] = []
    const shifts: number[] = []
    const nextCache = new Map<string, Map<string, ChunkResult>>()
    let linted = 0
    // A source's attribution can carry over into the next paragraph, and a figure given once is no new claim
    // when it comes again (reading/claims.ts): passed on chunk to chunk.
    const given: FigureNote[] = []
    let carry: ClaimCarry = {attribution: false, figures: given}
    for (const [index, chunk] of chunks.entries()) {
      const chunkText = chunkTexts[index]
      const chunkFurniture = furnitureWithin(furniture, chunk)
      const furnitureKey = chunkFurniture.map((voice) => `${voice.kind}:${voice.start}-${voice.end}`).join(',')
      // What the chunk's findings depend on besides its own text: short, so keys are cheap to build. Of the
      // figures before, only what bears on the chunk's own figures (known once the chunk has been read) counts.
      const contextWith = (own?: readonly FigureNote[]) =>
        `${articleKey}\u0000${furnitureKey}\u0000${carryKey(carry, own)}`
      // Each map is asked once per chunk: a lookup by a long text compares the whole text.
      const cached = this.chunkCache.get(chunkText)
      let byContext = nextCache.get(chunkText)
      const known = cached ?? byContext
      let context: string = contextWith(known?.values().next().value?.figures)
      let result: ChunkResult | undefined = cached?.get(context) ?? byContext?.get(context)
      if (!result) {
        const {findings: chunkFindings, document} = lintText(chunkText, {
          ...options,
          headlineFigures,
          subjectTerms,
          furniture: chunkFurniture,
          attributionBefore: carry,
          applyDirectives: false
        })
        const claims = analyzeClaims(document.tree, document, headlineFigures, carry)
        const after = carryAfter(claims, carry)
        result = {
          findings: chunkFindings,
          directives: document.directives,
          attributionAfter: after.attribution,
          documentUnits: after.documentUnits,
          figures: figureNotesOf(claims),
          paragraphs: paragraphWords(document)
        }
        context = contextWith(result.figures)
        linted++
      }
      given.push(...result.figures)
      carry = {attribution: result.attributionAfter, documentUnits: result.documentUnits, figures: given}
      if (!byContext) {
        byContext = new Map<string, ChunkResult>()
        nextCache.set(chunkText, byContext)
      }
      byContext.set(context, result)
      for (const finding of result.findings) findings.push(shiftFinding(finding, chunk.start))
      for (const paragraph of result.paragraphs) {
        paragraphs.push(paragraph)
        shifts.push(chunk.start)
      }
      for (const directive of result.directives)
        directives.push({
          ...directive,
          span: {start: directive.span.start + chunk.start, end: directive.span.end + chunk.start}
        })
    }
    // Keep only what the current text uses, so the cache never outgrows the article.
    this.chunkCache = nextCache

    const language = languageOf(paragraphs, shifts)
    if (directives.length === 0) return {findings, language, linted, chunks: chunks.length}
    const filter = new DirectiveFilter(directives, new LineIndex(text))
    const visible = findings.filter(
      (finding) => !filter.isDisabled(finding.ruleId, finding.category, finding.span.start)
    )
    return {findings: visible, language, linted, chunks: chunks.length}
  }

  /** A number for each article-wide context, never reused, so a cached chunk result can never match another context. */
  private articleKeyOf(context: string): number {
    let id = this.articleKeys.get(context)
    if (id === undefined) {
      // A few contexts at a time: an article's headline figures and subject terms seldom change.
      if (this.articleKeys.size >= 64) this.articleKeys.clear()
      id = this.nextArticleKey++
      this.articleKeys.set(context, id)
    }
    return id
  }

  private headlineFiguresOf(chunkText: string, kind: DocumentKind, next: Map<string, string[]>): string[] {
    let keys = this.headlineCache.get(chunkText) ?? next.get(chunkText)
    if (!keys) {
      // Only a chunk with a line that has no closing punctuation can hold a headline.
      keys = /[^.!?…”"’'\s]\s*$/m.test(chunkText)
        ? headlineFigureKeysOf(sentencesOf(readDocument(chunkText, kind).tree))
        : []
    }
    next.set(chunkText, keys)
    return keys
  }
}

function shiftFinding(finding: Finding, base: number): Finding {
  if (base === 0) return finding
  const shift = (span: Span): Span => ({start: span.start + base, end: span.end + base})
  return {
    ...finding,
    span: shift(finding.span),
    suggestions: finding.suggestions.map((suggestion) =>
      suggestion.span ? {...suggestion, span: shift(suggestion.span)} : suggestion
    )
  }
}

/**
 * Markdown: runs of lines between blank lines, keeping fenced code, front
 * matter and HTML comments whole even when they hold blank lines.
 */
function markdownChunks(text: string): Span[] {
  const chunks: Span[] = []
  const lines = /[^\r\n]*(?:\r\n|\r|\n|$)/g
  let chunkStart = -1
  let chunkEnd = 0
  let fence: string | undefined
  let inComment = false
  let inFrontMatter = false
  let lineNumber = 0
  for (let match = lines.exec(text); match && match[0] !== ''; match = lines.exec(text)) {
    const line = match[0].replace(/(?:\r\n|\r|\n)$/, '')
    const lineStart = match.index
    const lineEnd = lineStart + line.length
    if (lineNumber === 0 && /^(---|\+\+\+)\s*$/.test(line)) inFrontMatter = true
    else if (inFrontMatter && /^(---|\+\+\+|\.\.\.)\s*$/.test(line)) inFrontMatter = false
    else if (!inComment) {
      const fenceMatch = /^ {0,3}(`{3,}|~{3,})/.exec(line)
      if (fenceMatch && (!fence || fenceMatch[1].startsWith(fence))) fence = fence ? undefined : fenceMatch[1]
    }
    if (!fence && !inFrontMatter) {
      const opened = line.lastIndexOf('<!--')
      const closed = line.lastIndexOf('-->')
      if (opened >= 0 && opened > closed) inComment = true
      else if (closed >= 0 && (opened < 0 || closed > opened)) inComment = false
    }
    const blank = line.trim() === ''
    const insideBlock = fence !== undefined || inComment || inFrontMatter
    if (blank && !insideBlock) {
      if (chunkStart >= 0) chunks.push({start: chunkStart, end: chunkEnd})
      chunkStart = -1
    } else {
      if (chunkStart < 0) chunkStart = lineStart
      chunkEnd = lineEnd
    }
    lineNumber++
  }
  if (chunkStart >= 0) chunks.push({start: chunkStart, end: chunkEnd})
  return chunks
}
