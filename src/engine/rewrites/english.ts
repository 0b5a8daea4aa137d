/**
 * Just enough English morphology for rewrites: the base form of a regular
 * participle and its third-person present. Heuristic by nature; rewrites are
 * offered for review, never applied unseen.
 */

/** Stems that keep a final "e" the -ed ending removed (framed → frame, required → require). */
const E_FINAL_STEM =
  /(?:[^aeiouy][aeiouy][bcdfgkmnpstvz]|[^aeiouy][aiou]r|[cgsvz]|[^aeiouy]ag|[^n]g|(?:chang|rang|leng|plung|hing)|[bcdfgkptz]l|[^aeiou][iu]l|(?:ir|ur|or|ar)[cgsv]|u[ai]r|u|at|ot|ut|it|ui|iz|yz|os|us|as|is|ns|rs|ps|ls|ic|ac|oc|uc|creat)$/

/** Stems that need their "e" back whatever the rule above says (acquired, created, changed, valued). */
const ALWAYS_E_STEM = /(?:u[ai]r|creat|chang|rang|leng|plung|hing|[^aeiou]u)$/

/** Stems that end in those letters but take no "e" (limited → limit, focused → focus). */
const NO_E_STEMS = new Set([
  'limit',
  'visit',
  'credit',
  'edit',
  'exhibit',
  'inhibit',
  'profit',
  'benefit',
  'audit',
  'deposit',
  'focus',
  'bias',
  'gas',
  'canvas',
  'target',
  'market',
  'budget',
  'interpret',
  'inherit',
  'solicit',
  'elicit',
  'merit',
  'orbit',
  'posit',
  'spirit',
  'vomit',
  'pilot',
  'ballot',
  'covet',
  'pivot',
  'riot',
  'develop',
  'gallop',
  'envelop',
  'open',
  'happen',
  'threaten',
  'listen',
  'frighten',
  'strengthen',
  'weaken',
  'widen',
  'enlighten',
  'shorten',
  'soften',
  'deepen',
  'cheapen',
  'question',
  'mention',
  'fashion',
  'pension',
  'condition',
  'position',
  'function',
  'sanction',
  'caution',
  'auction',
  'control',
  'enrol',
  'patrol',
  'compel',
  'propel',
  'excel',
  'label',
  'model',
  'cancel',
  'travel',
  'level',
  'signal',
  'total',
  'equal',
  'fuel',
  'channel',
  'tunnel',
  'panel',
  'model',
  'quarrel',
  'offer',
  'suffer',
  'differ',
  'order',
  'consider',
  'render',
  'hinder',
  'answer',
  'gather',
  'cover',
  'discover',
  'deliver',
  'enter',
  'alter',
  'filter',
  'monitor',
  'mirror',
  'honor',
  'honour',
  'favor',
  'favour',
  'labor',
  'labour',
  'color',
  'colour',
  'anchor',
  'author',
  'tailor',
  'sponsor',
  'censor',
  'mentor',
  'partner',
  'power',
  'tower',
  'lower',
  'empower',
  'shelter',
  'cluster',
  'master',
  'foster',
  'bolster',
  'register',
  'minister',
  'administer',
  'pressure',
  'treasure',
  'harass',
  'embarrass',
  'discuss',
  'express',
  'stress',
  'press',
  'assess',
  'access',
  'process',
  'address',
  'dismiss',
  'pass',
  'surpass',
  'bypass',
  'miss',
  'kiss',
  'confess',
  'possess',
  'obsess',
  'impress',
  'suppress',
  'compress',
  'attack',
  'back',
  'lack',
  'track',
  'hack',
  'pack',
  'block',
  'lock',
  'mock',
  'shock',
  'check',
  'knock',
  'link',
  'rank',
  'bank',
  'thank',
  'think',
  'ask',
  'mask',
  'task',
  'risk',
  'park',
  'mark',
  'work',
  'remark',
  'embark',
  'mock',
  'kick',
  'pick',
  'stick',
  'click',
  'lick',
  'trick',
  'seek',
  'look',
  'cook',
  'book',
  'hook',
  'talk',
  'walk',
  'stalk',
  'bulk',
  'milk',
  'sulk',
  'ink',
  'sink',
  'wink',
  'blink',
  'ban',
  'plan',
  'scan',
  'span',
  'fan',
  'man',
  'tan',
  'pin',
  'win',
  'spin',
  'skin',
  'thin',
  'ship',
  'stop',
  'drop',
  'shop',
  'chop',
  'crop',
  'top',
  'wrap',
  'trap',
  'tap',
  'map',
  'cap',
  'clap',
  'snap',
  'flag',
  'tag',
  'drag',
  'beg',
  'peg',
  'tug',
  'hug',
  'plug',
  'drug',
  'rub',
  'grab',
  'stab',
  'rob'
])

const DOUBLED = /([bdgmnprtz])\1$/

/** The base form of a regular past participle: controlled → control, framed → frame, carried → carry. */
export function baseForm(participle: string): string {
  const lower = participle.toLowerCase()
  if (!lower.endsWith('ed') || lower.length < 4) return participle
  if (lower.endsWith('ied') && lower.length > 4) return participle.slice(0, -3) + 'y'
  if (lower.endsWith('eed')) return participle.slice(0, -1)
  const stem = participle.slice(0, -2)
  const stemLower = stem.toLowerCase()
  if (NO_E_STEMS.has(stemLower)) return stem
  if (/ll$/.test(stemLower)) {
    // Long words double a final "l" after a single vowel: controlled, compelled; short ones keep it: called.
    return stemLower.length >= 6 && /[^aeiou][eio]ll$/.test(stemLower) ? stem.slice(0, -1) : stem
  }
  if (DOUBLED.test(stemLower)) {
    const single = stem.slice(0, -1)
    return NO_E_STEMS.has(single.toLowerCase()) || single.length >= 3 ? single : stem
  }
  if (ALWAYS_E_STEM.test(stemLower)) return stem + 'e'
  if (
    E_FINAL_STEM.test(stemLower) &&
    !/(?:ck|[aeiou]{2}[bdgkmnprt]|ll|ss|sh|ch|th|ng|nk|rk|lk|sk|st|nt|nd|ld|rd|rt|lt|ft|pt|ct|xt)$/.test(stemLower)
  ) {
    return stem + 'e'
  }
  return stem
}

/** The third-person singular present: control → controls, push → pushes, carry → carries. */
export function thirdPersonPresent(base: string): string {
  if (/[^aeiou]y$/i.test(base)) return base.slice(0, -1) + 'ies'
  if (/(?:s|x|z|ch|sh|o)$/i.test(base)) return base + 'es'
  return base + 's'
}

/** Whether a noun phrase reads as plural, for subject–verb agreement in rewrites. */
export function isPluralPhrase(phrase: string): boolean {
  const words = phrase.toLowerCase().split(/\s+/).filter(Boolean)
  if (words.length === 0) return false
  if (words.includes('and')) return true
  const head = words[words.length - 1]
  if (['we', 'they', 'you', 'i', 'people', 'police', 'staff', 'children', 'men', 'women', 'data'].includes(head)) {
    return head !== 'i'
  }
  if (words[0] === 'one' || words[0] === 'a' || words[0] === 'an' || words[0] === 'each' || words[0] === 'every')
    return false
  return /[^su]s$/.test(head) || /ies$/.test(head)
}

/** Upper-cases the first letter, for a rewrite that now starts a sentence. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** Plurals no ending rule gives. */
const IRREGULAR_PLURAL_OF: Record<string, string> = {
  person: 'people',
  child: 'children',
  foot: 'feet',
  tooth: 'teeth',
  life: 'lives',
  wife: 'wives',
  half: 'halves'
}

/** Words in "-man" that are not compounds of "man". */
const NOT_MAN = new Set(['shaman', 'human', 'german', 'talisman', 'caiman'])

/** The plural of a count noun: instance → instances, industry → industries, chairman → chairmen, person → people; a capital is kept. */
export function pluralOfNoun(noun: string): string {
  const lower = noun.toLowerCase()
  const irregular = IRREGULAR_PLURAL_OF[lower]
  if (irregular) return /^\p{Lu}/u.test(noun) ? irregular.charAt(0).toUpperCase() + irregular.slice(1) : irregular
  if (/man$/.test(lower) && !NOT_MAN.has(lower)) return `${noun.slice(0, -3)}${noun.slice(-3, -2)}en`
  if (/(?:s|x|z|ch|sh)$/i.test(noun)) return `${noun}es`
  if (/[^aeiou]y$/i.test(noun)) return `${noun.slice(0, -1)}ies`
  return `${noun}s`
}

/** The "-ing" form of a verb: lie → lying, stoke → stoking, rig → rigging, steal → stealing. */
export function gerundOf(lemma: string): string {
  if (/ie$/.test(lemma)) return `${lemma.slice(0, -2)}ying`
  if (/[^aeiouy]e$/.test(lemma)) return `${lemma.slice(0, -1)}ing`
  // One syllable ending in a single vowel and a consonant doubles it: rig → rigging, rob → robbing.
  if (/^[^aeiou]*[aeiou][bdgmnprt]$/.test(lemma)) return `${lemma}${lemma.slice(-1)}ing`
  return `${lemma}ing`
}
