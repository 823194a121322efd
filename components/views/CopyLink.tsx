"use client";
import { useState } from "react";

/** Copies the address of the view shown, which carries every filter; says so where screen readers hear it. */
export function CopyLink() {
  const [said, setSaid] = useState("");
  const copy = async () => {
    const url = window.location.href;
    try {
      await navigator.clipboard.writeText(url);
      setSaid("Link copied: it opens this exact view.");
    } catch {
      // No clipboard (an insecure origin, or permission refused): show the address to copy by hand.
      setSaid(`Copy this address: ${url}`);
    }
  };
  return (
    <div className="flex flex-wrap items-center gap-3 text-sm">
      <button
        type="button"
        onClick={copy}
        className="rounded-md border border-slate-400 px-3 py-1 font-medium text-slate-900 hover:bg-slate-100 focus:outline-2 focus:outline-offset-2 focus:outline-blue-800"
        data-testid="copy-link"
      >
        Copy link to this view
      </button>
      <span role="status" aria-live="polite" className="break-all text-slate-700">
        {said}
      </span>
    </div>
  );
}
