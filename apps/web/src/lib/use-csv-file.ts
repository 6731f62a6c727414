import { useState } from "react";
import { readFileBase64 } from "./read-file-base64";

export interface CsvFile {
  name: string;
  base64: string;
}

/**
 * The CSV chosen for a two-step import (preview, then commit), read as base64 as soon as it is chosen. Choosing
 * again drops what the previous file showed (`onChoose`), so a preview never stands for another file.
 */
export function useCsvFile({ readFailed, onChoose }: { readFailed: string; onChoose: () => void }) {
  const [file, setFile] = useState<CsvFile | null>(null);
  const [fileError, setFileError] = useState<string[] | undefined>();

  const choose = async (chosen: File | undefined) => {
    onChoose();
    setFile(null);
    if (!chosen) return;
    try {
      setFile({ name: chosen.name, base64: await readFileBase64(chosen) });
      setFileError(undefined);
    } catch {
      setFileError([readFailed]);
    }
  };

  return { file, fileError, setFileError, choose };
}
