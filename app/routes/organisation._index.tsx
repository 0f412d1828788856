import { type LoaderFunctionArgs } from "@remix-run/node";
import { Link, useLoaderData, useSearchParams } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import type { TFunction } from "i18next";
import { DataTable } from "~/components/data-table";
import { EmailVerificationNotice } from "~/components/email-address-forms";
import { OpenActions, SCAN_STATUS_MESSAGES, ScanStatus } from "~/components/scan-status";
import { InviteForm, MemberActions, MemberChangeError, WithdrawInvitation } from "~/components/organisation-forms";
import { INVITATION_VALID_DAYS } from "~/domain/account";
import { isOnlyAdmin } from "~/domain/organisation";
import { requireOrganisationMember } from "~/models/access.server";
import { listOpenInvitations } from "~/models/invitation.server";
import { getOrganisationProfile, listMembers } from "~/models/organisation.server";
import { verificationStatus } from "~/models/verification.server";
import { notFound } from "~/responses.server";
import { getLanguage } from "~/i18n.server";
import { scanOverview } from "~/views/scans.server";
import { dateFormat } from "~/dates";
import type { PageHandle } from "~/page-title";

export const handle: PageHandle = {
  i18n: [
    ...SCAN_STATUS_MESSAGES,
    "deletion",
    "emailAddress",
    "fields",
    "organisation",
    "regions",
    "roles",
    "sectors",
    "sharing",
    "sizeBands",
    "validation",
    "verification",
  ],
  title: (t, data: { profile?: { name: string } } | null) => data?.profile?.name ?? t("nav.organisation"),
};

export async function loader({ request, context }: LoaderFunctionArgs) {
  const access = await requireOrganisationMember(request, context);
  const organisationId = access.organisation.id;
  const isAdmin = access.organisation.role === "admin";
  const [profile, verification, members, invitations, language] = await Promise.all([
    getOrganisationProfile({ organisationId }),
    verificationStatus({ organisationId }),
    listMembers({ organisationId }),
    isAdmin ? listOpenInvitations({ organisationId }) : Promise.resolve([]),
    getLanguage(request),
  ]);
  if (!profile || !verification) throw notFound();
  const scans = await scanOverview({ organisationId, sector: profile.sector, language });
  return {
    profile,
    verification: {
      ...verification,
      verifiedAt: verification.verifiedAt?.toISOString() ?? null,
      withdrawal: verification.withdrawal
        ? { ...verification.withdrawal, at: verification.withdrawal.at.toISOString() }
        : null,
    },
    isAdmin,
    me: access.user.id,
    unverifiedEmail: access.emailVerified ? null : access.user.email,
    members: members.map((m) => ({ ...m, since: m.since.toISOString(), onlyAdmin: isOnlyAdmin(m, members) })),
    invitations: invitations.map((i) => ({ id: i.id, email: i.email, expiresAt: i.expiresAt.toISOString() })),
    scans: { questionnaires: scans.questionnaires, actions: scans.actions },
  };
}

type VerificationView = Awaited<ReturnType<typeof loader>>["verification"];

function withdrawalText(t: TFunction, withdrawal: NonNullable<VerificationView["withdrawal"]>, date: string): string {
  if (withdrawal.via === "platform") return t("verification.withdrawnByPlatform", { date });
  if (withdrawal.via === "association")
    return t("verification.withdrawnByAssociation", { date, associations: withdrawal.associations });
  if (withdrawal.sectorChanged && withdrawal.kvkChanged) return t("verification.withdrawnBySectorAndKvk", { date });
  return t(withdrawal.sectorChanged ? "verification.withdrawnBySector" : "verification.withdrawnByKvk", { date });
}

function verifiedText(t: TFunction, verifier: VerificationView["verifier"], date: string): string {
  if (verifier?.via === "association")
    return t("verification.verifiedByAssociation", { date, associations: verifier.associations.join(", ") });
  return t(verifier?.via === "platform" ? "verification.verifiedByPlatform" : "verification.verifiedUnknown", { date });
}

function VerificationSection({
  status: { verifiedAt, verifier, hasKvkNumber, withdrawal },
}: {
  status: VerificationView;
}) {
  const { t, i18n } = useTranslation();
  // One time zone on server and browser, so both render the same date.
  const date = dateFormat(i18n.language, { dateStyle: "long" });
  return (
    <section aria-labelledby="verification-title" className="card">
      <h2 id="verification-title">{t("verification.statusTitle")}</h2>
      {verifiedAt ? (
        <>
          <p>
            <strong>{verifiedText(t, verifier, date.format(new Date(verifiedAt)))}</strong>
          </p>
          <p>{t("verification.verifiedMeaning")}</p>
        </>
      ) : (
        <>
          <p>
            <strong>{t("verification.notVerified")}</strong>
          </p>
          {withdrawal ? <p>{withdrawalText(t, withdrawal, date.format(new Date(withdrawal.at)))}</p> : null}
          <p>{t("verification.notVerifiedMeaning")}</p>
          {hasKvkNumber ? null : <p>{t("verification.kvkNeeded")}</p>}
        </>
      )}
      <p>{t("verification.withdrawalsShown")}</p>
    </section>
  );
}

export default function OrganisationHome() {
  const { t, i18n } = useTranslation();
  const { profile, verification, isAdmin, me, unverifiedEmail, members, invitations, scans } =
    useLoaderData<typeof loader>();
  const longDate = dateFormat(i18n.language, { dateStyle: "long" });
  const [searchParams] = useSearchParams();

  return (
    <div className="page">
      <h1>{profile.name}</h1>
      {unverifiedEmail ? <EmailVerificationNotice email={unverifiedEmail} /> : null}
      {isAdmin && searchParams.has("welcome") ? (
        <section className="card notice" aria-labelledby="welcome-title">
          <h2 id="welcome-title">{t("organisation.welcome.title")}</h2>
          <p>{t("organisation.welcome.intro")}</p>
          <ol>
            <li>
              <Link to="/organisation/profile">{t("organisation.welcome.profile")}</Link>
            </li>
            <li>
              <a href="#invite-title">{t("organisation.welcome.invite")}</a>
            </li>
            <li>
              <a href={`#scan-${scans.questionnaires[0]?.id ?? ""}`}>{t("organisation.welcome.start")}</a>
            </li>
          </ol>
        </section>
      ) : null}
      <ScanStatus questionnaires={scans.questionnaires} isAdmin={isAdmin} />
      <OpenActions actions={scans.actions} />
      <p>
        <Link to="/assessments">{t("organisation.toAssessments")}</Link>
      </p>
      <section aria-labelledby="profile-title" className="card">
        <h2 id="profile-title">{t("organisation.profileTitle")}</h2>
        <dl className="data-list">
          <dt>{t("fields.sector")}</dt>
          <dd>{t(`sectors.${profile.sector}`)}</dd>
          <dt>{t("fields.sizeBand")}</dt>
          <dd>{t(`sizeBands.${profile.sizeBand}`)}</dd>
          <dt>{t("fields.region")}</dt>
          <dd>{t(`regions.${profile.region}`)}</dd>
          <dt>{t("fields.kvkNumber")}</dt>
          <dd>{profile.kvkNumber ?? t("organisation.noKvk")}</dd>
        </dl>
        {isAdmin ? (
          <p>
            <Link to="/organisation/profile">{t("organisation.editProfile")}</Link>
          </p>
        ) : null}
      </section>

      <VerificationSection status={verification} />

      {isAdmin ? (
        <section aria-labelledby="sharing-title" className="card">
          <h2 id="sharing-title">{t("sharing.title")}</h2>
          <p>{t("sharing.summary")}</p>
          <p>
            <Link to="/organisation/sharing" className="button button--secondary">
              {t("sharing.link")}
            </Link>
          </p>
        </section>
      ) : null}

      {isAdmin ? (
        <section aria-labelledby="data-title" className="card">
          <h2 id="data-title">{t("deletion.dataTitle")}</h2>
          <p>{t("deletion.dataIntro")}</p>
          <ul>
            <li>
              <a href="/organisation/export.json">{t("deletion.export")}</a>
            </li>
            <li>
              <Link to="/organisation/delete">{t("deletion.link")}</Link>
            </li>
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="members-title" className="card">
        <h2 id="members-title">{t("organisation.membersTitle", { count: members.length })}</h2>
        <MemberChangeError />
        <DataTable
          caption={t("organisation.membersCaption")}
          captionHidden
          rows={members}
          rowKey={(m) => m.userId}
          columns={[
            {
              header: t("organisation.name"),
              cell: (m) => (m.userId === me ? `${m.name} (${t("organisation.you")})` : m.name),
            },
            { header: t("fields.email"), cell: (m) => m.email },
            { header: t("organisation.role"), cell: (m) => t(`roles.${m.role}`) },
            isAdmin && { header: t("organisation.actions"), cell: (m) => <MemberActions member={m} /> },
          ]}
        />
      </section>

      {isAdmin ? (
        <section aria-labelledby="invite-title" className="card">
          <h2 id="invite-title">{t("organisation.inviteTitle")}</h2>
          <p>{t("organisation.inviteIntro", { count: INVITATION_VALID_DAYS })}</p>
          <InviteForm />
          {invitations.length > 0 ? (
            <>
              <h3>{t("organisation.openInvitations")}</h3>
              <ul>
                {invitations.map((i) => (
                  <li key={i.id}>
                    {t("organisation.openInvitation", { email: i.email, date: longDate.format(new Date(i.expiresAt)) })}{" "}
                    <WithdrawInvitation invitation={i} />
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
