import {existsSync, readFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {emptyConfig, LineIndex, lintText, type EditorialConfig, type Finding} from '../src/engine/index'

export const PROJECT_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
export const FIXTURES = join(PROJECT_ROOT, 'test', 'fixtures')
/** The shared folder beside the project: the seed article and the labelled data (CI has it). */
export const SHARED = join(PROJECT_ROOT, '..', 'shared')

export function readFixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8')
}

export function readShared(path: string): string | undefined {
  const full = join(SHARED, path)
  return existsSync(full) ? readFileSync(full, 'utf8') : undefined
}

export function lintPlain(text: string, config: Partial<EditorialConfig> = {}): Finding[] {
  return lintText(text, {kind: 'plaintext', config: {...emptyConfig(), ...config}}).findings
}

export function lintMarkdown(text: string, config: Partial<EditorialConfig> = {}): Finding[] {
  return lintText(text, {kind: 'markdown', config: {...emptyConfig(), ...config}}).findings
}

/** Findings in the compact form retext's own tests use: `line:column-line:column ruleId “actual”`. */
export function summarize(text: string, findings: readonly Finding[]): string[] {
  const lines = new LineIndex(text)
  return findings.map(({span, ruleId, actual}) => {
    const start = lines.pointAt(span.start)
    const end = lines.pointAt(span.end)
    return `${start.line}:${start.column}-${end.line}:${end.column} ${ruleId} “${actual}”`
  })
}

/** The 1-based line a finding starts on, as an editor shows it. */
export function lineOf(text: string, finding: Finding): number {
  return new LineIndex(text).pointAt(finding.span.start).line
}

/** Every finding of one rule. */
export function ofRule(findings: readonly Finding[], ruleId: string): Finding[] {
  return findings.filter((finding) => finding.ruleId === ruleId)
}

/** Checks that each finding's range holds exactly its `actual` text. */
export function rangesHoldActual(text: string, findings: readonly Finding[]): boolean {
  return findings.every((finding) => text.slice(finding.span.start, finding.span.end) === finding.actual)
}
