import { type FormEvent, lazy, type ReactNode, Suspense, useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { FieldList } from "../../../../contract/api/cities.schema.ts";
import { ApiError } from "../../../lib/api-client.ts";
import { fieldErrors } from "../../../lib/form-errors.ts";
import { useLanguage } from "../../../lib/i18n.ts";
import { localizedName } from "../../../lib/localized-names.ts";
import { FormErrorSummary, type FormErrorSummaryItem } from "../../../ui/form-error-summary.tsx";
import { FormField, FormFieldset } from "../../../ui/form-field.tsx";
import { LoadingState } from "../../../ui/loading-state.tsx";
import type { HubTaxonomies } from "../api/get-hub-taxonomies.ts";
import {
  emptyContact,
  HUB_STATUSES,
  type HubContactValues,
  type HubFormValues,
  hubFormFieldOf,
  OWNERSHIPS,
  parseDecimal,
  validateHubForm,
} from "../utils/hub-form.ts";
import { bilingualLabel } from "../utils/hub-names.ts";

const HubLocationPicker = lazy(() =>
  import("./hub-location-picker.tsx").then((module) => ({ default: module.HubLocationPicker })),
);

/** Props of HubForm. */
export interface HubFormProps {
  initial: HubFormValues;
  taxonomies: HubTaxonomies;
  fields: FieldList["items"];
  /** The hub's network, for the location picker's starting view. */
  network: string;
  /** Network administrators may set the status; managers see it but cannot change it. */
  canChangeStatus: boolean;
  /** Shows the status control at all (not when creating: a new hub is always an applicant). */
  showStatus: boolean;
  submitLabel: string;
  pendingLabel: string;
  /** Heading of the error summary, e.g. "The hub could not be saved". */
  errorTitle: string;
  pending: boolean;
  /** The last failed submit; its field details are shown next to the fields. */
  error: unknown;
  /** Called with values that passed the browser's checks. */
  onSubmit: (values: HubFormValues) => void;
  /** Shown above the first section (the network choice when creating). */
  before?: ReactNode;
}

/** Id of a field's control, the target of the error summary's links. */
const controlId = (field: string) => `hub-${field.replaceAll(".", "-")}`;

/**
 * The hub profile form, for a new hub and for edits: names and descriptions in both languages, type and fields,
 * location (typed, or placed on the map), visiting information and accessibility, links, organisation, and the
 * private contact persons. Values are checked in the browser first (translated messages); the server's field
 * details appear next to the same fields.
 */
export function HubForm({
  initial,
  taxonomies,
  fields,
  network,
  canChangeStatus,
  showStatus,
  submitLabel,
  pendingLabel,
  errorTitle,
  pending,
  error,
  onSubmit,
  before,
}: HubFormProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [values, setValues] = useState(initial);
  const [attempted, setAttempted] = useState(false);
  const districtsId = useId();
  const afterMapId = useId();

  const problems = attempted ? validateHubForm(values) : {};
  const serverErrors = useMemo(() => {
    const result: Record<string, string> = {};
    for (const [path, message] of Object.entries(fieldErrors(error))) {
      const field = hubFormFieldOf(path);
      result[field] = result[field] ? `${result[field]}; ${message}` : message;
    }
    return result;
  }, [error]);
  const errorOf = (field: string): string | undefined => {
    const problem = problems[field];
    if (problem) return t(`hubs.form.problems.${problem}`);
    return serverErrors[field];
  };

  const set = <K extends keyof HubFormValues>(key: K, value: HubFormValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));
  const text = (key: keyof HubFormValues) => (event: { target: { value: string } }) =>
    set(key, event.target.value as never);
  const toggle = (key: "fields" | "accessibility", item: string, on: boolean) =>
    setValues((current) => ({
      ...current,
      [key]: on ? [...new Set([...current[key], item])] : current[key].filter((value) => value !== item),
    }));
  const setContact = (index: number, patch: Partial<HubContactValues>) =>
    setValues((current) => ({
      ...current,
      contacts: current.contacts.map((contact, i) => (i === index ? { ...contact, ...patch } : contact)),
    }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    setAttempted(true);
    if (Object.keys(validateHubForm(values)).length > 0) return;
    onSubmit(values);
  };

  const labels: Record<string, string> = {
    nameVi: t("hubs.form.nameVi"),
    nameEn: t("hubs.form.nameEn"),
    descriptionVi: t("hubs.form.descriptionVi"),
    descriptionEn: t("hubs.form.descriptionEn"),
    type: t("hubs.form.type"),
    fields: t("hubs.form.fields"),
    district: t("hubs.form.district"),
    ward: t("hubs.form.ward"),
    address: t("hubs.form.address"),
    lat: t("hubs.form.lat"),
    lon: t("hubs.form.lon"),
    openingHours: t("hubs.form.openingHours"),
    accessibility: t("hubs.form.accessibility"),
    website: t("hubs.form.website"),
    socialLinks: t("hubs.form.socialLinks"),
    foundingYear: t("hubs.form.foundingYear"),
    ownership: t("hubs.form.ownership"),
    status: t("hubs.form.status"),
    network: t("hubs.form.network"),
  };
  const labelOf = (field: string) => {
    const contact = /^contacts\.(\d+)\.(\w+)$/.exec(field);
    if (contact)
      return `${t("hubs.form.contacts.contact", { number: Number(contact[1]) + 1 })}, ${t(`hubs.form.contacts.${contact[2] as "name"}`)}`;
    return labels[field] ?? field;
  };

  const summaryItems: FormErrorSummaryItem[] = [];
  const seen = new Set<string>();
  for (const field of [...Object.keys(problems), ...Object.keys(serverErrors)]) {
    if (seen.has(field)) continue;
    seen.add(field);
    const message = errorOf(field);
    if (message) summaryItems.push({ id: controlId(field), label: labelOf(field), message });
  }
  let summaryMessage: string | undefined;
  if (error instanceof ApiError && Object.keys(serverErrors).length === 0)
    summaryMessage = error.code === "network_error" ? t("ui.error.network") : error.message;
  else if (error && !(error instanceof ApiError)) summaryMessage = String(error);
  const showSummary = attempted && (summaryItems.length > 0 || summaryMessage !== undefined);

  const lat = parseDecimal(values.lat);
  const lon = parseDecimal(values.lon);
  const point =
    lat !== null &&
    lon !== null &&
    !Number.isNaN(lat) &&
    !Number.isNaN(lon) &&
    Math.abs(lat) <= 90 &&
    Math.abs(lon) <= 180
      ? { lat, lon }
      : null;

  return (
    <form className="hub-form" noValidate onSubmit={submit} aria-busy={pending || undefined}>
      {showSummary && <FormErrorSummary title={errorTitle} message={summaryMessage} items={summaryItems} />}
      {before}

      <fieldset className="form-section">
        <legend className="form-section__title">{t("hubs.form.sections.names")}</legend>
        <p className="form-section__hint">{t("hubs.form.namesHint")}</p>
        <div className="form-grid">
          <FormField label={labels.nameVi} id={controlId("nameVi")} error={errorOf("nameVi")}>
            {(control) => (
              <input
                {...control}
                className="input"
                lang="vi"
                maxLength={200}
                value={values.nameVi}
                onChange={text("nameVi")}
              />
            )}
          </FormField>
          <FormField label={labels.nameEn} id={controlId("nameEn")} error={errorOf("nameEn")}>
            {(control) => (
              <input
                {...control}
                className="input"
                lang="en"
                maxLength={200}
                value={values.nameEn}
                onChange={text("nameEn")}
              />
            )}
          </FormField>
          <FormField label={labels.descriptionVi} id={controlId("descriptionVi")} error={errorOf("descriptionVi")}>
            {(control) => (
              <textarea
                {...control}
                className="textarea"
                lang="vi"
                rows={5}
                maxLength={5000}
                value={values.descriptionVi}
                onChange={text("descriptionVi")}
              />
            )}
          </FormField>
          <FormField label={labels.descriptionEn} id={controlId("descriptionEn")} error={errorOf("descriptionEn")}>
            {(control) => (
              <textarea
                {...control}
                className="textarea"
                lang="en"
                rows={5}
                maxLength={5000}
                value={values.descriptionEn}
                onChange={text("descriptionEn")}
              />
            )}
          </FormField>
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend className="form-section__title">{t("hubs.form.sections.kind")}</legend>
        <FormField label={labels.type} id={controlId("type")} error={errorOf("type")}>
          {(control) => (
            <select {...control} className="select" value={values.type} onChange={text("type")}>
              <option value="">{t("hubs.form.noType")}</option>
              {taxonomies.types.map((type) => (
                <option key={type.slug} value={type.slug}>
                  {bilingualLabel(type, language)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormFieldset legend={labels.fields} id={controlId("fields")} error={errorOf("fields")}>
          <ul className="checkbox-grid">
            {fields.map((field, index) => {
              const id = index === 0 ? controlId("fields") : `${controlId("fields")}-${field.slug}`;
              return (
                <li key={field.slug} className="checkbox">
                  <input
                    id={id}
                    type="checkbox"
                    checked={values.fields.includes(field.slug)}
                    onChange={(event) => toggle("fields", field.slug, event.target.checked)}
                  />
                  <label htmlFor={id}>{localizedName(field, language)}</label>
                </li>
              );
            })}
          </ul>
        </FormFieldset>
      </fieldset>

      <fieldset className="form-section">
        <legend className="form-section__title">{t("hubs.form.sections.location")}</legend>
        <div className="form-grid">
          <FormField label={labels.district} id={controlId("district")} error={errorOf("district")}>
            {(control) => (
              <input
                {...control}
                className="input"
                list={districtsId}
                maxLength={120}
                value={values.district}
                onChange={text("district")}
              />
            )}
          </FormField>
          <datalist id={districtsId}>
            {taxonomies.districts.map((district) => (
              <option key={district} value={district} />
            ))}
          </datalist>
          <FormField label={labels.ward} id={controlId("ward")} error={errorOf("ward")}>
            {(control) => (
              <input {...control} className="input" maxLength={120} value={values.ward} onChange={text("ward")} />
            )}
          </FormField>
        </div>
        <FormField label={labels.address} id={controlId("address")} error={errorOf("address")}>
          {(control) => (
            <input {...control} className="input" maxLength={300} value={values.address} onChange={text("address")} />
          )}
        </FormField>
        <p className="form-section__hint">{t("hubs.form.location.hint")}</p>
        <div className="form-grid form-grid--coordinates">
          <FormField
            label={labels.lat}
            id={controlId("lat")}
            error={errorOf("lat")}
            hint={t("hubs.form.location.latHint")}
          >
            {(control) => (
              <input
                {...control}
                className="input"
                inputMode="decimal"
                autoComplete="off"
                value={values.lat}
                onChange={text("lat")}
              />
            )}
          </FormField>
          <FormField
            label={labels.lon}
            id={controlId("lon")}
            error={errorOf("lon")}
            hint={t("hubs.form.location.lonHint")}
          >
            {(control) => (
              <input
                {...control}
                className="input"
                inputMode="decimal"
                autoComplete="off"
                value={values.lon}
                onChange={text("lon")}
              />
            )}
          </FormField>
          {(values.lat !== "" || values.lon !== "") && (
            <button
              type="button"
              className="button form-grid__action"
              onClick={() => setValues((current) => ({ ...current, lat: "", lon: "" }))}
            >
              {t("hubs.form.location.clear")}
            </button>
          )}
        </div>
        <Suspense fallback={<LoadingState compact label={t("hubs.map.loading")} />}>
          <HubLocationPicker
            value={point}
            network={network}
            name={values.nameVi || values.nameEn}
            skipTo={afterMapId}
            onPick={(picked) =>
              setValues((current) => ({ ...current, lat: String(picked.lat), lon: String(picked.lon) }))
            }
          />
        </Suspense>
        <p id={afterMapId} tabIndex={-1} className="form-section__hint">
          {t("hubs.form.location.mapHint")}
        </p>
      </fieldset>

      <fieldset className="form-section">
        <legend className="form-section__title">{t("hubs.form.sections.visiting")}</legend>
        <FormField
          label={labels.openingHours}
          id={controlId("openingHours")}
          error={errorOf("openingHours")}
          hint={t("hubs.form.openingHoursHint")}
        >
          {(control) => (
            <textarea
              {...control}
              className="textarea"
              rows={3}
              maxLength={500}
              value={values.openingHours}
              onChange={text("openingHours")}
            />
          )}
        </FormField>
        <FormFieldset legend={labels.accessibility} id={controlId("accessibility")} error={errorOf("accessibility")}>
          <ul className="checkbox-grid">
            {taxonomies.accessibility.map((feature, index) => {
              const id = index === 0 ? controlId("accessibility") : `${controlId("accessibility")}-${feature.code}`;
              return (
                <li key={feature.code} className="checkbox">
                  <input
                    id={id}
                    type="checkbox"
                    checked={values.accessibility.includes(feature.code)}
                    onChange={(event) => toggle("accessibility", feature.code, event.target.checked)}
                  />
                  <label htmlFor={id}>{bilingualLabel(feature, language)}</label>
                </li>
              );
            })}
          </ul>
        </FormFieldset>
      </fieldset>

      <fieldset className="form-section">
        <legend className="form-section__title">{t("hubs.form.sections.organisation")}</legend>
        <div className="form-grid">
          <FormField label={labels.website} id={controlId("website")} error={errorOf("website")}>
            {(control) => (
              <input
                {...control}
                className="input"
                type="url"
                inputMode="url"
                placeholder="https://"
                maxLength={500}
                value={values.website}
                onChange={text("website")}
              />
            )}
          </FormField>
          <FormField label={labels.foundingYear} id={controlId("foundingYear")} error={errorOf("foundingYear")}>
            {(control) => (
              <input
                {...control}
                className="input input--short"
                inputMode="numeric"
                maxLength={4}
                value={values.foundingYear}
                onChange={text("foundingYear")}
              />
            )}
          </FormField>
        </div>
        <FormField
          label={labels.socialLinks}
          id={controlId("socialLinks")}
          error={errorOf("socialLinks")}
          hint={t("hubs.form.socialLinksHint")}
        >
          {(control) => (
            <textarea
              {...control}
              className="textarea"
              rows={3}
              value={values.socialLinks}
              onChange={text("socialLinks")}
            />
          )}
        </FormField>
        <FormField label={labels.ownership} id={controlId("ownership")} error={errorOf("ownership")}>
          {(control) => (
            <select {...control} className="select" value={values.ownership} onChange={text("ownership")}>
              <option value="">{t("hubs.form.noOwnership")}</option>
              {OWNERSHIPS.map((ownership) => (
                <option key={ownership} value={ownership}>
                  {t(`hubs.ownership.${ownership}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </fieldset>

      <fieldset className="form-section form-section--private">
        <legend className="form-section__title">{t("hubs.form.sections.contacts")}</legend>
        <p className="form-section__hint">{t("hubs.form.contacts.hint")}</p>
        {values.contacts.length === 0 && <p className="hub-detail__muted">{t("hubs.form.contacts.none")}</p>}
        <ol className="contact-list">
          {values.contacts.map((contact, index) => (
            <li key={contact.key}>
              <fieldset className="contact-row">
                <legend>{t("hubs.form.contacts.contact", { number: index + 1 })}</legend>
                <div className="form-grid">
                  <FormField
                    label={t("hubs.form.contacts.name")}
                    id={controlId(`contacts.${index}.name`)}
                    error={errorOf(`contacts.${index}.name`)}
                    required
                  >
                    {(control) => (
                      <input
                        {...control}
                        className="input"
                        autoComplete="off"
                        maxLength={120}
                        value={contact.name}
                        onChange={(event) => setContact(index, { name: event.target.value })}
                      />
                    )}
                  </FormField>
                  <FormField
                    label={t("hubs.form.contacts.role")}
                    id={controlId(`contacts.${index}.role`)}
                    error={errorOf(`contacts.${index}.role`)}
                  >
                    {(control) => (
                      <input
                        {...control}
                        className="input"
                        autoComplete="off"
                        maxLength={120}
                        value={contact.role}
                        onChange={(event) => setContact(index, { role: event.target.value })}
                      />
                    )}
                  </FormField>
                  <FormField
                    label={t("hubs.form.contacts.email")}
                    id={controlId(`contacts.${index}.email`)}
                    error={errorOf(`contacts.${index}.email`)}
                  >
                    {(control) => (
                      <input
                        {...control}
                        className="input"
                        type="email"
                        inputMode="email"
                        autoComplete="off"
                        maxLength={254}
                        value={contact.email}
                        onChange={(event) => setContact(index, { email: event.target.value })}
                      />
                    )}
                  </FormField>
                  <FormField
                    label={t("hubs.form.contacts.phone")}
                    id={controlId(`contacts.${index}.phone`)}
                    error={errorOf(`contacts.${index}.phone`)}
                  >
                    {(control) => (
                      <input
                        {...control}
                        className="input"
                        type="tel"
                        autoComplete="off"
                        maxLength={30}
                        value={contact.phone}
                        onChange={(event) => setContact(index, { phone: event.target.value })}
                      />
                    )}
                  </FormField>
                </div>
                <button
                  type="button"
                  className="button button--link"
                  onClick={() =>
                    setValues((current) => ({ ...current, contacts: current.contacts.filter((_, i) => i !== index) }))
                  }
                >
                  {t("hubs.form.contacts.remove", { number: index + 1 })}
                </button>
              </fieldset>
            </li>
          ))}
        </ol>
        {values.contacts.length < 10 && (
          <button
            type="button"
            className="button"
            onClick={() => setValues((current) => ({ ...current, contacts: [...current.contacts, emptyContact()] }))}
          >
            {t("hubs.form.contacts.add")}
          </button>
        )}
      </fieldset>

      {showStatus && (
        <fieldset className="form-section">
          <legend className="form-section__title">{t("hubs.form.sections.status")}</legend>
          <FormField
            label={labels.status}
            id={controlId("status")}
            error={errorOf("status")}
            hint={canChangeStatus ? t("hubs.form.statusHintAdmin") : t("hubs.form.statusHint")}
          >
            {(control) => (
              <select
                {...control}
                className="select"
                value={values.status}
                disabled={!canChangeStatus}
                onChange={(event) => set("status", event.target.value as HubFormValues["status"])}
              >
                {HUB_STATUSES.map((status) => (
                  <option key={status} value={status}>
                    {t(`hubs.status.${status}`)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        </fieldset>
      )}

      <div className="form-actions form-actions--sticky">
        <button type="submit" className="button button--primary" aria-disabled={pending || undefined}>
          {pending ? pendingLabel : submitLabel}
        </button>
      </div>
    </form>
  );
}
