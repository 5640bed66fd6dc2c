import type { FastifyRequest } from "fastify";
import { PayloadTooLargeError, UnsupportedMediaTypeError, ValidationError } from "./errors.ts";

/** One uploaded file read whole into memory, with the form's text fields. */
export type Upload = { filename: string; declaredType: string; data: Buffer; fields: Record<string, string> };

/**
 * Reads a multipart request holding exactly one file in `field`. Refuses a missing file (400), a file over
 * `maxBytes` (413) and a request that is not multipart (415), always naming the field.
 */
export async function readSingleUpload(req: FastifyRequest, field: string, maxBytes: number): Promise<Upload> {
  if (!req.isMultipart()) throw UnsupportedMediaTypeError("Send the file as multipart/form-data", field);
  const fields: Record<string, string> = {};
  let upload: Upload | undefined;
  for await (const part of req.parts({ limits: { fileSize: maxBytes, files: 1, fields: 10, fieldSize: 10_000 } })) {
    if (part.type === "file") {
      if (part.fieldname !== field) {
        part.file.resume();
        continue;
      }
      const chunks: Buffer[] = [];
      for await (const chunk of part.file) chunks.push(chunk as Buffer);
      if (part.file.truncated) {
        throw PayloadTooLargeError(`The file is larger than ${Math.round(maxBytes / 1024 / 1024)} MB`, field);
      }
      upload = {
        filename: part.filename.normalize("NFC").slice(0, 200),
        declaredType: part.mimetype,
        data: Buffer.concat(chunks),
        fields,
      };
    } else {
      fields[part.fieldname] = String(part.value).normalize("NFC");
    }
  }
  if (!upload || upload.data.length === 0) throw ValidationError([{ path: field, message: "a file is required" }]);
  upload.fields = fields;
  return upload;
}
