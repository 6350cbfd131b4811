import "server-only";
import QRCode from "qrcode";

/** The badge's QR code as SVG markup: a link holding the badge code and its access secret, nothing about the person. */
export function badgeQrSvg(link: string): Promise<string> {
  return QRCode.toString(link, { type: "svg", errorCorrectionLevel: "M", margin: 1 });
}
