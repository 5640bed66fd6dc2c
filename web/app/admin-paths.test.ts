import { describe, expect, it } from "vitest";
import { administeredNetworks, adminTabOf, networkAdminPath } from "./admin-paths.ts";

describe("network administration paths", () => {
  it("builds the page's path, leaving the first tab out", () => {
    expect(networkAdminPath("hanoi")).toBe("/networks/hanoi/admin");
    expect(networkAdminPath("hanoi", "roles")).toBe("/networks/hanoi/admin");
    expect(networkAdminPath("hanoi", "audit")).toBe("/networks/hanoi/admin?tab=audit");
    expect(adminTabOf("hub-types")).toBe("hub-types");
    expect(adminTabOf("nonsense")).toBe("roles");
    expect(adminTabOf(null)).toBe("roles");
  });

  it("lists the networks a person administers; platform administrators always get the city's own", () => {
    const role = (networkSlug: string, r: string) => ({ networkSlug, role: r });
    expect(administeredNetworks(null)).toEqual([]);
    expect(administeredNetworks({ isPlatformAdmin: false, networkRoles: [role("hanoi", "assessor")] })).toEqual([]);
    expect(
      administeredNetworks({
        isPlatformAdmin: false,
        networkRoles: [role("da-lat", "admin"), role("da-lat", "assessor")],
      }),
    ).toEqual(["da-lat"]);
    expect(administeredNetworks({ isPlatformAdmin: true, networkRoles: [role("da-lat", "admin")] })).toEqual([
      "hanoi",
      "da-lat",
    ]);
  });
});
