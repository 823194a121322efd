// An .xlsx file is a zip archive whose parts include xl/workbook.xml. Checked on the bytes, before the importer reads
// them, so an HTML error page or a cut-off download is named as such.

export type XlsxVerdict = { ok: true } | { ok: false; reason: string };

export function recogniseXlsx(bytes: Uint8Array): XlsxVerdict {
  if (bytes.length === 0) return { ok: false, reason: "the body is empty" };
  const head = Buffer.from(bytes.subarray(0, 512)).toString("latin1");
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)) {
    if (/<(!doctype html|html|head|body)\b/i.test(head)) return { ok: false, reason: "it is an HTML page, not a spreadsheet" };
    if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
      return { ok: false, reason: "it is an old-format Excel (.xls) file, which the importer does not read" };
    }
    if (head.startsWith("%PDF")) return { ok: false, reason: "it is a PDF, not a spreadsheet" };
    return { ok: false, reason: "it is not a spreadsheet (an .xlsx file starts as a zip archive)" };
  }
  // The zip's end-of-central-directory record sits in the last 65,557 bytes; a cut-off download lacks it.
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 65_557)));
  if (tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06])) < 0) {
    return { ok: false, reason: "the zip archive is incomplete (the download was cut off or the file is damaged)" };
  }
  if (Buffer.from(bytes).indexOf("xl/workbook.xml") < 0) return { ok: false, reason: "it is a zip archive without an Excel workbook in it" };
  return { ok: true };
}
