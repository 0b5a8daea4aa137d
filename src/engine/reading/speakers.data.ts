/**
 * Word lists for reading who speaks in an article (speakers.ts) and from
 * which side (balance.ts). Lower case; a word's possessive ("union's") is
 * looked up without its "'s".
 */

/** Titles and roles that stand before or after a name ("Senator", "CEO"): they describe the speaker, they are not the name. */
export const TITLES = new Set([
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'prof', 'prof.', 'rep', 'rep.', 'sen', 'sen.', 'gov', 'gov.', 'rev', 'rev.',
  'gen', 'gen.', 'lt', 'lt.', 'col', 'col.', 'sgt', 'sgt.', 'capt', 'capt.', 'det', 'det.', 'st', 'sir', 'dame', 'lord', 'lady',
  'president', 'vice', 'senator', 'governor', 'mayor', 'minister', 'secretary', 'chancellor', 'congressman', 'congresswoman',
  'representative', 'judge', 'justice', 'attorney', 'general', 'sheriff', 'chief', 'commissioner', 'ambassador', 'speaker',
  'leader', 'pope', 'king', 'queen', 'prince', 'princess', 'deputy', 'former', 'acting', 'interim', 'prime', 'foreign',
  'coach', 'owner', 'chairman', 'chairwoman', 'chair', 'ceo', 'cfo', 'coo', 'cto', 'founder', 'co-founder', 'cofounder',
  'director', 'executive', 'spokesman', 'spokeswoman', 'spokesperson', 'professor', 'economist', 'analyst', 'officer',
  'manager', 'head', 'editor', 'reporter', 'correspondent', 'columnist', 'host', 'anchor', 'inspector', 'auditor',
  'superintendent', 'principal', 'dean', 'bishop', 'archbishop', 'cardinal', 'imam', 'rabbi', 'pastor', 'father',
  'constable', 'officer', 'councillor', 'councilman', 'councilwoman', 'assemblyman', 'assemblywoman', 'delegate',
  'lawmaker', 'candidate', 'nominee', 'activist', 'lawyer', 'strategist', 'adviser', 'advisor', 'aide', 'trustee',
  'treasurer', 'comptroller', 'marshal', 'commander', 'admiral', 'general', 'premier', 'emir', 'sultan', 'sheikh', 'ayatollah',
  'dr', 'gm', 'ombudsman', 'senior', 'assistant', 'associate', 'national', 'press', 'u.s.', 'us', 'uk', 'u.k.', 'un', 'u.n.',
  'state', 'federal', 'democratic', 'republican', 'labour', 'conservative', 'liberal', 'president-elect', 'then-president',
  'then-candidate', 'sec', 'sec.', 'supt', 'supt.', 'amb', 'amb.', 'strategist', 'organizer', 'organiser', 'attendee', 'resident', 'student', 'teacher', 'founder'
])

/** Roles that speak for an organization: a source with one of these speaks for that organization. */
export const PRINCIPAL_ROLES = new Set([
  'ceo', 'chief', 'executive', 'founder', 'co-founder', 'cofounder', 'president', 'chairman', 'chairwoman', 'chair',
  'spokesperson', 'spokesman', 'spokeswoman', 'cfo', 'coo', 'cto', 'officer', 'director', 'head', 'owner', 'vice',
  'managing', 'partner', 'representative', 'statement', 'boss', 'lawyer', 'lawyers', 'attorney', 'attorneys', 'aide',
  'aides', 'adviser', 'advisers', 'advisor', 'advisors', 'campaign', 'staff', 'manager', 'secretary', 'press'
])

/** Roles that mark an outside voice with no stake of its own: analysts, academics, regulators, courts, watchdogs. */
export const INDEPENDENT_ROLES = new Set([
  'analyst', 'analysts', 'professor', 'economist', 'economists', 'researcher', 'researchers', 'scholar', 'scholars',
  'regulator', 'regulators', 'expert', 'experts', 'consultant', 'historian', 'scientist', 'scientists', 'ethicist',
  'commissioner', 'judge', 'judges', 'court', 'ombudsman', 'watchdog', 'fellow', 'lecturer', 'statistician', 'auditor',
  'inspector', 'investigator', 'investigators', 'pollster', 'observer', 'observers', 'academic', 'academics', 'study',
  'survey', 'poll', 'audit', 'report', 'census', 'university', 'institute', 'think-tank', 'coroner', 'prosecutor',
  'prosecutors', 'police', 'official', 'officials', 'witness', 'witnesses'
])

/** Roles that mark the other side: someone who opposes or competes with the article's subjects. */
export const OPPONENT_ROLES = new Set([
  'critic', 'critics', 'opponent', 'opponents', 'rival', 'rivals', 'competitor', 'competitors', 'challenger', 'detractor',
  'detractors', 'skeptic', 'skeptics', 'sceptic', 'sceptics', 'protester', 'protesters', 'protestor', 'protestors',
  'accuser', 'accusers', 'plaintiff', 'plaintiffs', 'victim', 'victims', 'opposition'
])

/** Nouns that make "the … said" a described, unnamed source: a person by role, an institution or a document. */
export const DESCRIBED_SOURCES = new Set([
  'company', 'firm', 'board', 'ministry', 'agency', 'report', 'study', 'group', 'regulator', 'government', 'union',
  'department', 'office', 'council', 'commission', 'authority', 'court', 'watchdog', 'filing', 'statement', 'survey', 'poll',
  'forecast', 'police', 'association', 'institute', 'university', 'bank', 'fund', 'campaign', 'party', 'committee',
  'spokesman', 'spokeswoman', 'spokesperson', 'official', 'officials', 'mayor', 'governor', 'senator', 'minister',
  'president', 'chairman', 'chairwoman', 'chair', 'director', 'analyst', 'analysts', 'economist', 'economists', 'professor',
  'researcher', 'researchers', 'lawyer', 'lawyers', 'attorney', 'attorneys', 'prosecutor', 'prosecutors', 'judge', 'sheriff',
  'teacher', 'parent', 'mother', 'father', 'resident', 'residents', 'owner', 'manager', 'employee', 'employees', 'worker',
  'workers', 'witness', 'witnesses', 'victim', 'doctor', 'doctors', 'nurse', 'expert', 'experts', 'scientist', 'scientists',
  'critic', 'critics', 'opponent', 'opponents', 'rival', 'rivals', 'supporter', 'supporters', 'aide', 'aides', 'adviser',
  'advisers', 'source', 'sources', 'administration', 'ceo', 'executive', 'executives', 'chief', 'leader', 'leaders',
  'audit', 'review', 'investigation', 'inquiry', 'census', 'data', 'figures', 'letter', 'lawsuit', 'complaint', 'ruling',
  'memo', 'document', 'documents', 'records', 'spokespeople', 'representative', 'representatives', 'coroner', 'organizers',
  'organisers', 'activist', 'activists', 'protesters', 'lawmakers', 'lawmaker', 'legislator', 'legislators', 'inspector',
  'investigators', 'officer', 'officers', 'commissioner', 'secretary', 'coach', 'student', 'students', 'pollster',
  'bishop', 'priest', 'pastor', 'rabbi', 'imam', 'spokespeople', 'agent', 'agents', 'detective', 'detectives', 'captain',
  'organizer', 'organiser', 'founder', 'host', 'editor', 'reporter', 'newspaper', 'paper', 'website', 'outlet', 'network'
])

/** Described sources that are documents: they may "find" or "show"; a name may not, unless it is an organization's. */
export const DOCUMENTS = new Set([
  'report', 'study', 'survey', 'poll', 'audit', 'review', 'investigation', 'inquiry', 'census', 'data', 'figures', 'filing',
  'statement', 'letter', 'lawsuit', 'complaint', 'ruling', 'memo', 'document', 'documents', 'records', 'analysis', 'forecast',
  'research', 'paper', 'estimate', 'estimates', 'findings'
])

/** Last words that make a run of capitalised words an organization ("Harlow Institute", "Coastal Water Company"). */
export const ORGANIZATION_HEADS = new Set([
  'institute', 'institution', 'university', 'college', 'school', 'academy', 'company', 'co', 'co.', 'corp', 'corp.',
  'corporation', 'inc', 'inc.', 'ltd', 'ltd.', 'llc', 'plc', 'group', 'department', 'dept', 'dept.', 'ministry', 'office',
  'agency', 'bureau', 'administration', 'commission', 'committee', 'council', 'board', 'authority', 'association',
  'federation', 'union', 'party', 'foundation', 'trust', 'fund', 'bank', 'center', 'centre', 'court', 'police', 'army',
  'navy', 'service', 'services', 'network', 'news', 'times', 'post', 'journal', 'herald', 'tribune', 'gazette', 'magazine',
  'press', 'television', 'tv', 'radio', 'channel', 'broadcasting', 'media', 'daily', 'campaign', 'project', 'coalition',
  'alliance', 'league', 'society', 'church', 'club', 'hospital', 'clinic', 'laboratory', 'labs', 'studio', 'studios',
  'airlines', 'airways', 'motors', 'systems', 'technologies', 'partners', 'holdings', 'capital', 'research', 'watch',
  'initiative', 'organization', 'organisation', 'congress', 'senate', 'parliament', 'assembly', 'house', 'cabinet',
  'embassy', 'caucus', 'conference', 'forum', 'council', 'guard', 'command', 'secretariat', 'reporter', 'post-dispatch',
  'examiner', 'observer', 'telegraph', 'guardian', 'independent', 'express', 'mail', 'mirror', 'sun', 'chronicle',
  'inquirer', 'globe', 'bulletin', 'wire', 'monitor', 'report', 'digest', 'weekly', 'fbi', 'cia', 'nsa', 'pac', 'films',
  'pictures', 'entertainment', 'industries', 'energy', 'oil', 'pharmaceuticals', 'brands', 'stores', 'markets',
  'exchange', 'commission', 'directorate', 'inspectorate', 'tribunal', 'jury', 'legislature', 'republicans', 'democrats',
  'port', 'airport', 'museum', 'library', 'orchestra', 'theatre', 'theater', 'zoo', 'ferries', 'railways', 'railway', 'rail',
  'lines', 'logistics', 'shipping', 'transport', 'insurance', 'telecom', 'communications', 'software', 'mining', 'steel',
  'foods', 'pharma', 'bakery', 'restaurant', 'hotel', 'store', 'bancorp', 'ventures', 'consulting'
])

/**
 * Places: countries, regions, US states and large cities. A place is not a
 * source ("the United States said" is its government, which an editor names),
 * and a two-word place is one place, never two organizations.
 */
export const PLACES = new Set([
  // Continents and regions.
  'africa', 'asia', 'europe', 'america', 'americas', 'north america', 'south america', 'latin america', 'central america',
  'middle east', 'the middle east', 'east asia', 'southeast asia', 'south asia', 'central asia', 'the west', 'the east',
  'scandinavia', 'the balkans', 'the caribbean', 'the gulf', 'gulf', 'the pacific', 'pacific', 'atlantic', 'the atlantic',
  'arctic', 'antarctica', 'oceania', 'eurasia', 'the midwest', 'midwest', 'the south', 'the north', 'new england',
  'silicon valley', 'wall street', 'main street', 'capitol hill', 'downing street', 'whitehall', 'westminster',
  'gaza', 'gaza strip', 'west bank', 'the west bank', 'kashmir', 'crimea', 'donbas', 'kurdistan', 'sinai', 'tibet',
  // Countries.
  'afghanistan', 'albania', 'algeria', 'argentina', 'armenia', 'australia', 'austria', 'azerbaijan', 'bahrain',
  'bangladesh', 'belarus', 'belgium', 'bolivia', 'bosnia', 'brazil', 'britain', 'great britain', 'bulgaria', 'cambodia',
  'cameroon', 'canada', 'chile', 'china', 'colombia', 'congo', 'costa rica', 'croatia', 'cuba', 'cyprus', 'czech republic',
  'czechia', 'denmark', 'ecuador', 'egypt', 'el salvador', 'england', 'estonia', 'ethiopia', 'finland', 'france', 'georgia',
  'germany', 'ghana', 'greece', 'guatemala', 'haiti', 'honduras', 'hong kong', 'hungary', 'iceland', 'india', 'indonesia',
  'iran', 'iraq', 'ireland', 'northern ireland', 'israel', 'italy', 'jamaica', 'japan', 'jordan', 'kazakhstan', 'kenya',
  'korea', 'north korea', 'south korea', 'kosovo', 'kuwait', 'laos', 'latvia', 'lebanon', 'libya', 'lithuania',
  'luxembourg', 'malaysia', 'mali', 'malta', 'mexico', 'moldova', 'mongolia', 'morocco', 'mozambique', 'myanmar', 'burma',
  'nepal', 'netherlands', 'the netherlands', 'holland', 'new zealand', 'nicaragua', 'niger', 'nigeria', 'norway', 'oman',
  'pakistan', 'palestine', 'panama', 'paraguay', 'peru', 'philippines', 'the philippines', 'poland', 'portugal', 'qatar',
  'romania', 'russia', 'rwanda', 'saudi arabia', 'scotland', 'senegal', 'serbia', 'singapore', 'slovakia', 'slovenia',
  'somalia', 'south africa', 'south sudan', 'spain', 'sri lanka', 'sudan', 'sweden', 'switzerland', 'syria', 'taiwan',
  'tanzania', 'thailand', 'tunisia', 'turkey', 'uganda', 'ukraine', 'united arab emirates', 'uae',
  'united kingdom', 'uk', 'u.k.', 'united states', 'united states of america', 'us', 'u.s.', 'u.s', 'usa', 'u.s.a.',
  'uruguay', 'uzbekistan', 'venezuela', 'vietnam', 'wales', 'yemen', 'zambia', 'zimbabwe', 'vatican', 'soviet union',
  'ussr', 'eu',
  // US states.
  'alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware', 'florida', 'hawaii',
  'idaho', 'illinois', 'indiana', 'iowa', 'kansas', 'kentucky', 'louisiana', 'maine', 'maryland', 'massachusetts',
  'michigan', 'minnesota', 'mississippi', 'missouri', 'montana', 'nebraska', 'nevada', 'new hampshire', 'new jersey',
  'new mexico', 'new york', 'north carolina', 'north dakota', 'ohio', 'oklahoma', 'oregon', 'pennsylvania',
  'rhode island', 'south carolina', 'south dakota', 'tennessee', 'texas', 'utah', 'vermont', 'virginia', 'west virginia',
  'washington', 'wisconsin', 'wyoming', 'puerto rico', 'guam', 'district of columbia', 'd.c.', 'dc', 'washington d.c.',
  // Cities.
  'new york city', 'los angeles', 'chicago', 'houston', 'phoenix', 'philadelphia', 'san antonio', 'san diego', 'dallas',
  'san jose', 'austin', 'jacksonville', 'san francisco', 'columbus', 'seattle', 'denver', 'boston', 'detroit', 'nashville',
  'memphis', 'portland', 'las vegas', 'baltimore', 'milwaukee', 'albuquerque', 'tucson', 'fresno', 'sacramento',
  'atlanta', 'miami', 'oakland', 'minneapolis', 'cleveland', 'new orleans', 'tampa', 'pittsburgh', 'cincinnati',
  'st. louis', 'st louis', 'orlando', 'charlotte', 'raleigh', 'richmond', 'salt lake city', 'honolulu', 'anchorage',
  'brooklyn', 'manhattan', 'queens', 'the bronx', 'bronx', 'hollywood', 'ferguson', 'charlottesville', 'berkeley',
  'london', 'paris', 'berlin', 'madrid', 'rome', 'brussels', 'amsterdam', 'vienna', 'geneva', 'zurich', 'stockholm',
  'oslo', 'copenhagen', 'helsinki', 'dublin', 'edinburgh', 'glasgow', 'manchester', 'birmingham', 'liverpool', 'leeds',
  'moscow', 'kiev', 'kyiv', 'warsaw', 'prague', 'budapest', 'athens', 'istanbul', 'ankara', 'tehran', 'baghdad',
  'damascus', 'beirut', 'jerusalem', 'tel aviv', 'cairo', 'riyadh', 'dubai', 'doha', 'kabul', 'islamabad', 'delhi',
  'new delhi', 'mumbai', 'beijing', 'shanghai', 'tokyo', 'seoul', 'pyongyang', 'bangkok', 'jakarta', 'manila', 'sydney',
  'melbourne', 'toronto', 'montreal', 'vancouver', 'ottawa', 'mexico city', 'havana', 'caracas', 'bogota', 'lima',
  'rio de janeiro', 'sao paulo', 'buenos aires', 'lagos', 'nairobi', 'johannesburg', 'cape town', 'aleppo', 'mosul',
  'raqqa', 'benghazi', 'tripoli', 'mecca', 'medina', 'hamburg', 'munich', 'frankfurt', 'milan', 'naples', 'barcelona',
  'lisbon'
])

/** Last words that make a capitalised run a place ("Baker County", "Hudson River"). */
export const PLACE_HEADS = new Set([
  'city', 'county', 'province', 'river', 'island', 'islands', 'valley', 'street', 'avenue', 'road', 'square', 'bay',
  'lake', 'mountains', 'mountain', 'coast', 'peninsula', 'district', 'region', 'parish', 'borough', 'township', 'village',
  'heights', 'springs', 'beach', 'harbor', 'harbour', 'sea', 'ocean', 'desert', 'canyon', 'falls', 'park'
])

/**
 * Peoples, faiths, nationalities and their adjectives: a people or a faith is
 * not a party an editor can ask to respond, and "Muslims said" names no one.
 */
export const PEOPLES_AND_FAITHS = new Set([
  'american', 'americans', 'british', 'briton', 'britons', 'english', 'scottish', 'welsh', 'irish', 'french', 'german',
  'germans', 'italian', 'italians', 'spanish', 'mexican', 'mexicans', 'canadian', 'canadians', 'chinese', 'japanese',
  'korean', 'koreans', 'russian', 'russians', 'ukrainian', 'ukrainians', 'iranian', 'iranians', 'iraqi', 'iraqis',
  'syrian', 'syrians', 'israeli', 'israelis', 'palestinian', 'palestinians', 'turkish', 'turks', 'arab', 'arabs', 'arabic',
  'african', 'africans', 'asian', 'asians', 'european', 'europeans', 'latino', 'latinos', 'latina', 'latinas', 'hispanic',
  'hispanics', 'indian', 'indians', 'pakistani', 'pakistanis', 'afghan', 'afghans', 'saudi', 'saudis', 'egyptian',
  'egyptians', 'kurdish', 'kurds', 'western', 'westerners', 'eastern', 'northern', 'southern', 'muslim', 'muslims',
  'moslem', 'moslems', 'islam', 'islamic', 'islamist', 'islamists', 'christian', 'christians', 'christianity', 'catholic',
  'catholics', 'catholicism', 'protestant', 'protestants', 'evangelical', 'evangelicals', 'jew', 'jews', 'jewish',
  'judaism', 'hindu', 'hindus', 'hinduism', 'sikh', 'sikhs', 'sikhism', 'buddhist', 'buddhists', 'buddhism', 'mormon',
  'mormons', 'sunni', 'sunnis', 'shia', 'shiite', 'shiites', 'sharia', 'allah', 'god', 'gods', 'lord', 'jesus', 'christ',
  'bible', 'koran', 'quran', 'torah', 'atheist', 'atheists', 'white', 'whites', 'black', 'blacks', 'remainers', 'leavers',
  'brexiteers', 'millennials', 'boomers', 'yankees', 'zionist', 'zionists', 'african-american', 'african-americans',
  'asian-american', 'asian-americans', 'mexican-american', 'mexican-americans', 'arab-american', 'arab-americans',
  'native', 'natives', 'immigrants', 'refugees', 'migrants'
])

/** Capitalised words that are not names of people or organizations (openers, days, months, pronouns, common acronyms). */
export const NOT_NAMES = new Set([
  'i', 'the', 'a', 'an', 'this', 'that', 'these', 'those', 'it', 'he', 'she', 'they', 'we', 'you', 'his', 'her', 'their', 'our',
  'its', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan.', 'feb.', 'aug.',
  'sept.', 'sep.', 'oct.', 'nov.', 'dec.', 'ai', 'mr', 'mrs', 'ms', 'dr', 'yet', 'but', 'and', 'for', 'when', 'while', 'if',
  'on', 'in', 'at', 'as', 'so', 'however', 'ultimately', 'what', 'how', 'why', 'who', 'there', 'here', 'one', 'some',
  'many', 'no', 'not', 'all', 'both', 'each', 'every', 'after', 'before', 'since', 'although', 'though', 'because', 'with',
  'without', 'from', 'by', 'of', 'to', 'into', 'over', 'under', 'then', 'also', 'meanwhile', 'still', 'now', 'today',
  'yesterday', 'tomorrow', 'last', 'next', 'first', 'mostly', 'only', 'even', 'just', 'instead', 'indeed', 'again',
  'thanks', 'please', 'yes', 'okay', 'ok', 'oh', 'well', 'asked', 'speaking', 'according', 'tv', 'gdp',
  'covid', 'covid-19', 'internet', 'web', 'english', 'am', 'pm', 'a.m.', 'p.m.', 'ad', 'bc', 'op-ed', 'q', 'a', 'mp',
  'mps', 'twitter', 'facebook', 'instagram', 'youtube', 'tiktok', 'reddit', 'linkedin', 'google+', 'whatsapp', 'snapchat',
  'christmas', 'easter', 'ramadan', 'thanksgiving', 'halloween', 'hanukkah', 'sabbath', 'unsubscribe', 'subscribe',
  'read', 'more', 'share', 'click', 'watch', 'video', 'photo', 'image', 'update', 'editor’s', "editor's", 'note',
  'breaking', 'exclusive', 'opinion', 'analysis', 'related', 'advertisement', 'sponsored', 'via', 'source', 'sources',
  'twitter.com', 'pic.twitter.com', 'u', 'x'
])

/** Words that turn a source's sentence into a response or a counter-argument. */
export const COUNTER_VERBS = new Set([
  'disputed', 'disputes', 'rejected', 'rejects', 'denied', 'denies', 'countered', 'counters', 'disagreed', 'disagrees',
  'criticized', 'criticised', 'criticizes', 'criticises', 'questioned', 'questions', 'challenged', 'challenges', 'opposed',
  'opposes', 'warned', 'warns', 'cautioned', 'cautions', 'objected', 'objects', 'rebutted', 'responded', 'replied', 'contested',
  'contests', 'refuted', 'doubted', 'doubts', 'skeptical', 'sceptical', 'condemned', 'condemns', 'accused', 'accuses',
  'blamed', 'blames', 'slammed', 'slams', 'attacked', 'attacks', 'decried', 'decries', 'denounced', 'denounces', 'protested',
  'sued', 'sues', 'wrong', 'false', 'unfair', 'untrue', 'lie', 'lies', 'misleading', 'nonsense', 'defended', 'defends'
])

/** Phrases that show the other side was asked for its response. */
export const RESPONSE_SOUGHT = [
  /declined to comment/i,
  /did not (?:immediately )?(?:respond|reply|return)/i,
  /could not be reached/i,
  /no immediate (?:response|comment)/i,
  /in (?:a )?response to (?:questions|a request|inquiries|our)/i,
  /when asked/i,
  /(?:asked|reached) for comment/i,
  /(?:request|requests) for comment/i
]

/**
 * Labels that sort people into political camps instead of naming who did
 * what: "liberals", "the left", "right-wing", "the mainstream media". Read
 * in the writer's own voice only (a source may call its opponents what it
 * likes). Each entry is lower case; two-word entries are phrases.
 */
export const CAMP_LABELS = new Set([
  'liberal', 'liberals', 'leftist', 'leftists', 'the left', 'conservatives', 'progressives', 'right-wing', 'left-wing',
  'rightwing', 'leftwing', 'far-left', 'far-right', 'alt-right', 'alt-left', 'elites', 'elitist', 'elitists', 'globalist',
  'globalists', 'snowflakes', 'socialist', 'socialists', 'marxist', 'marxists', 'communist', 'communists', 'fascist',
  'fascists', 'radical', 'radicals', 'neocon', 'neocons', 'libs', 'libtards', 'rinos', 'sjws', 'illegals', 'the establishment',
  'mainstream media', 'deep state', 'the media', 'the right', 'conservative', 'progressive', 'hard-left', 'hard-right',
  'ultra-left', 'ultra-right', 'democrat party', 'regime', 'establishment'
])

/** Words after which "the right", "conservative" or "progressive" is not a camp ("the right to vote", "a conservative estimate", "progressive taxation"). */
export const NOT_A_CAMP_AFTER = new Set(['to', 'of', 'thing', 'way', 'time', 'place', 'side', 'hand', 'track', 'answer', 'estimate', 'estimates', 'taxation', 'tax', 'taxes', 'rock', 'lens', 'lenses', 'disease', 'stage', 'care', 'treatment', 'approach', 'dose'])

/** Capitalised words that name no party when they stand alone: a prophet, an event, a law ("Brexit", "Obamacare"). */
export const NOT_PARTIES_ALONE = new Set([
  'muhammad', 'mohammed', 'prophet', 'buddha', 'moses', 'satan', 'brexit', 'obamacare', 'medicare', 'medicaid', 'trumpcare',
  'watergate', 'benghazi', 'internet', 'yazidi', 'yazidis', 'rohingya', 'kurd', 'druze'
])

/** Last words that make a capitalised run a thing, not a party: a condition, a law, an event, a prize ("Down Syndrome", "Affordable Care Act", "Free Speech Week"). */
export const NOT_PARTY_HEADS = new Set([
  'syndrome', 'disease', 'virus', 'disorder', 'act', 'bill', 'amendment', 'war', 'day', 'week', 'month', 'festival', 'cup',
  'games', 'olympics', 'award', 'awards', 'prize', 'summit', 'agreement', 'treaty', 'accord', 'doctrine', 'era', 'tower',
  'building', 'bridge', 'airport', 'stadium', 'hall', 'memorial', 'monument', 'highway', 'interstate', 'route'
])
