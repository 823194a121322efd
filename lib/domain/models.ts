// The three 287(g) models: enum names in code, labels on screen, slugs in URLs.
export const MODELS = ["JAIL_ENFORCEMENT", "TASK_FORCE", "WARRANT_SERVICE_OFFICER"] as const;
export type ModelCode = (typeof MODELS)[number];

export const MODEL_LABEL: Record<ModelCode, string> = {
  JAIL_ENFORCEMENT: "Jail Enforcement",
  TASK_FORCE: "Task Force",
  WARRANT_SERVICE_OFFICER: "Warrant Service Officer",
};

export const MODEL_SLUG: Record<ModelCode, string> = {
  JAIL_ENFORCEMENT: "jail",
  TASK_FORCE: "task-force",
  WARRANT_SERVICE_OFFICER: "wso",
};

/** The spelling ICE uses in its SUPPORT TYPE column. */
export const MODEL_ICE_SPELLING: Record<ModelCode, string> = {
  JAIL_ENFORCEMENT: "Jail Enforcement Model",
  TASK_FORCE: "Task Force Model",
  WARRANT_SERVICE_OFFICER: "Warrant Service Officer",
};

/** Reads ICE's SUPPORT TYPE by keyword, so "Jail Enforcment Model" and "Warrant Services Officer" still count. */
export function modelFromSupportType(text: string): ModelCode | null {
  const t = text.toLowerCase();
  const hits: ModelCode[] = [];
  if (/\bjail\b/.test(t)) hits.push("JAIL_ENFORCEMENT");
  if (/\btask\s*force\b/.test(t)) hits.push("TASK_FORCE");
  if (/\bwarrant\b/.test(t)) hits.push("WARRANT_SERVICE_OFFICER");
  return hits.length === 1 ? hits[0] : null;
}

/** "Task Force", "any model", "Jail Enforcement or Warrant Service Officer". */
export function modelsWords(models: ModelCode[]): string {
  if (models.length === 0 || models.length === MODELS.length) return "any model";
  return MODELS.filter((m) => models.includes(m)).map((m) => MODEL_LABEL[m]).join(" or ");
}

/** The models whose share is read beside Task Force's: the chosen ones (any when none), none when that is Task Force alone. */
export const otherModelsOf = (models: ModelCode[]): ModelCode[] | null => (models.length === 1 && models[0] === "TASK_FORCE" ? null : models);
