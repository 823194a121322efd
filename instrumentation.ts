// Next runs register() once when the server starts (a file Next reads only here, beside app/): requests Next
// itself cannot hand to proxy.ts are answered at the HTTP server (lib/http/before-next.ts).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { answerBeforeNext } = await import("./lib/http/before-next");
  answerBeforeNext();
}
