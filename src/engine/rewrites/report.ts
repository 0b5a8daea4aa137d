import type {VFile} from 'vfile'
import {contextOf} from '../reading/sentences'
import {OUR_SOURCE_ID, ruleUrl} from '../rule-kit/meta'

/** A rewrite a rule offers: the text that replaces the finding's range, and what the action is called. */
export interface Rewrite {
  replacement: string
  title?: string
}

export interface Report {
  ruleId: string
  start: number
  end: number
  reason: string
  rewrites?: Rewrite[]
  note?: string
}

/** Titles of rewrites travel with the message so adapters can name each action. */
export const REWRITE_TITLES = 'editorialReviewTitles'

/** Writes one of our rules' messages the way every retext plugin does, with exact offsets. */
export function report(file: VFile, {ruleId, start, end, reason, rewrites = [], note}: Report): void {
  const lines = contextOf(file)!.document.lines
  const message = file.message(reason, {
    place: {start: lines.pointAt(start), end: lines.pointAt(end)},
    ruleId,
    source: OUR_SOURCE_ID
  })
  message.actual = String(file.value).slice(start, end)
  message.expected = rewrites.map((rewrite) => rewrite.replacement)
  message.url = ruleUrl(ruleId)
  if (note) message.note = note
  Object.assign(message, {[REWRITE_TITLES]: rewrites.map((rewrite) => rewrite.title)})
}
