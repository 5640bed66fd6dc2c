import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Link, NavLink, Outlet, ScrollRestoration, useLocation } from "react-router";
import { useMe } from "../features/accounts/api/get-me.ts";
import { AccountMenu } from "../features/accounts/components/account-menu.tsx";
import { paths } from "../lib/paths.ts";
import { administeredNetworks, networkAdminPath } from "./admin-paths.ts";
import { LanguageSwitch } from "./language-switch.tsx";

/**
 * The frame of every page: a skip link, the header with the platform's name, navigation, the account menu and
 * language switch, the main area and the footer with the API and data credits.
 */
export function AppLayout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const previousPath = useRef(pathname);
  // Network administrators (and platform administrators) get a link to their network's administration.
  const adminOf = administeredNetworks(useMe().data);

  // After moving to another page, screen readers should start at its heading, not at the link just followed.
  // Filter changes keep the path and keep focus where it is.
  useEffect(() => {
    if (previousPath.current === pathname) return;
    previousPath.current = pathname;
    const heading = document.querySelector<HTMLElement>("main h1");
    (heading ?? document.getElementById("main"))?.focus({ preventScroll: true });
  }, [pathname]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t("layout.skipToContent")}
      </a>
      <header className="app-header">
        <div className="app-header__inner">
          <Link to={paths.home()} className="brand">
            <img src="/favicon.svg" alt="" width="28" height="28" />
            <span>Creative Network</span>
          </Link>
          <nav className="app-nav" aria-label={t("layout.mainNavigation")}>
            <ul>
              <li>
                <NavLink to={paths.cities.directory()}>{t("layout.nav.cities")}</NavLink>
              </li>
              <li>
                <NavLink to={paths.hubs.directory()}>{t("layout.nav.hubs")}</NavLink>
              </li>
              <li>
                <NavLink to={paths.assessments.home("hanoi")}>{t("layout.nav.assessments")}</NavLink>
              </li>
              {adminOf.map((network) => (
                <li key={network}>
                  <NavLink to={networkAdminPath(network)}>
                    {t("layout.nav.admin")}
                    {adminOf.length > 1 && ` (${network})`}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
          <AccountMenu />
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="app-footer">
        <div className="app-footer__inner">
          <p>{t("layout.footer.about")}</p>
          <ul>
            <li>
              <a href={paths.apiDocs()}>{t("layout.footer.api")}</a>
            </li>
            <li>
              <a href="https://www.unesco.org/en/creative-cities" rel="noopener noreferrer">
                {t("layout.footer.uccn")}
              </a>
            </li>
          </ul>
          <p className="app-footer__credits">{t("layout.footer.credits")}</p>
        </div>
      </footer>
      <ScrollRestoration />
    </div>
  );
}
