

/** The small closed word classes the quote rules test tokens against (data that is part of the grammar, not of the lexicon). */

export const CLOSE_MARKS = new Set(['"', '”', '’', "'", '»']);

export const FINAL = new Set(['.', '!', '?']);

export const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'yesterday', 'tonight', 'earlier', 'later', 'recently', 'previously', 'again', 'also']);

export const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);

export const WRITE_LIKE = new Set(['write', 'tweet', 'email']);

export const TELL_LIKE = new Set(['tell', 'ask', 'warn', 'urge', 'remind', 'assure', 'inform', 'caution', 'accuse', 'blame', 'call on', 'promise', 'write', 'tweet', 'email']);

export const NP_JOINERS = new Set(['.', "'s", '’s', '-', '&', "'", '’', '(', ')']);

export const POSSESSIVE = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);

export const ARTICLES = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'my', 'your', "'s", '’s']);

export const PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'from', 'to', 'via', 'through', 'with']);

export const SUBORDINATORS = new Set(['when', 'if', 'after', 'before', 'once', 'as', 'while', 'unless', 'until']);

/** "says of Clinton, “…”", "said about the plan: “…”": the topic before a quote is not content. */
export const TOPIC_PREPOSITIONS = new Set(['of', 'about', 'regarding']);

export const TITLE_PREPOSITIONS = new Set(['on', 'of', 'in', 'to', 'from', 'at', 'for', 'with', 'by', "'s", '’s']);

export const INTRO_ADVERBS = new Set(['but', 'and', 'so', 'yet', 'however', 'still', 'then', 'now', 'meanwhile', 'earlier', 'later', 'recently', 'instead', 'also', 'despite', 'since', 'because', 'although', 'though', 'last', 'this', 'on', 'by', 'for', 'under', 'over', 'amid', 'following']);

export const CLAUSE_WH = new Set(['whether', 'if', 'what', 'how', 'why']);

export const WEEKDAY_NAMES = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'yesterday', 'today', 'tonight']);

export const CONTRACTED = new Set(["'s", '’s', "'re", '’re', "'ve", '’ve', "'ll", '’ll', "'d", '’d', "'m", '’m']);

export const MODALS = new Set(['would', 'will', 'could', 'should', 'can', 'may', 'might', 'must', 'has', 'have', 'had', 'did', 'does']);

/** Words that open a trailing adverbial after a cue ("said at a rally", "said last week"). */
export const ADVERBIAL_OPENERS = new Set(['at', 'by', 'during', 'from', 'to', 'with', 'without', 'last', 'this', 'late', 'early', 'earlier', 'later', 'again', 'afterwards', 'recently', 'repeatedly', 'while', 'when', 'as', 'outside', 'inside', 'near', 'under', 'over', 'about', 'of', 'for', 'through', 'one', 'two', 'three', 'several', 'many', 'some', 'days', 'weeks', 'months', 'hours', 'twice', 'once', 'too', 'also', 'then', 'there', 'here', 'privately', 'publicly']);

export const PARTICLES = new Set(['out', 'off', 'up', 'down', 'away', 'back']);

export const GERUND_PREPOSITIONS = new Set(['by', 'without', 'after', 'before', 'while', 'when', 'in', 'despite']);

export const CLAUSE_JOINERS = new Set([',', ';', '—', '–', 'and', 'but']);

/** Words that open a subordinate clause which may have a speaker of its own. */
export const CLAUSE_OPENERS = new Set(['when', 'as', 'because', 'while', 'since', 'though', 'although', 'where', 'after']);

/** "…, many said that …": quantifiers standing as subjects. */
export const QUANTIFIER_SUBJECTS = new Set(['many', 'some', 'most', 'others', 'both', 'all', 'few']);

export const QUOTE_CHARS = new Set(['"', '“', '”', '«', '»']);

export const DASHES = new Set(['―', '—', '–', '--', '-']);

export const OPEN_MARKS = new Set(['"', '“', '‘', "'", '«', '„']);
