import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { adviceView } from "~/views/advice.server";
import { PORT_REGIONS } from "~/domain/organisation";
import { adviceSteps, parseQuestionnaire } from "~/domain/questionnaire";
import { hashQuestionnaire, loadQuestionnaireFiles } from "~/models/questionnaire-files.server";
import { questionnaireJsonSchema } from "../../questionnaires/json-schema";
import { qualityProblems } from "../../questionnaires/quality";
import { smallQuestionnaire } from "../fixtures/questionnaire";

const questionnairesFolder = fileURLToPath(new URL("../../questionnaires", import.meta.url));

function problemsOf(change: (q: ReturnType<typeof smallQuestionnaire>) => void) {
  const q = smallQuestionnaire();
  change(q);
  const result = parseQuestionnaire(q);
  return result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
}

describe("questionnaire format", () => {
  it("accepts a valid questionnaire", () => {
    expect(problemsOf(() => {})).toEqual([]);
  });

  it.each<[string, (q: ReturnType<typeof smallQuestionnaire>) => void, string]>([
    [
      "a score out of range",
      (q) => {
        q.themes[0]!.questions[0]!.options[1]!.score = 1.5;
      },
      "themes[0].questions[0].options[1].score: must be between 0 and 1",
    ],
    [
      "a duplicate question id",
      (q) => {
        q.themes[0]!.questions[1]!.id = "pin_by_email";
      },
      'themes[0].questions[1].id: duplicate question id "pin_by_email"',
    ],
    [
      "a duplicate option id",
      (q) => {
        q.profile[0]!.options[1]!.id = "low";
      },
      'profile[0].options[1].id: duplicate option id "low"',
    ],
    [
      "a showIf on an unknown question",
      (q) => {
        q.themes[0]!.questions[1]!.showIf = { question: "nowhere", anyOf: ["high"] };
      },
      'themes[0].questions[1].showIf.question: unknown or later question "nowhere"',
    ],
    [
      "a showIf on an unknown option",
      (q) => {
        q.themes[0]!.questions[1]!.showIf = { question: "origin", anyOf: ["medium"] };
      },
      'themes[0].questions[1].showIf.anyOf[0]: unknown option "medium"',
    ],
    [
      "a reference to unknown advice",
      (q) => {
        q.themes[0]!.questions[0]!.advice = ["a_secure_chain", "a_missing"];
      },
      'themes[0].questions[0].advice[1]: unknown advice "a_missing"',
    ],
    [
      "a missing translation",
      (q) => {
        (q.themes[0]!.title as { nl: string; en?: string }).en = undefined;
      },
      "themes[0].title.en: missing English translation",
    ],
    [
      "an empty translation",
      (q) => {
        q.profile[0]!.text.nl = "  ";
      },
      "profile[0].text.nl: empty Dutch translation",
    ],
    [
      "thresholds out of order",
      (q) => {
        q.thresholds.high = 50;
      },
      "thresholds: must be in ascending order: medium < high < critical",
    ],
    [
      "a theme without questions",
      (q) => {
        q.themes[0]!.questions = [];
      },
      "themes[0].questions: a theme needs at least one question",
    ],
    [
      "an exposure floor on an unknown theme",
      (q) => {
        Object.assign(q.profile[0]!.options[1]!, { exposureFloor: { cargo: 0.5 } });
      },
      'profile[0].options[1].exposureFloor.cargo: unknown theme "cargo"',
    ],
    [
      "a theme shown on a control question's answer",
      (q) => {
        Object.assign(q.themes[0]!, { showIf: { question: "pin_by_email", anyOf: ["fully"] } });
      },
      'themes[0].showIf.question: unknown or later profile question "pin_by_email"',
    ],
    [
      "a must-have's N/A condition on an unknown option",
      (q) => {
        Object.assign(q.themes[0]!.questions[0]!, {
          notApplicable: true,
          notApplicableIf: { question: "origin", anyOf: ["none"] },
        });
      },
      'themes[0].questions[0].notApplicableIf.anyOf[0]: unknown option "none"',
    ],
    [
      "reporting contacts missing a port region",
      (q) => {
        Object.assign(q, { reportingContacts: { rotterdam_rijnmond: { nl: "Bel", en: "Call" } } });
      },
      "reportingContacts.amsterdam_noordzeekanaal: missing text",
    ],
    [
      "an exposure modifier on an unknown theme",
      (q) => {
        q.profile[0]!.options[1]!.exposure = { cargo: 0.1 };
      },
      'profile[0].options[1].exposure.cargo: unknown theme "cargo"',
    ],
    [
      "a misspelt key",
      (q) => {
        Object.assign(q.themes[0]!.questions[0]!, { critcal: true });
      },
      "themes[0].questions[0]: Unrecognized key(s) in object: 'critcal'",
    ],
  ])("reports %s with its path", (_name, change, expected) => {
    expect(problemsOf(change)).toContain(expected);
  });

  it("hashes content, not layout: the same questionnaire with keys in another order hashes the same", () => {
    const a = parseQuestionnaire(smallQuestionnaire());
    const reordered = Object.fromEntries(Object.entries(smallQuestionnaire()).reverse());
    const b = parseQuestionnaire(reordered);
    if (!a.ok || !b.ok) throw new Error("fixture invalid");
    expect(hashQuestionnaire(a.questionnaire)).toBe(hashQuestionnaire(b.questionnaire));
  });
});

describe("the questionnaire files", () => {
  it("pass the check the site runs at start", async () => {
    const result = await loadQuestionnaireFiles(questionnairesFolder);
    expect(result.ok ? [] : result.problems).toEqual([]);
    if (!result.ok) return;
    const byId = Object.fromEntries(
      result.files.filter((f) => !f.archived).map((f) => [f.questionnaire.id, f.questionnaire]),
    );
    const count = (id: string) => byId[id]!.themes.reduce((n, t) => n + t.questions.length, 0);
    expect(count("port-logistics")).toBeGreaterThanOrEqual(70);
    expect(byId["port-logistics"]!.profile.length).toBeGreaterThanOrEqual(10);
    expect(byId["port-logistics"]!.advice.length).toBeGreaterThanOrEqual(40);
    expect(byId["port-logistics"]!.themes.map((t) => t.id)).toEqual([
      "p1",
      "p2",
      "p3",
      "p4",
      "p5",
      "p6",
      "p7",
      "p8",
      "p9",
      "p10",
    ]);
    // Transport is asked of whoever runs its own vehicles, whatever the sector.
    expect(byId["port-logistics"]!.themes.find((t) => t.id === "p10")!.showIf).toEqual({
      question: "e13_own_fleet",
      anyOf: ["yes"],
    });
    expect(byId["port-logistics"]!.version).toBe(2);
    expect(count("public-services")).toBeGreaterThanOrEqual(45);
    expect(byId["public-services"]!.advice.length).toBeGreaterThanOrEqual(25);
    // The port theme is for port municipalities as well as port authorities.
    expect(byId["public-services"]!.themes.find((t) => t.id === "g8")!.showIf?.question).toBe("eg9_port_role");
    expect(result.files.filter((f) => f.archived).map((f) => f.file)).toEqual([
      "archive/port-logistics.v1.yaml",
      "archive/public-services.v1.yaml",
    ]);
  });

  it("reports a broken file as `file: path: message`", async () => {
    const { mkdtemp, writeFile } = await import("node:fs/promises");
    const { tmpdir } = await import("node:os");
    const folder = await mkdtemp(`${tmpdir()}/questionnaires-`);
    const broken = smallQuestionnaire();
    broken.themes[0]!.questions[0]!.options[1]!.score = 2;
    await writeFile(`${folder}/small.yaml`, JSON.stringify(broken));
    expect(await loadQuestionnaireFiles(folder)).toEqual({
      ok: false,
      problems: ["small.yaml: themes[0].questions[0].options[1].score: must be between 0 and 1"],
    });
  });

  it("keeps earlier versions in archive/, named by id and version and older than the current file", async () => {
    const { mkdir, mkdtemp, writeFile } = await import("node:fs/promises");
    const { tmpdir } = await import("node:os");
    const folder = await mkdtemp(`${tmpdir()}/questionnaires-`);
    await mkdir(`${folder}/archive`);
    await writeFile(`${folder}/small.yaml`, JSON.stringify({ ...smallQuestionnaire(), version: 2 }));
    await writeFile(`${folder}/archive/small.v1.yaml`, JSON.stringify(smallQuestionnaire()));
    const loaded = await loadQuestionnaireFiles(folder);
    expect(loaded.ok && loaded.files.map((f) => [f.file, f.questionnaire.version, Boolean(f.archived)])).toEqual([
      ["small.yaml", 2, false],
      ["archive/small.v1.yaml", 1, true],
    ]);
    await writeFile(`${folder}/archive/small.v3.yaml`, JSON.stringify({ ...smallQuestionnaire(), version: 3 }));
    await writeFile(`${folder}/archive/other.v1.yaml`, JSON.stringify(smallQuestionnaire()));
    expect(await loadQuestionnaireFiles(folder)).toEqual({
      ok: false,
      problems: [
        'archive/other.v1.yaml: id: the file of "small" version 1 must be named archive/small.v1.yaml',
        "archive/small.v3.yaml: version: an archived version must be older than the current small.yaml",
      ],
    });
  });

  it("have a schema.json generated from the current zod schema", async () => {
    const committed = await readFile(`${questionnairesFolder}/schema.json`, "utf8");
    expect(committed, "questionnaires/schema.json is stale: run npm run questionnaires:schema").toBe(
      questionnaireJsonSchema(),
    );
  });
});

describe("texts for their reader", () => {
  const contacts = Object.fromEntries(PORT_REGIONS.map((r) => [r, { nl: `Bel ${r}`, en: `Call ${r}` }]));
  const parsed = parseQuestionnaire({
    ...smallQuestionnaire(),
    reportingContacts: contacts,
    advice: [
      {
        ...smallQuestionnaire().advice[0]!,
        steps: [{ nl: "Meld bij {{reportingContacts}}.", en: "Report to {{reportingContacts}}." }],
        smallFirmSteps: [{ nl: "Klein", en: "Small" }],
      },
    ],
  });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const q = parsed.questionnaire;
  const advice = q.advice[0]!;

  it("gives firms under 50 people the small-firm steps, and everyone else the steps", () => {
    expect(adviceSteps(advice, { sizeBand: "10-49", region: "moerdijk" })).toEqual([{ nl: "Klein", en: "Small" }]);
    expect(adviceSteps(advice, { sizeBand: "50-249", region: "moerdijk" })).toBe(advice.steps);
    expect(adviceSteps(advice, null)).toBe(advice.steps);
  });

  it("names the reader's port region's contacts, or every region's where the reader is unknown", () => {
    expect(adviceView(q, advice, "en", { sizeBand: "250+", region: "north_sea_port" }).steps).toEqual([
      "Report to Call north_sea_port.",
    ]);
    const library = adviceView(q, advice, "nl", null).steps[0]!;
    expect(library).toContain("Rotterdam");
    for (const region of PORT_REGIONS) expect(library).toContain(`Bel ${region}`);
    expect(library).not.toContain("{{");
  });
});

describe("the content rules of a current questionnaire version", () => {
  const dated = "Portbase – Secure Chain, handleiding p. 3 (checked 2026-12)";
  const valid = () => {
    const data = smallQuestionnaire();
    Object.assign(data.profile[0]!, { help: { nl: "Uitleg", en: "Explanation" }, source: dated });
    for (const question of data.themes[0]!.questions)
      Object.assign(question, { help: { nl: "Uitleg", en: "Explanation" }, source: dated });
    data.advice[0]!.source = dated;
    return data;
  };
  const problems = (change: (q: ReturnType<typeof smallQuestionnaire>) => void = () => {}) => {
    const data = valid();
    change(data);
    const parsed = parseQuestionnaire(data);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    return qualityProblems(parsed.questionnaire);
  };

  it("accepts a questionnaire that keeps them", () => {
    expect(problems()).toEqual([]);
  });

  it.each<[string, (q: ReturnType<typeof smallQuestionnaire>) => void, string]>([
    [
      "a long question",
      (q) => void (q.themes[0]!.questions[0]!.text.nl = Array(26).fill("woord").join(" ")),
      "pin_by_email: the Dutch question has 26 words; keep it to 25",
    ],
    [
      "a question without help",
      (q) => void delete (q.themes[0]!.questions[1]! as { help?: unknown }).help,
      "pin_audit: has no help text",
    ],
    [
      "an undated source",
      (q) => void (q.advice[0]!.source = "Portbase – Secure Chain"),
      'a_secure_chain: source "Portbase – Secure Chain" does not end with (checked YYYY-MM)',
    ],
    [
      "a profile question without source",
      (q) => void delete (q.profile[0]! as { source?: string }).source,
      "origin: names no source",
    ],
    [
      "a must-have taking N/A without a profile reason",
      (q) => void Object.assign(q.themes[0]!.questions[0]!, { notApplicable: true }),
      'pin_by_email: a must-have offers "not applicable" without notApplicableIf',
    ],
    [
      "an unknown placeholder",
      (q) => void (q.advice[0]!.steps[0]!.nl = "Bel {{nummer}}"),
      "a_secure_chain: unknown placeholder {{nummer}}",
    ],
    [
      "contacts used but not given",
      (q) => void (q.advice[0]!.steps[0]!.en = "Call {{reportingContacts}}"),
      "a_secure_chain: uses {{reportingContacts}} but the file has no reportingContacts",
    ],
    [
      "advice no served sector sees",
      (q) => void Object.assign(q.themes[0]!, { sectors: ["municipality"] }),
      "a_secure_chain: no question a served sector sees triggers this advice",
    ],
  ])("refuses %s", (_name, change, expected) => {
    expect(problems(change)).toContain(expected);
  });

  it("are kept by the current files, and were not by version 1", async () => {
    const loaded = await loadQuestionnaireFiles(questionnairesFolder);
    if (!loaded.ok) throw new Error(loaded.problems.join("\n"));
    for (const file of loaded.files) {
      const found = qualityProblems(file.questionnaire);
      if (file.archived) expect(found.length, file.file).toBeGreaterThan(0);
      else expect(found, file.file).toEqual([]);
    }
  });
});
