/** localStorage key of the "signed in on this browser" hint. */
const HINT_KEY = "creative-network.signed-in";

/** The part of `Storage` the hint uses, so tests can pass a plain object. */
export type HintStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

function browserStorage(): HintStorage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    // Storage can be switched off (some private modes throw on access); then every visit asks the server.
    return undefined;
  }
}

/**
 * Whether this browser signed in and has not signed out since. The session cookie is HTTP-only, so scripts cannot
 * see it; without this hint every anonymous page view would ask `GET /api/auth/me` and get a 401, which browsers
 * log as an error. The hint only saves that request: the server's answer always decides who is signed in.
 * @param storage where the hint lives; localStorage in the browser.
 */
export function hasSessionHint(storage: HintStorage | undefined = browserStorage()): boolean {
  if (!storage) return true;
  try {
    return storage.getItem(HINT_KEY) === "1";
  } catch {
    return true;
  }
}

/** Records that this browser signed in (true) or out (false). */
export function setSessionHint(signedIn: boolean, storage: HintStorage | undefined = browserStorage()): void {
  try {
    if (signedIn) storage?.setItem(HINT_KEY, "1");
    else storage?.removeItem(HINT_KEY);
  } catch {
    // A full or disabled storage only costs one request per page view.
  }
}

/** Whether a `storage` event is about the hint (signing in or out in another tab). */
export const isSessionHintKey = (key: string | null) => key === HINT_KEY || key === null;
