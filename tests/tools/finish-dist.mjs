// After `trunk build` (run by `make dist`): finish the static folder.
//
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
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
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

minifyAll();
for (const page of PAGES) addPolicy(page);
tellServiceWorker();
