/** Roles that speak for an organization: a source with one of these speaks for that organization's side. */
export const PRINCIPAL_ROLES = new Set([
  'ceo', 'chief', 'executive', 'founder', 'co-founder', 'cofounder', 'president', 'chairman', 'chairwoman', 'chair',
  'spokesperson', 'spokesman', 'spokeswoman', 'cfo', 'coo', 'cto', 'officer', 'director', 'head', 'owner', 'vice',
  'managing', 'partner', 'representative', 'statement', 'boss'
])

/** Roles that mark an outside voice: analysts, academics, regulators, critics, rivals, unions. */
export const INDEPENDENT_ROLES = new Set([
  'analyst', 'analysts', 'professor', 'economist', 'researcher', 'scholar', 'regulator', 'regulators', 'critic', 'critics',
  'lawyer', 'attorney', 'expert', 'senator', 'lawmaker', 'legislator', 'representative', 'union', 'rival', 'competitor',
  'advocate', 'activist', 'consultant', 'investor', 'commentator', 'historian', 'scientist', 'ethicist', 'official',
  'commissioner', 'judge', 'ombudsman', 'watchdog', 'fellow', 'lecturer', 'author', 'journalist', 'strategist', 'campaigner'
])

/** Words that turn a sentence into a response or a counter-argument. */
export const COUNTER_VERBS = new Set([
  'disputed', 'disputes', 'rejected', 'rejects', 'denied', 'denies', 'countered', 'counters', 'disagreed', 'disagrees',
  'criticized', 'criticised', 'criticizes', 'criticises', 'questioned', 'questions', 'challenged', 'challenges', 'opposed',
  'opposes', 'warned', 'warns', 'cautioned', 'cautions', 'objected', 'objects', 'rebutted', 'responded', 'replied', 'contested',
  'contests', 'refuted', 'doubted', 'doubts', 'skeptical', 'sceptical', 'concerned', 'concerns'
])

/** Connectives that introduce the other side: "However, X said". */
export const CONTRAST_OPENERS = new Set(['however', 'but', 'yet', 'still', 'meanwhile', 'nevertheless', 'nonetheless', 'conversely', 'instead'])

/** Phrases that show the other side was asked for its response. */
export const RESPONSE_SOUGHT = [/declined to comment/i, /did not (?:respond|reply|return)/i, /could not be reached/i, /no immediate (?:response|comment)/i, /in (?:a )?response/i, /when asked/i]

/** Capitalized words that are not names of people or organizations. */
export const NOT_NAMES = new Set([
  'i', 'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'he', 'she', 'they', 'we', 'you', 'his', 'her', 'their', 'our',
  'its', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'ai', 'mr', 'mrs', 'ms', 'dr',
  'yet', 'but', 'and', 'for', 'when', 'while', 'if', 'on', 'in', 'at', 'as', 'so', 'however', 'ultimately', 'what', 'how',
  'why', 'who', 'there', 'here', 'one', 'some', 'many', 'no', 'not', 'all', 'both', 'each', 'every', 'after', 'before',
  'since', 'although', 'though', 'because', 'with', 'without', 'from', 'by', 'of', 'to', 'into', 'over', 'under', 'then'
])
