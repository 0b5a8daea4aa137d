import type {LineIndex, Point, Span} from '../../engine/index'
import type {Finding} from '../../engine/index'
import type {LanguageReading} from '../../engine/reading/language'

/** What one run of `lint` found, file by file, as every output format sees it. */
export interface FileReport {
  /** The path as the user should see it: relative to the working folder, `/`-separated. */
  path: string
  findings: Finding[]
  /** Where the article's lines start, to turn the engine's offsets into lines and columns. */
  lines: LineIndex
  /** How much of the article was not checked because it is not in English. */
  language?: LanguageReading
}

/** A span as the CLI's outputs give it: 1-based line and column, and the offset, at both ends. */
export function placeOf(span: Span, lines: LineIndex): {start: Point; end: Point} {
  return {start: lines.pointAt(span.start), end: lines.pointAt(span.end)}
}
