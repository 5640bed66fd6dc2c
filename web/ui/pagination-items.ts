/** An entry of the pagination bar: a page number, or a gap standing for the pages left out. */
export type PaginationItem = number | "gap";

/**
 * Page numbers to show around the current page: always the first and last, `siblings` on each side of the
 * current one, and a gap where pages are left out. A gap never replaces a single page (showing "4" costs no
 * more room than "…").
 * @example paginationItems(7, 20) // [1, "gap", 6, 7, 8, "gap", 20]
 * @example paginationItems(2, 5) // [1, 2, 3, 4, 5]
 */
export function paginationItems(current: number, total: number, siblings = 1): PaginationItem[] {
  if (total <= 1) return total === 1 ? [1] : [];
  const page = Math.min(Math.max(current, 1), total);
  const start = Math.max(2, page - siblings);
  const end = Math.min(total - 1, page + siblings);
  const items: PaginationItem[] = [1];
  if (start === 3) items.push(2);
  else if (start > 3) items.push("gap");
  for (let n = start; n <= end; n++) items.push(n);
  if (end === total - 2) items.push(total - 1);
  else if (end < total - 2) items.push("gap");
  items.push(total);
  return items;
}
