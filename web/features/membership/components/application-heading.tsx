import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { ApplicationView } from "../../../../contract/api/membership.schema.ts";
import { useLanguage } from "../../../lib/i18n.ts";

/** Props of ApplicationHeading. */
export interface ApplicationHeadingProps {
  application: ApplicationView;
  /** The hub's name as the page shows it. */
  hub: string;
  /** The browser tab's title. */
  documentTitle: string;
  /** The page's heading. */
  title: string;
  /** The breadcrumb before the application: a link to the list it belongs to. */
  parent: ReactNode;
  /** A link to the hub's page, after the network's name. */
  hubLink: ReactNode;
}

/** The top of an application's page: the tab title, breadcrumbs, the heading, and the network and hub it is for. */
export function ApplicationHeading({
  application,
  hub,
  documentTitle,
  title,
  parent,
  hubLink,
}: ApplicationHeadingProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <>
      <title>{documentTitle}</title>
      <nav className="breadcrumbs" aria-label={t("layout.breadcrumbs")}>
        <ol>
          <li>{parent}</li>
          <li>
            <span aria-current="page">{hub}</span>
          </li>
        </ol>
      </nav>
      <header className="page-header">
        <h1 className="page-title" tabIndex={-1}>
          {title}
        </h1>
        <p className="page-lead">
          {language === "vi" ? application.network.nameVi : application.network.nameEn}
          <span aria-hidden="true"> · </span>
          {hubLink}
        </p>
      </header>
    </>
  );
}
