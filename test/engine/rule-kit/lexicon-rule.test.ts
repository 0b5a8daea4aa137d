import assert from 'node:assert/strict'
import {test} from 'node:test'
import {VFile} from 'vfile'
import {readDocument} from '../../../src/engine/reading/document'
import {
  createLexiconRule,
  dropMessage,
  isJudgedByOthers,
  messagesOf,
  SUBJECT_LINES,
  subjectTermsOf,
  wordStartOf,
  type LexiconEntry,
  type LexiconRuleOptions
} from '../../../src/engine/rule-kit/lexicon-rule'
import {IncrementalLinter} from '../../../src/engine/incremental'
import {lintText} from '../../../src/engine/index'

interface Reported {
  actual: string
  expected: string[]
}

/** Runs a rule built from `entries` over `text` as the engine would, and returns what it reports. */
function run(entries: readonly LexiconEntry[], text: string, options: Partial<LexiconRuleOptions> = {}): Reported[] {
  const rule = createLexiconRule({ruleId: 'test-rule', entries, message: '“{actual}”', note: 'A test.', ...options})
  const document = readDocument(text, 'plaintext')
  const file = new VFile({value: text})
  file.data.editorialReview = {document}
  rule()(document.tree, file)
  return file.messages.map((message) => ({actual: message.actual ?? '', expected: message.expected ?? []}))
}

const found = (entries: readonly LexiconEntry[], text: string, options?: Partial<LexiconRuleOptions>) =>
  run(entries, text, options).map((reported) => reported.actual)

/** The text after applying a reported rewrite to its range. */
function applied(text: string, entries: readonly LexiconEntry[], index = 0): string {
  const rule = createLexiconRule({ruleId: 'test-rule', entries, message: '“{actual}”', note: 'A test.'})
  const document = readDocument(text, 'plaintext')
  const file = new VFile({value: text})
  file.data.editorialReview = {document}
  rule()(document.tree, file)
  const [message] = file.messages
  const start = message.place && 'start' in message.place ? message.place.start.offset! : 0
  const end = message.place && 'end' in message.place ? message.place.end.offset! : 0
  return text.slice(0, start) + message.expected![index] + text.slice(end)
}

test('partOfSpeech: a word is reported only in the part of speech its entry names', () => {
  const verb: LexiconEntry = {patterns: ['claims'], partOfSpeech: 'VERB', rewrites: ['says']}
  assert.deepEqual(found([verb], 'The mayor claims the budget is balanced.'), ['claims'])
  assert.deepEqual(found([verb], 'The insurer rejected the tenant’s claims in March.'), [])
  const noun: LexiconEntry = {patterns: ['stunt'], partOfSpeech: 'NOUN', rewrites: ['move']}
  assert.deepEqual(found([noun], 'The launch was a publicity stunt.'), ['stunt'])
  assert.deepEqual(found([noun], 'Cold weather can stunt the growth of the seedlings.'), [])
})

test('partOfSpeech: a participle with a by-phrase or an object is a verb, not the adjective', () => {
  const adjective: LexiconEntry = {patterns: ['revered', 'inspiring'], partOfSpeech: 'ADJ'}
  assert.deepEqual(found([adjective], 'The revered teacher retired in June.'), ['revered'])
  assert.deepEqual(found([adjective], 'The teacher, revered by her pupils, retired in June.'), [])
  assert.deepEqual(found([adjective], 'It was an inspiring lecture.'), ['inspiring'])
  assert.deepEqual(found([adjective], 'The coach gave talks inspiring pupils to train harder.'), [])
})

test('partOfSpeech: an adjective before its noun counts whatever the tagger reads it as', () => {
  const adjective: LexiconEntry = {patterns: ['respected', 'grotesque'], partOfSpeech: 'ADJ'}
  assert.deepEqual(found([adjective], 'She was a highly respected surgeon.'), ['respected'])
  assert.deepEqual(found([adjective], 'The statue drew crowds by its grotesque appearance.'), ['grotesque'])
})

test('entries with one pattern and different parts of speech: the one that fits the sentence wins', () => {
  const entries: LexiconEntry[] = [
    {patterns: ['savage'], partOfSpeech: 'ADJ', rewrites: [''], message: 'adjective'},
    {patterns: ['savage'], partOfSpeech: 'VERB', rewrites: ['criticize'], message: 'verb'}
  ]
  const rewrites = (text: string) => run(entries, text).map((reported) => reported.expected)
  assert.deepEqual(rewrites('Reviewers lined up to savage the play.'), [['criticize']])
  assert.deepEqual(found(entries, 'It was a savage review.'), ['savage review'])
})

test('deletions never leave a range that starts or ends with a space, and leave clean text', () => {
  const entries: LexiconEntry[] = [{patterns: ['shoddy', 'clearly'], rewrites: ['']}]
  for (const [text, expected] of [
    ['The report was shoddy work from start to end.', 'The report was work from start to end.'],
    ['Shoddy, rushed work filled the report.', 'Rushed work filled the report.'],
    ['Clearly, the plan failed.', 'The plan failed.'],
    ['The plan was clearly late.', 'The plan was late.']
  ] as const) {
    const [reported] = run(entries, text)
    assert.doesNotMatch(reported.actual, /^\s|\s$/, `“${reported.actual}”`)
    assert.equal(applied(text, entries), expected)
  }
})

test('deleting one adjective of a series keeps the commas of the others', () => {
  const entries: LexiconEntry[] = [{patterns: ['dishonest'], partOfSpeech: 'ADJ', rewrites: ['']}]
  assert.equal(applied('They backed a rash, dishonest, costly plan.', entries), 'They backed a rash, costly plan.')
  const aside: LexiconEntry[] = [{patterns: ['notably'], rewrites: ['']}]
  assert.equal(applied('The port, notably, stayed open.', aside), 'The port stayed open.')
})

test('unlessSentenceHas compares lemmas too: "trials" is a trial', () => {
  const entry: LexiconEntry = {patterns: ['conceded'], partOfSpeech: 'VERB', unlessSentenceHas: ['trial']}
  assert.deepEqual(found([entry], 'After two trials the prosecutor conceded that a conviction was out of reach.'), [])
  assert.deepEqual(found([entry], 'The minister conceded that the budget was short.'), ['conceded'])
})

test('unlessSentenceHas: the matched word is no context for itself', () => {
  const entry: LexiconEntry = {patterns: ['murdered'], unlessSentenceHas: ['murder']}
  assert.deepEqual(found([entry], 'The rebels murdered the villagers.'), ['murdered'])
})

test('unlessNearby: the sentence before or after in the paragraph counts', () => {
  const entry: LexiconEntry = {patterns: ['alleged'], unlessNearby: ['police']}
  assert.deepEqual(found([entry], 'Police arrested a driver on Friday. The alleged theft took place at noon.'), [])
  assert.deepEqual(found([entry], 'Police arrested a driver on Friday.\n\nThe alleged theft took place at noon.'), [
    'alleged'
  ])
})

test('unlessObject: a verb whose object is a contest is literal', () => {
  const entry: LexiconEntry = {
    patterns: ['conceded'],
    partOfSpeech: 'VERB',
    unlessObject: ['race', 'defeat', 'election']
  }
  assert.deepEqual(found([entry], 'Senator Grant conceded the race late on Tuesday.'), [])
  assert.deepEqual(found([entry], 'Maria Ortiz, 58, conceded defeat.'), [])
  assert.deepEqual(found([entry], 'The mayor conceded the plan had failed.'), ['conceded'])
})

test('onlyWithClause: a verb of saying counts with what was said, not with a noun object', () => {
  const entry: LexiconEntry = {patterns: ['claimed', 'revealed'], partOfSpeech: 'VERB', onlyWithClause: true}
  assert.deepEqual(found([entry], 'The club claimed the title in May.'), [])
  assert.deepEqual(found([entry], 'The firm revealed a new logo.'), [])
  assert.deepEqual(found([entry], 'The firm claimed the logo was original.'), ['claimed'])
  assert.deepEqual(found([entry], 'She revealed she was leaving.'), ['revealed'])
  assert.deepEqual(found([entry], 'He claimed to have read the report.'), ['claimed'])
  assert.deepEqual(found([entry], 'He claimed in an interview that he had read it.'), ['claimed'])
})

test('unlessModifies: an adjective that names a kind of rating is not a verdict', () => {
  const entry: LexiconEntry = {patterns: ['dishonest'], partOfSpeech: 'ADJ', unlessModifies: ['rating']}
  assert.deepEqual(found([entry], 'The checkers gave the claim their most dishonest rating.'), [])
  assert.deepEqual(found([entry], 'It was a dishonest answer.'), ['dishonest'])
})

test('unlessReported: words reported from a third party are theirs, the writer’s own are not', () => {
  const entries: LexiconEntry[] = [
    {patterns: ['booming'], partOfSpeech: 'ADJ', unlessReported: true},
    {patterns: ['thugs'], partOfSpeech: 'NOUN', unlessReported: true}
  ]
  assert.deepEqual(found(entries, 'The mayor spoke of a booming economy.'), [])
  assert.deepEqual(found(entries, 'The mayor said the economy was booming and wages were booming too.'), [])
  assert.deepEqual(found(entries, 'Several residents believe the booming trade has raised rents.'), [])
  assert.deepEqual(found(entries, 'I think the booming trade has raised rents.'), ['booming'])
  assert.deepEqual(found(entries, 'The booming trade has raised rents.'), ['booming'])
  // A noun the writer uses to name people in the report stays the writer's; as a predicate it is the speaker's.
  assert.deepEqual(found(entries, 'A witness described how thugs smashed the windows.'), ['thugs'])
  assert.deepEqual(found(entries, 'The owner said they were thugs.'), [])
})

test('unlessAttributed: a hedge next to someone else’s claim marks their view', () => {
  const entry: LexiconEntry = {patterns: ['supposed'], unlessAttributed: true}
  assert.deepEqual(found([entry], 'The firm sold a supposed cure for baldness, which it said worked in weeks.'), [])
  assert.deepEqual(found([entry], 'According to the label, the supposed cure works in weeks.'), [])
  assert.deepEqual(found([entry], 'He peddled a supposed cure for baldness.'), ['supposed'])
})

test('beforePartOfSpeech and unlessBeforePartOfSpeech read the next word', () => {
  const sneer: LexiconEntry = {patterns: ['supposedly'], beforePartOfSpeech: ['ADJ']}
  assert.deepEqual(found([sneer], 'They offered supposedly neutral advice.'), ['supposedly'])
  assert.deepEqual(found([sneer], 'The minister supposedly met the envoy.'), [])
  const hearsay: LexiconEntry = {patterns: ['supposedly'], unlessBeforePartOfSpeech: ['ADJ']}
  assert.deepEqual(found([hearsay], 'They offered supposedly neutral advice.'), [])
  assert.deepEqual(found([hearsay], 'The minister supposedly met the envoy.'), ['supposedly'])
})

test('skipNames: a word the tagger reads as part of a name is not reported', () => {
  const entry: LexiconEntry = {patterns: ['savage', 'brutal'], rewrites: ['']}
  assert.deepEqual(found([entry], 'Tickets for Savage Garden sold out.', {skipNames: true}), [])
  assert.deepEqual(found([entry], 'It was a brutal winter.', {skipNames: true}), ['brutal winter'])
  // In a Title Case headline every word has a capital: the capital tells nothing there.
  assert.deepEqual(
    found([{patterns: ['brutal'], partOfSpeech: 'ADJ'}], 'Brutal Winter Closes Every Mountain Road In The North', {
      skipNames: true
    }),
    ['Brutal']
  )
})

test('subjectTerm: a label that recurs through the article is its subject and is not reported there', () => {
  const entry: LexiconEntry = {patterns: ['regime'], subjectTerm: /^regimes?$/}
  const once = 'The regime raised fees.\n\nTraders were angry.\n\nThe port closed.'
  assert.deepEqual(found([entry], once), ['regime'])
  const paragraphs = Array.from(
    {length: SUBJECT_LINES},
    (_, index) => `Paragraph ${index + 1} on the sanctions regime and its regimes of inspection.`
  )
  const subject = ['The regime raised fees.', ...paragraphs].join('\n\n')
  assert.deepEqual(found([entry], subject), [])
  assert.ok(subjectTermsOf(subject).has('^regimes?$'))
})

test('subjectTerm: the incremental linter counts the whole article, as a full lint does', () => {
  const text = [
    'Terrorist financing report out',
    '',
    'The terrorist cells moved money through charities.',
    '',
    'Terrorism analysts traced the transfers.',
    '',
    'The report names no terrorist leader.'
  ].join('\n')
  const full = lintText(text, {kind: 'plaintext'}).findings.filter((finding) => finding.ruleId === 'loaded-language')
  assert.deepEqual(full, [])
  assert.deepEqual(
    new IncrementalLinter()
      .lint(text, {kind: 'plaintext'})
      .findings.filter((finding) => finding.ruleId === 'loaded-language'),
    full
  )
})

/** Every rewrite of the first finding, applied to its sentence (none when the finding offers none). */
function rewritten(entries: readonly LexiconEntry[], text: string): string[] {
  const rule = createLexiconRule({ruleId: 'test-rule', entries, message: '“{actual}”', note: 'A test.'})
  const document = readDocument(text, 'plaintext')
  const file = new VFile({value: text})
  file.data.editorialReview = {document}
  rule()(document.tree, file)
  const [message] = file.messages
  assert.ok(message, `no finding in “${text}”`)
  const start = message.place && 'start' in message.place ? message.place.start.offset! : 0
  const end = message.place && 'end' in message.place ? message.place.end.offset! : 0
  return (message.expected ?? []).map((replacement) => text.slice(0, start) + replacement + text.slice(end))
}

test('deletions next to dashes: the comma goes before a dash, an aside goes with both dashes, no capital mid-sentence', () => {
  const entries: LexiconEntry[] = [{patterns: ['frankly', 'oddly', 'ah'], rewrites: ['']}]
  assert.deepEqual(rewritten(entries, 'The reply was late — and perhaps, frankly — rude.'), [
    'The reply was late — and perhaps — rude.'
  ])
  assert.deepEqual(rewritten(entries, 'The reply was late — oddly — and rude.'), ['The reply was late and rude.'])
  assert.deepEqual(rewritten(entries, 'The ferry left early — ah, the timetable changed again.'), [
    'The ferry left early — the timetable changed again.'
  ])
  assert.deepEqual(rewritten(entries, 'Ah — the ferry left early.'), ['The ferry left early.'])
  assert.deepEqual(rewritten(entries, 'The ferry held its course, oddly.'), ['The ferry held its course.'])
  for (const text of ['The reply was late — and perhaps, frankly — rude.', 'The reply was late — oddly — and rude.']) {
    const [reported] = run(entries, text)
    assert.doesNotMatch(reported.actual, /^\s|\s$/, `“${reported.actual}”`)
  }
})

test('the last adjective of a series takes the comma before it', () => {
  const entries: LexiconEntry[] = [{patterns: ['cruel'], partOfSpeech: 'ADJ', rewrites: ['']}]
  assert.deepEqual(rewritten(entries, 'They backed a rash, costly, cruel plan.'), ['They backed a rash, costly plan.'])
})

test('no deletion where the adjective is all the phrase says', () => {
  const entries: LexiconEntry[] = [
    {patterns: ['callow', 'sleazy', 'greatest', 'massive', 'vile'], partOfSpeech: 'ADJ', rewrites: ['']},
    {patterns: ['hopping mad'], rewrites: ['']}
  ]
  const none = [
    // A predicate on its own, past adverbs and asides.
    'His answer has been surprisingly — and perhaps tellingly — callow.',
    'The council’s reply was, in a word, callow.',
    'The fishermen were hopping mad over the new quotas.',
    // After a degree word, "such a" or "one of the", or before a noun that says nothing without it.
    'Nobody knows how vile the messages were.',
    'Why is the harbour such a sleazy place?',
    'The market is a sleazy place.',
    'It was one of the greatest storms in a century.',
    'Customs seized massive amounts of tobacco.'
  ]
  for (const text of none) assert.deepEqual(rewritten(entries, text), [], text)
  // Another adjective beside it keeps the phrase whole; before an ordinary noun the word just goes.
  assert.deepEqual(rewritten(entries, 'His answer was callow, but honest.'), ['His answer was honest.'])
  assert.deepEqual(rewritten(entries, 'The vile messages kept coming.'), ['The messages kept coming.'])
})

test('rewritesWhen: the sense the sentence shows chooses the rewrites', () => {
  const hordes: LexiconEntry = {
    patterns: ['hordes'],
    partOfSpeech: 'NOUN',
    rewrites: ['crowds'],
    rewritesWhen: [{sentenceHas: ['raided', 'army'], rewrites: ['forces']}]
  }
  assert.deepEqual(rewritten([hordes], 'The khan and his hordes raided the valley.'), [
    'The khan and his forces raided the valley.'
  ])
  assert.deepEqual(rewritten([hordes], 'The hordes queued outside the museum.'), [
    'The crowds queued outside the museum.'
  ])
  const revealed: LexiconEntry = {
    patterns: ['revealed'],
    partOfSpeech: 'VERB',
    rewrites: ['said'],
    rewritesWhen: [{subject: ['poll', 'study'], rewrites: ['showed']}]
  }
  assert.deepEqual(rewritten([revealed], 'A 2019 poll revealed that most tenants paid more.'), [
    'A 2019 poll showed that most tenants paid more.'
  ])
  assert.deepEqual(rewritten([revealed], 'The mayor revealed that she would retire.'), [
    'The mayor said that she would retire.'
  ])
  const debacle: LexiconEntry = {
    patterns: ['debacle'],
    rewrites: ['failure'],
    rewritesWhen: [{afterName: true, rewrites: []}]
  }
  assert.deepEqual(rewritten([debacle], 'The launch was a debacle.'), ['The launch was a failure.'])
  assert.deepEqual(rewritten([debacle], 'Once the Hartley debacle is over, the board will meet.'), [])
})

test('a replacement verb is offered only where it takes what follows the match', () => {
  // "Fall sharply" takes no object; a figure or a time is none.
  const crater: LexiconEntry = {patterns: ['cratered', 'cratering'], partOfSpeech: 'VERB', rewrites: ['fell sharply']}
  assert.deepEqual(rewritten([crater], 'Shares cratered this week.'), ['Shares fell sharply this week.'])
  assert.deepEqual(rewritten([crater], 'Prices cratered after the report.'), ['Prices fell sharply after the report.'])
  assert.deepEqual(rewritten([crater], 'The new levy cratered the fishing trade.'), [])
  assert.deepEqual(rewritten([crater], 'The levy hurt the trade, cratered it and left.'), [])
  // "Teach" takes no "into" or "with".
  const indoctrinate: LexiconEntry = {patterns: ['indoctrinate'], partOfSpeech: 'VERB', rewrites: ['teach']}
  assert.deepEqual(rewritten([indoctrinate], 'The sect hoped to indoctrinate its children into the creed.'), [])
  assert.deepEqual(rewritten([indoctrinate], 'The camps indoctrinate young men with slogans.'), [])
  assert.deepEqual(rewritten([indoctrinate], 'Critics say the schools indoctrinate pupils.'), [
    'Critics say the schools teach pupils.'
  ])
})

test('a participle before its noun gets a replacement only if that one reads as an adjective too', () => {
  const brainwashed: LexiconEntry = {patterns: ['brainwashed'], partOfSpeech: ['VERB', 'ADJ'], rewrites: ['persuaded']}
  assert.deepEqual(rewritten([brainwashed], 'The women were told by brainwashed recruits to obey.'), [])
  assert.deepEqual(rewritten([brainwashed], 'Two brainwashed recruits guarded the gate.'), [])
  assert.deepEqual(rewritten([brainwashed], 'They were brainwashed into joining.'), [
    'They were persuaded into joining.'
  ])
  const gutted: LexiconEntry = {patterns: ['gutted'], partOfSpeech: ['VERB', 'ADJ'], rewrites: ['weakened']}
  assert.deepEqual(rewritten([gutted], 'The gutted agency lost its chief.'), ['The weakened agency lost its chief.'])
})

test('a replacement that drops the “to” of a listener is not offered', () => {
  const admit: LexiconEntry = {patterns: ['admitted to', 'admit to'], rewrites: ['acknowledged']}
  assert.deepEqual(
    rewritten([admit], 'One student admitted to a reporter from the paper, who filmed it, that she had not read it.'),
    []
  )
  assert.deepEqual(rewritten([admit], 'The clerk admitted to Dana Ruiz that the file was gone.'), [])
  assert.deepEqual(rewritten([admit], 'The clerk admitted to the error on Monday.'), [
    'The clerk acknowledged the error on Monday.'
  ])
})

test('a noun of another number is not offered where a determiner or a verb agrees with the word', () => {
  const carnage: LexiconEntry = {patterns: ['carnage'], rewrites: ['heavy losses', 'destruction']}
  assert.deepEqual(rewritten([carnage], 'The carnage of the old firms that is now plain began in May.'), [
    'The destruction of the old firms that is now plain began in May.'
  ])
  assert.deepEqual(rewritten([carnage], 'There was carnage on the exchanges.'), [
    'There was destruction on the exchanges.'
  ])
  assert.deepEqual(rewritten([carnage], 'Investors counted the carnage after the crash.'), [
    'Investors counted the heavy losses after the crash.',
    'Investors counted the destruction after the crash.'
  ])
  const empire: LexiconEntry = {patterns: ['empire'], rewrites: ['operations', 'business']}
  assert.deepEqual(rewritten([empire], 'She built a shipping empire.'), ['She built a shipping business.'])
})

test('a deletion takes the conjunction that joins the word to another like it, and only then', () => {
  const adjectives: LexiconEntry[] = [{patterns: ['vile', 'cruel'], partOfSpeech: 'ADJ', rewrites: ['']}]
  assert.deepEqual(rewritten(adjectives, 'The vile and petty messages kept coming.'), [
    'The petty messages kept coming.'
  ])
  assert.deepEqual(rewritten(adjectives, 'The petty and cruel messages kept coming.'), [
    'The petty messages kept coming.'
  ])
  assert.deepEqual(rewritten(adjectives, 'They backed a rash, costly, and cruel plan.'), [
    'They backed a rash, costly plan.'
  ])
  const adverb: LexiconEntry[] = [{patterns: ['shamefully'], partOfSpeech: 'ADV', rewrites: ['']}]
  assert.deepEqual(rewritten(adverb, 'They acted shamefully and the board resigned.'), [
    'They acted and the board resigned.'
  ])
})

test('lexicon rule: an accept hook may leave a judgement to the judge the words around it name', () => {
  const entries: LexiconEntry[] = [{patterns: ['deplorable', 'reprehensible', 'disgraceful', 'cover-up', 'stupid']}]
  const others = {accept: (match: Parameters<typeof isJudgedByOthers>[0]) => !isJudgedByOthers(match)}
  // A judging participle with "by" and a named judge, "find" with its object, a charge, a closing attribution.
  assert.deepEqual(found(entries, 'His deeds were considered deplorable by his own crew.', others), [])
  assert.deepEqual(found(entries, 'Critics found the practice to be so reprehensible that they left.', others), [])
  assert.deepEqual(found(entries, 'He hoped to avoid charges of a cover-up.', others), [])
  assert.deepEqual(found(entries, 'The delay is disgraceful, the mayor said.', others), [])
  assert.deepEqual(found(entries, 'The delay is disgraceful, said Okafor.', others), [])
  // The writer's own judgement stays: a vague judge, the writer who finds, a clause after the comma, a participle.
  assert.deepEqual(found(entries, 'The ferry is considered deplorable by many residents.', others), ['deplorable'])
  assert.deepEqual(found(entries, 'I found the practice reprehensible.', others), ['reprehensible'])
  assert.deepEqual(found(entries, 'With a disgraceful delay, the board denied any fault.', others), ['disgraceful'])
  assert.deepEqual(found(entries, 'The stupid plan failed, written up by a clerk.', others), ['stupid'])
})

test('lexicon rule: a name someone gave, a claim someone makes, a question someone asks are theirs', () => {
  const entries: LexiconEntry[] = [{patterns: ['witch hunt', 'power grab', 'rigged', 'corrupt', 'racist', 'buffoon']}]
  const others = {accept: (match: Parameters<typeof isJudgedByOthers>[0]) => !isJudgedByOthers(match)}
  // A naming verb whose object is a relative before it, a naming participle, a saying noun with "that", "whether".
  assert.deepEqual(found(entries, 'The mayor attacked the audit, which he called a witch hunt.', others), [])
  assert.deepEqual(found(entries, 'The board rejected what several critics have called a power grab.', others), [])
  assert.deepEqual(found(entries, 'The audit, dubbed a witch hunt by the mayor, goes on.', others), [])
  assert.deepEqual(found(entries, 'He repeated his claims that the ballot was rigged.', others), [])
  assert.deepEqual(found(entries, 'She denied the accusation that the harbour board was corrupt.', others), [])
  assert.deepEqual(found(entries, 'Reporters asked residents whether the flyer was racist.', others), [])
  // The writer's own: a name the writer gives, the writer's claim, a plain statement.
  assert.deepEqual(found(entries, 'The mayor is what I would call a buffoon.', others), ['buffoon'])
  assert.deepEqual(found(entries, 'The plan, which we call a power grab, passed.', others), ['power grab'])
  assert.deepEqual(found(entries, 'My claim that the ballot was rigged stands.', others), ['rigged'])
  assert.deepEqual(found(entries, 'The audit is a witch hunt.', others), ['witch hunt'])
  assert.deepEqual(found(entries, 'The flyer was racist.', others), ['racist'])
})

test('unlessArticleHas: a topic anywhere in the article makes the word literal throughout it', () => {
  const entry: LexiconEntry = {patterns: ['lefties'], unlessArticleHas: /\bleft-handed\b/i}
  assert.deepEqual(found([entry], 'Scissors are hard for lefties.'), ['lefties'])
  assert.deepEqual(found([entry], 'One person in ten is left-handed.\n\nScissors are hard for lefties.'), [])
})

test('unlessArticleHas: the incremental linter reads the topic over the whole article, as a full lint does', () => {
  const loaded = (findings: readonly {ruleId: string; actual: string}[]) =>
    findings.filter((finding) => finding.ruleId === 'loaded-language').map((finding) => finding.actual)
  const about =
    'Kitchen tools for the left-handed cook\n\nOne cook in ten is left-handed.\n\nScissors are hard for lefties.'
  const elsewhere = 'Kitchen tools for every cook\n\nScissors are hard for lefties.'
  for (const text of [about, elsewhere]) {
    const full = loaded(lintText(text, {kind: 'plaintext'}).findings)
    assert.deepEqual(loaded(new IncrementalLinter().lint(text, {kind: 'plaintext'}).findings), full, text)
  }
  // The check can fail: the word is reported where the topic is absent, and only there.
  assert.deepEqual(loaded(lintText(about, {kind: 'plaintext'}).findings), [])
  assert.deepEqual(loaded(lintText(elsewhere, {kind: 'plaintext'}).findings), ['lefties'])
})

test('lexicon rule: two rules that report one word report spans that start where its words start', () => {
  const text = 'The fees are, of course, higher.'
  const document = readDocument(text, 'plaintext')
  const file = new VFile({value: text})
  file.data.editorialReview = {document}
  const rule = createLexiconRule({
    ruleId: 'test-rule',
    entries: [{patterns: ['of course'], rewrites: ['']}],
    message: '“{actual}”',
    note: 'A test.'
  })
  rule()(document.tree, file)
  const [message] = messagesOf(file, 'test-rule')
  // The deletion takes the comma before it; its words start at "of".
  assert.equal(message.actual, ', of course,')
  assert.equal(wordStartOf(file, message), text.indexOf('of course'))
  dropMessage(file, message)
  assert.deepEqual(messagesOf(file, 'test-rule'), [])
})
