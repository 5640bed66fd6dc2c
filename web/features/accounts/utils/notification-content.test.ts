import { describe, expect, it } from "vitest";
import { notificationContent } from "./notification-content.ts";

describe("notificationContent", () => {
  it("leads reviewers to the decision screen of a new application, with the hub's name", () => {
    expect(
      notificationContent("application.submitted", { applicationId: "a1", hubId: "h1", hubName: "Làng gốm" }),
    ).toEqual({ kind: "application.submitted", href: "/review/a1", hubName: "Làng gốm" });
  });

  it("gives applicants the reviewer's reason and a link to their application", () => {
    expect(
      notificationContent("application.changes_requested", {
        applicationId: "a1",
        hubId: "h1",
        reason: "Please describe your programme.",
      }),
    ).toEqual({
      kind: "application.changes_requested",
      href: "/applications/a1",
      reason: "Please describe your programme.",
    });
  });

  it("words an unknown kind generically and ignores payload values that are not text", () => {
    expect(notificationContent("assessment.opened", { applicationId: 42, reason: "" })).toEqual({ kind: "other" });
  });
});
