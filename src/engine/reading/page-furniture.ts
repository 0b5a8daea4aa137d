import type {Span} from '../types'
import {ATTRIBUTION_PATTERN} from './speech'
import {danglingClose, findQuotationMarks, type OtherVoice, type QuotationMarks} from './voices'
import {
  POSTING,
  BIO_ANYWHERE,
  BIO_COMPANION,
  BIO_COMPANION_PHRASE,
  BIO_FOLLOW,
  BIO_PHRASE,
  BIO_PHRASE_WORDS,
  BIO_SENTENCE,
  BYLINE,
  CAPTION_CREDIT,
  CAPTION_LABEL,
  CONTACT_ANY,
  CONTACT_LINE,
  CONTRIBUTED_NOTE,
  CREDIT_AT_END,
  CREDIT_LINE,
  DATE_LINE,
  FOLLOW_PITCH,
  INTERVIEW_CUE,
  NOT_SPEAKER,
  OWN_INTRO,
  POINTER_START,
  QA_ANSWER,
  QA_QUESTION,
  QUOTE_INTRO,
  QUOTE_INTRO_DOCUMENT,
  QUOTE_INTRO_SOURCE,
  SECOND_PERSON,
  SPEAKER_BEFORE_VERB,
  SPEAKER_LABEL,
  MEDIA_LABEL,
  MEDIA_POINTER,
  PICTURED,
  PICTURE_POST_TRAILER,
  PITCH,
  PITCH_BUTTON,
  PITCH_PIECES,
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

/**
 * What one paragraph shows on its own. Offsets are relative to the paragraph.
 * What only the paragraphs around it can call for (its quotations' words
 * normalized, an interview's cue, a post's marks, the naming of a post) is
 * read from `text` when they do: see `placeFurniture`.
 */
export interface BlockReading {
  /** Its text, without the space around it. */
  text: string
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
  /** Its quotations (offsets in `text`). */
  quotations: readonly QuotationMarks[]
  /** Its quotations that a post beside it may repeat: all of them, unless it is a block quote or too long for furniture. */
  echoedQuotations: readonly QuotationMarks[]
  /** It could be a post that repeats words quoted next to it: short, no quotation marks, no verb of saying. */
  mayEcho: boolean
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
  /** Its words. */
  wordCount: number
  /** It opens with a quotation mark. */
  startsQuoted: boolean
  /** It has double quotation marks. */
  doubleMarks: boolean
  /** A quotation opened in it runs on past its end, as a quotation carried over paragraphs does. */
  openAtEnd: boolean
  /** Where it closes a quotation it never opened, carried from a paragraph before (the offset after the mark); -1 when it does not. */
  closesCarried: number
  /** Ends with a colon after a verb of saying or a document ("The mayor said:", "the statement reads:", "From CNN:"), and not in the writer's own person. */
  introducesQuote: boolean
  /** The name just before that verb ("Trump tweeted:"). */
  introSpeaker?: string
  /** Its text with quotations blanked out, for telling whether it names the speaker introduced before it (`names`). */
  unquoted: string
  /** Numbered references ("[4]"): the writer citing sources, not a quotation. */
  footnotes: boolean
  /** Opens by pointing ("Here's…", "Watch…"): the writer's, after a colon whose quotation the copy no longer holds. */
  pointer: boolean
  /** A question-and-answer label: "Q:", "A:". */
  qa?: 'question' | 'answer'
  /** A speaker's label ("Jerry Springer:", "TAPPER:"), lower case. */
  speakerLabel?: string
  /** Ends with a question mark. */
  asks: boolean
  /** "you", "your" outside quotation marks; read only when it asks (`asks`), the one case that needs it. */
  addressesYou: boolean
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
const NO_QUOTATIONS: readonly QuotationMarks[] = []
const MEDIA_LABEL_ONCE = new RegExp(MEDIA_LABEL.source)
const CLOSING_BRACKET = /\)[.\s]*$/

/** Reads one paragraph (a line of plain text, a Markdown block with its markup blanked) on its own. */
export function readBlock(text: string): BlockReading {
  const lead = text.length - text.trimStart().length
  const body = text.trim()
  const reading: BlockReading = {
    text: body,
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
    quotations: NO_QUOTATIONS,
    echoedQuotations: NO_QUOTATIONS,
    mayEcho: false,
    introduces: false,
    introducesPost: false,
    relatedLabel: false,
    headlineLike: false,
    titleCase: false,
    headlineWords: 0,
    truncated: false,
    bioCompanion: false,
    wordCount: 0,
    startsQuoted: false,
    doubleMarks: false,
    openAtEnd: false,
    closesCarried: -1,
    introducesQuote: false,
    unquoted: '',
    pointer: false,
    footnotes: false,
    asks: false,
    addressesYou: false
  }
  if (body.length === 0) return reading
  const end = lead + body.length
  const mark = (kind: OtherVoice['kind'], start = lead, until = end) =>
    reading.own.push({start, end: until, kind, attributed: kind === 'embedded-post' || kind === 'quotation'})
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
  const head = body.slice(0, 300)
  // Tested once before matchAll, which copies the regular expression for every paragraph.
  if (MEDIA_LABEL_ONCE.test(head))
    for (const label of head.matchAll(MEDIA_LABEL))
      mark('page-furniture', lead + label.index, lead + label.index + label[0].trimEnd().length)
  // What tells whose voice a paragraph carries on: read for paragraphs of any length.
  // Where its quotations lie is all this reading needs; whether each is attributed is the document's question.
  const quotations = findQuotationMarks(body, {start: 0, end: body.length})
  // A paragraph that closes a quotation carried from before: its words up to the close are the speaker's too.
  const carriedClose = danglingClose(body, {start: 0, end: body.length})
  const unquoted = withoutQuotations(body, quotations)
  const outside = carriedClose < 0 ? unquoted : ' '.repeat(carriedClose + 1) + unquoted.slice(carriedClose + 1)
  const words = wordCount(body)
  readVoiceCues(reading, body, outside, quotations, lead, words, carriedClose)
  // A plain-text block quote ("> …"), as an e-mail or a forum quotes.
  if (/^>\s/.test(body)) return markWhole('quotation')
  if (body.length > MAX_FURNITURE_LENGTH) return reading

  const short = words <= SHORT_BLOCK_WORDS
  // Its length without links, measured only when its length with them is too long.
  reading.postSized = body.length <= POST_LENGTH || body.replace(URL, '').trim().length <= POST_LENGTH
  // Every mark of a post has an "@", a "#" or a link's "/": a cheap test first.
  reading.postMarkers = /[@#/]/.test(outside) && POST_MARKER.test(outside)
  // "… using the hashtag #SaveTheLibrary" names a post's mark; it is not one.
  reading.postSignoff = reading.postMarkers && POST_SIGNOFF.test(outside) && !NAMED_MARK.test(outside)
  if (reading.postMarkers) reading.postMarkerCount = [...outside.matchAll(POST_MARKERS)].length
  reading.echoedQuotations = quotations
  reading.mayEcho = reading.postSized && !reading.saying && !reading.doubleMarks
  reading.introduces = body.endsWith(':')
  reading.introducesPost = reading.introduces && POSTING.test(body)
  reading.truncated = body.length >= 40 && ELLIPSIS.test(body)
  reading.headlineLike =
    words >= 3 && words <= 16 && !TERMINAL.test(body.replace(/[?!]["”’]?\s*$/, '')) && /^["“‘']?[\p{Lu}\d]/u.test(body)
  const longWords = reading.headlineLike ? body.split(/\s+/).filter((word) => /^\p{L}{4,}/u.test(word)) : []
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
  if (reading.postSized && POST_LINK_PATTERN.test(body)) return markWhole('embedded-post')

  if (WIDGET_LINE.test(body)) {
    reading.widget = true
    return markWhole('page-furniture')
  }
  // Cheap tests first: a date has a digit, a byline opens with "by", a contact gives a number or an address.
  const digitOrAt = /[\d@]/.test(body)
  if (
    (digitOrAt && DATE_LINE.test(body)) ||
    (/^by\s/i.test(body) && BYLINE.test(body)) ||
    ROLE_BYLINE.test(body) ||
    (short && (SITE_NOTE.test(body) || (body.includes('contributed') && CONTRIBUTED_NOTE.test(body))))
  )
    return markWhole('page-furniture')
  if (
    (digitOrAt && CONTACT_LINE.test(body)) ||
    BIO_ANYWHERE.test(body) ||
    // An e-mail address has an "@"; a phone number, two groups of three digits.
    (words <= 30 && /@|\d{3}\)?[\s.-]?\d{3}/.test(body) && CONTACT_ANY.test(body)) ||
    (words <= 60 && BIO_FOLLOW.test(body))
  ) {
    reading.bio = 'anywhere'
    return markWhole('author-bio')
  }
  if (RELATED_LABEL.test(body)) {
    reading.relatedLabel = true
    return markWhole('related-links')
  }
  if (words <= 30 && RELATED_PREFIX.test(body)) return markWhole('related-links')

  // Captions and credits.
  if (words <= 12 && CREDIT_LINE.test(body)) return markWhole('caption')
  if ((words <= 60 && CAPTION_LABEL.test(body)) || (words <= 12 && CAPTION_CREDIT.test(body)))
    return markWhole('caption')
  // A credit at the end closes a bracket at the end, or follows a colon.
  const credit = CLOSING_BRACKET.test(body) || body.includes(':') ? CREDIT_AT_END.exec(body) : null
  if (credit) {
    if (words <= 60) return markWhole('caption')
    mark('caption', lead + credit.index, end)
  }
  if (words <= 80 && PICTURED.test(outside) && !TERMINAL.test(body) && !reading.introduces) return markWhole('caption')

  // The site speaking: pitches, buttons, pointers to a video the copy no longer holds.
  if (short && FOLLOW_PITCH.test(body)) return markWhole('page-furniture')
  if (words <= 8 && PITCH_BUTTON.test(body)) return markWhole('page-furniture')
  const pitch = PITCH_PIECES.test(outside) ? PITCH.exec(outside) : null
  if (pitch) {
    if (short) return markWhole('page-furniture')
    mark('page-furniture', lead + sentenceStartBefore(body, pitch.index), end)
  }
  if (words <= 30 && MEDIA_POINTER.test(body)) return markWhole('page-furniture')
  // A pointer closing the writer's paragraph: "… over the plan. Take a look here —".
  const lastSentence = sentenceStartBefore(body, body.length)
  const closing = body.slice(lastSentence)
  if (lastSentence > 0 && wordCount(closing) <= 15 && MEDIA_POINTER.test(closing))
    mark('page-furniture', lead + lastSentence, end)

  if (words <= 80 && (BIO_SENTENCE.test(body) || (short && BIO_PHRASE_WORDS.test(body) && BIO_PHRASE.test(body))))
    reading.bio = 'end'
  // "my " first: the phrase's `\b` under the "iu" flags makes it slow to run on every short paragraph.
  else if (short && (BIO_COMPANION.test(body) || (/my /i.test(body) && BIO_COMPANION_PHRASE.test(body))))
    reading.bioCompanion = true
  return reading
}

/**
 * What a paragraph shows of whose voice it carries on: a quotation it leaves
 * open or closes from before, an introduction to a quotation below it, an
 * interview's question or label, a post's marks. Offsets are the paragraph's (`lead` is its leading space).
 */
function readVoiceCues(
  reading: BlockReading,
  body: string,
  outside: string,
  quotations: readonly QuotationMarks[],
  lead: number,
  words: number,
  carriedClose: number
): void {
  reading.wordCount = words
  reading.saying = ATTRIBUTION_PATTERN.test(outside)
  reading.firstPerson = FIRST_PERSON.test(outside)
  reading.startsQuoted = /^["“‘']/.test(body)
  reading.doubleMarks = /["“”]/.test(body)
  reading.openAtEnd = quotations.some((quotation) => quotation.open === true)
  reading.closesCarried = carriedClose < 0 ? -1 : lead + carriedClose + 1
  reading.quotations = quotations
  reading.asks = endsWithQuestionMark(body)
  reading.addressesYou = reading.asks && SECOND_PERSON.test(outside)
  reading.pointer = POINTER_START.test(body)
  reading.footnotes = /\[\d{1,3}\]/.test(outside)
  reading.unquoted = outside

  if (QA_QUESTION.test(body)) reading.qa = 'question'
  else if (QA_ANSWER.test(body)) reading.qa = 'answer'
  else {
    const label = body.includes(':') ? SPEAKER_LABEL.exec(body) : null
    if (label && label[1].split(/\s+/).length <= 4 && !NOT_SPEAKER.has(label[1].toLowerCase()))
      reading.speakerLabel = label[1].toLowerCase()
  }

  if (body.endsWith(':') && !/[?]\s*:$/.test(body)) {
    // The last sentence introduces the paragraphs below: a verb of saying or a document just before the colon.
    const last = outside.slice(sentenceStartBefore(outside, outside.length))
    const introduces =
      QUOTE_INTRO.test(last) || QUOTE_INTRO_DOCUMENT.test(last) || (words <= 8 && QUOTE_INTRO_SOURCE.test(body))
    if (introduces && !OWN_INTRO.test(last)) {
      reading.introducesQuote = true
      const speaker = SPEAKER_BEFORE_VERB.exec(last)
      if (speaker && !CAPITALIZED_FUNCTION_WORDS.has(speaker[1])) reading.introSpeaker = speaker[1]
    }
  }
}

const NAMES_POST = /\b(?:the|a|this|that|his|her|their|its)\s+(?:(?:latest|new|recent|last|first)\s+)?(?:tweet|post)\b/i
const FIRST_PERSON = /\b(?:I|I'm|I’m|I've|I’ve|my|me|we|we're|we’re|our|us)\b/
const EMOJI = /\p{Extended_Pictographic}/u
const CAPITAL_WORD = /\b\p{Lu}[\p{L}'’-]{2,}/gu

/** What posts have and reporting seldom has: an exclamation, a hashtag, an emoji (the costliest test, last). */
function postMark(reading: BlockReading): boolean {
  return /!/.test(reading.unquoted) || /#\w/.test(reading.unquoted) || EMOJI.test(reading.text)
}

/** Names the act of posting outside quotation marks ("who tweeted he was in Vegas"). */
function posting(reading: BlockReading): boolean {
  return POSTING.test(reading.unquoted)
}

/** Its last sentence names a post ("… about the latest tweet from the senator."). */
function namesPost(reading: BlockReading): boolean {
  const outside = reading.unquoted
  return posting(reading) && NAMES_POST.test(outside.slice(sentenceStartBefore(outside, outside.length)))
}

/** Says that an interview follows ("A chat with…", "edited for length"); a long paragraph, near its start. */
function interviewCue(reading: BlockReading): boolean {
  return INTERVIEW_CUE.test(reading.wordCount <= 60 ? reading.text : reading.text.slice(0, 400))
}

/** Whether the paragraph, outside its quotations, has `word` as one of its capitalized words. */
function names(reading: BlockReading, word: string): boolean {
  for (const match of reading.unquoted.matchAll(CAPITAL_WORD)) if (match[0] === word) return true
  return false
}
const CAPITALIZED_FUNCTION_WORDS = new Set([
  'The',
  'And',
  'But',
  'Then',
  'When',
  'After',
  'Later',
  'Also',
  'She',
  'They',
  'His',
  'Her',
  'Their',
  'Its',
  'This',
  'That'
])

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

  // A post without a trailer: it ends with a handle or a hashtag, or sits beside another post (below).
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
  // Normalizing words costs; it is done only for the paragraphs compared below, once each.
  const echoes: Array<string | undefined> = []
  const echoOf = (index: number) => (echoes[index] ??= normalized(blocks[index].reading.text))
  const fragments: Array<string[] | undefined> = []
  const fragmentsOf = (index: number) => {
    const {text, quotations} = blocks[index].reading
    return (fragments[index] ??= quotedFragments(text, quotations))
  }
  // The words of the quotations of five words or more that a post beside may repeat.
  const echoedOf = (index: number): string[] => {
    const reading = blocks[index]?.reading
    if (!reading || reading.echoedQuotations.length === 0) return []
    return fragmentsOf(index).filter((words) => words.split(' ').length >= 5)
  }

  // A post that repeats words the paragraph beside it quotes: "…, he tweeted, “There are no words.”" then the tweet.
  for (let index = 1; index < blocks.length; index++) {
    if (!blocks[index].reading.mayEcho || !mayMark(index)) continue
    const quotedBeside = [...echoedOf(index - 1), ...echoedOf(index + 1)]
    if (quotedBeside.length === 0) continue
    const echo = echoOf(index)
    if (echo && quotedBeside.some((words) => ` ${echo} `.includes(` ${words} `))) kindOf[index] = 'embedded-post'
  }
  // A short post after the paragraph that quotes it in part: every word it quotes is in the post ("Ne-Yo called
  // the news “crazy” and hoped people could “stay safe.”", then "Hearing crazy news… please, stay safe.").
  for (let index = 2; index < blocks.length; index++) {
    const {reading} = blocks[index]
    if (!reading.mayEcho || !mayMark(index) || blocks[index - 1].reading.quotations.length === 0) continue
    // Speaking as a post does: in the first person, or with an emoji, a hashtag, an exclamation.
    if (!(reading.firstPerson || postMark(reading))) continue
    const quoted = fragmentsOf(index - 1)
    if (quoted.length === 0) continue
    const echo = echoOf(index)
    if (echo && quoted.every((fragment) => ` ${echo} `.includes(` ${fragment} `))) kindOf[index] = 'embedded-post'
  }
  // A post in the first person, with an exclamation, an emoji or a hashtag, after a paragraph that names someone
  // posting, in an article that gathers posts ("Trey Songz, who tweeted he was in Vegas…, shared that his team was
  // safe."), or that ends by naming the post itself ("… was asked about the latest tweet from the senator.").
  const gathersPosts = kindOf.filter((kind) => kind === 'embedded-post').length >= 2
  for (let index = 2; index < blocks.length; index++) {
    const {reading} = blocks[index]
    const before = blocks[index - 1].reading
    if (
      mayMark(index) &&
      reading.postSized &&
      !reading.doubleMarks &&
      reading.firstPerson &&
      !isWhole(index - 1) &&
      !before.introduces &&
      (gathersPosts ? posting(before) : namesPost(before)) &&
      postMark(reading)
    )
      kindOf[index] = 'embedded-post'
  }
  // Posts beside posts; one that reports ("… would have been saying") still is one when it signs off with a
  // hashtag beside a post, or sits between two.
  const postBeside = (index: number) => {
    const reading = blocks[index].reading
    if (!reading.postMarkers || !reading.postSized || reading.introduces) return false
    const before = kindOf[index - 1] === 'embedded-post'
    const after = kindOf[index + 1] === 'embedded-post'
    if (!reading.saying) return before || after
    return (before && after) || (reading.postSignoff && (before || after))
  }
  for (let changed = true; changed; ) {
    changed = false
    for (let index = 0; index < blocks.length; index++) {
      if (!mayMark(index) || !postBeside(index)) continue
      kindOf[index] = 'embedded-post'
      changed = true
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

  const carried = placeQuotedParagraphs(blocks, kindOf, mayMark)

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
    if (kind)
      placed.push({
        start: span.start,
        end: span.end,
        kind,
        attributed: kind === 'embedded-post' || kind === 'quotation'
      })
    else {
      for (const own of reading.own) placed.push({...own, start: own.start + span.start, end: own.end + span.start})
      const close = carried.get(index)
      if (close !== undefined)
        placed.push({start: span.start, end: span.start + close, kind: 'quotation', attributed: true})
    }
  })
  return placed.sort((a, b) => a.start - b.start || b.end - a.end)
}

/** How many paragraphs a quotation left open may run on before the one that closes it. */
const MAX_CARRIED = 5
/** How many paragraphs a block quotation in the first person runs on after its first. */
const MAX_BLOCK_QUOTE = 5
/** How many paragraphs an interview's answer runs on before the next question. */
const MAX_ANSWER = 8

/**
 * Someone else's words that run over whole paragraphs without quotation marks
 * around each: a quotation left open that a later paragraph closes, the
 * paragraphs a line introduces ("The agent said:"), an interview's answers.
 * Marks them in `kindOf`; returns, for a paragraph that closes a carried
 * quotation, where in it the quotation ends.
 */
function placeQuotedParagraphs(
  blocks: readonly ReadBlock[],
  kindOf: Array<OtherVoice['kind'] | undefined>,
  mayMark: (index: number) => boolean
): Map<number, number> {
  const closes = new Map<number, number>()
  const quoted = (index: number) => {
    kindOf[index] = 'quotation'
  }

  // A quotation left open runs on through paragraphs without marks to the one that closes it ("… people …”").
  for (let index = 1; index < blocks.length; index++) {
    if (!blocks[index].reading.openAtEnd) continue
    for (let next = index + 1; next <= index + MAX_CARRIED && next < blocks.length; next++) {
      const reading = blocks[next].reading
      if (!mayMark(next)) break
      if (reading.closesCarried >= 0) {
        for (let between = index + 1; between < next; between++) quoted(between)
        closes.set(next, reading.closesCarried)
        break
      }
      if (reading.doubleMarks) break
    }
  }

  // The paragraph a line introduces ("The agent in charge said:", "Fox News reported:"), and those after it in
  // the same first person ("I think…" "I think…"), unless the writer speaks in the first person there too.
  for (let index = 1; index + 1 < blocks.length; index++) {
    const intro = blocks[index].reading
    if (!intro.introducesQuote) continue
    const first = index + 1
    const reading = blocks[first].reading
    if (!mayMark(first) || closes.has(first) || reading.startsQuoted || reading.introduces || reading.pointer) continue
    if (reading.headlineLike || reading.footnotes || (intro.introSpeaker && names(reading, intro.introSpeaker)))
      continue
    quoted(first)
    const writerSpeaksInPerson = intro.firstPerson || blocks[index - 1].reading.firstPerson
    for (let next = first + 1; next <= first + MAX_BLOCK_QUOTE && next < blocks.length; next++) {
      const after = blocks[next].reading
      const same =
        !writerSpeaksInPerson &&
        blocks[next - 1].reading.firstPerson &&
        after.firstPerson &&
        !after.saying &&
        !after.startsQuoted &&
        !after.introduces &&
        !closes.has(next)
      if (!same || !mayMark(next)) break
      quoted(next)
    }
  }

  placeInterview(blocks, kindOf, mayMark, quoted)
  return closes
}

/**
 * An interview set out as questions and answers: the answers are the
 * interviewee's words. It is told by labels ("Q:" twice; a speaker's label
 * answering an interviewer's label that asks), or by an introduction that
 * says an interview follows and then questions to "you" each answered in the
 * first person. The questions stay the writer's.
 */
function placeInterview(
  blocks: readonly ReadBlock[],
  kindOf: Array<OtherVoice['kind'] | undefined>,
  mayMark: (index: number) => boolean,
  quoted: (index: number) => void
): void {
  const readings = blocks.map((block) => block.reading)
  const asksYou = (reading: BlockReading) =>
    reading.asks && reading.addressesYou && reading.wordCount <= 80 && !reading.speakerLabel && !reading.qa

  let start = -1
  let interviewer: string | undefined
  // Questions are told only by labels while the labels go on: "Q:" throughout.
  let labelledQuestions = false
  const questionLabels = readings.filter((reading) => reading.qa === 'question').length
  if (questionLabels >= 2 || (questionLabels === 1 && readings.some((reading) => reading.qa === 'answer'))) {
    start = readings.findIndex((reading) => reading.qa === 'question')
    labelledQuestions = true
  } else {
    // A label that asks, then another label: the interviewer and the one interviewed.
    const asking = readings.findIndex((reading) => reading.speakerLabel !== undefined && reading.asks)
    if (asking >= 0) {
      const label = readings[asking].speakerLabel
      const answered = readings.some(
        (reading, index) => index > asking && reading.speakerLabel !== undefined && reading.speakerLabel !== label
      )
      if (answered) {
        start = asking
        interviewer = label
      }
    }
  }
  if (start < 0) {
    // An introduction that says an interview follows, then at least two questions to "you" answered in the first
    // person. Such questions are rare: the introduction is looked for only when there are two.
    const answered = (index: number) =>
      asksYou(readings[index]) &&
      index + 1 < readings.length &&
      !asksYou(readings[index + 1]) &&
      readings[index + 1].firstPerson &&
      mayMark(index + 1)
    const questions: number[] = []
    for (let index = 2; index < readings.length; index++) if (answered(index)) questions.push(index)
    if (questions.length < 2) return
    const cue = readings.findIndex((reading, index) => index > 0 && interviewCue(reading))
    const questionsAfterCue = questions.filter((index) => index > cue)
    if (cue < 0 || questionsAfterCue.length < 2) return
    start = questionsAfterCue[0]
  }

  const lastLabel = readings.reduce(
    (last, reading, index) => (reading.qa !== undefined || reading.speakerLabel !== undefined ? index : last),
    -1
  )
  const isQuestion = (index: number) => {
    const reading = readings[index]
    if (reading.qa === 'question') return true
    if (interviewer !== undefined && reading.speakerLabel === interviewer) return true
    // Once the labels stop, the questions are the paragraphs that ask "you".
    return (!labelledQuestions || index > lastLabel) && asksYou(reading)
  }
  // The next question at or after each paragraph, so an answer knows whether one follows.
  const nextQuestion: number[] = new Array(readings.length).fill(Number.POSITIVE_INFINITY)
  for (let index = readings.length - 1; index >= 0; index--)
    nextQuestion[index] = isQuestion(index) ? index : (nextQuestion[index + 1] ?? Number.POSITIVE_INFINITY)

  let answer = -1
  for (let index = start; index < readings.length; index++) {
    const reading = readings[index]
    if (isQuestion(index)) {
      answer = 0
      continue
    }
    // Furniture between an answer's paragraphs (a video's line) does not end it; a bio does.
    if (reading.bio || reading.bioCompanion) break
    if (kindOf[index] !== undefined && kindOf[index] !== 'quotation') continue
    const labelled =
      reading.qa === 'answer' || (reading.speakerLabel !== undefined && reading.speakerLabel !== interviewer)
    if (labelled) answer = 0
    if (answer < 0) continue
    // The last answer ends where the first person does: the writer may close the piece.
    const followed = nextQuestion[index + 1] !== undefined && nextQuestion[index + 1] - index <= MAX_ANSWER
    if (!labelled && answer >= 1 && !followed && !reading.firstPerson) {
      answer = -1
      continue
    }
    if (answer >= MAX_ANSWER) continue
    if (mayMark(index)) quoted(index)
    answer++
  }
}

/** The furniture of an article whose paragraphs are `blocks` of `text`. */
export function findFurniture(text: string, blocks: readonly Span[]): OtherVoice[] {
  return placeFurniture(blocks.map((span) => ({span, reading: readBlock(text.slice(span.start, span.end))})))
}

/** The words of the quotations in `text`, normalized, however short; quotations without words left out. */
function quotedFragments(text: string, quotations: readonly QuotationMarks[]): string[] {
  const fragments: string[] = []
  for (const quotation of quotations) {
    const fragment = normalized(text.slice(quotation.start, quotation.end))
    if (fragment.length > 0) fragments.push(fragment)
  }
  return fragments
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
function withoutQuotations(text: string, quotations: readonly QuotationMarks[]): string {
  if (quotations.length === 0) return text
  // Built in pieces, once: a long paragraph with many quotations stays linear.
  const pieces: string[] = []
  let from = 0
  for (const quotation of quotations) {
    if (quotation.start < from) continue
    pieces.push(text.slice(from, quotation.start), ' '.repeat(quotation.end - quotation.start))
    from = quotation.end
  }
  pieces.push(text.slice(from))
  return pieces.join('')
}

/** Ends with a question mark, maybe inside closing marks and brackets: what `/\?["”’)\]]*$/` tests, from the end. */
function endsWithQuestionMark(text: string): boolean {
  let index = text.length - 1
  while (index >= 0 && '"”’)]'.includes(text[index])) index--
  return index >= 0 && text[index] === '?'
}

/**
 * How many words a text without space around it has, as `text.split(/\s+/).length` counts them: one more than
 * its runs of space. Counted in place, since every paragraph is counted.
 */
function wordCount(text: string): number {
  let words = 1
  let inSpace = false
  for (let index = 0; index < text.length; index++) {
    const space = isSpace(text.charCodeAt(index))
    if (space && !inSpace) words++
    inSpace = space
  }
  return words
}

/** What `\s` matches: ASCII space and controls, the no-break and other Unicode spaces, line and paragraph separators. */
function isSpace(code: number): boolean {
  // Letters, digits and punctuation first, as most characters are.
  if (code > 32 && code < 0xa0) return false
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

/**
 * Where the sentence that runs to `index` starts: after the last full stop before it, its closing marks and its
 * space (the last match of `/[.!?]["”’)]*\s+/g` before `index`). Read backwards, as only the last stop counts.
 */
function sentenceStartBefore(text: string, index: number): number {
  let spaceEnd = index
  while (spaceEnd > 0) {
    if (!isSpace(text.charCodeAt(spaceEnd - 1))) {
      spaceEnd--
      continue
    }
    let spaceStart = spaceEnd - 1
    while (spaceStart > 0 && isSpace(text.charCodeAt(spaceStart - 1))) spaceStart--
    let stop = spaceStart - 1
    while (stop >= 0 && '"”’)'.includes(text[stop])) stop--
    if (stop >= 0 && '.!?'.includes(text[stop])) return spaceEnd
    spaceEnd = spaceStart
  }
  return 0
}
