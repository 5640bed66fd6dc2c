import type { z } from "zod";
import type { CreateHubBody, HubManagerView, HubStatus } from "../../../../contract/api/hubs.schema.ts";

/** Ownership choices of the form; "" is "not stated". */
export const OWNERSHIPS = ["public", "private", "non-profit"] as const;
/** Statuses a network administrator can set. */
export const HUB_STATUSES = ["applicant", "member", "suspended", "closed"] as const satisfies readonly z.infer<
  typeof HubStatus
>[];

/** One contact person as the form edits it; `key` only tells React's list items apart. */
export interface HubContactValues {
  key: string;
  name: string;
  role: string;
  email: string;
  phone: string;
}

/** The hub form's state: text as typed, so a half-typed number is not lost; converted by `hubFormBody`. */
export interface HubFormValues {
  nameVi: string;
  nameEn: string;
  descriptionVi: string;
  descriptionEn: string;
  /** Hub type slug, "" for none. */
  type: string;
  fields: string[];
  district: string;
  ward: string;
  address: string;
  lat: string;
  lon: string;
  openingHours: string;
  accessibility: string[];
  website: string;
  /** One link per line. */
  socialLinks: string;
  foundingYear: string;
  ownership: "" | (typeof OWNERSHIPS)[number];
  status: z.infer<typeof HubStatus>;
  contacts: HubContactValues[];
}

/** The profile part of `POST /api/hubs` and `PATCH /api/hubs/{id}`, as the form sends it (empty → null). */
export type HubProfileBody = Omit<z.input<typeof CreateHubBody>, "network">;

let contactKey = 0;
/** A new, empty contact row. */
export function emptyContact(): HubContactValues {
  contactKey += 1;
  return { key: `contact-${contactKey}`, name: "", role: "", email: "", phone: "" };
}

/**
 * The form's starting values: a hub's current profile, or an empty profile for a new hub.
 * @example hubFormValues().status // "applicant"
 */
export function hubFormValues(hub?: HubManagerView): HubFormValues {
  return {
    nameVi: hub?.name.vi ?? "",
    nameEn: hub?.name.en ?? "",
    descriptionVi: hub?.description.vi ?? "",
    descriptionEn: hub?.description.en ?? "",
    type: hub?.type?.slug ?? "",
    fields: hub?.fields.map((field) => field.slug) ?? [],
    district: hub?.district ?? "",
    ward: hub?.ward ?? "",
    address: hub?.address ?? "",
    lat: hub?.location ? String(hub.location.lat) : "",
    lon: hub?.location ? String(hub.location.lon) : "",
    openingHours: hub?.openingHours ?? "",
    accessibility: hub?.accessibility.map((feature) => feature.code) ?? [],
    website: hub?.website ?? "",
    socialLinks: hub?.socialLinks.join("\n") ?? "",
    foundingYear: hub?.foundingYear === null || hub?.foundingYear === undefined ? "" : String(hub.foundingYear),
    ownership: hub?.ownership ?? "",
    status: hub?.status ?? "applicant",
    contacts: (hub?.contacts ?? []).map((contact) => ({
      ...emptyContact(),
      name: contact.name,
      role: contact.role ?? "",
      email: contact.email ?? "",
      phone: contact.phone ?? "",
    })),
  };
}

/** Why a value is refused in the browser; each has a translated message under `hubs.form.problems`. */
export type HubFormProblem =
  | "nameRequired"
  | "notANumber"
  | "latRange"
  | "lonRange"
  | "pointPair"
  | "yearRange"
  | "wholeNumber"
  | "urlInvalid"
  | "tooManyLinks"
  | "contactNameRequired"
  | "emailInvalid"
  | "phoneInvalid";

/** Problems by form field path (`nameVi`, `lat`, `contacts.0.email`). */
export type HubFormProblems = Record<string, HubFormProblem>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
// The contract's phone pattern (contract/api/hubs.schema.ts); change both together.
const PHONE = /^[+0-9 ().-]{6,30}$/;
const MAX_SOCIAL_LINKS = 10;

/**
 * Reads a number as people type it here: Vietnamese writes the decimal separator as a comma ("21,0285").
 * @returns the number, null for an empty field, NaN for text that is not a number.
 */
export function parseDecimal(text: string): number | null {
  const value = text.trim().replace(",", ".");
  if (value === "") return null;
  return /^[-+]?(\d+\.?\d*|\.\d+)$/.test(value) ? Number(value) : Number.NaN;
}

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

/** The social links field as a list: one per line, blank lines dropped. */
export function socialLinkList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

/**
 * Checks the form the way the API will, with messages people can act on. The API stays the judge; this only
 * saves a round trip and speaks the UI language.
 * @example validateHubForm({ ...hubFormValues(), lat: "21.03" }) // { nameVi: "nameRequired", lon: "pointPair" }
 */
export function validateHubForm(values: HubFormValues): HubFormProblems {
  const problems: HubFormProblems = {};
  if (!values.nameVi.trim() && !values.nameEn.trim()) problems.nameVi = "nameRequired";

  const lat = parseDecimal(values.lat);
  const lon = parseDecimal(values.lon);
  if (Number.isNaN(lat)) problems.lat = "notANumber";
  else if (lat !== null && (lat < -90 || lat > 90)) problems.lat = "latRange";
  if (Number.isNaN(lon)) problems.lon = "notANumber";
  else if (lon !== null && (lon < -180 || lon > 180)) problems.lon = "lonRange";
  if (!problems.lat && !problems.lon && (lat === null) !== (lon === null))
    problems[lat === null ? "lat" : "lon"] = "pointPair";

  const year = values.foundingYear.trim();
  if (year !== "") {
    if (!/^\d+$/.test(year)) problems.foundingYear = "wholeNumber";
    else if (Number(year) < 1000 || Number(year) > 2100) problems.foundingYear = "yearRange";
  }

  if (values.website.trim() && !isHttpUrl(values.website.trim())) problems.website = "urlInvalid";
  const links = socialLinkList(values.socialLinks);
  if (links.length > MAX_SOCIAL_LINKS) problems.socialLinks = "tooManyLinks";
  else if (links.some((link) => !isHttpUrl(link))) problems.socialLinks = "urlInvalid";

  values.contacts.forEach((contact, index) => {
    if (!contact.name.trim()) problems[`contacts.${index}.name`] = "contactNameRequired";
    if (contact.email.trim() && !EMAIL.test(contact.email.trim())) problems[`contacts.${index}.email`] = "emailInvalid";
    if (contact.phone.trim() && !PHONE.test(contact.phone.trim())) problems[`contacts.${index}.phone`] = "phoneInvalid";
  });
  return problems;
}

const orNull = (text: string) => (text.trim() === "" ? null : text.trim());

/**
 * The profile as the API takes it: trimmed text, empty fields as null, numbers parsed. Call after
 * `validateHubForm` found nothing.
 */
export function hubFormBody(values: HubFormValues): HubProfileBody {
  const lat = parseDecimal(values.lat);
  const lon = parseDecimal(values.lon);
  return {
    nameVi: orNull(values.nameVi),
    nameEn: orNull(values.nameEn),
    descriptionVi: orNull(values.descriptionVi),
    descriptionEn: orNull(values.descriptionEn),
    type: values.type || null,
    fields: [...values.fields],
    district: orNull(values.district),
    ward: orNull(values.ward),
    address: orNull(values.address),
    lat: lat === null || Number.isNaN(lat) ? null : lat,
    lon: lon === null || Number.isNaN(lon) ? null : lon,
    openingHours: orNull(values.openingHours),
    accessibility: [...values.accessibility],
    website: orNull(values.website),
    socialLinks: socialLinkList(values.socialLinks),
    foundingYear: values.foundingYear.trim() === "" ? null : Number(values.foundingYear.trim()),
    ownership: values.ownership || null,
    contacts: values.contacts.map((contact) => ({
      name: contact.name.trim(),
      role: orNull(contact.role),
      email: orNull(contact.email),
      phone: orNull(contact.phone),
    })),
  };
}

const sameSet = (a: unknown[], b: unknown[]) =>
  a.length === b.length && JSON.stringify([...a].map(String).sort()) === JSON.stringify([...b].map(String).sort());

/**
 * The fields that differ between the profile as loaded and as edited: what a PATCH sends, so the audit trail
 * shows what the person changed. A moved point sends both coordinates (the API wants them together); lists
 * whose order does not matter (fields, accessibility) compare as sets.
 * @example changedHubFields({ ...body, district: "Ba Đình" }, { ...body, district: "Đống Đa" }) // { district: "Đống Đa" }
 */
export function changedHubFields(before: HubProfileBody, after: HubProfileBody): Partial<HubProfileBody> {
  const changed: Partial<HubProfileBody> = {};
  for (const key of Object.keys(after) as (keyof HubProfileBody)[]) {
    const a = before[key];
    const b = after[key];
    const differs =
      key === "fields" || key === "accessibility"
        ? !sameSet((a as unknown[]) ?? [], (b as unknown[]) ?? [])
        : JSON.stringify(a ?? null) !== JSON.stringify(b ?? null);
    if (differs) (changed as Record<string, unknown>)[key] = b;
  }
  if ("lat" in changed || "lon" in changed) {
    changed.lat = after.lat;
    changed.lon = after.lon;
  }
  return changed;
}

/**
 * The form field an API detail path is about: list items of simple lists belong to the list's field
 * (`socialLinks.2` → `socialLinks`), contact fields keep their row (`contacts.0.email`).
 */
export function hubFormFieldOf(path: string): string {
  const [head, index, leaf] = path.split(".");
  if (head === "contacts" && index !== undefined && leaf !== undefined) return `contacts.${index}.${leaf}`;
  return head;
}
