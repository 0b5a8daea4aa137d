/**
 * Very common words of other languages written in Latin letters (Spanish,
 * French, German, Portuguese, Italian, Dutch, Malay and Indonesian) that are
 * not English words, nor abbreviations, names or URL parts common in English
 * news ("un" for the UN, "il" for Illinois, "est" for EST, "des" in Des Moines,
 * "dem", "com", "mit", "dan", "van", "al", "yang" are left out). A paragraph with as many of these as of
 * English function words is not English, even when a few of its words are
 * English ones too ("a", "no", "me").
 */
export const FOREIGN_FUNCTION_WORDS = new Set([
  // Spanish
  'el', 'la', 'los', 'las', 'de', 'del', 'que', 'y', 'en', 'una', 'por', 'para', 'es', 'se', 'su', 'sus', 'lo', 'como',
  'más', 'pero', 'este', 'esta', 'fue', 'muy', 'sobre', 'también', 'entre', 'cuando', 'ya', 'porque', 'desde', 'hasta',
  'donde', 'según', 'dijo', 'está', 'están', 'sido',
  // French
  'le', 'les', 'du', 'et', 'une', 'qui', 'dans', 'pour', 'pas', 'sur', 'aux', 'avec', 'ce', 'cette', 'elle', 'ils',
  'sont', 'été', 'mais', 'ou', 'nous', 'vous', 'leur', 'ses', 'était', 'à',
  // German
  'der', 'das', 'und', 'ist', 'nicht', 'ein', 'eine', 'einen', 'einem', 'einer', 'zu', 'von', 'sich', 'auf', 'für',
  'auch', 'werden', 'dass', 'sie', 'nach', 'wird', 'bei', 'sind', 'noch', 'wie', 'über', 'zum', 'zur',
  'haben', 'nur', 'oder', 'aber', 'vor', 'bis', 'mehr', 'durch', 'wurde', 'wurden', 'kann', 'gegen', 'sein', 'seine',
  'ihre', 'ihr',
  // Portuguese
  'em', 'uma', 'não', 'é', 'ao', 'nos', 'pelo', 'pela', 'foi', 'são', 'também',
  // Italian
  'di', 'che', 'della', 'delle', 'dei', 'degli', 'nel', 'nella', 'sono', 'alla', 'anche', 'gli', 'è',
  // Dutch
  'het', 'een', 'dat', 'niet', 'zijn', 'voor', 'wordt', 'ook', 'maar', 'bij', 'naar', 'hij', 'deze',
  // Malay and Indonesian
  'ke', 'dari', 'ini', 'itu', 'dengan', 'untuk', 'tidak', 'akan', 'pada', 'dalam', 'adalah', 'oleh', 'telah',
  'kepada', 'juga', 'atau', 'beliau', 'mereka', 'bagi', 'sebagai', 'lebih', 'tersebut'
])
