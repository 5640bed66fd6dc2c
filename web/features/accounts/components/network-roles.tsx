import { type FormEvent, type ReactNode, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { MeView } from "../../../../contract/api/accounts.schema.ts";
import { fieldErrors, writeProblem } from "../../../lib/form-errors.ts";
import { DataTable } from "../../../ui/data-table.tsx";
import { EmptyState } from "../../../ui/empty-state.tsx";
import { ErrorNotice } from "../../../ui/error-notice.tsx";
import { ErrorState } from "../../../ui/error-state.tsx";
import { FormField } from "../../../ui/form-field.tsx";
import { LoadingState } from "../../../ui/loading-state.tsx";
import { type NetworkPerson, useNetworkRoles } from "../api/get-network-roles.ts";
import { useGrantNetworkRole } from "../api/grant-network-role.ts";
import { useRevokeNetworkRole } from "../api/revoke-network-role.ts";
import { checkEmail } from "../utils/credentials.ts";

/** Props of NetworkRoles. */
export interface NetworkRolesProps {
  /** The network's slug. */
  network: string;
  /** The signed-in person: platform administrators also appoint and revoke the network's administrators. */
  me: MeView;
}

type Role = NetworkPerson["role"];

/**
 * Who holds a role in a network (administrators and assessors), a form to appoint someone by e-mail address, and
 * a button to take a role away. Network administrators manage assessors; platform administrators manage both.
 */
export function NetworkRoles({ network, me }: NetworkRolesProps) {
  const { t } = useTranslation();
  const people = useNetworkRoles(network);
  const revoke = useRevokeNetworkRole();
  const [notice, setNotice] = useState<string>();
  const headingId = useId();
  const canManage = (role: Role) => role === "assessor" || me.isPlatformAdmin;

  const onRevoke = (person: NetworkPerson) => {
    if (revoke.isPending) return;
    const roleName = t(`admin.roles.role.${person.role}`);
    if (!window.confirm(t("admin.roles.confirmRevoke", { name: person.name, role: roleName }))) return;
    setNotice(undefined);
    revoke.mutate(
      { network, userId: person.userId, role: person.role },
      { onSuccess: () => setNotice(t("admin.roles.revoked", { name: person.name, role: roleName })) },
    );
  };

  const revokeProblem = writeProblem(revoke.error, t, { 404: t("admin.roles.alreadyRevoked") });

  let list: ReactNode;
  if (people.isPending) list = <LoadingState compact label={t("admin.roles.loading")} />;
  else if (people.isError)
    list = <ErrorState error={people.error} title={t("admin.roles.error")} onRetry={() => void people.refetch()} />;
  else if (people.data.items.length === 0) list = <EmptyState title={t("admin.roles.empty")} />;
  else
    list = (
      <DataTable
        className="queue-table"
        caption={t("admin.roles.caption")}
        columns={[
          t("admin.roles.name"),
          t("admin.roles.email"),
          t("admin.roles.roleColumn"),
          { label: t("admin.roles.actions"), hidden: true },
        ]}
      >
        {people.data.items.map((person) => (
          <tr key={`${person.userId}:${person.role}`}>
            <th scope="row">{person.name}</th>
            <td>{person.email}</td>
            <td>{t(`admin.roles.role.${person.role}`)}</td>
            <td>
              {canManage(person.role) && person.userId !== me.id && (
                <button
                  type="button"
                  className="button button--link"
                  aria-disabled={revoke.isPending || undefined}
                  onClick={() => onRevoke(person)}
                >
                  {t("admin.roles.revoke")}
                  <span className="visually-hidden">
                    {" "}
                    {t("admin.roles.revokeWhom", { name: person.name, role: t(`admin.roles.role.${person.role}`) })}
                  </span>
                </button>
              )}
            </td>
          </tr>
        ))}
      </DataTable>
    );

  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="section-title">
        {t("admin.roles.title")}
      </h2>
      <p className="hub-detail__muted">{me.isPlatformAdmin ? t("admin.roles.leadPlatform") : t("admin.roles.lead")}</p>
      {list}
      <p role="status">{notice ?? ""}</p>
      <ErrorNotice message={revokeProblem} />
      <AppointForm network={network} allowAdmin={me.isPlatformAdmin} onDone={setNotice} />
    </section>
  );
}

function AppointForm({
  network,
  allowAdmin,
  onDone,
}: {
  network: string;
  allowAdmin: boolean;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const grant = useGrantNetworkRole();
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<Role>("assessor");
  const [problem, setProblem] = useState<string>();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (grant.isPending) return;
    const local = checkEmail(email);
    if (local) {
      setProblem(t(`admin.roles.${local}`));
      return;
    }
    setProblem(undefined);
    grant.mutate(
      { network, email: email.trim(), role },
      {
        onSuccess: () => {
          onDone(t("admin.roles.appointed", { email: email.trim(), role: t(`admin.roles.role.${role}`) }));
          setEmail("");
        },
      },
    );
  };

  const server = fieldErrors(grant.error);
  let serverProblem: string | undefined;
  if (server.email) serverProblem = t("admin.roles.noAccount");
  const formProblem = server.email ? undefined : writeProblem(grant.error, t);

  return (
    <form className="admin-form" noValidate onSubmit={submit} aria-busy={grant.isPending || undefined}>
      <h3 className="admin-form__title">{t("admin.roles.appointTitle")}</h3>
      <FormField
        label={t("admin.roles.emailLabel")}
        hint={t("admin.roles.emailHint")}
        error={problem ?? serverProblem}
        required
      >
        {(control) => (
          <input
            {...control}
            className="input"
            type="email"
            autoComplete="off"
            value={email}
            onChange={(event) => {
              setEmail(event.target.value);
              setProblem(undefined);
              grant.reset();
            }}
          />
        )}
      </FormField>
      <FormField label={t("admin.roles.roleLabel")}>
        {(control) => (
          <select
            {...control}
            className="select"
            value={role}
            onChange={(event) => setRole(event.target.value as Role)}
          >
            <option value="assessor">{t("admin.roles.role.assessor")}</option>
            {allowAdmin && <option value="admin">{t("admin.roles.role.admin")}</option>}
          </select>
        )}
      </FormField>
      <ErrorNotice message={formProblem} />
      <div className="form-actions">
        <button type="submit" className="button button--primary" aria-disabled={grant.isPending || undefined}>
          {grant.isPending ? t("admin.roles.appointing") : t("admin.roles.appoint")}
        </button>
      </div>
    </form>
  );
}
