"use client";
import { createRoot } from "react-dom/client";
import { Suggestions } from "./Suggestions";

// Loaded on demand by SearchEnhancer: the suggestions under a search field, and "Find my county" (the reader's location).

const enhanced = new WeakSet<HTMLInputElement>();

/** Suggestions under `input`, drawn in its form's box, once per field. */
export function suggest(input: HTMLInputElement) {
  const box = input.form?.querySelector<HTMLElement>("[data-suggest-box]");
  if (enhanced.has(input) || !box) return;
  enhanced.add(input);
  createRoot(box).render(<Suggestions input={input} />);
}

/** The county page of where the reader is; otherwise, what went wrong, said under the form, and back to the field. */
export async function locate(form: HTMLFormElement) {
  const status = form.querySelector<HTMLElement>("[data-locate-status]");
  if (status) status.textContent = "Finding your county…";
  const { locateCounty } = await import("./locate");
  const found = await locateCounty();
  if ("href" in found) {
    window.location.assign(found.href);
    return;
  }
  if (status) status.textContent = found.message;
  form.querySelector<HTMLInputElement>("input[data-suggest]")?.focus();
}
