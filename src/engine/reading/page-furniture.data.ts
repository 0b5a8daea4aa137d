/**
 * The forms of the page around an article, as news sites lay it out and as
 * it survives when the page is copied to plain text: embedded posts, site
 * furniture, captions and credits, related headlines, the author's bio.
 * Each pattern reads one paragraph (a line of plain text) on its own;
 * page-furniture.ts decides from the paragraphs around it.
 *
 * These are forms, not phrases from any one site: a pattern belongs here when
 * it describes how a kind of furniture looks anywhere (a tweet's "— Name
 * (@handle) date" line, a video player's controls, a "By Name" byline).
 */

const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`
const WEEKDAY = String.raw`(?:Mon(?:day)?|Tue(?:s(?:day)?)?|Wed(?:nesday)?|Thu(?:r(?:s(?:day)?)?)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?)\.?`
const DATE = String.raw`(?:${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}\s+${MONTH},?\s+\d{4}|\d{4}-\d\d-\d\d|\d{1,2}/\d{1,2}/\d{2,4})`
const TIME = String.raw`(?:(?:at\s+)?\d{1,2}[:.]\d\d\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)`
/** "reporter|writer" as "[Rr]eporter|[Ww]riter": the words capitalized or not, without the "i" flag (which would let \p{Lu} match lower case). */
const either = (words: string) => words.replace(/(^|\|)(\p{Ll})/gu, (_, bar: string, letter: string) => `${bar}[${letter.toUpperCase()}${letter}]`)
/** A social-media handle: "@name". Not an e-mail address ("a@b.org"). */
export const HANDLE = String.raw`(?<![\w.@/])@[A-Za-z0-9_]{1,30}\b(?!\.\w)`
const HASHTAG = String.raw`(?<![\w&#/])#[A-Za-z][A-Za-z0-9_]{1,60}`
const POST_LINK = String.raw`(?:\bpic\.twitter\.com/\w+|https?://t\.co/\w+|\binstagr\.am/\w+)`
const PLATFORMS = String.raw`(?:Twitter|X|Facebook|Instagram|LinkedIn|YouTube|TikTok|Threads|Bluesky|Mastodon|Snapchat|Reddit|Telegram|Pinterest|Tumblr|Flipboard|Google\+|WhatsApp|Truth Social|Parler|Gab|Substack)`
/** A name as a byline or a bio gives it: one to four capitalized words ("T.A. Frank", "Walter W. Murray"). */
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|van|von|der|da|del|la|le|bin|al|el)){0,4}`
const PHONE = String.raw`(?:(?:\+?\d{1,3}[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4})(?!\d)`
const EMAIL = String.raw`(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+)`

/** Photo and wire agencies whose names make up a credit ("Evan Vucci/AP", "(Getty Images)"). */
const AGENCIES = String.raw`(?:AP|AFP|EPA|Reuters|Getty(?: Images)?|Shutterstock|Alamy|Bloomberg|iStock(?:photo)?|PA(?: Images| Wire)?|Xinhua|ZUMA(?: Press| Wire)?|Zuma(?: Press| Wire)?|Sipa(?: USA)?|Corbis|NurPhoto|SOPA Images|Anadolu(?: Agency)?|Polaris|Redux|Flickr|Wikimedia(?: Commons)?|Wikipedia|Creative Commons|CC BY(?:-SA)?(?: \d\.\d)?|YouTube|Twitter|Facebook|Instagram|Screenshot|Screengrab|Handout|Pool|UPI|TASS|Kyodo|Yonhap|DPA|dpa|ANSA|WENN|Splash News|Backgrid|Rex Features|REX)`

/** "— Donald J. Trump (@realDonaldTrump) August 6, 2012": the line an embedded tweet ends with, alone or after its text. */
/** A trailer inside a paragraph, with its date, that the writer's words go on after ("… pic.twitter.com/x — Name (@name) August 21, 2022 So far…"). */
export const POST_TRAILER_INSIDE = new RegExp(String.raw`(?:^|\s)(?:[—–]|-{1,2}|&mdash;)\s*[^()—–\n]{1,80}?\s*\(@[A-Za-z0-9_]{1,30}\)\s*(?:on\s+)?${DATE}`, 'u')
export const POST_TRAILER = new RegExp(
  String.raw`(?:^|\s)(?:[—–]|-{1,2}|&mdash;)\s*[^()—–\n]{1,80}?\s*\((?:${HANDLE}|@[A-Za-z0-9_]{1,30})\)\s*(?:on\s+)?(?:${DATE}(?:\s*${TIME})?)?\s*$`,
  'u'
)
/** "A post shared by Name (@handle) on Oct 2, 2017": an Instagram embed, whose picture the copy does not hold. */
export const PICTURE_POST_TRAILER = new RegExp(String.raw`(?:^|\s)A (?:photo|video|post) shared by [^()\n]{1,80}?\s*\(@[\w.]{1,30}\)\s*(?:on\b\s*(?:${DATE}(?:\s*${TIME})?)?)?\s*$`, 'u')
/** The marks of a post: a handle, a hashtag, a tweet's own links. */
export const POST_MARKER = new RegExp(`${HANDLE}|${HASHTAG}|${POST_LINK}`, 'u')
export const POST_LINK_PATTERN = new RegExp(POST_LINK, 'u')
/**
 * How a post ends or begins that a sentence of reporting does not: a handle
 * or hashtag as its last word, a reply's opening ". @name", an HTML entity
 * the embed left behind ("&amp;").
 */
export const POST_SIGNOFF = new RegExp(String.raw`(?:${HANDLE}|${HASHTAG})[\s.!?…]*$|^\.?\s*@[A-Za-z0-9_]{1,30}\b|&(?:amp|quot|apos|lt|gt|#\d{2,5}|#x[\da-f]{2,4});`, 'iu')
export const URL = /\b(?:https?:\/\/|www\.)\S+|\bpic\.twitter\.com\/\S+/g
/** A post is short: a tweet is at most 280 characters, with room here for handles and entities. */
export const POST_LENGTH = 320

/**
 * A video player's controls and messages (Video.js and the like), the widgets
 * of a sign-up form, a script left in the text: whole lines.
 */
export const WIDGET_LINE = new RegExp(
  [
    String.raw`^(?:Play(?: Video)?|Pause|Replay|Mute|Unmute|Fullscreen|Non-Fullscreen|Exit Fullscreen|Skip Ad|Skip|Close|Close Modal Dialog|Defaults Done|Reset|Done|Captions|Chapters|Descriptions|Subtitles|Audio Track|Quality Levels|Playback Rate|Stream Type LIVE|LIVE|Live|Seek to live, currently (?:behind|playing) live|CONNECTING\.*|Loading\.*|Advertisement|ADVERTISEMENT|Ad)$`,
    String.raw`^(?:Loaded|Progress|Current Time|Duration(?: Time)?|Remaining Time)\s*:?\s*-?[\d:.]+%?$`,
    String.raw`^(?:Foreground|Background|Window|Font Size|Font Family|Text Edge Style|Caption Area Background|Text)\b.*(?:---|%|Opaque|Transparent|Dropshadow|Monospace|Proportional)`,
    String.raw`^(?:This is a modal window\.?(?: This modal can be closed by pressing the Escape key or activating the close button\.)?|Beginning of dialog window\..*|End of dialog window\.|No compatible source was found for this (?:video|media)\.?|The media could not be loaded.*|This video (?:is|has been) (?:either )?(?:unavailable|removed|not supported).*|Your browser does not support (?:the )?(?:video|audio|iframe)s?(?: tag| element)?\.?|(?:Please )?enable JavaScript to (?:view|watch|play).*|You must enable JavaScript.*|Video (?:Player|Unavailable|will play in \d+ seconds?)\.?|Watch Next|Up Next|Autoplay(?: is (?:on|off))?)$`,
    String.raw`^(?:Recaptcha requires verification\.?|protected by reCAPTCHA|I'?m not a robot|Privacy\s*[-–|·]\s*Terms|Terms\s*[-–|·]\s*Privacy|Enter your email(?: address)?\.?|Email address|Your email address(?: will not be published)?\.?|Invalid email(?: address)?\.?|Thanks? (?:you )?for (?:signing up|subscribing)!?|You(?:'|’)re (?:all )?(?:signed up|subscribed)!?)$`
  ].join('|'),
  'iu'
)
/** A script call left at the start of a paragraph: "brightcove.createExperiences();". */
export const SCRIPT_PREFIX = /^(?:[A-Za-z_$][\w$]*\.)+[A-Za-z_$][\w$]*\([^()]{0,200}\);?\s*/
/** A site's name as a dateline: "(ThyBlackMan.com)". */
export const SITE_PREFIX = /^\((?:[\w-]+\.)+(?:com|org|net|news|info|co\.uk|co|us|tv)\)\s*/i
/** A media label before or in a headline: "WATCH:", "[VIDEO]", "(PHOTOS)". */
export const MEDIA_LABEL = /^(?:WATCH|VIDEO|PHOTOS?|LISTEN|AUDIO|GALLERY|SLIDESHOW)\s*:\s*|[([](?:VIDEO|PHOTOS?|WATCH|AUDIO|GALLERY|SLIDESHOW|GRAPHIC)[)\]]/g

/** A date and time on a line of its own: "Thu, March 2, 2017", "Updated: 12/03/2016 4:05 PM EST". */
export const DATE_LINE = new RegExp(
  String.raw`^(?:(?:Published|Updated|Posted|Last updated|Last modified|First published)\s*(?:on)?\s*:?\s*)?(?:${WEEKDAY},?\s+)?${DATE}(?:,?\s*${TIME})?(?:\s*\|\s*(?:Updated|Published)?:?\s*.{0,40})?\.?$`,
  'iu'
)

/** A byline: "By T.A. Frank; VanityFair:", "by Walter W. Murray, reporter", "By JANE DOE | The Courier". */
export const BYLINE = new RegExp(
  String.raw`^(?:By|BY|by)\s+${NAME}(?:\s*(?:,|and|&)\s*${NAME})*(?:\s*[,;|–—-]\s*(?:(?:${either('staff|senior|contributing|guest|special|political|national|chief')}|Associated Press|AP)\s+)*(?:(?:${either('reporter|writer|correspondent|editor|contributor|columnist|journalist|staff|producer')})s?\b[^.!?]{0,40}|${NAME}))?\s*:?$`,
  'u'
)
/** "Staff Writer; Lloyd Marcus", "Reporter: Jane Doe". */
export const ROLE_BYLINE = new RegExp(
  String.raw`^(?:(?:Staff|Senior|Contributing|Guest|Special|Chief|Political|National)\s+)?(?:Writer|Reporter|Correspondent|Columnist|Contributor|Editor|Author)s?\s*[;:,|–—-]\s*${NAME}\.?$`,
  'u'
)
/** "Jim Morrill: 704-358-5059, @jimmorrill": a writer's name with a phone, an e-mail address or a handle. */
export const CONTACT_LINE = new RegExp(
  String.raw`^${NAME}\s*[:,–—-]\s*(?:${PHONE}|${EMAIL}|@[A-Za-z0-9_]{1,30})(?:\s*[,;/|]\s*(?:${PHONE}|${EMAIL}|@[A-Za-z0-9_]{1,30}))*\.?$`,
  'u'
)

/**
 * Captions and credits. A label opening the line ("Photo: …", "Image via …",
 * "Credit: …"); a credit closing it ("(AP Photo/Evan Vucci)", "(Getty Images)");
 * a credit alone ("Evan Vucci/AP", "Getty Images"); the "(pictured)" a caption
 * points with, in a line with no full stop, as captions are written.
 */
const CAPTION_WORDS = String.raw`(?:(?:Top|Featured|Header|Lead|Main|Cover)\s+)?(?:Photo(?:graph)?s?|Pictures?|Images?|Video|Graphic|Illustration|Caption|Credits?|Screenshot|Screengrab|Source image)(?:\s+(?:credit|copyright|source|caption))?`
/** "Photo: …", "Image credit: …": any caption. */
export const CAPTION_LABEL = new RegExp(String.raw`^${CAPTION_WORDS}\s*(?::|©)\s*\S`, 'i')
/** "Image via Twitter", "Photo by Jane Doe", "Picture courtesy of the family": a credit, when the line is short. */
export const CAPTION_CREDIT = new RegExp(String.raw`^${CAPTION_WORDS}\s+(?:via|by|courtesy(?: of)?)\s+\S`, 'i')
export const CREDIT_AT_END = new RegExp(
  String.raw`\((?:${AGENCIES}\s*(?:Photo|Images?|/|via)[^()]{0,80}|[^()]{0,80}\b(?:Photo(?:graph)?|Image|Picture|Credit|Courtesy|Screenshot|Screengrab)\b[^()]{0,80}|[^()]{0,80}/\s*${AGENCIES}|Getty Images|Shutterstock)\)[.\s]*$|(?:Photo(?:graph)?|Image|Picture)\s*(?:credit)?\s*:\s*[^.]{1,80}$`,
  'u'
)
export const CREDIT_LINE = new RegExp(
  String.raw`^(?:(?:Photo|Image|Picture)s?\s*(?:by|credit|:)\s*)?(?:${NAME}\s*/\s*${AGENCIES}(?:\s*/\s*${NAME})?|${AGENCIES}(?:\s*/\s*(?:${AGENCIES}|${NAME}))?|©\s*.{1,60})\.?$`,
  'u'
)
export const PICTURED = /\((?:pictured|left|right|centre|center|above|below|inset|top|bottom|main|second (?:left|right)|far (?:left|right)|(?:top|bottom) (?:left|right))(?:[ ,;][^()]{0,40})?\)/i

/**
 * A pointer to a video or an embed the copy no longer holds: "Watch the full
 * event below:", "You can watch the clip below:", "Take a look here —",
 * "Watch Donald Trump's acceptance speech".
 */
export const MEDIA_POINTER = new RegExp(
  [
    String.raw`^(?:(?:You can|You may|Click (?:here|below) to)\s+)?(?:watch|listen to|listen|view|see|take a look|have a look|check out)\b(?! out\b)(?:.{0,160}?\b(?:below|above|here)\b\s*[:.!—–-]*|.{0,160}?[:—–])\s*$`,
    String.raw`^(?:Here(?:'|’)s|Here is|Below is|Above is)\b.{0,100}?\b(?:video|clip|footage|tweet|post|interview|segment|livestream)s?\b.{0,40}?[:.—–]?\s*$`,
    String.raw`^(?:Watch|Listen to)\b(?! out\b).{0,160}?\b(?:video|clip|footage|speech|interview|remarks|segment|livestream|live stream|broadcast|moment|exchange|press conference|trailer|below|above)s?\b`
  ].join('|'),
  'i'
)

/** "To read rest of article visit X.", "This article originally appeared on X", "Copyright 2017 …": the site talking, not the writer. */
export const SITE_NOTE = new RegExp(
  [
    String.raw`^(?:To read (?:the )?(?:rest|remainder|full|more)\b|Read (?:the )?(?:rest|remainder|full (?:story|article|report)|original (?:story|article))\b|Continue reading|CONTINUE READING|Keep reading|Click here to (?:read|continue|see)|Read more at\b|More at\b)`,
    String.raw`^This (?:article|story|post|piece|column|op-ed|essay|commentary|interview) (?:was |is |has been )?(?:first |originally |previously |also )?(?:published|appeared|posted|republished|reprinted)\b`,
    String.raw`^(?:Originally published|Republished|Reprinted|Cross-?posted) (?:with permission|at|on|in|by|from)\b|^(?:First )?[Pp]ublished (?:with permission|(?:at|on|by) (?:www\.)?[\w-]+\.(?:com|org|net)\b)`,
    String.raw`^(?:Copyright|COPYRIGHT|©|\([Cc]\))\s*(?:©\s*)?\d{4}\b|^©|All rights reserved\.?$|This material may not be published, broadcast, rewritten,? or redistributed\.?`,
    String.raw`^(?:Sponsored|SPONSORED|Promoted|PROMOTED|Paid [Cc]ontent|Paid [Pp]ost|Advertisement|ADVERTISEMENT|Partner [Cc]ontent)\s*[:|-]|\[(?:[Ss]ponsored|[Pp]romoted|[Aa]d)\]\s*$|\((?:[Ss]ponsored|[Pp]romoted)\)\s*$`
  ].join('|'),
  'u'
)
/**
 * "Jane Doe contributed to this report", "The Associated Press contributed.": a note the site adds. Apart from
 * SITE_NOTE, to be tried only on a line that says "contributed" (a capitalized line can take long to rule out).
 */
export const CONTRIBUTED_NOTE =
  /\bcontributed (?:to )?(?:this|the) (?:report|story|article)\b|\bcontributed reporting\b|^(?:The )?(?:Associated Press|AP|Reuters|AFP|\p{Lu}[^.!?]{0,120}\b(?:Press|News|Staff|Writers?|Reporters?|Observer|Times|Post|Journal|Herald|Tribune|Gazette|Chronicle|Bureau|Wire|Correspondents?))\s+contributed\.?$/u

/**
 * Share, sign-up, subscription and donation pitches about the site itself, and
 * the button labels they leave in copied text. A call to action about the
 * article's cause in a sentence of the writer's own ("Please sign this petition
 * to save the library") is the writer's voice, and the editorializing rule's.
 *
 * First the button labels, the whole line: "Share this story", "Sign up",
 * "Donate now", "Sign this petition".
 */
export const PITCH_BUTTON = new RegExp(
  String.raw`^(?:Share|Share this(?: story| article| post| page| video)?|Share on ${PLATFORMS}|Share via \w+|Click to (?:share|email|print)\b.*|Tweet(?: this)?|Email(?: this)?|Print(?: this)?|Comments?|Leave a comment|Subscribe(?: now| today| here)?|Sign up(?: now| today| here)?|Sign in|Log in|Register|Donate(?: now| today| here)?|Give now|Join (?:now|today|us)|Sign (?:the|this|our) petition|Learn more|Read more|Show comments|View comments|Related)\s*[.!:→»›>]*$`,
  'iu'
)
/** A word every pitch below holds: a cheap test before the long one. */
/**
 * A piece of each form of PITCH, read with its flags: a paragraph with none of them holds no pitch. A cheap test
 * run first ("support our" and "a member" count, "support" alone does not); it leaves out `\b`, which is slow under
 * the "iu" flags. Keep it in step with PITCH.
 */
export const PITCH_PIECES = /sign up|subscri|regist|inbox|newsletter|mail|briefing|digest|alerts|(?:support|fund) (?:our|independent|quality|local) |donat|contribution|gift|a (?:member|subscriber|patron|supporter|sustaining member)|^(?:please |join|be one of|like|follow|find|click|if you|enjoy|our mission|we are)/iu
/** Then the pitches themselves. */
export const PITCH = new RegExp(
  [
    // The site asking: newsletters, subscriptions, donations, memberships, following. A pitch speaks to
    // the reader in the imperative, or of "our" newsletter; "millions subscribe to the channel" is reporting.
    String.raw`(?:^|[.!?]\s+)(?:Please\s+)?(?:Sign up|Subscribe|Register)\b[^.!?]{0,60}\b(?:newsletters?|e-?mails?|alerts?|updates|briefings?|digest|mailing list|inbox)\b|\b(?:sign up|subscribe) (?:for|to|to receive|to get) our\b|^Subscribe (?:now|today)\b`,
    String.raw`\b(?:delivered|straight) (?:to|in(?:to)?) your inbox\b|\bin your inbox (?:every|each)\b`,
    // "Join over 240,000 people who get our newsletter", "Get our free morning briefing": the site's newsletter,
    // offered to the reader, or the crowd of readers the reader is asked to join.
    String.raw`(?:^|[.!?]\s+)(?:Please\s+)?(?:Join|Get|Try|Grab|Receive|Read)\b[^.!?]{0,80}\bour (?:[\w-]+\s+){0,2}(?:newsletters?|e-?mails?|briefings?|digest|alerts|mailing list)\b|^(?:Join|Be one of) (?:over |more than |nearly |almost |some |the )?[\d,.]+(?:\s?(?:k|thousand|million|m))? (?:\w+ )?(?:people|readers|subscribers|others|members|fans|followers)\b`,
    String.raw`\b(?:support|fund) our (?:journalism|reporting|work|newsroom|mission|coverage)\b|(?:^|[.!?]\s+)(?:Please\s+)?(?:support|fund) (?:independent|quality|local) (?:journalism|reporting)\b|(?:^|[.!?]\s+)(?:Please\s+)?(?:make|consider making|give) a (?:tax-deductible |one-time |monthly |small )?(?:donation|contribution|gift)\b|(?:^|[.!?]\s+)(?:Please\s+)?donate (?:now|today|here)\b|\bdonate to (?:us|our (?:work|newsroom|journalism|site|mission))\b|(?:^|[.!?]\s+)(?:Please\s+)?(?:Become|Join) (?:us )?(?:a|as a) (?:member|subscriber|patron|supporter|sustaining member)\b`,
    String.raw`^(?:Please )?(?:Like|Follow|Join|Find) us on ${PLATFORMS}\b|^Click (?:here|the link|below) to (?:sign|subscribe|donate|share|join|follow|get)\b`,
    String.raw`^(?:If you (?:like|liked|enjoyed|value|appreciate|found)|Enjoy(?:ed)? (?:this|reading))\b[^.!?]{0,60}\b(?:this|our) (?:article|story|post|work|reporting|journalism|content|site|newsletter)\b`,
    String.raw`^Our mission (?:is|:)|^We are an? (?:independent|non-?profit|reader-supported|nonpartisan|non-partisan)\b[^.!?]{0,80}\b(?:news|media|journalism|organization|newsroom|publication)\b`
  ].join('|'),
  'iu'
)

/** "Follow Business Insider on Facebook, Twitter and LinkedIn": a site or a show asking to be followed. */
export const FOLLOW_PITCH = new RegExp(String.raw`^(?:Please )?Follow (?:us|\p{Lu}[\p{L}'’.& -]{0,60}?) (?:on|at) ${PLATFORMS}\b`, 'u')

/** "Related:", "READ MORE:", "See also": a label for a list of other stories, alone or before one headline. */
const RELATED_WORDS = String.raw`(?:Related(?: (?:Stories|Articles|Posts|Coverage|Content|News|Links|Reading|Videos?))?|READ MORE|Read More|Read more|READ ALSO|Read also|ALSO READ|Also read|ALSO ON [\p{Lu}\w .-]{1,30}|Also on [\p{Lu}][\w .-]{1,30}|SEE ALSO|See also|MORE|MORE FROM [\p{Lu}\w .-]{1,30}|More from [\p{Lu}][\w .-]{1,30}|More (?:Stories|Coverage|News|Headlines)|RECOMMENDED|Recommended(?: for you| Stories| Reading)?|TRENDING(?: NOW)?|Trending(?: Now| Stories)?|WATCH NEXT|UP NEXT|DON(?:'|’)T MISS|Don(?:'|’)t Miss|MOST (?:POPULAR|READ)|Most (?:Popular|Read)|Top Stories|TOP STORIES|You (?:might|may) also like|Further reading|From around the web|Around the Web|Promoted Stories|Sponsored (?:Stories|Links|Content)|Editor(?:'|’)s Picks)`
export const RELATED_LABEL = new RegExp(String.raw`^${RELATED_WORDS}\s*[:|»›>–—-]*$`, 'u')
// "More: Beloved soap characters …": a site's link line; only with a colon, since "More —" can open a sentence.
export const RELATED_PREFIX = new RegExp(String.raw`^(?:${RELATED_WORDS}\s*[:|»›>–—]|More:)\s*\S`, 'u')

/**
 * An author's bio, as sites end an article with it: "Hank Hanegraaff is the
 * author of …", "Republican Matt Gaetz represents Florida's 1st congressional
 * district", "Follow him on Twitter", "— Walter W. Murray is a reporter for …".
 * Only at the end of an article (page-furniture.ts decides): mid-article, "X
 * is the author of Y" is the writer's reporting.
 */
const BIO_SUBJECT = String.raw`^(?:[—–]+\s*|\*\s*)?(?:(?:Dr|Rep|Reps|Sen|Gov|Prof|Rev|Mr|Mrs|Ms|Sir|Dame|Lord|Col|Gen|Lt|Maj|Capt)\.?\s+|(?:Republican|Democrat|Democratic|Independent|Labour|Conservative|Liberal Democrat|Former|Retired)\s+)?`
const BIO_NOUNS = `(?:author|writer|songwriter|co-author|columnist|contributor|reporter|journalist|correspondent|blogger|commentator|editor|host|co-host|fellow|professor|lecturer|analyst|researcher|scholar|novelist|essayist|filmmaker|producer|founder|co-founder|activist|attorney|lawyer|economist|strategist|consultant|pastor|rabbi|veteran|freelancer|intern|student)`
const BIO_WRITER_NOUNS = `(?:author|writer|songwriter|co-author|columnist|contributor|reporter|journalist|correspondent|blogger|commentator|host|co-host)`
// The name once, then what it is said to be or do: matching the name once for all three is what keeps it quick.
export const BIO_SENTENCE = new RegExp(
  String.raw`${BIO_SUBJECT}(?:${NAME}\s+(?:(?:is|was|has been|serves as|works as)\s+[^.;!?]{0,60}?\b${BIO_NOUNS}s?\b|(?:represents|represented)\b[^.!?]{0,100}\b(?:district|constituency|riding|ward|county|Congress|House of Representatives|Senate|Parliament|Assembly)\b|(?:writes (?:for|about|on|a)|hosts|co-hosts|teaches|covers|blogs)\b)|\p{Lu}[\p{L}'’-]+\s+(?:is|was)\s+[^.;!?]{0,40}?\b${BIO_WRITER_NOUNS}s?\b)`,
  'u'
)
/** Bio forms that no writer's sentence takes, anywhere in the article. */
export const BIO_ANYWHERE = new RegExp(
  String.raw`^[—–]+\s*${NAME}\s+(?:is|was|has been)\s+[^.;!?]{0,60}?\b${BIO_NOUNS}s?\b|^[—–]+\s*${NAME}\s+writes\b|^(?:Follow|Find) (?:him|her|them|me|the author|the writer) (?:on|at) (?:${PLATFORMS}\b|@)|^(?:Contact|Email|E-mail|Reach) (?:him|her|them|the author|the writer|the reporter|${NAME}) (?:at|on|via)\b`,
  'u'
)
/** "jdoe@paper.com or 555-232-0202 or follow me on Twitter @jdoe": how to reach the writer. */
export const CONTACT_ANY = new RegExp(String.raw`(?:${EMAIL}|${PHONE}).{0,80}\b(?:follow|find) (?:me|him|her|them)\b|\b(?:follow|find) (?:me|him|her|them)\b.{0,80}(?:${EMAIL}|${PHONE})|^(?:${EMAIL}|${PHONE})(?:\s*(?:,|;|or|and)\s*(?:${EMAIL}|${PHONE}|@[A-Za-z0-9_]{1,30}))*\.?$`, 'iu')
/** "… covers city hall. Follow him on Twitter @jdoe.": a sentence no writer's paragraph holds. */
export const BIO_FOLLOW = new RegExp(String.raw`(?:^|[.!?]\s+)(?:Follow|Find) (?:him|her|them|me) (?:on|at) (?:${PLATFORMS}\b|@)`, 'u')
/** Inside a bio at the end: "Follow him on Twitter", "can be reached at", "his latest book". */
export const BIO_PHRASE = /\bcan be (?:reached|contacted|emailed|e-mailed) (?:at|on|via)\b|\b(?:his|her|their|my) (?:new|latest|forthcoming|most recent|upcoming|bestselling|best-selling) (?:book|novel|memoir)\b/u
/** Words every BIO_PHRASE holds: a cheap test before it. */
export const BIO_PHRASE_WORDS = /can be|book|novel|memoir/
/**
 * Lines that go with a bio: a title ("Chairman of The Campaign to …"), the
 * author's own pitch ("Please help me spread my message by joining my …").
 * The forms that open the line; the one found anywhere in it is kept apart
 * (BIO_COMPANION_PHRASE), as only these are quick to rule out.
 */
export const BIO_COMPANION = /^(?:Chairman|Chairwoman|Chair|President|Founder|Co-founder|Director|Executive Director|Editor|Editor-in-Chief|Host|Author|CEO|Senior Fellow|Fellow|Professor)\s+(?:of|at|and)\b[^.!?]{0,120}\.?$|^(?:Please\s+)?(?:help|support|join|visit|buy|order|read)\s+(?:me|us|my)\b/iu
/** "… by joining my network": the author's pitch inside a line. */
export const BIO_COMPANION_PHRASE = /\bmy (?:message|book|books|website|blog|network|newsletter|podcast|channel|show|page)\b/iu

/** The act of posting, in a line that introduces the post below it ("She wrote on Instagram:", "The team tweeted:"). */
export const POSTING = /\b(?:tweet(?:s|ed)?|retweet(?:s|ed)?|posted|wrote on (?:twitter|x|facebook|instagram|threads|social media)|(?:on|to) (?:twitter|instagram|facebook|threads|tiktok|social media)|shared (?:on|a post))\b/i

/**
 * The words of saying that end a line introducing someone else's words in the
 * paragraphs below it ("The mayor said:", "the statement reads:", "CBS News
 * reported:", "she told reporters on Monday:"): the verb, then up to six words, then the colon.
 */
const QUOTING_VERBS = "(?:said|says|saying|wrote|writes|writing|tweeted|stated|added|adds|explained|explains|explaining|declared|declares|announced|announces|reported|reporting|continued|continues|concluded|concludes|replied|replies|responded|responds|answered|warned|warns|noted|told|tells|telling|recalled|recalls|testified|testifies|insisted|insists|argued|argues|quoted|put it|went on)"
/** Forms that are nouns as often ("Those states are:", "the reports show:"): they introduce only just before the colon. */
const QUOTING_NOUN_VERBS = "(?:reads|read|reports|states|notes|tweets|answers|quotes)"
export const QUOTE_INTRO = new RegExp(
  String.raw`\b${QUOTING_VERBS}(?:\s+[^\s:]+){0,6}\s*:\s*$|\b${QUOTING_NOUN_VERBS}(?:\s+(?:in part|in full|as follows|like this|thus))?\s*:\s*$`,
  'u'
)
/** A document named just before the colon ("released the following statement Thursday:", "Fox News report:"). */
export const QUOTE_INTRO_DOCUMENT = /\b(?:statement|letter|report|memo|e-?mail|message|op-ed|editorial|excerpt|transcript|passage|remarks|speech|testimony|announcement|press release|declaration|ruling|opinion|complaint|indictment|affidavit|filing|lawsuit|resolution)(?:\s+[^\s:]+){0,4}\s*:\s*$/iu
/** "From CNN:", "From The Associated Press:": a short line naming where the paragraphs below come from. */
export const QUOTE_INTRO_SOURCE = /^From\s+(?:the\s+)?\p{Lu}[\p{L}\p{N}.&'’ -]{1,40}:\s*$/u
/** The word that names the speaker just before the verb ("Trump tweeted:"): a later paragraph naming it is the writer's again. */
export const SPEAKER_BEFORE_VERB = new RegExp(String.raw`(\p{Lu}[\p{L}'’-]{2,})\s+(?:${QUOTING_VERBS}|${QUOTING_NOUN_VERBS})\b`, 'u')
/** The writer introducing their own words ("As I wrote last year:", "We reported:", "Our correspondent reported:"). */
export const OWN_INTRO = new RegExp(
  String.raw`(?:^|[\s(])(?:I|[Ww]e|[Oo]ur\s+\S+|[Ll]et me|[Ll]et(?:'|’)s|[Ll]et us)\s+(?:\S+\s+){0,2}(?:${QUOTING_VERBS}|${QUOTING_NOUN_VERBS})\b`,
  'u'
)
/** "Here's the video:", "Here is what happened next": the writer pointing, not someone else speaking. */
export const POINTER_START = /^(?:Here(?:'s|’s| is| are)|This is|That is|That's|That’s|Watch|See)\b/u

/** "Q:", "Q.", "Question:": an interviewer's question in a question-and-answer piece. */
export const QA_QUESTION = /^(?:Q|Question)\s*:\s+\S|^Q\.\s+\p{Lu}/u
/** "A:", "Answer:": the answer to it. */
export const QA_ANSWER = /^(?:A|Answer)\s*:\s+\S/u
/**
 * A speaker's label opening a paragraph of a transcript or an interview ("Jerry
 * Springer: I mean…", "GQ: How much…", "TAPPER: Senator…"): one to four
 * capitalized words, then a colon.
 */
export const SPEAKER_LABEL = /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s*:\s+(?=\S)/u
/** Labels that open a paragraph but name no speaker. */
export const NOT_SPEAKER = new Set(
  [
    'update', 'updated', 'related', 'source', 'sources', 'note', "editor's note", 'editor’s note', 'photo', 'photos',
    'video', 'watch', 'read', 'read more', 'see also', 'also', 'correction', 'disclosure', 'warning', 'breaking',
    'exclusive', 'commentary', 'opinion', 'analysis', 'fact', 'facts', 'the facts', 'not real', 'bonus fact', 'question',
    'answer', 'up next', 'image', 'credit', 'caption', 'reporting', 'contact', 'email', 'phone', 'tags', 'topics',
    'filed under', 'more', 'listen', 'subscribe', 'advertisement', 'sponsored', 'rpt', 'report', 'claim', 'verdict',
    'rating', 'bottom line', 'background', 'context', 'why it matters', 'what happened', 'the claim', 'the verdict',
    'the bottom line', 'summary', 'ps', 'p.s', 'nb', 'n.b', 'edit', 'addendum', 'postscript', 'result', 'results', 'score'
  ]
)
/** A paragraph before the questions that says an interview follows ("A chat with…", "This interview has been edited for length"). */
export const INTERVIEW_CUE = /\b(?:interview(?:ed)?|Q\s?&\s?A|Q\s?and\s?A|spoke (?:with|to)|talked (?:with|to)|chat(?:ted)? with|a chat\b|conversation with|sat down with|edited (?:for|and condensed)|condensed (?:for|and edited))\b/iu
/** Addressing the one asked: "you", "your". */
export const SECOND_PERSON = /\b(?:you|your|yours|yourself|you're|you’re|you've|you’ve|you'd|you’d|you'll|you’ll)\b/iu
