import type {Span} from '../types'
import {ATTRIBUTION_PATTERN} from './speech'
import {findQuotations, type OtherVoice} from './voices'
import {
  POSTING,
  BIO_ANYWHERE,
  BIO_COMPANION,
  BIO_FOLLOW,
  BIO_PHRASE,
  BIO_SENTENCE,
  BYLINE,
  CAPTION_CREDIT,
  CAPTION_LABEL,
  CONTACT_ANY,
  CONTACT_LINE,
  CREDIT_AT_END,
  CREDIT_LINE,
  DATE_LINE,
  FOLLOW_PITCH,
  MEDIA_LABEL,
  MEDIA_POINTER,
  PICTURED,
  PICTURE_POST_TRAILER,
  PITCH,
  PITCH_BUTTON,
  PITCH_WORDS,
  POST_LENGTH,
  POST_LINK_PATTERN,
  POST_MARKER,
  POST_SIGNOFF,
  POST_TRAILER,
  POST_TRAILER_INSIDE,
  RELATED_LABEL,
  RELATED_PREFIX,
  ROLE_BYLINE,
  SCRIPT_PREFIX,
  SITE_NOTE,
  SITE_PREFIX,
  URL,
  WIDGET_LINE
} from './page-furniture.data'

/**
 * The page around an article: what a news site puts beside the writer's words
 * and what survives when the page is copied as text. Embedded posts (an
 * attributed voice: the post's author's), site furniture, captions and
 * credits, lists of related headlines, the author's bio. None of it is the
 * writer's claim; voices.ts answers for it and for quotations alike.
 *
 * It is read in two steps so that an article read a paragraph at a time (see
 * IncrementalLinter) finds exactly what a whole reading finds: `readBlock`
 * looks at one paragraph alone, and `placeFurniture` decides from the
 * paragraphs around it (the tweet a "— Name (@handle) date" line closes, the
 * bio at the end, the headlines after a "Related" label).
 */

/** What one paragraph shows on its own. Offsets are relative to the paragraph. */
export interface BlockReading {
  /** Spans the paragraph alone shows to be another voice. */
  own: OtherVoice[]
  /** The own spans cover the whole paragraph. */
  whole: boolean
  /** A video player's or a sign-up form's line. */
  widget: boolean
  /** A "— Name (@handle) date" line alone: the post it closes is the paragraph before. */
  trailer: boolean
  /** A handle, a hashtag or a tweet's link outside quotation marks. */
  postMarkers: boolean
  /** It ends or opens as a post does: a handle or hashtag last, a reply's ". @name", an embed's "&amp;". */
  postSignoff: boolean
  /** Short enough to be a post. */
  postSized: boolean
  /** A verb of saying outside quotation marks: a sentence of reporting. */
  saying: boolean
  /** "I", "we", "my" outside quotation marks: someone speaking in person, as posts do. */
  firstPerson: boolean
  /** Handles and hashtags outside quotation marks. */
  postMarkerCount: number
  /** The words of its quotations of five words or more, normalized (see `normalized`). */
  quoted: string[]
  /** Its words normalized, when it could be a post that repeats words quoted next to it: short, no quotation marks, no verb of saying. */
  echo?: string
  /** Ends with a colon: an introduction to what follows ("Trump tweeted:"). */
  introduces: boolean
  /** Introduces a post: ends with a colon and names the act of posting ("She wrote on Instagram:"). */
  introducesPost: boolean
  /** "Related", "READ MORE:": a label whose list follows. */
  relatedLabel: boolean
  /** A short line without a full stop: a headline or a title. */
  headlineLike: boolean
  /** A headline in title case ("Trump Signs Order on Trade"), not a name and a title ("Viola Davis, How to Get Away With Murder"). */
  titleCase: boolean
  /** Its words, when it is headline-like. */
  headlineWords: number
  /** Cut off with an ellipsis, as a teaser is. */
  truncated: boolean
  /** A bio's form: anywhere (a "— Name is…" line, "Follow him on Twitter"), or only at the end ("Name is the author of…"). */
  bio?: 'anywhere' | 'end'
  /** A line that goes with a bio at the end: a title, the author's pitch. */
  bioCompanion: boolean
}

/** One paragraph of the article, where it lies and what it shows. */
export interface ReadBlock {
  span: Span
  reading: BlockReading
}

/** Furniture is short; a longer paragraph is only checked for what can open it. */
const MAX_FURNITURE_LENGTH = 1500
/** A pitch, a caption or a pointer of more words than this is the writer's paragraph with a pitch in it. */
const SHORT_BLOCK_WORDS = 40
/** The last paragraphs searched for an author's bio. */
const END_BLOCKS = 8
/** The most headlines a "Related" label is taken to hold. */
const RELATED_LIST_LENGTH = 10

/** "Viola Davis, How to Get Away With Murder": a list of people and their roles or works, not headlines. */
const NAME_AND_TITLE = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3},\s/u
const NAMED_MARK = /\b(?:hashtags?|handles?|account|username|tag|tagged|called|named)\s+["“]?[@#][\w]+["”]?[\s.!?…]*$/i
const POST_MARKERS = new RegExp(POST_MARKER.source, 'gu')
const TERMINAL = /[.!?…]["”’')\]]*\s*$/
const ELLIPSIS = /(?:…|\.\.\.)["”’]?\s*$/

/** Reads one paragraph (a line of plain text, a Markdown block with its markup blanked) on its own. */
export function readBlock(text: string): BlockReading {
  const lead = text.length - text.trimStart().length
  const body = text.trim()
  const reading: BlockReading = {
    own: [],
    whole: false,
    widget: false,
    trailer: false,
    postMarkers: false,
    postSignoff: false,
    postSized: false,
    saying: false,
    firstPerson: false,
    postMarkerCount: 0,
    quoted: [],
    introduces: false,
    introducesPost: false,
    relatedLabel: false,
    headlineLike: false,
    titleCase: false,
    headlineWords: 0,
    truncated: false,
    bioCompanion: false
  }
  if (body.length === 0) return reading
  const end = lead + body.length
  const mark = (kind: OtherVoice['kind'], start = lead, until = end) =>
    reading.own.push({start, end: until, kind, attributed: kind === 'embedded-post'})
  const markWhole = (kind: OtherVoice['kind']) => {
    mark(kind)
    reading.whole = true
    return reading
  }

  // What can open any paragraph: a script call, a site's name as a dateline, a media label.
  const script = SCRIPT_PREFIX.exec(body)
  if (script) mark('page-furniture', lead, lead + script[0].trimEnd().length)
  const site = SITE_PREFIX.exec(body)
  if (site) mark('page-furniture', lead, lead + site[0].trimEnd().length)
  for (const label of body.slice(0, 300).matchAll(MEDIA_LABEL))
    mark('page-furniture', lead + label.index, lead + label.index + label[0].trimEnd().length)
  if (body.length > MAX_FURNITURE_LENGTH) return reading

  const outside = withoutQuotations(body)
  const words = body.split(/\s+/).length
  const short = words <= SHORT_BLOCK_WORDS
  const bare = body.replace(URL, '').trim()
  reading.postSized = bare.length <= POST_LENGTH
  reading.postMarkers = POST_MARKER.test(outside)
  // "… using the hashtag #SaveTheLibrary" names a post's mark; it is not one.
  reading.postSignoff = reading.postMarkers && POST_SIGNOFF.test(outside) && !NAMED_MARK.test(outside)
  reading.saying = ATTRIBUTION_PATTERN.test(outside)
  reading.firstPerson = /\b(?:I|I'm|I’m|I've|I’ve|my|me|we|we're|we’re|our|us)\b/.test(outside)
  reading.postMarkerCount = [...outside.matchAll(POST_MARKERS)].length
  reading.quoted = findQuotations(body, {start: 0, end: body.length})
    .map((quotation) => normalized(body.slice(quotation.start, quotation.end)))
    .filter((words) => words.split(' ').length >= 5)
  if (reading.postSized && !reading.saying && !/["“”]/.test(body)) reading.echo = normalized(body)
  reading.introduces = /:\s*$/.test(body)
  reading.introducesPost = reading.introduces && POSTING.test(body)
  reading.truncated = ELLIPSIS.test(body) && body.length >= 40
  reading.headlineLike =
    words >= 3 && words <= 16 && !TERMINAL.test(body.replace(/[?!]["”’]?\s*$/, '')) && /^["“‘']?[\p{Lu}\d]/u.test(body)
  const longWords = body.split(/\s+/).filter((word) => /^\p{L}{4,}/u.test(word))
  reading.titleCase =
    reading.headlineLike &&
    longWords.length > 0 &&
    longWords.filter((word) => /^\p{Lu}/u.test(word)).length / longWords.length >= 0.6 &&
    !NAME_AND_TITLE.test(body)
  reading.headlineWords = reading.headlineLike ? words : 0

  // An embedded post: a trailer line alone, or a post with its trailer or a tweet's link in it.
  if (words <= 20 && PICTURE_POST_TRAILER.test(body)) return markWhole('embedded-post')
  const handleInBrackets = body.includes('(@')
  const trailer = handleInBrackets ? POST_TRAILER.exec(body) : null
  if (trailer) {
    const before = body.slice(0, trailer.index).trim()
    if (before.length === 0) {
      reading.trailer = true
      return markWhole('embedded-post')
    }
    if (before.replace(URL, '').length <= POST_LENGTH) return markWhole('embedded-post')
  }
  const inside = handleInBrackets ? POST_TRAILER_INSIDE.exec(body) : null
  if (
    inside &&
    inside.index + inside[0].length < body.length &&
    body.slice(0, inside.index).replace(URL, '').length <= POST_LENGTH
  ) {
    // The post and its trailer open the paragraph; the writer's words go on after it.
    mark('embedded-post', lead, lead + inside.index + inside[0].length)
    return reading
  }
  if (POST_LINK_PATTERN.test(body) && reading.postSized) return markWhole('embedded-post')

  if (WIDGET_LINE.test(body)) {
    reading.widget = true
    return markWhole('page-furniture')
  }
  if (DATE_LINE.test(body) || BYLINE.test(body) || ROLE_BYLINE.test(body) || (short && SITE_NOTE.test(body)))
    return markWhole('page-furniture')
  if (
    CONTACT_LINE.test(body) ||
    BIO_ANYWHERE.test(body) ||
    (words <= 30 && /@|\d{3}/.test(body) && CONTACT_ANY.test(body)) ||
    (words <= 60 && BIO_FOLLOW.test(body))
  ) {
    reading.bio = 'anywhere'
    return markWhole('author-bio')
  }
  if (RELATED_LABEL.test(body)) {
    reading.relatedLabel = true
    return markWhole('related-links')
  }
  if (RELATED_PREFIX.test(body) && words <= 30) return markWhole('related-links')

  // Captions and credits.
  if (CREDIT_LINE.test(body) && words <= 12) return markWhole('caption')
  if ((CAPTION_LABEL.test(body) && words <= 60) || (CAPTION_CREDIT.test(body) && words <= 12))
    return markWhole('caption')
  const credit = CREDIT_AT_END.exec(body)
  if (credit) {
    if (words <= 60) return markWhole('caption')
    mark('caption', lead + credit.index, end)
  }
  if (PICTURED.test(outside) && !TERMINAL.test(body) && !/:\s*$/.test(body) && words <= 80) return markWhole('caption')

  // The site speaking: pitches, buttons, pointers to a video the copy no longer holds.
  if (short && FOLLOW_PITCH.test(body)) return markWhole('page-furniture')
  if (words <= 8 && PITCH_BUTTON.test(body)) return markWhole('page-furniture')
  const pitch = PITCH_WORDS.test(outside) ? PITCH.exec(outside) : null
  if (pitch) {
    if (short) return markWhole('page-furniture')
    mark('page-furniture', lead + sentenceStartBefore(body, pitch.index), end)
  }
  if (words <= 30 && MEDIA_POINTER.test(body)) return markWhole('page-furniture')
  // A pointer closing the writer's paragraph: "… over the plan. Take a look here —".
  const lastSentence = sentenceStartBefore(body, body.length)
  const closing = body.slice(lastSentence)
  if (lastSentence > 0 && closing.split(/\s+/).length <= 15 && MEDIA_POINTER.test(closing))
    mark('page-furniture', lead + lastSentence, end)

  if (words <= 80 && (BIO_SENTENCE.test(body) || (short && BIO_PHRASE.test(body)))) reading.bio = 'end'
  else if (short && BIO_COMPANION.test(body)) reading.bioCompanion = true
  return reading
}

/**
 * Places the furniture of a whole article from its paragraphs, in order:
 * each paragraph's own spans, and what its neighbours show.
 */
export function placeFurniture(blocks: readonly ReadBlock[]): OtherVoice[] {
  const placed: OtherVoice[] = []
  // A paragraph marked whole by its own reading: the whole mark is the last it made.
  const kindOf: Array<OtherVoice['kind'] | undefined> = blocks.map(({reading}) =>
    reading.whole ? reading.own[reading.own.length - 1].kind : undefined
  )
  const isWhole = (index: number) => kindOf[index] !== undefined
  // The headline is never furniture as a whole.
  const mayMark = (index: number) => index > 0 && index < blocks.length && !isWhole(index)

  // A post closed by a trailer line: the paragraph before it, and before that any that carry a post's marks.
  for (let index = 0; index < blocks.length; index++) {
    if (!blocks[index].reading.trailer) continue
    const previous = index - 1
    const post = blocks[previous]?.reading
    if (!post || !mayMark(previous) || !post.postSized || post.introduces) continue
    kindOf[previous] = 'embedded-post'
    let length = blocks[previous].span.end - blocks[previous].span.start
    for (let earlier = previous - 1; mayMark(earlier); earlier--) {
      const reading = blocks[earlier].reading
      length += blocks[earlier].span.end - blocks[earlier].span.start
      if (!reading.postMarkers || reading.saying || reading.introduces || length > POST_LENGTH * 1.5) break
      kindOf[earlier] = 'embedded-post'
    }
  }

  // A post without a trailer: it ends with a handle or a hashtag, or sits beside another post, and reports no one's words.
  const postLike = (index: number) => {
    const reading = blocks[index].reading
    return reading.postMarkers && reading.postSized && !reading.saying && !reading.introduces
  }
  for (let index = 0; index < blocks.length; index++) {
    const {reading} = blocks[index]
    // "… using the hashtag #MeToo" reports; "I am sure he will be described as sick. #AustinBombing" posts.
    const signsOff =
      reading.postSignoff &&
      reading.postSized &&
      !reading.introduces &&
      (!reading.saying || reading.firstPerson || reading.postMarkerCount >= 2)
    if (mayMark(index) && signsOff) kindOf[index] = 'embedded-post'
  }
  // A post introduced as one ("The singer tweeted:"), even without a handle or a trailer line.
  for (let index = 1; index < blocks.length; index++) {
    const {reading} = blocks[index]
    if (blocks[index - 1].reading.introducesPost && mayMark(index) && reading.postSized && !reading.introduces)
      kindOf[index] = 'embedded-post'
  }
  // A post that repeats words the paragraph beside it quotes: "…, he tweeted, “There are no words.”" then the tweet.
  for (let index = 1; index < blocks.length; index++) {
    const echo = blocks[index].reading.echo
    if (!echo || !mayMark(index)) continue
    const quotedBeside = [...(blocks[index - 1]?.reading.quoted ?? []), ...(blocks[index + 1]?.reading.quoted ?? [])]
    if (quotedBeside.some((words) => ` ${echo} `.includes(` ${words} `))) kindOf[index] = 'embedded-post'
  }
  for (let changed = true; changed; ) {
    changed = false
    for (let index = 0; index < blocks.length; index++) {
      if (!mayMark(index) || !postLike(index)) continue
      if (kindOf[index - 1] === 'embedded-post' || kindOf[index + 1] === 'embedded-post') {
        kindOf[index] = 'embedded-post'
        changed = true
      }
    }
  }

  // The headlines a "Related" label heads, and a run of three or more title-case headlines.
  for (let index = 0; index < blocks.length; index++) {
    if (!blocks[index].reading.relatedLabel) continue
    for (
      let next = index + 1;
      next <= index + RELATED_LIST_LENGTH && mayMark(next) && blocks[next].reading.headlineLike;
      next++
    )
      kindOf[next] = 'related-links'
  }
  for (let index = 1; index < blocks.length; ) {
    let end = index
    while (
      end < blocks.length &&
      !isWhole(end) &&
      blocks[end].reading.titleCase &&
      blocks[end].reading.headlineWords >= 5
    )
      end++
    if (end - index >= 3) for (let run = index; run < end; run++) kindOf[run] = 'related-links'
    index = Math.max(end, index + 1)
  }

  // A video's or a form's title just before its player, and a teaser cut off just after the furniture.
  for (let index = 1; index < blocks.length; index++) {
    const {reading} = blocks[index]
    if (mayMark(index) && reading.headlineLike && blocks[index + 1]?.reading.widget) kindOf[index] = 'page-furniture'
    if (mayMark(index) && reading.truncated && isWhole(index - 1) && index - 1 > 0) kindOf[index] = 'related-links'
  }

  // The author's bio at the end: the last paragraphs that are furniture, a bio or go with one.
  let first = blocks.length
  let hasBio = false
  for (let index = blocks.length - 1; index > 0 && index >= blocks.length - END_BLOCKS; index--) {
    const {reading} = blocks[index]
    if (!(isWhole(index) || reading.bio || reading.bioCompanion)) break
    hasBio ||= reading.bio !== undefined
    first = index
  }
  if (hasBio) for (let index = first; index < blocks.length; index++) if (!isWhole(index)) kindOf[index] = 'author-bio'

  blocks.forEach(({span, reading}, index) => {
    // The headline is the writer's: only what opens it ("WATCH:") can be furniture.
    if (index === 0 && reading.whole) return
    const kind = kindOf[index]
    if (kind) placed.push({start: span.start, end: span.end, kind, attributed: kind === 'embedded-post'})
    else for (const own of reading.own) placed.push({...own, start: own.start + span.start, end: own.end + span.start})
  })
  return placed.sort((a, b) => a.start - b.start || b.end - a.end)
}

/** The furniture of an article whose paragraphs are `blocks` of `text`. */
export function findFurniture(text: string, blocks: readonly Span[]): OtherVoice[] {
  return placeFurniture(blocks.map((span) => ({span, reading: readBlock(text.slice(span.start, span.end))})))
}

/** Words for comparing a post with a quotation of it: lower case, letters and digits only. */
function normalized(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

/** The paragraph with its quotations blanked, so a handle or a verb of saying inside one does not count. */
function withoutQuotations(text: string): string {
  let result = text
  for (const quotation of findQuotations(text, {start: 0, end: text.length})) {
    result =
      result.slice(0, quotation.start) + ' '.repeat(quotation.end - quotation.start) + result.slice(quotation.end)
  }
  return result
}

function sentenceStartBefore(text: string, index: number): number {
  const stops = [...text.slice(0, index).matchAll(/[.!?]["”’)]*\s+/g)]
  const last = stops[stops.length - 1]
  return last ? last.index + last[0].length : 0
}
