import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { HubView } from "../../../../contract/api/hubs.schema.ts";
import { useLanguage } from "../../../lib/i18n.ts";
import { paths } from "../../../lib/paths.ts";
import { bilingualLabel, hubName, otherHubName } from "../utils/hub-names.ts";

/** Props of HubCard. */
export interface HubCardProps {
  hub: HubView;
}

/** One hub in the list: its name (linking to its page), type, where it is, and what it offers. */
export function HubCard({ hub }: HubCardProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const other = otherHubName(hub.name, language);
  const place = [hub.district, hub.address].filter(Boolean).join(" · ");

  return (
    <li className="city-card hub-card">
      <h3 className="city-card__name">
        <Link to={paths.hubs.detail(hub.slug)}>{hubName(hub.name, language) || hub.publicId}</Link>
      </h3>
      {other && (
        <p className="hub-card__other-name" lang={other.lang}>
          {other.text}
        </p>
      )}
      <p className="city-card__place">
        {hub.type ? bilingualLabel(hub.type, language) : t("hubs.card.noType")}
        {place && (
          <>
            <span aria-hidden="true"> · </span>
            <span className="visually-hidden">, </span>
            {place}
          </>
        )}
      </p>
      {(hub.fields.length > 0 || hub.accessibility.length > 0 || !hub.location) && (
        <ul className="hub-card__tags">
          {hub.fields.map((field) => (
            <li key={field.slug} className="hub-tag">
              {bilingualLabel(field, language)}
            </li>
          ))}
          {hub.accessibility.map((feature) => (
            <li key={feature.code} className="hub-tag hub-tag--access">
              <span className="visually-hidden">{t("hubs.card.accessibility")}: </span>
              {bilingualLabel(feature, language)}
            </li>
          ))}
          {!hub.location && <li className="hub-tag hub-tag--muted">{t("hubs.card.notOnMap")}</li>}
        </ul>
      )}
    </li>
  );
}
