/** The kinds of document the engine reads. */
export type DocumentKind = 'markdown' | 'plaintext'

export const SEVERITIES = ['error', 'warning', 'info', 'hint'] as const
export type Severity = (typeof SEVERITIES)[number]

export const CATEGORIES = [
  'unsupported-claim',
  'weasel',
  'speculation',
  'loaded-language',
  'editorializing',
  'passive-voice',
  'inclusive-language',
  'simplify',
  'readability',
  'repetition',
  'grammar',
  'other'
] as const
export type Category = (typeof CATEGORIES)[number]

/** One line on each category, for settings, the config schema and the README. */
export const CATEGORY_SUMMARIES: Readonly<Record<Category, string>> = {
  'unsupported-claim': 'Checkable claims with no source.',
  weasel: 'Views given to vague sources ("many believe", "critics say").',
  speculation: 'Predictions, motives and feelings stated as certain.',
  'loaded-language': "Words that judge rather than describe, in the writer's voice.",
  editorializing: "The writer's own commentary where reporting belongs.",
  'passive-voice': 'Passive voice that hides who acted.',
  'inclusive-language': 'Gendered generic terms and slurs used as metaphors.',
  simplify: 'Wordy phrases and intensifiers.',
  readability: 'Sentences hard to read.',
  repetition: 'Words typed twice.',
  grammar: '"a" and "an".',
  other: 'Profanity.'
}

/** The categories that judge the writer's sourcing and voice (the editorial rules). */
export const EDITORIAL_CATEGORIES: ReadonlySet<Category> = new Set([
  'unsupported-claim',
  'weasel',
  'speculation',
  'loaded-language',
  'editorializing'
])

/** A place in the document: 1-based line and column, 0-based offset, all in UTF-16 code units. */
export interface Point {
  line: number
  column: number
  offset: number
}

export interface Range {
  start: Point
  end: Point
}

/** A rewrite: `replacement` goes in place of the finding's span, or of its own `span` when it has one. */
export interface Suggestion {
  title: string
  replacement: string
  /**
   * Where the rewrite applies when that is not the finding's span: a mended
   * deletion takes its comma or article with it ("an outrageous, costly" → "a
   * costly"), and a source goes at the end of the clause, not inside it. The
   * finding keeps its own span; `original` is the text this span held when it
   * was linted, so a fix can tell that the text has changed since.
   */
  span?: Span
  original?: string
}

/** What a suggestion replaces: its own span, else its finding's. */
export function editOf(finding: Finding, suggestion: Suggestion): {span: Span; original: string} {
  return suggestion.span
    ? {span: suggestion.span, original: suggestion.original ?? ''}
    : {span: finding.span, original: finding.actual}
}

/**
 * How much an editor wants to see: `precise` shows only findings the rules are
 * sure of, `thorough` also the doubtful ones. Each finding's confidence is
 * compared with the sensitivity's threshold.
 */
export const SENSITIVITIES = ['precise', 'balanced', 'thorough'] as const
export type Sensitivity = (typeof SENSITIVITIES)[number]
export const CONFIDENCE_THRESHOLDS: Readonly<Record<Sensitivity, number>> = {
  precise: 0.75,
  balanced: 0.5,
  thorough: 0.25
}

/** One problem found in a document. The shape is public: add fields, never rename. */
export interface Finding {
  ruleId: string
  /** What produced it: `editorial-review` for our rules, the plugin's name for retext's. */
  source: string
  category: Category
  severity: Severity
  message: string
  /** Where it is, in UTF-16 code units; line and column are worked out only where they are shown. */
  span: Span
  /** The text of the document inside `span`. */
  actual: string
  suggestions: Suggestion[]
  url: string
  /** Why it matters to an editor, for hovers and reports. */
  note?: string
  /** How sure the rule is, from 0 to 1, from the evidence it names (see each rule's page). */
  confidence: number
}

/** Something the engine wants the user to know that is not a finding (a broken config, a skipped check). */
export interface Notice {
  severity: 'error' | 'warning' | 'info'
  message: string
  /** The file the notice is about, when there is one. */
  path?: string
  line?: number
}

/** A span of the document given as offsets (UTF-16 code units). */
export interface Span {
  start: number
  end: number
}
