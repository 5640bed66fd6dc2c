import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useNavigate } from "react-router";
import { paths } from "../../../lib/paths.ts";
import { isReviewer, useMe } from "../api/get-me.ts";
import { useNotifications } from "../api/get-notifications.ts";
import { useLogout } from "../api/logout.ts";

/**
 * The header's account area: "Sign in" and "Create account" for visitors; for signed-in people a menu button
 * with their name and unread-notification count, opening links to their hubs, notifications, the reviewer queue
 * (network administrators) and sign-out. It is a disclosure (a button and a list of links), not an ARIA menu, so
 * it works with the keys people already use for links.
 */
export function AccountMenu() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const me = useMe();
  const signedIn = !!me.data;
  const notifications = useNotifications(signedIn);
  const logout = useLogout();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  // Following a link in the menu closes it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on navigation, which the location key marks.
  useEffect(() => setOpen(false), [location.key]);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener("pointerdown", onPointerDown);
    document.addEventListener("keydown", onKeyDown);
    return () => {
      document.removeEventListener("pointerdown", onPointerDown);
      document.removeEventListener("keydown", onKeyDown);
    };
  }, [open]);

  if (me.isPending) return <div className="account-menu" aria-hidden="true" />;

  if (!me.data) {
    const here = `${location.pathname}${location.search}`;
    // Coming back to the sign-in page itself after signing in would be a loop.
    const next = location.pathname === "/login" || location.pathname === "/register" ? undefined : here;
    return (
      <div className="account-menu account-menu--anonymous">
        <Link to={paths.accounts.login(next)} className="account-menu__link">
          {t("accounts.menu.login")}
        </Link>
        <Link to={paths.accounts.register(next)} className="account-menu__link account-menu__link--strong">
          {t("accounts.menu.register")}
        </Link>
      </div>
    );
  }

  const unread = notifications.data?.unread ?? 0;
  return (
    <div className="account-menu" ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className="account-menu__button"
        aria-expanded={open}
        aria-controls={panelId}
        // The visible name and count, said as a sentence: "Account: Lan, 2 unread notifications".
        aria-label={`${t("accounts.menu.label")}: ${me.data.name}${unread > 0 ? `, ${t("accounts.menu.unread", { count: unread })}` : ""}`}
        onClick={() => setOpen((value) => !value)}
      >
        <span className="account-menu__name">{me.data.name}</span>
        {unread > 0 && <span className="account-menu__count">{unread}</span>}
        <span className="account-menu__caret" aria-hidden="true">
          ▾
        </span>
      </button>
      <div id={panelId} className="account-menu__panel" hidden={!open}>
        <p className="account-menu__who">{me.data.email}</p>
        <ul>
          <li>
            <Link to={paths.accounts.dashboard()}>{t("accounts.menu.dashboard")}</Link>
          </li>
          <li>
            <Link to={paths.accounts.notifications()}>
              {t("accounts.menu.notifications")}
              {unread > 0 && <span className="account-menu__inline-count"> ({unread})</span>}
            </Link>
          </li>
          {isReviewer(me.data) && (
            <li>
              <Link to={paths.membership.queue()}>{t("accounts.menu.review")}</Link>
            </li>
          )}
          <li>
            <button
              type="button"
              className="account-menu__logout"
              aria-disabled={logout.isPending || undefined}
              onClick={() => {
                if (logout.isPending) return;
                logout.mutate(undefined, { onSuccess: () => navigate(paths.home()) });
              }}
            >
              {logout.isPending ? t("accounts.menu.loggingOut") : t("accounts.menu.logout")}
            </button>
          </li>
        </ul>
        {logout.isError && (
          <p className="account-menu__error" role="alert">
            {t("accounts.menu.logoutFailed")}
          </p>
        )}
      </div>
    </div>
  );
}
