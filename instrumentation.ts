// Next runs register() once when the server starts (a file Next reads only here, beside app/).
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { answerForbiddenMethods } = await import("./lib/http/forbidden-methods");
  answerForbiddenMethods();
}
