// The integration suite's entry point in VS Code for the Web's web worker extension host, in the same
// run() contract as index.ts (the Node host's). The worker fetches this one bundled file and evaluates
// it as CommonJS with only `vscode` to require, so mocha (its browser build) and the tests are inside it.
import './web-setup'
import './extension.test'

export function run(): Promise<void> {
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const {passes, pending} = runner.stats ?? {passes: 0, pending: 0}
      if (pending > 0) console.log(`${pending} skipped in this host`)
      // Mocha's own summary is not a line CI reads; this one is.
      console.log(`${passes} passed, ${failures} failed`)
      if (failures > 0) reject(new Error(`${failures} integration tests failed`))
      else resolve()
    })
  })
}
