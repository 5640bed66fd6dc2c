/**
 * Folds text for comparison the way the database's f_search_key() does: lower case, no diacritics (Đ/đ → d
 * included), punctuation and spaces folded to single spaces.
 * @example searchKey("  Hà Nội, Đà Lạt ") // "ha noi da lat"
 */
export function searchKey(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, " ")
    .trim();
}

/**
 * A URL slug: the folded text with hyphens, ASCII only.
 * @example slugify("Höhr-Grenzhausen") // "hohr-grenzhausen"
 */
export function slugify(text: string): string {
  return searchKey(text)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** Normalises Vietnamese (and any) text to NFC, so one spelling is stored whatever keyboard typed it. */
export function nfc(text: string): string {
  return text.normalize("NFC");
}
