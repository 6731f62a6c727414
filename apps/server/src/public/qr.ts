import QRCode from "qrcode";

// QR codes as SVG, drawn by the `qrcode` library: vector, so a flyer or a slide prints them sharp at any size.
// Error correction M (15%) survives a little smudging on paper; the 4-module quiet zone is what scanners expect.

export const QR_OPTIONS = { errorCorrectionLevel: "M", margin: 4 } as const;

export function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { ...QR_OPTIONS, type: "svg" });
}
