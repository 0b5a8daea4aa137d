// The same integration suite under @vscode/test-electron, for machines that can download VS Code.
// (This project's machines cannot; there `npm test` runs the suite in code-server instead.)
import {cpSync, mkdtempSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {runTests} from '@vscode/test-electron'
import {FIXTURES, PROJECT_ROOT} from '../helpers'
import {buildExtension, buildSuite} from './host'

buildExtension()
const extensionTestsPath = await buildSuite()
const workspace = join(mkdtempSync(join(tmpdir(), 'editorial-review-electron-')), 'workspace')
cpSync(join(FIXTURES, 'workspace'), workspace, {recursive: true})
try {
  await runTests({
    extensionDevelopmentPath: PROJECT_ROOT,
    extensionTestsPath,
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust']
  })
} catch (error) {
  console.error(`The suite failed or VS Code could not be downloaded: ${(error as Error).message}`)
  process.exitCode = 1
}
