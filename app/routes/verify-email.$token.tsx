import { data, redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Form, Link, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { EMAIL_CONFIRMATION_HOURS } from "~/domain/account";
import { confirmEmail, findEmailConfirmation } from "~/models/email-verification.server";
import type { PageHandle } from "~/page-title";

type Loaded = { confirmation: { email: string; purpose: "verify" | "change" } | null };

export const handle: PageHandle = {
  i18n: ["emailAddress"],
  title: (t, loaded) => {
    const confirmation = (loaded as Loaded | undefined)?.confirmation;
    if (!confirmation) return t("emailAddress.confirm.invalidTitle");
    return t(
      confirmation.purpose === "change" ? "emailAddress.confirm.changeTitle" : "emailAddress.confirm.verifyTitle",
    );
  },
};

const TokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

// Following the link only shows the question: a mail scanner that opens links changes nothing.
export async function loader({ params }: LoaderFunctionArgs): Promise<Loaded> {
  const token = TokenSchema.safeParse(params.token);
  return { confirmation: token.success ? await findEmailConfirmation(token.data) : null };
}

export async function action({ params, context }: ActionFunctionArgs) {
  const token = TokenSchema.safeParse(params.token);
  const result = token.success ? await confirmEmail({ token: token.data, ip: context.clientAddress }) : null;
  if (!result?.ok) return data(null, { status: 400 });
  const done = new URLSearchParams({ next: result.next });
  if (result.purpose === "change") done.set("changed", "");
  return redirect(`/verify-email/confirmed?${done}`);
}

export default function ConfirmEmail() {
  const { t } = useTranslation();
  const { confirmation } = useLoaderData<typeof loader>();
  if (!confirmation) {
    return (
      <section className="page page--narrow" aria-labelledby="confirm-title">
        <h1 id="confirm-title">{t("emailAddress.confirm.invalidTitle")}</h1>
        <p>{t("emailAddress.confirm.invalid", { count: EMAIL_CONFIRMATION_HOURS })}</p>
        <p>
          <Link to="/signin">{t("emailAddress.confirm.signInLink")}</Link>
        </p>
      </section>
    );
  }
  const change = confirmation.purpose === "change";
  return (
    <section className="page page--narrow" aria-labelledby="confirm-title">
      <h1 id="confirm-title">{t(change ? "emailAddress.confirm.changeTitle" : "emailAddress.confirm.verifyTitle")}</h1>
      <p>
        {t(change ? "emailAddress.confirm.changeIntro" : "emailAddress.confirm.verifyIntro", {
          email: confirmation.email,
        })}
      </p>
      <Form method="post" className="form">
        <button type="submit" className="button button--primary">
          {t("emailAddress.confirm.submit")}
        </button>
      </Form>
    </section>
  );
}
