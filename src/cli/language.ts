import type {Notice} from '../engine/index'
import {unreadPercent, type LanguageReading} from '../engine/reading/language'

/** More than this share of an article's words not in English, and the article as a whole was not checked. */
export const MOSTLY_UNREAD = 0.5

/** Whether most of the article was not checked because it is not in English. */
export function isMostlyUnread(reading: LanguageReading | undefined): boolean {
  return reading !== undefined && reading.unreadWords > 0 && reading.unreadShare > MOSTLY_UNREAD
}

/**
 * What the CLI tells the user about an article it could not read: a warning
 * when most of it is not in English (its "No findings" says nothing), a note
 * when a part is, and a note for an article with no prose at all.
 */
export function languageNotice(shown: string, reading: LanguageReading): Notice | undefined {
  const {words, unreadWords, unread} = reading
  if (words === 0) return {severity: 'info', message: `${shown}: no prose to check.`}
  if (unreadWords === 0) return
  const paragraphs = `${unread.length} ${unread.length === 1 ? 'paragraph' : 'paragraphs'}`
  if (unreadWords === words)
    return {
      severity: 'warning',
      message: `${shown}: not checked: it is not in English (${words} words), and the rules read English only.`
    }
  return {
    severity: isMostlyUnread(reading) ? 'warning' : 'info',
    message: `${shown}: ${unreadPercent(reading)}% not checked: ${paragraphs} (${unreadWords} of ${words} words) ${unread.length === 1 ? 'is' : 'are'} not in English; the rules read English only.`
  }
}

/** Parses --max-unread: a whole percentage from 0 to 100, with or without "%". */
export function parsePercent(value: string): number | undefined {
  const match = /^(\d{1,3})%?$/.exec(value.trim())
  if (!match) return
  const percent = Number(match[1])
  return percent <= 100 ? percent : undefined
}
