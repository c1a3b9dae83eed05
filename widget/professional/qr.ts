// A QR code as one SVG path, built from the module matrix of qrcode-generator (no innerHTML, no eval):
// safe under the widget's CSP and for any text in the link.
import qrcode from 'qrcode-generator';

export interface QrPath {
  /** Modules per side, including the quiet zone. */
  size: number;
  /** Path data: one 1x1 square per dark module. */
  d: string;
}

/** The path for `text`, error correction M, with a 4-module quiet zone. */
export function qrPath(text: string, margin = 4): QrPath {
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  const count = qr.getModuleCount();
  const parts: string[] = [];
  for (let row = 0; row < count; row++)
    for (let col = 0; col < count; col++) if (qr.isDark(row, col)) parts.push(`M${col + margin} ${row + margin}h1v1h-1z`);
  return { size: count + margin * 2, d: parts.join('') };
}
