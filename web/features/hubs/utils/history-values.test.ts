import { describe, expect, it } from "vitest";
import { historyChanges, historyValue } from "./history-values.ts";

describe("historyValue", () => {
  it.each([
    { value: null, expected: "—" },
    { value: "", expected: "—" },
    { value: [], expected: "—" },
    { value: "Gia Lâm", expected: "Gia Lâm" },
    { value: 2015, expected: "2015" },
    { value: { vi: "Nhà tù Hỏa Lò", en: "Hỏa Lò Prison" }, expected: "vi: Nhà tù Hỏa Lò · en: Hỏa Lò Prison" },
    { value: { vi: null, en: null }, expected: "—" },
    { value: { slug: "museum", nameVi: "Bảo tàng", nameEn: "Museum" }, expected: "Museum" },
    { value: { lat: 21.02528, lon: 105.84639 }, expected: "21.02528, 105.84639" },
    {
      value: [{ name: "Trần Bình", role: "Giám đốc", email: "binh@example.vn", phone: null }],
      expected: "Trần Bình (Giám đốc, binh@example.vn)",
    },
    { value: ["https://a.vn", "https://b.vn"], expected: "https://a.vn, https://b.vn" },
  ])("shows $value as $expected", ({ value, expected }) => {
    expect(historyValue(value, "en")).toBe(expected);
  });

  it("labels taxonomy entries in Vietnamese in the Vietnamese UI", () => {
    expect(historyValue([{ code: "lift", nameVi: "Thang máy", nameEn: "Lift" }], "vi")).toBe("Thang máy");
  });
});

describe("historyChanges", () => {
  it("leaves out ids and fields that only went from nothing to empty, and translates coded values", () => {
    expect(
      historyChanges(
        null,
        { id: "0b6c", ward: null, status: "applicant", district: "Tây Hồ" },
        ["id", "ward", "status", "district"],
        "vi",
        (field, value) => (field === "status" && value === "applicant" ? "Đang xin gia nhập" : undefined),
      ),
    ).toEqual([
      { field: "status", before: "—", after: "Đang xin gia nhập" },
      { field: "district", before: "—", after: "Tây Hồ" },
    ]);
  });

  it("pairs the before and after of each changed field, a creation having nothing before", () => {
    expect(
      historyChanges(null, { district: "Gia Lâm", foundingYear: 2015 }, ["district", "foundingYear"], "en"),
    ).toEqual([
      { field: "district", before: "—", after: "Gia Lâm" },
      { field: "foundingYear", before: "—", after: "2015" },
    ]);
  });
});
