import { describe, expect, it } from "vitest";
import { validateLogin, validateRegistration } from "./credentials.ts";

describe("validateLogin", () => {
  it("accepts an address and any password", () => {
    expect(validateLogin({ email: " an@example.vn ", password: "x" })).toEqual({});
  });

  it("names each missing or malformed value", () => {
    expect(validateLogin({ email: "", password: "" })).toEqual({
      email: "emailRequired",
      password: "passwordRequired",
    });
    expect(validateLogin({ email: "an@example", password: "x" })).toEqual({ email: "emailInvalid" });
  });
});

describe("validateRegistration", () => {
  it("accepts a name, an address and a long enough password", () => {
    expect(validateRegistration({ name: "Nguyễn An", email: "an@example.vn", password: "mật khẩu dài" })).toEqual({});
  });

  it("asks for a name and a password of at least 10 characters", () => {
    expect(validateRegistration({ name: "  ", email: "an@example.vn", password: "short" })).toEqual({
      name: "nameRequired",
      password: "passwordTooShort",
    });
    expect(validateRegistration({ name: "An", email: "an@example.vn", password: "0123456789" })).toEqual({});
  });
});
