import type {FileReport} from './report'

/** The machine-readable shape other tools read: add fields, never rename them. */
export function formatJson(reports: readonly FileReport[]): string {
  return JSON.stringify({version: 1, files: reports.map(({path, findings}) => ({path, findings}))}, null, 2) + '\n'
}
