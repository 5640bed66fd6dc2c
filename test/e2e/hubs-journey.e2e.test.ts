import type { Page } from "playwright-core";
import sharp from "sharp";
import { describe } from "vitest";
import { accountsService } from "../../server/modules/accounts/accounts.service.ts";
import { expect, test } from "./fixtures.ts";
import { hanoiNetwork, hubsOnMap, POLL, register, signIn } from "./helpers.ts";

// The whole membership journey drives three browsers through a dozen pages.
const JOURNEY_TIMEOUT = 240_000;

/** The Hanoi network's four seeded membership questions, as the form labels them in Vietnamese. */
const QUESTIONS = [
  "hỗ trợ các ngành công nghiệp văn hoá và sáng tạo",
  "là nơi làm việc của những doanh nghiệp hoặc cá nhân nào",
  "hoạt động kết nối cộng đồng trực tiếp",
  "phát triển nghề nghiệp và xã hội của cộng đồng",
];

async function registerThroughUi(
  page: Page,
  baseUrl: string,
  person: { name: string; email: string; password: string },
) {
  // A visitor opening a private page is sent to sign in, and from there to sign up; both bring them back.
  await page.goto(`${baseUrl}/me`);
  await page.waitForURL(/\/login\?next=%2Fme$/);
  await page.getByRole("link", { name: "Tạo tài khoản" }).click();
  await page.waitForURL(/\/register\?next=%2Fme$/);

  // Nothing filled in: the form says what is missing, next to each field and in a focused summary.
  await page.getByRole("button", { name: "Tạo tài khoản" }).click();
  const summary = page.locator(".form-error-summary");
  await summary.waitFor();
  expect(await summary.textContent()).toContain("Hãy nhập họ và tên.");
  expect(await page.getByLabel(/^Mật khẩu/).getAttribute("aria-invalid")).toBe("true");

  await page.getByLabel("Họ và tên").fill(person.name);
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel(/^Mật khẩu/).fill(person.password);
  await page.getByRole("button", { name: "Tạo tài khoản" }).click();
  await page.waitForURL(`${baseUrl}/me`);
  await expect.poll(() => page.locator("h1").textContent(), POLL).toBe("Không gian của tôi");
}

async function answerQuestion(page: Page, index: number, text: string) {
  await page.getByLabel(QUESTIONS[index]).fill(text);
}

/** Takes the reviewer from the queue to an application's decision screen and records a decision. */
async function decide(page: Page, baseUrl: string, hub: string, decision: RegExp, reason: string): Promise<void> {
  await page.goto(`${baseUrl}/review`);
  await page.getByRole("link", { name: hub }).click();
  await page.waitForURL(/\/review\/[0-9a-f-]{36}$/);
  await page.getByRole("radio", { name: decision }).check();
  await page.getByLabel("Lý do", { exact: false }).fill(reason);
  await page.getByRole("button", { name: "Tiếp tục" }).click();
  // The confirmation step repeats the reason the applicant will read.
  const confirm = page.locator(".confirm");
  await confirm.waitFor();
  expect(await confirm.textContent()).toContain(reason);
  await page.getByRole("button", { name: "Xác nhận quyết định" }).click();
  await page.waitForURL(`${baseUrl}/review`);
}

describe("Hanoi's network of hubs", () => {
  test("shows the 42 seeded hubs in the list and the 5 with coordinates on the map", async ({ page, baseUrl }) => {
    await page.goto(`${baseUrl}/hubs`);

    await expect
      .poll(() => page.locator("h1").textContent(), POLL)
      .toBe("Mạng lưới các không gian văn hoá sáng tạo Hà Nội");
    await expect.poll(() => page.locator(".city-results__count").textContent(), POLL).toBe("1–20 trong 42 không gian");
    expect(await page.locator(".hub-card").count()).toBe(20);

    const map = page.getByRole("region", { name: "Bản đồ 5 không gian" });
    await map.locator(".leaflet-marker-icon").first().waitFor();
    await expect.poll(() => hubsOnMap(map), POLL).toBe(5);
    await expect
      .poll(() => page.locator(".hubs-map__note").textContent(), POLL)
      .toContain("37 không gian chưa có toạ độ");

    // Open-data links carry the selection.
    expect(await page.getByRole("link", { name: "CSV" }).getAttribute("href")).toBe(
      "/api/hubs/export?format=csv&network=hanoi",
    );

    await page.getByRole("link", { name: "Trang 2", exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get("page") === "2");
    await expect.poll(() => page.locator(".city-results__count").textContent(), POLL).toBe("21–40 trong 42 không gian");
  });

  test("finds a hub without diacritics, filters in the URL, and shows its page with schema.org data", async ({
    page,
    baseUrl,
  }) => {
    await page.goto(`${baseUrl}/hubs`);
    await page.getByLabel("Tìm không gian").fill("hoa lo");
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.searchParams.get("q") === "hoa lo");
    await expect
      .poll(() => page.locator(".hub-card__name, .city-card__name").first().textContent(), POLL)
      .toBe("Nhà tù Hỏa Lò");

    await page.getByLabel("Loại hình").selectOption("museum");
    await page.waitForURL((url) => url.searchParams.get("type") === "museum" && url.searchParams.get("q") === "hoa lo");
    await expect.poll(() => page.locator(".city-card__place").allTextContents(), POLL).not.toEqual([]);
    for (const text of await page.locator(".city-card__place").allTextContents()) expect(text).toContain("Bảo tàng");

    await page.getByRole("link", { name: "Nhà tù Hỏa Lò" }).click();
    await page.waitForURL(`${baseUrl}/hubs/nha-tu-hoa-lo`);
    await expect.poll(() => page.locator("h1").textContent(), POLL).toBe("Nhà tù Hỏa Lò");
    await page
      .getByRole("region", { name: /Bản đồ vị trí của Nhà tù Hỏa Lò/ })
      .locator(".hub-marker")
      .waitFor();

    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
    expect(jsonLd).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Museum",
      identifier: "H000003",
      name: "Nhà tù Hỏa Lò",
      geo: { "@type": "GeoCoordinates", latitude: 21.02528, longitude: 105.84639 },
    });
  });

  test("takes an organisation from sign-up to a public member hub, through changes requested and acceptance", {
    timeout: JOURNEY_TIMEOUT,
  }, async ({ page, newPage, server }) => {
    const { baseUrl, db } = server;
    const hubName = "Xưởng gốm Thử Nghiệm";
    const script = "<script>window.injected = true</script>";

    // The network's administrator: an account made through the API, granted the role as the platform would.
    const hanoi = await hanoiNetwork(baseUrl);
    const adminPassword = "mật khẩu quản trị mạng lưới";
    await register(baseUrl, "quan.tri@example.vn", "Phạm Quản Trị", adminPassword);
    await accountsService(db).grantNetworkRole(hanoi.id, "quan.tri@example.vn", "admin");

    // 1. The applicant signs up and registers a hub.
    await registerThroughUi(page, baseUrl, {
      name: "Nguyễn Thu Hà",
      email: "thu.ha@example.vn",
      password: "mật khẩu của Thu Hà",
    });
    await page.getByRole("link", { name: "Đăng ký không gian mới" }).click();
    await page.waitForURL(`${baseUrl}/me/hubs/new`);
    await page.getByLabel("Tên tiếng Việt").fill(hubName);
    await page.getByLabel("Tên tiếng Anh").fill("Experimental Pottery Workshop");
    await page.getByLabel("Giới thiệu bằng tiếng Việt").fill(`Lớp học gốm cho thiếu nhi. ${script}`);
    await page.getByLabel("Loại hình").selectOption("craft-village");
    await page.getByLabel("Thủ công mỹ nghệ").check();
    await page.getByLabel("Quận, huyện").fill("Tây Hồ");
    await page.getByLabel("Địa chỉ", { exact: true }).fill("12 Quảng An");
    // Vietnamese writes decimals with a comma; the form reads it.
    await page.getByLabel("Vĩ độ").fill("21,065");
    await page.getByLabel("Kinh độ").fill("105,826");
    await page.getByLabel("Lối vào không bậc").check();
    await page.getByRole("button", { name: "Thêm người liên hệ" }).click();
    await page.getByLabel("Họ và tên").fill("Trần Bình");
    await page.getByLabel("Email").fill("binh@example.vn");
    await page.getByRole("button", { name: "Lưu hồ sơ không gian" }).click();

    await page.waitForURL(/\/me\/hubs\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.locator("h1").textContent(), POLL).toBe(`Quản lý: ${hubName}`);
    expect(await page.locator(".page-lead .badge").textContent()).toBe("Đang xin gia nhập");

    // A photo, checked and resized by the server.
    const photo = await sharp({ create: { width: 64, height: 48, channels: 3, background: "#b5651d" } })
      .png()
      .toBuffer();
    await page.getByLabel("Ảnh mới").setInputFiles({ name: "lo-nung.png", mimeType: "image/png", buffer: photo });
    await page.getByLabel("Chú thích ảnh").fill("Lò nung gốm của xưởng");
    await page.getByRole("button", { name: "Tải ảnh lên" }).click();
    await page.getByRole("img", { name: "Lò nung gốm của xưởng" }).waitFor();

    // 2. It applies: a draft saved halfway, then submitted once every question is answered.
    await page.getByRole("button", { name: "Nộp đơn gia nhập mạng lưới" }).click();
    await page.waitForURL(/\/applications\/[0-9a-f-]{36}$/);
    const applicationUrl = page.url();
    await expect.poll(() => page.locator("h1").textContent(), POLL).toBe(`Đơn gia nhập mạng lưới: ${hubName}`);
    await answerQuestion(page, 0, "Chúng tôi cho thuê lò nung và dạy làm gốm cho nghệ nhân trẻ.");
    await page.getByRole("button", { name: "Lưu nháp" }).click();
    await page.getByText(/Đã lưu nháp lúc/).waitFor();
    await page.reload();
    expect(await page.getByLabel(QUESTIONS[0]).inputValue()).toBe(
      "Chúng tôi cho thuê lò nung và dạy làm gốm cho nghệ nhân trẻ.",
    );

    // A supporting document.
    await page.getByLabel("Tài liệu mới").setInputFiles({
      name: "gioi-thieu.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"),
    });
    await page.getByRole("button", { name: "Đính kèm" }).click();
    await page.getByRole("link", { name: "gioi-thieu.pdf" }).waitFor();

    await page.getByRole("button", { name: "Nộp đơn", exact: true }).click();
    const missing = page.locator(".form-error-summary");
    await missing.waitFor();
    expect(await missing.locator("li").count()).toBe(3);
    await answerQuestion(page, 1, "Ba xưởng gốm nhỏ và một nhóm nhà thiết kế.");
    await answerQuestion(page, 2, "Phiên chợ gốm mỗi tháng, mở cửa cho cư dân.");
    await answerQuestion(page, 3, "Học bổng học nghề cho thanh niên trong phường.");
    await page.getByRole("button", { name: "Nộp đơn", exact: true }).click();
    await expect.poll(() => page.locator(".application__state .badge").textContent(), POLL).toBe("Đã nộp");

    // 3. The reviewer sees it in the queue, takes it into review and asks for changes, with a reason.
    const reviewer = await newPage();
    await signIn(reviewer, baseUrl, "quan.tri@example.vn", adminPassword);
    await expect
      .poll(() => reviewer.getByRole("button", { name: /^Tài khoản: Phạm Quản Trị/ }).getAttribute("aria-label"), POLL)
      .toBe("Tài khoản: Phạm Quản Trị, 1 thông báo chưa đọc");
    await reviewer.getByRole("button", { name: /^Tài khoản/ }).click();
    await reviewer.getByRole("link", { name: "Xét duyệt đơn", exact: true }).click();
    await reviewer.waitForURL(`${baseUrl}/review`);
    const row = reviewer.locator(".queue-table tbody tr", { hasText: hubName });
    await row.waitFor();
    expect(await row.textContent()).toContain("Nguyễn Thu Hà");
    expect(await row.textContent()).toContain("Đã nộp");

    await row.getByRole("link", { name: hubName }).click();
    await reviewer.waitForURL(/\/review\/[0-9a-f-]{36}$/);
    expect(await reviewer.locator(".answers").textContent()).toContain("Phiên chợ gốm mỗi tháng");
    expect(await reviewer.getByRole("link", { name: "gioi-thieu.pdf" }).count()).toBe(1);
    await reviewer.getByRole("button", { name: "Nhận xét duyệt" }).click();
    await expect.poll(() => reviewer.locator(".facts .badge").textContent(), POLL).toBe("Đang xét duyệt");

    const changes = "Hãy cho biết lịch mở cửa các lớp học gốm.";
    await decide(reviewer, baseUrl, hubName, /^Đề nghị bổ sung/, changes);
    await expect
      .poll(() => reviewer.getByRole("status").filter({ hasText: "Đã ghi nhận quyết định" }).textContent(), POLL)
      .toBe(`Đã ghi nhận quyết định cho ${hubName}: Cần bổ sung.`);

    // 4. The applicant reads the reason in the notification and on the application, amends and resubmits.
    await page.goto(`${baseUrl}/notifications`);
    const notification = page.locator(".notification", { hasText: "đề nghị bạn bổ sung" });
    await notification.waitFor();
    expect(await notification.textContent()).toContain(changes);
    await notification.getByRole("link", { name: "Xem đơn" }).click();
    await page.waitForURL(applicationUrl);
    await expect.poll(() => page.locator(".application__state .badge").textContent(), POLL).toBe("Cần bổ sung");
    expect(await page.locator(".notice--warning").textContent()).toContain(changes);
    await answerQuestion(page, 2, "Phiên chợ gốm mỗi tháng; lớp học thứ Bảy, 8:00 – 11:00.");
    await page.getByRole("button", { name: "Nộp đơn", exact: true }).click();
    await expect.poll(() => page.locator(".application__state .badge").textContent(), POLL).toBe("Đã nộp");

    // 5. The reviewer accepts.
    await decide(reviewer, baseUrl, hubName, /^Chấp thuận/, "Đủ bốn tiêu chí của mạng lưới.");
    await expect
      .poll(() => reviewer.getByRole("status").filter({ hasText: "Đã ghi nhận quyết định" }).textContent(), POLL)
      .toBe(`Đã ghi nhận quyết định cho ${hubName}: Được chấp thuận.`);

    await page.reload();
    await expect.poll(() => page.locator(".application__state .badge").textContent(), POLL).toBe("Được chấp thuận");
    // Started, submitted, taken into review, sent back, resubmitted, accepted.
    expect(await page.locator(".application-events .history-entry").count()).toBe(6);

    // 6. A visitor finds the new member on the public list and map; its page shows text as text and no contacts.
    const visitor = await newPage();
    await visitor.goto(`${baseUrl}/hubs`);
    await expect
      .poll(() => visitor.locator(".city-results__count").textContent(), POLL)
      .toBe("1–20 trong 43 không gian");
    const map = visitor.getByRole("region", { name: "Bản đồ 6 không gian" });
    await map.locator(".leaflet-marker-icon").first().waitFor();
    await expect.poll(() => hubsOnMap(map), POLL).toBe(6);
    expect(await map.locator(`.hub-marker[title="${hubName}"]`).count()).toBe(1);

    await visitor.getByLabel("Tìm không gian").fill("xuong gom thu nghiem");
    await visitor.keyboard.press("Enter");
    await visitor.getByRole("link", { name: hubName }).click();
    await visitor.waitForURL(/\/hubs\/xuong-gom-thu-nghiem$/);
    await expect.poll(() => visitor.locator("h1").textContent(), POLL).toBe(hubName);
    const article = visitor.locator("article.hub-detail");
    expect(await article.textContent()).toContain(script);
    expect(await article.locator(".hub-detail__description script").count()).toBe(0);
    expect(await visitor.evaluate(() => (window as { injected?: boolean }).injected)).toBeUndefined();
    const html = await visitor.content();
    expect(html).not.toContain("Trần Bình");
    expect(html).not.toContain("binh@example.vn");
    expect(await article.textContent()).toContain("Lối vào không bậc");
    await visitor.getByRole("img", { name: "Lò nung gốm của xưởng" }).waitFor();
  });

  test("refuses a stale edit with a clear message and loads the latest version", async ({
    page,
    newPage,
    baseUrl,
    browserErrors,
  }) => {
    // Chromium logs the refused save (409) as a console error; the refusal is what this test is about.
    browserErrors.allow(/status of 409/);

    const manager = { name: "Lê Minh", email: "le.minh@example.vn", password: "mật khẩu của Lê Minh" };
    await registerThroughUi(page, baseUrl, manager);
    await page.getByRole("link", { name: "Đăng ký không gian mới" }).click();
    await page.getByLabel("Tên tiếng Việt").fill("Không gian Đọc Sách Phố Cổ");
    await page.getByRole("button", { name: "Lưu hồ sơ không gian" }).click();
    await page.waitForURL(/\/me\/hubs\/[0-9a-f-]{36}$/);
    const hubId = page.url().split("/").pop() as string;
    await expect.poll(() => page.locator("h1").textContent(), POLL).toBe("Quản lý: Không gian Đọc Sách Phố Cổ");

    // The same manager, in another browser, changes the address while this page still shows version 1.
    const other = await newPage();
    const login = await other.request.post(`${baseUrl}/api/auth/login`, {
      data: { email: manager.email, password: manager.password },
    });
    expect(login.status()).toBe(200);
    const saved = await other.request.patch(`${baseUrl}/api/hubs/${hubId}`, {
      data: { version: 1, address: "5 Hàng Bạc" },
      headers: { origin: baseUrl },
    });
    expect(saved.status()).toBe(200);

    await page.getByLabel("Địa chỉ", { exact: true }).fill("19 Hàng Đào");
    await page.getByRole("button", { name: "Lưu thay đổi" }).click();

    const conflict = page.getByRole("alert").filter({ hasText: "Người khác vừa sửa hồ sơ này" });
    await conflict.waitFor();
    // Nothing was overwritten: the form still holds what was typed, and the server the other change.
    expect(await page.getByLabel("Địa chỉ", { exact: true }).inputValue()).toBe("19 Hàng Đào");
    const current = (await (await other.request.get(`${baseUrl}/api/hubs/${hubId}`)).json()) as { address: string };
    expect(current.address).toBe("5 Hàng Bạc");

    await conflict.getByRole("button", { name: "Tải phiên bản mới nhất" }).click();
    await expect.poll(() => page.getByLabel("Địa chỉ", { exact: true }).inputValue(), POLL).toBe("5 Hàng Bạc");
    await page.getByLabel("Địa chỉ", { exact: true }).fill("19 Hàng Đào");
    await page.getByRole("button", { name: "Lưu thay đổi" }).click();
    await page.getByRole("status").filter({ hasText: "Đã lưu. Hồ sơ nay là phiên bản 3." }).waitFor();

    // The history shows both edits, by the same person.
    await expect.poll(() => page.locator(".hub-manage__history .history-entry").count(), POLL).toBe(3);
  });
});
