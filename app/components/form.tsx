import {
  FormProvider,
  getFormProps,
  getInputProps,
  getSelectProps,
  useField,
  useForm,
  type DefaultValue,
  type FieldMetadata,
  type FormMetadata,
  type SubmissionResult,
} from "@conform-to/react";
import { Form, useActionData, useFetcher, useLocation, type FetcherWithComponents } from "@remix-run/react";
import { useEffect, type ComponentProps, type HTMLAttributes, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { z, ZodTypeAny } from "zod";
import { messageKey, parseForm } from "~/forms";

/**
 * A form checked in the browser with the schema the server checks it with: on submit, and
 * after a submit with errors on every input, so an error goes as soon as it is mended.
 */
export function useValidatedForm<Schema extends ZodTypeAny>({
  schema,
  ...options
}: {
  id: string;
  schema: Schema;
  lastResult: SubmissionResult<string[]> | null | undefined;
  defaultValue?: DefaultValue<z.input<Schema>>;
}) {
  return useForm<z.input<Schema>>({
    ...options,
    onValidate: ({ formData }) => parseForm(formData, schema),
    shouldValidate: "onSubmit",
    shouldRevalidate: "onInput",
  });
}

/**
 * A form that posts to an action route of its own, wherever it is shown. With JavaScript a
 * fetcher posts it and the page it stands on shows the reply; without, the browser posts it
 * and the action route's own page shows the reply.
 */
export function useActionForm<Reply>(action: string, key: string = action) {
  const fetcher = useFetcher<Reply>({ key });
  const posted = useActionData<Reply>();
  const onActionPage = useLocation().pathname === action;
  return { fetcher, action, reply: fetcher.data ?? (onActionPage ? posted : undefined) };
}

type FetcherFormProps = ComponentProps<FetcherWithComponents<unknown>["Form"]>;

/**
 * A posted form validated by the same zod schema in the browser and on the server. The
 * provider lets each field subscribe to its own errors.
 */
export function ValidatedForm<Schema extends Record<string, unknown>>({
  form,
  fetcher,
  children,
  ...props
}: {
  form: FormMetadata<Schema, string[]>;
  /** Posts through this fetcher (see useActionForm) rather than as a navigation. */
  fetcher?: FetcherWithComponents<unknown>;
} & Omit<FetcherFormProps, "id" | "onSubmit" | "noValidate">) {
  const PostingForm = fetcher?.Form ?? Form;
  return (
    <FormProvider context={form.context}>
      <PostingForm method="post" {...getFormProps(form)} {...props}>
        {children}
      </PostingForm>
    </FormProvider>
  );
}

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

/**
 * The label, description and errors around one control; `control` receives the
 * aria-describedby that ties the description and the errors to it.
 */
function FieldShell({
  field,
  label,
  description,
  control,
  choice = false,
}: {
  field: FieldMetadata<unknown>;
  label: string;
  description?: ReactNode;
  control: (describedBy: string | undefined) => ReactNode;
  /** Nothing chosen asks for a choice, whatever the schema behind it calls an empty value. */
  choice?: boolean;
}) {
  const ids = [description ? field.descriptionId : null, field.errors?.length ? field.errorId : null].filter(Boolean);
  return (
    <div className="field" data-invalid={field.errors?.length ? "" : undefined}>
      <label htmlFor={field.id}>{label}</label>
      {description ? (
        <p id={field.descriptionId} className="field-description">
          {description}
        </p>
      ) : null}
      {control(ids.length ? ids.join(" ") : undefined)}
      <ErrorMessages
        id={field.errorId}
        errors={
          choice ? field.errors?.map((e) => (e === "validation.required" ? "validation.choose" : e)) : field.errors
        }
      />
    </div>
  );
}

export function TextField({
  field: subscribed,
  label,
  description,
  type = "text",
  autoComplete,
  inputMode,
  maxLength,
}: FieldProps & {
  type?: "text" | "email" | "password";
  autoComplete?: string;
  inputMode?: HTMLAttributes<HTMLInputElement>["inputMode"];
  maxLength?: number;
}) {
  const [field] = useField(subscribed.name, { formId: subscribed.formId });
  const { key, ...props } = getInputProps(field, { type, value: type !== "password" });
  return (
    <FieldShell
      field={field}
      label={label}
      description={description}
      control={(describedBy) => (
        <input
          key={key}
          {...props}
          autoComplete={autoComplete}
          inputMode={inputMode}
          maxLength={maxLength}
          aria-describedby={describedBy}
        />
      )}
    />
  );
}

/**
 * A new password, with the rules it must meet. `username` names the account for a page that
 * has no address field, so that a password manager stores the password under the right one.
 */
export function NewPasswordField({
  field,
  label,
  username,
}: Pick<FieldProps, "field" | "label"> & { username?: string }) {
  const { t } = useTranslation();
  return (
    <>
      {username === undefined ? null : <input type="hidden" name="username" value={username} autoComplete="username" />}
      <TextField
        field={field}
        label={label}
        description={t("fields.passwordHint")}
        type="password"
        autoComplete="new-password"
      />
    </>
  );
}

export function SelectField({
  field: subscribed,
  label,
  options,
  description,
}: FieldProps & { options: { value: string; label: string }[] }) {
  const { t } = useTranslation();
  const [field] = useField(subscribed.name, { formId: subscribed.formId });
  const { key, ...props } = getSelectProps(field);
  return (
    <FieldShell
      field={field}
      label={label}
      description={description}
      choice
      control={(describedBy) => (
        <select key={key} {...props} aria-describedby={describedBy}>
          <option value="">{t("common.choose")}</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    />
  );
}

export function CheckboxGroup({
  field: subscribed,
  legend,
  options,
}: {
  field: FieldMetadata<string[] | undefined>;
  legend: string;
  options: { value: string; label: string }[];
}) {
  const [field] = useField(subscribed.name, { formId: subscribed.formId });
  const chosen = new Set(field.initialValue ?? []);
  const invalid = field.errors?.length ? true : undefined;
  return (
    <fieldset
      className="field"
      data-invalid={invalid ? "" : undefined}
      aria-describedby={invalid ? field.errorId : undefined}
    >
      <legend>{legend}</legend>
      {options.map((o) => (
        <div key={o.value} className="choice">
          <input
            type="checkbox"
            id={`${field.id}-${o.value}`}
            name={field.name}
            value={o.value}
            defaultChecked={chosen.has(o.value)}
            aria-invalid={invalid}
          />
          <label htmlFor={`${field.id}-${o.value}`}>{o.label}</label>
        </div>
      ))}
      <ErrorMessages id={field.errorId} errors={field.errors} />
    </fieldset>
  );
}

/**
 * The server never echoes a password back; with JavaScript the browser would still show the
 * typed one after a refused attempt, so empty the input whenever a reply arrives.
 */
export function useEmptyPasswordOnReply(inputId: string, lastResult: unknown) {
  useEffect(() => {
    const input = document.getElementById(inputId);
    if (lastResult && input instanceof HTMLInputElement) input.value = "";
  }, [inputId, lastResult]);
}

/** One checkbox that must or may be ticked, with its errors beside it. */
export function CheckboxField({
  field: subscribed,
  label,
}: {
  field: FieldMetadata<string | undefined>;
  label: string;
}) {
  const [field] = useField(subscribed.name, { formId: subscribed.formId });
  const { key, ...props } = getInputProps(field, { type: "checkbox" });
  return (
    <div className="field" data-invalid={field.errors?.length ? "" : undefined}>
      <div className="choice">
        <input key={key} {...props} aria-describedby={field.errors?.length ? field.errorId : undefined} />
        <label htmlFor={field.id}>{label}</label>
      </div>
      <ErrorMessages id={field.errorId} errors={field.errors} />
    </div>
  );
}
