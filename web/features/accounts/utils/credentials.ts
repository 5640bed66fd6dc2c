/** Why a sign-in or sign-up value is refused in the browser; each has a translated message. */
export type CredentialProblem =
  | "emailRequired"
  | "emailInvalid"
  | "passwordRequired"
  | "passwordTooShort"
  | "nameRequired";

/** The server's minimum, counted as zod counts (UTF-16 units; contract/api/accounts.schema.ts); change both together. */
export const MIN_PASSWORD_LENGTH = 10;

// A light check that catches typing slips; the server decides what an address is.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The e-mail problem of a value, if any (also used where an administrator types someone else's address). */
export function checkEmail(email: string): "emailRequired" | "emailInvalid" | undefined {
  const value = email.trim();
  if (value === "") return "emailRequired";
  if (!EMAIL.test(value)) return "emailInvalid";
  return undefined;
}

/**
 * Problems of the sign-in form, by field.
 * @example validateLogin({ email: "", password: "x" }) // { email: "emailRequired" }
 */
export function validateLogin(values: { email: string; password: string }): Partial<Record<string, CredentialProblem>> {
  const problems: Partial<Record<string, CredentialProblem>> = {};
  const email = checkEmail(values.email);
  if (email) problems.email = email;
  if (values.password === "") problems.password = "passwordRequired";
  return problems;
}

/**
 * Problems of the sign-up form, by field: a name, an address and a password of at least 10 characters.
 * @example validateRegistration({ name: "An", email: "an@example.vn", password: "short" }) // { password: "passwordTooShort" }
 */
export function validateRegistration(values: {
  name: string;
  email: string;
  password: string;
}): Partial<Record<string, CredentialProblem>> {
  const problems: Partial<Record<string, CredentialProblem>> = {};
  if (values.name.trim() === "") problems.name = "nameRequired";
  const email = checkEmail(values.email);
  if (email) problems.email = email;
  if (values.password === "") problems.password = "passwordRequired";
  else if (values.password.length < MIN_PASSWORD_LENGTH) problems.password = "passwordTooShort";
  return problems;
}
