"use client";
import { useEffect } from "react";

// The only search code in a page's first load: it waits for a search field's first focus, or a press of "Use my
// location", and only then loads the code that handles them (./enhance). It lives as long as the layout.

export function SearchEnhancer() {
  useEffect(() => {
    const root = document.documentElement;
    root.classList.add("js");
    const on = (e: Event) => {
      const t = e.target as HTMLElement;
      const locate = e.type === "click" && t.closest("[data-locate]");
      if (locate || (e.type === "focusin" && t.matches("input[data-suggest]")))
        void import("./enhance").then((m) => (locate ? m.locate(locate.closest("form")!) : m.suggest(t as HTMLInputElement)));
    };
    root.addEventListener("focusin", on);
    root.addEventListener("click", on);
  }, []);
  return null;
}
