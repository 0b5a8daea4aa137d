import assert from 'node:assert/strict'
import {test} from 'node:test'
import {
  EDITORIAL_CATEGORIES,
  IncrementalLinter,
  lintText,
  readDocument,
  scoreBalance,
  type ProseDocument,
  type Span
} from '../../../src/engine/index'
import {analyzeClaims} from '../../../src/engine/reading/claims'
import {hasAttributedVoice, isOtherVoice, otherVoiceAt, type OtherVoiceKind} from '../../../src/engine/reading/voices'
import {readFixture} from '../../helpers'

// A made-up local news story with the page around it: a tweet, a caption and a credit,
// a related-headlines list, a share button and a newsletter pitch, the reporter's bio.
const article = readFixture('articles/whose-voice.txt')
const document = readDocument(article, 'plaintext')

function spanOf(text: string, phrase: string): Span {
  const start = text.indexOf(phrase)
  assert.ok(start >= 0, `“${phrase}” is not in the text`)
  return {start, end: start + phrase.length}
}

function lineOf(text: string, phrase: string): Span {
  const {start} = spanOf(text, phrase)
  const lineStart = text.lastIndexOf('\n', start) + 1
  const lineEnd = text.indexOf('\n', start)
  return {start: lineStart, end: lineEnd < 0 ? text.length : lineEnd}
}

const kindAt = (read: ProseDocument, phrase: string) => otherVoiceAt(read, spanOf(read.text, phrase))?.kind
const marked = (text: string) =>
  readDocument(text, 'plaintext').furniture.map((voice) => `${voice.kind}: ${text.slice(voice.start, voice.end)}`)

test('whose voice: each kind of page furniture in the article is marked, whole line', () => {
  const expected: Array<[string, OtherVoiceKind]> = [
    ['Millions for a parking garage', 'embedded-post'],
    ['— Dana Ortiz (@DanaOrtizWard3) March 4, 2025', 'embedded-post'],
    ["Tuesday's disgraceful vote", 'caption'],
    ['Credit: Marta Keane', 'caption'],
    ['Related:', 'related-links'],
    ['Library Funding Falls for the Third Straight Year', 'related-links'],
    ['Parents Launch Shocking Campaign to Save Reading Programs', 'related-links'],
    ['What the New Budget Means for Your Neighborhood', 'related-links'],
    ['Share this story', 'page-furniture'],
    ['newsletter to get the biggest local stories', 'page-furniture'],
    ['is a reporter for the Riverside Ledger', 'author-bio'],
    ['Follow him on Twitter @jordanellis.', 'author-bio']
  ]
  for (const [phrase, kind] of expected) {
    const voice = otherVoiceAt(document, spanOf(article, phrase))
    assert.equal(voice?.kind, kind, `“${phrase}”`)
    assert.deepEqual(
      {start: voice!.start, end: voice!.end},
      lineOf(article, phrase),
      `“${phrase}” is marked as its whole line`
    )
  }
  assert.equal(
    document.furniture.length,
    expected.length - 1,
    document.furniture.map((voice) => article.slice(voice.start, voice.end)).join(' | ')
  )
})

test('whose voice: the writer’s sentences around the furniture are the writer’s, even when they mention Twitter or a photo', () => {
  const writers = [
    'Council Votes to Close Riverside Library Branch',
    'The city council voted 7-2 on Tuesday to close the Riverside branch library',
    'Needless to say, the decision angered parents who use the branch for after-school study.',
    'Council member Dana Ortiz, who voted against the closure, posted her reaction on Twitter minutes after the vote.',
    "Mayor Helen Brandt said the branch had the fewest visitors of the city's six libraries last year.",
    'A photo taken by a resident on Monday shows the reading room nearly empty on a weekday afternoon.',
    'Critics say the closure will hurt the poorest neighborhoods most.',
    'The branch will close on June 30, and its books will move to the main library downtown.'
  ]
  for (const sentence of writers) assert.equal(isOtherVoice(document, spanOf(article, sentence)), false, sentence)
  // The mayor's quotation is another voice, as it was before page furniture.
  assert.equal(kindAt(document, '"We cannot keep every door open,"'), 'quotation')
})

test('whose voice: no editorial finding lands inside the furniture, and the writer’s own are still found', () => {
  const {findings} = lintText(article, {kind: 'plaintext'})
  const editorial = findings.filter((finding) => EDITORIAL_CATEGORIES.has(finding.category))
  for (const finding of editorial) {
    const voice = otherVoiceAt(document, finding.span)
    assert.equal(
      voice === undefined || voice.kind === 'quotation',
      true,
      `${finding.ruleId} “${finding.actual}” lies in ${voice?.kind}`
    )
    assert.ok(
      !document.furniture.some((other) => other.start < finding.span.end && finding.span.start < other.end),
      `${finding.ruleId} “${finding.actual}” overlaps page furniture`
    )
  }
  const found = editorial.map((finding) => `${finding.category}: ${finding.actual}`)
  assert.ok(
    found.some((finding) => finding.startsWith('editorializing: Needless to say')),
    found.join(' | ')
  )
  assert.ok(
    found.some((finding) => finding.startsWith('weasel: Critics say')),
    found.join(' | ')
  )
})

test('whose voice: the same words as the writer’s own paragraphs are flagged (the furniture is what spares them)', () => {
  const asWriters = [
    'Millions for a parking garage and nothing for the kids who need a quiet place to read.',
    "Furious residents pack the council chamber before Tuesday's disgraceful vote.",
    'Parents launch a shocking campaign to save reading programs.'
  ]
  for (const line of asWriters) {
    const text = `Council Votes to Close Riverside Library Branch\n\nThe council met on Tuesday.\n\n${line}\n\nThe council meets again in May.\n`
    const editorial = lintText(text, {kind: 'plaintext'}).findings.filter((finding) =>
      EDITORIAL_CATEGORIES.has(finding.category)
    )
    assert.ok(editorial.length > 0, `nothing flagged in “${line}”`)
  }
})

test('whose voice: an embedded post is an attributed voice, a caption or a pitch is no one’s', () => {
  const tweet = lineOf(article, 'Millions for a parking garage')
  assert.equal(hasAttributedVoice(document, tweet), true)
  assert.equal(hasAttributedVoice(document, lineOf(article, 'Credit: Marta Keane')), false)
  assert.equal(hasAttributedVoice(document, lineOf(article, 'Share this story')), false)
  // A figure in the tweet is the poster's claim: no unsupported signal, and no finding.
  const claims = analyzeClaims(document.tree, document)
  const inTweet = claims.filter((claim) => claim.sentence.start >= tweet.start && claim.sentence.end <= tweet.end)
  assert.ok(inTweet.length > 0)
  assert.ok(inTweet.every((claim) => claim.signals.length === 0 || claim.supported))
  const findings = lintText(article, {kind: 'plaintext'}).findings
  assert.ok(
    !findings.some(
      (finding) =>
        finding.ruleId === 'unsupported-claim' && finding.span.start >= tweet.start && finding.span.end <= tweet.end
    )
  )
})

test('whose voice: the balance score counts only the writer’s words', () => {
  const furniture = new Set(document.furniture.map((voice) => article.slice(voice.start, voice.end)))
  const writersOnly = article
    .split('\n')
    .filter((line) => !furniture.has(line))
    .join('\n')
  assert.equal(scoreBalance(article, {kind: 'plaintext'}).words, scoreBalance(writersOnly, {kind: 'plaintext'}).words)
  assert.ok(!scoreBalance(article, {kind: 'plaintext'}).sources.some((source) => /Ellis|Keane/.test(source.name)))
})

test('whose voice: the writer’s sentences that look like furniture stay the writer’s', () => {
  const body = [
    'Draft Rules Change for Young Men',
    // News, not a sign-up form.
    'Sign up for the draft is required of men aged 18 to 25, the Selective Service System says.',
    // A call to action in the writer's own sentence is the writer's voice (the editorializing rule's).
    'Please sign this petition to keep the Riverside branch open.',
    'Ortiz wrote on Twitter that the vote was rushed, and @DanaOrtizWard3 has posted twice more since.',
    'Thousands of parents shared their stories using the hashtag #SaveRiverside.',
    'Photos of the empty reading room were shared widely on Facebook.',
    'Ellis is the author of a 2019 study of library use, which the council cited.',
    'By Election Day, turnout had reached 60 percent.',
    '- The suspect is a 40-year-old man from the east side.',
    'The council published the budget online. https://example.org/budget',
    'Customers rushed to subscribe now that prices fell.',
    'The report was published in March by the state auditor.',
    'Watch out for the second vote, which is due in May.',
    'Copyright law does not cover the minutes of a public meeting.',
    'More — much more — is at stake for the branch than its budget.',
    'The closure is final.'
  ].join('\n\n')
  assert.deepEqual(marked(body), [])
})

test('whose voice: a button, a bare pitch and a bio at the end are furniture; the same bio mid-article is reporting', () => {
  assert.deepEqual(marked('Headline\n\nThe council voted.\n\nSign this petition!\n\nThe branch closes in June.'), [
    'page-furniture: Sign this petition!'
  ])
  const bio = 'Pat Quinn is a columnist for the Ledger and the author of two books on city politics.'
  assert.deepEqual(marked(`Headline\n\nThe council voted.\n\n${bio}`), [`author-bio: ${bio}`])
  assert.deepEqual(marked(`Headline\n\n${bio}\n\nThe council voted on Tuesday.\n\nThe branch closes in June.`), [])
})

test('whose voice: a newsletter pitch that counts its readers is furniture, and its count is no claim; a count of people who joined something is reporting', () => {
  const pitch = 'Join over 85,000 people who get our morning newsletter.'
  const text = `Headline\n\nThe council voted.\n\n${pitch}\n\nThe branch closes in June.`
  assert.deepEqual(marked(text), [`page-furniture: ${pitch}`])
  assert.deepEqual(
    lintText(text, {kind: 'plaintext'}).findings.filter((finding) => finding.ruleId === 'unsupported-claim'),
    []
  )
  assert.deepEqual(
    marked(
      'Headline\n\nThe council voted.\n\nGet our free weekly briefing on city hall.\n\nThe branch closes in June.'
    ),
    ['page-furniture: Get our free weekly briefing on city hall.']
  )
  assert.deepEqual(
    marked(
      'Headline\n\nThe council voted.\n\nMore than 85,000 people joined the protest against the closure.\n\nThe branch closes in June.'
    ),
    []
  )
  assert.deepEqual(
    marked(
      'Headline\n\nThe council voted.\n\nOrtiz urged residents to join the 2,000 people who signed the petition.\n\nThe branch closes in June.'
    ),
    []
  )
})

test('whose voice: a post closed by a trailer line is marked even without a handle; the writer’s introduction is not', () => {
  const text = [
    'Council Votes to Close Library',
    'Ortiz responded on Twitter:',
    'Guess that makes me the villain of the story now!',
    '— Dana Ortiz (@DanaOrtizWard3) March 4, 2025',
    'The vote stands.'
  ].join('\n\n')
  assert.deepEqual(marked(text), [
    'embedded-post: Guess that makes me the villain of the story now!',
    'embedded-post: — Dana Ortiz (@DanaOrtizWard3) March 4, 2025'
  ])
})

test('whose voice: posts without a trailer, told by a closing handle or by the quotation beside them', () => {
  const text = [
    'Reactions Pour In After the Vote',
    'The party thanked its volunteers within the hour.',
    'Proud of every one of you tonight. We will keep fighting for this branch @RiversideParents',
    'Ortiz wrote that she was “heartbroken for the kids who read there every day.”',
    'Heartbroken for the kids who read there every day. This is not over.',
    'The council meets again in May.'
  ].join('\n\n')
  assert.deepEqual(marked(text), [
    'embedded-post: Proud of every one of you tonight. We will keep fighting for this branch @RiversideParents',
    'embedded-post: Heartbroken for the kids who read there every day. This is not over.'
  ])
})

test('whose voice: video players, datelines, bylines and credits as a page leaves them in copied text', () => {
  const text = [
    'WATCH: Council Votes to Close Library',
    'By Jordan Ellis, staff writer',
    '(RiversideLedger.com) The council voted 7-2 on Tuesday to close the branch.',
    'Evan Marsh/AP',
    'The branch opened in 1962.',
    'Council meeting highlights',
    'Play Video',
    'Loaded: 0%',
    'This is a modal window.',
    'Mon, March 3, 2025',
    'Watch the full meeting below:',
    'The Associated Press contributed to this report.'
  ].join('\n\n')
  assert.deepEqual(marked(text), [
    'page-furniture: WATCH:',
    'page-furniture: By Jordan Ellis, staff writer',
    'page-furniture: (RiversideLedger.com)',
    'caption: Evan Marsh/AP',
    'page-furniture: Council meeting highlights',
    'page-furniture: Play Video',
    'page-furniture: Loaded: 0%',
    'page-furniture: This is a modal window.',
    'page-furniture: Mon, March 3, 2025',
    'page-furniture: Watch the full meeting below:',
    'page-furniture: The Associated Press contributed to this report.'
  ])
})

test('whose voice: Markdown is read per block, markup aside', () => {
  const markdown = [
    '# Council Votes to Close Library',
    '',
    'The council voted on Tuesday. The branch had its [lowest attendance](https://example.org/figures) last year.',
    '',
    'Shameful night for Riverside. Millions for a garage. #SaveRiverside',
    '',
    '— Dana Ortiz (@DanaOrtizWard3) March 4, 2025',
    '',
    '**Related:**',
    '',
    '- [Library Funding Falls for the Third Straight Year](https://example.org/a)',
    '- [Parents Launch Shocking Campaign to Save Reading Programs](https://example.org/b)',
    '',
    '![The reading room](room.jpg)',
    '*Photo: Marta Keane/Riverside Ledger*',
    ''
  ].join('\n')
  const read = readDocument(markdown, 'markdown')
  const kinds = read.furniture.map((voice) => `${voice.kind}: ${markdown.slice(voice.start, voice.end).trim()}`)
  assert.deepEqual(kinds, [
    'embedded-post: Shameful night for Riverside. Millions for a garage. #SaveRiverside',
    'embedded-post: — Dana Ortiz (@DanaOrtizWard3) March 4, 2025',
    'related-links: **Related:**',
    'related-links: [Library Funding Falls for the Third Straight Year](https://example.org/a)',
    'related-links: [Parents Launch Shocking Campaign to Save Reading Programs](https://example.org/b)',
    'caption: ![The reading room](room.jpg)\n*Photo: Marta Keane/Riverside Ledger*'
  ])
  assert.equal(isOtherVoice(read, spanOf(markdown, 'The council voted on Tuesday.')), false)
  const editorial = lintText(markdown, {kind: 'markdown'}).findings.filter((finding) =>
    EDITORIAL_CATEGORIES.has(finding.category)
  )
  assert.ok(
    !editorial.some((finding) => isOtherVoice(read, finding.span)),
    editorial.map((finding) => finding.actual).join(' | ')
  )
})

test('whose voice: the incremental linter finds what a whole lint finds, when furniture is told by another paragraph', () => {
  for (const kind of ['plaintext', 'markdown'] as const) {
    const linter = new IncrementalLinter()
    assert.deepEqual(linter.lint(article, {kind}).findings, lintText(article, {kind}).findings, kind)
    // A post with no mark of its own is told by the trailer after it: add the trailer, and its findings go.
    const withoutTrailer =
      'Council Votes to Close Library\n\nOrtiz posted within minutes.\n\nMillions for a parking garage and nothing for the kids.\n\nThe vote stands.\n'
    const withTrailer = withoutTrailer.replace(
      '\n\nThe vote stands.',
      '\n\n— Dana Ortiz (@DanaOrtizWard3) March 4, 2025\n\nThe vote stands.'
    )
    const before = linter.lint(withoutTrailer, {kind}).findings
    assert.deepEqual(before, lintText(withoutTrailer, {kind}).findings, kind)
    assert.ok(
      before.some((finding) => finding.actual === 'Millions'),
      `${kind}: the figure is the writer’s claim without the trailer`
    )
    const after = linter.lint(withTrailer, {kind})
    assert.deepEqual(after.findings, lintText(withTrailer, {kind}).findings, kind)
    assert.ok(
      !after.findings.some((finding) => finding.actual === 'Millions'),
      `${kind}: the figure is the poster’s once the trailer is there`
    )
  }
})

test('a post introduced as one is another voice even with no handle or trailer line', () => {
  const text = [
    'Singers Mourn the Festival Victims',
    'The country singer tweeted:',
    'My heart is broken for everyone hurt tonight. This is crazy and horrific.',
    'Other performers cancelled their shows on Monday.'
  ].join('\n')
  const document = readDocument(text, 'plaintext')
  const post = text.indexOf('My heart')
  assert.equal(otherVoiceAt(document, {start: post, end: post + 8})?.kind, 'embedded-post')
  const writer = text.indexOf('Other performers')
  assert.equal(otherVoiceAt(document, {start: writer, end: writer + 5}), undefined)
})

test('whose voice: a site\'s "More:" link line is a related headline', () => {
  const link = 'More: Riverside parents plan a read-in at the shuttered branch'
  assert.deepEqual(marked(`Headline\n\nThe council voted.\n\n${link}\n\nThe branch closes in June.`), [
    `related-links: ${link}`
  ])
})

// Someone else's words over whole paragraphs: the paragraphs are made up for these tests.
const quotedLines = (text: string) =>
  readDocument(text, 'plaintext')
    .furniture.filter((voice) => voice.kind === 'quotation')
    .map((voice) => text.slice(voice.start, voice.end))

test('whose voice: a quotation left open runs on through bare paragraphs to the one that closes it', () => {
  const text = [
    'Pastor speaks out on the closure',
    'The pastor spoke for ten minutes.',
    '“We were told on Friday that the doors would close. Nobody asked us.',
    'We have served this street for forty years. We fed anyone who came.',
    'And now they want us gone because the land is worth more …” he said, before leaving the stage.',
    'The council meets again on Tuesday.'
  ].join('\n')
  assert.deepEqual(quotedLines(text), [
    'We have served this street for forty years. We fed anyone who came.',
    'And now they want us gone because the land is worth more …”'
  ])
  // Never closed: the bare paragraphs after it stay the writer's.
  const unclosed = text.replace(' …” he said, before leaving the stage.', '. He left the stage.')
  assert.deepEqual(quotedLines(unclosed), [])
  // Each quoted paragraph opens with a mark and only the last closes: the quotation marks read each one.
  const convention = text.replace('We have served', '“We have served').replace('And now', '“And now')
  assert.deepEqual(quotedLines(convention), [])
  assert.ok(isOtherVoice(readDocument(convention, 'plaintext'), spanOf(convention, 'We fed anyone who came.')))
  // Only the last paragraph leaves its opening mark out: carried from the one before it.
  const lastBare = text.replace('We have served', '“We have served')
  assert.deepEqual(quotedLines(lastBare), ['And now they want us gone because the land is worth more …”'])
})

test('whose voice: the paragraph a line introduces with a verb of saying is the speaker’s', () => {
  const text = [
    'Agency answers questions on the fire',
    'At the briefing, the agent in charge of the regional office said:',
    'Our resolve is firm. We must focus on the facts, and we cannot chase every rumor.',
    'We will get to the bottom of this, and I promise you we will be right.',
    'The agency gave no timeline for its report.'
  ].join('\n')
  assert.deepEqual(quotedLines(text), [
    'Our resolve is firm. We must focus on the facts, and we cannot chase every rumor.',
    'We will get to the bottom of this, and I promise you we will be right.'
  ])
  const editorializing = lintText(text, {kind: 'plaintext'}).findings.filter(
    (finding) => finding.category === 'editorializing' && text.indexOf(finding.actual) < text.indexOf('The agency gave')
  )
  assert.deepEqual(editorializing, [])
  // A document or an outlet named before the colon: its first paragraph only, when it is not in the first person.
  const report = [
    'Storm closes the coast road',
    'The county’s statement reads:',
    'The coast road will remain closed until engineers have inspected the bridge.',
    'Residents say the closure will cost the town its summer.'
  ].join('\n')
  assert.deepEqual(quotedLines(report), [
    'The coast road will remain closed until engineers have inspected the bridge.'
  ])
  assert.deepEqual(quotedLines('Road news\nFrom the Valley Gazette:\nThe road will reopen in May after repairs.'), [
    'The road will reopen in May after repairs.'
  ])
})

test('whose voice: a colon that introduces no one’s words leaves the paragraph below the writer’s', () => {
  const none = (text: string) => assert.deepEqual(quotedLines(text), [], text)
  // A list, a noun that is not a verb of saying, the writer introducing their own words.
  none('Election map\nThose states are:\nIf the candidate wins them, she needs eighty more votes.')
  none('Election map\nThe latest reports show:\nTurnout fell in every county we visited.')
  none('Why it matters\nLet me explain what I think is happening:\nAfter the war, the old parties dominated politics.')
  none('Why it matters\nAs we reported last week:\nThe council has not published its budget.')
  // The quoted words are gone from the copy: the writer points, or names the speaker again.
  none('Band cancels show\nThe singer tweeted:\nHere’s some of the reaction from fans on social media.')
  none('Band cancels show\nMorales wrote on Sunday:\nMorales later deleted the post and apologized.')
  // A quotation with its own marks needs nothing more.
  none('Band cancels show\nThe band said:\n“We cannot risk the safety of our fans.”')
  // A writer who speaks in the first person: only the first paragraph is the speaker's.
  const column = [
    'My view',
    'I asked the chief about it, and she said:',
    'We cannot do more with what we have.',
    'I think that answer tells us everything about this budget.'
  ].join('\n')
  assert.deepEqual(quotedLines(column), ['We cannot do more with what we have.'])
  none('Why it matters\nAs I wrote last year:\nThe council has never published a budget on time.')
})

test('whose voice: an interview’s answers are the interviewee’s, its questions the writer’s', () => {
  const labelled = [
    'Talking trains with the transit chief',
    'We spoke with the new transit chief about the delays.',
    'Q: Why are the trains late so often?',
    'A: Honestly, I think the signals are older than I am. We are replacing them.',
    'Q: When will riders notice a difference?',
    'By next spring, I promise. It is the best plan we have ever had.'
  ].join('\n')
  assert.deepEqual(quotedLines(labelled), [
    'A: Honestly, I think the signals are older than I am. We are replacing them.',
    'By next spring, I promise. It is the best plan we have ever had.'
  ])
  const speakers = [
    'The host on the campaign',
    'A chat with the talk show host about the election.',
    'Times: The debate was rough. How much did it remind you of your show?',
    'Dana Hill: I mean, good grief. The behavior is the same, and everybody knows it.',
    'You said last month that the race belongs on your show. What would you call the episode?',
    'Oh, I would have to think about that one. Something with a wall in it.',
    'Are you worried about your job?',
    'Not at all. I am seventy years old, and I love this country.'
  ].join('\n')
  assert.deepEqual(quotedLines(speakers), [
    'Dana Hill: I mean, good grief. The behavior is the same, and everybody knows it.',
    'Oh, I would have to think about that one. Something with a wall in it.',
    'Not at all. I am seventy years old, and I love this country.'
  ])
  // Unlabelled: an introduction that says an interview follows, then questions to "you" answered in the first person.
  const bare = [
    'Five questions for the coach',
    'This interview has been edited for length.',
    'What did you tell the players at halftime?',
    'I told them the truth: we were lucky to be level.',
    'Do you expect to keep your job?',
    'I expect nothing. I just coach the next game.'
  ].join('\n')
  assert.deepEqual(quotedLines(bare), [
    'I told them the truth: we were lucky to be level.',
    'I expect nothing. I just coach the next game.'
  ])
})

test('whose voice: questions in a column or fact-check labels are no interview', () => {
  // Rhetorical questions to the reader with no interview said to follow.
  const column = [
    'Who pays for the stadium?',
    'The council approved the deal on Monday.',
    'Do you want your taxes spent on it?',
    'I certainly do not, and I have said so for years.',
    'Would you trust this council again?',
    'I would not. The vote was a disgrace.'
  ].join('\n')
  assert.deepEqual(quotedLines(column), [])
  // Alternating labels that name no speaker and ask nothing.
  const factCheck = [
    'What did not happen this week',
    'NOT TRUE: Mayor Bans Dogs From All City Parks',
    'THE FACTS: The mayor signed no such order; the council voted to fence one dog run.',
    'NOT TRUE: Governor Closes Every Beach For Summer',
    'THE FACTS: Two beaches closed for a week after a sewage spill.'
  ].join('\n')
  assert.deepEqual(quotedLines(factCheck), [])
})

test('whose voice: a plain-text block quote ("> ") is a quotation', () => {
  const text =
    'Readers write\nOne reader wrote to us about the bus cuts.\n> This is the worst decision the city has ever made.\nWe asked the city for comment.'
  assert.deepEqual(quotedLines(text), ['> This is the worst decision the city has ever made.'])
})

test('whose voice: posts that echo the words a paragraph quotes from them, or follow a paragraph naming them', () => {
  const posts = [
    'Stars react to the storm',
    'The singer called the news “awful” and asked fans to “stay safe.”',
    'Awful news from my hometown tonight. Please, everyone, stay safe 🙏',
    'The city said shelters were open.'
  ].join('\n')
  assert.deepEqual(marked(posts), [
    'embedded-post: Awful news from my hometown tonight. Please, everyone, stay safe 🙏'
  ])
  // Words a paragraph quotes, reported again by the writer: no post (no first person, no emoji, no exclamation).
  const reporting = [
    'Union fees in court',
    'The worker says state law makes him pay a “fair share” to the union.',
    'It is called a fair share because the money pays for bargaining on behalf of every worker.'
  ].join('\n')
  assert.deepEqual(marked(reporting), [])
  const named = [
    'League answers the president',
    'The commissioner was asked about the latest tweet from the president.',
    'The league will not force our players to stand. Total disgrace for our great country!',
    'The commissioner said he had not spoken to the president.'
  ].join('\n')
  assert.deepEqual(marked(named), [
    'embedded-post: The league will not force our players to stand. Total disgrace for our great country!'
  ])
  // The writer's own comment after naming a post, without the first person: the writer's.
  const comment = named.replace(
    'The league will not force our players to stand. Total disgrace for our great country!',
    'What a way to run a league!'
  )
  assert.deepEqual(marked(comment), [])
})

test('whose voice: a paragraph that signs off with a hashtag between posts is a post, even when it reports', () => {
  const text = [
    'Readers react to the verdict',
    'Justice at last for the family. Thank you to the jury. #Verdict',
    'Imagine what the governor would have been saying if the roles were reversed. Shameful! #Verdict',
    'Nobody should have waited four years for this. #Verdict',
    'The family’s lawyer said an appeal was unlikely.'
  ].join('\n')
  assert.deepEqual(
    readDocument(text, 'plaintext')
      .furniture.filter((voice) => voice.kind === 'embedded-post')
      .map((voice) => text.slice(voice.start, voice.end).slice(0, 20)),
    ['Justice at last for ', 'Imagine what the gov', 'Nobody should have w']
  )
})

test('whose voice: a pitch for e-mails or alerts is furniture like one for a newsletter', () => {
  for (const pitch of [
    'Get our free e-mails on the harbour budget.',
    'Sign up for breaking news alerts from the Courier.'
  ])
    assert.deepEqual(marked(`Headline\n\nThe council voted.\n\n${pitch}\n\nThe branch closes in June.`), [
      `page-furniture: ${pitch}`
    ])
  // A sentence of the story about e-mails is the writer's.
  assert.deepEqual(
    marked('Headline\n\nThe council voted.\n\nThe mayor read the e-mails on Monday.\n\nThe branch closes.'),
    []
  )
})
