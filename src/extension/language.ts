import {readDocument, type DocumentKind, type Span} from '../engine/index'
import {plainTextLines} from '../engine/reading/document'
import {languageOf, paragraphWords, type LanguageReading, type ParagraphWords} from '../engine/reading/language'

/**
 * How much of an article being edited is not in English, as the engine's
 * `readLanguage` finds it over the whole article, read a chunk at a time
 * (plain text: lines; Markdown: blocks between blank lines, fenced code and
 * front matter kept whole) with each chunk's paragraphs kept while its text
 * is unchanged, so an edit re-reads one paragraph, not the article.
 */
export class LanguageReader {
  private cache = new Map<string, ParagraphWords[]>()
  private kind: DocumentKind | undefined

  read(text: string, kind: DocumentKind): LanguageReading {
    if (kind !== this.kind) {
      this.cache = new Map()
      this.kind = kind
    }
    const chunks = kind === 'markdown' ? markdownBlocks(text) : plainTextLines(text)
    const chunkTexts = chunks.map((chunk) => text.slice(chunk.start, chunk.end))
    const next = new Map<string, ParagraphWords[]>()
    const unknown = chunkTexts.filter((chunkText) => !this.cache.has(chunkText)).length
    if (unknown > chunks.length / 2) {
      // A new article, or most of it changed: read it whole once (one parse, and the page furniture placed
      // over the whole article, as the command line reads it), and keep each chunk's paragraphs for the edits to come.
      const whole = paragraphWords(readDocument(text, kind))
      let index = 0
      for (const [position, chunk] of chunks.entries()) {
        const within: ParagraphWords[] = []
        while (index < whole.length && whole[index].span.start < chunk.start) index++
        for (; index < whole.length && whole[index].span.end <= chunk.end; index++)
          within.push({...whole[index], span: shift(whole[index].span, -chunk.start)})
        next.set(chunkTexts[position], within)
      }
      this.cache = next
      return languageOf(whole)
    }
    const paragraphs: ParagraphWords[] = []
    for (const [position, chunk] of chunks.entries()) {
      const chunkText = chunkTexts[position]
      // An edited chunk is read alone (its page furniture, if any, is not told from the paragraphs around it).
      const read =
        this.cache.get(chunkText) ??
        next.get(chunkText) ??
        paragraphWords(readDocument(chunkText, kind, {furniture: []}))
      next.set(chunkText, read)
      for (const paragraph of read) paragraphs.push({...paragraph, span: shift(paragraph.span, chunk.start)})
    }
    this.cache = next
    return languageOf(paragraphs)
  }
}

function shift(span: Span, by: number): Span {
  return {start: span.start + by, end: span.end + by}
}

/**
 * Markdown cut between blank lines, never inside fenced code, front matter
 * or an HTML comment: each block reads as it does in the whole article.
 */
export function markdownBlocks(text: string): Span[] {
  const blocks: Span[] = []
  let start = -1
  let end = 0
  let fence: string | undefined
  let inComment = false
  let inFrontMatter = false
  let first = true
  for (const match of text.matchAll(/[^\r\n]*(?:\r\n|\r|\n|$)/g)) {
    if (match[0] === '') break
    const line = match[0].replace(/(?:\r\n|\r|\n)$/, '')
    if (first && /^(---|\+\+\+)\s*$/.test(line)) inFrontMatter = true
    else if (inFrontMatter && /^(---|\+\+\+|\.\.\.)\s*$/.test(line)) inFrontMatter = false
    else if (!inComment) {
      const opening = /^ {0,3}(`{3,}|~{3,})/.exec(line)
      if (opening && (!fence || opening[1].startsWith(fence))) fence = fence ? undefined : opening[1]
    }
    if (!fence && !inFrontMatter) {
      const opened = line.lastIndexOf('<!--')
      const closed = line.lastIndexOf('-->')
      if (opened >= 0 && opened > closed) inComment = true
      else if (closed >= 0) inComment = false
    }
    first = false
    if (line.trim() === '' && !fence && !inComment && !inFrontMatter) {
      if (start >= 0) blocks.push({start, end})
      start = -1
    } else {
      if (start < 0) start = match.index
      end = match.index + line.length
    }
  }
  if (start >= 0) blocks.push({start, end})
  return blocks
}
