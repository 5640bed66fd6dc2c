import { describe, expect, it } from "vitest";
import type { HubManagerView } from "../../../../contract/api/hubs.schema.ts";
import {
  changedHubFields,
  hubFormBody,
  hubFormFieldOf,
  hubFormValues,
  parseDecimal,
  validateHubForm,
} from "./hub-form.ts";

const hub: HubManagerView = {
  id: "0b6c5a0e-0000-4000-8000-000000000001",
  publicId: "H000043",
  slug: "xuong-gom-thu-nghiem",
  network: { slug: "hanoi", nameVi: "Mạng lưới", nameEn: "Network" },
  name: { vi: "Xưởng gốm thử nghiệm", en: null },
  description: { vi: "Lớp học gốm cho thiếu nhi", en: null },
  type: { slug: "craft-village", nameVi: "Làng nghề", nameEn: "Craft village" },
  typeNote: null,
  fields: [{ slug: "crafts-and-folk-art", nameVi: "Thủ công", nameEn: "Crafts and Folk Art" }],
  district: "Gia Lâm",
  ward: null,
  address: "Bát Tràng",
  location: { lat: 20.983, lon: 105.917 },
  openingHours: null,
  accessibility: [],
  website: null,
  socialLinks: ["https://facebook.com/xuonggom"],
  foundingYear: 2015,
  ownership: "private",
  status: "applicant",
  statusChangedAt: "2025-01-01T00:00:00.000Z",
  memberSince: null,
  source: "self-declared",
  version: 3,
  updatedAt: "2025-01-01T00:00:00.000Z",
  contacts: [{ id: "c1", name: "Trần Bình", role: "Giám đốc", email: "binh@example.vn", phone: null }],
  canEdit: true,
};

describe("parseDecimal", () => {
  it.each([
    { text: "21.0285", expected: 21.0285 },
    { text: "21,0285", expected: 21.0285 },
    { text: " -0.5 ", expected: -0.5 },
    { text: "", expected: null },
  ])("reads $text as $expected", ({ text, expected }) => {
    expect(parseDecimal(text)).toBe(expected);
  });

  it("gives NaN for text that is not a number", () => {
    expect(parseDecimal("21°N")).toBeNaN();
    expect(parseDecimal("1e3")).toBeNaN();
  });
});

describe("hubFormValues and hubFormBody", () => {
  it("round-trips a hub's profile without changing anything", () => {
    const body = hubFormBody(hubFormValues(hub));
    expect(body).toEqual({
      nameVi: "Xưởng gốm thử nghiệm",
      nameEn: null,
      descriptionVi: "Lớp học gốm cho thiếu nhi",
      descriptionEn: null,
      type: "craft-village",
      fields: ["crafts-and-folk-art"],
      district: "Gia Lâm",
      ward: null,
      address: "Bát Tràng",
      lat: 20.983,
      lon: 105.917,
      openingHours: null,
      accessibility: [],
      website: null,
      socialLinks: ["https://facebook.com/xuonggom"],
      foundingYear: 2015,
      ownership: "private",
      contacts: [{ name: "Trần Bình", role: "Giám đốc", email: "binh@example.vn", phone: null }],
    });
  });

  it("starts a new hub empty, as an applicant", () => {
    const values = hubFormValues();
    expect(values).toMatchObject({ nameVi: "", type: "", fields: [], contacts: [], status: "applicant" });
  });

  it("turns blank text into null and drops blank social-link lines", () => {
    const body = hubFormBody({ ...hubFormValues(hub), nameEn: "   ", socialLinks: "\nhttps://a.vn\n\n" });
    expect(body.nameEn).toBeNull();
    expect(body.socialLinks).toEqual(["https://a.vn"]);
  });
});

describe("validateHubForm", () => {
  it("accepts a valid profile", () => {
    expect(validateHubForm(hubFormValues(hub))).toEqual({});
  });

  it("asks for a name in at least one language", () => {
    expect(validateHubForm({ ...hubFormValues(hub), nameVi: " ", nameEn: "" })).toEqual({ nameVi: "nameRequired" });
    expect(validateHubForm({ ...hubFormValues(hub), nameVi: "", nameEn: "Test kiln" })).toEqual({});
  });

  it.each([
    { lat: "91", lon: "105", expected: { lat: "latRange" } },
    { lat: "21", lon: "-181", expected: { lon: "lonRange" } },
    { lat: "21°", lon: "105", expected: { lat: "notANumber" } },
    { lat: "21", lon: "", expected: { lon: "pointPair" } },
    { lat: "", lon: "105", expected: { lat: "pointPair" } },
    { lat: "", lon: "", expected: {} },
  ])("checks the point ($lat, $lon)", ({ lat, lon, expected }) => {
    expect(validateHubForm({ ...hubFormValues(hub), lat, lon })).toEqual(expected);
  });

  it("checks the founding year, the links and each contact", () => {
    expect(
      validateHubForm({
        ...hubFormValues(hub),
        foundingYear: "999",
        website: "ftp://files.example.vn",
        socialLinks: "https://ok.vn\nnot a link",
        contacts: [
          { key: "a", name: "", role: "", email: "binh@", phone: "call me" },
          { key: "b", name: "An", role: "", email: "", phone: "+84 24 3825 1234" },
        ],
      }),
    ).toEqual({
      foundingYear: "yearRange",
      website: "urlInvalid",
      socialLinks: "urlInvalid",
      "contacts.0.name": "contactNameRequired",
      "contacts.0.email": "emailInvalid",
      "contacts.0.phone": "phoneInvalid",
    });
    expect(validateHubForm({ ...hubFormValues(hub), foundingYear: "20.5" })).toEqual({ foundingYear: "wholeNumber" });
  });
});

describe("changedHubFields", () => {
  const before = hubFormBody(hubFormValues(hub));

  it("is empty when nothing changed", () => {
    expect(changedHubFields(before, hubFormBody(hubFormValues(hub)))).toEqual({});
  });

  it("sends only what changed, both coordinates when the point moved", () => {
    const after = { ...before, district: "Long Biên", lat: 21.04 };
    expect(changedHubFields(before, after)).toEqual({ district: "Long Biên", lat: 21.04, lon: 105.917 });
  });

  it("compares fields and accessibility as sets, and contacts in order", () => {
    const reordered = { ...before, fields: ["design", "crafts-and-folk-art"] };
    const base = { ...before, fields: ["crafts-and-folk-art", "design"] };
    expect(changedHubFields(base, reordered)).toEqual({});
    const contacts = [...before.contacts!, { name: "Lê Chi", role: null, email: null, phone: null }];
    expect(changedHubFields(before, { ...before, contacts })).toEqual({ contacts });
  });
});

describe("hubFormFieldOf", () => {
  it("maps list items to their list and keeps contact rows", () => {
    expect(hubFormFieldOf("socialLinks.2")).toBe("socialLinks");
    expect(hubFormFieldOf("fields.0")).toBe("fields");
    expect(hubFormFieldOf("contacts.1.email")).toBe("contacts.1.email");
    expect(hubFormFieldOf("nameVi")).toBe("nameVi");
  });
});
