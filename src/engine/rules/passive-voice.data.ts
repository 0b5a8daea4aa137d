/** Forms of "be" that can start a passive, with the tense an active rewrite takes. */
export const BE_FORMS: Readonly<Record<string, 'present' | 'past' | 'base' | 'perfect'>> = {
  am: 'present',
  is: 'present',
  are: 'present',
  was: 'past',
  were: 'past',
  be: 'base',
  been: 'perfect'
}

/** Words that may stand between the form of "be" and the participle ("are all controlled", "is now linked"). */
export const PASSIVE_GAP_WORDS: ReadonlySet<string> = new Set([
  'all', 'also', 'already', 'always', 'being', 'both', 'each', 'even', 'ever', 'further', 'increasingly',
  'just', 'largely', 'mostly', 'never', 'not', 'now', 'often', 'once', 'only', 'partly', 'rarely',
  'reportedly', 'routinely', 'seldom', 'still', 'then', 'thus', 'usually', 'widely', 'allegedly'
])

/**
 * Words ending in -ed that, after "be", are nearly always adjectives or not
 * verbs at all ("is interested", "was tired", "is based in", "was red").
 */
export const ED_ADJECTIVES: ReadonlySet<string> = new Set([
  'advanced', 'aged', 'alarmed', 'amazed', 'amused', 'annoyed', 'ashamed', 'assured', 'astonished',
  'balanced', 'based', 'bored', 'blessed', 'committed', 'complicated', 'concerned', 'confused', 'convinced',
  'crowded', 'cursed', 'dedicated', 'delighted', 'depressed', 'detailed', 'determined', 'devoted',
  'disappointed', 'disgusted', 'distressed', 'embarrassed', 'engaged', 'exhausted', 'excited',
  'experienced', 'fascinated', 'fed', 'frightened', 'frustrated', 'gifted', 'glad', 'horrified',
  'indebted', 'inclined', 'interested', 'involved', 'irritated', 'jaded', 'learned', 'married',
  'motivated', 'naked', 'obsessed', 'offended', 'overjoyed', 'overwhelmed', 'pleased', 'prepared',
  'puzzled', 'qualified', 'relaxed', 'relieved', 'reserved', 'satisfied', 'scared', 'shocked',
  'skilled', 'sophisticated', 'stressed', 'stunned', 'supposed', 'surprised', 'talented', 'terrified',
  'thrilled', 'tired', 'troubled', 'unconvinced', 'unprepared', 'upset', 'used', 'wicked', 'worried',
  'wretched', 'beloved', 'crooked', 'rugged', 'ragged', 'sacred', 'hundred', 'kindred', 'hatred',
  'bed', 'red', 'shed', 'sled', 'wed', 'need', 'feed', 'indeed', 'speed', 'proceed', 'exceed',
  'succeed', 'seed', 'bleed', 'breed', 'greed', 'steed', 'weed', 'deed', 'heed', 'reed', 'tweed',
  'limited', 'unlimited', 'related', 'unrelated', 'united', 'divided', 'mixed', 'closed', 'open',
  'unmatched', 'unprecedented', 'unwarranted', 'unfounded', 'undecided', 'varied', 'talented',
  'entitled', 'aimed', 'poised', 'located', 'situated', 'headquartered', 'dressed', 'finished',
  'done', 'gone', 'equipped', 'designed', 'meant'
])

/** Words after which a "by" phrase names an agent, and where the agent phrase stops. */
export const AGENT_STOP_WORDS: ReadonlySet<string> = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'when', 'while', 'because', 'although', 'though', 'since',
  'unless', 'until', 'where', 'whether', 'as', 'in', 'on', 'at', 'to', 'for', 'with', 'from', 'after',
  'before', 'during', 'into', 'over', 'under', 'but', 'so', 'than', 'if', 'is', 'are', 'was', 'were',
  'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should'
])

/**
 * Words a clause starts after: conjunctions, and verbs of saying or thinking
 * that drop their "that" ("critics say the plan will be reviewed"). The subject
 * of a passive starts after the last of them.
 */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'that', 'which', 'who', 'whom', 'when', 'while', 'because', 'although', 'though', 'since', 'unless',
  'until', 'where', 'whether', 'if', 'but', 'so', 'yet', 'once', 'after', 'before', 'as', 'how', 'why',
  'say', 'says', 'said', 'think', 'thinks', 'thought', 'believe', 'believes', 'believed', 'argue', 'argues',
  'argued', 'claim', 'claims', 'note', 'notes', 'noted', 'fear', 'fears', 'feared', 'expect', 'expects',
  'hope', 'hopes', 'know', 'knows', 'knew', 'warn', 'warns', 'warned', 'suggest', 'suggests', 'insist',
  'insists', 'show', 'shows', 'showed', 'mean', 'means', 'meant', 'report', 'reports', 'reported'
])

/** Modal verbs that can stand before "be" ("will be decided"). */
export const MODALS: ReadonlySet<string> = new Set([
  'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'shall'
])

/** Pronouns that change form when a passive subject becomes an active object, and back. */
export const SUBJECT_TO_OBJECT: Readonly<Record<string, string>> = {
  i: 'me', he: 'him', she: 'her', we: 'us', they: 'them', who: 'whom'
}
export const OBJECT_TO_SUBJECT: Readonly<Record<string, string>> = {
  me: 'I', him: 'he', her: 'she', us: 'we', them: 'they', whom: 'who'
}
