import { describe, expect, it } from "vitest";
import { fileProblem, formatFileSize } from "./file-checks.ts";

const MB = 1024 * 1024;

describe("fileProblem", () => {
  it.each([
    { file: { size: 2 * MB, type: "image/jpeg" }, expected: undefined },
    { file: { size: 9 * MB, type: "image/jpeg" }, expected: "tooLarge" },
    { file: { size: 1 * MB, type: "image/gif" }, expected: "wrongType" },
    // Some systems give no type; the server's content check decides then.
    { file: { size: 1 * MB, type: "" }, expected: undefined },
  ])("is $expected for $file", ({ file, expected }) => {
    expect(fileProblem(file, 8 * MB, ["image/jpeg", "image/png", "image/webp"])).toBe(expected);
  });
});

describe("formatFileSize", () => {
  it("uses B, KB and MB", () => {
    expect(formatFileSize(512, "en")).toBe("512 B");
    expect(formatFileSize(2048, "en")).toBe("2 KB");
    expect(formatFileSize(2.5 * MB, "en")).toBe("2.5 MB");
    expect(formatFileSize(2.5 * MB, "vi")).toBe("2,5 MB");
  });
});
