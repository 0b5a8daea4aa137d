import type {Finding} from '../../engine/index'

/** What one run of `lint` found, file by file, as every output format sees it. */
export interface FileReport {
  /** The path as the user should see it: relative to the working folder, `/`-separated. */
  path: string
  findings: Finding[]
}
