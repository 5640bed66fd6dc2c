import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { describe } from "vitest";
import type { FrameworkElement, FrameworkView } from "../../contract/api/assessments.schema.ts";
import { accountsService } from "../../server/modules/accounts/accounts.service.ts";
import { hubsRepository } from "../../server/modules/hubs/hubs.repository.ts";
import { expect, test } from "./fixtures.ts";
import { hanoiNetwork, POLL, register, signIn } from "./helpers.ts";

// Five people drive a whole round through a dozen pages.
const ROUND_TIMEOUT = 300_000;

const docs = (name: string) => fileURLToPath(new URL(`../../docs/${name}`, import.meta.url));

/** A value for an indicator's control at `share` (0–1) of its scale. */
function valueFor(e: FrameworkElement, share: number): string {
  if (e.type === "rubric") {
    const levels = (e.levels ?? []).map((l) => l.level);
    const [min, max] = [Math.min(...levels), Math.max(...levels)];
    return String(min + Math.round(share * (max - min)));
  }
  if (e.type === "yesno") return share >= 0.5 ? "1" : "0";
  const [from, to] = e.goalposts ?? [0, e.target ?? 10];
  return String(Math.round(from + share * (to - from)));
}

/** Fills a submission form: one control per indicator, by its type, at the share of its scale `share` gives. */
async function fill(
  page: Page,
  indicators: FrameworkElement[],
  prefix: "Giá trị" | "Điểm",
  share: (e: FrameworkElement, i: number) => number,
) {
  for (const [i, e] of indicators.entries()) {
    const control = page.getByLabel(`${prefix}: ${e.nameVi}`, { exact: true });
    const value = valueFor(e, share(e, i));
    if (e.type === "number") await control.fill(value);
    else await control.selectOption(value);
  }
}

describe("assessment rounds in the browser", () => {
  test("runs a round on the example framework: self-assessment with an evidence file, two assessors who disagree, a third, close, publish, results with intervals", {
    timeout: ROUND_TIMEOUT,
  }, async ({ page, newPage, server, browserErrors }) => {
    const { baseUrl, db } = server;
    // The conflict below is refused by the server with 409, which Chromium logs.
    browserErrors.allow(/status of 409/);

    // Setup with no screen: accounts, the network's roles and a hub's manager.
    const hanoi = await hanoiNetwork(baseUrl);
    const accounts = accountsService(db);
    await register(baseUrl, "so.van.hoa@example.vn", "Sở Văn hoá");
    await accounts.grantNetworkRole(hanoi.id, "so.van.hoa@example.vn", "admin");
    const managerId = await register(baseUrl, "quan.ly@example.vn", "Lê Quản Lý");
    const assessorIds: string[] = [];
    for (const [i, name] of ["Chuyên gia Một", "Chuyên gia Hai", "Chuyên gia Ba"].entries()) {
      assessorIds.push(await register(baseUrl, `chuyen.gia.${i + 1}@example.vn`, name));
      await accounts.grantNetworkRole(hanoi.id, `chuyen.gia.${i + 1}@example.vn`, "assessor");
    }
    // The manager is also an assessor of the network, so assigning them to their own hub must be refused.
    await accounts.grantNetworkRole(hanoi.id, "quan.ly@example.vn", "assessor");
    const hubs = (
      (await (await fetch(`${baseUrl}/api/hubs?network=hanoi&sort=name&pageSize=20`)).json()) as {
        items: { id: string; name: { vi: string | null } }[];
      }
    ).items.flatMap((h) => (h.name.vi ? [{ id: h.id, name: { vi: h.name.vi } }] : []));
    const [hubA, hubB, hubC] = hubs;
    await hubsRepository(db).addManager(hubA.id, managerId);

    // 1. The administrator finds the example framework, labelled as such, and previews weights in its editor.
    await signIn(page, baseUrl, "so.van.hoa@example.vn");
    await page.getByRole("link", { name: "Đánh giá", exact: true }).click();
    await page.waitForURL(`${baseUrl}/networks/hanoi/assessments`);
    const example = page.locator(".assessment-list__item", { hasText: "VÍ DỤ — để điều chỉnh" });
    await example.waitFor();
    await example.getByRole("link").first().click();
    await page.waitForURL(/\/frameworks\/[0-9a-f-]{36}$/);
    const frameworkId = page.url().split("/").pop() as string;
    const framework = (await (await fetch(`${baseUrl}/api/frameworks/${frameworkId}`)).json()) as FrameworkView;
    const dims = framework.elements.filter((e) => e.kind === "dimension");
    const firstWeight = page.getByLabel(`Trọng số: ${dims[0].nameVi}`, { exact: true });
    const firstEffective = page.locator(`[data-effective="${dims[0].code}"]`);
    const before = await firstEffective.textContent();
    await firstWeight.fill("3");
    await expect.poll(() => firstEffective.textContent(), POLL).not.toBe(before);
    await firstWeight.fill("0");
    await expect
      .poll(() => page.locator(`[data-code="${dims[0].code}"] .framework-element__errors`).first().textContent(), POLL)
      .toContain("lớn hơn 0");
    expect(await page.getByRole("button", { name: "Lưu khung tiêu chí" }).isDisabled()).toBe(true);
    await firstWeight.fill("2");
    await page.getByRole("button", { name: "Lưu khung tiêu chí" }).click();
    await page.getByRole("status").filter({ hasText: "Đã lưu bộ tiêu chí." }).waitFor();
    // Meanwhile another administrator's tab saves: this tab's next save is stale, and says how to recover.
    const otherTab = await newPage();
    await signIn(otherTab, baseUrl, "so.van.hoa@example.vn");
    await otherTab.goto(`${baseUrl}/frameworks/${frameworkId}`);
    await otherTab.getByLabel(`Trọng số: ${dims[0].nameVi}`, { exact: true }).fill("3");
    await otherTab.getByRole("button", { name: "Lưu khung tiêu chí" }).click();
    await otherTab.getByRole("status").filter({ hasText: "Đã lưu bộ tiêu chí." }).waitFor();
    await firstWeight.fill("2,5");
    await page.getByRole("button", { name: "Lưu khung tiêu chí" }).click();
    await page.getByRole("button", { name: "Tải lại phiên bản mới nhất" }).click();
    await expect
      .poll(() => page.getByLabel(`Trọng số: ${dims[0].nameVi}`, { exact: true }).inputValue(), POLL)
      .toBe("3");
    await page.getByLabel(`Trọng số: ${dims[0].nameVi}`, { exact: true }).fill("2");
    await page.getByRole("button", { name: "Lưu khung tiêu chí" }).click();
    await page.getByRole("status").filter({ hasText: "Đã lưu bộ tiêu chí." }).waitFor();

    // 2. The administrator opens a round on it with two hubs.
    await page.goto(`${baseUrl}/networks/hanoi/assessments`);
    await page.getByLabel("Bộ tiêu chí (phiên bản)").selectOption(frameworkId);
    await page.getByLabel("Tên đợt (tiếng Việt)").fill("Đợt đánh giá thử 2026");
    await page.getByLabel("Tên đợt (tiếng Anh)").fill("Trial round 2026");
    await page.getByLabel(hubA.name.vi, { exact: true }).check();
    await page.getByLabel(hubB.name.vi, { exact: true }).check();
    await page.getByLabel(hubC.name.vi, { exact: true }).check();
    await page.getByLabel("Hạn tự đánh giá").fill("2099-12-01");
    await page.getByLabel("Hạn chấm điểm của chuyên gia").fill("2099-12-20");
    await page.getByRole("button", { name: "Mở đợt đánh giá" }).click();
    await page.waitForURL(/\/rounds\/[0-9a-f-]{36}$/);
    const roundUrl = page.url();
    const roundId = roundUrl.split("/").pop() as string;
    await expect.poll(() => page.locator("h1").textContent(), POLL).toBe("Đợt đánh giá thử 2026");

    // 3. Two assessors per hub; the hub's own manager is refused with the server's reason.
    const assign = async (hub: { id: string; name: { vi: string } }, userId: string, button = "Phân công") => {
      const row = page.locator(`tr[data-hub="${hub.id}"]`);
      await row.getByLabel(`Chuyên gia cho ${hub.name.vi}`).selectOption(userId);
      await row.getByRole("button", { name: button }).click();
    };
    await assign(hubA, managerId);
    await expect
      .poll(() => page.locator(`tr[data-hub="${hubA.id}"] [role="alert"]`).textContent(), POLL)
      .toContain("manages the hub");
    for (const hub of [hubA, hubB, hubC])
      for (const [k, userId] of assessorIds.slice(0, 2).entries()) {
        await assign(hub, userId);
        await expect
          .poll(() => page.locator(`tr[data-hub="${hub.id}"] .round-table__assessors li`).count(), POLL)
          .toBe(k + 1);
      }

    // 4. The hub's manager fills in the self-assessment with evidence.
    const indicators = framework.elements.filter((e) => e.kind === "indicator");
    const selfIndicators = indicators.filter((e) => e.supplier === "self");
    const assessorIndicators = indicators.filter((e) => e.supplier === "assessor");
    expect(assessorIndicators.length).toBeGreaterThan(0);
    const manager = await newPage();
    await signIn(manager, baseUrl, "quan.ly@example.vn");
    await manager.goto(`${baseUrl}/rounds/${roundId}/hubs/${hubA.id}`);
    await manager.getByRole("heading", { name: "Tự đánh giá" }).waitFor();
    await fill(manager, selfIndicators, "Giá trị", (_, i) => 0.6 + 0.1 * (i % 4));
    await manager.getByLabel(`Minh chứng: ${selfIndicators[0].nameVi}`, { exact: true }).fill("Lịch sự kiện năm 2026");
    await manager
      .getByLabel(`Đường dẫn minh chứng (mỗi dòng một đường dẫn): ${selfIndicators[0].nameVi}`)
      .fill("https://example.vn/lich");
    await manager.getByRole("button", { name: "Lưu tự đánh giá" }).click();
    await manager.getByRole("status").filter({ hasText: "Đã lưu." }).waitFor();
    await manager.locator('a[href="https://example.vn/lich"]').waitFor();
    // An evidence file on the same indicator: uploaded as soon as it is chosen, then listed as a download link.
    await manager.getByLabel(`Đính kèm tệp minh chứng: ${selfIndicators[0].nameVi}`, { exact: true }).setInputFiles({
      name: "lich-su-kien.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"),
    });
    await manager.getByRole("link", { name: "lich-su-kien.pdf" }).first().waitFor();

    // 5. Two assessors score; on the first assessor-supplied indicator of hub A they are far apart.
    const disputed = assessorIndicators[0];
    for (const [k, email] of ["chuyen.gia.1@example.vn", "chuyen.gia.2@example.vn"].entries()) {
      const assessor = await newPage();
      await signIn(assessor, baseUrl, email);
      // Hub A is strong (one indicator disputed), B middling, C uneven.
      const shares = new Map([
        [hubA.id, (e: FrameworkElement) => (k === 1 && e.code === disputed.code ? 0 : 0.9)],
        [hubB.id, (_: FrameworkElement, i: number) => 0.4 + 0.1 * (i % 3)],
        [hubC.id, (_: FrameworkElement, i: number) => (i % 2 === 0 ? 0.8 : 0.2)],
      ]);
      for (const hub of [hubA, hubB, hubC]) {
        await assessor.goto(`${baseUrl}/rounds/${roundId}/hubs/${hub.id}`);
        await assessor.getByRole("heading", { name: "Chấm điểm của bạn" }).waitFor();
        // The assessor sees the hub's evidence file as a link beside its self-assessment.
        if (hub.id === hubA.id) await assessor.getByRole("link", { name: "lich-su-kien.pdf" }).waitFor();
        await fill(
          assessor,
          assessorIndicators,
          "Điểm",
          shares.get(hub.id) as (e: FrameworkElement, i: number) => number,
        );
        await assessor.getByLabel(`Nhận xét: ${disputed.nameVi}`).fill(k === 0 ? "Rất tốt" : "Chưa đạt");
        await assessor.getByRole("button", { name: "Lưu điểm" }).click();
        await assessor.getByRole("status").filter({ hasText: "Đã lưu." }).waitFor();
      }
    }

    // 6. The round shows hub A flagged; the administrator adds a third assessor, who scores.
    await page.reload();
    const rowA = page.locator(`tr[data-hub="${hubA.id}"]`);
    await expect.poll(() => rowA.getAttribute("class"), POLL).toContain("round-table__row--flagged");
    expect(await rowA.locator(".badge--danger").textContent()).toContain(disputed.code);
    await assign(hubA, assessorIds[2], "Thêm chuyên gia");
    await expect.poll(() => rowA.locator(".round-table__assessors li").count(), POLL).toBe(3);
    const third = await newPage();
    await signIn(third, baseUrl, "chuyen.gia.3@example.vn");
    await third.goto(`${baseUrl}/rounds/${roundId}/hubs/${hubA.id}`);
    await third.getByRole("heading", { name: "Chấm điểm của bạn" }).waitFor();
    await fill(third, assessorIndicators, "Điểm", () => 0.75);
    await third.getByRole("button", { name: "Lưu điểm" }).click();
    await third.getByRole("status").filter({ hasText: "Đã lưu." }).waitFor();

    // 7. The administrator closes the round (after a confirmation), then publishes; the results show rank intervals,
    // tier stability and ready charts.
    await page.reload();
    await page.getByRole("button", { name: "Đóng đợt" }).click();
    await page.getByRole("button", { name: "Có, đóng đợt" }).click();
    await expect.poll(() => page.locator(".page-lead .badge").first().textContent(), POLL).toBe("Đã đóng");
    await page.getByRole("button", { name: "Công bố kết quả" }).click();
    await page.getByRole("button", { name: "Có, công bố" }).click();
    await page.waitForURL(`${roundUrl}/results`);
    await expect.poll(() => page.locator(".results-table tbody tr").count(), POLL).toBe(3);
    const first = page.locator(".results-table tbody tr").first();
    expect(await first.locator(".results-table__rank").textContent()).toBe("1");
    expect(await first.locator(".results-table__interval").textContent()).toMatch(/^\d+–\d+$/);
    expect(await first.locator(".results-table__stability").textContent()).toMatch(
      /(ổn định trong|chỉ giữ trong) \d+\s?% số lần chạy/,
    );
    for (const chart of ["radar", "ranks", "distribution"])
      await page.locator(`.results-chart--${chart}[data-ready="true"]`).waitFor();

    // The what-if panel recomputes in the browser: with the framework's weights it gives the published scores.
    const published = await page.locator(".results-table tbody tr .results-table__num").allTextContents();
    const whatIfScores = () => page.locator(".what-if__table tbody .results-table__num").allTextContents();
    await expect.poll(whatIfScores, POLL).toEqual(published);
    const slider = page.getByLabel(dims[0].nameVi, { exact: false }).and(page.locator('input[type="range"]'));
    await slider.focus();
    for (let i = 0; i < 20; i++) await page.keyboard.press("ArrowLeft");
    await expect.poll(whatIfScores, POLL).not.toEqual(published);
    await page.getByRole("button", { name: "Về trọng số của bộ tiêu chí" }).click();
    await expect.poll(whatIfScores, POLL).toEqual(published);
    // Indicator weights too: open the first dimension and drop one of its self-assessed indicators.
    const inner = indicators.find((e) => e.parent === dims[0].code && e.supplier === "self") ?? indicators[0];
    await page.getByRole("button", { name: `Chỉ số của ${dims[0].nameVi}` }).click();
    await page.locator(`input[type="range"][id="what-if-${inner.code}"]`).focus();
    for (let i = 0; i < 30; i++) await page.keyboard.press("ArrowLeft");
    await expect.poll(whatIfScores, POLL).not.toEqual(published);
    await page.getByRole("button", { name: "Về trọng số của bộ tiêu chí" }).click();
    await expect.poll(whatIfScores, POLL).toEqual(published);
    expect(await page.getByRole("link", { name: "Tải CSV" }).getAttribute("href")).toBe(
      `/api/rounds/${roundId}/results.csv`,
    );
    expect(await page.getByRole("link", { name: "Tải XLSX" }).getAttribute("href")).toBe(
      `/api/rounds/${roundId}/results.xlsx`,
    );
    // The first published round of the network: nothing to compare with; a hub's detail opens from the ranking.
    expect(await first.locator(".results-table__change").textContent()).toBe("—");
    await page
      .getByRole("button", { name: /^Chi tiết: / })
      .nth(1)
      .click();
    await expect.poll(() => page.locator("#results-hub-title").textContent(), POLL).toMatch(/^Chi tiết: /);
    expect(await page.locator("#results-hub-title").evaluate((h) => h === document.activeElement)).toBe(true);

    if (process.env.UPDATE_SCREENSHOTS === "1") {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.mouse.move(0, 0);
      await page.locator('.results-chart--ranks[data-ready="true"]').waitFor();
      await page.screenshot({ path: docs("screenshot-results.png") });
    }

    // The framework version that made the results is now locked; a new version is an editable copy.
    await page.goto(`${baseUrl}/frameworks/${frameworkId}`);
    await page.getByRole("button", { name: "Tạo phiên bản mới" }).click();
    await page.waitForURL(
      (url) => /\/frameworks\/[0-9a-f-]{36}$/.test(url.pathname) && !url.pathname.endsWith(frameworkId),
    );
    await expect.poll(() => page.locator(".page-lead").textContent(), POLL).toContain("Phiên bản 2");
    await page.getByLabel(`Trọng số: ${dims[0].nameVi}`, { exact: true }).waitFor();

    // 8. Published results are public.
    const visitor = await newPage();
    await visitor.goto(`${baseUrl}/rounds/${roundId}/results`);
    await expect.poll(() => visitor.locator(".results-table tbody tr").count(), POLL).toBe(3);
    await visitor.locator('.results-chart--ranks[data-ready="true"]').waitFor();
    // In English too, without a reload.
    await visitor.getByRole("button", { name: "English" }).click();
    await expect.poll(() => visitor.locator("h1").textContent(), POLL).toBe("Assessment results");
    expect(await visitor.locator(".results-table__stability").first().textContent()).toMatch(
      /(stable in|kept in only) \d+%/,
    );
  });
});
