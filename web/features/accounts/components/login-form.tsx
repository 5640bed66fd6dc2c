import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { ApiError } from "../../../lib/api-client.ts";
import { type FieldErrors, fieldErrors, mergeFieldErrors } from "../../../lib/form-errors.ts";
import { paths } from "../../../lib/paths.ts";
import { FormErrorSummary } from "../../../ui/form-error-summary.tsx";
import { FormField } from "../../../ui/form-field.tsx";
import { useLogin } from "../api/login.ts";
import { validateLogin } from "../utils/credentials.ts";

/** Props of LoginForm. */
export interface LoginFormProps {
  /** Where to go after signing in (already checked to be a path of this site). */
  next: string;
}

const EMAIL_ID = "login-email";
const PASSWORD_ID = "login-password";

/** The sign-in page: e-mail and password, with the reason when it fails (wrong password, too many tries). */
export function LoginForm({ next }: LoginFormProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const loginMutation = useLogin();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [localErrors, setLocalErrors] = useState<FieldErrors>({});
  const [attempted, setAttempted] = useState(false);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (loginMutation.isPending) return;
    setAttempted(true);
    const problems = validateLogin({ email, password });
    const translated: FieldErrors = {};
    for (const [field, problem] of Object.entries(problems))
      if (problem) translated[field] = t(`accounts.validation.${problem}`);
    setLocalErrors(translated);
    if (Object.keys(translated).length > 0) return;
    loginMutation.mutate({ email: email.trim(), password }, { onSuccess: () => navigate(next, { replace: true }) });
  };

  const error = loginMutation.error;
  const errors = mergeFieldErrors(localErrors, fieldErrors(error));
  let message: string | undefined;
  if (error instanceof ApiError) {
    if (error.status === 401) message = t("accounts.login.wrongCredentials");
    else if (error.status === 429) message = t("accounts.login.rateLimited");
    else if (error.code === "network_error") message = t("ui.error.network");
    else if (Object.keys(errors).length === 0) message = error.message;
  } else if (error) message = String(error);
  const labels: Record<string, string> = { email: t("accounts.fields.email"), password: t("accounts.fields.password") };
  const ids: Record<string, string> = { email: EMAIL_ID, password: PASSWORD_ID };
  const showSummary = attempted && (message !== undefined || Object.keys(errors).length > 0);

  return (
    <div className="auth-page">
      <title>{t("accounts.login.documentTitle")}</title>
      <h1 className="page-title" tabIndex={-1}>
        {t("accounts.login.title")}
      </h1>
      <p className="page-lead">{t("accounts.login.lead")}</p>
      <form className="auth-form panel" noValidate onSubmit={submit} aria-busy={loginMutation.isPending || undefined}>
        {showSummary && (
          <FormErrorSummary
            title={t("accounts.login.failed")}
            message={message}
            items={Object.entries(errors).map(([field, text]) => ({
              id: ids[field] ?? EMAIL_ID,
              label: labels[field] ?? field,
              message: text,
            }))}
          />
        )}
        <FormField label={t("accounts.fields.email")} id={EMAIL_ID} error={errors.email} required>
          {(control) => (
            <input
              {...control}
              className="input"
              type="email"
              name="email"
              autoComplete="email"
              inputMode="email"
              spellCheck={false}
              value={email}
              onChange={(event) => setEmail(event.target.value)}
            />
          )}
        </FormField>
        <FormField label={t("accounts.fields.password")} id={PASSWORD_ID} error={errors.password} required>
          {(control) => (
            <input
              {...control}
              className="input"
              type="password"
              name="password"
              autoComplete="current-password"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
          )}
        </FormField>
        <div className="form-actions">
          <button type="submit" className="button button--primary" aria-disabled={loginMutation.isPending || undefined}>
            {loginMutation.isPending ? t("accounts.login.submitting") : t("accounts.login.submit")}
          </button>
        </div>
        <p className="auth-form__switch">
          {t("accounts.login.noAccount")} <Link to={paths.accounts.register(next)}>{t("accounts.login.register")}</Link>
        </p>
      </form>
    </div>
  );
}
