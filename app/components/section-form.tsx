import { Form, Link, useActionData, useLoaderData, useNavigation, useSearchParams } from "@remix-run/react";
import { useEffect, useLayoutEffect, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import {
  answerField,
  describeAnswer,
  DONT_KNOW,
  groundField,
  invalidField,
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
import { NARROW_SCREEN } from "./narrow-screen";

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

type Posted = SectionActionData["posted"][string] | undefined;

/** The answer a question shows: as posted where the page came back with errors, else as saved. */
function shownAnswer(question: QuestionView, posted: Posted) {
  return posted ? { value: posted.value ?? question.answer?.value ?? null, note: posted.note } : question.answer;
}

/** What the person has done to a question on this page so far. */
type Edit = { chosen: string[]; answered: boolean };

/** The id of the control where a refused answer is put right: the target of its link in the summary. */
function fieldId(question: QuestionView, field: NonNullable<ReturnType<typeof invalidField>>) {
  if (field !== "answer") return `${question.id}-${field}`;
  return `${question.id}-${question.kind === "number" ? "number" : (question.options[0]?.id ?? DONT_KNOW)}`;
}

// Layout effects only run in the browser; on the server React would warn about them.
const useIsomorphicLayoutEffect = typeof document === "undefined" ? useEffect : useLayoutEffect;

function QuestionFieldset({
  question,
  assessmentId,
  readOnly,
  posted,
  serverError,
  serverNewer,
  onEdit,
  onUnsaved,
}: {
  question: QuestionView;
  assessmentId: string;
  readOnly: boolean;
  posted: Posted;
  serverError: string | undefined;
  serverNewer: { value: AnswerValue; answeredBy: string | null; revision: number } | undefined;
  onEdit: (questionId: string, edit: Edit) => void;
  onUnsaved: (questionId: string, unsaved: boolean) => void;
}) {
  const { t } = useTranslation();
  const describe = useDescribeAnswer();
  // Autosave uses plain fetch: the router is not involved, so saving never reloads the page
  // or gets in the way of a navigation that starts meanwhile.
  const [saving, setSaving] = useState(false);
  const [reply, setReply] = useState<SaveReply | null>(null);
  // One save at a time: a change made while one is on its way is sent after its reply, with the
  // revision that reply gives; sent at once it would be refused as stale, a conflict with oneself.
  const inFlight = useRef(false);
  const sendAgain = useRef(false);
  const fieldsetRef = useRef<HTMLFieldSetElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>();
  const [revision, setRevisionShown] = useState(serverNewer?.revision ?? question.answer?.revision ?? 0);
  // Read by saves started from an earlier render, so they never send a revision already used.
  const latestRevision = useRef(revision);
  const setRevision = (next: number) => {
    latestRevision.current = next;
    setRevisionShown(next);
  };
  const shown = shownAnswer(question, posted);
  const value = shown?.value ?? undefined;
  const chosen = chosenOptions(value);
  const [notApplicable, setNotApplicable] = useState(value?.kind === "not_applicable");
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
    };
  }, []);
  // Going on to another page of the site removes the question before its autosave fired: it is
  // sent then. A layout effect's cleanup still finds the fields to read; a passive one does not.
  useIsomorphicLayoutEffect(() => () => flush.current(), []);

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
    data.set(revisionField(question.id), String(latestRevision.current));
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
    if (inFlight.current) {
      sendAgain.current = true;
      return;
    }
    const data = answerData();
    if (!data) {
      setPending(false);
      return;
    }
    inFlight.current = true;
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
    inFlight.current = false;
    if (answer.ok) setRevision(answer.revision);
    const changedMeanwhile = sendAgain.current;
    sendAgain.current = false;
    // A newer change goes out now, unless this one met someone else's answer: that is shown first.
    if (changedMeanwhile && (answer.ok || !("newer" in answer))) {
      void save();
      return;
    }
    // Kept in memory only, never in browser storage, and sent again until it is saved or refused.
    const keep = !answer.ok && RETRIED.includes(answer.error);
    setUnsaved(keep);
    onUnsaved(question.id, keep);
    if (!answer.ok && "newer" in answer) setRevision(answer.newer.revision);
    setReply(answer);
    setSaving(false);
    // A change made after the last one was sent still waits for its own save.
    setPending(timer.current !== undefined);
  }

  function onChange(event: FormEvent<HTMLFieldSetElement>) {
    const fieldset = fieldsetRef.current;
    if (!fieldset) return;
    const checked = Array.from(
      fieldset.querySelectorAll<HTMLInputElement>(`input[name="${answerField(question.id)}"]:checked`),
    );
    const values = checked.map((input) => input.value);
    setNotApplicable(values.includes(NOT_APPLICABLE));
    // Answered once it can be saved: a "not applicable" only with its ground and reason.
    const answered =
      answerData()
        ?.getAll(answerField(question.id))
        .some((value) => value !== "") ?? false;
    onEdit(question.id, { chosen: values, answered });
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
    error: `${question.id}-error`,
  };
  const invalid = error ? invalidField(error) : null;
  // The control to correct says so, and reads the message as its description.
  const invalidIf = (field: typeof invalid) =>
    invalid === field ? { "aria-invalid": true, "aria-describedby": ids.error } : {};
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
        {...invalidIf("answer")}
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
            defaultValue={value?.kind === "number" ? value.value : undefined}
            disabled={readOnly}
            {...invalidIf("answer")}
          />
        </div>
      ) : (
        question.options.map((o) => option(o.id, o.label, chosen.includes(o.id)))
      )}
      {question.dontKnow ? option(DONT_KNOW, t("assessment.dontKnow"), value?.kind === "dont_know") : null}
      {question.notApplicable ? option(NOT_APPLICABLE, t("assessment.notApplicable"), notApplicable) : null}
      {question.notApplicable && (notApplicable || !hydrated) ? (
        <div className="field field--nested">
          <label htmlFor={`${question.id}-ground`}>{t("assessment.groundLabel")}</label>
          <select
            id={`${question.id}-ground`}
            name={groundField(question.id)}
            defaultValue={value?.kind === "not_applicable" ? (value.ground ?? "") : ""}
            disabled={readOnly}
            {...invalidIf("ground")}
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
            defaultValue={value?.kind === "not_applicable" ? value.reason : ""}
            disabled={readOnly}
            {...invalidIf("reason")}
          />
        </div>
      ) : null}
      <details className="note" open={Boolean(shown?.note) || invalid === "note"}>
        <summary>{t("assessment.noteSummary")}</summary>
        <label htmlFor={`${question.id}-note`}>{t("assessment.noteLabel", { max: NOTE_MAX_LENGTH })}</label>
        <textarea
          id={`${question.id}-note`}
          name={noteField(question.id)}
          maxLength={NOTE_MAX_LENGTH}
          rows={3}
          defaultValue={shown?.note ?? ""}
          disabled={readOnly}
          {...invalidIf("note")}
        />
      </details>
      <input type="hidden" name={revisionField(question.id)} value={revision} />
      <div id={ids.status} className="save-status" role="status">
        {pending || saving ? t("assessment.saving") : null}
        {!pending && !saving && reply?.ok ? t("assessment.saved") : null}
        {error ? (
          <span className="field-error" id={ids.error}>
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
  // The answers as the person changes them, for the questions they reveal and the progress; a
  // page of another theme starts from what the server has.
  const [edits, setEdits] = useState<{ section: string; questions: Record<string, Edit> }>({
    section: section.id,
    questions: {},
  });
  const edited = edits.section === section.id ? edits.questions : {};
  const onEdit = (questionId: string, edit: Edit) =>
    setEdits((now) => ({
      section: section.id,
      questions: { ...(now.section === section.id ? now.questions : {}), [questionId]: edit },
    }));
  const choicesOf = (q: QuestionView) =>
    edited[q.id]?.chosen ?? chosenOptions(shownAnswer(q, actionData?.posted[q.id])?.value ?? undefined);
  // Choices from other pages come settled from the server; this page's as they are now.
  const chosen: Answers = new Map(
    [...questions.map((q) => [q.id, choicesOf(q)] as const), ...Object.entries(outsideChoices)].map(([id, options]) => [
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

  // After the page is saved the focus goes where the person continues: the next theme's
  // heading, or the summary of what was refused; the save itself is announced.
  const navigation = useNavigation();
  const heading = useRef<HTMLHeadingElement>(null);
  const errorSummary = useRef<HTMLElement>(null);
  const savedFrom = useRef<string | null>(null);
  const [savedNow, setSavedNow] = useState(false);
  useEffect(() => {
    if (navigation.state !== "idle") {
      if (navigation.formData?.has("intent")) savedFrom.current = section.id;
      return;
    }
    const from = savedFrom.current;
    savedFrom.current = null;
    setSavedNow(from !== null && !actionData);
    if (from === null) return;
    if (actionData) errorSummary.current?.focus();
    else if (from !== section.id) heading.current?.focus();
    // Only the end of a navigation counts; the data it brought is read as it is then.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [navigation.state]);

  // This page's count follows the answers as they are given; the other pages' as loaded.
  const onPage = questions.filter((q) => shown.has(q.id));
  const live = sections.map((s) =>
    s.section === section.id
      ? {
          ...s,
          answered: onPage.filter((q) => edited[q.id]?.answered ?? Boolean(q.answer)).length,
          total: onPage.length,
        }
      : s,
  );
  const current = live.find((s) => s.section === section.id);
  const answered = live.reduce((n, s) => n + s.answered, 0);
  const total = live.reduce((n, s) => n + s.total, 0);
  const progressText =
    t("assessment.progressOverall", { answered, total }) +
    (current ? ` · ${t("assessment.progressSection", { answered: current.answered, total: current.total })}` : "");
  const title = section.title ?? t("assessment.profileTitle");
  const sectionTitle = (s: (typeof sections)[number]) => s.title ?? t("assessment.profileTitle");
  const saved = !actionData && (savedNow || searchParams.has("saved"));

  // On a narrow screen the list of themes starts folded, so the questions come first; without
  // JavaScript it stays open.
  const sectionList = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (sectionList.current && window.matchMedia(NARROW_SCREEN).matches) sectionList.current.open = false;
  }, []);

  const refused = actionData
    ? questions.flatMap((q) => {
        const error = actionData.errors[q.id];
        const field = error ? invalidField(error) : null;
        return error && field ? [{ question: q, error, target: fieldId(q, field) }] : [];
      })
    : [];

  return (
    <div className="page assessment">
      <p className="breadcrumb">
        <Link to={`/assessments/${assessment.id}`}>{assessment.title}</Link>
      </p>
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      <p className="progress-line">{progressText}</p>
      <progress max={total} value={answered} aria-label={t("assessment.progressLabel")} />
      <div className="assessment__layout">
        <nav aria-label={t("assessment.sectionsNav")} className="section-nav">
          <details ref={sectionList} open>
            <summary>{t("assessment.sectionsNav")}</summary>
            <ol>
              {live.map((s) => (
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
          </details>
        </nav>
        <div className="assessment__questions">
          {section.introduction ? <p className="lead">{section.introduction}</p> : null}
          {readOnly ? (
            <p className="notice" role="status">
              {t("assessment.readOnly")}
            </p>
          ) : null}
          {/* Always there, so that a save is announced when its message appears. */}
          <div role="status">
            {saved ? <p className="notice">{`${t("assessment.pageSaved")} ${progressText}`}</p> : null}
          </div>
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
            {actionData ? (
              <section ref={errorSummary} className="error-summary" tabIndex={-1} aria-labelledby="error-summary-title">
                <h2 id="error-summary-title">{t("assessment.pageErrors")}</h2>
                <p>{t("assessment.pageErrorsIntro")}</p>
                <ul>
                  {refused.map(({ question, error, target }) => (
                    <li key={question.id}>
                      <a
                        href={`#${target}`}
                        onClick={(event) => {
                          // Following the link also puts the cursor in the field.
                          const field = document.getElementById(target);
                          if (!field) return;
                          event.preventDefault();
                          field.focus();
                        }}
                      >
                        {`${question.text}: ${t(error as "assessment.errors.invalid")}`}
                      </a>
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}
            {onPage.map((q) => (
              <QuestionFieldset
                key={q.id}
                question={q}
                assessmentId={assessment.id}
                readOnly={readOnly}
                posted={actionData?.posted[q.id]}
                serverError={actionData?.errors[q.id]}
                serverNewer={actionData?.newer[q.id]}
                onEdit={onEdit}
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
