import sharp from "sharp";
import { describe } from "vitest";
import { accountsService } from "../../server/modules/accounts/accounts.service.ts";
import { expect, test } from "./fixtures.ts";
import { apiAs, hanoiNetwork, POLL, register, signIn } from "./helpers.ts";

const TIMEOUT = 180_000;

describe("network administration in the browser", () => {
  test("an administrator appoints an assessor by e-mail, adds a hub type, edits a question, and finds all three in the audit log", {
    timeout: TIMEOUT,
  }, async ({ page, server, browserErrors }) => {
    const { baseUrl, db } = server;
    // The unknown address below is refused by the server with 409, which Chromium logs.
    browserErrors.allow(/status of 409/);
    // Setup with no screen: the city's culture department, an administrator of the platform and of Hanoi's
    // network (hub types are the platform's taxonomy), and a person who already has an account.
    const hanoi = await hanoiNetwork(baseUrl);
    const accounts = accountsService(db);
    await accounts.createPlatformAdmin("so.van.hoa@example.vn", "Sở Văn hoá", "mật khẩu quản trị");
    await accounts.grantNetworkRole(hanoi.id, "so.van.hoa@example.vn", "admin");
    await register(baseUrl, "chuyen.gia@example.vn", "Chuyên gia Mới");

    // The navigation shows the administration to administrators.
    await signIn(page, baseUrl, "so.van.hoa@example.vn", "mật khẩu quản trị");
    await page
      .getByRole("navigation", { name: "Điều hướng chính" })
      .getByRole("link", { name: "Quản trị mạng lưới" })
      .click();
    await page.waitForURL(`${baseUrl}/networks/hanoi/admin`);
    await expect.poll(() => page.locator("h1").textContent(), POLL).toContain("Quản trị mạng lưới");
    const tabs = page.getByRole("navigation", { name: "Các phần quản trị" });

    // 1. Roles: an unknown address is refused next to the field; the person's address appoints them.
    const email = page.getByLabel(/^Thư điện tử của người được bổ nhiệm/);
    await email.fill("khong.co@example.vn");
    await page.getByRole("button", { name: "Bổ nhiệm", exact: true }).click();
    await page.getByText("Chưa có tài khoản nào với địa chỉ này.", { exact: false }).waitFor();
    expect(await email.getAttribute("aria-invalid")).toBe("true");
    await email.fill("chuyen.gia@example.vn");
    await page.getByLabel("Vai trò", { exact: true }).selectOption("assessor");
    await page.getByRole("button", { name: "Bổ nhiệm", exact: true }).click();
    const row = page.getByRole("row", { name: /Chuyên gia Mới/ });
    await row.waitFor();
    expect(await row.textContent()).toContain("Chuyên gia đánh giá");
    await page.getByText("Đã bổ nhiệm chuyen.gia@example.vn làm Chuyên gia đánh giá.").waitFor();

    // 2. Hub types: a new type, its slug made from the English name.
    await tabs.getByRole("link", { name: "Loại hình không gian" }).click();
    await page.waitForURL(`${baseUrl}/networks/hanoi/admin?tab=hub-types`);
    await page.getByRole("row", { name: /Bảo tàng/ }).waitFor();
    await page.getByLabel(/^Tên tiếng Việt/).fill("Xưởng chế tạo");
    await page.getByLabel(/^Tên tiếng Anh/).fill("Makerspace");
    expect(await page.getByLabel(/^Mã \(slug\)/).inputValue()).toBe("makerspace");
    await page.getByRole("button", { name: "Thêm loại hình" }).click();
    await page.getByRole("row", { name: /Xưởng chế tạo/ }).waitFor();

    // Renaming it while someone else renames it too: the names shown are stale, nothing is overwritten, the
    // person sees the other names; a second save, made knowingly, goes through.
    await page.getByRole("button", { name: "Đổi tên Xưởng chế tạo" }).click();
    const renameVi = page.locator(".admin-form--inline").getByLabel(/^Tên tiếng Việt/);
    expect(await renameVi.evaluate((element) => element === document.activeElement)).toBe(true);
    const other = await apiAs(baseUrl, "so.van.hoa@example.vn", "mật khẩu quản trị");
    await other("PATCH", "/api/hub-types/makerspace", { version: 1, nameVi: "Xưởng sáng chế" });
    await renameVi.fill("Không gian chế tạo");
    await page.getByRole("button", { name: "Lưu tên mới" }).click();
    await page.getByText("Người khác vừa đổi tên loại hình này thành “Xưởng sáng chế”", { exact: false }).waitFor();
    await page.getByRole("button", { name: "Lưu tên mới" }).click();
    await page.getByText("Đã đổi tên thành “Không gian chế tạo”.").waitFor();
    await page.getByRole("row", { name: /Không gian chế tạo/ }).waitFor();

    // 3. Membership questions: the first question's Vietnamese text, saved with the list's version.
    await tabs.getByRole("link", { name: "Câu hỏi xét duyệt" }).click();
    await page.waitForURL(`${baseUrl}/networks/hanoi/admin?tab=questions`);
    const first = page.getByRole("group", { name: /^Câu hỏi 1/ }).getByLabel(/^Nội dung tiếng Việt/);
    await first.waitFor();
    const original = await first.inputValue();
    await first.fill(`${original} (bản sửa)`);
    await page.getByRole("button", { name: "Lưu danh sách câu hỏi" }).click();
    await page.getByText("Đã lưu danh sách câu hỏi.").waitFor();
    // The applicants' view of the questions has the new text.
    const questions = (await (await fetch(`${baseUrl}/api/networks/hanoi/questions`)).json()) as {
      items: { textVi: string }[];
    };
    expect(questions.items[0].textVi).toBe(`${original} (bản sửa)`);

    // 4. The audit log has all three, newest first; each row opens on its before and after.
    await tabs.getByRole("link", { name: "Nhật ký thay đổi" }).click();
    await page.waitForURL(`${baseUrl}/networks/hanoi/admin?tab=audit`);
    const actions = page.locator(".audit-table tbody th code");
    await expect
      .poll(() => actions.allTextContents(), POLL)
      .toEqual(
        expect.arrayContaining(["membership.questions", "hub-type.update", "hub-type.create", "network.role.grant"]),
      );
    const texts = await actions.allTextContents();
    expect(texts.indexOf("membership.questions")).toBeLessThan(texts.indexOf("hub-type.create"));
    expect(texts.indexOf("hub-type.create")).toBeLessThan(texts.indexOf("network.role.grant"));

    // Filtered to role changes by this administrator: only the appointment is left.
    await page.getByLabel("Nhóm hành động").selectOption("network.role.");
    await page.getByLabel("Thư điện tử người thực hiện").fill("so.van.hoa@example.vn");
    await page.getByRole("button", { name: "Lọc", exact: true }).click();
    await page.waitForURL(
      (url) => url.searchParams.get("action") === "network.role." && url.searchParams.get("tab") === "audit",
    );
    await expect.poll(() => actions.allTextContents(), POLL).toEqual(["network.role.grant"]);
    const toggle = page.getByRole("button", { name: /network\.role\.grant/ });
    expect(await toggle.getAttribute("aria-expanded")).toBe("false");
    await toggle.press("Enter");
    expect(await toggle.getAttribute("aria-expanded")).toBe("true");
    const detail = page.locator(".audit-detail");
    await detail.waitFor();
    expect(await detail.locator("tbody th").allTextContents()).toEqual(["roles"]);
    expect(await detail.locator("tbody td").allTextContents()).toEqual(["[]", '[\n  "assessor"\n]']);
  });

  test("a hub's manager deletes a photo and an application's document, each after confirming", {
    timeout: TIMEOUT,
  }, async ({ page, server }) => {
    const { baseUrl } = server;
    await register(baseUrl, "chu.xuong@example.vn", "Chủ Xưởng");
    const api = await apiAs(baseUrl, "chu.xuong@example.vn");
    const hub = await api("POST", "/api/hubs", { network: "hanoi", nameVi: "Xưởng in Thử Nghiệm" });
    const photo = new FormData();
    photo.set("caption", "Máy in lụa");
    const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: "#2a6" } })
      .png()
      .toBuffer();
    photo.set("photo", new Blob([new Uint8Array(png)], { type: "image/png" }), "may-in.png");
    await api("POST", `/api/hubs/${hub.id}/photos`, photo);
    const application = await api("POST", "/api/applications", { hubId: hub.id });
    const document = new FormData();
    document.set("document", new Blob(["%PDF-1.4\n%%EOF\n"], { type: "application/pdf" }), "giay-phep.pdf");
    await api("POST", `/api/applications/${application.id}/documents`, document);

    await signIn(page, baseUrl, "chu.xuong@example.vn");
    // The manager administers nothing: no administration link.
    expect(await page.getByRole("link", { name: "Quản trị mạng lưới" }).count()).toBe(0);

    // The photo: a first dialog dismissed keeps it; accepted, it goes.
    await page.goto(`${baseUrl}/me/hubs/${hub.id}`);
    await page.getByRole("img", { name: "Máy in lụa" }).waitFor();
    page.once("dialog", (dialog) => void dialog.dismiss());
    await page.getByRole("button", { name: /^Xoá ảnh/ }).click();
    expect(await page.getByRole("img", { name: "Máy in lụa" }).count()).toBe(1);
    page.once("dialog", (dialog) => {
      expect(dialog.message()).toContain("Máy in lụa");
      void dialog.accept();
    });
    await page.getByRole("button", { name: /^Xoá ảnh/ }).click();
    await page.getByText("Đã xoá ảnh.").waitFor();
    await expect.poll(() => page.getByRole("img", { name: "Máy in lụa" }).count(), POLL).toBe(0);

    // The document of the draft application.
    await page.goto(`${baseUrl}/applications/${application.id}`);
    await page.getByRole("link", { name: "giay-phep.pdf" }).waitFor();
    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: /^Xoá giay-phep\.pdf/ }).click();
    await page.getByText("Đã xoá “giay-phep.pdf”.").waitFor();
    expect(await page.getByRole("link", { name: "giay-phep.pdf" }).count()).toBe(0);
    const after = await api("GET", `/api/applications/${application.id}`);
    expect(after.documents).toEqual([]);
  });
});
