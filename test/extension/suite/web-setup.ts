// Mocha's browser build for the web worker extension host (it has no Node built-ins, so not `mocha`'s
// Node entry). Imported before the test files so that describe/it exist when they load.
import 'mocha/mocha.js'

mocha.setup({ui: 'bdd', reporter: 'spec', color: false, timeout: 30_000})
