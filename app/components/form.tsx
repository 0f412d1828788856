import { getInputProps, getSelectProps, type FieldMetadata } from "@conform-to/react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { messageKey } from "~/forms";

/** The errors of a field or form, translated, in a live region next to what they concern. */
export function ErrorMessages({ id, errors }: { id: string; errors: string[] | undefined }) {
  const { t } = useTranslation();
  if (!errors?.length) return null;
  return (
    <div id={id} className="field-error" role="alert">
      {errors.map((message) => {
        const { key, count } = messageKey(message);
        // Keys come from our own schemas; an unknown one shows the generic message.
        const text = t(key as "validation.invalid", { count, defaultValue: t("validation.invalid") });
        return <p key={message}>{text}</p>;
      })}
    </div>
  );
}

interface FieldProps {
  field: FieldMetadata<string | undefined>;
  label: string;
  description?: ReactNode;
}

function describedBy(field: FieldMetadata<unknown>, description: unknown): string | undefined {
  const ids = [description ? field.descriptionId : null, field.errors?.length ? field.errorId : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

export function TextField({
  field,
  label,
  description,
  type = "text",
  autoComplete,
}: FieldProps & { type?: "text" | "email" | "password"; autoComplete?: string }) {
  const { key, ...props } = getInputProps(field, { type, value: type !== "password" });
  return (
    <div className="field" data-invalid={field.errors?.length ? "" : undefined}>
      <label htmlFor={field.id}>{label}</label>
      {description ? (
        <p id={field.descriptionId} className="field-description">
          {description}
        </p>
      ) : null}
      <input key={key} {...props} autoComplete={autoComplete} aria-describedby={describedBy(field, description)} />
      <ErrorMessages id={field.errorId} errors={field.errors} />
    </div>
  );
}

export function SelectField({
  field,
  label,
  options,
  description,
}: FieldProps & { options: { value: string; label: string }[] }) {
  const { t } = useTranslation();
  const { key, ...props } = getSelectProps(field);
  return (
    <div className="field" data-invalid={field.errors?.length ? "" : undefined}>
      <label htmlFor={field.id}>{label}</label>
      {description ? (
        <p id={field.descriptionId} className="field-description">
          {description}
        </p>
      ) : null}
      <select key={key} {...props} aria-describedby={describedBy(field, description)}>
        <option value="">{t("common.choose")}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <ErrorMessages id={field.errorId} errors={field.errors} />
    </div>
  );
}

export function CheckboxGroup({
  field,
  legend,
  options,
}: {
  field: FieldMetadata<string[] | undefined>;
  legend: string;
  options: { value: string; label: string }[];
}) {
  const chosen = new Set(field.initialValue ?? []);
  return (
    <fieldset className="field" aria-describedby={field.errors?.length ? field.errorId : undefined}>
      <legend>{legend}</legend>
      {options.map((o) => (
        <div key={o.value} className="choice">
          <input
            type="checkbox"
            id={`${field.id}-${o.value}`}
            name={field.name}
            value={o.value}
            defaultChecked={chosen.has(o.value)}
          />
          <label htmlFor={`${field.id}-${o.value}`}>{o.label}</label>
        </div>
      ))}
      <ErrorMessages id={field.errorId} errors={field.errors} />
    </fieldset>
  );
}
