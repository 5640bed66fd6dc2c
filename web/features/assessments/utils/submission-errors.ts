/**
 * Server validation details of a submission, by the indicator code in their path
 * (`body.values.Events.value` or `body.values.Access`); the first message per indicator is kept.
 * @example submissionErrors([{ path: "body.values.Events.value", message: "must be between 0 and 500" }]).get("Events")
 */
export function submissionErrors(details: { path: string; message: string }[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const d of details) {
    const code = /^body\.values\.([^.]+)/.exec(d.path)?.[1];
    if (code && !out.has(code)) out.set(code, d.message);
  }
  return out;
}
