// After `trunk build` (run by `make dist`): finish the static folder.
//
// 0. The table page's WebAssembly is cut in two (Trunk cannot do this; trunk
//    issue 1022). wasm-split-cli takes cargo's own build of the table page
//    and moves everything that only `#[wasm_split(later)]` functions reach
//    (src/ui/later.rs) into a module of its own, `later-<hash>.wasm`, which
//    the page fetches after its first screen. The rest goes through
//    wasm-bindgen and wasm-opt as Trunk's does, and takes the place of
//    Trunk's files (same names; integrity hashes made anew).
// 1. The stylesheet, wasm-bindgen's glue, our JavaScript snippets and the
//    pages' inline scripts are minified with esbuild, and the pages lose
//    their comments (about 7 KB less on the first load); the integrity
//    hashes in each page are made anew.
// 2. Each page gets a Content-Security-Policy <meta>. Inline scripts are
//    allowed by their sha256 only, worked out here from the built pages, so
//    the policy stays right when Trunk's loader or our own scripts change.
// 3. The service worker (dist/sw.js) is told every file of this build (as
//    minified) and a name for the build, so it keeps the table page and host
//    tools together.
//
// Usage: node tests/tools/finish-dist.mjs [dist]. Stops with a message if a page
// is not as expected, so a wrong policy is never shipped.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import esbuild from 'esbuild';

const DIST = path.resolve(process.argv[2] ?? 'dist');
const PAGES = ['index.html', 'host/index.html'];

function fail(message) {
  console.error(`finish-dist: ${message}`);
  process.exit(1);
}

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The text of an HTML attribute value, as the browser hashes it. */
function decode(value) {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The policy for one page, from what is inline in it. */
function policyFor(html) {
  const scripts = [];
  const styles = [];
  const handlers = [];
  // Inline <script> (no src): allowed by the hash of its exact text.
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    if (/\bsrc\s*=/i.test(m[1])) continue;
    // Data blocks are never run, so they need no hash.
    if (/\btype\s*=\s*["']?application\/(?:ld\+)?json/i.test(m[1])) continue;
    scripts.push(sha256(m[2]));
  }
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)) styles.push(sha256(m[1]));
  // Event handler attributes (onclick="…") outside scripts: allowed by hash
  // with 'unsafe-hashes' (that handler text only, never any other).
  const tags = html.replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, '').replace(/<!--[\s\S]*?-->/g, '');
  for (const tag of tags.matchAll(/<[a-z][^>]*>/gi)) {
    for (const a of tag[0].matchAll(/\son[a-z]+\s*=\s*(?:"([^"]*)"|'([^']*)')/gi)) {
      handlers.push(sha256(decode(a[1] ?? a[2])));
    }
  }
  if (/\sstyle\s*=/i.test(tags)) fail('a page has a style="…" attribute; move it to style/main.css');
  const unique = (list) => [...new Set(list)];
  const script = ["'self'", "'wasm-unsafe-eval'"];
  if (handlers.length) script.push("'unsafe-hashes'", ...unique(handlers));
  script.push(...unique(scripts));
  return [
    "default-src 'self'",
    `script-src ${script.join(' ')}`,
    `style-src ${["'self'", ...unique(styles)].join(' ')}`,
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

const CSP_META = /\s*<meta\s+http-equiv="Content-Security-Policy"[^>]*>/i;

function addPolicy(page) {
  const file = path.join(DIST, page);
  if (!existsSync(file)) fail(`${file} is missing (run trunk build first)`);
  let html = readFileSync(file, 'utf8').replace(CSP_META, '');
  const charset = html.match(/<meta\s+charset=[^>]*>/i);
  if (!charset) fail(`${page} has no <meta charset>; the policy goes right after it`);
  const policy = policyFor(html);
  const meta = `\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`;
  const at = charset.index + charset[0].length;
  html = html.slice(0, at) + meta + html.slice(at);
  writeFileSync(file, html);
  console.log(`finish-dist: ${page}: ${policy}`);
}

/** Every file under `dir`, as paths from DIST with "/" between folders. */
function filesUnder(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...filesUnder(full));
    else out.push(path.relative(DIST, full).split(path.sep).join('/'));
  }
  return out;
}

function tellServiceWorker() {
  const swFile = path.join(DIST, 'sw.js');
  if (!existsSync(swFile)) fail(`${swFile} is missing`);
  // public/ is copied whole, so it holds a second, unfinished sw.js: drop it.
  rmSync(path.join(DIST, 'public', 'sw.js'), { force: true });
  const files = filesUnder(DIST)
    .filter((f) => f !== 'sw.js' && !f.startsWith('.') && !f.includes('/.'))
    .sort();
  for (const page of PAGES) if (!files.includes(page)) fail(`${page} is not in ${DIST}`);
  // Pages by their folder's address: every web host serves "host/", while
  // some answer "host/index.html" with a redirect.
  const keep = files.map((f) => (f === 'index.html' ? './' : f.replace(/\/index\.html$/, '/')));
  if (!files.some((f) => f.startsWith('host/') && f.endsWith('.wasm'))) fail('host tools have no .wasm');
  let sw = readFileSync(swFile, 'utf8');
  // The build's name changes when any file, or the service worker itself, does.
  const hash = createHash('sha256').update(sw).update('\0');
  for (const f of files) hash.update(f).update('\0').update(readFileSync(path.join(DIST, f))).update('\0');
  const build = hash.digest('hex').slice(0, 16);
  const before = sw;
  sw = sw.replace(/^const BUILD = .*;$/m, `const BUILD = '${build}';`);
  sw = sw.replace(/^const FILES = \[[^\]]*\];$/m, `const FILES = ${JSON.stringify(keep, null, 2)};`);
  if (!/^const BUILD = '[0-9a-f]{16}';$/m.test(sw) || sw === before || !sw.includes('"host/"')) {
    fail('public/sw.js must have the lines "const BUILD = …;" and "const FILES = […];"');
  }
  writeFileSync(swFile, sw);
  console.log(`finish-dist: sw.js keeps ${files.length} files, build ${build}`);
}

/** The same stylesheet or script, minified by esbuild (whitespace, comments, local names). */
function minified(file, text) {
  const loader = file.endsWith('.css') ? 'css' : 'js';
  return esbuild.transformSync(text, { loader, minify: true, ...(loader === 'js' ? { format: 'esm' } : {}) }).code;
}

const sha384 = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** Write a file anew, and give it its new integrity hash wherever a page names it. */
function rewrite(full, after) {
  const before = readFileSync(full);
  writeFileSync(full, after);
  const old = `integrity="${sha384(before)}"`;
  for (const page of PAGES) {
    const pageFile = path.join(DIST, page);
    const html = readFileSync(pageFile, 'utf8');
    if (html.includes(old)) writeFileSync(pageFile, html.split(old).join(`integrity="${sha384(Buffer.from(after))}"`));
  }
}

/**
 * A page with its inline scripts minified, and no HTML comments (they are
 * notes for us, and the tablet would download them). Trunk's loader is a
 * module; our own script is a classic one, whose top-level names stay.
 */
function minifiedPage(html) {
  const out = html
    .replace(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi, (whole, attrs, code) => {
      if (/\bsrc\s*=/i.test(attrs) || !code.trim()) return whole;
      const format = /\btype\s*=\s*["']?module/i.test(attrs) ? { format: 'esm' } : {};
      const small = esbuild.transformSync(code, { loader: 'js', minify: true, ...format }).code.trim();
      return `<script${attrs}>${small}</script>`;
    })
    .replace(/<!--[\s\S]*?-->\s*/g, '');
  if (/<!--/.test(out)) fail('a page has a comment that does not end');
  return out;
}

function minifyAll() {
  for (const page of PAGES) {
    const file = path.join(DIST, page);
    writeFileSync(file, minifiedPage(readFileSync(file, 'utf8')));
  }
  for (const f of filesUnder(DIST)) {
    const full = path.join(DIST, f);
    // The stylesheet, wasm-bindgen's glue and our snippets (not public/, not sw.js).
    if (/\.(css|js)$/.test(f) && !f.startsWith('public/') && f !== 'sw.js') {
      rewrite(full, minified(f, readFileSync(full, 'utf8')));
    }
  }
  // Every file a page names with an integrity hash must still match it.
  for (const page of PAGES) {
    const html = readFileSync(path.join(DIST, page), 'utf8');
    let checked = 0;
    for (const tag of html.match(/<link[^>]*>/g) ?? []) {
      const href = tag.match(/href="\.\/([^"]+)"/);
      const integrity = tag.match(/integrity="([^"]+)"/);
      if (!href || !integrity) continue;
      const file = path.join(DIST, path.dirname(page), href[1]);
      if (sha384(readFileSync(file)) !== integrity[1]) fail(`${page}: the integrity of ${href[1]} does not match`);
      checked++;
    }
    if (checked < 3) fail(`${page}: expected integrity hashes on its stylesheet, script and wasm, found ${checked}`);
  }
}

/** Run a build tool; stop with its name if it fails. */
function run(tool, args) {
  try {
    execFileSync(tool, args, { stdio: ['ignore', 'inherit', 'inherit'] });
  } catch (e) {
    fail(`${tool} failed (${e.message.split('\n')[0]})`);
  }
}

const hash16 = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);

/** Step 0: the table page's WebAssembly in two (see the top of this file). */
function splitTable() {
  const root = path.resolve(import.meta.dirname, '..', '..');
  const target = process.env.CARGO_TARGET_DIR ?? path.join(root, 'target');
  const built = path.join(target, 'wasm32-unknown-unknown', 'release', 'over-a-brew.wasm');
  if (!existsSync(built)) fail(`${built} is missing (run trunk build --release first)`);
  const glue = readdirSync(DIST).filter((f) => /^over-a-brew-[0-9a-f]+\.js$/.test(f));
  if (glue.length !== 1) fail(`expected one over-a-brew-<hash>.js in ${DIST}, found ${glue.length}`);
  const name = glue[0].slice(0, -'.js'.length);
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'over-a-brew-split-'));
  try {
    // The loader wasm-split-cli writes imports the page's glue as `./<name>.js`.
    run('wasm-split-cli', ['--out-name', name, built, tmp]);
    const chunk = path.join(tmp, 'split_later.wasm');
    const link = path.join(tmp, '__wasm_split.js');
    if (!existsSync(chunk) || !existsSync(link)) fail('wasm-split-cli made no `later` module: is src/ui/later.rs still split?');
    run('wasm-bindgen', ['--target=web', '--keep-lld-exports', `--out-dir=${tmp}/bg`, `--out-name=${name}`, '--no-typescript', path.join(tmp, `${name}.wasm`)]);
    const opt = ['-Oz', '--strip-debug', '--strip-producers', '--strip-target-features'];
    run('wasm-opt', [...opt, path.join(tmp, 'bg', `${name}_bg.wasm`), '-o', path.join(tmp, 'main.wasm')]);
    run('wasm-opt', [...opt, chunk, '-o', path.join(tmp, 'later.wasm')]);

    // Names that change with what is in them, so no cache can pair a new
    // page with an old module.
    const later = readFileSync(path.join(tmp, 'later.wasm'));
    const laterName = `later-${hash16(later)}.wasm`;
    let linkJs = readFileSync(link, 'utf8');
    if (!linkJs.includes('"./split_later.wasm"')) fail('the split loader does not name ./split_later.wasm');
    linkJs = linkJs.split('"./split_later.wasm"').join(`"./${laterName}"`);
    // Compiled from its bytes, not streamed: streaming needs the web host to
    // send .wasm as application/wasm, and some do not (wasm-bindgen's own
    // glue falls back the same way).
    const streamed = 'WebAssembly.instantiateStreaming(src, imports)';
    if (!linkJs.includes(streamed)) fail('the split loader does not instantiate as expected');
    linkJs = linkJs.split(streamed).join('WebAssembly.instantiate(await (await src).arrayBuffer(), imports)');
    const linkName = `split-${hash16(linkJs)}.js`;
    let mainJs = readFileSync(path.join(tmp, 'bg', `${name}.js`), 'utf8');
    // The import statement only: the module's imports are still keyed by
    // the name the WebAssembly asks for.
    const from = 'from "./__wasm_split.js"';
    if (!mainJs.includes(from)) fail("wasm-bindgen's glue does not import ./__wasm_split.js");
    mainJs = mainJs.split(from).join(`from "./${linkName}"`);

    writeFileSync(path.join(DIST, laterName), later);
    writeFileSync(path.join(DIST, linkName), linkJs);
    rewrite(path.join(DIST, `${name}.js`), mainJs);
    rewrite(path.join(DIST, `${name}_bg.wasm`), readFileSync(path.join(tmp, 'main.wasm')));
    console.log(`finish-dist: the table page's WebAssembly is in two: ${name}_bg.wasm and ${laterName}`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

splitTable();
minifyAll();
for (const page of PAGES) addPolicy(page);
tellServiceWorker();
