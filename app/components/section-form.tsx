import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import {
  answerField,
  describeAnswer,
  DONT_KNOW,
  groundField,
  NOT_APPLICABLE,
  noteField,
  reasonField,
  revisionField,
} from "~/views/answer-form";
import type { QuestionView, SectionActionData, sectionLoader } from "~/views/section.server";
import {
  addShown,
  chosenOptions,
  NOT_APPLICABLE_GROUNDS,
  NOTE_MAX_LENGTH,
  PROFILE_SECTION,
  REASON_MAX_LENGTH,
  type Answers,
  type AnswerValue,
} from "~/domain/assessment";
import type { action as saveOneAnswer } from "~/routes/assessments.$id.answers";

type SaveReply =
  | Awaited<ReturnType<Awaited<ReturnType<typeof saveOneAnswer>>["json"]>>
  | { ok: false; error: "assessment.errors.offline" | "assessment.errors.unavailable" | "assessment.errors.signedOut" };

/** Replies after which the answer is kept in memory and sent again: nothing was wrong with it. */
const RETRIED: readonly string[] = [
  "assessment.errors.offline",
  "assessment.errors.unavailable",
  "assessment.errors.signedOut",
];
const RETRY_EVERY_MS = 5000;

type Loaded = Awaited<ReturnType<typeof sectionLoader>>;

export function sectionPath(assessmentId: string, section: string) {
  return section === PROFILE_SECTION
    ? `/assessments/${assessmentId}/profile`
    : `/assessments/${assessmentId}/themes/${section}`;
}

/** An answer in words, as the review page and a conflict message show it. */
export function useDescribeAnswer() {
  const { t } = useTranslation();
  return (question: { options: { id: string; label: string }[] }, value: AnswerValue) =>
    describeAnswer(question.options, value, t);
}

const AUTOSAVE_DELAY_MS = 700;

function QuestionFieldset({
  question,
  assessmentId,
  readOnly,
  posted,
  serverError,
  serverNewer,
  onChoices,
  onUnsaved,
}: {
  question: QuestionView;
  assessmentId: string;
  readOnly: boolean;
  posted: { value: AnswerValue; note: string | null } | null | undefined;
  serverError: string | undefined;
  serverNewer: { value: AnswerValue; answeredBy: string | null; revision: number } | undefined;
  onChoices: (questionId: string, chosen: string[]) => void;
  onUnsaved: (questionId: string, unsaved: boolean) => void;
}) {
  const { t } = useTranslation();
  const describe = useDescribeAnswer();
  // Autosave uses plain fetch: the router is not involved, so saving never reloads the page
  // or gets in the way of a navigation that starts meanwhile.
  const [saving, setSaving] = useState(false);
  const [reply, setReply] = useState<SaveReply | null>(null);
  const sent = useRef(0);
  const fieldsetRef = useRef<HTMLFieldSetElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const [revision, setRevision] = useState(serverNewer?.revision ?? question.answer?.revision ?? 0);
  const shown = posted ?? question.answer;
  const chosen = chosenOptions(shown?.value);
  const [notApplicable, setNotApplicable] = useState(shown?.value.kind === "not_applicable");
  // Without JavaScript the reason field must always be there; with it, only when needed.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);

  // A change waiting for its autosave; the status says so until the server confirms it.
  const [pending, setPending] = useState(false);
  // Closing the tab before the autosave fired still sends the answer.
  const flush = useRef<() => void>(() => {});
  flush.current = () => {
    if (!timer.current) return;
    clearTimeout(timer.current);
    timer.current = undefined;
    const data = answerData();
    if (data) navigator.sendBeacon(`/assessments/${assessmentId}/answers`, data);
  };
  // An answer that could not be saved is sent again when the connection comes back, and every
  // few seconds meanwhile: signing in again in another tab makes the next attempt succeed.
  const [unsaved, setUnsaved] = useState(false);
  const retry = useRef<() => void>(() => {});
  retry.current = () => {
    if (!timer.current) void save();
  };
  useEffect(() => {
    if (!unsaved) return;
    const again = () => retry.current();
    const interval = setInterval(again, RETRY_EVERY_MS);
    window.addEventListener("online", again);
    return () => {
      clearInterval(interval);
      window.removeEventListener("online", again);
    };
  }, [unsaved]);

  useEffect(() => {
    const onPageHide = () => flush.current();
    // The page's own save posts every answer: a waiting autosave is then not needed.
    const form = fieldsetRef.current?.form;
    const onSubmit = () => clearTimeout(timer.current);
    window.addEventListener("pagehide", onPageHide);
    form?.addEventListener("submit", onSubmit);
    return () => {
      window.removeEventListener("pagehide", onPageHide);
      form?.removeEventListener("submit", onSubmit);
      clearTimeout(timer.current);
    };
  }, []);

  function answerData(): FormData | null {
    const fieldset = fieldsetRef.current;
    if (!fieldset) return null;
    const data = new FormData();
    data.set("questionId", question.id);
    for (const element of Array.from(fieldset.elements)) {
      const field =
        element instanceof HTMLInputElement ||
        element instanceof HTMLTextAreaElement ||
        element instanceof HTMLSelectElement;
      if (!field || !element.name) continue;
      if ((element.type === "radio" || element.type === "checkbox") && !(element as HTMLInputElement).checked) continue;
      data.append(element.name, element.value);
    }
    data.set(revisionField(question.id), String(revision));
    if (!data.has(answerField(question.id))) return null;
    // "Not applicable" waits for its ground and reason before it is saved.
    const filled = (name: string) => String(data.get(name) ?? "").trim() !== "";
    if (
      data.get(answerField(question.id)) === NOT_APPLICABLE &&
      !(filled(groundField(question.id)) && filled(reasonField(question.id)))
    ) {
      return null;
    }
    return data;
  }

  async function save() {
    timer.current = undefined;
    const data = answerData();
    if (!data) {
      setPending(false);
      return;
    }
    const attempt = ++sent.current;
    setSaving(true);
    let answer: SaveReply;
    try {
      const response = await fetch(`/assessments/${assessmentId}/answers`, { method: "POST", body: data });
      answer = response.headers.get("Content-Type")?.includes("json")
        ? ((await response.json()) as SaveReply)
        : response.redirected && new URL(response.url).pathname === "/signin"
          ? { ok: false, error: "assessment.errors.signedOut" }
          : {
              ok: false,
              error: response.status === 503 ? "assessment.errors.unavailable" : "assessment.errors.rejected",
            };
    } catch {
      answer = { ok: false, error: "assessment.errors.offline" };
    }
    // Only the reply to the latest attempt counts.
    if (attempt !== sent.current) return;
    // Kept in memory only, never in browser storage, and sent again until it is saved or refused.
    const keep = !answer.ok && RETRIED.includes(answer.error);
    setUnsaved(keep);
    onUnsaved(question.id, keep);
    if (answer.ok) setRevision(answer.revision);
    else if ("newer" in answer) setRevision(answer.newer.revision);
    setReply(answer);
    setSaving(false);
    setPending(false);
  }

  function onChange(event: FormEvent<HTMLFieldSetElement>) {
    const fieldset = fieldsetRef.current;
    if (!fieldset) return;
    const checked = Array.from(
      fieldset.querySelectorAll<HTMLInputElement>(`input[name="${answerField(question.id)}"]:checked`),
    );
    const values = checked.map((input) => input.value);
    setNotApplicable(values.includes(NOT_APPLICABLE));
    onChoices(question.id, values);
    setPending(true);
    clearTimeout(timer.current);
    const typing = event.target instanceof HTMLTextAreaElement || (event.target as HTMLInputElement).type === "text";
    timer.current = setTimeout(() => void save(), typing ? AUTOSAVE_DELAY_MS * 2 : AUTOSAVE_DELAY_MS);
  }

  const newer = reply && !reply.ok && "newer" in reply ? reply.newer : serverNewer;
  const error = reply && !reply.ok ? reply.error : serverError;
  const ids = {
    help: `${question.id}-help`,
    status: `${question.id}-status`,
  };
  const type = question.kind === "multiple" ? "checkbox" : "radio";
  const option = (value: string, label: string, checked: boolean) => (
    <div className="choice" key={value}>
      <input
        type={type}
        id={`${question.id}-${value}`}
        name={answerField(question.id)}
        value={value}
        defaultChecked={checked}
        disabled={readOnly}
      />
      <label htmlFor={`${question.id}-${value}`}>{label}</label>
    </div>
  );

  return (
    <fieldset
      ref={fieldsetRef}
      className="question"
      id={`question-${question.id}`}
      aria-describedby={
        [question.help ? ids.help : null, error ? ids.status : null].filter(Boolean).join(" ") || undefined
      }
      onChange={onChange}
      data-invalid={error ? "" : undefined}
    >
      <legend>
        {question.text}
        {question.critical ? <span className="badge">{t("assessment.critical")}</span> : null}
      </legend>
      {question.critical ? (
        <p className="known-by">
          {t("assessment.criticalNote")} <Link to="/scoring#cap">{t("assessment.criticalLink")}</Link>
        </p>
      ) : null}
      {question.help ? (
        <p id={ids.help} className="field-description">
          {question.help}
        </p>
      ) : null}
      {question.knownBy ? <p className="known-by">{t("assessment.knownBy", { who: question.knownBy })}</p> : null}
      {question.kind === "number" ? (
        <div className="field">
          <label htmlFor={`${question.id}-number`}>
            {t("assessment.numberLabel", { unit: question.number?.unit ?? "" })}
          </label>
          <input
            id={`${question.id}-number`}
            type="number"
            inputMode="decimal"
            name={answerField(question.id)}
            min={question.number?.min}
            max={question.number?.max}
            defaultValue={shown?.value.kind === "number" ? shown.value.value : undefined}
            disabled={readOnly}
          />
        </div>
      ) : (
        question.options.map((o) => option(o.id, o.label, chosen.includes(o.id)))
      )}
      {question.dontKnow ? option(DONT_KNOW, t("assessment.dontKnow"), shown?.value.kind === "dont_know") : null}
      {question.notApplicable ? option(NOT_APPLICABLE, t("assessment.notApplicable"), notApplicable) : null}
      {question.notApplicable && (notApplicable || !hydrated) ? (
        <div className="field field--nested">
          <label htmlFor={`${question.id}-ground`}>{t("assessment.groundLabel")}</label>
          <select
            id={`${question.id}-ground`}
            name={groundField(question.id)}
            defaultValue={shown?.value.kind === "not_applicable" ? (shown.value.ground ?? "") : ""}
            disabled={readOnly}
          >
            <option value="">{t("assessment.groundChoose")}</option>
            {NOT_APPLICABLE_GROUNDS.map((ground) => (
              <option key={ground} value={ground}>
                {t(`assessment.grounds.${ground}`)}
              </option>
            ))}
          </select>
          <label htmlFor={`${question.id}-reason`}>{t("assessment.reasonLabel")}</label>
          <input
            id={`${question.id}-reason`}
            type="text"
            name={reasonField(question.id)}
            maxLength={REASON_MAX_LENGTH}
            defaultValue={shown?.value.kind === "not_applicable" ? shown.value.reason : ""}
            disabled={readOnly}
          />
        </div>
      ) : null}
      <details className="note" open={Boolean(shown?.note)}>
        <summary>{t("assessment.noteSummary")}</summary>
        <label htmlFor={`${question.id}-note`}>{t("assessment.noteLabel", { max: NOTE_MAX_LENGTH })}</label>
        <textarea
          id={`${question.id}-note`}
          name={noteField(question.id)}
          maxLength={NOTE_MAX_LENGTH}
          rows={3}
          defaultValue={shown?.note ?? ""}
          disabled={readOnly}
        />
      </details>
      <input type="hidden" name={revisionField(question.id)} value={revision} />
      <div id={ids.status} className="save-status" role="status">
        {pending || saving ? t("assessment.saving") : null}
        {!pending && !saving && reply?.ok ? t("assessment.saved") : null}
        {error ? (
          <span className="field-error">
            {t(error as "assessment.errors.invalid")}
            {newer
              ? ` ${t("assessment.newerAnswer", { answer: describe(question, newer.value), who: newer.answeredBy ?? "?" })}`
              : null}
            {error === "assessment.errors.signedOut" ? (
              <>
                {" "}
                <a href="/signin" target="_blank" rel="noopener">
                  {t("assessment.signInElsewhere")}
                </a>
              </>
            ) : null}
          </span>
        ) : null}
      </div>
    </fieldset>
  );
}

export function SectionPage() {
  const { t } = useTranslation();
  const { assessment, section, sections, questions, outsideChoices } = useLoaderData<Loaded>();
  const actionData = useActionData<SectionActionData>();
  const [searchParams] = useSearchParams();
  const readOnly = assessment.status !== "draft";
  const [choices, setChoices] = useState<Record<string, string[]>>(() =>
    Object.fromEntries(questions.map((q) => [q.id, chosenOptions((actionData?.posted[q.id] ?? q.answer)?.value)])),
  );
  // Choices from other pages come settled from the server; this page's as they are now.
  const chosen: Answers = new Map(
    [...Object.entries(outsideChoices), ...Object.entries(choices)].map(([id, options]) => [
      id,
      { value: { kind: "choices", options } },
    ]),
  );
  const shown = addShown(questions, chosen, new Set(Object.keys(outsideChoices)));
  // Answers not yet saved: named on the page, and leaving it asks first.
  const [unsaved, setUnsaved] = useState<ReadonlySet<string>>(new Set());
  const onUnsaved = (questionId: string, isUnsaved: boolean) =>
    setUnsaved((now) => {
      if (now.has(questionId) === isUnsaved) return now;
      const next = new Set(now);
      if (isUnsaved) next.add(questionId);
      else next.delete(questionId);
      return next;
    });
  useEffect(() => {
    if (unsaved.size === 0) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [unsaved]);
  const current = sections.find((s) => s.section === section.id);
  const answered = sections.reduce((n, s) => n + s.answered, 0);
  const total = sections.reduce((n, s) => n + s.total, 0);
  const title = section.title ?? t("assessment.profileTitle");
  const sectionTitle = (s: (typeof sections)[number]) => s.title ?? t("assessment.profileTitle");

  return (
    <div className="page assessment">
      <p className="breadcrumb">
        <Link to={`/assessments/${assessment.id}`}>{assessment.title}</Link>
      </p>
      <h1>{title}</h1>
      <p className="progress-line">
        {t("assessment.progressOverall", { answered, total })}
        {current ? ` · ${t("assessment.progressSection", { answered: current.answered, total: current.total })}` : null}
      </p>
      <progress max={total} value={answered} aria-label={t("assessment.progressLabel")} />
      <div className="assessment__layout">
        <nav aria-label={t("assessment.sectionsNav")} className="section-nav">
          <ol>
            {sections.map((s) => (
              <li key={s.section}>
                <Link
                  to={sectionPath(assessment.id, s.section)}
                  aria-current={s.section === section.id ? "page" : undefined}
                >
                  {sectionTitle(s)}
                </Link>{" "}
                <span className="section-nav__count">
                  {t("assessment.count", { answered: s.answered, total: s.total })}
                  {s.mine ? ` · ${t("assessment.assignedToYou")}` : null}
                </span>
              </li>
            ))}
            <li>
              <Link to={`/assessments/${assessment.id}/review`}>{t("assessment.reviewLink")}</Link>
            </li>
          </ol>
        </nav>
        <div className="assessment__questions">
          {section.introduction ? <p className="lead">{section.introduction}</p> : null}
          {readOnly ? (
            <p className="notice" role="status">
              {t("assessment.readOnly")}
            </p>
          ) : null}
          {searchParams.get("saved") && !actionData ? (
            <p className="notice" role="status">
              {t("assessment.pageSaved")}
            </p>
          ) : null}
          {actionData ? (
            <p className="field-error" role="alert">
              {t("assessment.pageErrors")}
            </p>
          ) : null}
          {unsaved.size > 0 ? (
            <div className="field-error sticky-warning" role="status">
              <p>{t("assessment.unsavedCount", { count: unsaved.size })}</p>
              <ul>
                {questions
                  .filter((q) => unsaved.has(q.id))
                  .map((q) => (
                    <li key={q.id}>
                      <a href={`#question-${q.id}`}>{q.text}</a>
                    </li>
                  ))}
              </ul>
            </div>
          ) : null}
          <Form method="post" className="form">
            {questions
              .filter((q) => shown.has(q.id))
              .map((q) => (
                <QuestionFieldset
                  key={q.id}
                  question={q}
                  assessmentId={assessment.id}
                  readOnly={readOnly}
                  posted={actionData?.posted[q.id]}
                  serverError={actionData?.errors[q.id]}
                  serverNewer={actionData?.newer[q.id]}
                  onChoices={(id, chosen) => setChoices((c) => ({ ...c, [id]: chosen }))}
                  onUnsaved={onUnsaved}
                />
              ))}
            {readOnly ? null : (
              <div className="button-row sticky-actions">
                <button type="submit" name="intent" value="save" className="button button--secondary">
                  {t("assessment.save")}
                </button>
                <button type="submit" name="intent" value="next" className="button button--primary">
                  {section.next === "review" ? t("assessment.saveAndReview") : t("assessment.saveAndNext")}
                </button>
              </div>
            )}
          </Form>
        </div>
      </div>
    </div>
  );
}
