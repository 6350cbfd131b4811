import "server-only";
import QRCode from "qrcode";

/** The badge's QR code as SVG markup: it holds the badge code only, nothing about the person. */
export function badgeQrSvg(badgeCode: string): Promise<string> {
  return QRCode.toString(badgeCode, { type: "svg", errorCorrectionLevel: "M", margin: 1 });
}
