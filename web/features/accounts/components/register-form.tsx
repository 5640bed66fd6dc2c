import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { ApiError } from "../../../lib/api-client.ts";
import { type FieldErrors, fieldErrors, mergeFieldErrors } from "../../../lib/form-errors.ts";
import { paths } from "../../../lib/paths.ts";
import { FormErrorSummary } from "../../../ui/form-error-summary.tsx";
import { FormField } from "../../../ui/form-field.tsx";
import { useRegister } from "../api/register.ts";
import { MIN_PASSWORD_LENGTH, validateRegistration } from "../utils/credentials.ts";

/** Props of RegisterForm. */
export interface RegisterFormProps {
  /** Where to go after signing up (already checked to be a path of this site). */
  next: string;
}

const IDS = { name: "register-name", email: "register-email", password: "register-password" } as const;

/**
 * The sign-up page for people of organisations and companies that want to join a network: name, e-mail and a
 * password of at least 10 characters, which can be shown while typing.
 */
export function RegisterForm({ next }: RegisterFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const registerMutation = useRegister();
  const [values, setValues] = useState({ name: "", email: "", password: "" });
  const [showPassword, setShowPassword] = useState(false);
  const [localErrors, setLocalErrors] = useState<FieldErrors>({});
  const [attempted, setAttempted] = useState(false);

  const set = (field: keyof typeof values) => (event: { target: { value: string } }) =>
    setValues((current) => ({ ...current, [field]: event.target.value }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (registerMutation.isPending) return;
    setAttempted(true);
    const translated: FieldErrors = {};
    for (const [field, problem] of Object.entries(validateRegistration(values)))
      if (problem) translated[field] = t(`accounts.validation.${problem}`, { min: MIN_PASSWORD_LENGTH });
    setLocalErrors(translated);
    if (Object.keys(translated).length > 0) return;
    registerMutation.mutate(
      { name: values.name.trim(), email: values.email.trim(), password: values.password },
      { onSuccess: () => navigate(next, { replace: true }) },
    );
  };

  const error = registerMutation.error;
  const server = fieldErrors(error);
  const emailTaken = error instanceof ApiError && error.status === 409;
  if (emailTaken) server.email = t("accounts.register.emailTaken");
  const errors = mergeFieldErrors(localErrors, server);
  let message: string | undefined;
  if (error instanceof ApiError) {
    if (error.code === "network_error") message = t("ui.error.network");
    else if (Object.keys(errors).length === 0) message = error.message;
  } else if (error) message = String(error);
  const labels: Record<string, string> = {
    name: t("accounts.fields.name"),
    email: t("accounts.fields.email"),
    password: t("accounts.fields.password"),
  };
  const showSummary = attempted && (message !== undefined || Object.keys(errors).length > 0);

  return (
    <div className="auth-page">
      <title>{t("accounts.register.documentTitle")}</title>
      <h1 className="page-title" tabIndex={-1}>
        {t("accounts.register.title")}
      </h1>
      <p className="page-lead">{t("accounts.register.lead")}</p>
      <form
        className="auth-form panel"
        noValidate
        onSubmit={submit}
        aria-busy={registerMutation.isPending || undefined}
      >
        {showSummary && (
          <FormErrorSummary
            title={t("accounts.register.failed")}
            message={message}
            items={Object.entries(errors).map(([field, text]) => ({
              id: IDS[field as keyof typeof IDS] ?? IDS.name,
              label: labels[field] ?? field,
              message: text,
            }))}
          />
        )}
        <FormField label={t("accounts.fields.name")} id={IDS.name} error={errors.name} required>
          {(control) => (
            <input
              {...control}
              className="input"
              type="text"
              name="name"
              autoComplete="name"
              maxLength={120}
              value={values.name}
              onChange={set("name")}
            />
          )}
        </FormField>
        <FormField label={t("accounts.fields.email")} id={IDS.email} error={errors.email} required>
          {(control) => (
            <input
              {...control}
              className="input"
              type="email"
              name="email"
              autoComplete="email"
              inputMode="email"
              spellCheck={false}
              maxLength={254}
              value={values.email}
              onChange={set("email")}
            />
          )}
        </FormField>
        {emailTaken && (
          <p className="auth-form__note">
            <Link to={paths.accounts.login(next)}>{t("accounts.register.signInInstead")}</Link>
          </p>
        )}
        <FormField
          label={t("accounts.fields.password")}
          id={IDS.password}
          error={errors.password}
          hint={t("accounts.register.passwordHint", { min: MIN_PASSWORD_LENGTH })}
          required
        >
          {(control) => (
            <input
              {...control}
              className="input"
              type={showPassword ? "text" : "password"}
              name="password"
              autoComplete="new-password"
              maxLength={200}
              value={values.password}
              onChange={set("password")}
            />
          )}
        </FormField>
        <div className="checkbox">
          <input
            id="register-show-password"
            type="checkbox"
            checked={showPassword}
            onChange={(event) => setShowPassword(event.target.checked)}
          />
          <label htmlFor="register-show-password">{t("accounts.register.showPassword")}</label>
        </div>
        <div className="form-actions">
          <button
            type="submit"
            className="button button--primary"
            aria-disabled={registerMutation.isPending || undefined}
          >
            {registerMutation.isPending ? t("accounts.register.submitting") : t("accounts.register.submit")}
          </button>
        </div>
        <p className="auth-form__switch">
          {t("accounts.register.haveAccount")}{" "}
          <Link to={paths.accounts.login(next)}>{t("accounts.register.login")}</Link>
        </p>
      </form>
    </div>
  );
}
