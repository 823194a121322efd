// npm run geo:shapes: writes the map's simplified shape files to public/geo (the build does this too).
import { SHAPES_DIR, writeShapes } from "../geo/shapes";
import { ROOT, run } from "./database";

run(async () => {
  const r = writeShapes(ROOT);
  console.log(`map shapes: ${r.files} files, ${(r.bytes / 1024).toFixed(0)} KB, in ${SHAPES_DIR}/`);
});
