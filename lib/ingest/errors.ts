/** A file the importer refuses. The message names the file and, where it can, the row and the column. */
export class ImportRejected extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
    readonly row?: number,
    readonly column?: string,
  ) {
    const where = [row !== undefined ? `row ${row}` : null, column ? `column ${column}` : null]
      .filter(Boolean)
      .join(", ");
    super(`${file}: ${where ? `${where}: ` : ""}${reason}`);
    this.name = "ImportRejected";
  }
}
