import { describe, expect, it } from "vitest";
import { bilingualLabel, hubName, otherHubName } from "./hub-names.ts";

describe("hubName", () => {
  it("uses the UI language's name and falls back to the other", () => {
    const name = { vi: "Làng gốm Bát Tràng", en: "Bát Tràng ceramic village" };
    expect(hubName(name, "vi")).toBe("Làng gốm Bát Tràng");
    expect(hubName(name, "en")).toBe("Bát Tràng ceramic village");
    expect(hubName({ vi: null, en: "282 Design complex" }, "vi")).toBe("282 Design complex");
    expect(hubName({ vi: "Nhà sàn", en: null }, "en")).toBe("Nhà sàn");
  });
});

describe("otherHubName", () => {
  it("gives the other language's name with its language code", () => {
    expect(otherHubName({ vi: "Nhà hát lớn Hà Nội", en: "Hanoi Opera House" }, "vi")).toEqual({
      text: "Hanoi Opera House",
      lang: "en",
    });
  });

  it("is absent when there is no other name or it is the same", () => {
    expect(otherHubName({ vi: null, en: "282 Design complex" }, "en")).toBeUndefined();
    expect(otherHubName({ vi: "Manzi", en: "Manzi" }, "vi")).toBeUndefined();
  });
});

describe("bilingualLabel", () => {
  it("picks the UI language and falls back", () => {
    expect(bilingualLabel({ nameVi: "Bảo tàng", nameEn: "Museum" }, "vi")).toBe("Bảo tàng");
    expect(bilingualLabel({ nameVi: null, nameEn: "Photography" }, "vi")).toBe("Photography");
  });
});
