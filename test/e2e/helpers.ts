import type { Locator, Page } from "playwright-core";
import { expect } from "vitest";

/** How long and how often `expect.poll` waits for a page to settle. */
export const POLL = { timeout: 15_000, interval: 100 };

/** The password of accounts the browser tests make, unless a test picks its own. */
export const PASSWORD = "mật khẩu đủ dài cho thử nghiệm";

/** Registers an account through the API (the register screen is covered by the hubs journey); returns its id. */
export async function register(baseUrl: string, email: string, name: string, password = PASSWORD): Promise<string> {
  const res = await fetch(`${baseUrl}/api/auth/register`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password, name }),
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

/** Signs in through the sign-in screen and waits for the person's own page. */
export async function signIn(page: Page, baseUrl: string, email: string, password = PASSWORD): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Mật khẩu").fill(password);
  await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
  await page.waitForURL(`${baseUrl}/me`);
}

/** Signs in through the API and returns a caller that sends the session cookie and the same-origin header. */
export async function apiAs(baseUrl: string, email: string, password = PASSWORD) {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  });
  const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0];
  return async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        cookie,
        origin: baseUrl,
        ...(body instanceof FormData || body === undefined ? {} : { "content-type": "application/json" }),
      },
      body: body instanceof FormData ? body : body === undefined ? undefined : JSON.stringify(body),
    });
    expect(res.status, `${method} ${path}`).toBeLessThan(300);
    return res.json();
  };
}

/** The seeded Hanoi network, as the public list of networks names it. */
export async function hanoiNetwork(baseUrl: string): Promise<{ id: string; slug: string }> {
  const networks = (await (await fetch(`${baseUrl}/api/networks`)).json()) as {
    items: { id: string; slug: string }[];
  };
  const hanoi = networks.items.find((n) => n.slug === "hanoi");
  if (!hanoi) throw new Error("no Hanoi network");
  return hanoi;
}

/** Hubs on a hubs map: single markers, plus the count each cluster (the browser's or the API's) shows. */
export async function hubsOnMap(map: Locator): Promise<number> {
  const single = await map.locator(".hub-marker").count();
  let clustered = 0;
  for (const text of await map.locator(".hub-cluster span[aria-hidden]").allTextContents()) clustered += Number(text);
  return single + clustered;
}
