"use client";
import { useEffect } from "react";

// The only search code in a page's first load: it waits for a search field's first focus, or a press of "Use my
// location", and only then loads the code that handles them (./enhance).

export function SearchEnhancer() {
  useEffect(() => {
    document.documentElement.classList.add("js");
    const on = (e: Event) => {
      const t = e.target as HTMLElement;
      if (e.type === "focusin" && t.matches("input[data-suggest]")) void import("./enhance").then((m) => m.suggest(t as HTMLInputElement));
      const locate = e.type === "click" && t.closest("[data-locate]");
      if (locate) void import("./enhance").then((m) => m.locate(locate.closest("form")!));
    };
    document.addEventListener("focusin", on);
    document.addEventListener("click", on);
    return () => {
      document.removeEventListener("focusin", on);
      document.removeEventListener("click", on);
    };
  }, []);
  return null;
}
