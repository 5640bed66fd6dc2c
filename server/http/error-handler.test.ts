import Fastify from "fastify";
import { describe, expect, it } from "vitest";
import { installErrorHandling, toErrorBody } from "./error-handler.ts";
import { ConflictError, NotFoundError } from "./errors.ts";

describe("the error shape", () => {
  it("answers an unexpected failure with a bare 500 that carries no internals", async () => {
    const app = Fastify({ logger: false });
    installErrorHandling(app);
    app.get("/boom", async () => {
      throw new Error('relation "secret_table" does not exist at /srv/app/server.ts:42');
    });
    const res = await app.inject({ method: "GET", url: "/boom" });
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual({
      error: { code: "internal", message: "Unexpected error. It has been logged.", details: [] },
    });
    expect(res.body).not.toContain("secret_table");
    expect(res.body).not.toContain("server.ts");
  });

  it("keeps the status, code and details of the platform's own errors", () => {
    expect(toErrorBody(NotFoundError("No such hub"))).toMatchObject({
      status: 404,
      body: { error: { code: "not_found", message: "No such hub" } },
    });
    const conflict = toErrorBody(ConflictError("stale", [{ path: "body.version", message: "is 1, current is 2" }]));
    expect(conflict.status).toBe(409);
    expect(conflict.body.error.details).toEqual([{ path: "body.version", message: "is 1, current is 2" }]);
  });

  it("names the body for a malformed JSON request", async () => {
    const app = Fastify({ logger: false });
    installErrorHandling(app);
    app.post("/x", async () => ({}));
    const res = await app.inject({
      method: "POST",
      url: "/x",
      payload: "{not json",
      headers: { "content-type": "application/json" },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details[0].path).toBe("body");
  });
});
