// Bundles the extension (one bundle for the Node and web worker hosts) and the command line with esbuild.
// `node esbuild.js` builds once, `--production` minifies, `--watch` rebuilds on change.
import {copyFile, mkdir} from 'node:fs/promises'
import * as esbuild from 'esbuild'

const production = process.argv.includes('--production')
const watch = process.argv.includes('--watch')

/** Prints errors in the shape VS Code's esbuild problem matcher reads. */
const problemMatcherPlugin = {
  name: 'problem-matcher',
  setup(build) {
    build.onStart(() => console.log('[watch] build started'))
    build.onEnd((result) => {
      for (const {text, location} of result.errors) {
        console.error(`✘ [ERROR] ${text}`)
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`)
      }
      console.log('[watch] build finished')
    })
  }
}

/** Writes each output file again with ".js" appended: what VS Code 1.100's web worker host fetches. */
const alsoAsDotJs = {
  name: 'also-as-dot-js',
  setup(build) {
    build.onEnd(async (result) => {
      if (result.errors.length === 0) await copyFile(build.initialOptions.outfile, `${build.initialOptions.outfile}.js`)
    })
  }
}

const shared = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  logLevel: 'silent',
  plugins: [problemMatcherPlugin]
}

const builds = [
  {
    // One bundle for both extension hosts: it needs no Node built-ins, so desktop VS Code runs the same file
    // as VS Code for the Web (and the .vsix carries the part-of-speech model once per name, not twice more).
    // In the web it runs in a web worker, no Node built-ins, loaded as CommonJS (the
    // web worker host cannot load ES modules). The entry must end in ".cjs": VS Code 1.103 and later take a
    // ".js" `browser` entry of a "type": "module" package for an ES module and refuse it. VS Code 1.100
    // (code-server 4.100.3, the test host) fetches the entry with ".js" appended instead, so the same file
    // is written again as extension.cjs.js. See docs/web.md.
    ...shared,
    plugins: [...shared.plugins, alsoAsDotJs],
    entryPoints: ['src/extension/extension.ts'],
    outfile: 'dist/web/extension.cjs',
    format: 'cjs',
    platform: 'browser',
    // A web worker has no DOM: packages' "worker" builds, not their "browser" ones (decode-named-character-reference's uses `document`).
    conditions: ['worker'],
    target: 'es2022',
    external: ['vscode'],
    define: {global: 'globalThis'}
  },
  {
    ...shared,
    entryPoints: ['src/cli.ts'],
    outfile: 'dist/cli.js',
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Node 20 has the Unicode property escapes the engine uses (\p{L}, \p{Lu}); left to the target, esbuild
    // rewrites each such literal as `new RegExp(...)`, built again on every call.
    supported: {'regexp-unicode-property-escapes': true},
    banner: {
      js: 'import {createRequire as __createRequire} from "node:module"; const require = __createRequire(import.meta.url);'
    }
  }
]

await mkdir('dist', {recursive: true})
await copyFile('src/engine/config.schema.json', 'dist/config.schema.json')
const contexts = await Promise.all(builds.map((options) => esbuild.context(options)))
if (watch) {
  await Promise.all(contexts.map((context) => context.watch()))
} else {
  await Promise.all(contexts.map((context) => context.rebuild()))
  await Promise.all(contexts.map((context) => context.dispose()))
}
