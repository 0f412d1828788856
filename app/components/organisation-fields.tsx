import type { FieldMetadata } from "@conform-to/react";
import { useTranslation } from "react-i18next";
import { PORT_REGIONS, SECTORS, SIZE_BANDS } from "~/domain/organisation";
import { SelectField, TextField } from "./form";

type ProfileFields = Record<
  "organisationName" | "sector" | "sizeBand" | "region" | "kvkNumber",
  FieldMetadata<string | undefined>
>;

/** The organisation profile fields, shared by sign-up and the admin's profile page. */
export function OrganisationFields({ fields }: { fields: ProfileFields }) {
  const { t } = useTranslation();
  return (
    <>
      <TextField field={fields.organisationName} label={t("fields.organisationName")} autoComplete="organization" />
      <SelectField
        field={fields.sector}
        label={t("fields.sector")}
        options={SECTORS.map((s) => ({ value: s, label: t(`sectors.${s}`) }))}
      />
      <SelectField
        field={fields.sizeBand}
        label={t("fields.sizeBand")}
        options={SIZE_BANDS.map((s) => ({ value: s, label: t(`sizeBands.${s}`) }))}
      />
      <SelectField
        field={fields.region}
        label={t("fields.region")}
        options={PORT_REGIONS.map((r) => ({ value: r, label: t(`regions.${r}`) }))}
      />
      <TextField field={fields.kvkNumber} label={t("fields.kvkNumber")} description={t("fields.kvkHint")} />
    </>
  );
}
