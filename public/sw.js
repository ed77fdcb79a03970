// Over a Brew: keep the app on this tablet, so it opens again with no network.
//
// The app never sends anything anywhere; this only keeps a copy of its own
// files: the table page, host tools, the pictures and the icons. Every file of
// one build is kept together, under the build's name, and the kept copy is
// used first even when the network is there. So the app never changes in the
// middle of a meeting: a new build is fetched in the background and waits.
// Host tools say so and offer "Update now"; the table page never reloads.
// (Browsers run service workers only on https or on this computer's own address.)

// Filled in after every build by tests/tools/finish-dist.mjs (`make dist`):
// a name for this build, and every file in it (paths from this file's folder;
// a page by its folder, "./" for index.html and "host/" for host/index.html).
const BUILD = 'unbuilt';
const FILES = [];

const PREFIX = 'over-a-brew';
const CACHE = `${PREFIX}-${BUILD}`;

/** Pages are kept under their folder's address ("./", "host/"), so
 * ".../index.html" names the same page. */
function keyFor(request) {
  const url = new URL(request.url);
  url.search = '';
  url.hash = '';
  if (url.pathname.endsWith('/index.html')) url.pathname = url.pathname.slice(0, -'index.html'.length);
  return url.href;
}

/** Fetch one file of the build (never from the browser's own cache) and keep it. */
async function keep(cache, file) {
  const url = new URL(file, self.location.href);
  const response = await fetch(new Request(url, { cache: 'reload' }));
  if (!response.ok) throw new Error(`${file}: ${response.status}`);
  // Some web hosts answer a page through a redirect; a redirected answer
  // cannot open a page, so keep a plain copy of it.
  const plain = response.redirected
    ? new Response(await response.blob(), { status: 200, headers: response.headers })
    : response;
  await cache.put(url, plain);
}

self.addEventListener('install', (event) => {
  // All or nothing: if a file cannot be fetched, this build is not used and
  // the copy already on the tablet goes on working. No skipWaiting: a new
  // build waits until host tools say "Update now" or every page is closed.
  event.waitUntil(caches.open(CACHE).then((cache) => Promise.all(FILES.map((file) => keep(cache, file)))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

// Host tools' "Update now".
self.addEventListener('message', (event) => {
  if (event.data === 'update-now') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      const kept = await cache.match(keyFor(request));
      if (kept) return kept;
      return fetch(request);
    })(),
  );
});
