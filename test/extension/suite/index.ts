// The integration suite's entry point, in the @vscode/test-electron contract: VS Code loads this file
// in its extension host and awaits run(). The same file serves code-server and test-electron.
import * as path from 'node:path'
import Mocha from 'mocha'

export function run(): Promise<void> {
  const mocha = new Mocha({ui: 'bdd', color: false, timeout: 30_000, reporter: 'spec'})
  mocha.addFile(path.join(__dirname, 'extension.test.cjs'))
  return new Promise((resolve, reject) => {
    mocha.run((failures) => {
      const stats = mocha.suite.total()
      // Mocha's own summary is not a line CI reads; this one is.
      console.log(`${stats - failures} passed, ${failures} failed`)
      if (failures > 0) reject(new Error(`${failures} integration tests failed`))
      else resolve()
    })
  })
}
