import type { AgreementChange } from "@/lib/queries/changes";

export const CHANGE_LABEL = { added: "Added", removed: "Removed", redated: "Re-dated", relinked: "Re-linked" } as const;

/** What changed, in words: "Signed date 2025-01-02 → 2025-02-03", "MOA link added". */
export function changeDetail(c: Pick<AgreementChange, "change" | "signedOn" | "previousSignedOn" | "moaUrl" | "previousMoaUrl">): string {
  switch (c.change) {
    case "added":
      return c.signedOn ? `signed ${c.signedOn}` : "no signed date";
    case "removed":
      return "no longer on the list";
    case "redated":
      return `signed date ${c.previousSignedOn ?? "none"} → ${c.signedOn ?? "none"}`;
    case "relinked":
      return !c.previousMoaUrl ? "MOA link added" : !c.moaUrl ? "MOA link removed" : "MOA link changed";
  }
}
