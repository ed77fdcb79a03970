// A very small W3C WebDriver client: plain HTTP with Node's built-in fetch.
// Only the commands the WebKit journey uses. Spec: https://www.w3.org/TR/webdriver2/
//
// Every request has a time limit, so a browser that hangs fails the journey
// instead of stopping it for ever.

/** The key a W3C web element reference is kept under. */
export const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** Longest wait for one WebDriver command (a page load can take a while). */
const COMMAND_MS = 60_000;

export class WebDriverError extends Error {
  constructor(command, status, value) {
    const what = value && typeof value === 'object' ? `${value.error}: ${value.message}` : String(value);
    super(`WebDriver ${command} failed (HTTP ${status}): ${what}`);
    this.code = value && typeof value === 'object' ? value.error : undefined;
  }
}

async function call(base, method, path, body) {
  const res = await fetch(base + path, {
    method,
    headers: body === undefined ? undefined : { 'Content-Type': 'application/json; charset=utf-8' },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(COMMAND_MS),
  });
  const text = await res.text();
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new WebDriverError(`${method} ${path}`, res.status, text.slice(0, 200));
  }
  if (!res.ok) throw new WebDriverError(`${method} ${path}`, res.status, parsed.value);
  return parsed.value;
}

/** True once the driver at `base` answers /status with ready. */
export async function driverReady(base) {
  try {
    const res = await fetch(base + '/status', { signal: AbortSignal.timeout(2_000) });
    if (!res.ok) return false;
    const { value } = await res.json();
    return value?.ready === true;
  } catch {
    return false;
  }
}

export class Session {
  /** Open a new session on the driver at `base` (e.g. http://127.0.0.1:4444). */
  static async open(base, capabilities) {
    const value = await call(base, 'POST', '/session', { capabilities: { alwaysMatch: capabilities } });
    return new Session(base, value.sessionId, value.capabilities);
  }

  constructor(base, id, capabilities) {
    this.base = base;
    this.id = id;
    this.capabilities = capabilities;
  }

  cmd(method, path, body) {
    return call(this.base, method, `/session/${this.id}${path}`, body);
  }

  /** End the session (the driver closes the browser). */
  close() {
    return call(this.base, 'DELETE', `/session/${this.id}`);
  }

  navigate(url) {
    return this.cmd('POST', '/url', { url });
  }

  refresh() {
    return this.cmd('POST', '/refresh', {});
  }

  currentUrl() {
    return this.cmd('GET', '/url');
  }

  /** Run `fn` (a function, or its source) in the page with `args`; returns its (awaited) result. */
  execute(fn, ...args) {
    const body = typeof fn === 'function' ? `return (${fn}).apply(null, arguments);` : fn;
    return this.cmd('POST', '/execute/sync', { script: body, args });
  }

  setWindowRect(rect) {
    return this.cmd('POST', '/window/rect', rect);
  }

  click(element) {
    return this.cmd('POST', `/element/${element[ELEMENT]}/click`, {});
  }

  /** Type `text` into an element, as keys. */
  type(element, text) {
    return this.cmd('POST', `/element/${element[ELEMENT]}/value`, { text });
  }

  /** A PNG of the window, as bytes. */
  async screenshot() {
    return Buffer.from(await this.cmd('GET', '/screenshot'), 'base64');
  }
}
