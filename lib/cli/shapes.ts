// npm run geo:shapes: writes the map's simplified shape files and the search's place index to public/geo (the build
// does this too).
import { SHAPES_DIR, writeShapes } from "../geo/shapes";
import { PLACE_INDEX_FILE, writeSearchIndex } from "../geo/search-index";
import { ROOT, run } from "./database";

run(async () => {
  const r = writeShapes(ROOT);
  console.log(`map shapes: ${r.files} files, ${(r.bytes / 1024).toFixed(0)} KB, in ${SHAPES_DIR}/`);
  const index = writeSearchIndex(ROOT);
  console.log(`place index: ${index.entries} entries, ${(index.bytes / 1024).toFixed(0)} KB, in ${SHAPES_DIR}/${PLACE_INDEX_FILE}`);
});
