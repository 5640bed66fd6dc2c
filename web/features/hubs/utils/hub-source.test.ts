import { describe, expect, it } from "vitest";
import { sourceItems } from "./hub-source.ts";

describe("sourceItems", () => {
  it("turns the seed's provenance into groups of links and notes", () => {
    expect(
      sourceItems(
        "https://en.wikipedia.org/wiki/Vietnam_Museum_of_Ethnology ; https://www.vme.org.vn/en/c/x.html | coordinates: point from Wikipedia; approximate | seeded from public sources",
      ),
    ).toEqual([
      [
        {
          kind: "link",
          url: "https://en.wikipedia.org/wiki/Vietnam_Museum_of_Ethnology",
          host: "en.wikipedia.org",
        },
        { kind: "link", url: "https://www.vme.org.vn/en/c/x.html", host: "vme.org.vn" },
      ],
      [{ kind: "note", text: "coordinates: point from Wikipedia; approximate" }],
      [{ kind: "note", text: "seeded from public sources" }],
    ]);
  });

  it("keeps a hub's own source note as it is, and never links other schemes", () => {
    expect(sourceItems("self-declared")).toEqual([[{ kind: "note", text: "self-declared" }]]);
    expect(sourceItems("javascript:alert(1)")).toEqual([[{ kind: "note", text: "javascript:alert(1)" }]]);
  });

  it("has no groups for an empty source", () => {
    expect(sourceItems("  ")).toEqual([]);
  });
});
