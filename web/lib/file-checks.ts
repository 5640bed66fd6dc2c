/** Why a chosen file is refused before upload; each has a translated message. */
export type FileProblem = "tooLarge" | "wrongType";

/**
 * Checks a file the person chose against what the server accepts, so a 30 MB photo is refused at once instead of
 * after a long upload. The server checks the content again; a file's declared type can lie.
 * @param accepted MIME types, e.g. `["image/jpeg", "image/png"]`.
 * @example fileProblem({ size: 9e6, type: "image/jpeg" }, 8 * 1024 * 1024, ["image/jpeg"]) // "tooLarge"
 */
export function fileProblem(
  file: { size: number; type: string },
  maxBytes: number,
  accepted: readonly string[],
): FileProblem | undefined {
  if (file.type && !accepted.includes(file.type)) return "wrongType";
  if (file.size > maxBytes) return "tooLarge";
  return undefined;
}

/**
 * A file size as people read it.
 * @example formatFileSize(2_500_000, "en") // "2.4 MB"
 */
export function formatFileSize(bytes: number, language: string): string {
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  if (bytes < 1024) return `${number.format(bytes)} B`;
  if (bytes < 1024 * 1024) return `${number.format(bytes / 1024)} KB`;
  return `${number.format(bytes / (1024 * 1024))} MB`;
}
