import type { AgreementChange } from "@/lib/queries/changes";
import { formatDay } from "@/lib/view/format";

export const CHANGE_LABEL = { added: "Added", removed: "Removed", redated: "Re-dated", relinked: "Re-linked" } as const;

/** What changed, in words: "signed date January 2, 2025 → February 3, 2025", "MOA link added". */
export function changeDetail(c: Pick<AgreementChange, "change" | "signedOn" | "previousSignedOn" | "moaUrl" | "previousMoaUrl">): string {
  switch (c.change) {
    case "added":
      return c.signedOn ? `signed ${formatDay(c.signedOn)}` : "no signed date";
    case "removed":
      return "no longer on the list";
    case "redated":
      return `signed date ${c.previousSignedOn ? formatDay(c.previousSignedOn) : "none"} → ${c.signedOn ? formatDay(c.signedOn) : "none"}`;
    case "relinked":
      return !c.previousMoaUrl ? "MOA link added" : !c.moaUrl ? "MOA link removed" : "MOA link changed";
  }
}
