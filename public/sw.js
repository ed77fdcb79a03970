// Over a Brew: keep the app on this tablet, so it opens again with no network.
//
// The app never sends anything anywhere; this only keeps a copy of its own
// files. Pages are fetched fresh when the network is there (so an update
// arrives) and come from the copy when it is not. Other files have names that
// change with every build, so a kept copy is always right.
// (Browsers run service workers only on https or on this computer's own address.)
const CACHE = 'over-a-brew';

// The pictures beside the steps (tests/public_files.rs checks this list).
const PICTURES = [
  "public/pictures/alongside.svg",
  "public/pictures/ask.svg",
  "public/pictures/brew.svg",
  "public/pictures/clock.svg",
  "public/pictures/disagree.svg",
  "public/pictures/heart.svg",
  "public/pictures/mix.svg",
  "public/pictures/rubbish.svg",
  "public/pictures/silly.svg",
  "public/pictures/speak.svg",
  "public/pictures/table.svg",
  "public/pictures/talk.svg",
  "public/pictures/teapot.svg",
  "public/pictures/think.svg",
];

// Keep the files the page loads, found in the page itself.
async function keepApp() {
  const cache = await caches.open(CACHE);
  const page = await fetch('./', { cache: 'no-store' });
  if (!page.ok) return;
  await cache.put('./', page.clone());
  const html = await page.text();
  const files = new Set(PICTURES.map((p) => new URL(p, self.registration.scope).href));
  for (const match of html.matchAll(/(?:href|src)="([^"]+\.(?:js|wasm|css|svg|webmanifest))"/g)) {
    files.add(new URL(match[1], self.registration.scope).href);
  }
  await Promise.all([...files].map((url) => cache.add(url).catch(() => undefined)));
}

self.addEventListener('install', (event) => {
  event.waitUntil(keepApp().catch(() => undefined).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      if (request.mode === 'navigate') {
        try {
          const fresh = await fetch(request);
          if (fresh.ok) await cache.put(request, fresh.clone());
          return fresh;
        } catch (offline) {
          return (await cache.match(request)) || (await cache.match('./')) || Response.error();
        }
      }
      const kept = await cache.match(request);
      if (kept) return kept;
      const fresh = await fetch(request);
      if (fresh.ok) await cache.put(request, fresh.clone());
      return fresh;
    })(),
  );
});
