import { describe, expect, it } from "vitest";
import { applicationHubName } from "./application-names.ts";

describe("applicationHubName", () => {
  it("names the hub in the UI language, then the other, then by slug", () => {
    const hub = { nameVi: "Xưởng gốm", nameEn: "Pottery workshop", slug: "xuong-gom" };
    expect(applicationHubName({ hub }, "vi")).toBe("Xưởng gốm");
    expect(applicationHubName({ hub }, "en")).toBe("Pottery workshop");
    expect(applicationHubName({ hub: { ...hub, nameEn: null } }, "en")).toBe("Xưởng gốm");
    expect(applicationHubName({ hub: { ...hub, nameVi: null, nameEn: null } }, "vi")).toBe("xuong-gom");
  });
});
