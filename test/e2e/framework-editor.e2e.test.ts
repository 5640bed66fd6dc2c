import type { Page } from "playwright-core";
import { describe } from "vitest";
import type { FrameworkView } from "../../contract/api/assessments.schema.ts";
import { accountsService } from "../../server/modules/accounts/accounts.service.ts";
import { expect, test } from "./fixtures.ts";
import { hanoiNetwork, POLL, register, signIn } from "./helpers.ts";

/** The editor of one element (its own fields, not its children's). */
const element = (page: Page, code: string) => page.locator(`[data-code="${code}"] > .framework-element__body`);

describe("the framework editor in the browser", () => {
  test("builds a framework from scratch with live checks and saves it; an assessor declares a conflict; a measured figure is entered", {
    timeout: 240_000,
  }, async ({ page, newPage, server }) => {
    const { baseUrl, db } = server;
    const hanoi = await hanoiNetwork(baseUrl);
    const accounts = accountsService(db);
    await register(baseUrl, "quan.tri@example.vn", "Quản trị Mạng lưới");
    await accounts.grantNetworkRole(hanoi.id, "quan.tri@example.vn", "admin");
    const assessorId = await register(baseUrl, "tham.dinh@example.vn", "Chuyên gia Thẩm định");
    await accounts.grantNetworkRole(hanoi.id, "tham.dinh@example.vn", "assessor");

    // 1. A new framework from scratch: one dimension with one indicator, opened in the editor.
    await signIn(page, baseUrl, "quan.tri@example.vn");
    await page.goto(`${baseUrl}/networks/hanoi/assessments`);
    await page.getByLabel("Tên bộ tiêu chí (tiếng Việt)").fill("Bộ tiêu chí cộng đồng");
    await page.getByLabel("Tên bộ tiêu chí (tiếng Anh)").fill("Community criteria");
    await page.getByLabel("Bắt đầu từ").selectOption("");
    await page.getByRole("button", { name: "Tạo bộ tiêu chí" }).click();
    await page.waitForURL(/\/frameworks\/[0-9a-f-]{36}$/);
    const frameworkId = page.url().split("/").pop() as string;
    await expect.poll(() => page.locator("h1").textContent(), POLL).toBe("Bộ tiêu chí cộng đồng");
    await element(page, "D1.1").waitFor();

    // 2. A second dimension: empty, so it is flagged at once; its names are filled in.
    await page.getByRole("button", { name: "Thêm khía cạnh", exact: true }).click();
    const d2 = element(page, "D2");
    await d2.getByLabel(/^Tên \(tiếng Việt\)/).fill("Cộng đồng");
    await d2.getByLabel(/^Tên \(tiếng Anh\)/).fill("Community");
    await expect.poll(() => d2.locator(".framework-element__errors").textContent(), POLL).toContain("ít nhất một");
    expect(await page.getByRole("button", { name: "Lưu khung tiêu chí" }).isDisabled()).toBe(true);

    // 3. A number indicator with goalposts; a weight of 0 is named beside the field until fixed.
    await page.getByRole("button", { name: "Thêm chỉ số: Cộng đồng" }).click();
    const events = element(page, "D2.1");
    await events.getByLabel(/^Tên \(tiếng Việt\)/).fill("Sự kiện cộng đồng");
    await events.getByLabel(/^Tên \(tiếng Anh\)/).fill("Community events");
    await events.getByLabel("Loại: Sự kiện cộng đồng", { exact: true }).selectOption("number");
    await events.getByLabel("Giá trị được 100 điểm: Sự kiện cộng đồng", { exact: true }).fill("50");
    await events.getByLabel("Đơn vị: Sự kiện cộng đồng", { exact: true }).fill("sự kiện");
    const weight = events.getByLabel("Trọng số: Sự kiện cộng đồng", { exact: true });
    await weight.fill("0");
    await expect.poll(() => events.locator(".framework-element__errors").textContent(), POLL).toContain("lớn hơn 0");
    expect(await weight.getAttribute("aria-invalid")).toBe("true");
    expect(await page.getByRole("button", { name: "Lưu khung tiêu chí" }).isDisabled()).toBe(true);
    await weight.fill("2");
    await expect.poll(() => events.locator(".framework-element__errors").count(), POLL).toBe(0);

    // 4. A rubric indicator scored by assessors: levels 0–4, each described in both languages.
    await page.getByRole("button", { name: "Thêm chỉ số: Cộng đồng" }).click();
    const rubric = element(page, "D2.2");
    const name = "Mức độ tham gia";
    await rubric.getByLabel(/^Tên \(tiếng Việt\)/).fill(name);
    await rubric.getByLabel(/^Tên \(tiếng Anh\)/).fill("Participation");
    await rubric.getByLabel(`Loại: ${name}`, { exact: true }).selectOption("rubric");
    await rubric.getByLabel(`Người cung cấp: ${name}`, { exact: true }).selectOption("assessor");
    for (const level of [0, 1, 2, 3, 4]) {
      await rubric.getByLabel(`Mô tả (tiếng Việt): ${name} · Mức ${level}`, { exact: true }).fill(`Mức ${level}`);
      await rubric.getByLabel(`Mô tả (tiếng Anh): ${name} · Mức ${level}`, { exact: true }).fill(`Level ${level}`);
    }

    // The starter's yes/no indicator becomes a measured figure, entered by administrators.
    await page.getByLabel("Tên, hướng dẫn và loại: Chỉ số mới", { exact: true }).click();
    await element(page, "D1.1").getByLabel("Người cung cấp: Chỉ số mới", { exact: true }).selectOption("measured");

    // The preview follows: D2 is half of the index, its number indicator two thirds of that.
    await expect.poll(() => page.locator('[data-effective="D2"]').textContent(), POLL).toContain("50");
    await expect.poll(() => page.locator('[data-effective="D2.1"]').textContent(), POLL).toContain("33,3");
    await expect.poll(() => page.locator(".framework-element__errors").count(), POLL).toBe(0);

    // 5. Saved, and still there after a reload.
    await page.getByRole("button", { name: "Lưu khung tiêu chí" }).click();
    await page.getByRole("status").filter({ hasText: "Đã lưu bộ tiêu chí." }).waitFor();
    await page.reload();
    await element(page, "D2.2").waitFor();
    expect(await element(page, "D2.1").getByLabel("Trọng số: Sự kiện cộng đồng", { exact: true }).inputValue()).toBe(
      "2",
    );
    const saved = (await (await fetch(`${baseUrl}/api/frameworks/${frameworkId}`)).json()) as FrameworkView;
    expect(saved.elements.map((e) => [e.code, e.parent, e.kind])).toEqual([
      ["D1", null, "dimension"],
      ["D1.1", "D1", "indicator"],
      ["D2", null, "dimension"],
      ["D2.1", "D2", "indicator"],
      ["D2.2", "D2", "indicator"],
    ]);
    expect(saved.elements[3]).toMatchObject({ type: "number", goalposts: [0, 50], unit: "sự kiện", weight: 2 });
    expect(saved.elements[4]).toMatchObject({ type: "rubric", supplier: "assessor" });
    expect(saved.elements[1]).toMatchObject({ type: "yesno", supplier: "measured" });
    expect(saved.elements[4].levels?.map((l) => [l.level, l.labelEn])).toEqual([
      [0, "Level 0"],
      [1, "Level 1"],
      [2, "Level 2"],
      [3, "Level 3"],
      [4, "Level 4"],
    ]);

    // 6. A round on it; an assessor declares a conflict with its hub, which the administrator then sees marked.
    const hub = (
      (await (await fetch(`${baseUrl}/api/hubs?network=hanoi&sort=name&pageSize=5`)).json()) as {
        items: { id: string; name: { vi: string | null } }[];
      }
    ).items.find((h) => h.name.vi) as { id: string; name: { vi: string } };
    await page.goto(`${baseUrl}/networks/hanoi/assessments`);
    await page.getByLabel("Bộ tiêu chí (phiên bản)").selectOption(frameworkId);
    await page.getByLabel("Tên đợt (tiếng Việt)").fill("Đợt cộng đồng");
    await page.getByLabel("Tên đợt (tiếng Anh)").fill("Community round");
    await page.getByLabel(hub.name.vi, { exact: true }).check();
    await page.getByRole("button", { name: "Mở đợt đánh giá" }).click();
    await page.waitForURL(/\/rounds\/[0-9a-f-]{36}$/);
    const roundUrl = page.url();
    await page.getByRole("heading", { name: "Xung đột lợi ích" }).waitFor();

    // The administrator widens the disagreement spread and raises the top tier while the round is open.
    const settings = page.locator(".round-settings-form");
    await settings.getByLabel(/^Độ chênh gắn cờ bất đồng/).fill("30");
    await settings.getByLabel("Ngưỡng hạng 1").fill("75");
    await settings.getByRole("button", { name: "Lưu thiết lập" }).click();
    await page.getByRole("status").filter({ hasText: "Đã lưu thiết lập." }).waitFor();
    const roundId = roundUrl.split("/").pop() as string;
    const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
    const stored = await (await fetch(`${baseUrl}/api/rounds/${roundId}`, { headers: { cookie } })).json();
    expect(stored).toMatchObject({ spreadThreshold: 0.3, nameEn: "Community round" });
    expect(stored.tiers[0]).toMatchObject({ min: 75 });

    const assessor = await newPage();
    await signIn(assessor, baseUrl, "tham.dinh@example.vn");
    await assessor.goto(roundUrl);
    const declare = assessor.locator(".round-conflicts");
    await declare.getByLabel("Không gian").selectOption(hub.id);
    await declare.getByLabel("Lý do").fill("Tôi cố vấn cho không gian này");
    await assessor.getByRole("button", { name: "Khai xung đột" }).click();
    await assessor.getByRole("status").filter({ hasText: "Đã khai xung đột." }).waitFor();
    await expect
      .poll(() => assessor.locator(".round-conflicts__list").textContent(), POLL)
      .toContain("Tôi cố vấn cho không gian này");

    await page.reload();
    await expect
      .poll(() => page.locator(".round-conflicts__list").textContent(), POLL)
      .toContain("Chuyên gia Thẩm định");
    const option = page.locator(`tr[data-hub="${hub.id}"] option[value="${assessorId}"]`);
    await expect.poll(() => option.textContent(), POLL).toContain("đã khai xung đột");
    expect(await option.isDisabled()).toBe(true);

    // An administrator records a conflict for an assessor too (here the same one, with a new reason).
    const forAssessor = page.locator(".round-conflicts");
    await forAssessor.getByLabel("Chuyên gia", { exact: false }).first().selectOption(assessorId);
    await forAssessor.getByLabel("Không gian", { exact: false }).first().selectOption(hub.id);
    await forAssessor.getByLabel("Lý do").fill("Họ hàng với giám đốc");
    await forAssessor.getByRole("button", { name: "Khai xung đột" }).click();
    await expect
      .poll(() => page.locator(".round-conflicts__list").textContent(), POLL)
      .toContain("Họ hàng với giám đốc");

    // 7. The administrator enters the hub's measured figure with its source.
    await page.goto(`${roundUrl}/hubs/${hub.id}`);
    await page.getByRole("heading", { name: "Số liệu đo" }).waitFor();
    await page.getByLabel("Giá trị đo: Chỉ số mới", { exact: true }).selectOption("1");
    await page.getByLabel("Nguồn: Chỉ số mới", { exact: true }).fill("Thống kê của Sở 2025");
    await page.getByRole("button", { name: "Lưu số liệu đo" }).click();
    await page.getByRole("status").filter({ hasText: "Đã lưu." }).waitFor();
    await expect.poll(() => page.locator(".assess-table").textContent(), POLL).toContain("Thống kê của Sở 2025");
  });
});
