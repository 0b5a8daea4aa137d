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
  /** How sure the rule is, 0 to 1; the rule's declared confidence when left out. */
  confidence?: number
}

/** Titles of rewrites travel with the message so adapters can name each action. */
export const REWRITE_TITLES = 'editorialReviewTitles'
/** A finding's confidence travels with the message the same way. */
export const CONFIDENCE = 'editorialReviewConfidence'

/** Writes one of our rules' messages the way every retext plugin does, with exact offsets. */
export function report(file: VFile, {ruleId, start, end, reason, rewrites = [], note, confidence}: Report): void {
  const lines = contextOf(file)!.document.lines
  // A VFileMessage is an Error: building one captures the call stack, which its constructor then throws away
  // (it sets \`stack\` to ""). A lint writes thousands; capturing none is most of their cost.
  const stackTraceLimit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  let message: ReturnType<VFile['message']>
  try {
    message = file.message(reason, {
      place: {start: lines.pointAt(start), end: lines.pointAt(end)},
      ruleId,
      source: OUR_SOURCE_ID
    })
  } finally {
    Error.stackTraceLimit = stackTraceLimit
  }
  message.actual = String(file.value).slice(start, end)
  message.expected = rewrites.map((rewrite) => rewrite.replacement)
  message.url = ruleUrl(ruleId)
  if (note) message.note = note
  Object.assign(message, {[REWRITE_TITLES]: rewrites.map((rewrite) => rewrite.title)})
  if (confidence !== undefined) Object.assign(message, {[CONFIDENCE]: Math.max(0, Math.min(1, confidence))})
}
