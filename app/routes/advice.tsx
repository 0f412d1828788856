import type { LoaderFunctionArgs } from "@remix-run/node";
import { Form, useLoaderData } from "@remix-run/react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { adviceView } from "~/views/advice.server";
import { AdviceItem } from "~/components/advice-item";
import { getLanguage } from "~/i18n.server";
import { latestQuestionnaires } from "~/models/questionnaire.server";
import type { PageHandle } from "~/page-title";

export const handle: PageHandle = { i18n: ["report", "regions"], title: (t) => t("library.title") };

const SearchSchema = z.string().trim().max(100).catch("");
// "questionnaire/theme"; anything else shows every theme.
const ThemeSchema = z.string().max(120).catch("");

/**
 * The advice library: every advice item of every questionnaire by theme, public, so small
 * organisations without security staff can use it before or without an assessment.
 */
export async function loader({ request }: LoaderFunctionArgs) {
  const language = await getLanguage(request);
  const query = SearchSchema.parse(new URL(request.url).searchParams.get("q") ?? "");
  const needle = query.toLocaleLowerCase(language);
  const theme = ThemeSchema.parse(new URL(request.url).searchParams.get("theme") ?? "");
  const questionnaires = await latestQuestionnaires();
  const chosen = questionnaires.some((q) => q.themes.some((th) => `${q.id}/${th.id}` === theme)) ? theme : "";
  return {
    query,
    theme: chosen,
    themeChoices: questionnaires.map((q) => ({
      title: q.title[language],
      themes: q.themes.map((th) => ({ value: `${q.id}/${th.id}`, title: th.title[language] })),
    })),
    questionnaires: questionnaires.map((q) => ({
      id: q.id,
      title: q.title[language],
      themes: q.themes
        .map((theme) => {
          const triggered = new Set(theme.questions.flatMap((question) => question.advice));
          // Each item is listed once, under the first theme whose questions trigger it.
          const earlier = new Set(
            q.themes.slice(0, q.themes.indexOf(theme)).flatMap((th) => th.questions.flatMap((x) => x.advice)),
          );
          const items = q.advice
            .filter((a) => triggered.has(a.id) && !earlier.has(a.id))
            .map((a) => adviceView(q, a, language, null))
            .filter(
              (a) =>
                !needle ||
                [a.title, ...a.steps, a.source].some((text) => text.toLocaleLowerCase(language).includes(needle)),
            );
          return { id: theme.id, title: theme.title[language], items };
        })
        .filter((th) => th.items.length > 0 && (!chosen || `${q.id}/${th.id}` === chosen)),
    })),
  };
}

export default function AdviceLibrary() {
  const { t } = useTranslation();
  const { query, theme, themeChoices, questionnaires } = useLoaderData<typeof loader>();
  // Every theme at once lists some ninety items: until a search or a theme narrows them, each
  // theme folds to its count, and until a theme is chosen each item to its title, effort and impact.
  const overview = !theme && !query;
  const folded = !theme;
  const total = questionnaires.reduce((n, q) => n + q.themes.reduce((m, th) => m + th.items.length, 0), 0);
  return (
    <div className="page">
      <h1>{t("library.title")}</h1>
      <p className="lead">{t("library.intro")}</p>
      <Form method="get" role="search" className="form form--inline">
        <div className="field">
          <label htmlFor="library-search">{t("library.searchLabel")}</label>
          <input id="library-search" type="search" name="q" defaultValue={query} maxLength={100} />
        </div>
        <div className="field">
          <label htmlFor="library-theme">{t("library.themeLabel")}</label>
          <select id="library-theme" name="theme" defaultValue={theme}>
            <option value="">{t("library.allThemes")}</option>
            {themeChoices.map((q) => (
              <optgroup key={q.title} label={q.title}>
                {q.themes.map((th) => (
                  <option key={th.value} value={th.value}>
                    {th.title}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <button type="submit" className="button button--primary">
          {t("library.search")}
        </button>
      </Form>
      <p role="status">{query ? t("library.found", { count: total, query }) : null}</p>
      {questionnaires
        .filter((q) => q.themes.length > 0)
        .map((q) => (
          <section key={q.id} aria-labelledby={`library-${q.id}`}>
            <h2 id={`library-${q.id}`}>{q.title}</h2>
            {q.themes.map((theme) => {
              const item = (a: (typeof theme.items)[number]) => (
                <article key={a.id} className="advice" aria-labelledby={`advice-${q.id}-${a.id}`}>
                  <AdviceItem advice={a} headingId={`advice-${q.id}-${a.id}`} level={4} folded={folded} />
                </article>
              );
              return (
                <section key={theme.id} className="card" aria-labelledby={`library-${q.id}-${theme.id}`}>
                  <h3 id={`library-${q.id}-${theme.id}`}>{theme.title}</h3>
                  {overview ? (
                    <details className="library-theme">
                      <summary>{t("report.themeAdvice", { count: theme.items.length })}</summary>
                      {theme.items.map(item)}
                    </details>
                  ) : (
                    theme.items.map(item)
                  )}
                </section>
              );
            })}
          </section>
        ))}
    </div>
  );
}
