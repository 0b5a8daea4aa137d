import {EDITORIAL_CATEGORIES, type Finding} from '../../src/engine/index'

export interface GoldSpan {
  text: string
  offset: number
  category: string
  level: 'must' | 'should' | 'may'
  why: string
}

export interface SeedGold {
  findings: GoldSpan[]
  must_not_flag: Array<{text: string; offset: number; why: string}>
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

const overlaps = (finding: Finding, start: number, end: number) => finding.range.start.offset < end && finding.range.end.offset > start

/** Scores findings against the editor's marks, as the fixtures README defines it. */
export function scoreSeed(findings: readonly Finding[], gold: SeedGold): SeedScore {
  const found = (span: GoldSpan) => findings.some((finding) => finding.category === span.category && overlaps(finding, span.offset, span.offset + span.text.length))
  const must = gold.findings.filter((span) => span.level === 'must')
  const should = gold.findings.filter((span) => span.level === 'should')
  const editorial = findings.filter((finding) => EDITORIAL_CATEGORIES.has(finding.category))
  const falsePositives = editorial.filter((finding) => !gold.findings.some((span) => overlaps(finding, span.offset, span.offset + span.text.length)))
  const forbidden = editorial.filter((finding) => gold.must_not_flag.some((span) => overlaps(finding, span.offset, span.offset + span.text.length)))
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
