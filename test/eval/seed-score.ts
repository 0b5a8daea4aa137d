import {EDITORIAL_CATEGORIES, type Finding} from '../../src/engine/index'

/** A marked stretch of the article: its exact text at a UTF-16 offset. */
export interface MarkedText {
  text: string
  offset: number
}

export interface GoldSpan extends MarkedText {
  category: string
  level: 'must' | 'should' | 'may'
  why: string
}

export interface SeedGold {
  findings: GoldSpan[]
  must_not_flag: Array<MarkedText & {why: string}>
}

export interface SeedScore {
  mustFound: number
  mustTotal: number
  shouldFound: number
  shouldTotal: number
  missedMust: GoldSpan[]
  /** Findings in the five editorial categories. */
  editorialFindings: number
  /** Of those, the ones overlapping some gold span. */
  editorialHits: number
  precision: number
  falsePositives: Finding[]
  /** Editorial findings inside a span that must not be flagged. */
  forbidden: Finding[]
}

/** True when the finding's range and the marked text share at least one UTF-16 code unit. */
export function overlaps(finding: Finding, span: MarkedText): boolean {
  return finding.span.start < span.offset + span.text.length && finding.span.end > span.offset
}

/** The marked spans a finding overlaps. */
export function overlapping<Span extends MarkedText>(finding: Finding, spans: readonly Span[]): Span[] {
  return spans.filter((span) => overlaps(finding, span))
}

/** A marked span is found when a finding of the same category overlaps it. */
export function isFound(span: GoldSpan, findings: readonly Finding[]): boolean {
  return findings.some((finding) => finding.category === span.category && overlaps(finding, span))
}

/** Scores findings against the editor's marks, as the fixtures README defines it. */
export function scoreSeed(findings: readonly Finding[], gold: SeedGold): SeedScore {
  const found = (span: GoldSpan) => isFound(span, findings)
  const must = gold.findings.filter((span) => span.level === 'must')
  const should = gold.findings.filter((span) => span.level === 'should')
  const editorial = findings.filter((finding) => EDITORIAL_CATEGORIES.has(finding.category))
  const falsePositives = editorial.filter((finding) => overlapping(finding, gold.findings).length === 0)
  const forbidden = editorial.filter((finding) => overlapping(finding, gold.must_not_flag).length > 0)
  return {
    mustFound: must.filter(found).length,
    mustTotal: must.length,
    shouldFound: should.filter(found).length,
    shouldTotal: should.length,
    missedMust: must.filter((span) => !found(span)),
    editorialFindings: editorial.length,
    editorialHits: editorial.length - falsePositives.length,
    precision: editorial.length === 0 ? 1 : (editorial.length - falsePositives.length) / editorial.length,
    falsePositives,
    forbidden
  }
}
