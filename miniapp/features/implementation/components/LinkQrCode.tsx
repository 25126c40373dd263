/** A link as a QR code the customer scans from the screen (desktop and browser sharing); the encoder loads lazily. */
import { useEffect, useState } from 'react';

interface LinkQrCodeProps {
  url: string;
  label: string;
}

/** The dark modules of `url`'s QR code as one SVG path, each module a 1×1 square. */
async function qrPathOf(url: string): Promise<{ size: number; path: string }> {
  const { default: qrcode } = await import('qrcode-generator');
  const code = qrcode(0, 'M');
  code.addData(url);
  code.make();
  const size = code.getModuleCount();
  const squares: string[] = [];
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) if (code.isDark(row, col)) squares.push(`M${col} ${row}h1v1h-1z`);
  }
  return { size, path: squares.join('') };
}

export function LinkQrCode({ url, label }: LinkQrCodeProps) {
  const [code, setCode] = useState<{ size: number; path: string } | null>(null);
  useEffect(() => {
    let isCurrent = true;
    void qrPathOf(url).then((made) => {
      if (isCurrent) setCode(made);
    });
    return () => {
      isCurrent = false;
    };
  }, [url]);
  if (!code) return null;
  // A quiet zone of four modules, as scanners expect.
  const box = code.size + 8;
  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`-4 -4 ${box} ${box}`}
      width={192}
      height={192}
      shapeRendering="crispEdges"
    >
      <rect x={-4} y={-4} width={box} height={box} fill="#fff" />
      <path d={code.path} fill="#000" />
    </svg>
  );
}
