import assert from 'node:assert/strict'
import {spawnSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {createContext, runInContext} from 'node:vm'
import {before, test} from 'node:test'
import {PROJECT_ROOT} from './helpers'

before(() => {
  spawnSync(process.execPath, [join(PROJECT_ROOT, 'esbuild.js')], {cwd: PROJECT_ROOT, stdio: 'ignore'})
})

test('the web extension bundle needs nothing from Node: it can run in VS Code for the Web', () => {
  const bundle = readFileSync(join(PROJECT_ROOT, 'dist', 'web', 'extension.cjs'), 'utf8')
  const required = [...bundle.matchAll(/\brequire\(["']([^"']+)["']\)/g)].map((match) => match[1])
  assert.deepEqual([...new Set(required)], ['vscode'])
})

test('the web extension bundle loads where a web worker host loads it: no DOM, no Node globals, only `vscode` to require', () => {
  // VS Code for the Web fetches the bundle and runs it as CommonJS inside a web worker. Packages' "browser"
  // builds may touch `document` when they load (decode-named-character-reference's did); a worker has none.
  const bundle = readFileSync(join(PROJECT_ROOT, 'dist', 'web', 'extension.cjs'), 'utf8')
  // A stand-in for the `vscode` module: every name, call and `new` gives it back (esbuild's interop copies the
  // module's own names into an object whose prototype is the module's, hence getPrototypeOf).
  const anything: object = new Proxy(function () {}, {
    get: (_target, key) => (key === Symbol.toPrimitive ? () => '' : anything),
    apply: () => anything,
    construct: () => anything,
    getPrototypeOf: () => anything
  })
  const module = {exports: {} as Record<string, unknown>}
  const require = (name: string) => {
    if (name !== 'vscode') throw new Error(`the web worker host cannot load ${name}`)
    return anything
  }
  const worker = {
    module,
    exports: module.exports,
    require,
    console,
    performance,
    setTimeout,
    clearTimeout,
    queueMicrotask,
    TextDecoder,
    TextEncoder,
    URL,
    structuredClone
  }
  runInContext(bundle, createContext(worker), {filename: 'dist/web/extension.cjs'})
  assert.equal(typeof module.exports.activate, 'function')
  assert.equal(typeof module.exports.deactivate, 'function')
})

test('the web bundle is also written as extension.cjs.js, the name VS Code 1.100 fetches, and both ship', () => {
  const bundle = readFileSync(join(PROJECT_ROOT, 'dist', 'web', 'extension.cjs'))
  assert.ok(bundle.equals(readFileSync(join(PROJECT_ROOT, 'dist', 'web', 'extension.cjs.js'))))
  const shipped = readFileSync(join(PROJECT_ROOT, '.vscodeignore'), 'utf8').split('\n')
  assert.ok(shipped.includes('!dist/web/extension.cjs') && shipped.includes('!dist/web/extension.cjs.js'))
})

test('the extension manifest points at the bundles, activates lazily and ships its schema', () => {
  const manifest = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8'))
  // Desktop VS Code runs the web bundle too: it needs nothing from Node.
  assert.equal(manifest.main, './dist/web/extension.cjs')
  // With "type": "module", VS Code 1.103 and later take a ".js" `browser` entry for an ES module, which the
  // web worker host refuses: the entry must end in ".cjs". (VS Code 1.100 fetches it with ".js" appended.)
  assert.equal(manifest.type, 'module')
  assert.equal(manifest.browser, './dist/web/extension.cjs')
  assert.deepEqual(manifest.activationEvents, ['onLanguage:markdown', 'onLanguage:plaintext'])
  assert.equal(manifest.contributes.jsonValidation[0].url, './dist/config.schema.json')
  assert.equal(manifest.engines.vscode, '^1.100.0')
})
