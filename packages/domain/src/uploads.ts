import { safeString } from "./text";

/**
 * The largest CSV file an import takes (organizations, registrations). 10 MB holds about 50,000 organization
 * rows of typical length, the size of a national directory; the request body limit (16 MB) fits its base64.
 */
export const CSV_UPLOAD_MAX_BYTES = 10 * 1024 * 1024;

export const CSV_TOO_LARGE_MESSAGE = "ファイルが大きすぎます。10MB以下のCSVファイルを選んでください。";

/** A CSV file as the browser sends it: base64 (4 characters per 3 bytes). */
export const csvUploadSchema = safeString()
  .min(1, { message: "CSVファイルを選んでください。" })
  .max(Math.ceil(CSV_UPLOAD_MAX_BYTES / 3) * 4, { message: CSV_TOO_LARGE_MESSAGE });
