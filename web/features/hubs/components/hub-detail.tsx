import { lazy, type ReactNode, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { HubView } from "../../../../contract/api/hubs.schema.ts";
import { formatDateTime } from "../../../lib/format.ts";
import { type Language, useLanguage } from "../../../lib/i18n.ts";
import { paths } from "../../../lib/paths.ts";
import { LoadingState } from "../../../ui/loading-state.tsx";
import { PageLoadProblem } from "../../../ui/page-load-problem.tsx";
import { isManagerView, useHub } from "../api/get-hub.ts";
import { bilingualLabel, hubName, otherHubName } from "../utils/hub-names.ts";
import { sourceItems } from "../utils/hub-source.ts";
import { HubJsonLd } from "./hub-json-ld.tsx";
import { HubPhotos } from "./hub-photos.tsx";
import { HubStatusBadge } from "./hub-status-badge.tsx";

const HubLocationMap = lazy(() =>
  import("./hub-location-map.tsx").then((module) => ({ default: module.HubLocationMap })),
);

const SOURCES_ID = "hub-sources";
// Links typed in by hub managers: no referrer, no endorsement for search engines.
const USER_LINK_REL = "nofollow ugc noopener noreferrer";

/** Props of HubDetail. */
export interface HubDetailProps {
  slug: string;
}

function Breadcrumbs({ current }: { current?: string }) {
  const { t } = useTranslation();
  return (
    <nav className="breadcrumbs" aria-label={t("layout.breadcrumbs")}>
      <ol>
        <li>
          <Link to={paths.hubs.directory()}>{t("hubs.directory.breadcrumb")}</Link>
        </li>
        {current && (
          <li>
            <span aria-current="page">{current}</span>
          </li>
        )}
      </ol>
    </nav>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return url;
  }
}

/** A description in the UI language first, then the other language's, each marked with its `lang`. */
function Descriptions({ hub, language }: { hub: HubView; language: Language }) {
  const { t } = useTranslation();
  const other: Language = language === "vi" ? "en" : "vi";
  const texts = [
    { lang: language, text: hub.description[language] },
    { lang: other, text: hub.description[other] },
  ].filter((entry): entry is { lang: Language; text: string } => !!entry.text);
  if (texts.length === 0) return <p className="hub-detail__muted">{t("hubs.detail.noDescription")}</p>;
  return (
    <>
      {texts.map((entry, index) => (
        <div key={entry.lang} lang={entry.lang} className="hub-detail__description">
          {index > 0 && <h3 className="subsection-title">{t(`hubs.detail.descriptionIn.${entry.lang}`)}</h3>}
          {entry.text.split(/\n{2,}/).map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
        </div>
      ))}
    </>
  );
}

// Hanoi and every other network so far lie north of the equator and east of Greenwich; the sign covers the rest.
function formatCoordinates(
  location: { lat: number; lon: number },
  language: Language,
  north: string,
  east: string,
): string {
  const number = new Intl.NumberFormat(language, { minimumFractionDigits: 4, maximumFractionDigits: 5 });
  const lat = location.lat >= 0 ? `${number.format(location.lat)}° ${north}` : `${number.format(location.lat)}°`;
  const lon = location.lon >= 0 ? `${number.format(location.lon)}° ${east}` : `${number.format(location.lon)}°`;
  return `${lat}, ${lon}`;
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

function HubDetailContent({ hub }: { hub: HubView }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const name = hubName(hub.name, language) || hub.publicId;
  const other = otherHubName(hub.name, language);
  const notRecorded = <span className="hub-detail__muted">{t("hubs.detail.notRecorded")}</span>;
  const canEdit = isManagerView(hub) && hub.canEdit;
  const pageUrl = `${window.location.origin}${paths.hubs.detail(hub.slug)}`;
  const networkName = language === "vi" ? hub.network.nameVi : hub.network.nameEn;
  const sources = sourceItems(hub.source);

  return (
    <article className="hub-detail">
      <title>{t("hubs.detail.documentTitle", { name })}</title>
      {hub.status === "member" && <HubJsonLd hub={hub} pageUrl={pageUrl} />}
      <Breadcrumbs current={name} />
      <header className="page-header hub-detail__header">
        <div>
          <h1 className="page-title" tabIndex={-1}>
            {name}
          </h1>
          {other && (
            <p className="hub-detail__other-name" lang={other.lang}>
              {other.text}
            </p>
          )}
          <p className="page-lead">
            {[hub.type ? bilingualLabel(hub.type, language) : undefined, hub.district, networkName]
              .filter(Boolean)
              .join(" · ")}
          </p>
        </div>
        {canEdit && (
          <Link to={paths.myHubs.manage(hub.id)} className="button">
            {t("hubs.detail.edit")}
          </Link>
        )}
      </header>

      {hub.status !== "member" && (
        <div className="notice notice--warning" role="note">
          <p>
            {t("hubs.detail.notPublic")} <HubStatusBadge status={hub.status} />
          </p>
        </div>
      )}

      <div className="city-detail__grid hub-detail__grid">
        <section className="panel" aria-labelledby="hub-about-heading">
          <h2 id="hub-about-heading" className="section-title">
            {t("hubs.detail.about")}
          </h2>
          <Descriptions hub={hub} language={language} />

          <h3 className="subsection-title">{t("hubs.detail.facts")}</h3>
          <dl className="facts hub-facts">
            <Fact label={t("hubs.detail.publicId")}>
              <code>{hub.publicId}</code>
            </Fact>
            <Fact label={t("hubs.detail.type")}>
              {hub.type ? bilingualLabel(hub.type, language) : notRecorded}
              {hub.typeNote && <span className="hub-detail__note">{hub.typeNote}</span>}
            </Fact>
            {hub.fields.length > 0 && (
              <Fact label={t("hubs.detail.fields")}>
                {hub.fields.map((field) => bilingualLabel(field, language)).join(", ")}
              </Fact>
            )}
            <Fact label={t("hubs.detail.address")}>
              {[hub.address, hub.ward, hub.district].filter(Boolean).join(", ") || notRecorded}
            </Fact>
            {hub.location && (
              <Fact label={t("hubs.detail.coordinates")}>
                {formatCoordinates(hub.location, language, t("hubs.detail.north"), t("hubs.detail.east"))}
              </Fact>
            )}
            <Fact label={t("hubs.detail.openingHours")}>
              {hub.openingHours ? <span className="hub-detail__pre">{hub.openingHours}</span> : notRecorded}
            </Fact>
            <Fact label={t("hubs.detail.accessibility")}>
              {hub.accessibility.length > 0 ? (
                <ul className="hub-detail__list">
                  {hub.accessibility.map((feature) => (
                    <li key={feature.code}>{bilingualLabel(feature, language)}</li>
                  ))}
                </ul>
              ) : (
                notRecorded
              )}
            </Fact>
            {hub.website && (
              <Fact label={t("hubs.detail.website")}>
                <a href={hub.website} rel={USER_LINK_REL}>
                  {hostOf(hub.website)}
                </a>
              </Fact>
            )}
            {hub.socialLinks.length > 0 && (
              <Fact label={t("hubs.detail.socialLinks")}>
                <ul className="hub-detail__list">
                  {hub.socialLinks.map((link) => (
                    <li key={link}>
                      <a href={link} rel={USER_LINK_REL}>
                        {hostOf(link)}
                      </a>
                    </li>
                  ))}
                </ul>
              </Fact>
            )}
            {hub.foundingYear !== null && <Fact label={t("hubs.detail.foundingYear")}>{hub.foundingYear}</Fact>}
            {hub.ownership && <Fact label={t("hubs.detail.ownership")}>{t(`hubs.ownership.${hub.ownership}`)}</Fact>}
            <Fact label={t("hubs.detail.status")}>
              <HubStatusBadge status={hub.status} />
              {hub.memberSince && hub.status === "member" && (
                <span className="hub-detail__note">
                  {t("hubs.detail.memberSince", { date: formatDateTime(hub.memberSince, language, false) })}
                </span>
              )}
            </Fact>
            <Fact label={t("hubs.detail.updated")}>
              <time dateTime={hub.updatedAt}>{formatDateTime(hub.updatedAt, language, false)}</time>
            </Fact>
          </dl>
        </section>

        <section className="panel" aria-labelledby="hub-map-heading">
          <h2 id="hub-map-heading" className="section-title">
            {t("hubs.detail.location")}
          </h2>
          {hub.location ? (
            <Suspense fallback={<LoadingState label={t("hubs.map.loading")} />}>
              <HubLocationMap name={name} location={hub.location} skipTo={SOURCES_ID} />
            </Suspense>
          ) : (
            <p className="hub-detail__muted">{t("hubs.detail.noLocation")}</p>
          )}
        </section>
      </div>

      <HubPhotos idOrSlug={hub.slug} name={name} title={t("hubs.photos.title")} />

      <section className="panel" id={SOURCES_ID} tabIndex={-1} aria-labelledby="hub-sources-heading">
        <h2 id="hub-sources-heading" className="section-title">
          {t("hubs.detail.sources")}
        </h2>
        {sources.length === 0 ? (
          <p className="hub-detail__muted">{t("hubs.detail.notRecorded")}</p>
        ) : (
          <ul className="hub-sources">
            {sources.map((group) => (
              <li key={group.map((item) => (item.kind === "link" ? item.url : item.text)).join("|")}>
                {group.map((item, index) => (
                  <span key={item.kind === "link" ? item.url : item.text}>
                    {index > 0 && ", "}
                    {item.kind === "link" ? (
                      <a href={item.url} rel="noopener noreferrer">
                        {item.host}
                      </a>
                    ) : (
                      item.text
                    )}
                  </span>
                ))}
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}

/** A hub's public page: its profile in both languages, where it is, its sources, and schema.org metadata. */
export function HubDetail({ slug }: HubDetailProps) {
  const { t } = useTranslation();
  const hub = useHub(slug);

  if (hub.isPending) return <LoadingState label={t("hubs.detail.loading")} />;
  if (hub.isError)
    return (
      <PageLoadProblem
        className="hub-detail"
        error={hub.error}
        onRetry={() => void hub.refetch()}
        breadcrumbs={<Breadcrumbs />}
        notFound={{
          title: t("hubs.detail.notFoundTitle"),
          message: t("hubs.detail.notFound", { slug }),
          back: <Link to={paths.hubs.directory()}>{t("hubs.detail.backToDirectory")}</Link>,
        }}
        errorTitle={t("hubs.detail.error")}
      />
    );
  return <HubDetailContent hub={hub.data} />;
}
