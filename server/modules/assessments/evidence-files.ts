/** Largest evidence file accepted. */
export const EVIDENCE_MAX_BYTES = 10 * 1024 * 1024;

/** What evidence may be: shown in the refusal of any other file. */
export const EVIDENCE_TYPES_TEXT = "PDF, PNG, JPEG, GIF, WebP, Word, Excel, PowerPoint or OpenDocument files";

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const OOXML: [string, string][] = [
  ["word/", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
  ["xl/", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
  ["ppt/", "application/vnd.openxmlformats-officedocument.presentationml.presentation"],
];
const LEGACY_OFFICE: Record<string, string> = {
  doc: "application/msword",
  xls: "application/vnd.ms-excel",
  ppt: "application/vnd.ms-powerpoint",
};
const OPEN_DOCUMENT = /^application\/vnd\.oasis\.opendocument\.(text|spreadsheet|presentation)$/;

/**
 * The evidence file's real type from its bytes, whatever its declared type says; null when it is not a PDF, an image
 * (PNG, JPEG, GIF, WebP) or an office document (Word/Excel/PowerPoint, old or new, or OpenDocument). Old binary
 * office files share one container format, so only for those the file name's extension tells which.
 * @example sniffEvidence(Buffer.from("%PDF-1.7 …"), "report.pdf") // "application/pdf"
 */
export function sniffEvidence(data: Buffer, filename: string): string | null {
  const head = (n: number) => data.subarray(0, n);
  if (head(5).toString("latin1") === "%PDF-") return "application/pdf";
  if (head(8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return "image/png";
  if (data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return "image/jpeg";
  if (/^GIF8[79]a$/.test(head(6).toString("latin1"))) return "image/gif";
  if (head(4).toString("latin1") === "RIFF" && data.subarray(8, 12).toString("latin1") === "WEBP") return "image/webp";
  if (head(4).equals(ZIP)) {
    // OpenDocument: an uncompressed first entry "mimetype" holding the type.
    if (data.subarray(30, 38).toString("latin1") === "mimetype") {
      const type = /^application\/[a-z0-9.+-]+/.exec(data.subarray(38, 120).toString("latin1"))?.[0] ?? "";
      return OPEN_DOCUMENT.test(type) ? type : null;
    }
    // Office Open XML: entry names are stored in the clear in the zip's headers.
    const names = data.toString("latin1");
    if (!names.includes("[Content_Types].xml")) return null;
    for (const [folder, type] of OOXML) if (names.includes(folder)) return type;
    return null;
  }
  if (head(8).equals(OLE)) {
    const ext = /\.([a-z]+)$/i.exec(filename)?.[1]?.toLowerCase() ?? "";
    return LEGACY_OFFICE[ext] ?? null;
  }
  return null;
}
