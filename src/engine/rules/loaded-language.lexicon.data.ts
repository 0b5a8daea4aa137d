import {pluralOfNoun} from '../rewrites/english'
import type {LexiconEntry, Sense} from '../rule-kit/lexicon-rule'
import {thirdPersonPresent} from '../rewrites/english'

/*
 * The loaded-language lexicon: words that judge rather than describe in news
 * and opinion copy, grouped by kind. Chosen from the Wikipedia NPOV lexicon
 * (Recasens et al. 2013), the hedge and reporting-verb lists beside it, news
 * style guides (AP, Reuters, the BBC, the Guardian: "said" over "claimed",
 * no "regime", no epithets, no war metaphors for politics) and the language
 * of tabloid and partisan copy. Each item is one lemma in one sense: its part
 * of speech, the conditions that leave its literal senses alone ("savage" of
 * an animal, "toxic" of a chemical, "bleated" of a sheep), and a neutral
 * alternative of the same part of speech and number, or none where no honest
 * one exists ("idiot" has no neutral synonym: the fix is to say what was done).
 *
 * Items are written compactly and expanded by `build` below:
 *   nouns      'goon', 'demagogue:politician', 'madman/madmen', 'scum!' (no plural)
 *   adjectives 'vile' (deletion offered), 'draconian:strict' (the word, then deletion), 'x:-' (no rewrite)
 *   verbs      'whine:say' (whine, whines, whined, whining → say, says, said, saying),
 *              'tear/tore/torn into:criticize' (irregular forms, a particle after the verb)
 *   phrases    'dog and pony show:presentation' (as written)
 */

/** What kind of loaded wording an entry is: it sets the finding's confidence (see KIND_CONFIDENCE). */
export type LoadedKind =
  | 'epithet'
  | 'insult'
  | 'intensified'
  | 'scornful-saying'
  | 'compound'
  | 'label'
  | 'doubt'
  | 'emotive'
  | 'emotive-noun'
  | 'emotive-adverb'
  | 'criticism-verb'
  | 'metaphor'
  | 'judging-verb'
  | 'judging-saying'
  | 'puffery'
  | 'exaggeration'
  | 'euphemism'
  | 'mild-intensifier'
  | 'status'

/**
 * How sure a finding of each kind is, before the context is read (see
 * docs/rules/loaded-language.md). An epithet or an insult judges wherever it
 * stands in the writer's voice; an emotive adjective usually does; a verb of
 * saying such as "insisted" or "admitted" judges only sometimes; a bare
 * intensifier ("extremely") is emphasis more than judgement, and shows only
 * at `thorough` (0.25); a status word ("prominent") is the mildest.
 */
export const KIND_CONFIDENCE: Readonly<Record<LoadedKind, number>> = {
  epithet: 0.9,
  insult: 0.85,
  intensified: 0.9,
  'scornful-saying': 0.85,
  compound: 0.85,
  label: 0.75,
  doubt: 0.75,
  emotive: 0.7,
  'emotive-noun': 0.7,
  'emotive-adverb': 0.65,
  'criticism-verb': 0.75,
  metaphor: 0.65,
  'judging-verb': 0.65,
  'judging-saying': 0.6,
  puffery: 0.6,
  exaggeration: 0.55,
  euphemism: 0.55,
  'mild-intensifier': 0.4,
  status: 0.35
}

/** What the loaded-language rule knows of an entry beyond the lexicon rule's conditions. */
export interface LoadedFields {
  /** The kind of wording: its base confidence. */
  kind?: LoadedKind
  /** A confidence of its own, when the kind's does not fit the word. */
  confidence?: number
  /**
   * The word has a literal sense its conditions cannot always exclude ("hammered", "toxic",
   * "meltdown"): the finding is less sure, unless the sentence is about public life (a party, a
   * bill, a minister: PUBLIC_LIFE) or has one of the words given here.
   */
  literal?: boolean | readonly string[]
  /** Report only when the sentence has one of these words (an animal insult needs a person to insult). */
  requires?: readonly string[]
  /** Report only before a figure ("a whopping 40 percent", "a staggering $2 billion"). */
  beforeNumber?: boolean
  /** Skip after a possessive: "the senator’s whines" is the noun. */
  notAfterPossessive?: boolean
  /** The group the entry was built from, for counts and tests. */
  group?: string
  /** The lemma the entry was built from: one lemma in one sense, however many forms it has. */
  lemma?: string
  /**
   * Weaker evidence, not none: when the sentence has one of these words (compared as written), the
   * finding's confidence falls to `softConfidence` ("racist" in a sentence about a court case is
   * likelier the charge than the writer's label, but may still be the writer's word).
   */
  softUnless?: readonly string[]
  /** Weaker evidence, not none: unless the sentence has one of these words, the confidence falls to `softConfidence`. */
  softRequires?: readonly string[]
  /** The confidence a soft condition leaves (0.3 unless said otherwise: shown at `thorough` only). */
  softConfidence?: number
  /** Weaker evidence throughout: the finding's confidence is at most `softConfidence`. */
  weak?: boolean
  /**
   * A nickname epithet: the matched adjective must be written with a capital and followed by a capitalized
   * name ("Crooked Hillary", "Lyin' Ted"), not one of the places and things named the same way ("Little Rock").
   * `weak`: the adjective also makes many real names ("Little"), so only before a single name, not in a headline in Title Case.
   */
  nickname?: 'strong' | 'weak'
  /** The word is never a name, whatever its capital ("Eurofanatics"): the check for names leaves it alone. */
  nameless?: boolean
}

export type LoadedEntry = LexiconEntry & LoadedFields

// ---------------------------------------------------------------------------------------------
// Contexts that make a word literal, or confirm its figurative sense.

/** Animals: "bleated", "barked", "rat", "vulture" are literal near them. */
export const ANIMAL_CONTEXT = [
  'animal', 'animals', 'dog', 'dogs', 'puppy', 'puppies', 'cat', 'cats', 'kitten', 'sheep', 'lamb', 'lambs', 'goat', 'goats', 'cow',
  'cows', 'cattle', 'calf', 'horse', 'horses', 'pony', 'pig', 'pigs', 'hog', 'hogs', 'boar', 'bird', 'birds', 'wolf', 'wolves', 'lion',
  'lions', 'bear', 'bears', 'shark', 'sharks', 'snake', 'snakes', 'serpent', 'rooster', 'hen', 'hens', 'chicken', 'chickens', 'livestock',
  'herd', 'flock', 'hound', 'hounds', 'zoo', 'wildlife', 'vet', 'veterinarian', 'farm', 'farmer', 'farmers', 'pet', 'pets', 'owl', 'crow',
  'crows', 'goose', 'geese', 'duck', 'ducks', 'rat', 'rats', 'rodent', 'rodents', 'mice', 'mouse', 'insect', 'insects', 'species',
  'predator', 'prey', 'hunter', 'hunters', 'breed', 'fox', 'foxes', 'deer', 'monkey', 'monkeys', 'ape', 'apes', 'parrot', 'seal',
  'whale', 'whales', 'dolphin', 'fish', 'coyote', 'coyotes', 'hyena', 'hyenas', 'jackal', 'vulture', 'vultures', 'leech', 'leeches',
  'worm', 'worms', 'parasite', 'parasites', 'weasel', 'weasels', 'swine', 'vermin', 'pest', 'pests', 'infestation', 'kennel', 'barn',
  'stable', 'pasture', 'sanctuary', 'poacher', 'poachers', 'habitat', 'nest', 'cage', 'caged', 'bite', 'bitten', 'fur', 'tail', 'beak'
]

/** Engines, vehicles and machines: "whined", "screeched", "roared", "sputtered" are literal near them. */
export const MACHINE_CONTEXT = [
  'engine', 'engines', 'car', 'cars', 'tyre', 'tyres', 'tire', 'tires', 'brake', 'brakes', 'motor', 'motors', 'train', 'trains', 'truck',
  'trucks', 'vehicle', 'vehicles', 'jet', 'jets', 'plane', 'planes', 'aircraft', 'helicopter', 'siren', 'sirens', 'alarm', 'alarms',
  'machine', 'machines', 'machinery', 'drill', 'kettle', 'pipe', 'pipes', 'wheel', 'wheels', 'rotor', 'generator', 'turbine', 'motorcycle',
  'bus', 'buses', 'ambulance', 'rocket', 'rockets', 'drone', 'drones', 'speaker', 'speakers', 'microphone', 'feedback', 'radio'
]

/** Weather, fire, water and the earth: "raged", "thundered", "spewed", "battered", "hammered" are literal near them. */
export const NATURE_CONTEXT = [
  'wind', 'winds', 'gale', 'gales', 'storm', 'storms', 'thunder', 'lightning', 'rain', 'rains', 'sea', 'seas', 'wave', 'waves', 'volcano',
  'volcanoes', 'lava', 'ash', 'smoke', 'fumes', 'steam', 'water', 'waters', 'sewage', 'oil', 'gas', 'geyser', 'chimney', 'chimneys',
  'exhaust', 'flame', 'flames', 'fire', 'fires', 'blaze', 'wildfire', 'wildfires', 'hurricane', 'hurricanes', 'typhoon', 'cyclone',
  'tornado', 'earthquake', 'quake', 'flood', 'floods', 'flooding', 'river', 'tide', 'snow', 'snowstorm', 'blizzard', 'ice', 'hail',
  'weather', 'heatwave', 'drought', 'coast', 'coastline', 'shore', 'debris', 'pipeline', 'leak', 'spill', 'plume', 'crater', 'eruption'
]

/** War, attacks, crime and injury: where "massacre", "ambush", "siege" and "hostage" are what happened. */
export const VIOLENCE_CONTEXT = [
  'killed', 'kill', 'killing', 'killings', 'injured', 'injure', 'injuries', 'wounded', 'wound', 'dead', 'death', 'deaths', 'died', 'die',
  'war', 'wars', 'warfare', 'attack', 'attacks', 'attacked', 'bomb', 'bombs', 'bombing', 'bombed', 'shelling', 'shelled', 'airstrike',
  'airstrikes', 'missile', 'missiles', 'artillery', 'gunfire', 'gunman', 'gunmen', 'shot', 'shooting', 'shootings', 'gun', 'guns', 'rifle',
  'rifles', 'weapon', 'weapons', 'soldier', 'soldiers', 'troops', 'troop', 'army', 'armies', 'military', 'militia', 'militias', 'navy',
  'battalion', 'regiment', 'civilian', 'civilians', 'militant', 'militants', 'insurgent', 'insurgents', 'rebels', 'guerrillas', 'fighters',
  'hostage', 'hostages', 'captive', 'captives', 'kidnapped', 'kidnap', 'kidnapping', 'abducted', 'abduct', 'prisoner', 'prisoners',
  'torture', 'tortured', 'rape', 'raped', 'stabbed', 'stabbing', 'murder', 'murdered', 'beaten', 'beating', 'crash', 'accident',
  'hospital', 'casualties', 'massacre', 'invasion', 'invaded', 'occupation', 'siege', 'besieged', 'ceasefire', 'battlefield', 'combat',
  'terrorist', 'terrorists', 'explosion', 'explosive', 'explosives', 'grenade', 'tank', 'tanks', 'sniper', 'snipers', 'police', 'riot'
]

/** Courts and crimes: where "fraud", "racket", "extortion" and "predator" are the charge, not an insult. */
export const LEGAL_CONTEXT = [
  'court', 'courts', 'charged', 'charges', 'charge', 'trial', 'jury', 'judge', 'prosecutor', 'prosecutors', 'prosecution', 'police',
  'suspect', 'suspects', 'lawsuit', 'indictment', 'indicted', 'convicted', 'conviction', 'guilty', 'sentenced', 'sentence', 'arrested',
  'arrest', 'accused', 'defendant', 'plaintiff', 'complaint', 'investigators', 'investigation', 'allegations', 'alleged', 'crime', 'crimes',
  'criminal', 'attorney', 'lawyer', 'lawyers', 'fbi', 'detective', 'detectives', 'prison', 'jail', 'jailed', 'offence', 'offense',
  'statute', 'felony', 'misdemeanor', 'plea', 'pleaded', 'testified', 'testimony', 'verdict', 'acquitted', 'victims', 'victim', 'sued'
]

/**
 * Public life: politics, government, business, the press. In a sentence about these, "hammered",
 * "toxic", "meltdown" or "circus" can only be figurative, and an animal word can only be an insult.
 */
export const PUBLIC_LIFE = [
  'president', 'presidents', 'presidential', 'senator', 'senators', 'senate', 'congress', 'congressional', 'lawmaker', 'lawmakers',
  'legislator', 'legislators', 'legislature', 'parliament', 'parliamentary', 'mp', 'mps', 'minister', 'ministers', 'governor', 'governors',
  'mayor', 'official', 'officials', 'administration', 'government', 'governments', 'cabinet', 'party', 'parties', 'democrats', 'democrat',
  'democratic', 'republicans', 'republican', 'gop', 'labour', 'tory', 'tories', 'conservatives', 'conservative', 'liberals', 'liberal',
  'progressives', 'progressive', 'leftists', 'campaign', 'candidate', 'candidates', 'election', 'elections', 'voters', 'vote', 'votes',
  'critics', 'critic', 'opponents', 'opponent', 'rivals', 'supporters', 'allies', 'media', 'press', 'journalists', 'journalist', 'reporters',
  'bill', 'bills', 'law', 'legislation', 'policy', 'policies', 'proposal', 'budget', 'reform', 'agency', 'department', 'ceo', 'executive',
  'executives', 'chairman', 'board', 'company', 'companies', 'union', 'unions', 'activists', 'activist', 'protesters', 'leader', 'leaders',
  'leadership', 'politician', 'politicians', 'political', 'politics', 'speaker', 'spokesman', 'spokeswoman', 'spokesperson', 'aide', 'aides',
  'white', 'kremlin', 'trump', 'obama', 'clinton', 'biden', 'pelosi', 'washington', 'establishment', 'elite', 'elites', 'commentators',
  'pundits', 'pundit', 'op-ed', 'editorial', 'tweet', 'tweeted', 'interview', 'speech', 'rally', 'debate', 'senators', 'committee'
]

/** Words that say someone judged a speech act: "was slammed", "were claimed", passives after "be" that report, not judge. */
export const BEFORE_PAST_SAYING = ['was', 'were', 'been', 'be', 'is', 'are', 'being', 'not', 'often', 'widely', 'commonly']

/** Verbs of saying whose form in -s is seldom a noun in news copy ("whines", "bleats", "spews"): the tagger's noun is overruled for them. */
const LOOSE_THIRD = new Set([
  'whine', 'bleat', 'spew', 'seethe', 'bloviate', 'blather', 'blether', 'prattle', 'gloat', 'sneer', 'scoff', 'harrumph', 'pontificate', 'yammer',
  'jabber', 'gabble', 'kvetch', 'whinge', 'sermonize', 'sermonise', 'moralize', 'moralise', 'bluster'
])

/** Words after which a form in -s is a plural noun, not a verb ("the whines", "his rants"). */
const BEFORE_PRESENT_SAYING = ['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'these', 'those', 'such', 'of', 'and', 'or', 's', 'many', 'some', 'no', 'any', 'more', 'endless', 'constant', 'angry', 'loud']

/** Particles after which a verb of saying is literal or idiomatic ("complained of pain", "snapped back into place"). */
const SAYING_PARTICLES = ['of', 'into', 'under', 'up', 'off', 'back', 'over', 'out', 'open', 'shut', 'down']

// ---------------------------------------------------------------------------------------------
// Messages.

const EPITHET = '“{actual}” is an epithet: it insults rather than describes. Say what the person did, or attribute the word.'
const INSULT = '“{actual}” insults rather than describes. Say what was done and let readers judge.'
const EMOTIVE = '“{actual}” tells readers what to feel. Describe what happened and let them judge.'
const VERDICT = '“{actual}” is a verdict, not a description. Say what happened, or attribute the judgement.'
const LABEL = '“{actual}” is a contentious label in the writer’s voice; describe what the people did or believe, or attribute the label.'
const METAPHOR = '“{actual}” borrows the language of war or crime for an ordinary event; say plainly what happened.'
const SAID = '“{actual}” judges what the speaker said; “said” reports it and lets the reader judge.'
const SCORN = '“{actual}” mocks the speaker; report what was said with “said” and let the reader judge.'
const CRITICISED = '“{actual}” dramatizes criticism; “criticized” reports it.'
const PRAISED = '“{actual}” is praise in the writer’s voice; “praised” reports it.'
const CONDUCT = '“{actual}” judges what was done; describe the action and let readers judge.'
const DOUBT = '“{actual}” signals doubt without saying whose doubt it is. Say who disputes the claim and why, or attribute it.'

/** A sentence that shows a claim disputed or false: there "claim" is the accurate verb (see loaded-language.data.ts). */
const DISPUTED_CLAIM = [
  'false', 'falsely', 'lie', 'lies', 'lied', 'untrue', 'evidence', 'debunked', 'disputed', 'disputes', 'dispute', 'denied', 'denies',
  'deny', 'unsubstantiated', 'unverified', 'unconfirmed', 'baseless', 'unfounded', 'refuted', 'contradicted', 'contradicts', 'fact-check',
  'fact-checkers', 'hoax', 'fake', 'bogus', 'wrong', 'incorrect', 'inaccurate', 'proof', 'proven', 'disproven', 'misleading'
]
const PUFFERY = '“{actual}” is praise in the writer’s voice (puffery); show what earns it, or attribute it.'
const EXAGGERATES = '“{actual}” exaggerates; give the figure instead.'
const MINIMIZES = '“{actual}” belittles the figure before readers see it; give the figure and let them judge its size.'
const INTENSIFIED = '“{actual}” piles the writer’s emphasis onto a judgement; cut it, or show what earns it.'
const EMPHASIS = '“{actual}” adds the writer’s emphasis; cut it, or give the figure that shows the degree.'
const COMPOUND = '“{actual}” names a motive or a flaw the reader has not been shown; describe what was said or done.'
const EUPHEMISM = '“{actual}” is a euphemism; say plainly what happened.'
const STATUS = '“{actual}” ranks the subject in the writer’s voice; show what earns it, or leave it out.'
const MOOD = '“{actual}” tells readers how someone felt, in the writer’s dramatizing word; say what they said or did.'
const INSINUATES = '“{actual}” insinuates a suspicion without stating it; state the fact, or attribute the suspicion.'

// ---------------------------------------------------------------------------------------------
// Morphology: just enough to inflect the items and their rewrites.

/** Verbs whose past, participle or doubling the rules below do not give. */
const IRREGULAR: Readonly<Record<string, readonly [string, string]>> = {
  say: ['said', 'said'], tell: ['told', 'told'], rise: ['rose', 'risen'], fall: ['fell', 'fallen'], grow: ['grew', 'grown'],
  take: ['took', 'taken'], cut: ['cut', 'cut'], mislead: ['misled', 'misled'], spend: ['spent', 'spent'], make: ['made', 'made'],
  give: ['gave', 'given'], speak: ['spoke', 'spoken'], beat: ['beat', 'beaten'], win: ['won', 'won'], lose: ['lost', 'lost'],
  hit: ['hit', 'hit'], set: ['set', 'set'], put: ['put', 'put'], hold: ['held', 'held'], seek: ['sought', 'sought'],
  bring: ['brought', 'brought'], shut: ['shut', 'shut'], lead: ['led', 'led'], go: ['went', 'gone'], throw: ['threw', 'thrown'],
  tear: ['tore', 'torn'], spit: ['spat', 'spat'], lay: ['laid', 'laid'], sling: ['slung', 'slung'], fling: ['flung', 'flung'],
  strike: ['struck', 'struck'], shake: ['shook', 'shaken'], feel: ['felt', 'felt'], keep: ['kept', 'kept'], leave: ['left', 'left'],
  run: ['ran', 'run'], pay: ['paid', 'paid'], sell: ['sold', 'sold'], send: ['sent', 'sent'], stand: ['stood', 'stood'],
  bite: ['bit', 'bitten'], blow: ['blew', 'blown'], drive: ['drove', 'driven'], break: ['broke', 'broken'], steal: ['stole', 'stolen'],
  shoot: ['shot', 'shot'], sink: ['sank', 'sunk'], overthrow: ['overthrew', 'overthrown'], undercut: ['undercut', 'undercut'],
  withdraw: ['withdrew', 'withdrawn'], get: ['got', 'got'], come: ['came', 'come'], swing: ['swung', 'swung'], draw: ['drew', 'drawn'],
  wage: ['waged', 'waged'], spin: ['spun', 'spun'], stick: ['stuck', 'stuck'], find: ['found', 'found'], leap: ['leapt', 'leapt'], let: ['let', 'let'], sing: ['sang', 'sung'], swear: ['swore', 'sworn'], bind: ['bound', 'bound']
}

/** Verbs of more than one syllable that double their last consonant (admitted, patrolled). */
const DOUBLING = new Set(['admit', 'commit', 'omit', 'regret', 'abet', 'rebut', 'compel', 'propel', 'patrol', 'control', 'defer', 'refer', 'prefer', 'kidnap', 'outwit', 'equip', 'embed', 'hobnob'])

function doubles(verb: string): boolean {
  if (DOUBLING.has(verb)) return true
  // "flip-flop" doubles as "flop" does.
  const plain = verb.slice(verb.lastIndexOf('-') + 1).replace(/^qu/, 'q')
  return /^[^aeiou]*[aeiou][^aeiouwxy]$/.test(plain)
}

function pastOf(verb: string): string {
  if (IRREGULAR[verb]) return IRREGULAR[verb][0]
  if (verb.endsWith('e')) return `${verb}d`
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ied`
  if (doubles(verb)) return `${verb}${verb.at(-1)}ed`
  return `${verb}ed`
}

function participleOf(verb: string): string {
  return IRREGULAR[verb] ? IRREGULAR[verb][1] : pastOf(verb)
}

function gerundOf(verb: string): string {
  if (verb.endsWith('ie')) return `${verb.slice(0, -2)}ying`
  if (/[^eoy]e$/.test(verb) && verb !== 'be') return `${verb.slice(0, -1)}ing`
  if (doubles(verb)) return `${verb}${verb.at(-1)}ing`
  return `${verb}ing`
}

type VerbForm = 'base' | 'third' | 'past' | 'participle' | 'gerund'

function inflectVerb(verb: string, form: VerbForm): string {
  switch (form) {
    case 'base':
      return verb
    case 'third':
      return thirdPersonPresent(verb)
    case 'past':
      return pastOf(verb)
    case 'participle':
      return participleOf(verb)
    case 'gerund':
      return gerundOf(verb)
  }
}

/** Inflects the verb of a rewrite: its first word that is not an adverb in -ly ("sharply reduce" → "sharply reduced"). */
function inflectPhrase(phrase: string, form: VerbForm): string {
  const words = phrase.split(' ')
  const at = words.findIndex((word) => !/ly$/.test(word))
  if (at < 0) return phrase
  words[at] = inflectVerb(words[at], form)
  return words.join(' ')
}

/** The plural of a noun phrase: its head ("con man" → "con men", "advocate of war" → "advocates of war"). */
export function pluralOf(phrase: string): string {
  const of = phrase.indexOf(' of ')
  const head = of < 0 ? phrase : phrase.slice(0, of)
  const rest = of < 0 ? '' : phrase.slice(of)
  const words = head.split(' ')
  words[words.length - 1] = pluralOfNoun(words[words.length - 1])
  return words.join(' ') + rest
}

// ---------------------------------------------------------------------------------------------
// Groups and their expansion.

type Extra = Partial<LoadedEntry> & {
  /** For a verb: the parts of speech its past form may take ("a gutted agency" reads as an adjective). */
  pastSenses?: readonly Sense[]
  /** For a noun: the plural is its own item elsewhere, or there is none. */
  singularOnly?: boolean
}
type Item = string | readonly [string, Extra]

interface Group {
  /** A short name, for counts and tests. */
  name: string
  kind: LoadedKind
  form: 'noun' | 'adjective' | 'adverb' | 'verb' | 'phrase'
  message: string
  /** Whether deleting the word is offered (adjectives and adverbs): true unless said otherwise. */
  deletable?: boolean
  /**
   * Adjectives with no homograph but a participle: the part of speech is checked only for words in
   * -ing ("sneering", "calculating"), since the tagger reads a capitalized first word as a name
   * ("Depraved thugs…"). An adjective in -ed is loaded in its verb's use too ("coddled", "depraved").
   */
  looseSense?: boolean
  /** Conditions every item of the group shares (an item's own replace them). */
  shared?: Extra
  items: readonly Item[]
}

/** An item's word or words, and its rewrites ("-" for none). */
function split(spec: string): {word: string; alternatives: string[] | undefined} {
  const colon = spec.indexOf(':')
  if (colon < 0) return {word: spec, alternatives: undefined}
  const rest = spec.slice(colon + 1)
  return {word: spec.slice(0, colon), alternatives: rest === '-' ? [] : rest.split(',')}
}

function withShared(group: Group, extra: Extra | undefined): Extra {
  return {...group.shared, ...extra}
}

function entryOf(group: Group, lemma: string, patterns: string[], rewrites: string[] | undefined, extra: Extra): LoadedEntry {
  const {pastSenses: _pastSenses, singularOnly: _singularOnly, ...fields} = extra
  const entry: LoadedEntry = {kind: group.kind, message: group.message, group: group.name, lemma, ...fields, patterns}
  if (rewrites !== undefined && extra.rewrites === undefined) entry.rewrites = rewrites
  return entry
}

function expand(group: Group, item: Item): LoadedEntry[] {
  const [spec, own] = typeof item === 'string' ? [item, undefined] : item
  const extra = withShared(group, own)
  const {word, alternatives} = split(spec)
  switch (group.form) {
    case 'noun': {
      const massNoun = word.endsWith('!') || extra.singularOnly === true
      const [singular, plural] = word.replace(/!$/, '').split('/')
      const lemma = singular
      const singulars = alternatives?.map((alternative) => alternative.split('/')[0])
      const plurals = alternatives?.map((alternative) => alternative.split('/')[1] ?? pluralOf(alternative))
      const entries = [entryOf(group, lemma, [singular], singulars, {partOfSpeech: 'NOUN', ...extra})]
      if (!massNoun) entries.push(entryOf(group, lemma, [plural ?? pluralOf(singular)], plurals, {partOfSpeech: 'NOUN', ...extra}))
      return entries
    }
    case 'adjective':
    case 'adverb': {
      const deletion = group.deletable === false ? [] : ['']
      const rewrites = alternatives === undefined ? deletion : alternatives.length === 0 ? [] : [...alternatives, ...deletion]
      const participle = /ing$/.test(word)
      const sense: Extra = group.looseSense && !participle ? {} : {partOfSpeech: group.form === 'adjective' ? 'ADJ' : 'ADV'}
      return [entryOf(group, word, [word], rewrites, {...sense, ...extra})]
    }
    case 'verb': {
      const space = word.indexOf(' ')
      const head = space < 0 ? word : word.slice(0, space)
      const tail = space < 0 ? '' : word.slice(space)
      const [base, past, participle] = head.split('/')
      const forms: Record<VerbForm, string> = {
        base,
        third: thirdPersonPresent(base),
        past: past ?? pastOf(base),
        participle: participle ?? past ?? pastOf(base),
        gerund: gerundOf(base)
      }
      // A phrasal verb is checked by its particle; a single word by its part of speech.
      const sense = (form: VerbForm): Extra => {
        if (tail) return {}
        // The tagger reads "bleats" and "whines" before a preposition as plural nouns; after a subject they are the verb.
        if (form === 'third' && LOOSE_THIRD.has(base)) return {unlessBefore: BEFORE_PRESENT_SAYING, notAfterPossessive: true}
        if ((form === 'past' || form === 'participle') && extra.pastSenses) return {partOfSpeech: extra.pastSenses}
        return {partOfSpeech: 'VERB'}
      }
      const order: VerbForm[] = ['base', 'third', 'past', 'gerund']
      const entries: LoadedEntry[] = []
      const pastLike = (form: VerbForm) => form === 'past' || form === 'participle'
      for (const form of order) {
        // "hit out at", "let slip": the base form is also the past, which news copy uses far more; one entry, with the past's rewrite.
        if (form === 'base' && forms.past === forms.base) continue
        const rewrites = alternatives?.map((alternative) => inflectPhrase(alternative, form))
        const conditions: Extra = {...sense(form), ...extra}
        // "was whined", "were bleated" are no verbs of saying: the past after "be" is a passive or an adjective.
        if (pastLike(form) && group.kind.endsWith('saying') && !extra.unlessBefore) conditions.unlessBefore = BEFORE_PAST_SAYING
        entries.push(entryOf(group, base + tail, [forms[form] + tail], rewrites, conditions))
      }
      if (forms.participle !== forms.past) {
        const rewrites = alternatives?.map((alternative) => inflectPhrase(alternative, 'participle'))
        entries.push(entryOf(group, base + tail, [forms.participle + tail], rewrites, {...sense('participle'), ...extra}))
      } else if (alternatives?.some((alternative) => inflectPhrase(alternative, 'participle') !== inflectPhrase(alternative, 'past'))) {
        // "has soared" → "has risen": after "have", the rewrite needs its participle.
        const rewrites = alternatives.map((alternative) => `{first} ${inflectPhrase(alternative, 'participle')}`)
        entries.push(entryOf(group, base + tail, [`has|have|had|having ${forms.past}${tail}`], rewrites, {...extra}))
      }
      return entries
    }
    case 'phrase':
      return [entryOf(group, word, [word], alternatives ?? (group.deletable === false ? [] : ['']), extra)]
  }
}

/** Expands the groups into entries. */
function build(groups: readonly Group[]): LoadedEntry[] {
  return groups.flatMap((group) => group.items.flatMap((item) => expand(group, item)))
}


// ---------------------------------------------------------------------------------------------
// The groups.

/** Clinical words: where "narcissist" or "sociopath" is a diagnosis, not an insult. */
const CLINICAL_CONTEXT = ['diagnosed', 'diagnosis', 'disorder', 'disorders', 'patient', 'patients', 'psychiatrist', 'psychiatrists', 'psychologist', 'psychologists', 'clinical', 'therapy', 'therapist', 'symptoms', 'traits', 'personality']

/**
 * People named by their role or a pronoun: a sentence with one of these and no word of public life
 * can still use an animal as an insult ("every staffer who knew was a weasel"), less surely.
 */
const PEOPLE_CONTEXT = [
  'he', 'she', 'his', 'her', 'him', 'man', 'men', 'woman', 'women', 'guy', 'guys', 'people', 'person', 'staffer', 'staffers', 'staff',
  'agent', 'agents', 'manager', 'managers', 'employee', 'employees', 'boss', 'bosses', 'publicist', 'publicists', 'assistant',
  'assistants', 'lawyer', 'lawyers', 'lobbyist', 'lobbyists', 'banker', 'bankers', 'producer', 'producers', 'everyone', 'anyone'
]

/**
 * An animal used as an insult: in a sentence about people in public life, never near an animal; in a
 * sentence about other people (a staffer, "he"), only at `thorough`.
 */
const ANIMAL_INSULT: Extra = {unlessSentenceHas: ANIMAL_CONTEXT, requires: [...PUBLIC_LIFE, ...PEOPLE_CONTEXT], softRequires: PUBLIC_LIFE, literal: true, skipProperNoun: true}

/** Objects that make a verb of saying an ordinary transitive verb: "claimed victory", "revealed details", "admitted him". */
const SAYING_OBJECTS = ['victory', 'responsibility', 'credit', 'asylum', 'ownership', 'lives', 'life', 'title', 'titles', 'seat', 'seats', 'prize', 'award', 'medal', 'land', 'territory', 'damages', 'compensation', 'benefits', 'refund', 'him', 'them', 'me', 'us', 'her', 'of', 'about', 'plans', 'plan', 'details', 'new', 'a', 'an']

/** What one claims as one's due rather than says: "claiming the privilege", "claimed the exemption". */
export const CLAIMED_OBJECTS = [
  'privilege', 'privileges', 'right', 'rights', 'exemption', 'exemptions', 'immunity', 'deduction', 'deductions', 'credit', 'victory',
  'responsibility', 'title', 'asylum', 'status', 'prize', 'seat', 'ownership', 'refund', 'benefit', 'benefits', 'damages',
  'compensation', 'land', 'territory', 'sovereignty', 'inheritance', 'allowance', 'relief', 'protection', 'share', 'stake'
]

/** Objects of "concede" in a contest: "conceded the race", "conceded two goals". */
const CONCEDED_OBJECTS = ['election', 'race', 'defeat', 'nomination', 'primary', 'seat', 'contest', 'vote', 'game', 'match', 'goal', 'run', 'penalty', 'set', 'title', 'victory', 'runoff', 'ground', 'territory']
const CONTEST_CONTEXT = ['election', 'race', 'vote', 'ballot', 'primary', 'nomination', 'defeat', 'lose', 'loss', 'victory', 'win', 'trial', 'conviction', 'acquittal', 'verdict', 'jury', 'game', 'match', 'contest', 'poll', 'runoff', 'candidate', 'campaign']

/** Foreign interference in an election, where news copy used "meddling" as its plain word (compared as written). */
const RUSSIAN_MEDDLING = ['russia', 'russian', 'russians', 'russia’s', "russia's", 'kremlin', 'moscow', 'election', 'elections', 'foreign']

/** Where being "admitted to" something is entry, not a confession: a hospital, a school, a club, a country. */
const ADMISSION_CONTEXT = [
  'hospital', 'hospitals', 'clinic', 'ward', 'icu', 'care', 'intensive', 'emergency', 'infirmary', 'unit', 'university', 'college',
  'school', 'schools', 'bar', 'membership', 'program', 'programme', 'academy', 'club', 'union', 'league', 'practice', 'asylum', 'country',
  'treatment', 'rehab', 'rehabilitation', 'facility', 'nato', 'eu', 'institute', 'hall', 'fame', 'party', 'order', 'priesthood', 'ministry'
]

/** Words that open a verb's object: after them a participle in -ing or -ed is the verb ("insulting the judge"), not the adjective. */
const VERB_OBJECT_START = ['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'him', 'them', 'us', 'me', 'this', 'that', 'these', 'those']

/**
 * What "hoax" classifies in a fact-check: fabricated content of a kind ("a hoax site", "the hoax story", "an admitted
 * hoax outlet"), a description, not the writer's verdict on a claim ("the climate hoax").
 */
const HOAX_KINDS = [
  'site', 'sites', 'website', 'websites', 'story', 'stories', 'outlet', 'outlets', 'news', 'article', 'articles', 'email', 'emails',
  'call', 'calls', 'post', 'posts', 'page', 'pages', 'account', 'accounts', 'video', 'videos', 'photo', 'photos', 'image', 'images',
  'letter', 'letters', 'tweet', 'tweets', 'message', 'messages', 'headline', 'headlines'
]

/** A lawsuit in the sentence: what it "claims" is the legal term for its allegations, not doubt cast on a speaker. */
export const LAWSUIT_CONTEXT = ['lawsuit', 'lawsuits', 'sued', 'sues', 'suing', 'suit', 'complaint', 'filing', 'plaintiff', 'plaintiffs', 'petition']

/** What "historic" names as a designation, not a ranking: "the historic district", "a historic building". */
const HISTORIC_DESIGNATIONS = [
  'district', 'districts', 'site', 'sites', 'building', 'buildings', 'landmark', 'landmarks', 'preservation', 'neighborhood',
  'neighbourhood', 'downtown', 'center', 'centre', 'quarter', 'core', 'home', 'homes', 'house', 'houses', 'church', 'churches',
  'structure', 'structures', 'register', 'park', 'trail', 'village', 'town', 'city', 'main', 'square', 'courthouse', 'theater',
  'theatre', 'hotel', 'cemetery', 'properties', 'property', 'monument', 'monuments', 'bridge', 'mill', 'estate', 'marker'
]

/** People on the move: where "invade" and "invasion" cast migration as war. */
const MIGRATION_CONTEXT = [
  'immigrants', 'immigrant', 'immigration', 'migrants', 'migrant', 'migration', 'illegals', 'refugees', 'refugee', 'asylum', 'asylum-seekers',
  'aliens', 'foreigners', 'caravan', 'caravans', 'newcomers'
]

/** What a person "acts like" in an insulting simile ("acting like a pig", "behaved like spoiled children"). */
const INSULT_SIMILES = [
  'pig', 'pigs', 'child', 'children', 'baby', 'babies', 'toddler', 'toddlers', 'brat', 'brats', 'thug', 'thugs', 'gangster', 'gangsters',
  'dictator', 'dictators', 'tyrant', 'tyrants', 'madman', 'madmen', 'lunatic', 'lunatics', 'maniac', 'maniacs', 'clown', 'clowns', 'fool',
  'fools', 'idiot', 'idiots', 'bully', 'bullies', 'animal', 'animals', 'savage', 'savages', 'spoiled', 'spoilt', 'petulant', 'sulky',
  'schoolboy', 'schoolboys', 'schoolgirl', 'teenager', 'teenagers', 'mob', 'mobster', 'mobsters', 'buffoon', 'buffoons', 'jerk', 'jerks',
  'monarch', 'king', 'emperor', 'despot', 'caveman', 'cavemen', 'lemming', 'lemmings', 'sheep'
]

const GROUPS: Group[] = [
  // Epithets: nouns that call people names. No neutral word says what an insult says; where the role is
  // plain ("demagogue" of a politician, "tyrant" of a ruler) the role is offered, otherwise nothing.
  {
    name: 'epithets',
    kind: 'epithet',
    form: 'noun',
    message: EPITHET,
    shared: {skipProperNoun: true},
    items: [
      'goon', 'hooligan', 'lout', 'yob', 'ruffian', 'hoodlum', 'scoundrel', 'blackguard', 'knave', 'miscreant', 'reprobate', 'wretch',
      'crook', 'charlatan', 'huckster:promoter', 'con man/con men', 'conman/conmen', 'grifter', 'mountebank', 'snake-oil salesman/snake-oil salesmen:promoter',
      'shyster:lawyer', 'ambulance chaser:personal injury lawyer', 'demagogue:politician', 'rabble-rouser', 'agitator:activist',
      'troublemaker', 'provocateur', 'hothead', 'hatemonger', 'fearmonger', 'scaremonger', 'warmonger:advocate of war', 'race-baiter',
      'race hustler', 'tyrant:ruler', 'despot:ruler', 'puppet master', 'puppeteer', 'svengali', 'nutjob', 'nutcase', 'crackpot',
      ['crank', {unlessAfter: ['call', 'calls', 'shaft', 'handle', 'up', 'out'], unlessSentenceHas: MACHINE_CONTEXT}], ['kook', {}],
      ['loon', {unlessSentenceHas: ANIMAL_CONTEXT}], 'weirdo',
      ['freak', {unlessAfter: ['accident', 'accidents', 'storm', 'storms', 'weather', 'wave', 'waves', 'event', 'events', 'injury', 'show', 'shows', 'out', 'occurrence', 'incident', 'result', 'goal', 'hailstorm', 'flood', 'snowfall']}],
      'idiot', 'imbecile', 'cretin', 'dimwit', 'halfwit', 'nitwit', 'numbskull', 'dunce', 'buffoon',
      ['clown', {unlessSentenceHas: ['circus', 'circuses', 'juggler', 'jugglers', 'acrobats', 'birthday', 'costume', 'makeup', 'rodeo', 'performer', 'performers'], literal: true}],
      ['fool', {unlessBefore: ['april', 'april’s'], unlessAfter: ['of']}], 'jackass', 'dolt', 'oaf', 'bozo', 'blowhard', 'windbag', 'gasbag', 'loudmouth', 'bigmouth',
      'braggart', 'egomaniac', 'megalomaniac', ['narcissist', {unlessSentenceHas: CLINICAL_CONTEXT}], ['sociopath', {unlessSentenceHas: CLINICAL_CONTEXT}],
      ['psychopath', {unlessSentenceHas: CLINICAL_CONTEXT}], 'coward', 'wimp', 'weakling', 'crybaby', 'sissy', 'snob', 'busybody', 'do-gooder',
      'bleeding heart', ['snowflake', {unlessSentenceHas: ['snow', 'winter', 'weather', 'ice', 'crystal', 'crystals', 'christmas', 'flakes', 'cold']}],
      ['bully', {unlessSentenceHas: ['school', 'schools', 'pupils', 'students', 'classmates', 'children', 'kids', 'playground', 'cyberbullying', 'teen', 'teens', 'teenager', 'teenagers', 'bullied', 'bullying', 'pulpit']}],
      'hypocrite', 'liar', 'cheat', 'phony', 'phoney', 'poseur', 'turncoat', 'quisling', 'backstabber', 'snitch', 'scumbag', 'sleazebag',
      'sleazeball', 'dirtbag', 'lowlife', 'deadbeat', 'freeloader', 'moocher', 'scrounger', 'layabout', 'sponger', 'degenerate', 'deviant',
      ['creep', {unlessBefore: ['mission', 'scope', 'feature', 'function', 'regulatory', 'bracket', 'fiscal']}], 'lecher',
      ['monster', {unlessSentenceHas: ['film', 'movie', 'movies', 'game', 'games', 'myth', 'legend', 'loch', 'cookie', 'energy', 'halloween', 'costume', 'fiction', 'children', 'toy', 'toys', 'cartoon'], unlessAfter: ['truck', 'trucks', 'storm', 'storms', 'hit', 'hits', 'deal', 'energy', 'jam', 'wave', 'waves'], literal: true}],
      ['brute', {unlessAfter: ['force']}], 'fiend', 'ghoul', 'sadist', 'sidekick:associate', 'toady', 'sycophant', 'lickspittle', 'bootlicker',
      'flunky:aide', 'flunkey:aide', 'lapdog:ally', 'yes-man/yes-men', 'apparatchik:official', 'hatchet man/hatchet men:aide', 'patsy', 'dupe',
      'useful idiot', 'ideologue', 'xenophobe', 'homophobe', 'commie', 'pinko', ['lefty', {unlessArticleHas: /\b(?:left-handed|left-handedness|right-handed|southpaws?)\b/i, unlessSentenceHas: ['handed', 'left-handed', 'handedness', 'pitcher', 'pitchers', 'baseball', 'batter', 'batters', 'righties', 'southpaw', 'southpaws', 'hand', 'hands', 'tennis', 'golf', 'golfer', 'guitar', 'guitarist', 'bowler', 'boxer']}], 'libtard', 'feminazi', 'wingnut', 'moonbat',
      'redneck', 'hillbilly', 'yokel', 'bumpkin', 'hick', 'sheeple!', 'deplorables!', 'cuck', 'chickenhawk', 'tree hugger', 'tree-hugger',
      'gun nut', 'gun grabber', 'bible-thumper', 'bible basher', 'holy roller', 'god-botherer', 'profiteer', 'bean counter:accountant',
      'pencil pusher:clerk', 'paper pusher:clerk', 'jobsworth:official', 'has-been', 'wannabe', 'upstart', 'interloper', 'carpetbagger:outsider',
      'opportunist', 'firebrand', 'naysayer:critic', 'doomsayer', 'prophet of doom/prophets of doom', 'know-it-all', 'smart aleck',
      ['stormtrooper', {unlessSentenceHas: ['nazi', 'nazis', 'hitler', 'germany', 'german', 'star', 'wars', 'film', 'movie', '1930s', 'reich']}],
      'thought police!', ['fraudster', {unlessSentenceHas: LEGAL_CONTEXT}],
      // "Hack" alone is more often a break-in to a computer than a writer for hire: only with the word that makes it a person.
      ['political|party|partisan|media|government|establishment|paid|corporate|union|campaign|tabloid hack/political|party|partisan|media|government|establishment|paid|corporate|union|campaign|tabloid hacks', {}],
      'gangbanger', 'super-predator', 'superpredator', 'welfare queen', 'anchor baby/anchor babies', 'baby killer', 'race traitor',
      'surrender monkey', 'peacenik', 'limousine liberal', 'champagne socialist', 'armchair general', 'keyboard warrior', 'poverty pimp',
      // Animals as insults: only in a sentence about people in public life, never near an animal.
      ['rat', {...ANIMAL_INSULT, unlessAfter: ['race', 'poison', 'trap', 'traps', 'run', 'runs']}],
      ['snake', {...ANIMAL_INSULT, unlessAfter: ['oil', 'oils', 'bite', 'bites', 'charmer', 'venom', 'eyes', 'pit', 'handler', 'handlers', 'river']}],
      ['weasel', {...ANIMAL_INSULT, unlessAfter: ['words', 'word', 'wording']}], ['vulture', ANIMAL_INSULT], ['leech/leeches', ANIMAL_INSULT],
      ['parasite', ANIMAL_INSULT], ['bloodsucker', ANIMAL_INSULT], ['hyena', ANIMAL_INSULT], ['jackal', ANIMAL_INSULT],
      ['swine!', {...ANIMAL_INSULT, unlessAfter: ['flu', 'fever', 'influenza']}], ['vermin!', ANIMAL_INSULT], ['lemming', ANIMAL_INSULT],
      'scum!', ['scums!', {partOfSpeech: undefined}], 'pond scum!', 'riffraff!',
      // Insults that call a person a creature or a nuisance: not the monster of a story or game, not a toddler or a small dog.
      ['goblin', {unlessSentenceHas: ['fantasy', 'tolkien', 'hobbit', 'orc', 'orcs', 'elves', 'elf', 'troll', 'trolls', 'dwarf', 'dwarves', 'halloween', 'costume', 'film', 'movie', 'game', 'games', 'novel', 'story', 'stories', 'folklore', 'legend', 'myth', 'shark', 'spider-man', 'marvel', 'comic', 'comics', 'dungeons', 'potter', 'gringotts']}],
      ['ankle biter/ankle biters', {unlessSentenceHas: [...ANIMAL_CONTEXT, 'toddler', 'toddlers', 'baby', 'babies', 'kids', 'children', 'child', 'daycare', 'nursery', 'parenting', 'parents']}],
      ['ankle-biter', {unlessSentenceHas: [...ANIMAL_CONTEXT, 'toddler', 'toddlers', 'baby', 'babies', 'kids', 'children', 'child', 'daycare', 'nursery', 'parenting', 'parents']}],
      'slimeball', 'scumbucket', 'douchebag', 'nincompoop', 'twerp', 'pipsqueak', 'dingbat', 'blockhead', 'knucklehead', 'meathead', 'dumbass',
      'lamebrain', 'pinhead', 'harridan', 'cad', 'rascal', 'bounder', 'slob', 'slacker', 'sucker', 'chump', 'schmuck', ['jerk', {unlessBefore: ['knee']}], 'brat',
      'dullard', 'ignoramus', 'troglodyte', 'tormentor', 'bogeyman', 'boogeyman', ['pariah', {confidence: 0.6}],
      ['rogue', {unlessBeforePartOfSpeech: ['NOUN', 'ADJ'], unlessAfter: ['trader', 'traders', 'state', 'states', 'wave', 'waves', 'planet', 'planets', 'elephant', 'agent', 'agents', 'officer', 'officers', 'employee', 'employees', 'nation', 'nations', 'regime', 'regimes', 'actor', 'actors', 'ai', 'drone', 'drones', 'element', 'elements', 'cop', 'cops', 'unit', 'units', 'one', 'ones', 'software', 'app', 'apps', 'program', 'website', 'websites', 'satellite']}],
      ['barbarian', {unlessSentenceHas: ['rome', 'roman', 'romans', 'tribes', 'tribe', 'empire', 'goths', 'huns', 'vandals', 'invasion', 'invasions', 'century', 'centuries', 'conan', 'ancient', 'greek', 'greeks']}],
      ['villain', {literal: true, unlessSentenceHas: ['film', 'films', 'movie', 'movies', 'character', 'characters', 'play', 'plays', 'novel', 'novels', 'story', 'stories', 'comic', 'comics', 'bond', 'actor', 'actress', 'role', 'roles', 'series', 'episode', 'opera', 'pantomime', 'game', 'games', 'superhero', 'batman', 'marvel', 'disney']}],
      ['loser', {confidence: 0.7, unlessSentenceHas: ['winners', 'winner', 'game', 'games', 'election', 'elections', 'race', 'match', 'lottery', 'contest', 'tournament', 'vote', 'votes', 'biggest', 'round', 'final', 'market', 'markets', 'stocks', 'shares', 'index', 'gainers', 'sore']}],
      ['sore loser', {}], ['punk', {unlessSentenceHas: ['music', 'band', 'bands', 'rock', 'album', 'albums', 'song', 'songs', 'scene', 'gig', 'gigs', 'concert', 'festival', 'guitarist', 'singer', 'cyberpunk', 'steampunk']}],
      ['philistine', {confidence: 0.7, unlessSentenceHas: ['bible', 'biblical', 'goliath', 'israelites', 'ancient', 'archaeologists', 'archaeological', 'excavation', 'gath', 'ashkelon']}],
      ['dinosaur', {confidence: 0.65, requires: PUBLIC_LIFE, unlessSentenceHas: ['fossil', 'fossils', 'bones', 'skeleton', 'jurassic', 'museum', 'species', 'extinct', 'extinction', 'palaeontologists', 'paleontologists', 'cretaceous', 'triassic', 'park']}],
      ['apologist:defender', {confidence: 0.75}], ['lunatic', {unlessAfter: ['asylum', 'asylums']}], 'madman/madmen', 'maniac', 'nutter', 'psycho',
      'manchild/manchildren', 'man-child/man-children', ['bigwig', {confidence: 0.5}]
    ]
  },
  // Insults as adjectives: a verdict on a person's mind or character, in the writer's voice.
  {
    name: 'insults',
    kind: 'insult',
    form: 'adjective',
    looseSense: true,
    message: INSULT,
    shared: {skipProperNoun: true},
    items: [
      'asinine', 'imbecilic', 'cretinous', 'brainless', 'mindless', 'witless', 'half-witted', 'dim-witted', 'dimwitted', 'dopey', 'stupid',
      'daft', 'inane', 'vacuous', 'vapid', 'fatuous', 'puerile', 'childish', 'sophomoric', 'boneheaded', 'bone-headed', 'harebrained',
      'hare-brained', 'cockamamie', 'cockeyed', 'nutty', 'wacky', 'kooky', 'batty', 'barmy', 'bonkers', 'unhinged', 'clownish', 'buffoonish',
      'ham-fisted', 'cack-handed', 'ham-handed', 'bumbling', 'blundering', 'shambolic', 'farcical', 'risible', 'nonsensical', 'muddle-headed',
      'wrongheaded', 'wrong-headed', 'half-baked', 'slapdash', 'duplicitous', 'two-faced', 'double-dealing', 'mendacious',
      ['lying', {unlessAfter: ['on', 'in', 'down', 'about', 'at', 'under', 'low', 'dormant', 'idle', 'face', 'beside', 'next', 'near', 'across', 'around', 'there', 'here', 'flat', 'still', 'unused', 'empty', 'outside', 'inside', 'behind', 'beneath', 'by', 'to', 'with', 'for', 'awake']}],
      'untruthful', 'disingenuous', 'insincere', 'sanctimonious', 'self-righteous', 'holier-than-thou', 'preachy', 'snide', 'snarky',
      'sneering', 'supercilious', 'haughty', 'imperious', 'high-handed', 'patronizing', 'patronising', 'self-important', 'self-aggrandizing',
      'self-aggrandising', 'boorish', 'loutish', 'thuggish', 'brutish', 'oafish', 'sleazy', 'slimy', 'smarmy', 'unctuous', 'obsequious',
      'sycophantic', 'servile', 'craven', 'gutless', 'lily-livered', 'weak-kneed', 'wimpy', 'whiny', 'whiney', 'petulant', 'peevish',
      'thin-skinned', 'histrionic', ['rabid', {unlessSentenceHas: ['rabies', ...ANIMAL_CONTEXT]}], 'fanatical', 'vitriolic', 'hateful', 'spiteful',
      ['malicious', {unlessAfter: ['software', 'code', 'prosecution', 'intent', 'damage', 'wounding', 'mischief', 'links', 'link', 'files', 'emails', 'attachments', 'program', 'programs', 'actors', 'activity', 'traffic'], unlessSentenceHas: LEGAL_CONTEXT}],
      'malevolent', 'malign', 'vindictive', 'venal', 'shifty', 'sly', 'devious', 'underhanded', ['machiavellian', {skipProperNoun: false}], 'conniving', 'manipulative',
      ['calculating', {unlessAfter: ['the', 'a', 'an', 'how', 'their', 'its', 'his', 'her', 'whether', 'that', 'what', 'when', 'where', 'which', 'costs', 'risks']}],
      ['opportunistic', {unlessAfter: ['infection', 'infections', 'pathogens', 'pathogen', 'species', 'feeders', 'predators']}], 'avaricious',
      'grasping', 'rapacious', 'bloodthirsty', 'small-minded', 'narrow-minded', 'pig-headed', 'pigheaded', 'bull-headed', 'hard-hearted',
      'cold-hearted', 'black-hearted', 'mean-spirited', 'benighted', ['ignorant', {unlessAfter: ['of']}], 'uncouth', 'churlish', 'mealy-mouthed',
      'wishy-washy', 'namby-pamby', 'toadying', 'fawning', 'bootlicking', 'brown-nosing', 'kowtowing', 'money-grubbing', 'power-hungry',
      'power-mad', 'egotistical', 'narcissistic', 'megalomaniacal', 'vainglorious', 'conceited', 'self-absorbed', 'self-obsessed',
      'dishonourable', ['dishonorable', {unlessAfter: ['discharge']}], 'unscrupulous', 'unprincipled', 'amoral', 'immoral', 'depraved',
      ['perverted', {unlessAfter: ['the', 'justice', 'course', 'a', 'an', 'his', 'her', 'their']}], 'crackpot', 'do-nothing', 'good-for-nothing', 'know-nothing', 'foul-mouthed', 'loud-mouthed', 'big-mouthed', 'tin-pot',
      'tinpot', 'two-bit', 'third-rate', 'second-rate', 'fly-by-night', 'jumped-up', 'tin-eared', 'gullible', 'credulous', 'snobbish',
      'elitist', 'sexist', 'chauvinistic', 'jingoistic', 'fascistic', 'iron-fisted', 'trigger-happy',
      'gung-ho', 'bleeding-heart', 'tax-and-spend', 'knuckle-dragging', 'mouth-breathing', 'pea-brained', 'airheaded', 'empty-headed',
      ['shrill', {unlessAfter: ['whistle', 'whistles', 'cry', 'cries', 'scream', 'screams', 'sound', 'sounds', 'alarm', 'alarms', 'note', 'notes', 'call', 'calls', 'siren', 'sirens', 'beep', 'ring'], unlessSentenceHas: [...MACHINE_CONTEXT, ...ANIMAL_CONTEXT]}],
      'strident', ['mercenary', {partOfSpeech: 'ADJ', unlessSentenceHas: [...VIOLENCE_CONTEXT, 'wagner', 'contractors', 'hired', 'paid']}], 'graceless', 'classless', 'effete', 'pusillanimous',
      ['feeble', {confidence: 0.65, unlessSentenceHas: ['elderly', 'frail', 'patient', 'patients', 'health', 'hospital', 'physically', 'illness', 'old', 'age', 'aged', 'light', 'signal', 'pulse', 'heartbeat', 'voice']}],
      ['toothless', {confidence: 0.6, unlessSentenceHas: ['teeth', 'dentist', 'dental', 'baby', 'babies', 'grin', 'smile', 'gums', 'whale', 'whales', 'animal', 'animals']}],
      ['impotent', {confidence: 0.7, unlessSentenceHas: ['sexual', 'erectile', 'medical', 'viagra', 'fertility', 'dysfunction', 'impotence']}]
    ]
  },
  // Emotive adjectives: they tell the reader what to feel about an act, a policy or a person.
  {
    name: 'emotive adjectives',
    kind: 'emotive',
    form: 'adjective',
    looseSense: true,
    message: EMOTIVE,
    shared: {skipProperNoun: true, unlessModifies: ['rating', 'ratings', 'label', 'category', 'grade', 'designation', 'ranking', 'award']},
    items: [
      'abominable', 'baleful', 'beastly', 'bestial', 'bloodcurdling', 'blood-curdling', 'contemptible', 'cringeworthy', 'cringe-worthy',
      'cringe-inducing', 'damnable', 'detestable', 'diabolical', 'dismal', ['disturbing', {confidence: 0.55}], 'execrable', 'frightful',
      'ghastly', 'ghoulish', ['grisly', {confidence: 0.6}], ['gruesome', {confidence: 0.6}], 'hellish', 'hideous', 'horrid', 'ignominious',
      'ignoble', 'indefensible', 'inexcusable', 'infernal', 'inhuman', ['inhumane', {confidence: 0.6}], 'iniquitous', 'insidious', 'insufferable',
      'intolerable', 'loathsome', 'lurid', 'macabre', 'menacing', 'morbid', 'nasty', 'nauseating', 'nightmarish', 'obnoxious', 'odious',
      ['ominous', {confidence: 0.55}], 'pernicious', 'reprehensible', 'repugnant', 'repulsive',
      ['revolting', {unlessSentenceHas: ['against', 'peasants', 'troops', 'workers', 'rebels', 'uprising', 'revolt', 'soldiers', 'army']}],
      'scurrilous', 'shameless', 'sordid', 'stomach-churning', ['terrifying', {confidence: 0.6}], 'unconscionable', 'unforgivable', 'unspeakable',
      'unholy', 'unsavory', 'unsavoury', 'villainous', 'wicked', ['squalid', {confidence: 0.6}], 'tawdry', 'seamy', 'hopeless', 'pitiful',
      'pitiable', 'wretched', 'lamentable', 'woeful', ['lazy', {unlessAfter: ['eye', 'river', 'susan', 'sunday', 'afternoon', 'afternoons', 'days', 'summer', 'loading', 'evaluation', 'bones']}],
      ['silly', {unlessAfter: ['season', 'putty', 'bandz']}], 'tacky', 'tasteless', ['vulgar', {unlessAfter: ['latin', 'fractions', 'fraction']}], 'crass',
      'seedy', 'bombastic', 'grandiose', ['irresponsible', {confidence: 0.6}], ['unacceptable', {confidence: 0.5, unlessBefore: ['socially', 'legally', 'medically', 'scientifically', 'technically', 'culturally']}], ['unjust', {confidence: 0.55}],
      ['unwarranted', {confidence: 0.5}], ['needless', {confidence: 0.55}], 'gratuitous', ['wanton', {unlessSentenceHas: LEGAL_CONTEXT}],
      ['wasteful', {confidence: 0.55}], 'profligate', 'self-indulgent', ['naive', {confidence: 0.55}], ['naïve', {confidence: 0.55}],
      ['misguided', {confidence: 0.65}], ['ill-advised', {confidence: 0.6}], 'ill-conceived', 'ill-judged', 'foolhardy',
      ['short-sighted', {confidence: 0.65, unlessSentenceHas: ['eyes', 'glasses', 'vision', 'myopia', 'optician', 'lenses', 'eyesight']}],
      ['shortsighted', {confidence: 0.65, unlessSentenceHas: ['eyes', 'glasses', 'vision', 'myopia', 'optician', 'lenses', 'eyesight']}],
      ['myopic', {confidence: 0.65, unlessSentenceHas: ['eyes', 'glasses', 'vision', 'myopia', 'optician', 'lenses', 'eyesight', 'children']}],
      'blinkered', ['dogmatic', {confidence: 0.6}], ['doctrinaire', {confidence: 0.6}], 'bellicose', ['belligerent', {confidence: 0.6, partOfSpeech: 'ADJ'}],
      ['warlike', {confidence: 0.6}], ['militaristic', {confidence: 0.6}], ['orwellian', {skipProperNoun: false}], ['kafkaesque', {skipProperNoun: false}],
      ['dickensian', {confidence: 0.6, skipProperNoun: false}],
      ['stalinist', {confidence: 0.55, skipProperNoun: false, unlessSentenceHas: ['stalin', 'soviet', 'ussr', '1930s', '1940s', '1950s', 'purges', 'communist', 'communists', 'party', 'trotsky', 'trotskyist', 'trotskyists', 'marxist', 'leninist', 'albania', 'czechoslovakia', 'poland', 'hungary', 'romania', 'bulgaria', 'korea']}], ['mccarthyite', {skipProperNoun: false}], ['soviet-style', {skipProperNoun: false}],
      ['medieval', {literal: true, unlessSentenceHas: ['century', 'centuries', 'castle', 'castles', 'knights', 'history', 'historians', 'historian', 'manuscript', 'manuscripts', 'cathedral', 'ages', 'archaeologists', 'monks', 'abbey', 'church', 'town', 'village', 'city', 'walls', 'festival', 'fair', 'empire', 'dynasty', 'kingdom', 'muslim', 'sunni', 'islamic', 'christian', 'era', 'period', 'sultanate', 'caliphate', 'king', 'kings', 'queen', 'literature', 'art', 'architecture', 'poetry', 'poem', 'europe', 'european', 'warfare', 'times']}],
      ['neanderthal', {skipProperNoun: false, unlessSentenceHas: ['fossil', 'fossils', 'species', 'homo', 'humans', 'dna', 'ancient', 'archaeologists', 'bones', 'genome', 'cave', 'prehistoric', 'sapiens', 'evolution']}],
      'antediluvian', ['antiquated', {confidence: 0.55}], 'cold-blooded', 'hot-headed', 'hotheaded', 'mean-minded',
      ['vengeful', {}], ['treacherous', {unlessSentenceHas: ['road', 'roads', 'conditions', 'terrain', 'ice', 'icy', 'waters', 'currents', 'mountain', 'path', 'slopes', 'weather', 'snow', 'climb', 'crossing', ...NATURE_CONTEXT]}],
      'perfidious', 'galling', 'infuriating', 'maddening', 'exasperating', 'shabby', 'tragicomic', 'high-and-mighty', 'self-pitying', 'maudlin', 'mawkish', 'saccharine',
      ['sickly', {unlessAfter: ['children', 'child', 'baby', 'infant', 'plants', 'plant', 'trees', 'cattle']}], 'schmaltzy', 'cloying', 'overblown',
      ['petty', {unlessAfter: ['theft', 'thefts', 'crime', 'crimes', 'criminal', 'criminals', 'cash', 'officer', 'officers', 'offence', 'offences', 'offense', 'offenses', 'larceny', 'thief', 'thieves', 'sessions', 'trader', 'traders', 'bourgeois', 'bourgeoisie', 'jury']}],
      ['abusive', {confidence: 0.55, softUnless: LEGAL_CONTEXT, unlessSentenceHas: ['domestic', 'relationship', 'relationships', 'partner', 'husband', 'wife', 'parents', 'parent', 'father', 'mother', 'childhood', 'priests', 'priest', 'survivors']}],
      ['destructive', {confidence: 0.5, unlessSentenceHas: [...NATURE_CONTEXT, ...VIOLENCE_CONTEXT, 'pests', 'insects', 'species', 'virus', 'disease', 'testing', 'weapons']}],
      ['wild', {confidence: 0.55, partOfSpeech: 'ADJ', onlyBefore: ['claim', 'claims', 'accusation', 'accusations', 'allegation', 'allegations', 'theory', 'theories', 'speculation', 'rumours', 'rumors', 'rumour', 'rumor', 'conspiracy', 'charges', 'assertions', 'exaggeration', 'exaggerations']}],
      ['rambling', {confidence: 0.65}], ['incessant', {confidence: 0.55}], ['pampered', {confidence: 0.7}], ['coddled', {confidence: 0.7}], ['mollycoddled', {}],
      ['overpaid', {confidence: 0.6}], ['spoilt', {confidence: 0.6, unlessAfter: ['ballot', 'ballots', 'papers', 'votes', 'food', 'milk', 'meat']}],
      ['spoiled', {confidence: 0.6, unlessAfter: ['ballot', 'ballots', 'papers', 'votes', 'food', 'milk', 'meat', 'by', 'for'], unlessSentenceHas: ['food', 'milk', 'meat', 'fruit', 'ballot', 'ballots', 'refrigerator', 'fridge', 'rotten']}],
      ['entitled', {partOfSpeech: 'ADJ', confidence: 0.55, beforePartOfSpeech: ['NOUN'], unlessAfter: ['to']}], ['unseemly', {}], ['distasteful', {}],
      ['objectionable', {confidence: 0.6}],
      ['offensive', {confidence: 0.55, unlessAfter: ['line', 'lineman', 'linemen', 'coordinator', 'weapons', 'weapon', 'operations', 'operation', 'capabilities', 'capability', 'military', 'cyber', 'play', 'plays', 'rebound', 'rebounds', 'tackle', 'guard', 'strategy', 'drive', 'formation', 'player', 'players', 'production', 'output', 'action', 'actions', 'push', 'posture', 'systems'], unlessSentenceHas: [...VIOLENCE_CONTEXT, 'game', 'season', 'team', 'coach', 'quarterback', 'defensive', 'points', 'league', 'rebel', 'counter-offensive', 'front', 'result']}],
      ['dodgy', {}], ['fishy', {confidence: 0.7, unlessSentenceHas: [...ANIMAL_CONTEXT, 'smell', 'taste', 'food', 'sauce', 'flavour', 'flavor']}],
      ['murky', {confidence: 0.5, unlessSentenceHas: [...NATURE_CONTEXT, 'depths', 'pond', 'lake', 'canal', 'visibility', 'divers', 'diver']}], ['shadowy', {confidence: 0.6}],
      ['cloak-and-dagger', {}], ['creepy', {}], ['freakish', {confidence: 0.65, unlessAfter: ['weather', 'accident', 'storm', 'injury']}], ['unpalatable', {confidence: 0.5}],
      ['overheated', {unlessSentenceHas: [...MACHINE_CONTEXT, 'reactor', 'battery', 'batteries', 'phone', 'laptop', 'oven', 'body', 'patient', 'heat', 'temperature', 'temperatures', 'weather']}], ['hyperbolic', {unlessAfter: ['function', 'functions', 'geometry', 'space', 'paraboloid', 'cosine', 'sine', 'tangent', 'plane', 'orbit', 'discounting', 'trajectory']}], 'sensationalist', 'sensationalistic', 'salacious', 'titillating', 'prurient', 'smutty'
    ]
  },
  // Emotive adjectives with a literal sense as common as the figurative one: "toxic" of a chemical, "explosive" of a bomb,
  // "poisonous" of a snake. Their conditions leave the literal sense alone, and they are less sure unless the sentence is about public life.
  {
    name: 'emotive adjectives with a literal sense',
    kind: 'emotive',
    form: 'adjective',
    message: EMOTIVE,
    shared: {skipProperNoun: true, literal: true},
    items: [
      ['toxic', {unlessSentenceHas: ['chemical', 'chemicals', 'waste', 'fumes', 'gas', 'gases', 'spill', 'water', 'soil', 'substance', 'substances', 'algae', 'levels', 'exposure', 'lead', 'mercury', 'metals', 'pollution', 'pollutants', 'poison', 'poisoning', 'smoke', 'sludge', 'dump', 'plant', 'plants', 'mushrooms', 'dose', 'doses', 'drug', 'drugs', 'blood', 'bacteria', 'cells', 'air', 'asbestos', 'pesticide', 'pesticides', 'epa', 'contamination', 'contaminated', 'shock', 'assets', 'debt', 'loans', 'mortgages', 'masculinity', 'positivity', 'relationship', 'relationships'], unlessAfter: ['assets', 'debt', 'loans', 'mortgages', 'masculinity', 'shock']}],
      ['poisonous', {unlessSentenceHas: ['snake', 'snakes', 'spider', 'spiders', 'mushroom', 'mushrooms', 'plant', 'plants', 'berries', 'gas', 'gases', 'chemical', 'chemicals', 'fish', 'frog', 'frogs', 'toad', 'substance', 'fumes', 'waste', 'water', 'dog', 'dogs', 'cat', 'cats', 'pets', 'children', 'eat', 'eaten', 'ingested', 'leaves', 'seeds']}],
      ['venomous', {unlessSentenceHas: [...ANIMAL_CONTEXT, 'spider', 'spiders', 'scorpion', 'scorpions', 'jellyfish', 'bite', 'bites', 'sting', 'stings', 'antivenom', 'species', 'cobra', 'viper', 'rattlesnake']}],
      ['virulent', {unlessSentenceHas: ['virus', 'viruses', 'strain', 'strains', 'disease', 'diseases', 'infection', 'infections', 'bacteria', 'bacterium', 'pathogen', 'pathogens', 'flu', 'influenza', 'outbreak', 'epidemic', 'pandemic', 'vaccine', 'covid', 'fungus', 'plague', 'ebola', 'measles', 'cholera']}],
      ['explosive', {unlessSentenceHas: [...VIOLENCE_CONTEXT, 'device', 'devices', 'detonated', 'detonate', 'blast', 'tnt', 'ammonium', 'dynamite', 'bomb-sniffing', 'disposal', 'bomb', 'vest', 'charge', 'charges', 'materials', 'material', 'gas', 'volcanic', 'eruption', 'fireworks', 'powder', 'growth', 'diarrhea'], unlessAfter: ['growth', 'device', 'devices', 'material', 'materials', 'charge', 'charges', 'ordnance', 'vest', 'vests', 'residue', 'decompression']}],
      ['incendiary', {unlessSentenceHas: [...VIOLENCE_CONTEXT, 'device', 'devices', 'fire', 'fires', 'arson', 'bomb', 'bombs', 'munitions', 'balloons', 'kites', 'weapons', 'phosphorus']}],
      ['poisoned', {partOfSpeech: 'ADJ', unlessSentenceHas: ['poison', 'poisoning', 'novichok', 'toxin', 'hospital', 'doctors', 'water', 'food', 'killed', 'died', 'dead', 'dog', 'dogs', 'arsenic', 'cyanide', 'nerve', 'agent', 'chemical', 'police', 'murder']}],
      ['sick', {unlessBefore: ['was', 'were', 'is', 'are', 'be', 'been', 'feel', 'feels', 'felt', 'feeling', 'got', 'get', 'gets', 'getting', 'fell', 'falls', 'become', 'became', 'very', 'too', 'so', 'and', 'or', 'the', 'a', 'call', 'called', 'off', 'on'], unlessAfter: ['leave', 'pay', 'day', 'days', 'note', 'notes', 'bay', 'bed', 'building', 'children', 'child', 'people', 'patient', 'patients', 'animals', 'animal', 'man', 'woman', 'person', 'of', 'with', 'from', 'and', 'or', 'to', 'for', 'list', 'calls', 'role', 'relative', 'mother', 'father', 'wife', 'husband', 'son', 'daughter', 'passengers', 'workers'], unlessSentenceHas: ['illness', 'ill', 'disease', 'hospital', 'virus', 'flu', 'covid', 'fever', 'doctor', 'doctors', 'symptoms', 'infection', 'infected', 'vomiting']}],
      ['twisted', {unlessAfter: ['metal', 'steel', 'wreckage', 'ankle', 'ankles', 'knee', 'knees', 'wire', 'wires', 'pair', 'sister', 'tree', 'trees', 'branches', 'rope', 'cable'], unlessSentenceHas: ['ankle', 'knee', 'wreckage', 'metal', 'steel', 'injury', 'injured', 'tornado', 'storm', 'crash']}],
      ['rotten', {unlessSentenceHas: ['food', 'fruit', 'vegetables', 'meat', 'eggs', 'egg', 'apples', 'apple', 'fish', 'wood', 'timber', 'teeth', 'tooth', 'smell', 'smelled', 'stench', 'garbage', 'rubbish', 'bins', 'potatoes', 'tomatoes', 'floorboards', 'beams']}],
      ['putrid', {unlessSentenceHas: ['smell', 'stench', 'odour', 'odor', 'food', 'meat', 'water', 'corpse', 'corpses', 'bodies', 'waste', 'sewage', 'garbage']}],
      ['bloated', {unlessSentenceHas: ['stomach', 'belly', 'abdomen', 'body', 'bodies', 'corpse', 'corpses', 'feel', 'felt', 'feeling', 'gas', 'symptoms', 'fish', 'carcass', 'cow', 'cattle']}],
      ['cancerous', {unlessSentenceHas: ['cells', 'tumour', 'tumor', 'tumours', 'tumors', 'lesion', 'lesions', 'patient', 'patients', 'biopsy', 'doctors', 'surgery', 'removed', 'growth', 'growths', 'mole', 'moles', 'cancer']}],
      ['cannibalistic', {unlessSentenceHas: ['cannibalism', 'species', 'tribe', 'tribes', 'animals', 'insects', 'spiders', 'fish', 'eat', 'ate', 'eaten', 'flesh', 'bodies']}],
      ['rancid', {unlessSentenceHas: ['food', 'butter', 'oil', 'oils', 'meat', 'milk', 'smell', 'taste', 'fat', 'fats']}],
      ['noxious', {unlessSentenceHas: ['gas', 'gases', 'fumes', 'smoke', 'chemical', 'chemicals', 'weeds', 'weed', 'plants', 'substance', 'substances', 'odour', 'odor', 'smell', 'air', 'emissions', 'pollution', 'vapour', 'vapor']}],
      ['bruising', {unlessSentenceHas: ['bruise', 'bruises', 'injury', 'injuries', 'skin', 'arm', 'arms', 'leg', 'legs', 'face', 'eye', 'body', 'fall', 'hospital', 'doctors', 'cuts', 'swelling', 'patient', 'blood']}],
      ['bloody', {unlessSentenceHas: [...VIOLENCE_CONTEXT, 'blood', 'nose', 'noses', 'bandage', 'bandages', 'knife', 'clothes', 'shirt', 'sunday', 'mary', 'conflict', 'revolution', 'coup', 'crackdown', 'protests', 'clashes', 'fighting', 'violence', 'uprising']}],
      ['scorching', {unlessSentenceHas: ['heat', 'temperatures', 'temperature', 'sun', 'summer', 'weather', 'degrees', 'heatwave', 'day', 'days', 'afternoon', 'desert', 'sand', 'hot', 'fahrenheit', 'celsius']}],
      ['blistering', {unlessSentenceHas: ['heat', 'temperatures', 'temperature', 'sun', 'summer', 'weather', 'degrees', 'heatwave', 'skin', 'burn', 'burns', 'feet', 'desert', 'hot', 'pace', 'speed', 'fahrenheit', 'celsius', 'lap', 'time']}],
      ['scathing', {}], ['withering', {unlessSentenceHas: ['plants', 'crops', 'leaves', 'drought', 'heat', 'vines', 'flowers', 'fields', 'trees']}],
      ['seismic', {unlessSentenceHas: ['earthquake', 'earthquakes', 'quake', 'quakes', 'tremor', 'tremors', 'seismologists', 'seismologist', 'fault', 'magnitude', 'richter', 'activity', 'waves', 'survey', 'surveys', 'sensors', 'geological', 'volcano', 'volcanic', 'data', 'station', 'stations', 'monitoring', 'zone', 'zones', 'risk', 'building', 'buildings', 'codes']}],
      ['tectonic', {unlessAfter: ['plate', 'plates', 'activity', 'forces', 'movement', 'movements', 'boundary', 'boundaries', 'uplift', 'faults', 'setting', 'history', 'stress'], unlessSentenceHas: ['earthquake', 'earthquakes', 'geologists', 'geologist', 'volcano', 'volcanic', 'crust', 'mantle', 'continent', 'continents', 'rocks']}],
      ['meteoric', {unlessSentenceHas: ['meteor', 'meteors', 'meteorite', 'meteorites', 'iron', 'asteroid', 'crater', 'sky', 'space', 'comet', 'dust', 'shower', 'impact']}],
      ['sky-high', {}], ['cut-throat', {unlessSentenceHas: ['razor', 'trout']}], ['cutthroat', {unlessSentenceHas: ['razor', 'trout']}],
      ['savage', {unlessSentenceHas: [...ANIMAL_CONTEXT, 'mauled', 'mauling', 'bitten', 'teeth', 'claws', 'garden', 'island', 'tribe', 'tribes', 'noble']}]
    ]
  },
  // Emotive adverbs: the writer's verdict on how something was done.
  {
    name: 'emotive adverbs',
    kind: 'emotive-adverb',
    form: 'adverb',
    message: EMOTIVE,
    items: [
      'abominably', 'abysmally', 'appallingly', 'atrociously', 'arrogantly', 'bizarrely', 'callously', 'cavalierly', 'childishly',
      'contemptibly', 'contemptuously', 'cravenly', ['deceptively', {unlessAfter: ['simple', 'easy', 'strong', 'spacious', 'large', 'small', 'quiet', 'fast', 'light', 'deep']}],
      'deplorably', 'deviously', 'diabolically', 'disastrously', 'disgustingly', 'disingenuously', 'dismally', 'embarrassingly', 'farcically',
      'fecklessly', 'frighteningly', ['gleefully', {confidence: 0.6}], 'gratuitously', 'grotesquely', 'heartlessly', 'heinously', 'hideously',
      'hopelessly', 'horribly', 'horrendously', 'idiotically', 'ignominiously', 'ignorantly', 'inexcusably', 'insidiously', 'irresponsibly',
      'laughably', 'lazily', 'ludicrously', ['maliciously', {unlessSentenceHas: LEGAL_CONTEXT}], 'mercilessly', 'miserably', 'monstrously',
      'nakedly', 'nastily', ['needlessly', {confidence: 0.5}], 'obnoxiously',
      ['offensively', {unlessSentenceHas: ['game', 'games', 'team', 'teams', 'season', 'coach', 'defense', 'defence', 'defensively', 'players', 'player', 'played', 'league', 'quarterback']}],
      'perversely', 'pettily', 'pitifully', 'pompously', 'preposterously', 'pretentiously', 'repugnantly', 'rudely', 'sadistically',
      'sanctimoniously', 'scandalously', 'selfishly', 'senselessly', 'shabbily', 'shoddily', 'sickeningly', 'slavishly', 'sleazily',
      'sloppily', 'slyly', 'smugly', 'sneakily', 'sneeringly', 'spinelessly', 'spitefully', 'stupidly', 'treacherously', 'unconscionably',
      'underhandedly', 'unforgivably', 'unscrupulously', 'unspeakably', 'venally', 'vengefully', 'vilely', 'vindictively',
      ['wantonly', {unlessSentenceHas: LEGAL_CONTEXT}], 'wastefully', 'wickedly', 'woefully', 'wrongheadedly', 'mendaciously', 'duplicitously',
      'haughtily', 'imperiously', 'condescendingly', 'patronizingly', 'patronisingly', 'insultingly', 'mockingly', 'derisively', 'scornfully',
      ['dismissively', {confidence: 0.55}], 'snidely', 'snarkily', 'opportunistically', 'manipulatively', 'boorishly', 'crudely',
      'crassly', 'clumsily', 'ham-fistedly', 'chaotically', 'haphazardly', 'carelessly', 'thoughtlessly', 'mindlessly',
      'blindly', 'naively', 'foolhardily', 'pig-headedly', 'obstinately', 'belligerently',
      'menacingly', 'threateningly', 'histrionically', 'melodramatically', 'self-righteously'
    ]
  },
  // Praise as adverbs: how well something was done, in the writer's voice.
  {
    name: 'puffery adverbs',
    kind: 'puffery',
    form: 'adverb',
    message: PUFFERY,
    items: [
      'admirably', 'brilliantly', 'courageously', 'deftly', 'elegantly', 'eloquently', 'exquisitely', ['expertly', {confidence: 0.5}],
      'fearlessly', 'gloriously', ['gracefully', {confidence: 0.5}], 'heroically', 'impeccably', 'impressively', 'ingeniously', 'magnificently',
      'marvelously', 'marvellously', 'masterfully', 'nobly', 'superbly', 'splendidly', 'valiantly', 'wonderfully', 'dazzlingly', 'bravely',
      ['boldly', {confidence: 0.5}], 'selflessly', ['skilfully', {confidence: 0.45}], ['skillfully', {confidence: 0.45}], 'adroitly', 'astutely',
      'presciently', ['triumphantly', {confidence: 0.6}], 'majestically', 'flawlessly', 'sublimely', ['passionately', {confidence: 0.45}],
      
      'indefatigably', ['lovingly', {confidence: 0.55}], ['painstakingly', {confidence: 0.5}], 'phenomenally', 'stunningly',
      'breathtakingly', 'gorgeously', 'luminously', 'memorably', 'unforgettably', 'heartwarmingly', 'inspiringly',
      ['powerfully', {confidence: 0.45}], ['movingly', {confidence: 0.5}], ['poignantly', {confidence: 0.5}]
    ]
  },
  // Emotive nouns: a verdict on an event or an act ("a travesty", "a fiasco") where a description belongs.
  {
    name: 'emotive nouns',
    kind: 'emotive-noun',
    form: 'noun',
    message: VERDICT,
    shared: {skipProperNoun: true},
    items: [
      ['disaster:failure', {literal: true, unlessSentenceHas: [...NATURE_CONTEXT, ...VIOLENCE_CONTEXT, 'natural', 'relief', 'emergency', 'fema', 'victims', 'survivors', 'nuclear', 'chernobyl', 'aviation', 'rail', 'mining', 'mine', 'spill', 'environmental', 'tragedy', 'plane', 'ship', 'sinking', 'collapse', 'famine', 'humanitarian', 'climate', 'zone', 'area', 'declared', 'recovery', 'preparedness', 'management']}],
      ['catastrophe', {literal: true, unlessSentenceHas: [...NATURE_CONTEXT, ...VIOLENCE_CONTEXT, 'humanitarian', 'famine', 'climate', 'nuclear', 'chernobyl', 'environmental', 'refugees', 'starvation', 'ecological']}],
      ['calamity', {literal: true, unlessSentenceHas: [...NATURE_CONTEXT, ...VIOLENCE_CONTEXT, 'humanitarian', 'famine', 'nuclear']}],
      'shambles!', 'hot mess', 'train wreck', 'trainwreck', 'dumpster fire', 'travesty', 'clown show', 'clown car', 'freak show',
      'three-ring circus', 'horror show', 'omnishambles!',
      ['farce', {unlessSentenceHas: ['play', 'theatre', 'theater', 'comedy', 'stage', 'playwright', 'production', 'actors', 'actor', 'cast', 'audience', 'audiences']}],
      ['charade', {unlessSentenceHas: ['game', 'games', 'party', 'parties', 'play', 'played', 'playing']}], ['sham', {partOfSpeech: 'NOUN'}],
      ['circus', {confidence: 0.6, literal: true, unlessSentenceHas: ['clown', 'clowns', 'acrobat', 'acrobats', 'tent', 'animals', 'performers', 'performer', 'ringmaster', 'trapeze', 'elephants', 'lions', 'juggler', 'big', 'top', 'touring', 'troupe']}],
      ['sideshow', {confidence: 0.55}], ['hysteria!', {confidence: 0.65, unlessSentenceHas: CLINICAL_CONTEXT}],
      ['meltdown:collapse', {confidence: 0.6, literal: true, unlessSentenceHas: ['nuclear', 'reactor', 'reactors', 'plant', 'core', 'fukushima', 'chernobyl', 'radiation', 'uranium', 'fuel']}],
      'tantrum:outburst', 'temper tantrum:outburst', 'hissy fit', 'conniption', 'snit', 'diatribe:criticism', 'screed:statement', 'harangue:speech',
      ['nightmare', {confidence: 0.6, literal: true, unlessSentenceHas: ['sleep', 'dream', 'dreams', 'dreamed', 'sleeping', 'night', 'terrors', 'bed', 'woke', 'ptsd', 'trauma', 'film', 'movie', 'elm', 'christmas']}],
      ['horror', {confidence: 0.55, unlessAfter: ['film', 'films', 'movie', 'movies', 'story', 'stories', 'genre', 'fiction', 'writer', 'writers', 'novel', 'novels', 'show', 'shows', 'franchise', 'icon', 'author', 'comedy', 'game', 'games', 'series', 'fans', 'fan', 'classic', 'classics'], unlessSentenceHas: VIOLENCE_CONTEXT}],
      'abomination', ['atrocity', {confidence: 0.55, unlessSentenceHas: VIOLENCE_CONTEXT}], 'disgrace', ['embarrassment', {confidence: 0.6}],
      ['humiliation', {confidence: 0.55}], 'nonsense!', 'drivel!', ['rubbish!', {confidence: 0.6, literal: true, unlessSentenceHas: ['bin', 'bins', 'collection', 'collections', 'dump', 'landfill', 'waste', 'recycling', 'litter', 'collected', 'tip', 'sacks', 'bags', 'street', 'streets', 'fly-tipping', 'dumped']}],
      ['garbage!', {confidence: 0.55, literal: true, unlessSentenceHas: ['bin', 'bins', 'collection', 'collectors', 'truck', 'trucks', 'dump', 'landfill', 'waste', 'recycling', 'litter', 'collected', 'bags', 'street', 'streets', 'dumped', 'cans', 'can', 'disposal', 'pickup', 'strike', 'sanitation', 'trash']}],
      'claptrap!', 'twaddle!', 'balderdash!', 'hogwash!', 'baloney!', ['bunk!', {unlessAfter: ['bed', 'beds'], unlessSentenceHas: ['bed', 'beds', 'bunks', 'barracks', 'cabin', 'dormitory', 'sleep', 'slept', 'sleeping']}],
      'poppycock!', 'gibberish!', ['mind vomit!', {confidence: 0.85}], ['word vomit!', {confidence: 0.8}], ['verbal diarrhea!', {confidence: 0.85}], ['verbal diarrhoea!', {confidence: 0.85}], 'word salad!', 'mumbo-jumbo!', 'mumbo jumbo!', 'psychobabble!', 'gobbledygook!', 'gobbledegook!',
      ['bilge!', {unlessSentenceHas: ['ship', 'boat', 'pump', 'pumps', 'hull', 'water', 'vessel', 'keel']}],
      ['tripe!', {unlessSentenceHas: ['cooked', 'eat', 'eaten', 'dish', 'beef', 'recipe', 'menu', 'restaurant', 'stew', 'offal', 'onions', 'butcher']}],
      'guff!', 'hooey!', 'malarkey!', 'codswallop!', 'piffle!',
      ['folly:mistake', {confidence: 0.6, unlessSentenceHas: ['garden', 'gardens', 'tower', 'estate', 'built', 'architect', 'architecture', 'follies', 'ziegfeld']}],
      'idiocy!', 'stupidity!', 'imbecility!', 'buffoonery!', 'tomfoolery!', 'shenanigans!', 'skulduggery!', 'skullduggery!', 'chicanery!',
      ['trickery!', {confidence: 0.65}], 'hanky-panky!', 'monkey business!', 'jiggery-pokery!', 'machinations!:efforts', 'antics!:conduct',
      ['hijinks!', {confidence: 0.6}], ['high jinks!', {confidence: 0.6}], 'gimmick', 'gimmickry!', 'ruse:tactic', ['subterfuge!', {confidence: 0.6}],
      'hypocrisy!', 'cowardice!', 'arrogance!', ['hubris!', {confidence: 0.65}], ['greed!', {confidence: 0.6}], 'avarice!', 'vanity project:personal project',
      ['pet project:favored project', {confidence: 0.6}], ['bloat!', {confidence: 0.6}], 'junket:trip', 'sinecure:post', ['largesse!:spending', {confidence: 0.5}],
      'feeding trough', 'snout in the trough!', 'sugar daddy:backer', ['golden goose:source of revenue', {confidence: 0.6}], ['sacred cow', {confidence: 0.7}],
      ['white elephant', {confidence: 0.7, unlessSentenceHas: ['elephant', 'elephants', 'albino', 'gift', 'gifts', 'swap', 'sale']}], 'castle in the air/castles in the air',
      'fool’s errand', 'wild goose chase', ['fishing expedition:broad inquiry', {confidence: 0.65}], 'boondoggle:project', 'con job', 'snow job',
      ['smoke and mirrors!', {}], ['sleight of hand!', {confidence: 0.6, unlessSentenceHas: ['magician', 'magicians', 'magic', 'card', 'cards', 'trick', 'tricks', 'conjuror']}],
      ['bait and switch!', {}], 'stitch-up', 'fit-up', 'frame-up', 'whitewash!', 'hit job', 'hatchet job', 'hit piece', 'smear campaign',
      'character assassination!', ['smear', {partOfSpeech: 'NOUN', unlessAfter: ['test', 'tests', 'campaign', 'campaigns'], unlessBefore: ['cervical', 'pap', 'blood']}],
      ['cover-up', {confidence: 0.55}], ['coverup', {confidence: 0.55}], ['hoax', {confidence: 0.55, unlessSentenceHas: ['call', 'calls', 'caller', 'bomb', 'threat', 'threats', 'police', 'arrested', 'prank', 'emergency', 'swatting'], unlessAfter: HOAX_KINDS}],
      ['scam', {confidence: 0.6, unlessSentenceHas: [...LEGAL_CONTEXT, 'fraudsters', 'scammers', 'phishing', 'calls', 'emails', 'texts', 'online', 'elderly', 'pensioners', 'warned', 'warning', 'lost', 'money', 'bank', 'romance', 'crypto']}],
      'grift!', ['swindle', {unlessSentenceHas: LEGAL_CONTEXT}], ['racket', {confidence: 0.6, unlessSentenceHas: [...LEGAL_CONTEXT, 'tennis', 'squash', 'badminton', 'noise', 'loud', 'neighbours', 'neighbors', 'racketeering', 'mafia', 'gang', 'gangs', 'protection', 'strings']}],
      'shakedown', ['heist', {unlessSentenceHas: [...LEGAL_CONTEXT, 'robbers', 'stolen', 'jewels', 'jewellery', 'jewelry', 'bank', 'museum', 'thieves', 'gang', 'film', 'movie', 'vault', 'armed', 'robbery', 'cash']}],
      'daylight robbery!', 'highway robbery!', 'cash grab:revenue measure', 'money grab:revenue measure', 'tax grab:tax increase', 'stealth tax:tax',
      'rip-off', 'ripoff', ['slush fund:discretionary fund', {confidence: 0.6}], 'sweetheart deal:favorable deal',
      ['fairy tale:unlikely story', {confidence: 0.6, unlessSentenceHas: ['children', 'book', 'books', 'story', 'stories', 'disney', 'princess', 'grimm', 'andersen', 'film', 'movie', 'wedding', 'castle', 'ballet', 'opera']}],
      ['fantasyland!', {}], 'cloud cuckoo land!', 'la-la land!', ['pipe-dream', {}], 'wishful thinking!', ['fairy-tale', {partOfSpeech: 'NOUN'}]
    ]
  },
  // Contentious labels for people: words one side uses for the other. News copy uses the neutral term (AP, Reuters)
  // or attributes the label; in an article about the labelled group itself, the word recurs and is left alone.
  {
    name: 'contentious labels (people)',
    kind: 'label',
    form: 'noun',
    message: LABEL,
    shared: {skipProperNoun: true, softUnless: LEGAL_CONTEXT},
    items: [
      ['jihadist:militant', {confidence: 0.55, subjectTerm: /^jihad/}], ['jihadi:militant', {confidence: 0.6, subjectTerm: /^jihad/}],
      'islamofascist', 'freedom fighter:fighter', ['occupier', {confidence: 0.55, unlessSentenceHas: VIOLENCE_CONTEXT}],
      ['invader', {unlessSentenceHas: [...VIOLENCE_CONTEXT, 'species', 'plants', 'plant', 'space', 'alien', 'aliens', 'game', 'roman', 'romans', 'viking', 'vikings', 'norman', 'normans']}],
      // "Without legal permission" holds for those entering and those living in a country alike (AP).
      'illegal alien:immigrant without legal permission/immigrants without legal permission',
      'illegal immigrant:immigrant without legal permission/immigrants without legal permission',
      'illegal migrant:migrant without legal permission/migrants without legal permission',
      ['illegals!:immigrants without legal permission', {partOfSpeech: 'NOUN'}],
      'abortionist:abortion provider', 'pro-lifer:anti-abortion activist', 'pro-choicer:abortion-rights activist', 'right-to-lifer:anti-abortion activist',
      ['job creator:employer', {confidence: 0.55}], 'job killer', ['leftist:left-wing activist', {confidence: 0.55}],
      ['rightist:right-wing activist', {confidence: 0.6}], ['left-winger:liberal', {confidence: 0.5}], ['right-winger:conservative', {confidence: 0.5}],
      ['neocon:neoconservative', {confidence: 0.6}], ['marxist', {confidence: 0.5, subjectTerm: /^marxis/}],
      ['bolshevik', {unlessSentenceHas: ['1917', 'revolution', 'lenin', 'russia', 'russian', 'soviet', 'tsar', 'trotsky', 'menshevik', 'mensheviks']}],
      ['globalist', {confidence: 0.8}], ['elitist', {confidence: 0.65}], ['nazi', {confidence: 0.8, subjectTerm: /^(neo-)?nazi/, unlessSentenceHas: ['hitler', 'germany', 'german', '1930s', '1940s', 'holocaust', 'war', 'swastika', 'reich', 'third', 'ss', 'auschwitz', 'jews', 'jewish', 'party', 'neo-nazi', 'neo-nazis', 'occupation', 'occupied', 'wehrmacht', 'gestapo', 'camp', 'camps', 'regime', 'era']}],
      ['dictator:leader', {confidence: 0.5, subjectTerm: /^dictator/}], ['strongman:leader', {confidence: 0.55}], ['autocrat:leader', {confidence: 0.5}],
      ['kleptocrat', {confidence: 0.7}], ['cultist', {confidence: 0.7}], ['infidel', {confidence: 0.7}], 'papist', ['fundamentalist', {confidence: 0.45}],
      ['denier', {confidence: 0.6, unlessSentenceHas: ['holocaust', 'genocide']}], 'climate denier', 'science denier', 'election denier',
      ['truther', {confidence: 0.7}], ['birther', {confidence: 0.55}], 'anti-vaxxer:vaccine opponent', 'anti-vaxer:vaccine opponent',
      'climate alarmist', ['alarmist', {confidence: 0.7}], 'warmist', ['eco-terrorist:activist', {confidence: 0.75}], 'eco-fascist', 'eco-loon',
      ['eco-warrior:environmental activist', {confidence: 0.6}], 'social justice warrior', 'sjw', ['appeaser', {confidence: 0.75}],
      ['homicide bomber:suicide bomber', {}], ['hardliner', {confidence: 0.4}],
      ['radical', {confidence: 0.55, subjectTerm: /^radical/}], ['militant:activist', {confidence: 0.45, unlessSentenceHas: [...VIOLENCE_CONTEXT, 'group', 'groups', 'islamist', 'islamic', 'armed', 'hamas', 'hezbollah', 'taliban', 'isis', 'al-qaeda', 'kashmir', 'separatist', 'separatists']}],
      ['separatist', {confidence: 0.45, unlessSentenceHas: VIOLENCE_CONTEXT}], ['insurrectionist:rioter', {confidence: 0.6, subjectTerm: /^insurrection/}],
      ['anarchist', {confidence: 0.5, subjectTerm: /^anarch/}], ['malcontent:critic', {}],
      ['patriot', {confidence: 0.45, unlessBefore: ['new', 'england']}]
    ]
  },
  // Contentious labels for things, as adjectives: each side's name for a position (AP: "anti-abortion", "abortion-rights").
  {
    name: 'contentious labels (adjectives)',
    kind: 'label',
    form: 'adjective',
    message: LABEL,
    deletable: false,
    shared: {skipProperNoun: true},
    items: [
      ['far-left:left-wing', {confidence: 0.45}], ['hard-left:left-wing', {confidence: 0.45}], 'ultra-left:left-wing', ['far-right:right-wing', {confidence: 0.45}],
      ['hard-right:right-wing', {confidence: 0.45}], 'ultra-right:right-wing', ['ultraconservative:conservative', {confidence: 0.65}],
      ['ultra-conservative:conservative', {confidence: 0.65}], 'ultraliberal:liberal', 'ultra-liberal:liberal', ['ultranationalist:nationalist', {confidence: 0.55}],
      ['ultra-nationalist:nationalist', {confidence: 0.55}], ['alt-left', {subjectTerm: /^alt-left/}], ['alt-right', {confidence: 0.45, subjectTerm: /^alt-right/}],
      ['leftist:left-wing', {confidence: 0.55}], ['rightist:right-wing', {confidence: 0.6}],
      ['marxist', {confidence: 0.5, subjectTerm: /^marxis/}], ['globalist', {confidence: 0.8}], 'pro-abortion:abortion-rights', 'anti-choice:anti-abortion',
      'pro-death', ['pro-life:anti-abortion', {confidence: 0.5}], ['pro-choice:abortion-rights', {confidence: 0.5}],
      ['woke:-', {confidence: 0.75, unlessAfter: ['up'], unlessBefore: ['i', 'he', 'she', 'we', 'they', 'you', 'who', 'had', 'and', 'then', 'finally', 'just', 'when']}],
      ['politically correct', {confidence: 0.6}], ['anti-vax:anti-vaccine', {}], ['anti-vaxx:anti-vaccine', {}], ['totalitarian', {confidence: 0.6}],
      ['authoritarian', {confidence: 0.4}], ['despotic', {}], ['autocratic', {confidence: 0.45}], ['un-american', {}], ['unamerican', {}],
      ['unpatriotic', {}], ['anti-american', {confidence: 0.6}], ['seditious', {confidence: 0.6, unlessSentenceHas: LEGAL_CONTEXT}],
      ['socialistic', {}], ['communistic', {}], ['job-killing', {}], ['job-destroying', {}], ['gun-grabbing', {}], ['baby-killing', {}],
      ['gun-toting', {confidence: 0.7}], ['bible-thumping', {}], ['tree-hugging', {}],
      ['fundamentalist', {confidence: 0.45}], ['jihadist', {confidence: 0.55, subjectTerm: /^jihad/}], ['islamofascist', {}], ['terroristic', {}]
    ]
  },
  // Contentious labels as phrases: slogans and framings that take a side ("death tax", "deep state", "fake news").
  {
    name: 'contentious labels (phrases)',
    kind: 'label',
    form: 'phrase',
    message: LABEL,
    deletable: false,
    shared: {skipProperNoun: true},
    items: [
      'death tax:estate tax', 'death taxes:estate taxes', 'death panel', 'death panels', 'welfare queens', 'nanny state:government regulation',
      'corporate welfare:subsidies', 'socialized medicine:government-run health care', 'socialised medicine:government-run health care',
      ['government takeover', {confidence: 0.65}], ['class warfare', {confidence: 0.6}], 'voodoo economics', ['trickle-down economics', {confidence: 0.5}],
      ['handout:payment', {confidence: 0.55, partOfSpeech: 'NOUN'}], ['handouts:payments', {confidence: 0.55, partOfSpeech: 'NOUN'}],
      ['freebies', {confidence: 0.55}], ['pork-barrel', {}], ['pork barrel', {}], 'deep state', ['mainstream media:news media', {confidence: 0.65, unlessBefore: ['international', 'american', 'british', 'western', 'global', 'foreign', 'european', 'national', 'local', 'german', 'french', 'russian', 'chinese', 'us', 'u.s.', 'uk']}],
      ['msm:news media', {}], 'lamestream media', 'lamestream', ['fake news', {confidence: 0.65, unlessAfter: ['web', 'sites', 'site', 'websites', 'website', 'stories', 'story', 'articles', 'article', 'outlets', 'outlet', 'producers', 'creators', 'writers', 'factories', 'factory', 'industry', 'purveyors', 'pages', 'accounts', 'ecosystem']}], 'enemy of the people', 'enemies of the people',
      'wokeness', 'wokeism', 'wokery', ['political correctness', {confidence: 0.6}], ['cancel culture', {confidence: 0.55}], 'race card',
      ['gender ideology', {confidence: 0.7}], 'transgender ideology', 'radical left', ['radical right', {confidence: 0.7}], 'loony left',
      ['extreme left', {confidence: 0.7}], ['extreme right', {confidence: 0.55}], 'woke mob', 'twitter mob', 'cancel mob', 'outrage mob',
      'pc brigade', 'woke brigade', 'grievance industry', 'abortion industry:abortion providers', 'abortion mill:abortion clinic',
      'abortion mills:abortion clinics', ['unborn child:fetus', {confidence: 0.5}], ['unborn children:fetuses', {confidence: 0.5}],
      ['unborn baby:fetus', {confidence: 0.55}], ['unborn babies:fetuses', {confidence: 0.55}], ['partial-birth abortion', {confidence: 0.55}],
      ['chain migration:family-based immigration', {confidence: 0.6}], ['open borders', {confidence: 0.55}], ['gun lobby', {confidence: 0.45}],
      ['climate hoax', {}], ['global warming hoax', {}], 'islamofascism', ['radical islam', {confidence: 0.65}], 'rogue state', 'rogue states',
      'axis of evil', 'evil empire', 'puppet regime:government', 'puppet government:government', 'puppet regimes:governments',
      'thugocracy', ['kleptocracy', {confidence: 0.6}], ['narco-state', {confidence: 0.6}], 'banana republic', ['police state', {confidence: 0.7}],
      ['tyranny', {confidence: 0.65, partOfSpeech: 'NOUN'}], ['despotism', {}], ['mob rule', {confidence: 0.7}],
      ['lynch mob', {confidence: 0.75, unlessSentenceHas: ['lynching', 'lynched', '1920s', 'klan', 'hanged', 'noose', 'crow', 'emmett']}],
      'kangaroo court', 'kangaroo courts', ['show trial', {confidence: 0.7, unlessSentenceHas: ['soviet', 'stalin', '1930s', 'moscow', 'purges', 'purge']}],
      ['show trials', {confidence: 0.7, unlessSentenceHas: ['soviet', 'stalin', '1930s', 'moscow', 'purges', 'purge']}],
      ['gestapo', {confidence: 0.8, unlessSentenceHas: ['nazi', 'nazis', 'hitler', 'germany', 'german', 'reich', '1930s', '1940s', 'war', 'occupation', 'occupied', 'jews', 'jewish', 'resistance']}],
      ['gulag', {confidence: 0.7, unlessSentenceHas: ['soviet', 'stalin', 'ussr', 'siberia', 'prisoners', 'camp', 'camps', 'solzhenitsyn', 'labor', 'labour', 'north', 'korea']}],
      ['pogrom', {confidence: 0.55, unlessSentenceHas: VIOLENCE_CONTEXT}], ['apartheid', {confidence: 0.55, subjectTerm: /^apartheid/, unlessSentenceHas: ['south', 'africa', 'african', 'africans', 'mandela', '1948', '1994', 'klerk', 'soweto']}],
      ['ethnic cleansing', {confidence: 0.5, subjectTerm: /^cleansing/}],
      ['holocaust', {confidence: 0.6, unlessSentenceHas: ['nazi', 'nazis', 'jews', 'jewish', 'survivor', 'survivors', 'auschwitz', 'hitler', '1940s', 'world', 'war', 'memorial', 'museum', 'remembrance', 'denial', 'denier', 'deniers', 'nuclear', 'victims', 'germany', 'german', 'germans', 'israel', 'yad', 'vashem']}],
      ['jihad against', {confidence: 0.7}], ['holy war', {confidence: 0.55, unlessSentenceHas: VIOLENCE_CONTEXT}],
      ['mccarthyism', {}], ['appeasement', {confidence: 0.5, unlessSentenceHas: ['munich', 'chamberlain', 'hitler', '1938', '1930s']}],
      ['the swamp', {confidence: 0.75, unlessSentenceHas: [...NATURE_CONTEXT, ...ANIMAL_CONTEXT, 'alligator', 'alligators', 'wetland', 'wetlands', 'marsh', 'everglades', 'mosquitoes', 'mud', 'bog', 'swamps', 'swampland']}],
      'drain the swamp', ['coastal elites', {confidence: 0.7}], ['liberal elite', {confidence: 0.7}], ['liberal elites', {confidence: 0.7}],
      ['hollywood elite', {confidence: 0.7}], ['hollywood elites', {confidence: 0.7}], ['the elites', {confidence: 0.55}], ['ivory tower', {confidence: 0.65}],
      ['freebie', {confidence: 0.5}], ['entitlement mentality', {confidence: 0.55}], ['entitlement culture', {confidence: 0.5}], ['entitlement-minded', {confidence: 0.6}],
      ['lunatic fringe', {confidence: 0.75}], ['paid protesters', {}], ['crisis actors', {}], ['crisis actor', {}], ['astroturf', {confidence: 0.6}], ['astroturfing', {confidence: 0.6}]
    ]
  },
  // Doubt markers: they tell the reader to disbelieve without saying who doubts it or why. None is offered for
  // deletion (deleting a hedge asserts the claim); a hedge next to someone's attributed claim marks their view.
  {
    name: 'doubt markers',
    kind: 'doubt',
    form: 'adjective',
    message: DOUBT,
    deletable: false,
    shared: {unlessAttributed: true},
    items: [
      ['would-be', {confidence: 0.45, unlessAfter: ['assassin', 'assassins', 'attacker', 'attackers', 'bomber', 'bombers', 'robber', 'robbers', 'thief', 'thieves', 'buyer', 'buyers', 'migrants', 'immigrants', 'parents', 'students', 'voters', 'suitors', 'kidnapper', 'kidnappers', 'killer', 'killers', 'terrorist', 'terrorists']}],
      ['pseudoscientific', {confidence: 0.65}], ['pseudo-scientific', {confidence: 0.65}], 'pseudo-intellectual',
      ['faux', {confidence: 0.65, unlessAfter: ['fur', 'leather', 'marble', 'wood', 'finish', 'pas', 'suede', 'brick', 'stone', 'flowers', 'plants']}],
      ['sham', {partOfSpeech: 'ADJ', unlessSentenceHas: LEGAL_CONTEXT}], ['bogus', {}], ['phony', {partOfSpeech: 'ADJ'}], ['phoney', {partOfSpeech: 'ADJ'}],
      ['fake', {confidence: 0.55, unlessSentenceHas: [...LEGAL_CONTEXT, 'passport', 'passports', 'documents', 'id', 'ids', 'notes', 'banknotes', 'currency', 'goods', 'products', 'counterfeit', 'seized', 'fur', 'accounts', 'account', 'profiles', 'profile', 'bot', 'bots', 'reviews', 'tan', 'blood', 'snow', 'grass', 'plants', 'flowers', 'eyelashes', 'nails', 'meat', 'leather', 'diamonds', 'jewellery', 'jewelry', 'websites', 'website', 'apps', 'images', 'photos', 'video', 'videos', 'deepfake', 'ai-generated', 'generated']}],
      ['specious', {}], ['spurious', {confidence: 0.65, unlessAfter: ['correlation', 'correlations', 'results', 'signals', 'signal', 'regression', 'emissions']}],
      // A verdict of falsity that fact-checks and straight news use when the record shows it ("unfounded conspiracy
      // theories", "a debunked claim"): the writer's word more often than not, but often accurate; thorough only.
      ['debunked', {confidence: 0.45, partOfSpeech: 'ADJ'}], ['discredited', {confidence: 0.45, partOfSpeech: 'ADJ'}], ['baseless', {confidence: 0.45}],
      ['groundless', {confidence: 0.6}], ['unfounded', {confidence: 0.45}], ['far-fetched', {confidence: 0.7}], ['implausible', {confidence: 0.55}],
      ['fanciful', {confidence: 0.7}], 'trumped-up', 'cooked-up', ['made-up', {confidence: 0.6, unlessSentenceHas: ['makeup', 'cosmetics', 'face', 'faces', 'words', 'language', 'game', 'games', 'children']}],
      ['concocted', {partOfSpeech: 'ADJ', confidence: 0.7}], 'self-appointed', 'self-anointed', ['self proclaimed', {partOfSpeech: undefined}], ['self styled', {partOfSpeech: undefined}], ['self appointed', {partOfSpeech: undefined}],
      ['self-declared', {confidence: 0.45, unlessAfter: ['islamic', 'state', 'caliphate', 'republic', 'republics', 'independence', 'emergency', 'bankruptcy', 'capital']}],
      ['ostensible', {confidence: 0.6}], ['professed', {partOfSpeech: 'ADJ', confidence: 0.5, unlessAfter: ['to']}], ['so-dubbed', {confidence: 0.6}],
      ['quote-unquote', {confidence: 0.8}], ['wannabe', {partOfSpeech: 'ADJ', confidence: 0.75}], ['pretend', {partOfSpeech: 'ADJ', confidence: 0.6}],
      ['nominally', {partOfSpeech: 'ADV', confidence: 0.45}], ['in name only', {partOfSpeech: undefined, confidence: 0.7}],
      ['what passes for', {partOfSpeech: undefined, confidence: 0.8}], ['the likes of', {partOfSpeech: undefined, confidence: 0.55, rewrites: ['']}]
    ]
  },
  // Verbs of saying that mock the speaker: "bleated", "spewed", "whined", in every form. "Said" reports what was said.
  // Their literal senses are sounds of animals, engines and weather, and are left alone near them.
  {
    name: 'scornful verbs of saying',
    kind: 'scornful-saying',
    form: 'verb',
    message: SCORN,
    items: [
      ['bleat:say', {unlessSentenceHas: ANIMAL_CONTEXT}], ['spew:voice', {unlessSentenceHas: [...NATURE_CONTEXT, ...MACHINE_CONTEXT, 'vomit', 'blood', 'bile', 'debris', 'lava', 'magma', 'toxic', 'pollution', 'emissions', 'factory', 'plant', 'plants', 'sewer', 'sewers', 'pipes', 'drain']}],
      ['seethe:say', {onlyWithClause: true}], ['seethe', {}], ['rave:say', {unlessAfter: ['about', 'over', 'reviews', 'review', 'party', 'parties', 'music', 'culture', 'scene']}],
      'bluster:say', 'blather:say', 'blether:say', ['babble:say', {unlessSentenceHas: ['baby', 'babies', 'infant', 'infants', 'brook', 'stream', 'water', 'toddler']}],
      'prattle:say', 'yammer:say', 'jabber:say', 'gabble:say', 'bloviate:say', 'drone on:speak at length', 'harp on:emphasize', 'harp on about:emphasize',
      'gloat:say', ['gloat over', {}], ['crow:say', {onlyWithClause: true, unlessSentenceHas: [...ANIMAL_CONTEXT, 'carrion', 'raven', 'ravens', 'magpie', 'magpies']}], ['crow about', {unlessSentenceHas: ANIMAL_CONTEXT}], ['sneer:say', {}], ['scoff:say', {unlessAfter: ['down', 'up', 'the']}],
      ['snipe:say', {onlyWithClause: true, unlessSentenceHas: [...VIOLENCE_CONTEXT, 'sniper', 'snipers', 'rifle', 'violence', 'cops', 'officers']}],
      ['sniff:say', {onlyWithClause: true, unlessSentenceHas: [...ANIMAL_CONTEXT, 'smell', 'smelled', 'smelt', 'glue', 'cocaine', 'drug', 'drugs', 'nose', 'scent', 'sniffer', 'air', 'cold', 'cough', 'tissue']}],
      ['snort:say', {onlyWithClause: true, unlessSentenceHas: [...ANIMAL_CONTEXT, 'cocaine', 'drug', 'drugs', 'heroin', 'powder', 'line', 'lines', 'laughter', 'laugh']}],
      ['huff:say', {onlyWithClause: true, unlessSentenceHas: ['glue', 'paint', 'solvent', 'solvents', 'inhalants', 'puff', 'puffed', 'breath', 'breathing']}],
      'harrumph:say', ['grumble:say', {unlessSentenceHas: ['stomach', 'stomachs', 'belly', 'thunder', 'engine', 'volcano']}],
      ['moan:say', {unlessSentenceHas: ['pain', 'wounded', 'injured', 'groan', 'groaned', 'bed', 'hospital', 'wind', 'ghost', 'sexual']}],
      ['carp:say', {unlessSentenceHas: ['fish', 'fishing', 'pond', 'lake', 'river', 'angler', 'anglers', 'asian']}], 'cavil:object', 'kvetch:say', 'whinge:say',
      ['wail:say', {unlessSentenceHas: [...MACHINE_CONTEXT, 'baby', 'babies', 'infant', 'infants', 'mourners', 'funeral', 'grief', 'grieving', 'women', 'wailing', 'wall', 'sirens', 'siren', 'saxophone', 'guitar', 'guitars', 'song', 'songs', 'vocals']}],
      ['shriek:say', {unlessSentenceHas: [...MACHINE_CONTEXT, ...ANIMAL_CONTEXT, 'scream', 'screams', 'fear', 'terror', 'ride', 'rollercoaster', 'children', 'laughter', 'delight', 'fans']}],
      ['screech:say', {unlessSentenceHas: [...MACHINE_CONTEXT, ...ANIMAL_CONTEXT, 'halt', 'stop']}],
      ['squeal:say', {unlessSentenceHas: [...MACHINE_CONTEXT, ...ANIMAL_CONTEXT, 'delight', 'laughter', 'children', 'fans', 'excitement', 'police', 'informant']}],
      ['squawk:say', {unlessSentenceHas: [...ANIMAL_CONTEXT, ...MACHINE_CONTEXT]}], ['yelp:say', {unlessSentenceHas: [...ANIMAL_CONTEXT, 'pain', 'hurt', 'injured', 'surprise']}],
      ['howl:say', {unlessAfter: ['with'], unlessSentenceHas: [...ANIMAL_CONTEXT, ...NATURE_CONTEXT, 'pain', 'laughter', 'grief', 'moon', 'crowd', 'fans']}],
      ['bellow:say', {unlessSentenceHas: [...ANIMAL_CONTEXT, ...MACHINE_CONTEXT, 'smoke', 'flames']}], ['bark:say', {unlessSentenceHas: [...ANIMAL_CONTEXT, 'tree', 'trees', 'wood', 'cough', 'seal']}],
      ['snarl:say', {unlessAfter: ['up'], unlessSentenceHas: [...ANIMAL_CONTEXT, 'traffic', 'roads', 'road', 'commute', 'delays', 'jam', 'lines']}],
      ['growl:say', {unlessSentenceHas: [...ANIMAL_CONTEXT, ...MACHINE_CONTEXT, 'stomach', 'stomachs', 'belly', 'thunder']}],
      ['hiss:say', {unlessSentenceHas: [...ANIMAL_CONTEXT, ...NATURE_CONTEXT, ...MACHINE_CONTEXT, 'leak', 'tyre', 'tire', 'radiator', 'cat', 'crowd', 'audience', 'speakers', 'static', 'tape', 'record', 'vinyl']}],
      ['spit/spat:say', {unlessSentenceHas: ['saliva', 'ground', 'face', 'faces', 'spittle', 'fire', 'cobra', 'llama', 'pavement', 'street', 'blood', 'tobacco', 'seeds', 'gum', 'out', 'mouth', 'assault', 'assaulted', 'police', 'officer', 'officers', 'guard', 'guards', 'rain', 'drizzle']}],
      ['thunder:say', {unlessSentenceHas: [...NATURE_CONTEXT, ...MACHINE_CONTEXT, 'hooves', 'horses', 'past', 'overhead', 'down', 'through', 'applause', 'drums', 'trains', 'jets']}],
      ['roar:say', {onlyWithClause: true, unlessSentenceHas: [...NATURE_CONTEXT, ...MACHINE_CONTEXT, ...ANIMAL_CONTEXT, 'crowd', 'crowds', 'fans', 'applause', 'laughter', 'back', 'into', 'past', 'ahead', 'approval', 'stadium', 'audience', 'economy', 'twenties', 'stocks', 'shares', 'markets', 'market']}],
      ['rage:say', {onlyWithClause: true, unlessSentenceHas: [...NATURE_CONTEXT, ...VIOLENCE_CONTEXT, 'pandemic', 'virus', 'epidemic', 'battle', 'battles', 'debate', 'debates', 'controversy', 'disease', 'outbreak', 'infection', 'infections', 'fever']}],
      ['fulminate:say', {onlyWithClause: true}], ['splutter:say', {unlessSentenceHas: [...MACHINE_CONTEXT, 'cough', 'coughing', 'water', 'choking', 'choked', 'drink', 'tea', 'coffee']}],
      ['sputter:say', {unlessSentenceHas: [...MACHINE_CONTEXT, 'economy', 'growth', 'recovery', 'fire', 'flame', 'candle', 'sales', 'campaign', 'markets', 'talks', 'negotiations', 'out']}],
      ['mutter:say', {confidence: 0.65}], ['mumble:say', {confidence: 0.65}],
      ['stammer:say', {unlessSentenceHas: ['stammer', 'stammering', 'stutter', 'stuttering', 'speech', 'therapy', 'therapist', 'condition', 'disorder', 'childhood', 'overcame', 'overcome']}],
      ['stutter:say', {unlessSentenceHas: ['stammer', 'stammering', 'stutter', 'stuttering', 'speech', 'therapy', 'therapist', 'condition', 'disorder', 'childhood', 'overcame', 'overcome', 'economy', 'growth', 'recovery', 'engine', 'start', 'video', 'frames', 'rate', 'game', 'games']}],
      // "Blurt out a name" is to say it suddenly; only what someone blurted out as a view ("blurted out that…") judges them.
      ['blurt:say', {onlyWithClause: true}], ['blurt out:say', {onlyWithClause: true}], 'pontificate:say', 'mouth off:speak', ['sound off:speak', {confidence: 0.6}], ['spout:repeat', {unlessSentenceHas: [...NATURE_CONTEXT, ...ANIMAL_CONTEXT, 'fountain', 'geyser', 'blood', 'whale']}],
      'spout off:speak', ['parrot:repeat', {confidence: 0.75, unlessSentenceHas: ANIMAL_CONTEXT}], ['regurgitate:repeat', {confidence: 0.75, unlessSentenceHas: [...ANIMAL_CONTEXT, 'food', 'chicks', 'eat', 'ate', 'meal', 'swallowed', 'swallow']}],
      ['coo:say', {unlessSentenceHas: [...ANIMAL_CONTEXT, 'baby', 'babies', 'infant', 'pigeon', 'pigeons', 'doves']}], ['purr:say', {unlessSentenceHas: [...ANIMAL_CONTEXT, ...MACHINE_CONTEXT]}],
      ['chirp:say', {confidence: 0.7, unlessSentenceHas: [...ANIMAL_CONTEXT, 'crickets', 'cricket', 'phone', 'alarm', 'smoke', 'detector', 'device', 'sensor']}],
      ['trill:say', {confidence: 0.7, unlessSentenceHas: [...ANIMAL_CONTEXT, 'song', 'songs', 'singer', 'singers', 'soprano', 'flute', 'music', 'notes', 'phone']}],
      ['smirk', {}], ['snicker', {}], ['snigger', {}], 'cackle:laugh', ['chortle:laugh', {confidence: 0.7}], ['guffaw:laugh', {confidence: 0.65}], ['titter:laugh', {confidence: 0.7}],
      ['taunt', {confidence: 0.6}], ['jeer', {confidence: 0.5}], 'sermonize:say', 'sermonise:say', 'moralize:say', 'moralise:say',
      ['lecture:tell', {confidence: 0.6, unlessSentenceHas: ['university', 'universities', 'students', 'student', 'class', 'classes', 'course', 'courses', 'professor', 'professors', 'campus', 'lecturer', 'lecturers', 'college', 'seminar', 'hall', 'taught', 'teaches', 'teaching', 'series', 'visiting', 'audience', 'delivered', 'give', 'gave', 'given', 'gives', 'annual', 'memorial']}],
      ['hector:press', {}], ['harangue:address', {}], ['preach:urge', {confidence: 0.6, unlessSentenceHas: ['church', 'churches', 'sermon', 'sermons', 'pastor', 'priest', 'congregation', 'gospel', 'mosque', 'imam', 'pulpit', 'preacher', 'bible', 'god', 'jesus', 'christ', 'religious', 'faith', 'evangelist', 'minister', 'synagogue', 'rabbi', 'sunday', 'worship', 'choir', 'converted']}],
      ['declaim:say', {confidence: 0.65}], ['cry foul:object', {confidence: 0.6}], ['cry wolf', {confidence: 0.7}],
      ['whine:say', {unlessSentenceHas: [...MACHINE_CONTEXT, ...ANIMAL_CONTEXT, 'drone', 'mosquito', 'mosquitoes', 'saw', 'wind', 'bullets', 'bullet', 'shells']}], ['rant:say', {}],
      ['moan about:complain about', {}], ['whinge about:complain about', {}], ['gripe about:complain about', {confidence: 0.75}],
      ['bray:say', {confidence: 0.7, unlessSentenceHas: [...ANIMAL_CONTEXT, 'donkey', 'donkeys', 'mule', 'mules', 'ass']}], ['yap:say', {confidence: 0.6, unlessSentenceHas: ANIMAL_CONTEXT}],
      ['natter:say', {confidence: 0.6}], ['caterwaul:say', {confidence: 0.7, unlessSentenceHas: ANIMAL_CONTEXT}],
      ['scream:say', {onlyWithClause: true, confidence: 0.55, unlessSentenceHas: [...VIOLENCE_CONTEXT, 'pain', 'fear', 'terror', 'help', 'fans', 'crowd', 'children', 'baby', 'ride', 'delight', 'victim'], unlessAfter: ['.', '!', '?', 'in', 'for', 'with', 'and']}]
    ]
  },
  // Verbs of saying that judge the speaker: "insisted" implies the claim is doubtful, "admitted" that it was a
  // confession, "claimed" that it is false. Every form, with the conditions that leave their literal senses alone.
  {
    name: 'judging verbs of saying',
    kind: 'judging-saying',
    form: 'verb',
    message: SAID,
    items: [
      ['claim:say', {softUnless: DISPUTED_CLAIM, onlyWithClause: true, unlessAfter: SAYING_OBJECTS, unlessObject: CLAIMED_OBJECTS, unlessSentenceHas: LAWSUIT_CONTEXT}], ['admit:say', {onlyWithClause: true, unlessAfter: [...SAYING_OBJECTS, 'into', 'as', 'to']}],
      ['reveal:say', {onlyWithClause: true, unlessAfter: SAYING_OBJECTS}],
      ['concede:say', {unlessAfter: ['of', 'about', 'to', 'into', 'at', 'under', 'up', 'off', 'back'], unlessObject: CONCEDED_OBJECTS, unlessSentenceHas: CONTEST_CONTEXT}],
      ['confess:say', {unlessAfter: ['of', 'about', 'to', 'into', 'at', 'under', 'up', 'off', 'back', 'on'], unlessSentenceHas: LEGAL_CONTEXT}],
      ['insist:say', {confidence: 0.4, unlessAfter: ['of', 'about', 'to', 'into', 'at', 'under', 'up', 'off', 'back', 'on', 'upon']}],
      ['boast:say', {unlessAfter: ['of', 'about', 'to', 'into', 'at', 'under', 'up', 'off', 'back', 'on'], onlyWithClause: true}],
      ['brag:say', {unlessAfter: ['of', 'about', 'to', 'into', 'at', 'under', 'up', 'off', 'back', 'on']}],
      ['complain:say', {unlessAfter: ['of', 'about', 'to', 'into', 'at', 'under', 'up', 'off', 'back', 'on']}],
      ['lament:say', {unlessAfter: ['of', 'about', 'to', 'into', 'at', 'under', 'up', 'off', 'back', 'on']}],
      ['gripe:say', {unlessAfter: ['of', 'about', 'to', 'into', 'at', 'under', 'up', 'off', 'back', 'on']}],
      ['grouse:say', {unlessAfter: ['of', 'about', 'to', 'into', 'at', 'under', 'up', 'off', 'back', 'on'], unlessSentenceHas: ['shooting', 'moor', 'moors', 'birds', 'bird', 'hunting', 'season', 'sage']}],
      ['gush:say', {unlessAfter: ['of', 'about', 'to', 'into', 'at', 'under', 'up', 'off', 'back', 'on', 'out', 'from', 'over'], unlessSentenceHas: [...NATURE_CONTEXT, 'blood', 'oil']}],
      ['fume:say', {unlessAfter: ['of', 'about', 'to', 'into', 'at', 'under', 'up', 'off', 'back', 'on', 'over']}],
      ['snap:say', {onlyWithClause: true, unlessAfter: [...SAYING_PARTICLES, 'up', 'photos', 'pictures', 'shots', 'selfies', 'fingers', 'a', 'the', 'his', 'her', 'their']}],
      ['retort:say', {}], ['quip:say', {unlessNearby: ['comedian', 'comedians', 'comic', 'late-night', 'talk-show', 'monologue', 'joke', 'jokes', 'sketch', 'impression', 'audience', 'laughter', 'laughs', 'laughing', 'standup', 'stand-up', 'punchline', 'host', 'sitcom']}], ['bemoan:criticize', {}], ['bewail:criticize', {}], ['opine:say', {confidence: 0.55}],
      ['proclaim:say', {onlyWithClause: true, confidence: 0.5}], ['profess:say', {onlyWithClause: true, confidence: 0.55}],
      ['confide:say', {onlyWithClause: true, confidence: 0.5}], ['exult:say', {}], ['aver:say', {confidence: 0.5}],
      ['admit to:acknowledge', {unlessSentenceHas: ADMISSION_CONTEXT}], ['let slip:say', {confidence: 0.6}]
    ]
  },
  // Verbs that dramatize criticism as an assault: "slammed", "savaged", "eviscerated". "Criticized" reports it.
  {
    name: 'criticism verbs',
    kind: 'criticism-verb',
    form: 'verb',
    message: CRITICISED,
    items: [
      ['slam:criticize', {unlessAfter: ['dunk', 'into', 'shut', 'on', 'off', 'away', 'the', 'a', 'his', 'her', 'their', 'its'], unlessSentenceHas: ['door', 'doors', 'brakes', 'explosion', 'bomb', 'rocket', 'hurricane', 'wind', 'winds', 'music', 'poetry', 'poem', 'wave', 'waves', 'car', 'truck', 'vehicle', 'grand', 'lid', 'phone', 'fist', 'fists', 'table', 'wall']}],
      ['blast:criticize', {unlessAfter: ['off', 'away', 'out', 'through', 'into', 'music'], unlessSentenceHas: [...VIOLENCE_CONTEXT, ...NATURE_CONTEXT, 'music', 'speakers', 'radio', 'stereo', 'horn', 'horns', 'rocket', 'furnace', 'mine', 'quarry', 'space', 'off', 'sand', 'rock', 'rocks', 'volume']}],
      'lambast:criticize', 'lambaste:criticize', 'excoriate:criticize', ['savage:criticize', {unlessSentenceHas: ANIMAL_CONTEXT}], ['trash:criticize', {unlessSentenceHas: ['hotel', 'room', 'rooms', 'house', 'vandals', 'rioters', 'party', 'garbage', 'bins', 'car', 'cars', 'store', 'stores']}],
      'lash out at:criticize', 'lash out against:criticize', 'rip into:criticize', 'tear/tore/torn into:criticize', 'lay/laid into:criticize',
      ['hit/hit out at:criticize', {confidence: 0.55}], 'take/took/taken a swipe at:criticize', ['swipe at:criticize', {confidence: 0.7, unlessBefore: ['a', 'an', 'the', 'new', 'another', 'his', 'her', 'their', 'its', 'latest', 'fresh', 'veiled', 'parting', 'sharp', 'thinly-veiled', 'this', 'that']}],
      ['take/took/taken a new|fresh|veiled|thinly-veiled|parting|sharp|another swipe at:criticize', {}], ['take/took/taken another swipe at:criticize', {}],
      ['round on:criticize', {confidence: 0.6}], 'pour scorn on:criticize', 'heap scorn on:criticize', 'deride:criticize',
      ['ridicule:criticize', {}], ['mock:criticize', {unlessAfter: ['up', 'trial', 'trials', 'exam', 'exams', 'election', 'elections', 'turtle', 'crash', 'drill', 'drills', 'interview', 'interviews', 'battle']}],
      'belittle:criticize', 'disparage:criticize', 'denigrate:criticize', ['demean', {confidence: 0.6}], 'vilify:criticize', 'demonize:criticize',
      'demonise:criticize', 'pillory:criticize', ['lampoon:satirize', {confidence: 0.55}],
      ['bash:criticize', {unlessAfter: ['in', 'into', 'open', 'down'], unlessSentenceHas: [...VIOLENCE_CONTEXT, 'head', 'skull', 'bat', 'hammer', 'car', 'window', 'windows', 'door', 'ball']}],
      'badmouth:criticize', 'bad-mouth:criticize',
      ['smear:criticize', {unlessSentenceHas: ['paint', 'mud', 'blood', 'lipstick', 'faeces', 'feces', 'cream', 'grease', 'butter', 'test', 'tests', 'cervical', 'glass', 'lens', 'camera', 'ink']}],
      'castigate:criticize', 'berate:criticize', ['scold:criticize', {confidence: 0.65}], ['chastise:criticize', {confidence: 0.6}], 'upbraid:criticize',
      ['flay:criticize', {unlessSentenceHas: [...VIOLENCE_CONTEXT, 'skin', 'alive', 'whip', 'whipped', 'flesh', 'carcass']}],
      ['skewer:criticize', {unlessSentenceHas: ['kebab', 'kebabs', 'meat', 'grill', 'barbecue', 'chicken', 'lamb', 'beef', 'pork', 'vegetables', 'fish', 'prawns', 'shrimp', 'fruit', 'marshmallows', 'cook', 'cooking', 'recipe', 'oven', 'skewers', 'knife', 'stake', 'spear']}],
      ['maul:criticize', {unlessSentenceHas: [...ANIMAL_CONTEXT, ...VIOLENCE_CONTEXT, 'crowd', 'mob', 'tiger', 'tigers', 'mauling']}],
      ['hammer:criticize', {literal: true, pastSenses: ['VERB'], unlessAfter: ['out', 'home', 'away', 'into', 'in', 'down', 'nails', 'nail'], unlessSentenceHas: [...NATURE_CONTEXT, ...VIOLENCE_CONTEXT, 'nail', 'nails', 'tool', 'tools', 'metal', 'drill', 'anvil', 'blacksmith', 'shares', 'stocks', 'markets', 'market', 'prices', 'economy', 'sales', 'profits', 'sector', 'industry', 'currency', 'team', 'defeat', 'goals']}],
      ['pummel:criticize', {literal: true, unlessSentenceHas: [...NATURE_CONTEXT, ...VIOLENCE_CONTEXT, 'fists', 'punches', 'boxer', 'fight', 'bout', 'shares', 'stocks', 'markets', 'prices', 'team', 'goals']}],
      ['batter:criticize', {literal: true, pastSenses: ['VERB'], unlessSentenceHas: [...NATURE_CONTEXT, ...VIOLENCE_CONTEXT, 'pancake', 'pancakes', 'fish', 'recipe', 'flour', 'cake', 'eggs', 'wife', 'women', 'husband', 'partner', 'abuse', 'domestic', 'shares', 'stocks', 'markets', 'prices', 'economy', 'sales', 'profits', 'sector', 'industry', 'currency']}],
      ['torch:criticize', {literal: true, unlessSentenceHas: [...NATURE_CONTEXT, ...VIOLENCE_CONTEXT, ...LEGAL_CONTEXT, 'arson', 'arsonists', 'building', 'buildings', 'car', 'cars', 'house', 'houses', 'home', 'homes', 'petrol', 'gasoline', 'burned', 'burnt', 'vehicles', 'village', 'villages', 'crops', 'fields', 'rioters', 'protesters']}],
      ['roast:criticize', {literal: true, unlessSentenceHas: ['oven', 'chicken', 'turkey', 'beef', 'lamb', 'pork', 'coffee', 'beans', 'vegetables', 'potatoes', 'marshmallows', 'fire', 'recipe', 'cook', 'cooked', 'cooking', 'chef', 'heat', 'sun', 'degrees', 'temperatures', 'minutes', 'hours', 'comedy', 'comedians', 'comedian', 'dinner', 'nuts', 'peppers', 'garlic', 'chestnuts']}],
      ['grill:question', {confidence: 0.5, literal: true, unlessSentenceHas: ['barbecue', 'chicken', 'burgers', 'steak', 'steaks', 'meat', 'fish', 'vegetables', 'cook', 'cooked', 'cooking', 'chef', 'recipe', 'heat', 'charcoal', 'minutes', 'sausages', 'corn', 'cheese', 'kitchen']}],
      ['eviscerate:criticize', {unlessSentenceHas: [...VIOLENCE_CONTEXT, ...ANIMAL_CONTEXT, 'surgery', 'surgeon', 'surgeons', 'carcass', 'body', 'bodies']}],
      ['crucify:criticize', {unlessSentenceHas: ['jesus', 'christ', 'cross', 'crosses', 'crucifixion', 'romans', 'roman', 'easter', 'christians', 'nailed', 'isis', 'executed', 'execution', 'bible', 'biblical']}],
      ['shred:criticize', {confidence: 0.6, unlessAfter: ['documents', 'papers', 'paper', 'records', 'files', 'evidence', 'cheese', 'lettuce', 'cabbage', 'chicken', 'meat', 'pork', 'beef', 'carrots'], unlessSentenceHas: ['documents', 'paper', 'papers', 'shredder', 'shredders', 'records', 'files', 'evidence', 'guitar', 'guitarist', 'cheese', 'lettuce', 'cabbage', 'recipe', 'cooking', 'waves', 'surf', 'surfers', 'snow', 'slopes', 'tyres', 'tires']}],
      ['pan:criticize', {confidence: 0.5, requires: ['critics', 'critic', 'reviewers', 'reviewer', 'reviews', 'review', 'film', 'movie', 'album', 'book', 'play', 'show', 'performance', 'production', ...PUBLIC_LIFE], unlessAfter: ['out', 'across', 'over', 'to', 'back', 'for', 'left', 'right', 'away'], unlessSentenceHas: ['gold', 'river', 'camera', 'cameras', 'shot', 'shots', 'lens', 'frying', 'kitchen', 'cook', 'cooking']}],
      ['rubbish:dismiss', {partOfSpeech: 'VERB'}], 'pooh-pooh:dismiss', 'sneer at:dismiss', 'scoff at:dismiss', 'snipe at:criticize', 'carp about:criticize',
      'carp at:criticize', 'rail against:criticize', 'rail at:criticize', 'inveigh against:criticize', 'rage against:criticize', 'fulminate against:criticize',
      'jeer at:heckle', 'sound off about:criticize', 'pile on:criticize', ['go/went/gone after:criticize', {confidence: 0.45}], ['put/put/put the boot in', {}], 'stick/stuck/stuck the knife in',
      ['throw/threw/thrown shade at:criticize', {}], ['dunk on:mock', {}], ['dump on:criticize', {unlessSentenceHas: ['snow', 'rain', 'inches', 'storm', 'garbage', 'waste', 'trash', 'rubbish']}],
      ['take/took/taken to task:criticize', {confidence: 0.55}], ['tear/tore/torn apart:criticize', {confidence: 0.55, unlessSentenceHas: [...VIOLENCE_CONTEXT, ...NATURE_CONTEXT, 'family', 'families', 'war']}],
      ['read/read the riot act to:warn', {confidence: 0.6}], ['diss:criticize', {confidence: 0.6}], ['decry:criticize', {confidence: 0.4}],
      ['extort:pressure', {confidence: 0.5, unlessSentenceHas: [...LEGAL_CONTEXT, ...VIOLENCE_CONTEXT, 'gang', 'gangs', 'mafia', 'ransom', 'bribe', 'bribes', 'blackmail']}],
      ['nuke:scrap', {confidence: 0.5, partOfSpeech: 'VERB', unlessSentenceHas: [...VIOLENCE_CONTEXT, 'nuclear', 'bomb', 'bombs', 'microwave', 'warhead', 'warheads', 'missile', 'missiles']}],
      ['unload on:criticize', {confidence: 0.45, requires: PUBLIC_LIFE, unlessSentenceHas: ['truck', 'trucks', 'lorry', 'ship', 'ships', 'cargo', 'goods', 'dock', 'docks', 'port', 'containers', 'boxes', 'pallets', 'shipment', 'vessel', 'crates', 'passengers', 'bags', 'luggage']}], ['give/gave/given short shrift to:dismiss', {confidence: 0.55}]
    ]
  },
  // Verbs that praise in the writer's voice: "lauded", "extolled", "hailed". "Praised" reports it.
  {
    name: 'praise verbs',
    kind: 'puffery',
    form: 'verb',
    message: PRAISED,
    items: [
      'laud:praise', 'extol:praise', 'extoll:praise', ['hail:praise', {unlessAfter: ['from', 'a', 'an', 'down', 'taxis', 'taxi', 'cab', 'cabs'], unlessSentenceHas: [...NATURE_CONTEXT, 'taxi', 'taxis', 'cab', 'cabs', 'uber']}],
      'lionize:praise', 'lionise:praise', ['glorify:praise', {confidence: 0.65}], ['idolize:admire', {confidence: 0.65}], ['idolise:admire', {confidence: 0.65}],
      'deify:praise', 'fawn over:praise', 'gush over:praise', 'rave about:praise', 'rave over:praise', 'heap praise on:praise', 'sing/sang/sung the praises of:praise',
      'wax lyrical about:praise', 'wax lyrical on:praise', ['tout:promote', {confidence: 0.6}], ['trumpet:promote', {confidence: 0.65}], 'ballyhoo:promote',
      ['hype:promote', {}], ['talk up:promote', {confidence: 0.5}], ['gush about:praise', {}], ['glamorize:promote', {confidence: 0.65}], ['glamorise:promote', {confidence: 0.65}],
      ['canonize:praise', {confidence: 0.6, unlessSentenceHas: ['pope', 'saint', 'saints', 'vatican', 'church', 'catholic', 'beatified', 'miracle', 'miracles']}],
      ['beatify:praise', {confidence: 0.6, unlessSentenceHas: ['pope', 'saint', 'saints', 'vatican', 'church', 'catholic', 'canonized', 'miracle', 'miracles']}],
      ['shower/showered with praise:praise', {}], ['fete:honor', {confidence: 0.55, partOfSpeech: 'VERB'}], ['cheerlead for:promote', {}]
    ]
  },
  // Verbs that judge conduct: "dithered", "meddled", "pandered", "caved". Describe the action instead.
  {
    name: 'conduct verbs',
    kind: 'judging-verb',
    form: 'verb',
    message: CONDUCT,
    items: [
      // Russia's "meddling" in an election was the wire services' own word for it (AP, Reuters): there only at `thorough`.
      ['meddle:intervene', {softUnless: RUSSIAN_MEDDLING}], ['meddle in:intervene in', {softUnless: RUSSIAN_MEDDLING}], 'dither:delay', ['flounder:struggle', {confidence: 0.6, unlessSentenceHas: ['fish', 'boat', 'water', 'swimmer', 'swimmers', 'mud', 'snow']}],
      ['blunder', {}], ['blunder into', {}], ['squander', {}], 'fritter away:spend', 'pander to:appeal to', 'pander:appeal', 'grovel', 'kowtow to:defer to', 'kowtow:defer',
      ['cave:yield', {unlessAfter: ['divers', 'diving', 'system', 'systems', 'entrance', 'paintings', 'walls', 'rescue'], unlessSentenceHas: ['roof', 'roofs', 'ceiling', 'ceilings', 'mine', 'mines', 'tunnel', 'tunnels', 'wall', 'walls', 'ground', 'sinkhole', 'collapse', 'collapsed', 'cave', 'caves', 'earthquake', 'rubble', 'floor', 'bridge']}],
      ['cave in to:yield to', {}], ['capitulate:yield', {confidence: 0.55}], 'cower', 'squirm', 'weasel out of:avoid', ['duck:avoid', {confidence: 0.55, unlessAfter: ['under', 'down', 'behind', 'into', 'out', 'for', 'and', 'below', 'beneath', 'as', 'inside'], unlessSentenceHas: [...VIOLENCE_CONTEXT, ...ANIMAL_CONTEXT, 'punch', 'punches', 'ball', 'head', 'cover', 'doorway', 'bullets']}],
      ['dodge:avoid', {confidence: 0.55, unlessSentenceHas: ['bullets', 'bullet', 'punches', 'punch', 'traffic', 'cars', 'ball', 'tackle', 'tackles', 'rocks', 'stones', 'missiles', 'debris', 'shells', 'fire', 'gunfire', 'cyclists', 'potholes']}],
      ['stonewall', {}], ['obfuscate', {}], ['fudge', {partOfSpeech: 'VERB', confidence: 0.6}], ['flip-flop:change position', {unlessSentenceHas: ['sandals', 'shoes', 'footwear', 'beach', 'wearing', 'wore', 'wear', 'feet', 'pair', 'pairs']}], ['flip-flop on:change position on', {}],
      ['backpedal:retreat', {}], ['backpedal on:retreat from', {}], ['backtrack:retreat', {confidence: 0.35}], 'grandstand', ['posture', {partOfSpeech: 'VERB', confidence: 0.55}],
      ['preen', {unlessSentenceHas: ANIMAL_CONTEXT}], ['strut:walk', {confidence: 0.6, unlessSentenceHas: ['catwalk', 'runway', 'models', 'model', 'fashion', 'show', 'peacock', 'peacocks', 'stage', 'birds', 'bird']}],
      ['swagger:walk', {confidence: 0.6}], 'scheme:plan', ['plot:plan', {confidence: 0.55, unlessSentenceHas: [...VIOLENCE_CONTEXT, ...LEGAL_CONTEXT, 'graph', 'graphs', 'chart', 'charts', 'map', 'maps', 'data', 'curve', 'curves', 'coordinates', 'course', 'route', 'points', 'axis', 'story', 'novel', 'film', 'plot', 'plots', 'garden', 'land', 'coup', 'assassination', 'kill', 'bomb']}],
      'connive', 'hoodwink:mislead', ['dupe:mislead', {partOfSpeech: 'VERB'}], 'bamboozle:mislead', ['brainwash:persuade', {pastSenses: ['VERB', 'ADJ']}],
      ['indoctrinate:teach', {confidence: 0.6, pastSenses: ['VERB', 'ADJ']}],
      // "Peddled lies", not "peddled fruit": selling is the literal sense.
      ['peddle lies|myths|myth|conspiracy|falsehoods|falsehood|misinformation|disinformation|propaganda|nonsense|theories|fears|hate|hatred|narratives|narrative|fantasies|fantasy|lie|rumours|rumors|smears|division|fear:promote {last}', {}],
      'foist on:impose on', 'foist:impose', 'ram through:push through', ['railroad:push', {partOfSpeech: 'VERB'}], ['steamroll:push', {}], ['steamroller:push', {partOfSpeech: 'VERB'}],
      ['bulldoze:push', {confidence: 0.6, unlessSentenceHas: ['buildings', 'building', 'homes', 'home', 'houses', 'house', 'bulldozer', 'bulldozers', 'demolished', 'demolition', 'village', 'villages', 'trees', 'land', 'camp', 'camps', 'shacks', 'graves', 'settlement', 'structures', 'mosque', 'church', 'olive']}],
      'strong-arm:pressure', ['bully:pressure', {confidence: 0.6, unlessSentenceHas: ['school', 'schools', 'pupils', 'students', 'classmates', 'children', 'kids', 'playground', 'cyberbullying', 'teen', 'teens', 'teenager', 'teenagers', 'girl', 'boy', 'bullied', 'bullying']}],
      'browbeat:pressure', ['cook the books', {}], ['rig', {confidence: 0.65, partOfSpeech: 'VERB', unlessSentenceHas: [...VIOLENCE_CONTEXT, 'explosives', 'boat', 'sails', 'sail', 'mast', 'lights', 'camera', 'cameras', 'oil', 'drilling', 'rope', 'ropes', 'wires', 'stage']}],
      ['fleece:overcharge', {partOfSpeech: 'VERB'}], ['gouge:overcharge', {confidence: 0.6, unlessBefore: ['price'], unlessSentenceHas: [...VIOLENCE_CONTEXT, 'eye', 'eyes', 'wood', 'stone', 'ice', 'glacier']}],
      'rip off:overcharge', ['loot', {confidence: 0.65, unlessSentenceHas: [...VIOLENCE_CONTEXT, ...LEGAL_CONTEXT, 'shops', 'shop', 'stores', 'store', 'riot', 'riots', 'rioters', 'looters', 'looting', 'unrest', 'mob', 'mobs', 'protesters', 'soldiers', 'museum', 'museums', 'homes']}],
      ['plunder', {confidence: 0.65, unlessSentenceHas: [...VIOLENCE_CONTEXT, 'vikings', 'pirates', 'artifacts', 'artefacts', 'museum', 'treasure', 'colonial', 'empire', 'tombs', 'ships', 'raiders']}],
      ['pillage', {unlessSentenceHas: [...VIOLENCE_CONTEXT, 'vikings', 'pirates', 'raiders', 'villages', 'towns']}], ['usurp:take over', {confidence: 0.6}],
      ['gobble up:acquire', {confidence: 0.6}], ['swallow up:absorb', {confidence: 0.5}],
      ['bleed/bled dry', {}], ['shake/shook/shaken down:pressure', {unlessSentenceHas: ['tree', 'trees', 'dust', 'dice', 'bottle', 'pillow']}],
      ['cherry-pick:select', {confidence: 0.6}], ['nitpick', {}], ['kick the can down the road:delay', {}],
      ['drag/dragged its feet:delay', {confidence: 0.55}], ['drag/dragged their feet:delay', {confidence: 0.55}], ['drag/dragged his feet:delay', {confidence: 0.55}],
      ['drag/dragged her feet:delay', {confidence: 0.55}], ['sit/sat on its hands', {confidence: 0.55}], ['bury/buried its head in the sand', {}],
      ['pass/passed the buck', {}], ['throw/threw/thrown under the bus', {}], ['throw/threw/thrown * under the bus', {}], ['throw/threw/thrown * * under the bus', {}],
      ['throw/threw/thrown * under a bus', {}], ['throw/threw/thrown * * under a bus', {}], ['sell/sold out', {confidence: 0.45, unlessSentenceHas: ['tickets', 'ticket', 'concert', 'concerts', 'show', 'shows', 'stock', 'stocks', 'seats', 'tour', 'minutes', 'hours', 'copies', 'edition', 'stores', 'shelves', 'run', 'products', 'shares', 'stake']}]
    ]
  },
  // War and crime metaphors for ordinary events, as verbs: a bill is "torpedoed", an agency "gutted", a rival "crushed".
  // Literal where there is fighting, fire or a crime in the sentence.
  {
    name: 'war and crime metaphors (verbs)',
    kind: 'metaphor',
    form: 'verb',
    message: METAPHOR,
    items: [
      ['torpedo:block', {unlessSentenceHas: [...VIOLENCE_CONTEXT, 'submarine', 'submarines', 'ship', 'ships', 'navy', 'naval', 'warship', 'sank', 'sunk', 'u-boat', 'vessel']}],
      ['sabotage:disrupt', {unlessSentenceHas: [...VIOLENCE_CONTEXT, ...NATURE_CONTEXT, ...LEGAL_CONTEXT, 'pipeline', 'pipelines', 'railway', 'railways', 'rail', 'cables', 'cable', 'infrastructure', 'grid', 'arson', 'nord', 'stream', 'equipment', 'machinery', 'factory', 'trains', 'tracks']}],
      ['hijack:take over', {unlessSentenceHas: [...VIOLENCE_CONTEXT, ...MACHINE_CONTEXT, 'hijacker', 'hijackers', 'flight', 'flights', 'passengers', 'airliner', 'ship', 'vessel', 'tanker', 'pirates', 'crew', 'cockpit', 'account', 'accounts', 'computer', 'hackers']}],
      ['ambush:confront', {unlessSentenceHas: VIOLENCE_CONTEXT}], ['besiege', {unlessSentenceHas: VIOLENCE_CONTEXT}], ['bombard', {confidence: 0.6, unlessSentenceHas: [...VIOLENCE_CONTEXT, 'particles', 'neutrons', 'electrons', 'atoms', 'radiation', 'cells', 'asteroids', 'meteorites']}],
      ['storm out of:walk out of', {confidence: 0.55}], ['storm off:walk off', {confidence: 0.55}], ['storm out:walk out', {confidence: 0.55}],
      ['decimate:sharply reduce', {unlessSentenceHas: [...VIOLENCE_CONTEXT, 'disease', 'plague', 'locusts', 'species', 'population', 'populations', 'virus', 'famine', 'epidemic', 'wildlife', 'forests', 'crops', 'bees', 'insects', 'fish', 'stocks']}],
      ['annihilate:defeat', {unlessSentenceHas: [...VIOLENCE_CONTEXT, 'nuclear', 'particles', 'antimatter', 'positrons', 'species']}], ['obliterate', {confidence: 0.6, unlessSentenceHas: [...VIOLENCE_CONTEXT, ...NATURE_CONTEXT, 'asteroid', 'impact', 'building', 'buildings', 'town', 'village', 'city']}],
      ['crush:defeat', {pastSenses: ['VERB'], unlessAfter: ['to', 'under', 'by', 'beneath', 'between', 'it', 'them', 'up'], unlessSentenceHas: [...VIOLENCE_CONTEXT, ...NATURE_CONTEXT, 'stampede', 'rubble', 'truck', 'car', 'vehicle', 'machine', 'grapes', 'ice', 'tree', 'wall', 'debris', 'crowd', 'crowds', 'garlic', 'pills', 'cans', 'rocks', 'stone', 'injuries', 'crushing', 'protests', 'protest', 'dissent', 'uprising', 'rebellion', 'revolt', 'crackdown', 'demonstrations', 'demonstrators', 'opposition']}],
      ['trounce:defeat', {confidence: 0.55}], ['rout:defeat', {confidence: 0.55, unlessSentenceHas: VIOLENCE_CONTEXT}],
      ['thrash:defeat', {confidence: 0.55, unlessAfter: ['out', 'around', 'about'], unlessSentenceHas: [...VIOLENCE_CONTEXT, 'whip', 'cane', 'metal', 'band', 'guitar']}],
      ['clobber', {confidence: 0.6, unlessSentenceHas: VIOLENCE_CONTEXT}], ['wallop', {confidence: 0.6, unlessSentenceHas: VIOLENCE_CONTEXT}],
      ['gut:weaken', {pastSenses: ['VERB'], unlessAfter: ['by', 'in'], unlessSentenceHas: [...NATURE_CONTEXT, ...ANIMAL_CONTEXT, 'fish', 'building', 'buildings', 'interior', 'interiors', 'house', 'home', 'renovation', 'renovated', 'kitchen', 'church', 'theatre', 'theater', 'hotel', 'mansion', 'gutted', 'feel', 'felt', 'devastated', 'heartbroken', 'lose', 'lost', 'losing', 'defeat']}],
      ['slash:cut', {confidence: 0.45, unlessSentenceHas: [...VIOLENCE_CONTEXT, 'knife', 'knives', 'tyres', 'tires', 'throat', 'wrists', 'face', 'machete', 'blade', 'sword', 'razor', 'slashing', 'burn', 'undergrowth']}],
      ['axe:cut', {confidence: 0.45, partOfSpeech: 'VERB', unlessSentenceHas: [...VIOLENCE_CONTEXT, 'tree', 'trees', 'wood', 'firewood', 'door', 'murder', 'chopped']}],
      ['ax:cut', {confidence: 0.45, partOfSpeech: 'VERB', unlessSentenceHas: [...VIOLENCE_CONTEXT, 'tree', 'trees', 'wood', 'firewood', 'door', 'murder', 'chopped']}],
      ['muzzle:restrict', {unlessSentenceHas: ANIMAL_CONTEXT}], ['strangle:restrict', {confidence: 0.6, unlessSentenceHas: [...VIOLENCE_CONTEXT, ...LEGAL_CONTEXT, 'neck', 'throat', 'hands', 'rope', 'cord', 'strangled', 'strangulation', 'body']}],
      ['choke off:cut off', {confidence: 0.55}], ['smother', {confidence: 0.55, unlessSentenceHas: [...VIOLENCE_CONTEXT, ...NATURE_CONTEXT, 'pillow', 'baby', 'infant', 'blanket', 'sauce', 'butter', 'cream', 'foam']}],
      ['weaponize:use', {unlessSentenceHas: ['nuclear', 'uranium', 'missile', 'missiles', 'virus', 'viruses', 'anthrax', 'biological', 'chemical', 'drones', 'drone', 'space', 'pathogen', 'pathogens', 'smallpox', 'plutonium', 'warhead', 'warheads']}],
      ['weaponise:use', {unlessSentenceHas: ['nuclear', 'uranium', 'missile', 'missiles', 'virus', 'viruses', 'anthrax', 'biological', 'chemical', 'drones', 'drone', 'space', 'pathogen', 'pathogens', 'smallpox', 'plutonium', 'warhead', 'warheads']}],
      ['declare war on:oppose', {unlessSentenceHas: [...VIOLENCE_CONTEXT, 'country', 'nation', 'germany', 'japan', 'enemy', 'britain', 'france', 'russia', 'ukraine', 'iraq', 'iran', 'congress', 'parliament', '1914', '1917', '1939', '1941', 'allies', 'axis']}],
      ['wage war on:oppose', {unlessSentenceHas: VIOLENCE_CONTEXT}], ['wage war against:oppose', {unlessSentenceHas: VIOLENCE_CONTEXT}],
      ['take/took/taken aim at:criticize', {confidence: 0.55, unlessSentenceHas: VIOLENCE_CONTEXT}], ['fire back at:respond to', {confidence: 0.5, unlessSentenceHas: VIOLENCE_CONTEXT}],
      ['fire back:respond', {confidence: 0.5, unlessSentenceHas: VIOLENCE_CONTEXT}], ['fire off:send', {confidence: 0.5, unlessSentenceHas: VIOLENCE_CONTEXT}],
      ['open fire on:criticize', {unlessSentenceHas: VIOLENCE_CONTEXT}], ['stab in the back:betray', {unlessSentenceHas: [...VIOLENCE_CONTEXT, ...LEGAL_CONTEXT, 'knife', 'wound', 'stabbed', 'stabbing']}],
      ['knife:betray', {partOfSpeech: 'VERB', unlessSentenceHas: [...VIOLENCE_CONTEXT, ...LEGAL_CONTEXT, 'knife', 'wound', 'stabbed', 'stabbing', 'blade']}],
      ['backstab:betray', {}], ['kneecap:weaken', {unlessSentenceHas: [...VIOLENCE_CONTEXT, 'paramilitary', 'paramilitaries', 'punishment', 'shooting', 'ira', 'legs']}],
      ['hamstring/hamstrung:hinder', {confidence: 0.55, unlessSentenceHas: ['injury', 'injuries', 'injured', 'tendon', 'muscle', 'strain', 'tear', 'torn', 'leg', 'game', 'season', 'player']}],
      ['cripple:weaken', {confidence: 0.6, unlessBefore: ['the', 'a'], unlessSentenceHas: [...VIOLENCE_CONTEXT, 'injury', 'injuries', 'accident', 'polio', 'disease', 'disability', 'disabled', 'arthritis', 'legs', 'leg', 'spine', 'stroke', 'pain', 'back']}],
      ['paralyze:halt', {confidence: 0.55, unlessSentenceHas: ['stroke', 'spinal', 'spine', 'injury', 'injuries', 'injured', 'patient', 'patients', 'paralysis', 'legs', 'waist', 'neck', 'venom', 'nerve', 'accident', 'shot', 'crash', 'disease', 'polio', 'muscles']}],
      ['paralyse:halt', {confidence: 0.55, unlessSentenceHas: ['stroke', 'spinal', 'spine', 'injury', 'injuries', 'injured', 'patient', 'patients', 'paralysis', 'legs', 'waist', 'neck', 'venom', 'nerve', 'accident', 'shot', 'crash', 'disease', 'polio', 'muscles']}],
      ['blackmail:pressure', {confidence: 0.6, unlessSentenceHas: [...LEGAL_CONTEXT, 'photos', 'images', 'pictures', 'video', 'videos', 'sexual', 'extortion', 'demanded', 'money', 'bitcoin']}],
      ['ravage', {confidence: 0.5, unlessSentenceHas: [...NATURE_CONTEXT, ...VIOLENCE_CONTEXT, 'disease', 'cancer', 'virus', 'pandemic', 'epidemic', 'famine', 'drought', 'pests', 'locusts', 'addiction', 'opioids', 'opioid']}],
      ['wreak havoc:cause disruption', {confidence: 0.6, unlessSentenceHas: [...NATURE_CONTEXT, ...VIOLENCE_CONTEXT, 'virus', 'disease', 'pests', 'insects']}],
      ['sow chaos:cause disruption', {}], ['sow discord:cause division', {}], ['fan the flames:worsen', {confidence: 0.6, unlessSentenceHas: NATURE_CONTEXT}],
      ['fan the flames of:worsen', {confidence: 0.6, unlessSentenceHas: NATURE_CONTEXT}], ['pour fuel on the fire:worsen', {}], ['add fuel to the fire:worsen', {}],
      ['pour petrol on:worsen', {}], ['throw/threw/thrown down the gauntlet:challenge', {confidence: 0.55}], ['go/went/gone nuclear', {}], ['go/went/gone to war with:clash with', {confidence: 0.6, unlessSentenceHas: VIOLENCE_CONTEXT}],
      ['haemorrhage:lose', {confidence: 0.55, unlessSentenceHas: ['brain', 'blood', 'bleeding', 'patient', 'patients', 'doctors', 'hospital', 'stroke', 'injury', 'surgery', 'birth']}],
      ['hemorrhage:lose', {confidence: 0.55, unlessSentenceHas: ['brain', 'blood', 'bleeding', 'patient', 'patients', 'doctors', 'hospital', 'stroke', 'injury', 'surgery', 'birth']}]
    ]
  },
  // War and crime metaphors for ordinary events, as nouns and phrases: a "barrage" of questions, a "firestorm", a "war on" coal,
  // a tax "heist". Literal where the sentence has fighting, fire, weather or a crime.
  {
    name: 'war and crime metaphors (nouns and phrases)',
    kind: 'metaphor',
    form: 'phrase',
    message: METAPHOR,
    deletable: false,
    items: [
      ['onslaught', {unlessSentenceHas: VIOLENCE_CONTEXT}], ['havoc', {confidence: 0.4, partOfSpeech: 'NOUN', unlessSentenceHas: [...NATURE_CONTEXT, ...VIOLENCE_CONTEXT, 'virus', 'disease', 'pests', 'insects', 'hackers', 'malware', 'computer', 'systems', 'network', 'traffic', 'roads', 'flights', 'delays']}],
      ['arsenal', {confidence: 0.4, skipProperNoun: true, unlessSentenceHas: [...VIOLENCE_CONTEXT, 'wmd', 'wmds', 'stockpile', 'stockpiles', 'nuclear', 'chemical', 'biological', 'warheads', 'ammunition', 'arms', 'football', 'striker', 'goal', 'goals', 'gunners']}],
      ['in the trenches', {confidence: 0.4, unlessSentenceHas: [...VIOLENCE_CONTEXT, 'somme', 'verdun', 'flanders', '1914', '1915', '1916', '1917', '1918']}], ['battle lines', {confidence: 0.4, unlessSentenceHas: VIOLENCE_CONTEXT}],
      ['mafia', {confidence: 0.5, kind: 'label', message: LABEL, skipProperNoun: true, unlessSentenceHas: [...LEGAL_CONTEXT, ...VIOLENCE_CONTEXT, 'sicily', 'sicilian', 'italian', 'italy', 'mob', 'organized', 'organised', 'gang', 'gangs', 'drug', 'drugs', 'russian', 'boss', 'bosses', 'don', 'clan', 'clans', 'cartel', 'cartels', 'mobster', 'mobsters']}],
      ['shackles', {confidence: 0.45, unlessSentenceHas: [...VIOLENCE_CONTEXT, ...LEGAL_CONTEXT, 'chains', 'chained', 'slave', 'slaves', 'slavery', 'ankles', 'wrists', 'handcuffs', 'guards', 'inmate', 'inmates', 'cell', 'cells', 'iron']}], ['barrage:series', {unlessSentenceHas: [...VIOLENCE_CONTEXT, 'dam', 'river', 'water', 'tidal', 'balloon', 'balloons']}],
      ['blitz:campaign', {unlessSentenceHas: [...VIOLENCE_CONTEXT, 'quarterback', 'defense', 'nfl', 'football', 'london', 'luftwaffe', '1940', '1941', 'raids', 'bombers', 'linebacker']}],
      ['blitzkrieg:campaign', {unlessSentenceHas: VIOLENCE_CONTEXT}], ['bombshell:revelation', {partOfSpeech: 'NOUN', unlessBefore: ['blonde', 'blond']}], ['bombshell', {partOfSpeech: 'ADJ'}],
      ['firestorm:controversy', {unlessSentenceHas: [...NATURE_CONTEXT, ...VIOLENCE_CONTEXT, 'dresden', 'hamburg', 'tokyo', 'forest', 'forests', 'trees', 'dry', 'brush', 'woodland', 'acres', 'hectares', 'firefighters', 'burned', 'burning']}], ['fusillade:series', {unlessSentenceHas: VIOLENCE_CONTEXT}],
      ['opening salvo:first move', {}], ['salvo', {partOfSpeech: 'NOUN', unlessSentenceHas: VIOLENCE_CONTEXT}], ['broadside', {partOfSpeech: 'NOUN', unlessSentenceHas: [...VIOLENCE_CONTEXT, 'ship', 'ships', 'cannon', 'collision', 'collided', 'hit', 'truck', 'car']}],
      ['all-out assault', {}], ['assault on democracy|freedom|truth|reason|science|decency|journalism|privacy|liberty', {}],
      ['assault on the constitution|truth|press|media|rule|middle|working|poor|family|church', {}], ['assault on free speech|expression', {}],
      ['war on christmas|women|coal|cops|police|science|truth|workers|drivers|motorists|business|men|boys|whites|religion|faith|christians', {confidence: 0.6, unlessSentenceHas: [...VIOLENCE_CONTEXT, 'drugs', 'terror', 'terrorism', 'poverty', 'cancer']}],
      ['all-out war', {unlessSentenceHas: VIOLENCE_CONTEXT}], ['war of words:dispute', {confidence: 0.55}],
      ['civil war', {confidence: 0.55, onlyBefore: ['in', 'within', 'inside', 'among', 'over', 'between'], requires: PUBLIC_LIFE, unlessSentenceHas: [...VIOLENCE_CONTEXT, 'american', 'syrian', 'syria', 'spanish', 'english', '1861', '1865', 'confederate', 'confederacy', 'libya', 'yemen', 'sudan', 'rebels', 'lebanon', 'nigeria', 'rwanda', 'ethiopia', 'myanmar', 'congo', 'somalia', 'afghanistan', 'iraq', 'ireland', 'irish', 'greek', 'russian', 'chinese', 'korean', 'vietnam', 'battlefield']}],
      ['battle royal', {confidence: 0.6}], ['battle royale', {confidence: 0.6, unlessSentenceHas: ['game', 'games', 'fortnite', 'film', 'movie', 'players']}],
      ['bloodletting', {confidence: 0.65, unlessSentenceHas: [...VIOLENCE_CONTEXT, 'medical', 'medicine', 'leeches', 'doctors', 'physicians', 'century', 'ancient', 'practice', 'therapy', 'blood']}],
      ['blood-letting', {confidence: 0.65, unlessSentenceHas: [...VIOLENCE_CONTEXT, 'medical', 'medicine', 'leeches', 'doctors', 'physicians', 'century', 'ancient', 'practice', 'therapy', 'blood']}],
      ['trench warfare', {confidence: 0.6, unlessSentenceHas: [...VIOLENCE_CONTEXT, 'somme', 'verdun', 'flanders', '1914', '1915', '1916', '1917', '1918', 'trenches', 'western', 'front']}],
      ['scorched-earth', {unlessSentenceHas: VIOLENCE_CONTEXT}], ['scorched earth', {unlessSentenceHas: VIOLENCE_CONTEXT}],
      ['nuclear option', {confidence: 0.5, unlessSentenceHas: ['weapons', 'warhead', 'warheads', 'missile', 'missiles', 'bomb', 'bombs', 'strike', 'deterrent', 'arsenal']}],
      ['kamikaze', {partOfSpeech: 'ADJ', unlessSentenceHas: [...VIOLENCE_CONTEXT, 'japanese', 'pilot', 'pilots', '1944', '1945', 'drone', 'drones', 'okinawa']}],
      ['circular firing squad', {}], ['knives are out', {confidence: 0.65}], ['knives out', {confidence: 0.6, unlessSentenceHas: ['film', 'movie', 'sequel', 'glass', 'onion', 'johnson']}],
['night of the long knives', {confidence: 0.65, unlessSentenceHas: ['1934', 'hitler', 'nazi', 'nazis', 'röhm', 'rohm']}],
      ['decimation:sharp reduction', {unlessSentenceHas: VIOLENCE_CONTEXT}], ['annihilation:defeat', {confidence: 0.6, unlessSentenceHas: [...VIOLENCE_CONTEXT, 'nuclear', 'particles', 'antimatter']}],
      ['evisceration:criticism', {}], ['rampage', {confidence: 0.55, partOfSpeech: 'NOUN', unlessSentenceHas: [...VIOLENCE_CONTEXT, 'gunman', 'elephant', 'elephants', 'mob', 'rioters', 'bull', 'animal']}],
      ['spending spree:spending increase', {confidence: 0.6}], ['orgy of', {}], ['feeding frenzy', {confidence: 0.65, unlessSentenceHas: [...ANIMAL_CONTEXT, 'sharks', 'piranhas']}],
      ['bonfire of', {confidence: 0.65, unlessSentenceHas: ['vanities', 'fire', 'flames', 'burned', 'night', 'guy', 'fawkes']}],
      ['implosion:collapse', {confidence: 0.6, unlessSentenceHas: ['submarine', 'submersible', 'building', 'demolition', 'star', 'stars', 'pressure', 'vessel', 'hull', 'titan', 'debris', 'ocean', 'depth', 'explosives', 'tower', 'chimney', 'stadium']}],
      ['tsunami of:large number of', {unlessSentenceHas: NATURE_CONTEXT}], ['avalanche of:large number of', {unlessSentenceHas: [...NATURE_CONTEXT, 'skiers', 'mountain', 'slopes', 'rocks', 'mud']}],
      ['deluge of:large number of', {unlessSentenceHas: NATURE_CONTEXT}], ['torrent of:stream of', {unlessSentenceHas: NATURE_CONTEXT}], ['tidal wave of:large number of', {unlessSentenceHas: NATURE_CONTEXT}],
      ['epidemic of:rise in', {confidence: 0.55, unlessSentenceHas: ['disease', 'virus', 'cholera', 'measles', 'flu', 'influenza', 'ebola', 'covid', 'outbreak', 'cases', 'infections', 'infected', 'infection', 'typhoid', 'smallpox', 'plague', 'zika', 'malaria', 'tuberculosis', 'hiv', 'aids', 'obesity', 'opioid', 'overdoses', 'diabetes']}],
      ['plague of:large number of', {confidence: 0.6, unlessSentenceHas: [...ANIMAL_CONTEXT, 'locusts', 'frogs', 'flies', 'insects', 'disease', 'bubonic', 'biblical', 'egypt']}],
      ['scourge:problem', {confidence: 0.6, unlessSentenceHas: ['whip', 'whips', 'scourging', 'jesus', 'christ', 'flogging', 'flogged']}],
      ['infestation', {confidence: 0.65, unlessSentenceHas: [...ANIMAL_CONTEXT, 'bed', 'bugs', 'bedbugs', 'termites', 'lice', 'mould', 'mold', 'cockroaches', 'pest', 'pests', 'beetles', 'moths', 'worms', 'mites', 'ticks', 'fleas', 'ants', 'wasps', 'crops', 'trees', 'fungus', 'fungal']}],
      ['armageddon', {confidence: 0.65, unlessSentenceHas: ['film', 'movie', 'biblical', 'revelation', 'bible', 'prophecy', 'nuclear']}],
      ['apocalypse', {confidence: 0.6, unlessSentenceHas: ['film', 'movie', 'zombie', 'zombies', 'biblical', 'revelation', 'novel', 'game', 'games', 'series', 'horsemen', 'bible', 'prophecy', 'christian', 'nuclear', 'now']}],
      ['doomsday scenario:worst-case scenario', {confidence: 0.6}], ['nightmare scenario:worst-case scenario', {confidence: 0.6}], ['perfect storm', {confidence: 0.55, unlessSentenceHas: NATURE_CONTEXT}],
      ['ticking time bomb:growing risk', {unlessSentenceHas: VIOLENCE_CONTEXT}], ['time bomb:risk', {confidence: 0.6, unlessSentenceHas: VIOLENCE_CONTEXT}],
      ['powder keg:tense situation', {confidence: 0.6, unlessSentenceHas: [...VIOLENCE_CONTEXT, 'gunpowder', 'barrel', 'barrels']}], ['tinderbox', {confidence: 0.55, unlessSentenceHas: [...NATURE_CONTEXT, 'dry', 'forest', 'forests', 'brush', 'grass', 'drought', 'arson']}],
      ['minefield', {confidence: 0.5, unlessSentenceHas: [...VIOLENCE_CONTEXT, 'mines', 'landmines', 'landmine', 'demining', 'deminers', 'mine']}], ['war zone', {confidence: 0.55, unlessSentenceHas: VIOLENCE_CONTEXT}],
      ['foot soldiers:supporters', {confidence: 0.55, unlessSentenceHas: VIOLENCE_CONTEXT}], ['shock troops:activists', {unlessSentenceHas: VIOLENCE_CONTEXT}],
      ['army of:large number of', {confidence: 0.55, unlessSentenceHas: [...VIOLENCE_CONTEXT, 'salvation', 'terracotta', 'ants', 'locusts', 'occupation']}], ['legions of:many', {confidence: 0.55, unlessSentenceHas: ['roman', 'romans', 'rome', 'legionnaires', 'legion']}],
      ['ammunition:material', {confidence: 0.55, requires: PUBLIC_LIFE, unlessSentenceHas: [...VIOLENCE_CONTEXT, 'rounds', 'bullets', 'cartridges', 'ammo', 'firearms', 'rifles', 'pistols', 'shells', 'depot', 'factory', 'supplies', 'stockpile', 'stockpiles', 'arms']}],
      ['lightning rod:focus', {confidence: 0.55, unlessSentenceHas: NATURE_CONTEXT}], ['in the crosshairs:under scrutiny', {confidence: 0.6, unlessSentenceHas: VIOLENCE_CONTEXT}],
      ['in the firing line:under criticism', {confidence: 0.6, unlessSentenceHas: VIOLENCE_CONTEXT}], ['came|come|comes|coming under fire:{first} under criticism', {confidence: 0.5, unlessSentenceHas: VIOLENCE_CONTEXT}],
      ['under fire', {confidence: 0.45, partOfSpeech: undefined, unlessSentenceHas: VIOLENCE_CONTEXT}], ['carpet-bombing', {unlessSentenceHas: VIOLENCE_CONTEXT}], ['carpet bombing', {unlessSentenceHas: VIOLENCE_CONTEXT}],
      ['shock and awe', {unlessSentenceHas: VIOLENCE_CONTEXT}], ['beachhead:foothold', {confidence: 0.5, unlessSentenceHas: [...VIOLENCE_CONTEXT, 'normandy', 'landing', 'landings', 'amphibious', 'marines', 'd-day']}],
      ['rearguard action', {confidence: 0.55, unlessSentenceHas: VIOLENCE_CONTEXT}], ['last stand', {confidence: 0.55, unlessSentenceHas: [...VIOLENCE_CONTEXT, 'custer', 'alamo', 'film']}],
      ['electoral massacre|bloodbath|wipeout|slaughter|annihilation:heavy election defeat', {}], ['political suicide', {}], ['political assassination', {confidence: 0.6, unlessSentenceHas: VIOLENCE_CONTEXT}],
      ['hold|holds|held|holding * hostage', {confidence: 0.6, requires: PUBLIC_LIFE, unlessSentenceHas: [...VIOLENCE_CONTEXT, 'kidnappers', 'captors', 'ransom', 'released', 'freed', 'rescued', 'hamas', 'isis', 'gunman', 'gunmen', 'pirates', 'embassy']}],
      ['hold|holds|held|holding * * hostage', {confidence: 0.6, requires: PUBLIC_LIFE, unlessSentenceHas: [...VIOLENCE_CONTEXT, 'kidnappers', 'captors', 'ransom', 'released', 'freed', 'rescued', 'hamas', 'isis', 'gunman', 'gunmen', 'pirates', 'embassy']}],
      ['hold|holds|held|holding * to ransom', {confidence: 0.65, unlessSentenceHas: [...VIOLENCE_CONTEXT, 'kidnappers', 'captors', 'released', 'freed', 'hackers', 'ransomware', 'data', 'bitcoin']}],
      ['hold|holds|held|holding * * to ransom', {confidence: 0.65, unlessSentenceHas: [...VIOLENCE_CONTEXT, 'kidnappers', 'captors', 'released', 'freed', 'hackers', 'ransomware', 'data', 'bitcoin']}],
      ['hostage to', {confidence: 0.55, unlessSentenceHas: [...VIOLENCE_CONTEXT, 'kidnappers', 'captors', 'ransom', 'released', 'freed']}],
      ['political blackmail:political pressure', {}], ['emotional blackmail:emotional pressure', {}], ['moral blackmail', {}], ['political hostage', {}],
      ['lynching', {confidence: 0.65, requires: PUBLIC_LIFE, unlessSentenceHas: ['rope', 'hanged', 'noose', 'klan', 'mob', '1920s', 'crow', 'emmett', 'till', 'memorial', 'museum', 'black', 'racial', 'lynchings', 'lynched', 'victims', 'tree', 'south', 'southern', 'mississippi', 'alabama', 'georgia']}],
      ['high-tech lynching', {}], ['inquisition', {confidence: 0.55, skipProperNoun: true, unlessSentenceHas: ['spanish', 'catholic', 'church', 'medieval', 'heresy', 'heretics', 'century', 'pope']}],
      ['purge:wave of dismissals', {confidence: 0.5, partOfSpeech: 'NOUN', unlessSentenceHas: [...VIOLENCE_CONTEXT, 'stalin', 'soviet', 'great', '1930s', 'mao', 'cultural', 'revolution', 'executed', 'executions', 'data', 'voter', 'voters', 'rolls', 'film', 'movie', 'bulimia', 'binge']}],
      ['witch hunts', {}], ['witch-hunts', {}], ['kangaroo-court', {}], ['hatchet', {partOfSpeech: 'NOUN', requires: PUBLIC_LIFE, unlessSentenceHas: [...VIOLENCE_CONTEXT, 'axe', 'wood', 'tree', 'trees', 'bury', 'buried', 'burying']}],
      ['extortion racket', {unlessSentenceHas: LEGAL_CONTEXT}], ['protection racket', {unlessSentenceHas: [...LEGAL_CONTEXT, 'mafia', 'gang', 'gangs', 'mob', 'triads', 'yakuza']}],
      ['stolen election', {confidence: 0.7}], ['rigged election', {confidence: 0.65}], ['rigged system', {}], ['rigged economy', {}], ['election heist', {}], ['electoral heist', {}]
    ]
  },
  // Compounds that name a motive or a flaw ("race-baiting", "fear-mongering", "virtue-signalling"): one finding for the
  // whole compound, written with a hyphen, as one word or as two.
  {
    name: 'loaded compounds',
    kind: 'compound',
    form: 'phrase',
    message: COMPOUND,
    deletable: false,
    items: [
      'race-baiting', 'race baiting', 'racebaiting', 'fear-mongering', 'fearmongering', 'fear mongering', 'scaremongering', 'scare-mongering', 'warmongering',
      'war-mongering', 'hate-mongering', 'hatemongering', 'rumour-mongering', 'rumor-mongering', 'doom-mongering', 'rabble-rousing', 'mud-slinging',
      'mudslinging', ['finger-pointing:blame', {confidence: 0.55}], ['saber-rattling:threats', {confidence: 0.65}], ['sabre-rattling:threats', {confidence: 0.65}],
      'tub-thumping', ['flag-waving', {confidence: 0.6}], 'chest-thumping', 'chest-beating', ['hand-wringing:concern', {confidence: 0.7}], ['handwringing:concern', {confidence: 0.7}],
      'pearl-clutching', 'virtue-signalling', 'virtue signalling', 'virtue-signaling', 'virtue signaling', 'grandstanding', ['navel-gazing', {confidence: 0.7}],
      ['penny-pinching:cost-cutting', {confidence: 0.65}], ['blood-soaked', {confidence: 0.7, unlessSentenceHas: VIOLENCE_CONTEXT}], 'hate-filled', 'venom-filled', 'bile-filled',
      'back-stabbing', 'backstabbing', ['knee-jerk:immediate', {confidence: 0.7}], ['kneejerk:immediate', {confidence: 0.7}],
      ['brain-dead', {unlessSentenceHas: ['patient', 'patients', 'hospital', 'doctors', 'declared', 'medical', 'ventilator', 'support', 'organ', 'organs', 'injury', 'accident']}],
      ['braindead', {}], ['over-the-top', {confidence: 0.55}], ['out-of-touch', {confidence: 0.6}], ['out of touch', {confidence: 0.55, onlyBefore: ['with', ',', '.']}],
      ['hair-raising', {confidence: 0.65}], 'spine-chilling', 'soul-crushing', 'soul-destroying', 'mind-numbing', 'mind-numbingly', ['nail-biting', {confidence: 0.45}],
      ['heart-stopping', {confidence: 0.6}], ['earth-shattering', {confidence: 0.7}], ['earthshaking', {confidence: 0.7}], ['tear-jerking', {confidence: 0.7}], ['tear-jerker', {confidence: 0.7}],
      ['feel-good', {confidence: 0.45}], ['flip-flop:reversal', {partOfSpeech: 'NOUN', unlessSentenceHas: ['sandals', 'shoes', 'footwear', 'beach', 'wearing', 'wore', 'feet']}],
      ['flip-flops:reversals', {partOfSpeech: 'NOUN', unlessSentenceHas: ['sandals', 'shoes', 'footwear', 'beach', 'wearing', 'wore', 'feet', 'pair']}],
      'flip-flopping', ['backpedalling', {confidence: 0.65}], ['backpedaling', {confidence: 0.65}], ['cherry-picking:selecting', {confidence: 0.6, unlessSentenceHas: ['cherries', 'orchard', 'fruit', 'harvest', 'farm']}],
      ['nit-picking', {}], ['nitpicking', {}], ['hair-splitting', {confidence: 0.65}], ['buck-passing', {confidence: 0.7}],
      ['rubber-stamp:approve', {confidence: 0.55, partOfSpeech: 'VERB'}], ['rubber stamp', {confidence: 0.5}], ['sour grapes', {unlessSentenceHas: ['wine', 'vineyard', 'vineyards', 'harvest', 'fox']}],
      'crocodile tears', ['smear tactics', {}], ['dirty tricks', {confidence: 0.65}], ['dog whistle:coded appeal', {confidence: 0.7, unlessSentenceHas: ANIMAL_CONTEXT}],
      ['dog whistles:coded appeals', {confidence: 0.7, unlessSentenceHas: ANIMAL_CONTEXT}], ['dog-whistle:coded', {confidence: 0.7, unlessSentenceHas: ANIMAL_CONTEXT}],
      ['dog-whistling', {confidence: 0.7}], ['red-baiting', {}], ['<loaded-compound>', {confidence: 0.75}], ['<zealot-compound>', {kind: 'epithet', message: EPITHET, confidence: 0.55, nameless: true}], ['drug-addled', {}],
      ['booze-fuelled', {confidence: 0.7}], ['booze-fueled', {confidence: 0.7}], ['scandal-plagued', {confidence: 0.7}], ['scandal-ridden', {confidence: 0.75}],
      ['scandal-hit', {confidence: 0.55}], ['crime-ridden:high-crime', {confidence: 0.6}], ['crime-infested:high-crime', {}], ['drug-infested', {}], ['rat-infested', {confidence: 0.55, requires: PUBLIC_LIFE}],
      ['much-maligned', {confidence: 0.65}], ['long-suffering', {confidence: 0.55}], ['ill-fated', {confidence: 0.5}], ['ill-starred', {confidence: 0.6}],
      ['headline-grabbing', {confidence: 0.5}], ['attention-seeking', {}], ['publicity-seeking', {}], ['publicity-hungry', {}], ['attention-grabbing', {confidence: 0.5}],
      ['car-crash', {confidence: 0.7, partOfSpeech: 'ADJ'}], ['train-wreck', {}],
      ['cash-for-honours', {confidence: 0.4}], ['soft-on-crime', {confidence: 0.75}], ['soft on crime', {confidence: 0.7}], ['tough-on-crime', {confidence: 0.5}],
      ['weak-willed', {}], ['lily-white', {confidence: 0.6}], ['hard-nosed', {confidence: 0.5}], ['hard-line', {confidence: 0.35}], ['hardline', {confidence: 0.35}]
    ]
  },
  // Praise as adjectives, beyond the puffery already in the rule: the writer's admiration where a description belongs.
  {
    name: 'puffery adjectives',
    kind: 'puffery',
    form: 'adjective',
    message: PUFFERY,
    shared: {skipProperNoun: true},
    items: [
      'accomplished', ['admired', {partOfSpeech: 'ADJ'}], 'adored', 'charismatic', 'cherished', 'consummate', ['distinguished', {unlessAfter: ['from', 'by', 'between']}],
      'eloquent', 'hallowed', 'incomparable', 'indefatigable', ['indispensable', {confidence: 0.5}], 'inimitable',
      ['insightful', {confidence: 0.55}], 'lauded', 'magisterial', 'majestic', 'matchless',
      'mesmerizing', 'mesmerising', 'peerless', 'preeminent', 'pre-eminent', 'prodigious', 'redoubtable', ['seminal', {confidence: 0.55, unlessAfter: ['fluid', 'vesicles', 'plasma']}],
      'sensational', 'superlative', ['towering', {unlessAfter: ['building', 'buildings', 'inferno', 'waves', 'wave', 'flames', 'cliffs', 'cliff', 'trees', 'walls', 'wall', 'skyscrapers', 'skyscraper', 'cranes', 'crane', 'mountains', 'peaks', 'columns', 'cloud', 'clouds', 'dunes']}],
      'transcendent', 'unmatched', 'unsurpassed', ['venerable', {confidence: 0.55}], 'venerated', 'virtuoso', 'world-beating', ['world-leading', {confidence: 0.55}],
      'much-loved', 'much-admired', 'well-respected', 'feted', 'fêted', 'lionized', 'lionised', 'first-rate', 'top-flight', 'topflight',
      ['bold', {confidence: 0.5, unlessAfter: ['type', 'font', 'print', 'letters', 'text', 'face', 'headline', 'colours', 'colors']}], ['daring', {confidence: 0.5}],
      ['transformative', {confidence: 0.55}], 'far-sighted', 'farsighted', 'forward-thinking', ['forward-looking', {confidence: 0.45, unlessAfter: ['statements', 'statement', 'information', 'guidance']}],
      ['common-sense', {confidence: 0.6}], ['commonsense', {confidence: 0.6}], ['principled', {confidence: 0.6}], 'righteous', ['gallant', {confidence: 0.65}],
      ['stalwart', {confidence: 0.55}], ['steadfast', {confidence: 0.6}], ['unwavering', {confidence: 0.55}], ['unflinching', {confidence: 0.6}],
      ['hard-working', {confidence: 0.5}], ['hardworking', {confidence: 0.5}], ['patriotic', {confidence: 0.55}], 'freedom-loving', ['wise', {confidence: 0.55, unlessBefore: ['penny', 'street']}],
      ['astute', {confidence: 0.55}], ['savvy', {confidence: 0.55}],
      ['ingenious', {confidence: 0.6}], ['deft', {confidence: 0.55}], ['adroit', {confidence: 0.55}], ['gracious', {confidence: 0.55}], ['magnanimous', {confidence: 0.6}],
      'heartwarming', 'heart-warming', ['uplifting', {confidence: 0.65}], ['touching', {confidence: 0.55, unlessAfter: ['the', 'a', 'on', 'down', 'her', 'his', 'their', 'it', 'them', 'base', 'distance', 'upon']}],
      ['poignant', {confidence: 0.55}], ['riveting', {confidence: 0.65}], ['gripping', {confidence: 0.6, unlessAfter: ['the', 'a', 'his', 'her', 'their', 'onto', 'on']}], ['captivating', {confidence: 0.65}],
      'enthralling', ['electrifying', {unlessSentenceHas: ['electric', 'electricity', 'voltage', 'power', 'current', 'wire', 'wires', 'fence', 'rail', 'railway', 'line', 'lines']}], ['thrilling', {confidence: 0.6}],
      ['exhilarating', {confidence: 0.6}], 'awe-inspiring', 'mind-blowing', 'show-stopping', 'showstopping', ['star-studded', {confidence: 0.55}], ['glittering', {confidence: 0.55}],
      ['glitzy', {confidence: 0.6}], ['award winning', {partOfSpeech: undefined, confidence: 0.5}], ['prize winning', {partOfSpeech: undefined, confidence: 0.5}], ['world renowned', {partOfSpeech: undefined}],
      ['world famous', {partOfSpeech: undefined}], ['world class', {partOfSpeech: undefined}], ['glamorous', {confidence: 0.55}], ['swanky', {confidence: 0.65}], ['posh', {confidence: 0.55}], ['chic', {confidence: 0.55}],
      ['trendy', {confidence: 0.55}], ['slick', {confidence: 0.55, unlessSentenceHas: ['oil', 'roads', 'road', 'ice', 'rain', 'wet', 'surface', 'spill']}],
      ['miraculous', {confidence: 0.6, unlessSentenceHas: ['miracle', 'miracles', 'saint', 'church', 'pope', 'healing', 'canonization']}],
      ['idyllic', {confidence: 0.6}], ['storybook', {confidence: 0.6}], ['fairy-tale', {partOfSpeech: 'ADJ', confidence: 0.6}],
['sterling', {confidence: 0.6, unlessBefore: ['pound', 'the'], unlessAfter: ['silver', 'crisis', 'area', 'zone']}],
      ['unassailable', {confidence: 0.5}], ['unimpeachable', {}], ['irreproachable', {}], ['above reproach', {partOfSpeech: undefined}], ['beyond reproach', {partOfSpeech: undefined}]
    ]
  },
  // Exaggeration: size and speed words that dramatize a figure the writer could give. Headline verbs ("soared",
  // "plunged") are standard in wire copy, so they show only at `thorough`; adjectives ("paltry", "whopping") at `balanced`.
  {
    name: 'exaggeration (adjectives)',
    kind: 'exaggeration',
    form: 'adjective',
    message: EXAGGERATES,
    items: [
      ['gigantic', {confidence: 0.5}], ['colossal', {}], ['monumental', {}], ['mammoth', {confidence: 0.55}], ['titanic', {confidence: 0.55}],
      ['eye-popping', {confidence: 0.6}], ['gobsmacking', {confidence: 0.7}], ['astonishing', {confidence: 0.6}], ['astounding', {confidence: 0.6}],
      ['stupendous', {confidence: 0.65}], ['hefty', {confidence: 0.4}], ['extortionate:high', {confidence: 0.7}], ['outsized', {confidence: 0.45}],
      ['lavish', {confidence: 0.55}], ['extravagant', {confidence: 0.55}], ['opulent', {confidence: 0.55}], ['cushy:comfortable', {confidence: 0.7}],
      ['meagre:small', {}], ['meager:small', {}], ['paltry:small', {confidence: 0.65}], ['measly:small', {confidence: 0.75}], ['piddling:small', {confidence: 0.75}],
      ['derisory:small', {confidence: 0.65}], ['punishing:heavy', {onlyBefore: ['schedule', 'schedules', 'heat', 'pace', 'tax', 'taxes', 'tariff', 'tariffs', 'sanctions', 'regime', 'workload', 'workloads', 'cuts', 'conditions', 'defeat', 'blow', 'blows', 'fines', 'penalties', 'interest', 'rates', 'hours', 'shifts', 'drought', 'winter', 'summer', 'climb', 'run', 'debt', 'levy', 'levies']}], ['swingeing:severe', {confidence: 0.7}], ['back-breaking:heavy', {confidence: 0.6}],
      ['ruinous:costly', {confidence: 0.6}], ['runaway:rapid', {confidence: 0.5, unlessAfter: ['train', 'trains', 'teen', 'teens', 'teenager', 'teenagers', 'slave', 'slaves', 'truck', 'trucks', 'horse', 'horses', 'bride', 'children', 'child', 'youths', 'youth', 'success', 'winner', 'leader', 'favourite', 'favorite', 'hit']}],
      ['out-of-control', {confidence: 0.55}], ['breakneck:rapid', {}], ['dizzying', {confidence: 0.6}], ['vertiginous', {confidence: 0.65}],
      ['stratospheric:very high', {confidence: 0.65}], ['soaring:rising', {confidence: 0.45}], ['plummeting:falling', {confidence: 0.5}],
      ['plunging:falling', {confidence: 0.45, unlessAfter: ['neckline', 'necklines']}], ['ballooning:growing', {confidence: 0.55}], ['crushing:heavy', {confidence: 0.55, partOfSpeech: 'ADJ'}],
      ['unimaginable', {}], ['unthinkable', {confidence: 0.5}], ['untold', {confidence: 0.55}], ['incalculable', {confidence: 0.55}], ['endless', {confidence: 0.5}],
      ['never-ending', {}], ['interminable', {confidence: 0.65}], ['mind-bending', {}], ['humongous', {}], ['ginormous', {}], ['mega', {confidence: 0.5}],
      ['bumper', {confidence: 0.4, unlessAfter: ['car', 'cars', 'sticker', 'stickers', 'bar', 'bars']}], ['record-shattering', {}], ['record-smashing', {}],
      ['massive', {confidence: 0.4, unlessSentenceHas: [...NATURE_CONTEXT, ...VIOLENCE_CONTEXT, 'stroke', 'heart', 'attack', 'star', 'stars', 'galaxy', 'black', 'hole', 'rock']}]
    ]
  },
  {
    name: 'exaggeration (verbs and phrases)',
    kind: 'exaggeration',
    form: 'verb',
    message: EXAGGERATES,
    shared: {confidence: 0.45},
    items: [
      'soar:rise sharply', 'plummet:fall sharply', ['plunge:fall sharply', {unlessAfter: ['into', 'in', 'off', 'from', 'down', 'through', 'to', 'deeper', 'ahead', 'headlong'], unlessSentenceHas: ['water', 'river', 'sea', 'lake', 'cliff', 'ravine', 'pool', 'car', 'vehicle', 'bridge', 'balcony', 'icy', 'ocean', 'knife', 'dagger', 'darkness']}],
      ['nosedive:fall sharply', {unlessSentenceHas: MACHINE_CONTEXT}], ['nose-dive:fall sharply', {unlessSentenceHas: MACHINE_CONTEXT}], ['crater:fall sharply', {partOfSpeech: 'VERB', unlessSentenceHas: [...VIOLENCE_CONTEXT, ...NATURE_CONTEXT, 'road', 'roads', 'runway', 'airstrip', 'convoy', 'bombs', 'strikes']}],
      ['tank:fall sharply', {partOfSpeech: 'VERB', unlessAfter: ['up']}], ['balloon:grow', {partOfSpeech: 'VERB'}], ['explode:grow rapidly', {onlyBefore: ['in', ',', '.', 'since', 'after', 'over', 'as', 'during', 'from', 'to'], unlessSentenceHas: [...VIOLENCE_CONTEXT, ...NATURE_CONTEXT, 'device', 'devices', 'rocket', 'battery', 'batteries', 'phone', 'star', 'firework', 'fireworks', 'grenade', 'tyre', 'tire', 'boiler', 'tank', 'pipe', 'bomb', 'bombs', 'mine', 'shell', 'shells', 'detonated']}],
      ['rocket:rise sharply', {partOfSpeech: 'VERB', unlessSentenceHas: ['space', 'launch', 'launched', 'nasa', 'orbit', 'spacex', 'missile', 'missiles', 'fired', 'attack', 'moon']}],
      ['shoot/shot up:rise sharply', {unlessSentenceHas: [...VIOLENCE_CONTEXT, 'heroin', 'drugs', 'drug', 'needle', 'injected']}], ['go/went/gone through the roof:rise sharply', {confidence: 0.6}],
      ['hit/hit rock bottom:reach a low', {confidence: 0.55}], ['spiral out of control', {confidence: 0.55}], ['spiral:rise', {partOfSpeech: 'VERB', onlyBefore: ['upward', 'upwards', 'higher']}],
      ['mushroom:grow rapidly', {partOfSpeech: 'VERB', unlessSentenceHas: ['cloud', 'clouds', 'nuclear', 'fungi', 'fungus', 'forest']}],
      ['dwarf:exceed', {partOfSpeech: 'VERB', confidence: 0.4, unlessSentenceHas: ['star', 'stars', 'planet', 'planets', 'galaxy', 'galaxies']}], ['eclipse:surpass', {partOfSpeech: 'VERB', confidence: 0.4, unlessSentenceHas: ['solar', 'lunar', 'moon', 'sun', 'totality']}]
    ]
  },
  {
    name: 'exaggeration (adverbs and phrases)',
    kind: 'exaggeration',
    form: 'phrase',
    message: EXAGGERATES,
    items: [
      ['dramatically', {partOfSpeech: 'ADV', confidence: 0.45, unlessAfter: ['different']}], ['drastically', {partOfSpeech: 'ADV', confidence: 0.5}], ['massively', {partOfSpeech: 'ADV', confidence: 0.45}],
      ['hugely', {partOfSpeech: 'ADV', confidence: 0.45}], ['vastly', {partOfSpeech: 'ADV', confidence: 0.4}], ['exponentially', {partOfSpeech: 'ADV', confidence: 0.45, unlessSentenceHas: ['mathematical', 'function', 'equation', 'formula', 'doubling', 'rate']}],
      ['off the charts:very high', {confidence: 0.6, rewrites: ['very high']}], ['off the scale', {confidence: 0.6, rewrites: []}], ['through the roof', {confidence: 0.55, rewrites: []}],
      ['eye-wateringly', {confidence: 0.6}], ['jaw-droppingly', {}], ['mind-bogglingly', {}], ['spectacularly', {partOfSpeech: 'ADV', confidence: 0.5}],
      ['a whopping', {beforeNumber: true, rewrites: ['']}], ['a staggering', {beforeNumber: true, rewrites: ['']}], ['an astonishing', {beforeNumber: true, rewrites: ['']}],
      // The opposite: a figure belittled before the reader sees it ("a mere $7 million", "merely 40 votes").
      ['a mere', {beforeNumber: true, rewrites: [''], message: MINIMIZES, confidence: 0.6}], ['only a mere', {beforeNumber: true, rewrites: ['only'], message: MINIMIZES, confidence: 0.65}],
      ['a scant', {beforeNumber: true, rewrites: [''], message: MINIMIZES, confidence: 0.6}], ['a paltry', {beforeNumber: true, rewrites: [''], message: MINIMIZES, confidence: 0.65}],
      ['a measly', {beforeNumber: true, rewrites: [''], message: MINIMIZES, confidence: 0.75}], ['merely', {beforeNumber: true, rewrites: [''], message: MINIMIZES, confidence: 0.55}],
      ['a mind-boggling', {beforeNumber: true, rewrites: ['']}], ['a jaw-dropping', {beforeNumber: true, rewrites: ['']}], ['a stunning', {confidence: 0.55, beforeNumber: true, rewrites: ['']}],
      ['an eye-watering', {beforeNumber: true, rewrites: ['']}], ['an incredible', {beforeNumber: true, rewrites: [''], softUnless: NATURE_CONTEXT}],
      ['a record-breaking', {confidence: 0.45, rewrites: ['a record']}]
    ]
  },
  // Euphemisms: words that soften what happened until it is no longer said.
  {
    name: 'euphemisms',
    kind: 'euphemism',
    form: 'phrase',
    message: EUPHEMISM,
    deletable: false,
    items: [
      ['enhanced interrogation', {confidence: 0.75}], 'negative growth:contraction', 'revenue enhancement:tax increase', 'revenue enhancements:tax increases',
      ['alternative facts:false statements', {confidence: 0.8}], ['economical with the truth', {confidence: 0.75}], ['terminological inexactitude', {confidence: 0.8}],
      ['tired and emotional:drunk', {confidence: 0.8}], 'involuntary separation:dismissal', 'involuntary separations:dismissals', 'workforce adjustment:job cuts',
      ['headcount reduction:job cuts', {confidence: 0.5}], ['headcount reductions:job cuts', {confidence: 0.5}], ['pre-loved:used', {}], ['pre-owned:used', {confidence: 0.4}],
      ['misspoke', {confidence: 0.5}], ['misspoken', {confidence: 0.5}], ['mistakes were made', {confidence: 0.6}], ['surgical strike:airstrike', {confidence: 0.55}],
      ['surgical strikes:airstrikes', {confidence: 0.55}], ['kinetic action:military strike', {confidence: 0.7}], ['kinetic military action:military strike', {confidence: 0.7}],
      ['price adjustment:price increase', {confidence: 0.5}], ['price adjustments:price increases', {confidence: 0.5}],
      ['war of choice', {confidence: 0.5}], ['physical discipline', {confidence: 0.6}], ['wardrobe malfunction', {confidence: 0.6}],
      ['no longer with us:dead', {confidence: 0.6}], ['lost his|her|their battle with', {confidence: 0.6, rewrites: ['died of']}],
      ['lost his|her|their fight with', {confidence: 0.6, rewrites: ['died of']}], ['senior moment', {confidence: 0.6}], ['full-figured', {confidence: 0.55}]
    ]
  },
  // Bare intensifiers: the writer's emphasis on a description. Emphasis more than judgement, so they show only at
  // `thorough`; before an emotive word they are part of one stronger finding (see INTENSIFIED below).
  {
    name: 'mild intensifiers',
    kind: 'mild-intensifier',
    form: 'adverb',
    message: EMPHASIS,
    shared: {beforePartOfSpeech: ['ADJ']},
    items: [
      'utterly', 'totally', 'truly', 'profoundly',
      // "Deeply conservative", "deeply divided", "deeply rooted": a degree the facts can bear, not the writer's emphasis.
      ['deeply', {unlessAfter: ['conservative', 'religious', 'liberal', 'divided', 'polarized', 'polarised', 'rooted', 'indebted', 'involved', 'split', 'entrenched', 'embedded', 'catholic', 'christian', 'devout', 'pious', 'evangelical', 'traditional', 'unpopular', 'committed']}], 'wildly', 'exceedingly', 'terribly', 'awfully', 'fiercely', 'intensely', 'thoroughly',
      'downright', 'absolutely', 'extraordinarily', 'astonishingly', 'astoundingly', 'unimaginably',
      // "Overwhelmingly Democratic", "overwhelmingly white": the make-up of a place or a vote, which a figure can show.
      ['overwhelmingly', {unlessAfter: ['democratic', 'republican', 'white', 'black', 'hispanic', 'latino', 'male', 'female', 'catholic', 'protestant', 'muslim', 'christian', 'jewish', 'rural', 'urban', 'liberal', 'conservative', 'positive', 'negative', 'young', 'old', 'elderly', 'poor', 'wealthy']}], 'unthinkably',
      'ferociously', 'fantastically', 'fabulously', 'excessively', 'uniquely', 'singularly', 'supremely', 'immeasurably', 'incomparably',
      'stupendously', 'frightfully', 'dreadfully', 'painfully', 'achingly', 'congenitally', 'pathologically', 'irredeemably', 'incurably', 'strikingly',
      ['sorely', {confidence: 0.35}],
      ['seriously', {unlessAfter: ['ill', 'injured', 'wounded', 'hurt', 'damaged', 'sick', 'considering', 'considered', 'affected', 'disabled', 'overweight', 'underweight', 'delayed']}]
    ]
  },
  // Praise as nouns for people: the writer crowns someone a "hero", an "icon", a "superstar".
  {
    name: 'puffery nouns',
    kind: 'puffery',
    form: 'noun',
    message: PUFFERY,
    shared: {skipProperNoun: true},
    items: [
      ['hero', {confidence: 0.45, unlessSentenceHas: ['war', 'medal', 'medals', 'sandwich', 'film', 'movie', 'comic', 'comics', 'superhero', 'character', 'game', 'games', 'novel', 'myth', 'greek']}],
      ['heroine', {confidence: 0.45, unlessSentenceHas: ['film', 'movie', 'novel', 'novels', 'character', 'story', 'book', 'books', 'play', 'opera', 'series']}],
      ['icon:figure', {confidence: 0.5, unlessSentenceHas: ['click', 'app', 'apps', 'screen', 'desktop', 'computer', 'button', 'menu', 'emoji', 'website', 'tap', 'toolbar', 'phone', 'orthodox', 'painted', 'painting', 'church']}],
      ['superstar:star', {confidence: 0.55}], ['megastar:star', {confidence: 0.6}], ['wunderkind', {confidence: 0.7}], ['whiz kid', {confidence: 0.7}], ['whizz-kid', {confidence: 0.7}],
      ['maestro', {confidence: 0.55, unlessSentenceHas: ['orchestra', 'symphony', 'conductor', 'concert', 'opera', 'philharmonic', 'music', 'musicians']}], ['doyen', {confidence: 0.5}],
      ['doyenne', {confidence: 0.5}], ['grande dame', {confidence: 0.6}], ['darling:favorite', {confidence: 0.65}], ['poster child:example', {confidence: 0.7}], ['poster boy:example', {confidence: 0.7}],
      ['golden boy', {confidence: 0.75}], ['golden girl', {confidence: 0.75}], ['trailblazer:pioneer', {confidence: 0.55}],
      ['heavyweight:leading figure', {confidence: 0.45, unlessSentenceHas: ['boxing', 'boxer', 'boxers', 'fight', 'fights', 'bout', 'title', 'champion', 'championship', 'division', 'ufc', 'wrestling', 'belt', 'rowing']}],
      ['rock star', {confidence: 0.55, unlessSentenceHas: ['band', 'bands', 'album', 'albums', 'guitar', 'guitarist', 'music', 'concert', 'concerts', 'tour', 'singer', 'drummer', 'song', 'songs', 'frontman']}],
      ['saviour', {confidence: 0.6, unlessSentenceHas: ['jesus', 'christ', 'lord', 'god', 'church', 'christian', 'christians', 'religious', 'faith', 'bible']}],
      ['savior', {confidence: 0.6, unlessSentenceHas: ['jesus', 'christ', 'lord', 'god', 'church', 'christian', 'christians', 'religious', 'faith', 'bible']}],
      ['messiah', {confidence: 0.7, unlessSentenceHas: ['jesus', 'christ', 'jewish', 'jews', 'religious', 'biblical', 'bible', 'handel', 'judaism', 'prophecy', 'christian', 'christians']}],
      // "Statesman" crowns a politician; "politician" names the job ("the party's elder statesman" is still the writer's crown).
      ['statesman:politician', {confidence: 0.55}], ['luminary', {}], ['titan of industry/titans of industry', {}], ['captain of industry/captains of industry', {confidence: 0.5}], ['national treasure', {confidence: 0.65}],
      ['living legend', {}], ['role model', {confidence: 0.35}], ['tour de force', {confidence: 0.7}], ['triumph', {confidence: 0.5, partOfSpeech: 'NOUN', unlessSentenceHas: ['arc', 'motorcycle', 'motorcycles', 'spitfire', 'herald', 'election', 'win', 'victory']}]
    ]
  },
  // Scornful names for someone's followers or circle: "his ilk", "acolytes", "hangers-on", "the woke brigade".
  {
    name: 'scornful collectives',
    kind: 'label',
    form: 'noun',
    message: LABEL,
    shared: {skipProperNoun: true},
    items: [
      ['acolyte:supporter', {confidence: 0.65}], ['groupie:supporter', {confidence: 0.7}], ['fanboy:supporter', {}], ['fangirl:supporter', {}],
      ['cheerleader:supporter', {confidence: 0.6, unlessSentenceHas: ['football', 'team', 'teams', 'squad', 'game', 'games', 'cheerleading', 'pom', 'poms', 'stadium', 'nfl', 'sidelines', 'halftime', 'dancers']}],
      ['hanger-on/hangers-on:associate', {}], ['cohort:ally', {confidence: 0.45, unlessSentenceHas: ['study', 'studies', 'students', 'patients', 'age', 'aged', 'born', 'researchers', 'data', 'participants', 'survey', 'class', 'graduates', 'year', 'years', 'generation', 'babies', 'women', 'men', 'trial']}],
      ['ilk!', {confidence: 0.8}], ['coterie:group', {confidence: 0.6}], ['claque', {}],
      ['brigade:group', {confidence: 0.6, unlessSentenceHas: [...VIOLENCE_CONTEXT, 'fire', 'firefighters', 'infantry', 'armoured', 'armored', 'brigades', 'commander', 'general', 'colonel', 'battalions', 'division', 'volunteer', 'volunteers', 'international']}],
      ['posse:group', {confidence: 0.6, unlessSentenceHas: ['sheriff', 'sheriffs', 'deputies', 'marshal', 'outlaws']}],
      ['disciple:follower', {confidence: 0.5, unlessSentenceHas: ['jesus', 'christ', 'apostles', 'apostle', 'church', 'bible', 'biblical', 'buddha', 'religious', 'gospel', 'guru', 'yoga']}],
      ['devotee:supporter', {confidence: 0.45}], ['minion:associate', {}], ['footsoldier:supporter', {confidence: 0.55}]
    ]
  },
  // Nouns that pass a verdict on conduct or character: "gall", "ineptitude", "treachery", "vitriol". What was done, said plainly, lets readers judge.
  {
    name: 'verdict nouns',
    kind: 'emotive-noun',
    form: 'noun',
    message: VERDICT,
    shared: {skipProperNoun: true, singularOnly: true},
    items: [
      ['gall', {unlessSentenceHas: ['bladder', 'gallbladder', 'stones', 'gallstones', 'wasp', 'wasps', 'oak', 'insects', 'plant', 'plants', 'galls']}], 'chutzpah', 'temerity', 'effrontery', 'impudence', 'insolence',
      'ineptitude', 'ineptness', ['incompetence', {confidence: 0.6, unlessSentenceHas: [...LEGAL_CONTEXT, 'cervical', 'urinary', 'bladder', 'bowel', 'faecal', 'fecal', 'mental', 'capacity']}],
      'treachery', 'perfidy', ['duplicity', {}], ['deceit', {confidence: 0.65}], 'mendacity', ['dishonesty', {confidence: 0.6, unlessSentenceHas: LEGAL_CONTEXT}], 'venality',
      ['cronyism', {confidence: 0.6}], ['vitriol', {confidence: 0.75, unlessSentenceHas: ['acid', 'sulphuric', 'sulfuric', 'chemical']}], ['venom', {confidence: 0.7, unlessSentenceHas: [...ANIMAL_CONTEXT, 'spider', 'spiders', 'bite', 'bites', 'antivenom', 'toxin', 'toxins', 'scorpion', 'jellyfish', 'sting', 'bee', 'bees']}],
      ['bile', {confidence: 0.7, unlessSentenceHas: ['liver', 'gallbladder', 'duct', 'ducts', 'digestion', 'acid', 'acids', 'stomach', 'vomit', 'vomiting', 'patients', 'patient']}],
      ['spite', {confidence: 0.6, unlessBefore: ['in'], unlessAfter: ['of']}], ['savagery', {confidence: 0.7}], ['barbarism', {confidence: 0.7}], ['barbarity', {confidence: 0.7}], 'depravity',
      'debauchery', ['decadence', {confidence: 0.55}], 'degeneracy',
      ['filth', {confidence: 0.75, unlessSentenceHas: ['water', 'streets', 'street', 'garbage', 'sewage', 'rubbish', 'dirt', 'rats', 'conditions', 'cleaning', 'cleaned', 'toilets', 'toilet', 'hygiene', 'squalor', 'mud', 'flies']}],
      ['smut', {confidence: 0.7, unlessSentenceHas: ['wheat', 'fungus', 'crop', 'crops', 'corn', 'barley']}], ['sleaze', {confidence: 0.75}], ['betrayal', {confidence: 0.6}],
      ['distortion', {confidence: 0.5, unlessSentenceHas: ['sound', 'audio', 'image', 'images', 'lens', 'lenses', 'signal', 'guitar', 'guitars', 'amplifier', 'optical', 'pedal', 'waveform', 'visual', 'vision', 'map', 'maps', 'projection', 'gravitational', 'market', 'markets', 'price', 'prices', 'trade']}],
      ['fanaticism', {confidence: 0.7}], ['notoriety', {confidence: 0.5}], 'histrionics!', ['theatrics!', {confidence: 0.65}], ['bluster', {partOfSpeech: 'NOUN', confidence: 0.7}],
      ['bombast', {confidence: 0.75}], ['braggadocio', {}], ['hot air', {confidence: 0.7, unlessSentenceHas: [...NATURE_CONTEXT, 'balloon', 'balloons', 'hairdryer', 'dryer', 'vent', 'vents', 'heating', 'heater', 'oven']}],
      ['meddling:interference', {confidence: 0.6, partOfSpeech: 'NOUN', softUnless: RUSSIAN_MEDDLING}], ['dithering:delay', {confidence: 0.7, partOfSpeech: 'NOUN'}], ['bungling', {partOfSpeech: 'NOUN', confidence: 0.75}],
      ['mismanagement', {confidence: 0.5}], ['cock-up/cock-ups', {}], ['screw-up/screw-ups', {}], ['foul-up/foul-ups', {}], ['snafu/snafus', {confidence: 0.6}],
      ['muddle:confusion', {confidence: 0.55, partOfSpeech: 'NOUN'}],
      ['car crash', {confidence: 0.7, requires: PUBLIC_LIFE, unlessSentenceHas: [...VIOLENCE_CONTEXT, ...MACHINE_CONTEXT, 'driver', 'drivers', 'road', 'roads', 'motorway', 'highway', 'injured', 'killed', 'collision', 'police', 'passenger', 'passengers']}],
      ['hatemongering', {}], ['demagoguery', {confidence: 0.75}], ['demagogy', {confidence: 0.75}], ['rabble-rousing', {}], ['sophistry', {confidence: 0.75}], ['casuistry', {confidence: 0.7}],
      ['malfeasance', {confidence: 0.45, unlessSentenceHas: LEGAL_CONTEXT}], ['knavery', {}], ['villainy', {}], ['thuggery', {}], ['hooliganism', {confidence: 0.6}],
      ['gangsterism', {}], ['jingoism', {}], ['chauvinism', {confidence: 0.6}], ['bigotry', {confidence: 0.6, unlessSentenceHas: LEGAL_CONTEXT}], ['zealotry', {}], ['extremism', {confidence: 0.45, subjectTerm: /^extremis/}],
      ['warmongering', {}], ['profiteering', {confidence: 0.6}], ['cupidity', {}], ['gluttony', {confidence: 0.6}], ['excesses', {confidence: 0.5}]
    ]
  },
  // Adverbs of degree and frequency that exaggerate: "incessantly", "literally" as emphasis.
  {
    name: 'exaggerating adverbs',
    kind: 'exaggeration',
    form: 'adverb',
    message: EXAGGERATES,
    items: [['incessantly', {confidence: 0.55}], ['perpetually', {confidence: 0.45}], ['literally', {confidence: 0.4}], ['eternally', {confidence: 0.5}], ['infinitely', {confidence: 0.45}], ['endlessly', {confidence: 0.45}], ['ceaselessly', {confidence: 0.45}], ['obsessively', {confidence: 0.5}]]
  },
  // Common verdicts on people and acts, missing above: "corrupt", "selfish", "contrived", "ugly". Those with an ordinary
  // literal or technical sense ("corrupt file", "predatory lending", "chilling effect") leave it alone; the mildest show at `thorough`.
  {
    name: 'common verdict adjectives',
    kind: 'emotive',
    form: 'adjective',
    message: EMOTIVE,
    shared: {skipProperNoun: true, unlessBefore: ['most', 'more', 'less', 'least', 'not'], unlessModifies: ['rating', 'ratings', 'label', 'category', 'grade', 'designation', 'ranking', 'award']},
    items: [
      ['corrupt', {confidence: 0.5, partOfSpeech: 'ADJ', unlessAfter: ['file', 'files', 'data', 'memory', 'drive', 'image', 'images', 'disk', 'database'], unlessSentenceHas: [...LEGAL_CONTEXT, 'corruption', 'bribes', 'bribery', 'file', 'files', 'data', 'software']}],
      ['selfish', {confidence: 0.6}], ['irrational', {confidence: 0.5, unlessAfter: ['number', 'numbers']}], ['thoughtless', {confidence: 0.5}], ['contrived', {confidence: 0.55}],
      ['trite', {confidence: 0.55}], ['insulting', {confidence: 0.5, partOfSpeech: 'ADJ', unlessAfter: VERB_OBJECT_START}], ['prejudiced', {confidence: 0.5, unlessAfter: VERB_OBJECT_START}], ['crazed', {confidence: 0.6}], ['inveterate', {confidence: 0.55}],
      ['chummy', {confidence: 0.55}], ['unbridled', {confidence: 0.5}], ['nebulous', {confidence: 0.5}], ['surreal', {confidence: 0.4, unlessSentenceHas: ['painting', 'paintings', 'artist', 'art', 'dali', 'magritte', 'film', 'films']}],
      ['warped', {confidence: 0.55, partOfSpeech: 'ADJ', unlessSentenceHas: ['wood', 'wooden', 'timber', 'boards', 'floor', 'floorboards', 'record', 'records', 'vinyl', 'metal', 'heat', 'water', 'damp', 'space', 'spacetime', 'gravity']}],
      ['demonic', {confidence: 0.55, unlessSentenceHas: ['exorcism', 'exorcist', 'possession', 'possessed', 'demons', 'demon', 'priest', 'film', 'movie', 'horror', 'church', 'theology']}],
      ['ugly', {confidence: 0.45, unlessAfter: ['duckling', 'ducklings', 'sweater', 'sweaters', 'betty', 'truth']}], ['sad', {confidence: 0.35, unlessAfter: ['news', 'day', 'occasion', 'loss', 'passing', 'death'], unlessBefore: ['feel', 'feels', 'felt', 'feeling', 'was', 'were', 'am', 'is', 'are', 'be', 'been', 'very', 'so', 'too', 'and']}],
      ['embarrassing', {confidence: 0.5, partOfSpeech: 'ADJ', unlessAfter: VERB_OBJECT_START}], ['humiliating', {confidence: 0.5, unlessAfter: VERB_OBJECT_START, unlessSentenceHas: [...VIOLENCE_CONTEXT, 'torture', 'abuse', 'abused', 'detainees', 'prisoners']}],
      ['misleading', {confidence: 0.4, partOfSpeech: 'ADJ'}], ['damaging', {confidence: 0.35, partOfSpeech: 'ADJ', unlessSentenceHas: [...NATURE_CONTEXT, 'crops', 'frost', 'uv', 'radiation', 'skin', 'cells', 'dna', 'hearing']}],
      ['predatory', {confidence: 0.45, unlessAfter: ['lending', 'lender', 'lenders', 'loans', 'loan', 'pricing', 'species', 'birds', 'fish', 'animals', 'dinosaurs', 'journals', 'journal', 'publishers'], unlessSentenceHas: [...ANIMAL_CONTEXT, ...LEGAL_CONTEXT, 'species', 'prey', 'lending', 'loans']}],
      ['chilling', {confidence: 0.4, unlessAfter: ['effect', 'effects', 'out'], unlessSentenceHas: [...NATURE_CONTEXT, 'cold', 'temperatures', 'freezer', 'fridge', 'refrigerator', 'wine', 'beer', 'drinks', 'chilled', 'frost', 'winter']}],
      ['dysfunctional', {confidence: 0.45, unlessSentenceHas: ['erectile', 'sexual', 'bladder', 'cells', 'gene', 'genes', 'protein', 'proteins', 'organ', 'organs', 'kidney', 'heart', 'patients']}],
      ['erratic', {confidence: 0.4, unlessSentenceHas: ['driving', 'driver', 'drivers', 'vehicle', 'car', 'heartbeat', 'heart', 'pulse', 'rainfall', 'weather', 'signal', 'orbit', 'flight', 'police', 'officers']}],
      ['frenzied', {confidence: 0.45, unlessSentenceHas: [...VIOLENCE_CONTEXT, 'sharks', 'shark', 'animals', 'dogs']}], ['reactionary', {confidence: 0.5, kind: 'label', message: LABEL}],
      ['audacious', {confidence: 0.45}], ['decrepit', {confidence: 0.4}], ['fetid', {confidence: 0.4, unlessSentenceHas: ['smell', 'stench', 'odour', 'odor', 'water', 'sewage', 'garbage', 'waste', 'swamp', 'pond', 'drains', 'toilets', 'air', 'cell', 'cells']}],
      ['lewd', {confidence: 0.45, unlessSentenceHas: LEGAL_CONTEXT}],
      ['suspicious', {confidence: 0.3, partOfSpeech: 'ADJ', unlessAfter: ['package', 'packages', 'device', 'devices', 'activity', 'activities', 'fire', 'fires', 'death', 'deaths', 'circumstances', 'item', 'items', 'vehicle', 'substance', 'behaviour', 'behavior', 'person', 'transactions', 'emails', 'links', 'of'], unlessSentenceHas: LEGAL_CONTEXT}],
      ['disgruntled', {confidence: 0.35}], ['ferocious', {confidence: 0.4, unlessSentenceHas: [...ANIMAL_CONTEXT, ...NATURE_CONTEXT, ...VIOLENCE_CONTEXT, 'fire', 'winds', 'heat']}],
      ['torrential', {confidence: 0.4, unlessAfter: ['rain', 'rains', 'rainfall', 'downpour', 'downpours', 'showers', 'storms', 'flooding'], unlessSentenceHas: NATURE_CONTEXT}],
      ['mindblowing', {confidence: 0.55}]
    ]
  },
  // Weaker judgements of a person's mind or manner ("callow", "sulky", "deranged"): an editor cuts or attributes them,
  // but several have honest uses, so the milder ones show only at `thorough`.
  {
    name: 'weaker insults',
    kind: 'insult',
    form: 'adjective',
    looseSense: true,
    message: INSULT,
    shared: {skipProperNoun: true},
    items: [
      ['callow', {confidence: 0.55}], ['sulky', {confidence: 0.55}], ['surly', {confidence: 0.5}], ['grumpy', {confidence: 0.45}], ['cranky', {confidence: 0.45}],
      ['cocky', {confidence: 0.5}], ['brash', {confidence: 0.4}], ['twitchy', {confidence: 0.4}], ['loony', {confidence: 0.7}], ['loopy', {confidence: 0.55}],
      ['crazy', {confidence: 0.5, unlessAfter: ['about', 'for', 'quilt', 'eights', 'horse'], unlessBefore: ['me', 'us', 'him', 'her', 'them', 'you', 'like', 'go', 'goes', 'went', 'going', 'gone']}],
      ['insane', {confidence: 0.55, unlessBefore: ['criminally', 'legally', 'clinically'], unlessSentenceHas: [...CLINICAL_CONTEXT, 'asylum', 'asylums', 'plea', 'verdict', 'acquitted', 'insanity']}],
      ['deranged', {confidence: 0.7, unlessSentenceHas: CLINICAL_CONTEXT}], ['psychotic', {confidence: 0.5, unlessSentenceHas: [...CLINICAL_CONTEXT, 'episode', 'episodes', 'psychosis', 'medication', 'schizophrenia']}],
      ['demented', {confidence: 0.65, unlessSentenceHas: [...CLINICAL_CONTEXT, 'dementia', 'alzheimer', 'alzheimer’s', "alzheimer's", 'elderly', 'carer', 'carers', 'caregiver']}],
      ['dumb', {confidence: 0.55, unlessSentenceHas: ['deaf', 'mute', 'blind'], unlessBefore: ['struck'], unlessAfter: ['luck', 'bell', 'bells', 'waiter', 'phone', 'phones', 'terminal', 'terminals', 'pipe', 'pipes']}],
      ['lame', {confidence: 0.45, unlessAfter: ['duck', 'ducks', 'horse', 'horses', 'leg', 'legs'], unlessSentenceHas: ANIMAL_CONTEXT}],
      ['crude', {confidence: 0.4, unlessAfter: ['oil', 'oils', 'prices', 'price', 'output', 'production', 'imports', 'exports', 'inventories', 'stocks', 'futures', 'supplies', 'benchmark', 'grade', 'rate', 'rates', 'estimate', 'estimates', 'measure', 'measures', 'death', 'birth', 'extract', 'protein', 'fiber', 'fibre'], unlessSentenceHas: ['oil', 'barrel', 'barrels', 'petroleum', 'opec', 'brent', 'refinery', 'refineries', 'pipeline', 'wti', 'bpd']}],
      ['coarse', {confidence: 0.4, unlessAfter: ['sand', 'salt', 'grain', 'grains', 'hair', 'fabric', 'texture', 'gravel', 'particles', 'sandpaper', 'mesh', 'grind', 'ground', 'fur', 'wool'], unlessSentenceHas: ['sand', 'salt', 'flour', 'grind', 'ground', 'texture', 'fabric', 'wool', 'recipe', 'particles', 'gravel', 'sieve', 'pepper', 'grained']}],
      ['hyperpartisan', {confidence: 0.6}], ['hyper-partisan', {confidence: 0.6}], ['ultra-partisan', {confidence: 0.6}], ['overzealous', {confidence: 0.5}], ['over-zealous', {confidence: 0.5}],
      ['biased', {confidence: 0.5, unlessSentenceHas: ['sample', 'samples', 'estimate', 'estimates', 'estimator', 'statistical', 'statistically', 'algorithm', 'algorithms', 'model', 'models', 'data', 'dataset', 'study', 'studies', 'survey', 'surveys', 'transistor', 'voltage', 'researchers']}],
      ['unfit', {confidence: 0.4, unlessSentenceHas: ['consumption', 'habitation', 'food', 'water', 'drinking', 'medically', 'physically', 'injury', 'injured', 'fitness', 'overweight', 'exercise', 'plead', 'trial', 'mentally', 'unsafe', 'building', 'buildings', 'housing', 'homes', 'purpose', 'vehicle', 'vehicles']}],
      ['incapable', {confidence: 0.3}], ['joyless', {confidence: 0.5}], ['humorless', {confidence: 0.45}], ['humourless', {confidence: 0.45}], ['embittered', {confidence: 0.45}],
      ['tone-deaf', {confidence: 0.5, unlessSentenceHas: ['music', 'musical', 'sing', 'singing', 'singer', 'singers', 'choir', 'pitch', 'notes', 'song', 'songs']}],
      ['tone deaf', {confidence: 0.5, unlessSentenceHas: ['music', 'musical', 'sing', 'singing', 'singer', 'singers', 'choir', 'pitch', 'notes', 'song', 'songs']}]
    ]
  },
  // Moods the writer ascribes in a dramatizing word ("livid", "apoplectic", "hopping mad"): how someone felt, told as fact.
  // "Furious" and "irate" are common in news copy, so they show only at `thorough`.
  {
    name: 'dramatized moods',
    kind: 'emotive',
    form: 'adjective',
    looseSense: true,
    message: MOOD,
    shared: {skipProperNoun: true},
    items: [
      ['livid', {confidence: 0.55, unlessAfter: ['bruise', 'bruises', 'bruising', 'scar', 'scars', 'skin', 'marks']}], ['apoplectic', {confidence: 0.6}], ['hopping mad', {confidence: 0.6}],
      ['irate', {confidence: 0.4}], ['incensed', {confidence: 0.4, partOfSpeech: 'ADJ'}], ['enraged', {confidence: 0.4, partOfSpeech: 'ADJ', unlessSentenceHas: ANIMAL_CONTEXT}], ['furious', {confidence: 0.3, unlessAfter: ['pace', 'rate', 'speed', 'battle', 'fighting', 'storm', 'winds']}],
      ['gleeful', {confidence: 0.45}], ['appalled', {confidence: 0.35, partOfSpeech: 'ADJ'}], ['disgusted', {confidence: 0.35, partOfSpeech: 'ADJ'}], ['giddy', {confidence: 0.35, unlessSentenceHas: ['dizzy', 'dizziness', 'heights', 'nausea', 'faint', 'medication', 'symptoms']}],
      ['incandescent', {confidence: 0.45, unlessAfter: ['light', 'lights', 'bulb', 'bulbs', 'lamp', 'lamps', 'lighting'], unlessSentenceHas: ['light', 'lights', 'bulb', 'bulbs', 'lamp', 'lamps', 'lighting', 'led', 'leds', 'watts', 'energy', 'filament']}]
    ]
  },
  // Adjectives that pass a verdict on a thing or an act: weaker than "disgraceful", but still the writer's verdict.
  {
    name: 'weaker verdict adjectives',
    kind: 'emotive',
    form: 'adjective',
    looseSense: true,
    message: EMOTIVE,
    shared: {skipProperNoun: true, unlessBefore: ['most', 'more', 'less', 'least', 'not']},
    items: [
      ['lacklustre', {confidence: 0.5}], ['lackluster', {confidence: 0.5}], ['hilarious', {confidence: 0.5}], ['cringey', {confidence: 0.6}], ['cringy', {confidence: 0.6}],
      ['intrusive', {confidence: 0.35, unlessSentenceHas: ['procedure', 'procedures', 'surgery', 'thoughts', 'thought', 'species', 'rock', 'rocks', 'igneous', 'magma']}],
      // Alarm in the writer's voice: the facts, told plainly, let readers decide how alarmed to be.
      ['alarming', {confidence: 0.35}], ['troubling', {confidence: 0.35}], ['scary', {confidence: 0.45}], ['frightening', {confidence: 0.45}], ['unbelievable', {confidence: 0.5}],
      ['dire', {confidence: 0.3}], ['grim', {confidence: 0.3, unlessAfter: ['reaper', 'expression', 'expressions', 'face', 'faces', 'faced']}], ['bleak', {confidence: 0.3, unlessSentenceHas: [...NATURE_CONTEXT, 'landscape', 'moor', 'moors', 'winter', 'hillside', 'coastline']}],
      ['dystopian', {confidence: 0.5, unlessSentenceHas: ['novel', 'novels', 'fiction', 'film', 'films', 'movie', 'series', 'genre', 'book', 'books', 'author', 'game']}],
      ['rampant', {confidence: 0.5, unlessAfter: ['inflation', 'speculation'], unlessSentenceHas: ['lion', 'lions', 'heraldic', 'coat', 'weeds', 'vegetation', 'plants', 'infection', 'infections', 'virus']}]
    ]
  },
  // Nouns that pass a verdict on a person's words or character, or on a place ("ravings", "cesspool", "audacity").
  {
    name: 'weaker verdict nouns',
    kind: 'emotive-noun',
    form: 'noun',
    message: VERDICT,
    shared: {skipProperNoun: true, singularOnly: true},
    items: [
      ['cesspool/cesspools', {singularOnly: false, confidence: 0.7, unlessSentenceHas: ['sewage', 'septic', 'waste', 'toilet', 'toilets', 'latrine', 'drain', 'drains']}],
      ['cesspit/cesspits', {singularOnly: false, confidence: 0.7, unlessSentenceHas: ['sewage', 'septic', 'waste', 'toilet', 'toilets', 'latrine', 'drain', 'drains']}],
      ['laughingstock/laughingstocks', {singularOnly: false, confidence: 0.75}], ['laughing stock', {confidence: 0.75}], ['mockery', {confidence: 0.5}],
      ['ravings', {confidence: 0.7}], ['rantings', {confidence: 0.7}], ['audacity', {confidence: 0.5, unlessAfter: ['of']}], ['vacuity', {confidence: 0.6}], ['brainwashing', {confidence: 0.6, partOfSpeech: 'NOUN'}], ['coarseness', {confidence: 0.5}], ['crudeness', {confidence: 0.5}],
      ['vulgarity', {confidence: 0.5}], ['pettiness', {confidence: 0.55}], ['smugness', {confidence: 0.55}], ['sanctimony', {confidence: 0.6}], ['self-righteousness', {confidence: 0.55}],
      ['lethargy', {confidence: 0.4, unlessSentenceHas: ['symptoms', 'symptom', 'fatigue', 'patients', 'patient', 'fever', 'illness', 'disease', 'infection', 'dehydration', 'sleep', 'vomiting', 'doctor', 'doctors']}],
      ['paranoia', {confidence: 0.4, unlessSentenceHas: [...CLINICAL_CONTEXT, 'schizophrenia', 'psychosis', 'hallucinations', 'drug', 'drugs', 'cannabis']}],
      ['self-dealing', {confidence: 0.5, softUnless: LEGAL_CONTEXT}], ['gaffe/gaffes', {singularOnly: false, confidence: 0.45}],
      ['mayhem', {confidence: 0.45, unlessSentenceHas: [...VIOLENCE_CONTEXT, ...NATURE_CONTEXT, 'violence', 'violent', 'riot', 'riots', 'rioters', 'looting']}],
      ['chaos', {confidence: 0.35, unlessSentenceHas: [...VIOLENCE_CONTEXT, ...NATURE_CONTEXT, 'traffic', 'flights', 'flight', 'airport', 'airports', 'travel', 'roads', 'trains', 'delays', 'theory', 'outage', 'outages']}]
    ]
  },
  // Adverbs that insinuate ("mysteriously", "conveniently", "tellingly"): a suspicion the writer does not state.
  {
    name: 'insinuating adverbs',
    kind: 'emotive-adverb',
    form: 'adverb',
    message: INSINUATES,
    items: [
      ['mysteriously', {confidence: 0.35}], ['conveniently', {confidence: 0.5, unlessAfter: ['located', 'situated', 'close', 'near', 'placed', 'sited', 'positioned']}],
      ['suspiciously', {confidence: 0.45, unlessBefore: ['acting', 'behaving', 'behaved', 'acted', 'act', 'behave']}], ['tellingly', {confidence: 0.45}], ['revealingly', {confidence: 0.45}],
      ['conspicuously', {confidence: 0.35}], ['curiously', {confidence: 0.3}]
    ]
  },
  // Slang and spoken emphasis in the writer's voice ("freaking", "oh so", "far too").
  {
    name: 'spoken emphasis',
    kind: 'mild-intensifier',
    form: 'phrase',
    message: EMPHASIS,
    items: [
      ['freaking', {confidence: 0.45, rewrites: []}], ['freakin', {confidence: 0.45, rewrites: []}], ['frigging', {confidence: 0.45, rewrites: []}],
      ['friggin', {confidence: 0.45, rewrites: []}], ['effing', {confidence: 0.45, rewrites: []}], ['goddamn', {confidence: 0.45, rewrites: []}], ['goddamned', {confidence: 0.45, rewrites: []}], ['damn', {confidence: 0.45, beforePartOfSpeech: ['ADJ', 'ADV']}],
      ['oh so', {confidence: 0.45}], ['far too', {confidence: 0.35, beforePartOfSpeech: ['ADJ', 'ADV'], rewrites: ['too']}],
      ['constitutionally incapable|unable|unfit|averse|allergic', {confidence: 0.55, rewrites: []}],
      ['easily triggered|offended|outraged|manipulated|duped', {kind: 'insult', message: INSULT, confidence: 0.6, rewrites: []}],
      ['perpetually aggrieved|offended|outraged|indignant', {kind: 'insult', message: INSULT, confidence: 0.65, rewrites: []}]
    ]
  },
  // Idioms that judge what someone did ("with a straight face", "had the gall to", "saw fit to"): say what was done.
  {
    name: 'judging idioms',
    kind: 'judging-verb',
    form: 'phrase',
    message: CONDUCT,
    deletable: false,
    items: [
      ['with a straight face', {confidence: 0.6}], ['had|has|have|having the gall|nerve|temerity|audacity|balls|cheek|chutzpah|effrontery|impudence to', {confidence: 0.7}],
      ['web of lies|deceit|deception|corruption|intrigue|cronyism|influence|patronage', {kind: 'metaphor', confidence: 0.45}],
      ['worst|basest|darkest|ugliest|lowest instincts|impulses', {kind: 'emotive', message: EMOTIVE, confidence: 0.5}],
      ['contempt|disdain for', {kind: 'emotive-noun', message: VERDICT, confidence: 0.4}],
      ['false|fake|faux|manufactured|feigned|phony|phoney|performative|synthetic|confected|selective outrage|indignation|piety', {kind: 'doubt', message: DOUBT, confidence: 0.65}],
      ['proclaimed|proclaiming|proclaims|proclaim|professed|professing|professes|profess himself|herself|themselves|itself', {kind: 'doubt', message: DOUBT, confidence: 0.5}],
      ['hob nob with', {confidence: 0.55}], ['hob-nob with', {confidence: 0.55}], ['fuming|steaming over|about', {kind: 'emotive', message: MOOD, confidence: 0.45, unlessSentenceHas: ['vegetables', 'rice', 'kettle', 'pot', 'oven', 'cook', 'cooking', 'dumplings', 'train', 'engine', 'locomotive', 'ship', 'chimney', 'vents']}]
    ]
  },
  // The same idioms as verbs, in every form.
  {
    name: 'judging idioms (verbs)',
    kind: 'judging-verb',
    form: 'verb',
    message: CONDUCT,
    items: [
      ['see/saw/seen fit to', {confidence: 0.5}], ['double down on', {confidence: 0.4}], ['dumb down:simplify', {confidence: 0.6}], ['lower the bar', {confidence: 0.4, unlessSentenceHas: ['jump', 'jumper', 'vault', 'vaulter', 'gym']}],
      ['roll out the red carpet', {confidence: 0.45, unlessSentenceHas: ['premiere', 'premieres', 'film', 'festival', 'awards', 'oscars', 'gala', 'ceremony', 'royal', 'queen', 'king', 'prince', 'princess', 'state', 'visit', 'guests', 'stars', 'celebrities', 'arrivals']}],
      ['play with fire', {confidence: 0.5, unlessSentenceHas: ['matches', 'lighter', 'candle', 'candles', 'fireworks', 'flames', 'burned', 'burns', 'toddler', 'toddlers', 'juggler', 'jugglers', 'children', 'child', 'kids', 'boys', 'girls']}],
      ['hide/hid/hidden behind', {confidence: 0.4, unlessSentenceHas: [...VIOLENCE_CONTEXT, ...NATURE_CONTEXT, 'tree', 'trees', 'wall', 'walls', 'car', 'cars', 'door', 'doors', 'curtain', 'curtains', 'bush', 'bushes', 'rock', 'rocks', 'building', 'buildings', 'sofa', 'couch', 'desk', 'counter', 'fence', 'shield', 'mask', 'masks', 'sunglasses', 'cover', 'hill', 'hills', 'clouds', 'cloud', 'moon', 'sun', 'paywall', 'screen', 'screens', 'bed', 'bin', 'bins', 'shed', 'boxes', 'box', 'container', 'containers', 'crates']}],
      ['blow/blew/blown off', {confidence: 0.45, unlessSentenceHas: [...NATURE_CONTEXT, ...VIOLENCE_CONTEXT, 'roof', 'roofs', 'door', 'doors', 'lid', 'head', 'hand', 'hands', 'leg', 'legs', 'finger', 'fingers', 'explosion', 'cap', 'hat', 'top', 'candles', 'dust', 'whistle', 'horn', 'course', 'tiles', 'shingles', 'window', 'windows']}],
      ['hobnob with', {confidence: 0.55}], ['steam over', {kind: 'emotive', message: MOOD, confidence: 0.45, unlessSentenceHas: ['vegetables', 'rice', 'kettle', 'pot', 'oven', 'cook', 'cooking', 'dumplings', 'train', 'engine', 'locomotive', 'ship', 'chimney', 'vents']}],
      ['act like a|an *? <insult-simile>', {kind: 'insult', message: INSULT, confidence: 0.75}], ['act like *? <insult-simile>', {kind: 'insult', message: INSULT, confidence: 0.75}],
      ['behave like a|an *? <insult-simile>', {kind: 'insult', message: INSULT, confidence: 0.75}], ['behave like *? <insult-simile>', {kind: 'insult', message: INSULT, confidence: 0.75}],
      ['shackle:restrict', {kind: 'metaphor', message: METAPHOR, confidence: 0.45, pastSenses: ['VERB', 'ADJ'], unlessSentenceHas: [...VIOLENCE_CONTEXT, ...LEGAL_CONTEXT, 'chains', 'chained', 'slave', 'slaves', 'slavery', 'ankles', 'wrists', 'handcuffs', 'handcuffed', 'guards', 'inmate', 'inmates', 'cell', 'cells']}],
      // "Infect" and "invade" for ideas and people on the move: disease and war borrowed for politics and migration.
      ['infect', {kind: 'metaphor', message: METAPHOR, confidence: 0.4, pastSenses: ['VERB', 'ADJ'], requires: [...PUBLIC_LIFE, 'country', 'nation', 'society', 'culture', 'america', 'democracy', 'institutions', 'discourse', 'debate'], unlessSentenceHas: ['virus', 'viruses', 'disease', 'diseases', 'bacteria', 'bacterial', 'patients', 'patient', 'hiv', 'covid', 'infection', 'infections', 'malware', 'computer', 'computers', 'software', 'wound', 'wounds', 'cells', 'mosquito', 'mosquitoes', 'pathogen', 'pathogens', 'flu', 'vaccine', 'vaccinated', 'outbreak', 'cases', 'hospital', 'hospitals', 'ransomware', 'worm', 'ebola', 'measles', 'cholera']}],
      ['invade', {kind: 'label', message: LABEL, confidence: 0.6, requires: MIGRATION_CONTEXT, unlessSentenceHas: [...VIOLENCE_CONTEXT, 'forces', 'privacy', 'space', 'pitch', 'field']}]
    ]
  },
  // Migration as invasion, as a noun: "the invasion" of migrants.
  {
    name: 'migration as invasion',
    kind: 'label',
    form: 'noun',
    message: LABEL,
    items: [['invasion', {confidence: 0.6, requires: MIGRATION_CONTEXT, unlessSentenceHas: [...VIOLENCE_CONTEXT, 'forces', 'privacy', 'space', 'pitch', 'field']}]]
  },
  // Status words: they rank the subject ("prominent", "leading", "historic") in the writer's voice. Wikipedia editors remove
  // them for neutrality; news copy uses them often, so they show only at `thorough`. Not "controversial": in news copy it
  // reports that a thing is disputed, which the story usually shows. Nor the plain descriptions news copy uses of
  // people and events ("well-known", "high-profile", "outspoken", "elite", "record-breaking"): read on untuned articles,
  // nearly every one was the reporter's ordinary word.
  {
    name: 'status words',
    kind: 'status',
    form: 'adjective',
    message: STATUS,
    shared: {skipProperNoun: true, unlessBefore: ['most', 'more', 'less', 'least', 'not']},
    items: [
      'prominent', 'notable', ['noted', {partOfSpeech: 'ADJ', unlessAfter: ['that', 'in', 'the', 'a', 'by', 'for', 'as']}],
      ['historic', {confidence: 0.45, unlessAfter: HISTORIC_DESIGNATIONS}], ['landmark', {partOfSpeech: 'ADJ', confidence: 0.45}], ['staunch', {confidence: 0.4}], ['ardent', {confidence: 0.4}],
      ['fervent', {confidence: 0.45}], ['passionate', {confidence: 0.45}], ['avid', {}],
      ['high-flying', {confidence: 0.5}], ['greatest', {confidence: 0.4}], ['finest', {confidence: 0.45}], ['reputable', {confidence: 0.4}],
      ['well-regarded', {confidence: 0.5}], ['highly regarded', {confidence: 0.5}], ['highly acclaimed', {confidence: 0.6}], ['widely acclaimed', {confidence: 0.55}],
      ['critically-acclaimed', {confidence: 0.55}], ['award-winning', {confidence: 0.5}], ['best-selling', {confidence: 0.35}], ['bestselling', {confidence: 0.35}],
      ['seasoned', {confidence: 0.35, unlessAfter: ['with', 'salt', 'wood', 'timber']}], ['unprecedented', {confidence: 0.45}]
    ]
  }
]

// ---------------------------------------------------------------------------------------------
// Intensified phrases: an intensifier and an emotive word are one finding ("truly dreadful", "outright lie",
// "utterly disgraceful"), stronger than either word alone.

/** Adverbs that intensify an adjective. */
export const ADJECTIVE_INTENSIFIERS = [
  'truly', 'utterly', 'absolutely', 'totally', 'completely', 'thoroughly', 'downright', 'deeply', 'profoundly', 'wholly', 'entirely', 'patently',
  'manifestly', 'positively', 'simply', 'just', 'so', 'really', 'very', 'incredibly', 'extremely', 'insanely', 'ridiculously', 'breathtakingly',
  'staggeringly', 'astonishingly', 'spectacularly', 'monumentally', 'unbelievably', 'unspeakably', 'unforgivably', 'inexcusably', 'sickeningly',
  'criminally', 'grossly', 'hopelessly', 'woefully', 'painfully', 'embarrassingly', 'laughably', 'wildly', 'plainly', 'particularly', 'especially',
  'exceptionally', 'remarkably', 'genuinely', 'shockingly', 'appallingly', 'outrageously', 'disgracefully', 'shamefully', 'obscenely', 'terribly',
  'horribly', 'awfully', 'dreadfully', 'frighteningly', 'stunningly', 'extraordinarily', 'supremely', 'enormously', 'hugely', 'immensely', 'tremendously',
  'such', 'bitterly', 'fiercely', 'viciously', 'brutally', 'nakedly', 'blatantly', 'flagrantly', 'brazenly', 'shamelessly', 'cynically',
  'congenitally', 'pathologically', 'irredeemably', 'incurably', 'freaking', 'frigging', 'damn'
]

/** Adjectives that intensify a noun ("outright lie", "utter disgrace", "sheer incompetence"). */
export const NOUN_INTENSIFIERS = [
  'outright', 'utter', 'complete', 'total', 'absolute', 'abject', 'unmitigated', 'colossal', 'monumental', 'epic', 'downright', 'flat-out',
  'out-and-out', 'bald-faced', 'barefaced', 'bold-faced', 'blatant', 'brazen', 'shameless', 'naked', 'flagrant', 'sheer', 'pure', 'rank', 'arrant',
  'staggering', 'stunning', 'breathtaking', 'spectacular', 'shocking', 'appalling', 'astonishing', 'real', 'veritable', 'unadulterated', 'crass',
  'craven', 'cynical', 'grotesque', 'monstrous', 'egregious', 'mind-boggling', 'jaw-dropping', 'unbelievable', 'incredible', 'stupendous', 'wholesale'
]

/** Emotive adjectives of the rule that were already in it before this lexicon (loaded-language.data.ts), for the intensified class. */
const EARLIER_EMOTIVE = [
  'brutal', 'vicious', 'horrific', 'horrifying', 'horrendous', 'appalling', 'atrocious', 'heinous', 'monstrous', 'barbaric', 'despicable', 'disgraceful',
  'shameful', 'outrageous', 'scandalous', 'egregious', 'abhorrent', 'deplorable', 'disgusting', 'vile', 'evil', 'grotesque', 'sickening', 'shocking',
  'sinister', 'devastating', 'catastrophic', 'disastrous', 'reckless', 'cynical', 'greedy', 'inept', 'incompetent', 'clueless', 'shady', 'hypocritical',
  'deceitful', 'dishonest', 'spineless', 'cowardly', 'awful', 'terrible', 'horrible', 'dreadful', 'abysmal', 'pathetic', 'miserable', 'lousy', 'shoddy',
  'sloppy', 'ridiculous', 'absurd', 'ludicrous', 'laughable', 'preposterous', 'outlandish', 'bizarre', 'weird', 'pompous', 'arrogant', 'smug',
  'condescending', 'self-serving', 'deceptive', 'sneaky', 'crooked', 'dubious', 'divisive', 'inflammatory', 'idiotic', 'foolish', 'senseless', 'pointless',
  'useless', 'worthless', 'callous', 'heartless', 'cruel', 'oppressive', 'tyrannical', 'blatant', 'flagrant', 'brazen', 'heartbreaking', 'tragic',
  'harrowing', 'unfair', 'relentless', 'ruthless', 'obscene', 'exorbitant', 'misleading', 'offensive', 'ugly', 'sad', 'petty', 'racist', 'sexist',
  'bigoted', 'corrupt', 'remarkable', 'extraordinary', 'brilliant', 'exceptional', 'phenomenal', 'spectacular', 'stunning', 'magnificent', 'breathtaking',
  'incredible', 'amazing', 'wonderful', 'fantastic', 'superb', 'impressive', 'excellent', 'inspiring', 'heroic', 'courageous', 'beautiful', 'gorgeous',
  'glorious', 'staggering', 'astronomical', 'embarrassing', 'humiliating', 'destructive', 'damaging', 'dangerous-sounding', 'irrational', 'unhinged'
]

/** Nouns that an intensifier turns into a verdict ("complete failure", "utter nonsense"). */
const INTENSIFIABLE_NOUNS = [
  'disaster', 'disasters', 'catastrophe', 'calamity', 'failure', 'failures', 'fiasco', 'debacle', 'shambles', 'mess', 'farce', 'travesty', 'joke',
  'sham', 'charade', 'circus', 'fraud', 'scam', 'fabrication', 'fabrications', 'falsehood', 'falsehoods', 'nonsense', 'rubbish', 'garbage', 'drivel',
  'hogwash', 'baloney', 'hypocrisy', 'cowardice', 'incompetence', 'ignorance', 'stupidity', 'idiocy', 'betrayal', 'disgrace', 'embarrassment',
  'humiliation', 'outrage', 'scandal', 'abomination', 'atrocity', 'nightmare', 'horror', 'contempt', 'disregard', 'disdain', 'arrogance', 'greed',
  'corruption', 'propaganda', 'bigotry', 'racism', 'hatred', 'fantasy', 'fiction', 'evil', 'cruelty', 'mismanagement', 'waste', 'folly', 'madness',
  'chaos', 'hysteria', 'demagoguery', 'deceit', 'deception', 'dishonesty', 'duplicity', 'sleaze', 'hubris', 'fanaticism', 'idiot', 'idiots', 'fool',
  'fools', 'liar', 'liars', 'hypocrite', 'hypocrites', 'coward', 'cowards', 'crook', 'crooks', 'clown', 'clowns', 'buffoon', 'mistake', 'mistakes',
  'error', 'errors', 'blunder', 'blunders', 'misjudgment', 'misjudgement', 'miscalculation', 'capitulation', 'surrender', 'cave-in', 'sellout',
  'sell-out', 'power grab', 'lies', 'lie', 'insult', 'affront', 'sham', 'whitewash', 'cover-up', 'witch hunt', 'ripoff', 'rip-off', 'con', 'grift',
  'nonsense', 'tripe', 'claptrap', 'gibberish', 'lunacy', 'absurdity', 'stupidity', 'negligence', 'dereliction', 'incompetents', 'thug', 'thugs'
]

const FALSE_CLAIM = {message: INTENSIFIED, kind: 'intensified' as const, group: 'intensified phrases'}

const INTENSIFIED_ENTRIES: LoadedEntry[] = [
  {
    ...FALSE_CLAIM,
    lemma: 'intensified lie',
    patterns: ['outright|bald-faced|barefaced|bold-faced|flat-out|blatant|brazen|downright|utter|total|complete|absolute|out-and-out|shameless|naked|deliberate|flagrant lie'],
    // The tagger reads "lie" after "outright" as a verb; after an intensifying adjective it can only be the noun.
    rewrites: ['false claim']
  },
  {
    ...FALSE_CLAIM,
    lemma: 'intensified lies',
    patterns: ['outright|bald-faced|barefaced|bold-faced|flat-out|blatant|brazen|downright|utter|total|complete|absolute|out-and-out|shameless|naked|deliberate|flagrant lies'],
    rewrites: ['false claims']
  },
  {
    ...FALSE_CLAIM,
    lemma: 'intensified falsehood',
    patterns: ['patently|demonstrably|utterly|completely|totally|absolutely|entirely|flatly|wholly|blatantly|flagrantly|outrageously|laughably|ridiculously false|untrue|bogus|baseless'],
    rewrites: ['{last}'],
    partOfSpeech: 'ADJ',
    // The verdict of a fact-check as often as a sneer ("the story is completely false"): no surer than a plain label.
    confidence: 0.7
  },
  {...FALSE_CLAIM, lemma: 'intensifier + emotive adjective', patterns: [`${ADJECTIVE_INTENSIFIERS.join('|')} <intensifiable-adjective>`], rewrites: [''], partOfSpeech: 'ADJ'},
  {...FALSE_CLAIM, lemma: 'intensifier + emotive noun', patterns: [`${NOUN_INTENSIFIERS.join('|')} <intensifiable-noun>`]},
  {...FALSE_CLAIM, lemma: 'such + emotive noun', patterns: ['such a|an <intensifiable-noun>'], confidence: 0.8}
]

// ---------------------------------------------------------------------------------------------
// The lexicon.

const BUILT = build(GROUPS)

/** Adjectives an intensifier makes one stronger finding with: the lexicon's own that have no literal sense, and the rule's earlier ones. */
const INTENSIFIABLE_ADJECTIVES: ReadonlySet<string> = new Set([
  ...EARLIER_EMOTIVE,
  ...BUILT.filter(
    (entry) =>
      entry.partOfSpeech === 'ADJ' &&
      !entry.literal &&
      !entry.unlessSentenceHas &&
      ['insult', 'emotive', 'puffery', 'exaggeration', 'doubt'].includes(entry.kind ?? '') &&
      (entry.confidence === undefined || entry.confidence >= 0.5)
  ).flatMap((entry) => entry.patterns.filter((pattern) => !pattern.includes(' ')))
])

/** Word classes the lexicon's patterns use. */
export const LEXICON_CLASSES = {
  'intensifiable-adjective': INTENSIFIABLE_ADJECTIVES,
  'intensifiable-noun': new Set(INTENSIFIABLE_NOUNS.filter((noun) => !noun.includes(' '))),
  'insult-simile': new Set(INSULT_SIMILES),
  /** "Eurofanatics", "gun-zealots", "eco-loons": a cause joined to a word for a zealot. */
  'zealot-compound': (word: string) =>
    /^[a-z]{2,}-?(?:fanatics?|zealots?|loons?|nutters?|maniacs?)$/.test(word) &&
    !/^(?:fanatics?|zealots?|loons?|nutters?|maniacs?)$/.test(word),
  /** "media-bashing", "red-baiting", "fear-mongering", "power-crazed", "drug-addled", "America-hating". */
  'loaded-compound': (word: string) => /^[a-z]+-(?:bashing|baiting|mongering|monger|mongers|crazed|addled|hating)$/.test(word)
}

/** Intensifiers at the start of a match make it an intensified phrase (see `confidence` in loaded-language.ts). */
export const INTENSIFIERS: ReadonlySet<string> = new Set([...ADJECTIVE_INTENSIFIERS, ...NOUN_INTENSIFIERS])

/** Every entry of the lexicon, group by group, then the intensified phrases. */
export const LOADED_LEXICON: readonly LoadedEntry[] = [...BUILT, ...INTENSIFIED_ENTRIES]

/** The groups' names, kinds and number of lemmas (each lemma once per group, in the sense the group gives it, however many forms it has). */
export function lexiconCounts(entries: readonly LoadedEntry[] = LOADED_LEXICON): Array<{group: string; kind: LoadedKind; lemmas: number}> {
  const groups = new Map<string, {kind: LoadedKind; lemmas: Set<string>}>()
  for (const entry of entries) {
    const name = entry.group ?? 'other'
    const group = groups.get(name) ?? {kind: entry.kind ?? 'emotive', lemmas: new Set<string>()}
    group.lemmas.add(entry.lemma ?? entry.patterns[0])
    groups.set(name, group)
  }
  return [...groups].map(([group, {kind, lemmas}]) => ({group, kind, lemmas: lemmas.size}))
}
