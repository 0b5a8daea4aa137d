import assert from 'node:assert/strict'
import {test} from 'node:test'
import {lintPlain, ofRule} from '../../helpers'
import {ruleCases} from './rule-cases'

/** The replacements the first speculation finding on `text` offers. */
function rewritesOf(text: string): string[] {
  const [finding] = ofRule(lintPlain(text), 'speculation')
  assert.ok(finding, `no speculation finding in: ${text}`)
  return finding.suggestions.map((suggestion) => suggestion.replacement)
}

test('speculation: offers a hedged form of the verb', () => {
  const [finding] = ofRule(lintPlain('The deal will inevitably shape the port’s future.'), 'speculation')
  assert.equal(finding.actual, 'will inevitably shape')
  assert.deepEqual(
    finding.suggestions.map((suggestion) => suggestion.replacement),
    ['could shape', 'may shape']
  )
  const [sweeping] = ofRule(lintPlain('The merger fundamentally alters the harbour.'), 'speculation')
  assert.deepEqual(
    sweeping.suggestions.map((suggestion) => suggestion.replacement),
    ['may alter', 'could alter']
  )
})

test('speculation: a bare "will" becomes "may" or "could", and a negation stays with the modal', () => {
  assert.deepEqual(rewritesOf('Her voters will stay loyal.'), ['may stay', 'could stay'])
  assert.deepEqual(rewritesOf('The truce won’t last.'), ['may not last', 'might not last'])
  assert.deepEqual(rewritesOf('The truce will not last.'), ['may not last', 'might not last'])
  assert.deepEqual(rewritesOf('They’ll walk away from the deal.'), ['They may walk', 'They could walk'])
  assert.deepEqual(rewritesOf('The council will be defying its own voters.'), ['may be defying', 'could be defying'])
  assert.deepEqual(rewritesOf('The levy will certainly not help the growers.'), ['may not help', 'might not help'])
})

test('speculation: "is going to", "is bound to" and "cannot fail to" keep the verb that follows', () => {
  assert.deepEqual(rewritesOf('The mayor is going to lose the vote.'), ['could lose', 'may lose'])
  assert.deepEqual(rewritesOf('It’s not going to end well.'), ['It may not end', 'It might not end'])
  assert.deepEqual(rewritesOf('The merger is bound to fail.'), ['could fail', 'may fail'])
  assert.deepEqual(rewritesOf('There is no way the council approves the budget.'), [
    'It seems unlikely',
    'It is unlikely'
  ])
})

test('speculation: a mind read is hedged with an agreeing "seem", or given to a source', () => {
  assert.deepEqual(rewritesOf('He needs an excuse to fire her.'), ['He seems to need', '[Source] says he needs'])
  assert.deepEqual(rewritesOf('They want a recount.'), ['They seem to want', '[Source] says they want'])
  assert.deepEqual(rewritesOf('The inspectors feared the worst.'), [
    'The inspectors seemed to fear',
    '[Source] says the inspectors feared'
  ])
  assert.deepEqual(rewritesOf('The staff were appalled.'), [
    'The staff seemed appalled',
    '[Source] says the staff were appalled'
  ])
  assert.deepEqual(rewritesOf('The tenants are tired of the delays.'), [
    'The tenants seem tired of',
    '[Source] says the tenants are tired of'
  ])
  // In mid-sentence the attribution keeps the sentence's own capital.
  assert.deepEqual(rewritesOf('The vote failed, and the rebels know it was rigged.'), [
    'the rebels seem to know',
    '[source] says the rebels know'
  ])
  // "do not care" has no clean "seem" form: only the attribution.
  assert.deepEqual(rewritesOf('The owners do not care about the tenants.'), ['[Source] says the owners do not care'])
  // A relative "who" cannot follow "[source] says".
  assert.deepEqual(rewritesOf('It was a plan of a man who believes himself untouchable.'), ['who seems to believe'])
})

test('speculation: one finding for one stretch of text', () => {
  const findings = ofRule(lintPlain('The port will inevitably lose tenants.'), 'speculation')
  assert.deepEqual(
    findings.map((finding) => finding.actual),
    ['will inevitably lose']
  )
})

ruleCases('speculation', {
  fires: [
    ['The port will inevitably lose tenants.', 'will inevitably lose'],
    ['Fees are certain to rise.', 'are certain to'],
    ['The buyer is bound to cut jobs.', 'is bound to'],
    ['The plan is undeniably a land grab.', 'undeniably'],
    ['There is no doubt that rents will rise.', 'There is no doubt'],
    ['For Northwind, the incentive is clear: control the berths.', 'the incentive is clear'],
    ['The sale fundamentally alters the harbour.', 'fundamentally alters'],
    ['It is clear that the board failed.', 'It is clear that'],
    // Outcomes stated as certain.
    ['Her voters will stay loyal.', 'will stay'],
    ['The truce won’t last.', 'won’t last'],
    ['They’ll walk away from the deal.', 'They’ll walk'],
    ['The stadium will be a white elephant.', 'will be'],
    ['The governor will immediately begin dismantling the agency.', 'will immediately begin'],
    ['Shoppers will never come back to the old market.', 'will never come'],
    ['The mayor is going to lose the vote.', 'is going to lose'],
    ['The merger is bound to fail.', 'is bound to fail'],
    ['There is no way the council approves the budget.', 'There is no way'],
    ['The new tariffs cannot fail to raise prices.', 'cannot fail to raise'],
    ['You can bet the fees will rise.', 'You can bet'],
    // Motives, intentions and feelings of others.
    ['He needs an excuse to fire her.', 'He needs'],
    ['She wants to run the party herself.', 'She wants'],
    ['They are desperate to stop the inquiry.', 'They are desperate'],
    ['The staff were appalled.', 'The staff were appalled'],
    ['His goal is to split the union.', 'His goal is to'],
    ['The real aim is to sell the land.', 'The real aim'],
    ['The leak was designed to embarrass the minister.', 'designed to embarrass'],
    ['The councillor deliberately misled the committee.', 'deliberately'],
    ['He believes the rules do not apply to him.', 'He believes'],
    ['The owners do not care about the tenants.', 'The owners do not care'],
    ['The result left the organisers stunned.', 'the organisers stunned'],
    ['The regulator is a body convinced that it cannot fail.', 'a body convinced'],
    ['In her mind, the board owes her an apology.', 'In her mind'],
    ['The rival firm had only one motive: to block the sale.', 'only one motive'],
    ['The vote failed, and the rebels know it was rigged.', 'the rebels know'],
    // Minds of groups.
    ['Everyone knows the scheme is doomed.', 'Everyone knows'],
    ['Americans are sick of the feud.', 'Americans are sick of'],
    ['Commuters know the line is unsafe.', 'Commuters know']
  ],
  silent: [
    'The port could lose tenants, analysts said.',
    'Fees may rise next year.',
    'The board will meet on Monday.',
    'The water is clear and cold.',
    '“Fees will inevitably rise,” Okafor said.',
    'I am not sure to what extent the board agreed.',
    // Scheduled events and announced plans.
    'The final will be held in the new stadium.',
    'She will take office in January.',
    'The assembly will vote next week.',
    'The company said it will close the plant.',
    'Okafor said the port needed investment. The new berths will attract larger ships.',
    'The ministry plans to cut fees. It will also extend the deadline.',
    'The new law will allow students to teach.',
    'The draft will be replaced by a new bill.',
    // Conditional, hedged, questioned, in person.
    'If the vote fails, the coalition will collapse.',
    'The coalition will likely collapse.',
    'Perhaps the coalition will collapse.',
    'It is unclear whether the coalition will survive.',
    'Will the coalition survive?',
    'We will publish the full figures.',
    'You will need a permit.',
    'I think they will win.',
    'The political will to act is missing.',
    'There is no way to verify the figures.',
    // Minds that are cited, hedged, generic, or no minds at all.
    'Okafor said she wants to run again.',
    'Police believe the man fled north.',
    'Investors are reluctant to buy the bonds.',
    'Maybe they want a recount.',
    'They may want a recount.',
    'I think they want a recount.',
    'Our readers know the area well.',
    'She knew him from school.',
    'The coach knows the city well.',
    'Anyone who believes the rumour should read the report.',
    'Nobody knows what the court will decide.',
    'The cause of death was determined to be an accident.',
    'As far as the tenants are concerned, the deal is done.',
    'The plan is designed to help small farms.',
    'He was charged with deliberately starting the fire.',
    'The fund could completely transform the harbour.',
    'Residents asked why the council wants a new depot.',
    '“They are furious,” the union secretary said of the drivers.'
  ]
})

test('speculation: "inevitably" and "inevitable" keep their own verb in the rewrite, and a sourced one is left alone', () => {
  const rewrite = (text: string) =>
    ofRule(lintPlain(text), 'speculation').map((finding) =>
      finding.suggestions.map(
        (suggestion) => text.slice(0, finding.span.start) + suggestion.replacement + text.slice(finding.span.end)
      )
    )
  assert.deepEqual(rewrite('The port will inevitably lose its smaller tenants.'), [
    ['The port could lose its smaller tenants.', 'The port may lose its smaller tenants.']
  ])
  assert.deepEqual(rewrite('Smaller ports inevitably lose tenants after a merger.'), [
    ['Smaller ports likely lose tenants after a merger.']
  ])
  assert.deepEqual(rewrite('Defeat was inevitable by then.'), [['Defeat was likely by then.']])
  assert.deepEqual(rewrite('The merger was inevitable, the harbour board said.'), [])
})

test('speculation: "cannot fail to" gets a hedge that keeps a negation and agrees with its subject', () => {
  assert.deepEqual(rewritesOf('The new levy cannot fail to raise prices.'), ['is not unlikely to raise'])
  assert.deepEqual(rewritesOf('The new tariffs can’t fail to raise prices.'), ['are not unlikely to raise'])
  // Its neighbour, "is bound to", keeps its own hedge.
  assert.deepEqual(rewritesOf('The new levy is bound to raise prices.'), ['could raise', 'may raise'])
})

test('speculation: the word list is silent in a question and a Title Case headline, as the grammar is', () => {
  assert.deepEqual(ofRule(lintPlain('Will the deal inevitably shape the port?'), 'speculation'), [])
  assert.deepEqual(ofRule(lintPlain('Harbour Deal Is Bound To Fail'), 'speculation'), [])
  // The same words in a statement are flagged.
  assert.deepEqual(rewritesOf('The deal will inevitably shape the port.'), ['could shape', 'may shape'])
  assert.deepEqual(rewritesOf('The harbour deal is bound to fail.'), ['could fail', 'may fail'])
})

test('speculation: a motive’s hedge keeps its determiner and its tense', () => {
  assert.deepEqual(rewritesOf('The board has a hidden agenda.'), ['a likely agenda'])
  assert.deepEqual(rewritesOf('The board has an ulterior motive.'), ['a likely motive'])
  assert.deepEqual(rewritesOf('His true motive is money.'), ['His likely motive'])
  assert.deepEqual(rewritesOf('His goal was simple: win the port.'), [
    'His likely goal was',
    '[source] says the goal was'
  ])
  assert.deepEqual(rewritesOf('For Northwind, the incentive is clear: control the berths.'), [
    'the likely incentive is',
    '[source] says the incentive is'
  ])
})

test('speculation: "[Source] says" lowers the capital of a common noun that opened the sentence, not of a name', () => {
  assert.deepEqual(rewritesOf('Commuters know the line is unsafe.'), [
    'Commuters seem to know',
    '[Source] says commuters know'
  ])
  assert.deepEqual(rewritesOf('Okafor knows the line is unsafe.'), [
    'Okafor seems to know',
    '[Source] says Okafor knows'
  ])
  assert.deepEqual(rewritesOf('Democrats know the levy is doomed.'), [
    'Democrats seem to know',
    '[Source] says Democrats know'
  ])
})

// A message is what someone said, an order's outcome is what would follow, and the writer's guess is hedged.
ruleCases('speculation', {
  fires: [
    ['His goal was simple: win the port.', 'His goal was simple'],
    ['The board will fold.', 'will fold'],
    ['The crews fought the board, and it will fold.', 'will fold']
  ],
  silent: [
    'His message was simple: vote.',
    'The message was clear: the quay is closed.',
    'Fight the board and it will fold.',
    'My guess is the board will fold.',
    'I’d wager the board will fold.',
    'In my view the board will fold.'
  ]
})

test('speculation: "cannot fail to" someone is cited for is theirs', () => {
  assert.deepEqual(ofRule(lintPlain('The board said the levy cannot fail to raise prices.'), 'speculation'), [])
})

// Session 3, straight news: an obligation is no forecast, and a choice told by the deed that followed it is no mind read.
ruleCases('speculation', {
  fires: [
    ['The harbour board will raise the fees again.', 'will raise'],
    ['The council is going to lose the vote.', 'is going to lose'],
    ['He thought the harbour master was lying.', 'He thought']
  ],
  silent: [
    'The harbour board will have to find the money elsewhere.',
    'The council is going to have to borrow more.',
    'The port would have to close its north berths.',
    'The town will need to hire more pilots.',
    'The teenager, who thought it would be wise to throw stones at a patrol car, was arrested.',
    'Okafor thought it best to leave the meeting early.'
  ]
})
