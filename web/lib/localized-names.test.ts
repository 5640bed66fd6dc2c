import { describe, expect, it } from "vitest";
import { compareNames, countryName, localizedName } from "./localized-names.ts";

describe("localizedName", () => {
  it("uses the Vietnamese name in Vietnamese and the English one in English", () => {
    const design = { name: "Design", nameVi: "Thiết kế" };
    expect(localizedName(design, "vi")).toBe("Thiết kế");
    expect(localizedName(design, "en")).toBe("Design");
  });

  it("falls back to English where no Vietnamese name is recorded", () => {
    expect(localizedName({ name: "Photography", nameVi: null }, "vi")).toBe("Photography");
  });
});

describe("countryName", () => {
  it("names countries in Vietnamese from CLDR", () => {
    expect(countryName("VN", "vi", "Vietnam")).toBe("Việt Nam");
    expect(countryName("kr", "vi", "Republic of Korea")).toBe("Hàn Quốc");
  });

  it("keeps the API's English name in English", () => {
    expect(countryName("TR", "en", "Türkiye")).toBe("Türkiye");
  });

  it("keeps the API's name for a code CLDR does not know", () => {
    expect(countryName("XK", "vi", "Kosovo")).toMatch(/Kosovo/);
    expect(countryName("12", "vi", "Somewhere")).toBe("Somewhere");
  });
});

describe("compareNames", () => {
  it("sorts Đ after D in Vietnamese", () => {
    expect(["Đức", "Ecuador", "Dubai"].sort(compareNames("vi"))).toEqual(["Dubai", "Đức", "Ecuador"]);
  });
});
