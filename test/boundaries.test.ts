import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The module boundaries of docs/architecture.md, checked by machine rather than by reviewers' memory.
const root = path.resolve(import.meta.dirname, "..");

function sourceFiles(dir: string): string[] {
  const abs = path.join(root, dir);
  return readdirSync(abs).flatMap((name) => {
    const p = path.join(abs, name);
    if (statSync(p).isDirectory()) return sourceFiles(path.join(dir, name));
    return /\.(ts|tsx)$/.test(name) ? [path.join(dir, name)] : [];
  });
}

/** Relative imports of a file, resolved to repo-relative paths. */
function relativeImports(file: string): string[] {
  const text = readFileSync(path.join(root, file), "utf8");
  const specs = [
    ...text.matchAll(/(?:import|export)[^"']*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g),
  ].map((m) => m[1] ?? m[2]);
  return specs.filter((s) => s.startsWith(".")).map((s) => path.normalize(path.join(path.dirname(file), s)));
}

describe("module boundaries", () => {
  it("keeps scoring/ free of imports from outside itself and of Node built-ins", () => {
    for (const file of sourceFiles("scoring")) {
      const text = readFileSync(path.join(root, file), "utf8");
      expect(text, file).not.toMatch(/from\s+["']node:/);
      for (const target of relativeImports(file))
        expect(target.startsWith("scoring"), `${file} → ${target}`).toBe(true);
    }
  });

  it("keeps contract/ free of server, web and cli imports", () => {
    for (const file of sourceFiles("contract")) {
      for (const target of relativeImports(file))
        expect(target.startsWith("contract"), `${file} → ${target}`).toBe(true);
    }
  });

  it("keeps web features from importing each other", () => {
    for (const file of sourceFiles("web/features")) {
      const feature = file.split(path.sep)[2];
      for (const target of relativeImports(file)) {
        if (target.startsWith(`web${path.sep}features${path.sep}`)) {
          expect(target.split(path.sep)[2], `${file} → ${target}`).toBe(feature);
        }
      }
    }
  });

  it("keeps server modules from reaching into another module's repository", () => {
    for (const file of sourceFiles("server/modules")) {
      const mod = file.split(path.sep)[2];
      for (const target of relativeImports(file)) {
        const parts = target.split(path.sep);
        if (parts[0] === "server" && parts[1] === "modules" && parts[2] !== mod) {
          expect(target, `${file} → ${target}`).toMatch(/\.(service|table)\.ts$/);
        }
      }
    }
  });

  it("keeps the server free of web imports", () => {
    for (const file of sourceFiles("server")) {
      for (const target of relativeImports(file)) expect(target.startsWith("web"), `${file} → ${target}`).toBe(false);
    }
  });
});
