/**
 * Word lists of the unsupported-claim rule's rewrites: the forms that tell a
 * verb's number and tense, the absolutes it softens, the groups it names.
 */

/** Forms of "be", "have" and "do" that a singular subject takes: "everyone was", "everything is". */
export const SINGULAR_VERBS = new Set([
  'is',
  'was',
  'has',
  'does',
  "'s",
  "isn't",
  "wasn't",
  "hasn't",
  "doesn't",
  'isn’t',
  'wasn’t',
  'hasn’t',
  'doesn’t'
])

export const BE_AUXILIARIES = new Set(['is', 'are', 'was', 'were'])

export const HAVE_AUXILIARIES = new Set(['has', 'have', 'had'])

/** Absolutes about what people do, and the softer words for them. */
export const SOFTENED_ABSOLUTES = new Set(['always', 'never', 'everyone', 'everybody', 'everything', 'nobody', 'every'])

export const PERFECT_AUXILIARIES = new Set(['has', 'have', 'had', "'ve", '’ve'])

/** Participles of a state that lasts: "has long been", "have long wanted" (not "has long recovered"). */
export const LASTING_PARTICIPLES = new Set([
  'been',
  'had',
  'wanted',
  'believed',
  'known',
  'hated',
  'loved',
  'supported',
  'opposed',
  'favored',
  'favoured',
  'held',
  'argued',
  'maintained',
  'insisted',
  'resented',
  'distrusted',
  'despised'
])

/** After "every noun", "everyone": what makes the noun the head of a longer phrase whose verb may agree with it. */
export const NOT_AFTER_MANY = new Set(['of', 'who', 'that', 'which', 'whose', 'else'])

export const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being'])

/** Groups whose names take a capital: "Many Democrats", not "many democrats". */
export const CAPITALISED_GROUPS = new Set([
  'democrats',
  'republicans',
  'muslims',
  'christians',
  'jews',
  'catholics',
  'protestants',
  'hindus',
  'mormons',
  'latinos',
  'hispanics',
  'asians',
  'arabs',
  'americans',
  'europeans',
  'mexicans',
  'africans',
  'russians',
  'chinese',
  'zionists',
  'marxists'
])
