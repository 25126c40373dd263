/** The customer signs on the phone: a canvas sized for the screen's pixel density, cleared on demand, exported as PNG. */
import Button from 'antd-mobile/es/components/button';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import SignaturePad from 'signature_pad';
import styles from './evidence.module.css';

export interface SignatureHandle {
  /** The signature as a PNG, or null while nothing has been drawn. */
  toPng(): Promise<Blob | null>;
}

interface SignatureFieldProps {
  label: string;
  onDrawnChange: (isDrawn: boolean) => void;
  handleRef: { current: SignatureHandle | null };
}

function fitToScreen(canvas: HTMLCanvasElement): void {
  const ratio = Math.max(window.devicePixelRatio || 1, 1);
  canvas.width = canvas.offsetWidth * ratio;
  canvas.height = canvas.offsetHeight * ratio;
  canvas.getContext('2d')?.scale(ratio, ratio);
}

export function SignatureField({ label, onDrawnChange, handleRef }: SignatureFieldProps) {
  const { t } = useTranslation();
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const padRef = useRef<SignaturePad | null>(null);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    fitToScreen(canvas);
    // A white background so the PNG reads on any viewer, not black-on-transparent.
    const pad = new SignaturePad(canvas, { backgroundColor: '#ffffff', penColor: '#1f2329' });
    pad.addEventListener('endStroke', () => onDrawnChange(!pad.isEmpty()));
    padRef.current = pad;
    handleRef.current = {
      toPng: () =>
        new Promise((resolve) => {
          if (pad.isEmpty()) resolve(null);
          else canvas.toBlob((blob) => resolve(blob), 'image/png');
        }),
    };
    return () => {
      pad.off();
      padRef.current = null;
      handleRef.current = null;
    };
  }, [handleRef, onDrawnChange]);

  function clear(): void {
    padRef.current?.clear();
    onDrawnChange(false);
  }

  return (
    <div className={styles.signature}>
      <canvas ref={canvasRef} className={styles.signatureCanvas} role="img" aria-label={label} />
      <div className={styles.signatureBar}>
        <span className={styles.hint}>{t('ui.implementation.evidence.signHere')}</span>
        <Button size="mini" fill="outline" onClick={clear}>
          {t('ui.implementation.evidence.clearSignature')}
        </Button>
      </div>
    </div>
  );
}
