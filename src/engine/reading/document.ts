import type {Nodes as MdastNodes, Root as MdastRoot} from 'mdast'
import type {Paragraph, Root, WhiteSpace} from 'nlcst'
import {ParseEnglish} from 'parse-english'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {readDirectives, type Directive} from './directives'
import {LineIndex} from './line-index'
import {placeFurniture, readBlock, type ReadBlock} from './page-furniture'
import {findQuotations, type OtherVoice, type Quotation} from './voices'
import {readFrom} from './sentences'
import type {DocumentKind, Point, Span} from '../types'

/**
 * An article read for linting: the prose as an nlcst tree whose positions are
 * exact offsets into the original text, plus what the rules need to know
 * about the text around the prose.
 */
export interface ProseDocument {
  text: string
  kind: DocumentKind
  lines: LineIndex
  tree: Root
  /** The text with everything that is not prose (code, URLs, markup, front matter) blanked out: same length, same offsets. */
  prose: string
  /** Where each paragraph of prose lies in `text`. */
  blocks: Span[]
  /** Direct quotations: the speaker's words, not the writer's. */
  quotations: Quotation[]
  /**
   * The page around the article, sorted by start: embedded posts, site
   * furniture, captions, related headlines, the author's bio (page-furniture.ts).
   * Ask voices.ts `isOtherVoice` rather than reading this and `quotations`.
   */
  furniture: OtherVoice[]
  /** Links and footnote references: places where the writer cites a source. */
  citations: Span[]
  /** `editorial-review-disable`/`-enable` comments (Markdown only). */
  directives: Directive[]
}

const markdownParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm)

/**
 * Reads an article. `known.furniture` gives the page furniture when it was
 * read over a whole article of which `text` is one part (see IncrementalLinter).
 */
export function readDocument(
  text: string,
  kind: DocumentKind,
  known: {furniture?: readonly OtherVoice[]} = {}
): ProseDocument {
  const lines = new LineIndex(text)
  const prose = readProse(text, kind)
  const parser = new PlacingParser(lines)
  const tree: Root = {type: 'RootNode', children: []}
  const quotations: Quotation[] = []

  for (const block of prose.blocks) {
    if (tree.children.length > 0) {
      const gap: WhiteSpace = {type: 'WhiteSpaceNode', value: '\n\n'}
      tree.children.push(gap)
    }
    tree.children.push(parseParagraph(parser, prose.masked, block))
    quotations.push(...findQuotations(prose.masked, block))
  }
  for (const span of prose.quotedBlocks) {
    quotations.push({...span, attributed: true, block: true})
  }
  quotations.sort((a, b) => a.start - b.start)
  readFrom(tree, prose.masked)
  const furniture = known.furniture ? [...known.furniture] : placeFurniture(readBlocks(prose))

  return {
    text,
    kind,
    lines,
    tree,
    prose: prose.masked,
    blocks: prose.blocks,
    quotations,
    furniture,
    citations: prose.citations,
    directives: prose.directives
  }
}

function readProse(text: string, kind: DocumentKind): MarkdownProse {
  return kind === 'markdown'
    ? readMarkdownProse(text)
    : {masked: text, blocks: plainTextLines(text), citations: [], quotedBlocks: [], directives: []}
}

function readBlocks(prose: MarkdownProse): ReadBlock[] {
  return prose.blocks.map((span) => ({span, reading: readBlock(prose.masked.slice(span.start, span.end))}))
}

/**
 * The page furniture of an article read in chunks (IncrementalLinter): each
 * chunk's paragraphs are read once and kept while the chunk is unchanged, and
 * the furniture is placed over the whole article, so it equals what
 * `readDocument` finds. Chunks end between paragraphs.
 */
export class FurnitureReader {
  private cache = new Map<string, ReadBlock[]>()

  /** `chunkTexts[i]` is the text of `chunks[i]`, sliced once by the caller for all its passes. */
  read(chunkTexts: readonly string[], kind: DocumentKind, chunks: readonly Span[]): OtherVoice[] {
    const next = new Map<string, ReadBlock[]>()
    const blocks: ReadBlock[] = []
    for (const [index, chunk] of chunks.entries()) {
      const chunkText = chunkTexts[index]
      const read = this.cache.get(chunkText) ?? next.get(chunkText) ?? readBlocks(readProse(chunkText, kind))
      next.set(chunkText, read)
      for (const {span, reading} of read)
        blocks.push({span: {start: span.start + chunk.start, end: span.end + chunk.start}, reading})
    }
    this.cache = next
    return placeFurniture(blocks)
  }
}

/** The furniture that lies in one part of an article, with offsets from the part's start. */
export function furnitureWithin(furniture: readonly OtherVoice[], part: Span): OtherVoice[] {
  let low = 0
  let high = furniture.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (furniture[middle].start < part.start) low = middle + 1
    else high = middle
  }
  const within: OtherVoice[] = []
  for (let index = low; index < furniture.length && furniture[index].start < part.end; index++) {
    const voice = furniture[index]
    if (voice.end <= part.end) within.push({...voice, start: voice.start - part.start, end: voice.end - part.start})
  }
  return within
}

/**
 * parse-latin treats a paragraph as one long sentence before it splits it, and
 * some of its steps are quadratic in that length: a 2 MB one-line paragraph
 * took 30 s. Long paragraphs are parsed in pieces cut after a sentence's end
 * and joined back, which gives the same sentences.
 */
const PIECE_LENGTH = 8192

function parseParagraph(parser: PlacingParser, text: string, block: Span): Paragraph {
  const paragraph: Paragraph = {type: 'ParagraphNode', children: []}
  let start = block.start
  while (start < block.end) {
    let end = block.end
    if (end - start > PIECE_LENGTH) {
      const window = text.slice(start + PIECE_LENGTH / 2, start + PIECE_LENGTH)
      const stops = [...window.matchAll(/[.!?]["”’)\]]*\s+(?=\p{Lu})/gu)]
      const last = stops[stops.length - 1]
      if (last) end = start + PIECE_LENGTH / 2 + last.index + last[0].length
    }
    const piece = parser.paragraphAt(text.slice(start, end), start)
    paragraph.children.push(...piece.children)
    start = end
  }
  const first = paragraph.children[0]
  const last = paragraph.children[paragraph.children.length - 1]
  if (first?.position && last?.position) paragraph.position = {start: first.position.start, end: last.position.end}
  return paragraph
}

/** Plain text: every non-blank line is a paragraph, so a headline never runs into the next line. */
export function plainTextLines(text: string): Span[] {
  const blocks: Span[] = []
  // indexOf rather than a regular expression for the breaks: this runs over the whole article on every keystroke.
  const nonSpace = /\S/g
  // An edited article is a rope of strings; a regular expression flattens it once, where indexOf on the rope
  // can cost a pass over the whole text per call.
  let nextReturn = text.search(/\r/)
  let start = 0
  while (start <= text.length) {
    let end = text.indexOf('\n', start)
    if (end < 0) end = text.length
    if (nextReturn >= 0 && nextReturn < start) nextReturn = text.indexOf('\r', start)
    let breakLength = 1
    if (nextReturn >= 0 && nextReturn < end) {
      end = nextReturn
      breakLength = text.charCodeAt(end + 1) === 10 ? 2 : 1
    }
    let visible = false
    if (start < end) {
      // Most lines start with a word; the search runs only when one does not.
      const first = text.charCodeAt(start)
      visible = first > 32 && first !== 160 && (first < 128 || !SPACE.test(text[start]))
      if (!visible) {
        nonSpace.lastIndex = start
        const found = nonSpace.exec(text)
        visible = found !== null && found.index < end
      }
    }
    if (visible) blocks.push({start, end})
    start = end + breakLength
  }
  return blocks
}

const SPACE = /\s/

interface MarkdownProse {
  /** The source with everything but prose blanked out, same length, so offsets carry over unchanged. */
  masked: string
  blocks: Span[]
  citations: Span[]
  quotedBlocks: Span[]
  directives: Directive[]
}

/**
 * Markdown: lint only prose. Rather than re-deriving positions from mdast text
 * values (which drift over escapes, CRLF and block-quote markers), the source is
 * copied with every non-prose character blanked; offsets then stay exact.
 */
function readMarkdownProse(text: string): MarkdownProse {
  const mdast = markdownParser.parse(text) as MdastRoot
  const keep = new Uint8Array(text.length)
  const blocks: Span[] = []
  const citations: Span[] = []
  const quotedBlocks: Span[] = []
  const comments: Array<{value: string; span: Span}> = []

  const visitBlock = (node: MdastNodes, insideQuote: boolean): void => {
    const span = spanOf(node)
    switch (node.type) {
      case 'paragraph':
      case 'heading': {
        if (!span) return
        for (const child of node.children) unmaskInline(child)
        blocks.push(span)
        if (insideQuote) quotedBlocks.push(span)
        return
      }
      case 'html': {
        if (span) comments.push({value: node.value, span})
        return
      }
      case 'blockquote': {
        for (const child of node.children) visitBlock(child, true)
        return
      }
      case 'root':
      case 'list':
      case 'listItem':
      case 'footnoteDefinition': {
        for (const child of node.children) visitBlock(child as MdastNodes, insideQuote)
        return
      }
      // Code, tables, front matter, definitions and rules are not prose.
      default:
        return
    }
  }

  const unmaskInline = (node: MdastNodes): void => {
    const span = spanOf(node)
    switch (node.type) {
      case 'text': {
        if (span) alignText(node.value, span)
        return
      }
      case 'link': {
        if (span) citations.push(span)
        const label = node.children.map((child) => ('value' in child ? child.value : '')).join('')
        // A bare URL (GFM autolink) is not prose.
        if (label === node.url || `mailto:${label}` === node.url || /^(https?:\/\/|www\.)/i.test(label)) return
        for (const child of node.children) unmaskInline(child)
        return
      }
      case 'footnoteReference':
      case 'linkReference': {
        if (span) citations.push(span)
        if (node.type === 'linkReference') for (const child of node.children) unmaskInline(child)
        return
      }
      case 'emphasis':
      case 'strong':
      case 'delete': {
        for (const child of node.children) unmaskInline(child)
        return
      }
      case 'html': {
        // An inline comment can hold a directive ("Ignore this finding" puts one inside a paragraph).
        if (span) comments.push({value: node.value, span})
        return
      }
      // Inline code, images and breaks stay blank.
      default:
        return
    }
  }

  /** Marks the source characters a text node's value came from, skipping escapes, entities and quote markers. */
  const alignText = (value: string, span: Span): void => {
    let source = span.start
    for (let index = 0; index < value.length && source < span.end; index++) {
      const wanted = value[index]
      let probe = source
      while (probe < span.end && text[probe] !== wanted) probe++
      if (probe === span.end) continue
      keep[probe] = 1
      source = probe + 1
    }
  }

  visitBlock(mdast, false)

  let masked = ''
  for (let index = 0; index < text.length; index++) {
    const char = text[index]
    masked += keep[index] || char === '\n' || char === '\r' ? char : ' '
  }

  return {masked, blocks, citations, quotedBlocks, directives: readDirectives(comments)}
}

function spanOf(node: MdastNodes): Span | undefined {
  const start = node.position?.start.offset
  const end = node.position?.end.offset
  return start === undefined || end === undefined ? undefined : {start, end}
}

/**
 * parse-english, placing each token in the document as it is made. parse-latin
 * numbers positions from the start of the string it is given, and its plugins
 * then share point objects between nodes (a word and its text, a sentence and
 * its first word). At the token stage every point still belongs to one token,
 * so each is moved there, once, in place: no new points for every node.
 */
class PlacingParser extends ParseEnglish {
  private base = 0
  /** The point of `base` when the text being parsed lies on one line (every plain-text paragraph does). */
  private onLine: Point | undefined

  constructor(private readonly lines: LineIndex) {
    super()
  }

  /** Parses `text`, found at offset `base` of the document, as a paragraph. */
  paragraphAt(text: string, base: number): Paragraph {
    this.base = base
    this.onLine = /[\r\n]/.test(text) ? undefined : this.lines.pointAt(base)
    return this.tokenizeParagraph(text) as Paragraph
  }

  override tokenize(value?: string | null): ReturnType<ParseEnglish['tokenize']> {
    const tokens = super.tokenize(value)
    for (const token of tokens) {
      const position = token.position
      if (!position) continue
      this.place(position.start)
      this.place(position.end)
      // A word's text shares the word's start point; its end is a point of its own.
      if (token.type === 'WordNode')
        for (const child of token.children) if (child.position) this.place(child.position.end)
    }
    return tokens
  }

  private place(point: {line: number; column: number; offset?: number}): void {
    const offset = this.base + (point.offset ?? 0)
    if (this.onLine) {
      point.line = this.onLine.line
      point.column = this.onLine.column + offset - this.base
    } else {
      const placed = this.lines.pointAt(offset)
      point.line = placed.line
      point.column = placed.column
    }
    point.offset = offset
  }
}
